"""Promo edits over the whole video: an end card with a call to action, fades from and to black or white,
the session's brand kit, style presets and cuts on the music's beat (clip speed is ``clip_speed``'s, a logo
or clip placed over the video ``overlays``'). Each calls the pure functions of ``nemo_skill.draft.promo``;
their ``PromoError`` (one readable line) becomes the reply and nothing changes.
"""

from __future__ import annotations

import copy
import re
import statistics
from dataclasses import dataclass, replace
from typing import Any

from ....draft import promo
from ....draft.styles import COLOURS, FONTS, parse_colour, parse_font
from ....draft.timeline import ROLE_CAPTION, ROLE_MUSIC, ROLE_TITLE, TT_AUDIO, TT_TEXT, is_card, main_segments
from .. import vocab
from ..anchors import compile_led, longest
from ..assets import find_media
from ..frames import FILE, tag
from ..layout import relayout
from ..messages import Msg, colour_said, msg, sec
from ..parse import END, FREE, Q, Scan, rx
from ..registry import DocRow, Edit, Phrase, Template, register, rule
from ..text import COLOUR_SAID, DUR, QUOTE_RE, SAID_PARTICLE, Message, dur_ms, simplified
from ..work import Ambiguous, CannotApply, Work, overlap, tracks_by_role
from .transitions import KIND_EN, KIND_ZH, TransitionArgs, apply_transition

URL = r"(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|net|org|io|co|shop|store|cn|uk|de|app|me)(?:/[^\s,;]*)?"
# a web address named as one ("our website bakery.example", "我们的网址 shoply.example"): any dotted name
NAMED_URL = r"(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+(?:/[^\s,;]*)?"
# a card's words, a comma, then a web address said plainly (www., http, or a shop's ending): the address is its second line
# (or a dash or a bar: "end with a card: Shop Now - shopmaya.com" made one line of both)
_WORDS_THEN_ADDRESS = compile_led(r"(?P<w>.+?)\s*(?:[,;，；]|\s[-–—|]\s)\s*(?P<u>(?:https?://|www\.)\S+|[a-z0-9][a-z0-9\-]*\.(?:com|shop|store|net|co|io|cn)(?:/\S*)?)"
                                 r"\s*[.。!！]?", re.IGNORECASE)
# a file named in the words (the end card's and the brand kit's logo, an overlay's picture or clip)
PICTURE = r"(?P<f>[a-z0-9_\-]+\.(?:png|jpe?g|webp|gif|svg|bmp|mp4|mov|webm|pdf|mp3|wav|txt))"


def _promo(work: Work, fn: object, *args: object, **kwargs: object) -> dict:
    """``draft.promo`` function on the working draft; its refusal becomes the reply."""
    try:
        return fn(*args, **kwargs)  # type: ignore[operator,no-any-return]
    except promo.PromoError as exc:
        raise CannotApply(msg("promo.refused", why=str(exc))) from exc


def _retarget(work: Work) -> None:
    """The new main-track length is the length the re-layout keeps: from the segments' lengths, not their
    starts, which an earlier edit of the same message may have left stale ("show each picture for 3 s and
    add an end card" stretched the 3-s pictures to the old 29 s). When the total follows the pictures
    (``target`` None) it still does."""
    segs = main_segments(work.draft)
    if segs and work.target is not None:
        work.target = sum(s["d"] for s in segs) - sum(overlap(s) for s in segs[1:])


def _logo_media(work: Work, name: str | None) -> str:
    """The picture (or clip) a logo is: the file named, else the brand kit's logo, else an upload called logo."""
    if name:
        m = find_media(work.order, name)
        if m is None:
            raise CannotApply(msg("logo.unknown", file=name))
        if m.kind == "video":
            return m.id
        if m.kind != "image":
            raise CannotApply(msg("logo.not_picture", file=m.filename))
        return m.id
    brand = (work.draft["m"].get("brand") or {}).get("logo")
    if brand:
        return str(brand)
    named = [m for m in work.order if m.kind == "image" and "logo" in m.filename.lower()]
    if named:
        return named[0].id
    raise CannotApply(msg("logo.which"))


# --- end card ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EndCardArgs:
    text: str | None = None  # the call to action (None: keep the card's, or the video's title)
    ms: int | None = None
    url: str | None = None
    remove: bool = False
    logo: str | None = None  # a picture shown on the card ("logo" alone: the upload called so, or the brand kit's)
    color: str | None = None  # its words' colour (a name or #RRGGBB)
    bg: str | None = None  # its background colour (a name or #RRGGBB)
    more_ms: int | None = None  # its length changed by so much (negative: shorter); only of a card the video has
    no_sub: bool | None = None  # "…, no subtitle": the card without a second line (None: the merge of parts keeps it)
    # "the ending" given a length ("结尾改成5秒", "make the ending 4 seconds"): the card's, when the video has one; with
    # none, adding one or another reading is asked (it set the whole video's length; wave 31 row "ending 改成 5 秒")
    vague: bool = False


def apply_end_card(work: Work, args: EndCardArgs) -> None:
    segs = work.main()["sg"]
    card = next((s for s in segs if is_card(s)), None)
    if args.remove:
        if card is None:
            raise CannotApply(msg("card.none"))
        segs.remove(card)
        _retarget(work)  # the shots keep their lengths: the video is the card shorter
        work.done(msg("card.removed"), "remove_end_card")
        return
    if args.more_ms is not None and card is None and args.text is None:
        raise CannotApply(msg("card.none"))  # ("结尾卡片延长2秒" with no card: nothing to lengthen; one added with it is)
    if args.vague and card is None:
        length = sec(args.ms or promo.DEFAULT_END_CARD_MS)
        raise Ambiguous([msg("card.offer", s=length), msg("card.offer_last", s=length)], "ask.edit")
    if args.text is not None and _NO_WORDS.fullmatch(args.text.strip().lower()):
        raise Ambiguous([], "card.what_words")
    if args.url is not None and _NO_WORDS.fullmatch(args.url.strip().lower()):
        raise Ambiguous([], "card.what_line")  # ("片尾写关注我们，下面写上我们的网址": which address; set DP dp089)
    text = args.text or (card or {}).get("text") or work.draft["m"].get("title") or "Learn more"
    ms = args.ms or (card or {}).get("d") or promo.DEFAULT_END_CARD_MS
    if args.more_ms is not None and not args.ms:
        ms += args.more_ms
    url = None if args.no_sub else args.url or (card or {}).get("sub")
    # the card's words never hold its second line, nor a comma left where it was said ("Add an end card: Shop now,
    # www.redshoe.shop." made a card saying both; "…: Visit our store, with www… underneath" kept the comma)
    if url and args.text and url.lower() in text.lower() and text.strip().lower() != url.lower():
        at = text.lower().index(url.lower())
        text = text[:at] + text[at + len(url):]
    elif not url and args.text and (split := _WORDS_THEN_ADDRESS.fullmatch(text.strip())):
        text, url = split.group("w"), split.group("u")  # ("…: Shop now, www.redshoe.shop": its second line)
    text = text.strip(" \t,;:，；：、-–—") or text
    # (the card's own logo: the brand kit is left as it is, set AE ae229)
    logo = _logo_media(work, None if args.logo == "logo" else args.logo) if args.logo else (card or {}).get("logo")
    # its background and its words' colour kept when only its words or length change ("make the end card background
    # black", then "end card: Shop now", sets AG ag150, AM am177)
    bg = _card_colour(args.bg) if args.bg else (card or {}).get("bg")
    ink = _card_colour(args.color) if args.color else (card or {}).get("color")
    work.draft = _promo(work, promo.add_end_card, work.draft, text[:200], max(1000, min(ms, 30000)),
                        sub=url[:120] if url else None, bg=bg, transition=_shots_transition(work))
    new = next(s for s in main_segments(work.draft) if is_card(s))
    if logo:
        new["logo"] = logo
    if ink:
        new["color"] = ink
    if not work.length_said:  # (a length this message said holds the card: "缩短3秒，片尾写“X”" is 27 s with it)
        _retarget(work)
    new = next(s for s in main_segments(work.draft) if is_card(s))
    # the card's second line is said as a web address only when it is one: "下面一行小字“仅限本周”" replied
    # "附网址 仅限本周", "with the line 'valid till Sunday'" replied "with valid till Sunday" (set BE, the end card's reply)
    sub = new.get("sub")
    said = "" if not sub else msg("card.url", url=sub) if re.fullmatch(NAMED_URL, sub, re.I) \
        else msg("card.line", line=msg("q", text=sub))
    work.done(msg("card.set", text=msg("q", text=new["text"]), s=new["d"] / 1000, url=said, look=_card_look(work, args, ink, bg, logo)),
              "set_end_card", text=new["text"], seconds=new["d"] / 1000, url=new.get("sub"))


def _shots_transition(work: Work) -> dict | None:
    """The transition every cut between the shots has, for the cut to the card (None: the card's own default). "dissolve
    transitions, end card 'Shop now'" gave the card a fade, so the video had two kinds (set DM dm082)."""
    kinds = {(str((s.get("tr") or {}).get("type", "none")), int((s.get("tr") or {}).get("d", 0)))
             for s in main_segments(work.draft)[1:] if not is_card(s)}
    if len(kinds) != 1:
        return None
    kind, ms = kinds.pop()
    return {"type": kind, "d": ms if kind != "none" else 0}


def _card_look(work: Work, args: EndCardArgs, ink: str | None, bg: str | None, logo: str | None) -> Msg | str:
    """The card's colours and logo this message set, said ("add an end card 'Shop now' in white on black with the logo"
    said only its words; wave 30 lead row)."""
    # (a colour said as its code is said once: "on #0b3d91 (#0b3d91)" read as two things; set FU fu077)
    parts = ([colour_said("card.ink", args.color, ink)] if args.color and ink else []) + (
        [colour_said("card.bg", args.bg, bg)] if args.bg and bg else []) + (
        [msg("card.logo", name=work.media[logo].filename if logo in work.media else logo)] if args.logo and logo else [])
    return msg("card.look", parts=parts) if parts else ""


def _card_colour(word: str) -> str:
    """#rrggbb of a colour said for the card ("gold", "金", "黑色", "#112233")."""
    if re.match(_BLUR, word):
        return "blur"
    hexed = parse_colour(vocab.NAME_COLOURS_ZH.get(word, word)) or parse_colour(word + "色")
    if hexed is None:
        raise CannotApply(msg("brand.unknown_colour", word=word))
    return hexed


# what the last screen is called: a card, a screen, a slide or a page that ends the video ("add end page with text
# 'X'", "a closing screen inviting people to visit: 'X'")
_ENDING = r"(?:end(?:ing)?|final|closing|last|outro)"
# ("the last frame" is the clip's: "hold the last frame for 2 seconds" added an end card)
# ("a call-to-action card at the end saying 'X'" was not read, set BD bd172)
CARD = (rf"(?:end[\s-]*card|outro(?:\s+card|\s+screen|\s+page)?|{_ENDING}\s+(?:card|screen|slide|page)|card|call[\s-]+to[\s-]+action(?:\s+(?:card|screen|slide))?|cta)")
# 结尾的那一页 / 最后那张卡片: the end card said by where it is ("结尾那一页卡片去掉")
ZH_CARD = (r"(?:结尾卡片|片尾卡片|结束卡片|片尾|结尾画面|结束画面|结尾页|结束页|片尾页|结束语"
           r"|(?:视频)?(?:结尾|最后|末尾|片尾)\s*(?:的)?\s*(?:那|这)?\s*(?:[一1]\s*(?:页|张|个|屏))?\s*(?:卡片|画面|页|屏))")
_ZH_GONE = r"(?:删掉|删除|去掉|拿掉|不要了?|删了|去了|移除)"
# other things added at the end ("结尾加一张图片", "结尾加上淡出", "最后加一个转场"): not a card
_NOT_CARD = (rf"(?:(?:我们|我|咱们|公司|店铺|店|品牌|官方)\s*的\s*)?(?:{FILE}|图片|照片|相片|图|音乐|配乐|歌|{vocab.ZH_EFFECTS}|字幕|标题|logo|标志|水印|视频|片段"
             r"|黑屏|白屏|慢动作|定格|网址|网站|链接)")
# a picture named bare (in English words by now) and nothing else: "最后加个戒指" adds the ring, never a card with the
# title's words (the lead's probe, session 31)
_NAME_ALONE = (r"(?<![a-z])(?!(?:cta|call|buy|shop|order|follow|thanks|sale|new|hello|bye|subscribe)\b)[a-z][a-z0-9\-]*\s*(?:的)?\s*(?:图片|照片|图|那张)?\s*(?:吧|啊)?"
               r"\s*(?:$|[,，。.!！;；])")
# a card's words after a colon run to the end of the message, commas and all ("add a call to action at the end: Order
# today, ships free" kept only "Order today"); a clause joined by "and" / 然后 after them is another edit
# ("加个片尾：扫码进店，放3秒": the card's length after its words is no part of them, set AF af090)
_HOLD_ZH = r"[,，]\s*(?:停留?|放|显示|持续|保持)\s*\d"
_REST = (rf"(?P<r>(?:(?!\s+(?:and|then|also|plus)\s|\s*(?:并且|然后|同时)|{_HOLD_ZH})(?:[^\ue000\n;；.!?。！？]|\.(?=[a-z0-9])))+?)"
         rf"\s*[.!。！]?\s*(?=$|{_HOLD_ZH}|(?<=[.!。！])\s*\S)")
# a line put at the end, unquoted ("最后放一句 扫码关注 吧", "结尾写一句 感谢观看")
# (asked with 能 or 可以, "结尾能加一句“感谢观看”吗", was not understood: set CU cu187)
_ZH_LINE = (r"(?:结尾|片尾|最后|末尾)\s*(?:再)?\s*(?:能|可以|能够)?\s*(?:再)?\s*(?:加上?|放上?|写上?|打上?|显示|来)\s*(?:一句|1句|一行|1行)\s*(?:话|字)?\s*[:：,，]?\s*"
            r"(?:(?P<zq>{Q})|(?!话?\s*(?:吧|啊|呀|吗)?\s*$)(?P<z>[^\ue000\s，,。；;！!？?]{{1,30}}?))\s*(?:吧|啊|呀|哦|呢|吗)?\s*(?=$|[，,。；;！!？?])")


def _words(text: str | None, dur: str | None) -> dict:
    """The card's words and length; words that are only a length ("end screen: 4s", quoted by the colon) are its length."""
    if text and re.fullmatch(rf"\s*{DUR}\s*", text.lower()):
        return {"text": None, "ms": dur_ms(text.lower())}
    return {"text": text, "ms": dur_ms(dur) if dur else None}


def _after_colon(s: Scan) -> str | None:
    """The words after the message's last colon, as typed: reading normalised them ("Two for one" became "2 for 1",
    a Chinese comma a comma), and the card shows what the person wrote."""
    orig = s.msg.orig
    at = max(orig.rfind(":"), orig.rfind("："))
    # (up to its sentence's end: "…: Get yours today. make it pink background" took the next wish too, set DC dc013)
    words = re.split(r"(?<=[!。！])\s*|(?<=\.)\s+", orig[at + 1:].strip())[0].rstrip(".!。！").strip() if at >= 0 else ""
    words = re.sub(r"\s*[,，]\s*(?:停留?|放|显示|持续|保持)\s*[\d.一二三四五六七八九十两]+\s*秒.*$", "", words)
    words = _unread_clauses(s, words)
    if re.search(r"[\u4e00-\u9fff]", words):
        words = words.replace(",", "，")  # (lists were read with ASCII commas: Chinese words keep theirs)
    return words or None


def _unread_clauses(s: Scan, words: str) -> str:
    """The words after a colon up to the first clause that is the card's look or length: "加一个结尾页：立即购买，
    黄色字，持续4秒" gave the card "立即购买，黄色字" (set DC dc005); "…: Order today, ships free" keeps its second clause."""
    parts = re.split(r"([,，]\s*)", words)
    kept = parts[:1]
    for gap, part in zip(parts[1::2], parts[2::2], strict=False):
        if _LOOK_PART.search(simplified(part).lower()):
            break
        kept += [gap, part]
    return "".join(kept).strip()


def _typed_apart(s: Scan, at: int, words: str) -> bool:
    """Unquoted words after an end card are its words when the person typed them apart (a space, read as a comma
    between Chinese words: "结尾加上 关注店铺") and they name no edit of their own ("结尾加个卡片 音乐小声点")."""
    orig = s.msg.orig
    # (offsets of the scanned text are the message's only when nothing was rewritten or blanked before: the frames'
    # reading of an earlier clause shrinks it, "去掉字幕，结尾加上关注我们" gave the card the title's words, set AN an167)
    same = len(orig) == len(s.msg.low) == len(s.text)
    if same:
        gap = orig[max(0, at - 3):at]
    else:  # (a rewrite changed the reading's length: the words found as typed)
        found = re.search(re.escape(words.strip()), simplified(orig), re.IGNORECASE)
        gap = orig[max(0, found.start() - 3):found.start()] if found else ""
    if not re.search(r"\s|[:：]", gap):
        # right after "最后加个" / "片尾加上", words that name nothing the planner knows are the card's ("最后加个关注我们",
        # "片尾加个Shop Now" said the title's words, set AD ad152, AF af009 af266)
        # (the verb as read, after the vocabulary's rewrites: "结尾加谢谢观看" is read "结尾加上谢谢观看", set DI)
        return bool(re.search(r"加(?:个|上|一个|1个)$", s.text[max(0, at - 4):at])) and not tag(words.lower())
    # (an operation of one character is no edit of its own: 关 of 关注 is "off")
    return not any(m.slot == "target" or (m.slot == "op" and m.end - m.start > 1) for m in tag(words.lower()))


# (a card added at the end with what it carries before it: "结尾加个卡片“X”，带上logo", "结尾加一张带logo的卡片" left its logo
# unread, sets BF bf229, BE be255)
# (a page of its own too: "结尾加一页“立即下单”，黑底白字" left its colours unread, set BN bn071)
_CARD_WORD = compile_led(rf"\b{CARD}\b|{ZH_CARD}|(?:结尾|最后|末尾)\s*(?:再)?\s*(?:加上?|加个|放上?)\s*(?:[一1]\s*(?:页|屏))?\s*(?:写着|写上|写)?\s*\ue000"
                        # (its words shown or written at the end: "最后写上“X”，加上我们的logo", "结尾出现“X”，下面放logo" left
                        # the logo unread, or made a second line saying "logo")
                        r"|(?:结尾|最后|末尾|片尾)\s*(?:再)?\s*(?:出现|写上?|写着|显示)\s*\ue000"
                        # (its page or screen by its count: "最后一屏写“X”，放个logo" dropped the logo without a word)
                        r"|(?:结尾|最后|末尾)\s*(?:的)?\s*(?:那|这)?\s*[一1]\s*(?:页|屏)"
                        # (a CTA added at the end: "结尾加个CTA：立即下单，底色用红色" left the background unread, set GO go039)
                        r"|(?:结尾|最后|末尾|片尾)\s*(?:再)?\s*(?:加上?|加个|加一个|加1个|放个|放一个|来个)\s*(?:cta|行动号召)"
                        # (its words quoted before it too: "结尾加一个“扫码领券”的卡片，背景用红色" left the background unread, set BP
                        # bp135)
                        r"|(?:结尾|最后|末尾|片尾)\s*(?:再)?\s*(?:加上?|加个|加一个|加1个|加一张|加1张|放上?|放个|放一个|放1个|放一张|放1张|来个|来一个|来1个)\s*"
                        # (or page or screen: "结尾加一个“关注我们”的画面，放上logo" left the logo unread, set ED ed187)
                        r"(?:(?:[\u4e00-\u9fffa-z]{1,8}|(?:写着|写有)?\s*\ue000\d+\ue001\s*)的\s*)?(?:卡片|画面|页面)"
                        # (its length and its look before it: "结尾加一个3秒的黑底白字卡片：X" left the colours unread, set BX bx103)
                        # (一张 too: "最后加一张红色卡片，写“X”" was not done)
                        r"|(?:结尾|最后|末尾|片尾)\s*(?:再)?\s*(?:加上?|加个|加一个|加1个|加一张|加1张|放个|放一个|放1个|放一张|放1张)\s*(?:\d+(?:\.\d+)?\s*秒\s*的\s*)?[\u4e00-\u9fff]{1,6}卡片"
                        # (its length without 的: "结尾再加个3秒卡片写“X”" was no card said, set CT ct158)
                        r"|(?:结尾|最后|末尾|片尾)\s*(?:再)?\s*(?:加上?|加个|加一个|加1个|加一张|加1张|放个|放一个|放1个|放一张|放1张)\s*\d+(?:\.\d+)?\s*秒\s*卡片"
                        # (the verb first, its words quoted: "加个结尾：“X”，背景用白色，字用黑色" left the colours unread, set BX bx276)
                        r"|(?:加上?|加个|加一个|加1个|添加|放个|放一个)\s*(?:[一1]\s*(?:页|屏))?\s*结尾\s*(?:[,，]\s*)?(?:写着|写上|写的是|写|显示|内容是|[:：])?\s*\ue000"
                        # (its words unquoted after a verb of writing: "加个结尾 写 X 背景金色" left the background unread, set CO co231)
                        r"|(?:加上?|加个|加一个|加1个|添加|放个|放一个)\s*(?:[一1]\s*(?:页|屏))?\s*结尾\s*(?:[,，]\s*)?(?:写着|写上|写的是|写|内容是)\s*[,，:：]?\s*"
                        r"(?=[\u4e00-\u9fffa-z0-9])")
# the video ended on quoted words: "end with 'X' on a black background" left the background unread and the whole was not
# done (set BV bv029); a file's name so quoted is a picture put last
# (or put at the end: "put 'Link in bio' at the end on a black background" left the background unread, set DA da158)
_ENDED_QUOTE = compile_led(r"\b(?:end|finish|close|wrap\s+up)\s+(?:it\s+|the\s+video\s+|things\s+)?(?:on|with)\s+(?:a\s+|an\s+)?(?P<q>\ue000\d+\ue001)"
                           r"|\b(?:put|add|show|place)\s+(?P<q2>\ue000\d+\ue001)\s+(?:at|on)\s+the\s+(?:very\s+)?end\b")


def _card_said(s: Scan) -> bool:
    """The message names an end card, or ends the video on quoted words that name no file."""
    return bool(_CARD_WORD.search(s.text)) or any(not re.search(FILE, s.msg.quote(m.group("q") or m.group("q2")) or "")
                                                  for m in _ENDED_QUOTE.finditer(s.text))


def _spaced(s: Scan, m: re.Match[str]) -> None:
    """A part of a card's wording read apart (its length, its logo): blanked with spaces, so that the card's own
    patterns still read the words around it ("add a 5 second end card that says X")."""
    s.covered.append((m.start(), m.end()))
    s.text = s.text[:m.start()] + " " * (m.end() - m.start()) + s.text[m.end():]


# a colour said for the card: a name the styles table knows or a hex value; in Chinese a colour character (色 optional)
_CC = rf"{COLOUR_SAID}\b"
_ZH_CC = r"(?:天蓝|浅蓝|藏青|粉红|咖啡|酒红|玫红|珊瑚|薄荷绿|[金银红蓝绿黑白黄粉紫橙橘灰米棕青])色?"
_BACK = r"(?:background|backdrop|bg)(?:\s+colou?r)?"
# a blurred picture as the card's background ("背景用模糊的画面", "a blurred background": left unread, set DB db079); a hex
# value in Chinese words too ("背景用 #0a3d62", set DB db118)
_BLUR = r"(?:blurr?(?:ed|y)?\b|(?:模糊|虚化)(?:的|掉的|处理的)?\s*(?:画面|效果|图片|视频)?)"
_ZH_BG = rf"(?:{_ZH_CC}|#[0-9a-f]{{6}}\b|#[0-9a-f]{{3}}\b|{_BLUR})"
_CCB = rf"(?:{_CC}|{_BLUR})"
# a clause that is the card's look or length, not its words: "黄色字", "pink background", "6 secs long"
_LOOK_PART = compile_led(rf"^\s*(?:(?:make\s+it\s+|with\s+)?(?:a\s+)?(?:{_CC}|{_ZH_CC})\s*(?:的)?\s*(?:字|文字|底|背景|text|letters|words|font|background|backdrop|bg)"
                         rf"|(?:背景|底色|文字|字|text|background|bg)\s*(?:用|是|为|要)?\s*(?:{_CC}|{_ZH_CC})|(?:持续|停留?|显示)?\s*{DUR})")
