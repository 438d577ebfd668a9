"""The title: its text, when it shows, where it sits, and removing it."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from ....draft.styles import AWAY, DEFAULT_POS, away_from, parse_colour
from ....draft.timeline import ROLE_CAPTION, ROLE_TITLE, TT_TEXT, role_of
from ....draft.timeline import tracks as all_tracks
from ..anchors import compile_led
from ..first_cut import (
    TITLE_MS,
    TITLE_STYLE,
    derived_title,
)
from ..messages import Msg, msg, sec
from ..parse import (
    END,
    FREE,
    Q,
    Scan,
)
from ..refs import name_score
from ..registry import DocRow, Edit, Phrase, Template, register, rule
from ..spans import TITLE_LAST, TITLE_TO_END
from ..text import (
    DUR,
    Q_CLOSE,
    Q_OPEN,
    QUOTE_RE,
    RANGE,
    SETTING_ONLY,
    Message,
    dur_ms,
    looks_only,
    range_ms,
    range_rx,
)
from ..vocab import TITLE_WHOLE_VIDEO
from ..work import CannotApply, Work, tracks_by_role
from .captions import animation_said, nth_in
from .shared import MAX_MS, moment_and_length, stretch, stretched, times, title_track
from .text_look import title_look_said


def _title_reply(work: Work, key: str, **params: object) -> Callable[[], Msg]:
    """The reply ``key`` with the title's final span (read after the re-layout)."""
    def reply() -> Msg:
        track = title_track(work)
        if not track:
            return msg(key, span="", **params)
        seg = track["sg"][0]
        return msg(key, span=msg("span", a=sec(seg["s"]), b=sec(seg["s"] + seg["d"])), **params)
    return reply


@dataclass(frozen=True)
class TitleTextArgs:
    text: str | None
    request: str = ""
    # a quote said beside the title's place ("Title 'Back to School' at the top"): the new text, or, when it is the
    # text already ("move the title 'Autumn Drop' to the top"), only its name
    beside: bool = False
    # an unquoted "title text" that is a setting ("把标题换成竖屏"): not made, and said so (see SETTING_ONLY)
    setting: str | None = None
    # the words said before the word title ("make the 'Autumn Drop' title orange"): the title named by them, never new
    # words (set BT bt094 was not read); other words than the title's change nothing, and the reply says so
    named: bool = False


# "给标题配个“叮”的音效", "add a 'whoosh' sound to the title": the quote names a sound, never the title's words (set BO
# bo094 set the title to 叮)
_QUOTE_OF_SOUND = compile_led(r"\ue001\s*(?:的)?\s*(?:音效|声音|提示音|声效)|\ue001\s*(?:sound(?:\s+effect)?|sfx|noise|chime)s?\b")


def apply_title_text(work: Work, args: TitleTextArgs) -> None:
    text, request = args.text, args.request
    if args.setting is not None:
        raise CannotApply(msg("title.setting", word=msg("q", text=args.setting)))
    track = title_track(work)
    if args.beside and track and text is not None and " ".join(text.split()) == track["sg"][0]["text"]:
        return
    if args.named and track and text is not None and " ".join(text.split()).lower() in track["sg"][0]["text"].lower():
        return  # ("make the 'Red Sneaker' title bigger" of "Red Sneaker, Blue Backpack & More": named by some of its words)
    if args.named and text is not None:
        raise CannotApply(msg("title.not_named", text=msg("q", text=" ".join(text.split())),
                              now=msg("q", text=track["sg"][0]["text"]) if track else None))
    if text is None:
        if track:
            raise CannotApply(msg("title.exists", text=msg("q", text=track["sg"][0]["text"])))
        text = work.draft["m"].get("title") or derived_title(request, [work.media[s["mid"]] for s in work.visual_segments() if s["mid"] in work.media])
    text = " ".join(text.split())[:200] or "Title"
    if track:
        track["sg"][0]["text"] = text
    else:
        work.draft["t"].append({"id": work.new_id("x"), "tt": TT_TEXT, "n": "Title", "role": ROLE_TITLE, "sg": [
            {"id": work.new_id(), "text": text, "s": 0, "d": TITLE_MS, "style": copy.deepcopy(TITLE_STYLE)}]})
    work.draft["m"]["title"] = text
    work.replies.append(_title_reply(work, "title.set", text=msg("q", text=text)))
    work.calls.append({"name": "set_title", "args": {"text": text}})


@dataclass(frozen=True)
class TitleTimingArgs:
    start: int | None = None
    end: int | None = None
    length: int | None = None
    factor: float | None = None  # "leave the title up a bit longer": its length, one step longer or shorter
    exact: bool = False  # the factor said ("twice as long as now"): the length exactly so
    whole: bool = False  # "show the title for the whole video", "标题全程显示": from the start to the end
    later: int | None = None  # "make the title appear 2 seconds later", "标题晚2秒出现": its start moved by this (ms)
    by: int | None = None  # "title 3 seconds longer", "标题再多停2秒": its length moved by this (ms, shorter below 0)
    last: int | None = None  # "the title in the last 5 seconds", "标题放到最后4秒": the video's last this much (ms)
    to_end: bool = False  # "title at 2 s until the end", "标题显示到最后": from its start (said, or as it is) to the end
    # the picture it comes on with: "have the title start with the second picture", "标题等到第二张图再出来" (the second
    # picture was moved first, or the words left unread; set FI fi036 fi086): that picture's start (1 = the first)
    at_shot: int | None = None

    @property
    def vague(self) -> bool:  # (a number said for the title wins over it; a factor said is no step)
        return self.factor is not None and not self.exact

    @property
    def sets_length(self) -> bool:
        """Whether it says how long the title stays: a start alone ("could it start a second later?") leaves a step of
        its length said beside it ("also make it stay a bit longer", set GK gk070 dropped the step) to be made."""
        return any(v is not None for v in (self.end, self.length, self.factor, self.by, self.last)) or self.whole or self.to_end


