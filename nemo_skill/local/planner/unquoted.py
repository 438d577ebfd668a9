"""A text's words said without quotes (the title's, an end card's, one caption's): where they start, after one of
their cues, and where they end, before the next part of the message; found words are quoted by ``text.normalize``.

One rule finds where the words end for every cue (``words_end``): at the first joint after which the vocabulary reads a
wish or a look. The cues each older pattern of ``text`` knows find where they start; ``ANY_CUE`` reads the words no
narrower pattern quoted (measured on blind sets written for these shapes: DD 75.7 % -> 91.2 %, DE 78.5 % -> 92.6 %; the
held-out sets' wrong edits 11 -> 6, session 35).
"""

from __future__ import annotations

import re

from .anchors import compile_led
from .frames import tag, untagged
from .text import (
    _CJK_LETTER,
    _CTA_BEFORE_NOW,
    _MOTION_WORD,
    _STYLE_WORD,
    _ZH_LOOK_END,
    Q_CLOSE,
    Q_OPEN,
    SAID_PARTICLE,
    SETTING_ONLY,
    looks_only,
)
from .tidy import CORRECTABLE, correct

# Where a text's unquoted words end: at a joint ("," "and" "with" "in" a space before Chinese, 再, 然后) after which the
# vocabulary reads a wish or a look within a few words. Each cue's pattern finds where the words start; this one rule
# finds where they stop, for all of them ("end card saying Visit our store with the logo on it", "make the title Ring In
# The New Year and drop the captions", "片尾写：扫码关注 再把画面改成竖屏" ran the next part into the words: set DD)
_WORDS_JOINT = compile_led(r"\s*[,，;；、(（]\s*|(?<=[!！])\s+|\s+(?=(?:and|then|also|with|in|at|on|for|lasting|using|plus|but|so)\b)"
                           r"|[ \t\u3000]+(?=[\u4e00-\u9fff])|[ \t\u3000]*(?=(?:然后|并且|同时|顺便|再把|再将|再加|再给))")
CJK_APART = compile_led(r"[ \t\u3000]+[\u4e00-\u9fff]")
# the words between a joint and the wish's first word the vocabulary knows: joining words only ("… and drop the captions",
# "… with a typewriter effect"); a word of the text's own between them keeps it the text's ("Link in bio, gold text" ends
# at the comma, not at "in")
_JOINING = compile_led(r"(?:[\s,，]|\b(?:and|then|also|with|in|at|on|for|lasting|a|an|the|its|it|make|set|using|use|plus|but|so|to|please"
                       r"|have|give|put|let|get|just|our|my|your|their"
                       # (a degree before the wish: "headline to Winter Deals, a little shorter" titled the video with it all)
                       r"|little|bit|tad|touch|slightly|much|lot|way|far"
                       # (a look's noun before its value: "…, background in wine red", "，背景用酒红色", "字是白的")
                       r"|background|bg|backdrop|text|font|letters|lettering|colou?r|size)\b"
                       r"|把|将|用|再|并且|然后|同时|顺便|还要|给|背景|底色|文字|字体|字号|颜色|字|是|[白黑红黄蓝绿金粉紫灰橙](?=字|底|色))*")
_LEAD_ZH = compile_led(r"(?:再|然后|并且|同时|顺便|还要|把|将|用)")
_WISH_JOINT = compile_led(r"[,，;；]|\b(?:and|then|also|plus|so|but)\b")
_VERB_AFTER = compile_led(r"\s*(?:(?:and|then|also|plus|so|but|please|just)\s+)*[a-z]{3,}\s+")
_WORDS_NEAR = 24  # (characters: a wish led by 再把 names its thing near the joint, "… 再把画面改成竖屏")
# "title is Shine Bright now": a "now" after words in Title Case is when, not the text's (never a call to action's: "Shop now")
_WHEN_NOW = compile_led(r"(?<=[A-Za-z0-9])\s+now\s*$")


# the end card by the names of a page (one list for the cues below: ``ANY_CUE``, ``_CARD_CUE_ZH``)
_CARD_PAGE_ZH = r"(?:结尾页|结束页|片尾页|结尾画面|结束画面|最后一页)"
# where a card's second line is said to go, under its words (``SECOND_LINE``, and where unquoted words end: ``_LINE_NEXT``)
_LINE_PLACE_ZH = r"(?:副标题|副题|第[二2]行|下面一行|下一行|下面|下方|底下|下边)"


