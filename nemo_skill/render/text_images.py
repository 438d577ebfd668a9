"""Titles, captions and lower thirds drawn with FreeType (Pillow) into small RGBA PNGs.

FFmpeg only overlays the PNGs (timed ``enable``, alpha fades), so no text ever passes through
filtergraph escaping, and wrapping, sizing and glyph coverage are decided here, where they can be
measured. Everything is placed inside the safe area, which for vertical video keeps clear of the
platform UI (top bar, caption block and buttons on the right).
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from nemo_skill.draft.styles import DEFAULT_POS, EMOJI_FONT, FONTS, SIZES, anchor

from .visuals import hex_rgb

DEFAULT_SIZE = {"title": "xl", "caption": "m", "lower_third": "m"}
MAX_LINES = {"title": 3, "caption": 2, "lower_third": 2}
DEFAULT_FADE_MS = 250

_CJK = re.compile(r"[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3200-\u9fff\ua960-\ua97f"
                  r"\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]")

_LATIN_REGULAR = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/Arial.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",
    "C:/Windows/Fonts/arial.ttf",
]
_LATIN_BOLD = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    "/Library/Fonts/Arial Bold.ttf",
    "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
    "C:/Windows/Fonts/arialbd.ttf",
]
_CJK_PATHS = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "C:/Windows/Fonts/msyh.ttc",
]


def _fc(args: list[str]) -> list[str]:
    exe = shutil.which("fc-list") if args[0] == "list" else shutil.which("fc-match")
    if not exe:
        return []
    try:
        out = subprocess.run([exe, *args[1:]], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.strip() for line in out.splitlines() if line.strip()]


@functools.lru_cache(maxsize=4)
def latin_font(bold: bool) -> str | None:
    """A sans-serif font file; None means Pillow's bundled font will be used."""
    env = os.environ.get("NEMO_FONT")
    if env and Path(env).is_file():
        return env
    for path in _LATIN_BOLD if bold else _LATIN_REGULAR:
        if Path(path).is_file():
            return path
    found = _fc(["match", "-f", "%{file}", "sans-serif:bold" if bold else "sans-serif"])
    return found[0] if found and Path(found[0]).is_file() else None


@functools.lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """A font with Chinese/Japanese/Korean glyphs, or None when the machine has none."""
    env = os.environ.get("NEMO_CJK_FONT")
    if env and Path(env).is_file():
        return env
    for lang in ("zh", "ja", "ko"):
        files = sorted(line.split(":")[0] for line in _fc(["list", f":lang={lang}", "file"]))
        # prefer sans families; serif CJK reads poorly at caption sizes
        files.sort(key=lambda f: (0 if re.search(r"(?i)sans|hei|gothic|pingfang|yahei|msyh", f) else 1))
        for f in files:
            if Path(f).is_file():
                return f
    for path in _CJK_PATHS:
        if Path(path).is_file():
            return path
    return None


def needs_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def family_font(family: str, bold: bool) -> str | None:
    """The file of one of the project's font families (``styles.FONTS``), or None if not installed."""
    font = FONTS.get(family)
    if font is None:
        return None
    path = font.bold if bold else font.regular
    return path if Path(path).is_file() else None


def load_font(text: str, bold: bool, size: int, family: str | None = None,
              ) -> tuple[ImageFont.FreeTypeFont, str | None]:
    """(font, warning). The warning is set when the text needs glyphs no installed font has, or
    the family asked for is not installed (the default sans is used)."""
    warning = None
    path = None
    if family and family != "sans" and not needs_cjk(text):
        path = family_font(family, bold)
        if path is None:
            warning = f"font {family!r} is not installed ({FONTS[family].install}): the default sans is used"
    if needs_cjk(text):
        path = cjk_font()
        if path is None:
            warning = ("no CJK font found (install fonts-noto-cjk or fonts-wqy-microhei, or set "
                       "NEMO_CJK_FONT): Chinese/Japanese/Korean characters in the text render as boxes")
    if path is None:
        path = latin_font(bold)
    if path is None:
        font = ImageFont.load_default(size=size)  # Pillow's bundled FreeType font
        assert isinstance(font, ImageFont.FreeTypeFont)
        return font, warning
    font = ImageFont.truetype(path, size=size)
    if bold and path == family_font(family or "", False):  # one variable file for both: its Bold instance
        _embolden(font)
    return font, warning


