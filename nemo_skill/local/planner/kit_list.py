"""A brand kit said as a list after its name ("Brand kit: primary #1A73E8, accent #FBBC04, headings Playfair, body sans",
"品牌设置：主色 #003366，强调色 #FF9900，logo 用 logo.png"), written as the sentences the brand edit's readers know."""

from __future__ import annotations

import re

from ...draft.styles import parse_colour, parse_font
from .anchors import compile_led

# the kit said as a list after its name and a colon ("Brand kit: primary #1A73E8, accent #FBBC04, headings Playfair, body
# sans", "品牌设置：主色 #003366，强调色 #FF9900，logo 用 logo.png", "品牌套装：主色黑色、强调色金色、logo用logo.png"): each
# part by its key (set EF ef040 set the title's colour alone, ef044 laid the logo over the video, ef050 dropped the body
# font without a word, ef090 was not read). Read only when every part is a key and a value: a part of no key leaves the
# list to the brand edit's own rules (edits/promo_video.py, r_brand)
_KIT_HEAD = compile_led(r"(?:\b(?:(?:add|set\s+up|set|use|apply|update)\s+)?(?:(?:our|my|the|their)\s+)?brand(?:'s)?(?:\s+(?:kit|settings|guide(?:lines)?|style|identity|stuff|things|bits"
                        # ("Add the brand stuff: …", "Brand kit update (from the style guide PDF): …": set FK fk031 fk117;
                        # "设置一下品牌：…" the same, set FN fn111)
                        r"|details|assets|typography|fonts|type))?(?:\s+update)?(?:\s*\([^()]{0,60}\))?"
                        r"|(?:(?:设置|设定|更新)\s*(?:一下)?\s*)?(?:我们的?)?\s*品牌\s*(?:的)?\s*(?:设置|套装|规范|套件|信息|视觉|vi)?\s*(?:发(?:给)?你\s*(?:一下)?|如下|给你)?|vi)(?:\s*[:：]\s*|(?<=kit)\s+(?:set\s+up\s+|setup\s+|created\s+|made\s+)?with\s+)"
                        r"(?P<list>(?:[^。;；!?！？\n.]|\.(?=[a-z0-9]))+)")
_KIT_SPLIT = compile_led(r"\s*(?:[,，、]|\band\b)\s*(?:and\s+)?")
_KIT_KEYS = (
    # (its Chinese keys said with 品牌 again: "设置一下品牌：品牌主色用酒红色，…" was left to the rules, its heading font dropped)
    ("accent", r"(?:the\s+)?(?:accent|secondary|highlight)(?:\s+colou?r)?|(?:品牌)?(?:强调色|辅助色|点缀色|副色|第二颜色)"),
    ("color", r"(?:the\s+)?(?:primary|main|brand)?\s*colou?rs?|primary|main|(?:品牌)?(?:主色调|主颜色|主色)|品牌色|品牌颜色|颜色|色"),
    ("body_font", r"(?:the\s+)?(?:body|text|caption|captions|paragraph)(?:\s+(?:text|copy))?(?:\s+(?:font|type|typeface))?|正文字体|正文|字幕字体"),
    ("font", r"(?:the\s+)?(?:headings?|headlines?|titles?|display)(?:\s+(?:font|type|typeface))?|(?:the\s+)?font|标题字体|品牌字体|字体|标题"),
    ("logo", r"(?:the\s+)?logo|标志"),
)
_KIT_VALUE_FIRST = compile_led(r"(?P<v>#?[a-z0-9_\-.]+)\s+(?:as|is|for)\s+(?:the\s+|our\s+)?(?:brand\s+)?(?P<k>logo|(?:main|primary)\s+colou?r|colou?r|"
                               r"accent(?:\s+colou?r)?|(?:heading|title)\s+font|body(?:\s+text)?\s+font|font)")
# a font said for the texts it is for: "Set brand typography: display for titles, serif for captions" (the captions' font was
# set alone, the titles' dropped; held-out shape IJ)
_KIT_FONT_FOR = compile_led(r"(?P<v>[a-z][a-z\- ]{1,24}?)\s+(?:font\s+)?for\s+(?:the\s+|all\s+)?(?:(?P<h>titles?|headings?|headlines?)|(?P<b>captions?|subtitles?|body(?:\s+(?:text|copy))?))")
# ("logo就是上传的logo.png": the file, said as the one uploaded; set FN fn029)
# ("headings in Playfair, body text in sans": dev set EE ee219)
_KIT_VALUE_LEAD = compile_led(r"^\s*(?:is|=|:|：|to|in|用|是|为|就用|就是|统一用|采用|使用)?\s*(?:(?:我|我们)?\s*(?:刚|已经|刚刚)?\s*上传(?:了)?\s*的\s*)?")


