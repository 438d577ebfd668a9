"""The text and overlays stage: everything laid over the main track, in draft order.

Overlay tracks (``tt`` 0, role ``overlay``) hold segments of one of the kinds in ``OVERLAY_KINDS``
(one declaration each: what it is, which segments it takes, how it is laid); text tracks hold cards
drawn by ``text_images.py`` and moved by the animations of ``animations.ANIMATIONS``. A picture overlay and
a text card are small RGBA PNGs looped by FFmpeg; nothing of them enters the graph as text.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from ..draft.timeline import ROLE_TITLE, TT_TEXT, TT_VIDEO, is_main
from . import animations, text_images
from .clip_chains import clip
from .graph import BT709, Graph
from .model import RenderError
from .picture_runs import pictures

# An RGBA PNG as a looped overlay stream, tagged BT.709 limited range like everything else.
_RGBA_IN = f"scale=out_color_matrix=bt709:out_range=tv,format=yuva420p,{BT709}"

DEFAULT_PLACE = {"pos": "top_right", "w": 0.15, "margin": 0.04, "opacity": 1.0}


def placed_box(g: Graph, place: dict, w: int, h: int) -> tuple[int, int]:
    """Top-left corner of a ``w`` x ``h`` overlay at ``place['pos']`` (nine points), ``margin``
    (a share of the frame width) from the frame's edges."""
    from nemo_skill.draft.styles import anchor

    cw, ch = g.size
    col, row = anchor(place.get("pos", DEFAULT_PLACE["pos"]))
    m = round(cw * place.get("margin", DEFAULT_PLACE["margin"]))
    x = m + (cw - 2 * m - w) * col
    y = m + (ch - 2 * m - h) * row
    return int(x) // 2 * 2, int(y) // 2 * 2


def overlay_width(g: Graph, place: dict) -> int:
    return max(2, round(g.size[0] * place.get("w", DEFAULT_PLACE["w"]) / 2) * 2)


def _cutaway(g: Graph, track: dict, seg: dict, k: int) -> None:
    """Full frame, at its own times (the overlay tracks of before placed overlays)."""
    s0, s1 = g.fr(seg["s"]), g.fr(seg["s"] + seg["d"])
    if not g.shows(s0, s1):
        return
    tag = f"b{g.layers}_{k}"
    where = f"t/{track['id']}/sg/{seg['id']}"
    if g.is_picture(seg, where):
        lab = pictures(g, [(seg, s1 - s0, 0)], track, tag)
    else:
        lab = clip(g, seg, track, s1 - s0, tag, s0)
    g.vchains.append(f"[{lab}]setpts=N+{s0}[{tag}t]")
    g.overlay(f"{tag}t", 0, 0, s0, s1)


def _picture(g: Graph, track: dict, seg: dict, k: int) -> None:
    """A picture (logo, sticker, product cut-out) with its alpha, at a share of the frame width."""
    s0, s1 = g.fr(seg["s"]), min(g.fr(seg["s"] + seg["d"]), g.total_frames)
    where = f"t/{track['id']}/sg/{seg['id']}"
    ref = g.ref_for(seg["mid"], where)
    place = {**DEFAULT_PLACE, **seg.get("place", {})}
    out = g.workdir / f"overlay-{g.layers}-{k}.png"
    w = overlay_width(g, place)
    h = prepare_picture(Path(ref.path), w, float(place["opacity"]), out, where)
    x, y = placed_box(g, place, w, h)
    if s1 <= s0 or not g.shows(s0, s1):
        return
    tag = f"p{g.layers}_{k}"
    idx = g.inputs.add(["-i", str(out)])
    g.vchains.append(f"[{idx}:v]{_RGBA_IN},loop=loop={s1 - s0 - 1}:size=1,settb=1/{g.fps},setpts=N+{s0}[{tag}]")
    g.overlay(tag, x, y, s0, s1)


def prepare_picture(src: Path, width: int, opacity: float, out: Path, where: str) -> int:
    """The picture scaled to ``width`` (even height), its alpha times ``opacity``, as an RGBA PNG;
    returns its height."""
    try:
        with Image.open(src) as im:
            img = ImageOps.exif_transpose(im).convert("RGBA")
    except OSError as exc:
        raise RenderError(f"{where}: the overlay is not a picture Pillow can read ({exc})") from exc
    h = max(2, round(img.height * width / img.width / 2) * 2)
    img = img.resize((width, h), Image.Resampling.LANCZOS)
    if opacity < 1.0:
        img.putalpha(img.getchannel("A").point(lambda v: round(v * opacity)))
    img.save(out, compress_level=1)
    return h