def words_end(words: str) -> int:
    """The length of ``words`` (a text's unquoted words as typed, maybe followed by more) that are its words: up to the
    first joint after which, past joining words only, the vocabulary reads a wish or a look said in lower case or Chinese
    (a word in Title Case is the name's own, "Black and White", unless a sentence ended before it: "Thanks! Mute …"),
    without a particle the words were said in (吧, 哈, 呀)."""
    cut = _joint_end(words)
    mark = _MARK_AFTER.search(words, 0, cut)
    if mark is not None and words[:mark.start()].strip():
        cut = mark.start()  # ("change the title to Fall Drop — hmm, no, keep Autumn Drop": dev set HQ hq064 titled it all)
    place = _AT_THE_END.search(words, 0, cut)
    if place is not None and words[:place.start()].strip():
        cut = place.start()  # ("an end card that says Shop Now at the end": where it goes, typed in lower case; set EV ev097)
    polite = _POLITE_END.search(words, 0, cut)
    if polite is not None and words[:polite.start()].strip():
        cut = polite.start()  # ("change the title to Gifts Under $50 please": set EW ew102 kept the "please"; typed in lower case)
    why = _WHY_AFTER.search(words, 0, cut)
    if why is not None and words[:why.start()].strip():
        cut = why.start()  # ("the title to say Summer Collection 2024 instead of listing the products": dev set IH ih007)
    particle = SAID_PARTICLE.search(words, 0, cut)
    return particle.start() if particle else cut


# a pause, then a word that takes back or hesitates: no word of the text
# (or the next item of a list: "1) the title should say Autumn Drop 2024, 2) the music's a bit quiet" titled it all; dev set HR
# hr034)
_MARK_AFTER = compile_led(r"\s*(?:[,，;—–\-]|\.{2,}|…)\s*(?i:hm+|um+|uh+|wait|no|nope|nah|actually|oh|sorry|scratch|never\s*mind)\b"
                          r"|\s*[,;，；]\s*\d{1,2}\)\s")
# ("Can the title say Summer Essentials instead?": "instead" says it replaces, no word of the title; set FC fc008 kept it)
_POLITE_END = compile_led(r"\s*,?\s+(?:please|pls|plz|thanks|thank\s+you|thx|ty|instead|instead\s+please|too|as\s+well)\s*[.!?]*\s*$")
# what the words replace, or why, or how they are judged, typed in lower case after them: no word of the text ("the title
# Autumn Drop is perfect dont change it" titled the video with all of it; dev set IH ih130)
_WHY_AFTER = compile_led(r"\s+(?:instead\s+of|rather\s+than|so\s+that|so\s+(?:it|people|customers)|because|since|as\s+it)\b"
                         r"|\s+(?:is|looks|sounds|reads)\s+(?:perfect|fine|great|good|ok|okay|nice|right)\b")
_AT_THE_END = compile_led(r"\s+(?:at|in)\s+the\s+(?:very\s+)?end\b(?:\s+of\s+(?:the|my|our)\s+(?:video|clip|promo))?(?=\s*(?:$|[,;.!?]))")


def _joint_end(words: str) -> int:
    """``words_end`` before its particle: where the next part starts, or the end."""
    low = words.lower()
    for j in _WORDS_JOINT.finditer(words):
        if not words[:j.start()].strip(" ,，") or j.end() >= len(words):
            continue
        # (read as the tidying will: a one-letter typo corrected, "and slow the transitons to 1 second"; each word keeps
        # its place, as only five letters and more are corrected, by one letter)
        rest = CORRECTABLE.sub(lambda w: correct(w.group(0))[:len(w.group(0))].ljust(len(w.group(0))),
                              low[j.end():j.end() + 60])
        found = tag(rest)
        if _LEAD_ZH.match(rest):  # ("扫码关注 再把画面改成竖屏": a wish led by 再把, 然后 …)
            said = [x for x in found if x.start <= _WORDS_NEAR]
        else:
            # (after "and", "then" or a comma, a verb the vocabulary has no word for leads the wish: "and slow the
            # transitions to 1 second")
            # (or the wish's words the vocabulary has none for: "and only use the first 6 seconds of the clip")
            verb = _VERB_AFTER.match(rest) if _WISH_JOINT.search(words, j.start(), j.end() + 5) else None
            said = [x for x in found if _JOINING.fullmatch(rest, 0, x.start)
                    or (verb is not None and x.start >= verb.end() and (x.start - verb.end() <= _WORDS_NEAR
                                                                       or _JOINING.fullmatch(rest, verb.end(), x.start)))]
        if not j.group(0).strip() and _CJK_LETTER.match(rest) and not _LEAD_ZH.match(rest):
            # (Chinese typed apart: an operation's word inside, "618大促 下单立减50", is the words' own)
            said = [x for x in said if x.slot != "op" or x.start == 0]
        if any(not words[j.end() + x.start].isupper() or words[j.start() - 1] in "!！" for x in said):
            return j.start()
    now = _WHEN_NOW.search(words)
    if now and not any(re.search(rf"(?i:\b{w})$", words[:now.start()]) for w in _CTA_BEFORE_NOW):
        return now.start()
    return len(words)


