"""Every registered edit is complete (args dataclass, typed apply, calls, EN+ZH sentences, examples that
work, topics, its grammar row), and every reply over the whole corpus is true to the draft's difference."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import re
import string
import typing

import pytest
from planner_corpus import GROUP, MEDIA, base, load, planned

from nemo_skill.local.planner import plan
from nemo_skill.local.planner.diff import CONSEQUENCES, TOPICS, topics
from nemo_skill.local.planner.docs import grammar_rows
from nemo_skill.local.planner.registry import edits
from nemo_skill.local.planner.vocab import OPS, TARGETS

EDITS = edits()
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_edit_is_complete(kind: str) -> None:
    edit = EDITS[kind]
    assert dataclasses.is_dataclass(edit.args) and edit.args.__dataclass_params__.frozen  # type: ignore[attr-defined]
    hints = typing.get_type_hints(edit.apply)
    params = list(inspect.signature(edit.apply).parameters)
    assert len(params) == 2 and hints[params[1]] is edit.args, "apply(work, args: <its dataclass>) -- no **kwargs"
    assert edit.calls and all(re.fullmatch(r"[a-z_]+", c) for c in edit.calls)
    assert edit.sentences
    fields = string.Formatter()
    for key, (en, zh) in edit.sentences.items():
        assert en and zh, key
        if isinstance(en, str) and isinstance(zh, str):
            assert {f for _, f, _, _ in fields.parse(en) if f} == {f for _, f, _, _ in fields.parse(zh) if f}, key
    assert any(CJK.search(x) for x in edit.examples) and any(not CJK.search(x) for x in edit.examples)
    assert edit.topics and set(edit.topics) <= set(TOPICS)
    assert edit.doc.title and edit.doc.changes and CJK.search(edit.doc.title_zh)
    phrased = {k for e in EDITS.values() for p in e.phrases for k in p.kinds}
    assert edit.frames or kind in phrased, "read by no frame and no phrase rule"
    for r in edit.frames:
        assert r.targets <= set(TARGETS) | {"none", "fit"}, r.targets
        assert r.ops <= set(OPS) | {"implied", "*"}, r.ops


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_examples_do_that_edit(kind: str) -> None:
    """Each example, sent on a draft it applies to, is understood and reported as this edit."""
    edit = EDITS[kind]
    drafts = [(base(name), MEDIA[name]) for name in ("promo", "clip", "extra")]
    for other in edit.examples:  # "duck the music" is tried after "don't duck the music" too
        after = plan(other, base("promo"), MEDIA["promo"]).draft
        if after is not None:
            drafts.append((after, MEDIA["promo"]))
    for example in edit.examples:
        for draft, media in drafts:
            result = plan(example, copy.deepcopy(draft), media)
            if result.edited and kind in result.said:
                break
        else:
            pytest.fail(f"{kind}: {example!r} -> {result.reply}")


def test_every_edit_has_its_grammar_row() -> None:
    rows = grammar_rows()
    for kind, edit in EDITS.items():
        assert any(edit.doc.title in row and all(f"`{c}`" in row for c in edit.calls) for row in rows), kind


@pytest.mark.slow
@pytest.mark.xdist_group(GROUP)
def test_replies_are_true_to_the_difference() -> None:
    """Over the whole corpus: each edit the reply reports changed its part of the draft, nothing changed that no
    reported edit may change, "nothing changed" only when nothing did, and a question changes nothing."""
    problems = []
    for case in load():
        before = base(case.on)
        result = planned(case.say, case.on)
        if result.draft is None:
            if result.question and result.calls:
                problems.append(f"{case.label()}: a question with calls")
            continue
        changed = topics(before, result.draft)
        if not changed:
            problems.append(f"{case.label()}: edited=True but nothing differs")
        allowed = set(CONSEQUENCES)
        for kind in result.said:
            may = set(EDITS[kind].topics) if kind in EDITS else set(TOPICS)  # a first cut makes everything
            allowed |= may
            if not may & changed:
                problems.append(f"{case.label()}: reports {kind} but {sorted(may)} did not change")
        if "visuals" in allowed:  # pictures going or coming re-deal the cuts, the motion cycle and clip sound
            allowed |= {"transitions", "order", "motion", "audio"}
        if changed - allowed:
            problems.append(f"{case.label()}: {sorted(changed - allowed)} changed without a sentence saying so")
        if re.search(r"(?i:nothing (?:was )?changed)|没有做任何改动", result.reply) and "already like that" not in result.reply:
            problems.append(f"{case.label()}: says nothing changed but {sorted(changed)} did")
    print("\n".join(problems))
    assert not problems


def test_generated_docs_do_not_drift() -> None:
    """docs/planner-grammar.md's edits table and SKILL.md's list of local edits are generated from the registry."""
    from nemo_skill.local.planner.docs import MARKS, generated

    for path in MARKS:
        assert generated(path) == path.read_text(encoding="utf-8"), (
            f"{path.name} is out of date: run python -m nemo_skill.local.planner.docs --write")


@pytest.mark.slow
@pytest.mark.xdist_group(GROUP)
def test_every_suggestion_is_understood_as_it_is() -> None:
    """Over the corpus: each "did you mean" option, sent back on the same draft, is understood (a host agent sends it
    as is); and there are one to three of them."""
    checked = 0
    for case in load():
        result = planned(case.say, case.on)
        if not result.suggestions:
            continue
        assert 1 <= len(result.suggestions) <= 3 and all(s in result.reply for s in result.suggestions)
        for suggestion in result.suggestions:
            again = planned(suggestion, case.on)
            assert again.understood and not again.suggestions, (case.label(), suggestion, again.reply)
            checked += 1
    assert checked >= 3


def test_side_effects_are_said() -> None:
    with_captions = plan("add captions", base("extra"), MEDIA["extra"]).draft
    added = plan("add gold-ring.jpg", with_captions, MEDIA["extra"])
    assert "caption 'Gold Ring' made from its file name" in added.reply
    removed = plan("delete image 2", base("promo"), MEDIA["promo"])
    assert "and its caption 'Blue Backpack'" in removed.reply
    zh = plan("删除第二张图片", base("promo"), MEDIA["promo"])
    assert "及其字幕「Blue Backpack」" in zh.reply


def test_questions_change_nothing_and_name_the_readings() -> None:
    two_clips = plan("remove the clip", base("twoclips"), MEDIA["twoclips"])
    assert two_clips.question and two_clips.draft is None and not two_clips.calls
    assert "clip 1 (clip)" in two_clips.reply and "clip 2 (unboxing)" in two_clips.reply
    text = plan("remove the text", base("promo"), MEDIA["promo"])
    assert text.question and all(x in text.reply for x in ("'remove the title'", "'remove the captions'"))
    volume = plan("make it louder", base("promo"), MEDIA["promo"])
    assert volume.question and "Voiceover" in volume.reply and "Background music" in volume.reply
