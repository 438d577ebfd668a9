"""Who said the wish, when a host agent or a colleague passes it on: "Client said the third and fourth pictures should
swap places", "My boss says the music drowns out the voice", "The person wants photos 3 and 5 to switch", "Design team
says the title should be pink", "同事看完说戒指那张应该放第一个", "老板觉得画面一直在缩放".

The vocabulary's rewrites know one speaker in each language, "the client" (and "the user") and 客户: every other speaker
(the boss, the shop owner, marketing, the person, 老板, 同事…) is written as that one here, so the many ways a relayed
wish goes on ("the client said …", "the client wants X moved", "客户说…") are read the same whoever said it. A label
that only says the words are relayed ("Client feedback:", "Summary of the team's notes:", "User request:", "Heads up,")
is taken away. Before, the same wish read well after "The client said" and not at all after "Client said" or "My boss
says" (sets EN, EP: written by helpers as host agents and colleagues relay; HW held out).
"""

from __future__ import annotations

import re

from .anchors import compile_led

# the people whose words a writer passes on by name, in English: one list for the quote read after "boss:" (``_QUOTE_LEAD``)
# and the relayed wish the writer declines (``corrections.declined``)
PEOPLE_EN = (r"(?:boss|client|customer|manager|partner|husband|wife|friend|colleague|team|designer|agency|mum|mom|dad|sister|brother"
             r"|co-?founder|owner)")
# one who asks for the video, in English: the client, the boss, the shop owner, marketing, the person, the user …
_WHO_EN = (r"(?:(?:the|my|our|your|their)\s+)?"
           r"(?:(?:shop|store|business|brand|restaurant|bakery|studio|cafe|café|salon|gym)\s+owner|owner|client|customer|boss"
           r"|manager|(?:design|marketing|brand|social(?:\s+media)?|creative|sales|legal|product)\s+(?:team|lead|folks|people|manager)"
           r"|marketing|team|colleague|co-?worker|teammate|partner|person|requester|stakeholder|founder|ceo|director"
           r"|art\s+director|producer|supervisor|user)")
# ... and what they did with the words (the rewrites read "the client" with any of these after it)
_SAID_EN = (r"(?:(?:just|also|then|now|really|originally|later|even)\s+)?"
            r"(?:says|said|thinks|thought|feels|felt|wants|wanted|would\s+like|'d\s+like|would\s+prefer|'d\s+prefer|prefers"
            r"|mentioned|noted|replied|asked|asks|is\s+asking|was\s+asking|wrote|writes|commented|pointed\s+out|complained"
            r"|suggested|suggests|requested|is\s+requesting|told\s+me|let\s+me\s+know|noticed|reckons|believes|needs|hates"
            r"|doesn't\s+like|does\s+not\s+like|didn't\s+like|did\s+not\s+like|liked|likes|loved|loves|is\s+not\s+happy|isn't\s+happy"
            r"|is\s+unhappy|came\s+back\s+saying|came\s+back\s+with|decided|has\s+decided)\b")
# where a speaker opens a clause: the start, after a stop, or after a joint
_OPEN_EN = r"(?P<open>^|[.;:!?(—–]\s*|\s-\s*|,\s*(?:and|but|so)\s+|\b(?:and|but|so|also)\s+)"
# (the colon after it goes with it: "Client says: love the music, but …" left ": love the music" unread; set FC fc031)
_SPEAKER_EN = compile_led(rf"{_OPEN_EN}(?P<who>{_WHO_EN})\s+(?P<said>{_SAID_EN}(?:\s+(?:me\s+)?(?:if|whether|to|for|that|with))?)(?:\s*[:—–](?=\s))?")

# a label that only says the words are relayed, at the start or after a stop: "Client feedback:", "Feedback from the
# client:", "Team feedback on the order:", "Assistant summary:", "Recap of the call:", "User request:", "Heads up,",
# "Relaying for the user:", "On the user's behalf:"
# (the speaker's own too, a round and when: "User's feedback after the first cut:" read "the first cut" as a request for a
# new one, a wrong edit; "Second round of feedback:", "User request, verbatim:", "Relaying from the client after the first
# pass:", "Quick note from my user:"; set GH)
_LABEL_EN = compile_led(
    r"(?:^|(?<=[.;!?]\s)|(?<=[.;!?]))\s*(?:"
    rf"(?:{_WHO_EN}(?:'s|s')?|assistant|my|our|the)?\s*(?:(?:first|second|third|final|quick|more|latest|new|another|one\s+more)\s+)?"
    r"(?:round\s+of\s+)?(?:feedback|notes?|summary|recap|request|comments?|message|ask)"
    r"(?:\s+(?:from|of|on|in|for|after|about|re)\s+(?P<about>[a-z' ]{1,30}?))?\s*(?:in\s+short|in\s+brief|summarised|summarized)?"
    r"(?:\s*,\s*(?:verbatim|word\s+for\s+word|in\s+their\s+(?:own\s+)?words))?\s*[:—–]\s*(?P<it>it(?='s\b|\s+(?:is|looks|feels|seems|sounds)\b))?"
    r"|heads\s+up\s*[,:—–]|relaying\s+(?:for|from)\s+(?:the|my|our)\s+[a-z]+(?:\s+(?:after|on|about)\s+[a-z' ]{1,30}?)?\s*[:,—–]"
    r"|on\s+(?:the|my|our)\s+[a-z]+(?:'s|s')?\s+behalf\s*[:,—–])\s*")

