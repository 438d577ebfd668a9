"""Pictures and clips brought to the canvas: fit (cover/contain), EXIF rotation, Ken Burns plans.

Stills are decoded, rotated and scaled ONCE here with Pillow and converted to yuv420p once; the
frames are then made from that one picture (``motion.py``, ``slides.py``). Decoding a 12 MP JPEG per
output frame is what makes naive slideshows 5-8x slower (see docs/research).

Ken Burns zooms are resampled per frame at sub-pixel positions (``motion.GlideFrames``), so slow
zooms glide instead of stepping by whole pixels the way ``zoompan`` does. Pans need no resampling at
all when the picture moves a whole number of pixels per frame: the still is prescaled once to the
canvas plus the travel and a canvas-sized window moves by a constant integer step (see
``pan_plan``); a pan too long for that is resampled like a zoom.
Directions name where the picture moves on screen: ``left`` slides the picture to the left (the view
travels right), ``in`` zooms in, ``out`` zooms out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFilter, ImageOps

KB_ZOOM = 1.12  # how far Ken Burns zooms (12 %): visible, never soft enough to notice
KB_MOTIONS = ("in", "out", "left", "right", "up", "down")
KB_PANS = ("left", "right", "up", "down")
KB_PAN_MAX_ZOOM = 1.25  # a crop pan enlarges the still by (canvas + travel) / canvas; above: resampled


def hex_rgb(colour: str) -> tuple[int, int, int]:
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def _open_upright(path: Path, need: tuple[int, int]) -> Image.Image:
    """Open, let JPEG decode at a reduced scale when that still covers ``need``, apply EXIF rotation."""
    img: Image.Image = Image.open(path)
    if img.format == "JPEG":
        orientation = img.getexif().get(0x0112, 1)
        w, h = img.size
        if orientation in (5, 6, 7, 8):
            w, h = h, w
        scale = max(need[0] / w, need[1] / h)
        want = (int(img.size[0] * scale) + 1, int(img.size[1] * scale) + 1)
        img.draft("RGB", want)  # DCT-domain downscale: a 12 MP photo decodes 4-8x faster
    img = ImageOps.exif_transpose(img)
    return img


def _flatten(img: Image.Image, bg: tuple[int, int, int]) -> Image.Image:
    """RGB, with any transparency composited over the canvas colour."""
    if img.mode == "P" and "transparency" in img.info:
        img = img.convert("RGBA")
    if img.mode in ("RGBA", "LA", "PA"):
        rgba = img.convert("RGBA")
        base = Image.new("RGB", rgba.size, bg)
        base.paste(rgba, mask=rgba.getchannel("A"))
        return base
    return img.convert("RGB")


def _cover(img: Image.Image, size: tuple[int, int]) -> Image.Image:
    return ImageOps.fit(img, size, Image.Resampling.LANCZOS, centering=(0.5, 0.5))


def fit_still(src: Path, size: tuple[int, int], fit: str, bg: tuple[int, int, int]) -> Image.Image:
    """The picture at exactly ``size``: cropped to fill (cover) or whole over a blurred copy (contain)."""
    w, h = size
    img = _open_upright(src, size)
    img = _flatten(img, bg)
    same_aspect = abs(img.width / img.height - w / h) < 0.01
    if fit == "cover" or same_aspect:
        return _cover(img, size)
    # contain: a blurred, darkened cover copy behind the whole picture (no black bars)
    small = _cover(img, (max(8, w // 16), max(8, h // 16)))
    small = small.filter(ImageFilter.GaussianBlur(2.5))
    back = small.resize(size, Image.Resampling.BILINEAR)
    back = Image.blend(back, Image.new("RGB", size, (0, 0, 0)), 0.25)
    scale = min(w / img.width, h / img.height)
    fw, fh = max(1, round(img.width * scale)), max(1, round(img.height * scale))
    front = img.resize((fw, fh), Image.Resampling.LANCZOS)
    back.paste(front, ((w - fw) // 2, (h - fh) // 2))
    return back


@dataclass(frozen=True)
class Pan:
    """A whole-pixel pan: the still prescaled to ``still`` and a canvas-sized crop window moving
    ``speed`` px per frame over ``travel`` px along one axis.

    With an odd speed the window sits on odd positions every other frame, where 4:2:0 chroma (one
    sample per 2x2 pixels) cannot follow. The written frame then holds the still twice: as is, and
    shifted by one pixel along the pan axis (stacked across the other axis). An odd position x is
    cropped at the even x-1 from the shifted copy, so luma and chroma both land exactly.
    """

    motion: str
    speed: int  # px per frame (>= 1)
    travel: int  # (frames - 1) * speed
    still: tuple[int, int]  # the prescaled picture (even sizes)
    phases: bool  # the frame holds the shifted copy too (odd speed)

    @property
    def horizontal(self) -> bool:
        return self.motion in ("left", "right")

    @property
    def frame(self) -> tuple[int, int]:
        """Size of the raw frame written for FFmpeg."""
        w, h = self.still
        if not self.phases:
            return w, h
        return (w, 2 * h) if self.horizontal else (2 * w, h)


def _even_up(v: float) -> int:
    return int(-(-v // 2) * 2)


def pan_plan(motion: str, frames: int, size: tuple[int, int]) -> Pan | None:
    """The crop pan for ``frames`` frames on a ``size`` canvas, or None when it must be resampled
    (not a pan, or a travel of at least 1 px per frame would enlarge the still past KB_PAN_MAX_ZOOM).

    The speed is the whole number of px per frame closest to a resampled pan's travel (KB_ZOOM - 1 of
    the canvas over the segment), at least 1."""
    if motion not in KB_PANS or frames < 2:
        return None
    w, h = size
    along = w if motion in ("left", "right") else h
    speed = max(1, round((KB_ZOOM - 1) * along / (frames - 1)))
    travel = (frames - 1) * speed
    zoom = (along + travel) / along
    if zoom > KB_PAN_MAX_ZOOM:
        return None
    if motion in ("left", "right"):
        still = (_even_up(w + travel), _even_up(h * zoom))
    else:
        still = (_even_up(w * zoom), _even_up(h + travel))
    return Pan(motion, speed, travel, still, speed % 2 == 1)


def pan_frame(img: Image.Image, pan: Pan) -> Image.Image:
    """The prescaled still as ``motion.CropFrames`` crops it: with its one-pixel-shifted copy when needed."""
    if not pan.phases:
        return img
    w, h = img.size
    out = Image.new("RGB", pan.frame)
    out.paste(img, (0, 0))
    if pan.horizontal:  # below: shifted left by one column (the last column repeats)
        out.paste(img.crop((1, 0, w, h)), (0, h))
        out.paste(img.crop((w - 1, 0, w, h)), (w - 1, h))
    else:  # to the right: shifted up by one row
        out.paste(img.crop((0, 1, w, h)), (w, 0))
        out.paste(img.crop((0, h - 1, w, h)), (w, h - 1))
    return out


def clip_fit(size: tuple[int, int], fit: str, fps: int, tag: str) -> str:
    """Filters taking a decoded clip (any fps, size, range) to canvas frames at ``fps``, yuv420p tv range."""
    w, h = size
    conform = f"setpts=PTS-STARTPTS,fps={fps}"
    tv = "out_color_matrix=bt709:out_range=tv"
    if fit == "cover":
        return (f"{conform},scale={w}:{h}:force_original_aspect_ratio=increase:{tv},"
                f"crop={w}:{h},setsar=1,format=yuv420p")
    bw, bh = max(16, w // 8) // 2 * 2, max(16, h // 8) // 2 * 2
    # contain: blur a small cover copy (cheap), scale it back up, the whole clip on top
    return (f"{conform},format=yuv420p,split[{tag}a][{tag}b];"
            f"[{tag}a]scale={bw}:{bh}:force_original_aspect_ratio=increase,crop={bw}:{bh},boxblur=4:2,"
            f"scale={w}:{h}:{tv},format=yuv420p[{tag}bg];"
            f"[{tag}b]scale={w}:{h}:force_original_aspect_ratio=decrease:force_divisible_by=2:{tv},"
            f"format=yuv420p[{tag}fg];[{tag}bg][{tag}fg]overlay=(W-w)/2:(H-h)/2:format=yuv420,setsar=1")


# BT.709 limited range as Pillow "L" conversion matrices over R'G'B' in 0..255: Y' = 16 + 219·E'y,
# Cb = 128 + 224·(B' - E'y)/1.8556, Cr = 128 + 224·(R' - E'y)/1.5748.
_KR, _KB = 0.2126, 0.0722
_KG = 1 - _KR - _KB
_Y = (219 / 255 * _KR, 219 / 255 * _KG, 219 / 255 * _KB, 16.0)
_CB = tuple(224 / 255 / 1.8556 * c for c in (-_KR, -_KG, 1 - _KB)) + (128.0,)
_CR = tuple(224 / 255 / 1.5748 * c for c in (1 - _KR, -_KG, -_KB)) + (128.0,)


def yuv420(img: Image.Image) -> bytes:
    """The picture as raw yuv420p, BT.709 limited range; chroma from 2x2 averages (centre-sited, like
    swscale's default for 4:2:0 from RGB). Pillow does it in C: ~10 ms for a 1080p frame."""
    rgb = img.convert("RGB")
    w, h = rgb.size
    half = rgb.reduce(2) if w % 2 == 0 and h % 2 == 0 else rgb.resize((w // 2, h // 2), Image.Resampling.BOX)
    return (rgb.convert("L", _Y).tobytes() + half.convert("L", _CB).tobytes()
            + half.convert("L", _CR).tobytes())
