"""Modules imported when first used, so that starting the window does not pay for them."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """The module ``name``, executed on the first access to one of its attributes (the standard
    library's ``LazyLoader``). Import it for type checking as usual, beside this call::

        if TYPE_CHECKING:
            from app.ui.tools import export_start
        else:
            export_start = lazy_module("app.ui.tools.export_start")
    """
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(f"no module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