# the Chinese part typed apart after quoted words, up to the next space or stop; one that starts with a word that ties it
# to the words ("“X” 的卡片", "“X” 字样", "“X” 和logo") is no part of its own
_CJK_PART = compile_led(r"[ \t\u3000]+(?P<p>(?!的|和|与|跟|及|作为|做|当|为|字样|这|那|放在|在|到)[\u4e00-\u9fff][^\s,，.。;；!！?？\ue000]*)")


def apart_wish(text: str, at: int) -> bool:
    """Whether the Chinese typed apart at ``at`` of ``text`` (right after quoted words) is a part of its own: it names a
    wish, a thing or a colour ("片尾写'Thanks' 转场去掉" ran the transitions into the card's clause and dropped them
    without a word; "写'小红书同款' 黄色字" was not understood; set DI). A comma is put there, as typed with one."""
    m = _CJK_PART.match(text, at)
    return m is not None and any(t.slot in ("op", "target") or "colour" in t.keys for t in tag(m.group("p").lower()))


# A text's new words said after its cue, unquoted, that no narrower pattern above quoted: to the end of the sentence, and
# there cut by ``words_end`` where the next part starts ("title to Unbox With Us and mute both videos", "I want the title
# to be Fresh Kicks, white, in the lower third", "标题：金秋好物 用衬线字体，显示6秒": set DD's words beside another part
# were left unread, or the part run into them). Words in English start with a capital or a digit (lower case after the
# cue is a wish: "title to the top"); never a look alone (``looks_only``, ``_STYLE_WORD``) nor words the vocabulary reads
# whole ("标题：红色").
_THING_SAID = (r"(?:(?:the\s+|its\s+|my\s+|our\s+|a\s+|an\s+)?(?:video'?s?\s+)?(?:title|titel|tittle|headline|heading"
               # ("add a 5 second ending screen saying Link in bio, text in gold": dev set EG eg145)
               r"|(?:end|ending|closing|final|outro|last)\s*(?:card|screen|slide)|cta|call[\s-]+to[\s-]+action"
               # (a card the video ends with: "end with a card saying Follow us for more")
               r"|(?<=\bwith\s)(?:a\s+)?card|(?<=\bwith\sa\s)card"
               r"|(?:closing|ending|final|last)\s+(?:words|line|message)"
               r"|(?:caption|subtitle|label)\s+\d{1,2}|(?:first|second|third|fourth|fifth|last|final|\d(?:st|nd|rd|th))\s+"
               r"(?:caption|subtitle|label)"
               # (one picture's caption by what it shows: "caption on the watch should say Waterproof")
               # (never its verb taken for the picture's name: "Can the caption under the cap say Classic Cap instead?" looked
               # for a picture "cap say"; dev set EG eg015)
               r"|(?:caption|subtitle|label)\s+(?:on|for|under|of)\s+(?:the\s+)?(?:(?!(?:say|says|read|reads|should|to|be)\b)[a-z0-9\-]+\s+)?"
               r"(?!(?:say|says|read|reads|should|to|be)\b)[a-z0-9\-]+)"
               r"(?:\s+(?:text|words|wording|copy))?(?:\s+(?:at|to)\s+the\s+end(?:\s+of\s+the\s+video)?)?)")
