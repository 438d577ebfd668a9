"""What a message tells of how things are, said beside what it asks: "…can the captions go at the top, the bottom part
gets covered by the likes", "make them one size smaller. Right now they're kind of competing with the title", "please
use a serif font for it because the current one looks too plain", "use the ring photo in its place. The watch is
backordered until March".

Such a part is why the wish is asked, never a wish of its own; read as words of the wish it broke the wish around it
(the captions were left where they were because "bottom" clashed with "top", the serif font was dropped, 6 s was read as
the new length). In the long, wordy dev sets of session 55 (HB-HE) this was the cause of six rows, four of them wrong
edits; with it the six fresh held-out sets read 5 more rows right (1481 -> 1486 of 1620, wrong 53 -> 49), none fewer.
``observed`` finds such parts by their form (a thing, then a verb that tells: "the bottom part gets", "they're", "the
current one looks", "people will"; in Chinese a part with no verb of change that says how things are now or were:
"右上角跟价格标签撞了", "帽子已经卖完了") and only when another part of the message asks something; ``blanked`` takes them
out. The planner reads the message so first and keeps that reading when it
edits something; otherwise it reads the whole message as before (a part that tells is then the only carrier of the wish:
"the title is too long, can you fix it").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .anchors import compile_led
from .frames import sentence_spans, tag
from .stance import JUDGED
from .text import Message

# the parts of a message: a sentence's end, a comma, or a joining word that starts a clause of its own
_PARTS = compile_led(r"[.!?;\n]+(?![a-z0-9])|,|:(?!\d)|\s[-–—]+\s|—|\s(?=(?:and|but|so|because|since|cause|cuz|though|although|plus)\s)")
# what comes before the thing a part tells of: joining words, hesitation, "I think", "right now"
_LEAD = compile_led(
    r"(?:\s*(?:and|but|so|because|since|cause|cuz|coz|though|although|plus|also|as|like|hmm+|um+|uh+|oh|well|honestly|tbh"
    r"|basically|actually|right\s+now|currently|at\s+the\s+moment|these\s+days|otherwise|i\s+think|i\s+feel\s+like"
    r"|i\s+noticed|i\s+guess|i'?d\s+say|imo|to\s+me|for\s+me|apparently|unfortunately|sadly|obviously"
    # what someone said of it: "the user says default corner logos are usually too tiny"
    r"|(?:the\s+|my\s+|our\s+)?(?:user|client|customer|boss|manager|team|friend|he|she|they)\s+(?:says|said|thinks|feels"
    r"|mentioned|told\s+me|noticed|found\s+out|found|explained|believes|complained)(?:\s+that)?)\b\s*,?)*\s*")
# the thing told of: a noun said with its article or owner, or a pronoun (never "I": "I want …" asks)
_THING = (r"(?:(?:the|my|our|this|that|these|those|its|their|his|her|your|some|most|all|a|an|both|every|each|default|most"
          r"|many|lots\s+of|all\s+the|all\s+our|all\s+my)\s+(?:[a-z0-9][a-z0-9'\-]*\s+){0,3}?[a-z0-9][a-z0-9'\-]*"
          r"|it|they|he|she|we|everything|nothing|people|everyone|everybody|nobody|customers|viewers|followers|buyers|folks|users|kids"
          # a length as it is: "I think 6 seconds each is way too slow"
          r"|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)(?:\s+(?:each|per\s+[a-z]+|a\s+[a-z]+))?)")
# a verb that tells how things are or were (never a verb a terse request says a wish with: "the title stays 4 s")
_TELLS = (r"(?:is|are|was|were|'s|'re|isn't|aren't|wasn't|weren't|ain't|has|have|had|hasn't|haven't|does|did|doesn't"
          r"|don't|didn't|gets|got|get|looks|looked|seems|seemed|feels|felt|sounds|sounded|appears|covers|covered|blocks"
          r"|blocked|hides|overlaps|clashes|drags|dragged|sits|hangs|hung|keeps|kept|loves|loved|likes|liked|hates|hated"
          r"|says|said|saw|sees|thinks|thought|told|tells|noticed|mentioned|watched|watches|sold|sells|competes|fights|drowns"
          r"|distracts|will|won't|can't|cannot|couldn't|wouldn't|might|may|tend|tends|usually|always|never)")
_ADVERBS = r"(?:(?:really|just|kind\s+of|kinda|sort\s+of|still|also|already|usually|always|often|never|all|both|pretty|so|totally|now|currently|basically|literally|clearly|definitely|probably|actually)\s+)*"
_TELLING = compile_led(rf"{_THING}(?:'(?:s|re)\b|\s+{_ADVERBS}{_TELLS}\b)"
                       # what the person did ("the user recorded a new one", "the client found out the footage is old")
                       r"|(?:the\s+|my\s+|our\s+)?(?:user|client|customer|boss|owner)\s+(?:just\s+|already\s+)?"
                       r"(?:[a-z]{3,}ed|found|made|took|got|shot|wrote|sent|forgot|did|bought|sold)\b")
# a part that asks, or says what should be: never told only
_ASKS = compile_led(
    r"\b(?:can(?!'t)|could|would|should|shall|must|need|needs|needed|want|wants|wanted|wanna|prefer|prefers|has\s+to|have\s+to"
    r"|got\s+to|gotta|let'?s|let|please|pls|plz|try|ought|instead|rather|make|put|move|change|set|add|remove|delete|use"
    r"|switch|swap|turn|bring|give|keep)\b|'d\b|\?"
    # (a value judged enough is the value wished: "make the bag picture shorter, 4 seconds is enough" lost its 4 s; dev set
    # EG eg044)
    r"|\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|%)\s+(?:is|would\s+be|should\s+be|will\s+be)\s+(?:enough|plenty|fine|good|ok|okay|perfect|better)\b")
# a part that asks, its first words: a verb of change, or a polite opening
_ASKING = compile_led(
    r"(?:please\s+|pls\s+|ok(?:ay)?\s+|so\s+|and\s+|then\s+|also\s+|just\s+)*(?:can|could|would|will)\s+(?:you|u|we)\b"
    r"|(?:so\s+|and\s+|also\s+)*(?:can|could)\s+(?:the|my|our|its|this|that|all|every)\b"
    r"|(?:please\s+|pls\s+|ok(?:ay)?\s+|so\s+|and\s+|then\s+|also\s+|just\s+)*(?:make|put|move|change|set|add|remove|delete|drop"
    r"|cut|trim|use|switch|swap|turn|bring|keep|give|try|shorten|speed|slow|mute|unmute|raise|lower|increase|decrease|reduce"
    r"|replace|show|hide|place|fade|crop|rename|apply|boost|ditch|get\s+rid|take|center|centre|align|flip|reverse|insert"
    r"|include|stretch|tighten|bump|push|pull|let|lose|start|end|open|close|go\s+with|put)\b"
    r"|(?:i'?d\s+like|i\s+would\s+like|i\s+want|i\s+need|we\s+want|we\s+need|we'?d\s+like|let'?s|please"
    r"|(?:i|we)'?d\s+(?:rather|prefer)|(?:i|we)\s+would\s+(?:rather|prefer))\b")
# a pronoun a part that asks takes its thing from ("…is too long, make it 2 seconds"): the part before is not blanked
_POINTS_BACK = compile_led(r"\b(?:it|its|them|they|those|these|this|that\s+one|that|one|there)\b")


def _parts(low: str, cuts: re.Pattern[str] = _PARTS) -> list[tuple[int, int]]:
    """The message cut at ``cuts`` (sentence ends, commas and joining words); each part as (start, end) without its
    stop, none empty."""
    out, start = [], 0
    for m in cuts.finditer(low):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(low):
        out.append((start, len(low)))
    return [(a, b) for a, b in out if low[a:b].strip()]


def _after_lead(low: str, a: int, b: int) -> int:
    """Where the part from ``a`` to ``b`` says its thing, past its joining words and hesitation (``_LEAD``)."""
    lead = _LEAD.match(low, a, b)
    return lead.end() if lead is not None else a


def _tells(low: str, a: int, b: int) -> bool:
    """The part says how a thing is, and asks nothing: not a complaint that tells which way to change a thing ("the
    narration is a bit quiet too" beside "turn the music up" is a wish too), unless what it complains of is the value as
    it is now ("I think 6 seconds each is way too slow", "the current one looks too plain"); not a purpose ("so it's
    still 30s"), a number of the thing ("the first 3 seconds are blurry"), or the brand ("our brand colour is navy")."""
    at = _after_lead(low, a, b)
    if _HEARD.match(low, at, b) and not _ASKS.search(low, a, b) or JUDGED.match(low, at, b) and "?" not in low[a:b]:
        return True
    if _FORGOT.fullmatch(low, at, b):
        return True
    told = _TELLING.match(low, at, b)
    if told is None or _ASKS.search(low, a, b) or _BRAND.search(low, at, told.end()):
        return False
    # (or told as how it is now: "Right now each photo is on screen for about 5 seconds with a fade" made each picture 5 s;
    # dev set IJ ij066)
    now = _NOW_VALUE.match(low, at, told.end()) is not None or _NOW_LEAD.search(low, a, at) is not None
    purpose = _SO_IT.search(low, a, at + 3) is not None
    # (what the shop is, told with a degree, is still no thing to change: "we're more punchy" applied the energetic style;
    # dev set HM hm007)
    ours = _OURS.match(low, at) is not None
    return not purpose and (now or ours or not (_DEGREE.search(low, at, b) or _DIGIT.search(low, at, b)))


def observed(low: str, corrected: bool = False) -> list[tuple[int, int]]:
    """The parts of ``low`` that only tell how things are, when another part asks something: each (start, end). None
    when no part asks, when the message corrects itself (its reader needs every sentence), or for a told part that a
    part asking after it points back to ("it", "them"). Chinese is read by ``_observed_zh``."""
    if not corrected and _CORRECTION.search(low):
        return []
    if _CJK.search(low):
        return _observed_zh(low)
    parts = _parts(low)
    leave = _left_alone(low, parts, _LEAVES, _VALUE)
    asking = {(a, b) for a, b in parts if (a, b) not in leave and _ASKING.match(low, _after_lead(low, a, b)) is not None}
    if not asking:
        return []
    told: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(parts):
        if (a, b) in leave:
            told.append((a, b))
            continue
        if (a, b) in asking:
            continue
        # ("my client saw it in another ad and really liked it": the same story goes on without its subject)
        if _tells(low, a, b) or (told and told[-1] == parts[k - 1] and _GOES_ON.match(low, a, b)
                                 and not _ASKS.search(low, a, b)):
            told.append((a, b))
    # (a thing joined to the told one: "the captions and the voice are exactly right" is cut at "and"; "the captions" left
    # alone was read as a wish and the captions were removed; dev set HJ hj006)
    told += [(a, b) for k, (a, b) in enumerate(parts[:-1]) if parts[k + 1] in told and (a, b) not in told
             and (a, b) not in asking and _THING_ALONE.fullmatch(low, a, b)]
    told.sort()
    return [(a, b) for a, b in told if not _pointed_back(low, (a, b), asking)]


_THING_ALONE = compile_led(rf"\s*{_THING}\s*")


def _left_alone(low: str, parts: list[tuple[int, int]], leaves: re.Pattern[str], value: re.Pattern[str]
                ) -> set[tuple[int, int]]:
    """The parts that say a thing they name stays as it is ("the voice is fine as is", "标题不用改"). Not one that names
    no thing (its wish is the whole message's: "先问问，不用改"), a value (a bound of the wish: "keep it at 30 seconds"), the
    pictures, their motion or the video's length (a bound too: "总时长保持不变", "图片别动了" stops the zoom), or takes a wish
    back ("算了，保持原样吧"); none when the message asks for a style (what it leaves is the style's exception: "use the
    minimal style and leave the captions as they are")."""
    if _STYLE.search(low):
        return set()
    out = set()
    for a, b in parts:
        if not leaves.search(low, a, b) or value.search(low, a, b) or _TAKEN_BACK.search(low, a, b):
            continue
        things = [k for m in tag(low[a:b]) if m.slot == "target" for k in m.keys]
        if things and not _BOUNDS.intersection(things):
            out.add((a, b))
    return out


_STYLE = compile_led(r"\b(?:style|look|preset|theme|template|vibe)\b|风格|模板|套用|样式|主题")
_TAKEN_BACK = compile_led(r"算了|还是|\bnever\s*mind\b|\bactually\b")
_BOUNDS = frozenset({"visual", "video", "length", "motion"})


def _pointed_back(low: str, part: tuple[int, int], asking: set[tuple[int, int]]) -> bool:
    """A pronoun asked of after a told part may be its thing: the told part is then the wish's carrier. Never when it
    told of a value as it is now or of what was read ("20 seconds is too short …. make it 30")."""
    at = _after_lead(low, *part)
    # (a bare number asked after a length told takes its unit from it: "30 seconds is too long for our audience, they scroll
    # away, let's go with 15"; dev set HM hm023)
    if _UNIT.search(low, *part) and any(x > part[0] and _BARE_NUMBER.search(low, x, y) for x, y in asking):
        return True
    # (a shape read of or heard of, then "switch to that": that shape is the wish's value: "I read that 4:5 works best
    # there, so can you switch to that?", "the mall's screen only plays 1080 by 1080. Please change it to that"; dev set EL
    # el055 el241 dropped it)
    if _SHAPE_VALUE.search(low, *part) and any(x > part[0] and _TO_THAT.search(low, x, y) for x, y in asking):
        return True
    if _NOW_VALUE.match(low, at) or _HEARD.match(low, at):
        return False
    # (never by a part that only keeps it: "She did like the little product names at the bottom, so keep those" moved the
    # captions to the bottom; dev set HO ho043)
    # (nor by one whose value is the whole video's shape: "It's for our Instagram feed, so make it square as well": "it" is the
    # video; the told part before it was kept, and the ring was not swapped in; dev set HR hr135)
    return any(x > part[0] and _POINTS_BACK.search(low, x, y) and not _KEEP_IT.fullmatch(low, x, y)
               and not _SHAPE_VALUE.search(low, x, y) for x, y in asking) and not _place_only(low, part)


_TO_THAT = compile_led(r"\b(?:(?:switch|change|go|set|turn|make|convert)\s+(?:it\s+|this\s+|the\s+video\s+)?(?:to|into)\s+that|(?:do|use)\s+that)\b(?!\s+(?:one|picture|photo|clip|song))")
_SHAPE_VALUE = compile_led(r"\b(?:vertical|horizontal|square|portrait|landscape|widescreen|\d+\s*:\s*\d+|\d{3,4}\s*(?:x|by)\s*\d{3,4}|\d{3,4}p|\d+\s*fps|4k)(?![a-z0-9])")


_KEEP_IT = compile_led(r"\s*(?:(?:so|and|please|just|then|but)\s+)*(?:keep|leave)\s+(?:those|them|it|that|these|this)"
                       r"(?:\s+(?:as\s+(?:they|it)\s+(?:are|is)|please|too|as\s+well|in))?\s*[.!]*\s*")


def _place_only(low: str, part: tuple[int, int]) -> bool:
    """The told part names a place and no thing: nothing "it" can be ("the top feels crowded. and make it see-through-ish"
    is the logo's; dev set HQ hq124 placed it at the top)."""
    said = tag(low[part[0]:part[1]])
    return any("pos" in t.keys for t in said) and not any(t.slot == "target" for t in said)


_UNIT = compile_led(r"\d\s*(?:s|secs?|seconds?)\b")
_BARE_NUMBER = compile_led(r"(?<![\d.:])\d{1,3}(?![\d.:])(?!\s*(?:%|s\b|secs?\b|seconds?\b|x\b|fps\b|times\b|px\b|th\b|st\b|nd\b|rd\b))")


_CJK = compile_led(r"[\u4e00-\u9fff]")
# a part that says a thing stays as it is: no wish, whatever its words ("Don't change anything else though", "my boss
# already signed off on the title": the title was removed; "leave the voice as it is"); never with a value, which is a
# bound of the wish ("keep it at 30 seconds")
_LEAVES = compile_led(
    r"\b(?:don'?t|do\s+not|dont|no\s+need\s+to|never|please\s+don'?t)\s+(?:\w+\s+)?(?:change|touch|alter|modify|mess\s+with|edit"
    r"|adjust|tweak|redo)\b"
    r"|\b(?:leave|keep)\b[^.!?,;]*?\b(?:alone|as\s+(?:it\s+|they\s+)?(?:is|are)|unchanged|untouched|the\s+same|intact"
    r"|(?:how|the\s+way)\s+(?:it|they)\s+(?:is|are))\b"
    r"|\b(?:stays?|remains?|can\s+stay|should\s+stay)\s+(?:exactly\s+)?(?:as\s+(?:it\s+|they\s+)?(?:is|are)|the\s+same|unchanged"
    r"|(?:how|the\s+way)\s+(?:it|they)\s+(?:is|are))\b"
    r"|\b(?:is|are|'s|'re)\s+(?:\w+\s+)?(?:fine|good|perfect|great|ok|okay)\s+as\s+(?:it\s+|they\s+)?(?:is|are)\b")
# a value said: a number, quoted words, a colour's code (English and Chinese alike)
_VALUE = compile_led(r"\d|\ue000|#[0-9a-f]{6}")
# a complaint's words of degree: the way to change the thing is said
_DEGREE = compile_led(r"\b(?:too|quiet|loud|louder|quieter|hard\s+to|barely|small|smaller|big|bigger|tiny|huge|long|longer|short|shorter"
                      r"|slow|slower|fast|faster|dark|bright|dim|faint|low|high|large|a\s+little|more|less|enough|not\s+enough)\b")
_GOES_ON = compile_led(rf"\s*(?:and|but)\s+{_ADVERBS}(?:[a-z]+ed|{_TELLS})\b")
_DIGIT = compile_led(r"\d")
# a wish let go of, by its thing ("forget the slow motion, just do the trim" slowed the clip; dev set HM hm011)
_FORGOT = compile_led(r"(?:forget|never\s*mind)\s+(?:about\s+)?(?:the|that|my|those|these)\s+[a-z0-9][a-z0-9'\- ]*?\s*(?:idea|part|bit|thing)?\s*(?:for\s+now|then)?\s*")
# what the person read or heard ("I read that 4:5 takes up more of the screen than square": made it square; dev set HG hg016)
_HEARD = compile_led(r"(?:i|we)\s+(?:read|heard|saw|learned|was\s+told|were\s+told|found\s+out)\s+(?:that|somewhere|online)\b")
# the value as it is now is what the complaint is of: the wish says the new one
_NOW_VALUE = compile_led(r"(?:the\s+)?(?:current|default|old|existing|present)\b|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b")
_NOW_LEAD = compile_led(r"\b(?:right\s+now|currently|at\s+the\s+moment)\b")
_OURS = compile_led(r"(?:we|we're|our\s+(?:brand|shop|store|business|customers|audience|vibe))\b")
_SO_IT = compile_led(r"\bso\s+(?:that\s+)?(?:it|its|it's)\b")
_BRAND = compile_led(r"\bbrand|\baccent\b|\bheadings?\b")
# a correction in the message: its reader needs every sentence as said ("wait, actually it's for our website")
# ("actually" inside a sentence is emphasis: "I actually like the music, but could you …")
_CORRECTION = compile_led(r"\b(?:wait|scratch\s+that|on\s+second\s+thought|i\s+mean|i\s+meant|no\s+no|never\s*mind|nvm)\b"
                          r"|(?:^|[.!?…,;]\s*)(?:hm+\s*,?\s*|oh\s*,?\s*)?actually\b|\bactually\s*,?\s*(?:no|not)\b")


# Chinese: the parts at a comma or stop; a part that asks has a verb of change or a polite word, one that tells says how
# things are now or were ("右上角跟价格标签撞了", "帽子已经卖完了", "我们的产品图都是精修过的")
_PARTS_ZH = compile_led(r"[，,。.！!？?；;、~～…]+|\s(?=因为|所以)|(?=因为)")
_ASKS_ZH = compile_led(r"吧|请|帮|麻烦|能不能|能否|可以|可不可以|把|将|改|换|(?<!单|色|格|低|基)调|加|删|去掉|去除|放(?!着)|挪|移|设|(?<!没)用(?!户)|要|想|希望|别|不要"
                       r"|不用|让|弄|做成|试|关|开(?!头|始|箱|心|店)|保留|(?<!停)留|剪|裁|缩|拉长|加快|放慢|静音|显示|出现|需要|得|应该|最好|行不行|好不好|吗|么|呢"
                       # (a Latin word asks, "speed up"; never a thing's name alone: "第一个clip动作最多" was a wish, and "挪到最前面"
                       # after it had no thing; dev set HM hm141)
                       r"|(?<![a-z])(?!(?:clips?|logo|title|video|bgm|mp4|jpg|png|ok)(?![a-z]))[a-z]{2,}")
# who relays what was said: a why in a part of its own ("…，客户说看着拖") or a sentence of its own (``_RELAYED_WHY_ZH``)
_SAYS_ZH = r"(?:用户|客户|他们|她们|他|她|老板|顾客|粉丝|买家|对方|有人)\s*(?:说|觉得|反馈|认为|表示|提到)"
# (what so many seconds of it are: "最后那段视频开头有三秒是空镜头" set the clip to 3 s; dev set HO ho028)
_HAS_SECONDS_ZH = r"有\s*\d+(?:\.\d+)?\s*秒(?:钟)?\s*(?:都|全)?\s*是"
_TELLS_ZH = compile_led(_HAS_SECONDS_ZH + r"|已经|现在|目前|本来|原来|毕竟|反正|撞了|卖完|卖光|缺货|没货|不(?:主)?推|不卖|下架|停产|断货|最多|最好看|最漂亮|最清楚|最吸引人|最亮眼|都是[^，,。]*的$|精修|没用|吸引人|" + _SAYS_ZH)
_DEGREE_ZH = compile_led(r"太|有点|有些|不够|小|大|长|短|慢|快|暗|亮|拖|吵|响|轻|看不清|听不清|挡|盖")
_NOW_ZH = compile_led(r"现在|目前|原来|本来|" + _HAS_SECONDS_ZH)
# a why said as such, whatever its verbs ("图片本身就很清楚了，加上字反而挡住了商品": captions were added; dev set HG hg080)
# a judgement of how it would be ("右下角会很奇怪" beside "放顶部吧": two places asked, none moved; dev set HM hm146)
_WHY_ZH = compile_led(r"反而|本身就|本来就|会(?:很|有点|有些|比较|太|显得|更)?(?:奇怪|怪怪的|难看|丑|违和|别扭|突兀|撞色|廉价)")
_SETS_ZH = compile_led(r"\s*(?:请|麻烦)?\s*(?:调到|改成|改为|调整为|调成|设为|降到|提到|提高到|降低到)")


def _why_zh(low: str, a: int, b: int) -> bool:
    """A part said as why whatever its verbs ("加上字反而挡住了商品"); not one with a value or "可以", which asks ("clip.mp4那段反而
    可以 speed up 到1.5倍")."""
    return bool(_WHY_ZH.search(low, a, b)) and not _VALUE.search(low, a, b) and "可以" not in low[a:b]


# a place complained of ("方形之后右上角太挤了" beside "logo挪到右下角": the move was not understood; dev set HH hh145): why, never a
# thing to change
_CROWDED_ZH = compile_led(r"(?:[^，,。]{0,6})?(?:右上角|左上角|右下角|左下角|顶部|底部|上面|下面|中间)\s*(?:太|有点|有些|很|好)\s*(?:挤|乱|满|空)")


def _observed_zh(low: str) -> list[tuple[int, int]]:
    """``observed`` for a message in Chinese."""
    parts = _parts(low, _PARTS_ZH)
    leave = _left_alone(low, parts, _LEAVES_ZH, _VALUE)
    # (a number is a value asked, unless said as the value now: "现在每张5秒多有点拖")
    asking = {(a, b) for a, b in parts if (a, b) not in leave and not _CONFIRMED_ZH.match(low, a, b) and (_ASKS_ZH.search(low, a, b)
              or (_AMOUNT_ZH.search(low, a, b) and not _NOW_ZH.search(low, a, b))) and not _why_zh(low, a, b)}
    if not asking:
        return []
    # (a value now that the next part sets names its thing: "背景音乐现在是35%，请调到25%")
    told = [(a, b) for k, (a, b) in enumerate(parts) if (a, b) in leave or _CROWDED_ZH.match(low, a, b) or (a, b) not in asking and (_why_zh(low, a, b) or _TELLS_ZH.search(low, a, b)
            and (not _DEGREE_ZH.search(low, a, b) or _NOW_ZH.search(low, a, b)))
            and not (_DIGIT.search(low, a, b) and k + 1 < len(parts) and _SETS_ZH.match(low, parts[k + 1][0]))
            and not _VOICES_HEARD_ZH.search(low, a, b)]
    # what someone said of it, a sentence of its own after one that asks ("…不透明度80%。用户说 logo 不要太抢眼，能看到就行。")
    for a, b in sentence_spans(low):
        if _RELAYED_WHY_ZH.match(low, a, b) and any(y <= a for x, y in asking) and not _VALUE.search(low, a, b) \
                and not _OWN_WISH_ZH.search(low, a, b):
            told += [(x, y) for x, y in parts if a <= x and y <= b and (x, y) not in told]
    # a sentence that tells how things are now goes on telling without a verb of change ("标题现在在画面正中间，只停留3秒。")
    for k, (a, b) in enumerate(parts[1:], 1):
        if parts[k - 1] in told and (a, b) not in told and (not _ASKS_ZH.search(low, a, b) or _NOT_AGAIN_ZH.match(low, a, b) or _LEAVE_ZH.match(low, a, b)) \
                and (not _STOP_ZH.search(low, parts[k - 1][1], a) or _CONFIRMED_ZH.match(low, *parts[k - 1])):
            told.append((a, b))
    return sorted(told)


# someone heard talking in a clip: a sound to mute, its own wish ("unboxing那段前两秒什么都没有，而且背景里有人说话" cut the
# seconds and dropped the talking; dev set EB eb035)
_VOICES_HEARD_ZH = compile_led(r"(?:背景里?|后面)\s*(?:还)?\s*有人(?:在)?\s*(?:说话|讲话|聊天)")
# how a thing is now, asked to be confirmed ("转场现在是淡入淡出对吧？有点普通，换成闪白的吧": its 吧 made it a wish, and the wish
# after it had no thing; dev set HP hp015)
_CONFIRMED_ZH = compile_led(r"[^，,。？?！!]*(?:现在|目前)[^，,。？?！!]*(?:对吧|是吧|对不对|是不是|吧)\s*$")
# a number that is an amount, never an ordinal ("第1个clip动作最多" was a wish; dev set HM hm141)
_AMOUNT_ZH = compile_led(r"(?<!第)(?<![\d.])\d+(?:\.\d+)?(?!\s*[个张段条])")
_RELAYED_WHY_ZH = compile_led(r"\s*" + _SAYS_ZH)
# a relayed sentence that says its own wish is no why ("我帮一位开潮牌店的用户转达一下需求。他觉得字幕太普通了，想换成手写体，颜色用金色。": the
# font and the colour were told; dev set HT ht028)
_OWN_WISH_ZH = compile_led(r"(?<!不)(?<!别)(?:想|希望|想要|要求|建议)\s*(?:把[^，,。]{0,12})?(?:换成|改成|改为|调成|调到|换|改|用|加|删|去掉|放到|挪到|关掉|关闭|拿掉)")
_STOP_ZH = compile_led(r"[。！!？?；;]|\.(?!\d)")
# a part that says a thing stays as it is, in Chinese ("title保持现在的字体就好，不要一起改": the title was removed; "字体和动画都别动":
# the pictures' zoom was turned off; dev set HJ hj148 hj104)
_LEAVES_ZH = compile_led(r"(?:保持|维持)\s*(?:现在|目前|原来|原样|原状|不变|这样)|(?:别|不要|不用|不必|无需|不需要)\s*(?:一起|跟着|再|也)?\s*(?:动|改|变|换|调)"
                         r"|不变|照旧|原封不动")
# the thing told of is to be left as it is: "标题的大小现在刚好，别动" ("别动" read alone turned the pictures' zoom off; dev set
# HJ hj112)
_LEAVE_ZH = compile_led(r"\s*(?:就|先|那就)?\s*(?:别|不要|不用|不必|无需)\s*(?:再|一起|跟着|也|都)?\s*(?:动|改|变|换|调)(?:了|它)?\s*$|\s*(?:保持不变|保持原样|就这样)\s*$")
# the story's end: "…已经下架了，不想再展示" (no wish of its own)
_NOT_AGAIN_ZH = compile_led(r"\s*(?:所以|因此)?\s*(?:不想|不打算|不准备)\s*再\s*[\u4e00-\u9fff]{1,4}(?:了)?\s*$")


# the words before a told part's thing that still name it ("这个标题", "现在的字幕"), after a joining word or a speaker ("就是标题
# 现在在正中间挡住了鞋子，挪到上面去吧", "她说图片的缓慢放大效果看久了有点晕，想关掉": dev sets IJ ij002, II ii063)
_THING_LEAD_ZH = compile_led(r"\s*(?:(?:就是|但是|不过|只是|可是|还有|另外|然后|而且|现在|目前|就|但|还|" + _SAYS_ZH + r")\s*)*(?:(?:这个|那个|这段|那段|现在的|目前的|我们的|我的)\s*)?"
                             # a picture named before it ("金戒指的图片没用上，帮我加进去": dev set IE ie089)
                             r"(?:[\u4e00-\u9fffa-z0-9\-]{1,6}的\s*)?")
# the polite or joining words before the verb of a wish said without its thing ("能不能改成黄色的", "再加粗一点", "想关掉")
_VERB_LEAD_ZH = compile_led(r"\s*(?:那|就|再|请|麻烦|帮我|帮忙|能不能|可不可以|可以|能否|要不|还是|直接|最好|你|然后|所以|给我|都|想|希望)*\s*")


def _thing_first(low: str, a: int, b: int) -> tuple[int, int] | None:
    """Where the told part from ``a`` to ``b`` names its thing, when it starts with it: "字幕现在是白色的", "最后那段视频太长了"."""
    found = tag(low[a:b])
    if not found or not (found[0].slot == "target" or "ref" in found[0].keys):
        return None
    lead = _THING_LEAD_ZH.fullmatch(low, a, a + found[0].start)
    return (a, a + found[0].end) if lead is not None else None


def _verb_first(low: str, a: int, b: int) -> bool:
    """The part asks with its verb first and names no thing: "放到画面底部吧", "能不能改成黄色的" (never "把小图标删掉": an
    object the planner does not know is still the wish's own thing; never "别动")."""
    at = _VERB_LEAD_ZH.match(low, a, b)
    if at is None or _KEEP_ZH.match(low, at.end(), b):
        return False
    found = tag(low[a:b])
    return (at is not None and bool(found) and found[0].slot == "op" and a + found[0].start == at.end()
            and not any(m.slot == "target" or "ref" in m.keys for m in found) and not _OBJECT_ZH.search(low, a, b))


# a wish to leave a thing as it is names the thing it leaves ("标题的大小现在刚好，别动": "别动" of the title turned the pictures'
# zoom off; dev set HJ hj112)
_KEEP_ZH = compile_led(r"别|不要|不用|不必|不需要|无需|保持|保留|维持|留着")
_OBJECT_ZH = compile_led(r"把|将|那张|这张|张图|那段|这段|那个|这个|它")


def carried(low: str, told: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``told`` with the thing kept of the last told part before a part that asks with its verb first: "标题现在是居中的，正好
    挡住了球鞋，放到画面底部吧" is read "标题 放到画面底部吧" (the wish takes its thing from the part that told of it, as it does
    when nothing is taken out: "标题挡住了球鞋，放到画面底部吧"). Chinese only: an English wish says its thing or "it"."""
    if not told or not _CJK.search(low):
        return told
    spans = set(told)
    out = list(told)
    run: list[tuple[int, int]] = []  # the told parts since the last part that does not tell
    for a, b in _parts(low, _PARTS_ZH):
        if (a, b) in spans:
            run.append((a, b))
            continue
        if run and _verb_first(low, a, b):
            for x, y in reversed(run):
                # (never the thing a part leaves as it is: "标题不用改，就改下面那几行商品名" moved the title; dev set HJ hj105)
                thing = None if _LEAVES_ZH.search(low, x, y) else _thing_first(low, x, y)
                if thing is not None:
                    out.remove((x, y))
                    out += [s for s in ((x, thing[0]), (thing[1], y)) if s[1] > s[0]]
                    break
        run = []
    return sorted(out)


def blanked(message: Message, spans: list[tuple[int, int]]) -> Message:
    """``message`` with ``spans`` of its lower-case reading each written as one space (a long run of spaces in a 4000-
    character message made the planner's readings twice as slow: 51 -> 105 ms measured; the lower-case reading's
    offsets are its own, never the original's). The stop after a span goes with it: an empty part between a wish and the
    part it takes its thing from ("标题目前只出现3秒, ,改成6秒") made the wish ask which length was meant."""
    low = message.low
    for a, b in sorted(spans, reverse=True):
        # (only after a stop or at the start: "move the captions up so they don't cover the products, then …" keeps its
        # comma, else "then make the title bigger" was read of the captions)
        # (or right after the thing a wish carries from it: "第1个clip动作最多，挪到最前面" kept its comma, and "挪到最前面" had no
        # thing; dev set HM hm141)
        stop = _STOP_AFTER.match(low, b) if _STOP_BEFORE.search(low, 0, a) or _CARRIED_BEFORE.match(low, a - 1) else None
        comma = _COMMA_BEFORE.search(low, 0, a)
        if stop is not None and comma is not None and _SENTENCE_END.search(stop.group(0)):
            # (a part between a comma and a sentence's end keeps the end, its comma goes: "make the title smaller and not
            # bold, it's shouting. I like the crossfades" ran "not bold" into the praise, and it was not read; dev set HR)
            low, stop = low[:comma.start()] + " " + low[comma.start() + 1:], None
        low = low[:a] + " " + low[stop.end() if stop is not None else b:]
    return replace(message, low=low)


# the comma or stop after a part taken out (never a number's point)
_STOP_AFTER = compile_led(r"\s*(?:[,，、;；:：!！?？。…~～]|\.(?!\d))+\s*")
_CARRIED_BEFORE = compile_led(r"[\u4e00-\u9fffa-z0-9]")
_STOP_BEFORE = compile_led(r"(?:^|[,，、;；:：!！?？。…~～.])\s*$")
_COMMA_BEFORE = compile_led(r"[,，、]\s*$")
_SENTENCE_END = compile_led(r"[.!?。！？;；]")
