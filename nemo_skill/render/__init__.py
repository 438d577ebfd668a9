"""Draft -> broadcast-quality MP4 with one FFmpeg process and one encode pass.

Public API (docs/architecture.md): render_draft, MediaRef, RenderResult, RenderError, ffmpeg_exe.
"""

from .ffmpeg import ffmpeg_exe
from .model import MediaRef, RenderError, RenderResult
from .pipeline import render_draft

__all__ = ["MediaRef", "RenderError", "RenderResult", "ffmpeg_exe", "render_draft"]
