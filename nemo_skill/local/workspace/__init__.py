"""The workspace page at the claim link: the timeline, chat edits, quick previews and export.

``routes.router(engine)`` serves the page (``page.html``), its script and styles (``static/``) and
what they call; ``pages`` authenticates the browser, ``view`` builds what it shows, ``timeline``
draws the tracks and ``media_cache`` the thumbnails and waveforms. See docs/engine.md.
"""