_EN_SAID = (r"(?:\s*:|\s*(?:->|→|=)|\s+(?:should|must|will|can|could|needs\s+to|has\s+to)\s+(?:say|read|be|show)"
            r"|\s+(?:says|reads|is|shows|saying|reading|(?:that|which)\s+(?:says|reads))"
            r"|\s+with\s+the\s+(?:text|words?|wording|line)|\s+to\s+(?:be|say|read|show)|\s+to(?:\s*:)?|\s+(?:say|read|as))")
# a space typed before a wish of its own after words written on a card ("关注我们 也带上logo")
_WISH_AFTER_GAP = compile_led(r"[ \t\u3000]+(?=(?:也|再|还|并且?|然后|同时|顺便)?\s*(?:带上?|加上?|改|删|去掉|放|调|换成|用|要|把|将|设))")
# the card's second line said next ("… 下面小字写 www.xiaodian.com"): the words before it end there
# (or its web address put there: "…，下面一行放网址 www.nemo.shop", dev set DC dc068)
_SECOND_ZH = (r"[ \t\u3000]*[,，;；]?[ \t\u3000]*(?:下面|下方|底下|第[二2]行|下一行)\s*(?:一行|再)?\s*(?:小字|小一点的字)?\s*"
              r"(?:写|是|为|[:：]|放上?\s*(?:网址|链接|网站)|(?:网址|链接|网站)\s*(?:是|为|[:：])?)")
