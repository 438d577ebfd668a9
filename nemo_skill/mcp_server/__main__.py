"""``python -m nemo_skill.mcp_server``: the same as the ``nemo-mcp`` console script."""

import sys

from .serve import main

sys.exit(main())
