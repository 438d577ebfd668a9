"""The sources hold no control characters: a regex written as "\b" in a non-raw string is a backspace, which matches
nothing a person types (a rule written so read nothing, silently; found in a planner edit of session 43)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_control_characters_in_sources() -> None:
    bad = [f"{p.relative_to(ROOT)}:{n}" for p in sorted((ROOT / "nemo_skill").rglob("*.py"))
           for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
           if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", line)]
    assert not bad, f"control characters in: {bad}"