ANY_CUE = compile_led(
    r"(?P<cue>(?i:\b(?:(?:make|have|let|get|set|change|rename|update|switch|edit|put|add|end\s+(?:with|on))\s+)?" + _THING_SAID
    # (or no cue at all, the words in Title Case right after the thing: "title Summer Sale and make the logo smaller",
    # "first caption Red Sneaker Sale, then cut …"; its first word names nothing the vocabulary knows: ``any_words``)
    + r"(?:" + _EN_SAID + r"|(?P<bare>\s+)(?-i:(?=[A-Z][a-z]|[0-9$¥€£][^\s]*\s+[A-Z]{2,}\b)))"
    + r"|(?:i\s+(?:want|need|would\s+like|'d\s+like)|we\s+(?:want|need))\s+" + _THING_SAID + r"\s+to\s+(?:be|say|read)"
    # (the video named: "call it Urban Essentials", "name it …")
    r"|(?P<named>\b(?:call|name|title)\s+(?:it|the\s+video)\s+)"
    # (the title named, its look said, then its words after "have it read", "the wording should be": "make the title white and
    # have it read Big Summer Sale" dropped the words without a word; held-out shape IG)
    r"|(?P<itsaid>(?i:\b(?:title|headline)\b[^.;!?\"\n\ue000\ue001]{0,40}?(?:\band\s+|,\s*(?:and\s+)?)(?:(?:have|make|let|get)\s+it\s+(?:say|read)"
    r"|(?:the\s+|its\s+)?(?:wording|words|text)\s+(?:should|must|needs\s+to|has\s+to)\s+(?:be|say|read))\s+))"
    # (the title replaced by new words: "replace the title with Drop Day in red", "get rid of the old title and use Drop Day
    # instead": a change of its words, never its removal; the removal was made and the words dropped)
    r"|(?P<swap>\b(?:replace|swap)\s+(?:the\s+)?(?:old\s+|current\s+|existing\s+)?(?:title|headline)(?:\s+(?:text|words))?\s+(?:with|for)\s+"
    r"|\b(?:get\s+rid\s+of|remove|delete|drop|lose|ditch)\s+the\s+(?:old|current|existing)\s+(?:title|headline)\s*(?:and|,)\s+"
    r"(?:use|put|write|go\s+with|say|add)\s+))"
    r"|(?P<swapzh>(?:把)?\s*(?:原来的|原先的|旧的|现在的|之前的)?\s*标题\s*(?:去掉|删掉|删了|删除|不要了?)\s*[,，]?\s*(?:换成|改成|改为|用)\s*[:：]?)"
    # (in Chinese after a colon, or after "change to" or 写 and a space, or "change to" and the words: "标题改为秋冬新款 白色";
    # never a measure word or a complaint after 写: "结尾写一句 感谢观看", "标题写错了" stay the other rules')
    # (the words right after 写 on a card: "结尾加个卡片写限时优惠")
    # (the card by its other names: "最后加个结束页写欢迎下次光临", "结尾加一页写感谢观看", "最后一页上面写着…"; set DP)
    # (and by its English names in a Chinese sentence: "加个 end card 写 Shop the Drop", set IA ia098)
    r"|(?:卡片|(?i:end\s*card|outro(?:\s*card)?|cta(?:\s*card)?|end\s*screen)\s*|" + _CARD_PAGE_ZH + r"|片尾页?|(?:加|添)\s*(?:一|1)页|结尾|(?:^|(?<=[,，;；。\s]))(?:最后|末尾))\s*(?:上面|上)?\s*"
    # (its words named after a comma: "结尾加个卡片，文字写 Visit us" made the card with the title's words; dev set DC dc068)
    r"(?:[,，]\s*(?:上面的?|卡片上的?)?\s*(?:文字|文案|内容)\s*)?"
    # (written at the end: "最后写回头见"; never a text named after it, "最后写上标题…")
    # (a space typed after 写: "然后加个尾板写 欢迎光临" left 加个 to be read as a file; set EU eu089)
    r"(?P<write>写着|写上|写)[ \t\u3000]*(?=[\u4e00-\u9fffA-Z0-9])(?!\s*(?:标题|字幕|文字|文案|个|一个|1个))"
    # (a card's second line: "…，第二行写 抖音号 kicks888", said as the card's rules read it; "第二" had been the second picture)
    r"|(?P<second>(?:第[二2]行|下面一行|下一行)(?:小字)?\s*(?:写着|写上|写|是|为)?\s*[:：]?\s*)"
    # (a card's big line, "片尾加个卡片 大字写 进店有礼": set EU eu061 made the card with the title's words)
    # (its English words typed apart after it: "最后加个卡片 Subscribe for more", dev set EC ec200)
    r"|(?:(?<=个卡片)|(?<=张卡片)|(?<=加卡片))[ \t\u3000]+(?=[A-Z])"
    r"|(?P<big>(?<=卡片)[ \t\u3000,，]*(?:大字|主标题|主文字|第[一1]行)\s*(?:写着|写上|写|是|为)?\s*[:：]?[ \t\u3000]*)"
    r"|(?:标题|大标题|片尾|结尾|结尾卡片|片尾卡片|" + _CARD_PAGE_ZH + r"|第\s*[一二三四五六1-9]\s*条字幕|字幕\s*[1-9])\s*(?:卡片|页)?"
    # ("结尾页内容为：X", "片尾上面写着：X")
    r"\s*(?:上面|上)?\s*(?:的)?(?:字|文字|文案|内容|文字内容)?\s*(?:(?:改成|改为|换成|写成|写上|写着|写|为|是|设为)?\s*[:：]|(?P<apart>(?:改成|改为|换成|写)[ \t\u3000]+|(?:改成|改为|换成)(?=[\u4e00-\u9fff0-9A-Z]))))"
    r"\s*(?P<t>(?=[A-Z0-9$¥€£#@\u4e00-\u9fff])(?!一句|一个|一行|一段|个|着|上|错|的|得|不|反|太|有点|有些)[^\n.;?。；？\ue000\ue001:：]{1,80}?[!！]?)"
    # (or at a comma when quoted words or a colon follow in its sentence, which the words cannot hold: "视频最后加个片尾写感谢观看，
    # 副标题：“关注我们”" made the title's card and read the rest as a file's name)
    # (a stop in Chinese needs no space after it: "片尾上面写着：今天下单 明天发货。下面小字：顺丰包邮。")
    # (nor a full-width stop folded to ascii before Chinese: "结尾画面：欢迎再来；结尾画面停留4秒" made the card "欢迎")
    # (or at a comma before the card's second line: "大字写 进店有礼 下面小字写 www.xiaodian.com", set EU eu061)
    r"(?=\s*(?:[.;。；?？!！](?:\s|$)|[。；？！]|[;!?](?=[\u4e00-\u9fff])|$)|\s*[,，;；][^.;。；?？!！]*?[\ue000:：]"
    r"|" + _SECOND_ZH + ")")
# "Put Autumn Collection as the title": the words before "as the title" (said as the title's cue, for ``any_words``)
AS_THE_TITLE = compile_led(r"(?P<v>(?i:\b(?:put|use|have|make|set)\s+))(?P<t>[A-Z0-9][\w'’&\-%$!]*(?:\s+(?:[A-Z0-9][\w'’&\-%$!]*|&|of|the|and|a|in|for|on|at|with))*)"
                            r"(?P<cue>\s+(?i:as\s+(?:the|my|our)\s+(?:title|headline)))(?=\s*(?:[,，.;。；!?！？]|$))")
