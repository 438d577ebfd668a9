"""Every edit the planner can make, one ``registry.Edit`` declaration each, grouped by what they change.

Importing this package registers them all: each module of the package is imported here, so adding an
edit is a declaration in one of these modules (or a new module) plus rows in ``vocab``.
"""

from __future__ import annotations

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
