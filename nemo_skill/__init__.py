"""media-content-generator: the NemoVideo Agent Skill's Python package.

Subpackages: ``client`` (talks to the API), ``local`` (the embedded engine serving that API),
``render`` (drafts to MP4 with FFmpeg), ``draft`` (the timeline format shared by all three),
``media`` (probing files), ``cli`` (what the scripts run).
"""

__version__ = "1.0.0"
