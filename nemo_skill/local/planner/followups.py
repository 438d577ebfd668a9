"""Follow-ups: a short message that cannot stand alone ("now make it red", "and the 2nd one too", "actually 10%"),
read with the request that made the current draft (the engine passes it as ``previous``; none after the first cut)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from ...draft.promo import PRESETS
from ...draft.styles import COLOURS
from . import vocab
from .anchors import compile_led, longest
from .frames import NOT_NOW
from .history import read_undo
from .messages import Choice, Lang, msg, say
from .parse import TRANSITION_WORDS
from .stance import ASKING, TAKEN_BACK
from .text import normalize, outside_quotes, reading
from .types import PlannerMedia, PlanResult


class Planner(Protocol):
    """core._plan: a message read on a draft; ``skip``: edits read but not made, ``seen`` gets the edits read."""

    def __call__(self, message: str, draft: dict | None, media: list[PlannerMedia], lang: Lang,
                 skip: frozenset[str] = ..., seen: list[str] | None = ...) -> PlanResult: ...


# a follow-up leaning on the request before it: "now make it red", "and the 2nd one too", "actually 10%", "no wait 25"
_FRAGMENT_WORDS = 8


# "and the last picture?", "what about image 4?", "还有第五张呢？": more of the same asked, not a question
# ... and a value offered ("a little shorter still, maybe 15?")
_ALSO_ASKED = compile_led(r"^(?:and|also|plus|what\s+about|how\s+about|same\s+for|还有|那)(?![a-z])[^?？]*[?？]\s*$"
                         r"|^[^?？]*\b(?:maybe|perhaps|say|like|around)\s+\d+(?:\.\d+)?\s*[a-z%]*\s*[?？]\s*$")
# a polite lead that says nothing of the edit ("could you please make them 5 seconds each instead"): not counted
_POLITE = compile_led(r"^(?:(?:could|can|would|will)\s+you\s+(?:please\s+|plese\s+|pls\s+|kindly\s+)?|please\s+|pls\s+)")


def fragment(message: str, result: PlanResult) -> bool:
    """A short message the planner could not act on alone, that is no question, story or chit-chat."""
    low = _POLITE.sub("", message.lower().strip())
    return (result.draft is None and not result.undo and (not result.understood or result.question)
            and len(low.split()) <= _FRAGMENT_WORDS and len(low) <= 40
            and (not re.search(r"[?？]", low) or bool(_ALSO_ASKED.match(low)))
            and not NOT_NOW.search(low) and not TAKEN_BACK.search(low) and not ASKING.match(low))


# "and the 2nd one too", "image 4 as well", "还有第二张", "oh and the sneaker one", "now the fourth one second", "the
# second one too": more of the same (a word that says so before or after the thing)
_ALSO = (compile_led(r"^(?P<pre>(?:(?:oh|ok|okay|and|also|plus|now|then|same\s+(?:for|with)|what\s+about|how\s+about)\b"
                   r"[\s,]*)*)(?P<x>.+?)(?P<post>(?:[\s,]+(?:too|as\s+well|also))?)[\s.!~?]*$", re.IGNORECASE),
         compile_led(r"^(?P<pre>(?:还有|以及|和|再把|然后)?)\s*(?P<x>.+?)(?P<post>(?:也是|也)?)呢?[\s。！~?？]*$"))
# a request that is a verb and its object only ("remove the cap", "mute the music"): the verb carries over
_OBJECT_VERB = compile_led(r"^(?:please\s+)?(?:remove|delete|drop|get\s+rid\s+of|take\s+out|mute|unmute|hide|cut)\b"
                          r"(?=\s+(?:the\s+|image|picture|photo|pic|slide|shot|[a-z0-9\-]+\.[a-z0-9]+))")
# ... and any English request led by its verb ("move the third image first", "swap image 1 and 5", 'caption image 2
# "X"'): its verb carries over when the edit read is the same kind as before
_LEADING_VERB = compile_led(r"^(?:please\s+)?[a-z]+\b(?=\s)")
# "the ring one": the picture by its name ("one" stands for the picture the request before named)
_NAME_ONE = compile_led(r"\b(?!(?:first|second|third|fourth|fifth|sixth|last|next|other|\d+(?:st|nd|rd|th))\b)([a-z]+)\s+one\b")
# what says more of the same without a verb of its own: stripped, the message may be an edit alone ("drop the last two
# as well", "结尾也淡出", "帧率也改成30")
_ALSO_WORDS = compile_led(r"[\s,]+(?:too|as\s+well)(?=[\s.!~]*$)|也(?=[^是一样]|$)")


def _also_thing(message: str) -> str | None:
    """The thing of a message that says "more of the same" ("and the 2nd one too": "the 2nd one"), None: it says no."""
    for rx in _ALSO:
        also = rx.match(message.strip())
        if also is not None and (also.group("pre") or also.group("post")):
            return also.group("x")
    return None


_REFERS = compile_led(r"\b(?:ref|what|a|b|file|refs)=(?!None)")
_REF_VALUE = compile_led(r"\b(?:ref|what|a|b|file|refs)=('[^']*'|\([^)]*\)|[^,)]+)")


def _refs(key: str) -> list[str]:
    """What an edit read is of ("remove:RemoveArgs(what='image 2')": ["'image 2'"])."""
    return _REF_VALUE.findall(key)


def _more_of_the_same(message: str, previous: str, draft: dict | None, media: list[PlannerMedia], lang: Lang,
                      plan: Planner) -> PlanResult | None:
    """"remove the cap" then "and the 2nd one too": that verb, of the new thing."""
    thing = _also_thing(message)
    verb = _OBJECT_VERB.match(previous.strip().lower())
    if thing is None:
        return None
    for x in dict.fromkeys((thing, _NAME_ONE.sub(r"\1", thing))):
        if verb:
            result = plan(f"{verb.group(0).strip()} {x}", draft, media, lang)
            if result.draft is not None:
                return result
        lead = _LEADING_VERB.match(previous.strip().lower())
        if lead and not x.lower().startswith(lead.group(0).split()[-1]):
            made: list[str] = []
            plan(previous, draft, media, lang, seen=made)
            seen: list[str] = []
            result = plan(f"{lead.group(0).split()[-1]} {x}", draft, media, lang, seen=seen)
            if result.draft is not None and _kinds(seen) == _kinds(made) and not result.unread:
                return result
    return None


def _without_also(message: str, draft: dict | None, media: list[PlannerMedia], lang: Lang, plan: Planner
                  ) -> PlanResult | None:
    """The message read without its "too"/"也", when that is an edit alone ("drop the last two as well")."""
    bare = _ALSO_WORDS.sub("", message.strip())
    if bare == message.strip() or not bare.strip():
        return None
    result = plan(bare, draft, media, lang)
    return result if result.draft is not None and not result.unread and not result.question else None


def _joined(message: str, previous: str, draft: dict | None, media: list[PlannerMedia], lang: Lang, plan: Planner,
            made: list[str]) -> tuple[PlanResult, list[str]] | None:
    """The message read as the end of the request before (whose edits ``made`` are not made again), and the edits it
    read beyond them; None when that reading would merge them ("remove image 2" then "image 4 too")."""
    prefix = previous.strip().rstrip(" .!。！~;；,，")
    joint = "，" if re.search(r"[\u4e00-\u9fff]", prefix[-1:]) else ", "
    seen: list[str] = []
    joined = plan(prefix + joint + message.strip(), draft, media, lang, skip=frozenset(made), seen=seen)
    # an edit of the request before, now of more pictures ("remove image 2" then "image 4 too" read as "remove image 2
    # and image 4", on a draft without the old image 2): never; a value said again ("no wait 25") is a correction
    # (the same thing again with a new value, "make image 2 last 6 seconds" then "make that 3 instead", is no merge)
    kinds = _kinds(made)
    merged = [k for k in seen if k not in made and k.split(":", 1)[0] in kinds and _REFERS.search(k)
              and not any(_refs(k) == _refs(m) for m in made if m.split(":", 1)[0] == k.split(":", 1)[0])]
    return None if merged else (joined, [k for k in seen if k not in made])


# a Chinese verb of changing to a value, with no thing of its own: "改成", "调到", "换做" (Cantonese 做 = 成), "改为"
_CHANGE_TO = r"(?:改|换|调|设|变|转)(?:成|为|做|作|到)"
# a word that points back at the thing edited before: "make THAT 3 seconds", "mute IT", "刚才那个", "再长一点"
_POINTS_BACK = compile_led(r"\b(?:that|it|this|instead|more|another|too|also|same|again|as\s+well|bit|little|tad|touch"
                          r"|actually)\b"
                          rf"|那个|刚才|再|也|还是|一样|一点|一些|^{_CHANGE_TO}")
# ... and the words of them that cannot mean the whole video ("make it 15 seconds" after an edit of a picture is the
# video; "make that 3 seconds" after muting the music is not known)
_STRONGLY_BACK = compile_led(r"\b(?:that|instead|more|another|again|bit|little|tad|touch|actually)\b|那个|刚才|再|一点|一些"
                            rf"|^{_CHANGE_TO}")
# the message names the whole video itself: it is read alone
_NAMES_VIDEO = compile_led(r"\b(?:video|total|overall|whole|entire|length|runtime)\b|视频|总长|整体|全片|时长")
# an edit read alone that falls on the whole video when nothing is named: the length, every sound
_WHOLE_VIDEO = compile_led(r"^duration:|target='all'")
# an edit before that was of the whole video too ("5 seconds shorter" read as a trim of it, "show each image for 3
# seconds"): the message read alone is that reading ("再缩短5秒", "a bit longer each")
_WHOLE_BEFORE = compile_led(r"^duration:|target='all'|^trim:.*generic=True|^segment_duration:.*ref=None")
_LEAN_WORDS = 10

# a value said again for the request before: "make that 3 seconds instead", "再长一点，8秒", "改成60", "hmm, 30 actually"
_VALUE = compile_led(r"(?<![a-z0-9_.])(\d+(?:\.\d+)?)\s*(%|percent|fps|帧|x|倍|s|secs?|seconds?|秒)?(?![a-z0-9_.])")
_UNITS = {"%": "%", "percent": "%", "fps": "fps", "帧": "fps", "x": "x", "倍": "x",
          "s": "s", "sec": "s", "secs": "s", "second": "s", "seconds": "s", "秒": "s"}
# what else such a message may say: filler, "make that", a direction ("a bit longer, 8 s")
_VALUE_FILLER = compile_led(
    r"(?:\b(?:make|that|it|instead|actually|no|nope|hmm+|wait|use|please|pls|ok|okay|rather|maybe|try|then|go|with|to|"
    r"change|set|say|each|a|bit|little|tad|longer|shorter|bigger|smaller|louder|quieter|lower|higher|more|less|"
    r"so|or|about|like|put|up|down|still|could|can|would|you|plese|them|perhaps|say|now|enough|fine|good|better|"
    r"is|be|should|just)\b|" + _CHANGE_TO + r"|吧|不对|应该是|是|还是|算了|那就|用|再|一点|长|短|大|小|那个|这个|它|把|刚才|"
    r"高|低|的|呢|啊|速|第|放|慢|快|声|响|轻|就|够了|行|好|[\s,，.。!！~?？;；:：'\"“”])*")
# the request before changed its value relatively ("2 seconds later", "5 seconds shorter"): its number again is
# another step, not the value meant ("make that 3" after "start the voice 2 seconds later" is 3 s later, not 5)
_RELATIVE = compile_led(r"\b(?:later|earlier|longer|shorter|louder|quieter|more|less|by|off|extra|another)\b"
                       r"|晚|早|加|减|延长|缩短|增加|减少|多|少")


# a number that names a picture, not a value ("show image 2 for 5 seconds" has one value: 5 s)
_NUMBERS_A_THING = compile_led(r"(?:\b(?:image|picture|photo|pic|slide|shot|clip|segment|number|no\.?)|#)\s*$")
_NUMBERED_THING = compile_led(r"^\s*(?:st|nd|rd|th)\b|^\s*(?:张|个|段|号)")


def _values(text: str) -> list[re.Match[str]]:
    """The values a request says, without the numbers that name a picture."""
    return [v for v in _VALUE.finditer(text) if not _NUMBERS_A_THING.search(text[:v.start()].lower())
            and not _NUMBERED_THING.match(text[v.end():])]


def _value_only(low: str, previous: str) -> bool:
    """A value alone, with no "it" ("no, 2 seconds", "nope, 40%"), that the request before has one of: it is that
    request's value said again, as much as "make that 2 seconds" ("make it 15 seconds" may be the video's length)."""
    return not _PRONOUN.search(low) and revalued(low, previous) is not None


def _kinds(keys: list[str]) -> set[str]:
    return {k.split(":", 1)[0] for k in keys}


def revalued(message: str, previous: str) -> str | None:
    """The request before with the message's one value in place of its own ("make image 2 last 6 seconds" and "make
    that 3 seconds instead": "make image 2 last 3 seconds"); None when the message says more than a value, or the
    request before has no single value of that unit, or changed its value relatively."""
    low, prev = message.lower().strip(), previous.strip()
    values = list(_VALUE.finditer(low))
    if len(values) != 1 or _VALUE_FILLER.fullmatch(low[:values[0].start()] + " " + low[values[0].end():]) is None:
        return None
    return _value_in(values[0], prev)


def _value_in(value: re.Match[str], prev: str) -> str | None:
    """``prev`` with ``value`` in place of its one value of that unit (None: it changed its value relatively)."""
    if _RELATIVE.search(prev.lower()):
        return None
    unit = _UNITS.get(value.group(2) or "")
    olds = [v for v in _values(prev) if unit is None or _UNITS.get((v.group(2) or "").lower()) == unit]
    if len(olds) != 1 or len(_values(prev)) != 1:
        return None
    return prev[:olds[0].start(1)] + value.group(1) + prev[olds[0].end(1):]


# a complaint of the edit before ("too loud", "now it's too quiet", "太吵了", "还是太快", "黄色太跳"): no wish of its own;
# its word says which way the value said with it goes ("too loud, 30 then" after 50%: 30 is lower, as asked)
_COMPLAINT = compile_led(
    # (with the thing it is of, said first: "the logo is too in-your-face, make it 50% opacity")
    r"(?:^(?:the|this|that|our|my)\s+(?P<of>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?=(?:is|are|was|looks?|seems?|feels?|sounds?)\b))?"
    r"(?:\b(?:now|it'?s|it\s+is|that'?s|that\s+is|is|are|was|looks?|seems?|sounds?|feels?|still|way|far|a\s+bit|bit|kinda|just)\s+)*"
    r"\btoo\s+(?:much\s+)?(?!(?:please|pls|plz|thanks|then|now|as|and|so)\b)(?P<en>[a-z]+(?:-[a-z]+)*)(?:\s+now)?"
    r"|(?:还是|还|有点|有些|稍微|实在|[\u4e00-\u9fff]{1,2}色)?太(?P<zh>[\u4e00-\u9fff]{1,2}?)(?:了|啦|喇)?(?=[\s,，.。!！~;；吧啊呀]|$)")
# a share of the value before ("too loud, half that", "减半", "double it")
_SHARES = {"half": 0.5, "halve": 0.5, "一半": 0.5, "减半": 0.5, "double": 2.0, "twice": 2.0, "翻倍": 2.0, "加倍": 2.0}
_SHARE = compile_led(r"\b(?:half|halve|double|twice)\b|一半|减半|翻倍|加倍")
# a clip's speed said in words, as the number a value said again replaces ("1.5x" after "double speed")
_SPEED_NUMBERS = ((compile_led(r"\b(?:double|twice\s+the)\s+speed\b|两倍速|二倍速"), "2x speed"),
                  (compile_led(r"\bhalf\s+speed\b|半速"), "0.5x speed"),
                  (compile_led(r"\b(?:normal|regular|original)\s+speed\b|正常速度|原速"), "1x speed"))


def _numbered(prev: str) -> str:
    """The request before with a speed said in words as a number ("play the clip at double speed": "… at 2x speed")."""
    for rx, number in _SPEED_NUMBERS:
        prev = rx.sub(number, prev)
    return prev


def _complaint(low: str) -> tuple[re.Match[str], str] | None:
    """The one complaint of a message and its word ("too quick now": "quick"), None: none or several."""
    found = list(_COMPLAINT.finditer(low))
    return (found[0], found[0].group("en") or found[0].group("zh")) if len(found) == 1 else None


def _wanted(word: str, made: list[str]) -> int:
    """The way a complaint's word asks the edit before's quantity to go: "too loud" -1, "too quiet" +1; 0: no such
    quantity, or a word of none of its directions ("黄色太跳")."""
    kind = made[0].split(":", 1)[0] if len(made) == 1 else ""
    if kind not in _DIMENSIONS:
        return 0
    more, less = _DIMENSIONS[kind]
    return (-1 if re.fullmatch(more, word) else 0) + (1 if re.fullmatch(less, word) else 0)


def _number(text: str) -> float | None:
    values = _values(text)
    return float(values[0].group(1)) if len(values) == 1 else None


def complained(message: str, previous: str, made: list[str]) -> str | None:
    """The request before with the value a complaint comes with ("too loud, 30 then", "太吵了，30%吧", "too fast,
    1.5x enough", "too loud, half that"), when that value goes the way the complaint asks; None: no complaint, no
    value, or a value the other way ("too loud, 60" after 50% is not understood, never made)."""
    low, prev = message.lower().strip(), _numbered(previous.strip())
    complaint = _complaint(low)
    if complaint is None or _of_another(complaint[0], previous):
        return None
    rest = (low[:complaint[0].start()] + " " + low[complaint[0].end():]).strip()
    again = revalued(rest, prev) or _shared(rest, prev)
    old, new = _number(prev), _number(again or "")
    if again is None or old is None or new is None or new == old:
        return None
    way = _wanted(complaint[1], made)
    return again if way == 0 or (new - old) * way > 0 else None


def _of_another(complaint: re.Match[str], previous: str | None) -> bool:
    """A complaint of a thing the request before did not name ("the music is too loud" after an edit of the voice)."""
    of = complaint.group("of")
    return of is not None and (previous is None or of.split()[-1] not in previous.lower())


def _uncomplained(message: str, previous: str | None = None) -> str:
    """The message without its one complaint, when it says more ("too quick now, play it at normal speed again"); a
    complaint of a thing the request before did not name stays ("the music is too loud, make it 20%" after an edit
    of the voice: "it" is the music)."""
    complaint = _complaint(message.lower())
    if complaint is None:
        return message
    if _of_another(complaint[0], previous):
        return message
    rest = (message[:complaint[0].start()] + " " + message[complaint[0].end():]).strip(" ,，.。;；!！~")
    return rest if re.search(r"[a-z]{2}|[\u4e00-\u9fff]", rest.lower()) else message


def _shared(low: str, prev: str) -> str | None:
    """The request before with a share of its one value ("half that" after 60%: 30%)."""
    share = _SHARE.search(low)
    if share is None or _RELATIVE.search(prev.lower()) or not _VALUE_FILLER.fullmatch(_SHARE.sub(" ", low)):
        return None
    olds = _values(prev)
    if len(olds) != 1:
        return None
    value = float(olds[0].group(1)) * _SHARES[share.group(0)]
    return prev[:olds[0].start(1)] + f"{value:g}" + prev[olds[0].end(1):]


# a step said again after a request that changed its value relatively: "one more second" after "start the voiceover 2
# seconds later", "and knock another 5 off" after "5 seconds shorter", "再大一点" after "make the voiceover louder",
# "slower still", "again": that request once more on the current draft (with the message's step, when it says one)
_MORE = compile_led(r"\b(?:more|another|again|still|even|further)\b|再|又|还|更")
_PLUS = compile_led(r"\b(?:louder|bigger|larger|longer|later|faster|higher|up|brighter|more)\b|大|长|晚|快|高|多|加|延长|增加")
_MINUS = compile_led(r"\b(?:cut|trim|chop|quieter|softer|smaller|shorter|earlier|slower|lower|down|off|less|dimmer)\b|小|短|早|慢|低|少|减|缩短|减少")
_COMPARATIVE = compile_led(r"\b(?:bigger|larger|smaller|slower|faster|higher|lower|louder|quieter|softer)\b"
                          r"|大一点|小一点|快一点|慢一点")
# a cut of the first or last seconds: cutting again cuts more ("and one more second off the start")
_CUT_END = compile_led(r"\b(?:cut|trim|chop|remove|drop)\b.*\b(?:first|last)\b|剪掉.*[前后]|去掉.*[前后]")
_ENDS = (r"\b(?:start|beginning|first)\b|开头|前", r"\b(?:end|last)\b|结尾|后")
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "ten": "10", "a": "1", "an": "1"}
_NUMBER_WORD = compile_led(r"\b(?:one|two|three|four|five|ten|an?)\b(?=\s+(?:more\s+|extra\s+)?(?:secs?|seconds?|percent)\b)")
_STEP_FILLER = compile_led(
    r"(?:\b(?:and|then|now|ok|okay|please|pls|plese|a|bit|little|tad|touch|notch|one|more|another|again|still|even|"
    r"further|make|it|that|them|do|knock|take|go|just|yes|yeah|so|same|step|by|off|on|up|down|secs?|seconds?|the|start|beginning|end)\b"
    r"|再|又|还|更|一点|一些|点|些|吧|呢|啊|来|[\s,，.。!！~;；:：])*")


def _sign(text: str) -> int:
    """+1 / -1: the one direction a text says (more of something or less), 0: none or both."""
    plus, minus = bool(_PLUS.search(text)), bool(_MINUS.search(text))
    return 0 if plus == minus else (1 if plus else -1)


def stepped(message: str, previous: str) -> str | None:
    """The request before again, when it changed its value relatively and the message asks one more step of it
    ("one more second" after "make the voiceover start 2 seconds later": "make the voiceover start 1 seconds later"),
    in its direction; None when the message says anything else, another direction, or the request was no step."""
    low, prev = message.lower().strip(), previous.strip()
    low = _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group(0)], low)
    plow = prev.lower()
    if not (_RELATIVE.search(plow) or _COMPARATIVE.search(plow) or _CUT_END.search(plow)) or _sign(plow) == 0:
        return None
    # ("off the start" after a cut of the first seconds, never after one of the last)
    if any(re.search(words, low) and not re.search(words, plow) for words in _ENDS):
        return None
    values = list(_VALUE.finditer(low))
    rest = low
    for v in reversed(values):
        rest = rest[:v.start()] + " " + rest[v.end():]
    said = _sign(_MORE.sub(" ", rest))
    if said not in (0, _sign(plow)) or not (_MORE.search(rest) or said) or len(values) > 1:
        return None
    bare = _PLUS.sub(" ", _MINUS.sub(" ", rest))
    if not _STEP_FILLER.fullmatch(bare):
        return None
    if not values:
        return prev
    unit = _UNITS.get(values[0].group(2) or "")
    olds = [v for v in _values(prev) if unit is None or _UNITS.get((v.group(2) or "").lower()) == unit]
    if len(olds) != 1 or len(_values(prev)) != 1:
        return None
    return prev[:olds[0].start(1)] + values[0].group(1) + prev[olds[0].end(1):]


# a direction said alone after an edit of a thing with that quantity ("a bit bigger please" after "put logo.png in the
# top right corner", "slower please, too fast" after "play the clip at 3x speed", "再小声一点" after "背景音乐小声点",
# "a bit longer" after "show the title for 5 seconds"): that thing one step in that direction. Per kind of edit: its
# dimension's words (more, less; "too fast" is less) and the request that steps it, made from the edit's arguments.
_FIELD = compile_led(r"\b(\w+)=(?:'([^']*)'|([^,)]+))")
_SIZE = (r"\b(?:bigger|larger|biger|huge|big|large)\b|大", r"\b(?:smaller|tiny|small|little)\b|小")
_LOUD = (r"\b(?:louder|loud|noisy|up|higher|high)\b|大声|响|大|高|吵", r"\b(?:quieter|quiet|softer|soft|lower|low|down)\b|小声|轻|小|低")
_FAST = (r"\b(?:faster|fast|quicker|quick|rushed|speed\s+up)\b|快|急", r"\b(?:slower|slow|slow\s+down)\b|慢")
_LONG = (r"\b(?:longer|long)\b|长", r"\b(?:shorter|short)\b|短")
_SOUND_NOUNS = {"music": "the music", "voice": "the voiceover"}
_TEXT_NOUNS = {"title": "the title", "captions": "the captions"}
_DIMENSIONS = {"volume": _LOUD, "text_style": _SIZE, "logo": _SIZE, "speed": _FAST, "title_timing": _LONG,
               "segment_duration": _LONG, "duration": _LONG}


def _nudges(kind: str, f: dict[str, str]) -> tuple[str, str] | None:
    """The requests that step the thing of an edit of ``kind`` (its arguments ``f``) up and down; None: no such thing."""
    noun = {"volume": _SOUND_NOUNS, "text_style": _TEXT_NOUNS}.get(kind, {}).get(f.get("target", ""))
    if kind in ("volume", "text_style"):
        return (f"make {noun} {'louder' if kind == 'volume' else 'bigger'}",
                f"make {noun} {'quieter' if kind == 'volume' else 'smaller'}") if noun else None
    if kind == "logo" or kind == "segment_duration":
        it = f.get("file" if kind == "logo" else "ref", "None")
        more, less = ("bigger", "smaller") if kind == "logo" else ("longer", "shorter")
        return (f"make {it} {more}", f"make {it} {less}") if it != "None" else None
    if kind == "speed":  # (from the speed set before, halved or doubled: "make the clip slower" is 0.5x from any)
        x = float(f["speed"]) if re.fullmatch(r"\d+(?:\.\d+)?", f.get("speed", "")) else 1.0
        return f"play the clip at {x * 2:g}x speed", f"play the clip at {x / 2:g}x speed"
    if kind == "title_timing":
        return "show the title longer", "show the title shorter"
    return ("make the video longer", "make the video shorter") if kind == "duration" else None


# "too fast" / "太快了": the other direction
_TOO = compile_led(r"\btoo\s+(?:much\s+)?(\w+)|太(\w)")
_NUDGE_FILLER = compile_led(
    r"(?:\b(?:and|then|now|ok|okay|please|pls|plese|a|bit|little|tad|touch|notch|more|even|still|further|again|"
    r"make|it|that|them|just|yes|yeah|so|no|hmm+|actually|maybe|way|much|lot|slightly|somewhat|kinda|go|need|needs|"
    r"should|be|is|its|it's|i|want|the|than|before)\b"
    r"|再|又|还是|还|更|要|一点|一些|点|些|吧|呢|啊|了|来|稍微|稍|略|得|的|声|放|调|弄|整|搞|[\s,，.。!！~;；:：])*")


def nudged(message: str, made: list[str]) -> str | None:
    """The edit before one step in the direction the message says, when it says only that ("a bit bigger please",
    "slower please, too fast", "再大声点"): "make logo.png bigger"; None when the message says anything else, both
    directions, or the edit before has no such quantity."""
    kind = made[0].split(":", 1)[0] if len(made) == 1 else ""
    if kind not in _DIMENSIONS:
        return None
    more, less = _DIMENSIONS[kind]
    requests = _nudges(kind, {m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
                              for m in _FIELD.finditer(made[0])})
    if requests is None:
        return None
    low, signs = message.lower().strip(), set[int]()
    for too in reversed(list(_TOO.finditer(low))):
        word = too.group(1) or too.group(2)
        said = (1 if re.fullmatch(more, word) else 0) - (1 if re.fullmatch(less, word) else 0)
        if said == 0:
            return None
        signs.add(-said)
        low = low[:too.start()] + " " + low[too.end():]
    for sign, words in ((1, more), (-1, less)):
        if re.search(words, low):
            signs.add(sign)
            low = re.sub(words, " ", low)
    if len(signs) != 1 or not _NUDGE_FILLER.fullmatch(low):
        return None
    return requests[0] if signs.pop() > 0 else requests[1]


def _words(table: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """One pattern of a class's words, longest first; English words whole, Chinese ones anywhere."""
    said = sorted({w for ws in table.values() for w in ws}, key=longest)
    # (an English word in the plural too: "crossfades again", "hmm, wipes instead")
    return compile_led("|".join(rf"(?<![a-z]){re.escape(w)}(?:e?s)?(?![a-z])" if w.isascii() else re.escape(w)
                               for w in said))


def _base(word: str, table: dict[str, tuple[str, ...]]) -> str:
    """The table's word a mention is ("wipes": "wipe")."""
    words = {w for ws in table.values() for w in ws}
    return next((w for w in (word, word[:-1], word[:-2]) if w in words), word)


def _table(pairs: dict[str, tuple[tuple[str, ...], tuple[str, ...]]], keys: tuple[str, ...] | None = None
           ) -> dict[str, tuple[str, ...]]:
    return {k: en + zh for k, (en, zh) in pairs.items() if keys is None or k in keys}


# the things a follow-up may move an edit to ("same for the captions" after "turn the headline orange")
_THINGS = _table(vocab.TARGETS, ("title", "captions", "music", "voice"))
# the word values a follow-up may put in place of the one said before ("hmm, more like yellow", "top left actually")
# ... a clip's speed said in words ("half speed instead" after "play the clip at double speed"), a style preset ("elegant
# instead" after "use the sale style")
_SPEEDS: dict[str, tuple[str, ...]] = {
    "half": ("half speed", "half-speed", "0.5x speed", "半速", "0.5倍速"),
    "double": ("double speed", "double-speed", "2x speed", "twice the speed", "2倍速", "两倍速", "二倍速"),
    "normal": ("normal speed", "regular speed", "original speed", "full speed", "正常速度", "原速", "正常速")}
# ... a kind of transition ("不要了，还是用回淡入淡出" after "use slide transitions"; "none" is no value put in place)
_TRANSITIONS: dict[str, tuple[str, ...]] = {
    kind: tuple(w for w, k in TRANSITION_WORDS.items() if k == kind) for kind in set(TRANSITION_WORDS.values()) - {"none"}}
_WORD_VALUES: tuple[dict[str, tuple[str, ...]], ...] = (
    {c: (c,) for c in COLOURS}, _table(vocab.POSITIONS), _SPEEDS,
    {k: (k, p.zh, *p.words) for k, p in PRESETS.items()}, _TRANSITIONS)
_THING_RX = _words(_THINGS)
_WORD_VALUE_RX = tuple(_words(t) for t in _WORD_VALUES)
# what else a message moving the edit before to another thing, or changing its word value, may say
_SAME_FILLER = compile_led(
    r"(?:\b(?:same|for|with|the|too|also|as|well|and|do|please|pls|then|now|ok|okay|hmm+|actually|instead|no|rather|"
    r"more|like|maybe|make|it|that|corner|side|one|at|to|in|on|use|try|go|better|prefer|would|be|looks?|nicer|too|much|"
    r"please|plese|style|look|back|switch|transitions?|cuts?|nah|nope|just|again|of|not|than|rather)\b"
    r"|也一样|一样|也是|同样|都要|都|要|颜色|比较|好|不要|不是|改放|改|放|也|的|吧|呢|" + _CHANGE_TO + r"|换到|放到|移到|放在|用回|换回|改回|用|好像|更|好看|还是|不对|是|刚才|那个|不要了|算了|转场"
    r"|[\s,，.。!！~;；:：])*")


def _one(rx: re.Pattern[str], text: str, table: dict[str, tuple[str, ...]]) -> tuple[str, list[re.Match[str]]] | None:
    """The one thing of the class a text says (all its mentions), or None (none, or two)."""
    found = list(rx.finditer(text))
    keys = {k for m in found for k, ws in table.items() if _base(m.group(0), table) in ws}
    return (keys.pop(), found) if len(keys) == 1 else None


def _put(text: str, found: list[re.Match[str]], word: str) -> str:
    for m in reversed(found):
        text = text[:m.start()] + word + text[m.end():]
    return text


_QUOTED = compile_led(r"([\"“「『])[^\"”」』]*[\"”」』]|(?<![a-z])'[^']*'(?![a-z])")


def _unquoted(text: str) -> str:
    """``text`` with its quoted parts blanked (same length: the places of the words outside stay)."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def _in_script(word: str, key: str, old: str, table: dict[str, tuple[str, ...]]) -> str:
    """``word`` (of ``key``) said in the script of the word it replaces, when the table has one ("淡入淡出" in place of
    "slide" is "crossfade": "use 淡入淡出 transitions" is read by no one)."""
    if word.isascii() == old.isascii():
        return word
    return next((w for w in table[key] if w.isascii() == old.isascii()), word)


# the rewrites of the vocabulary that name a thing ("supers" -> captions, "lower thirds" -> captions, "music bed" ->
# music): a follow-up reads its thing as the planner does
_THING_REWRITES = tuple((compile_led(p), r) for p, r in vocab.REWRITES if r.strip() in {w for ws in _THINGS.values() for w in ws})


def _thing_words(low: str) -> str:
    for rx, word in _THING_REWRITES:
        low = rx.sub(word, low)
    return low


def _without(rx: re.Pattern[str], low: str, table: dict[str, tuple[str, ...]], key: str) -> str:
    """``low`` with its mentions of ``key`` blanked."""
    for m in reversed(list(rx.finditer(low))):
        if _base(m.group(0), table) in table[key]:
            low = low[:m.start()] + " " * len(m.group(0)) + low[m.end():]
    return low


def moved(message: str, previous: str, things_only: bool = False) -> str | None:
    """The request before made of the message's thing, or with its word value: "same for the voiceover" after "set
    the music volume to 50%" is "set the voiceover volume to 50%", "and the voice at 80" after "background music at
    20%" is "background voice at 80%"... read as "voice at 80%", "more like yellow" after "turn the headline orange"
    is "turn the headline yellow"; None when the message says anything else."""
    # (a complaint of the value before says no wish: "换成红色吧，黄色太跳"; a thing in an editor's word is read as
    # the planner reads it: "same for the supers" is the captions)
    low, prev = _thing_words(_uncomplained(message, previous).lower().strip()), previous.lower().strip()
    tables = ((_THING_RX, _THINGS),) if things_only else ((_THING_RX, _THINGS), *zip(_WORD_VALUE_RX, _WORD_VALUES, strict=True))
    for rx, table in tables:
        # (a word in quoted text is the text: 'caption image 2 "Gold"' then "actually yellow" is no "gold" made yellow)
        new, old = _one(rx, _unquoted(low), table), _one(rx, _unquoted(prev), table)
        if new is None and old is not None:  # (the value before named too: "red instead of yellow", "wipes, not slides")
            new = _one(rx, _unquoted(_without(rx, low, table, old[0])), table)
        if new is None or old is None or new[0] == old[0]:
            continue
        rest = rx.sub(" ", low)
        value = _VALUE.search(rest)
        again = _put(prev, old[1], _in_script(_base(new[1][0].group(0), table), new[0], old[1][0].group(0), table))
        if value is not None:
            again = _value_in(value, again) or ""
            rest = rest[:value.start()] + " " + rest[value.end():]
        if again and _SAME_FILLER.fullmatch(rest):
            return again
    return None


# a text's look said alone after an edit of that text ("change the title to 'New Arrivals'" and "actually red")
_LOOK_OF = {"title": ("title", "标题"), "captions": ("captions", "字幕")}


def _valued(low: str, prev: str) -> str | None:
    """The thing of the request before with the message's colour or place, when that request said none."""
    prev = _unquoted(prev)
    thing = _one(_THING_RX, prev, _THINGS)
    # (one picture's caption has no look of its own: "caption image 2 'Gold'" then "改成黄色" is not every caption's)
    if thing is None or thing[0] not in _LOOK_OF or _THING_RX.search(low) or _PICTURE.search(prev):
        return None
    for n, (rx, table) in enumerate(zip(_WORD_VALUE_RX, _WORD_VALUES, strict=True)):
        if n > 1:  # (a colour or a place)
            break
        value = _one(rx, low, table)
        if value is None or rx.search(prev) or not _SAME_FILLER.fullmatch(rx.sub(" ", low)):
            continue
        word = value[1][0].group(0)
        en, zh = _LOOK_OF[thing[0]]
        if not word.isascii():
            return f"{zh}改成{word}" if n == 0 else f"{zh}放在{word}"
        return f"make the {en} {word}" if n == 0 else f"put the {en} at the {word}"
    return None


# a picture by its number or place ("image 2", "the third one", "第三张"): a follow-up naming another one ("the third
# one too", "第三张也是", "same with image 1") asks the edit before of it, when that edit moves no picture (after
# "remove image 2" the numbers have moved: "image 4 too" is read by _more_of_the_same)
_PICTURE = compile_led(
    r"(?:the\s+)?(?:image|picture|photo|pic|slide|shot)\s+\d+\b"
    r"|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|\d+(?:st|nd|rd|th))\s+(?:one|image|picture|photo|pic|slide|shot)\b"
    r"|第[一二三四五六七八九十\d]+张(?:图片|图|照片)?|最后一张(?:图片|图|照片)?")
_STAYS = frozenset({"segment_duration", "caption_set", "speed", "trim"})
_PICTURE_FILLER = compile_led(r"(?:\b(?:and|same|with|for|too|also|as|well|oh|ok|okay|then|now|please|pls|do|the|it|what|how|about)\b"
                             r"|也是|也一样|一样|也|还有|和|吧|呢|[\s,，.。!！~?？])*")


def repictured(message: str, previous: str, made: list[str]) -> str | None:
    """The request before of the picture the message names instead ("make image 2 last 6 seconds" and "the third one
    too": "make the third one last 6 seconds"); None when the message says more, or that edit moves pictures."""
    return _repictured(message, previous) if _kinds(made) <= _STAYS else None


def _repictured(message: str, previous: str) -> str | None:
    """The request before of the picture the message names instead, whatever its edit."""
    low, prev = message.lower().strip(), previous.strip()
    new, old = list(_PICTURE.finditer(low)), list(_PICTURE.finditer(prev.lower()))
    if len(new) != 1 or len(old) != 1 or new[0].group(0) == old[0].group(0).lower():
        return None
    if not _PICTURE_FILLER.fullmatch(low[:new[0].start()] + " " + low[new[0].end():]):
        return None
    return prev[:old[0].start()] + new[0].group(0) + prev[old[0].end():]


# a text said again for the one the request before set ("make it say 'Limited Offer' instead" after "add an end card
# saying 'Order Now'", '不对，是"新品上市"' after '标题改成"新品"', '把它改成"智能手表"' after 'caption image 3 "Smart Watch"')
_REQUOTE_FILLER = compile_led(
    r"(?:\b(?:make|it|that|this|say|says|saying|read|reads|instead|actually|no|nope|wait|sorry|oops|change|to|should|be|"
    r"i|meant|mean|please|pls|ok|okay|hmm+|rather|use|the|text|words?|with|into|set)\b"
    r"|把它|把|它|" + _CHANGE_TO + r"|写成|写|是|不对|应该是|应该|还是|用|吧|呢|啊|文字|内容|[\s,，.。!！~;；:：])*")


def requoted(message: str, previous: str) -> str | None:
    """The request before with the message's one quoted text in place of its one quoted text; None when the message
    says more than that, or the request before quoted no text or several."""
    new, old = list(_QUOTED.finditer(message.strip())), list(_QUOTED.finditer(previous.strip()))
    if len(new) != 1 or len(old) != 1:
        return None
    rest = message.strip()[:new[0].start()] + " " + message.strip()[new[0].end():]
    if not _REQUOTE_FILLER.fullmatch(rest.lower()):
        return None
    prev = previous.strip()
    return prev[:old[0].start()] + new[0].group(0) + prev[old[0].end():]


def _again(message: str, previous: str, draft: dict | None, media: list[PlannerMedia], lang: Lang, plan: Planner,
           made: list[str]) -> PlanResult | None:
    """The request before said again with the message's value or thing, when it makes the same kind of edit."""
    low = message.lower().strip()
    # (the text's look said alone is another kind of edit than the one before, of its thing)
    for again, same in ((revalued(message, previous), True), (requoted(message, previous), True),
                        (moved(message, previous), True),
                        (repictured(message, previous, made), True), (_valued(low, previous.lower().strip()), False)):
        if again is None:
            continue
        seen: list[str] = []
        result = plan(again, draft, media, lang, seen=seen)
        if result.draft is not None and (_kinds(seen) == _kinds(made) or not same):
            return result
    return None


# a pronoun for the one thing the request before edited: "make it red and bigger, and put it at the top" after "change
# the title to 'Summer Sale'", "lower it to 25%, and start it at 2 seconds" after "set the music volume to 50%", "把它调小"
_PRONOUN = compile_led(r"(?<![a-z'])(?:it|them)(?![a-z'])|它")
_ASIDE = compile_led(r"\s*,?\s*\b(?:while\s+you(?:'re|\s+are)\s+at\s+it|if\s+you\s+can|if\s+possible)\b")
_NOUNS = {"title": ("the title", "标题"), "captions": ("the captions", "字幕"), "music": ("the music", "背景音乐"),
          "voice": ("the voiceover", "配音")}


# the thing an edit before was of, by its kind, when the request did not name it in words ("put logo.png in the corner"
# then "把它放到右上角", "turn off ken burns" then "actually turn it back on", "add an end card saying 'X'" then "change it
# to 'Y'"): its name in English and Chinese
_KIND_NOUNS = {"end_card": ("the end card", "片尾卡片"), "ken_burns": ("ken burns", "缩放"),
               "speed": ("the clip", "视频片段"), "transition": ("the transitions", "转场")}


def _noun_of(made: list[str]) -> tuple[str, str] | None:
    """The thing the one edit before was of, by its kind (a logo by its file): None for another edit, or several."""
    if len(made) != 1:
        return None
    kind = made[0].split(":", 1)[0]
    if kind == "logo":
        file = re.search(r"\bfile='([^']+)'", made[0])
        return (file.group(1), file.group(1)) if file else None
    return _KIND_NOUNS.get(kind)


# a thing named after the pronoun that is only where or when it is ("duck it under the VO", "lower it while the
# narrator talks"); any other ("make it as big as the captions") leaves the pronoun unread
_UNDER = compile_led(r"\b(?:under|below|beneath|behind|over|above|when|while|whenever|during)\s+(?:the\s+)?$")


def resolved(message: str, previous: str, made: list[str] | None = None) -> str | None:
    """The message with its pronouns as the one thing the request before named (title, captions, music, voiceover),
    or that its one edit ``made`` was of (a logo's file, the end card, Ken Burns, the clip's speed, the transitions);
    None when it has none, or that request named none, several, or a picture ("caption image 3 'X'" then "把它改成…"
    is that picture's caption, not every caption)."""
    low, prev = _ASIDE.sub("", message.strip()), previous.lower()
    thing = _one(_THING_RX, prev, _THINGS)
    noun = _noun_of(made or []) if thing is None else _NOUNS[thing[0]]
    pronoun = _PRONOUN.search(low.lower())
    # (a thing named before the pronoun is what it stands for: "make the title red and put it at the top"; one named
    # after it is another thing: "duck it under the VO again" after "don't duck the music" is the music)
    if (noun is None or _PICTURE.search(prev) or pronoun is None or _THING_RX.search(low.lower()[:pronoun.start()])
            or any(not _UNDER.search(low.lower()[:m.start()]) for m in _THING_RX.finditer(low.lower()))):
        return None
    if (thing is None or thing[0] != "captions") and re.search(r"(?<![a-z'])them(?![a-z'])", low.lower()):
        return None
    en, zh = noun
    # (quoted text stays verbatim: "change it to 'Get it now'")
    return outside_quotes(low, lambda part: _PRONOUN.sub(lambda m: zh if m.group(0) == "它" else en, part))




# a verdict on the edit before ("that looks worse", "不好看", "looks worse with slides"): no wish of its own, beside an undo
_VERDICT = compile_led(
    r"\b(?:worse|bad|ugly|awful|terrible|horrible|hate|dislike|don'?t\s+like|not\s+(?:good|great|nice|right|it)|no\s+good"
    r"|weird|wrong|cheap|messy|better\s+before|liked\s+it\s+before|preferred)\b"
    r"|\b(?:old|original|previous|earlier|first)\b.*\b(?:nicer|better|prettier|good)\b"
    r"|不好看|难看|不好|不喜欢|丑|不行|奇怪|别扭|太怪|不对|之前的?(?:比较|更)?好|原来的?(?:比较|更)?好|不如")
_AIR = compile_led(r"(?:\b(?:hmm+|ok|okay|ugh|nah|no|nope|yeah|well|oh|actually|sorry|please|pls)\b|唉|嗯|算了|[\s~])*")
_CLAUSES = compile_led(r"[,，;；。.!！]+|\s+(?:so|and|then)\s+|所以|那就|然后", re.IGNORECASE)
# (a new edit after an undo says so: "instead make the title bigger", "然后把第三张删掉")
_AFTER_UNDO = compile_led(r"^(?:instead|then|and|after\s+that|also|然后|再|接着)[\s,，]*", re.IGNORECASE)
_UNDO_WORD = compile_led(r"\b(?:undo|revert|roll\s*back|go\s+back|step\s+back)\b|撤销|撤回|还原|回退|回到|返回|退回")


def _judged_undo(message: str, draft: dict | None, media: list[PlannerMedia], lang: Lang, plan: Planner
                 ) -> PlanResult | None:
    """An undo said with a verdict on the edit before ("hmm, that looks worse, undo it", "不好看，撤销", "looks worse
    with slides, go back"): the undo, never the verdict's words read as an edit ("slides" had been read as "use slide
    transitions", already so: "nothing changed"). An undo said with a new edit ("undo that. Instead make the title
    bigger", "撤销上一步，然后把第三张删掉"): one result cannot revert and edit, and making either alone leaves the other
    unsaid (the undo alone had been the whole reply), so it asks, naming both as sentences to send in turn."""
    clauses = [c.strip(" ,，.。;；!！") for c in _CLAUSES.split(message) if c.strip(" ,，.。;；!！")]
    undos = [(c, u) for c, u in ((c, read_undo(normalize(c).low.strip())) for c in clauses) if u is not None]
    others = [c for c in clauses if c not in {u for u, _ in undos}]
    if len(undos) != 1 or not others:
        return None
    undo = undos[0][1]
    if not all(_VERDICT.search(c.lower()) or _COMPLAINT.search(c.lower()) or _AIR.fullmatch(c.lower()) for c in others):
        parts = [_AFTER_UNDO.sub("", c) for c in others if not _AIR.fullmatch(c.lower())]
        rest = ("，" if re.search(r"[\u4e00-\u9fff]", "".join(parts)) else ", ").join(parts)
        if plan(rest, draft, media, lang).draft is None:
            return None
        readings = [msg("q", text=undos[0][0]), msg("q", text=rest)]
        return PlanResult(None, say(lang, "ask.edit", readings=Choice(readings)), [], understood=True, edited=False,
                          lang=lang, question=True)
    args: dict = {} if undo.steps == 1 and undo.before is None else (
        {"steps": undo.steps} if undo.before is None else {"before": undo.before})
    return PlanResult(None, say(lang, "undo"), [{"name": "undo", "args": args}], understood=True, edited=False,
                      undo=True, lang=lang, undo_steps=undo.steps, undo_before=undo.before)


# a correction of the thing the request before named ("sorry I mean the third one", "oops, I meant the music",
# "不对，我是说第三张"): the edit before was of the wrong thing, and one result cannot both revert it and make the new one
_MEANT = compile_led(r"^(?:(?:(?:sorry|oops|no|nope|wait|actually|i\s+meant|i\s+mean|meant|not\s+that(?:\s+one)?)(?![a-z])|不对|不是|"
                    r"我是说|我说的是|我是指|我指的是|应该是|错了|是)[\s,，.。!！~]*)+")


def _meant_another(message: str, previous: str, made: list[str], lang: Lang) -> PlanResult | None:
    """"sorry I mean the third one" after "delete image 2": the request before of another picture or thing, said as a
    correction. Image 2 is gone already, and removing the third one too would be a second wrong edit: asked instead,
    naming the undo and the request meant (a sentence each, to send as it is)."""
    lead = _MEANT.match(message.lower().strip())
    if lead is None or not lead.group(0).strip():
        return None
    rest = message.strip()[lead.end():]
    again = _repictured(rest, previous) or moved(rest, previous, things_only=True)
    if again is None:
        return None
    readings = [msg("q", text="撤销" if lang == "zh" else "undo"), msg("q", text=again)]
    return PlanResult(None, say(lang, "ask.edit", readings=Choice(readings)), [], understood=True, edited=False,
                      lang=lang, question=True)


def follow(message: str, previous: str, draft: dict | None, media: list[PlannerMedia], lang: Lang, plan: Planner,
           alone: PlanResult) -> PlanResult:
    """The message read after ``previous``: alone, joined to it, with its value put in it, or a question.

    A short message that points back ("make that 3 seconds", "mute it", "再长一点，8秒") can be read alone too, and
    wrongly: the length of the video or every sound, when the request before was of the title or the music. With that
    request in hand: its edit read again is meant when the message read after it makes another edit than alone ("mute
    it" after "background music at 20%" mutes the music, not all sound); a value in place of its value ("make that 3
    seconds instead" after "show the title for 5 seconds"); and a message that still falls on the whole video asks."""
    said = message  # (the words as written: a question quotes them)
    message, previous = reading(message), reading(previous)
    low = message.lower().strip()
    undo = _judged_undo(message, draft, media, lang, plan) if _UNDO_WORD.search(low) else None
    if undo is not None:
        return undo
    meant = _meant_another(message, previous, [], lang)
    if meant is not None:  # ("sorry I mean the third one" after "delete image 2")
        return meant
    # (a pronoun for the thing edited before: "make it red and bigger"; a message read alone in part only is read so too:
    # "too quick now, play it at normal speed again" had made the video longer and left "play it…" unread)
    if (alone.draft is None or alone.unread) and _PRONOUN.search(low):
        before: list[str] = []
        # (a complaint with it says no wish of its own: "too quick now, play it at normal speed again")
        plain = _uncomplained(message, previous)
        named = resolved(plain, previous)
        if named is None:
            plan(previous, draft, media, lang, seen=before)
            named = resolved(plain, previous, before)
        result = plan(named, draft, media, lang) if named is not None else None
        if result is not None and result.draft is not None and not result.unread:
            return result
        # (the pronoun is the text the request before set: '把它改成"智能手表"' after 'caption image 3 "Smart Watch"')
        requote = requoted(message, previous)
        if requote is not None:
            made_again: list[str] = []
            result = plan(requote, draft, media, lang, seen=made_again)
            if not before:
                plan(previous, draft, media, lang, seen=before)
            if result.draft is not None and _kinds(made_again) == _kinds(before):
                return result
    # (after the pronoun's reading: "bring it back" after "mute the music" is unmuting it, said as such)
    if alone.draft is None and _BACK.search(_named_as_it(low, previous.lower())):
        # ("把背景音乐加回来" after "把背景音乐删掉": read alone, no music to add)
        made_back: list[str] = []
        plan(previous, draft, media, lang, seen=made_back)
        back = _back(message, previous, draft, media, lang, plan, made_back)
        if back is not None:
            return back
    bare = _without_also(message, draft, media, lang, plan) if alone.draft is None else None
    if bare is not None:  # ("drop the last two as well", "帧率也改成30": an edit alone, once "too" is not read)
        return bare
    # (an edit read alone that could not be made, pointing back, is one too: "刚才那个改成红色" is no file named 红色)
    lone = fragment(message, alone) or (alone.draft is None and bool(_STRONGLY_BACK.search(low))
                                        and fragment(message, replace(alone, understood=False)))
    if not lone and (alone.draft is None or len(low.split()) > _LEAN_WORDS or len(low) > 60
                     or not (_POINTS_BACK.search(low) or _value_only(low, previous))):
        return alone
    if lone:
        same = _more_of_the_same(message, previous, draft, media, lang, plan)
        if same is not None:
            return same
    made: list[str] = []
    plan(previous, draft, media, lang, seen=made)
    if not made:  # what the request before asked is not known: nothing is guessed
        return alone
    back = _back(message, previous, draft, media, lang, plan, made) if alone.draft is None else None
    if back is not None:  # ("再倒回来" after "倒序", "put it back" after "remove image 2")
        return back
    if not lone and set(alone.said) & _kinds(made):  # the same kind of edit as before ("make it 25" after 20 s)
        # (... unless the request before with the message's value says otherwise: "不要了，还是用回淡入淡出" after "use
        # slide transitions" is fade, where "不要了" alone reads as no transitions)
        again = _again(message, previous, draft, media, lang, plan, made)
        return again if again is not None else alone
    for request in (complained(message, previous, made), stepped(message, previous)):
        # (a value with a complaint, the way it asks: "too loud, 30 then"; one more step of a relative edit: "one more
        # second", "再大一点", "slower still")
        if request is None:
            continue
        seen: list[str] = []
        result = plan(request, draft, media, lang, seen=seen)
        if result.draft is not None and _kinds(seen) == _kinds(made):
            return result
    nudge = nudged(message, made)
    if nudge is not None:  # (a direction alone for the thing edited before: "a bit bigger please", "再小声一点")
        seen = []
        result = plan(nudge, draft, media, lang, seen=seen)
        if result.draft is not None and _kinds(seen) == _kinds(made):
            return result
    # (the request before with the message's value or thing, first: its words only fill, so they join nothing)
    again = _again(message, previous, draft, media, lang, plan, made)
    if again is not None:
        return again
    joined = _joined(message, previous, draft, media, lang, plan, made)
    # (the request before changes what the message does: "mute it" after "background music at 20%")
    if (joined is not None and joined[0].draft is not None and joined[0].draft != alone.draft
            and not _on_the_video(low, joined[1], previous, made)):
        if not _spreads(joined[1], previous):
            return joined[0]
        return PlanResult(None, say(lang, "ask.what", word=said.strip()), [], understood=True, edited=False,
                          lang=lang, question=True)
    alone_seen: list[str] = []
    if not lone and _STRONGLY_BACK.search(low):  # (the edits read alone, for the question only: one more reading)
        plan(message, draft, media, lang, seen=alone_seen)
    # (a message that only pointed back, that nothing before fits: "刚才那个改成红色" after "关闭缩放")
    if (_on_the_video(low, alone_seen or (joined[1] if joined is not None else []), previous, made)
            or (lone and _STRONGLY_BACK.search(low))):
        return PlanResult(None, say(lang, "ask.what", word=said.strip()), [], understood=True, edited=False,
                          lang=lang, question=True)
    return alone


def _spreads(keys: list[str], previous: str) -> bool:
    """A look read with a request of one picture's caption that falls on every caption ('caption image 2 "Gold"' then
    "改成黄色"): a caption has no look of its own, so which was meant is asked."""
    return bool(_PICTURE.search(_unquoted(previous.lower()))) and any(
        k.startswith("text_style:") and "target='captions'" in k for k in keys)


# a thing asked back after the edit that took it away or turned it round ("put it back", "再倒回来", "actually bring them
# back", "恢复"): an edit that is its own inverse (reverse, swap) is made again; any other (a thing removed or turned
# off, a volume changed) is undone (the reply says it goes back one version; the engine says which edit it reverted)
_BACK = compile_led(
    r"\b(?:put|bring|add|turn|switch|change|swap|flip|reverse|set|move)\s+(?:(?:it|them|that|those|this|all)\s+)?back\b"
    r"(?:\s+(?:on|in|again|the\s+way\s+it\s+was))?|\bundo\s+that\b|\brestore\s+(?:it|them|that)\b"
    r"|倒回|回来|回去|加回|放回|换回|恢复|还原")
_BACK_FILLER = compile_led(r"(?:\b(?:actually|no|nope|wait|please|pls|oh|hmm+|sorry|ok|okay|again|just|can|you|i|changed|"
                          r"my|mind|on|to)\b|再|又|吧|了|呢|把它|把|它|给我|一下|还是|算了|出来|来|去|个|[\s,，.。!！~;；:：?？])*")
_INVOLUTIONS = frozenset({"reverse", "swap"})


def _named_as_it(low: str, prev: str) -> str:
    """``low`` with the one thing the request before named said as "it" / "它" ("put the music back": "put it back")."""
    thing = _one(_THING_RX, _unquoted(_thing_words(prev)), _THINGS)
    if thing is None:
        return low
    words = "|".join(re.escape(w) for w in sorted(_THINGS[thing[0]], key=longest))
    return re.sub(rf"(?:\b(?:the|my|our)\s+)?(?<![a-z])(?:{words})(?![a-z])",
                  lambda m: "它" if not m.group(0).isascii() else "it", low)


def _back(message: str, previous: str, draft: dict | None, media: list[PlannerMedia], lang: Lang, plan: Planner,
          made: list[str]) -> PlanResult | None:
    """"put it back" after the request before: that edit reverted (made again when it is its own inverse). The thing
    that request named stands for "it" ("bring the music back" after "mute the music", "把音乐加回来")."""
    low = _named_as_it(message.lower().strip(), previous.lower())
    if not made or not _BACK.search(low) or not _BACK_FILLER.fullmatch(_BACK.sub(" ", low)):
        return None
    if _kinds(made) <= _INVOLUTIONS:
        result = plan(previous, draft, media, lang)
        return result if result.draft is not None else None
    if made:  # (any other edit: "change it back" after "make the music quieter" is that edit undone)
        return PlanResult(None, say(lang, "undo"), [{"name": "undo", "args": {}}], understood=True, edited=False,
                          undo=True, lang=lang, undo_steps=1)
    return None


def _on_the_video(low: str, keys: list[str], previous: str, made: list[str]) -> bool:
    """A message pointing back at the thing edited before, read as an edit of the whole video it does not name,
    after an edit of something else ("make that 3 seconds" after "mute the music"): which thing is not known."""
    return (bool(keys) and all(_WHOLE_VIDEO.search(k) for k in keys) and bool(_STRONGLY_BACK.search(low))
            and not _NAMES_VIDEO.search(low) and not _NAMES_VIDEO.search(previous.lower())
            and not any(_WHOLE_BEFORE.search(k) for k in made))