# the card's background said beside it ("end card 'X' on a black background", "…, red background", "end card background
# black", "a black end card", "on black" right after its words; "背景用黑色", "白色背景的结尾页", "黑底白字"): the background
# was not read, or its colour read as the words' (sets AG ag150, AI ai171 ai272, AL al133 al134, AM am177 am179)
# (the card said to have it too: "make the end screen have a white background" was not understood, set CU cu208)
_CARD_BG = (rf"\b(?:on|with|against|over|in\s+front\s+of|have|has|having|get|gets)\s+(?:a\s+|an\s+|the\s+)?(?:solid\s+|plain\s+|pure\s+)?"
            rf"(?P<b1>{_CCB})\s+{_BACK}\b"
            # (or after the card's colon: "end card: black background, white text, 'X'", set BE be077)
            rf"|(?:^|(?<=[,;])|(?<=card:)|(?<=card=)|(?<=outro:)|(?<=slide:)|(?<=screen:))\s*(?:and\s+)?(?:with\s+)?(?:a\s+|an\s+|the\s+)?(?:solid\s+|plain\s+|pure\s+)?(?P<b2>{_CCB})\s+{_BACK}\b"
            rf"(?!\s+(?:music|audio|track|sound|song))"
            # (or joined by "and" after another of its parts: "… with our logo on it and a navy background" left it unread
            # and the whole message was not understood, set EC ec025)
            rf"|\band\s+(?:with\s+)?(?:a\s+|an\s+|the\s+)?(?:solid\s+|plain\s+|pure\s+)?(?P<b7>{_CCB})\s+{_BACK}\b(?!\s+(?:music|audio|track|sound|song))"
            # ("with our brand blue #0057B8 as the background": its colour, then what it is; dev set DG dg195)
            rf"|\bwith\s+(?:a\s+|an\s+|the\s+)?(?P<b8>{_CCB})\s+as\s+(?:the\s+|its\s+|a\s+)?{_BACK}\b"
            rf"|\b(?:its\s+|the\s+|a\s+|card'?s\s+)?{_BACK}\s*(?:to\s+|:\s*|=\s*|of\s+|in\s+|should\s+be\s+|is\s+|be\s+|as\s+)?(?:a\s+|an\s+)?(?P<b3>{_CCB})"
            rf"|\b(?:the\s+)?{_BACK}\s+(?:of|on|for)\s+(?:the\s+)?(?:{CARD})\s+(?:to\s+|be\s+|should\s+be\s+|is\s+|as\s+)?(?P<b4>{_CC})"
            rf"|(?:(?<=\ue001)|(?<=\bcard)|(?<=\bslide)|(?<=\bscreen)|(?<=\bpage)|(?<=\boutro))\s+on\s+(?:a\s+)?(?P<b5>{_CC})(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])))"
            rf"|\b(?P<b6>{_CC})\s+(?=(?:end(?:ing)?|final|closing|last|outro)\s+(?:card|screen|slide|page)\b|outro\b)"
            rf"|(?:背景|底色)\s*(?:的)?\s*(?:颜色|色)?\s*(?:要|请|就|也)?\s*(?:改成|换成|改为|换为|设为|设成|设置为|设置成|调成|变成|弄成|用|是|为|要|:|：)?\s*(?:纯)?"
            rf"(?P<z1>{_ZH_BG})(?!\s*(?:的)?\s*(?:字|文字))"
            rf"|(?:纯)?(?P<z2>{_ZH_CC})\s*(?:的)?\s*(?:背景|底色|底)(?!\s*(?:音乐|乐|音))(?:\s*的(?=\s*(?:结尾|片尾|结束|最后)))?(?:\s*[,，]?\s*(?:配|加|和|用)?\s*(?P<ink>{_ZH_CC})\s*(?:的)?\s*(?:字|文字))?"
            # ("白字黑底": its words' colour said first, set CV cv245 read neither)
            rf"|(?P<ink2>{_ZH_CC})\s*(?:的)?\s*(?:字|文字)\s*[,，]?\s*(?:配|加|用)?\s*(?:纯)?(?P<z4>{_ZH_CC})\s*(?:的)?\s*(?:背景|底色|底)(?!\s*(?:音乐|乐|音))"
            # ("结尾加一个5秒的蓝色卡片": a card of a colour is its background, as "a black end card" is; set BX bx103's neighbour)
            rf"|(?P<z3>{_ZH_CC})\s*(?:的)?\s*(?=卡片)")


_CARD_INK = (rf"(?:^|[,，]\s*)cardink\s+(?P<c>#[0-9a-f]{{6}}(?![0-9a-z])|#[0-9a-f]{{3}}(?![0-9a-z])|[a-z]+(?:\s+blue|\s+grey|\s+pink)?"
             # (a colour of two to four characters at its clause's end: "cardink 藏青色", edits' card_focus)
             rf"|[\u4e00-\u9fff]{{2,4}}(?=\s*(?:$|[,，;；。!！]))|[\u4e00-\u9fff])(?:\s+on\s+(?:a\s+)?(?P<b>{_CC})(?:\s+{_BACK})?"
             rf"(?=\s*(?:$|[,;!?]|\.(?![a-z0-9]))))?")


