"""Text animations, in and out: one declaration each in ``ANIMATIONS``.

An animation is what a card does over its length as expressions of ``E``, the eased progress
(0 when the card is off, 1 when it is fully shown; the entrance runs it forwards, the exit
backwards): its alpha, an offset, a scale, or which of its letters or words show (typewriter).
A slide is named by the way the text moves, in and out: an exit runs backwards with its offset
mirrored, so ``slide_left`` comes in moving left and goes out moving left. (Run plainly backwards,
"slide out to the left" stored as ``slide_left`` left to the right; five blind writers of request
sets named exits this way, and a planner fix that stored the opposite name made them wrong.)
``layers.text_layer`` turns them into FFmpeg filters: ``fade`` on the alpha, overlay ``x``/``y``
expressions, ``scale`` evaluated per frame, or a sequence of pre-drawn cards.
The schema's animation ``type`` enum is this table's keys (``tests/test_render_promo.py`` checks).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Animation:
    doc: str
    fade: bool = False  # the alpha follows E
    dx: str = ""  # pixels added to x, an expression of E, cw (card width), W (canvas width)
    dy: str = ""  # pixels added to y, of E, ch (card height), H (canvas height)
    scale: str = ""  # the card's scale, of E
    reveal: str = ""  # "letter" or "word": the text appears (or goes) a piece at a time


ANIMATIONS: dict[str, Animation] = {
    "none": Animation("no animation: on and off on its frames"),
    "fade": Animation("alpha from 0 to 1", fade=True),
    "pop": Animation("grows from 60 % to full size about its centre while fading in", fade=True,
                     scale="(0.6+0.4*E)"),
    "slide_up": Animation("rises from 8 % of the frame height below its place while fading in", fade=True,
                          dy="((1-E)*H*0.08)"),
    "slide_left": Animation("moves in from 10 % of the frame width to the right while fading in", fade=True,
                            dx="((1-E)*W*0.10)"),
    "slide_right": Animation("moves in from 10 % of the frame width to the left while fading in", fade=True,
                             dx="(-(1-E)*W*0.10)"),
    "slide_down": Animation("comes down from 8 % of the frame height above its place while fading in", fade=True,
                            dy="(-(1-E)*H*0.08)"),
    "typewriter": Animation("letter by letter", reveal="letter"),
    "typewriter_word": Animation("word by word", reveal="word"),
}

DEFAULT_LENGTH_MS = 250  # the fade text had before animations (style fi / fo)
EASE = "(1-pow(1-{p},3))"  # ease-out cubic: fast start, gentle landing


def progress(t0: float, length: float, entering: bool) -> str:
    """``E`` over time ``t`` (seconds) for an animation from ``t0`` lasting ``length``: entering it
    runs 0 -> 1 from t0, leaving 1 -> 0 up to ``t0 + length``."""
    if entering:
        p = f"clip((t-{t0:.6f})/{length:.6f},0,1)"
    else:
        p = f"clip(({t0 + length:.6f}-t)/{length:.6f},0,1)"
    return EASE.format(p=p)


def steps(text: str, reveal: str) -> list[int]:
    """How many characters show at each step of a typewriter: every letter, or every word's end
    (spaces are not steps)."""
    if reveal == "word":
        ends = [k for k in range(1, len(text) + 1) if not text[k - 1].isspace()
                and (k == len(text) or text[k].isspace())]
    else:
        ends = [k for k in range(1, len(text) + 1) if not text[k - 1].isspace()]
    return ends or [len(text)]
