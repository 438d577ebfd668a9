"""Reading what the frames leave: the phrase rules' scanner, their shared patterns, first-cut detection.

The frames (``frames``) read most requests; constructions a frame does not hold ("trim the clip to
2s-5s", "swap image 1 and 2", "replace X with Y", "a vertical 720p video") are phrase rules, each
declared with the edit it produces (``registry.Phrase`` in ``planner.edits``) and run here in their
declared order. Each match is blanked out of the text so that a later, looser rule cannot read the same
words again; the text the frames read is blanked before the rules run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .anchors import Presence, cached_first, cached_needs, compile_led, led, live
from .intents import FirstCutArgs, Intent
from .registry import edits, phrase_rules
from .text import QUOTE_RE, Message, simplified

Q = r"\ue000\d+\ue001"
FREE = r"[^\ue000;.,!?。，；！？\n]{1,80}?"  # unquoted text up to the end of the clause
# (filler blanked at the end: "… please"; a closing "that will do" ends the words too: "把title改成 New Arrivals 就行"
# titled the video "New Arrivals 就行", set CU cu058)
# (nor what it replaces: "change the title to Handmade Daily instead of the product list"; dev set IH ih007)
END = (r"(?=\s+(?:and|then|also|plus|with|instead\s+of|rather\s+than)\s|\s*(?:[;,!?。，；！？]|\.(?![a-z0-9]))|\s*并|\s*然后|\s*再|\s*$"
       r"|\s*(?:就行|就好|就可以|即可)了?\s*(?:[;,!?。，；！？]|$))")
# a name may hold dots inside ("gold-ring.jpg") but not a sentence's full stop
NAME = rf"(?:{Q}|(?:[^\ue000;.,!?。，；！？\n]|\.(?=[a-z0-9])){{1,60}}?)"

MUSIC = r"(?:background\s+music|music|bgm|soundtrack|backing\s+track|song|背景音乐|音乐|配乐|歌曲)"
VOICE = r"(?:voice\s*-?\s*over|voiceover|voice|vo|narration|narrator|speech|旁白|配音|人声|解说|口播)"
CLIPS = r"(?:video\s+clips?|clip\s+audio|clips?|video'?s?\s+(?:audio|sound)|original\s+(?:audio|sound)|视频原声|原声|视频声音|videos?|视频)"
ALL = r"(?:everything|all\s+(?:the\s+)?(?:audio|sound)|all|the\s+audio|audio|sound|所有声音|全部声音|声音|全部|所有)"
TARGET = rf"(?:the\s+)?(?:{MUSIC}|{VOICE}|{CLIPS})"

TRANSITION_WORDS = {
    "crossfade": "fade", "cross-fade": "fade", "cross fade": "fade", "fade": "fade", "fading": "fade",
    "dissolve": "dissolve", "slide": "slideleft", "wipe": "wipeleft", "zoom": "zoomin", "circle": "circleopen",
    "pixelate": "pixelize", "pixelize": "pixelize", "blur": "hblur", "smooth": "smoothleft", "radial": "radial",
    "fade to black": "fadeblack", "fade-to-black": "fadeblack", "fadeblack": "fadeblack",
    "fade to white": "fadewhite", "fadewhite": "fadewhite", "cover": "coverleft", "reveal": "revealleft",
    # the renderer's own names, said as they are ("Set the transitions to zoomin and make them 0.3 seconds long" was
    # made a 0.3-s fade: the kind unread, set BI bi201)
    "zoomin": "zoomin", "zoom-in": "zoomin", "circleopen": "circleopen", "hblur": "hblur", "smoothleft": "smoothleft",
    "none": "none", "no": "none", "cut": "none", "hard cut": "none", "straight cut": "none",
    "淡入淡出": "fade", "淡化": "fade", "渐变": "fade", "交叉淡化": "fade", "淡出": "fade", "淡入": "fade",
    "溶解": "dissolve", "叠化": "dissolve", "滑动": "slideleft", "滑入": "slideleft", "推移": "slideleft",
    "擦除": "wipeleft", "划像": "wipeleft", "缩放": "zoomin", "放大": "zoomin", "推拉": "zoomin", "推近": "zoomin", "圆形": "circleopen",
    "黑场": "fadeblack", "闪黑": "fadeblack", "闪白": "fadewhite", "模糊": "hblur", "像素化": "pixelize",
    "无": "none", "没有": "none", "不要": "none", "直接切换": "none", "硬切": "none",
}
TR_EN = (r"(?:fade[\s-]to[\s-](?:black|white)|fadeblack|fadewhite|cross[\s-]?fade|fade|fading|dissolve|slide|wipe|"
         r"zoom|circle|pixelate|pixelize|blur|smooth|radial|cover|reveal)")
TR_ZH = r"(?:淡入淡出|交叉淡化|淡化|渐变|淡出|淡入|溶解|叠化|滑动|滑入|推移|擦除|划像|缩放|放大|推拉|推近|圆形|黑场|闪黑|闪白|模糊|像素化)"
DIRS = {"left": "left", "right": "right", "up": "up", "down": "down", "向左": "left", "向右": "right",
        "向上": "up", "向下": "down", "左": "left", "右": "right", "上": "up", "下": "down"}
DIR = r"(?:left|right|up|down|向左|向右|向上|向下)"

Handler = Callable[["Scan", re.Match], None]


rx = compile_led  # a rule's pattern compiled, led by its first characters (and kept)


@lru_cache(maxsize=2048)
def _led_rx(pattern: str, first: str | None) -> re.Pattern:
    """``pattern`` (a rule's, its dead branches pruned) led by ``first`` (the rule's whole pattern's first characters:
    worked out once per rule, not once per pruning)."""
    return re.compile(led(pattern, first))


class Scan:
    """The message being read: rules take matches, which blanks them, and record intents."""

    use_anchors = True  # skip a pattern whose anchors are not in the text (off only to test that nothing changes)

    def __init__(self, msg: Message):
        self.msg = msg
        self.text = msg.low
        self.intents: list[Intent] = []
        self.used_quotes: set[int] = set()
        self.covered: list[tuple[int, int]] = []  # spans the rules read
        self.presence = Presence()  # (which strings the text holds, each looked for once)
        # the message's offset of each of ``text``'s (runs the frames read shrink to one ';'): ``msg.orig`` and
        # ``msg.low`` are indexed by ``at(k)`` of a match's offset k, never by k
        self.where: list[int] | None = None

    def at(self, k: int) -> int:
        """The offset in ``msg`` of offset ``k`` of ``text``."""
        return self.where[k] if self.where is not None and 0 <= k < len(self.where) else k

    def take(self, pattern: str, when: Callable[[re.Match], bool] | None = None) -> list[re.Match]:
        """Matches of ``pattern`` (those ``when`` accepts, "music 35" is no volume), blanked out of the text."""
        if self.use_anchors and self.presence.lacks(cached_needs(pattern), self.text):  # a string it cannot match without is not there
            return []
        first = cached_first(pattern)  # (the characters a match can start with: a position starting none fails at once)
        if self.use_anchors:
            pattern = live(pattern, self.text, self.presence)
        matches = [m for m in _led_rx(pattern, first).finditer(self.text) if when is None or when(m)]
        for m in matches:
            if m.end() > m.start():
                self.covered.append((m.start(), m.end()))
                self.text = self.text[: m.start()] + ";" * (m.end() - m.start()) + self.text[m.end():]
        return [m for m in matches if m.end() > m.start()]

    def add(self, kind: str, m: re.Match | int, **args: Any) -> None:
        """Record an edit of ``kind``; its arguments become the edit's typed dataclass here."""
        pos = m if isinstance(m, int) else m.start()
        self.intents.append(Intent(kind, pos, edits()[kind].args(**args)))

    def text_of(self, fragment: str | None) -> str | None:
        """Original-case text for a matched fragment: a quote's content, or the words as typed."""
        if not fragment:
            return None
        frag = fragment.strip()
        qm = QUOTE_RE.fullmatch(frag)
        if qm:
            self.used_quotes.add(int(qm.group(1)))
            return self.msg.quotes[int(qm.group(1))]
        frag = QUOTE_RE.sub(lambda q: self.msg.quotes[int(q.group(1))], frag).strip(" :：=\"'")
        if not frag:
            return None
        # (the words were read simplified: found in the simplified message, taken as typed, "週末特賣" stays)
        found = re.search(re.escape(frag), simplified(self.msg.orig), re.IGNORECASE)
        return self.msg.orig[found.start():found.end()] if found else frag

    def free_quotes(self) -> list[tuple[int, str]]:
        """Quotes no rule has claimed, with their offsets."""
        out = []
        for m in QUOTE_RE.finditer(self.text):
            n = int(m.group(1))
            if n not in self.used_quotes:
                out.append((m.start(), self.msg.quotes[n]))
        return out