def _embolden(font: ImageFont.FreeTypeFont) -> None:
    """Set a variable font (Playfair Display: wght 400-900, opened at Regular) to its Bold instance."""
    with contextlib.suppress(OSError, ValueError):  # not variable, or no such instance: keep its face
        font.set_variation_by_name("Bold")


@dataclass(frozen=True)
class Box:
    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top


def safe_area(width: int, height: int) -> Box:
    """Where text may go. Vertical video keeps clear of the top bar, the caption/UI block at the
    bottom and the button column on the right (TikTok, Reels, Shorts); other shapes use the
    classic 5 % title-safe margin (a little more at the bottom for player controls)."""
    if height > width * 1.2:
        return Box(round(width * 0.08), round(height * 0.12), round(width * 0.86), round(height * 0.78))
    if height > width:  # 4:5
        return Box(round(width * 0.06), round(height * 0.07), round(width * 0.94), round(height * 0.88))
    return Box(round(width * 0.06), round(height * 0.06), round(width * 0.94), round(height * 0.90))


def _tokens(text: str) -> list[str]:
    """Words and spaces; each CJK character is its own token (those scripts wrap anywhere)."""
    return re.findall(r"\s+|" + _CJK.pattern + r"|[^\s\u3000-\u9fff\uac00-\ud7ff\uff00-\uffef]+", text)


# Emoji (pictographs, symbols, flags, keycaps with their joiners and modifiers): drawn in colour
# with Noto Color Emoji, a bitmap font Pillow draws at its one size (109 px) and scales.
_EMOJI = re.compile(r"(?:[\U0001F1E6-\U0001F1FF]{2}|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF]"
                    r"[\uFE0F\U0001F3FB-\U0001F3FF]*(?:\u200D[\U0001F000-\U0001FAFF\u2600-\u27BF][\uFE0F]*)*)")
EMOJI_PX = 109
EMOJI_ADVANCE = 1.18  # an emoji's width per px of text size (Noto's 136 px advance at 109 px, less its side bearing)


def has_emoji(text: str) -> bool:
    return bool(_EMOJI.search(text))


def runs(text: str) -> list[tuple[bool, str]]:
    """The text in (is emoji, piece) runs, in order."""
    out: list[tuple[bool, str]] = []
    pos = 0
    for m in _EMOJI.finditer(text):
        if m.start() > pos:
            out.append((False, text[pos:m.start()]))
        out.append((True, m.group()))
        pos = m.end()
    if pos < len(text):
        out.append((False, text[pos:]))
    return out


def text_length(font: ImageFont.FreeTypeFont, text: str) -> float:
    """Advance width of ``text``; emoji count as drawn by the colour emoji font."""
    if not has_emoji(text):
        return font.getlength(text)
    px = font.size
    return sum(EMOJI_ADVANCE * px * len(_EMOJI.findall(piece)) if emoji else font.getlength(piece)
               for emoji, piece in runs(text))


@functools.lru_cache(maxsize=1)
def emoji_font() -> ImageFont.FreeTypeFont | None:
    if not Path(EMOJI_FONT).is_file():
        return None
    try:
        return ImageFont.truetype(EMOJI_FONT, EMOJI_PX)
    except OSError:
        return None


def wrap(text: str, font: ImageFont.FreeTypeFont, max_width: float) -> list[str]:
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        line = ""
        for tok in _tokens(para):
            trial = line + tok
            if text_length(font, trial.strip()) <= max_width or not line.strip():
                if text_length(font, trial.strip()) > max_width and not tok.isspace():
                    # one word wider than the line: break it by characters
                    for ch in tok:
                        if text_length(font, (line + ch).strip()) > max_width and line.strip():
                            lines.append(line.strip())
                            line = ""
                        line += ch
                    continue
                line = trial
            else:
                lines.append(line.strip())
                line = "" if tok.isspace() else tok
        lines.append(line.strip())
    return [ln for ln in lines if ln] or [text.strip()]


