#!/usr/bin/env python3
"""Count a request set (planner_corpus format) against a checkout, through its real scripts.

usage: count_through_scripts.py REPO SET.yaml [--show] [-j N] [--connect] [--keep]

REPO's scripts run under REPO/.venv/bin/python (this file re-executes itself there too, to import
REPO/tests/planner_corpus.py for the checks and the judging). Real media files with the corpus's names,
kinds, sizes and durations are made once in a temporary folder (Pillow; FFmpeg from imageio-ffmpeg; the
music has a kick on each of the corpus's beats, which the engine finds itself with librosa).

Each case gets a fresh project on the local engine (NEMO_API_URL=local), built as a host agent would:
  scripts/upload  the base's first-cut files (it gets an anonymous token and makes the session itself;
                  --connect runs scripts/connect first)
  scripts/chat    FIRST_CUTS[base]
  scripts/upload  the base's other files (before THEN: planner_corpus.base() plans THEN with all of them)
  scripts/chat    THEN[base], if any
  scripts/state --json  -> the "before" draft
  scripts/chat    the case's `say`
  scripts/state --json  -> the "after" draft
and judged by the checkout's own planner_corpus.run(), fed those two drafts and the reply.

Without --show nothing of the requests is printed (held-out sets): only counts; progress (counts only) goes
to stderr every 25 cases, timing at the end. -j N runs N workers (default 2), each with its own engine
(data dir) and HOME, reused for all its cases; every case has its own client config dir (NEMO_CONFIG_DIR:
its own anonymous token, session and resend guard).

What the wire does not carry, and how it is read here:
  - media ids: the engine names uploads m_<hex>; the drafts are rewritten to the corpus ids (m_img1, ...)
    by file name before judging, so `order`, `first`, `overlay.mid`, `has`/`lacks` checks read the same.
  - a question back is `"question": true` in `scripts/chat --json` (the engine's pending get_user_choice
    call), as PlanResult.question in process; it counts when the draft did not change.
  - "nothing changed" = the stored draft after the turn equals the one before it.
  - a message scripts/chat refuses to send (empty, over 20,000 characters: exit 2) is judged as a reply
    that changed nothing and asked nothing; any other script failure is a crash.

Known differences from the in-process count (fast.py): undo is done by the engine (in process the planner
only says so and returns no draft); the engine passes the previous request to the planner (only the
logo_placed base has one: THEN); beat-synced cuts use the beats librosa finds (117.45 BPM, frame-quantised)
instead of the corpus's exact 120 BPM.
"""
from __future__ import annotations

import argparse
import contextlib
import copy
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_GUARD = "NEMO_HARNESS_REEXEC"


def _args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Count a request set through a checkout's real scripts.")
    p.add_argument("repo", type=Path)
    p.add_argument("set", type=Path)
    p.add_argument("--show", action="store_true", help="print each failure (the requests are shown)")
    p.add_argument("-j", type=int, default=2, metavar="N", help="parallel workers, each with its own engine (default 2)")
    p.add_argument("--connect", action="store_true", help="run scripts/connect first in each case (slower; "
                   "scripts/upload otherwise gets the token and makes the session itself)")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder (engine logs, data) for a look")
    return p.parse_args()


ARGS = _args()
REPO = ARGS.repo.resolve()
PY = REPO / ".venv" / "bin" / "python"


def _reexec_in_repo_venv() -> None:
    """planner_corpus imports the checkout's package and its dependencies: run under the checkout's venv."""
    venv = REPO / ".venv"
    try:
        inside = os.path.samefile(sys.prefix, venv)
    except OSError:
        inside = False
    if not inside and PY.exists() and os.environ.get(_GUARD) != str(venv):
        os.environ[_GUARD] = str(venv)
        os.execv(str(PY), [str(PY), os.path.abspath(__file__), *sys.argv[1:]])


_reexec_in_repo_venv()
sys.path[:0] = [str(REPO), str(REPO / "tests")]

import planner_corpus as pc  # noqa: E402

# --- the media: real files with the corpus's names, kinds, sizes and durations ------------------------------

def _ffmpeg() -> str:
    try:
        from nemo_skill.render.ffmpeg import ffmpeg_exe

        return ffmpeg_exe()
    except Exception:  # noqa: BLE001
        import imageio_ffmpeg

        return os.environ.get("NEMO_FFMPEG") or imageio_ffmpeg.get_ffmpeg_exe()