def apply_title_timing(work: Work, args: TitleTimingArgs) -> None:
    start, end, length = args.start, args.end, args.length
    track = title_track(work)
    if not track:
        raise CannotApply(msg("title.none"))
    seg = track["sg"][0]
    total = work.target if work.target is not None else work.total()
    if args.whole:
        seg["s"], seg["d"] = 0, max(100, min(total, MAX_MS))
    elif args.last is not None:  # (the video's length as this edit sees it: "make it 20 s, title in the last 4")
        seg["d"] = max(100, min(args.last, total, MAX_MS))
        seg["s"] = max(0, total - seg["d"])
    elif args.to_end:
        begin = seg["s"] if start is None else start
        if begin >= total:
            raise CannotApply(msg("title.order"))
        seg["s"], seg["d"] = begin, max(100, min(total, MAX_MS) - begin)
    elif args.at_shot is not None:
        segs = work.main()["sg"]
        if not 1 <= args.at_shot <= len(segs):
            raise CannotApply(msg("title.no_shot", n=args.at_shot, count=len(segs)))
        seg["s"] = int(segs[args.at_shot - 1]["s"])
        if seg["s"] + seg["d"] > total:
            seg["d"] = max(100, total - seg["s"])
    elif start is not None and end is not None:
        if end <= start:
            raise CannotApply(msg("title.order"))
        seg["s"], seg["d"] = start, max(100, end - start)
    else:
        # when it comes, then how long it stays: each said alone, or both ("make the title come in at 1s and stay 1 s
        # longer" kept the start alone and left the second unread; set FG fg113)
        if args.later is not None:
            seg["s"] = max(0, min(seg["s"] + args.later, MAX_MS))
        elif start is not None:
            seg["s"] = min(start, MAX_MS)
        if length is not None:
            seg["d"] = max(100, min(length, MAX_MS))
        elif args.by is not None:
            if seg["d"] + args.by < 500:  # (shorter than it is long: never a guess)
                raise CannotApply(msg("title.too_short"))
            seg["d"] = min(seg["d"] + args.by, MAX_MS)
        elif args.factor:
            seg["d"] = min(stretched(seg["d"], args.factor, args.exact), MAX_MS)
        elif end is not None:  # (it leaves then: it starts where it did)
            if end <= seg["s"]:
                raise CannotApply(msg("title.order"))
            seg["d"] = max(100, min(end, MAX_MS) - seg["s"])
    clamped = seg["s"] + seg["d"] > total
    work.replies.append(_title_reply(work, "title.timing_clamped" if clamped else "title.timing"))
    work.calls.append({"name": "set_title_timing", "args": {"start": seg["s"] / 1000, "seconds": seg["d"] / 1000}})


@dataclass(frozen=True)
class TitleRemoveArgs:
    pass


def apply_title_remove(work: Work, args: TitleRemoveArgs) -> None:
    tracks = tracks_by_role(work.draft, TT_TEXT, ROLE_TITLE)
    if not any(t["sg"] for t in tracks):
        raise CannotApply(msg("title.nothing_to_remove"))
    work.draft["t"] = [t for t in work.draft["t"] if t not in tracks]
    work.done(msg("title.removed"), "remove_title")


@dataclass(frozen=True)
class TitlePositionArgs:
    pos: str


def apply_title_position(work: Work, args: TitlePositionArgs) -> None:
    pos, = args.pos,
    track = title_track(work)
    if not track:
        raise CannotApply(msg("title.none"))
    for seg in track["sg"]:
        style = seg.setdefault("style", {})
        # ("move the title out of the way": from where it is, the middle if it has no place of its own)
        style["pos"] = away_from(str(style.get("pos") or DEFAULT_POS[ROLE_TITLE])) if args.pos == AWAY else args.pos
        pos = style["pos"]
    work.done(msg("title.moved", pos=msg("pos", pos=pos)), "set_title_position", pos=pos)


# --- phrase rules (read before the last clause-free words; order 20) --------------------

# (TITLE_WHOLE_VIDEO: the word vocab's rewrites put for "for the whole video" said of the title)

# an unquoted "title text" that is only a value of another edit is no title ("标题去掉，换成竖屏" is read by block L as "把标题换成
# 竖屏": the format, set AR ar236 titled the video 竖屏); the title is then left unread and said so
# "标题写错了", "标题写得太小", "标题是不是太大": a judgement of the title, never its new words (session 22: '标题写错了' set
# the title to 错了)
_JUDGED = (r"(?:错|得|的|不|反|太|有点|有些"
           # (or described: "标题是我们的品牌口号，内容和位置都不要改" titled the video "我们的品牌口号"; dev set IH ih028)
           r"|我们|我的|你们|他们|她们|店里|店铺|品牌|之前|原来|现在|一个|一句|这个|那个"
           # (or asked: "标题是几秒后消失的？" titled the video with the question; dev set IJ ij069)
           r"|几|多少|什么|哪)")



# "把标题改成不一样的颜色", "change the title to another font": a look wished for without saying which, never the title's
# new words (the lead's finding in wave 25: the title read 不一样的颜色); left unread, so the reply says it was not understood
_LOOK_ONLY = compile_led(r"\s*(?:[^\s\ue000\"“”']{0,10}?(?:颜色|色彩|配色|字体|字号|大小|位置|样式|风格|动画|效果)"
                        r"|(?:(?:a|an|the|some|another|other|different|new|nicer|better|bigger|smaller)\s+){1,3}"
                        r"(?:colou?r|font|typeface|size|style|position|animation|effect)s?)\s*")


def _value_only(s: Scan, m: re.Match) -> bool:
    said = next((g for g in m.group("t", "t2", "t3", "t4", "t5", "t6", "t7") if g), "")
    return not re.fullmatch(Q, said.strip()) and bool(SETTING_ONLY.fullmatch(said) or parse_colour(said.strip())
                                                       or _LOOK_ONLY.fullmatch(said))


# the shop's own name, no title ("The user runs an online boutique called Leaf and Lace": the video was titled "Leaf"; dev set HO
# ho101)
_BUSINESS_BEFORE = compile_led(r"\b(?:shop|store|boutique|brand|business|company|cafe|café|bakery|studio|account|page|channel|label"
                               r"|restaurant|salon|gym|agency|website|site|company|startup|farm|market|stall)\s*,?\s*$")


