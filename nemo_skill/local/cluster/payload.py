"""The task payload: what the engine puts on the broker for one part of one render (JSON, versioned).

One render is one or more **parts**: a render not longer than ``NEMO_RENDER_CHUNK_S`` is one part
(``kind="whole"``, frames ``[0, total)``): the worker renders video and sound into the final MP4. A
longer one is ``kind="video"`` parts (a frame range rendered video only, cut by
``nemo_skill.render.chunks.plan_chunks``) and one ``kind="audio"`` part mixing the whole sound once;
the engine joins them by stream copy when the last is in (remote.py).

No file bytes and no bearer token: inputs are URLs signed for this task, with their content hash so
each worker caches them; the result goes back through the signed ``output`` URL.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

VERSION = 1
# "whole": video and sound into the final MP4; a chunked render (a draft longer than
# NEMO_RENDER_CHUNK_S) is "video" parts (a frame range, no sound) and one "audio" part (the mix,
# once for the whole video), joined by the engine
KINDS = ("whole", "video", "audio")


@dataclass(frozen=True)
class Input:
    url: str                # signed, relative to the engine's URL
    sha256: str             # the worker's cache key
    size: int
    name: str               # the stored file name (keeps its extension for the decoders)
    kind: str               # image | video | audio
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    fps: float | None = None
    has_audio: bool = False
    rotation: int = 0


@dataclass(frozen=True)
class Part:
    index: int              # 0 .. count-1
    count: int
    kind: str               # see KINDS
    frame_start: int        # [start, end) in output frames at ``fps``
    frame_end: int
    fps: int

    @property
    def label(self) -> str:
        return f"frames {self.frame_start}-{self.frame_end} of part {self.index + 1}/{self.count} ({self.kind})"


@dataclass(frozen=True)
class Task:
    task_id: str            # one attempt of one part: every signed URL names it
    render_id: str
    attempt: int
    part: Part
    quality: str
    draft: dict
    inputs: dict[str, Input]
    control: str            # POST {"event": "claim" | "beat" | "done" | "fail", ...}
    output: str             # PUT ...&name=video|poster|sheet (raw bytes)
    expires_at: float
    heartbeat_s: float
    v: int = VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Task:
        if not isinstance(data, dict) or data.get("v") != VERSION:
            raise ValueError(f"unsupported task payload version {data.get('v') if isinstance(data, dict) else None!r}")
        part = Part(**_known(Part, data["part"]))
        if part.kind not in KINDS:
            raise ValueError(f"this worker cannot render parts of kind {part.kind!r}: upgrade it")
        inputs = {mid: Input(**_known(Input, spec)) for mid, spec in data["inputs"].items()}
        rest = {k: v for k, v in _known(cls, data).items() if k not in ("part", "inputs")}
        return cls(part=part, inputs=inputs, **rest)


def _known(kind: Any, data: dict[str, Any]) -> dict[str, Any]:
    """Fields this version knows: a newer engine may add optional ones without breaking older workers."""
    names = {f.name for f in fields(kind)}
    return {k: v for k, v in data.items() if k in names}


def total_frames(draft: dict) -> int:
    fps = int(draft.get("m", {}).get("fps") or 30)
    return round(int(draft.get("d", 0)) / 1000 * fps)