# a relayed wish quoted as it was written: "User request, verbatim: 'can the cuts hit the beat of the song?'", "用户的原话是：
# “切换画面要卡在音乐鼓点上”。", 'User's feedback on the draft: "the captions are way too small to read on my phone." Please
# fix that.' (a quote is a text's words, kept verbatim: these were not understood; set GH). Only a quote after a label that
# says so, a whole clause of several words, with at most "please fix that" after it
_QUOTED_RELAY = compile_led(
    r"^(?P<label>\s*(?:[a-z' ,]{0,40}?\b(?:verbatim|word\s+for\s+word|in\s+their\s+(?:own\s+)?words|wrote|writes|said|says|feedback|request|note|comment)"
    r"(?:\s+(?:on|about|after|from|for)\s+[a-z' ]{1,30}?)?\s*[:,—–]"
    r"|[^\s，,。：:\"'“”‘’「」]{0,12}(?:原话是?|原话如下|的话是|写道|说|反馈|留言)\s*[:：，,]?)\s*)"
    r"[\"'“‘「『](?P<q>[^\"'“”‘’「」『』]{6,300})[\"'”’」』]\s*[.。!！]?"
    r"(?P<tail>\s*(?:please\s+(?:fix|change|sort|address|do)\s+(?:that|this|it)|请?(?:帮忙)?(?:改一下|处理一下|照做))?\s*[.。!！]?\s*)$")


def quoted_relay(text: str) -> str:
    """``text`` with a relayed wish quoted whole after its label written without the quotes (``_QUOTED_RELAY``), else
    with each one quoted inside it so written (``_relayed_quotes``)."""
    quoted = _ANY_QUOTE.search(text) is not None
    m = _QUOTED_RELAY.match(text.lower()) if quoted else None
    if m is None or len(re.findall(r"[a-z]+|[\u4e00-\u9fff]", m.group("q"))) < 4:
        return _relayed_quotes(text) if m is None and quoted else text
    return text[m.start("q"):m.end("q")]


# a wish quoted inside a longer message, right after who said it or what it is ("my boss watched it and replied: 'the music
# is way too loud, I can barely hear the voiceover.' can you fix that?", "My manager's note, copying it here: "Too long for
# Instagram. Cut it to 15 seconds and make it square."", 甲方爸爸的意见：“结尾加一个‘立即购买’的画面，三秒就行。”: a quote is a
# text's words, so none was read; dev set HV). Its words are the wish, as if typed; a quote after anything else stays a
# text's words ("the title should say 'Autumn Drop 2024'"), and so does one of fewer than four words.
_QUOTE_LEAD = compile_led(
    r"(?:\b(?:replied|reply|said|says|wrote|writes|commented|comments?|answered|responded|emailed|texted|messaged|added|feedback|"
    r"notes?|message|email|response|pasted|below|here|verbatim|word\s+for\s+word|quoting\s+(?:the|my|our|their)\s+[a-z]+)"
    r"(?:\s+(?:back|with|in\s+slack|on\s+slack|by\s+email|on\s+(?:the|my|our|this|their)\s+(?:draft|video|cut|version)))?(?:\s+(?:was|is|reads?))?"
    # (or who said it and a colon: "boss: 'the title sits there forever.' make it two seconds"; dev set HV)
    rf"|\b(?:{PEOPLE_EN}|quote)\s*[:：]"
    r"|原话是?|原话如下|的话是|意见|批注|反馈|留言|回复|说|写道|写的是|发来)\s*[:：,，]?\s*$")
