"""X-Skill-Source / X-Skill-Version / X-Skill-Platform, read from the installed copy at run time.

The skill root is the folder holding SKILL.md, scripts/ and the nemo_skill package. The frontmatter
is read with a small parser that understands plain ``key: value`` lines; anything fancier (flow
mappings, block scalars, anchors) falls back to PyYAML, so the common path stays import-free.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SKILL_ROOT = Path(os.path.abspath(__file__)).parents[2]
_FALLBACK_NAME = "media-content-generator"
_KEY_RE = re.compile(r"^(?P<indent>[ ]*)(?P<key>[A-Za-z_][\w.-]*)[ ]*:(?:[ ]+(?P<value>.*?))?[ ]*$")
_PLAIN_RE = re.compile(r"""^[^\s'"{}\[\]&*!|>%@`#,][^#]*$""")


@dataclass(frozen=True)
class Attribution:
    name: str
    version: str
    platform: str

    def headers(self) -> dict[str, str]:
        return {
            "X-Skill-Source": self.name,
            "X-Skill-Version": self.version,
            "X-Skill-Platform": self.platform,
        }


def frontmatter_text(text: str) -> str | None:
    """The YAML between the leading ``---`` lines, or None."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return "\n".join(lines[1:i])
    return None


class _NeedsYaml(Exception):
    pass


def _scalar(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        inner = raw[1:-1]
        if "\\" in inner or '"' in inner:
            raise _NeedsYaml
        return inner
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        inner = raw[1:-1]
        if "'" in inner.replace("''", ""):
            raise _NeedsYaml
        return inner.replace("''", "'")
    if not _PLAIN_RE.match(raw) or ": " in raw or raw.endswith(":"):
        raise _NeedsYaml
    return raw


def _fast_fields(fm: str) -> dict[str, Any]:
    """name, version and metadata.version from simple frontmatter; raises _NeedsYaml otherwise."""
    out: dict[str, Any] = {}
    section: str | None = None
    child_indent: int | None = None  # indent of metadata's direct children
    for line in fm.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" in line[: len(line) - len(line.lstrip())]:
            raise _NeedsYaml
        m = _KEY_RE.match(line)
        if not m:
            if line.startswith(" ") and section not in ("metadata",):
                continue  # continuation of a folded scalar elsewhere (e.g. description)
            raise _NeedsYaml
        indent, key, value = len(m.group("indent")), m.group("key"), m.group("value")
        if indent == 0:
            section, child_indent = key, None
            if key in ("name", "version", "metadata"):
                if key == "metadata":
                    if value:
                        raise _NeedsYaml  # flow mapping or scalar: let YAML decide
                    out.setdefault("metadata", {})
                    continue
                if not value:
                    raise _NeedsYaml
                out[key] = _scalar(value)
        elif section == "metadata":
            if child_indent is None:
                child_indent = indent
            if indent != child_indent or key != "version":
                continue
            if not value:
                raise _NeedsYaml
            out.setdefault("metadata", {})["version"] = _scalar(value)
    return out


def _yaml_fields(fm: str) -> dict[str, Any]:
    import yaml

    try:
        doc = yaml.safe_load(fm)
    except yaml.YAMLError:
        return {}
    return doc if isinstance(doc, dict) else {}


def parse_frontmatter(text: str) -> dict[str, Any]:
    """The fields the headers need, from SKILL.md text; {} when there is no usable frontmatter."""
    fm = frontmatter_text(text)
    if fm is None:
        return {}
    try:
        return _fast_fields(fm)
    except _NeedsYaml:
        return _yaml_fields(fm)


def name_and_version(fields: dict[str, Any]) -> tuple[str | None, str | None]:
    name = fields.get("name")
    meta = fields.get("metadata")
    version = meta.get("version") if isinstance(meta, dict) else None
    if version is None:
        version = fields.get("version")  # ClawHub skills write it top level
    as_text = lambda v: str(v).strip() if isinstance(v, str | int | float) and not isinstance(v, bool) else None  # noqa: E731
    return as_text(name) or None, as_text(version) or None


def _is_under(path: Path, parent: Path) -> bool:
    try:
        path.relative_to(parent)
    except ValueError:
        return False
    return True


def detect_platform(skill_root: Path, home: Path, env_value: str | None = None) -> str:
    """SKILL_SOURCE if set; else clawhub / cursor / unknown from where the skill is installed."""
    if env_value and env_value.strip():
        return env_value.strip()
    candidates = [Path(os.path.abspath(skill_root))]
    try:
        real = skill_root.resolve()
        if real not in candidates:
            candidates.append(real)
    except OSError:
        pass
    homes = [Path(os.path.abspath(home))]
    try:
        if home.resolve() not in homes:
            homes.append(home.resolve())
    except OSError:
        pass
    for root in candidates:
        if (root / ".clawhub" / "origin.json").is_file():
            return "clawhub"
        for h in homes:
            if _is_under(root, h / ".clawhub") or _is_under(root, h / ".openclaw" / "skills"):
                return "clawhub"
            if _is_under(root, h / ".cursor" / "skills"):
                return "cursor"
        parts = root.parts
        if any(parts[i] == ".cursor" and parts[i + 1] == "skills" for i in range(len(parts) - 1)):
            return "cursor"
    return "unknown"


def load(skill_root: Path | None = None, env: dict[str, str] | None = None) -> Attribution:
    root = SKILL_ROOT if skill_root is None else skill_root
    env = dict(os.environ) if env is None else env
    try:
        text = (root / "SKILL.md").read_text("utf-8", errors="replace")
    except OSError:
        text = ""
    name, version = name_and_version(parse_frontmatter(text))
    home = Path(env.get("HOME") or os.path.expanduser("~"))
    return Attribution(
        name=_header_safe(name or _FALLBACK_NAME),
        version=_header_safe(version or "0"),
        platform=_header_safe(detect_platform(root, home, env.get("SKILL_SOURCE"))),
    )


def _header_safe(value: str) -> str:
    """Header values must be printable ASCII on one line."""
    cleaned = "".join(ch for ch in value if 32 <= ord(ch) < 127).strip()
    return cleaned[:100] or "unknown"
