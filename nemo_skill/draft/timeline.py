"""The one home of the timeline's structure: track types, roles, the default canvas and the accessors.

A draft is ``{"v", "d", "m", "t": [track, ...]}``; a track has a type ``tt`` and, for the tracks the
local engine makes, a ``role``. The planner, the engine and (after the render split) the renderer read
the draft through these names instead of comparing ``tt == 0`` or ``role == "main"`` by hand.
"""

from __future__ import annotations

from typing import Any, Final

# track types (``tt``), as the cloud's draft format numbers them
TT_VIDEO: Final = 0
TT_AUDIO: Final = 1
TT_TEXT: Final = 7

# roles the local engine gives its tracks
ROLE_MAIN: Final = "main"  # the video track of pictures and clips (tt 0); a tt 0 track without a role is main
ROLE_VOICE: Final = "voice"
ROLE_MUSIC: Final = "music"
ROLE_TITLE: Final = "title"
ROLE_CAPTION: Final = "caption"
ROLE_OVERLAY: Final = "overlay"  # a picture or clip placed over the video (tt 0): a logo, a sticker, picture-in-picture
AUDIO_ROLES: Final = (ROLE_VOICE, ROLE_MUSIC)
TEXT_ROLES: Final = (ROLE_TITLE, ROLE_CAPTION)

# segment kinds on the main track (``k``)
KIND_IMAGE: Final = "image"
KIND_VIDEO: Final = "video"
KIND_CARD: Final = "card"  # an end card the renderer draws (text, logo, background), not a source file

DEFAULT_CANVAS: Final[dict[str, int]] = {"width": 1920, "height": 1080, "fps": 30}

Track = dict[str, Any]
Segment = dict[str, Any]


def role_of(track: Track) -> str | None:
    """A track's role; a video track without one is the main track (drafts from before roles)."""
    role = track.get("role")
    if role is None and track.get("tt") == TT_VIDEO:
        return ROLE_MAIN
    return role if isinstance(role, str) else None


def tracks(draft: dict | None) -> list[Track]:
    if not isinstance(draft, dict) or not isinstance(draft.get("t"), list):
        return []
    return [t for t in draft["t"] if isinstance(t, dict)]


def is_main(track: Track) -> bool:
    return track.get("tt") == TT_VIDEO and role_of(track) == ROLE_MAIN


def main_track(draft: dict | None) -> Track | None:
    """The video track of pictures and clips, or None."""
    return next((t for t in tracks(draft) if is_main(t)), None)


def main_segments(draft: dict | None) -> list[Segment]:
    main = main_track(draft)
    return list(main.get("sg") or []) if main else []


def tracks_by_role(draft: dict | None, tt: int, role: str) -> list[Track]:
    return [t for t in tracks(draft) if t.get("tt") == tt and role_of(t) == role]


def audio_tracks(draft: dict | None, role: str | None = None) -> list[Track]:
    """Audio tracks (of one role when given)."""
    return [t for t in tracks(draft) if t.get("tt") == TT_AUDIO and (role is None or role_of(t) == role)]


def text_tracks(draft: dict | None, role: str | None = None) -> list[Track]:
    """Text tracks (of one role when given): the title, the captions, and any other text a draft holds."""
    return [t for t in tracks(draft) if t.get("tt") == TT_TEXT and (role is None or role_of(t) == role)]


def title_segment(draft: dict | None) -> Segment | None:
    return next((s for t in text_tracks(draft, ROLE_TITLE) for s in t.get("sg") or []), None)


def caption_segments(draft: dict | None) -> list[Segment]:
    return [s for t in text_tracks(draft, ROLE_CAPTION) for s in t.get("sg") or []]


def is_clip(seg: Segment) -> bool:
    return seg.get("k") == KIND_VIDEO


def is_image(seg: Segment) -> bool:
    return seg.get("k") == KIND_IMAGE


def is_card(seg: Segment) -> bool:
    return seg.get("k") == KIND_CARD


def empty_draft() -> dict:
    """A draft before any edit: valid, with the default canvas and no tracks."""
    return {"v": 1, "d": 0, "m": dict(DEFAULT_CANVAS), "t": []}


def end_ms(draft: dict) -> int:
    """The end of the last segment of any track."""
    return max((s["s"] + s["d"] for t in tracks(draft) for s in t.get("sg") or []), default=0)


def seconds(ms: float) -> str:
    """A time in seconds for people: 2500 -> '2.5', 3000 -> '3', 1234 -> '1.23'."""
    s = round(ms / 1000.0, 2)
    return f"{s:g}"
