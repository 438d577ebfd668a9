"""plan(): message + current draft + session media -> a new draft, a reply and the calls to stream."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from ...draft.summary import summary_line
from ...draft.timeline import audio_tracks, caption_segments, empty_draft, is_card, is_clip, tracks
from ...draft.validate import DraftError, validate
from . import excepted, followups, guard, vocab
from .anchors import compile_led
from .assets import counted_pictures, new_upload, nth_clash, nth_named, the_only_clip, the_other_clip, visuals
from .consequences import overlays_lost
from .corrections import corrected, given_up
from .diff import topics
from .edits.canvas import FormatArgs, apply_format
from .edits.captions import nth_now
from .edits.length import DurationArgs, SegmentDurationArgs
from .edits.ordering import ordered
from .edits.overlays import follow_shots, time_joined, timed_after
from .edits.promo_video import quoted_styles
from .edits.shared import MAX_MS, MIN_TOTAL, find_visuals
from .edits.title import captions_by_name, texts_by_words, title_by_words, title_renamed
from .first_cut import FirstCutOptions, build, keep_brand
from .frames import FILE_RX, by_clause, leftover, merge_args, story, understand
from .history import read_undo, unclear_undo
from .intents import Intent
from .layout import relayout
from .messages import Choice, Lang, Msg, join, language_of, msg, render, reply_language, say, sec
from .observed import blanked, carried, observed
from .parse import parse
from .refs import at_time, describe, name_rx, parse_ref, subject_names
from .registry import edits
from .relative import relative_lengths
from .relay import quoted_relay
from .sentence_it import it_across_sentences
from .stance import ASKING, BEYOND, DONE_ASKED, TAKEN_BACK, TOLD_ONLY
from .suggest import suggestions
from .text import DUR, QUOTE_RE, Message, dur_ms, normalize
from .tidy import colour_ones, its_sound, resolve_it, resolve_those_two, tidy, translate_names, uploads_named
from .types import PlannerMedia, PlanResult
from .work import Ambiguous, CannotApply, Work, main_track

# reply openings that mean the planner failed (the property tests assert they never appear)
INTERNAL_ERROR = say("en", "internal", error="").split(" (")[0]
UNSAFE = say("en", "unsafe", error="").split(" (")[0]
INTERNAL_ERROR_ZH = say("zh", "internal", error="").split("（")[0]
UNSAFE_ZH = say("zh", "unsafe", error="").split("（")[0]
FAILURES = (INTERNAL_ERROR, UNSAFE, INTERNAL_ERROR_ZH, UNSAFE_ZH)
_CJK = compile_led(r"[\u4e00-\u9fff]")
# a part that could not be made says "nothing was changed" as if alone; beside edits that were made it is that part that was
# not ("end card 'X', captions 'A' and 'B'" on six visuals added the card and said "Nothing was changed" of the captions)
_NOTHING_AT_ALL = compile_led(r"Nothing (?:was )?changed|还没有做任何改动|没有做任何改动")
_PART_UNCHANGED = {"en": "That part was not changed", "zh": "这部分没有改动"}
_UNDO = compile_led(
    r"^(?:please\s+|请|帮我)?(?:undo|revert|roll\s*back|go\s+back|take\s+that\s+back|撤销|撤回|还原|回退|返回上一步|恢复上一步)"
    r"(?:\s*(?:it|that|this|the\s+last\s+(?:change|edit|step)|last\s+(?:change|edit|step)|the\s+change|please|一下|上一步|上一次|修改|操作|吧))*"
    r"[\s.!。！~]*$"
)
_HELP = compile_led(r"^(?:help|\?|what\s+can\s+you\s+do\??|commands|how\s+does\s+this\s+work\??|帮助|你能做什么[?？]?|怎么用[?？]?)[\s.!?]*$")
_STATUS = compile_led(r"^(?:status|show\s+(?:me\s+)?(?:the\s+)?(?:timeline|draft|tracks)|what'?s\s+(?:in\s+|on\s+)?the\s+(?:timeline|draft)\??|what\s+(?:is|does)\s+the\s+timeline\s+(?:look\s+like|have|show)\??|当前状态|查看时间线|时间线)[\s.!?]*$")


_empty = empty_draft


def _first_cut_options(intents: list[Intent], free: list[tuple[int, str]], n_vis: int, request: str
                       ) -> tuple[FirstCutOptions, list[Intent]]:
    """Fold the length, format, title, captions and motion asked for into the first cut itself."""
    opts = FirstCutOptions(request=request)
    rest: list[Intent] = []
    fmt = Work(_empty(), {}, [])
    fmt.draft["m"]["aspect"] = "16:9"
    explicit_title = False
    for it in intents:
        if it.kind == "duration" and it.args.ms is not None:
            opts.seconds_ms = max(MIN_TOTAL, min(MAX_MS, int(it.args.ms)))
        elif it.kind == "format":
            try:
                apply_format(fmt, it.args)
            except CannotApply:
                rest.append(it)
        elif it.kind == "captions_add":
            opts.captions = True
        elif it.kind == "title_text" and it.args.text:
            opts.title, explicit_title = it.args.text, True
        elif it.kind == "ken_burns":
            opts.kb = bool(it.args.on)
        else:
            rest.append(it)
    m = fmt.draft["m"]
    opts.width, opts.height, opts.aspect = m["width"], m["height"], m.get("aspect")
    quotes = [q for _, q in free]
    if explicit_title:
        opts.caption_texts = quotes
    elif quotes and not (opts.captions and len(quotes) == n_vis):
        opts.title, opts.caption_texts = quotes[0], quotes[1:]
    else:
        opts.caption_texts = quotes
    if opts.caption_texts:
        opts.captions = True
    return opts, rest


def _merge_formats(intents: list[Intent]) -> list[Intent]:
    """'a vertical 720p video' is one format change, not two."""
    formats = [i for i in intents if i.kind == "format"]
    if len(formats) < 2:
        return intents
    args = FormatArgs()
    for f in formats:
        args = replace(args, **{k: v for k, v in vars(f.args).items() if v is not None})
    if args.width and args.height:
        args = FormatArgs(width=args.width, height=args.height)
    merged = Intent("format", formats[0].pos, args)
    return [merged if i is formats[0] else i for i in intents if i.kind != "format" or i is formats[0]]


# edits of one setting of the whole video: two readings of one message that do not clash are one change ("use dissolve
# transitions and make them 1 second long" said the type in one clause, the length in the next: sets AC/AF ac013/af070)
# (a style and the text it leaves alone, "apply the sale preset and keep the title unchanged", are one style: wave 30)
_ONE_SETTING = frozenset({"transition", "preset"})


def _merge_settings(intents: list[Intent]) -> list[Intent]:
    out: list[Intent] = []
    for it in intents:
        prev = next((i for i, o in enumerate(out) if o.kind == it.kind), None) if it.kind in _ONE_SETTING else None
        merged = merge_args(out[prev].args, it.args) if prev is not None else None
        if prev is not None and merged is not None:
            out[prev] = Intent(it.kind, out[prev].pos, merged)
        else:
            out.append(it)
    return out


def _all_text(intents: list[Intent]) -> list[Intent]:
    """"no text at all, no title, no captions": the title and the captions are part of all text (set AF af223 said
    "there is no title to remove" after removing it)."""
    if not any(i.kind == "text_remove" for i in intents):
        return intents
    return [i for i in intents if not (i.kind == "title_remove" or (i.kind == "captions_remove" and i.args.only is None))]


def _once(intents: list[Intent]) -> list[Intent]:
    """The same edit asked twice in one message is made once."""
    seen: set[str] = set()
    out = []
    for it in intents:
        key = f"{it.kind}:{it.args!r}"
        if key not in seen:
            seen.add(key)
            out.append(it)
    return _bound_met(_last_toggle(_fades_shared(out)))


def _fades_shared(intents: list[Intent]) -> list[Intent]:
    """The video's fades said in parts of one message share what one part named: one colour named is both ends' (the
    engine has one fade colour; "视频开头淡入，结尾淡出到白色" faded in from black and refused the white end; dev set EL
    el087), and a length named for one end is that end's when it is said again without it ("结尾淡出，时长1.5秒，淡出到黑色"
    made it 1 s; EJ ej248)."""
    fades = [i for i in intents if i.kind == "fade" and not i.args.off and not i.args.step]
    if len(fades) < 2:
        return intents
    colours = {i.args.color for i in fades if i.args.color}
    colour = next(iter(colours)) if len(colours) == 1 else None
    sides = {(i.args.fade_in, i.args.fade_out): i.args.ms for i in fades if i.args.ms}

    def shared(i: Intent) -> Intent:
        if i not in fades:
            return i
        ms = i.args.ms or sides.get((i.args.fade_in, i.args.fade_out))
        return replace(i, args=replace(i.args, color=i.args.color or colour, ms=ms))
    return [shared(i) for i in intents]


def _last_toggle(intents: list[Intent]) -> list[Intent]:
    """One thing turned on and off in one message is what was said last ("the music dips when the voice talks, turn that
    off": the dipping told of, then turned off; set CM cm202's kind said "no longer ducks" and "already ducks" at once)."""
    def toggle(it: Intent) -> str | None:
        args = it.args
        if not is_dataclass(args) or not isinstance(getattr(args, "on", None), bool):
            return None
        return f"{it.kind}:{replace(args, on=True)!r}"  # type: ignore[type-var]
    last = {key: n for n, it in enumerate(intents) if (key := toggle(it)) is not None}
    return [it for n, it in enumerate(intents) if (key := toggle(it)) is None or last[key] == n]


def _bound_met(intents: list[Intent]) -> list[Intent]:
    """"15秒以内，帮我剪到15秒": an at-most (or at-least) length that the exact length said beside it already meets
    is the same wish, not a second edit (the reply said "时长已设为 15 秒" twice)."""
    exact = [i.args.ms for i in intents if i.kind == "duration" and i.args.ms is not None and not i.args.at_most
             and not i.args.at_least and i.args.delta is None and i.args.factor is None and not i.args.vague]
    if not exact:
        return intents

    def met(i: Intent) -> bool:
        a = i.args
        if i.kind != "duration" or a.ms is None or a.delta is not None or a.factor is not None:
            return False
        return (a.at_most and all(ms <= a.ms for ms in exact)) or (a.at_least and all(ms >= a.ms for ms in exact))
    return [i for i in intents if not met(i)]


# the edits that change how long something lasts: one of them said beside "the clip drags" is its remedy
_TIMING = frozenset({"duration", "segment_duration", "speed", "trim", "remove", "title_timing", "fade", "end_card"})


def _remedied(intents: list[Intent], complaints: list[tuple[int, int]], work: Work | None = None) -> list[Intent]:
    """"The unboxing drags, so speed the clip up": a length complained of beside an edit that changes lengths is
    why that edit is asked, not a second edit (the clip was also cut to two thirds). Alone, it is the request.
    A picture's length complained of while the edits asked change only other pictures' is a wish of its own ("make the
    sneaker 4 seconds and the ring is over too fast" dropped the ring; dev sets EB eb036 eb130): ``work`` finds them."""
    def complained(i: Intent) -> bool:  # (a clip's length complained of is read by a phrase rule: clips.r_trim_complained)
        return any(a <= i.pos < b for a, b in complaints) or (i.kind == "trim" and getattr(i.args, "vague", False))
    remedies = [i for i in intents if i.kind in _TIMING and not complained(i)]
    own: set[int] = set()
    if work is not None and remedies and (others := _pictures_of(remedies, work)) is not None:
        own = {id(i) for i in intents if complained(i) and i.kind == "segment_duration"
               and (mine := _pictures_of([i], work)) and not mine & others}

    def said(i: Intent) -> bool:
        return complained(i) and id(i) not in own
    # (an end card added makes the video longer: never the remedy of "too long", "太长了，而且结尾没有告诉人去哪里买"
    # is two wishes; set GU gu116 made only the end card)
    if remedies and all(i.kind == "end_card" and not getattr(i.args, "remove", False) for i in remedies) \
            and all(i.kind == "duration" and (getattr(i.args, "factor", None) or 1) < 1 for i in intents if said(i)):
        return intents
    if remedies:
        return [i for i in intents if not said(i)]
    return intents


def _pictures_of(intents: list[Intent], work: Work) -> frozenset[int] | None:
    """The pictures and clips the length edits ``intents`` name, each by its place; None when one of them is no named
    picture's length (the video's length, a speed) or names nothing found."""
    out: set[int] = set()
    for i in intents:
        ref = getattr(i.args, "ref", None) if i.kind == "segment_duration" else None
        if not isinstance(ref, str) or not ref.strip():
            return None
        try:
            out.update(find_visuals(work, ref))
        except (CannotApply, Ambiguous):
            return None
    return frozenset(out)


def _sound_named(intents: list[Intent], needs: list[tuple[int, int]]) -> list[Intent]:
    """"It's too loud, so turn the clip's volume down to 50%": a loudness complained of, of no sound in particular
    ("it", "the sound"), beside an edit of one sound, is why that edit is asked (the frames read the complaint, the
    phrase rules the edit: it asked which sound, or lowered every sound too). A change the other way stays."""
    def complained(i: Intent) -> bool:
        return any(a <= i.pos < b for a, b in needs)
    named = [i for i in intents if (i.kind == "volume" and i.args.target not in ("any", "all") and not complained(i))
             or i.kind == "mute"]
    if not named:
        return intents

    def reason(i: Intent) -> bool:
        if i.kind != "volume" or i.args.target not in ("any", "all") or i.args.value is not None \
                or i.args.by is not None or not complained(i):
            return False
        return all(j.kind == "mute" or j.args.rel in (None, i.args.rel) for j in named)
    return [i for i in intents if not reason(i)]


# a style named as one: "use the elegant preset", "风格改成简约"
_STYLE_SAID = compile_led(r"\b(?:presets?|style|template|theme|elegant|minimal|minimalist|energetic|sale)\b|风格|模板|预设|样式|优雅|简约|活力")


_FEEL_WHY = compile_led(r"\b(?:would|will|'d|'ll|i\s+think|so\s+(?:it|that)|to\s+make\s+it|feels?\s+more|look\s+more)\b|反而|显得|看起来|看着|感觉|更有|想让|想要")


# a feel asked of the video itself, the clause's wish and never why: "make it look more luxury, and put the title in gold"
# (dev set DP dp161: "look more" read as why, the style dropped without a word); "to make it look more premium" stays why
_FEEL_WISH = re.compile(r"\s*(?:(?:and|also|then|please|pls|just|can\s+you|could\s+you)\s+)*(?:make|let)\s+(?:it|this|the\s+(?:video|"
                        r"whole\s+(?:video|thing)|promo|ad))\s+(?:look|feel)s?\s+(?:a\s+(?:lot|bit)\s+|much\s+)?more\b")


def _feel_is_why(intents: list[Intent], low: str, clauses: list[tuple[int, int]]) -> list[Intent]:
    """"Could the captions slide up …? I think a bit of movement would make it feel more premium", "能不能用0.5倍速播放？慢一点
    反而更有高级感": a feel said beside edits of their own is why they are asked, never a style for the whole video (dev
    sets HA, HC, HD: the elegant or minimal style was applied as well, and recut the video). A style named as one stays;
    so does one asked, not said as what it would bring ("make it punchy and 20 seconds")."""
    if _STYLE_SAID.search(low) or all(i.kind == "preset" for i in intents):
        return intents

    def why(i: Intent) -> bool:
        if i.kind != "preset" or not getattr(i.args, "name", None):
            return False  # (only a style's clause is looked for: a message of hundreds of wishes walked every clause for each)
        a, b = _clause_of(i.pos, clauses)
        return _FEEL_WHY.search(low, a, b) is not None and _FEEL_WISH.match(low, a, b) is None
    return [i for i in intents if not why(i)]


def _clause_of(pos: int, clauses: list[tuple[int, int]]) -> tuple[int, int]:
    """The clause (of the frames' reading) an edit was read at; the bare position when none holds it."""
    return next(((a, b) for a, b in clauses if a <= pos < b), (pos, pos))


def _swap_is_move(intents: list[Intent]) -> list[Intent]:
    """"the cap picture should be last, swap it with the ring": the swap says how the move is made, one change (both done,
    the cap went last and then back, and the reply said it was already so; set EW ew010)."""
    moved = {str(i.args.ref).strip() for i in intents if i.kind == "move" and i.args.dest in ("first", "last")}
    return [i for i in intents if not (i.kind == "swap" and moved & {str(i.args.a).strip(), str(i.args.b).strip()})]


def _numbers_win(intents: list[Intent]) -> list[Intent]:
    """A length said without a number gives way to one said with a number for the same thing: "the second picture
    is too short, make it 7 seconds" and "a little longer, maybe 4 more seconds" are one change, not two. So does an
    overlay's step ("淡一点", "a bit bigger") beside its exact opacity or width ("logo的透明度调到50%吧，…，淡一点会更自然" made
    it 30 %; set EV ev113)."""
    def same(a: Intent, b: Intent) -> bool:
        return a.kind == b.kind and getattr(a.args, "ref", None) == getattr(b.args, "ref", None)

    def overlay_step(i: Intent) -> bool:
        a = i.args
        return i.kind == "logo" and any(i is not j and j.kind == "logo" and j.args.file == a.file and (
            (a.fade is not None and j.args.opacity is not None) or (a.scale is not None and (j.args.width or j.args.size)))
            for j in intents) and not (a.pos or a.width or a.size or a.opacity is not None or a.remove)
    # (two without: the later, "the fourth photo flies by, make it longer")
    return [i for k, i in enumerate(intents) if not overlay_step(i) and not (getattr(i.args, "vague", False) and any(
        same(i, j) and (not getattr(j.args, "vague", False) or n > k) and getattr(j.args, "sets_length", True)
        for n, j in enumerate(intents) if j is not i))]


# "the user asks whether the video will look good on a phone": a question relayed, not an edit
_RELAYED = compile_led(r"\b(?:asks?|asking|asked|wonders?|wondering|wants\s+to\s+know|would\s+like\s+to\s+know)\s+(?:whether|if)\b"
                      r"|(?:客户|用户|老板|他|她|他们|对方|朋友)(?:在)?问(?:一下|问)?[^。，,;；]{0,30}(?:吗|么|是否|会不会|能不能|好不好)[?？]?\s*$")
# "I just uploaded a lifestyle shot, …": news about the files, said before the wish (not a request left undone)
_NEWS = compile_led(r"\b(?:uploaded|attached|sent\s+(?:you|over))\b|上传了|刚传|刚上传")
_GO_AHEAD = compile_led(r"\b(?:so\s+please|please\s+do|go\s+ahead|do\s+it|so\s+do|so\s+let'?s)\b|所以|那就|就改吧|改吧")
# a picture shown twice: "duplicate the first picture at the end", "show the sneaker again at the end", "重复第一张图片"
# (a draft holds each upload once: its references, names and captions are by upload)
_REPEAT = compile_led(r"\b(?:duplicate|repeat|clone|copy)\s+(?:the\s+|that\s+|this\s+)?(?!(?:the|that|this|it|them|everything|all|music|song|track|title"
                     r"|captions?|text|logo|voice|narration|transitions?|effect|zoom|motion|end|fade|video|clip|sound|audio|edit|last\s+(?:edit|step|change)"
                     # ("remove the captions entirely, they repeat what the voice says": no picture; dev set IJ ij053)
                     r"|what|which|whatever|exactly|themselves|itself|each|after|same|those|these|info|information|words?|names?)\b)"
                     r"[a-z0-9\-]+(?:\s+(?:picture|photo|image|pic|shot|slide))?(?!\s+(?:edit|step|change|effect|transition|caption|text))\b"
                     r"|\b(?:show|use|put|add|play|include)\s+(?:the\s+)?[a-z0-9\-]+\s+(?:picture|photo|image|pic|shot|slide)\s+(?:again|twice|a\s+second\s+time)\b"
                     r"|(?:重复|复制)\s*(?:一下|一遍|一次)?\s*(?:第\s*\d+\s*张|最后\s*1?\s*张|[^\s，,。]{1,8}那张)|(?:第\s*\d+\s*张|那张)(?:图片|图|照片)?\s*(?:再)?(?:放|出现|用)\s*(?:两次|2次|一遍)")
# ("mute everything but the voice" had muted every sound)
_EXCEPT = compile_led(r"\b(?:except(?:\s+for)?|apart\s+from|other\s+than|with\s+the\s+exception\s+of|all\s+but|but\s+not)\b"
                     r"|\b(?:everything|anything|(?:every|all)(?:\s+the)?\s+[a-z]+)\s+but\s+(?:for\s+|just\s+|only\s+)?(?:the|my|our|\d)\b"
                     r"|除了|以外的|之外的")
# "every X except Y" spelled out into the others where the draft says which they are (set AZ az073 az076 az109 az115
# az116); any other "except" stays refused as a whole (read as "every X" it would be a wrong edit)
_EXCEPT_WORD = r"(?:except(?:\s+for)?|apart\s+from|other\s+than|but\s+not|but)"
_SOUNDS = {"music": (r"(?:the\s+)?(?:background\s+)?(?:music|song|soundtrack|bgm)", r"(?:背景音乐|音乐|配乐|bgm)"),
           "voice": (r"(?:the\s+)?(?:voice\s*-?\s*over|voice|narration|narrator|vo)", r"(?:人声|配音|旁白|解说|口播)"),
           "clips": (r"(?:the\s+)?(?:(?:clip|video)(?:'?s)?\s+(?:sound|audio)|original\s+(?:sound|audio))",
                     r"(?:视频原声|原声|视频(?:的)?声音)")}
_SOUND_SAY = {"music": ("the music", "背景音乐"), "voice": ("the voiceover", "配音"), "clips": ("the clip sound", "原声")}
_MUTE_ALL_EN = compile_led(r"\b(?:mute|silence|turn\s+off|switch\s+off)\s+(?:everything|all(?:\s+the)?(?:\s+other)?\s+(?:sounds?|audio|tracks)"
                          r"|all)\s+" + _EXCEPT_WORD + r"\s+(?P<keep>[^,.;!?]+)")
_MUTE_ALL_ZH = compile_led(r"除了(?P<keep>[^，,。；;！!]{1,12}?)(?:以外|之外)?[，,]?\s*(?:把|将)?(?:其他|其它|其余|别的)(?:的)?(?:声音|音频|音轨|声轨)?"
                          r"(?:都|全部|全)?(?:给)?(?:关掉|关了|静音|关闭)")
_PICS = r"(?:pictures?|photos?|images?|pics?|shots?|slides?)"
_DROP_ALL_EN = compile_led(r"\b(?:remove|delete|drop|cut|take\s+out|get\s+rid\s+of)\s+(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?" + _PICS
                          + r"\s+" + _EXCEPT_WORD + r"\s+(?P<keep>[^,.;!?]+)")
_DROP_ALL_ZH = compile_led(r"除了(?P<keep>[^，,。；;！!]{1,16}?)(?:以外|之外)?[，,]?\s*(?:把|将)?(?:其他|其它|其余|别的)(?:的)?"
                          r"(?P<noun>图片|照片|图|几张|张)?(?:都|全部|全)?(?:给)?(?:删掉|删除|删了|去掉|移除|拿掉)")
# "every picture 4 seconds except the ring, which should be 8": the one said apart, with its own length
_LEN_EXCEPT_EN = compile_led(r"(?P<head>\b(?:every|each|all(?:\s+the)?)\s+" + _PICS + r"\b[^,.;!?]{0,40}?\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)"
                            r"\s*,?\s*" + _EXCEPT_WORD + r"\s+(?P<x>[^,.;!?]{1,40}?)\s*,?\s*(?:(?:which|that|it)\s+)?"
                            r"(?:(?:should|can|must|will)\s+(?:be|get|last|stay)|gets|is|at|needs|stays\s+at|lasts|with|for|:)?\s*(?:(?:set\s+)?to\s+)?"
                            r"(?P<v>\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\b")
_NOT_PICTURES = compile_led(r"\b(?:captions?|subtitles?|text|title|music|sound|audio|voice|logo|clips?|videos?)\b|字幕|标题|文字|音乐|声音|视频|logo")


def _listed(keep: str, word: str) -> list[str] | None:
    """The keys of the sounds a list names ("the music and the voice"), or None when a piece is no sound."""
    out = []
    for piece in re.split(r"\s*(?:,|、|\band\b|&|和|跟|与|及)\s*", keep.strip()):
        key = next((k for k, rx in _SOUNDS.items() if re.fullmatch(rx[word == "zh"], piece.strip())), None)
        if piece.strip() and key is None:
            return None
        if key:
            out.append(key)
    return out or None


def _spelled_out(low: str, draft: Any, media: Sequence[PlannerMedia]) -> str:
    """"Mute everything except the voiceover" → "mute the music and the clip sound", "remove all pictures except the
    sneaker and the ring" → "keep only the sneaker and the ring": the others named, where the draft holds which they
    are. What is not read so stays as said (and refused by _EXCEPT)."""
    if not isinstance(draft, dict) or not has_main_track(draft):
        return low
    segments = (main_track(draft) or {}).get("sg") or []
    # (every caption but one with "but" alone too: "delete the captions on all the pictures but the last" is read "delete
    # the captions but the last" by then, no "except" left for _EXCEPT; it removed every caption)
    names = [str(s.get("name") or s.get("mid") or "") for s in segments if not is_card(s)]
    low = excepted.spelled(low, names, captioned=len(caption_segments(draft)) == len(names))
    if not _EXCEPT.search(low):
        return low
    kinds = {m.id: m.kind for m in media}
    roles = {str(t.get("role")) for t in tracks(draft) if t.get("sg")}
    sounds: list[str] = [k for k in ("music", "voice") if k in roles]
    if any(kinds.get(str(s.get("mid"))) == "video" for s in segments):
        sounds.append("clips")
    only_pictures = all(kinds.get(str(s.get("mid"))) == "image" for s in segments)

    def mute(m: re.Match, zh: bool) -> str:
        kept = _listed(m["keep"], "zh" if zh else "en")
        others = [k for k in sounds if k not in (kept or [])]
        if kept is None or not others or not set(kept) <= set(sounds):
            return m[0]
        said = [_SOUND_SAY[k][zh] for k in others]
        return "关掉" + "和".join(said) if zh else "mute " + " and ".join(said)

    def keep_only(m: re.Match, zh: bool) -> str:
        keep = m["keep"].strip()
        if not only_pictures or _NOT_PICTURES.search(keep) or (zh and not m["noun"] and not re.search(r"张|图|照片", keep)):
            return m[0]
        if zh:
            return "只保留" + keep
        # ("keep only the first three" is no picture: "keep only the first three pictures")
        return "keep only " + keep + ("" if re.search(r"\b" + _PICS + r"\b|\.(?:jpe?g|png|webp)\b", keep) else " pictures")

    low = _MUTE_ALL_EN.sub(lambda m: mute(m, False), low)
    low = _MUTE_ALL_ZH.sub(lambda m: mute(m, True), low)
    low = _DROP_ALL_EN.sub(lambda m: keep_only(m, False), low)
    low = _DROP_ALL_ZH.sub(lambda m: keep_only(m, True), low)
    return _LEN_EXCEPT_EN.sub(lambda m: m[0] if _NOT_PICTURES.search(m["x"]) else f"{m['head']}, only {m['x']} {m['v']} seconds", low)


# a clause of no word the planner knows, said as a bidding: a verb and its object ("…, and use the ring" of an upload no
# segment shows, "…, blorp the ring"): a wish not understood, never context dropped without a word (wave 22 lead rows;
# "our customers watch on phones", "the user is reusing this video", "love the vibe" stay context)
_BID_OPENERS = r"\s*(?:(?:and|then|also|please|pls|just|now)\s+)*"  # (the words before a bidding's verb, in both below)
_BIDDING = compile_led(_BID_OPENERS + r"(?!(?:" + "|".join(vocab.NOT_BIDDING_EN) + r")\b)"
                       r"[a-z]{3,}\s+(?:(?:the|my|our|this|that|these|those|its|their|all\s+the|every|each)\s+[a-z0-9]|(?:it|them)\b)")
# a clause of no word the frames know that still says a look's value only an edit has: "…, half opacity", "50% see-through"
# (the sticker was placed opaque and the opacity dropped without a word; dev set DQ dq252): a wish not understood
# (and a font's kind: "make the title gold. also serif" dropped the serif without a word; set DU du145)
_LOOK_VALUE_SAID = compile_led(r"\b(?:opacity|opaque|transparency|transparent|see[\s-]?through|(?:sans[\s-]?)?serif)\b"
                               r"|不透明|透明度|半透明|衬线")
_IT_BIDDING = compile_led(_BID_OPENERS + r"[a-z]{3,}\s+(?:it|them|its)\b")
_MEANINGLESS = compile_led(r"^(?:thanks?|thank you|ok|okay|cheers|great|cool|nice|perfect|好的|谢谢|好)$")


def _unread(message: Message, clauses: list[tuple[int, int]], read: list[tuple[int, int]]) -> list[str]:
    """Clauses neither the frames nor the phrase rules read a word of, as the person wrote them."""
    out = []
    clauses = sorted(clauses)
    for (a, b), was_read in zip(clauses, by_clause(clauses, read), strict=True):
        if was_read:
            continue
        words = leftover(message.low[a:b], a, [])
        # "once the song kicks in, make the captions bold": the time is the edit's own (guard.only_showing)
        if words and not _MEANINGLESS.match(words) and not guard.only_showing(message.low[a:b].strip(" ,.;!?，。；！？")):
            out.append(_clause_text(message, a, b))
    return out


def _read_whole(low: str, a: int, b: int, covered: list[tuple[int, int]]) -> bool:
    """Every word of the clause a..b lies in the spans a phrase rule read."""
    return all(ch in " ,.;!?，。；！？" or any(x <= k < y for x, y in covered) for k, ch in enumerate(low[a:b], a))


def _clause_text(message: Message, a: int, b: int) -> str:
    return QUOTE_RE.sub(lambda q: message.quotes[int(q.group(1))], message.low[a:b]).strip(" ,.;!?，。；！？")


def _names(draft: dict | None, media: list[PlannerMedia]) -> list[str]:
    """The file names, and the segments' names and texts."""
    names = [m.filename for m in media]
    return names + [str(s.get(k) or "") for t in tracks(draft) for s in t.get("sg") or [] for k in ("name", "text")]


# (file kinds, not names: "jpg" of red-sneaker.jpg names no picture)
_FILE_KINDS = frozenset({"jpg", "jpeg", "png", "webp", "gif", "mp4", "mov", "webm", "mkv", "mp3", "wav", "m4a", "aac", "ogg"})


def _upload_words(media: list[PlannerMedia]) -> frozenset[str]:
    """The words of the uploads' file names ("red", "sneaker" of red-sneaker.jpg)."""
    return frozenset(w for m in media for w in re.findall(r"[a-z]{3,}", m.filename.lower()) if w not in _FILE_KINDS)


def has_main_track(draft: dict | None) -> bool:
    main = main_track(draft) if isinstance(draft, dict) else None
    return bool(main and main.get("sg"))


def _question(readings: list, lang: Lang, key: str, **params: object) -> PlanResult:
    """One short question naming the readings; nothing changes and nothing is charged."""
    text = say(lang, key, **({"readings": Choice(readings)} if readings else {}), **params)
    # (the engine sends them apart, so that a host agent can offer them to the person; a quoted reading bare)
    choices = [str(r.params["text"]) if isinstance(r, Msg) and r.key == "q" else render(r, lang) for r in readings]
    return PlanResult(None, text, [], understood=True, edited=False, lang=lang, question=True, choices=choices)


def _example(kind: str, lang: Lang) -> str:
    examples = edits()[kind].examples
    want_zh = lang == "zh"
    return next((x for x in examples if bool(_CJK.search(x)) == want_zh), examples[0])


def _beyond(lang: Lang) -> PlanResult:
    """A wish no edit can meet (stance.BEYOND): said so, nothing changed, nothing offered."""
    return PlanResult(None, say(lang, "beyond"), [], understood=False, edited=False, lang=lang)


def _partly(unread: list[str], lang: Lang) -> list[str]:
    """The sentences naming the parts of a message not done: those beyond any edit said so ("remove the background noise
    and make it 20 seconds", "translate the captions and make the title red": wave 30 lead rows), the rest not
    understood."""
    beyond = [u for u in unread if BEYOND.search(u)]
    rest = [u for u in unread if u not in beyond]
    return [say(lang, key, parts=[msg("q", text=u) for u in parts])
            for key, parts in (("partly", rest), ("partly.beyond", beyond)) if parts]


def _not_understood(low: str, lang: Lang) -> PlanResult:
    if BEYOND.search(low):  # "translate the voiceover": said to be out of reach, not offered the closest edits
        return _beyond(lang)
    found = suggestions(low, list(edits().values()), lang)
    if found:
        reply = say(lang, "did_you_mean", options=Choice([msg("q", text=x) for x in found]))
    else:
        reply = say(lang, "not_understood")
    return PlanResult(None, reply, [], understood=False, edited=False, lang=lang, suggestions=found)


def _protected(draft: dict | None, media: list[PlannerMedia]) -> frozenset[str]:
    """Words of file, segment and caption names, and their plurals: never typo-corrected ("the rings photo" of
    gold-ring.jpg became "the brings photo", a letter left out of a verb; set CZ cz242)."""
    words = {w for n in _names(draft, media) for w in re.findall(r"[a-z]{3,}", n.lower())}
    plurals = {w + end for w in words for end in ("s", "es") if not w.endswith("s")}
    return frozenset(w for w in words | plurals if len(w) >= 5)


# a space typed between two Chinese parts is where a phone user ends a wish ("每张图3秒 背景音乐静音" made the video 3 s
# long, set K mul12); read before the filler is blanked ("转场时长请改为1秒" has no break)
# (or before a word in Latin letters a Chinese verb follows: "品牌字体衬线 logo用logo.png" left the logo unread; set EU eu104)
_TYPED_BREAK = compile_led(r"(?<=[\u4e00-\u9fff%％])[ \t\u3000]+(?=[\u4e00-\u9fff]|[a-z][a-z0-9]*(?:用|改|放|调|换|删|去掉|拿掉|静音|加|设|移|挪))")


# (not inside a new text said without quotes: "标题换成 限时折扣 四个字")
_NAMING_ZH = compile_led(r"(?P<v>换成|改成|改为|写成|写上|写着|写|设为|叫做|叫|命名为|内容是|文案是|文字是|[:：])[^,，。;；!！?？]*$")


# a part after a space that bids an edit of its own ends the new text said before it ("第一张字幕改成 爆款红鞋 第五张改成
# 金戒指" made the first caption "爆款红鞋 第五张改成 金戒指"; set EU eu101); "限时折扣 四个字" bids nothing
_BIDS_ZH = compile_led(r"[^ \t\u3000,，。;；!！?？]*?(?:改成|改为|换成|换为|设为|设成|调到|调成|调整|删|去掉|拿掉|加上?|放到|放在|移到|挪到|静音|关掉|写)")


def _typed_breaks(message: Message) -> Message:
    low = message.low

    def brk(m: re.Match[str]) -> str:
        naming = _NAMING_ZH.search(low, 0, m.start())
        if naming and (not low[naming.end("v"):m.start()].strip() or not _BIDS_ZH.match(low, m.end())):
            return m.group(0)
        return "，" + " " * (len(m.group(0)) - 1)
    return replace(message, low=_TYPED_BREAK.sub(brk, low))


# "开箱视频有杂音，把它的声音调小", "clip.mp4有杂音，把它的声音调小": 它的 after one clip of the timeline named (开箱 read as
# "unboxing" by now) is that clip's sound, never every sound (wave 23 lead rows lowered the music and both clips)
_ITS_CLIP_ZH = compile_led(r"(?<![a-z0-9])(?P<n>[a-z0-9][a-z0-9_\-]*)(?P<ext>\.(?:mp4|mov|webm|m4v|avi|mkv))?\s*(?:视频|片段)?"
                           r"(?P<mid>[^。！？；;.!?]{0,30}?)它的\s*(?=声音|音量|原声)")


def _its_clip_zh(message: Message, clips: list[str]) -> Message:
    stems = {c.lower().rsplit(".", 1)[0] for c in clips}
    if "它的" not in message.low or not stems:
        return message

    def one(m: re.Match[str]) -> str:
        if m["n"] not in stems or any(w in m["mid"] for w in ("视频", "片段", "音乐", "配音", "人声", "旁白", "它们")):
            return m[0]
        return m[0][:m.end("mid") - m.start()] + f"{m['n']}{m['ext'] or ' 视频'}的"
    return replace(message, low=_ITS_CLIP_ZH.sub(one, message.low))


# a thing named by "the …" as the object of the clause's verb, in a clause whose length no reading tied to anything
# ("make the hoodie 10 seconds"; not the subject of context before it: "our Instagram audience scrolls fast, make it
# 15 seconds", corpus wave3_s#30, is the video's length)
_THE_THING = compile_led(r"\b(?:(?:make|set|keep|show|hold|have|let|cut|trim|extend|shorten|lengthen|turn|leave|put)\s+"
                         r"(?P<ref>(?:the|my|our|this|that|your)\s+(?P<w>[a-z][a-z\-]*))"
                         r"|(?P<sub>(?:the|my|our|this|that|your)\s+(?P<sw>[a-z][a-z\-]*))\s+(?:should|must|needs?\s+to|has\s+to|"
                         r"could|can|will|would|ought\s+to)\s+(?:be|last|run|show|stay|play)\b)")


def _named_nothing(intents: list[Intent], low: str, clauses: list[tuple[int, int]],
                   read: list[tuple[int, int]]) -> list[Intent]:
    """A length said of nothing named is the video's, but said of "the hoodie" with no hoodie on the timeline it names a
    thing that is not there: sought as a picture or clip (so the reply says it is not found and what is there), never
    the video's length (wave 23 lead row set the video to 10 s). Words that name the whole video stay the video's."""
    out = []
    for it in intents:
        args = it.args
        if it.kind == "duration" and isinstance(args, DurationArgs) and args.unnamed and args.ms is not None \
                and args.delta is None and args.factor is None:
            a, b = _clause_of(it.pos, clauses)
            unread = set(leftover(low[a:b], a, read).split())
            thing = next((m for m in _THE_THING.finditer(low, a, b)
                          if (w := m["w"] or m["sw"]) in unread and w not in vocab.WHOLE_VIDEO_WORDS_EN), None)
            if thing is not None:
                it = Intent("segment_duration", it.pos, SegmentDurationArgs(ms=int(args.ms), ref=thing["ref"] or thing["sub"]))
        out.append(it)
    return out


# "it" given a length: "make it 8 seconds", "set it to 8 s", "再把它改成8秒" ("its" is the frames': ``frames._its_length``)
_IT_LENGTH = compile_led(r"\b(?:make|set|have|get|keep|change|turn|cut|trim)\s+it\s+(?:to\s+|last\s+|run\s+|for\s+|about\s+)*\d"
                         r"|[把将]\s*它\s*(?:的时长)?\s*(?:改成|改为|设为|设成|调成|调到|变成|剪成|剪到)\s*\d")


# a clause that is a length alone, after a picture was moved or added: "put black-cap.jpg second, 4 seconds", "…，时长6秒",
# "add gold-ring.jpg at the end, 6 seconds long" (each had made the video that long; wave 32 fixer A/P)
_BARE_LENGTH = compile_led(r"(?:(?:and|then|with|at)\s+)?(?:(?:for|lasting|about|around|roughly)\s+)*(?:时长|显示|持续|停留|播放|放)?\s*(?:为|是)?\s*"
                           + DUR + r"\s*(?:long|on\s+screen|左右)?")


def _it_moved(intents: list[Intent], low: str, clauses: list[tuple[int, int]]) -> list[Intent]:
    """"move the sneaker pic last and make it 8 seconds": a length of "it" right after one picture was moved may be that
    picture's, as "give it 4 seconds" is; which one, by the lengths each can have, is the length edit's (``it_ref``: it
    had made the video 8 s long, wave 31 row). The video's as before when no single picture was moved just before. A
    picture just added is as one moved ("add the ring photo at the end and make it 6 seconds" made the video 6 s long;
    the cause of set CI ci246)."""
    out = list(intents)
    for n in range(1, len(out)):
        it, prev = out[n], out[n - 1]
        args = it.args
        if it.kind != "duration" or not isinstance(args, DurationArgs) or args.ms is None \
                or args.delta is not None or args.factor is not None or args.at_most or args.at_least \
                or prev.kind not in ("move", "add"):
            continue
        ref = getattr(prev.args, "what" if prev.kind == "add" else "ref", None)
        if not isinstance(ref, str) or not ref.strip() or ref.strip() in _IT_SAID or (p := parse_ref(ref)) is None or p.many:
            continue
        a, b = _clause_of(it.pos, clauses)
        # (the length alone after a comma may be in the move's own clause: "put black-cap.jpg second, 4 seconds")
        comma = max(low.rfind(",", a, b), low.rfind("，", a, b))
        tail = low[comma + 1:b] if comma >= 0 else low[a:b]
        if (args.unnamed and prev.pos < a and _IT_LENGTH.search(low, a, b)) or (
                prev.pos < max(a, comma) and _BARE_LENGTH.fullmatch(tail.strip(" ,.;!?，。；！？"))):
            out[n] = replace(it, args=replace(args, it_ref=ref))
    return out


def _key(intent: Intent) -> str:
    return f"{intent.kind}:{intent.args!r}"


def _plan(message: str, draft: dict | None, media: list[PlannerMedia], lang: Lang,
          skip: frozenset[str] = frozenset(), seen: list[str] | None = None, normalized: Message | None = None) -> PlanResult:
    """``skip``: edits read that are not made (a follow-up's context, made already); ``seen`` gets the edits read;
    ``normalized``: ``message`` normalised already."""
    def answer(key: str, understood: bool = True, **params: object) -> PlanResult:
        return PlanResult(None, say(lang, key, **params), [], understood=understood, edited=False, lang=lang)

    if DONE_ASKED.match(message.strip().lower()):  # "have you muted the music?": asked, not wished
        return _not_understood(message.strip().lower(), lang)
    # (corrections read before the filler goes too: "actually" is filler, and "20%, actually 10%" a correction)
    message_text = _typed_breaks(normalize(message) if normalized is None else normalized)
    # ("an end card as long as one picture": its seconds on this draft, before the rewrites read "as long as")
    message_text = replace(message_text, low=relative_lengths(message_text.low, draft))
    uploads = _upload_words(media)
    message_text = corrected(tidy(corrected(message_text, uploads), _protected(draft, media)), uploads)
    low = message_text.low.strip()
    undo = read_undo(low)
    if undo is not None:
        undo_args: dict = {} if undo.steps == 1 and undo.before is None else (
            {"steps": undo.steps} if undo.before is None else {"before": undo.before})
        return PlanResult(None, say(lang, "undo"), [{"name": "undo", "args": undo_args}], understood=True, edited=False,
                          undo=True, lang=lang, undo_steps=undo.steps, undo_before=undo.before)
    if unclear_undo(low):
        return answer("undo.unclear", understood=False)
    if _HELP.match(low):
        return answer("help")
    if _STATUS.match(low):
        return answer("status", line=summary_line(draft)) if isinstance(draft, dict) else answer("status.empty")

    if isinstance(draft, dict) and has_main_track(draft):
        total = int(draft.get("d") or 0)
        cond = _condition(low, total)
        if isinstance(cond, _Unmet):
            return answer(cond.key, s=sec(total), want=sec(cond.want_ms))
        if cond is not None:  # the condition holds: the wish after it is the request
            message_text = replace(message_text, low=cond)
            low = cond.strip()
    if TAKEN_BACK.search(low):
        return answer("no_change")
    if _REPEAT.search(low):  # "duplicate the first picture at the end": the planner keeps each upload once
        return answer("repeat", understood=False)
    spelled = _spelled_out(low, draft, media)
    if spelled != low:
        message_text, low = replace(message_text, low=spelled), spelled
    if _EXCEPT.search(low):  # "every caption except the first": read as "every caption" it would be a wrong edit
        return answer("except", understood=False)
    if ASKING.match(low) or TOLD_ONLY.search(low) or (_RELAYED.search(low) and not _GO_AHEAD.search(low)):  # "is the music too loud?" asks for an opinion: nothing is changed
        return _not_understood(low, lang)
    main = main_track(draft) if has_main_track(draft) else None
    subjects = subject_names(main["sg"] if main else [], {m.id: m.filename for m in media})
    message_text = title_renamed(message_text, draft, subjects)  # (set BQ bq146)
    message_text = replace(message_text, low=title_by_words(message_text.low, draft, subjects))  # (sets BD bd063, BE be178)
    message_text = captions_by_name(message_text, draft)  # (set CC cc074)
    message_text = texts_by_words(message_text, draft, tuple(m.filename for m in media))  # (sets BK bk137, BL bl158)
    message_text = quoted_styles(message_text)  # (set CD cd195)
    names = _names(draft, media)
    roles = {str(s.get("mid")): str(t.get("role")) for t in tracks(draft) for s in t.get("sg") or []}
    on_timeline = set(roles)  # the media some segment uses
    message_text = colour_ones(uploads_named(message_text, media, on_timeline, roles), subjects)
    message_text = translate_names(message_text, names)
    files = {m.id: m.filename for m in media}
    seg_names = [(str(s.get("name") or ""), files.get(str(s.get("mid")), "")) for s in (main["sg"] if main else [])]
    message_text = nth_named(message_text, seg_names)  # (set BU bu132)
    if main and (clash := nth_clash(message_text.low, seg_names, message_text.orig)):
        # (the place and the name of one picture disagree: which one is asked, never the name's guessed)
        return _question([describe(main["sg"], k) for k in clash], lang, "ask.which")
    message_text = _its_clip_zh(message_text, [m.filename for m in media if m.kind == "video" and m.id in on_timeline])
    message_text = the_only_clip(message_text, [m.filename for m in media if m.kind == "video" and m.id in on_timeline])
    if main:
        message_text = counted_pictures(message_text, sum(1 for s in main["sg"] if not is_clip(s) and not is_card(s)))
    message_text = the_other_clip(message_text, [m.filename for m in media if m.kind == "video" and m.id in on_timeline])
    fresh = new_upload(message_text.low, media, on_timeline)
    if fresh.choices:  # "the new photo" with two uploads not on the timeline: which is asked
        return _question([msg("q", text=c) for c in fresh.choices], lang, "ask.which")
    moments = at_time(fresh.low, main["sg"]) if main else fresh.low  # "the shot at 0:12": that picture
    # ("its sound" of one thing said before it is that thing's; of several, which is asked: wave 31 B row 1)
    message_text, sounds = its_sound(replace(message_text, low=moments), name_rx(subjects), FILE_RX)
    if sounds:
        return _question([msg("q", text=c) for c in sounds], lang, "ask.which")
    message_text, why_said = it_across_sentences(message_text)
    message_text = resolve_it(message_text, name_rx(subjects), FILE_RX)
    message_text = resolve_those_two(message_text, name_rx(subjects), FILE_RX)
    told_of = [(k, k + len(t)) for t in why_said if (k := message_text.low.find(t)) >= 0]
    understood = understand(message_text, edits().values(), name_rx(subjects))
    if understood.also:  # "make it 15 seconds and the ring too": the video's length, or the ring's (never only the ring)
        return _question([msg("q", text=r) for r in understood.also[0]], lang, "ask.which")
    if understood.questions:
        kinds = list(dict.fromkeys(k for q in understood.questions for k in q))
        return _question([msg("q", text=_example(k, lang)) for k in kinds], lang, "ask.edit")
    # a clause that tells what was done, or might be wanted some day, is no request, for the phrase rules either
    # ("we may want a vertical version in the future" had made the video vertical)
    told = story(message_text.low, understood.clauses)
    # (blanked in the text too: the first cut's rule reads the whole message, "用AI生成一段视频" had made one)
    untold = message_text.low
    for a, b in told:
        untold = untold[:a] + " " * (b - a) + untold[b:]
    phrased = parse(replace(message_text, low=untold), blank=understood.spans + understood.hidden + told)
    free = phrased.free
    intents = _style_first(_kit_first(_moved_it(sorted(understood.intents + [_its(i, understood.its) for i in phrased.intents], key=lambda i: i.pos))))
    if understood.unclear and not intents:  # "change it to red" with nothing named before: which thing?
        return _question([], lang, "ask.what", word=understood.unclear[0])
    read = understood.spans + understood.context + phrased.covered
    words_read = understood.spans + phrased.covered
    # a clause without one word the planner knows is context ("our customers watch on phones, so …"), not a
    # request left undone; one the phrase rules read a word of is reported as usual
    unread = _unread(message_text, [c for c in understood.clauses if (c not in understood.chatter
                                    or any(x < c[1] and y > c[0] for x, y in phrased.covered)
                                    or _BIDDING.match(message_text.low, c[0], c[1])
                                    or _LOOK_VALUE_SAID.search(message_text.low, c[0], c[1]))
                                    and not _NEWS.search(message_text.low[c[0]:c[1]])
                                    # (what was wrong with the thing a wish after it took as "it": why, not a request)
                                    and not any(x <= c[0] and c[1] <= y for x, y in told_of)], read)
    # "set the title colour to gold, switch it to the display font, and keep it on screen for 4 s": a clause that bids
    # something of "it" and of which no word was read is not done, even when the next one took its "it" from it (the font
    # was dropped without a word; set BO bo067, and the lead's bl162 of the same cause)
    for (a, b), own in zip(sorted(set(understood.context)), by_clause(sorted(set(understood.context)), words_read), strict=True):
        text = _clause_text(message_text, a, b)
        if not own and _IT_BIDDING.match(message_text.low, a, b) and text not in unread:
            unread.append(text)
    # a clause a later one took its target from is context, but its words are not read for that
    # ("title at the top, in yellow, and show it for 4 seconds": the yellow was dropped without a word)
    # "删掉耳机那张，每张放4秒" with no headphones picture: the part said of nothing known is reported, not dropped
    # (a clause a phrase rule read whole, its edit merged into one said before, is done: "brand colour #0a2540, accent
    # gold" set the accent and said it was not understood, set BE be156)
    unread += [_clause_text(message_text, a, b) for a, b in understood.unclear_clauses
               if intents and not any(a <= i.pos < b for i in intents)
               and not _read_whole(message_text.low, a, b, phrased.covered)]
    # (a clause a later one only took its target from is checked too: "logo transparnt 50% and put it bottom right"
    # placed the logo and dropped its 50% without a word, set BH bh251)
    refused = guard.dropped(message_text, understood.clauses, words_read + understood.thing_words, guard.names_pattern(tuple(names)),
                            context=understood.context, mentions=understood.mentions)
    if has_main_track(draft) and not any(i.kind in ("first_cut", "captions_add") for i in intents):
        # (the first cut and "add captions" take the free quotes as their texts)
        refused += guard.quoted(understood.clauses, free, names)
    for a, b in refused:
        kept = [i for i in intents if i.kind == "first_cut" or not a <= i.pos < b]
        if len(kept) < len(intents):  # something left unread: none of the clause is done
            intents = kept
            unread.append(_clause_text(message_text, a, b))
        elif not by_clause([(a, b)], words_read)[0] and _clause_text(message_text, a, b) not in unread:
            unread.append(_clause_text(message_text, a, b))  # (context only: its value is said not understood)
    # (a word in the place of a thing's look that no reading used: "make the title zebra and 5 seconds")
    unread += [w for w in guard.stray(message_text, words_read, guard.names_pattern(tuple(names)), refused)
               if w not in unread and not any(w in u for u in unread)]
    for a, b, noun in understood.borrowed_visual:
        # "片段太长了，剪成4秒": a length the phrase rules read in a clause that took its picture or clip from the clause
        # before is not the whole video's (they do not see that thing): which is asked (set AP ap222 made the video 4 s)
        if noun and any(i.kind == "duration" and a <= i.pos < b for i in intents):
            return _question([msg("q", text=noun), msg("trim.whole")], lang, "ask.which")
    for a, b in understood.borrowed_other:
        # "字幕停得太短，让它多停两秒": "it" is the captions, whose length the phrase rules do not see: not the video's (it had
        # made the video 2 s longer; found by wave 32 fixer T); the clause is said not understood
        if any(i.kind == "duration" and a <= i.pos < b for i in intents):
            intents = [i for i in intents if not (i.kind == "duration" and a <= i.pos < b)]
            if (clause := _clause_text(message_text, a, b)) not in unread:
                unread.append(clause)
    intents = _named_nothing(intents, message_text.low, understood.clauses, words_read)
    intents = _it_moved(intents, message_text.low, understood.clauses)
    intents = _feel_is_why(intents, message_text.low, understood.clauses)
    # (the timeline read only when a length was complained of: most messages complain of none)
    timeline = Work.from_draft(draft, media) if understood.complaints and isinstance(draft, dict) and has_main_track(draft) else None
    intents = _sound_named(_remedied(_numbers_win(_swap_is_move(_once(_all_text(_merge_settings(ordered(intents)))))), understood.complaints,
                                     timeline), understood.needs)  # after the guard: the same edit read from a clause it refused stays from the other
    intents = timed_after(intents)  # ("put the logo bottom right at the end, for the last 3 seconds": its time said)
    intents = time_joined(intents)  # ("促销贴纸放左下角，只在第二张出现": one overlay, with its time)
    if seen is not None:
        seen.extend(_key(i) for i in intents)
    intents = [i for i in intents if _key(i) not in skip]
    if not intents and (bare := _bare_ask(low, message, draft, lang)) is not None:
        return bare
    if not intents and understood.bare and len(understood.bare) == len(understood.clauses):
        # "change the title", "改一下标题": a thing to change, but not how; the closest edits of it are asked
        found = suggestions(low, list(edits().values()), lang)
        if found:
            return _question([msg("q", text=x) for x in found], lang, "ask.edit")
    if not intents and _VAGUE_WISH.match(low) and not BEYOND.search(low) and (found := _vague_readings(low, lang)):
        # "can you change the music volume", "把音量调一下", "let's try a different aspect ratio": a change wished, of a thing
        # named or not, with nothing said of how; the closest edits are asked, as for "change the title" (dev set DH: 15
        # of its 45 questions were "not understood")
        return _question([msg("q", text=x) for x in found], lang, "ask.edit")
    if not intents:
        return _not_understood(low, lang)
    if has_main_track(draft) and all(i.kind == "first_cut" and not i.args.strong for i in intents):
        return answer("has_timeline")
    has_main = has_main_track(draft)
    vis = visuals(media)
    first = not has_main or any(i.kind == "first_cut" and i.args.strong for i in intents)
    intents = [i for i in intents if i.kind != "first_cut"]
    if first and not vis:
        return answer("no_media")

    work = Work.from_draft(draft if isinstance(draft, dict) and has_main and not first else _empty(), media)
    if first:
        opts, rest = _first_cut_options(intents, free, len(vis), message_text.orig)
        build(work, opts)
        keep_brand(work, draft)
    else:
        rest = intents
        quotes = [q for _, q in free]
        for it in rest:
            # (a quoted text no reading used is the captions' when they were asked for without words; never in place of
            # their own: "视频片尾：“X”，字幕：“Y”" asked whether every caption should say X)
            if it.kind == "captions_add" and quotes and not it.args.texts:
                it.args = replace(it.args, texts=quotes)
                break
    applied: list[tuple[str, int, int, int, int]] = []  # (kind, replies from/to, calls from/to) per applied edit
    # a total length is the length of the result: made after the message's other edits ("1. 15 s 2. … 3. add an
    # end card" made the card lengthen the 15-s video to 32.5 s)
    origin = None if first else Work.from_draft(work.draft, media)
    rest = _every_first(sorted(_merge_formats(rest), key=lambda i: i.kind == "duration"))
    if origin is not None:
        rest = _overwritten(rest, origin, understood.its, message_text.orig)
    for it in rest:
        n_before, c_before = len(work.replies), len(work.calls)
        try:
            _apply_one(work, it, origin, understood.its, message_text.orig)
        except CannotApply as exc:
            work.failures.append(exc.msg)
        except Ambiguous as exc:
            asked = _question(exc.readings, lang, exc.key, **exc.params)
            if unread:  # (a part not understood is said with the question: set BX bx255's 结尾淡出 was not named)
                asked = replace(asked, reply=join([asked.reply, *_partly(unread, lang)], lang),
                                unread=unread)
            return asked
        if len(work.replies) > n_before:
            applied.append((it.kind, n_before, len(work.replies), c_before, len(work.calls)))
    failures = list(dict.fromkeys(render(f, lang) for f in work.failures))
    if unread:  # a message partly understood says which part was not
        failures += _partly(unread, lang)
    if not work.calls:
        if not unread and work.failures and all(f.key == "not_found" for f in work.failures) and BEYOND.search(low):
            # "remove the background of the watch photo": no thing of that name, and no edit could do it anyway
            return _beyond(lang)
        if not failures:
            # "keep the length", "时长不动": only things said to stay, no edit read: so it is (the reply was empty)
            return answer("no_change")
        return PlanResult(None, join(failures, lang), [], understood=True, edited=False, lang=lang, unread=unread)

    relayout(work)
    follow_shots(work)  # (an overlay over one picture keeps to it: set BR br226)
    try:
        validate(work.draft)
    except DraftError as exc:
        return answer("unsafe", error=str(exc))
    if not first and work.draft == draft:
        if failures:
            # "the last caption just says 'Clip', change it to 'See it in action'": the part read was so already, the
            # part not read is said, never "that is already how the video is" of the whole (set BL bl158)
            said_so = [render(msg("unchanged", what=msg("edit_title", en=edits()[k].doc.title, zh=edits()[k].doc.title_zh)),
                              lang) for k in dict.fromkeys(k for k, *_ in applied)]
            return PlanResult(None, join(said_so + failures, lang), [], understood=True, edited=False, lang=lang,
                              unread=unread)
        return answer("no_change")
    changed = topics(draft if not first else None, work.draft)
    replies: list = list(work.replies)
    calls: list = list(work.calls)
    said = ["first_cut"] if first else []
    if not first:
        # a sentence (and its call) is kept only for an edit whose part of the draft really changed
        for kind, a, b, ca, cb in applied:
            edit = edits()[kind]
            if set(edit.topics) & changed:
                said.append(kind)
                continue
            replies[a:b] = [msg("unchanged", what=msg("edit_title", en=edit.doc.title, zh=edit.doc.title_zh))] + [
                None] * (b - a - 1)
            calls[ca:cb] = [None] * (cb - ca)
        if not any("overlays" in edits()[k].topics for k in said):  # an edit of the overlays says what it did
            replies += overlays_lost(draft, work.draft, work.media)
    # (a sentence said once: two edits of one part, each reading the final layout, say the same thing: "show the title for
    # 5s, starting at 1s" replied "Title timing set (1–6 s)." twice)
    parts = list(dict.fromkeys(render(r, lang) for r in replies if r is not None))
    parts += [_NOTHING_AT_ALL.sub(_PART_UNCHANGED[lang], f) for f in failures]
    return PlanResult(work.draft, join(parts, lang), [c for c in calls if c is not None], understood=True,
                      edited=True, lang=lang, changed=sorted(changed), said=said, unread=unread)


def _apply_one(work: Work, it: Intent, origin: Work | None, its: list[tuple[int, int, str]], request: str) -> None:
    """Make one edit on ``work``, its pictures named as the timeline was when the message was written (``origin``)."""
    args: Any = it.args
    if origin is not None:
        args = _pinned(_it_pinned(it, its, origin, work), origin, work, moved=it.kind == "move")
        if isinstance(args, DurationArgs) and args.it_ref:
            # ("move the third picture to the front and make it 8 seconds": the picture moved, as it was named)
            args = replace(args, it_ref=_files_then(args.it_ref, origin, work) or args.it_ref)
    if it.kind == "title_text":
        args = replace(args, request=request)
    edits()[it.kind].apply(work, args)


# the edits after which an earlier edit of the same thing may leave no trace: the thing is gone
_REMOVING = frozenset({"remove", "title_remove", "captions_remove", "text_remove"})
_OVERWRITE_MAX = 6  # intents in one message checked (each check makes the message's edits once more: ~0.1 ms each)


def _overwritten(intents: list[Intent], origin: Work, its: list[tuple[int, int, str]], request: str) -> list[Intent]:
    """An edit whose result a later edit of the same kind, or a removal, leaves no trace of is not made or said: "the
    title pops in, i don't like that, make it type out" said "enters with a pop" and "typewriter"; "the music is too
    loud, remove that one" lowered the music and removed it (both found in wave 33). So also an edit that found it already
    so ("pops in" read as a wish for the pop it has)."""
    if not 2 <= len(intents) <= _OVERWRITE_MAX:
        return intents

    def final(skip: list[Intent]) -> dict | None:
        work = Work.from_draft(origin.draft, origin.order)
        try:
            for it in intents:
                if all(it is not s for s in skip):
                    _apply_one(work, it, origin, its, request)
        except (CannotApply, Ambiguous):
            return None
        relayout(work)
        return work.draft

    candidates = [it for n, it in enumerate(intents)
                  if any(j.kind == it.kind or j.kind in _REMOVING for j in intents[n + 1:])]
    if not candidates or (whole := final([])) is None:
        return intents
    # one at a time, each tried with those already gone: two readings of one clause that make the same edit each leave
    # no trace beside the other, and were both dropped ("unboxing sound down to 40% and music up a bit" set only the
    # music; dev set DO do255)
    gone: list[Intent] = []
    for it in candidates:
        if final([*gone, it]) == whole:
            gone.append(it)
    return [it for it in intents if all(it is not g for g in gone)]



# the fields of an edit's arguments that name a picture or clip of the timeline
_REF_FIELDS = ("ref", "other", "also", "a", "b", "what", "old", "after", "before")
_IT_SAID = frozenset({"it", "它", "this", "that", "this one", "that one"})


def _kit_first(intents: list[Intent]) -> list[Intent]:
    """The brand kit said after an end card or a text's look in the same message applied just before it: the kit fills in
    what the card or text lacks, and the colours, fonts and logo said for them in the message win ("结尾卡写“X”，白底；品牌色
    顺便设成橙色" put the card on orange: set EK ek099; "Make the title gold, and our brand colour is navy" made the title
    navy and still said gold)."""
    at = next((n for n, i in enumerate(intents) if i.kind in ("end_card", "text_style")), len(intents))
    late = [i for i in intents[at:] if i.kind == "brand"]
    return intents[:at] + late + [i for i in intents[at:] if i.kind != "brand"] if late else intents


def _style_first(intents: list[Intent]) -> list[Intent]:
    """A style (preset) is the base the message's other wishes are made on, wherever it is said: "sale preset, and make the
    first picture 3 seconds and the rest 2" lost its lengths to the style's 2-s shots (set FA fa129)."""
    rank = {"first_cut": 0, "preset": 1}
    return sorted(intents, key=lambda i: rank.get(i.kind, 2))  # (stable: the rest keep their order)


def _its(intent: Intent, its: list[tuple[int, int, str]]) -> Intent:
    """A phrase rule's "it" read as the picture or clip the frames found it means ("开箱视频静音，然后把它放到最前面": the
    unboxing clip; set AZ az248 asked which)."""
    said = next((name for a, b, name in its if a <= intent.pos < b), None)
    if said is None or not is_dataclass(intent.args) or isinstance(intent.args, type):
        return intent
    new = {f.name: said for f in fields(intent.args)
           if f.name in _REF_FIELDS + ("which",) and isinstance(getattr(intent.args, f.name), str)
           and getattr(intent.args, f.name).strip() in _IT_SAID}
    return replace(intent, args=replace(intent.args, **new)) if new else intent


def _every_first(intents: list[Intent]) -> list[Intent]:
    """"第三张图片改成5秒，其余的每张3秒", "the third 5 seconds and the others 3 each": a length of every picture is made
    before the length of one named in the same message, which stays its own (the third was made 3 s too: a wrong edit)."""
    named = next((n for n, i in enumerate(intents) if i.kind == "segment_duration" and i.args.ref is not None), None)
    if named is None:
        return intents
    every = [i for i in intents[named:] if i.kind == "segment_duration" and i.args.ref is None]
    if not every:
        return intents
    rest = [i for i in intents[named:] if all(i is not e for e in every)]
    # (and every picture but the ones named: "第一张放长点，其他短一点" made the first one a step shorter again)
    but = tuple(i.args.ref for i in intents if i.kind == "segment_duration" and i.args.ref is not None)
    every = [replace(e, args=replace(e.args, but=but)) for e in every]
    return intents[:named] + every + rest


def _moved_it(intents: list[Intent]) -> list[Intent]:
    """"cut the clip down to 8 seconds and put it first": a move of "it" right after an edit of one picture or clip the
    phrase rules read is of that one (set BW bw140 asked which of all five)."""
    out = list(intents)
    for n in range(1, len(out)):
        it, prev = out[n], out[n - 1]
        # ("add the ring photo and make it the second one": the picture added)
        ref = getattr(prev.args, "what", None) if prev.kind == "add" else getattr(prev.args, "ref", None)
        if it.kind == "move" and it.args.ref.strip() in _IT_SAID and prev.kind != "move" and isinstance(ref, str) \
                and ref.strip() and ref.strip() not in _IT_SAID and (p := parse_ref(ref)) is not None and not p.many:
            out[n] = replace(it, args=replace(it.args, ref=ref))
    return out


def _pinned(args: Any, origin: Work, work: Work, moved: bool = False) -> Any:
    """``args`` with each picture named by its place ("第五张", "the fourth one", "the last two") named by its file, as
    the timeline was when the message was written: "第四张删掉，第五张放到最前面" moves the fifth picture said, never the
    one that is fifth after the removal (set AQ aq217 moved nothing: there was no fifth picture left). Only after a
    picture was removed or added: after a swap or a move, a place said is the new one ("swap the sneaker and the watch,
    and change the 3rd caption to Red Runner" is the sneaker's caption, set AO ao201). ``moved``: a picture moved after
    another move is the one said, as the timeline was ("video 2 first and video 1 last" moved the unboxing clip twice, the
    first clip once it was first; set CH ch193)."""
    if not is_dataclass(args) or isinstance(args, type):
        return args
    nth = getattr(args, "nth", None)
    if isinstance(nth, int) and nth > 0:
        args = replace(args, nth=nth_now(origin, work, nth))  # (a caption by its place, as for pictures)
    if set(_order(work)) == set(_order(origin)) and not (moved and _order(work) != _order(origin)):
        return args
    new: dict[str, str] = {}
    for f in fields(args):
        said = getattr(args, f.name)
        if f.name in _REF_FIELDS and isinstance(said, str) and (files := _files_then(said, origin, work)) is not None:
            new[f.name] = files
    return replace(args, **new) if new else args


def _files_then(said: str, origin: Work, work: Work) -> str | None:
    """The files of the pictures a place said ("第五张", "the last two") named on the timeline as it was (``origin``), all
    still on it; None for a name, or a place that names none."""
    ref = parse_ref(said)
    if ref is None or (ref.index is None and not ref.many):
        return None
    try:
        found = find_visuals(origin, said)
    except (CannotApply, Ambiguous):
        return None
    segs = origin.main()["sg"]
    ids = {str(s.get("id")) for s in work.main()["sg"]}
    files = [origin.media[str(segs[k].get("mid"))].filename for k in found
             if str(segs[k].get("mid")) in origin.media and str(segs[k].get("id")) in ids]
    return " and ".join(files) if len(files) == len(found) and len(set(files)) == len(files) and files else None


def _it_pinned(intent: Intent, its: list[tuple[int, int, str]], origin: Work, work: Work) -> Any:
    """A picture said as "it" (the frames took it from the clause before) is the one that clause named, as the timeline
    was when the message was written, even after a move or a swap: "请把第四张图片移到最前面，并把它的时长设为5秒" is the picture
    moved, never the one fourth after the move (set CD cd251 changed green-watch's length). A place said again in so many
    words stays the new one (``_pinned``)."""
    args = intent.args
    said = next((name for a, b, name in its if a <= intent.pos < b), None)
    if said is None or not is_dataclass(args) or isinstance(args, type):
        return args
    new = {f.name: files for f in fields(args) if f.name in _REF_FIELDS and getattr(args, f.name) == said
           and (files := _files_then(said, origin, work)) is not None}
    return replace(args, **new) if new else args


def _order(work: Work) -> list[str]:
    main = main_track(work.draft)
    return [str(s.get("id")) for s in (main or {}).get("sg") or []]


# "if the video is longer than a minute, trim it to 45 seconds. Otherwise leave it.", "如果视频超过一分钟，就剪到45秒": a
# condition on the video's length, decided on the draft (set P non05/non23 cut a 30-s video to 45 s... and asked nothing)
_LONGER = r"longer\s+than|more\s+than|over|above|超过|长于|多于|大于|超出"
_IF_LENGTH = compile_led(
    rf"(?:^|(?<=[.!?。！？]))\s*(?:if|when|in\s+case)\s+(?:the\s+(?:whole\s+|final\s+)?video|it|the\s+(?:length|runtime|edit))(?:\s+(?:is|runs|goes|ends\s+up)|'s)\s+"
    rf"(?:(?:still|currently|now)\s+)?(?P<cmp>{_LONGER}|shorter\s+than|less\s+than|under|below)\s+(?P<d>{DUR})\s*[,，]?\s*(?:then\s+)?"
    rf"|(?:^|(?<=[.!?。！？]))\s*(?:如果|要是|假如|若)\s*(?:视频|时长|片子|整个视频)?\s*(?:的)?(?:时长|长度)?\s*(?P<zcmp>{_LONGER}|短于|少于|不到|不足|小于)\s*(?P<zd>{DUR})"
    rf"\s*(?:的话)?\s*[,，]?\s*(?:就|那就|则|那么)?")
_OTHERWISE = compile_led(r"(?:(?<=[.。;；!！])|^)\s*(?:otherwise|else|if\s+not|if\s+it'?s\s+(?:not|shorter|under))\b[^.。!！]*[.。!！]?"
                        r"|(?:(?<=[.。;；!！,，])|^)\s*(?:否则|不然|没超过|没有超过|没到|不到的话|不超过的话)[^。!！]*[。!！]?")


@dataclass(frozen=True)
class _Unmet:
    """A condition on the length that does not hold: nothing changes, the reply says so (``key``) with the length."""

    key: str  # "duration.within" / "duration.at_least"
    want_ms: int


def _condition(low: str, total: int) -> _Unmet | str | None:
    """None: no condition said. ``_Unmet`` when the condition does not hold: nothing changes. Else the message without
    the condition and its "otherwise", the wish to read."""
    m = _IF_LENGTH.search(low)
    if m is None:
        return None
    said = m.group("d") or m.group("zd")
    want = dur_ms(said) or 0
    longer = bool(re.fullmatch(_LONGER, (m.group("cmp") or m.group("zcmp")).strip()))
    if (total > want) if longer else (total < want):
        wish = low[m.end():]
        # ("…, trim it to 45 seconds": "it" is the video the condition named; "cut it to 18" in the condition's unit)
        named = re.sub(r"\bit\b", "the video", wish, count=1)
        if not re.search(r"[a-z]", said.replace("s", "")) or re.search(r"sec|秒", said):
            named = re.sub(r"(\bto|\bat|到|成)\s*(\d+(?:\.\d+)?)(?!\d|\.\d|\s*(?:s\b|secs?\b|seconds?\b|minutes?\b|mins?\b|%|x\b|秒|分钟))",
                           r"\1 \2 seconds", named, count=1)
        rest = low[:m.start()] + " " * max(0, len(low) - m.start() - len(named)) + named
        return _OTHERWISE.sub(lambda o: " " * len(o.group(0)), rest)
    return _Unmet("duration.within" if longer else "duration.at_least", want)


def _bare_ask(low: str, message: str, draft: dict | None, lang: Lang) -> PlanResult | None:
    """The question for a wish that names no thing and no value, read whole (the shapes below, one branch each): "bit
    lower" (of what), "change the length" (of the video or a clip, and how long), "change the position" (of what),
    "adjust the volume" (which sound, which way), "trim it" (of what, and how much), "change it" (what), "change the
    order" (to which), "make the text look nicer" (which look). None for any other message. (A change of a thing named,
    with nothing said of how, is ``_VAGUE_WISH``'s, asked in ``_plan`` after the frames' bare things.)"""
    main = main_track(draft) if has_main_track(draft) else None
    has_clip = any(is_clip(sg) for sg in (main["sg"] if main else []))
    if _BARE_DIRECTION.match(low):
        speeds = _speed_readings(draft, lang) if _SPEED_WORD.search(low) else []
        if speeds:  # "speed it up": only what can go faster here is offered, never the title (brief of wave 13)
            return _question(speeds, lang, "ask.which" if len(speeds) > 1 else "ask.edit")
        return _question([], lang, "ask.what", word=message.strip())
    if _BARE_LENGTH_ASK.match(low):
        return _question([msg("q", text=_example(k, lang)) for k in (("duration", "trim") if has_clip else ("duration",))],
                         lang, "ask.edit")
    if _BARE_PLACE.match(low):
        return _question([], lang, "ask.what", word=message.strip(" .!?~。！？"))
    if _BARE_VOLUME.match(low) and (volumes := _volume_readings(draft, lang)):
        return _question(volumes, lang, "ask.edit")
    if _BARE_CHANGE.match(low):  # (dev set DI di259 was not understood)
        return _question([], lang, "ask.what", word=message.strip(" .!?~。！？"))
    if _BARE_ORDER.match(low):  # (dev set DE de244 was not understood)
        return _question([msg("q", text=_example(k, lang)) for k in ("order", "move", "reverse")], lang, "ask.edit")
    if _BARE_LOOK.match(low):  # (dev set DC dc130 was not understood)
        return _question([msg("q", text=_example("text_style", lang)), msg("q", text=_example("text_anim", lang))], lang,
                         "ask.edit")
    if _BARE_TRIM.match(low):  # (set BH bh151 was not read)
        return _question([msg("q", text=_example(k, lang)) for k in (("trim", "duration") if has_clip else ("duration",))],
                         lang, "ask.edit")
    return None


def _vague_readings(low: str, lang: Lang) -> list[str]:
    """The edits a vague wish may mean: those its look word names ("a different animation"), else the closest ones."""
    kinds = [k for word, ks in _VAGUE_KINDS for k in ks if word.search(low)]
    return [_example(k, lang) for k in dict.fromkeys(kinds)] or suggestions(low, list(edits().values()), lang)


_VAGUE_KINDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple((compile_led(p), ks) for p, ks in (
    (r"\b(?:aspect\s+ratio|ratio|format)\b|比例|尺寸", ("format",)),
    (r"\banimation\b|动画", ("text_anim",)),
    (r"\btransition\b|转场", ("transition",)),
    (r"\btitle\b|标题", ("title_text", "text_style")),
    (r"\b(?:colou?r|size|font|look|style)\b|颜色|字号|字体", ("text_style",)),
))


# a change wished with nothing said of how: a verb of changing and its thing, no value, no "to"; another one of a look; a
# Chinese thing "调一下" / "改一下" / "挪个地方" (``_plan``, when nothing else is read)
_VAGUE_LEAD = (r"^(?:(?:so|ok|okay|hmm|um|hey|hi)\s*,?\s+)?(?:(?:can|could|would)\s+(?:you|we)\s+|i(?:\s+(?:want|need|would\s+like)|'d\s+like)\s+(?:to\s+)?"
               r"|we\s+(?:want|need)\s+(?:to\s+)?|let'?s\s+(?:try\s+)?|please\s+|maybe\s+)*")
_VAGUE_WISH = compile_led(
    _VAGUE_LEAD + r"(?:change|adjust|tweak|alter|modify|resize|reposition|move|redo)\s+"
    r"(?!.*(?:\bto\b|\binto\b|\bwith\b|\blike\b|\bso\b|\bfor\b|\btoo\b|\d|\ue000|#))[a-z' ]{1,40}?[\s.!?~]*$"
    r"|" + _VAGUE_LEAD + r"(?:(?:try|use|pick|get|have|make|put|give\s+(?:it|the\s+[a-z]+))\s+)?(?:(?:the|it|them|a)\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:in\s+)?(?:a\s+|an\s+)?(?:different|another|new|other)\s+(?:colou?r|size|animation|aspect\s+ratio|ratio|format|font|position|place|spot|"
    r"transition|title|look|style|kind\s+of\s+transition)(?:\s+(?:for\s+(?:the\s+)?[a-z]+|please|pls))*[\s.!?~]*$"
    r"|^(?:请|帮我|麻烦|能不能|可以)?\s*(?:把)?\s*[\u4e00-\u9fffa-z0-9]{0,6}?"
    # (a thing or a side the editor has: "把视频里模特的脸换一下" is no edit, dev set DH dh135)
    r"(?:顺序|音量|声音|速度|时长|长度|位置|颜色|字体|字号|大小|转场|标题|字幕|音乐|配乐|配音|logo|水印|贴纸|图片|照片|比例|尺寸|动画)"
    r"\s*(?:的)?\s*(?:(?:调|调整|改|换)(?:\s*[一1]?\s*下)?|挪个地方|换个地方|(?:移|挪)\s*(?:[一1]?\s*下)?\s*位置)"
    r"\s*(?:吧|呗|好吗|行吗)?[\s。！？?~]*$")


# a change wished with nothing at all said of what: "改一下", "change it", "edit this"
_BARE_CHANGE = compile_led(r"^(?:请|帮我|麻烦)?\s*(?:再)?\s*(?:改|调|换|修改|调整)\s*(?:[一1]?\s*下)?\s*(?:吧|呗)?[\s。！~]*$"
                           r"|^(?:(?:can|could)\s+you\s+|please\s+)?(?:change|edit|tweak|adjust|modify)\s+(?:it|this|that)(?:\s+(?:please|pls|a\s+bit))*[\s.!?~]*$")
# the order changed, no new order said: "change the order", "换个顺序", "调整一下图片顺序": which order is asked ("reorder the
# pictures so it flows better" is a judgement the editor cannot make: not an edit, corpus wave30_g)
_BARE_ORDER = compile_led(r"^(?:(?:can|could|shall)\s+(?:you|we)\s+|please\s+)?(?:change|switch\s+up|mix\s+up|shuffle|rearrange|redo|adjust)\s+(?:the\s+)?order"
                          r"(?:\s+of\s+(?:the\s+)?(?:pictures|photos|images|pics|shots|slides))?(?:\s+(?:please|pls|a\s+bit|a\s+little))*[\s.!?~]*$"
                          r"|^(?:请|帮我|麻烦)?\s*(?:能不能|可以|能否)?\s*(?:把)?\s*(?:图片|照片)?\s*(?:换个|换\s*[一1]\s*下|交换|调整\s*(?:[一1]\s*下)?|改\s*[一1]\s*下|调\s*[一1]\s*下|打乱)\s*(?:图片|照片)?\s*(?:的)?\s*顺序"
                          r"\s*(?:吧|呗|吗)?[\s。！？?~]*$")
# a text's look wished better, no look said: "make the text look nicer", "字幕好看一点": which look is asked
_BARE_LOOK = compile_led(r"^(?:(?:can|could)\s+you\s+|please\s+)?make\s+(?:the\s+)?(?:text|title|captions|words|lettering)\s+look\s+"
                         r"(?:a\s+bit\s+|a\s+little\s+|much\s+)?(?:nicer|better|prettier|more\s+(?:professional|stylish|modern|polished))"
                         r"(?:\s+(?:please|pls))*[\s.!?~]*$"
                         r"|^(?:请|帮我|麻烦)?\s*(?:把)?\s*(?:文字|字幕|标题)\s*(?:弄得?|做得?|改得?)?\s*好看\s*(?:一点|一些|点)\s*(?:吧|呗)?[\s。！~]*$")
# a direction alone, with nothing it is said of: "bit lower", "a little more", "再大一点"
# ("剪掉一点", "trim a little": how much and of what are not said either; set BZ bz176 was not understood)
_BARE_TRIM = compile_led(r"^(?:(?:can|could)\s+you\s+|please\s+)?(?:trim|shorten|(?:cut|trim)\s+down)\s+(?:it|this|that)"
                        r"(?:\s+(?:down|please|pls))*[\s.!?~]*$|^(?:请|帮我)?(?:把它|把这个)?(?:剪|修剪|裁剪|剪辑)(?:一下)?\s*(?:吧)?[\s。！~]*$"
                        r"|^(?:(?:can|could)\s+you\s+|please\s+)?(?:trim|cut)\s+(?:it\s+)?(?:a\s+(?:little|bit|tad)(?:\s+bit)?|some|a\s+little\s+off)"
                        r"(?:\s+(?:please|pls))*[\s.!?~]*$"
                        r"|^(?:请|帮我|麻烦)?(?:把它|把这个)?(?:再)?(?:剪掉|剪去|裁掉|切掉|去掉)\s*(?:一点|一些|点|些|一点点)(?:吧|呗)?[\s。！~]*$")
# the length changed with nothing named and no amount: "调一下时长", "change the length" (set CX cx229 guessed nothing and
# offered a clip's speed): how long, and of what, is asked, as for "trim it"
_BARE_LENGTH_ASK = compile_led(r"^(?:(?:can|could)\s+you\s+|please\s+)?(?:adjust|change|fix|tweak|alter)\s+(?:the\s+)?(?:length|duration|runtime|timing)"
                               r"(?:\s+(?:please|pls|a\s+bit|a\s+little))*[\s.!?~]*$"
                               r"|^(?:请|帮我|麻烦)?\s*(?:能不能|可以)?\s*(?:调|调整|改|改变)\s*(?:一下|下)?\s*(?:时长|长度)\s*(?:吧|呗|吗)?[\s。！？?~]*$"
                               r"|^(?:时长|长度)\s*(?:调|调整|改)\s*(?:一下|下)?\s*(?:吧|呗)?[\s。！~]*$")
# a place, or the text's look, changed with no thing that has one named: "change the position", "能不能调一下位置", "change the
# colour of the text" (title or captions; set CX cx120 and the lead's rows were not understood): which thing is asked, as
# "change the colour" already is
_BARE_PLACE = compile_led(r"^(?:(?:can|could)\s+you\s+|please\s+)?(?:adjust|change|fix|tweak|alter|move)\s+(?:the\s+)?(?:position|placement|location)"
                          r"(?:\s+(?:please|pls|a\s+bit|a\s+little))*[\s.!?~]*$"
                          r"|^(?:(?:can|could)\s+you\s+|please\s+)?(?:adjust|change|fix|tweak|alter)\s+the\s+(?:colou?r|font)\s+of\s+the\s+(?:text|words|lettering|writing)"
                          r"(?:\s+(?:please|pls|a\s+bit))*[\s.!?~]*$"
                          r"|^(?:请|帮我|麻烦)?\s*(?:能不能|可以|能否)?\s*(?:调|调整|改|改变|换|挪|移)\s*(?:一下|下)?\s*(?:位置)\s*(?:吧|呗|吗)?[\s。！？?~]*$")
_SPEED_WORD = compile_led(r"faster|slower|quicker|speed|slow|快|慢")
# the volume changed with no sound and no way named: "调一下音量", "adjust the volume" (set BQ bq132 offered one reading)
_BARE_VOLUME = compile_led(r"^(?:(?:can|could)\s+you\s+|please\s+)?(?:adjust|change|fix|tweak|redo)\s+(?:the\s+)?(?:volume|sound\s+levels?|audio\s+levels?|levels)"
                           r"(?:\s+(?:please|pls|a\s+bit))*[\s.!?~]*$"
                           r"|^(?:请|帮我|麻烦)?\s*(?:调|调整|调节|改)\s*(?:一下|下)?\s*(?:音量|声音)\s*(?:吧|呗)?[\s。！~]*$"
                           r"|^(?:音量|声音)\s*(?:调|调整|调节|改)\s*(?:一下|下)?\s*(?:吧|呗)?[\s。！~]*$")


def _volume_readings(draft: dict | None, lang: Lang) -> list[Msg]:
    """What a bare "adjust the volume" can be on this draft: each sound there is, louder or quieter."""
    zh = lang == "zh"
    out = []
    for role, en, cn in (("music", "the music", "背景音乐"), ("voice", "the voiceover", "旁白")):
        if any(t["sg"] for t in audio_tracks(draft, role)):
            out += [msg("q", text=f"{cn}调大一点" if zh else f"make {en} louder"),
                    msg("q", text=f"{cn}调小一点" if zh else f"make {en} quieter")]
    return out


def _speed_readings(draft: dict | None, lang: Lang) -> list[Msg]:
    """What a bare "faster"/"speed it up" can be of on this draft: a clip's playback, the pictures' pace."""
    segs = (main_track(draft) or {}).get("sg") or [] if isinstance(draft, dict) else []
    zh = lang == "zh"
    out = []
    if any(is_clip(s) for s in segs):
        out.append(msg("q", text="视频片段的播放速度" if zh else "the clip's playback speed"))
    if any(not is_clip(s) for s in segs):
        out.append(msg("q", text="图片切换的节奏" if zh else "the pace of the pictures"))
    return out


_BARE_DIRECTION = compile_led(r"^(?:(?:a\s+)?(?:bit|little|tad|touch|lot|much)\s+|(?:a\s+)?little\s+bit\s+|even\s+|way\s+)?"
                             r"(?:lower|higher|louder|quieter|softer|bigger|smaller|larger|longer|shorter|more|less)"
                             r"(?:\s+(?:please|pls|still))?[\s.!~]*$"
                             # "make it faster": the pictures' pace, a clip's speed or the transitions (set AK ak206)
                             # ("make it go faster": set BH bh150 was not read)
                             r"|^(?:(?:can\s+you\s+|please\s+)?make\s+(?:it|this)\s+(?:go\s+|run\s+|play\s+|move\s+)?)?(?:a\s+(?:bit|little|lot)\s+)?(?:faster|slower|quicker)"
                             r"(?:\s+(?:please|pls))?[\s.!?~]*$"
                             # "slow it down", "speed it up", "change it": of what (sets AH ah280, AG ag239, AJ aj198; the
                             # speed words are normalised to "slow down it" first)
                             r"|^(?:(?:can|could)\s+you\s+|please\s+)?(?:(?:slow|speed)\s+(?:it|this)\s+(?:down|up)"
                             r"|(?:slow\s+down|speed\s+up)\s+(?:it|this)|change\s+(?:it|this|that))"
                             r"(?:\s+(?:a\s+(?:bit|little)|please|pls|up))*[\s.!?~]*$"
                             # "调大一点", "让它慢一点": turned which way, of nothing named (sets AM am266, AJ aj256) ("改大一点", dev set GZ gz068)
                             r"|^(?:让它|把它|让这个|把这个)?(?:再|稍微|稍|更)?(?:调|弄|变|放|搞|改)?(?:得)?(?:小|大|低|高|长|短|轻|响|快|慢)(?:一)?(?:点|些)(?:吧|儿)?[\s。！~]*$")


def _asked_first(message: str, draft: dict | None, media: list[PlannerMedia], lang: Lang, normalized: Message | None
                 ) -> PlanResult:
    """The message read without the parts that only tell how things are (``observed``), when it has such parts beside
    one that asks and that reading edits something; else read whole."""
    if normalized is not None and (first := _told_out(normalized, media)) is not None:
        result = _plan(message, draft, media, lang, normalized=first)
        if result.edited:
            return result
    return _plan(message, draft, media, lang, normalized=normalized)


def _told_out(normalized: Message, media: list[PlannerMedia]) -> Message | None:
    """``normalized`` without the parts that only tell (``observed``); a wish may take its thing from a told part
    ("标题现在是居中的，…，放到画面底部吧"). A message that corrects itself is read so after its corrections: "…maybe half
    speed. Hmm, actually no, half speed will look weird with the people walking, forget the slow motion, just do the
    trim" (the judgement left after the wish taken back set the speed)."""
    # (a wish told as given up first: its "leave the music as it is" is no told part; dev set HQ hq037)
    normalized = given_up(normalized)
    fixed = corrected(normalized, _upload_words(media))
    # (a message that corrects itself is read so after its corrections in both languages: "字幕现在挡住鞋子了。放左上角……不对，
    # 左上角会很奇怪，放顶部吧" took the captions' sentence out before the correction could take its thing)
    read = fixed if fixed.low != normalized.low else normalized
    if told := observed(read.low, corrected=read is fixed):
        return blanked(read, carried(read.low, told))
    return None


def plan(message: str, draft: dict | None, media: Sequence[PlannerMedia], previous: str | None = None) -> PlanResult:
    """Pure and deterministic: the input draft is never changed, and nothing is read or written. ``previous``: the
    request that made ``draft`` (the engine keeps it), read as the context of a short follow-up."""
    lang: Lang = "en"
    try:
        message = quoted_relay(message) if isinstance(message, str) else message  # (set GH: a wish quoted as relayed)
        normalized = normalize(message) if isinstance(message, str) and message else None
        lang = language_of(normalized) if normalized is not None else reply_language(message)
        items = [m for m in (media or []) if isinstance(m, PlannerMedia) and m.kind in ("image", "video", "audio")]
        result = _asked_first(message, draft, items, lang, normalized)
        return followups.follow(message, previous, draft, items, lang, _plan, result) if previous and isinstance(draft, dict) else result
    except Exception as exc:  # the engine must always get an answer, never a traceback
        return PlanResult(None, say(lang, "internal", error=type(exc).__name__), [], understood=False, edited=False,
                          lang=lang)