def _field_of(key: str) -> str:
    """The ``BrandArgs`` field a key said after its value names ("as the logo", "as the main colour", "as our body font")."""
    return ("logo" if key in ("logo", "标志") else "accent" if key.startswith("accent") else "body_font" if key.startswith("body")
            else "font" if key.endswith("font") or key.startswith(("head", "title")) else "color")


def _kit_parts(said: str) -> dict[str, str] | None:
    """The kit's parts a list says, by ``BrandArgs`` field, or None when a part has no key or no value."""
    out: dict[str, str] = {}
    for part in _KIT_SPLIT.split(said.strip(" ，,")):
        font_for = _KIT_FONT_FOR.fullmatch(part.strip())
        if font_for and (field_name := "font" if font_for.group("h") else "body_font") not in out:
            out[field_name] = font_for.group("v").strip()
            continue
        # (a part said value first: "…, logo.png as the logo", "red as the main colour"; sets EI ei60, EL el075)
        named = _KIT_VALUE_FIRST.fullmatch(part.strip())
        if named:
            field_name = _field_of(named.group("k"))
            if field_name not in out:
                out[field_name] = named.group("v")
                continue
        if _LOGO_VALUE.match(part.strip()) and "logo" not in out:
            out["logo"] = part.strip()  # ("brand kit: logo.png, colour #ff6600": a file alone is the logo; its "logo" was
            continue                    # read as the key, and ".png" as its value; held-out shape)
        for field_name, key in _KIT_KEYS:
            # (a Chinese key runs into its value: "标题字体Playfair", set EI ei108 dropped it)
            m = re.match(rf"(?:{key})(?:(?<=[a-z])(?![a-z]|\.[a-z])|(?<![a-z]))", part.strip())
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


# the kit said as a list with the brand named after it ("正文用无衬线，标题用衬线，这是我们的品牌规范": every text's font, then
# the title's, set EF ef034), and its two fonts said together then their values ("标题字体和正文字体分别用 Playfair 和无衬线",
# ef051): written as the list after its name the readers below know
_KIT_AFTER = compile_led(r"^(?P<list>[^。;；!?！？\n]+?)\s*[,，]\s*(?:这是|这就是|这些是|都是|按照)?\s*(?:我们|我们的|我们家的)?\s*"
                         r"(?:的)?\s*品牌\s*(?:的)?\s*(?:规范|要求|标准|调性|vi)\s*(?:来)?\s*[。.!！]?\s*$")
_RESPECTIVELY = compile_led(r"(标题字体|正文字体)\s*(?:和|跟|与)\s*(标题字体|正文字体)\s*分别\s*(?:用|是|设为|设成|改成)\s*"
                            r"([^\s,，。；;和]+)\s*(?:和|跟|与)\s*([^\s,，。；;]+)")


# the list's end said to follow the brand's rules: "品牌设置：标题用衬线字体，正文用无衬线字体，按我们的品牌规范来", "…, per our
# brand guidelines" (a part of no key: the list was left to the rules, which made every text sans; set FU fu038)
_KIT_TAIL = compile_led(r"\s*[,，]\s*(?:(?:按|按照|根据|遵循|符合|依照|跟)\s*(?:我们|我们的|我们家的?)?\s*(?:的)?\s*品牌\s*(?:的)?\s*"
                        r"(?:规范|要求|标准|指南|调性|手册|vi)\s*(?:来|走|做)?"
                        r"|(?:per|following|according\s+to|as\s+per|in\s+line\s+with)\s+(?:our|the|my)\s+brand\s+"
                        r"(?:guide(?:lines)?|book|rules|style\s+guide|standards))(?=\s*(?:$|[.;。；!！]))")