# the title made something just before ("make the title smaller and …"), no other thing named between
_TITLE_MADE = compile_led(r"\b(?:make|set|turn|get|have)\s+the\s+(?:title|headline)\b(?:(?!\band\b)[^.;!?,\n]){0,30}\s*$")
_TITLE_LONGEST = 10_000  # (as frames._THEIR_LONGEST: a longer length is the video's)


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
    # "make the title smaller and 5 seconds": a length joined by "and" to the title's look is the title's (the phrase rule
    # of a length said as a clause of its own made the video 5 s; beside "make the title zebra and 5 seconds", wave 30);
    # one no title has ("…and 20 seconds") stays the video's
    for m in s.take(rf"\band\s+(?P<d>{DUR})(?:\s+long)?(?=\s*(?:$|[.;!?,]))",
                    when=lambda m: bool(_TITLE_MADE.search(s.msg.low, 0, s.at(m.start())))
                    and 0 < (dur_ms(m.group("d")) or 0) <= _TITLE_LONGEST):
        s.add("title_timing", m, length=dur_ms(m.group("d")))
    # (vocab block Z writes "for the whole video", "全程" said of the title as this one word)
    for m in s.take(rf"\b(?:(?:show|display|keep|leave|have|put|run|hold)\s+)?(?:the\s+)?(?:title|headline|heading)\b"
                    rf"[^,.;!?\ue000]{{0,30}}?\b{TITLE_WHOLE_VIDEO}\b|(?:标题|大标题)\s*{TITLE_WHOLE_VIDEO}"):
        s.add("title_timing", m, whole=True)
    # (spans.py writes "标题显示到最后", "show the title until the end" after a start as this)
    for m in s.take(rf"\bshow\s+the\s+title\s+{TITLE_TO_END}\b"):
        s.add("title_timing", m, to_end=True)
    # (vocab writes "start the title at titleshotN", "标题从titleshotN开始" for a title said to come on with a picture)
    for m in s.take(r"\bstart\s+the\s+title\s+at\s+titleshot(?P<n>\d+)\b|标题\s*从\s*titleshot(?P<zn>\d+)\s*开始"):
        s.add("title_timing", m, at_shot=int(m.group("n") or m.group("zn")))
    for m in s.take(rf"\b(?:start|show)\s+(?:the\s+)?title\s+at\s+(?P<d>{DUR})|title\s+(?:at|starting\s+at)\s+(?P<d2>{DUR})"
                    rf"|标题\s*(?:从|在)\s*(?P<d3>{DUR})\s*(?:开始|出现)"):
        s.add("title_timing", m, start=dur_ms(m.group("d") or m.group("d2") or m.group("d3")))
    pos_words = {"top": "top", "bottom": "bottom", "center": "center", "centre": "center", "middle": "center",
                 "顶部": "top", "上方": "top", "上面": "top", "底部": "bottom", "下方": "bottom", "下面": "bottom",
                 "中间": "center", "居中": "center", "中央": "center"}
    for m in s.take(r"\b(?:move|put|place|show)?\s*(?:the\s+)?title\s+(?:to|at|on)\s+(?:the\s+)?(?P<p>top|bottom|center|centre|middle)"
                    r"|标题\s*(?:放在|移到|放到|在|显示在)\s*(?P<p2>顶部|上方|上面|底部|下方|下面|中间|居中|中央)"):
        s.add("title_position", m, pos=pos_words[m.group("p") or m.group("p2")])
    for m in s.take(rf"\b(?:set|change|make|rename|update|switch)\s+(?:the\s+)?(?:video\s+)?(?:title|headline|heading)\s+(?:text\s+)?(?:to|as|into|=|:)\s*(?P<t>{Q}|{FREE}){END}"
                    rf"|\b(?:add|put|use|with|give\s+it|include)\s+(?:a\s+|the\s+)?title\s*(?:text\s+)?(?:of|saying|that\s+says|reading|:|=)?\s*(?P<t2>{Q})"
                    rf"|\b(?:titled|entitled|called|named)\s+(?P<t3>{Q}|{FREE}){END}"
                    rf"|title\s*(?::|=|is|should\s+be|text)?\s*(?P<t4>{Q})"
                    rf"|title\s*(?::|=)\s*(?P<t5>{FREE}){END}"
                    rf"|(?:把)?\s*标题\s*(?:文字|文本)?\s*(?:改成|改为|设为|设置为|换成|为|叫|:|=|(?:是|写)(?!\s*{_JUDGED}))\s*(?P<t6>{Q}|{FREE}){END}"
                    rf"|(?:加|添加|加上|加个|加一个|设置)\s*(?:一个)?\s*标题\s*(?:叫|为|是|:)?\s*(?P<t7>{Q})",
                    # ("title: stay until the first picture changes": an instruction typed in lower case, no words; set FI)
                    when=lambda m: not _value_only(s, m) and not (m.group("t5") and looks_only(s.text_of(m.group("t5")) or ""))
                    and not (m.group("t3") and _BUSINESS_BEFORE.search(m.string, 0, m.start()))):
        text = s.text_of(next(g for g in m.group("t", "t2", "t3", "t4", "t5", "t6", "t7") if g))
        if text:
            s.add("title_text", m, text=text[:200])
    # (the setting itself is left to its own rule: "竖屏" is the format's)
    for m in s.take(rf"(?:\b(?:set|change|make|rename|update|switch)\s+(?:the\s+)?(?:video\s+)?(?:title|headline|heading)\s+(?:text\s+)?(?:to|as|into|=|:)"
                    rf"|(?:把)?\s*标题\s*(?:文字|文本)?\s*(?:改成|改为|设为|设置为|换成|为|叫|:|=|(?:是|写)(?!\s*{_JUDGED})))(?={SETTING_ONLY.pattern}{END})"):
        after = re.match(SETTING_ONLY.pattern, s.text[m.end():])
        s.add("title_text", m, text=None, setting=after.group(0).strip() if after else "")
    for m in s.take(r"\b(?:add|put|include|with)\s+(?:a\s+)?title\b(?!\s*(?:to|on|for))|(?:加|添加|加上)\s*(?:一个)?\s*标题"):
        s.add("title_text", m, text=None)


S_TITLE_TEXT: dict[str, tuple[Template, Template]] = {
    "title.set": (
        "Title set to {text}{span}.",
        "标题已设为{text}{span}。",
    ),
    "title.setting": (
        "{word} is a setting, not words for a title: the title was not changed (to make those words the title, put them "
        "in quotes).",
        "{word}是一个设置，不是标题文字：标题没有改动（要用这些字作标题，请加上引号）。",
    ),
    "title.exists": (
        "There is already a title: {text}.",
        "已经有标题了：{text}。",
    ),
    "title.not_named": (
        lambda text, now: f"There is no title {text}: " + (f"the title is {now}, and its words were not changed."
                                                          if now is not None else "the video has no title."),
        lambda text, now: f"没有叫{text}的标题：" + (f"现在的标题是{now}，标题文字没有改动。" if now is not None
                                                  else "视频还没有标题。"),
    ),
}


