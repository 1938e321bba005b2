"""Rule and NER extractors. Importing the package registers every module in it."""
from __future__ import annotations

import importlib
import pkgutil

from extractors.base import REGISTRY, register

_LIBRARIES = {"base"}

for _mod in pkgutil.iter_modules(__path__):
    if _mod.name not in _LIBRARIES and not _mod.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_mod.name}")

__all__ = ["REGISTRY", "register"]