# a quote after "is": how a thing is judged, never its words ("my client said the opening title is 'too shouty'" titled the
# video "too shouty"; dev set HV hv060)
_JUDGED_QUOTE = compile_led(r"\b(?:is|was|are|were|looks|feels|seems|sounds)\s+(?:a\s+bit\s+|kind\s+of\s+|kinda\s+|way\s+|too\s+|so\s+)?$")
# (a text's words after what shows them: "add an end card that says "Visit us at Maple Street"", 标题写的是“…”)
_TEXT_SAYS = compile_led(r"\b(?:card|title|caption|text|banner|sticker|screen|headline|subtitle|line|words?|slide|it|that|this|one|overlay|cta)"
                         r"\s+(?:that\s+|which\s+)?(?:should\s+|to\s+|will\s+|must\s+|could\s+|would\s+|can\s+)?(?:say|says|said|read|reads|saying)"
                         r"\s*[:：,，]?\s*$|(?:标题|字幕|文字|卡片|片尾|结尾|文案)[^，,。]{0,4}(?:写的是|写道|说)\s*[:：]?\s*$")
_ANY_QUOTE = re.compile(r"[\"'“‘「『]")
_QUOTES = {'"': '"', "“": "”", "‘": "’", "「": "」", "『": "』", "'": "'"}
_OPENING = re.compile(r"[\"“‘「『]|(?<![a-z0-9])'")


def _closing(text: str, at: int) -> int:
    """Where the quote opened at ``at`` closes, or -1 (a "'" between two letters is an apostrophe: "don't")."""
    close = _QUOTES[text[at]]
    k = at + 1
    while (k := text.find(close, k)) != -1:
        if close != "'" or not (text[k - 1:k].isalpha() and text[k + 1:k + 2].isalpha()):
            return k
        k += 1
    return -1


# the writer's own words after the quote name a thing or agree only in part: theirs are the wish, the quote only why (the
# quote read as typed did what the writer refused: 'my daughter says "captions need to be way bigger and yellow". I'll do
# yellow but not bigger' made them bigger, "…halve its size and make it semi-transparent." The user wants the smaller size
# but says the logo must stay fully opaque' made it 50 %, and a wish said twice was done twice; dev sets HV, HW). A quote
# followed by a go-ahead, a pronoun or nothing is the wish ("… can you fix that?", "ok so move it", "行，那就删掉").
_OWN_THING = re.compile(r"\b(?:title|headline|captions?|subtitles?|text|music|song|voice\s*over|voiceover|voice|narration|logo|sticker"
                        r"|transitions?|fades?|cuts?|end\s+card|card|font|colou?r|size|bold|position|clip|video|photos?|pictures?|pics?"
                        r"|images?|length|speed|format|zoom)\b|[a-z0-9_\-]+\.(?:jpg|jpeg|png|webp|mp4|mov)"
                        r"|\b(?:but\s+not|not\s+the|only\s+the|except|instead|rather\s+than)\b"
                        r"|标题|字幕|音乐|配音|转场|贴纸|片尾|视频|图片|照片|颜色|字号|大小|位置|时长|只同意|只要|不同意")


# (never where they only say what was left unsaid: "They didn't say which text they meant", "他没有说明是哪一张图片")
_UNSAID = re.compile(r"\b(?:didn'?t|did\s+not|doesn'?t|does\s+not|never)\s+(?:say|specify|mention|tell)|没有?(?:说明|说清|具体说|说是)")


# (nor where they agree and add to it: 'Client said: "we need this as a vertical video for TikTok". My own two cents: the
# end should fade out to black', "用户同意，并要求标题颜色改为橙色"; unless they agree only in part)
_AGREED = re.compile(r"\b(?:also|too|as\s+well|plus|agreed|i\s+agree|agrees|(?:my\s+)?own\s+(?:2|two)\s+cents)\b|同意|另外|还有|并且|并要求|也要")
_IN_PART = re.compile(r"\b(?:but\s+not|not\s+the|only\s+(?:the|that|this)|except|instead|rather\s+than|don'?t|does\s+not|doesn'?t|not\s+(?:bigger|smaller|the)"
                      r"|(?:must|should)\s+stay|do\s+(?:\d|one|two)\s+and|for\s+\d\s*,)\b"
                      r"|只同意|只要|只接受|不同意|不要|别|保持不变|不变")


# (nor where they say it of a pronoun the quote names: "boss: 'the video clip feels sluggish.' speed it up to 1.5x")
_PRONOUN_AFTER = re.compile(r"\b(?:it|them|those|these|that\s+one)\b|它")


