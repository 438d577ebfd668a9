"""Shared fixtures: a real local engine over loopback, the client scripts, sample media.

Fixtures
--------
``engine``          (function) a real engine: ``uvicorn.Server`` on the real FastAPI app, in a thread,
                    on 127.0.0.1 with a random free port and a fresh temp data dir. The object has
                    ``.url``, ``.data_dir``, ``.settings``, ``.app`` (the FastAPI app), ``.engine`` (its
                    core: ``.db``, ``.jobs``) and ``.stop()``. Settings are small for tests (heartbeat
                    0.5 s, 1 render worker).
``engine_factory``  (function) ``engine_factory(wrap=None, **settings)`` starts another such engine;
                    ``wrap(app) -> app`` puts ASGI middleware (e.g. tests/faults.py) in front of the real
                    app; keyword arguments override fields of ``nemo_skill.local.engine_settings.Settings``
                    (``heartbeat_seconds``, ``token_ttl_seconds``, ``max_upload_bytes``, ...). Every
                    engine it starts is stopped at teardown. Also accepts ``data_dir=`` to restart on
                    existing data.
``run_script``      (function) ``run_script(name, *args, env=None, input=None, timeout=60)`` runs
                    ``scripts/<name>`` with ``sys.executable`` against the ``engine`` fixture
                    (NEMO_API_URL=<engine url>, NEMO_CONFIG_DIR=<tmp>, HOME=<tmp home>, NEMO_TOKEN
                    unset) and returns the ``subprocess.CompletedProcess`` (text mode). ``env`` entries
                    override or, with value None, remove variables. ``run_script.engine`` is the engine,
                    ``run_script.home`` / ``run_script.config_dir`` the temp dirs.
``media_dir``       (session) a directory of sample assets made by ``nemo_skill.media.samples``:
                    5 product JPEGs, music-bed.mp3, voiceover.wav (``make_demo_assets``) plus
                    clip.mp4 (2 s, 320x180, with audio) and clip.gif.
``subprocess_engine`` (function) ``subprocess_engine(data_dir=None, **env) -> SubprocessEngine``:
                    ``python -m nemo_skill.local serve`` in its own process (``.url``, ``.proc``,
                    ``.kill9()``, ``.stop()``, ``.start()`` again on the same data dir), for restart tests.
``api``             (function) ``tests.engine_harness.Api`` bound to ``engine``: token, session, upload,
                    chat, state, credits helpers for engine tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

sys.path.insert(0, str(Path(__file__).resolve().parent))

# CI replays the same property-test examples every run (a red CI blocks landing, so a failure must be
# reproducible); a developer's run explores new ones. Both print the blob that reproduces a failure.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
hypothesis_settings.register_profile("dev", print_blob=True)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")

from engine_harness import ROOT, Api, InThreadEngine, SubprocessEngine, start_in_thread  # noqa: E402

TEST_SETTINGS: dict[str, Any] = {"heartbeat_seconds": 0.5, "workers": 1}


@pytest.fixture(autouse=True)
def _processes_end_with_their_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """Whatever a test starts (engines, workers, a detached engine of a script) and did not stop is ended after it
    (tests/process_owner.py says why). Autouse and function-scoped, so set up before and torn down after the
    test's other function fixtures: their own teardowns stop what they started first. A module marked
    ``shared_engine`` is left alone: its one engine, started before any test's mark, renders previews in the
    background from one test into the next, and those FFmpegs inherit the mark of the test that was running (ending
    them once failed the next test's export, in CI); the module's fixture stops that engine and what it runs."""
    import warnings

    import process_owner

    mark = process_owner.new_mark()
    os.environ[process_owner.OWNER] = mark
    try:
        yield
    finally:
        del os.environ[process_owner.OWNER]
        left = [] if request.node.get_closest_marker("shared_engine") else process_owner.end_marked(mark)
        if left:
            warnings.warn(f"{len(left)} process(es) outlived the test and were ended: {'; '.join(left)}", stacklevel=1)


@pytest.fixture
def engine_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., InThreadEngine]]:
    started: list[InThreadEngine] = []

    def factory(wrap: Callable[[Any], Any] | None = None, **settings: Any) -> InThreadEngine:
        data_dir = settings.pop("data_dir", None) or tmp_path_factory.mktemp("engine-data")
        eng = start_in_thread(Path(data_dir), wrap=wrap, **{**TEST_SETTINGS, **settings})
        started.append(eng)
        return eng

    yield factory
    for eng in reversed(started):
        eng.stop()


@pytest.fixture
def engine(engine_factory: Callable[..., InThreadEngine]) -> InThreadEngine:
    return engine_factory()


@pytest.fixture
def api(engine: InThreadEngine) -> Iterator[Api]:
    client = Api(engine.url)
    yield client
    client.close()


@pytest.fixture
def run_script(engine: InThreadEngine, tmp_path: Path) -> Callable[..., subprocess.CompletedProcess]:
    home = tmp_path / "home"
    config_dir = tmp_path / "config"
    home.mkdir()
    config_dir.mkdir()

    def run(name: str, *args: str, env: dict[str, str | None] | None = None, input: str | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess:
        full = {k: v for k, v in os.environ.items() if not k.startswith("NEMO_")}
        full.update({"NEMO_API_URL": engine.url, "NEMO_CONFIG_DIR": str(config_dir), "HOME": str(home),
                     "PYTHONPATH": str(ROOT)})
        for key, value in (env or {}).items():
            if value is None:
                full.pop(key, None)
            else:
                full[key] = value
        return subprocess.run([sys.executable, str(ROOT / "scripts" / name), *map(str, args)], env=full,
                              input=input, capture_output=True, text=True, timeout=timeout, cwd=tmp_path)

    run.engine = engine  # type: ignore[attr-defined]
    run.home = home  # type: ignore[attr-defined]
    run.config_dir = config_dir  # type: ignore[attr-defined]
    return run


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from nemo_skill.media import samples

    d = tmp_path_factory.mktemp("media")
    samples.make_demo_assets(d)
    samples.make_clip(d / "clip.mp4", seconds=2.0, size=(320, 180))
    samples.make_clip(d / "clip.gif", seconds=1.0, size=(160, 90), audio=False)
    return d


@pytest.fixture
def subprocess_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., SubprocessEngine]]:
    started: list[SubprocessEngine] = []

    def factory(data_dir: Path | None = None, **env: str) -> SubprocessEngine:
        eng = SubprocessEngine(Path(data_dir or tmp_path_factory.mktemp("sub-engine")), env=env)
        eng.start()
        started.append(eng)
        return eng

    yield factory
    for eng in started:
        eng.stop()


@pytest.fixture
def redis(tmp_path: Path) -> Iterator[Any]:
    """A real redis-server on a free loopback port, for the cluster tests (cluster_harness.Redis)."""
    from cluster_harness import Redis, free_port, redis_binary

    server = Redis(redis_binary(), free_port(), tmp_path).start()
    yield server
    server.stop()


@pytest.fixture
def workers() -> Iterator[list[Any]]:
    """The `nemo-local worker` processes a cluster test starts (cluster_harness.start_worker): stopped after it."""
    started: list[Any] = []
    yield started
    for w in started:
        w.stop()

