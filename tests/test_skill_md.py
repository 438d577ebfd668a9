"""SKILL.md meets the Agent Skills standard and says what the host agent needs, in checkable form."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SKILL_MD = ROOT / "SKILL.md"
AGENTSKILLS = Path(sys.executable).with_name("agentskills")
ALLOWED_TOP = {"name", "description", "license", "compatibility", "allowed-tools", "metadata"}


def split(text: str) -> tuple[dict, str]:
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    assert m, "SKILL.md must start with YAML frontmatter"
    return yaml.safe_load(m.group(1)), m.group(2)


FM, BODY = split(SKILL_MD.read_text(encoding="utf-8"))


def bash_blocks(text: str) -> list[str]:
    return re.findall(r"^```bash\n(.*?)^```", text, re.S | re.M)


def test_frontmatter_fields() -> None:
    assert set(FM) <= ALLOWED_TOP, f"unexpected top-level keys: {set(FM) - ALLOWED_TOP}"
    assert FM["name"] == "media-content-generator"
    desc = FM["description"]
    assert 100 <= len(desc) <= 1024
    assert "Use when" in desc, "the description must say when to use the skill"
    assert re.search(r"[\u4e00-\u9fff]", desc), "Chinese trigger words expected in the description"
    for word in ("video", "MP4", "export"):
        assert word in desc
    meta = FM["metadata"]
    assert isinstance(meta, dict) and meta, "metadata must be a block map"
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items()), "metadata: strings only"
    assert {"version", "author", "attribution"} <= set(meta)
    assert "TK 8544" in meta["attribution"] and "NemoVideo" in meta["attribution"]


def test_metadata_is_block_style() -> None:
    """strictyaml (skills-ref) rejects flow maps such as metadata: {"openclaw": ...}."""
    fm_text = SKILL_MD.read_text(encoding="utf-8").split("---\n")[1]
    assert not re.search(r"^metadata:\s*\{", fm_text, re.M)


def test_body_length_and_sections() -> None:
    total = len(SKILL_MD.read_text(encoding="utf-8").splitlines())
    assert total < 500, f"SKILL.md has {total} lines; the standard asks for under 500"
    for needle in ("NEMO_API_URL=local", "Never run the same chat message twice", "scripts/doctor"):
        assert needle in BODY


def test_validator_accepts_a_copy_named_after_the_skill(tmp_path: Path) -> None:
    skill = tmp_path / "media-content-generator"
    skill.mkdir()
    shutil.copy(SKILL_MD, skill / "SKILL.md")
    proc = subprocess.run([str(AGENTSKILLS), "validate", str(skill)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # and the validator does fail on a wrongly named folder (so the check above means something)
    wrong = tmp_path / "wrong-name"
    shutil.copytree(skill, wrong)
    assert subprocess.run([str(AGENTSKILLS), "validate", str(wrong)], capture_output=True).returncode == 1


def test_routing_table_has_english_and_chinese_keywords() -> None:
    section = BODY.split("## 2.")[1].split("## 3.")[0]
    for word in ("export", "导出", "download", "credits", "积分", "balance", "余额", "status", "状态",
                 "show tracks", "upload", "上传"):
        assert word in section, word
    for script in ("scripts/export", "scripts/credits", "scripts/state", "scripts/upload", "scripts/chat"):
        assert script in section, script


def test_gui_translation_table() -> None:
    for phrase in ('"click [button]"', "点击", '"open [panel]"', "打开", '"drag/drop"', "拖拽",
                   '"preview in timeline"', '"Export button"'):
        assert phrase in BODY, phrase


def test_error_codes_and_exit_codes_covered() -> None:
    from nemo_skill.client import errors

    section = BODY.split("## 8.")[1].split("## 9.")[0]
    for code in ("1001", "1002", "2001", "4001", "4002", "400", "402", "429"):
        assert re.search(rf"^\| {code} \|", section, re.M), f"error code {code} missing"
    exit_codes = {v for k, v in vars(errors).items() if k.isupper() and isinstance(v, int)}
    assert exit_codes, "the client defines exit codes"
    for code in sorted(exit_codes):
        assert re.search(rf"\b{code}\b", section.split("Exit code")[1]), f"exit code {code} not explained"


def test_code_blocks_run_known_scripts_with_one_placeholder_form() -> None:
    scripts = {p.name for p in (ROOT / "scripts").iterdir() if p.is_file() and not p.name.startswith("_")}
    commands = [line for block in bash_blocks(BODY) for line in block.splitlines() if line.strip()]
    assert len(commands) >= 6
    used = set()
    for line in commands:
        if line.startswith("export "):
            assert re.fullmatch(r"export [A-Z_]+=\S+", line), line
            continue
        m = re.match(r"scripts/([a-z]+)\b", line)
        assert m, f"every command runs a script of this skill: {line!r}"
        assert m.group(1) in scripts, f"{line!r}: no scripts/{m.group(1)}"
        used.add(m.group(1))
        # placeholders: exactly one form, "<name>" inside double quotes
        for ph in re.findall(r"<[^>]*>", line):
            assert re.search(rf'"{re.escape(ph)}"', line), f"placeholder {ph} must be quoted: {line!r}"
            assert re.fullmatch(r"<[a-z][a-z0-9.]*>", ph), f"placeholder form is <lowercase>: {ph}"
    assert {"connect", "upload", "chat", "state", "export"} <= used


@pytest.mark.parametrize("placeholder", ["<file>", "<message>", "<out.mp4>"])
def test_expected_placeholders_present(placeholder: str) -> None:
    assert any(placeholder in block for block in bash_blocks(BODY))


def test_routing_table_agrees_with_the_router() -> None:
    """Every quoted keyword in SKILL.md's routing table routes where the table says (scripts/route)."""
    from nemo_skill.client.route import route

    section = BODY.split("## 2.")[1].split("## 3.")[0]
    rows = [r for r in section.splitlines() if r.startswith("| ") and "scripts/" in r]
    assert len(rows) == 5
    checked = 0
    for row in rows:
        said, run_cell = row.split(" | ")[0:2]
        action = re.search(r"scripts/([a-z]+)", run_cell).group(1)
        if action == "chat":
            words = re.findall(r"[\u4e00-\u9fff]+", said) + ["add music", "combine these images"]
        else:
            words = re.findall(r'"([^"]+)"', said) + re.findall(r"[\u4e00-\u9fff]+", said)
        for word in words:
            assert route(word) == action, f"{word!r} routes to {route(word)}, SKILL.md says {action}"
            checked += 1
    assert checked >= 20
