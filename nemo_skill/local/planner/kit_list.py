"""A brand kit said as a list after its name ("Brand kit: primary #1A73E8, accent #FBBC04, headings Playfair, body sans",
"品牌设置：主色 #003366，强调色 #FF9900，logo 用 logo.png"), written as the sentences the brand edit's readers know."""

from __future__ import annotations

import re

from .anchors import compile_led

# the kit said as a list after its name and a colon ("Brand kit: primary #1A73E8, accent #FBBC04, headings Playfair, body
# sans", "品牌设置：主色 #003366，强调色 #FF9900，logo 用 logo.png", "品牌套装：主色黑色、强调色金色、logo用logo.png"): each
# part by its key (set EF ef040 set the title's colour alone, ef044 laid the logo over the video, ef050 dropped the body
# font without a word, ef090 was not read). Read only when every part is a key and a value: a part of no key leaves the
# list to the brand edit's own rules (edits/promo_video.py, r_brand)
_KIT_HEAD = compile_led(r"(?:\b(?:(?:our|my|the|their)\s+)?brand(?:'s)?(?:\s+(?:kit|settings|guide(?:lines)?|style|identity))?"
                        r"|品牌(?:设置|套装|规范|套件|信息|视觉|vi)?|vi)\s*[:：]\s*"
                        r"(?P<list>(?:[^。;；!?！？\n.]|\.(?=[a-z0-9]))+)")
_KIT_SPLIT = compile_led(r"\s*(?:[,，、]|\band\b)\s*(?:and\s+)?")
_KIT_KEYS = (
    ("accent", r"(?:the\s+)?(?:accent|secondary|highlight)(?:\s+colou?r)?|强调色|辅助色|点缀色|副色|第二颜色"),
    ("color", r"(?:the\s+)?(?:primary|main|brand)?\s*colou?r|primary|main|主色调|主颜色|主色|品牌色|品牌颜色|颜色|色"),
    ("body_font", r"(?:the\s+)?(?:body|text|caption|captions|paragraph)(?:\s+(?:font|type|typeface))?|正文字体|正文|字幕字体"),
    ("font", r"(?:the\s+)?(?:headings?|headlines?|titles?|display)(?:\s+(?:font|type|typeface))?|(?:the\s+)?font|标题字体|品牌字体|字体"),
    ("logo", r"(?:the\s+)?logo|标志"),
)
_KIT_VALUE_LEAD = compile_led(r"^\s*(?:is|=|:|：|to|用|是|为|就用|统一用|采用|使用)?\s*")


def _kit_parts(said: str) -> dict[str, str] | None:
    """The kit's parts a list says, by ``BrandArgs`` field, or None when a part has no key or no value."""
    out: dict[str, str] = {}
    for part in _KIT_SPLIT.split(said.strip(" ，,")):
        for field_name, key in _KIT_KEYS:
            m = re.match(rf"(?:{key})(?![a-z])", part.strip())
            value = _KIT_VALUE_LEAD.sub("", part.strip()[m.end():]).strip() if m else ""
            if m and value and field_name not in out:
                out[field_name] = re.sub(r"\s+(?:font|typeface)$", "", value)
                break
        else:
            return None
    return out or None


# each part written as the one sentence the brand's readers know, in the language of its value
_KIT_SAID = {"color": ("brand colour {v}", "品牌色是{v}"), "accent": ("accent colour is {v}", "强调色是{v}"),
             "font": ("our brand heading font is {v}", "品牌字体是{v}"), "body_font": ("our brand body font is {v}", "品牌正文字体是{v}"),
             "logo": ("brand logo is {v}", "我们的logo是{v}")}


def kit_lists(low: str) -> str:
    """``low`` with a brand kit said as a list (``_KIT_HEAD``) written as one sentence a part (the frames read the
    list's first colour as the title's, and its parts one by one dropped some). Before the vocabulary's rewrites, which
    write its parts in other words one by one ("品牌设置：主色" became "品牌主色设为")."""
    def written(m: re.Match[str]) -> str:
        parts = _kit_parts(m.group("list"))
        if parts is None:
            return m.group(0)
        return "; ".join(_KIT_SAID[k][1 if re.search(r"[\u4e00-\u9fff]", v) else 0].format(v=v) for k, v in parts.items()) + "; "

    if not _KIT_HEAD.search(low):
        return low
    return _KIT_HEAD.sub(written, low)