S_TITLE_TIMING: dict[str, tuple[Template, Template]] = {
    "title.none": (
        "There is no title yet: say e.g. 'set the title to \"Summer Sale\"'.",
        "还没有标题：可以说例如「标题改成\"夏日特卖\"」。",
    ),
    "title.order": (
        "The title must end after it starts.",
        "标题的结束时间必须晚于开始时间。",
    ),
    "title.no_shot": (
        "There is no picture {n} to start the title with: the video has {count}.",
        "没有第{n}张可以让标题从那里开始：视频里一共 {count} 段。",
    ),
    "title.too_short": (
        "The title is not shown that long: say how long it should stay, e.g. 'show the title for 2 seconds'.",
        "标题没有显示那么久：请说它要停留多久，例如「标题显示2秒」。",
    ),
    "title.timing": (
        "Title timing set{span}.",
        "标题显示时间已设定{span}。",
    ),
    "title.timing_clamped": (
        "Title timing set; kept inside the video{span}.",
        "标题显示时间已设定，并限制在视频范围内{span}。",
    ),
}


S_TITLE_REMOVE: dict[str, tuple[Template, Template]] = {
    "title.nothing_to_remove": (
        "There is no title to remove.",
        "没有可以删除的标题。",
    ),
    "title.removed": (
        "Title removed.",
        "标题已删除。",
    ),
}


S_TITLE_POSITION: dict[str, tuple[Template, Template]] = {
    "title.moved": (
        "Title moved to the {pos}.",
        "标题已移到{pos}。",
    ),
}


# "the 'Autumn Drop' title", "the “夏日特卖” title": a quote right before the word is the title's name
_NAMED_BY_WORDS = compile_led(rf"\b(?:the|that|this|our|my|your)\s+{Q_OPEN}\d+{Q_CLOSE}\s*(?:title|headline|heading)\b")


def _look_beside(f: Any) -> bool:
    """A colour, a font or a weight said with the title's quoted words: they are its words and that is their look."""
    return "colour" in f.values or title_look_said(f)


_AT_THE_END = compile_led(r"最后|结尾|片尾|末尾|\bat\s+the\s+(?:very\s+)?end\b|\bto\s+finish\b")


def _at_the_end(f: Any) -> bool:
    """'标题改成“618狂欢”，最后加个“立即抢购”': words added at the end, in a clause naming no text, are no title (set AD
    ad228 set the title twice)."""
    return not f.targets and bool(_AT_THE_END.search(str(f.text)))


TITLE_TEXT = register(Edit(
    kind="title_text",
    args=TitleTextArgs,
    apply=apply_title_text,
    calls=('set_title',),
    sentences=S_TITLE_TEXT,
    examples=('set the title to "Summer Sale"', 'change the title to "New Arrivals"', '标题改成"夏日特卖"'),
    topics=('title',),
    doc=DocRow('title text',
               'title segment text and `m.title` (a title track is created at 0–3 s if missing)',
               '标题文字'),
    frames=(
        # ("keep the title 'Autumn Drop' but move it to the top": a title kept as it is names it)
        # ("title 'Accessories Week' in serif": the words and a look of them, both read, the look by text_look's rules;
        # set BT bt263 was not read)
        rule("title", "set implied add keep restyle increase decrease",
             lambda f, t: None if _at_the_end(f) or _QUOTE_OF_SOUND.search(str(f.text))
             else TitleTextArgs(text=f.values["quote"], beside="keep" in f.op_keys() or _look_beside(f),
                                named=bool(_NAMED_BY_WORDS.search(str(f.text)))),
             needs="quote", refuses="pos dur range"),
        rule("title", "set implied add move restyle increase decrease keep show_for",
             lambda f, t: TitleTextArgs(text=f.values["quote"], beside=True, named=bool(_NAMED_BY_WORDS.search(str(f.text))))
             if "pos" in f.values or ("dur" in f.values and not _at_the_end(f)) else None,
             # (its length said in the same clause is the title's timing, read beside: "title 'X' at the top, 4 sec" was not
             # understood, set CO co221)
             needs="quote", refuses="range"),
        # "bring the title back", "标题恢复": a title again (its text from the draft or the pictures)
        rule("title", "unmute", lambda f, t: TitleTextArgs(text=None), refuses="quote pos dur range pct ref file"),
    ),
    phrases=(Phrase(20, r_title, ('title_remove', 'title_timing', 'title_position', 'title_text')),),
))


# "标题从第3秒开始出现", "标题第2秒起出现": a moment in the video, its start (set AG ag069 made it last 3 s)
_FROM_NTH = compile_led(r"(?:从|在|自)\s*第\s*$")
_ONWARD = compile_led(r"\s*(?:开始|起)")
# "标题2秒后再出现", "标题3秒之后才出来": the moment it enters, its start (set AT at40 made it last 2 s)
_THEN_ENTERS = compile_led(r"\s*(?:之后|以后|后)\s*(?:再|才)?\s*(?:出现|出来|显示|进场|进来|弹出|开始|$)")
# "标题第2秒再出来", "标题第3秒才出现": the Nth second is a moment, the one it enters at (set AV av125 made it last 2 s)
_NTH = compile_led(r"第\s*$")
_NTH_ENTERS = compile_led(r"\s*(?:钟)?\s*(?:的时候)?\s*(?:再|才|就)?\s*(?:出现|出来|显示|进场|进来|弹出|开始|起)")


# "show the title starting 2 seconds in", "bring the title in 3 s into the video": a moment of the video, its start (set AX
# ax058 showed it for 2 s)
_SECONDS_IN = compile_led(r"\s+in(?:to\s+(?:the\s+)?(?:video|clip|promo|ad|reel))?\s*(?:$|[,.;!?])")


def _timing(f: Any, length: int | None = None, start: int | None = None) -> TitleTimingArgs | None:
    """A length or a start said of the title; not when it is said to come later (that moves its start)."""
    if "delay" in f.op_keys():
        return None
    # (spans.py's words for the title's last N seconds, and for its start then the video's end)
    if length is not None and TITLE_LAST in f.text:
        return TitleTimingArgs(last=length)
    if length is not None and TITLE_TO_END in f.text:
        return TitleTimingArgs(start=length, to_end=True)
    if length is not None and any("dur" in m.keys and _FROM_NTH.search(f.text[:m.start - f.start])
                                   and _ONWARD.match(f.text, m.end - f.start) for m in f.used):
        return TitleTimingArgs(start=length)
    if length is not None and any("dur" in m.keys and _THEN_ENTERS.match(f.text, m.end - f.start) for m in f.used):
        return TitleTimingArgs(start=length)
    if length is not None and "for" not in f.values and any(
            "dur" in m.keys and _SECONDS_IN.match(f.text, m.end - f.start) for m in f.used):
        return TitleTimingArgs(start=length)
    if length is not None and any("dur" in m.keys and _NTH.search(f.text[:m.start - f.start])
                                   and _NTH_ENTERS.match(f.text, m.end - f.start) for m in f.used):
        return TitleTimingArgs(start=length)
    return TitleTimingArgs(start=start, length=length)