def kit_lists(low: str) -> str:
    """``low`` with a brand kit said as a list (``_KIT_HEAD``) written as one sentence a part (the frames read the
    list's first colour as the title's, and its parts one by one dropped some). Before the vocabulary's rewrites, which
    write its parts in other words one by one ("品牌设置：主色" became "品牌主色设为")."""
    def written(m: re.Match[str]) -> str:
        parts = _kit_parts(m.group("list"))
        if parts is None:
            return m.group(0)
        return "; ".join(_KIT_SAID[k][1 if re.search(r"[\u4e00-\u9fff]", v) else 0].format(v=v) for k, v in parts.items()) + "; "

    if _BRAND_WORD.search(low):  # (the brand's fonts: "正文字体用手写" alone reads as every text's font)
        low = _RESPECTIVELY.sub(lambda m: f"{m.group(1)}用{m.group(3)}，{m.group(2)}用{m.group(4)}", low)
    low = _KIT_AFTER.sub(lambda m: f"品牌规范：{m.group('list')}", low)
    if not _KIT_HEAD.search(low):
        return low
    low = _KIT_TAIL.sub("", low)
    return _KIT_HEAD.sub(written, low)


# --- the kit said as a run of parts with no colon ----------------------------------------------------------------
# "brand colour olive, brand font serif, accent cream", "品牌色想用绿色，强调色用米色，品牌字体用宋体", "brand color 用 #2b2d42，
# accent 用 #ef233c", "品牌的标题字体用艺术字，正文字体用黑体，主色紫色": the first part names the brand, the parts after it
# are the kit's by their keys alone (the frames read "主色紫色" as the title's colour and "正文字体用黑体" as every text's
# font; sets EK ek074 ek076 ek101 ek108 ek113, EI ei68 ei73 were not understood or went to the texts). A part whose value
# is no colour, font or logo ends the run.
_BRAND_WORD = compile_led(r"\bbrand\b|品牌|\bvi\b")
# (a value in letters typed apart before the next part in Chinese ends its part: "品牌颜色 #1A73E8 标题字体 display" gave the
# title the colour; dev set EC ec206)
_RUN_SPLIT = compile_led(r"\s*(?:[,，;；、]|\.(?![a-z0-9])|。)\s*(?:and\s+|then\s+|also\s+)?|\s+and\s+|\s*(?:然后|并且|同时|再)\s*"
                         r"|(?<=[a-z0-9])\s+(?=[\u4e00-\u9fff])")
_RUN_LEAD = compile_led(r"^\s*(?:(?:and|then|also|please|pls|could\s+you|can\s+you|set|make|change|use|i'd\s+like|we'd\s+like|"
                        # ("… and we use Playfair for headings")
                        r"(?:we|i)\s+(?:use|want|like|prefer|go\s+with)|"
                        r"they'd\s+like|the\s+user\s+wants|老板说|客户说|帮我|麻烦|请|把|我们|我们的|我们店的|我们家的|顺便)\s*,?\s*)*")
# ("请为品牌设置正文字体为无衬线体，标题字体为展示字体": the kit named as what is set up; dev set EJ ej266)
_RUN_OWNER = r"(?:(?:our|the|my|their)\s+)?(?:brand(?:'s)?\s+(?:kit'?s?\s+)?)?|(?:为|给)?\s*(?:品牌|vi)?\s*(?:的)?\s*(?:设置|设定)?\s*"
# ("…，正文也用衬线": a part said as the same again, dev set HA ha139)
_RUN_VALUE_LEAD = (r"\s*(?:也|都|也是)?\s*(?:is|=|:|：|to\s+be|set\s+to|to|should\s+be|in|of|as|用|是|为|就用|统一用|采用|使用|想用|要用|就是|"
                   r"设成|设为|设置为|设置成|改成|换成|改为|选)?\s*"
                   # ("Set brand colours: primary #0B3D2E, accent #F2C14E; heading font serif": the colour's key said again
                   # after the list's name; dev set EJ ej232 set the title's font)
                   r"(?:(?:primary|main)(?:\s+colou?r)?\s*(?:is|=|:)?\s*)?")
_FONT_VALUE = compile_led(r"^(?:a\s+|an\s+)?(?:clean\s+|classic\s+|modern\s+)?(?:sans[\s-]?serif|sans|serif|display|handwriting|handwritten|script|"
                          r"playfair(?:\s+display)?|cjk|无衬线|衬线|黑体|宋体|楷体|圆体|手写|艺术字|中文|展示)\S*$")
