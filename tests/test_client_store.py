"""The on-disk store: modes, atomic rewrite, damaged files rebuilt without losing the client id."""

from __future__ import annotations

import stat
import uuid
from pathlib import Path

import pytest

from nemo_skill.client.store import CREDENTIALS, SESSIONS, Store


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_modes_and_client_id(tmp_path: Path) -> None:
    store = Store(tmp_path / "cfg")
    cid = store.client_id()
    assert cid is not None and str(uuid.UUID(cid)) == cid
    assert (tmp_path / "cfg" / "client_id").read_text() == cid + "\n"
    store.update_section(CREDENTIALS, "http://a", token={"value": "nmv_x"})
    assert _mode(tmp_path / "cfg") == 0o700
    for name in ("client_id", CREDENTIALS):
        assert _mode(tmp_path / "cfg" / name) == 0o600
    assert store.client_id() == cid  # stable
    assert list((tmp_path / "cfg").glob("*.tmp")) == []


def test_sections_are_keyed_by_base(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.update_section(SESSIONS, "local", session={"session_id": "a"})
    store.update_section(SESSIONS, "https://cloud", session={"session_id": "b"})
    assert store.section(SESSIONS, "local")["session"]["session_id"] == "a"
    store.update_section(SESSIONS, "local", session=None)
    assert "session" not in store.section(SESSIONS, "local")
    assert store.section(SESSIONS, "https://cloud")["session"]["session_id"] == "b"


@pytest.mark.parametrize("garbage", [b"{not json", b"\xff\xfe\x00", b"[1, 2]", b""])
def test_damaged_file_is_reported_and_rebuilt(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              garbage: bytes) -> None:
    store = Store(tmp_path)
    cid = store.client_id()
    (tmp_path / SESSIONS).write_bytes(garbage)
    assert store.section(SESSIONS, "local") == {}
    err = capsys.readouterr().err
    if garbage:
        assert err.count("\n") == 1 and "damaged" in err
    store.update_section(SESSIONS, "local", session={"session_id": "s"})
    assert store.section(SESSIONS, "local")["session"]["session_id"] == "s"
    assert store.client_id() == cid


def test_client_id_with_junk_keeps_the_uuid(tmp_path: Path) -> None:
    store = Store(tmp_path)
    cid = str(uuid.uuid4())
    (tmp_path / "client_id").write_text(f"junk {cid} more junk")
    assert store.client_id() == cid
    assert (tmp_path / "client_id").read_text().strip() == cid
