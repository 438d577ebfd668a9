"""The draft (timeline) format shared by the client, the local engine and the renderer.

``schema.json`` is the committed JSON Schema; ``summary`` turns any draft (ours or the cloud's)
into the one-line track summary; ``validate`` checks a draft against the schema and the timing
rules (engine and renderer only: it needs the ``local`` extra).
"""

from importlib import resources
from pathlib import Path


def schema_path() -> Path:
    return Path(str(resources.files(__package__).joinpath("schema.json")))
