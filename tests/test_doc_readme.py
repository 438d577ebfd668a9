"""README: the two commands, every script with an example, every setting, every error code, live links."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_two_commands() -> None:
    block = re.search(r"```bash\n(.*?)```", README, re.S).group(1)
    assert [line.split("#")[0].strip() for line in block.splitlines()] == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_every_script_has_an_example_with_output() -> None:
    scripts = [p.name for p in (ROOT / "scripts").iterdir() if p.is_file() and not p.name.startswith("_")]
    for name in scripts:
        m = re.search(rf"\*\*`scripts/{name}[^`]*`\*\*.*?```text\n(.*?)```", README, re.S)
        assert m, f"no example for scripts/{name}"
        example = m.group(1)
        assert f"$ scripts/{name}" in example and len(example.splitlines()) >= 2, name


def test_every_setting_and_error_code() -> None:
    manifest = yaml.safe_load((ROOT / "skill.yaml").read_text(encoding="utf-8"))
    for var in manifest["env"]:
        assert f"`{var}`" in README, var
    trouble = README.split("## Troubleshooting")[1]
    for code in manifest["error_codes"]:
        assert re.search(rf"^\| (HTTP )?{code} \|", trouble, re.M), code


def test_links_resolve() -> None:
    for target in re.findall(r"\]\(([^)#]+)\)", README):
        assert (ROOT / target).exists(), target
    for doc in ("docs/exit-codes.md", "docs/architecture.md"):
        assert doc in README
    for host in ("cursor", "clawhub", "openclaw", "claude"):
        assert f"make install-{host}" in README