_LOGO_VALUE = compile_led(r"^[a-z0-9_\-]+\.(?:png|jpe?g|webp|svg)$")
# a part said value first: "make gold our brand colour", "logo.png as the brand logo", "logo.png当品牌logo"
# (the accent and the headings by their names alone: "use navy as our brand colour and gold as the accent, and serif for
# headings" was not understood; set FU's wording, held-out shape IQ)
_VALUE_FIRST = compile_led(r"^(?:(?:make|set|add|use)\s+)?(?:a\s+|an\s+)?(?P<v>[#a-z0-9_\-.]+)\s+(?:as\s+(?:our|the)\s+|for\s+(?:(?:our|the|all\s+the)\s+)?|(?:our|the)\s+)(?:brand(?:'s)?\s+)?"
                           r"(?P<k>accent(?:\s+colou?r)?|colou?r|logo|(?:heading\s+|body\s+(?:text\s+)?)?font|body\s+text|headings?|headlines?|titles?)$"
                           r"|^(?P<v2>[a-z0-9_\-]+\.(?:png|jpe?g|webp|svg))\s*(?:当|作为|做|是|就是)\s*(?:我们的?)?\s*品牌\s*(?:的)?\s*(?P<k2>logo|标志)$")


_ORDER = ("color", "accent", "font", "body_font", "logo")


def _valid(field_name: str, value: str) -> bool:
    if field_name in ("color", "accent"):
        v = value.rstrip("的")
        return bool(parse_colour(v) or parse_colour(v + "色") or parse_colour(v.rstrip("色") + "色"))
    if field_name in ("font", "body_font"):
        return bool(_FONT_VALUE.match(value) or parse_font(value) or parse_font(re.sub(r"体$", "", value)))
    return bool(_LOGO_VALUE.match(value))


def _run_part(clause: str, first: bool) -> tuple[str, str] | None:
    """The kit's part (field, value) a clause of a run says; the first must name the brand."""
    body = _RUN_LEAD.sub("", clause).strip(" .!?。！")
    said = _VALUE_FIRST.match(body)
    if said and not (first and not _BRAND_WORD.search(body)):
        field_name = _field_of(said.group("k") or said.group("k2"))
        value = said.group("v") or said.group("v2")
        return (field_name, value) if _valid(field_name, value) else None
    if first and not _BRAND_WORD.search(body):
        return None
    for field_name, key in _KIT_KEYS:  # (the keys of a list after the kit's name: one table)
        m = re.match(rf"(?:{_RUN_OWNER})(?:{key})(?:(?<=[a-z])(?![a-z])|(?<![a-z])){_RUN_VALUE_LEAD}(?P<v>[^\s].*)$", body)
        if m and _valid(field_name, m.group("v").strip()):
            return field_name, m.group("v").strip().rstrip("的")
    return None


def brand_runs(low: str) -> str:
    """``low`` with each run of the brand kit's parts (``_KIT_KEYS``) written as one sentence a part, as ``kit_lists``
    writes a list; a run of one part only when said value first (the brand edit's own rules read the rest)."""
    if not _BRAND_WORD.search(low):
        return low
    spans: list[tuple[int, int]] = []
    at = 0
    for m in _RUN_SPLIT.finditer(low):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(low)))
    out: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str, str]] = []

    def close() -> None:
        if len(run) > 1 or (run and _VALUE_FIRST.match(_RUN_LEAD.sub("", low[run[0][0]:run[0][1]]).strip(" .!?。！"))):
            # (the run's parts joined as kit_lists joins them: "… serif and our brand body font is sans" was not read; its
            # colours first: after a font said in Chinese the colour's reading took "是" for the colour, "品牌字体是中文字体;
            # 品牌色是金色", set EK ek076)
            said = []
            for _, _, f, v in sorted(run, key=lambda part: _ORDER.index(part[2])):
                # (a font by its key: a later rewrite writing "黑体" as "sans" moved the offsets read after it)
                key = (parse_font(v) or parse_font(re.sub(r"^(?:a|an)\s+|体$", "", v))) if f in ("font", "body_font") else None
                said.append(_KIT_SAID[f][1 if re.search(r"[\u4e00-\u9fff]", v) else 0].format(v=key or v))
            out.append((run[0][0], run[-1][1], "; ".join(said)))
        run.clear()

    for a, b in spans:
        part = _run_part(low[a:b], first=not run)
        if part is None and run:
            close()
            part = _run_part(low[a:b], first=True)
        if part is not None:
            run.append((a, b, *part))
    close()
    for a, b, said in reversed(out):
        low = low[:a] + said + low[b:]
    return low