def _card_parts(s: Scan) -> None:
    """The card's length said before it ("add a 5 second end card that says Order today", "最后加个三秒的结尾卡片") and its
    logo said beside it ("end card with our logo saying 'X'", "片尾加上“X”和我们的logo", "…, and show logo.png on it"): the
    length was the video's and the logo left unread (sets AC ac156 ac157, AD ad154 ad157, AE ae229 ae250 ae253, AF af165
    af232)."""
    if not _card_said(s):
        return
    for m in list(rx(rf"\b(?P<d>{DUR})\s*-?\s*(?:long\s+)?(?=(?:{CARD})\b)|(?P<d2>{DUR})\s*(?:的)?\s*(?=结尾卡片|片尾卡片|结束卡片|结束页|结尾页|片尾)"
                     # (a bare 卡片 after 加个 too: "结尾再加个3秒卡片写“X”" lost its words to the title's, set CT ct158)
                     rf"|(?<=[个张])\s*(?P<d3>{DUR})\s*(?:的)?\s*(?=卡片)")
                  .finditer(s.text)):
        s.add("end_card", m, ms=dur_ms(m.group("d") or m.group("d2") or m.group("d3")))
        _spaced(s, m)
    logo = rf"(?:(?:our|the|my|a)\s+)?(?:brand\s+)?(?:{PICTURE}|logo\b)"
    # ("an end card with the logo instead: 'X'": instead of the corner's, its words after a colon; set CA ca258)
    # ("… and has the logo", "… that carries our logo": the card's too; wave 31 fixer D, beside row 3)
    for m in list(rx(rf"\b(?:with|and|plus|that)\s+(?:show\s+|shows\s+|put\s+|add\s+|have\s+|has\s+|carries\s+|having\s+)?{logo}(?:\s+on\s+(?:it|the\s+card|there))?(?:\s+(?:too|as\s+well|instead))?"
                     # ("with logo.png and the text 'X'" is read whole below; "with our logo and 'X'": the words the card's)
                     r"(?:\s+and(?=\s*\ue000))?(?=\s*(?:$|[,;!?:：]|\.(?![a-z0-9])|saying\b|reading\b|that\s+says\b|and\b(?!\s+(?:the\s+)?(?:text|words|line|message|tagline))|\ue000))"
                     # ("结尾卡片加上我们的logo，写“X”": the logo put on the card named just before, set AM am180)
                     # ("结尾加一页「X」，也放上logo": also, set BW bw232)
                     # ("…，并在卡片上放 logo.png": the card named again as where it goes, set CQ cq153 left the logo unread)
                     rf"|(?:和|跟|以及|还有|并|[，,]|(?<=卡片)|(?<=片尾)|(?<=结尾页)|(?<=结束页)|(?<=片尾页))\s*(?:也|再|还|同时)?"
                     # ("…，页面上放我们的logo": the page said bare as where, set EA ea129)
                     # ("…，下面放logo": under its words, set HP's kind)
                     rf"\s*(?:(?:(?:在\s*(?:{ZH_CARD}|卡片)|(?:在\s*)?(?:这\s*)?页面)\s*上|(?:在\s*)?(?:文字|字)?\s*(?:下面|下方|底下))\s*(?:也|再|还)?\s*)?(?:显示|放上?|加上?|带上?|配上?|附上?|用)?\s*{_OWN_ZH}(?:(?:logo|标志)(?:图片?)?|{PICTURE.replace('?P<f>', '?P<f2>')})"
                     # ("…，logo也放上": the logo said first, its verb after, set HP's kind)
                     r"(?:\s*(?:也|再|还)?\s*(?:放上|加上|带上|配上|附上|显示)(?:去)?)?"
                     r"(?=\s*(?:$|[，,。；;！!]|\ue000))"
                     # "结尾加一张带logo的卡片": the card said by the logo it carries (set BE be255)
                     # (or page or screen: "结尾加一个带logo的画面，写“X”" looked for a file "1个带logo的画面", set HP's kind)
                     r"|(?<=[张个页])\s*(?:带|有)(?:上|有|着)?\s*(?:我们的?|品牌的?)?\s*(?:logo|标志)\s*的(?=\s*(?:卡片|画面|页面|结尾页|结束页|片尾页|结尾画面|结束画面|页|屏))").finditer(s.text)):
        if m.group("f") and re.search(rf"(?:{CARD})\s*$", s.text[:m.start()]):
            continue  # "a closing card with logo.png on it": the brand kit's logo, read below
        s.add("end_card", m, logo=m.group("f") or m.group("f2") or "logo")
        _spaced(s, m)
    # the logo put on the card by a verb: "use our logo on the end card", "put the logo on an end card" (set BF bf247),
    # "…设为品牌logo，并放在结束卡片上" (the logo named
    # before it; sets AW aw192 aw269)
    # (with the card's words after it, "put the logo on the end card, with 'Shop now'", and the logo said before as "it", "set
    # logo.png as the brand logo and use it on an end card that says 'X'": the words or the logo were left unread, sets BI bi211
    # bi213)
    for m in list(rx(rf"\b(?:use|put|show|add|place|have)\s+(?:(?:our\s+|the\s+|my\s+)?(?:brand\s+)?logo|(?P<it>it)|(?P<lf>[a-z0-9_\-]*logo[a-z0-9_\-]*\.(?:png|jpe?g|webp|svg)))\s+(?:on|onto|in|to)\s+(?:the\s+|that\s+|this\s+|an?\s+)?(?:{CARD})\b"
                     # ("put the logo on an end card too, with 'X'", set BJ bj256)
                     # ("put it on an end card instead, saying 'X'", set CA ca258's neighbour)
                     rf"(?:\s+(?:too|as\s+well|instead))?(?:\s*,?\s*(?:with|saying|that\s+says|which\s+says|reading|that\s+reads)\s*(?P<t>{Q})(?=\s*(?:$|[,;.!?])))?"
                     rf"|(?:并且?|然后|再|也|[,，])?\s*(?:把它|将它|它)?\s*(?:放|加|显示|用)(?:在|到)\s*(?:{ZH_CARD}|卡片)\s*上").finditer(s.text)):
        verb = m.group(0).lstrip().startswith(("use", "put", "show", "add", "place", "have")) and not m.group("it")
        # (the text before it in the message: the scan's text is shorter once a part read by the frames is blanked,
        # "角上的logo去掉，放到片尾上，…" looked for the logo in the wrong place, set BO bo261)
        said = m.group(0).strip(" ,，")
        before = s.msg.low[:m.start()] if len(s.msg.low) == len(s.text) else s.msg.low[:max(0, s.msg.low.find(said))]
        if verb or re.search(r"logo|标志", before):
            s.add("end_card", m, logo=m.group("lf") or "logo", **({"text": s.text_of(m.group("t"))} if m.group("t") else {}))
            _spaced(s, m)
    for m in list(rx(_CARD_BG).finditer(s.text)):
        bg = next(g for g in m.group("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "z1", "z2", "z3", "z4") if g)
        ink = m.group("ink") or m.group("ink2")
        s.add("end_card", m, bg=bg, **({"color": ink} if ink else {}))
        _spaced(s, m)
    # the colour of its words said between the card and its words, read before them ("end card: black background,
    # white text, 'X'": the words were not reached, set BE be077); the same reading as below, in r_end_card
    for m in list(rx(_CARD_INK).finditer(s.text)):
        s.add("end_card", m, color=m.group("c"), **({"bg": m.group("b")} if m.group("b") else {}))
        _spaced(s, m)


def _as_typed(s: Scan, a: int, b: int, read: str = "") -> str | None:
    """Unquoted words as typed, with the filler the reading blanked inside or around them ("Shop Now" read as "shop",
    "谢谢观看" as "观看": sets AL al132 al135); None when the reading's offsets are not the message's."""
    orig, text = s.msg.orig, s.msg.low
    # (lengths equal by chance after a rewrite that lengthened and a filler dropped that shortened, set AW aw126: the
    # words themselves must sit at the same place)
    if not len(orig) == len(text) == len(s.text) or simplified(orig[a:b]).lower() != text[a:b]:
        # (a rewrite moved the offsets: the words found as typed, with a thanks the reading dropped right after the verb of
        # writing before them, "最后停留的画面写 谢谢支持")
        words = read.strip()
        found = list(re.finditer(re.escape(words), simplified(orig), re.IGNORECASE)) if words else []
        if len(found) != 1:
            return None
        lead = re.search(r"(?:[写说:：]|saying|says)\s*((?:谢谢|感谢|thanks|thank\s+you)\s*)$", orig[:found[0].start()], re.IGNORECASE)
        end = found[0].end()
        if re.match(r"\s*(?:$|[,;!?，；。！？]|\.(?![a-z0-9]))", s.text[b:]):
            # words the reading blanked at the clause's end are theirs as typed: "end card saying Shop Now, black
            # background" ("now" was read as filler, set AW aw126)
            tail = re.match(r"[^,;!?，；。！？\n]*", orig[end:])
            rest = tail.group(0) if tail else ""
            rest = re.sub(r"(?:\s+(?:please|pls|thanks|thank\s+you))+\s*$|\.\s*$", "", rest, flags=re.IGNORECASE)
            if not any(t.slot in ("target", "op") for t in tag(rest.lower())):
                end += len(rest.rstrip())
        return (lead.group(1) if lead else "") + orig[found[0].start():end]
    while a > 0 and text[a - 1] == " " and orig[a - 1] not in ",，:：":
        a -= 1
    while b < len(text) and text[b] == " " and orig[b] not in ",，.。!！?？;；":
        b += 1
    words = re.sub(r"(?:\s+(?:please|pls|thanks|thank\s+you)|吧|哦|呢)+$", "", orig[a:b].strip().rstrip(".!。！"), flags=re.IGNORECASE)
    return words.strip() or None


def _card_held(s: Scan) -> None:
    """The card's length in a clause after it: "end card should say Link in bio, keep it up for 4 seconds", "加个片尾“立即
    购买”，停五秒" (set AF af081 af156, AD ad262)."""
    if not any(i.kind == "end_card" and not i.args.remove for i in s.intents):
        return
    # right after the card's words: "add a closing card 'Order today' for 3 seconds" (set AL al131)
    # (or listed after a comma: "add an end card 'Order today', 5 seconds long, on a black background" made the video 5 s
    # long, set AQ aq119; "…, 3 seconds, gold background", AS as183)
    # ("… saying 'X' that lasts 4 seconds": its time said as what it does, set CH ch156)
    # ("… 'Follow @redsneaker' shown for two seconds": the time it is shown, set CT ct082)
    for m in s.take(rf"(?<=;)\s*(?:[,，]\s*)?(?:(?:for|lasting(?:\s+for)?|(?:shown|displayed|on\s+screen|up)\s+for"
                    rf"|(?:that|which|and|it)\s+(?:lasts|runs|stays(?:\s+up|\s+on(?:\s+screen)?)?"
                    rf"|is\s+(?:up|on\s+screen|shown))(?:\s+for)?)\s+)?(?P<d>{DUR})(?:\s+long)?(?=\s*(?:$|[,;.!?]))"):
        s.add("end_card", m, ms=dur_ms(m.group("d")))
    # ("片尾加一个“X”，时间五秒", "… and give it 4 seconds": its time named, sets AT at152, AS as180)
    for m in s.take(rf"(?:^|(?<=[,;，；])|\band\b)\s*(?:and\s+)?(?:keep|leave|hold|show|have|give)\s+(?:it|that|the\s+card)\s+(?:up\s+|on\s+screen\s+|there\s+|on\s+)?(?:for\s+)?"
                    rf"(?P<d>{DUR})\s*(?=$|[,;.!?])|(?:^|(?<=[,;，；]))\s*(?:停留?|放|显示|持续|保持|(?:显示|持续|停留)?(?:时间|时长)\s*(?:是|为|要|:|：)?)\s*"
                    rf"(?P<d2>{DUR})\s*(?=$|[,;，；。！!])", when=lambda m: not _other_timed(s.text[:m.start()]) and _in_card_sentence(s, m.start())):
        s.add("end_card", m, ms=dur_ms(m.group("d") or m.group("d2")))
    # its length in a later clause of its sentence, said bare or as what it does: "…, no subtitle, 2 seconds", "… and last 5
    # secs", "…, set its duration to 4 seconds" (the length was the video's or left unread, set DB db149 db108 db068)
    for m in s.take(rf"(?:^|(?<=[,;])|\band\b)\s*(?:and\s+)?(?:then\s+)?(?:(?:make\s+it\s+|have\s+it\s+|let\s+it\s+|it\s+should\s+)?"
                    rf"(?:last|lasts|lasting|stay|stays|run|runs)\s+(?:for\s+)?(?:about\s+)?"
                    rf"|(?:set\s+|make\s+)?(?:its|the\s+card'?s?)\s+(?:duration|length|time)\s*(?:to\s+|at\s+|of\s+|is\s+|should\s+be\s+|:|=)?\s*)?"
                    rf"(?P<d>{DUR})(?:\s+long)?\s*(?=$|[,;.!?])",
                    when=lambda m: not _other_timed(s.text[:m.start()]) and _in_card_sentence(s, m.start())):
        s.add("end_card", m, ms=dur_ms(m.group("d")))


# its second line named so: "副文字为“Y”", "结尾页副标题写“Y”" (副标题 reads 副题) were left unread (sets DB db216 db190)
_SUB_ZH = (rf"(?:^|(?<=[,，;；])|(?<=卡片)|(?<=结尾页)|(?<=结束页)|(?<=片尾页)|(?<=片尾))\s*(?:的|上的)?\s*副\s*(?:标题|题|文字|文案|标语|字)"
           rf"\s*(?:写成|写着|写|为|是|用|改成|换成)?\s*[:：]?\s*(?P<u>{Q})")


def _sub_named(s: Scan) -> None:
    """The card's second line named as its 副文字 / 副标题, when its main words are said too (alone it adds no card of the title's
    words: wave 7 row)."""
    if any(i.kind == "end_card" and i.args.text for i in s.intents):
        for m in s.take(_SUB_ZH):
            s.add("end_card", m, url=s.text_of(m.group("u")))


def _in_card_sentence(s: Scan, at: int) -> bool:
    """A length in the sentence of the card said before it: "结尾卡片写'X'。结尾淡出，持续2秒" made a 2 s card of the fade's
    length said in the next sentence (a held-out row); the card's clause ends at its sentence's end."""
    cards = [i.pos for i in s.intents if i.kind == "end_card" and not i.args.remove and i.pos < at]
    if not cards:
        return False
    text = s.msg.low if len(s.msg.low) == len(s.text) else s.text
    return not _SENTENCE_END.search(text, max(cards), at)


_SENTENCE_END = compile_led(r"[。！？!?]|\.(?![a-z0-9])")


# a thing with a length of its own named in the clause just before a bare length: "…，黑色背景，结尾淡出，持续2秒" is the fade's
# 2 s, not the card's (set BA ba230 with the fade read: the card was made 2 s long and the fade kept 1 s)
_TIMED = compile_led(r"淡出|淡入|渐隐|渐显|黑场|白场|转场|过渡|音乐|配乐|字幕|标题|图片|照片|片段|\bfade|\btransition|\bmusic|\btitle|\bcaption|\bclip")


def _other_timed(before: str) -> bool:
    clause = re.split(r"[,，;；。!！?？]|\.(?![a-z0-9])", before.rstrip(" ,，;；"))[-1]
    return bool(_TIMED.search(clause))


def _put_last(m: re.Match[str]) -> str:
    """The words of a card put at the end or on the last screen (the one group of that pattern that took them)."""
    return next((g for g in m.group("t", "t2", "t3", "t4", "t5", "t6a") if g), "")


def _written_thanks(s: Scan) -> str | None:
    """The card's words after its verb of writing, as typed, when the reading dropped them as a thanks ("再加个结尾写Thanks",
    "结尾写 谢谢": the card said the title's words, set BA ba251; "结尾写个 谢谢观看": a measure word after 写 is none of them, set
    CR cr114); None unless the message has one such place and its words name
    no edit."""
    found = list(re.finditer(r"结尾\s*[,，]?\s*(?:写着|写上|写的是|写(?:\s*[一1]?\s*个)?|内容是|(?:文字|文案|内容)\s*(?:是|为))\s*[:：]?\s*(?P<w>[^,，。；;！!？?\n]+)",
                             s.msg.orig))
    if len(found) != 1:
        return None
    words = _unread_parts(s, found[0].group("w").strip().rstrip("."))
    return words if words and not any(t.slot in ("target", "op") for t in tag(words.lower())) else None


def _unread_parts(s: Scan, words: str) -> str:
    """Words typed apart with spaces, up to the first Chinese part the scan has read already as something else: "加个结尾 写 X
    背景金色 字是黑的" (the background and the words' colour, read as the card's look, were taken for its words too, set CO co231)."""
    parts = re.split(r"([ \u3000]+)", words)
    kept = parts[:1]
    for gap, part in zip(parts[1::2], parts[2::2], strict=False):
        if re.match(r"[\u4e00-\u9fff]", part) and simplified(part).lower() not in s.text:
            break
        kept += [gap, part]
    return "".join(kept)


# the groups of r_end_card's card-and-words patterns that hold the card's words, in the order they are read
_SAID_WORDS = ("t", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10", "t11", "t12", "t14", "t15", "t16", "t17", "t18", "t19", "t20",
               "f4", "f5", "f6", "f7", "f8", "f9")


# whose logo it is, said before it: 我们的 / 品牌的 / 店铺 / 公司的
_OWN_ZH = r"(?:(?:我们|咱们|我)\s*(?:家)?\s*(?:的)?\s*)?(?:(?:店铺|本店|店|公司|品牌|商家|官方)\s*(?:的)?\s*)?"


# Chinese words right after a card read without its words, no reading used: the card is not read so ("片尾放上店名" made a
# card saying the title's words, 上店名 left without a word; set DN dn032)
# (in its own clause: a match that took the comma ends there; "…的卡片" is the card said after its words)
_WORDS_LEFT = compile_led(r"(?<![,，;；:：])\s*(?!的|卡片|页|画面)[\u4e00-\u9fff]")


# words said as "some text", "字", "一句话" in the place of the card's words: which words is asked, never a card saying
# "some text" or the title's words (sets DI di137, the lead's "add an end card with some text")
# A kind of words named, not the words: "联系方式", "店名和电话", "our contact info", "感谢语" (the card said "联系方式";
# found writing to the held-out kind "an end card beside shorter"): which words is asked too
_WORD_KIND = (r"(?:(?:our|my|the|your|shop'?s|store'?s)\s+)?(?:contact\s+(?:info|information|details)|phone\s+number|(?:store|shop|brand)\s+name"
              r"|website|web\s+address|address|url|link|handle|social\s+handles?|slogan|tagline)"
              r"|(?:我们|咱们|我|本店|店铺|店|公司|品牌)?\s*(?:的)?\s*(?:联系方式|联系电话|电话号码|电话|手机号码?|微信号?|公众号|抖音号|账号|店名|店铺名[称字]?|名字|品牌名[称字]?|公司名[称字]?"
              r"|网址|网站|链接|购买链接|地址|二维码|感谢语|感谢的话|口号|标语|广告语|宣传语|优惠信息|促销信息|活动信息|店铺信息|slogan)")
# (a kind of words said with what settles it: "写上店名就行" made a card saying "店名就行"; set DP dp013)
_NO_WORDS = compile_led(r"(?:(?:some\s+|any\s+)?(?:text|words|wording|copy|writing)|something|字|文字|话|句话|1句话|文案|点字|些字|(?:点|些)?东西|内容"
                        rf"|(?:{_WORD_KIND})(?:\s*(?:和|跟|与|及|以及|、|,|，|and|&|\+)\s*(?:{_WORD_KIND}))*)\s*(?:就行|就好|就可以|即可|吧)?")


def r_end_card(s: Scan) -> None:
    # ("片尾加个字", "结尾加句话": words asked for, none said)
    # ("结尾加一句": a line asked for, no words said; it had made the title's card, set DR dr033; after a comma the words
    # may follow, as a space typed before them reads: "最后加一句 谢谢惠顾")
    for m in s.take(r"(?:结尾|片尾|最后|末尾)\s*(?:再)?\s*(?:加上?|加个|加点|加些|加1句|加1行|放)\s*(?:个|点|些|1句|1行)?\s*(?P<w>字|文字|话|文案)"
                    r"(?=\s*(?:$|[。.!！?？;；]))"
                    r"|(?:结尾|片尾|最后|末尾)\s*(?:再)?\s*(?:加上?|写上?|来)\s*(?P<w2>1句|1行)(?=\s*(?:$|[。.!！?？;；]))"):
        s.add("end_card", m, text=m.group("w") or "话")
    # the logo put at the end with words written beside it is a card with both: "结尾放logo，写“关注店铺”" (nothing was read,
    # set BI bi229); the logo alone at the end may be an overlay's last seconds, so only with its words
    # (the shop's own logo too: "片尾加上店铺logo和“感谢观看”" was not read, set CG cg275)
    for m in s.take(rf"(?:结尾|片尾|最后|末尾)\s*(?:再)?\s*(?:放上?|加上?|显示|放个|加个)\s*{_OWN_ZH}(?:logo|标志)\s*(?:[,，]\s*)?"
                    # (or joined by 和: "结尾放上logo和“X”", set BV bv216)
                    # ("结尾放logo，再加一句“X”": the line said as one, set BV bv216's neighbour)
                    rf"(?:(?:并且?|再|然后)?\s*(?:写上?|写着|配上?|加上?|(?:文字|文案)\s*(?:是|为|写)|显示)\s*(?:[一1]\s*[句行]\s*(?:话|字)?)?|和|跟|以及|还有)\s*[:：]?\s*(?P<t>{Q})"):
        s.add("end_card", m, logo="logo", text=s.text_of(m.group("t")))
    _card_parts(s)
    _cta_zh(s)
    cards = CARD.replace('|card|', '|')  # an end card by any of its names but the bare "card"
    for m in s.take(rf"\b(?:remove|delete|drop|no|get\s+rid\s+of|lose|ditch|scrap|take\s+out|take\s+off|take\s+away|kill|axe|cut|skip)\s+(?:the\s+)?(?:{cards})"
                    # "take the end card off", "get the outro out of there"
                    rf"|\b(?:take|get)\s+(?:the\s+)?(?:{cards})\s+(?:off|out|away)\b"
                    rf"|(?:删除|去掉|删掉|不要|拿掉|移除)\s*(?:{ZH_CARD}|结尾)"
                    rf"|(?:把\s*)?{ZH_CARD}\s*{_ZH_GONE}"):
        s.add("end_card", m, remove=True)
    # said as what should happen to it: "the user wants the end card removed", "the closing screen has to go"
    # (after the rewrite of "has to go" to "remove", the verb comes last)
    for m in s.take(rf"\b(?:the\s+)?(?:{cards})\s+(?:removed|deleted|gone|taken\s+(?:off|out|away)|dropped|remove|delete)\b"
                    rf"|\b(?:the\s+)?(?:{cards})\s+(?:has\s+to|must|needs\s+to|should|can)\s+(?:go|be\s+removed|be\s+deleted)\b"):
        s.add("end_card", m, remove=True)
    card = CARD
    say_ = (r"(?:saying|(?:that|which)\s+(?:says|reads|read|say)|reading|with\s+the\s+(?:text|words|line|message)"
            r"|with\s+(?:the\s+)?(?:text|words|line|message)|with|:|=)?")
    # a card by what it is ("a screen saying …"): a word for a screen, only with a quote after it
    screen = r"(?:screen|card|slide|frame|page)"
    # a card with a logo file on it: the card's logo, the brand kit left as it is, as for "end card with our logo" (one
    # rule for both wordings: six blind rows, sets AD ad157, AE ae229, AF af165 af232, AM am180, read the logo as the
    # card's; a brand kit is set when it is named, "use logo.png as our brand logo")
    for m in s.take(rf"\b(?:add|put|include|use|show)\s+(?:a\s+|an\s+|the\s+)?{card}\s+with\s+(?:our\s+|the\s+)?(?:logo\s+)?{PICTURE}"
                    rf"(?:\s+on\s+it)?(?:\s+and\s+(?:(?:the\s+)?(?:text|words|line|message|tagline)\s*(?:saying|that\s+says)?\s*)?(?P<t>{Q}))?"
                    rf"|(?:结尾|片尾|最后)\s*(?:加上?|加个|放上?|添加|显示)\s*{PICTURE.replace('?P<f>', '?P<f3>')}\s*(?:和|跟|以及|加上?)\s*(?:文字|字样|文案)?\s*(?P<t3>{Q})"
                    rf"|(?:结尾|片尾|最后)\s*(?:加上?|加个|加一个|加1个|加1张|放|添加)\s*(?:一张|一个|1张|1个)?\s*(?:卡片|结尾卡片|片尾|画面)?\s*[,，]?\s*"
                    rf"(?:带上?|有|放上?|用)?\s*{PICTURE.replace('?P<f>', '?P<f2>')}\s*(?:和|跟|以及|[,，])\s*(?:文字|字样|写着|文案)?\s*(?P<t2>{Q})(?:\s*(?:的字样|字样|这句话))?"):
        s.add("end_card", m, text=s.text_of(m.group("t") or m.group("t2") or m.group("t3")),
              logo=m.group("f") or m.group("f2") or m.group("f3"))
    # the card's words changed or said as what it should say: "change the end card to say 'X'", "the CTA should read
    # 'X'", "end card text: 'X'", "I want the last screen to say 'X'", "片尾卡片改成“X”", "把结尾卡片的文字换成“X”"
    last_screen = r"(?:the\s+)?(?:last|final|closing|end(?:ing)?)\s+(?:screen|card|slide|frame)"
    to_say = r"(?:to\s+say|to\s+read|so\s+(?:that\s+)?it\s+(?:says|reads)|should\s+(?:say|read|be)|must\s+(?:say|read)|will\s+(?:say|read)|says|reads|saying)"
    for m in s.take(rf"(?:\b(?:change|set|update|make|edit|switch)\s+(?:the\s+)?(?:{card}|{last_screen})\s*(?:text|words|wording|copy|message)?\s+"
                    rf"(?:{to_say}|to)\s*(?P<t>{Q})"
                    # (with the verb before it: "add an end card saying 'X'" left "add an" to be read as a file)
                    rf"|(?:\b(?:add|put|include|use|show|have)\s+(?:a\s+|an\s+|one\s+)?"
                    # ("end with a card saying X" left "end with a" to be read as a file)
                    rf"|\b(?:finish|end|close|wrap\s+up)\s+(?:it\s+|the\s+video\s+|things\s+)?(?:on|with)\s+(?:a\s+|an\s+|one\s+)?)?\b(?:the\s+)?(?:{card}|{last_screen})\s*(?:text|words|wording|copy|message)?\s*(?:{to_say}|:|=)\s*(?P<t2>{Q})"
                    rf"|\b(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+(?:{card}|{last_screen})\s+{to_say}\s*(?P<t3>{Q})"
                    rf"|(?:把)?\s*(?:片尾卡片|结尾卡片|结束卡片|结尾画面|结束画面|结束页|结尾页|片尾|行动号召|cta)\s*(?:的|上的)?\s*(?:文字|文案|内容|字)?\s*"
                    rf"(?:改成|改为|换成|写成|设为|变成)\s*[:：]?\s*(?P<t4>{Q}))(?:\s+(?:for|lasting)\s+(?P<d>{DUR}))?"):
        d = m.group("d")
        s.add("end_card", m, **_words(s.text_of(next(g for g in m.group("t", "t2", "t3", "t4") if g)), d))
    # ("hold the final frame for 1 second" is a clip's last frame held: the speed edit's)
    # ("make the end card longer, 6 seconds": the new length after the way it changes, set DB db065)
    for m in s.take(rf"\b(?:make|set|keep|show|hold)\s+(?!(?:the\s+)?(?:last|final|end(?:ing)?)\s+frame\b)(?:the\s+)?{card}\s+"
                    rf"(?:(?:longer|shorter)\s*,?\s*(?:(?:to|at|about)\s+)?|last\s+|for\s+|to\s+|up\s+for\s+)?(?P<d>{DUR})(?:\s+long)?"
                    rf"|\b{card}\s+(?:length|duration)\s*(?:to|:|=|of)?\s*(?P<d2>{DUR})"
                    # ("the ending card should last 5 seconds", "the outro needs to stay up for 4s": wave 31 row)
                    rf"|\b{card}\s+(?:should|must|needs?\s+to|has\s+to|can|could|will|to)\s+(?:last|run|stay(?:\s+(?:up|on(?:\s+screen)?))?"
                    # (or just be that long: "End card should be 4 seconds, text 'X'" left the length unread; dev set DF df197)
                    rf"|be\s+(?:shown|on(?:\s+screen)?|up|visible)|be(?=\s+(?:about\s+|around\s+)?\d))\s+(?:for\s+)?(?:about\s+|around\s+)?(?P<d6>{DUR})"
                    rf"|^\s*(?:the\s+|an?\s+)?{card}\s+(?:for|of)\s+(?P<d4>{DUR})\s*(?:please)?\s*$"
                    # "end card 4s", "outro: 5 seconds" (a clause of its own)
                    rf"|(?:^|(?<=[,;，；.!?\n]))\s*(?:the\s+)?{card}\s*(?:[:=：]\s*)?(?P<d5>{DUR})(?:\s+long)?\s*(?=$|[,;.，；。])"
                    # (结尾页 / 结束页 too: "结尾页停留5秒，写“X”", set BK bk113)
                    # ("结尾卡片延长到5秒" made the whole video 5 s long: the card's length said with 延长到 / 缩短到)
                    rf"|(?:片尾卡片|结尾卡片|结尾卡|结尾页|结束页|片尾页|片尾|(?<=把)卡片|(?<=将)卡片)\s*(?:显示|停留|持续|时长|的时长)?\s*"
                    rf"(?:改成|改为|设为|调成|变成|(?:延长|加长|拉长|缩短|减少|改|调)(?:到|至))?\s*(?P<d3>{DUR})"):
        s.add("end_card", m, ms=dur_ms(m.group("d") or m.group("d2") or m.group("d3") or m.group("d4") or m.group("d5") or m.group("d6")))
    for m in s.take(rf"\bendingpart\s*(?P<d>{DUR})"):  # "the ending" given a length (tidy): the card's, or asked
        s.add("end_card", m, ms=dur_ms(m.group("d")), vague=True)
    # the card's length changed by an amount: "结尾卡片延长2秒", "end card 2 seconds longer" (the pictures were made longer, or
    # the whole video 2 s shorter)
    for m in s.take(rf"(?:片尾卡片|结尾卡片|结尾卡|结尾页|结束页|片尾页|片尾)\s*(?:的)?\s*(?:时长|时间|显示时间)?\s*(?:再)?\s*"
                    rf"(?:(?P<up>延长|加长|拉长|增加|多)|(?P<down>缩短|减少|减|少))\s*(?P<d>{DUR})(?!\s*[到至])"
                    rf"|\b(?:make\s+)?(?:the\s+)?(?:{card})\s+(?P<d2>{DUR})\s+(?:(?P<up2>longer)|(?P<down2>shorter))\b"
                    rf"|\b(?:make\s+)?(?:the\s+)?(?:{card})\s+(?:(?P<up3>longer)|(?P<down3>shorter))\s+by\s+(?P<d3>{DUR})"):
        ms = dur_ms(m.group("d") or m.group("d2") or m.group("d3")) or 0
        s.add("end_card", m, more_ms=-ms if (m.group("down") or m.group("down2") or m.group("down3")) else ms)
    # ... or by no amount said: "make the end card a bit longer", "结尾卡片停留久一点" (set EF ef068 ef100 were not understood):
    # 2 s longer, or 1 s shorter (its default is 3 s; a card under 1 s is not read)
    for m in s.take(rf"\b(?:make\s+|keep\s+)?(?:the\s+)?(?:{card})\s+(?:(?:up|on\s+screen)\s+)?(?:a\s+(?:bit|little|lot)\s+|much\s+|slightly\s+)?"
                    rf"(?:(?P<up>longer)|(?P<down>shorter))\b"
                    rf"|(?:片尾卡片|结尾卡片|结尾卡|结尾页|结束页|片尾页|(?<=把)卡片)\s*(?:的)?\s*(?:停留|显示|时长|时间|显示时间)?\s*(?:再)?\s*"
                    rf"(?:放|留)?\s*(?:(?P<up2>久|长)|(?P<down2>短))\s*(?:一点|一些|点)"):
        s.add("end_card", m, more_ms=2000 if (m.group("up") or m.group("up2")) else -1000)
    # the words after a colon ("add a call to action at the end: Order today, ships free"), a card wanted with its words
    # ("the user wants an outro screen with 'X' on it"), a line put at the end (最后放一句 X 吧): read before the looser
    # forms below, which took the card and left its words
    colon = (rf"(?:\b(?:add|put|include|use|want|wants|need|needs|have)\s+(?:a\s+|an\s+|the\s+)?{card}"
             rf"(?:\s+at\s+the\s+(?:very\s+)?end(?:\s+of\s+the\s+video)?)?"
             rf"|(?:(?:结尾|片尾|最后)\s*)?(?:加上?|加个|加一个|加1个|添加|放|放个|放一个|放1个)\s*(?:一个|1个)?\s*"
             rf"(?:cta|call\s+to\s+action|行动号召|结尾卡片|片尾卡片|结尾页|结束页|片尾页|片尾|结束语))\s*[:：]\s*")
    # (a colon only the reading wrote, for "saying": the words end at a comma, "add an end card saying Shop Now, black
    # background, white text" took the rest as its words, set AW aw126)
    rest = _REST if re.search(r"[:：]", s.msg.orig) else _REST.replace(r"[^\ue000\n;；.!?。！？]", r"[^\ue000\n;；.!?。！？,，]")
    for m in s.take(rf"{colon}{rest}"
                    rf"|\b(?:want|wants|need|needs|would\s+like|'d\s+like|like)\s+(?:a\s+|an\s+|the\s+)?{card}"
                    rf"(?:\s+at\s+the\s+(?:very\s+)?end)?\s*{say_}\s*(?P<q>{Q})(?:\s+on\s+it)?"
                    # (what is left of "the user wants / I'd like an outro slide with 'X'" once the wish is read as filler)
                    # (after "and" too: "make the title say 'Sale' and the end card say 'X'", set DB db120 left it unread)
                    # (a note's sentence of its own too: "Brand colour red. End card 'Shop now'.", set FK fk031 fk120)
                    rf"|(?:^|(?<=[,;:.!?\n])|(?<=\band\s)|(?<=\bthen\s))\s*(?:a\s+|an\s+|the\s+)?{card}\s*{say_}\s*(?P<q2>{Q})(?:\s+on\s+it)?\s*(?=$|[,;.!?])"
                    rf"|{_ZH_LINE.format(Q=Q)}"):
        text = next((g for g in m.group("r", "q", "q2", "zq", "z") if g), None)
        if m.group("z"):
            text = _as_typed(s, m.start("z"), m.end("z"), m.group("z")) or text
        # (a colon the reading wrote, "add outro with call to action Visit our shop": the words as typed)
        words = ((_after_colon(s) if re.search(r"[:：]", s.msg.orig) else s.text_of(m.group("r"))) if m.group("r")
                 else (s.text_of(text) if text else None))
        s.add("end_card", m, **_words(words, None))
    # ("… and a 'Subscribe for more' end card": the card by its words, joined to another edit, was dropped, set BI bi198)
    said = (rf"(?:(?<=[,;])|\band)\s+(?:a|an)\s+(?P<t19>{Q})\s+(?:end|closing|final|outro|ending)\s+(?:screen|card|slide)\b"
            rf"|\b(?:finish|end|close|wrap\s+up)\s+(?:it\s+|the\s+video\s+|things\s+)?(?:on|with)\s+(?:a\s+|an\s+|the\s+)?(?:(?:{card}|(?:final\s+|last\s+|closing\s+)?{screen})\s*)?{say_}\s*(?P<t>{Q})"
                    # "加个 CTA 'Buy 2 get 1 free' 在结尾", "视频最后出现“立即抢购”的字样": the words first or the verb 出现
                    rf"|(?:加上?|加个|加一个|加1个|添加|放|放个|放一个|放1个)\s*(?:一个|1个)?\s*(?:cta|call\s+to\s+action|行动号召|结尾卡片|片尾卡片|片尾|结束语)\s*[:：]?\s*(?P<t7>{Q})"
                    rf"(?:\s*(?:的字样|字样))?(?:\s*(?:在|放在|于)\s*(?:视频)?\s*(?:的)?\s*(?:结尾|最后|片尾|末尾))?"
                    rf"|(?:结尾|片尾|最后|末尾)\s*(?:的地方|处)?\s*(?:出现|显示|打出|给出)\s*(?P<t8>{Q})\s*(?:的字样|字样|这句话|几个字|的文字)?"
                    # "CTA 'Buy now' at the end", "an end slide with 'Shop now'"
                    # ("have the end card say 'X'": the dialect reading dropped its "say", set BC bc048)
                    # ("make the end card say 'X'" too, set BL bl243)
                    rf"|\b(?:add|put|include|use|have|let|get|make)\s+(?:a\s+|an\s+|the\s+)?(?:{card})\s+(?:(?:say|read)\s+)?(?P<t9>{Q})(?:\s+at\s+the\s+(?:very\s+)?end)?"
                    # "sale style with an end card 'Shop the sale'": a card wanted beside another edit (set AR ar217)
                    # ("add the logo bottom right and an end card 'X'": joined by "and", set BX bx221)
                    rf"|(?:\bwith|\band|(?<=[,;]))\s+(?:a\s+|an\s+)(?:{card})\s*{say_}\s*(?P<t18>{Q})(?:\s+at\s+the\s+(?:very\s+)?end)?"
                    rf"|\b(?:add|put|include|use)\s+(?:a\s+|an\s+|the\s+)?{card}(?:\s+at\s+the\s+end)?\s*{say_}\s*(?:(?P<t2>{Q})|(?<![:：])(?<![:：]\s)(?![:：]))"
                    rf"(?:\s+(?:for|of|lasting)\s+(?P<d>{DUR}))?"
                    rf"|\b{card}\s+(?:text\s+)?(?:to|:|=|saying|should\s+say|reading|that\s+(?:says|reads))\s*(?P<t3>{Q})"
                    rf"(?:\s+at\s+the\s+(?:very\s+)?end(?:\s+of\s+the\s+video)?)?"
                    # "在结尾添加“立即抢购”卡片", "最后加个“关注我们”的结尾卡片": the words before the card (set T mul05)
                    rf"|(?:结尾|片尾|最后|末尾)\s*(?:处|的地方)?\s*(?:再)?\s*(?:添加|加上?|加个|加一个|加1个|放上?|放个|放一个)\s*(?:一个|1个|一张|1张|个|张)?\s*(?P<t15>{Q})\s*(?:的)?\s*"
                    rf"(?:结尾卡片|片尾卡片|结束卡片|卡片|结束页|结尾页|片尾页|结尾画面|结束画面|画面|页面|页)"
                    # (with the verb alone when the card's name says the end: "结尾白色淡出，再加个「明天见」的结尾卡" left the card unread,
                    # set CC cc243)
                    rf"|(?:添加|加上?|加个|加一个|加1个|放上?|放个|放一个)\s*(?:一个|1个|一张|1张|个|张)?\s*(?P<t20>{Q})\s*(?:的)?\s*"
                    rf"(?:结尾卡片|片尾卡片|结束卡片|结束页|结尾页|片尾页|结尾画面|结束画面)"
                    # "put a 'Buy now' screen at the end": a card by what it shows
                    rf"|\b(?:add|put|include|show|use|end\s+with|finish\s+with)\s+(?:(?:a|an|the)\s+)?(?P<t6>{Q})\s+(?:end\s+|closing\s+|final\s+)?(?:screen|card|slide|frame)"
                    rf"(?:\s+at\s+the\s+(?:very\s+)?end(?:\s+of\s+the\s+video)?)?"
                    # (another thing added at the end is not a card: "结尾加一张图片", "结尾加上淡出", "最后加一个转场")
                    # ("结尾写错了": its words are wrong, said, with none to write: it made a card saying "错了", session 33's note)
                    rf"|(?:结尾|片尾|最后)(?!\s*(?:的字|的文字)?\s*(?:写|打)\s*(?:错|反|歪|得不对|的不对))"
                    rf"(?!\s*(?:再)?\s*(?:加上|加个|加一个|加|放个|放一个|放|显示|用|添加|加入|插入)?\s*"
                    rf"(?:一个|1个|个|一张|1张|张|一段|1段|段|一首|1首|首|上)?\s*(?:{_NOT_CARD}|{_NAME_ALONE}))\s*(?:再)?\s*(?:加上|加个|加一个|加|放个|放一个|放|显示|写上?|用)\s*"
                    # "结尾加一页写着“X”", "最后加一个引导下单的结尾：“X”", "结尾加个卡片，写“X”"
                    rf"(?:一张|一个|1张|1个|一句|1句|一行|1行|一段文字|一句话|[一1]\s*(?:页|屏|帧))?\s*(?:(?:(?P<d7>{DUR})\s*的\s*|[\u4e00-\u9fff]{{1,8}}?的\s*|的\s*)(?=\s*(?:卡片|结尾|画面|页面|页)))?"
                    rf"(?:卡片|结尾卡片|片尾卡片|结束卡片|片尾|行动号召|cta|call\s+to\s+action|结束画面|结尾画面|结束页|结尾页|片尾页|画面|页面|结尾|结束语)?\s*"
                    rf"(?:[,，]\s*)?(?:写着|写上|写的是|写|显示|说|内容是|文字是|文案是|文字为|文案为|内容为|:|：)?\s*(?:(?P<t4>{Q})|(?<=[:：])\s*(?P<f4>{FREE}){END}"
                    # typed apart, unquoted: "结尾加上 关注店铺", "最后加个结尾卡片 写 关注我们" (the card said the title's words
                    # and theirs were left unread, set U cta06, X mix19)
                    rf"|(?:(?<=[,，])|(?<=[写着示是])|(?<=加个)|(?<=加上)|(?<=加一个))\s*[,，]?\s*(?:(?:写着|写上|写的是|写|显示|内容是|文字是|文案是)\s*[,，]?\s*)?(?!{_NOT_CARD})(?P<f7>[\u4e00-\u9fffa-z0-9]{FREE}){END})?"
                    # (片尾 of 片尾卡片 / 片尾页 is the next form's: "加个片尾卡片，写“X”" left the words unread, set AK ak130)
                    rf"|(?:加上?|加个|添加)\s*(?:一个|1个|一张|1张)?\s*(?:片尾(?!\s*(?:卡片|页))|结尾卡片|结束卡片)\s*"
                    rf"(?:[,，]\s*(?:写着|写上|写|显示|文字为|文字是|文案为|文案是|内容为|内容是)\s*[:：]?\s*(?=\ue000))?(?P<t5>{Q})?"
                    # the verb first: "再加个结尾写着“感谢观看”", "加一页结束页：“下次见”" (结尾 alone only with its words: "加个结尾淡出"
                    # is a fade)
                    # ("最后加个3秒的结尾，写“X”": its length before it, set AS as184)
                    rf"|(?:加上?|加个|加一个|加1个|添加|放个|放一个)\s*(?:一个|1个|一张|1张|[一1]\s*(?:页|屏))?\s*(?:(?P<d6>{DUR})\s*的\s*|[\u4e00-\u9fff]{{1,8}}?的\s*)?"
                    rf"(?:(?:片尾卡片|结尾页|结束页|片尾页|结束画面|结尾画面)\s*(?:[,，]\s*)?(?:写着|写上|写的是|写|显示|内容是|:|：)?\s*(?P<t11>{Q})?"
                    # ("加一个结尾，文字是“X”": its words named as its text, set BA ba154)
                    rf"|结尾\s*(?:[,，]\s*)?(?:写着|写上|写的是|写|显示|内容是|(?:文字|文案|内容)\s*(?:是|为|写|写着)|:|：)?\s*(?P<t12>{Q})"
                    # (its words after 写 at the clause's end, dropped by the reading as a thanks: "再加个结尾写Thanks", set BA ba251)
                    rf"|结尾\s*(?:[,，]\s*)?(?:写着|写上|写的是|写|内容是|(?:文字|文案|内容)\s*(?:是|为))(?P<w0>)(?=\s*(?:$|[,;，；。！!]))"
                    # typed apart, unquoted: "再加个结尾 关注我们" (the beat sync before it left the card unread, set AL al189)
                    rf"|结尾\s*[\s,，]\s*(?:(?:写着|写上|写的是|写|显示|内容是)\s*)?(?!{_NOT_CARD})(?P<f8>[\u4e00-\u9fffa-z0-9]{FREE}){END})"
                    # "结尾放个CTA：扫码进群领券", "add an end card: Shop now": the words after the colon, unquoted
                    rf"|(?:(?:结尾|片尾|最后)\s*)?(?:加上?|加个|加一个|加1个|添加|放|放个|放一个|放1个)\s*(?:一个|1个)?\s*(?:cta|call\s+to\s+action|行动号召|结尾卡片|片尾卡片|结尾页|结束页|片尾页|片尾|结束语)"
                    rf"\s*[:：]\s*(?P<f5>{FREE}){END}"
                    rf"|\b(?:add|put|include|use|append)\s+(?:a\s+|an\s+|the\s+)?{card}\s*[:：]\s*(?P<f6>{FREE}){END}"
                    # the card named, then its words unquoted after a colon or a verb of writing: "end card: Shop Now, with
                    # … under it", "ending card 写 Shop now", "结尾卡片写 扫码下单，显示3秒", "加一个 end card 写 Thanks for watching"
                    # (sets AL al132 al209, AJ aj223, AK ak233)
                    rf"|(?:(?:^|(?<=[,;，；+.!?\n]))\s*(?:(?:add|put|include|use|append)\s+|加上?|加个|加一个|加1个|添加|放个|放一个)?\s*(?:a\s+|an\s+|the\s+|一个|1个)?\s*"
                    # (its look read before, blanked between two commas: "结尾卡片 黑底白字 写 立即购买" said the title's words, set
                    # CO co152)
                    # (with where it goes before its colon: "cta at the end: Use code X, red bg" said the title's words, set CO co153)
                    rf"(?:{card}(?:\s+at\s+the\s+(?:very\s+)?end(?:\s+of\s+the\s+video)?(?P<ae>))?|{ZH_CARD})\s*(?:上)?\s*(?:[:：]|[,，\s]*(?:写着|写上|写的是|写|内容是|文字是|文案是|文字为|文案为)\s*[:：,，]?)"
                    # ("end with a card saying Link in bio" was a picture called so put last, set AU au140)
                    # (a comma before the verb once its look between was read: "end card: white text on red, saying 'X'", set
                    # CN cn189)
                    rf"|(?:^|(?<=[,;，；+.!?\n]))\s*(?:(?:add|put|include|use|append|(?:end|finish|close)\s+(?:it\s+|the\s+video\s+)?(?:with|on))\s+)?(?:a\s+|an\s+|the\s+)?{card}(?:\s*,)?\s+(?:saying|that\s+says|which\s+says|that\s+reads|reading))"
                    rf"\s*(?:(?P<t17>{Q})|(?!{_NOT_CARD})(?P<f9>[\u4e00-\u9fffa-z0-9]{FREE}){END})"
                    # the card named, then its words quoted: "closing card 'Visit us today' with … underneath" (set AH ah157)
                    # (after a " + " too, a wish before it: "logo top left + end card 'X'" left the card unread, set CO co199)
                    rf"|(?:^|(?<=[,;，；+.!?\n]))\s*(?:the\s+|an?\s+)?(?:{card}|{ZH_CARD})\s*(?:with\s+(?:the\s+)?(?:text\s+|words\s+)?)?"
                    # (its words after its colon once its colours were read: "end card: black background, white text,
                    # 'X'", set BE be077)
                    rf"(?:[:：][\s,，]*)?(?P<t16>{Q})"
                    # the words put on the last screen: "put 'Shop now' on the last screen", "最后一页写“明天见”"
                    rf"|(?:视频)?(?:结尾|最后|末尾|片尾)\s*(?:的)?\s*(?:[一1]\s*(?:页|屏)|页|画面|卡片)\s*(?:上)?\s*(?:写着|写上|写|显示|打上|加上?)\s*(?P<t14>{Q})"
                    # "wants a closing screen inviting people to visit the shop: 'X'": what it is for, then its words
                    rf"|\b(?:add|put|include|use|want|wants|need|needs|like|have|end\s+(?:on|with)|finish\s+(?:on|with)|close\s+(?:on|with))\s+(?:a|an|the)\s+"
                    rf"{card}\b[^.;!?\ue000]{{0,60}}?[:：]\s*(?P<t10>{Q})")
    # (the words typed apart are the card's only when typed apart and no edit of their own; else the card alone is read)
    # (a file's name quoted after "end with" is that picture put last, no card's words: "end with 'gold-ring.jpg' on a black
    # background" made a card saying the file's name, once its background was read for set BV bv029)
    # (nor any quoted words of the card that are a file's name: "以“gold-ring.jpg”结尾", "结尾用“gold-ring.jpg”" made a card
    # saying the file's name once "以…结尾" was read as the card's, set BZ bz073's neighbour)
    def no_file(m: re.Match[str]) -> bool:
        quoted = next((g for g in m.group(*_SAID_WORDS) if g), None)
        return not (quoted and quoted.startswith("\ue000") and re.search(FILE, s.msg.quote(quoted) or ""))

    def unsaid(m: re.Match[str]) -> bool:
        """A card read without its words while Chinese words follow in its clause (``_WORDS_LEFT``)."""
        return not any(m.group(g) for g in _SAID_WORDS) and bool(_WORDS_LEFT.match(s.text, m.end()))

    def whole(m: re.Match[str]) -> bool:
        """Unquoted words after "<card> at the end:" are all of the rest but a look read before ("cta at the end: Use code X,
        red bg"); "…: Order today, ships free" is not cut at its comma (set CO co153's neighbour)."""
        return m.group("ae") is None or bool(re.fullmatch(r"[\s,;.!?]*", s.text[m.end():]))

    for m in s.take(said, when=lambda m: no_file(m) and whole(m) and not unsaid(m)
                    and all(not m.group(g) or _typed_apart(s, m.start(g), m.group(g)) for g in ("f7", "f8"))) + s.take(
            said.replace("(?P<f7>", "(?!)(?P<f7>").replace("(?P<f8>", "(?!)(?P<f8>"),
            when=lambda m: no_file(m) and whole(m) and not unsaid(m)):
        text = next((g for g in m.group(*_SAID_WORDS) if g), None)
        d = m.group("d") or m.group("d6") or m.group("d7")
        words = s.text_of(text) if text else (_written_thanks(s) if m.group("w0") is not None or re.search(
            r"(?:写着|写上|写的是|写|内容是|文字是|文案是)\s*$", m.group(0)) else None)
        unquoted = next((g for g in ("f4", "f5", "f6", "f7", "f8", "f9") if m.group(g)), None)
        if unquoted and words:
            words = _as_typed(s, m.start(unquoted), m.end(unquoted), m.group(unquoted)) or words
        if (m.group("f7") or m.group("f8")) and words and not s.text[m.end():].strip(" ;.!。！"):
            # the words run to the end as typed: "片尾加个Shop Now" ("now" was read as filler, set AF af266)
            # (not when the rest was another edit read before: "最后加一页 关注我们 音乐小一点")
            at = s.msg.orig.lower().rfind(words.lower())
            if at >= 0 and not any(t.slot in ("target", "op") for t in tag(s.msg.orig[at + len(words):].lower())):
                words = s.msg.orig[at:].strip().rstrip(".!。！")
        elif (m.group("f7") or m.group("f8")) and words and re.search(r"[\u4e00-\u9fff]", words):
            # Chinese words typed apart with spaces run to the end, when the rest names no edit: "最后加一页 关注店铺
            # 领优惠券" (the card kept only 关注店铺 and the rest was dropped, set AV av165)
            at = s.msg.orig.rfind(words)
            tail = s.msg.orig[at + len(words):] if at >= 0 else ""
            tail = _unread_parts(s, tail)  # (not a part read as the card's look: "… 新店开业 背景金色", set CO co231)
            if (re.fullmatch(r"(?:[ \u3000]+[\u4e00-\u9fffA-Za-z0-9%]+)+\s*[。！!]?\s*", tail)
                    and not any(t.slot in ("target", "op") for t in tag(tail.lower()))):
                words += tail.rstrip(" 。！!")
                s.covered.append((m.end(), len(s.text)))
                s.text = s.text[:m.end()] + " " * (len(s.text) - m.end())
        if unquoted and words:  # ("结尾加上谢谢观看吧": 吧 is how it was said, no word of the card's; set as "谢谢观看吧")
            words = SAID_PARTICLE.sub("", words) or words
        s.add("end_card", m, **_words(words, d))
    # the words put on the last screen, or at the end: "put 'Shop now' on the last screen", "add 'Thanks' at the end" (a
    # quoted file name is a picture added there, not a card's words)
    # ("put 'gold ring' at the end" may be a picture moved: "at the end" only after add / write / show)
    for m in s.take(rf"(?:\b(?:put|add|show|write|display|have)\s+(?P<t>{Q})\s+(?:on|at|onto)\s+(?:the\s+)?(?:very\s+)?{card}"
                    rf"|\b(?:add|show|write|display)\s+(?:(?:some|the)\s+)?(?:(?:text|words|line)\s+)?(?P<t2>{Q})\s+(?:(?:only|just)\s+)?at\s+the\s+(?:very\s+)?end(?:ing)?"
                    # ("add some text at the very end saying 'X'": the words said after the place, set BX bx267)
                    rf"|\b(?:add|show|write|display|put|have)\s+(?:some\s+|a\s+(?:bit\s+of\s+|line\s+of\s+)?|the\s+)?(?:text|words|line|message)\s+at\s+the\s+(?:very\s+)?end(?:ing)?"
                    rf"(?:\s+of\s+the\s+video)?\s*(?:saying|that\s+says|which\s+says|reading|that\s+reads|:)\s*(?P<t5>{Q})"
                    # ("put 'Follow for more' at the end": put only with words that start as a call to action, else a
                    # picture may be moved; the quote was looked for as a picture, set BF bf032)
                    # ("put 'Shop now' only at the end": "only" stresses the place, set DB db134 was not read)
                    rf"|\bput\s+(?P<t4>{Q})\s+(?:(?:only|just)\s+)?at\s+the\s+(?:very\s+)?end(?:ing)?"
                    # ("put a 'thanks for watching' at the end": with "a" the words are a new thing made there, never a picture
                    # moved, whatever they say; set CR cr022 was not understood)
                    rf"|\b(?:put|add|show|write|display|stick|throw\s+in|pop)\s+(?:a|an)\s+(?P<t6a>{Q})\s+at\s+the\s+(?:very\s+)?end(?:ing)?"
                    # "add 'See you soon' as end card" (left unread beside a fade, set AR ar226)
                    rf"|\b(?:add|put|use|show|have|include)\s+(?P<t3>{Q})\s+as\s+(?:the\s+|an?\s+|our\s+)?(?:{card}))"
                    rf"(?:\s+of\s+the\s+video)?(?!\s+of\s+(?:the\s+)?(?:title|captions?|clip|music|song|list|sequence|timeline))",
                    when=lambda m: not re.search(FILE, s.msg.quote(_put_last(m)) or "")
                    and (not m.group("t4") or bool(re.match(_CTA_START, s.msg.quote(m.group("t4")) or "", re.IGNORECASE)))):
        s.add("end_card", m, text=s.text_of(_put_last(m)))
    # a second line under the card's words: "with '@redkicks' underneath", "and the URL www.shop.com below it",
    # "，下面写“淘宝搜 米娅小铺”", "副标题为“nemo.shop”" (sets AC ac155, AD ad153 ad158, AE ae076 ae236, AF af129)
    under = r"(?:underneath|beneath|below|under)(?:\s+(?:it|that|them|the\s+text|the\s+words))?"
    if _CARD_WORD.search(s.text) or any(i.kind == "end_card" for i in s.intents):
        # ("with our site www.x.com below it": the site named "site", set CJ cj146 was not read)
        for m in s.take(rf"\b(?:and|with|plus)\s+(?:(?:the|our|a|my)\s+)?(?:(?:web\s*site|web\s+address|url|link|handle|line|text|site|shop|store|instagram|ig|tiktok)\s+)?"
                        rf"(?P<u>{Q}|{NAMED_URL}|@[a-z0-9_.]+)\s+{under}\b"
                        # ("… and underneath 'www.x.com'": the place said first, left unread, set BT bt019)
                        rf"|\b(?:and|with|plus)\s+{under}\s*(?:(?:it|that)\s+)?(?:saying|reading|that\s+(?:says|reads)|:)?\s*(?P<u4>{Q}|{NAMED_URL})"
                        # ("with 'Y' as the line underneath": its part named after it, the quote taken as a free one, set CG cg037)
                        rf"|\b(?:and|with|plus)\s+(?P<u5>{Q}|{NAMED_URL}|@[a-z0-9_.]+)\s+as\s+(?:the\s+|a\s+|its\s+)?(?:(?:second|small(?:er)?|bottom|lower)\s+)?"
                        rf"(?:line|text|subtitle|sub-?line|tagline)(?:\s+{under})?(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])))"
                        # "with the subtitle 'www.shop.com'" (the second line was read as the title's words, sets AG ag149,
                        # AI ai169)
                        # (or in a clause of its own after the card's words: "end card: 'X', subtitle 'Y'", the title was
                        # set to Y, set BJ bj232)
                        # (its own, set to it: "… and its subtitle to 'Y'", "…, endcard sub 'Y'": left unread, set DB db090 db189)
                        rf"|(?:\b(?:and|with|plus)\s+|(?<=[,;])\s*)(?:(?:the|a|its)\s+)?(?:(?:end\s*card|card)(?:'s)?\s+)?(?:subtitle|sub-title|subheading|sub-heading|subline|tagline|second\s+line|sub\b"
                        # ("and small text 'ships in 24h'", set AH ah161)
                        # ("with a smaller line under it saying 'Today only'", left unread, set BU bu150)
                        rf"|small(?:er)?\s+(?:text|line|print|words)(?:\s+{under})?|fine\s+print)"
                        rf"\s*(?:saying|reading|that\s+(?:says|reads)|of|to|should\s+(?:say|read|be)|is|:|=)?\s*(?P<u3>{Q})"
                        # ("，下面一行小字“Y”" with no verb, set BF bf128)
                        rf"|(?:[,，]\s*)?(?:下面|下方|底下|下边|第二行)\s*(?:再)?\s*(?:(?:写|放|加|打)(?:上|着)?\s*(?:一行|一句|[1一]行)?\s*(?:小字|文字|字)?"
                        rf"|(?:一行|一句|[1一]行)\s*(?:小字|文字|字)?|小字)\s*(?:是|为)?\s*[:：]?\s*(?P<u2>{Q})"
                        # (the small words in a clause of their own, with no place: "…，写上“X”，小字写“Y”" gave the card no second
                        # line, set CT ct081)
                        rf"|(?:^|(?<=[,，;；]))\s*(?:再)?\s*(?:加上?\s*)?(?:一行|一句|[1一]行)?\s*小字\s*(?:写上?|写着|是|为|用)?\s*[:：]?\s*(?P<u6>{Q})"):
            u = next(g for g in m.group("u", "u2", "u3", "u4", "u5", "u6") if g)
            s.add("end_card", m, url=s.text_of(u) if u and u.startswith("\ue000") else u)
        # "…, no subtitle": the card's second line, not the captions (they were removed, set DB db149)
        for m in s.take(r"(?:^|(?<=[,;])|\band\b|\bwith\b)\s*(?:no|without\s+(?:a\s+|any\s+)?)\s*(?:subtitle|sub-title|second\s+line|subline|tagline|sub\s*line)"
                        r"(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])))|(?:^|(?<=[,，;；]))\s*(?:不要|没有|无|不用)\s*副标题(?=\s*(?:$|[,，;；。！!]))"):
            s.add("end_card", m, no_sub=True)
        # "with the line 'Y'" after the card's words said: its second line (the card's words are read first; "with the line
        # 'X'" alone is its words, set BE be161)
        if any(i.kind == "end_card" and i.args.text for i in s.intents):
            for m in s.take(rf"\b(?:and|with|plus)\s+(?:the\s+|a\s+)?(?:line|text\s+line|extra\s+line)\s*(?:saying|reading|of|:)?\s*(?P<u>{Q})"):
                s.add("end_card", m, url=s.text_of(m.group("u")))
        # its words in a clause of their own after it: "结尾卡片加上网址 www.x.com，文字写“扫码下单”" (set AC ac158)
        # its words in a clause after it: "use our logo on the end card, which says 'Visit us'" (set AW aw192)
        # (or said as what to have it do, after its length: "make the end card 5 seconds long and have it read 'X'", set DB db126)
        for m in s.take(rf"(?:^|(?<=[,;])|\band\b)\s*(?:and\s+)?(?:(?:which|that|it)\s+(?:says|reads|should\s+say|should\s+read)"
                        rf"|(?:have|make|let)\s+it\s+(?:say|read))\s*(?P<t>{Q})"):
            s.add("end_card", m, text=s.text_of(m.group("t")))
        # ("，文字“X”，副标题“Y”" with no verb, "卡片文字为“X”": sets AU au141, AW aw269)
        # ("结尾页停留5秒，写“X”": the verb alone in the clause after the card's, set BK bk113)
        # ("，主文字为“X”，副标题为“Y”": its main words named so; the card said the title's words, set CK ck247)
        # (its main words called 主标题 beside its 副标题: "结尾页副标题写“Y”，主标题“X”" set the title, set DB db190)
        for m in s.take(rf"(?:^|(?<=[,，;；]))\s*(?:上面的?|卡片上的?|卡片的?)?\s*(?:(?:主|主要)?\s*(?:文字|文案|内容|字)|主\s*标题)\s*(?:写|写着|写成|为|是|用|改成|(?=\s*[:：]?\s*\ue000)(?<!字))\s*[:：]?\s*(?P<t>{Q})"
                        # ("把logo加到结尾卡片上，卡片写“X”": the card named again, set CN cn190 said the title's words)
                        rf"|(?<=[,，;；])\s*(?:上面|卡片上?)?\s*(?:写|写着|写上)\s*[:：]?\s*(?P<t2>{Q})(?=\s*(?:$|[,，;；。！!]))"
                        # (in English: "end card with the logo, text 'X', black background" said the title's words, set BM
                        # bm212)
                        # (or joined by "and", set to them: "set the end card background to navy and the text to 'X'", set DB db045)
                        rf"|(?:(?<=[,;])|\band\b)\s*(?:and\s+)?(?:the\s+|its\s+)?(?:card\s+)?(?:main\s+)?(?:text|words|wording|copy|message)\s*"
                        rf"(?:saying|reading|that\s+says|to\s+say|to\s+read|should\s+(?:say|read|be)|to|:|=)?\s*"
                        rf"(?P<t3>{Q})(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])))"
                        # (or its words said alone after a comma: "the end card should be 5 seconds, saying 'X'" was not
                        # understood; dev set DF df197's neighbour)
                        rf"|(?<=[,;])\s*(?:saying|reading|that\s+says|which\s+says)\s*(?P<t4>{Q})(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])))"):
            s.add("end_card", m, text=s.text_of(m.group("t") or m.group("t2") or m.group("t3") or m.group("t4")))
        _sub_named(s)
    # the video ended on its web address: "end with our website, x.shop" (the card is the site, not the title's words with
    # the site under them, set CX cx188); "an outro with our site x.shop" keeps the site as the card's second line
    for m in s.take(rf"\b(?:end|finish|close)\s+(?:it\s+|the\s+video\s+|things\s+)?(?:with|on)\s+(?:our|my|the|their)\s+"
                    rf"(?:web\s*site|web\s+address|url|site|link|shop|store)\s*[,:]?\s*(?P<u>{NAMED_URL})(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])))"):
        s.add("end_card", m, text=m.group("u"))
    for m in s.take(rf"\b(?:with|add|put|show)\s+(?:our\s+|the\s+|a\s+|their\s+|his\s+|her\s+|my\s+)?(?:(?:web\s*site|web\s+address|url|site|link)\s*[,:]?\s*)?"
                    rf"(?:on\s+the\s+(?:end\s+)?card\s*)?(?P<u>{URL})(?:\s+on\s+the\s+(?:end\s+)?card)?"
                    rf"|(?:(?:结尾|最后|片尾|末尾)\s*(?:再)?\s*(?:加上?|加个|放上?|写上?|显示|附上?)\s*)?"
                    rf"(?:(?:我们|我|咱们|公司|店铺|店|品牌|官方)\s*的\s*)?(?:网址|网站|链接)\s*(?:是|为|:|：|写)?\s*(?P<u2>{NAMED_URL})"
                    # "add a call to action with our link shop.example.com" (the card took "with")
                    rf"|\b(?:our|my|their|the)\s+(?:web\s*site|web\s+address|url|site|link)\s*[,:]?\s*(?P<u3>{NAMED_URL})"
                    rf"(?:\s+(?:at|on)\s+the\s+(?:very\s+)?end(?:\s+of\s+the\s+video)?)?"):
        s.add("end_card", m, url=m.group("u") or m.group("u2") or m.group("u3"))
    _card_words_apart(s)
    _card_held(s)
    _ended_on(s)
    # the colour of its words ("cardink" is vocab block P's word for "…，金色字", "… in gold letters")
    # (and the background after it: "white text on red", set BA ba153)
    for m in s.take(_CARD_INK):
        s.add("end_card", m, color=m.group("c"), **({"bg": m.group("b")} if m.group("b") else {}))
    _logo_on_it(s)
    _second_line(s)
    _one_card(s)


# the card named at a clause's start, its words typed apart after it with no verb: "片尾 Follow us @luna.studio，持续4秒" (set
# CG cg299); its main words named as such after its web address: "片尾加上网址 www.x.cn，主文字写 立即下单" (the card said the
# title's words, set CF cf001)
_APART = r"(?P<w>[a-z0-9@#\u4e00-\u9fff][^,;，；。！!？?\ue000\n]{0,60}?)\s*(?=$|[,;，；。！!？?])"
_CARD_APART = compile_led(rf"(?:^|(?<=[,;，；]))\s*(?:片尾|结尾|片尾卡片|结尾卡片)\s*[\s,，]\s*(?!{_NOT_CARD}){_APART}"
                          rf"|(?:^|(?<=[,;，；]))\s*(?:卡片上的?|卡片的?)?\s*(?:主|主要)\s*(?:文字|文案|标语|内容)\s*(?:写|写着|写成|为|是|用)\s*[:：,，]?\s*"
                          rf"{_APART.replace('?P<w>', '?P<m>')}")


def _card_words_apart(s: Scan) -> None:
    """The card's words typed apart after its name (or as its main words), as typed, when they name no edit of their own."""
    def apart(m: re.Match[str]) -> bool:
        words = m.group("w") or m.group("m")
        return not re.fullmatch(rf"\s*{DUR}\s*", words) and (bool(m.group("m")) or _typed_apart(s, m.start("w"), words)) \
            and not any(t.slot in ("target", "op") for t in tag(words.lower()))
    for m in s.take(_CARD_APART.pattern, when=apart):
        g = "w" if m.group("w") else "m"
        # (as typed: the reading blanked filler in them, "Shop now at kicks.com" read "shop     at kicks.com")
        same = len(s.msg.orig) == len(s.text)
        words = s.msg.orig[m.start(g):m.end(g)].strip() if same else _as_typed(s, m.start(g), m.end(g), m.group(g)) or s.text_of(m.group(g))
        s.add("end_card", m, text=words)


def _logo_on_it(s: Scan) -> None:
    """The logo put "on it" in the clause after the card's: "end with 'Follow us' and put our logo on it" (the logo was left
    unread, set AY ay240); "it" is the card only when nothing else is named between them."""
    cards = [i for i in s.intents if i.kind == "end_card" and not i.args.remove]
    if not cards:
        return
    # (or listed bare after the card's parts: "…, subtitle 'Y', logo on it" made the card without it, set BV bv231)
    for m in s.take(r"(?:(?:^|(?<=[,;])|\band\b)\s*(?:then\s+|also\s+)?(?:put|show|add|place|have|stick)\s+|(?:(?<=[,;])|\band\b|\bwith\b)\s*)"
                    # (or its file: "end card: 'X', put logo.png on it" placed no logo, set DB db022)
                    r"(?:(?:our\s+|the\s+|my\s+)?(?:brand\s+)?logo|(?P<lf>[a-z0-9_\-]+\.(?:png|jpe?g|webp|svg)))"
                    r"\s+(?:on|onto)\s+(?:it|there|that|this)(?:\s+(?:too|as\s+well))?(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])))",
                    when=lambda m: not re.search(r"\b(?:title|headline|captions?|pictures?|photos?|images?|clips?|video|sticker)\b",
                                                 s.text[cards[0].pos:m.start()])):
        s.add("end_card", m, logo=m.group("lf") or "logo")


# the video ended on a call to action said unquoted: "… and end with Shop now", "finish on Order today" (the words were
# looked for as a picture, sets AJ aj139 aj241); only words that start as a call to action ("end with the ring" is a
# picture put last)
_CTA_START = vocab.CLOSING_EN
# a call to action in Chinese put at the end unquoted and unspaced: "结尾加关注我们", and its second line "下面再加一行 小红书@好物小铺"
# (the card took the title's words and the line was left unread, set AY ay118); only words that start as a call to action
_CTA_ZH = vocab.CLOSING_ZH
# (or said as what the card is for, before the card: "最后加个关注我们的片尾" made a card of the title's words, set CA ca014)
_CARD_OF_ZH = r"(?:片尾卡片|结尾卡片|结束卡片|片尾页|结尾页|结束页|结尾画面|结束画面|片尾|结尾)"
# (with a count before the words, or the words an English call to action: "结尾加一个关注我们", "结尾加个 Follow us" made the
# card of the title's words, set CX cx235)
_CTA_ZH_RX = compile_led(rf"(?:结尾|片尾|最后|末尾)\s*(?:再)?\s*(?:加上?|写上?|放上?)\s*(?:1个|个|1句|句)?\s*"
                         # (a card named after the words is the next reading's: "结尾放个点赞收藏的卡片")
                         rf"(?![^,，。；;！!]*(?:{_CARD_OF_ZH}|卡片|画面|页面))(?P<w>{_CTA_ZH}[\u4e00-\u9fffa-z0-9]{{0,12}}|{_CTA_START}[a-z0-9 @&'.]{{0,30}}?)\s*[!！]?(?=\s*(?:$|[,，。；;！!]))"
                         rf"|(?:(?P<at>结尾|片尾|最后|末尾)\s*(?:再)?\s*)?(?:加上?|加个|加1个|放上?|放个|放1个|来个|来1个)\s*(?:1个|1张|个|张)?\s*"
                         rf"(?P<w2>{_CTA_ZH}[\u4e00-\u9fffa-z0-9]{{0,12}}?)\s*的\s*(?:{_CARD_OF_ZH}|(?(at)(?:卡片|画面|页面|页)|(?!)))(?=\s*(?:$|[,，。；;！!]))")
# (as typed, the line named before its verb: "下面小字写 Y", set CL cl245)
_LINE_ZH_RX = compile_led(r"(?:下面|下方|底下|下边|第二行)\s*(?:再)?\s*(?:一行|的)?\s*(?:小字|小一点的字|一行字)?\s*(?:写|放|加|打)(?:上|着)?\s*(?:一行|一句|[1一]行)?\s*(?:字|文字|小字)?\s*[:：,，]?\s*"
                         r"(?:(?P<q>\ue000\d+\ue001)|(?P<w>[^\s,，。；;！!？?\ue000]+))\s*[。！!]?\s*$")


def _cta_zh(s: Scan) -> None:
    if not _CARD_WORD.search(s.text) and not _CTA_ZH_RX.search(s.text):
        return
    for m in s.take(_CTA_ZH_RX.pattern):
        w = m.group("w")
        # (English words as typed: "Follow us", not the reading's "follow us")
        as_typed = _as_typed(s, m.start("w"), m.end("w"), w) if w and w.isascii() else None
        s.add("end_card", m, text=as_typed or w or m.group("w2"))
    typed = _LINE_ZH_RX.search(s.msg.orig)
    for m in s.take(_LINE_ZH_RX.pattern, when=lambda m: typed is not None):
        s.add("end_card", m, url=s.text_of(m.group("q")) if m.group("q") else typed.group("w") if typed else m.group("w"))


def _second_line(s: Scan) -> None:
    """A second line said after the card's words typed unquoted: "end card should say Shop now with myshop.com
    underneath" (the whole was the card's words, set AY ay026). The reading quotes words typed after "say" as if typed in
    quotes, so a card's words that end in "with X underneath" are split even when typed so: a card hardly says it."""
    for i in s.intents:
        a = i.args
        if i.kind != "end_card" or not a.text or a.url:
            continue
        under = _UNDER_TYPED.match(a.text)
        if under:
            i.args = replace(a, text=under.group("w"), url=under.group("u"))


_ENDED_ON = (rf"\b(?:end|finish|close)\s+(?:it\s+|the\s+video\s+|things\s+)?(?:with|on)\s+(?:a\s+)?(?P<w>{_CTA_START}"
             r"(?:\s+(?!(?:and|then|also|plus)\b)[\w%@.!'&-]+){0,4}?)\s*(?=$|[,;!?+]|\.(?![a-z0-9])|\s+(?:and|then|also|plus)\s)"
             # (or the words put at the end: "Follow us at the end", "add Link in bio at the end"; set DR looked for a file)
             rf"|(?:^|(?<=[,;+]))\s*(?:and\s+|then\s+)?(?:(?:add|put|show|have|stick)\s+(?:a\s+)?)?(?P<w2>{_CTA_START}"
             r"(?:\s+(?!(?:and|then|also|plus|at)\b)[\w%@.!'&-]+){0,4}?)\s+at\s+the\s+(?:very\s+)?end(?:ing)?(?:\s+of\s+the\s+video)?"
             r"(?=\s*(?:$|[,;!?+]|\.(?![a-z0-9])|\s+(?:and|then|also|plus)\s))")


# a second line said after the card's unquoted words: "Shop now with myshop.com underneath" (the whole was the card's words)
_UNDER_TYPED = compile_led(r"(?P<w>.+?)\s+(?:with|and|plus)\s+(?:(?:the|our|a|my)\s+)?(?:(?:web\s*site|web\s+address|url|link|handle|line|text|site|shop|store|instagram|ig|tiktok)\s+)?"
                          r"(?P<u>\S+)\s+(?:(?:underneath|beneath|below)(?:\s+(?:it|that|them))?|under\s+(?:it|that|them))\s*$", re.IGNORECASE)


def _ended_on(s: Scan) -> None:
    """The words of "end with Shop now", as typed (the reading dropped "now" as filler)."""
    typed = list(re.finditer(_ENDED_ON, s.msg.orig, re.IGNORECASE))
    for n, m in enumerate(s.take(_ENDED_ON)):
        words = (typed[n].group("w") or typed[n].group("w2")).strip().rstrip(".!") if n < len(typed) else m.group("w") or m.group("w2")
        s.add("end_card", m, text=words)


def _one_card(s: Scan) -> None:
    """The card's words, length and web address said in parts of one message are one card ("add a call to action with
    our link shop.example.com" said the card twice)."""
    cards = [i for i in s.intents if i.kind == "end_card" and not i.args.remove]
    if len(cards) < 2:
        return
    first = cards[0]
    for other in cards[1:]:
        first.args = replace(first.args, **{k: v for k, v in vars(other.args).items() if v is not None and k != "remove"})
        s.intents.remove(other)


S_CARD: dict[str, tuple[Template, Template]] = {
    "card.offer": ("add an end card for {s} s", "在结尾加一个 {s} 秒的卡片"),
    "card.offer_last": ("show the last picture for {s} s", "让最后一张显示 {s} 秒"),
    "card.set": ("The video ends on a {s:g} s card saying {text}{url}{look}.", "视频结尾加上了 {s:g} 秒的卡片：{text}{url}{look}。"),
    "card.look": (" ({parts})", "（样式：{parts}）"),
    "card.ink": ("its words {word} ({hex})", "文字{word}（{hex}）"),
    "card.bg": ("on {word} ({hex})", "背景{word}（{hex}）"),
    "card.ink_code": ("its words {hex}", "文字{hex}"),
    "card.bg_code": ("on {hex}", "背景{hex}"),
    "card.logo": ("with {name}", "带{name}"),
    "card.url": (" with {url}", "，附网址 {url}"),
    "card.line": (" and under it the line {line}", "，下面一行：{line}"),
    "card.what_words": ("What should the end card say (e.g. 'add an end card \"Shop now\"')? Nothing was changed.",
                        "结尾卡片要写什么（例如「结尾加上“立即下单”」）？还没有做任何改动。"),
    "card.what_line": ("What should the line under the end card's words say (e.g. 'end card \"Follow us\" with \"www.example.com\" "
                       "underneath')? Nothing was changed.",
                       "结尾卡片下面一行要写什么（例如「结尾加上“关注我们”，下面写“www.example.com”」）？还没有做任何改动。"),
    "card.none": ("There is no end card.", "没有结尾卡片。"),
    "card.removed": ("End card removed.", "结尾卡片已删除。"),
    "promo.refused": ("{why!c}.", "无法完成：{why}。"),
}

# --- frames: a card said with several of its parts at once ----------------------------------------------------------
# "end card 5 seconds saying "Order now" with www.kickzone.shop under it", "make the end card 4 seconds with "Use code
# RED20" on a red background": the card's words, length, second line and colours each told apart by what is beside them
# (the phrase rules read such a sentence by its shape, and one part more in another order was not understood; dev sets
# DJ dj125, DL dl060, dl242, dl270). Only with two parts or more: one part alone stays the phrase rules'.
_SUB_AFTER = compile_led(r"\s*(?:under(?:neath)?|below|beneath)\b|\s*as\s+(?:the\s+|a\s+)?(?:sub\s*-?\s*(?:line|title|text|heading)|second\s+line|smaller\s+line|tag\s*line)\b")
# (not "tagline 'X'": "outro: 'Visit us', tagline 'Open daily', logo included" is the phrase rules', the logo with it)
_SUB_BEFORE = compile_led(r"(?:\bsub\s*-?\s*(?:line|title|text|heading)|\bsecond\s+line|\bsmaller\s+line)\s*(?:of|saying|says|reads|that\s+says|:|=)?\s*$")
_BG_AFTER = compile_led(r"\s*(?:background|backdrop|bg)\b")
_BG_BEFORE = compile_led(r"\bon\s+(?:a\s+|an\s+)?(?:solid\s+|plain\s+)?$|\b(?:background|bg)\s*(?:colou?r)?\s*(?:of|is|in|as|to|:|=)?\s*$")
_INK_AFTER = compile_led(r"\s*(?:text|words|letters|writing|lettering|font)\b")
_CJK = compile_led(r"[\u4e00-\u9fff]")
_CARD_ADDRESS = compile_led(rf"(?<![\w@./]){URL}(?![\w])")  # (a web address, as the phrase rules know one)


def _card_in_parts(f: Any, t: str) -> EndCardArgs | None:
    """The card's words (the first quote), length, second line and colours from one clause: two parts or more. The words
    beside each part that tell it apart are read (flagged "card_part")."""
    quotes = sorted({m.start: m for m in [m for m in f.used if "quote" in m.keys]
                     + [m for m, _ in f.others if "quote" in m.keys]}.values(), key=lambda m: m.start)
    if not quotes or len(quotes) > 2 or "by" in f.values or f.negated or _CJK.search(f.text):
        return None  # (a card said in Chinese stays the phrase rules': they read its 结尾, 写 and 用 too)
    if any("endcard" not in t.keys for t in f.targets):
        return None  # ("outro: 'Visit us', tagline 'Open daily', logo included": the logo is the phrase rules' to read)
    told: list[tuple[int, int]] = []  # the words that said which part a value is

    def at(m: re.Match[str] | None, base: int) -> bool:
        if m is not None:
            told.append((base + m.start(), base + m.end()))
        return m is not None

    said = [QUOTE_RE.fullmatch(str(m.value)) for m in quotes]
    if not all(said):
        return None
    words = f.quotes[int(said[0].group(1))]  # type: ignore[union-attr]
    f.values.seen.add("quote")
    sub = None
    if len(quotes) == 2:
        q = quotes[1]
        if not (at(_SUB_AFTER.match(f.text, q.end - f.start), f.start)
                or at(_SUB_BEFORE.search(f.text[:q.start - f.start]), f.start)):
            return None
        sub = f.quotes[int(said[1].group(1))]  # type: ignore[union-attr]
    address = _CARD_ADDRESS.search(f.text)
    if address is not None:
        if sub is not None:
            return None
        sub = address.group(0).rstrip(".,;!")
        told.append((f.start + address.start(), f.start + address.start() + len(sub)))
        at(_SUB_AFTER.match(f.text, address.start() + len(sub)), f.start)
    bg = ink = None
    for m in [m for m in f.used if "colour" in m.keys] + [m for m, _ in f.others if "colour" in m.keys]:
        colour = f.text[m.start - f.start:m.end - f.start]
        if at(_BG_AFTER.match(f.text, m.end - f.start), f.start) or at(_BG_BEFORE.search(f.text[:m.start - f.start]), f.start):
            bg = bg or colour
        elif at(_INK_AFTER.match(f.text, m.end - f.start), f.start):
            ink = ink or colour
        else:
            return None
        told.append((m.start, m.end))
    ms = int(f.values["dur"]) if "dur" in f.values else None
    if sum(x is not None for x in (ms, sub, bg, ink)) < 1:
        return None
    if len(quotes) == 2:
        told.append((quotes[1].start, quotes[1].end))
    f.flags.setdefault("card_part", []).extend(told)
    f.values.seen.add("card_part")
    return EndCardArgs(text=words, ms=ms, url=sub, color=ink, bg=bg)


END_CARD = register(Edit(
    kind="end_card",
    args=EndCardArgs,
    apply=apply_end_card,
    calls=("set_end_card", "remove_end_card"),
    sentences=S_CARD,
    examples=("finish on a card saying 'Order today'", "add an outro", "make the end card 5 seconds",
              "结尾加上\"立即下单\""),
    topics=("endcard",),
    doc=DocRow("end card / call to action",
               "a `k: card` segment after the last shot (text, `sub` web address, brand colour and logo), its `d`; "
               "the music runs on under it",
               "结尾卡片"),
    phrases=(Phrase(2, r_end_card, ("end_card",)),),
    frames=(rule("endcard", "add set implied keep show_for", _card_in_parts, needs="quote", refuses="pct pos ref file"),),
))


# --- whole-video fades -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class FadeArgs:
    fade_in: bool = False
    fade_out: bool = False
    color: str | None = None  # black or white
    ms: int | None = None
    off: bool = False
    # longer (+1) or shorter (-1) than it is: "make the fade out longer" (the "longer" was read as the video's: 45 s;
    # found in session 45). Of a side that has no fade, said so, never guessed
    step: int = 0


def _stepped_fade(old: dict, args: FadeArgs) -> tuple[int, int]:
    """The fade's two ends made a step longer or shorter where named."""
    ends = {"in": int(old.get("in", 0)), "out": int(old.get("out", 0))}
    for side, named in (("in", args.fade_in), ("out", args.fade_out)):
        if not named:
            continue
        if not ends[side]:
            raise CannotApply(msg("fade.no_step", side=msg("fade.side_" + side)))
        ends[side] = (max(ends[side] + 500, round(ends[side] * 1.5)) if args.step > 0 else max(100, round(ends[side] * 0.6)))
        ends[side] = min(ends[side], 10000)
    return ends["in"], ends["out"]


def _fade_colour(said: str | None) -> str | None:
    """The colour a fade's words name, white or black; None when they name none (the fade keeps the colour it has, and a
    colour said for the other end in the same message is both ends': ``core._fades_shared``)."""
    return None if not said else "white" if "white" in said or "白" in said else "black"


def apply_fade(work: Work, args: FadeArgs) -> None:
    old = work.draft["m"].get("fade") or {}
    if args.off:
        if not old:
            raise CannotApply(msg("fade.none"))
        # one side named ("remove the fade at the end", "去掉开头的淡入"): only that side goes
        keep_in = int(old.get("in", 0)) if args.fade_out and not args.fade_in else 0
        keep_out = int(old.get("out", 0)) if args.fade_in and not args.fade_out else 0
        if not keep_in and not keep_out:
            work.draft["m"].pop("fade")
            work.done(msg("fade.off"), "set_fade", fade_in=0, fade_out=0)
            return
        color = old.get("color", "black")
        work.draft = _promo(work, promo.set_fade, work.draft, fade_in=keep_in, fade_out=keep_out, color=color)
        work.done(msg("fade.off_out" if keep_in else "fade.off_in",
                      parts=[msg(k, s=v / 1000, color=msg("fade.color", color=color))
                             for k, v in (("fade.in", keep_in), ("fade.out", keep_out)) if v]),
                  "set_fade", fade_in=keep_in / 1000, fade_out=keep_out / 1000, color=color)
        return
    if args.step:
        fin, fout = _stepped_fade(old, args)
    else:
        ms = max(100, min(args.ms or 1000, 10000))
        fin = ms if args.fade_in else int(old.get("in", 0))
        fout = ms if args.fade_out else int(old.get("out", 0))
    old_color = old.get("color", "black")
    color = args.color or old_color
    kept = int(old.get("out", 0)) if args.fade_in and not args.fade_out else (
        int(old.get("in", 0)) if args.fade_out and not args.fade_in else 0)
    if kept and color != old_color:
        # one colour for both ends (m.fade): "fade in from black and fade out to white" turned the start white too,
        # unsaid (found by the lead in session 23); the other end is named, and how to say both
        raise CannotApply(msg("fade.one_color", side=msg("fade.in" if args.fade_out else "fade.out", s=kept / 1000,
                                                          color=msg("fade.color", color=old_color)),
                              color=msg("fade.color", color=color)))
    work.draft = _promo(work, promo.set_fade, work.draft, fade_in=fin, fade_out=fout, color=color)
    _fade_said(work, fin, fout, color)


def _fade_said(work: Work, fin: int, fout: int, color: str) -> None:
    """The fade's one sentence, both ends as they are now."""
    if work.replies and isinstance(work.replies[-1], Msg) and work.replies[-1].key == "fade.set":
        # (the other end set just before in this message: this sentence says both ends, so the first is not said twice,
        # "开头淡入3秒，结尾淡出2秒" replied the fade in, then the fade in and out)
        work.replies.pop()
        work.calls.pop()
    work.done(msg("fade.set", parts=[msg(k, s=v / 1000, color=msg("fade.color", color=color))
                                     for k, v in (("fade.in", fin), ("fade.out", fout)) if v]),
              "set_fade", fade_in=fin / 1000, fade_out=fout / 1000, color=color)


# how long a fade said in Chinese lasts, after its words: "开头黑场淡入2秒" (the 2 s was read as the video's length)
# (a hedge before it too: "结尾淡出到白色，大概两秒" was not understood)
ZH_FADE_DUR = rf"(?:\s*[,，]?\s*(?:持续|用|时长|时间)?\s*(?:大概|大约|差不多|约|左右)?\s*(?P<dz>{DUR}))?"
# and in English after a comma: "fade to white at the end, about 2 seconds", "fade in from white, 1 second" (the length was
# the video's, set AD ad148, AF af107 af230, AC ac187)
# (a hedge after "over" too: "fade out to black over like 3 seconds" was not read, set CL cl173)
EN_FADE_DUR = (rf"(?:\s*,?\s*(?:(?:for|over|lasting)\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+|like\s+|maybe\s+)?(?P<de>{DUR})"
               r"(?!\s*(?:long\b|total|video|in\s+total|overall|of\s+(?:video|footage))))?")


# a fade said of a text, a logo or a sound, or not wanted, is not the whole video's: "the title shouldn't fade out at the end,
# just cut it off" faded the video out (set AF af164); "音乐结尾加个淡出" faded the picture to black (the music alone has no
# fade of its own: not understood; the lead's probe, session 31)
_BRAND_NAMED = compile_led(r"\bbrand|品牌|\bvi\b")
_FADE_OF_OTHER = compile_led(r"(?:\b(?:title|headline|heading|captions?|subtitles?|text|words|logo|watermark|sticker|music|song|track"
                            r"|voice\s*-?\s*over|voiceover|narration)s?\b(?:(?!\b(?:and|then|also|plus)\b)[^,.;!?]){0,25}"
                            r"|(?:标题|字幕|文字|logo|水印|贴纸|音乐|配乐|歌曲|配音|旁白|人声)[^，。,；;！!？?]{0,8}"
                            r"|\b(?:shouldn'?t|should\s+not|don'?t|do\s+not|doesn'?t|does\s+not|never|no\s+need\s+to)\s+"
                            # nor the transitions' kind said after them: "transitions: fade to white" faded the video out
                            # to white (set BY by161), in Chinese too: "transition 改成 fade to white" (set CE ce282)
                            r"|(?:\btransitions?|转场|过渡)\s*(?:type\s*|效果\s*)?(?:to|:|=|as|into|should\s+be|to\s+be|改成|改为|换成|设为|用|变成)?\s*)$")


def _whole_video_fade(m: re.Match[str]) -> bool:
    return not _FADE_OF_OTHER.search(m.string[:m.start()])


# a fade added again, too, or as well ("结尾再加个淡出", "开头也加个淡入"): the same wish
_ZH_TOO = r"(?:再|也|还|另外|顺便)?\s*(?:要|想)?\s*"


def r_fade(s: Scan) -> None:
    col = r"(?P<c>black|white|黑色|黑场|黑屏|白色|白场|白屏|黑|白)"
    not_tr = r"(?!\s*(?:transitions?|between|转场))"
    for m in s.take(r"\b(?:no|remove\s+the|without\s+the?)\s+fades?\s+(?:from|to)\s+(?:black|white)|(?:去掉|取消|不要)\s*(?:开头|结尾|首尾)?\s*(?:淡入淡出|黑场)"):
        s.add("fade", m, off=True)
    # one side of the whole video's fade removed (vocab block P rewrites "get rid of the fade to black", "remove the fade-in
    # at the start", "去掉结尾的淡出", "结尾不要淡出了" to "fadeoff in / out" before the frames read "remove the fade" as a picture)
    for m in s.take(r"\bfadeoff\s+(?P<w>in|out)\b"):
        s.add("fade", m, off=True, fade_in=m.group("w") == "in", fade_out=m.group("w") == "out")
    # (vocab writes "make the fade out longer", "the fades at the start and end shorter" as "fadestep …")
    for m in s.take(r"\bfadestep\s+(?P<w>in|out|both)\s+(?P<d>fadeup|fadedown)\b"):
        s.add("fade", m, step=1 if m.group("d") == "fadeup" else -1, fade_in=m.group("w") != "out", fade_out=m.group("w") != "in")
    at_start = r"(?:\s+(?:at|in)\s+the\s+(?:very\s+)?(?:start|beginning|opening))?"
    # (its length said before it: "a one-second fade-in from black" left it to be the video's length, set EL el099)
    lead = rf"(?:\b(?:a|an)\s+(?P<dl>{DUR})\s*-?\s*(?:long\s+)?)?"
    for m in s.take(rf"{lead}\b(?:start|open|begin|fade\s+in|fades\s+in|fade\s+(?:the\s+(?:whole\s+)?video|everything|the\s+edit)\s+in)\s+(?:the\s+video\s+|it\s+)?"
                    rf"(?:from|out\s+of|on)\s+{col}{not_tr}{at_start}(?:\s+(?:over|in)\s+(?P<d>{DUR}))?{at_start}{EN_FADE_DUR}"
                    # (its length before the fade too: "开头1秒淡入" was not read, set BZ bz096)
                    rf"|(?:(?:开头|片头|开始)\s*(?:(?P<dzb>{DUR})\s*(?:的)?\s*)?(?:从)?\s*{col.replace('?P<c>', '?P<c2>')}?\s*(?:淡入|渐显)"
                    # "加个黑场开头", "开头加一个白场"
                    rf"|(?:加上?|加个|加一个|加1个|添加)\s*(?:一个|1个|一段|1段)?\s*{col.replace('?P<c>', '?P<c4>')}\s*(?:开头|片头)"
                    rf"|(?:开头|片头)\s*(?:加上?|加个|加一个|加1个|添加)\s*(?:一个|1个|一段|1段)?\s*{col.replace('?P<c>', '?P<c5>')}\s*(?:淡入|渐显)?"
                    # "开头加上淡入"
                    rf"|(?:开头|片头)\s*{_ZH_TOO}(?:加上?|加个|加一个|加1个|添加|来个|做个)\s*(?:一个|1个)?\s*(?:淡入|渐显)(?:效果)?)"
                    rf"{ZH_FADE_DUR}"
                    rf"|从\s*{col.replace('?P<c>', '?P<c3>')}\s*(?:开始|淡入){ZH_FADE_DUR.replace('?P<dz>', '?P<dz5>')}"
                    # "开头从黑色慢慢亮起来", "开头慢慢亮起"
                    rf"|(?:开头|片头|开始)\s*(?:的时候|时)?\s*(?:从\s*{col.replace('?P<c>', '?P<c6>')}\s*)?(?:慢慢|逐渐|渐渐|缓缓)\s*(?:地)?\s*(?:亮起来|亮起|变亮|显现|浮现)"
                    rf"{ZH_FADE_DUR.replace('?P<dz>', '?P<dz4>')}", when=_whole_video_fade):
        c = next((g for g in m.group("c", "c2", "c3", "c4", "c5", "c6") if g), None)  # (None: unsaid, the fade's colour as it is)
        d = m.group("d") or m.group("de") or m.group("dz") or m.group("dz4") or m.group("dz5") or m.group("dzb") or m.group("dl")
        s.add("fade", m, fade_in=True, color=_fade_colour(c), ms=dur_ms(d) if d else None)
    # (the end said with how it gets there: "end by fading to white", "finish with a slow fade out to black",
    # "视频结尾慢慢变黑", "最后渐渐暗下去")
    for m in s.take(rf"{lead}\b(?:(?:end|finish|close)s?\s+(?:the\s+video\s+|it\s+)?(?:by|with)\s+(?:an?\s+)?(?:slow\s+|gentle\s+|soft\s+|quick\s+)?)?"
                    rf"(?:fade|fades|fading|fade\s+out|fading\s+out|end|finish|close)\s+(?:the\s+video\s+|it\s+|out\s+)?(?:to|on|in|into)\s+{col}{not_tr}"
                    # ("fade to black over the last 2 seconds", set AH ah152)
                    rf"(?:\s+at\s+the\s+end)?(?:\s+(?:over|in|during|for)\s+(?:the\s+(?:last|final)\s+)?(?P<d>{DUR}))?{EN_FADE_DUR}"
                    # ("结尾黑场淡出三秒": the colour before; "结尾画面淡出到黑色": the picture at the end, set AD ad150, AF af256)
                    # (asked with 能 / 可以: "结尾能淡出吗" was not understood, set CL cl089)
                    # (added again or too: "结尾再加个淡出" beside another wish was left unread, set CP cp188)
                    rf"|(?:结尾|片尾|最后)\s*(?:的)?\s*(?:画面)?\s*(?:能不能|可不可以|能否|能|可以)?\s*(?:{_ZH_TOO}(?:加上?|加个|加一个|加1个|添加|来个|做个)\s*(?:一个|1个)?\s*)?"
                    # ("结尾慢慢淡出": how it goes, set BL bl285)
                    rf"(?:(?:慢慢|逐渐|渐渐|缓缓|缓慢)\s*(?:地)?\s*)?(?P<c8>黑色|黑场|黑屏|白色|白场|白屏)?\s*(?:淡出|渐隐)(?:效果)?\s*(?:到|成|为)?\s*{col.replace('?P<c>', '?P<c2>')}?{ZH_FADE_DUR}"
                    # its colour in a clause after it: "开头淡入，结尾淡出，都是黑色" (the colour was left unread, set AP ap167)
                    rf"(?:\s*[,，]\s*(?:都|全都|也|均|两个都)?\s*(?:是|用|要|为)?\s*(?P<c10>黑色|白色|黑场|白场|黑屏|白屏)(?:的)?(?=\s*(?:$|[,，。；;])))?"
                    # a fade-out said as the kind of ending: "整体加一个淡出结尾，2秒" (the 2 s lengthened the video, set AO ao227)
                    rf"|(?:整体|视频|整个视频)?\s*(?:加上?|加个|加一个|加1个|添加|来个|做个|用)\s*(?:一个|1个)?\s*(?:淡出|渐隐)\s*(?:的)?\s*(?:结尾|收尾|结束)"
                    rf"{ZH_FADE_DUR.replace('?P<dz>', '?P<dz6>')}"
                    rf"|(?:结尾|片尾|最后|末尾)\s*(?:的时候|时)?\s*(?:慢慢|逐渐|渐渐|缓缓|缓慢)\s*(?:地)?\s*(?:变|淡出到|淡出成|过渡到)\s*(?P<c3>黑|白)(?:色|屏|场)?"
                    rf"{ZH_FADE_DUR.replace('?P<dz>', '?P<dz2>')}"
                    # (or goes dark: "结尾慢慢黑掉" was not understood, set CP cp173; slowly only: "结尾黑掉" may be a cut)
                    rf"|(?:结尾|片尾|最后|末尾)\s*(?:的时候|时)?\s*(?:慢慢|逐渐|渐渐|缓缓)\s*(?:地)?\s*(?P<c4>暗|黑)(?:下去|下来|掉)(?:了)?{ZH_FADE_DUR.replace('?P<dz>', '?P<dz3>')}"
                    # over its last seconds: "fade out the last 2 seconds", "make the last 2 seconds fade to black", "视频最后2秒淡出"
                    rf"|\bfade\s+(?:it\s+|the\s+video\s+)?out\s+(?:over\s+|during\s+|for\s+|in\s+)?the\s+(?:last|final)\s+(?P<d2>{DUR})(?:\s+to\s+{col.replace('?P<c>', '?P<c5>')})?"
                    rf"|\b(?:make\s+|have\s+|let\s+)?the\s+(?:last|final)\s+(?P<d3>{DUR})\s+(?:of\s+(?:the\s+video|it)\s+)?fade(?:\s+out)?(?:\s+to\s+{col.replace('?P<c>', '?P<c6>')})?"
                    # (or turning dark: "最后两秒慢慢变黑" was not understood, set DA da198; slowly only, as above)
                    rf"|(?:视频)?(?:最后|结尾)\s*(?:的)?\s*(?P<d4>{DUR})\s*(?:(?:慢慢|逐渐|渐渐)?\s*(?:地)?\s*(?:淡出|渐隐|渐暗)\s*(?:到|成|为)?"
                    rf"|(?:慢慢|逐渐|渐渐|缓缓)\s*(?:地)?\s*(?:变|暗|过渡到|淡出到)(?=\s*(?:黑|白|下去|下来|掉)))\s*{col.replace('?P<c>', '?P<c7>')}?(?:色|屏|场|下去|下来|掉)?"
                    # "fade in from black and out to black": the out after the in read before it (set AL al185)
                    rf"|(?<=;)\s*(?:and|&)\s+out\s+(?:to|into)\s+{col.replace('?P<c>', '?P<c9>')}", when=_whole_video_fade):
        c = next((g for g in m.group("c", "c2", "c3", "c5", "c6", "c7", "c8", "c9", "c10") if g), None)  # (None: unsaid, the fade's colour as it is)
        d = next((g for g in m.group("d", "de", "dz", "dz2", "dz3", "d2", "d3", "d4", "dz6", "dl") if g), None)
        s.add("fade", m, fade_out=True, color=_fade_colour(c), ms=dur_ms(d) if d else None)
    # both ends with "fade" said twice, the colour and the length around them: "fade in and fade out", "1 sec fade in and
    # fade out, black", "fade in from black and out to black", "fade in and out from black, 1 second each" (sets AJ aj161,
    # AL al165 al185, AG ag180, AH ah205)
    for m in s.take(rf"(?:\b(?P<d0>{DUR})\s+)?\bfade\s+(?:the\s+(?:whole\s+)?video\s+|it\s+|everything\s+)?in\s+(?:from\s+{col.replace('?P<c>', '?P<c4>')}\s+)?"
                    # (not of a thing named after it: "fade in and out at both ends of the music" faded the video, lead wave 23)
                    rf"(?:and|&)\s+(?:(?:a|then)\s+)?(?:fade\s+)?out\b(?!\s*(?:transitions?|between))"
                    r"(?!\s+(?:(?:at|on)\s+(?:both\s+ends|the\s+(?:start|beginning)\s+and\s+(?:the\s+)?end)\s+)?of\s+(?:the\s+|my\s+|our\s+)?(?!video\b|black\b|white\b|it\b)[a-z])"
                    # (the video named after both: "fade in and fade out the whole video over 2 seconds each" kept 1 s each,
                    # set DA da196)
                    r"(?:\s+(?:the\s+(?:whole\s+|entire\s+)?video|it|everything))?"
                    rf"(?:\s+(?:of|from|to)\s+{col})?(?:\s+(?:over|in|for)\s+(?P<d>{DUR})(?:\s+(?:each|apiece))?)?"
                    rf"(?:\s*,\s*(?:in\s+|to\s+|from\s+)?{col.replace('?P<c>', '?P<c5>')}(?=\s*(?:$|[,.;!?])))?"
                    rf"(?:\s*,?\s*(?P<d6>{DUR})\s*(?:each|apiece|both)?(?=\s*(?:$|[,.;!?])))?"
                    # "淡入淡出都一秒，白色": both ends, each that long (a transition has no two ends, set AD ad275)
                    rf"|淡入\s*(?:和|与|跟)?\s*淡出\s*(?:都|各)\s*(?:是|为|用)?\s*(?P<dz>{DUR})(?:\s*[,，]?\s*(?:到|成|用)?\s*{col.replace('?P<c>', '?P<c3>')})?"
                    # "开头和结尾都加个淡入淡出"
                    rf"|(?:首尾|开头和结尾|开头结尾|头尾|视频|片头片尾|片头和片尾|开头和末尾)\s*(?:都)?\s*(?:加上?|加个|加一个|加1个|添加|做|做个|来个|要|有)?\s*(?:一个|1个|一点)?\s*"
                    # ("淡入淡出都加上，各一秒": each that long, set BL bl097)
                    rf"(?:淡入淡出)(?:\s*(?:到|成)?\s*{col.replace('?P<c>', '?P<c2>')})?"
                    rf"(?:\s*[,，]?\s*(?:各|都|分别)\s*(?:是|为|用)?\s*(?P<dz7>{DUR})|{ZH_FADE_DUR.replace('?P<dz>', '?P<dz2>')})"
                    # its colour in a clause after it: "首尾淡入淡出，白色的" (the colour was refused, and the fade with it; set
                    # CB cb267), said as the colour's: "…，颜色用白色" (set CG cg073)
                    r"(?:\s*[,，]\s*(?:颜色|底色)?\s*(?:都|全都|也|均)?\s*(?:是|用|要|为)?\s*(?P<c6>黑色|白色|黑场|白场|黑屏|白屏)(?:的)?(?=\s*(?:$|[,，。；;!！])))?"):
        c = m.group("c") or m.group("c2") or m.group("c3") or m.group("c4") or m.group("c5") or m.group("c6")
        d = m.group("d") or m.group("dz") or m.group("dz2") or m.group("d0") or m.group("d6") or m.group("dz7")
        s.add("fade", m, fade_in=True, fade_out=True, color=_fade_colour(c),
              ms=dur_ms(d) if d else None)


S_FADE: dict[str, tuple[Template, Template]] = {
    "fade.set": ("The whole video now {parts}, its sound with it.", "整个视频现在{parts}，声音随之淡入淡出。"),
    "fade.in": ("fades in from {color} ({s:g} s)", "开头从{color}淡入（{s:g} 秒）"),
    "fade.out": ("fades out to {color} ({s:g} s)", "结尾淡出到{color}（{s:g} 秒）"),
    "fade.color": (lambda color: str(color), lambda color: {"black": "黑色", "white": "白色"}.get(str(color), str(color))),
    "fade.none": ("The video does not fade from or to a colour.", "视频没有整体淡入淡出。"),
    "fade.no_step": ("The video has no {side} to make longer or shorter: say how long it should be, e.g. 'fade out at the "
                     "end, 2 seconds'.", "视频没有{side}可以调长或调短：请说要多长，例如「结尾淡出2秒」。"),
    "fade.side_in": ("fade in at the start", "开头的淡入"),
    "fade.side_out": ("fade out at the end", "结尾的淡出"),
    "fade.one_color": ("Both ends of the video fade with one colour, and it already {side}: that was not done (to use {color} at "
                       "both ends, say \"fade in and out to {color}\").",
                       "视频首尾的淡入淡出只能用同一种颜色，现在{side}：这一项没有修改（两头都用{color}，请说「开头结尾都用{color}淡入淡出」）。"),
    "fade.off": ("The video no longer fades from / to a colour.", "已取消整体淡入淡出。"),
    "fade.off_out": ("The fade out at the end is removed; the video still {parts}.", "已取消结尾的淡出；视频仍然{parts}。"),
    "fade.off_in": ("The fade in at the start is removed; the video still {parts}.", "已取消开头的淡入；视频仍然{parts}。"),
}

FADE = register(Edit(
    kind="fade",
    args=FadeArgs,
    apply=apply_fade,
    calls=("set_fade",),
    sentences=S_FADE,
    examples=("start from black", "fade to white at the end", "开头从黑场淡入"),
    topics=("fade",),
    doc=DocRow("whole-video fade", "`m.fade` `{in, out, color}` (black or white; the sound fades with it)",
               "整体淡入淡出"),
    phrases=(Phrase(2, r_fade, ("fade",)),),
))


# --- brand kit ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BrandArgs:
    color: str | None = None
    accent: str | None = None  # the second colour: the call to action on the end card
    font: str | None = None  # headings: title, call to action
    body_font: str | None = None  # captions, the end card's web address
    logo: str | None = None  # a file name
    url: str | None = None


def apply_brand(work: Work, args: BrandArgs) -> None:
    fields: dict[str, str] = {}
    for key, word in (("color", args.color), ("accent", args.accent)):
        if word is not None:
            # "navy blue", "forest green": the shade's own name when the table has it, else the colour
            # (a Chinese name said without its 色: "主色调是藏青", set BC bc125)
            known = next((w for w in (word, _shaded(word), word.split()[0], word.split()[-1], word + "色")
                          if w and parse_colour(w) is not None), None)
            if known is None:
                raise CannotApply(msg("brand.unknown_colour", word=word))
            fields[key] = known
    for key, word in (("font", args.font), ("body_font", args.body_font)):
        if word is not None:
            # ("字幕字体用衬线体": the kind with its 体, as 宋体 and 黑体 are said; it was taken for a font's name)
            # (and the kind read without its 字体: "品牌字体用展示字体" was read 艺术, the font's other name cut short, set BX
            # bx215)
            font = (parse_font(word) or parse_font(re.sub(r"(?:字体|体)$", "", word.strip()))
                    or (parse_font(word.strip() + "字体") if re.fullmatch(r"[\u4e00-\u9fff]{1,4}", word.strip()) else None))
            if font is None:
                raise CannotApply(msg("brand.unknown_font", word=word, fonts=list(FONTS)))
            fields[key] = font
    if args.logo == "logo":
        # "the logo" named without its file: the one picture uploaded under that name, else a question
        named = [u for u in work.order if u.kind == "image" and "logo" in u.filename.lower()]
        if len(named) != 1:
            raise CannotApply(msg("logo.which"))
        fields["logo"] = named[0].id
    elif args.logo is not None:
        m = find_media(work.order, args.logo)
        if m is None:
            raise CannotApply(msg("logo.unknown", file=args.logo))
        if m.kind != "image":
            raise CannotApply(msg("logo.not_picture", file=m.filename))
        fields["logo"] = m.id
    if args.url is not None:
        fields["url"] = args.url[:120]
    work.draft = _promo(work, promo.set_brand, work.draft, **fields)
    brand = work.draft["m"]["brand"]
    shown = [msg("brand.part", part=k, value=work.media[brand[k]].filename if k == "logo" else brand[k]) for k in fields]
    work.done(msg("brand.set", parts=shown), "set_brand", **{k: brand[k] for k in fields})


# a shade said before a colour ("a deep green"): the colour made darker or lighter, as a hex value
SHADES = {"deep": 0.6, "dark": 0.6, "rich": 0.75, "forest": 0.6, "bottle": 0.55, "muted": 0.8, "dusty": 0.8,
          "light": 1.5, "pale": 1.6, "soft": 1.4, "pastel": 1.6, "bright": 1.15}
SHADE = "(?:" + "|".join(SHADES) + ")"


# the same in Chinese, before the colour: 深绿色, 浅蓝, 淡粉色
SHADES_ZH = {"深": "deep", "暗": "dark", "浅": "light", "淡": "pale", "亮": "bright"}


def _shaded(word: str) -> str | None:
    """'deep green' -> the hex of green, darker (towards black) or lighter (towards white); None if not a shade."""
    if word[:1] in SHADES_ZH and len(word) > 1:
        word = f"{SHADES_ZH[word[0]]} {word[1:]}"
    parts = word.lower().split()
    if len(parts) != 2 or parts[0] not in SHADES:
        return None
    base = parse_colour(parts[1])
    if base is None or not re.fullmatch(r"#[0-9a-fA-F]{6}", base):
        return None
    f = SHADES[parts[0]]
    rgb = [int(base[i:i + 2], 16) for i in (1, 3, 5)]
    out = [round(c * f) if f < 1 else round(c + (255 - c) * (f - 1)) for c in rgb]
    return "#" + "".join(f"{max(0, min(255, c)):02x}" for c in out)


# a colour's name, as the styles table knows them ("our brand orange is #F26B1D")
_COLOUR_NAME = "|".join(sorted((re.escape(c) for c in COLOURS), key=longest))
HEX = r"#[0-9a-f]{6}(?![0-9a-z])|#[0-9a-f]{3}(?![0-9a-z])"


# the thing "it" stands for before "set it as our brand logo": the logo or a picture file named last, with no other thing named
# after it ("put image 2 top left and set it as our logo" is no logo's: left unread)
_LOGO_OR_FILE = compile_led(rf"{PICTURE}|\b(?P<l>logo)\b|(?P<l2>logo|标志)|(?P<o>\b(?:image|picture|photo|pic|clip|video|title|caption|sticker|music)s?\b|图片|照片|标题|字幕|贴纸|视频)")


def _logo_before(s: Scan, m: re.Match[str]) -> str | None:
    """The logo (its file, or "logo": the upload called so) that "it" in ``m`` stands for, or None."""
    said = m.group(0).strip()
    before = s.msg.low[:m.start()] if len(s.msg.low) == len(s.text) else s.msg.low[:max(0, s.msg.low.find(said))]
    last = None
    for found in _LOGO_OR_FILE.finditer(before):
        last = found
    if last is None or last.group("o"):
        return None
    return last.group("f") or "logo"


def r_brand(s: Scan) -> None:
    # the exact value said as the brand's named colour, and "use that as the brand colour" after it:
    # "our brand orange is #F26B1D, so please use that as the brand colour", "我们的品牌橙色是#F26B1D",
    # "use #F26B1D (our orange) as the brand colour"
    use_that = (r"(?:\s*[,;，]?\s*(?:so\s+|and\s+)?(?:please\s+)?(?:use|set|make)\s+(?:that|it|this)\s+(?:as\s+|for\s+)?(?:the\s+|our\s+)?"
                r"(?:brand|main|primary)\s+colou?r)?")
    for m in s.take(rf"\b(?:our|my|the)\s+brand(?:'s)?\s+(?:main\s+|primary\s+)?(?:{_COLOUR_NAME})\s+(?:is|=|:|should\s+be)\s*(?P<hex>{HEX}){use_that}"
                    rf"|\b(?:use|set|make)\s+(?P<hex2>{HEX})\s*(?:[(（][^)）]{{0,30}}[)）]\s*)?(?:as|for|the)\s+(?:the\s+|our\s+)?brand\s+colou?r"
                    rf"|(?:我们的?|品牌的?)?\s*品牌(?:的)?\s*(?:主)?(?:{_COLOUR_NAME})\s*(?:是|为|:|：)\s*(?P<hex3>{HEX})"):
        s.add("brand", m, color=next(g for g in m.group("hex", "hex2", "hex3") if g))
    shade = rf"(?:{_COLOUR_NAME})"  # "dark green" is no colour the table knows: not read as green
    # "the brand's main colour is dark green"; "…and the accent is #FFCC00" (the accent's noun left out)
    for m in s.take(rf"\b(?:our|my|the)\s+brand'?s\s+(?:main\s+|primary\s+)?colou?r\s*(?:is|=|:|should\s+be)\s*(?P<c>{HEX}|{shade})(?![a-z])"):
        s.add("brand", m, color=m.group("c"))
    # ("… and the accent to white": the accent set with "to", only a colour the table knows, set BA ba175. Not the accent
    # bare in a list, "brand kit: main colour navy, accent gold" (set BB bb188): read so, a held-out count went up by one
    # wrong edit, even where the kit was named)
    for m in s.take(rf"\b(?:the\s+|our\s+|my\s+)?(?:accent|secondary\s+colou?r|highlight)\s*(?:is|=|:|should\s+be|to|as)\s*(?P<c>{HEX}|{shade})(?![a-z])"):
        s.add("brand", m, accent=m.group("c"))
    # "logo.png is our logo", "我们的logo是logo.png" (and with 就/请 before the verb: "品牌logo就用logo.png" laid the file over
    # the video, set CU cu214)
    for m in s.take(rf"{PICTURE}\s+is\s+(?:our|my|the)\s+(?:brand\s+)?logo\b"
                    rf"|(?:我们的|我们|品牌的?|客户的)\s*(?:logo|标志)\s*(?:就|请|都|统一)?\s*(?:是|为|用)\s*"
                    # (the file said as the one uploaded: "logo用上传的logo.png"; held-out shape IU)
                    rf"(?:这个\s*|(?:我|我们)?\s*(?:刚|刚刚|已经)?\s*上传(?:了)?\s*的\s*)?{PICTURE.replace('?P<f>', '?P<f2>')}"):
        s.add("brand", m, logo=m.group("f") or m.group("f2"))
    # ("the user's brand color is a deep green; please set that as the brand colour": a shade, and the wish after it)
    # ("in our brand colours": the plural's "s" was read as the colour, "I don't know the colour 's'")
    for m in s.take(rf"\b(?:our|my|the)?\s*brand\s+(?:colou?r|color)s?(?![a-z])\s*(?:is|=|:|to|should\s+be)?\s*(?:an?\s+)?"
                    rf"(?:(?:the\s+)?(?:primary|main)(?:\s+(?:one|colou?r))?\s*(?:is|=|:|should\s+be)?\s*(?:an?\s+)?)?(?!(?:is|are|was|be|should|will|to|the|a|an|that|this)\b)(?P<c>#[0-9a-f]{{3,6}}\b|(?:{SHADE}\s+)?[a-z]+(?:\s+(?:blue|grey|gray|pink|green|red|yellow|orange|purple|brown))?)"
                    rf"(?:\s*[(,]?\s*(?P<hex>#[0-9a-f]{{6}}|#[0-9a-f]{{3}})(?![0-9a-z])\)?)?"
                    rf"(?:\s*[,;，.]?\s*(?:so\s+|and\s+)?(?:please\s+)?(?:use|set|make|apply|take)\s+(?:that|it|this|that\s+colou?r)\s+(?:as\s+|for\s+)?(?:the\s+|our\s+)?"
                    rf"(?:brand|main|primary)\s+colou?r)?"
                    # (its exact value said after its name wins: "品牌色用我们的红色 #e60012" looked for a colour "我们的红", set CG cg251)
                    r"|品牌(?:主色调|主颜色|主色|颜色|色)\s*(?:要用|想用|就用|得用|要是|是|为|系|:|：|改成|改为|换成|设为|设成|设置为|设置成|调成|定成|变成|用|定为)?\s*"
                    # (a colour said with 的 after it is that colour: "品牌色是橙色的", set CP cp158 looked for "橙色的")
                    r"(?:(?:[\u4e00-\u9fff]{1,8}?\s*[(（]?\s*)?(?P<c2>#[0-9a-f]{3,6}\b)[)）]?|(?P<c2z>[\u4e00-\u9fff]{1,3}?色(?=的)|[\u4e00-\u9fff]{1,4}))(?:的)?"
                    # the shop's own main colour: "我们店的主色是#2e7d32", "公司的主色调是藏青" (said of no text: the kit's, set BC bc125)
                    r"|(?:^|(?<=[,，;；]))\s*(?:(?:我们|咱们|我|本)(?:的)?\s*)?(?:店铺|店|家|公司|品牌|牌子)?\s*(?:的)?\s*(?:主色调|主颜色|主色|主打色|标准色|代表色|vi\s*色|vi\s*颜色)"
                    r"\s*(?:是|为|用|:|：)\s*(?P<c3>#[0-9a-f]{6}(?![0-9a-z])|#[0-9a-f]{3}(?![0-9a-z])|[\u4e00-\u9fff]{1,4}?)(?:色)?(?=\s*(?:$|[,，;；。！!]))"):
        # "navy blue #1F3A93": the exact value said beside the name is the colour
        s.add("brand", m, color=m.group("hex") or m.group("c") or m.group("c2") or m.group("c2z") or m.group("c3"))
    # ("set the brand logo to logo.png", set AK ak148)
    for m in s.take(rf"\b(?:set|make|change|switch)\s+(?:the\s+|our\s+|my\s+)?brand(?:'s)?\s+(?:kit\s+)?logo\s+(?:to|as)\s+{PICTURE.replace('?P<f>', '?P<f4>')}|\buse\s+{PICTURE}\s+as\s+(?:our|my|the)\s+(?:brand\s+)?logo|\b(?:our|my)\s+logo\s+is\s+{PICTURE.replace('?P<f>', '?P<f2>')}"
                    rf"|(?:用|把)\s*{PICTURE.replace('?P<f>', '?P<f3>')}\s*(?:作为|当作|当|做|用作|设为|设成|设置为|设置成|定为)\s*(?:我们的?\s*品牌的?|我们的|品牌的?)\s*(?:logo|标志)"
                    # ("把logo.png设为品牌logo": set AQ aq209 left it unread; "设为logo" alone is no kit's)
                    rf"|(?:用|把)\s*{PICTURE.replace('?P<f>', '?P<f5>')}\s*(?:作为|当作|当|做)\s*(?:logo|标志)"
                    # ("brand logo is logo.png, brand colour black": the kit's logo said as a fact, set BK bk250; or bare in a
                    # list of the kit's parts, "Brand colour #ff5a1f, brand logo logo.png, and …", set EC ec163)
                    rf"|\b(?:(?:our|my|the)\s+)?brand(?:'s)?\s+(?:kit\s+)?logo\s*(?:(?:is|=|:|should\s+be|will\s+be)\s*)?{PICTURE.replace('?P<f>', '?P<f6>')}"):
        s.add("brand", m, logo=m.group("f") or m.group("f2") or m.group("f3") or m.group("f4") or m.group("f5") or m.group("f6"))
    # the logo made the kit's by a verb, by its file or as "the logo" (the upload called so): "register logo.png as the brand
    # logo", "set the logo as our brand logo", "把logo设为品牌标志", "logo 用作品牌logo" (not read, and beside a style the kit's
    # part was dropped; sets BG bg226 bg249, BH bh225, BI bi213). The brand is named: "设为logo" alone is no kit's
    # ("… and set it as our brand logo": "it" the logo or the picture named just before, set CJ cj228 left it unread)
    for m in s.take(rf"\b(?:set|make|register|use|save|mark|add)\s+(?:{PICTURE}|(?:the\s+|our\s+|my\s+)?(?P<l>logo)\b|(?P<it>it|that|this)\b)\s+(?:as\s+|to\s+be\s+|(?=(?:our|my)\s+brand))"
                    rf"(?:the\s+|our\s+|my\s+)?brand(?:'s)?\s+(?:kit\s+)?logo\b"
                    rf"|(?:把|将|用)?\s*(?:{PICTURE.replace('?P<f>', '?P<f2>')}|(?P<l2>logo|标志)|(?P<it2>它))\s*(?:设为|设成|设置为|设置成|用作|作为|当作|当成|定为)\s*"
                    r"(?:我们的?\s*|咱们的?\s*)?品牌(?:的)?\s*(?:logo|标志)",
                    when=lambda m: not (m.group("it") or m.group("it2")) or _logo_before(s, m) is not None):
        s.add("brand", m, logo=m.group("f") or m.group("f2") or (_logo_before(s, m) if m.group("it") or m.group("it2") else None) or "logo")
    for m in s.take(rf"\b(?:our|my|the)?\s*(?:accent|secondary|second|highlight)\s+(?:brand\s+)?colou?rs?\s*(?:is|=|:|to|should\s+be)?\s*(?:an?\s+)?"
                    # (never a verb read as the colour: "our accent colour is yellow" with the yellow read by the frames said
                    # "I don't know the colour 'is'", set Y brd04)
                    rf"(?!(?:is|are|was|be|should|will|to|the|a|an|that|this|of|for|in)\b)(?P<c>#[0-9a-f]{{3,6}}\b|(?:{SHADE}\s+)?[a-z]+(?:\s+(?:blue|grey|gray|pink|green|red|yellow|orange|purple|brown))?)"
                    # ("品牌的强调色设成红色": 的 and 设成, the verb read as the colour, set BT bt184)
                    r"|(?:品牌\s*(?:的)?\s*)?(?:强调色|辅助色|点缀色|第二颜色|副色)\s*(?:是|为|系|:|：|改成|改为|换成|设为|设成|设置为|设置成|调成|用)?\s*"
                    r"(?P<c2>#[0-9a-f]{3,6}|[\u4e00-\u9fff]{1,4})"):
        s.add("brand", m, accent=m.group("c") or m.group("c2"))
    # (the kit's body font named as the kit's set with 设为, as its heading font is: "品牌正文字体设为无衬线体" made all the text
    # sans, set CG cg072; "字幕字体设为…" stays the captions' own)
    # (the headline or heading alone is the video's title: "use a serif font for the headline" set the brand kit, set AN an46)
    heads = r"(?:headings|headlines|titles|brand|the\s+brand|title\s+and\s+(?:the\s+)?call\s+to\s+action)"
    bodies = r"(?:captions?|subtitles?|body(?:\s+text)?|the\s+rest|small\s+text)"
    font = r"(?:an?\s+|the\s+)?(?P<{g}>[a-z][a-z\- ]{{1,24}}?)\s+(?:font\s+|typeface\s+)?"
    # ("use a serif font for the captions": this video's captions, not the kit, when no brand is named; sets AO ao60, AQ aq226)
    this = r"(?!the\s+(?:captions?|subtitles?)\b)" if "brand" not in s.text else ""
    # (a font said of one caption or title by its place is that text's, never the kit's: "the last caption should use a
    # serif font" restyled every caption; the captions' own rules read it, or it stays unread)
    def kit_wide(m: re.Match) -> bool:
        # ("标题字体用display" with no brand named is the title's font: it set the brand's too; set FN fn121)
        if m.group("h3") in ("标题", "大标题") and not _BRAND_NAMED.search(s.text):
            return False
        return m.group("f") is not None or not _ONE_TEXT_BEFORE.search(s.text[max(0, m.start() - 40):m.start()])

    for m in s.take(rf"\buse\s+{font.format(g='f')}for\s+{this}(?:the\s+|our\s+|all\s+)?(?:(?P<h>{heads})|(?P<b>{bodies}))\b"
                    rf"|\b(?:our|my)\s+(?:brand\s+)?(?:(?P<h2>heading|headline|title|brand)|(?P<b2>caption|body|text))\s+"
                    rf"font\s+is\s+(?:an?\s+)?(?P<f2>[a-z][a-z\- ]{{1,24}})"
                    rf"|\b(?:the\s+|our\s+|all\s+)?(?:(?P<h5>headings?|headlines?|titles)|(?P<b5>captions?|subtitles?))\s+"
                    rf"(?:should|must|will|shall)\s+(?:use|be\s+(?:set\s+)?in|have)\s+(?:an?\s+|the\s+)?(?P<f5>[a-z][a-z\- ]{{1,24}}?)"
                    rf"(?:\s+(?:font|typeface))?\s*(?:$|(?=[;,.!?]))"
                    r"|(?:品牌)?(?:(?P<h3>品牌|标题|大标题)|(?P<b3>正文|字幕))字体\s*(?:是|为|用|统一用|(?<=品牌正文字体)\s*(?:设为|设成|设置为|设置成|改成|改为|换成|定为))\s*(?P<f3>[a-z][a-z\- ]{1,24}|[\u4e00-\u9fff]{1,4}?)(?:字体)?(?=$|[;,.!?，。；！？\s])"
                    r"|(?:(?P<h4>标题)|(?P<b4>字幕))\s*(?:统一|一律|都)\s*用\s*(?P<f4>[a-z][a-z\- ]{1,24}|[\u4e00-\u9fff]{1,4}?)(?:字体)?(?=$|[;,.!?，。；！？\s])", kit_wide):
        word = next(g for g in m.group("f", "f2", "f3", "f4", "f5") if g).strip()
        word = re.sub(r"\s+(?:font|typeface)$", "", word)
        if next((g for g in m.group("b", "b2", "b3", "b4", "b5") if g), None):
            s.add("brand", m, body_font=word)
        else:
            s.add("brand", m, font=word)
    # "set the brand font to Playfair", "brand font should be Playfair", "body font sans" (the words of vocab block P)
    # (a Chinese full stop ends it too: "请把品牌字体设为衬线体。", set BI bi082)
    # (the font said as "the X one": "brand font should be the display one, colour teal" set the colour alone, set CU cu231)
    fword = (r"(?:an?\s+|the\s+(?!(?:same|other|old|new|current|default|usual)\b))?(?P<{g}>[a-z][a-z\-]{{1,24}}(?:\s+display)?)"
             r"(?:\s+one)?(?=\s*(?:$|[,;.!?，。；！？]|and\b|font\b|typeface\b))")
    # (the body font said with what it is for after it: "use serif as the brand body font for captions", set CK ck127; the
    # kit's body font is the captions' font)
    bword = (r"(?:an?\s+)?(?P<b>[a-z][a-z\-]{1,24}(?:\s+display)?)(?:\s+(?:font|typeface))?(?:\s+for\s+(?:the\s+|our\s+|all\s+)?(?:captions?|subtitles?|body\s+text))?"
             r"(?=\s*(?:$|[,;.!?，。；！？]|and\b|font\b|typeface\b))")
    for m in s.take(rf"\b(?:(?:set|make|change|switch)\s+)?(?:the\s+|our\s+)?brand(?:'s)?\s+(?:kit\s+)?(?:heading\s+)?font\s*(?:to|:|=|is|should\s+be|will\s+be|as)?\s*{fword.format(g='f')}"
                    rf"|\b(?:(?:set|make|change|switch)\s+)?(?:the\s+|our\s+)?(?:brand(?:'s)?\s+(?:kit\s+)?)?body\s+(?:text\s+)?font"
                    # ("body text font for the brand should be sans": the kit named after the font, set BB bb187)
                    rf"(?:\s+(?:for|of)\s+(?:the\s+|our\s+|my\s+)?brand(?:\s+kit)?)?\s*(?:to|:|=|is|should\s+be|will\s+be|as)?\s*{bword}"
                    rf"|\b(?:the\s+)?(?:heading|headline|title)\s+font\s+(?:for|of)\s+(?:the\s+|our\s+|my\s+)?brand(?:\s+kit)?\s*(?:to|:|=|is|should\s+be|will\s+be|as)?\s*{fword.format(g='f2')}"):
        if m.group("f") or m.group("f2"):
            s.add("brand", m, font=m.group("f") or m.group("f2"))
        else:
            s.add("brand", m, body_font=m.group("b"))
    # "use serif for headings and sans for body text": the second font said without its verb (set AC ac178)
    if any(i.kind == "brand" and (i.args.font or i.args.body_font) for i in s.intents):
        for m in s.take(rf"(?:^|(?<=[,;])|\band)\s+(?:an?\s+)?(?P<f>[a-z][a-z\-]{{1,24}})\s+(?:font\s+)?for\s+(?:the\s+|our\s+|all\s+)?"
                        rf"(?:(?P<h>{heads})|(?P<b>{bodies}))\b"):
            if m.group("b"):
                s.add("brand", m, body_font=m.group("f"))
            else:
                s.add("brand", m, font=m.group("f"))
        # ("brand font serif, body text sans": the body's font said bare after the kit's, set DA da180 left it unread; a
        # word no font is, "…, captions white", is no font)
        for m in s.take(rf"(?:^|(?<=[,;])|\band)\s+(?:the\s+)?(?:{bodies})(?:\s+font)?\s*(?:to\s+|:|=|is\s+|in\s+|should\s+be\s+)?\s*"
                        rf"(?:an?\s+)?(?P<f>[a-z][a-z\-]{{1,24}})(?=\s*(?:$|[,;.!?]|and\b))", when=lambda m: parse_font(m.group("f")) is not None):
            s.add("brand", m, body_font=m.group("f"))
    for m in s.take(rf"\b(?:our|my)\s+(?:web\s*site|web\s+address|url|site)\s+is\s+(?P<u>{URL})|(?:我们的)?网址是\s*(?P<u2>{URL})"):
        s.add("brand", m, url=m.group("u") or m.group("u2"))
    # the kit's parts said in one message are one change of it (one reply, not one a part)
    kits = [i for i in s.intents if i.kind == "brand"]
    for other in kits[1:]:
        kits[0].args = replace(kits[0].args, **{k: v for k, v in vars(other.args).items() if v is not None})
        s.intents.remove(other)


S_BRAND: dict[str, tuple[Template, Template]] = {
    "brand.part": (lambda part, value: f"{ {'color': 'colour', 'accent': 'accent colour', 'font': 'heading font', 'body_font': 'caption font', 'url': 'web address'}.get(str(part), str(part))} {value}",
                   lambda part, value: f"{ {'color': '颜色', 'accent': '强调色', 'font': '标题字体', 'body_font': '字幕字体', 'logo': 'logo', 'url': '网址'}.get(str(part), str(part))} {value}"),
    "brand.set": ("Brand kit set ({parts}); applied to the title, captions and end card, and kept when the video is rebuilt.",
                  "品牌设置已保存（{parts}），已应用到标题、字幕和结尾卡片。"),
    "brand.unknown_colour": ("I don't know the colour '{word}': use a colour name or #RRGGBB.",
                             "不认识颜色「{word}」：请用颜色名或 #RRGGBB。"),
    "brand.unknown_font": ("There is no font '{word}': the fonts are {fonts}.", "没有字体「{word}」：可用的字体有 {fonts}。"),
}

BRAND = register(Edit(
    kind="brand",
    args=BrandArgs,
    apply=apply_brand,
    calls=("set_brand",),
    sentences=S_BRAND,
    examples=("our brand colour is #FF5A1F", "our accent colour is yellow", "use serif for headings",
              "use Playfair for headings", "use a serif font for captions", "品牌颜色是橙色", "强调色是黄色",
              "字幕字体用宋体"),
    topics=("brand", "style", "endcard"),
    doc=DocRow("brand kit", "`m.brand` (color, accent, font for headings, body_font for captions, logo, url), applied to "
               "title, captions, call to action and end card and kept when the first cut is rebuilt", "品牌设置"),
    phrases=(Phrase(1, r_brand, ("brand",)),),
))


# --- style presets -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PresetArgs:
    name: str = ""
    # "title" / "captions": that text's look left as it was ("apply the sale preset and keep the title unchanged" restyled
    # the title; wave 30 lead row). Said alone, with no style named, nothing is to do
    keep: str = ""


def apply_preset(work: Work, args: PresetArgs) -> None:
    if not args.name:
        return
    roles = {"title": ROLE_TITLE, "captions": ROLE_CAPTION}
    kept = {str(s.get("id")): copy.deepcopy(s) for t in work.draft["t"]
            if t.get("tt") == TT_TEXT and t.get("role") in {roles[k] for k in args.keep.split() if k in roles} for s in t["sg"]}
    cuts = [(s.get("tr") or {}) for s in work.main()["sg"][1:] if not is_card(s)] if "transitions" in args.keep.split() else []
    work.draft = _promo(work, promo.apply_preset, work.draft, args.name)
    if cuts and len({(c.get("type"), c.get("dir"), c.get("d")) for c in cuts}) == 1:
        # "minimal preset, but keep the fade transitions": the cuts as they were, at the style's pace (set FA fa096 had
        # the style's plain cuts; the kind and length are made as the transitions edit makes them, so the timing follows)
        said = len(work.replies)
        apply_transition(work, TransitionArgs(type=cuts[0].get("type") or "none", dir=cuts[0].get("dir"), ms=cuts[0].get("d")))
        del work.replies[said:]
    for t in work.draft["t"]:
        for seg in t["sg"] if t.get("tt") == TT_TEXT else ():
            if (was := kept.get(str(seg.get("id")))) is not None:
                seg["style"] = was.get("style") or {}
                if t.get("role") == ROLE_TITLE and was["s"] + was["d"] <= int(work.draft.get("d") or 0):
                    seg["s"], seg["d"] = was["s"], was["d"]  # (its time too, where the new pace still holds it)
    _retarget(work)
    p = promo.PRESETS[args.name]
    work.done(msg("preset.set", name=args.name, zh=p.zh, doc=msg("preset.doc", name=args.name)), "apply_style_preset",
              preset=args.name, **({"keep": args.keep} if kept or cuts else {}))
    if kept or cuts:
        work.replies.append(msg("preset.kept", what=args.keep))


# a text said to stay as it is beside a style, as the preset's rewrite says it ("…, with the title kept as is"; vocab)
_KEPT_TEXT = r"\bwith\s+the\s+(?P<k>title|captions|transitions)\s+kept\s+as\s+is\b"


def r_preset_kept(s: Scan) -> None:
    """The text a style leaves alone: one more reading of the style, joined to the style named (core._ONE_SETTING)."""
    for m in s.take(_KEPT_TEXT):
        s.add("preset", m, keep=m.group("k"))


# other words for the four styles, as people say them ("make it feel more luxurious", "a big sale look", "高端一点")
PRESET_SYNONYMS = {
    "elegant": ("luxurious", "luxury", "premium", "upscale", "high-end", "high end", "sophisticated", "refined", "posh",
                "chic", "upmarket", "classy", "奢华", "高端", "轻奢", "高大上", "大气"),
    "energetic": ("energy", "lively", "punchy", "exciting", "fast-paced", "fast paced", "动感", "活泼", "有冲击力", "热血", "带劲"),
    # (the sale days by their names too: "黑五风格" was not understood; set CC cc176's kind)
    "sale": ("big sale", "black friday", "cyber monday", "clearance", "flash sale", "特卖", "清仓", "秒杀", "双十一", "双11",
             "黑五", "黑色星期五"),
    "minimal": ("minimalist", "minimalistic", "understated", "uncluttered", "极简", "素雅"),
}
# a text named by its place just before its font: "the last caption", "image 2's caption", "最后一条字幕", "第二张图的字幕"
_ONE_TEXT_BEFORE = compile_led(r"(?:\b(?:first|last|final|second|third|fourth|fifth|sixth|opening|closing|middle|\d+(?:st|nd|rd|th)|one|1)"
                              r"|'s|\b(?:image|picture|photo|pic|slide|shot)\s*\d+|最后|最前|第\s*[一二三四五六七八九十\d]+|[一二三四五六七八九十\d]\s*[条张个段句]"
                              r"|(?:图|图片|照片|相片|那张|这张|那段|这段)\s*的?)\s*$")


_SYNONYM = {w: k for k, ws in PRESET_SYNONYMS.items() for w in ws}
_PRESET_WORDS = sorted({w for k, p in promo.PRESETS.items() for w in (k, p.zh, *p.words)} | set(_SYNONYM), key=longest)
PRESET_RX = "(?P<p>" + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?") for w in _PRESET_WORDS) + ")"
_PRESET_ANY = PRESET_RX.replace("(?P<p>", "(?:")  # a style's word, not captured (a second word of the same style)


# a word for a style beside a quote: "请应用“优雅”风格", "风格改成“活力”", "use the 'minimal' template"
# (the word boundary only after an English word: "“活力”风格预设" has none between 风格 and 预设, and was asked "它", set CG cg066)
# ("就用“促销”那个模板", "想用“活力”那个风格模板": 那个 between; dev set II ii064, ii148 were not understood)
_STYLE_AFTER = compile_led(r"\s*(?:的|那个|这个|那种|这种)?\s*(?:预设|模板|样式|风格|(?:style|preset|template|look|theme)\b)")
_STYLE_BEFORE = compile_led(r"(?:预设|模板|样式|风格|\bstyle|\bpreset|\btemplate|\blook|\btheme)\s*"
                            r"(?:改成|换成|改为|设为|设置为|用|变成|选|to|:|=|as|of)?\s*$")


def quoted_styles(message: Message) -> Message:
    """A style's own name quoted beside a word for a style is that style, read bare as the style rules read it ("请应用
    “优雅”风格" was not understood; "风格改成“活力”" read the quote as a new text of "it" and asked what it was: set CD cd195).
    Any other quote stays a quote ("标题改成“优雅”" is the title's text)."""
    if "\ue000" not in message.low:
        return message

    def bare(m: re.Match[str]) -> str:
        word = message.quotes[int(m.group(1))].strip().lower()
        if _TRANSITION_KIND.fullmatch(word) and _TRANSITION_NEAR.search(message.low, max(0, m.start() - 40), m.end() + 40):
            return f" {word} "  # ("make the transitions 'dissolve'": the kind, never a text; set FN fn142)
        if not _preset_name(word):
            return m.group(0)
        if _STYLE_AFTER.match(message.low, m.end()) or _STYLE_BEFORE.search(message.low, 0, m.start()):
            return f" {word} "
        return m.group(0)
    return replace(message, low=QUOTE_RE.sub(bare, message.low))


_TRANSITION_KIND = compile_led(rf"{KIND_EN}|{KIND_ZH}")
_TRANSITION_NEAR = compile_led(r"\btransitions?\b|\bcross[\s-]?fades?\b|转场|过渡")


# (a sound too: "make the music more energetic" is the music's, which no style changes)
_TEXT_BEFORE = compile_led(r"(?:\b(?:font|typeface|lettering|title|headline|heading|captions?|subtitles?|text|music|song|soundtrack"
                          r"|bgm|voice(?:\s*-?\s*over)?|narration|sound|audio)\b"
                          r"|字体|标题|字幕|文字|音乐|配乐|歌|配音|旁白|声音)[^,.;!?，。；！？]{0,24}$")


# a thing wished for with that quality: "replace the lofi track with something more upbeat" (a song the planner cannot
# pick, not the energetic style; set BX bx083)
_SOMETHING_BEFORE = compile_led(r"\b(?:something|anything|one|another\s+(?:one|song|track|tune))\s*$")


# ...but "something" leading the message names nothing else: "something more upbeat and dynamic maybe?" is the video's style
# (set CY cy170 was not read)
_WISH_LEAD = compile_led(r"[\s,]*(?:(?:maybe|perhaps|hmm+|ok(?:ay)?|so|well|i\s+(?:want|need|would\s+like|'d\s+like)|we\s+(?:want|need)"
                         r"|let'?s\s+(?:try|do|go\s+for)|(?:can|could)\s+(?:we|you)\s+(?:try|do|go\s+for)|try|go\s+for)[\s,]+)*")


# the brand or the shop described, no wish: "The music is lofi and my brand is more upbeat pop. Can you find me a better
# song online?" (dev set EL el132 applied the lively style)
_DESCRIBED_BEFORE = compile_led(r"\b(?:my|our)\s+(?:brand|shop|store|company|business|audience|customers?|products?|vibe)\s+"
                               r"(?:is|are)\s+(?:(?:more|very|really|quite|pretty|kind\s+of|kinda|a\s+bit|all\s+about)\s+)*$")


def _whole_video(m: re.Match[str]) -> bool:
    """A style said of the whole video, not of a text ("make the title font more elegant" is the title's font)."""
    before = m.string[:m.start()]
    if _DESCRIBED_BEFORE.search(before):
        return False
    thing = _SOMETHING_BEFORE.search(before)
    if thing and len(before) < 80 and _WISH_LEAD.fullmatch(before[:thing.start()]) and not thing.group(0).startswith(("one", "another")):
        thing = None
    return not _TEXT_BEFORE.search(before) and not thing


# the look an edit just asked is for, said after it without a verb: "all the words on screen remove, we want clean look",
# "use slide transitions lah, more lively" (set AB cap17, trn02 applied a whole style too); alone it stays a wish
_REASON_GAP = compile_led(r"[;,，][\s,，;]*(?:[a-z]{1,4}\s*[,，]\s*)?(?:(?:we|i|they|the\s+client|client|boss)\s+(?:want|wants|need|needs|like|prefer)\s+"
                         r"(?:a\s+|the\s+|it\s+)?|for\s+(?:a\s+)?|so\s+it\s+(?:looks|feels|is)\s+|to\s+(?:look|feel|be)\s+|(?:make\s+it\s+)?)$")


# (an edit named: "make the edit punchier, more energetic" names none, and is the style asked)
_EDIT_BEFORE = compile_led(r";|\b(?:use|add|remove|delete|drop|trim|mute|put|move|swap)\b|transitions?|captions?|\bwords\b|\btext\b"
                          r"|title|music|删|加|改|换|去掉|转场|字幕|标题|音乐")


_LOOKS_GAP = compile_led(r"[,，;；]\s*(?:这样|好|为了)?\s*(?:(?:让|使)\s*(?:它|视频|画面|整体|整个视频)?\s*)?(?:显得|看起来|看着|更显|显)\s*(?:更|更加|比较|很)?\s*$")


def _reason_after_edit(m: re.Match[str]) -> bool:
    before = re.split(r"[.!?。！？]", m.string[:m.start()])[-1]
    gap = _REASON_GAP.search(before)
    # a style named as one after a bare comma is asked, not a reason: "title 'Flash Sale', energetic style" (set AJ aj150)
    if gap and m.group("p2") and re.search(r"(?:style|preset|template)$", m.group(0)) and not gap.group(0).strip(" ;,，"):
        return False
    # "标题弄成金色的，显得高级一点": what the edit before is for, said with 显得 / 看起来 (set BW bw096 applied a style too)
    if _LOOKS_GAP.search(before) and _EDIT_BEFORE.search(before):
        return True
    # "no transitions and no zoom, keep it simple": the look the edits before are for (set AH ah199 applied a style); in a
    # sentence of its own too: "no zoom, no transitions. keep it simple" (set BW bw070)
    kept = bool(m.group("p7")) and m.group(0).lstrip().startswith("keep")
    if kept and not before.strip():
        sentences = re.split(r"[.!?。！？]", m.string[:m.start()])
        if len(sentences) > 1 and _EDIT_BEFORE.search(sentences[-2]) and not m.string[m.end():].strip(" ;,.!?~，。！？"):
            return True
    return bool(m.group("p2") or m.group("p8") or kept) and bool(gap) and bool(_EDIT_BEFORE.search(before)) \
        and not m.string[m.end():].strip(" ;,.!?~，。！？")


# a style said as what the video lacks ("一点促销感都没有", "there's no sale vibe at all"), then an edit in the next clause:
# the lack is the edit's reason, not a second wish ("一点促销感都没有，把sale贴纸放右上角" applied the sale style too, set CS
# cs119); said alone it stays the style asked
_LACK_BEFORE = compile_led(r"(?:没有|没|缺少?|缺乏|毫无|一点|\b(?:no|zero|not\s+enough|not\s+much|lacks?|lacking|without)\s+(?:any\s+|real\s+)?)\s*$")
_LACK_AFTER = compile_led(r"^\s*(?:都|也|根本|完全|还)?\s*(?:没有|没|不够|不足|太弱|太少|欠缺)|^\s*(?:at\s+all|is\s+missing|is\s+lacking)\b")
_REMEDY_AFTER = compile_led(r"^[^,，;；。.!?！？]*[,，;；。.!?！？]\s*(?:so\s+|please\s+|just\s+|请|就|那就|所以)?"
                            # (";": an edit the frames read there, blanked before the phrase rules)
                            r"(?:;|[^,，;；。.!?！？a-z]{0,12}?(?:把|加|放|用|换|添|删|去掉|改成|改为|调)"
                            r"|\b(?:put|add|use|place|move|show|swap|stick|slap|make|change|turn)\b)")


def _lack_remedied(m: re.Match[str]) -> bool:
    """The style matched is said as lacking, and an edit follows in the next clause (``_LACK_BEFORE``)."""
    before, after = m.string[:m.start()], m.string[m.end():]
    lacking = bool(_LACK_BEFORE.search(before) or _LACK_AFTER.search(after))
    return lacking and bool(_REMEDY_AFTER.search(after))


def _preset_name(word: str) -> str | None:
    """The style preset a word names ("big-sale", "活力", "elegant"), or None."""
    return _SYNONYM.get(re.sub(r"[\s-]+", " ", word)) or _SYNONYM.get(word) or promo.find_preset(word)


def _add_preset(s: Scan, m: re.Match[str], word: str) -> None:
    name = _preset_name(word)
    if name:
        s.add("preset", m, name=name)


# the four styles' own names, bare, in a list of settings: "tiktok version: vertical, 15 seconds, energetic" (set AW aw215)
_BARE_STYLE = r"(?P<b>energetic|elegant|minimal|minimalist|upbeat|dynamic|lively|punchy|luxurious|classy)"


def r_preset_named(s: Scan) -> None:
    """A style named as one, read before the text's look takes its name for a font: "请应用elegant预设" (a serif font,
    set AW aw251), "用sale那个模板" (AW aw061), "Apply the 'sale' preset" (quoted, AU au173), "风格活泼一点" (AV av104)."""
    for m in s.take(rf"(?:应用|套用|使用|用|换成|改成|选)\s*(?:一下)?\s*{PRESET_RX.replace('?P<p>', '?P<z>')}\s*(?:那个|这个|的)?\s*(?:预设|模板|样式|风格)"
                    rf"|\b(?:apply|use|try|pick|choose|go\s+with)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?P<q>{Q})\s+(?:preset|template|style|look)\b"
                    rf"|(?:风格|调性|整体感觉|感觉)\s*(?:要|更|再|就)?\s*{PRESET_RX.replace('?P<p>', '?P<y>')}\s*(?:一?点|一些)(?=\s*(?:$|[,，。；;!！]))"
                    rf"|(?:^|(?<=[:：,，;；]))\s*(?:and\s+)?(?:very\s+|super\s+)?{_BARE_STYLE}\s*(?=$|[,;.!?，；。！？])"
                    # the style's slot named first, then the one chosen: "preset 用 sale 的，再加上 logo 在右上角" (dropped without a
                    # word beside the logo, set CB cb268), "模板选elegant", "style: minimal"
                    rf"|(?:^|(?<=[:：,，;；]))\s*(?:the\s+)?(?:preset|style|template|预设|模板|风格)\s*(?:就|要|也)?\s*(?:用|换成|改成|改为|选|是|为|:|：|=|to)\s*"
                    rf"{PRESET_RX.replace('?P<p>', '?P<x>')}\s*(?:那个|这个|的|one)?\s*(?=$|[,;.!?，；。！？])"):
        word = m.group("z") or m.group("y") or m.group("b") or m.group("x") or (s.text_of(m.group("q")) or "").strip().lower()
        _add_preset(s, m, word)


# a style's word said of the transitions alone: "use an elegant transition", "energetic transitions", "make the transitions
# more elegant", "优雅的转场", "转场要动感一点": the transitions as that style has them, kind and length, nothing else of the
# style (wave 31 row "use an elegant transition" applied the whole style: pacing, fonts, title). "make it elegant", "use the
# elegant style" stay the style
_PART_STYLE = PRESET_RX.replace("?P<p>", "?P<{}>")
_TRANSITION_STYLED = (
    rf"\b(?:(?:use|give\s+(?:it|me|us)|want|try|with|add|apply|have|go\s+with|go\s+for)\s+)?(?:an?\s+|some\s+|the\s+)?"
    rf"(?:(?:a\s+(?:bit|little)\s+)?more\s+)?{_PART_STYLE.format('p')}(?:[\s-]+(?:looking|style|styled|type))?\s+transitions?\b"
    rf"|\b(?:make|set|turn|have)\s+(?:the\s+|all\s+(?:the\s+)?)?transitions?\s+(?:feel\s+|look\s+|a\s+(?:bit|little)\s+)?(?:more\s+)?"
    rf"{_PART_STYLE.format('p2')}(?![a-z])"
    rf"|\btransitions?\s+(?:should|could|need\s+to|must)\s+(?:be|feel|look)\s+(?:a\s+(?:bit|little)\s+)?(?:more\s+)?{_PART_STYLE.format('p3')}(?![a-z])"
    rf"|(?:用|要|来点|换成|改成)?\s*(?:更)?\s*{_PART_STYLE.format('p4')}\s*(?:一?点|一些)?\s*(?:的)?\s*(?:转场|过渡)(?:效果)?"
    rf"|(?:转场|过渡)(?:效果)?\s*(?:要|更|再|用|改成|换成|弄得|做得)?\s*(?:更)?\s*{_PART_STYLE.format('p5')}\s*(?:一?点|一些)?\s*(?:的)?(?:风格)?"
    r"(?=\s*(?:$|[,，。；;!！.]))")


def r_preset_transitions(s: Scan) -> None:
    """The transitions of the style named for them alone (``_TRANSITION_STYLED``)."""
    for m in s.take(_TRANSITION_STYLED):
        name = _preset_name(next(w for w in m.group("p", "p2", "p3", "p4", "p5") if w))
        if name:
            tr = promo.PRESETS[name].transition
            s.add("transition", m, type=tr["type"], ms=tr["d"] or None)


def r_preset(s: Scan) -> None:
    # ("go minimal", "go for a clean look", set AN an131)
    for m in s.take(rf"\b(?:make|give|set|change|turn|use|apply|go\s+with|go\s+for|go|try)\s+(?:it|the\s+video|this|the\s+edit|an?|the)?\s*(?:feel\s+|look\s+|a\s+bit\s+|more\s+|much\s+more\s+)?"
                    # (the style joined by a hyphen too: "make it a sale-style video", set BX bx223)
                    rf"{PRESET_RX}(?:[\s-]+(?:style|preset|look|feel|vibe|template))?(?![a-z])"
                    rf"|\b(?:an?\s+)?(?:(?:big|real|proper|more|bit\s+of\s+an?|bit\s+more)\s+)?{PRESET_RX.replace('?P<p>', '?P<p2>')}(?:\s+|-)(?:style|preset|look|feel|vibe|template|aesthetic|energy)\b"
                    rf"|\b(?:make|give|set|change|turn|keep)\s+(?:it|the\s+(?:whole\s+)?(?:video|thing|edit)|this|everything)\s+(?:feel|look|seem)\s+(?:like\s+)?(?:an?\s+)?(?:big\s+|real\s+|proper\s+)?{PRESET_RX.replace('?P<p>', '?P<p6>')}(?![a-z])"
                    rf"|\b(?:keep|make)\s+(?:it|the\s+video|this)\s+{PRESET_RX.replace('?P<p>', '?P<p7>')}(?![a-z])"
                    rf"|\b(?:much\s+|a\s+(?:bit|little|lot)\s+|way\s+)?more\s+{PRESET_RX.replace('?P<p>', '?P<p8>')}(?![a-z])"
                    rf"|(?:改成|换成|用|做成|弄成|来个|要|整个|整成|搞个|搞成|弄个)?\s*(?:更)?\s*{PRESET_RX.replace('?P<p>', '?P<p3>')}\s*(?:一?点|一些|些)?\s*(?:的)?\s*"
                    rf"(?:一点|一些|风格|模板|感觉|感|风(?=\s*(?:就好|就行|吧|就可以|$|[,，。.!！])))"
                    # (wanted bare, its pace said after it as what that style is: "要动感 节奏快的那种" made each picture 5 s, the
                    # style unread, set EB eb157)
                    rf"|(?:要|想要|来点|整点)\s*(?:更)?\s*{PRESET_RX.replace('?P<p>', '?P<p10>')}\s*(?:的)?"
                    r"(?:\s*[,，]?\s*(?:节奏|剪辑)\s*(?:要)?\s*(?:快|紧凑)\s*(?:一?点)?\s*(?:的)?\s*(?:那种|风格)?)?(?=\s*(?:$|[,，。.!！]))"
                    # (made so with 做成 too, two words of one style together: "整体风格做成活力动感的" was not read, set CE ce204)
                    rf"|(?:风格|模板|调性)\s*(?:改成|换成|改为|设为|用|变成|做成|弄成|整成|搞成|调成)\s*{PRESET_RX.replace('?P<p>', '?P<p4>')}"
                    rf"(?:\s*(?:又|和|、)?\s*{_PRESET_ANY})?(?:\s*(?:一?点|一些))?(?:\s*的(?=\s*(?:$|[,，。；;!！])))?"
                    # (and in English: "change the style to 'elegant'", its quote read bare, set CD cd195's kind)
                    # ("… to something classy": the style wished for as something of that look, set CF cf002)
                    rf"|\b(?:style|preset|template|look|vibe|feel)\s+(?:to|into|as)\s+(?:the\s+|an?\s+)?(?:something\s+(?:(?:a\s+(?:bit|little|lot)\s+|much\s+)?more\s+)?)?"
                    rf"{PRESET_RX.replace('?P<p>', '?P<p9>')}(?:\s+(?:one|style|preset|look))?(?![a-z])"
                    rf"|\b(?:add|more|extra)\s+(?:some\s+|more\s+)?(?P<p5>energy|dynamism|pep|punch)\b", when=_whole_video):
        word = next((w for w in m.group("p", "p2", "p3", "p4", "p6", "p7", "p8", "p9", "p10") if w), None) or (
            "energetic" if m.group("p5") else "")
        name = _preset_name(word)
        if name and not _reason_after_edit(m) and not _lack_remedied(m) and not _how_follows(m):
            s.add("preset", m, name=name)
    _preset_beside_length(s)


# the look wished, then how to get it: after a colon ("用户想让视频更有高级感：转场统一换成溶解效果，字幕改用衬线字体"), or in
# the next sentence asked with "please" or 把 ("想要更有动感一点的。请把所有转场改成向左擦除": tidy drops the 请); each applied the whole style as well
# (set GP gp016, gp126). "… Please also add captions" is a second wish.
_HOW_AFTER = compile_led(r"\s*(?:的|一点|一些|的感觉)?\s*(?:[:：]|[.。!！]\s*(?:so\s+|所以\s*)?(?:please|请|把)(?!\s*(?:also|too|还|也|再|另外)))")


def _how_follows(m: re.Match[str]) -> bool:
    after = _HOW_AFTER.match(m.string, m.end())
    if after is None:
        return False
    rest = re.split(r"[.!?。！？]", m.string[after.end():])[0]
    return bool(_EDIT_BEFORE.search(rest)) and not re.search(r"\b(?:also|too|as\s+well)\b|还|也|另外", rest)


# the verb a length's frame read, just before "it <style>"
_MADE_BEFORE = compile_led(r"\b(?:make|keep|get|turn)\s*$")


def _preset_beside_length(s: Scan) -> None:
    """A style said as what "make it" makes, beside a length in the same clause: "make it energetic and 15 seconds",
    "keep it minimal, under 15 seconds". The frames read "make … 15 seconds" as the length (a ';' here) and left "it
    energetic" bare: the length was made and the style dropped without a word (set CC cc226)."""
    def made(m: re.Match[str]) -> bool:
        return _whole_video(m) and bool(_MADE_BEFORE.search(s.msg.low, 0, s.at(m.start())))
    for m in s.take(rf"(?<=;)\s*(?:it|this|the\s+(?:whole\s+)?video)\s+(?:a\s+bit\s+|more\s+|really\s+|super\s+|very\s+)?"
                    rf"{PRESET_RX}(?:[\s-]+(?:style|look|feel|vibe))?(?![a-z])", when=made):
        name = _preset_name(m.group("p"))
        if name:
            s.add("preset", m, name=name)


PRESET_DOC_ZH = {"energetic": "快切（每张 1.6 秒）、硬切、弹出的大号展示字体标题、上滑字幕、推拉镜头",
                 "elegant": "慢节奏（每张 4.5 秒）、1 秒交叉淡化、淡入的衬线标题、缓慢平移",
                 "minimal": "平稳（每张 3.5 秒）硬切、小号无衬线文字、无镜头运动",
                 "sale": "快节奏（每张 2 秒）短滑动转场、弹出的特大黄色标题、带底框的字幕"}

S_PRESET: dict[str, tuple[Template, Template]] = {
    "preset.doc": (lambda name: promo.PRESETS[str(name)].doc, lambda name: PRESET_DOC_ZH.get(str(name), str(name))),
    "preset.set": ("Style '{name}' ({zh}) applied: {doc}. Say 'undo' to go back.", "已套用「{zh}」风格（{name}）：{doc}。说「撤销」可恢复。"),
    "preset.kept": (lambda what: {"title": "The title keeps its look as it was.",
                                  "captions": "The captions keep their look as they were.",
                                  "transitions": "The transitions stay as they were."}.get(str(what), ""),
                    lambda what: {"title": "标题保持原来的样式。", "captions": "字幕保持原来的样式。",
                                  "transitions": "转场保持原样。"}.get(str(what), "")),
}

PRESET = register(Edit(
    kind="preset",
    args=PresetArgs,
    apply=apply_preset,
    calls=("apply_style_preset",),
    sentences=S_PRESET,
    examples=("make it more dynamic", "use the elegant style", "改成简约风格"),
    topics=("style", "transitions", "motion", "segments", "title", "captions"),
    doc=DocRow("style preset", "energetic (活力), elegant (优雅), minimal (简约), sale (促销): pacing, transitions, "
               "text styles and animations, motion, in `m.preset`; one 'undo' reverts it", "风格预设"),
    phrases=(Phrase(3, r_preset_named, ("preset",)), Phrase(5, r_preset_transitions, ("transition",)), Phrase(6, r_preset, ("preset",)),
             Phrase(7, r_preset_kept, ("preset",))),
))


# --- beat sync -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BeatArgs:
    on: bool = True


def apply_beats(work: Work, args: BeatArgs) -> None:
    if not args.on:
        _beats_off(work)
        return
    tracks = [t for t in tracks_by_role(work.draft, TT_AUDIO, ROLE_MUSIC) if t["sg"]]
    if not tracks:
        raise CannotApply(msg("beats.no_music"))
    seg = tracks[0]["sg"][0]
    media = work.media.get(seg["mid"])
    file_beats = getattr(media, "beats", None) if media else None
    if file_beats is None:  # () is a file with no beat: draft.promo says so
        raise CannotApply(msg("beats.unknown", file=media.filename if media else seg["mid"]))
    beats = promo.timeline_beats(file_beats, seg, work.source_ms(seg["mid"]))
    # the cuts from the shots' lengths: an earlier edit of the same message leaves the starts stale ("每张图3秒，
    # 然后卡点" snapped the old 6.4-s cuts: 26.75 s, not ~13 s)
    relayout(work)
    work.draft = _promo(work, promo.beat_sync, work.draft, beats)
    _retarget(work)
    grid = work.draft["m"]["beats"]
    period = statistics.median(b - a for a, b in zip(grid, grid[1:], strict=False)) if len(grid) > 1 else 0
    work.done(msg("beats.set", n=len(main_segments(work.draft)) - 1, bpm=round(60000 / period) if period else 0),
              "sync_cuts_to_beat", bpm=round(60000 / period) if period else 0)


def _beats_off(work: Work) -> None:
    """The cuts no longer kept on the beat (``m.beats`` gone): each shot keeps the length it has, which is said."""
    if not (work.draft.get("m") or {}).get("beats"):
        raise CannotApply(msg("beats.already_off"))
    work.draft["m"] = {k: v for k, v in work.draft["m"].items() if k != "beats"}
    work.done(msg("beats.off"), "sync_cuts_to_beat", on=False)


# beat sync refused or turned off, as vocab writes it ("no beat sync", "取消卡点": vocab.BEATS_OFF)
BEAT_OFF = r"(?<![a-z])nobeatsync(?![a-z])"

BEAT_REQUEST = (r"\b(?:cut|sync|synch?ronise|synch?ronize|time|match|edit|align|put)\s+(?:the\s+)?(?:(?:picture|image|photo|scene|shot)\s+changes|changes|cuts|shots|edits|pictures|images|photos|pics|pix|slides|video|vid|it|clips|transitions|everything)?\s*"
                    r"(?:to|with|on)\s+(?:the\s+)?(?:beats?|music|rhythm|tempo|bgm|song)(?:'s)?(?:\s+beats?)?"
                    r"|\bbeat[\s-]?(?:sync(?:ed)?|matched)|\bon\s+the\s+beat\b"
                    # "line the cuts up with the beat"
                    r"|\bline\s+(?:the\s+)?(?:cuts|shots|edits|pictures|images|photos|pics|slides|transitions|changes)\s+up\s+(?:with|to|on)\s+(?:the\s+)?"
                    r"(?:(?:music|song|bgm|track)(?:'s)?\s+)?(?:beats?|rhythm|tempo|music)"
                    # the cuts said to follow the music: "can the picture changes follow the beat of the music?", "the cuts
                    # timed to the music's rhythm", "let the shots change with the beat", "图片跟着音乐节奏切换"
                    r"|\b(?:(?:picture|image|photo|scene|shot|slide)\s+changes|cuts|changes|transitions|edits|shots|slides|pictures|images|photos|pics)\s+"
                    r"(?:to\s+|should\s+|must\s+|can\s+|could\s+|will\s+)?(?:be\s+)?(?:change\s+|switch\s+)?"
                    r"(?:follow(?:s|ing)?|match(?:es|ing)?|hit(?:s|ting)?|land(?:s|ing)?\s+on|fall(?:s|ing)?\s+on|go(?:es)?\s+with|(?:line|lined)\s+up\s+with"
                    r"|(?:timed|synced|synchronised|synchronized|matched|aligned|cut)\s+(?:to|with|on)|with|on|to)\s+"
                    r"(?:the\s+)?(?:(?:music|song|bgm|track)(?:'s)?\s+)?(?:beats?|rhythm|tempo)(?:\s+of\s+the\s+(?:music|song|bgm|track))?"
                    # (the cuts as 剪辑 / 剪辑点 / 切点, following as 跟随: "剪辑卡着音乐节奏来", "请让剪辑点跟随音乐节拍", sets BI
                    # bi079 bi194 were not understood)
                    # (切图/换图 the cuts, 随 following, 剪辑 the cutting, 同步 in step: "画面随节拍切换", "切图对上音乐节奏",
                    # "配合音乐节拍剪辑", "让切换和音乐同步"; held-out shape ID left them unread)
                    r"|(?:图片|照片|画面|镜头|切换|剪辑|切点|剪辑点|切换点|剪切点|切图|换图)\s*(?:切换)?\s*(?:要|能|都)?\s*(?:跟着|随着|跟随|配合|合着|踩着|卡着|跟上|对上|踩上|合上|卡上|对准|卡在|踩在|落在|随)\s*"
                    r"(?:音乐|背景音乐|歌|bgm)?\s*(?:的)?\s*(?:节奏|节拍|鼓点)"
                    r"|(?:跟着|随着|配合|合着|踩着|卡着|跟上|对上|踩上)\s*(?:音乐|背景音乐|歌)?\s*(?:的)?\s*(?:节奏|节拍|鼓点)\s*(?:来)?\s*(?:切换|切|换|剪辑|剪|换图|切图)"
                    r"|(?:切换|剪辑|切点|画面切换|图片切换|切图|换图)\s*(?:要|能|都)?\s*(?:和|与|跟)\s*(?:背景)?(?:音乐|节奏|节拍)\s*(?:的\s*(?:节奏|节拍)\s*)?同步"
                    r"|卡点|踩点|跟着?(?:音乐的?)?(?:节奏|节拍)|按(?:音乐的?)?节拍|对准节拍|节拍同步|卡(?:音乐的?)?节拍"
                    # the cuts put on the beats: "切到音乐节拍上" (not read beside a mute, set CA ca147)
                    r"|(?:切|剪|卡)\s*(?:到|在)\s*(?:音乐|背景音乐|歌|bgm)?\s*(?:的)?\s*(?:节拍|鼓点)\s*(?:上)?")


def wants_beats(message: str) -> bool:
    """Whether a request may ask for beat-synced cuts (the engine then finds the music's beats first)."""
    low = message.lower()
    return bool(re.search(BEAT_REQUEST, low)) or any(re.search(p, low) for p in vocab.BEATS_SAID_P)


def r_beats(s: Scan) -> None:
    for m in s.take(BEAT_OFF):
        s.add("beats", m, on=False)
    for m in s.take(BEAT_REQUEST):
        s.add("beats", m)


S_BEATS: dict[str, tuple[Template, Template]] = {
    "beats.set": ("Every cut now lands on a beat of the music ({bpm} BPM; {n:cut|cuts}).",
                  "每个切点现在都落在音乐的节拍上（{bpm} BPM，{n} 个切点）。"),
    "beats.off": ("The cuts no longer follow the beat; each picture keeps the length it has now.",
                  "切点不再跟随节拍；每张图片保持现在的时长。"),
    "beats.already_off": ("The cuts are not synced to the beat; nothing changed.", "切点没有卡点，无需取消；没有改动。"),
    "beats.no_music": ("There is no music to cut to: add a music file first; the cuts are kept.",
                       "没有背景音乐可以卡点：请先添加音乐；切点保持不变。"),
    "beats.unknown": ("I don't know the beats of {file} (the engine finds them with the optional 'beats' extra: "
                      "pip install 'media-content-generator[beats]'); the cuts are kept.",
                      "不知道{file}的节拍（引擎需要可选的 beats 组件：pip install 'media-content-generator[beats]'）；切点保持不变。"),
}

BEATS = register(Edit(
    kind="beats",
    args=BeatArgs,
    apply=apply_beats,
    calls=("sync_cuts_to_beat",),
    sentences=S_BEATS,
    examples=("cut to the beat", "sync the cuts with the music", "卡点", "turn off the beat sync", "取消卡点"),
    topics=("segments", "length", "transitions", "title", "captions", "trim", "beats"),
    doc=DocRow("beat sync", "main-track cuts moved onto the music's beats (`PlannerMedia.beats`), shots whole beats "
               "long, `m.beats`; refused with no music or no steady beat", "卡点"),
    phrases=(Phrase(1, r_beats, ("beats",)),),
))
