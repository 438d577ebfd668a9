"""skill.yaml describes what exists: the scripts, their options, their --json keys, the settings."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = yaml.safe_load((ROOT / "skill.yaml").read_text(encoding="utf-8"))
COMMON_OPTIONS = {"--json", "--verbose", "--help"}


def existing_scripts() -> set[str]:
    return {p.name for p in (ROOT / "scripts").iterdir()
            if p.is_file() and not p.name.startswith("_") and p.stat().st_mode & 0o111}


def json_keys(name: str) -> set[str]:
    return set(MANIFEST["scripts"][name]["json"])


def test_lists_exactly_the_scripts_that_exist() -> None:
    assert set(MANIFEST["scripts"]) == existing_scripts()


def test_required_fields() -> None:
    for key in ("name", "version", "description", "scripts", "env", "platforms", "exit_codes"):
        assert MANIFEST.get(key), key
    assert MANIFEST["name"] == "media-content-generator"
    hosts = {h["name"]: h for h in MANIFEST["platforms"]["hosts"]}
    assert set(hosts) == {"cursor", "clawhub", "openclaw", "claude"}
    makefile = (ROOT / "Makefile").read_text()
    for host in hosts:
        assert f"install-{host}" in hosts[host]["install"]
        assert re.search(r"^\$\(addprefix install-,\$\(INSTALL_HOSTS\)\)", makefile, re.M)
        assert host in re.search(r"^INSTALL_HOSTS := (.*)$", makefile, re.M).group(1).split()


def test_platform_values_match_the_clients_detection(tmp_path: Path) -> None:
    from nemo_skill.client.attribution import detect_platform

    for host in MANIFEST["platforms"]["hosts"]:
        where = Path(host["skills_dir"].split()[0].replace("~", str(tmp_path)))
        assert detect_platform(where, tmp_path) == host["x_skill_platform"], host["name"]


@pytest.mark.parametrize("name", sorted(existing_scripts()))
def test_options_match_help(name: str) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / name), "--help"], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    in_help = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", proc.stdout)) - COMMON_OPTIONS
    listed = {a for a in (MANIFEST["scripts"][name]["arguments"] or {}) if a.startswith("--")}
    assert listed == in_help, f"{name}: skill.yaml {sorted(listed)} vs --help {sorted(in_help)}"
    assert MANIFEST["scripts"][name]["usage"].startswith(f"scripts/{name}")


def test_env_lists_every_setting_the_code_reads() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "nemo_skill" / "client").glob("*.py"))
    read_by_client = set(re.findall(r"\b(NEMO_[A-Z0-9_]+|SKILL_SOURCE)\b", code))
    listed = set(MANIFEST["env"])
    assert read_by_client - listed == set(), "settings the client reads but skill.yaml omits"
    assert {"NEMO_TOKEN", "NEMO_API_URL", "NEMO_WEB_URL", "NEMO_CLIENT_ID", "SKILL_SOURCE", "NEMO_CONFIG_DIR",
            "NEMO_LOCAL_DATA", "NEMO_FFMPEG"} <= listed
    everything = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "nemo_skill").rglob("*.py"))
    for var in listed:
        assert var in everything, f"skill.yaml lists {var}, which no code reads"


def test_exit_codes_match_the_client() -> None:
    from nemo_skill.client import errors

    codes = {v for k, v in vars(errors).items() if k.isupper() and isinstance(v, int)}
    documented = set(re.findall(r"^\| (\d+) \|", (ROOT / "docs" / "exit-codes.md").read_text(), re.M))
    assert set(MANIFEST["exit_codes"]) == codes | {int(c) for c in documented}


def test_json_keys_are_what_the_scripts_print(run_script, media_dir: Path) -> None:
    def js(name: str, *args: str) -> dict:
        proc = run_script(name, *args, "--json", timeout=180, env={"NEMO_RENDER_POLL_S": "1", "NEMO_RENDER_MAX_POLLS": "300"})
        assert proc.returncode == 0, proc.stdout + proc.stderr
        doc = json.loads(proc.stdout)
        assert doc.pop("ok") is True
        return doc

    assert set(js("connect")) == json_keys("connect")
    assert set(js("route", "export it")) == json_keys("route")
    up = js("upload", str(media_dir / "red-sneaker.jpg"), str(media_dir / "music-bed.mp3"))
    assert set(up) == json_keys("upload") and up["count"] == 2
    assert set(js("credits")) == json_keys("credits")
    assert set(js("chat", "make a 6 second video with a title")) == json_keys("chat")
    assert set(js("state")) == json_keys("state")
    assert set(js("export", "--out", str(run_script.home / "v.mp4"), "--quality", "low")) == json_keys("export")
    doc = json.loads(run_script("doctor", "--json").stdout)
    assert set(doc) == json_keys("doctor")