# words that say what is wrong with the words, or take them back: no new words ("the title says Gold Ring but it should
# be Gold Watch", "Mega Deal, sorry, Mega Deals", "标题写错了", "挺好的，别改", "标题改成红色了吗")
_NOT_NEW = compile_led(r"(?i:\b(?:but|wrong|instead|sorry|i\s+mean|typo|misspel\w*|actually|incorrect|not)\b)"
                       r"|错|不对|别改|不要改|挺好|吗|呢|呗|好不好|就好|就行|可以吗|行吗")
# the next sentence says the words are wrong: "the title says Gold Ring. it should say Silver Ring"
_FIX_NEXT = compile_led(r"\s*[.;!?。；！？]\s*(?i:(?:but\s+)?(?:it|that|this|which)\s*(?:should|must|needs|has\s+to|is\s+wrong|'s\s+wrong)"
                        r"|(?:please\s+)?(?:change|fix|correct|update|replace)\s+(?:it|that|this)\b)")


def _wish_first(said: str) -> bool:
    """Whether the first word of words said bare after a text names something the vocabulary knows ("title Bigger"); a
    colour before a word in Title Case that names nothing is a name's ("first caption Red Sneaker Sale")."""
    first, *more = said.split()
    found = tag(first.lower())
    if not found or (first[:1] in "0123456789$¥€£" and more and re.fullmatch(r"[A-Z]{2,}\W*", more[0])):
        return False  # ("title 50% OFF in red": a number and a word in capitals are words)
    return not (all("colour" in x.keys for x in found) and more and more[0][:1].isupper() and not tag(more[0].lower()))


def any_words(m: re.Match[str], orig: str, quotes: list[str]) -> tuple[str, str]:
    """The words after a text's cue quoted, up to where the next part starts (``words_end``), unless they are a look."""

    said = orig[m.start("t"):m.end("t")]
    swapped = m.group("swap") is not None or m.group("swapzh") is not None
    # (an "instead" the words end with says they replace the old ones, no correction of them: "Can the caption under the
    # cap say Classic Cap instead?" was left unread; dev set EG eg015)
    if _NOT_NEW.search(_INSTEAD.sub("", said)) or _FIX_NEXT.match(m.string, m.end()) or (
            m.group("bare") is not None and (_wish_first(said) or _MOTION_WORD.match(said.lower()))):
        return orig[m.start():m.end()], m.group(0)
    cut = words_end(said)
    if (line := _LINE_NEXT.search(said, 0, cut)) is not None:
        cut = line.start()  # (the card's second line after its words: "最后一页写：全场包邮，第二行写客服电话 400-820-1234")
    if m.group("write") is not None and (comma := _CJK_COMMA.search(said, 0, cut)):
        cut = comma.start()  # (words right after 写 end at a comma: "结尾写关注我们，第二行写 抖音号 kicks888")
    if m.group("write") is not None and (gap := _WISH_AFTER_GAP.search(said, 0, cut)):
        cut = gap.start()  # (or at a space before a wish: "片尾写 关注我们 也带上logo", set EB eb168)
    if swapped and (instead := _INSTEAD.search(said, 0, cut)):  # ("… and use Drop Zone instead")
        cut = instead.start()
    apart = m.group("apart")
    if apart is not None and (cut == len(said) or (not apart[-1].isspace() and not CJK_APART.match(said, cut)
                                                   and not _look_follows(said[cut:]))):
        # (without a colon, only words another part follows: "标题改为秋冬新款 白色", "标题改成卡点特卖，红色";
        # "标题换成衬线字体，高级一点的", "把结尾改成黑底白字", "标题改成 夏日特卖 这几个字" stay the other rules')
        return orig[m.start():m.end()], m.group(0)
    words = said[:cut].rstrip(" ,，")
    if not words or not _words_not_look(words):
        return orig[m.start():m.end()], m.group(0)
    quotes.append(" ".join(words.split()))
    mark = f" {Q_OPEN}{len(quotes) - 1}{Q_CLOSE} " + ("，" if CJK_APART.match(said, cut) else "")
    rest = m.start("t") + cut
    cue_o, cue_r = orig[m.start("cue"):m.end("cue")], m.group("cue")
    # (the video named is its title; closing words are the end card's: said as the rules read them)
    if m.group("named") is not None:
        cue_o = cue_r = "the title: "
    elif swapped:
        cue_o = cue_r = "标题改成：" if m.group("swapzh") is not None else "set the title to "
    elif m.group("big") is not None:
        cue_o = cue_r = "，结尾卡片写 "
    elif m.group("second") is not None:
        if not CARD_SAID.search(m.string, 0, m.start()):
            return orig[m.start():m.end()], m.group(0)
        cue_o = cue_r = "下面一行小字"
    elif _CLOSING_WORDS.search(cue_r):
        cue_o = cue_r = "add an end card: "
    elif _CARD_CUE_ZH.fullmatch(cue_r) and _CARD_CUE_NEW.search(cue_r):
        # (the card by a name or a verb its rules do not read, as they read it; "结尾页：X，黄色字" stays theirs)
        cue_o = cue_r = "结尾卡片写 "
    # (a look said in brackets after the words is said as one more part: "change title to: Drop Day (red)" dropped the red)
    def after(text: str) -> str:
        return _BRACKETED.sub(r", \1", text[rest:m.end("t")])
    return cue_o + mark + after(orig), cue_r + mark + after(m.string)


