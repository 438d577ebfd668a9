"""The canvas: format (size and aspect), frame rate and how pictures fit the frame."""

from __future__ import annotations

from dataclasses import dataclass

from ..messages import msg
from ..registry import DocRow, Edit, Template, register, rule
from ..work import CannotApply, Work

ASPECTS = {"16:9": (16, 9), "9:16": (9, 16), "1:1": (1, 1), "4:5": (4, 5)}


def _even(v: float) -> int:
    return max(64, int(round(v / 2.0)) * 2)


@dataclass(frozen=True)
class FormatArgs:
    aspect: str | None = None
    short: int | None = None
    width: int | None = None
    height: int | None = None


def apply_format(work: Work, args: FormatArgs) -> None:
    aspect, short, width, height = args.aspect, args.short, args.width, args.height
    m = work.draft["m"]
    w: float
    h: float
    if width and height:
        w, h = _even(width), _even(height)
        if max(w, h) > 3840 or min(w, h) < 64:
            raise CannotApply(msg("format.range", width=width, height=height))
        match = next((a for a, (x, y) in ASPECTS.items() if abs(w / h - x / y) < 0.01), None)
    else:
        cur_w, cur_h = int(m["width"]), int(m["height"])
        cur_aspect = m.get("aspect") or next(
            (a for a, (x, y) in ASPECTS.items() if abs(cur_w / cur_h - x / y) < 0.01), None)
        match = aspect or cur_aspect
        side = short or min(cur_w, cur_h)
        if match:
            x, y = ASPECTS[match]
            w, h = (side * x / y, side) if x >= y else (side, side * y / x)
        else:
            scale = side / min(cur_w, cur_h)
            w, h = cur_w * scale, cur_h * scale
        big = max(w, h)
        if big > 3840:
            w, h = w * 3840 / big, h * 3840 / big
    wi, hi = _even(w), _even(h)
    m["width"], m["height"] = wi, hi
    if match:
        m["aspect"] = match
    else:
        m.pop("aspect", None)
    work.done(msg("format.set_aspect", w=wi, h=hi, aspect=match) if match else msg("format.set", w=wi, h=hi),
              "set_format", width=wi, height=hi, aspect=match)


@dataclass(frozen=True)
class FpsArgs:
    fps: float


def apply_fps(work: Work, args: FpsArgs) -> None:
    fps, = args.fps,
    if fps not in (24, 25, 30, 60):
        raise CannotApply(msg("fps.bad", fps=f"{fps:g}"))
    work.draft["m"]["fps"] = int(fps)
    work.done(msg("fps.set", fps=int(fps)), "set_fps", fps=int(fps))


@dataclass(frozen=True)
class FitArgs:
    mode: str


def apply_fit(work: Work, args: FitArgs) -> None:
    mode, = args.mode,
    work.draft["m"]["fit"] = mode
    for seg in work.visual_segments():
        seg["fit"] = mode
    work.done(msg("fit.cover" if mode == "cover" else "fit.contain"), "set_fit", fit=mode)


S_FORMAT: dict[str, tuple[Template, Template]] = {
    "format.range": (
        "{width}x{height} is out of range: each side must be 64 to 3840 pixels.",
        "{width}x{height} 超出范围：每边须在 64 到 3840 像素之间。",
    ),
    "format.set": (
        "Format set to {w}x{h}.",
        "画面尺寸已设为 {w}x{h}。",
    ),
    "format.set_aspect": (
        "Format set to {w}x{h} ({aspect}).",
        "画面尺寸已设为 {w}x{h}（{aspect}）。",
    ),
}


S_FPS: dict[str, tuple[Template, Template]] = {
    "fps.bad": (
        "{fps} fps is not available: choose 24, 25, 30 or 60.",
        "不支持 {fps} fps：请选择 24、25、30 或 60。",
    ),
    "fps.set": (
        "Frame rate set to {fps} fps.",
        "帧率已设为 {fps} fps。",
    ),
}


S_FIT: dict[str, tuple[Template, Template]] = {
    "fit.cover": (
        "Pictures and clips now fill the frame (cropped).",
        "图片和视频现在铺满画面（会裁剪）。",
    ),
    "fit.contain": (
        "Pictures and clips now fit inside the frame (no cropping).",
        "图片和视频现在完整显示在画面内（不裁剪）。",
    ),
}


FORMAT = register(Edit(
    kind="format",
    args=FormatArgs,
    apply=apply_format,
    calls=('set_format',),
    sentences=S_FORMAT,
    examples=('make it vertical', 'make it square', '改成竖屏'),
    topics=('format',),
    doc=DocRow('format',
               '`m.width`/`m.height`/`m.aspect`: 16:9 1920x1080, 9:16 1080x1920, 1:1 1080x1080, 4:5 1080x1350; `720p` keeps the aspect (1280x720, or 720x1280 vertical); aspect and resolution in one message combine',
               '画面尺寸'),
))


FPS = register(Edit(
    kind="fps",
    args=FpsArgs,
    apply=apply_fps,
    calls=('set_fps',),
    sentences=S_FPS,
    examples=('60 fps', 'set the frame rate to 24 fps', '帧率改成25帧'),
    topics=('fps',),
    doc=DocRow('frame rate',
               '`m.fps` (24, 25, 30, 60)',
               '帧率'),
))


FIT = register(Edit(
    kind="fit",
    args=FitArgs,
    apply=apply_fit,
    calls=('set_fit',),
    sentences=S_FIT,
    examples=('make sure nothing gets cropped', 'fill the frame', '不要裁剪'),
    topics=('fit',),
    doc=DocRow('fit',
               '`fit` of every visual and `m.fit`',
               '画面填充方式'),
    frames=(
        rule("fit", "*", lambda f, t: FitArgs(mode=f.values["fit"]), needs="fit"),
    ),
))
