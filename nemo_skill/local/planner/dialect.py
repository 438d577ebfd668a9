"""Dialect reading: Cantonese function words and South-East Asian English particles read as their Mandarin and
standard-English twins, once, when a message is normalised (``text.normalize`` calls ``standard`` on the simplified
reading, outside quotes: quoted text is never touched).

"唔該幫我將背景音樂細聲啲" is read "请 帮我把背景音乐小声点", "can make the music softer or not" is read "make the
music softer", and every rule after this reads the standard wording only: one table here instead of a Cantonese
twin of every vocabulary row.

Each row keeps the length of what it replaces (a shorter twin is padded with spaces): the reading and the original
text stay at the same offsets, so that unquoted text (a title typed without quotes) is still taken, verbatim, from
what the person wrote. A row marked ``canto_only`` rewrites a character that is also a Mandarin word (系 of 关系, 呢
the question particle, 郁 of 浓郁, 相 of 互相): it applies only in a message that holds a character no Mandarin
sentence uses (``_CANTO_MARK``). Each row names an example and its Mandarin (or standard English) twin:
tests/test_planner_dialect.py checks that every row is used by its example and that the example plans as its twin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .anchors import compile_led


@dataclass(frozen=True)
class Row:
    pattern: str  # a regex over the simplified reading (Chinese) or the original-case text (English: case-insensitive)
    twin: str  # its standard wording (``re`` template), never longer than what it replaces
    example: str  # a request that needs this row
    example_twin: str  # the same request in Mandarin / standard English: it must plan the same
    canto_only: bool = False  # only in a message that is Cantonese for sure (``_CANTO_MARK``)


# Characters only Cantonese writes (a Mandarin message never holds one): they let the rows marked canto_only apply.
_CANTO_MARK = compile_led(r"[唔啲咗嘅喺佢嗰\U00020BB6冇哋嚟咩噉晒攞睇畀喇嘞囉噃吖㗎啩喎咁乜嘢]")
_ADJ = "大小快慢长短高低亮暗细声响轻"
_TOPIC_VERB = (r"make|change|take\s+out|remove|delete|put|turn|set|move|cut|trim|mute|swap|use|add|show|reverse|shorten"
               r"|extend|speed\s+up|slow\s+down")
# (the thing said first ends on a noun of the video)
_THING = (r"(?:title|headline|heading|captions?|subtitles?|words|text|writing|music|bgm|song|voice\s*-?\s*over|voiceover"
          r"|narration|sound|audio|pictures?|photos?|images?|pics?|shots?|slides?|video|clip|order|transitions?|logo|font"
          r"|colou?r|screen|length|duration|card|end\s+card|outro|intro|speed|zoom)")
# (the words before the verb are the thing: none of them a verb, a filler or a joint)
_NOT_VERB = (rf"(?!(?:{_TOPIC_VERB}|please|pls|plz|can|could|would|will|kindly|just|i|we|you|and|then|also|now|so|but|or"
             r"|if|let's|lets|let|ok|okay|hi|hello|hey|no|yes|not|don't|dont|do|is|are|be|it|they|what|how|why|when|where|me|us|to"
             r"|asked|asks|ask|wants?|wanted|for|with|hmm|actually|only|he|she|who)\b)")

ROWS: tuple[Row, ...] = (
    # --- Cantonese: politeness, question tags and sentence particles
    Row(r"唔该(?:晒)?", "请", "唔該幫我將片長改做20秒", "请帮我把片长改成20秒"),
    Row(r"\s*[，,]?\s*(?:得唔得|好唔好|可唔可以|得未|ok唔ok|OK唔OK)\s*(?:呀|啊|啦|吖)?(?=\s*[?？。.!！~～]*\s*$)", "",
        "字幕細啲得唔得", "字幕小点"),
    Row(r"[喇嘞囉噃吖㗎啩喎](?=\s*(?:$|[，,。.!！?？~～]))", "", "唔使要個標題喇", "不要标题"),
    Row(r"(?<=[^\s，,。.!！?？])先(?=\s*(?:$|[，,。.!！?？~～]))", "", "配音唔要住，熄咗先", "配音不要，关掉", canto_only=True),
    # --- negation, "want", "need"
    Row(r"唔使要", "不要", "唔使要個標題喇", "不要标题"),
    Row(r"唔要住", "不要", "配音唔要住，熄咗先", "配音不要，关掉"),
    Row(r"唔好啲相(?=\s*郁)", "图片不要", "唔好啲相郁", "图片不要动"),
    Row(r"唔好", "不要", "啲相唔好郁", "图片不要动"),
    Row(r"唔使", "不要", "唔使轉場喇", "不要转场"),
    Row(r"唔系", "不是", "唔係 16:9，係直嘅", "不是 16:9，是竖的"),
    Row(r"唔", "不", "最後兩張相唔要", "最后两张图不要"),
    Row(r"冇", "无", "改成冇轉場", "改成无转场"),
    # --- aspect, pronouns, possessive, place
    Row(r"调转(?:晒)?(?:佢)?", "倒过来", "成個次序調轉晒佢", "整个顺序倒过来"),
    Row(r"咗佢|晒佢", "掉", "個背景音樂熄咗佢", "背景音乐关掉"),
    Row(r"咗", "了", "第二張相刪咗", "第二张图删了"),
    Row(r"佢", "它", "第二張相刪走佢", "第二张图删走它"),
    Row(r"嘅声(?!音)", "声音", "將 clip 嘅聲熄咗", "把 clip 声音关了"),
    Row(r"嘅", "的", "跟住音樂嘅節拍剪", "跟着音乐的节拍剪"),
    Row(r"喺", "在", "字幕放喺上面", "字幕放在上面"),
    Row(r"嗰|\U00020BB6", "那", "最後嗰張相刪咗", "最后那张图删了"),
    Row(r"哋", "们", "我哋個品牌色係 #0A7CFF", "我们的品牌色是 #0A7CFF"),
    Row(r"睇", "看", "字幕大啲，睇唔清楚", "字幕大点，看不清楚"),
    Row(r"畀|俾", "给", "畀個標題大啲", "给标题大点"),
    Row(r"攞走|攞", "拿走", "攞走個標題", "拿走标题"),
    Row(r"拣", "选", "揀滑動轉場", "选滑动转场"),
    Row(r"跟住", "跟着", "跟住音樂嘅節拍剪", "跟着音乐的节拍剪"),
    Row(r"系(?!统|列|数|关|上)", "是", "我哋個品牌色係 #0A7CFF", "我们的品牌色是 #0A7CFF", canto_only=True),
    Row(r"呢(?=\s*(?:张|个|段|首|条|啲|些|度|部|只|幅|几))", "这", "呢首歌熄咗佢", "这首歌关掉", canto_only=True),
    # (细个啲 / 大个啲, before 啲 is read: "logo细个啲，同埋半透明" read "logo小，些"; set FQ fq031)
    Row(r"细个啲", "小点", "字幕細個啲", "字幕小点"),
    Row(r"大个啲", "大点", "字幕大個啲", "字幕大点"),
    # (a text "大隻啲" = bigger: "個標題大隻啲" was not understood; set FZ fz098)
    Row(r"大只啲", "大点", "個標題大隻啲", "标题大点"),
    Row(r"细只啲", "小点", "個標題細隻啲", "标题小点"),
    # "啲": after a quality, "a bit" (大啲 = 大点: vocab block C reads 大点 as 大一点); before a noun, "the" (啲字 = 字)
    Row(rf"(?<=[{_ADJ}])啲", "点", "字幕大啲", "字幕大点"),
    Row(r"啲(?=\s*(?:$|[，,。.!！?？~～]))", "些", "整到有活力啲", "弄得有活力一些"),
    # (between a thing and its part, "of": "跟住音樂啲拍子剪" read "音乐 拍子", two clauses; set FX fx103)
    Row(r"(?<=[乐歌频片图相题幕])啲(?=[\u4e00-\u9fff])", "的", "跟住音樂啲拍子剪", "跟着音乐的拍子剪"),
    # (a picture's time "耐": "手錶嗰張放耐啲" = 放久一点; set FZ fz093)
    Row(r"(?<=[放留停])耐", "久", "手錶嗰張放耐啲", "手表那张放久一些", canto_only=True),
    Row(r"啲", "", "啲字大啲", "字大点"),
    Row(r"少少", "一点", "音樂細聲少少", "音乐小声一点"),
    # a classifier as "the": "個背景音樂", "張相", "條片", "段片", "成張" (the whole picture)
    Row(r"成(?=张|个|段|条|首|幅)", "整", "成個次序調轉晒佢", "整个顺序倒过来", canto_only=True),
    Row(r"(?<=们)个(?=[\u4e00-\u9fff])", "的", "我哋個品牌色係 #0A7CFF", "我们的品牌色是 #0A7CFF", canto_only=True),
    Row(r"(?<![一二两三四五六七八九十\d这那哪几每某整单半多呢嗰\U00020BB6])个(?=[\u4e00-\u9fff])", "", "個背景音樂熄咗佢",
        "背景音乐关掉", canto_only=True),
    Row(r"(?:段|条)([\u4e00-\u9fff]{0,3}?)片(?![段头尾子])", r"\1视频", "將段片擺去最前面", "把视频移到最前面"),
    Row(r"(?<=[张啲些])相(?![同关信似比对反应当互])", "图", "第二張相刪咗", "第二张图删了"),
    # (its count too: "结尾加一张卡 写 X" left "加一卡片", looked for as a file; set EB eb134)
    Row(r"(?:[一1]\s*)?张卡(?!片)", "卡片", "最尾加張卡，寫「Shop now」", "最后加卡片，写「Shop now」"),
    Row(r"(?<=最后|最尾)(?:嗰|\U00020BB6|那|一)格", "一帧", "段片最後嗰格定格2秒", "视频最后一帧定格2秒"),
    # --- verbs
    Row(r"转做", "改成", "fps 轉做 60 啦，會順啲", "fps 改成 60，会顺一些"),
    Row(r"(?<=[改换变设调])做(?![成好])", "成", "片長改做15秒", "片长改成15秒"),
    Row(r"(?<=[出入])做(?=\S{0,3}色)", "成", "最尾淡出做黑色", "最后淡出成黑色", canto_only=False),
    Row(r"整到", "弄得", "整到有活力啲", "弄得有活力一点", canto_only=True),
    Row(r"细声", "小声", "背景音樂細聲啲", "背景音乐小声点"),
    Row(r"收细", "调小", "配音收細少少", "配音调小一点"),
    Row(r"收大", "调大", "配音收大啲", "配音调大点"),
    # (变细: gets quieter; "背景音乐唔要跟住配音变细" removed the music and the voiceover; set FQ fq150)
    Row(r"变细(?!节|腻|致|长)", "变小", "背景音樂唔好跟住配音變細", "背景音乐不要跟着配音变小"),
    Row(r"细(?=\s*(?:啲|一点|点|些|少少))", "小", "字幕細啲", "字幕小点", canto_only=True),
    Row(r"熄(?!灭)", "关", "背景音樂熄咗", "背景音乐关了"),
    # (moving about: "唔好啲相郁嚟郁去" was asked what "it" was; set FO fo060)
    Row(r"郁(?:嚟|来)郁(?:去|吓)", "动来动去", "唔好啲相郁嚟郁去", "图片不要动来动去"),
    Row(r"(?<=[不别要])郁", "动", "啲相唔好郁", "图片不要动", canto_only=True),
    # (posted "to" a platform: "呢条片可唔可以直接发去抖音？" made the video vertical; set FO fo149)
    Row(r"发去(?=\s*(?:抖音|快手|小红书|视频号|微信|朋友圈|ig|instagram|tiktok|youtube|fb|facebook|b站))", "发到", "标题红色，呢条片要发去抖音嘅", "标题红色，这条视频要发到抖音的", canto_only=True),
    Row(r"将(?=\s*(?:第|个|张|段|条|啲|呢|嗰|[a-z0-9]))", "把", "將第三張相擺喺最後", "把第三张图放在最后"),
    Row(r"(?:摆|搬|放|移)去", "移到", "第二張相搬去最尾", "第二张图移到最后"),
    Row(r"摆(?=\s*(?:第|最|喺|在|前|后|\d))", "放", "每張相擺3秒", "每张图放3秒"),
    Row(r"(?:放|攞|拎)返\s*(?:个)?([\u4e00-\u9fff]{1,6}?)出(?:嚟|来)", r"\1放回来", "放返個音樂出嚟", "把音乐放回来"),
    Row(r"(?<=[放拎])返", "回", "放返個標題喺底部", "把标题放回底部", canto_only=True),
    Row(r"(?<=帧)\s*停多(?=\s*\d)", "定格", "段開箱片最後嗰格停多2秒", "开箱视频最后一帧定格2秒"),
    Row(r"([停放留])多(?=\s*\d)", r"多\1", "第一張相停多2秒", "第一张图多停2秒"),
    Row(r"(?<=张)同(?=第)", "和", "第四張同第五張調換位置", "第四张和第五张调换位置"),
    # (two pictures by name: "把戒指同背囊调换位置" was not understood; set FQ fq047)
    Row(r"(?<=[\u4e00-\u9fff])同(?=\s*[\u4e00-\u9fff]{1,4}\s*(?:调换|交换|对调|互换|换位))", "和", "把戒指同背包调换位置", "把戒指和背包调换位置"),
    Row(r"最尾", "最后", "第二張相搬去最尾", "第二张图移到最后"),
    Row(r"最开头", "最前面", "將 gold-ring.jpg 放喺最開頭", "把 gold-ring.jpg 放在最前面"),
    Row(r"直(?=的|嘅)", "竖", "轉做直嘅啦", "改成竖的", canto_only=True),
    # --- Taiwan and Hong Kong words (the characters are simplified already)
    Row(r"原音", "原声", "片段原音調到50%", "片段原声调到50%"),
    Row(r"橘色", "橙色", "標題改成橘色", "标题改成橙色"),
    Row(r"行动呼吁", "行动号召", "影片最後加一個行動呼籲：「限時優惠」", "视频最后加一个行动号召：「限時優惠」"),
    Row(r"开场(?!白)", "开头", "影片開場由全黑慢慢淡入", "视频开头从全黑慢慢淡入"),
    Row(r"(?<![理自经缘来])由(?=\s*(?:全|黑|白|第|\d|开头|开始|头|尾|最))", "从", "影片開場由全黑慢慢淡入", "视频开头从全黑慢慢淡入"),
    Row(r"设定(?=为|成)", "设置", "影片幀率設定為60", "视频帧率设置为60"),
    # --- a video maker's words and a slip of the same sound, read as the words the tables know
    # (划 typed for 滑 where a text moves in from a side: "标题从下面划上来" moved the title to the bottom; set EU eu026)
    Row(r"(?<=[面边方部往])(\s*)划(?=上来|进来|入|出来|出去|进|出|下来|过来|上去|下去)", r"\1滑", "标题从下面划上来", "标题从下面滑上来"),
    Row(r"划掉", "删掉", "把第一张划掉", "把第一张删掉"),  # (struck out: it was not understood)
    # (放埋落去: put in as well; "结尾卡加上“Follow us on IG”，logo都放埋落去" was not understood; set FQ fq123)
    Row(r"(?:都|也)?\s*放埋\s*(?:落|入|上)?\s*去", "也放上去", "结尾卡写“Follow us”，logo都放埋落去", "结尾卡写“Follow us”，logo也放上去"),
    # (整个 of a thing made: "帮我整个结尾，写「多谢支持」" was not understood; Mandarin 整个 is "whole", never after 帮我)
    Row(r"(?<=帮我|给我|同我|帮手)\s*整(?=\s*(?:个|一个|1个)\s*(?:结尾|片尾|尾板|开头|封面|标题|字幕))", "加", "帮我整个结尾，写「多谢支持」", "帮我加个结尾，写「多谢支持」"),
    # (the end card as 尾板 / 尾屏 / 尾帧: "然后加个尾板写 欢迎光临" looked for a file; set EU eu089)
    Row(r"尾板|尾屏|尾帧", "片尾", "加个尾板写欢迎光临", "加个片尾写欢迎光临"),
    # (a screen added at the end is a page: "结尾加一屏 关注我们" looked for a file)
    Row(r"(?<=加|放)(\s*(?:上)?\s*(?:一|1|个))屏(?!\s*(?:图|照片|图片))", r"\1页", "结尾加一屏写关注我们", "结尾加一页写关注我们"),
    # --- South-East Asian English: particles and "can?" questions
    Row(r"(?i)(?<=[a-z0-9.!?,\s])\s*\b(?:lah|leh|lor|loh|meh|hor|mah|liao)\b", "",
        "use wipe transitions lah", "use wipe transitions"),
    Row(r"(?i)(?<=\w)\s*,?\s*\bah\b(?=\s*(?:$|[.!?,~]))", "", "make it 20 seconds please, thanks ah",
        "make it 20 seconds please, thanks"),
    Row(r"(?i)\s*,?\s*\b(?:can|can\s+or\s+not|or\s+not|can\s+anot|can\s+not)\s*\?+\s*$|\s+or\s+not\b(?=\s*[?.!]*\s*$)", "",
        "the title change to Big Sale can?", "change the title to Big Sale"),
    # the thing said first, then the verb: "the headline make orange", "the last two pictures take out", "order change to"
    Row(rf"(?i)^\s*((?:(?:the|all|my|our|this|that|these|those)\s+(?:{_NOT_VERB}[a-z0-9'\-]+\s+){{0,4}}?)?{_THING})"
        # (never a verb said of where it lies: "the captions cut across the products, move them …" removed them; EB eb141)
        rf"\s+({_TOPIC_VERB})\b(?!\s+(?:it|them|across|acros|through|into|over|right\s+(?:across|through))\b)",
        r"\2 \1", "the headline make orange can?", "make the headline orange"),
    Row(r"(?i)^\s*can\s+(?=(?:make|change|set|put|move|remove|delete|add|use|turn|cut|trim|mute|swap)\b)", "",
        "can make the music softer or not", "make the music softer"),
    Row(r"(?i)\bno\s+need\s+(?=(?:the\s+|any\s+)?(?:title|headline|captions?|subtitles?|music|bgm|song|voice\s*-?\s*over|voice"
        r"|narration|transitions?|logo|text|words|end\s*card|ken\s+burns|zoom)\b)", "remove ",
        "no need title", "remove title"),
    # "end with a card say 'Shop now'": the words a text says ("say" for "saying")
    Row(r"(?i)\b(card|text|title|headline|screen|slide|banner|caption)\s+say(?=\s*(?:['\"“‘「]|$))", r"\1",
        "end with a card say 'Shop now'", "end with a card 'Shop now'"),
    Row(r"(?i)(?<=[a-z])\s+already(?=\s*(?:$|[.!?,;]))", "", "the words too small already", "the words too small"),
)


@dataclass(frozen=True)
class _Compiled:
    rx: re.Pattern[str]
    twin: str
    canto_only: bool
    cjk: bool  # written in Chinese: skipped in a message without Chinese (and the English rows in one without Latin)
    # the Chinese characters the pattern names: every match holds one of them, so a text without any skips the row
    # (a 4000-character message: 4.2 -> 1.1 ms; the corpus: 0.07 -> 0.05 ms a message)
    chars: frozenset[str]


@lru_cache(maxsize=1)
def _compiled() -> tuple[_Compiled, ...]:
    return tuple(_Compiled(compile_led(r.pattern), r.twin, r.canto_only, bool(_CJK.search(r.pattern)),
                           frozenset(_CJK_CHAR.findall(_ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), r.pattern))))
                 for r in ROWS)


_CJK = compile_led(r"[\u4e00-\u9fff]")
_ESCAPED = compile_led(r"\\U([0-9a-fA-F]{8})")  # (𠮶, OpenCC's simplified 嗰, written as an escape)
_CJK_CHAR = compile_led(r"[\u4e00-\u9fff\U00020000-\U0002ffff]")
_LATIN = compile_led(r"[A-Za-z]")


def _same_length(m: re.Match[str], twin: str) -> str:
    said = m.group(0)
    out = m.expand(twin)
    if len(out) > len(said):
        return said  # (a twin is never longer: tests/test_planner_dialect.py; kept as said rather than misaligned)
    return out + " " * (len(said) - len(out))


def standard(text: str, used: set[int] | None = None) -> str:
    """``text`` (a part of the simplified reading outside quotes) with its dialect words read in standard Mandarin
    or English, at the same length. ``used`` (tests) collects the indexes of the rows that rewrote something."""
    cjk, latin = _CJK.search(text) is not None, _LATIN.search(text) is not None
    if not cjk and not latin:
        return text
    canto = cjk and _CANTO_MARK.search(text) is not None
    has = frozenset(text) if cjk else frozenset()
    for i, row in enumerate(_compiled()):
        if (not row.chars.isdisjoint(has) if row.cjk else latin) and (canto or not row.canto_only):
            text, n = row.rx.subn(lambda m, twin=row.twin: _same_length(m, twin), text)  # type: ignore[misc]
            if n:
                has = frozenset(text) if cjk else has  # (a row may write what a later one reads: 哋 -> 们 before 们个)
                if used is not None:
                    used.add(i)
    return text
