"""An order said as a list of places ("帽子第一，手表第二，鞋子第三，背包放最后", "戒指第1张、手表第2张、鞋子第3张"), written as
the one order the ordering edit reads ("顺序改成帽子、手表、鞋子、背包"). Read one by one the places moved the pictures one
after another, and the last moves undid the first (set EG eg105: one picture moved, the rest named not understood)."""

from __future__ import annotations

import re

from .anchors import compile_led

# a picture's name as a list says it: a word of up to 12 characters
_NAME = r"[\u4e00-\u9fffa-z][\u4e00-\u9fffa-z0-9\-.]{0,11}?"


# one item: a name, then its place (a number, first or last), joined by 放 / 排 / 在 or nothing
def _item(named: bool) -> str:
    g = (lambda name: f"?P<{name}>") if named else (lambda name: "?:")
    return (rf"({g('name')}{_NAME})\s*(?:那张|的图片?|图片|的照片|照片)?\s*(?:放|排|放在|排在|在)?\s*"
            rf"(?:第\s*({g('n')}\d+)\s*(?:张|个|位)?|({g('first')}最前面?|最开始|开头)|({g('last')}最后面?|最后1张|末尾))")


_ITEM_RX = compile_led(_item(True))
# three or more items in a row, each a clause of its own
_LIST = compile_led(rf"{_item(False)}(?:\s*[,，、;；]\s*{_item(False)}){{2,}}")
# what the list is of, said before it ("四张图顺序改一下：", "顺序：")
_LEAD = compile_led(r"(?:\d+\s*张\s*(?:图|图片)?\s*)?(?:的)?\s*顺序\s*(?:(?:改|调|换|调整)\s*[一1]?\s*下|改成|改为|这样排|如下)?\s*[:：,，]?\s*$")


def _order(said: str) -> list[str] | None:
    """The names in the order their places say, or None when the places are not 1..n once each."""
    items = list(_ITEM_RX.finditer(said))
    n = len(items)
    places: dict[int, str] = {}
    for m in items:
        at = 1 if m.group("first") else n if m.group("last") else int(m.group("n"))
        if at in places or not 1 <= at <= n:
            return None
        places[at] = m.group("name")
    return [places[k] for k in range(1, n + 1)]


# a place's own words, and how far apart two places of one list can start: a place (5 characters at most, "第 12 张"), a
# comma, a name (12), its noun (3), 放在 (2), with room for spaces
_PLACE = compile_led(r"第\s*\d|最前|最开始|开头|最后|末尾")
_GAP = 32


def _windows(low: str) -> list[tuple[int, int]]:
    """The stretches of ``low`` that may hold a list: three places or more, each close to the next. ``_LIST`` tried at
    every character of a 4000-character message was 4.9 ms of the bench's Chinese one (9 ms without punctuation);
    its places are far apart."""
    marks = [m.start() for m in _PLACE.finditer(low)]
    out: list[tuple[int, int]] = []
    first = 0
    for k in range(1, len(marks) + 1):
        if k == len(marks) or marks[k] - marks[k - 1] > _GAP:
            if k - first >= 3:
                out.append((max(0, marks[first] - _GAP), min(len(low), marks[k - 1] + _GAP)))
            first = k
    return out


# the first places said one by one, then the rest in a row: "手表放第一，戒指第二，后面依次是运动鞋、背包、帽子", "手表放第一张，背包放第二张，
# 后面是运动鞋和帽子" (only the first was moved, or nothing was understood; dev set IJ ij056 ij117)
_REST = (r"\s*[,，;；]\s*(?:后面|然后|接着|再往后|之后|其余的?|剩下的?)\s*(?:的)?\s*(?:依次|按顺序|分别)?\s*(?:是|放|接|排)?\s*"
         rf"(?P<rest>{_NAME}(?:\s*(?:、|和|跟)\s*{_NAME})+)(?=\s*(?:$|[。;；!！,，]))")
_FIRST_THEN_REST = compile_led(rf"{_item(False)}(?:\s*[,，、;；]\s*{_item(False)})*{_REST}")
_REST_WORD = compile_led(r"后面|然后|接着|再往后|之后|其余|剩下")
_ORDER_LEAD = compile_led(r"[^,，。;；:：]{0,14}?顺序[^,，。;；:：]{0,10}?[:：]\s*$")
_REST_SPLIT = compile_led(r"\s*(?:、|和|跟)\s*")


def _first_then_rest(low: str) -> str:
    """``low`` with the first places said one by one and the rest in a row (``_FIRST_THEN_REST``) written as one order;
    the places said must be 1, 2, … in turn."""
    for w in _REST_WORD.finditer(low):
        m = _FIRST_THEN_REST.search(low, max(0, w.start() - 60), min(len(low), w.end() + 60))
        if m is None or not m.start() <= w.start() < m.end():
            continue
        items = list(_ITEM_RX.finditer(low, m.start(), m.start("rest")))
        if any(i.group("last") or i.group("first") and k or i.group("n") and int(i.group("n")) != k + 1
               for k, i in enumerate(items)):
            continue
        names = [i.group("name") for i in items] + [n for n in _REST_SPLIT.split(m.group("rest")) if n]
        # (with what the list is of, said before it: "五个产品的顺序我想调一下：")
        lead = _ORDER_LEAD.search(low, max(0, m.start() - 30), m.start())
        start = lead.start() if lead else m.start()
        return low[:start] + "顺序改成" + "、".join(names) + _first_then_rest(low[m.end():])
    return low


def place_lists(low: str) -> str:
    """``low`` with an order said as a list of places (Chinese) written as "顺序改成A、B、C"; the rest as it was."""
    if "第" not in low and "最后" not in low:
        return low
    low = _first_then_rest(low)

    def written(m: re.Match[str]) -> str:
        order = _order(m.group(0))
        if order is None:
            return m.group(0)
        # (one put last is last of the whole video, which may have more pictures than the list names)
        last = next((i.group("name") for i in _ITEM_RX.finditer(m.group(0)) if i.group("last")), None)
        if last is None:
            return "顺序改成" + "、".join(order)
        return "顺序改成" + "、".join(n for n in order if n != last) + f"。{last}放最后"

    out, at = [], 0
    for m in (m for lo, hi in _windows(low) for m in _LIST.finditer(low, lo, hi)):
        lead = _LEAD.search(low, 0, m.start())
        start = lead.start() if lead else m.start()
        if start < at:
            continue
        said = written(m)
        out.append(low[at:start] + (said if said != m.group(0) else low[start:m.end()]))
        at = m.end()
    return "".join(out) + low[at:]