def _pip(g: Graph, track: dict, seg: dict, k: int) -> None:
    """A clip as picture-in-picture: its own aspect, a share of the frame width, optional opacity."""
    s0, s1 = g.fr(seg["s"]), min(g.fr(seg["s"] + seg["d"]), g.total_frames)
    where = f"t/{track['id']}/sg/{seg['id']}"
    ref = g.ref_for(seg["mid"], where)
    place = {**DEFAULT_PLACE, **seg.get("place", {})}
    w = overlay_width(g, place)
    sw, sh = ref.width or 16, ref.height or 9
    if ref.rotation in (90, 270):
        sw, sh = sh, sw
    h = max(2, round(w * sh / sw / 2) * 2)
    x, y = placed_box(g, place, w, h)
    if s1 <= s0 or not g.shows(s0, s1):
        return
    tag = f"q{g.layers}_{k}"
    lab = clip(g, {**seg, "fit": "cover"}, track, s1 - s0, tag, s0, size=(w, h))
    alpha = ""
    if place["opacity"] < 1.0:
        alpha = f"format=rgba,colorchannelmixer=aa={float(place['opacity']):.4f},"
    g.vchains.append(f"[{lab}]{alpha}setpts=N+{s0}[{tag}t]")
    g.overlay(f"{tag}t", x, y, s0, s1)


@dataclass(frozen=True)
class OverlayKind:
    doc: str
    takes: Callable[[dict, bool], bool]  # (segment, its media is a picture) -> this kind lays it
    lay: Callable[[Graph, dict, dict, int], None]  # (graph, track, segment, index in the track)


# Checked in order: the first kind that takes a segment lays it.
OVERLAY_KINDS: dict[str, OverlayKind] = {
    "picture": OverlayKind("a picture with alpha placed by `place` (logo, sticker, cut-out)",
                           lambda seg, picture: "place" in seg and picture, _picture),
    "pip": OverlayKind("a clip placed by `place`: picture-in-picture",
                       lambda seg, picture: "place" in seg and not picture, _pip),
    "cutaway": OverlayKind("a picture or clip over the whole frame (no `place`)",
                           lambda seg, picture: "place" not in seg, _cutaway),
}


def kind_of(seg: dict, picture: bool) -> str:
    return next(name for name, kind in OVERLAY_KINDS.items() if kind.takes(seg, picture))


def overlay_tracks(g: Graph) -> None:
    """Every segment of every overlay video track, over the base."""
    for track in g.draft["t"]:
        if track["tt"] != TT_VIDEO or is_main(track):
            continue
        for k, seg in enumerate(track["sg"]):
            picture = g.is_picture(seg, f"t/{track['id']}/sg/{seg['id']}")
            OVERLAY_KINDS[kind_of(seg, picture)].lay(g, track, seg, k)


# ---- text ------------------------------------------------------------------------------------------

