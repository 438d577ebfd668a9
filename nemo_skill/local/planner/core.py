"""plan(): message + current draft + session media -> a new draft, a reply and the calls to stream."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...draft.summary import summary_line
from ...draft.validate import DraftError, validate
from .assets import visuals
from .edits import MAX_MS, MIN_TOTAL, OPS, op_format
from .first_cut import FirstCutOptions, build
from .intents import Intent
from .layout import relayout
from .messages import Lang, join, render, reply_language, say
from .parse import parse
from .text import normalize
from .types import PlannerMedia, PlanResult
from .work import CannotApply, Work, main_track

# reply openings that mean the planner failed (the property tests assert they never appear)
INTERNAL_ERROR = say("en", "internal", error="").split(" (")[0]
UNSAFE = say("en", "unsafe", error="").split(" (")[0]
INTERNAL_ERROR_ZH = say("zh", "internal", error="").split("（")[0]
UNSAFE_ZH = say("zh", "unsafe", error="").split("（")[0]
FAILURES = (INTERNAL_ERROR, UNSAFE, INTERNAL_ERROR_ZH, UNSAFE_ZH)
_UNDO = re.compile(
    r"^(?:please\s+|请|帮我)?(?:undo|revert|roll\s*back|go\s+back|take\s+that\s+back|撤销|撤回|还原|回退|返回上一步|恢复上一步)"
    r"(?:\s*(?:it|that|this|the\s+last\s+(?:change|edit|step)|last\s+(?:change|edit|step)|the\s+change|please|一下|上一步|上一次|修改|操作|吧))*"
    r"[\s.!。！~]*$"
)
_HELP = re.compile(r"^(?:help|\?|what\s+can\s+you\s+do\??|commands|how\s+does\s+this\s+work\??|帮助|你能做什么[?？]?|怎么用[?？]?)[\s.!?]*$")
_STATUS = re.compile(r"^(?:status|show\s+(?:me\s+)?(?:the\s+)?(?:timeline|draft|tracks)|what'?s\s+(?:in\s+)?the\s+(?:timeline|draft)\??|当前状态|查看时间线|时间线)[\s.!?]*$")


def _empty() -> dict:
    return {"v": 1, "d": 0, "m": {"width": 1920, "height": 1080, "fps": 30}, "t": []}


def _first_cut_options(intents: list[Intent], free: list[tuple[int, str]], n_vis: int, request: str
                       ) -> tuple[FirstCutOptions, list[Intent]]:
    """Fold the length, format, title, captions and motion asked for into the first cut itself."""
    opts = FirstCutOptions(request=request)
    rest: list[Intent] = []
    fmt = Work(_empty(), {}, [])
    fmt.draft["m"]["aspect"] = "16:9"
    explicit_title = False
    for it in intents:
        if it.kind == "duration" and it.args.get("ms") is not None:
            opts.seconds_ms = max(MIN_TOTAL, min(MAX_MS, int(it.args["ms"])))
        elif it.kind == "format":
            try:
                op_format(fmt, **it.args)
            except CannotApply:
                rest.append(it)
        elif it.kind == "captions_add":
            opts.captions = True
        elif it.kind == "title_text" and it.args.get("text"):
            opts.title, explicit_title = it.args["text"], True
        elif it.kind == "ken_burns":
            opts.kb = bool(it.args["on"])
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
    args: dict = {}
    for f in formats:
        args.update({k: v for k, v in f.args.items() if v is not None})
    if "width" in args and "height" in args:
        args = {"width": args["width"], "height": args["height"]}
    merged = Intent("format", formats[0].pos, args)
    return [merged if i is formats[0] else i for i in intents if i.kind != "format" or i is formats[0]]


def has_main_track(draft: dict | None) -> bool:
    main = main_track(draft) if isinstance(draft, dict) else None
    return bool(main and main.get("sg"))


def _plan(message: str, draft: dict | None, media: list[PlannerMedia], lang: Lang) -> PlanResult:
    def answer(key: str, understood: bool = True, **params: object) -> PlanResult:
        return PlanResult(None, say(lang, key, **params), [], understood=understood, edited=False, lang=lang)

    message_text = normalize(message)
    low = message_text.low.strip()
    if _UNDO.match(low):
        return PlanResult(None, say(lang, "undo"), [{"name": "undo", "args": {}}],
                          understood=True, edited=False, undo=True, lang=lang)
    if _HELP.match(low):
        return answer("help")
    if _STATUS.match(low):
        return answer("status", line=summary_line(draft)) if isinstance(draft, dict) else answer("status.empty")

    intents, free = parse(message_text)
    if not intents:
        return answer("not_understood", understood=False)
    if has_main_track(draft) and all(i.kind == "first_cut" and not i.args["strong"] for i in intents):
        return answer("has_timeline")
    has_main = has_main_track(draft)
    vis = visuals(media)
    first = not has_main or any(i.kind == "first_cut" and i.args["strong"] for i in intents)
    intents = [i for i in intents if i.kind != "first_cut"]
    if first and not vis:
        return answer("no_media")

    work = Work.from_draft(draft if draft is not None and has_main and not first else _empty(), media)
    if first:
        opts, rest = _first_cut_options(intents, free, len(vis), message_text.orig)
        build(work, opts)
    else:
        rest = intents
        quotes = [q for _, q in free]
        for it in rest:
            if it.kind == "captions_add" and quotes:
                it.args["texts"] = quotes
                break
    for it in _merge_formats(rest):
        args = dict(it.args)
        if it.kind == "title_text":
            args["request"] = message_text.orig
        try:
            OPS[it.kind](work, **args)
        except CannotApply as exc:
            work.failures.append(exc.msg)
    failures = list(dict.fromkeys(render(f, lang) for f in work.failures))
    if not work.calls:
        return PlanResult(None, join(failures, lang), [], understood=True, edited=False, lang=lang)

    relayout(work)
    try:
        validate(work.draft)
    except DraftError as exc:
        return answer("unsafe", error=str(exc))
    if not first and work.draft == draft:
        return answer("no_change")
    parts = [render(r, lang) for r in work.replies] + failures
    return PlanResult(work.draft, join(parts, lang), work.calls, understood=True, edited=True, lang=lang)


def plan(message: str, draft: dict | None, media: Sequence[PlannerMedia]) -> PlanResult:
    """Pure and deterministic: the input draft is never changed, and nothing is read or written."""
    lang: Lang = "en"
    try:
        lang = reply_language(message)
        items = [m for m in (media or []) if isinstance(m, PlannerMedia) and m.kind in ("image", "video", "audio")]
        return _plan(message, draft, items, lang)
    except Exception as exc:  # the engine must always get an answer, never a traceback
        return PlanResult(None, say(lang, "internal", error=type(exc).__name__), [], understood=False, edited=False,
                          lang=lang)