# "make the title disappear after 1.5 seconds", "the title should go away at 2 s": the moment it leaves, its end (set AK
# ak244 moved its start there)
_LEAVES = compile_led(r"\b(?:disappears?|disappearing|vanish(?:es)?|vanishing|go(?:es)?\s+away|going\s+away|leaves?|leaving"
                     r"|exits?|exiting|ends?|ending|goes\s+off|go\s+off|clears?|is\s+gone|be\s+gone)\s*$")


def _stepped(f: Any, t: str) -> TitleTimingArgs:
    """"the title should stay a bit longer": one step (no number said); "twice as long as now": that factor, exactly."""
    factor = times(f.text)
    return TitleTimingArgs(factor=factor or stretch(f.text, bool(f.op_keys() & {"lengthen", "lengthen_need"})),
                           exact=factor is not None)


def _by(f: Any, t: str) -> TitleTimingArgs | None:
    """A length said of the title with one word for longer or shorter (never both): its length moved by that much."""
    ops = f.op_keys() & {"lengthen", "shorten"}
    if len(ops) != 1 or "delay" in f.op_keys() or not f.targets:
        return None  # (the title named in this clause: "one more second" after "show the title for 5 s" may be "wait")
    return TitleTimingArgs(by=f.values["dur"] if "lengthen" in ops else -f.values["dur"])


def _moment(f: Any) -> TitleTimingArgs | None:
    """A moment said of the title: when it enters, or, after a word for leaving, when it leaves."""
    if "delay" in f.op_keys():
        return None
    if TITLE_TO_END in f.text:  # (spans.py: "show the title from 2s titletoend")
        return TitleTimingArgs(start=f.values["dur"], to_end=True)
    leaves = any(_LEAVES.search(f.text[:a - f.start]) for a, _ in f.flags.get("at", []))
    return TitleTimingArgs(end=f.values["dur"]) if leaves else TitleTimingArgs(start=f.values["dur"])


def _start_and_length(f: Any, t: str) -> TitleTimingArgs | None:
    """"make the title last 4 seconds and start at 1s", "have it appear at 5 seconds for 3 seconds": both lengths (the
    frame held only the first, so the title started at 4 s; dev sets DJ dj268, DQ dq022, dq239)."""
    said = moment_and_length(f) if "delay" not in f.op_keys() else None
    return TitleTimingArgs(start=said[0], length=said[1]) if said else None


TITLE_TIMING = register(Edit(
    kind="title_timing",
    args=TitleTimingArgs,
    apply=apply_title_timing,
    calls=('set_title_timing',),
    sentences=S_TITLE_TIMING,
    examples=('show the title for 5 seconds', 'leave the title up for 6 seconds', '标题显示5秒'),
    topics=('title',),
    doc=DocRow('title timing',
               'title `s`/`d`, clamped inside the video',
               '标题显示时间'),
    frames=(
        rule("title", "show_for keep set implied move animate", _start_and_length, needs="dur", refuses="range pos"),
        rule("title", "show_for keep set implied", lambda f, t: _timing(f, length=f.values["dur"]), needs="dur", refuses="range at"),
        # ("the title should pop up at 6 seconds": when it enters)
        rule("title", "show_for keep set implied move animate", lambda f, t: _moment(f), needs="dur at",
             refuses="range pos"),
        rule("title", "lengthen shorten", lambda f, t: _timing(f, length=f.values["dur"]), needs="dur to", refuses="range pos at"),
        # "make the title appear 2 seconds later", "标题晚2秒出现", "delay the title by 1 second": its start moves
        rule("title", "delay", lambda f, t: TitleTimingArgs(later=f.values["dur"]), needs="dur", refuses="range pos"),
        # "title 3 seconds longer", "extend the title by 2 seconds": its length by that much (set BL bl096 made the
        # video 3 s longer); "longer, 3 seconds" is a length ("to", above)
        rule("title", "lengthen shorten", _by, needs="dur", refuses="to range pos at quote most least first only each"),
        # "the title should stay a bit longer": one step (no number said)
        rule("title", "lengthen shorten", _stepped, refuses="dur range pos at quote"),
        rule("title", "show_for keep set implied", lambda f, t: TitleTimingArgs(start=f.values["range"][0], end=f.values["range"][1]), needs="range", refuses="pos"),
    ),
))


# "change the title to summer drop": a removal word after "change … to" is the new text's, not a removal (the title
# was removed); no reading, so the phrase rules read the words as the text
_SET_TO = compile_led(r"\b(?:to|as|into)\s+(?:[a-z0-9'&\-]+\s+){0,4}$|(?:改成|改为|换成|设为|叫)\s*[a-z0-9'&\- ]*$")


def _removal_is_the_text(f: Any) -> bool:
    sets = [o for o in f.ops if "set" in o.keys]
    removes = [o for o in f.ops if "remove" in o.keys]
    return bool(sets and removes) and any(
        s.end <= r.start and _SET_TO.search(f.text[s.end - f.start:r.start - f.start]) for s in sets for r in removes)


TITLE_REMOVE = register(Edit(
    kind="title_remove",
    args=TitleRemoveArgs,
    apply=apply_title_remove,
    calls=('remove_title',),
    sentences=S_TITLE_REMOVE,
    examples=('remove the title', '删除标题'),
    topics=('title',),
    doc=DocRow('title remove',
               'title track removed',
               '标题'),
    frames=(
        # ("remove the title's exit animation", "请去掉标题的退场动画": the animation goes, the title stays; set AC ac086,
        # AE ae106 removed the title)
        rule("title text_some", "remove off",
             # (the text alone, "remove the text", is all text's: which is asked when the edit is made)
             lambda f, t: None if t == "text_some" or _removal_is_the_text(f) or animation_said(f) else TitleRemoveArgs(),
             refuses="pos"),
    ),
))


