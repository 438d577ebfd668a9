"""Documentation generated from the registry: the edits table of docs/planner-grammar.md and the list of what
the local engine can edit in SKILL.md, each between markers so that they never drift.

    python -m nemo_skill.local.planner.docs          # exit 1 and say which file differs
    python -m nemo_skill.local.planner.docs --write  # rewrite the generated parts
"""

from __future__ import annotations

import sys
from pathlib import Path

from .anchors import compile_led
from .registry import edits

ROOT = Path(__file__).resolve().parents[3]
GRAMMAR = ROOT / "docs" / "planner-grammar.md"
SKILL = ROOT / "SKILL.md"
_CJK = compile_led(r"[\u4e00-\u9fff]")


def _code(items: list[str]) -> str:
    return ", ".join(f"`{x}`" for x in items)


def grammar_rows() -> list[str]:
    out = []
    for edit in edits().values():
        en = [x for x in edit.examples if not _CJK.search(x)]
        zh = [x for x in edit.examples if _CJK.search(x)]
        out.append(f"| {edit.doc.title} / {_code(list(edit.calls))} | {_code(en)} | {_code(zh)} | {edit.doc.changes} |")
    return out


def grammar_table() -> str:
    head = ["| edit / call | English (examples, each tested) | Chinese (examples, each tested) | what changes |",
            "|---|---|---|---|"]
    return "\n".join(head + grammar_rows())


def skill_section() -> str:
    lines = ["On the local engine (`NEMO_API_URL=local`) the chat understands these edits (English or Chinese,",
             "several per message); send the person's words as they are:", ""]
    for edit in edits().values():
        en = [x for x in edit.examples if not _CJK.search(x)][:2]
        zh = [x for x in edit.examples if _CJK.search(x)][:1]
        lines.append(f"- {edit.doc.title}: {', '.join(repr(x) for x in en + zh)}")
    lines += ["",
              "When the local engine answers \"Did you mean 'A', 'B' or 'C'?\", each option is a request it understands:",
              "pick the one that matches what the person wants and send it as it is (or ask the person). When it asks",
              "which one (\"Which one do you mean: clip 1 or clip 2?\"), nothing changed and no credit was spent, and",
              "`scripts/chat --json` says `\"question\": true` with the readings in `\"choices\"` (e.g. `[\"clip 1 (clip)\",",
              "\"clip 2 (unboxing)\"]`): ask the person, then send the whole request again naming their choice (\"remove",
              "clip 2\"). \"undo\", \"undo the last two edits\" and \"go back to before the captions\" revert edits; the reply",
              "names what was undone."]
    return "\n".join(lines)


MARKS = {GRAMMAR: ("<!-- generated: edits table (python -m nemo_skill.local.planner.docs --write) -->",
                   "<!-- end of generated edits table -->", grammar_table),
         SKILL: ("<!-- generated: local engine edits (python -m nemo_skill.local.planner.docs --write) -->",
                 "<!-- end of generated local engine edits -->", skill_section)}


def generated(path: Path) -> str:
    """The file's text with its generated part brought up to date."""
    start, end, make = MARKS[path]
    text = path.read_text(encoding="utf-8")
    a, b = text.index(start) + len(start), text.index(end)
    return text[:a] + "\n" + make() + "\n" + text[b:]


def main(argv: list[str]) -> int:
    stale = [p for p in MARKS if generated(p) != p.read_text(encoding="utf-8")]
    if "--write" in argv:
        for p in stale:
            p.write_text(generated(p), encoding="utf-8")
        return 0
    for p in stale:
        print(f"{p.relative_to(ROOT)} is out of date: run python -m nemo_skill.local.planner.docs --write")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
