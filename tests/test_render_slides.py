"""Runs of pictures made into one stream (nemo_skill.render.slides): order, crossfades, failures."""

from __future__ import annotations

import numpy as np
import pytest

from nemo_skill.render import slides
from nemo_skill.render.pipes import FeedError


class Numbered:
    """Frame k of picture ``base`` is filled with base + k, so every output frame tells where it came from."""

    def __init__(self, base: int, frames: int, fail_at: int | None = None) -> None:
        self.base, self.frames, self.fail_at = base, frames, fail_at
        self.asked: list[int] = []

    def __len__(self) -> int:
        return self.frames

    def set_still(self, still_yuv: bytes) -> None:
        pass

    def frame(self, k: int, out: np.ndarray) -> np.ndarray:
        if k == self.fail_at:
            raise MemoryError("no memory for the next frame")
        self.asked.append(k)
        out[:] = self.base + k
        return out


def values(run: slides.RunFrames) -> list[int]:
    return [int(np.frombuffer(f, np.uint8)[0]) for f in run]


def test_a_run_plays_each_picture_in_order_and_blends_the_overlaps() -> None:
    a, b, c = Numbered(0, 10), Numbered(100, 10), Numbered(200, 6)
    run = slides.RunFrames([slides.Slide("a", a), slides.Slide("b", b, fade_in=4), slides.Slide("c", c)], (4, 2))
    assert len(run) == 10 + 10 + 6 - 4
    got = values(run)
    assert got[:6] == [0, 1, 2, 3, 4, 5]  # a's frames before the fade
    # a's last four (6..9) under b's first four (100..103); b weighs i/4, as xfade's fade
    assert got[6:10] == [round((6 + i) * (1 - i / 4) + (100 + i) * i / 4) for i in range(4)]
    assert got[10:16] == [104, 105, 106, 107, 108, 109]
    assert got[16:] == [200, 201, 202, 203, 204, 205]  # a cut: no blend
    assert a.asked == list(range(10)) and b.asked == list(range(10)) and c.asked == list(range(6))


def test_a_run_is_made_once() -> None:
    run = slides.RunFrames([slides.Slide("a", Numbered(0, 3))], (2, 2))
    assert len(values(run)) == 3
    with pytest.raises(RuntimeError, match="already made"):
        values(run)


def test_a_picture_failing_names_itself() -> None:
    run = slides.RunFrames([slides.Slide("t/v/sg/a: picture", Numbered(0, 5)),
                            slides.Slide("t/v/sg/b: Ken Burns frames", Numbered(50, 5, fail_at=2), fade_in=2)], (4, 2))
    with pytest.raises(FeedError, match=r"^t/v/sg/b: Ken Burns frames: no memory for the next frame$"):
        values(run)


def test_transitions_longer_than_a_picture_are_refused() -> None:
    with pytest.raises(ValueError, match="b: transitions longer"):
        slides.RunFrames([slides.Slide("a", Numbered(0, 5)), slides.Slide("b", Numbered(0, 5), fade_in=3),
                          slides.Slide("c", Numbered(0, 5), fade_in=3)], (4, 2))


def test_pictures_wait_for_their_still_and_one_that_cannot_be_read_names_itself(tmp_path) -> None:
    """Stills are handed over while they are still being prepared (FFmpeg starts meanwhile): a
    picture's first frame waits for its still; a file that cannot be read fails the run with the
    segment and the file's name, once (not wrapped again by the run)."""
    from PIL import Image

    from nemo_skill.render.stills import Stills

    good, bad = tmp_path / "good.png", tmp_path / "bad.png"
    Image.new("RGB", (64, 48), (200, 10, 10)).save(good)
    bad.write_bytes(good.read_bytes()[:60])
    stills = Stills()
    pictures = [slides.HeldFrames(3), slides.HeldFrames(3)]
    for k, (path, frames) in enumerate(zip((good, bad), pictures, strict=True)):
        stills.add(f"t/v1/sg/s{k}", path, (64, 48), "cover", (0, 0, 0), None, frames.set_still)
    stills.finish()  # returns at once: nothing decoded is waited for here
    run = slides.RunFrames([slides.Slide("first: picture", pictures[0]),
                            slides.Slide("second: picture", pictures[1], 1)], (64, 48))
    made = iter(run)
    assert len(bytes(next(made))) == 64 * 48 * 3 // 2  # the first picture's frame, once it is ready
    with pytest.raises(FeedError, match=r"^t/v1/sg/s1: cannot read image bad\.png: "):
        list(made)
