"""The grammar: regex rules that turn a normalised message into intents (docs/planner-grammar.md).

Rules run in a fixed priority order; each match is blanked out of the text so that a later, looser rule
cannot read the same words again ("show the title for 5 seconds" is a title timing, never a total
length). Intents keep the offset they were found at and are applied in the order the user wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .intents import Intent
from .refs import REF
from .text import DUR, NUM, QUOTE_RE, RANGE, Message, dur_ms, pct_value, range_ms, range_rx

Q = r"\ue000\d+\ue001"
FREE = r"[^\ue000;.,!?。，；！？\n]{1,80}?"  # unquoted text up to the end of the clause
END = r"(?=\s+(?:and|then|also|plus|with)\s|\s*(?:[;,!?。，；！？]|\.(?![a-z0-9]))|\s*并|\s*然后|\s*再|$)"
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
    "none": "none", "no": "none", "cut": "none", "hard cut": "none", "straight cut": "none",
    "淡入淡出": "fade", "淡化": "fade", "渐变": "fade", "交叉淡化": "fade", "淡出": "fade", "淡入": "fade",
    "溶解": "dissolve", "叠化": "dissolve", "滑动": "slideleft", "滑入": "slideleft", "推移": "slideleft",
    "擦除": "wipeleft", "划像": "wipeleft", "缩放": "zoomin", "放大": "zoomin", "圆形": "circleopen",
    "黑场": "fadeblack", "闪黑": "fadeblack", "闪白": "fadewhite", "模糊": "hblur", "像素化": "pixelize",
    "无": "none", "没有": "none", "不要": "none", "直接切换": "none", "硬切": "none",
}
TR_EN = (r"(?:fade[\s-]to[\s-](?:black|white)|fadeblack|fadewhite|cross[\s-]?fade|fade|fading|dissolve|slide|wipe|"
         r"zoom|circle|pixelate|pixelize|blur|smooth|radial|cover|reveal)")
TR_ZH = r"(?:淡入淡出|交叉淡化|淡化|渐变|淡出|淡入|溶解|叠化|滑动|滑入|推移|擦除|划像|缩放|放大|圆形|黑场|闪黑|闪白|模糊|像素化)"
DIRS = {"left": "left", "right": "right", "up": "up", "down": "down", "向左": "left", "向右": "right",
        "向上": "up", "向下": "down", "左": "left", "右": "right", "上": "up", "下": "down"}
DIR = r"(?:left|right|up|down|向左|向右|向上|向下)"

Handler = Callable[["Scan", re.Match], None]


@lru_cache(maxsize=512)
def rx(pattern: str) -> re.Pattern:
    return re.compile(pattern)


class Scan:
    """The message being read: rules take matches, which blanks them, and record intents."""

    def __init__(self, msg: Message):
        self.msg = msg
        self.text = msg.low
        self.intents: list[Intent] = []
        self.used_quotes: set[int] = set()

    def take(self, pattern: str, when: Callable[[re.Match], bool] | None = None) -> list[re.Match]:
        """Matches of ``pattern`` (those ``when`` accepts, "music 35" is no volume), blanked out of the text."""
        matches = [m for m in rx(pattern).finditer(self.text) if when is None or when(m)]
        for m in matches:
            if m.end() > m.start():
                self.text = self.text[: m.start()] + ";" * (m.end() - m.start()) + self.text[m.end():]
        return [m for m in matches if m.end() > m.start()]

    def add(self, kind: str, m: re.Match | int, **args: object) -> None:
        pos = m if isinstance(m, int) else m.start()
        self.intents.append(Intent(kind, pos, dict(args)))

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
        found = re.search(re.escape(frag), self.msg.orig, re.IGNORECASE)
        return found.group(0) if found else frag

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


def r_trim(s: Scan) -> None:
    clip = rf"(?:the\s+)?(?:{REF}|video\s+clips?|clips?|videos?|footage|视频片段|视频|片段)"
    # "trim clip 2 to 4 seconds" first: otherwise "2 to 4 seconds" would read as a range
    for m in s.take(rf"\b(?:trim|shorten|cut)\s+(?P<c>{clip})\s+(?:down\s+)?to\s+(?P<d>{DUR}){NOT_RANGE}"
                    rf"|(?:把)?\s*(?P<c2>{clip})\s*(?:剪到|剪成|裁剪到|缩短到|剪短到)\s*(?P<d2>{DUR}){NOT_RANGE}"):
        s.add("trim", m, ref=m.group("c") or m.group("c2"), length=dur_ms(m.group("d") or m.group("d2")),
              generic=True)
    for m in s.take(rf"(?:\b(?:trim|cut|crop|keep|use|play)|截取|保留|剪到|裁剪到|修剪到|剪成|裁到)\s*(?:only\s+)?"
                    rf"(?:(?P<c>{clip})\s*(?:to|from|at|down to|的)?\s*)?(?:from\s+)?{RANGE}"
                    rf"(?:\s*(?:of|from|in)\s+(?P<c2>{clip}))?"):
        a, b = range_ms(m)
        s.add("trim", m, ref=m.group("c") or m.group("c2"), start=a, end=b)
    for m in s.take(rf"(?:把)?\s*(?P<c>{clip})?\s*(?:剪到|裁剪到|截取|保留|剪成|修剪到|裁到|只要|只保留)\s*{RANGE}"):
        a, b = range_ms(m)
        s.add("trim", m, ref=m.group("c"), start=a, end=b)
    for m in s.take(rf"\b(?:cut|trim|remove|drop|skip|chop|lose)\s+(?:off\s+)?(?:the\s+)?(?P<side>first|last|opening|final)\s+"
                    rf"(?P<d>{DUR})(?:\s+(?:off\s+)?(?:of|from)\s+(?P<c>{clip}))?"):
        side = "start" if m.group("side") in ("first", "opening") else "end"
        s.add("trim", m, ref=m.group("c"), side=side, cut=dur_ms(m.group("d")))
    for m in s.take(rf"(?:剪掉|去掉|删掉|裁掉|切掉|删除|剪去)\s*(?P<c>{clip})?\s*的?\s*(?P<side>前|开头|最后|后|结尾)\s*(?P<d>{DUR})"
                    rf"|(?P<c2>{clip})\s*的?\s*(?P<side2>前|开头|最后|后|结尾)\s*(?P<d2>{DUR})\s*(?:剪掉|去掉|删掉|裁掉|切掉|不要)"):
        side = m.group("side") or m.group("side2")
        s.add("trim", m, ref=m.group("c") or m.group("c2"), side="start" if side in ("前", "开头") else "end",
              cut=dur_ms(m.group("d") or m.group("d2")))
    for m in s.take(rf"\bstart\s+(?P<c>{clip})\s+(?:at|from)\s+(?P<d>{DUR})"):
        s.add("trim", m, ref=m.group("c"), start=dur_ms(m.group("d")))
    # relative: "make the clip 2 seconds shorter", "extend clip 1 by 1s", "把视频缩短2秒" (视频 with no clip on the
    # timeline: the whole video, like "缩短2秒"). English "the video" stays a total length ("make the video 2s shorter").
    clip_en = rf"(?:the\s+)?(?:{REF}|video\s+clips?|clips?|footage)"
    for m in s.take(rf"\bmake\s+(?P<c>{clip_en})\s+(?P<d>{DUR})\s+(?P<rel>shorter|longer)"
                    rf"|\b(?P<v>shorten|lengthen|extend|trim|cut)\s+(?P<c2>{clip_en})\s+by\s+(?P<d2>{DUR})"
                    rf"|(?:把)?\s*(?P<c3>{clip})\s*(?P<zv>缩短|剪短|减少|延长|加长|增加)\s*了?\s*(?P<d3>{DUR}){NOT_RANGE}"):
        ref = m.group("c") or m.group("c2") or m.group("c3")
        word = m.group("rel") or m.group("v") or m.group("zv")
        delta = dur_ms(m.group("d") or m.group("d2") or m.group("d3")) or 0
        down = word in ("shorter", "shorten", "trim", "cut", "缩短", "剪短", "减少")
        s.add("trim", m, ref=ref, delta=-delta if down else delta,
              generic=bool(re.fullmatch(r"(?:the\s+)?(?:videos?|视频)", ref.strip())))


def r_title(s: Scan) -> None:
    for m in s.take(r"\b(?:remove|delete|drop|hide|no|without|get\s+rid\s+of)\s+(?:the\s+|a\s+)?title"
                    r"|(?:删除|去掉|删掉|不要|取消|移除)\s*标题"):
        s.add("title_remove", m)
    t_range = rf"(?:from\s+)?{RANGE}"
    for m in s.take(rf"\b(?:show|display|put|keep|have|make)?\s*(?:the\s+)?title\s+(?:text\s+)?(?:should\s+)?(?:appear\s+|show\s+|run\s+)?{t_range}"
                    rf"|标题\s*(?:显示)?\s*(?:从)?\s*{range_rx('z')}\s*(?:显示)?"):
        a, b = range_ms(m)
        s.add("title_timing", m, start=a, end=b)
    for m in s.take(rf"\b(?:show|display|keep|hold)\s+(?:the\s+)?title\s+(?:up\s+)?(?:for\s+)?(?P<d>{DUR})"
                    rf"|title\s+(?:for|lasts?|should\s+last|duration(?:\s+(?:of|to))?|length(?:\s+(?:of|to))?)\s*(?P<d2>{DUR})"
                    rf"|标题\s*(?:显示|持续|停留|展示|时长)\s*(?:改成|改为|设为|为)?\s*(?P<d3>{DUR})"):
        s.add("title_timing", m, length=dur_ms(m.group("d") or m.group("d2") or m.group("d3")))
    for m in s.take(rf"\b(?:start|show)\s+(?:the\s+)?title\s+at\s+(?P<d>{DUR})|title\s+(?:at|starting\s+at)\s+(?P<d2>{DUR})"
                    rf"|标题\s*(?:从|在)\s*(?P<d3>{DUR})\s*(?:开始|出现)"):
        s.add("title_timing", m, start=dur_ms(m.group("d") or m.group("d2") or m.group("d3")))
    pos_words = {"top": "top", "bottom": "bottom", "center": "center", "centre": "center", "middle": "center",
                 "顶部": "top", "上方": "top", "上面": "top", "底部": "bottom", "下方": "bottom", "下面": "bottom",
                 "中间": "center", "居中": "center", "中央": "center"}
    for m in s.take(r"\b(?:move|put|place|show)?\s*(?:the\s+)?title\s+(?:to|at|on)\s+(?:the\s+)?(?P<p>top|bottom|center|centre|middle)"
                    r"|标题\s*(?:放在|移到|放到|在|显示在)\s*(?P<p2>顶部|上方|上面|底部|下方|下面|中间|居中|中央)"):
        s.add("title_position", m, pos=pos_words[m.group("p") or m.group("p2")])
    for m in s.take(rf"\b(?:set|change|make|rename|update|switch)\s+(?:the\s+)?(?:video\s+)?title\s+(?:text\s+)?(?:to|as|into|=|:)\s*(?P<t>{Q}|{FREE}){END}"
                    rf"|\b(?:add|put|use|with|give\s+it|include)\s+(?:a\s+|the\s+)?title\s*(?:text\s+)?(?:of|saying|that\s+says|reading|:|=)?\s*(?P<t2>{Q})"
                    rf"|\b(?:titled|entitled|called|named)\s+(?P<t3>{Q}|{FREE}){END}"
                    rf"|title\s*(?::|=|is|should\s+be|text)?\s*(?P<t4>{Q})"
                    rf"|title\s*(?::|=)\s*(?P<t5>{FREE}){END}"
                    rf"|(?:把)?\s*标题\s*(?:文字|文本)?\s*(?:改成|改为|设为|设置为|换成|是|为|叫|写|:|=)\s*(?P<t6>{Q}|{FREE}){END}"
                    rf"|(?:加|添加|加上|加个|加一个|设置)\s*(?:一个)?\s*标题\s*(?:叫|为|是|:)?\s*(?P<t7>{Q})"):
        text = s.text_of(next(g for g in m.group("t", "t2", "t3", "t4", "t5", "t6", "t7") if g))
        if text:
            s.add("title_text", m, text=text[:200])
    for m in s.take(r"\b(?:add|put|include|with)\s+(?:a\s+)?title\b(?!\s*(?:to|on|for))|(?:加|添加|加上)\s*(?:一个)?\s*标题"):
        s.add("title_text", m, text=None)


def r_transition(s: Scan) -> None:
    def kind(t: str = "") -> str:
        return rf"(?P<k{t}>{TR_EN})(?:\s+(?P<dir{t}>{DIR}))?"

    length = rf"(?:\s+(?:of|at|lasting|that\s+last|with\s+a\s+length\s+of|length)\s*(?P<d>{DUR}))?"
    for m in s.take(r"\b(?:no|without|remove\s+(?:the\s+|all\s+)?|drop\s+(?:the\s+|all\s+)?|disable|turn\s+off(?:\s+the)?)\s*transitions?"
                    r"|\bhard\s+cuts?|straight\s+cuts?|just\s+cuts|transitions?\s*(?:to|:|=)?\s*none"
                    r"|(?:不要|去掉|取消|删除|无|关闭)\s*转场|转场\s*(?:改成|改为|设为|用|为)?\s*(?:无|没有|不要)"):
        s.add("transition", m, type="none")
    for m in s.take(rf"(?P<d0>{DUR})\s+{kind('0')}\s+transitions?|{kind()}\s+transitions?{length}"
                    rf"|(?:use\s+|with\s+)?(?P<k2>{TR_EN})s?\s+between\s+(?:the\s+)?(?:images|photos|pictures|clips|slides|shots|segments)"
                    rf"|transitions?\s*(?:type\s*)?(?:to|:|=|as|into)\s*(?P<k3>{TR_EN})(?:\s+(?P<dir3>{DIR}))?{length.replace('P<d>', 'P<d3>')}"):
        word = m.group("k") or m.group("k0") or m.group("k2") or m.group("k3")
        word = re.sub(r"[\s-]+", " ", word)
        typ = TRANSITION_WORDS.get(word) or TRANSITION_WORDS.get(word.replace(" ", ""), "fade")
        d = m.group("d") or m.group("d0") or m.group("d3")
        s.add("transition", m, type=typ, dir=m.group("dir") or m.group("dir0") or m.group("dir3"),
              ms=dur_ms(d) if d else None)
    for m in s.take(rf"转场\s*(?:效果)?\s*(?:改成|改为|换成|用|设为|设置为|为|:)?\s*(?P<dir>{DIR})?\s*(?P<k>{TR_ZH})"
                    rf"|(?:用|改成|改为|换成|加|添加|加上)?\s*(?P<dir2>{DIR})?\s*(?P<k2>{TR_ZH})\s*(?:的)?\s*转场"):
        word = m.group("k") or m.group("k2")
        dirw = m.group("dir") or m.group("dir2")
        s.add("transition", m, type=TRANSITION_WORDS[word], dir=DIRS.get(dirw) if dirw else None, ms=None)
    for m in s.take(rf"transitions?\s+(?:length|duration|time)?\s*(?:to|of|at|=|:|lasting)?\s*(?P<d>{DUR})"
                    rf"|(?P<d2>{DUR})\s+(?:long\s+)?transitions?"
                    rf"|(?:make\s+)?(?:the\s+)?transitions?\s+(?:last\s+)?(?P<d4>{DUR})"
                    rf"|转场\s*(?:时长|时间|长度)?\s*(?:改成|改为|设为|为|调到|调成|:)?\s*(?P<d3>{DUR})|(?P<d5>{DUR})\s*的?\s*转场"):
        d = next(g for g in m.group("d", "d2", "d3", "d4", "d5") if g)
        s.add("transition", m, type=None, ms=dur_ms(d))
    for m in s.take(r"(?:make\s+)?(?:the\s+)?transitions?\s+(?P<rel>longer|shorter|slower|faster|quicker)"
                    r"|转场\s*(?P<rel2>长|短|慢|快)\s*(?:一点|一些|点)?"):
        rel = m.group("rel") or m.group("rel2")
        s.add("transition", m, type=None, ms=None, rel="up" if rel in ("longer", "slower", "长", "慢") else "down")


def r_segment_duration(s: Scan) -> None:
    imgs = r"(?:images?|photos?|pictures?|pics?|slides?|shots?)"
    for m in s.take(rf"\b(?:show|display|hold|keep|make|set)?\s*(?:each|every|all(?:\s+the)?)\s+{imgs}\s+(?:for\s+|to\s+|at\s+|lasts?\s+|last\s+|should\s+last\s+)?(?P<d>{DUR})(?:\s+each)?"
                    rf"|(?P<d2>{DUR})\s+(?:per|for\s+each|each|an?|every)\s+(?:image|photo|picture|pic|slide|shot)"
                    rf"|每\s*(?:张|个|幅)\s*(?:图片|图|照片)?\s*(?:都)?\s*(?:显示|展示|停留|持续|播放)?\s*(?P<d3>{DUR})"):
        s.add("segment_duration", m, ref=None, ms=dur_ms(m.group("d") or m.group("d2") or m.group("d3")))
    for m in s.take(rf"\b(?:show|display|hold|keep|make|set)\s+(?P<r>{REF})\s+(?:for|to|last|lasting|at|on\s+screen\s+for)\s*(?P<d>{DUR})"
                    rf"|(?P<r2>{REF})\s+(?:for|lasts?|should\s+last)\s+(?P<d2>{DUR})"
                    rf"|(?P<r3>{REF})\s*(?:显示|展示|停留|持续|播放)\s*(?:改成|改为|设为)?\s*(?P<d3>{DUR})"):
        s.add("segment_duration", m, ref=m.group("r") or m.group("r2") or m.group("r3"),
              ms=dur_ms(m.group("d") or m.group("d2") or m.group("d3")))


def _volume_handlers(s: Scan) -> None:
    def pct_rx(n: str = "") -> str:
        return rf"(?P<pct{n}>{NUM})\s*(?P<sign{n}>%|percent\b|per\s+cent\b)?"

    zh_t = rf"(?:{MUSIC}|{VOICE}|{CLIPS})"
    for m in s.take(rf"(?P<tg>{TARGET})\s*(?:'s\s*)?(?P<vw>volume|level|vol)?\s*(?:to|at|=|:|down\s+to|up\s+to)?\s*{pct_rx()}"
                    rf"|\b(?:set|put|turn|change|adjust|bring|lower|raise|reduce|increase|drop)\s+(?:the\s+)?(?P<vw2>volume|level)\s+(?:of\s+)?(?P<tg2>{TARGET})\s+(?:to|at)\s+{pct_rx('2')}"
                    rf"|(?:把)?\s*(?P<tg3>{zh_t})\s*(?:的)?\s*(?P<vw3>音量|声音)\s*(?:调到|调成|调为|设为|设置为|改成|改为|调整为|调整到|降到|降低到|提高到|为|到|:)?\s*{pct_rx('3')}",
                    when=lambda m: any(m.group(g) for g in ("sign", "sign2", "sign3", "vw", "vw2", "vw3"))):
        tg = m.group("tg") or m.group("tg2") or m.group("tg3")
        num = m.group("pct") or m.group("pct2") or m.group("pct3")
        sign = m.group("sign") or m.group("sign2") or m.group("sign3")
        s.add("volume", m, target=target_of(tg), value=pct_value(num, bool(sign)))
    rel = r"(?P<dir>louder|quieter|softer|lower|higher|up|down)"
    for m in s.take(rf"(?P<tg>{TARGET})\s+(?:volume\s+)?(?:a\s+(?:bit|little|lot)\s+|much\s+|slightly\s+|way\s+)?(?:more\s+)?{rel}\b"
                    rf"|\b(?:turn|make|bring|put)\s+(?:the\s+)?(?P<tg2>{TARGET})\s+(?:volume\s+)?(?:a\s+(?:bit|little)\s+|much\s+)?(?P<dir2>up|down|louder|quieter|softer|lower|higher)\b"
                    rf"|\b(?P<dir3>lower|raise|reduce|increase|boost|decrease|turn\s+up|turn\s+down|quieten|soften)\s+(?:the\s+)?(?:volume\s+of\s+(?:the\s+)?)?(?P<tg3>{TARGET})"
                    rf"|(?P<tg4>{zh_t})\s*(?:的)?\s*(?:音量|声音)?\s*(?:再)?\s*(?:调|开|放)?\s*(?:得)?\s*(?P<dir4>大|小|高|低|响|轻)\s*(?:一点|一些|点|些)?"
                    rf"|(?P<dir5>调大|调高|提高|增大|加大|调小|调低|降低|减小|减弱|压低)\s*(?:一下|一点)?\s*(?P<tg5>{zh_t})\s*(?:的)?\s*(?:音量|声音)?"):
        tg = next(g for g in m.group("tg", "tg2", "tg3", "tg4", "tg5") if g)
        d = next(g for g in m.group("dir", "dir2", "dir3", "dir4", "dir5") if g)
        up = d in ("louder", "higher", "up", "raise", "increase", "boost", "turn up", "大", "高", "响",
                   "调大", "调高", "提高", "增大", "加大") or d.startswith("turn up")
        s.add("volume", m, target=target_of(tg), rel="up" if up else "down")


def r_audio(s: Scan) -> None:
    _volume_handlers(s)
    mute_t = rf"(?:the\s+)?(?P<tg>{REF}|{MUSIC}|{VOICE}|{CLIPS}|{ALL})"
    for m in s.take(rf"(?P<un>un)?mute\s+{mute_t}|(?P<un2>un)?mute\b|silence\s+(?:the\s+)?(?P<tg2>{MUSIC}|{VOICE}|{CLIPS})"
                    rf"|\b(?:turn|switch)\s+off\s+(?:the\s+)?(?P<tg3>{MUSIC}|{VOICE})"
                    rf"|(?:把)?\s*(?P<tg4>{REF}|{MUSIC}|{VOICE}|{CLIPS}|{ALL})?\s*(?P<un3>取消)?\s*静音\s*(?P<tg5>{MUSIC}|{VOICE}|{CLIPS})?"):
        un = bool(m.group("un") or m.group("un2") or m.group("un3"))
        tg = m.group("tg") or m.group("tg2") or m.group("tg3") or m.group("tg4") or m.group("tg5") or "all"
        ref = tg if rx(REF).fullmatch(tg.strip()) or rx(rf"(?:the\s+)?{REF}").fullmatch(tg.strip()) else None
        s.add("mute", m, target="ref" if ref else target_of(tg), ref=ref, on=not un)
    for m in s.take(rf"\b(?P<no>don'?t\s+|do\s+not\s+|no\s+|stop\s+|without\s+)?duck(?:ing)?\s+(?:the\s+)?(?:{MUSIC})?(?:\s+under\s+the\s+{VOICE})?"
                    r"|(?P<no2>取消|关闭|不要)?\s*(?:音乐)?\s*(?:自动)?闪避|(?:人声|配音|旁白)时\s*(?:自动)?(?:降低|压低)\s*音乐"):
        s.add("duck", m, on=not (m.group("no") or m.group("no2")))


def r_captions(s: Scan) -> None:
    cap = r"(?:text\s+overlays?|captions?|subtitles?|labels?|product\s+names|text\s+labels?|on-?screen\s+text)"
    for m in s.take(rf"\b(?:remove|delete|drop|hide|no|without|turn\s+off|get\s+rid\s+of|clear)\s+(?:the\s+|all\s+(?:the\s+)?)?{cap}"
                    r"|(?:删除|去掉|删掉|不要|关闭|取消|移除)\s*(?:所有|全部)?\s*(?:的)?\s*(?:字幕|文字|文案|标签)"):
        s.add("captions_remove", m)
    for m in s.take(rf"\b(?:caption|label|text)\s+(?:for|on|of)?\s*(?P<r>{REF})\s*(?:to|as|:|=|says?|reading|should\s+say)?\s*(?P<t>{Q})"
                    rf"|\b(?:set|change|make)\s+(?:the\s+)?(?:caption|text|label)\s+(?:for|on|of)\s+(?P<r2>{REF})\s+(?:to|as|:)\s*(?P<t2>{Q}|{FREE}){END}"
                    rf"|(?P<r3>{REF})\s*(?:的)?\s*(?:字幕|文字|文案)\s*(?:改成|改为|设为|换成|是|为|:)?\s*(?P<t3>{Q}|{FREE}){END}"):
        text = s.text_of(m.group("t") or m.group("t2") or m.group("t3"))
        if text:
            s.add("caption_set", m, ref=m.group("r") or m.group("r2") or m.group("r3"), text=text[:500])
    for m in s.take(rf"\b(?:add|with|put|include|show|turn\s+on|plus|give\s+(?:it|them)|overlay)\s+(?:some\s+|the\s+)?(?:a\s+)?{cap}"
                    rf"(?:\s+(?:on|to|for|over)\s+(?:each|every|all(?:\s+the)?|the)\s+(?:images?|photos?|pictures?|slides?|clips?|shots?))?"
                    r"|\b(?:caption|label)\s+(?:each|every|all(?:\s+the)?|the)\s+(?:images?|photos?|pictures?|slides?|clips?)"
                    r"|(?:每张|每个|每段|每幅)\s*(?:图片|图|照片|视频)?\s*(?:都)?\s*(?:加|配|添加|显示)\s*(?:上)?\s*(?:字幕|文字|文案|标签)"
                    r"|(?:加|添加|加上|显示|带|配上|配|带上|生成)\s*(?:上)?\s*(?:字幕|文字说明|文字|文案|标签)"
                    rf"|(?<![a-z]){cap}\s+(?:on|for)\s+(?:each|every|all)"):
        s.add("captions_add", m)


def r_style(s: Scan) -> None:
    motion = r"(?:ken\s*-?\s*burns?|slow\s+zoom(?:s|ing)?|zoom(?:s|ing)?|pan(?:s|ning)?(?:\s*(?:and|&|/)\s*zoom(?:s|ing)?)?|motion|movement|camera\s+(?:motion|movement)|zoom\s+effects?)"
    for m in s.take(rf"\b(?:no|without|disable|turn\s+off|remove|stop|switch\s+off|drop|kill)\s+(?:the\s+|all\s+)?{motion}(?:\s+effects?)?"
                    rf"|{motion}\s*(?:off|:\s*off|=\s*off)|static\s+(?:images|pictures|photos)|keep\s+(?:the\s+)?(?:images|pictures|photos)\s+still"
                    r"|(?:关闭|关掉|去掉|取消|不要|禁用|停止)\s*(?:ken\s*burns|缩放效果|缩放|推拉|镜头运动|运动效果|动效|动画)"):
        s.add("ken_burns", m, on=False)
    for m in s.take(rf"\b(?:add|enable|turn\s+on|use|with|switch\s+on|apply)\s+(?:a\s+|the\s+|some\s+)?{motion}(?:\s+effects?)?|{motion}\s*(?:on|:\s*on)\b"
                    r"|(?:开启|打开|加上|添加|启用|加)\s*(?:ken\s*burns|缩放效果|缩放|推拉|镜头运动|运动效果|动效)"):
        s.add("ken_burns", m, on=True)
    for m in s.take(r"\bletterbox(?:ed|ing)?|don'?t\s+crop|do\s+not\s+crop|no\s+crop(?:ping)?|without\s+cropping|show\s+the\s+(?:whole|full|entire)\s+(?:image|picture|photo)s?"
                    r"|fit\s+(?:the\s+)?(?:images|pictures|photos|everything)(?:\s+(?:in|into|inside)\s+the\s+frame)?|(?<![a-z])contain(?![a-z])"
                    r"|不要裁剪|不裁剪|完整显示|留黑边|保留黑边"):
        s.add("fit", m, mode="contain")
    for m in s.take(r"\b(?:crop\s+to\s+)?fill\s+the\s+(?:frame|screen)|crop\s+to\s+fill|(?<![a-z])cover(?:\s+the\s+frame)?(?![a-z\s]*transition)|铺满|填满|裁剪填充"):
        s.add("fit", m, mode="cover")
    for m in s.take(rf"(?P<n>{NUM})\s*(?:fps|frames?\s+(?:per|a)\s+second|帧每秒|帧/秒|帧)"):
        s.add("fps", m, fps=float(m.group("n")))


def r_format(s: Scan) -> None:
    for m in s.take(r"(?P<w>\d{3,4})\s*[x×*]\s*(?P<h>\d{3,4})(?!\s*(?:s|sec|秒))"):
        s.add("format", m, width=int(m.group("w")), height=int(m.group("h")))
    for m in s.take(r"(?P<p>480|540|720|1080|1440|2160)\s*p\b|(?P<k>4k|uhd|2k|qhd|full\s*hd|fhd|(?<![a-z])hd(?![a-z])|高清|超清|全高清)"):
        p = m.group("p")
        short = int(p) if p else {"4k": 2160, "uhd": 2160, "2k": 1440, "qhd": 1440, "hd": 720, "高清": 720,
                                  "超清": 1080, "全高清": 1080}.get(m.group("k"), 1080)
        s.add("format", m, short=short)
    aspects = [
        ("9:16", r"9\s*[:x/：]\s*16|vertical|portrait(?!\s+post)|tiktok|tik\s*tok|douyin|reels?\b|(?:youtube\s+)?shorts\b|stories\b|story\b|phone\s+screen|竖屏|竖版|竖向|竖的|抖音|快手|视频号"),
        ("4:5", r"4\s*[:x/：]\s*5|instagram\s+(?:feed|post)|portrait\s+post"),
        ("16:9", r"16\s*[:x/：]\s*9|horizontal|landscape|widescreen|wide\s+screen|youtube(?!\s+shorts)|横屏|横版|横向|宽屏"),
        ("1:1", r"1\s*[:x/：]\s*1(?!\d)|square|instagram|方形|正方形|方屏"),
    ]
    for aspect, pattern in aspects:
        for m in s.take(pattern):
            s.add("format", m, aspect=aspect)


def r_order(s: Scan) -> None:
    item = rf"(?:{REF}|{NAME})"
    dest = (r"(?:to\s+|at\s+|in\s+|into\s+)?(?:the\s+)?(?P<dest>first|front|start|beginning|top|head|begin|last|end|back|bottom|"
            r"(?:position|place|slot|spot)\s*\d+|\d+(?:st|nd|rd|th)\s*(?:position|place|slot|spot)?)(?![a-z])(?:\s+(?:one|position|place))?")
    for m in s.take(r"\breverse\s+(?:the\s+)?(?:order|sequence|images|photos|pictures|clips|slides|it|them|everything)"
                    r"|\bin\s+reverse\s+order|\breversed?\s+order|\bbackwards\b|\bflip\s+the\s+order"
                    r"|倒序|反转顺序|顺序反过来|顺序颠倒|颠倒顺序|反过来排|顺序倒过来|倒过来"):
        s.add("reverse", m)
    for m in s.take(rf"\b(?:swap|switch|exchange|flip)\s+(?P<a>{REF}|(?:the\s+)?(?:first|second|third|fourth|fifth|last|\d+))\s+(?:and|with|&)\s+(?P<b>{REF}|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|\d+)(?:\s+(?:ones?|images?|photos?|pictures?|clips?))?)"
                    rf"|(?:交换|调换|互换|对调)\s*(?P<a2>{REF})\s*(?:和|与|跟|、)\s*(?P<b2>{REF}|\d+)"
                    rf"|(?:把)?\s*(?P<a3>{REF})\s*(?:和|与|跟)\s*(?P<b3>{REF}|\d+)\s*(?:交换|调换|互换|对调)(?:位置|顺序)?"):
        a = m.group("a") or m.group("a2") or m.group("a3")
        b = m.group("b") or m.group("b2") or m.group("b3")
        s.add("swap", m, a=a, b=b)
    for m in s.take(rf"\b(?:move|put|place|bring|shift|make)\s+(?P<r>{item})\s+{dest}"
                    rf"|\b(?:move|put|place|shift)\s+(?P<r2>{item})\s+(?P<rel>before|after)\s+(?P<o>{item}){END}"
                    rf"|\b(?P<se>start|begin|open|end|finish|close)\s+with\s+(?P<r3>{item}){END}"
                    rf"|(?:把)?\s*(?P<r5>{REF}|{NAME})\s*(?:移到|放到|挪到|放在)\s*(?P<o2>{REF})\s*(?P<zrel>前面|之前|前|后面|之后|后)"
                    rf"|(?:把)?\s*(?P<r4>{REF}|{NAME})\s*(?:移到|放到|挪到|调到|放在|移至|移动到|排到|换到)\s*(?:最)?\s*(?P<zd>前面|开头|最前|第1个|第1张|第1位|第1|后面|最后|结尾|末尾|最后面|第\d+(?:个|张|位)?)"):
        if m.group("r") is not None:
            s.add("move", m, ref=m.group("r"), dest=m.group("dest"))
        elif m.group("r2") is not None:
            s.add("move", m, ref=m.group("r2"), dest=m.group("rel"), other=m.group("o"))
        elif m.group("r3") is not None:
            s.add("move", m, ref=m.group("r3"), dest="first" if m.group("se") in ("start", "begin", "open") else "last")
        elif m.group("r4") is not None:
            zd = m.group("zd")
            num = re.search(r"\d+", zd)
            dest = "last" if zd in ("后面", "最后", "结尾", "末尾", "最后面") else (f"position {num.group(0)}" if num else "first")
            s.add("move", m, ref=m.group("r4"), dest=dest)
        else:
            rel = "before" if m.group("zrel") in ("前面", "之前", "前") else "after"
            s.add("move", m, ref=m.group("r5"), dest=rel, other=m.group("o2"))


def r_assets(s: Scan) -> None:
    audio = rf"(?:the\s+)?(?P<au>{MUSIC}|{VOICE})"
    for m in s.take(rf"\breplace\s+(?P<a>{audio}|{REF}|{NAME})\s+(?:with|by)\s+(?P<b>{NAME}){END}"
                    rf"|\bswap\s+out\s+(?P<a2>{REF}|{NAME})\s+for\s+(?P<b2>{NAME}){END}"
                    rf"|\buse\s+(?P<b3>{NAME})\s+instead\s+of\s+(?P<a3>{REF}|{NAME}){END}"
                    rf"|\buse\s+(?P<b4>{NAME})\s+(?:as|for)\s+(?:the\s+)?(?P<a4>background\s+music|music|bgm|voice\s*-?\s*over|voiceover|narration|voice){END}"
                    rf"|(?:用|拿)\s*(?P<b5>{NAME})\s*(?:替换|替代|换掉|代替)\s*(?P<a5>{REF}|{MUSIC}|{VOICE}|{NAME}){END}"
                    rf"|(?:用|拿)\s*(?P<b7>{NAME})\s*(?:做|作为|当)\s*(?P<a7>背景音乐|音乐|配乐|配音|旁白)"
                    rf"|(?:把)?\s*(?P<a6>{REF}|{MUSIC}|{VOICE}|{NAME})\s*(?:替换成|替换为|换成|换为|改成|改为)\s*(?P<b6>{NAME}){END}"):
        a = next((g for g in m.group("a", "a2", "a3", "a4", "a5", "a6", "a7") if g), None)
        b = next((g for g in m.group("b", "b2", "b3", "b4", "b5", "b6", "b7") if g), None)
        s.add("replace", m, old=(s.text_of(a) or "").strip(), new=(s.text_of(b) or "").strip())
    for m in s.take(rf"\b(?:remove|delete|drop|take\s+out|get\s+rid\s+of|lose|cut\s+out|ditch|skip)\s+(?:the\s+)?(?P<w>{MUSIC}|{VOICE}|{REF}|{NAME}){END}"
                    rf"|\b(?:no|without)\s+(?:background\s+)?(?P<w2>{MUSIC}|{VOICE})"
                    rf"|(?:删除|删掉|去掉|移除|拿掉|不要|去除)\s*(?P<w3>{MUSIC}|{VOICE}|{REF}|{NAME}){END}"):
        w = m.group("w") or m.group("w2") or m.group("w3")
        s.add("remove", m, what=(s.text_of(w) or "").strip())
    for m in s.take(rf"\b(?:add|append|insert|include)\s+(?P<w>{NAME})(?:\s+(?P<where>at\s+the\s+(?:end|start|beginning)|to\s+the\s+end|first|last))?{END}"
                    rf"|(?:添加|加上|加入|插入)\s*(?P<w2>{NAME}){END}"):
        where = m.group("where") or ""
        s.add("add", m, what=(s.text_of(m.group("w") or m.group("w2")) or "").strip(),
              first=bool(re.search(r"start|beginning|first", where)))


def r_duration(s: Scan) -> None:
    d = rf"(?P<d>{DUR})"
    for m in s.take(rf"(?P<dd>{DUR})\s+(?P<rel>longer|shorter)|(?P<zrel>延长|加长|缩短|减少|增加)\s*(?P<zd>{DUR})"):
        delta = dur_ms(m.group("dd") or m.group("zd")) or 0
        down = (m.group("rel") or m.group("zrel")) in ("shorter", "缩短", "减少")
        s.add("duration", m, delta=-delta if down else delta)
    pats = [
        rf"\b(?:make|set|change|cut|shorten|extend|lengthen|trim|turn|keep|get|bring)\s+(?:it|this|that|everything|the\s+(?:whole\s+|total\s+|entire\s+)?(?:video|length|duration|clip|movie|thing|edit|timeline|runtime|slideshow))?\s*(?:down\s+|up\s+)?(?:to\s+|into\s+|at\s+|be\s+)?(?:be\s+)?(?:exactly\s+|about\s+|only\s+|just\s+|around\s+)?{d}",
        rf"\b(?:duration|length|total|runtime|long)\s*(?:of|to|=|:|is|at|should\s+be)?\s*(?:exactly\s+|about\s+)?{d}",
        rf"{d}\s*(?:long|in\s+total|total|in\s+length|overall)",
        rf"\b(?:a|an|one|into\s+a|into\s+an)\s+{d}",
        rf"(?:^|[,;，；]|\band\b)\s*{d}(?=\s*(?:$|[,;.，；。!！]|and\b))",  # a clause of its own: "vertical, 20 seconds"
        rf"{d}[^.,!?\n]{{0,40}}?(?:video|clip|mp4|movie|reel|short|version|cut|promo|ad|slideshow|montage|trailer|story|tiktok)",
        rf"(?:改成|改为|变成|调成|调到|调整为|调整到|缩短到|缩短为|延长到|延长为|设为|设置为|设成|剪成|做成|控制在|压缩到|缩到)\s*{d}",
        rf"(?:时长|长度|总长|总时长|视频长度)\s*(?:为|是|改成|改为|设为|调到|:)?\s*{d}",
        rf"{d}\s*[^。，,!?！？\n]{{0,12}}?(?:视频|短片|影片|宣传片|片子|短视频)",
    ]
    for p in pats:
        for m in s.take(p):
            s.add("duration", m, ms=dur_ms(m.group("d")))


def r_first_cut(s: Scan) -> None:
    """A request for a (new) first cut. Weak forms ("make a vertical version") only start one when there is
    no timeline yet, so that they never throw away the user's edits."""
    text = s.msg.low
    strong = [
        r"\b(?:combine|merge|stitch|assemble|compile|put\s+together|turn|join)\s+(?:these|those|them|all|everything|my|the\s+(?:images|photos|pictures|files|assets|clips|uploads|media))",
        r"\b(?:make|create|generate|build|produce|render|edit)\b[^;.!?\n]{0,80}?\bfrom\s+(?:these|those|them|all|my|the\s+(?:uploaded|images|photos|pictures|files|assets|clips|uploads|media))",
        r"\b(?:first\s+cut|rough\s+cut|start\s+over|from\s+scratch|start\s+again|redo\s+(?:it|everything))\b",
        r"(?:合成|生成|制作|创建|拼接|剪辑成|剪成)\s*(?:成|出)?\s*(?:一个|一段|一支|一部|个|段)?[^。，,;；!?！？]{0,30}?(?:视频|短片|影片|宣传片|mp4|短视频|片子)",
        r"(?:用|把)\s*(?:这些|所有|全部|上传的)\s*(?:图片|照片|素材|文件|视频|图)",
        r"重新(?:生成|制作|剪辑|做)",
    ]
    weak = [
        r"\b(?:make|create|generate|build|produce|render|do|give\s+me|cut|edit|put\s+together)\s+(?:me\s+)?(?:a|an|one|new|another|some)\b[^;.!?\n]{0,80}?\b(?:video|mp4|movie|clip|slideshow|slide\s+show|reel|montage|promo|short|ad|advert|trailer|cut|tiktok|story|film|teaser|commercial)",
        r"(?:做|做成|帮我做|给我做)\s*(?:一个|一段|一支|个|段|1\s*(?:个|段|支))",  # "一个" reads as "1个"
    ]
    for strength, pats in (("strong", strong), ("weak", weak)):
        if any(rx(p).search(text) for p in pats):
            s.add("first_cut", -1, strong=strength == "strong")
            return


RULES: tuple[Callable[[Scan], None], ...] = (
    r_trim, r_title, r_transition, r_segment_duration, r_audio, r_captions, r_style, r_format,
    r_order, r_assets, r_duration,
)


def parse(msg: Message) -> tuple[list[Intent], list[tuple[int, str]]]:
    """Intents in the order they were asked for (a first cut first), and the unclaimed quotes."""
    scan = Scan(msg)
    r_first_cut(scan)
    for rule in RULES:
        rule(scan)
    intents = sorted(scan.intents, key=lambda i: i.pos)
    return intents, scan.free_quotes()