TITLE_POSITION = register(Edit(
    kind="title_position",
    args=TitlePositionArgs,
    apply=apply_title_position,
    calls=('set_title_position',),
    sentences=S_TITLE_POSITION,
    examples=('move the title to the top', 'put the title at the bottom', '标题放在底部'),
    topics=('title',),
    doc=DocRow('title position',
               'title `style.pos`',
               '标题位置'),
    frames=(
        # (not when a font or a weight is said with it: the look reads the place too, ``title_look_said``)
        # ('Add a title "Fresh Picks" at the top': the new title's place, read with its text; set AW aw127 dropped it)
        rule("title", "move set keep implied add",
             lambda f, t: None if title_look_said(f) else TitlePositionArgs(pos=f.values["pos"]), needs="pos"),
    ),
))


def _title_words(draft: Any) -> str | None:
    texts = [str(s.get("text") or "") for t in tracks_by_role(draft, TT_TEXT, ROLE_TITLE) for s in t.get("sg") or []]
    return " ".join(texts[0].lower().split()) if len(texts) == 1 else None


def _nameable_title(draft: Any, subjects: tuple[str, ...]) -> str | None:
    """The title's words (lower case), when they may name it: two words or more that no other text, picture or clip of
    the draft shares."""
    if not isinstance(draft, dict):
        return None
    words = _title_words(draft)
    if not words or len(words.split()) < 2 or len(words) > 60:
        return None
    others = [" ".join(str(s.get("text") or "").lower().split()) for t in all_tracks(draft)
              if t.get("tt") == TT_TEXT and role_of(t) != ROLE_TITLE for s in t.get("sg") or []]
    if any(words in o or o in words for o in others if o) or any(words in n or n in words for n in subjects if n):
        return None
    return words


# "change Autumn Drop to Fall Sale 30% Off": the title named by its words, then its new words unquoted, to the end of
# the clause (set BQ bq146 read the "off" of them as the title removed). Only words typed with a capital, never a look
# ("change Autumn Drop to red" is its colour)
_RENAMED_END = r"(?=\s*(?:[;,!?。，；！？]|\.(?![a-z0-9%])|$)|\s+(?:and|then|also|plus)\s)"


def title_renamed(message: Message, draft: Any, subjects: tuple[str, ...] = ()) -> Message:
    """"change Autumn Drop to Fall Sale 30% Off": the title named by its words and given new ones unquoted, as typed
    (a capital letter in them; never a colour or a look), quoted for the readers after it (set BQ bq146). Only when the
    title's words are in the message: a substring test before any pattern, so other messages cost nothing."""
    words = _nameable_title(draft, subjects)
    if words is None or words not in message.low:
        return message
    w = r"\s+".join(re.escape(x) for x in words.split())
    m = re.search(rf"\b(?:change|rename|switch|update|edit|rewrite|turn|replace)\s+(?:the\s+)?(?<![a-z0-9_'’:：]){w}(?![a-z0-9_'’])"
                  rf"(?:\s+(?:title|headline|heading))?\s+(?:to|into|with)\s+(?:say\s+|read\s+)?"
                  rf"(?P<n>[^\ue000\ue001;,!?。，；！？\n]{{1,80}}?){_RENAMED_END}", message.low)
    if m is None:
        return message
    said = m.group("n").strip()
    typed = re.search(re.escape(said), message.orig, re.IGNORECASE)
    new = message.orig[typed.start():typed.end()] if typed else ""
    if not any(c.isupper() for c in new) or parse_colour(said) is not None or _LOOK_ONLY.fullmatch(said):
        return message
    quotes = [*message.quotes, new]
    low = f"{message.low[:m.start()]}change the title to {Q_OPEN}{len(quotes) - 1}{Q_CLOSE}{message.low[m.end():]}"
    return replace(message, low=low, quotes=quotes)


def title_by_words(low: str, draft: Any, subjects: tuple[str, ...] = ()) -> str:
    """The title named by its words, unquoted: "put Autumn Drop in the top left corner", "make the Autumn Drop title
    orange" are the title's (sets BD bd063, BE be178 were not understood). Only words of two or more, said whole, that
    no other text, picture or clip of the draft shares; never after "to", "say(s)", "saying", "read(s)", "called", "with",
    "写" (the words a text gets), and "the title Autumn Drop" stays (that may be the title's new words)."""
    words = _nameable_title(draft, subjects)
    if words is None:
        return low
    w = r"\s+".join(re.escape(x) for x in words.split())
    title = "标题" if re.search(r"[\u4e00-\u9fff]", low) else "the title"  # ("把Autumn Drop放到左上角": said in Chinese)
    # ("end card saying Autumn Drop, in white on black": the card's words, never the title; the card said "the title")
    said = (r"(?<!\bto\s)(?<!\bsay\s)(?<!\bsays\s)(?<!\bread\s)(?<!\breads\s)(?<!\bcalled\s)(?<!\bnamed\s)(?<!\btitled\s)"
            r"(?<!\bsaying\s)(?<!\breading\s)(?<!\bwrite\s)(?<!\bwith\s)(?<!写)(?<!写\s)(?<!写着)(?<!写着\s)(?<!写上)(?<!写上\s)(?<![:：]\s)"
            r"(?<!\btitle\s)(?<!\bheadline\s)(?<![a-z0-9_'’:：])")
    # "the Autumn Drop title": the title
    low = re.sub(rf"(?:\bthe\s+)?{said}{w}(?![a-z0-9_'’])(?:\s+(?:title|headline|heading)\b)", "the title", low)
    # "put Autumn Drop in the corner": the title, as its words are said alone
    # (in Chinese the space after the words goes with them: "Autumn Drop 字体换成 serif" is the title's font, set BP bp201
    # read "标题" as a clause of its own)
    return re.sub(rf"(?:\bthe\s+)?{said}{w}(?![a-z0-9_'’])(?!\s*[:：])" + (r"(?:\s+(?=[\u4e00-\u9fff]))?" if title == "标题" else ""),
                  title, low)


# --- a text named by the words it shows now -----------------------------------------------------------------------
# 'change "Autumn Drop" to "Winter Drop"', '把“Clip”改成“上脚效果”': a quote of the words a text shows, then its new
# words: that text's (set BK bk137 was not understood). Its own new words are quoted too (two quotes: never a guess).
_OLD_TO_NEW = compile_led(
    rf"\b(?:change|rename|switch|update|edit|rewrite|turn|replace|swap)\s+(?:the\s+(?:text\s+|words?\s+|wording\s+)?)?"
    rf"(?P<o>{Q})\s+(?:to|into|with|for|->|→)\s+(?:say\s+|read\s+)?(?P<n>{Q})"
    rf"|(?:把|将)\s*(?P<zo>{Q})\s*(?:改成|改为|换成|换为|变成|替换成|替换为|修改为|修改成|写成)\s*(?P<zn>{Q})")
