"""What a batch of edits did that nobody asked for, said in the reply (issue 11: "side effects are said").

The re-layout after an edit keeps the timeline whole, and some of that is a loss a person would want to
hear of: a logo placed at fixed times (``promo.fit_overlays``) is cut at a new, earlier end of the video,
or goes when nothing of it is left. "make it 15 seconds" after "the logo from 20 s to 28 s" said only
"Length set to 15 s."; the logo had gone. Here the old and new drafts are compared, so the sentence is
true to the difference whatever edit caused it; an edit that changed the overlays itself says so already.
"""

from __future__ import annotations

from collections.abc import Mapping

from ...draft.timeline import ROLE_OVERLAY, TT_VIDEO, role_of, tracks
from .messages import CATALOGUE, Msg, msg, sec
from .types import PlannerMedia

SENTENCES = {
    "consequence.overlay_gone": (
        "{name} (from {s} s to {e} s) was past the new end of the video, so it was removed.",
        "{name}（{s}–{e} 秒）超出了视频新的结尾，已被移除。",
    ),
    "consequence.overlay_cut": (
        "{name} now ends at {e} s, with the video (it ran to {old} s).",
        "{name}现在随视频在 {e} 秒结束（原来到 {old} 秒）。",
    ),
}
for _key, (_en, _zh) in SENTENCES.items():
    CATALOGUE.setdefault(_key, {"en": _en, "zh": _zh})


def _placed(draft: dict | None) -> dict[str, dict]:
    """The draft's placed overlays (a logo, a sticker, a picture-in-picture) by segment id."""
    return {str(s.get("id")): s for t in tracks(draft) if t.get("tt") == TT_VIDEO and role_of(t) == ROLE_OVERLAY
            for s in t.get("sg") or [] if "place" in s}


def overlays_lost(old: dict | None, new: dict, media: Mapping[str, PlannerMedia]) -> list[Msg]:
    """Sentences for the fixed-time overlays of ``old`` that ``new`` cut short or dropped."""
    before, after = _placed(old), _placed(new)
    out: list[Msg] = []
    for sid, seg in before.items():
        if seg.get("span") in ("all", "last"):
            continue  # one that runs to the end, or sits in the last seconds, follows the end: nothing lost
        m = media.get(str(seg.get("mid")))
        name = m.filename if m else str(seg.get("name") or "the overlay")
        s, e = int(seg["s"]), int(seg["s"]) + int(seg["d"])
        kept = after.get(sid)
        if kept is None:
            out.append(msg("consequence.overlay_gone", name=name, s=sec(s), e=sec(e)))
        elif int(kept["s"]) + int(kept["d"]) < e and kept.get("mid") == seg.get("mid"):
            out.append(msg("consequence.overlay_cut", name=name, e=sec(int(kept["s"]) + int(kept["d"])), old=sec(e)))
    return out
