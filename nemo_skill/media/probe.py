"""Probe a media file by its content (never its name): kind, size, duration, fps, audio, rotation.

Images go through Pillow (EXIF orientation included), everything else through PyAV, which decodes
the first frame so a file that merely looks like a video is still refused. Only the contract's
formats pass: mp4 mov avi webm mkv jpg png gif webp mp3 wav m4a aac.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from nemo_skill.render import MediaRef

SUPPORTED_FORMATS = "mp4, mov, avi, webm, mkv, jpg, png, gif, webp, mp3, wav, m4a, aac"

# Pillow format names we accept as still images (MPO: JPEG from phone cameras).
_IMAGE_FORMATS = {"JPEG": "jpeg", "PNG": "png", "WEBP": "webp", "MPO": "jpeg"}
# PyAV/FFmpeg demuxer names for the contract's container formats.
_AV_FORMATS = {"mov,mp4,m4a,3gp,3g2,mj2", "avi", "matroska,webm", "mp3", "wav", "aac", "gif"}
# EXIF orientation -> clockwise rotation needed to display upright (mirrored variants ignored).
_EXIF_ROTATION = {3: 180, 4: 180, 5: 90, 6: 90, 7: 270, 8: 270}
_MAX_PIXELS = 100_000_000  # larger than any camera; refuses decompression bombs


class UnsupportedMedia(ValueError):
    """Not a supported image, video or audio file; the message says why in one line."""


@dataclass(frozen=True)
class MediaInfo:
    kind: Literal["image", "video", "audio"]
    format: str
    width: int | None = None
    height: int | None = None
    duration: float | None = None  # seconds
    fps: float | None = None
    has_audio: bool = False
    rotation: int = 0  # degrees clockwise to display upright
    codec: str | None = None

    def to_ref(self, path: Path) -> MediaRef:
        from nemo_skill.render import MediaRef  # lazy: the renderer is optional for probing

        return MediaRef(path=Path(path), kind=self.kind, width=self.width, height=self.height,
                        duration=self.duration, fps=self.fps, has_audio=self.has_audio,
                        rotation=self.rotation)


def probe(path: Path) -> MediaInfo:
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise UnsupportedMedia("empty or missing file")
    info = _probe_image(path)
    if info is not None:
        return info
    return _probe_av(path)


def _probe_image(path: Path) -> MediaInfo | None:
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                fmt = img.format or ""
                if fmt == "GIF":
                    return None  # a GIF is a video: PyAV reads its frames and timing
                if fmt not in _IMAGE_FORMATS:
                    raise UnsupportedMedia(f"unsupported image format {fmt or 'unknown'}")
                w, h = img.size
                if w * h > _MAX_PIXELS:
                    raise UnsupportedMedia(f"image too large ({w}x{h})")
                orientation = img.getexif().get(0x0112, 1)
                img.load()  # decode fully: a truncated file is refused here, not in the renderer
    except UnidentifiedImageError:
        return None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise UnsupportedMedia("image too large") from None
    except (OSError, SyntaxError, ValueError) as exc:
        if isinstance(exc, UnsupportedMedia):
            raise
        raise UnsupportedMedia(f"damaged image: {exc}") from None
    rotation = _EXIF_ROTATION.get(int(orientation) if isinstance(orientation, int) else 1, 0)
    if rotation in (90, 270):
        w, h = h, w  # report the size as displayed
    return MediaInfo(kind="image", format=_IMAGE_FORMATS[fmt], width=w, height=h, rotation=rotation,
                     codec=_IMAGE_FORMATS[fmt])


def _probe_av(path: Path) -> MediaInfo:
    import av

    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.FFmpegError, OSError, ValueError, UnicodeDecodeError):
        raise UnsupportedMedia(f"not a supported image, video or audio file ({SUPPORTED_FORMATS})") from None
    try:
        fmt = container.format.name
        if fmt not in _AV_FORMATS:
            raise UnsupportedMedia(f"unsupported format {fmt} (supported: {SUPPORTED_FORMATS})")
        video = next((s for s in container.streams.video
                      if not (s.disposition & av.stream.Disposition.attached_pic)), None)
        audio = next(iter(container.streams.audio), None)
        if video is None and audio is None:
            raise UnsupportedMedia("no video or audio stream")
        duration = _duration(container, video or audio)
        if video is None:
            assert audio is not None
            _decode_one(container, audio)
            return MediaInfo(kind="audio", format=fmt, duration=duration, has_audio=True,
                             codec=audio.codec_context.name)
        frame = _decode_one(container, video)
        rate = video.average_rate or video.guessed_rate or video.base_rate
        fps = round(float(rate), 3) if rate else None
        rotation = int(round(getattr(frame, "rotation", 0) or 0)) % 360
        # FFmpeg reports the display matrix counter-clockwise; we say how far to turn clockwise.
        rotation = (360 - rotation) % 360 if rotation else 0
        w, h = video.codec_context.width, video.codec_context.height
        if rotation in (90, 270):
            w, h = h, w
        return MediaInfo(kind="video", format=fmt, width=w or None, height=h or None, duration=duration,
                         fps=fps, has_audio=audio is not None, rotation=rotation,
                         codec=video.codec_context.name)
    except UnsupportedMedia:
        raise
    except (av.FFmpegError, OSError, ValueError, StopIteration, ZeroDivisionError) as exc:
        raise UnsupportedMedia(f"damaged media file: {str(exc).splitlines()[0] if str(exc) else 'unreadable'}") from None
    finally:
        container.close()


def _duration(container, stream) -> float | None:  # type: ignore[no-untyped-def]
    if stream is not None and stream.duration and stream.time_base:
        return round(float(stream.duration * stream.time_base), 3)
    if container.duration:
        return round(container.duration / 1_000_000, 3)
    return None


def _decode_one(container, stream):  # type: ignore[no-untyped-def]
    """Decode the first frame of a stream: proves the content is really what the header claims."""
    for frame in container.decode(stream):
        return frame
    raise UnsupportedMedia(f"no decodable {stream.type} frames")