def target_of(text: str) -> str:
    t = text.strip()
    if rx(MUSIC).search(t):
        return "music"
    if rx(rf"(?<![a-z]){VOICE}(?![a-z])").search(t):
        return "voice"
    if rx(CLIPS).search(t):
        return "video" if rx(r"^(?:the\s+)?(?:videos?|视频)$").match(t) else "clips"
    return "all"


# --- rules, in priority order -----------------------------------------------------------------------

NOT_RANGE = r"(?!\s*(?:-|–|—|~|to|until|到|至)\s*\d)"  # "to 2s" that is not the start of "2s-5s"


























def r_first_cut(s: Scan) -> None:
    """A request for a (new) first cut. Weak forms ("make a vertical version") only start one when there is
    no timeline yet, so that they never throw away the user's edits."""
    text = s.msg.low
    strong = [
        r"\b(?:combine|merge|stitch|assemble|compile|put\s+together|turn|join)\s+(?:these|those|them|all|everything|my|the\s+(?:images|photos|pictures|files|assets|clips|uploads|media))",
        r"\b(?:make|create|generate|build|produce|render|edit)\b[^;.!?\n]{0,80}?\bfrom\s+(?:these|those|them|all|my|the\s+(?:uploaded|images|photos|pictures|files|assets|clips|uploads|media))",
        r"\b(?:first\s+cut|rough\s+cut|start\s+over|from\s+scratch|start\s+again|redo\s+(?:it|everything))\b",
        r"(?:合成|生成|制作|创建|拼接|剪辑成|剪成)\s*(?:成|出)?\s*(?:一个|一段|一支|一部|个|段)?[^。，,;；!?！？]{0,30}?(?:视频(?!素材)|短片|影片|宣传片|mp4|短视频|片子)",  # (视频素材: footage to be made)
        # (never "把所有图片都显示5秒": an edit of every picture, set AA wx22 rebuilt the video)
        # (nor "把所有图片都用上": the pictures not in the video added to it; it rebuilt the video, found by the wave 20 fixers)
        # (nor "把所有图片的时长统一改成5秒": a property of every picture; set BU bu253 rebuilt the video, its captions gone)
        # (nor "把所有视频都加速": the clips' speed; it rebuilt the video, found by the lead in wave 31)
        r"(?:用|把)\s*(?:这些|所有|全部|上传的)\s*(?:图片|照片|素材|文件|视频|图(?!片))(?!\s*(?:的\s*(?:时长|长度|秒数|顺序|字幕|尺寸|大小|比例|动效|转场|位置|速度|声音|原声)|(?:都|各|的|全)?\s*(?:显示|展示|停留|持续|放|改|调|设|删|移|换|缩短|延长|加长|静音|倒|去掉|用上|用进|加进|加上|加入|加速|减速|剪|裁|变速)))",
        # (a voice, music or text made anew is no new cut: "请用女声重新生成一段配音" rebuilt the video, set AE ae137)
        r"重新(?:生成|制作|剪辑|做)(?![^，,。；;!！?？]{0,10}?(?:配音|旁白|人声|解说|口播|音乐|配乐|歌|字幕|标题|文案|音频|声音|封面|logo|水印))",
    ]
    weak = [
        r"\b(?:make|create|generate|build|produce|render|do|give\s+me|cut|edit|put\s+together)\s+(?:me\s+)?(?:a|an|one|new|another|some)\b[^;.!?\n]{0,80}?\b(?:video|mp4|movie|clip|slideshow|slide\s+show|reel|montage|promo|short|ad|advert|trailer|cut|tiktok|story|film|teaser|commercial)",
        r"(?:做|做成|帮我做|给我做)\s*(?:一个|一段|一支|个|段|1\s*(?:个|段|支))",  # "一个" reads as "1个"
    ]
    for strength, pats in (("strong", strong), ("weak", weak)):
        found = [m for p in pats for m in rx(p).finditer(text)]
        if found:
            s.intents.append(Intent("first_cut", -1, FirstCutArgs(strength == "strong")))
            # the words that asked for the cut were read: "combine these images" is never reported as unread
            s.covered.extend((m.start(), m.end()) for m in found)
            return