def _look_follows(rest: str) -> bool:
    """Whether ``rest`` (after a text's words) starts with a look: "，红色", ", in red"."""
    rest = rest.lstrip(" ,，、")
    found = tag(rest.lower()[:40])
    return bool(found) and found[0].start <= 3 and found[0].slot == "value"


_LOOK_KEYS = frozenset({"colour", "pos", "font", "size"})
_TITLE_CASED = compile_led(r"[A-Z0-9][\w'’&%$!\-]*(?:\s+(?:[A-Z0-9&][\w'’&%$!\-]*|of|the|and|a|an|in|for|on|at|to|with))*\s+[A-Z0-9][\w'’&%$!\-]*")


def _words_not_look(words: str) -> bool:
    """Whether unquoted ``words`` after a text's cue may be its words: not a look alone ("red", "标题：红色"), not led by a
    look or a wish in lower case ("bigger and red", "黄色的"); words in Chinese led by a wish's word with words of their own
    after it are words ("卡点特卖": 卡点 is the beat sync, 特卖 a sale). A number with a word in capitals is words ("50% OFF")."""
    low = words.lower()
    if looks_only(low) or _STYLE_WORD.fullmatch(words) or _ZH_LOOK_END.match(words) or SETTING_ONLY.fullmatch(low):
        return False
    if re.search(r"\d", words) and re.search(r"\b[A-Z]{2,}\b|\b[A-Z][a-z]", words) or _TITLE_CASED.fullmatch(words):
        return True  # (two words and more in Title Case are a name's: "Beat Drop", "Drop The Beat")
    found = tag(low)
    rest = untagged(low, found)
    if found and not rest.strip(" \t\u3000的"):
        return False  # (the vocabulary reads all of it)
    if found and found[0].start == 0:
        if words[0].isascii():
            return words[0].isupper()
        return not (found[0].keys & _LOOK_KEYS) and len(_CJK_LETTER.findall(rest)) >= 2
    return True


_INSTEAD = compile_led(r"(?i:\s+instead\s*[?.!]*\s*$)")
_LINE_NEXT = compile_led(r"\s*[,，;；]\s*(?:再)?\s*" + _LINE_PLACE_ZH)
_CJK_COMMA = compile_led(r"\s*[,，、;；]")
# a card named: a card's second line is read only after one (``second_line``; text.normalize looks for it first)
CARD_SAID = compile_led(r"结尾|片尾|卡片|结束页|最后一页|(?i:end\s*card|end\s+screen|closing\s+card|outro)")
_BRACKETED = compile_led(r"^\s*[(（]\s*([^()（）]{1,40}?)\s*[)）]")
_CARD_CUE_ZH = compile_led(r"\s*(?:" + _CARD_PAGE_ZH + r"|结尾卡片|片尾卡片|片尾|结尾|卡片|最后|末尾)\s*(?:卡片|页)?\s*(?:上面|上)?\s*(?:的)?"
                           r"(?:字|文字|文案|内容|文字内容)?\s*(?:写着|写上|写|为|是|设为|改成|改为|换成|写成)?\s*[:：]?\s*")
