"""End cards: a closing picture with the call to action, drawn here and played like any picture.

A card segment (``k: "card"``) sits on the main track, so it joins the pictures' run (its fade in
is blended like any crossfade) and its frames are one held still: the background (a brand colour,
or the previous shot's last frame blurred and darkened), the logo, the call to action and a line
under it (a web address), stacked and centred in the safe area.
"""

from __future__ import annotations

import subprocess
import tempfile
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageFilter, ImageOps

from ..draft.timeline import is_card, main_track
from . import slides, text_images, visuals
from .graph import Graph
from .model import RenderError


def _previous_frame(g: Graph, seg: dict, where: str) -> Image.Image | None:
    """The last frame of the main-track segment before ``seg``, roughly (a picture as fitted, a
    clip's frame at its end), or None when there is none."""
    main = main_track(g.draft)
    if main is None:
        return None
    segs = main["sg"]
    k = next((i for i, s in enumerate(segs) if s is seg or s["id"] == seg["id"]), 0)
    prev = segs[k - 1] if k > 0 else None
    if prev is None or is_card(prev):
        return None
    ref = g.ref_for(prev["mid"], where)
    if ref.kind == "image":
        return visuals.fit_still(Path(ref.path), g.size, prev.get("fit") or g.meta.get("fit", "cover"), g.bg)
    speed = float(prev.get("speed", 1.0))
    at = prev.get("in", 0) / 1000 + max(0.0, prev["d"] / 1000 * speed - 0.1)
    if ref.duration:
        at = min(at, max(0.0, ref.duration - 0.1))
    out = subprocess.run([g.exe, "-hide_banner", "-loglevel", "error", "-ss", f"{at:.3f}", "-i", str(ref.path),
                          "-frames:v", "1", "-f", "image2pipe", "-c:v", "png", "-"], capture_output=True, timeout=60)
    if out.returncode != 0 or not out.stdout:
        return None
    with Image.open(BytesIO(out.stdout)) as im:
        return ImageOps.fit(im.convert("RGB"), g.size, Image.Resampling.BILINEAR)


def background(g: Graph, seg: dict, where: str) -> Image.Image:
    brand = g.meta.get("brand") or {}
    bg = seg.get("bg") or brand.get("color") or g.bg_hex
    if bg == "blur":
        frame = _previous_frame(g, seg, where)
        if frame is not None:
            w, h = g.size
            small = frame.resize((max(8, w // 12), max(8, h // 12)), Image.Resampling.BILINEAR)
            blurred = small.filter(ImageFilter.GaussianBlur(3)).resize(g.size, Image.Resampling.BILINEAR)
            return Image.blend(blurred, Image.new("RGB", g.size, (0, 0, 0)), 0.4)
        bg = g.bg_hex
    return Image.new("RGB", g.size, visuals.hex_rgb(bg))


def card_image(g: Graph, seg: dict, where: str) -> Image.Image:
    """The whole card as an RGB picture the size of the canvas."""
    brand = g.meta.get("brand") or {}
    img = background(g, seg, where).convert("RGBA")
    cw, ch = g.size
    safe = text_images.safe_area(cw, ch)
    pieces: list[Image.Image] = []
    logo = seg.get("logo") or brand.get("logo")
    if logo:
        ref = g.ref_for(logo, f"{where}/logo")
        try:
            with Image.open(ref.path) as im:
                pic = ImageOps.exif_transpose(im).convert("RGBA")
        except OSError as exc:
            raise RenderError(f"{where}: the logo is not a picture Pillow can read ({exc})") from exc
        scale = min(safe.width * 0.4 / pic.width, ch * 0.2 / pic.height)
        pieces.append(pic.resize((max(1, round(pic.width * scale)), max(1, round(pic.height * scale))),
                                 Image.Resampling.LANCZOS))
    colour = seg.get("color") or brand.get("accent") or "#ffffff"
    font = seg.get("font") or brand.get("font")
    with tempfile.TemporaryDirectory(dir=g.workdir) as tmp:
        for words, size in ((seg["text"], "xl"), (seg.get("sub"), "m")):
            if not words:
                continue
            style = {"pos": "center", "size": size, "color": colour, "bold": size == "xl", "shadow": False}
            if font:
                style["font"] = font
            lay = text_images.layout_card(words, style, "title", g.size)
            g.warn(lay.warning)
            path = Path(tmp) / f"card-{len(pieces)}.png"
            text_images.draw_card(lay, path)
            with Image.open(path) as im:
                pieces.append(im.convert("RGBA"))
    gap = round(ch * 0.03)
    total = sum(p.height for p in pieces) + gap * (len(pieces) - 1)
    y = safe.top + (safe.height - total) // 2
    for p in pieces:
        img.alpha_composite(p, (safe.left + (safe.width - p.width) // 2, max(0, y)))
        y += p.height + gap
    return img.convert("RGB")


def card_frames(g: Graph, seg: dict, n: int, where: str) -> slides.PictureFrames:
    """The card's frames: its picture, held."""
    frames = slides.HeldFrames(n)
    frames.set_still(visuals.yuv420(card_image(g, seg, where)))
    return frames
