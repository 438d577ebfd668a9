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


@dataclass(frozen=True)
class Row:
    pattern: str  # a regex over the simplified reading (Chinese) or the original-case text (English: case-insensitive)
    twin: str  # its standard wording (``re`` template), never longer than what it replaces
    example: str  # a request that needs this row
    example_twin: str  # the same request in Mandarin / standard English: it must plan the same
    canto_only: bool = False  # only in a message that is Cantonese for sure (``_CANTO_MARK``)


# Characters only Cantonese writes (a Mandarin message never holds one): they let the rows marked canto_only apply.
_CANTO_MARK = re.compile(r"[唔啲咗嘅喺佢嗰冇哋嚟咩噉晒攞睇畀喇嘞囉噃吖㗎啩喎咁乜嘢揀]")
_ADJ = "大小快慢长短高低亮暗多少细声响轻重粗慢顺靓清淡浓强弱远近早迟晚宽窄"

ROWS: tuple[Row, ...] = (
    # --- Cantonese: politeness and sentence particles
    Row(r"唔该(?:晒)?", "请", "唔该幫我將片長改做20秒", "请帮我把片长改成20秒"),
    Row(r"[喇嘞囉噃吖㗎啩喎](?=\s*(?:$|[，,。.!！?？~～]))", "", "唔使要個標題喇", "不用要标题"),
    # --- negation, "want", "need"
    Row(r"唔使要", "不要", "唔使要個標題喇", "不要标题"),
    Row(r"唔要住", "不要", "配音唔要住，熄咗先", "配音不要，关掉"),
    Row(r"唔好", "不要", "啲相唔好裁，成張要見到", "图片不要裁剪，整张要看到"),
    Row(r"唔使", "不用", "唔使轉場", "不用转场"),
    Row(r"唔系", "不是", "唔係，係藍色", "不是，是蓝色"),
    Row(r"唔", "不", "最後兩張相唔要", "最后两张图不要"),
    Row(r"冇晒", "没有", "字幕冇晒", "字幕没有"),
    Row(r"冇", "没", "啲字冇咗", "字没了"),
    # --- aspect, pronouns, possessive, place
    Row(r"咗佢|晒佢", "掉", "個背景音樂熄咗佢", "背景音乐关掉"),
    Row(r"咗", "了", "第二張相刪咗", "第二张图删了"),
    Row(r"佢", "它", "張戒指相刪走佢", "把戒指图删走它"),
    Row(r"嘅", "的", "將 clip 嘅聲熄咗", "把视频的声音关了"),
    Row(r"喺", "在", "字幕放喺上面", "字幕放在上面"),
    Row(r"嗰", "那", "最後嗰張相刪咗", "最后那张图删了"),
    Row(r"哋", "们", "我哋個品牌色係 #0A7CFF", "我们的品牌色是 #0A7CFF"),
    Row(r"嚟", "来", "放返個音樂出嚟", "把音乐放回来"),
    Row(r"睇", "看", "啲字太細睇唔到", "字太小看不到"),
    Row(r"畀|俾", "给", "畀個標題大啲", "给标题大点"),
    Row(r"攞走|攞", "拿走", "攞走個標題", "拿走标题"),
    Row(r"揀", "选", "揀滑動轉場", "选滑动转场"),
    Row(r"系(?!统|列|数|关|上)", "是", "我哋個品牌色係 #0A7CFF", "我们的品牌色是 #0A7CFF", canto_only=True),
    Row(r"呢(?=\s*(?:张|个|段|首|条|啲|些|度|部|只|幅|几))", "这", "呢張相刪咗佢", "这张图删掉", canto_only=True),
    # "啲": after a quality, "a bit" (大啲 = 大点); before a noun, "the" (啲字 = 字)
    Row(rf"(?<=[{_ADJ}])啲", "点", "字幕大啲", "字幕大点"),
    Row(r"啲", "", "啲字大啲", "字大点"),
    Row(r"少少", "一点", "音樂細聲少少", "音乐小声一点"),
    # a classifier as "the": "個背景音樂", "張相", "條片", "段片"
    Row(r"(?:(?<=^)|(?<=[\s，,。将把要熄关删]))个(?=[\u4e00-\u9fff])", "", "個背景音樂熄咗佢", "背景音乐关掉", canto_only=True),
    Row(r"条片|段片(?!头|尾)", "视频", "條片長咗少少", "视频长了一点"),
    Row(r"(?<=[张啲些])相(?![同关信似比对反应当互])", "图", "第二張相刪咗", "第二张图删了"),
    # --- verbs
    Row(r"(?<=[改换转变设调])做(?![成好])", "成", "片長改做15秒", "片长改成15秒"),
    Row(r"细声", "小声", "背景音樂細聲啲", "背景音乐小声点"),
    Row(r"收细", "调小", "clip 嘅原聲收細一半", "视频的原声调小一半"),
    Row(r"收大", "调大", "配音收大啲", "配音调大点"),
    Row(r"细(?=\s*(?:啲|一点|点|些|少少))", "小", "字幕細啲", "字幕小点", canto_only=True),
    Row(r"熄(?!灭)", "关", "背景音樂熄咗", "背景音乐关了"),
    Row(r"(?<=[不别])郁", "动", "啲相唔好郁", "图片不要动", canto_only=True),
    Row(r"将(?=\s*(?:第|个|张|段|条|啲|呢|嗰|[a-z0-9]))", "把", "將第三張相擺第一", "把第三张图放第一", canto_only=False),
    Row(r"(?:摆|搬|放|移)去", "移到", "第二張相搬去最尾", "第二张图移到最后"),
    Row(r"摆(?=\s*(?:第|最|喺|在|前|后))", "放", "將第三張相擺第一", "把第三张图放第一"),
    Row(r"(?<=[放拎])返", "回", "放返個音樂出嚟", "把音乐放回来", canto_only=True),
    Row(r"([停放留])多(?=\s*\d)", r"多\1", "最後嗰張停多2秒", "最后那张多停2秒"),
    Row(r"调转(?:晒)?(?:佢)?", "倒过来", "成個次序調轉晒佢", "整个顺序倒过来"),
    Row(r"成个", "整个", "成個次序調轉晒佢", "整个顺序倒过来"),
    Row(r"最尾", "最后", "第二張相搬去最尾", "第二张图移到最后"),
    Row(r"最开头", "最前面", "將 lifestyle.jpg 放喺最開頭", "把 lifestyle.jpg 放在最前面"),
    # --- South-East Asian English: particles and "can?" questions
    Row(r"(?i)(?<=[a-z0-9.!?,\s])\s*\b(?:lah|leh|lor|loh|meh|hor|mah|liao)\b", "",
        "use wipe transitions lah", "use wipe transitions"),
    Row(r"(?i)(?<=\w)\s*,?\s*\bah\b(?=\s*(?:$|[.!?,~]))", "", "make it 20 seconds please, thanks ah",
        "make it 20 seconds please, thanks"),
    Row(r"(?i)\s*,?\s*\b(?:can|can\s+or\s+not|or\s+not|can\s+anot|can\s+not)\s*\?+\s*$|\s+or\s+not\b(?=\s*[?.!]*\s*$)", "",
        "the title change to Big Sale can?", "change the title to Big Sale"),
    # the thing said first, then the verb: "the headline make orange", "the last two pictures take out"
    Row(r"(?i)^\s*((?:the|all|my|our|this|that)\s+[a-z0-9\s\-']{1,40}?)\s+(make|change|take\s+out|remove|delete|put|turn|set|move|cut)\b",
        r"\2 \1", "the headline make orange can?", "make the headline orange"),
    Row(r"(?i)^\s*can\s+(?=(?:make|change|set|put|move|remove|delete|add|use|turn|cut|trim|mute|swap)\b)", "",
        "can make the music softer or not", "make the music softer"),
    Row(r"(?i)(?<=[a-z])\s+already(?=\s*(?:$|[.!?,;]))", "", "the words too small already", "the words too small"),
)