@dataclass
class Phrased:
    intents: list[Intent]  # in the order they were asked for (a first cut first)
    free: list[tuple[int, str]]  # quotes no rule claimed, with their offsets
    covered: list[tuple[int, int]]  # spans of the message the rules read


def parse(msg: Message, blank: list[tuple[int, int]] | None = None) -> Phrased:
    """What the phrase rules read in the message; the ``blank`` spans (read by the frames) are not read again."""
    scan = Scan(msg)
    if blank:
        text = list(msg.low)
        for a, b in blank:
            text[a:b] = ";" * (b - a)
        # runs of blanked text shrink to one ';' (a clause boundary to the rules): a 4000-character message
        # the frames have read costs the phrase rules little. ``where`` maps offsets back for the edit order.
        kept: list[str] = []
        where: list[int] = []
        for i, ch in enumerate(text):
            if ch == ";" and kept and kept[-1] == ";":
                continue
            if ch == " " and kept and kept[-1] in "; ":
                continue
            kept.append(ch)
            where.append(i)
        scan.text = "".join(kept)
        scan.where = where
    else:
        where = list(range(len(msg.low)))
    r_first_cut(scan)
    for rule in phrase_rules():
        rule(scan)
    for it in scan.intents:
        it.pos = where[it.pos] if 0 <= it.pos < len(where) else it.pos
    intents = sorted(scan.intents, key=lambda i: i.pos)

    def back(k: int) -> int:
        return where[k] if 0 <= k < len(where) else k

    covered = [(back(a), back(b - 1) + 1) for a, b in scan.covered]
    return Phrased(intents, [(back(p), q) for p, q in scan.free_quotes()], covered)