_CARD_CUE_NEW = compile_led(r"最后|末尾|上面|上\s*写|内容|结尾画面|结束画面|(?:为|是|设为)\s*[:：]?\s*$")
_CLOSING_WORDS = compile_led(r"(?i:\b(?:closing|ending|final|last)\s+(?:words|line|message)\b)")


def as_the_title(m: re.Match[str], orig: str, quotes: list[str]) -> tuple[str, str]:
    """"Put Autumn Collection as the title" said as "title: 'Autumn Collection'", unless its first word is a wish's."""
    if tag(m.group("t").split()[0].lower()):
        return orig[m.start():m.end()], m.group(0)
    quotes.append(" ".join(orig[m.start("t"):m.end("t")].split()))
    said = f"the title: {Q_OPEN}{len(quotes) - 1}{Q_CLOSE} "
    return said, said


# A card's second line said without quotes after its place under the words: "片尾写“扫码进店”，下面小字写淘宝店铺：阿杰潮牌",
# "副标题 @小鹿鞋铺", "下面一行 xiaolu.taobao.com", "第二行写 VX: deal2024" (set DP: the line was left unread, or read as
# the captions' words); only after a card named in the same sentence. Its words run to the next comma or stop (a web
# address keeps its dots, a phone line its colon), and are said as the card's rules read a quoted line: "，下面写 “…”".
SECOND_LINE = compile_led(
    r"(?P<cue>(?:[,，;；。]|(?<=\ue001)|(?<=\ue001\s)|(?<=[.!！]\s))\s*(?:再)?\s*" + _LINE_PLACE_ZH + r"\s*(?:的)?\s*"
    r"(?:(?:再)?(?:加上?|写上?|放上?)\s*)?(?:一行|1行)?\s*(?:小字|文字|字)?\s*(?:写着|写上|写成|写|是|为|设为|设成|放上?|加上?|显示)?\s*"
    # (a web address named as one before it: "下面一行写网址 www.redstep.com")
    # (or its owner: "下面一行写店铺链接 shop.xiaolin.cn" kept "店铺链接" in the line; set FQ fq054)
    r"(?:(?:店铺|网店|我们的?|店的?)?(?:网址|链接|官网|网站)(?=\s*[:：]?\s*[a-z0-9]))?\s*[:：]?\s*)"
    r"(?P<t>(?![\s\ue000]|把|将|再|然后|的|是|也|改|换|用|放|加|字|颜色|背景)(?:[^\n,，;；。!！?？\ue000\ue001.]|\.(?=[^\s.])){1,60}?)"
    r"(?=\s*(?:[,，;；。!！?？\n]|\.(?:\s|$)|$))")
_SENTENCE_END = compile_led(r"[。.!！?？;；\n](?=\s|[^a-z0-9]|$)")


_LOGO_ONLY = compile_led(r"(?:(?:我们|咱们|我|品牌|店铺|公司)\s*(?:的)?\s*)?(?:logo|标志)(?:图|图片)?")


def second_line(m: re.Match[str], orig: str, quotes: list[str]) -> tuple[str, str]:
    """A card's unquoted second line (``SECOND_LINE``) quoted, when a card was named before it in its sentence or the
    one before, and its words are no look of their own."""
    # (in its sentence or the one before: "结尾加一页：感谢观看。下面一行：www.xiaolu.com。")
    ends = [e.end() for e in _SENTENCE_END.finditer(m.string, 0, max(0, m.start() - 1))]
    start = ends[-2] if len(ends) > 1 else 0
    said = orig[m.start("t"):m.end("t")]
    cut = words_end(said)
    words = said[:cut].strip()
    # (a look alone is no line: "下面小字：红色"; a line's words may hold a word the vocabulary knows: "地址 南京路88号")
    # (nor the logo put there: "结尾出现“X”，下面放logo" made a line saying "logo"; the card's logo rule reads it)
    if not CARD_SAID.search(m.string, start, m.start()) or not words or looks_only(words.lower()) or _LOGO_ONLY.fullmatch(words.lower()) \
            or (_ZH_LOOK_END.match(words) and not re.search(r"\d\s*号$", words)):  # (a street's number: "南京路88号")
        return orig[m.start():m.end()], m.group(0)
    quotes.append(" ".join(words.split()))
    mark = f"，下面写 {Q_OPEN}{len(quotes) - 1}{Q_CLOSE} "
    return mark + orig[m.start("t") + cut:m.end("t")], mark + m.string[m.start("t") + cut:m.end("t")]