@dataclass(frozen=True)
class TextCard:
    path: Path
    x: int
    y: int
    width: int
    height: int
    warning: str | None


@dataclass(frozen=True)
class CardLayout:
    """Where every line of a card goes, decided once; ``draw_card`` draws all or part of it."""

    lines: list[str]
    widths: list[float]
    font: ImageFont.FreeTypeFont
    px: int
    pad: int
    line_h: int
    ascent: int
    w: int
    h: int
    x: int
    y: int
    align: str
    box: bool
    shadow: bool
    colour: tuple[int, int, int]
    warning: str | None


def layout_card(text: str, style: dict, role: str, canvas: tuple[int, int]) -> CardLayout:
    """Size the text to the safe area (wrap, shrink to fit) and place it there."""
    cw, ch = canvas
    safe = safe_area(cw, ch)
    pos = style.get("pos") or DEFAULT_POS.get(role, "bottom")
    col, row = anchor(pos)
    size_name = style.get("size") or DEFAULT_SIZE.get(role, "m")
    bold = style.get("bold", role == "title")
    box = bool(style.get("box", False))
    shadow = style.get("shadow", not box)
    colour = hex_rgb(style.get("color", "#ffffff"))
    family = style.get("font")
    max_lines = MAX_LINES.get(role, 2) + (1 if ch > cw else 0)  # tall frames have room for a line more
    max_w = safe.width * (0.75 if pos == "lower_third" else 1.0 if col == 0.5 else 0.6)
    max_h = safe.height * (0.6 if row == 0.5 else 0.35)

    px = max(10, round(min(cw, ch) * SIZES[size_name]))
    while True:  # shrink until it fits the safe area in few enough lines
        font, warning = load_font(text, bold, px, family)
        pad = round(px * 0.45) if box else round(px * 0.25)
        lines = wrap(text, font, max_w - 2 * pad)
        ascent, descent = font.getmetrics()
        line_h = round((ascent + descent) * 1.12)
        widths = [text_length(font, ln) for ln in lines]
        block_w, block_h = max(widths), line_h * len(lines)
        fits = len(lines) <= max_lines and block_h + 2 * pad <= max_h and block_w + 2 * pad <= max_w
        if fits or px <= 12:
            break
        px = max(12, round(px * 0.9))
    if has_emoji(text) and emoji_font() is None:
        warning = warning or "no colour emoji font (install fonts-noto-color-emoji): emoji are left out"

    w = int(block_w + 2 * pad) + 2
    h = int(block_h + 2 * pad) + 2
    w, h = w + w % 2, h + h % 2  # even: clean 4:2:0 chroma placement
    align = style.get("align") or ("left" if col == 0.0 else "right" if col == 1.0 else "center")

    if pos == "lower_third":
        y = min(safe.bottom, round(ch * 0.86)) - h
    elif row == 0.0:
        y = safe.top
    elif row == 1.0:
        y = safe.bottom - h
    else:
        y = safe.top + (safe.height - h) // 2
    x = safe.left if col == 0.0 else safe.right - w if col == 1.0 else safe.left + (safe.width - w) // 2
    x = max(safe.left, min(x, safe.right - w)) if w <= safe.width else safe.left
    return CardLayout(lines, widths, font, px, pad, line_h, ascent, w, h, x - x % 2, max(0, y - y % 2),
                      align, box, shadow, colour, warning)


def _line_x(lay: CardLayout, lw: float) -> float:
    if lay.align == "left":
        return lay.pad
    if lay.align == "right":
        return lay.w - lay.pad - lw
    return (lay.w - lw) / 2


def _draw_runs(draw: ImageDraw.ImageDraw, lay: CardLayout, xy: tuple[float, float], line: str,
               stroke: int, emoji: list[tuple[float, float, str]] | None) -> None:
    """One line into a mask; its emoji are not drawn but listed (x, baseline, emoji) in ``emoji``."""
    if emoji is None or not has_emoji(line):
        draw.text(xy, line, font=lay.font, fill=255, anchor="ls", stroke_width=stroke)
        return
    x, y = xy
    for is_emoji, piece in runs(line):
        if is_emoji:
            for e in _EMOJI.findall(piece):
                emoji.append((x, y, e))
                x += EMOJI_ADVANCE * lay.px
        else:
            draw.text((x, y), piece, font=lay.font, fill=255, anchor="ls", stroke_width=stroke)
            x += lay.font.getlength(piece)


