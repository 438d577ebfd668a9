"""Pictures for people: a poster frame and a contact sheet (one frame per shot). The frames are the
ones FFmpeg encoded (it writes them beside the video during the render); ``frames_at`` reads them
back from a finished MP4 instead when those pictures are missing."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from . import text_images
from .compile import Shot


def frames_at(video: Path, times: Sequence[float]) -> dict[float, Image.Image]:
    """Decoded frames (RGB) at the given times in seconds (a time past the end is left out)."""
    import av

    wanted = sorted(set(times))
    found: dict[float, Image.Image] = {}
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        rate = float(stream.average_rate or 30)
        for t in wanted:
            container.seek(int(max(0.0, t - 0.5) / (stream.time_base or 1)), stream=stream, backward=True)
            last = None
            for frame in container.decode(stream):
                last = frame
                if frame.time is not None and frame.time >= t - 0.5 / rate:
                    break
            if last is not None:
                found[t] = last.to_image()
    return found


def pictures(files: Mapping[float, Path | None], video: Path) -> dict[float, Image.Image]:
    """The pictures FFmpeg wrote during the render (``files``: time -> picture file), RGB, by time;
    any missing or unreadable one is decoded from the finished ``video`` instead."""
    out: dict[float, Image.Image] = {}
    for t, path in files.items():
        if path is None:
            continue
        try:
            with Image.open(path) as img:
                out[t] = img.convert("RGB")
        except OSError:
            continue
    missing = [t for t in files if t not in out]
    if missing:
        out.update(frames_at(video, missing))
    return out


def poster_and_sheet(snaps: Callable[[], Mapping[float, Image.Image]], poster_time: float,
                     shots: Sequence[Shot], video: Path, title: str) -> tuple[Path | None, Path | None, str | None]:
    """(poster, contact sheet, warning) beside ``video``, from ``snaps()`` (the frames by time). The
    video is fine either way: pictures are a convenience, so a failure is a warning, not an error."""
    try:
        frames = snaps()
        made = poster(frames[poster_time], video.with_name(video.stem + ".poster.png"))
        contact = contact_sheet([frames[s.mid] for s in shots], shots, video.with_name(video.stem + ".sheet.png"),
                                title)
    except Exception as exc:
        return None, None, f"poster/contact sheet not made: {exc}"
    return made, contact, None


def _font(px: int) -> ImageFont.FreeTypeFont:
    path = text_images.latin_font(False)
    if path:
        return ImageFont.truetype(path, px)
    font = ImageFont.load_default(size=px)
    assert isinstance(font, ImageFont.FreeTypeFont)
    return font


def contact_sheet(frames: Sequence[Image.Image], shots: Sequence[Shot], out: Path, title: str) -> Path | None:
    """One labelled thumbnail per shot (``frames[i]`` shows ``shots[i]``), titled."""
    if not shots or not frames:
        return None
    tw, th = thumb_size(*frames[0].size)
    fw, fh = frames[0].size
    cols = min(len(frames), 5 if fw >= fh else 6)
    rows = math.ceil(len(frames) / cols)
    gap, label_h, head = 12, 28, 44
    sheet = Image.new("RGB", (cols * (tw + gap) + gap, head + rows * (th + label_h + gap) + gap), (24, 24, 28))
    draw = ImageDraw.Draw(sheet)
    draw.text((gap, 10), title, font=_font(22), fill=(240, 240, 240))
    small = _font(15)
    for i, (shot, frame) in enumerate(zip(shots, frames, strict=False)):
        x = gap + (i % cols) * (tw + gap)
        y = head + (i // cols) * (th + label_h + gap)
        sheet.paste(thumbnail(frame), (x, y))
        label = f"{i + 1}. {shot.name}"
        while small.getlength(label) > tw - 60 and len(label) > 4:
            label = label[:-2] + "…"
        draw.text((x, y + th + 5), label, font=small, fill=(220, 220, 220))
        stamp = f"{shot.start:.1f}s"
        draw.text((x + tw - small.getlength(stamp), y + th + 5), stamp, font=small, fill=(150, 150, 160))
    sheet.save(out)
    return out


THUMB_SIDE = 320   # a contact sheet picture's longer side, pixels


def thumb_size(width: int, height: int) -> tuple[int, int]:
    """A contact sheet picture's size for a frame of ``width`` x ``height`` (a thumbnail's own size
    maps to itself, so a sheet made from thumbnails is the sheet made from the frames)."""
    scale = THUMB_SIDE / max(width, height)
    return max(2, round(width * scale)), max(2, round(height * scale))


def thumbnail(frame: Image.Image) -> Image.Image:
    """``frame`` as a contact sheet shows it (a thumbnail is returned as it is, copied)."""
    # reducing_gap: a box-filter reduction first, then Lanczos: 4x faster, no visible difference
    return frame.resize(thumb_size(*frame.size), Image.Resampling.LANCZOS, reducing_gap=2.0)


def poster(frame: Image.Image, out: Path) -> Path:
    frame.save(out)
    return out
