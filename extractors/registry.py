"""A small plugin registry: every module of a package that defines a given
attribute contributes it. A new document kind, table kind or check is a new
file in its package, not an edit to a long `if` chain."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache


@cache
def discover(package: str, attribute: str) -> tuple:
    """The `attribute` of every module in `package` that has one, in module-name order."""
    pkg = importlib.import_module(package)
    found = []
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package}.{info.name}")
        value = getattr(module, attribute, None)
        if value is not None:
            found.append(value)
    return tuple(found)