def _paste_emoji(card: Image.Image, lay: CardLayout, emoji: list[tuple[float, float, str]]) -> None:
    font = emoji_font()
    if font is None:
        return
    side = round(lay.px * 1.1)
    for x, baseline, e in emoji:
        glyph = Image.new("RGBA", (round(EMOJI_PX * 1.3), round(EMOJI_PX * 1.2)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((0, 0), e, font=font, embedded_color=True)
        box = glyph.getbbox()
        if box is None:
            continue
        glyph = glyph.crop(box)
        scale = side / max(glyph.size)
        glyph = glyph.resize((max(1, round(glyph.width * scale)), max(1, round(glyph.height * scale))),
                             Image.Resampling.LANCZOS)
        card.alpha_composite(glyph, (max(0, round(x)), max(0, round(baseline - lay.px * 0.9))))


def shown(lines: list[str], visible: int | None) -> list[str]:
    """The lines with only the first ``visible`` characters of ``"\n".join(lines)`` kept."""
    if visible is None:
        return lines
    return "\n".join(lines)[:visible].split("\n")


def draw_card(lay: CardLayout, out: Path, visible: int | None = None) -> None:
    """Draw the card as an RGBA PNG; with ``visible``, only that many characters of its lines (a
    typewriter step: the layout, and so the card's size and place, stays that of the whole text)."""
    w, h = lay.w, lay.h
    px, pad, line_h, ascent = lay.px, lay.pad, lay.line_h, lay.ascent
    lines = shown(lay.lines, visible)
    lines = lines + [""] * (len(lay.lines) - len(lines))
    stroke = max(1, px // 30)
    emoji: list[tuple[float, float, str]] = []

    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    for i, (ln, lw) in enumerate(zip(lines, lay.widths, strict=True)):
        if ln:
            _draw_runs(draw, lay, (_line_x(lay, lw), pad + i * line_h + ascent), ln, 0, emoji)
    card = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    if lay.box:
        ImageDraw.Draw(card).rounded_rectangle((0, 0, w - 1, h - 1), radius=round(px * 0.25),
                                               fill=(0, 0, 0, 150))
    if lay.shadow:
        off = max(1, round(px * 0.05))
        blurred = mask.filter(ImageFilter.GaussianBlur(max(1.0, px * 0.06)))
        shade = Image.new("L", (w, h), 0)
        shade.paste(blurred, (off, off))
        card.alpha_composite(Image.merge("RGBA", (*[Image.new("L", (w, h), 0)] * 3,
                                                  shade.point(lambda v: min(255, v * 2)))))
    if not lay.box:
        # a thin dark outline: readable even on white, with or without the shadow
        outline = Image.new("L", (w, h), 0)
        od = ImageDraw.Draw(outline)
        for i, (ln, lw) in enumerate(zip(lines, lay.widths, strict=True)):
            if ln:
                _draw_runs(od, lay, (_line_x(lay, lw), pad + i * line_h + ascent), ln, stroke, None
                           if not emoji else [])
        card.alpha_composite(Image.merge("RGBA", (*[Image.new("L", (w, h), 0)] * 3,
                                                  outline.point(lambda v: v * 160 // 255))))
    fill = Image.new("RGBA", (w, h), (*lay.colour, 255))
    fill.putalpha(mask)
    card.alpha_composite(fill)
    if emoji:
        _paste_emoji(card, lay, emoji)
    card.save(out, compress_level=1)


def render_card(text: str, style: dict, role: str, canvas: tuple[int, int], out: Path) -> TextCard:
    """Draw the text as an RGBA PNG sized to its content; return where it goes on the canvas."""
    lay = layout_card(text, style, role, canvas)
    draw_card(lay, out)
    return TextCard(out, lay.x, lay.y, lay.w, lay.h, lay.warning)