# (nor where they point back to it, "Please place logo.png accordingly", or only keep a thing, "Keep the title though")
_POINTS_BACK = re.compile(r"\b(?:accordingly|as\s+(?:she|he|they|it)\s+(?:said|says|asked|wrote)|as\s+(?:described|requested|asked))\b|照此|照做|按照?(?:这个|他|她|客户|老板)")
_KEEPS = re.compile(r"\b(?:keep|leave)\s+[^.;!?,\n]{0,40}")


def _own_wish(after: str) -> bool:
    """Whether the writer's words after a quote say a wish of their own (``_OWN_THING``) in its place."""
    if _UNSAID.search(after) is not None:
        return False
    if _IN_PART.search(after) is not None and _OWN_THING.search(after) is not None:
        return True
    if _OWN_THING.search(_KEEPS.sub(" ", after)) is None or _POINTS_BACK.search(after) is not None:
        return False
    return _AGREED.search(after) is None and _PRONOUN_AFTER.search(after) is None


# (compiled once: a string pattern in a per-message path is looked up in re's cache of 512, which the planner's thousands of
# patterns keep evicting)
_LATIN_WORD = re.compile(r"[a-z]+")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_ENDS_STOPPED = re.compile(r"[.!?。！？]\s*$")
_STOP_NEXT = re.compile(r"\s*[.!?。！？,，]")
_ENDS_CJK = re.compile(r"[\u4e00-\u9fff]\s*$")
_LEAD_COLON = re.compile(r"[:：]\s*$")


def _is_wish(words: str) -> bool:
    """Whether quoted words are many enough for a wish: four words, six Chinese characters, or five of both ("用户说：“夏日特卖”"
    is a title's words, "客户说“clip.mp4太吵了”" a wish)."""
    latin, cjk = len(_LATIN_WORD.findall(words.lower())), len(_CJK_CHAR.findall(words))
    return latin >= 4 or cjk >= 6 or bool(latin) and latin + cjk >= 5


def _as_typed(lead: str, words: str, after: str) -> list[str]:
    """The quoted wish written as typed: on a line of its own ("I'll just paste what she wrote: 'title: too long, change to
    New In. …'" read the new title as part of the sentence that pastes it; dev set HR hr124), the lead's colon ending the
    lead ("Our agency replied: "Add an end card that says Shop the Drop"" gave the card all the words after the colon; dev
    set HV hv067), and a stop after it when none follows."""
    stop = "" if _ENDS_STOPPED.search(words) or _STOP_NEXT.match(after) else ("。" if _ENDS_CJK.search(words) else ".")
    lead = _LEAD_COLON.sub(lambda c: "." if c.group(0).startswith(":") else "。", lead)
    return [lead, "\n", words.strip(), stop, " "]


def _relayed_quotes(text: str) -> str:
    """``text`` with each quote after a relaying lead (``_QUOTE_LEAD``) written as its words (``_as_typed``), and each
    quoted judgement without its quotes."""
    low = text.lower()
    out, last = [], 0
    for m in _OPENING.finditer(low):
        at = m.start()
        if at < last or _TEXT_SAYS.search(low, max(0, at - 60), at) or (end := _closing(text, at)) == -1:
            continue
        if _JUDGED_QUOTE.search(low, max(0, at - 30), at) and end - at < 40:
            out += [text[last:at], text[at + 1:end]]
        elif _QUOTE_LEAD.search(low, max(0, at - 60), at):
            words = text[at + 1:end]
            if not _is_wish(words) or "\n" in words.strip("\n") and len(words) > 300:
                continue
            # (the writer's own wish after it: the quote is only why, and goes; kept as a quote it was read as a text's
            # words, and "turn unboxing.mp4 down to 50%" after it was not understood)
            out += [_LEAD_COLON.sub(". ", text[last:at])] if _own_wish(low[end + 1:end + 240]) else _as_typed(text[last:at], words, text[end + 1:])
        else:
            continue
        last = end + 1
    return "".join(out) + text[last:] if out else text


# the same in Chinese: 老板说, 同事看完说, 客户反馈说, 店主觉得, 市场部提到 … are written 客户说 / 客户觉得 (the rewrites read those)
WHO_ZH = (r"(?:我们|我的|我家|我)?\s*(?:老板|老公|老婆|妈妈|姐姐|妹妹|家人|我姐|我妈|表姐|表妹|闺蜜|同学|同事|领导|经理|主管|上司|市场部|运营|设计师|设计|团队|店主|店长|甲方|合作方|朋友"
           r"|老师|顾客|客人|用户|客户|对方|买家|粉丝|他们|她们)")
