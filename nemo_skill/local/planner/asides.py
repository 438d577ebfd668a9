"""What a message says in passing, in parentheses: the file of a thing already named ("music (lofi.mp3) -> 0.2", "Swap
slides 2 and 4 (blue-backpack.jpg <-> black-cap.jpg)", "Both clips (clip.mp4, unboxing.mp4) at 2x speed"), what stays as
it is ("(leave clip.mp4 at 100%)", "(rest unchanged)", "(keep it top right)") and how things are now ("(lofi.mp3 is at
0.35 now)"). None of it is a wish, and read as words of the wish it broke the wish around it: the file named twice was
looked for as a second thing, what stays was done, the value now was read as the new one (set EO: a terse host agent
writes these in one row of four).

An aside that says a value of the wish ("fade out (1.5s)", "Add end card: 'Shop now' (4s)", "(black)") is kept for the
readers after this one.
"""

from __future__ import annotations

import re

from .anchors import compile_led

_ASIDE = compile_led(r"\s*\(([^()]{1,90})\)")
# a thing's name alone: a file, "slide 4", "image 2", the sound tracks
_NAME = (r"(?:the\s+)?(?:[a-z0-9][a-z0-9_\-]*\.(?:jpe?g|png|webp|gif|mp4|mov|webm|m4v|mp3|wav|m4a|aac|ogg)"
         r"|(?:slide|image|photo|picture|pic|img|shot|clip|video)\s*#?\d+|music|voiceover|voice|vo|narration|title|captions?)")
_NAMES_ONLY = compile_led(rf"{_NAME}(?:\s*(?:,|\+|&|\band\b|<-?>|<=>|<|>|/|\bvs\.?|→|->)\s*{_NAME})*")
# what stays, or how it is now
_KEPT_OR_NOW = compile_led(
    r"\b(?:leave|leaving|keep|keeping|unchanged|untouched|intact|stays?|remains?|as\s+(?:it\s+)?is|rest|others?|same"
    r"|currently|right\s+now|at\s+the\s+moment|now|was|were|already|default|not\s+muted)\b"
    r"|不变|不动|别动|保持|现在|目前|原来"
    # ... or why: "(cinematic look)", "(it's a discount promo, 30% off week)", "(for the Instagram feed)"
    r"|^(?:for|it'?s|it\s+is|since|because|so\s+that|they|we|as\s+(?:a|an|the))\b|\b(?:look|feel|vibe|mood)$")


# one picture's file after a place ("delete the third photo (gold-ring.jpg)"): kept, for the planner checks that the place
# and the name are one picture and asks when they are not (corpus wave38_lead)
_PLACED_FILE = compile_led(r"[a-z0-9][a-z0-9_\-]*\.(?:jpe?g|png|webp|gif)")
_PLACE_BEFORE = compile_led(r"(?:\b(?:first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th))\s+(?:[a-z]+\s+)?"
                            r"(?:photo|picture|pic|image|img|shot|slide|one)|\b(?:photo|picture|pic|image|img|shot|slide)\s*#?\d+"
                            r"|第\s*\d+\s*张(?:图片?|照片)?)\s*$")


# a number in brackets after a wish of a direction is its amount ("shorter (we agreed on 18 seconds)" lost the number as a
# why; "shorter (18 seconds), no slow zoom" made it 18 s shorter; set FN fn136)
# (a share in brackets stays for the readers after: "softer (10%)")
_VAGUE_BEFORE = compile_led(r"\b(?:shorter|longer)\s*$")
_AMOUNT = compile_led(r"\d+(?:\.\d+)?\s*(?:s\b|secs?\b|seconds?\b)")


def _aside(m: re.Match[str]) -> str:
    inner = m.group(1).strip()
    if _VAGUE_BEFORE.search(m.string, 0, m.start()) and len(amounts := _AMOUNT.findall(inner)) == 1:
        return f", like {amounts[0]}"
    if _PLACED_FILE.fullmatch(inner) and _PLACE_BEFORE.search(m.string, 0, m.start()):
        return m.group(0)
    if _NAMES_ONLY.fullmatch(inner) or _KEPT_OR_NOW.search(inner):
        return " "
    return m.group(0)


def asides(low: str) -> str:
    """``low`` without the asides in parentheses that only name, keep or describe (the others as they were)."""
    return _ASIDE.sub(_aside, low) if "(" in low else low

