"""One version everywhere: nemo_skill.__version__, SKILL.md metadata.version, skill.yaml version."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

import nemo_skill

ROOT = Path(__file__).resolve().parents[1]


def frontmatter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    assert m, f"{path} has no frontmatter"
    return yaml.safe_load(m.group(1))


def test_versions_agree() -> None:
    fm = frontmatter(ROOT / "SKILL.md")
    manifest = yaml.safe_load((ROOT / "skill.yaml").read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d+\.\d+\.\d+", nemo_skill.__version__)
    assert fm["metadata"]["version"] == nemo_skill.__version__
    assert str(manifest["version"]) == nemo_skill.__version__
    # the version must be a string in the frontmatter (metadata is a map of strings)
    assert isinstance(fm["metadata"]["version"], str)


def test_version_is_what_the_client_sends() -> None:
    from nemo_skill.client import attribution

    headers = attribution.load(ROOT, env={"HOME": "/nonexistent"}).headers()
    assert headers["X-Skill-Version"] == nemo_skill.__version__
    assert headers["X-Skill-Source"] == "media-content-generator"