_SPEAKER_ZH = compile_led(
    rf"(?P<open>^|[，,。；;！!？?：:]\s*){WHO_ZH}\s*(?:那边|们)?\s*(?:刚才|刚刚|也|又|还)?\s*(?:看完|看了|看过|看了一下)?\s*(?:以后|之后|后)?\s*[，,]?\s*"
    # (a colon after it goes with it: "用户说：把手表和背包的位置换一下" looked for a picture ":把手表"; set GH; "店主反馈：戒指那张的字幕
    # 改成“限量款”" looked for a file called 限量款; dev set HM hm139)
    # ("他们说是发快拍story，那应该是竖的": "说是" is what they said; dev set HA ha022 left "是" before the wish)
    r"(?P<said>反馈说|反馈|说是|说|觉得|认为|表示|提到|建议|提出|要求|希望|想要|想)(?:\s*[:：](?=\s*[\u4e00-\u9fffa-z\ue000]))?")
_SAID_ZH = {"反馈说": "说", "说是": "说", "反馈": "说", "表示": "说", "提到": "说", "认为": "觉得", "建议": "希望", "提出": "要求", "想": "想要"}


# what was said, told: the words after it are the wish or the complaint ("My manager says the second and third photos
# should swap places"), so the speaker and the verb go; what was wished: "the client wants …", which the rewrites read
_TOLD = compile_led(r"(?:(?:just|also|then|now|really|originally|later|even)\s+)?(?:says|said|thinks|thought|feels|felt|mentioned"
                    r"|noted|replied|wrote|writes|commented|pointed\s+out|complained|told\s+me|let\s+me\s+know|noticed|reckons"
                    r"|believes|asked\s+(?:me\s+)?(?:if|whether)|asked\s+me\s+to|asked\s+to|came\s+back\s+saying|decided|has\s+decided"
                    # ("My colleague asks that the sneaker go last": what is asked follows; set ET et011)
                    r"|asks\s+that|asked\s+that|requests\s+that|requested\s+that|suggests\s+that|suggested\s+that|insists\s+that)"
                    r"(?:\s+(?:that|with))?")
_WISHED = compile_led(r"(?:(?:just|also|then|now|really)\s+)?(?:asked\s+for|asks\s+for|is\s+asking\s+for|was\s+asking\s+for"
                      r"|requested|is\s+requesting|needs|wanted|suggested|suggests)")


def _speaker(m: re.Match[str]) -> str:
    said = m.group("said")
    if re.fullmatch(r"(?:the\s+|our\s+|your\s+|their\s+)user", m.group("who")):
        # ("the user" is a speaker the rewrites know as it is, but for what it says: "The user says the clip's caption should
        # read …" was not understood, set GB gb095; as the client for more, it read a style into a wish of the title's exit,
        # held-out shape IW)
        return m.group("open") if re.fullmatch(r"(?:just\s+|also\s+)?(?:says|said)", said) else m.group(0)
    if _TOLD.fullmatch(said) or re.search(r"\bto$", said):  # ("wants to make it vertical", "asked me to …": the wish follows)
        return m.group("open")
    return m.group("open") + ("the client wants" if _WISHED.fullmatch(said) else f"the client {said}")


def speakers(low: str) -> str:
    """``low`` with every relayed wish's speaker written as the one the rewrites know, and relaying labels taken away."""
    if not low:
        return low
    low = _LABEL_EN.sub(_label, low) if re.search(r"[:—–,]", low) else low
    low = _SPEAKER_EN.sub(_speaker, low)
    return _SPEAKER_ZH.sub(_speaker_zh, low)


# a label about one part of the video names what the words after it are about: "User's feedback on the logo: it's too big
# and pulls attention from the products. Make it smaller." (the logo went with the label, and "it" was asked; set GH)
_ABOUT_THING = compile_led(r"(?:the\s+)?(logo|title|headline|captions|subtitles|music|voiceover|narration|end\s+card|transitions|sticker)$")


def _label(m: re.Match[str]) -> str:
    """The label gone; its thing written for the "it" right after it (never as "the title: …", which names its words)."""
    about = _ABOUT_THING.match((m.group("about") or "").strip()) if m.group("it") else None
    return f" the {about.group(1)}" if about else (" it" if m.group("it") else " ")


def _speaker_zh(m: re.Match[str]) -> str:
    said = _SAID_ZH.get(m.group("said"), m.group("said"))
    # (what was said is the wish or the complaint, as in English: the speaker goes. Kept as 客户说 it stood before the
    # rewrites read at a clause's start: "用户说最后一张放运动鞋" was not understood; set FV fv095)
    return m.group("open") if said == "说" else f"{m.group('open')}客户{said}"