def _run_ffmpeg(args: list[str]) -> None:
    proc = subprocess.run([_ffmpeg(), "-hide_banner", "-loglevel", "error", "-y", *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"ffmpeg failed: {proc.stderr.strip()[-300:]}")


DEFAULT_IMAGE = (1600, 1200)  # pictures whose size the corpus leaves open (black-cap.jpg, gold-ring.jpg)
RATE = 48000
CHAT_MAX_S = 300


def _image(m: Any, path: Path, k: int) -> None:
    from PIL import Image, ImageDraw

    w, h = (m.width or DEFAULT_IMAGE[0]), (m.height or DEFAULT_IMAGE[1])
    colours = [(214, 48, 49), (41, 98, 200), (39, 150, 96), (30, 30, 30), (212, 160, 23), (240, 240, 240), (236, 90, 60)]
    img = Image.new("RGB", (w, h), (236 - 9 * k, 230, 220))
    d = ImageDraw.Draw(img)
    r = min(w, h) // 3
    d.rounded_rectangle((w // 2 - r, h // 2 - r, w // 2 + r, h // 2 + r), radius=r // 4, fill=colours[k % len(colours)])
    if path.suffix.lower() == ".png":
        img.save(path, "PNG")
    else:
        img.save(path, "JPEG", quality=85)


def _audio(m: Any, path: Path) -> None:
    import numpy as np

    dur = float(m.duration or 10.0)
    n = int(round(dur * RATE))
    t = np.arange(n, dtype=np.float64) / RATE
    if m.beats:  # music: a tone and a kick (a click at its onset) on every beat; librosa (the engine's beat
        # finder) puts each beat ~0.02-0.04 s after the kick's onset: 120 BPM from 0.25 s comes out as 119 beats
        # from 0.232 s to 59.234 s (the corpus: 119 from 0.25 to 59.25)
        y = 0.2 * np.sin(2 * np.pi * 330 * t)
        kick_len = int(0.5 * RATE)
        kt = np.arange(kick_len) / RATE
        kick = 0.9 * np.exp(-60 * kt) * np.cos(2 * np.pi * 60 * kt)
        for b in m.beats:
            i = max(0, int(round((b - 0.04) * RATE)))
            j = min(n, i + kick_len)
            y[i:j] += kick[: j - i]
    else:  # a voice-like tone: syllables of a few pitches
        y = 0.4 * np.sin(2 * np.pi * (180 + 40 * np.sin(2 * np.pi * 0.7 * t)) * t) * (0.55 + 0.45 * np.sin(2 * np.pi * 3 * t))
    pcm = (np.clip(y, -1, 1) * 32000).astype("<i2").tobytes()
    raw = path.with_suffix(".raw")
    raw.write_bytes(pcm)
    try:
        codec = {".mp3": ["-c:a", "libmp3lame", "-b:a", "96k"], ".wav": [], ".m4a": ["-c:a", "aac"],
                 ".aac": ["-c:a", "aac"]}.get(path.suffix.lower(), [])
        _run_ffmpeg(["-f", "s16le", "-ar", str(RATE), "-ac", "1", "-i", str(raw), *codec, str(path)])
    finally:
        raw.unlink()


def _video(m: Any, path: Path, k: int) -> None:
    dur = f"{float(m.duration or 5.0):g}"
    w, h = (m.width or 1920), (m.height or 1080)
    args = ["-f", "lavfi", "-i", f"testsrc2=size={w}x{h}:rate=30:duration={dur}"]
    if m.has_audio:
        args += ["-f", "lavfi", "-i", f"sine=frequency={440 + 110 * k}:sample_rate={RATE}:duration={dur}"]
    args += ["-c:v", "libx264", "-preset", "veryfast", "-crf", "42", "-g", "150", "-pix_fmt", "yuv420p"]
    args += ["-c:a", "aac", "-b:a", "32k", "-shortest"] if m.has_audio else ["-an"]
    _run_ffmpeg([*args, str(path)])


def make_media(folder: Path) -> dict[str, Path]:
    """Every file of the corpus's sessions, once: {file name: path}."""
    seen: dict[str, Any] = {}
    for files in pc.MEDIA.values():
        for m in files:
            seen.setdefault(m.filename, m)
    out: dict[str, Path] = {}
    for k, (name, m) in enumerate(seen.items()):
        path = folder / name
        if m.kind == "image":
            _image(m, path, k)
        elif m.kind == "audio":
            _audio(m, path)
        else:
            _video(m, path, k)
        out[name] = path
    return out


# --- one worker: its own engine and HOME; scripts run one after the other -----------------------------------

class ScriptFailed(Exception):
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Result:
    index: int
    outcome: Any = None  # planner_corpus.Outcome
    crash: str | None = None
    base_differs: bool = False
    seconds: float = 0.0


class Worker:
    def __init__(self, n: int, root: Path, media: dict[str, Path]) -> None:
        self.n = n
        self.dir = root / f"w{n}"
        self.data = self.dir / "data"
        self.home = self.dir / "home"
        for d in (self.data, self.home):
            d.mkdir(parents=True, exist_ok=True)
        self.media = media
        self.engine: subprocess.Popen | None = None
        self.cases = 0
        self.timing: dict[str, list] = {}  # script name: [seconds, calls]

    def env(self, cfg: Path | None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("NEMO_", "XDG_")) and k not in ("SKILL_SOURCE", "VIRTUAL_ENV", _GUARD)}
        env.update({
            "NEMO_API_URL": "local",
            # the checkout measured, whatever checkout the venv's editable install points at
            "PYTHONPATH": str(REPO),
            "NEMO_LOCAL_DATA": str(self.data),
            "HOME": str(self.home),
            # an engine (re)started by a script: plenty of credits and anonymous tokens for a whole set
            "NEMO_LOCAL_CREDITS": "1000000",
            "NEMO_LOCAL_TOKENS_PER_IP": "1000000",
            # a dropped stream is re-checked within seconds, not the 30-60 s an agent waits
            "NEMO_POLL_INTERVALS": "0.5,1,2,4",
            # librosa's numba cache (beat-synced cuts) goes here, not into the checkout's venv; a fresh folder
            # per engine start (a cache written by an earlier process crashed a later one once)
            "NUMBA_CACHE_DIR": str(self.dir / "numba" / str(self.cases)),
            # a turn that hangs is given up after minutes, not the 15 an agent waits
            "NEMO_CHAT_MAX_S": str(CHAT_MAX_S),
            "NEMO_CHAT_IDLE_TIMEOUT_S": "120",
        })
        if cfg is not None:
            env["NEMO_CONFIG_DIR"] = str(cfg)
            # the scripts' byte code, cached outside the checkout (PYTHONDONTWRITEBYTECODE may be set): ~0.04 s
            # less CPU per call; not for the engine, which imports far more and starts once
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(self.dir.parent / "pycache")
        return env

    # the engine -------------------------------------------------------------------------------------------
    def start_engine(self) -> None:
        log = open(self.data / "engine.log", "ab")  # noqa: SIM115
        self.engine = subprocess.Popen(
            [str(PY), "-m", "nemo_skill.local", "serve", "--host", "127.0.0.1", "--port", "0",
             "--data", str(self.data), "--log-level", "warning"],
            cwd=REPO, env=self.env(None), stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True)
        log.close()
        from nemo_skill.local import launcher

        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.engine.poll() is not None:
                raise RuntimeError(f"engine {self.n} exited with code {self.engine.returncode} (log: {self.data / 'engine.log'})")
            info = launcher.read_server_json(self.data.resolve())
            if info and info.get("pid") == self.engine.pid and launcher.running_url(self.data):
                return
            time.sleep(0.1)
        raise RuntimeError(f"engine {self.n} did not answer within 120 s")

    def stop_engine(self) -> None:
        if self.engine is not None and self.engine.poll() is None:
            self.engine.send_signal(signal.SIGTERM)
            try:
                self.engine.wait(20)
            except subprocess.TimeoutExpired:
                self.engine.kill()
                self.engine.wait()
        # an engine a script started again after ours died (its pid is in server.json)
        from nemo_skill.local import launcher

        with contextlib.suppress(Exception):
            launcher.stop(self.data)

    # the scripts ------------------------------------------------------------------------------------------
    def script(self, cfg: Path, name: str, *args: str, timeout: float = CHAT_MAX_S + 60) -> dict:
        cmd = [str(PY), str(REPO / "scripts" / name), "--json", *args]
        t0 = time.monotonic()
        proc = subprocess.run(cmd, cwd=REPO, env=self.env(cfg), capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)
        spent = self.timing.setdefault(name, [0.0, 0])
        spent[0] += time.monotonic() - t0
        spent[1] += 1
        lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
        doc: dict = {}
        if lines:
            try:
                doc = json.loads(lines[-1])
            except ValueError:
                doc = {}
        if proc.returncode != 0 or not doc.get("ok"):
            err = (doc.get("error") or {}).get("message") if isinstance(doc.get("error"), dict) else None
            tail = (err or proc.stderr.strip().splitlines()[-1:] or ["no output"])
            raise ScriptFailed(f"scripts/{name} exit {proc.returncode}: {tail if isinstance(tail, str) else tail[0]}",
                               proc.returncode)
        return doc

    def upload(self, cfg: Path, files: list[Any], ids: dict[str, str]) -> None:
        if not files:
            return
        doc = self.script(cfg, "upload", *[str(self.media[m.filename]) for m in files])
        got = {f.get("filename"): f.get("media_id") for f in doc.get("files") or []}
        for m in files:
            if not got.get(m.filename):
                raise ScriptFailed(f"scripts/upload: {m.filename} not in the answer")
            ids[got[m.filename]] = m.id

    def chat(self, cfg: Path, message: str) -> dict:
        return self.script(cfg, "chat", "--", message)

    def draft(self, cfg: Path, ids: dict[str, str], *, empty_ok: bool = False) -> dict:
        doc = self.script(cfg, "state")
        d = ((doc.get("state") or {}).get("draft"))
        if not isinstance(d, dict) or not (d.get("t") or empty_ok):
            raise ScriptFailed("scripts/state: no draft")
        return _rename(d, ids)

    def run_case(self, index: int, case: Any) -> Result:
        t0 = time.monotonic()
        res = Result(index)
        cfg = Path(tempfile.mkdtemp(prefix="cfg", dir=self.dir))
        self.cases += 1
        try:
            name = case.on
            first = pc.FIRST_CUT_MEDIA.get(name, pc.MEDIA[name])
            rest = [m for m in pc.MEDIA[name] if m not in first]
            ids: dict[str, str] = {}
            if ARGS.connect:  # else scripts/upload makes the token and the session itself
                self.script(cfg, "connect")
            self.upload(cfg, first, ids)
            self.chat(cfg, pc.FIRST_CUTS[name])
            # planner_corpus.base() plans THEN with all of the base's media: the other files go up first
            self.upload(cfg, rest, ids)
            if name in pc.THEN:
                self.chat(cfg, pc.THEN[name])
            before = self.draft(cfg, ids)
            res.base_differs = before != BASES[name]
            asked = False
            try:
                said = self.chat(cfg, case.say)
                reply, asked = said.get("reply") or "", said.get("question") is True
            except ScriptFailed as exc:
                if exc.code != 2 or ": The message " not in str(exc):
                    raise
                # a usage refusal (an empty message, one over 20,000 characters): nothing was sent, nothing
                # changed; judged as a reply that is not a question
                reply = f"(not sent) {exc}"
            # an undo of the first cut leaves an empty timeline: a draft without tracks
            after = self.draft(cfg, ids, empty_ok=True)
            try:
                res.outcome = judge(case, before, after, reply, asked)
            except Exception as exc:  # noqa: BLE001  - a check that cannot read the draft (e.g. an empty one)
                raise RuntimeError(f"judging failed ({type(exc).__name__}: {exc}) -- reply: {reply}") from exc
        except Exception as exc:  # noqa: BLE001
            res.crash = (f"{type(exc).__name__}: {exc}" if not isinstance(exc, ScriptFailed) else str(exc)).splitlines()[0][:300]
            if os.environ.get("HARNESS_DEBUG"):
                traceback.print_exc()
        finally:
            shutil.rmtree(cfg, ignore_errors=True)
        res.seconds = time.monotonic() - t0
        return res


def _rename(obj: Any, ids: dict[str, str]) -> Any:
    """The draft with the engine's media ids replaced by the corpus's (m_img1, m_music, ...)."""
    if isinstance(obj, dict):
        return {k: _rename(v, ids) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_rename(v, ids) for v in obj]
    if isinstance(obj, str):
        if obj in ids:
            return ids[obj]
        for engine_id, corpus_id in ids.items():
            if engine_id in obj:
                obj = obj.replace(engine_id, corpus_id)
        return obj
    return obj


# --- judging: planner_corpus.run itself, given the drafts and the reply seen through the scripts ------------

_JUDGE = threading.Lock()
BASES: dict[str, dict] = {}  # planner_corpus.base() of every base, made before any judging patches the module


def judge(case: Any, before: dict, after: dict, reply: str, asked: bool) -> Any:
    from nemo_skill.local.planner.types import PlanResult

    changed = after != before
    result = PlanResult(draft=after if changed else None, reply=reply,
                        question=(not changed) and asked, edited=changed)
    with _JUDGE:  # run() reads the module's base() and plan(): point them at what the scripts showed
        saved = pc.base, pc.plan
        pc.base = lambda _name: copy.deepcopy(before)
        pc.plan = lambda *_a, **_k: result
        try:
            return pc.run(case)
        finally:
            pc.base, pc.plan = saved


# --- the set -------------------------------------------------------------------------------------------------

def load(path: Path, show: bool) -> tuple[list[Any], int]:
    cases, bad = pc.load_set(path)
    if show:
        for line in bad:
            print("BADCASE", line)
    return cases, len(bad)


def _children_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> int:
    show = ARGS.show
    cases, bad = load(ARGS.set.resolve(), show)
    jobs = max(1, min(ARGS.j, len(cases) or 1))
    BASES.update({name: pc.base(name) for name in {c.on for c in cases} if name in pc.MEDIA})  # else: a crash, as in fast.py
    root = Path(tempfile.mkdtemp(prefix="nemo-harness-"))
    t0 = time.monotonic()
    workers: list[Worker] = []
    cpu0 = 0.0
    results: dict[int, Result] = {}
    try:
        (root / "media").mkdir()
        media = make_media(root / "media")
        cpu0 = _children_cpu()
        workers = [Worker(n, root, media) for n in range(jobs)]
        for w in workers:  # one at a time: two engines importing at once on 2 cores take long
            w.start_engine()
        print(f"media and {jobs} engine(s) ready in {time.monotonic() - t0:.1f} s", file=sys.stderr, flush=True)
        todo: queue.Queue[tuple[int, Any]] = queue.Queue()
        for i, c in enumerate(cases):
            todo.put((i, c))
        lock = threading.Lock()
        counts = {"done": 0, "ok": 0, "wrong": 0, "crash": 0}
        t_cases = time.monotonic()

        def loop(w: Worker) -> None:
            while True:
                try:
                    i, c = todo.get_nowait()
                except queue.Empty:
                    return
                r = w.run_case(i, c)
                with lock:
                    results[i] = r
                    counts["done"] += 1
                    if r.crash:
                        counts["crash"] += 1
                    else:
                        counts["ok"] += r.outcome.ok
                        counts["wrong"] += r.outcome.wrong and not r.outcome.ok
                    if counts["done"] % 25 == 0 and counts["done"] < len(cases):
                        el = time.monotonic() - t_cases
                        print(f"[{counts['done']}/{len(cases)}] pass {counts['ok']}, wrong {counts['wrong']}, "
                              f"crashes {counts['crash']}; {el / counts['done'] * jobs:.1f} s/case per worker, "
                              f"{el:.0f} s so far", file=sys.stderr, flush=True)

        threads = [threading.Thread(target=loop, args=(w,), daemon=True) for w in workers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        for w in workers:
            w.stop_engine()
        if ARGS.keep:
            print(f"kept {root}", file=sys.stderr)
        else:
            shutil.rmtree(root, ignore_errors=True)

    ok = wrong = crash = differs = 0
    for i, c in enumerate(cases):
        r = results.get(i)
        if r is None or r.crash:
            crash += 1
            if show:
                print("CRASH  " + c.label() + "\n      " + (r.crash if r else "not run"))
            continue
        differs += r.base_differs
        o = r.outcome
        ok += o.ok
        wrong += o.wrong and not o.ok
        if show and not o.ok:
            print(("WRONG " if o.wrong else "MISS  ") + o.case.label() + "\n      " + o.detail
                  + ("\n      (the base draft differs from planner_corpus.base)" if r.base_differs else ""))
    el = time.monotonic() - t0
    cpu = _children_cpu() - cpu0
    secs = [r.seconds for r in results.values()]
    print(f"bad cases: {bad}, crashes: {crash}")
    print(f"WRONG EDIT: {wrong}")
    print(f"{ok}/{len(cases)} pass = {ok / max(1, len(cases)):.1%}")
    print(f"{len(cases)} cases in {el:.0f} s with {jobs} worker(s): {sum(secs) / max(1, len(secs)):.1f} s per case "
          f"per worker, {el / max(1, len(cases)):.1f} s per case overall; base drafts unlike planner_corpus.base: "
          f"{differs}", file=sys.stderr)
    print(f"CPU of the scripts and engines: {cpu:.0f} s, {cpu / max(1, len(cases)):.1f} s per case", file=sys.stderr)
    spent: dict[str, list] = {}
    for w in workers:
        for name, (sec, n) in w.timing.items():
            spent.setdefault(name, [0.0, 0])
            spent[name][0] += sec
            spent[name][1] += n
    print("time per script call: " + ", ".join(f"{k} {v[0] / v[1]:.2f} s x{v[1]}" for k, v in spent.items()),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