# "the last caption just says 'Clip', change it to 'See it in action'", "the caption on the video says Clip, change it
# to …", "标题现在是“Autumn Drop”，改成“Winter Drop”": a text told by the words it shows, then "it" given new ones (sets
# BL bl158, BK bk141: the first part was read as that caption's text, already so, and "nothing changed" said)
_TOLD_THEN_CHANGED = compile_led(
    # (a thing's caption said with "'s": "the clip's caption just says 'Clip'"; the "s" alone was read as the words before
    # the caption, "the clip'" left over, set CA ca134)
    r"(?P<d>(?<!['’])\b(?:the\s+)?(?:[a-z0-9]+(?:['’]s)?\s+)?(?P<k>captions?|subtitles?|labels?|title|headline|heading)"
    r"(?:\s+(?:on|of|for|under|over|at)\s+[^,;.!?\ue000\ue001]{1,30}?)?)"
    r"\s+(?:(?:just|currently|now|still|only)\s+)?(?:says|reads|shows|displays|is)\s+"
    rf"(?P<o>{Q}|[^,;.!?\ue000\ue001]{{1,40}}?)\s*(?:[,;.]|\s[\-–—]+)\s*(?:(?:so|and|but|please|pls|can\s+you|could\s+you|"
    # ("…, make it 'Behind the scenes'": "to" left out after "make"; a quote right after it is the new words)
    r"just)\s+)*(?:(?:change|make|set|switch|update|turn|rename|edit|rewrite)\s+(?:it|that|this)\s+(?:to|into|as)\s+"
    r"|make\s+(?:it|that|this)\s+)"
    rf"(?:say\s+|read\s+)?(?P<n>{Q})"
    rf"|(?P<zd>(?:最后|第\s*\d+\s*(?:条|个|句))?\s*(?:一|1)?\s*(?:条|个|句)?\s*(?:的)?\s*(?P<zk>字幕|标题))\s*(?:现在|目前|只)?\s*"
    rf"(?:写的是|显示的是|写着|是)\s*(?P<zo>{Q}|[^，,。；;\ue000\ue001]{{1,30}}?)\s*[，,]\s*(?:请|麻烦|帮我)?\s*(?:把它|将它)?\s*"
    rf"(?:改成|改为|换成|换为|写成)\s*(?P<zn>{Q})")
# a text's words said unquoted, as it shows them now (a few words, no joint: "and" parts two of them)
_OLD_WORDS = r"(?:(?!and\b)[a-z0-9][a-z0-9'’\-]*)(?:\s+(?!and\b)[a-z0-9][a-z0-9'’\-]*){0,3}"
# "the captions say 'Clip' and 'Unboxing', change them to 'On feet' and 'Out of the box'", "字幕是“A”和“B”，分别改成“C”和
# “D”": two captions told by their words, then "them" given new words in the same order: each caption its own (set CA
# ca185 read the first two as new captions and asked which went where)
_TWO_TOLD_THEN_CHANGED = compile_led(
    # (the captions said with where they are, and their words unquoted: "captions under the videos say Clip and Unboxing,
    # change them to …", set CH ch212; each old text must be one caption's, as quoted)
    r"\b(?:the\s+)?(?:captions|subtitles|labels)(?:\s+(?:on|of|for|under|over|below|beneath)\s+[^,;.!?\ue000\ue001]{1,30}?)?\s+"
    r"(?:(?:just|currently|now|still|only)\s+)?(?:say|read|show|display|are)\s+"
    rf"(?P<o1>{Q}|{_OLD_WORDS})\s*(?:,\s*)?(?:and|&|,)\s*(?P<o2>{Q}|{_OLD_WORDS})\s*(?:[,;.]|\s[\-–—]+)\s*(?:(?:so|and|but|please|pls|can\s+you|could\s+you|"
    r"just)\s+)*(?:change|make|set|switch|update|turn|rename|edit|rewrite)\s+(?:them|those|these|both)\s+(?:to|into|as)\s+"
    rf"(?:say\s+|read\s+)?(?P<n1>{Q})\s*(?:,\s*)?(?:and|&|,)\s*(?P<n2>{Q})(?:\s*(?:respectively|in\s+that\s+order))?"
    rf"|(?:字幕|标签)\s*(?:现在|目前)?\s*(?:分别)?\s*(?:写的是|显示的是|写着|是)\s*(?P<zo1>{Q})\s*(?:和|、|跟|,|，)\s*(?P<zo2>{Q})\s*[，,]\s*"
    rf"(?:请|麻烦|帮我)?\s*(?:把它们|将它们|它们)?\s*(?:分别|依次)?\s*(?:改成|改为|换成|换为|写成)\s*(?P<zn1>{Q})\s*(?:和|、|跟|,|，)\s*(?P<zn2>{Q})")
_SAID_PLACE = compile_led(r"\d|\b(?:first|second|third|fourth|fifth|sixth|image|picture|photo|pic|slide|shot)s?\b")


def _caption_texts(draft: dict) -> list[str]:
    """The captions' words in time order, lower case, spaces made one."""
    caps = sorted((s for t in tracks_by_role(draft, TT_TEXT, ROLE_CAPTION) for s in t.get("sg") or []),
                  key=lambda s: s.get("s", 0))
    return [" ".join(str(s.get("text") or "").lower().split()) for s in caps]


# "rename the Clip caption to 'See it in action'", "把Clip字幕改成「上脚」": a caption named by the words it shows, capitalised
# as it shows them, before "caption" / 字幕 (set CC cc074 read "the clip's caption" and asked which of two clips)
_CAPS = r"(?P<w>[A-Z][A-Za-z0-9\-]*(?:\s+[A-Z][A-Za-z0-9\-]*){0,3}?)"
_CAPS_NAMED = compile_led(rf"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+{_CAPS}\s+(?:[Cc]aption|[Ss]ubtitle|[Ll]abel)\b"
                          rf"|(?<![A-Za-z0-9]){_CAPS.replace('<w>', '<zw>')}\s*(?:那条|这条|那个|这个)?\s*(?:的)?\s*字幕")
# (only where that caption is given new words: "…caption to 'X'", "…caption should say 'X'", "…字幕改成「X」")
_GIVEN_WORDS = rf"(?=\s+(?:to|into|as)\s+(?:say\s+|read\s+)?{Q}|\s+(?:should|must|needs?\s+to|has\s+to)\s+(?:say|read)\s+{Q})"
_GIVEN_WORDS_ZH = rf"(?=\s*(?:改成|改为|换成|换为|写成)\s*{Q})"