@dataclass(frozen=True)
class _Compiled:
    rx: re.Pattern[str]
    twin: str
    canto_only: bool
    cjk: bool  # written in Chinese: skipped in a message without Chinese (and the English rows in one without Latin)


@lru_cache(maxsize=1)
def _compiled() -> tuple[_Compiled, ...]:
    return tuple(_Compiled(re.compile(r.pattern), r.twin, r.canto_only, bool(re.search(r"[\u4e00-\u9fff]", r.pattern)))
                 for r in ROWS)


_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def _same_length(m: re.Match[str], twin: str) -> str:
    said = m.group(0)
    out = m.expand(twin)
    if len(out) > len(said):
        return said  # (a twin is never longer: tests/test_planner_dialect.py; kept as said rather than misaligned)
    return out + " " * (len(said) - len(out))


def standard(text: str) -> str:
    """``text`` (a part of the simplified reading outside quotes) with its dialect words read in standard Mandarin
    or English, at the same length."""
    cjk, latin = _CJK.search(text) is not None, _LATIN.search(text) is not None
    if not cjk and not latin:
        return text
    canto = cjk and _CANTO_MARK.search(text) is not None
    for row in _compiled():
        if (cjk if row.cjk else latin) and (canto or not row.canto_only):
            text = row.rx.sub(lambda m, twin=row.twin: _same_length(m, twin), text)  # type: ignore[misc]
    return text
