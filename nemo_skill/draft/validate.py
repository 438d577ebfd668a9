"""Validate a draft: the JSON Schema plus the timing rules the schema cannot express."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from . import schema_path
from .timeline import TT_VIDEO, end_ms, is_card, is_main


class DraftError(ValueError):
    """The draft breaks the schema or the timing rules; the message says where."""


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@lru_cache(maxsize=1)
def _fast() -> Any:
    """jsonschema-rs (the ``local`` extra) when installed: it checks a reference draft in ~0.1 ms where
    jsonschema takes ~14 ms, most of a chat turn. Only its yes/no is used; the reasons come from jsonschema."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs.validator_for(json.loads(schema_path().read_text(encoding="utf-8")))


def validate(draft: Any) -> dict:
    """Return the draft unchanged when it is valid, else raise DraftError."""
    fast = _fast()
    errors = [] if fast is not None and fast.is_valid(draft) else sorted(
        _validator().iter_errors(draft), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "draft"
        raise DraftError(f"{where}: {err.message}")
    for track in draft["t"]:
        segs = track["sg"]
        if is_main(track):
            for prev, seg in zip(segs, segs[1:], strict=False):
                overlap = seg.get("tr", {}).get("d", 0) if seg.get("tr", {}).get("type") != "none" else 0
                expected = prev["s"] + prev["d"] - overlap
                if seg["s"] != expected:
                    raise DraftError(
                        f"t/{track['id']}/sg/{seg['id']}: starts at {seg['s']} ms, expected {expected} ms "
                        "(previous end minus transition)"
                    )
                if overlap * 2 > min(prev["d"], seg["d"]):
                    raise DraftError(
                        f"t/{track['id']}/sg/{seg['id']}: transition of {overlap} ms is longer than half "
                        "a neighbouring segment"
                    )
            if segs and segs[0].get("s") != 0:
                raise DraftError(f"t/{track['id']}: the first video segment must start at 0")
        main = is_main(track)
        for seg in segs:
            where = f"t/{track['id']}/sg/{seg['id']}"
            if track["tt"] == TT_VIDEO and is_card(seg) and not main:
                raise DraftError(f"{where}: an end card belongs on the main track")
            if track["tt"] == TT_VIDEO and "place" in seg and main:
                raise DraftError(f"{where}: only overlay tracks place segments (place)")
            if "out" in seg and seg["out"] <= seg.get("in", 0):
                raise DraftError(f"t/{track['id']}/sg/{seg['id']}: trim out must be after trim in")
    if draft["d"] != end_ms(draft):
        raise DraftError(f"d: {draft['d']} ms, but the last segment ends at {end_ms(draft)} ms")
    return draft
