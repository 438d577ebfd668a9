"""Words for text styles, shared by the planner (reading requests) and the renderer (drawing them).

The draft stores only canonical values: a colour is ``#rrggbb``, a font is a family key of
``FONTS``, a size a key of ``SIZES``, a position a key of ``POSITIONS``. This module turns what a
person says ("orange", "橙色", "#FF5A1F", "serif", "手写") into those values and back.
Pure data and functions: no Pillow, no FFmpeg.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

# Common colour names, English and Chinese, to #rrggbb (CSS values where CSS has the name).
COLOURS: dict[str, str] = {
    "white": "#ffffff", "black": "#000000", "red": "#ff0000", "orange": "#ffa500", "yellow": "#ffff00",
    "green": "#008000", "lime": "#00ff00", "blue": "#0000ff", "navy": "#000080", "sky blue": "#87ceeb",
    "light blue": "#add8e6", "cyan": "#00ffff", "teal": "#008080", "purple": "#800080", "violet": "#ee82ee",
    "pink": "#ffc0cb", "hot pink": "#ff69b4", "magenta": "#ff00ff", "brown": "#a52a2a", "beige": "#f5f5dc",
    "gold": "#ffd700", "silver": "#c0c0c0", "grey": "#808080", "gray": "#808080", "light grey": "#d3d3d3",
    "dark grey": "#404040", "cream": "#fffdd0", "coral": "#ff7f50", "maroon": "#800000", "olive": "#808000",
    "mint": "#98ff98", "turquoise": "#40e0d0", "indigo": "#4b0082", "lavender": "#e6e6fa", "crimson": "#dc143c",
    "白色": "#ffffff", "白": "#ffffff", "黑色": "#000000", "黑": "#000000", "红色": "#ff0000", "红": "#ff0000",
    "橙色": "#ffa500", "橘色": "#ffa500", "橙": "#ffa500", "黄色": "#ffff00", "黄": "#ffff00",
    "绿色": "#008000", "绿": "#008000", "蓝色": "#0000ff", "蓝": "#0000ff", "天蓝色": "#87ceeb",
    "浅蓝色": "#add8e6", "藏青色": "#000080", "青色": "#00ffff", "紫色": "#800080", "紫": "#800080",
    "粉色": "#ffc0cb", "粉红色": "#ffc0cb", "粉": "#ffc0cb", "棕色": "#a52a2a", "咖啡色": "#a52a2a",
    "金色": "#ffd700", "金": "#ffd700", "银色": "#c0c0c0", "灰色": "#808080", "灰": "#808080",
    "米色": "#f5f5dc", "珊瑚色": "#ff7f50", "酒红色": "#800000", "薄荷绿": "#98ff98", "玫红色": "#ff00ff",
}

_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


def parse_colour(word: str) -> str | None:
    """``#rrggbb`` for a colour name (English or Chinese) or a hex value (#abc, #aabbcc, aabbcc);
    None when it is neither."""
    w = word.strip().lower()
    if w in COLOURS:
        return COLOURS[w]
    m = _HEX.match(w)
    if not m:
        return None
    h = m.group(1)
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return "#" + h


@dataclass(frozen=True)
class Font:
    """A font family the project installs (Debian package ``package``) and the words for it."""

    doc: str
    regular: str
    bold: str
    package: str
    words: tuple[str, ...]
    zh: str  # its name in a Chinese reply

    @property
    def install(self) -> str:
        """Where it comes from, for a warning that it is missing."""
        return self.package if " " in self.package else f"Debian package {self.package}"


def _pip_font(module: str, name: str) -> str:
    """The path of a font shipped inside an installed Python package (found without importing it), or
    where it would be when the package is missing (the renderer then warns and uses the default sans)."""
    spec = importlib.util.find_spec(module)
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    return str(Path(folders[0] if folders else f"/nonexistent/{module}") / "files" / name)


# Playfair Display (SIL OFL 1.1): Debian packages no Playfair; PyPI's fontpkg-playfair-display ships the
# Google Fonts build unmodified (one 300 KB variable TTF, wght 400-900) and is in the `local` extra.
# Pillow opens a variable font at its default instance (Regular 400); the "bold" file is the same one,
# which render/text_images.py sets to its Bold instance (wght 700).
_PLAYFAIR = _pip_font("fontpkg_playfair_display", "PlayfairDisplay[wght].ttf")

# Open-licence fonts from Debian (the Makefile's apt-deps installs them; see docs/architecture.md) and
# one from PyPI (Playfair).
FONTS: dict[str, Font] = {
    "sans": Font("DejaVu Sans (Bitstream Vera licence): the default; Latin, Greek, Cyrillic, Arabic, Hebrew",
                 "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core",
                 ("sans", "sans-serif", "sans serif", "modern", "clean", "无衬线", "黑体"), "无衬线"),
    "serif": Font("DejaVu Serif (Bitstream Vera licence): a classic serif",
                  "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                  "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", "fonts-dejavu-core",
                  ("serif", "classic", "classic serif", "elegant", "衬线", "宋体"), "衬线"),
    "display": Font("League Spartan (SIL OFL): a geometric display face for headlines",
                    "/usr/share/fonts/opentype/league-spartan/LeagueSpartan-SemiBold.otf",
                    "/usr/share/fonts/opentype/league-spartan/LeagueSpartan-Black.otf", "fonts-league-spartan",
                    ("display", "headline", "bold display", "impact", "标题字体", "粗体标题", "展示字体", "展示体",
                     "艺术字体", "艺术字"), "标题字体"),
    "handwriting": Font("Dancing Script (SIL OFL): a lively handwriting script",
                        "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
                        "/usr/share/fonts/opentype/dancingscript/DancingScript-Bold.otf", "fonts-dancingscript",
                        ("handwriting", "handwritten", "script", "cursive", "handwritten script", "handwriting script", "script font", "手写", "手写体"), "手写体"),
    "cjk": Font("WenQuanYi Micro Hei (Apache 2.0 / GPLv3 with font exception): a CJK sans",
                "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "fonts-wqy-microhei",
                ("cjk", "chinese", "中文", "中文字体"), "中文黑体"),
    "playfair": Font("Playfair Display (SIL OFL): a high-contrast display serif for headings",
                     _PLAYFAIR, _PLAYFAIR, "fontpkg-playfair-display from PyPI, the 'local' extra",
                     ("playfair", "playfair display", "playfairdisplay", "didone"), "Playfair"),
}
EMOJI_FONT = "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"  # fonts-noto-color-emoji (SIL OFL)


def parse_font(word: str) -> str | None:
    """The family key for a word ("serif", "handwriting", "手写体"), or None."""
    w = word.strip().lower()
    for key, font in FONTS.items():
        if w == key or w in font.words:
            return key
    return None


# Text size: a share of min(width, height). xxl and xxxl are past the old largest (xl).
SIZES: dict[str, float] = {"s": 0.042, "m": 0.058, "l": 0.078, "xl": 0.105, "xxl": 0.14, "xxxl": 0.18}
# in replies, as clothing sizes are said (加大 XL, 特大 XXL, 超大 XXXL): the planner reads 特大 as xxl and 超大 as xxxl, so a
# reply's name said back means what the reply meant (xxl was called 超大, and "字号超大" then made it xxxl)
SIZES_ZH: dict[str, str] = {"s": "小", "m": "中", "l": "大", "xl": "加大", "xxl": "特大", "xxxl": "超大"}
SIZE_ORDER = list(SIZES)


def resize(size: str, steps: int) -> str:
    """The size ``steps`` larger (negative: smaller), kept within the named sizes."""
    k = min(len(SIZE_ORDER) - 1, max(0, SIZE_ORDER.index(size) + steps))
    return SIZE_ORDER[k]


# Where text (or an overlay) goes inside the safe area: nine points plus the lower third.
POSITIONS: tuple[str, ...] = ("top_left", "top", "top_right", "left", "center", "right",
                              "bottom_left", "bottom", "bottom_right", "lower_third")
ALIGNS: tuple[str, ...] = ("left", "center", "right")
# where a text with no ``pos`` of its own goes, by its track's role (the renderer places it so; the planner moves it from
# there)
DEFAULT_POS: dict[str, str] = {"title": "center", "caption": "bottom", "lower_third": "lower_third"}
# "out of the way" of what the pictures show, from each position: a product sits in the middle of its shot, so a text in
# the middle or the lower third goes to the nearer edge, one at an edge to the other edge, a corner to the other corner
# of its edge (a logo over the watch strap in the top right goes top left)
AWAY = "away"
_AWAY_FROM = {"center": "top", "lower_third": "bottom", "top": "bottom", "bottom": "top", "left": "top_left",
              "right": "top_right", "top_left": "top_right", "top_right": "top_left", "bottom_left": "bottom_right",
              "bottom_right": "bottom_left"}


def away_from(pos: str) -> str:
    """The position out of the way from ``pos`` (a POSITIONS name)."""
    return _AWAY_FROM.get(pos, "top")


def anchor(pos: str) -> tuple[float, float]:
    """(horizontal, vertical) place of a position in the safe area, 0 = left/top, 1 = right/bottom."""
    col = 0.0 if pos.endswith("left") else 1.0 if pos.endswith("right") else 0.5
    row = 0.0 if pos.startswith("top") else 1.0 if pos.startswith("bottom") or pos == "lower_third" else 0.5
    if pos == "lower_third":
        col = 0.0
    return col, row