def _anim(style: dict, side: str, seg_ms: int) -> tuple[animations.Animation, float]:
    """(animation, length in seconds) of a card's entrance (``in``) or exit (``out``). Without
    ``anim`` a card fades over ``fi`` / ``fo`` (250 ms), as before animations."""
    spec = (style.get("anim") or {}).get(side)
    if spec is None:
        ms = style.get("fi" if side == "in" else "fo", animations.DEFAULT_LENGTH_MS)
        name = "fade"
    else:
        name, ms = spec["type"], spec.get("d", animations.DEFAULT_LENGTH_MS)
    return animations.ANIMATIONS[name], min(ms, seg_ms // 2) / 1000


def _typewriter_frames(g: Graph, lay: text_images.CardLayout, tag: str, n: int, s0: int,
                       a_in: tuple[animations.Animation, float], a_out: tuple[animations.Animation, float],
                       ) -> list[str]:
    """Input arguments of an image sequence of the card, one file per frame (links to one drawing per
    typewriter step), so each frame shows exactly its letters or words."""
    fps = g.fps
    joined = "\n".join(lay.lines)
    folder = g.workdir / f"tw-{tag}"
    folder.mkdir(parents=True, exist_ok=True)
    drawn: dict[int | None, Path] = {}

    def drawing(visible: int | None) -> Path:
        if visible not in drawn:
            path = folder / f"step-{len(drawn):04d}.png"
            text_images.draw_card(lay, path, visible)
            drawn[visible] = path
        return drawn[visible]

    def visible_at(k: int) -> int | None:
        for (anim, length), entering in ((a_in, True), (a_out, False)):
            if not anim.reveal or length <= 0:
                continue
            frames = max(1, round(length * fps))
            i = k if entering else n - 1 - k
            if i < frames:
                counts = animations.steps(joined, anim.reveal)
                return counts[min(len(counts) - 1, i * len(counts) // frames)]
        return None

    for k in range(n):
        link = folder / f"f-{k:05d}.png"
        target = drawing(visible_at(k))
        try:
            os.symlink(target.name, link)
        except OSError:
            shutil.copyfile(target, link)
    return ["-f", "image2", "-framerate", str(fps), "-start_number", "0", "-i", str(folder / "f-%05d.png")]


@dataclass(frozen=True)
class Move:
    """One side of a card's animation: what it does, over how long, from when."""

    anim: animations.Animation
    length: float  # seconds
    t0: float  # seconds, when it starts
    entering: bool

    def terms(self, attr: str) -> list[str]:
        """The animation's ``attr`` over time; an exit's offsets mirrored (``animations`` says why)."""
        expr = getattr(self.anim, attr)
        if not expr or self.length <= 0:
            return []
        expr = expr.replace("E", animations.progress(self.t0, self.length, self.entering))
        return [expr if self.entering or attr not in ("dx", "dy") else f"(-{expr})"]


def motion(lay: text_images.CardLayout, moves: list[Move]) -> tuple[str, int | str, int | str]:
    """(filters after the alpha fades, overlay x, overlay y) for a card's pop, slides: a ``scale``
    evaluated per frame about the card's centre, offsets as overlay expressions; plain numbers
    when it does not move."""
    scale = [t for m in moves for t in m.terms("scale")]
    dx = [t for m in moves for t in m.terms("dx")]
    dy = [t for m in moves for t in m.terms("dy")]
    filters = ""
    x: int | str = lay.x
    y: int | str = lay.y
    if scale:
        f = "*".join(scale)
        filters = f",scale=w='max(2,trunc(iw*{f}/2)*2)':h='max(2,trunc(ih*{f}/2)*2)':eval=frame"
    if scale or dx:
        x = "+".join([str(lay.x), *dx, *([f"({lay.w}-overlay_w)/2"] if scale else [])])
    if scale or dy:
        y = "+".join([str(lay.y), *dy, *([f"({lay.h}-overlay_h)/2"] if scale else [])])
    return filters, x, y


def text_card(g: Graph, track: dict, k: int, seg: dict) -> None:
    """One text card: drawn by Pillow (or one drawing per typewriter step), looped, animated in
    and out, laid over the base."""
    fps = g.fps
    role = track.get("role", "caption")
    style = seg.get("style", {})
    tag = f"x{track['id']}_{k}".replace("-", "_")
    tag = "".join(c if c.isalnum() or c == "_" else "_" for c in tag)
    path = g.workdir / f"text-{len(g.vchains)}.png"
    lay = text_images.layout_card(seg["text"], style, role, g.size)
    a_in, a_out = _anim(style, "in", seg["d"]), _anim(style, "out", seg["d"])
    typewriter = bool(a_in[0].reveal or a_out[0].reveal)
    g.warn(lay.warning)
    s0, s1 = g.fr(seg["s"]), min(g.fr(seg["s"] + seg["d"]), g.total_frames)
    if s1 <= s0:
        return
    if role == ROLE_TITLE and g.title_time is None:
        g.title_time = (s0 / fps + a_in[1] + s1 / fps - a_out[1]) / 2
    if not g.shows(s0, s1):
        return
    # drawn only when shown: a part of a chunked render drew every card of the video (20 captions of a
    # 5-minute promo: 0.43 s of a part's 0.6-s start-up, x 11 parts; and again in the engine's join)
    if not typewriter:
        text_images.draw_card(lay, path)
    n = s1 - s0
    if typewriter:
        idx = g.inputs.add(_typewriter_frames(g, lay, tag, n, s0, a_in, a_out))
        chain = f"[{idx}:v]{_RGBA_IN},settb=1/{fps},setpts=N+{s0}"
    else:
        idx = g.inputs.add(["-i", str(path)])
        chain = f"[{idx}:v]{_RGBA_IN},loop=loop={n - 1}:size=1,settb=1/{fps},setpts=N+{s0}"
    (anim_in, fi), (anim_out, fo) = a_in, a_out
    if anim_in.fade and fi > 0:
        chain += f",fade=t=in:st={s0 / fps:.6f}:d={fi:.6f}:alpha=1"
    if anim_out.fade and fo > 0:
        chain += f",fade=t=out:st={s1 / fps - fo:.6f}:d={fo:.6f}:alpha=1"
    moved, x, y = motion(lay, [Move(anim_in, fi, s0 / fps, True), Move(anim_out, fo, s1 / fps - fo, False)])
    g.vchains.append(f"{chain}{moved}[{tag}]")
    g.overlay(tag, x, y, s0, s1)


def text_tracks(g: Graph) -> None:
    """Every text card of every text track, in draft order."""
    for track in g.draft["t"]:
        if track["tt"] == TT_TEXT:
            for k, seg in enumerate(track["sg"]):
                text_card(g, track, k, seg)
