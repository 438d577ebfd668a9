"""The renderer's public value types (fixed in docs/architecture.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal


class RenderError(RuntimeError):
    """A render failed; ``str(err)`` is one line a person can read."""


@dataclass(frozen=True)
class MediaRef:
    path: Path
    kind: Literal["image", "video", "audio"]  # a GIF is "video"
    width: int | None = None
    height: int | None = None
    duration: float | None = None  # seconds
    fps: float | None = None
    has_audio: bool = False
    rotation: int = 0  # degrees, from container side data / EXIF


@dataclass
class RenderResult:
    path: Path
    duration: float  # seconds
    size: int  # bytes
    poster: Path | None = None
    sheet: Path | None = None
    warnings: list[str] = field(default_factory=list)