def captions_by_name(message: Message, draft: Any) -> Message:
    """"the Clip caption" given new words, with a caption showing exactly "Clip": that caption, quoted ("the 'Clip'
    caption", which the captions' rules find by its words). The capitals say a text's words: "the clip caption" in
    lower case stays the clip's caption, which of two clips asked."""
    if not isinstance(draft, dict) or "\ue000" not in message.low:
        return message
    shown = [str(s.get("text") or "") for t in tracks_by_role(draft, TT_TEXT, ROLE_CAPTION) for s in t.get("sg") or []]
    low, quotes = message.low, list(message.quotes)
    for m in _CAPS_NAMED.finditer(message.orig):
        words = " ".join((m.group("w") or m.group("zw")).split())
        if sum(1 for t in shown if " ".join(t.split()) == words) != 1:
            continue
        said = r"\s+".join(map(re.escape, words.lower().split()))
        if m.group("w"):
            found = re.search(rf"\b(?P<a>the|that|this)\s+{said}(?:['’]s)?\s+(?P<n>caption|subtitle|label)\b{_GIVEN_WORDS}", low)
        else:
            found = re.search(rf"(?<![a-z0-9])(?P<a>){said}\s*(?P<n>(?:那条|这条|那个|这个)?\s*(?:的)?\s*字幕){_GIVEN_WORDS_ZH}", low)
        if found is None:
            continue
        quotes.append(words)
        low = low[:found.start()] + f"{found.group('a')} {Q_OPEN}{len(quotes) - 1}{Q_CLOSE} {found.group('n')}" + low[found.end():]
    return message if low == message.low else replace(message, low=low, quotes=quotes)


def texts_by_words(message: Message, draft: Any, files: tuple[str, ...] = ()) -> Message:
    """The title or the caption named by the words it shows now, then given new ones, said as that text's new words:
    "change the title to 'B'", "change the 'A' caption to 'B'" (the captions' rule finds the caption saying 'A'). Only
    when exactly the title, or captions only, say those words; a caption's new words that name an upload ("change 'Red
    Sneaker' to 'Gold Ring'" may swap the picture) are left to the rules that ask."""
    low = message.low
    # both shapes end on the new words quoted, so a message without a quote is never one (the search of it was
    # 26 ms of a 4000-character message: bench/planner.py)
    if not isinstance(draft, dict) or "\ue000" not in low:
        return message
    title = _title_words(draft)
    caps = _caption_texts(draft)
    quotes = list(message.quotes)

    def quote_of(said: str) -> tuple[str, str]:
        """(the words, their quote placeholder)."""
        q = QUOTE_RE.fullmatch(said.strip())
        if q:
            return message.quotes[int(q.group(1))], said.strip()
        quotes.append(said.strip())
        return said.strip(), f"{Q_OPEN}{len(quotes) - 1}{Q_CLOSE}"

    def changed(m: re.Match[str], told: bool) -> str:
        zh = m.group("zo") is not None
        old_said, new = m.group("zo") if zh else m.group("o"), m.group("zn") if zh else m.group("n")
        old, old_q = quote_of(old_said)
        key = " ".join(old.lower().split())
        kind = (m.group("zk") if zh else m.group("k")) if told else ""
        new_text = message.quote(new) or ""
        # a text told by words it does not show ("the second caption says 'Clip'" of 'Blue Backpack'): the told words
        # are never its new ones (caption 2 was set to 'Clip'); the wish is the new words of a caption not known, which
        # is not understood (never guessed), or of the one title
        unknown = (f"把{'标题' if kind == '标题' else '字幕'}改成{new}" if zh
                   else f"change the {'title' if kind in ('title', 'headline', 'heading') else 'caption'} to {new}")
        if key and key == title and key not in caps and kind in ("", "title", "headline", "heading", "标题"):
            return f"把标题改成{new}" if zh else f"change the title to {new}"
        if not key or key not in caps or key == title or kind in ("title", "headline", "heading", "标题"):
            return unknown if told else m.group(0)
        if told:
            found = nth_in(m.group("zd") if zh else m.group("d"))
            if found is not None:  # ("the last caption says 'Clip'": that caption must say it)
                n = found[0]
                if not -len(caps) <= (n - 1 if n > 0 else n) < len(caps) or caps[n - 1 if n > 0 else n] != key:
                    return unknown
            elif not zh and _SAID_PLACE.search(m.group("d")):  # ("the caption on image 2 says …": which, unread)
                return unknown
        if any(name_score(new_text, f) >= 1 for f in files):  # (as items' replace: a file named whole may be a swap)
            return m.group(0)
        return f"把{old_q}字幕改成{new}" if zh else f"change the {old_q} caption to {new}"

    def changed_two(m: re.Match[str]) -> str:
        zh = m.group("zo1") is not None
        # (unquoted old words are the words as said: "captions under the videos say Clip and Unboxing", set CH ch212)
        olds = [message.quote(m.group(g)) or ("" if QUOTE_RE.search(m.group(g)) else m.group(g))
                for g in (("zo1", "zo2") if zh else ("o1", "o2"))]
        news = [m.group(g) for g in (("zn1", "zn2") if zh else ("n1", "n2"))]
        keys = [" ".join(o.lower().split()) for o in olds]
        # (each old text one caption's, not the title's, and the two different: else left to the rules that ask)
        if len(set(keys)) < 2 or any(not k or caps.count(k) != 1 or k == title for k in keys) \
                or any(name_score(message.quote(n) or "", f) >= 1 for n in news for f in files):
            return m.group(0)
        olds_q = [m.group(g) if QUOTE_RE.search(m.group(g)) else quote_of(m.group(g))[1]
                  for g in (("zo1", "zo2") if zh else ("o1", "o2"))]
        if zh:
            return f"把{olds_q[0]}字幕改成{news[0]}，把{olds_q[1]}字幕改成{news[1]}"
        return f"change the {olds_q[0]} caption to {news[0]}; change the {olds_q[1]} caption to {news[1]}"

    low = _TWO_TOLD_THEN_CHANGED.sub(changed_two, low)
    low = _OLD_TO_NEW.sub(lambda m: changed(m, False), low)
    low = _TOLD_THEN_CHANGED.sub(lambda m: changed(m, True), low)
    return message if low == message.low else replace(message, low=low, quotes=quotes)
