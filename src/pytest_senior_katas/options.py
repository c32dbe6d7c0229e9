"""The plugin's option and ini names, their help texts, and the paths they give.

Every other module reads these names from here. This module imports nothing of
the package (and pytest only for types), so any module may import it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pytest

KATAS = "--katas"
KATAS_ALL = "--katas-all"
KATAS_STATUS = "--katas-status"
KATAS_INIT = "--katas-init"
KATAS_HINT = "--katas-hint"
KATAS_CHECK = "--katas-check"
KATAS_RESET = "--katas-reset"
KATAS_SOLUTION = "--katas-solution"
KATAS_REVIEW = "--katas-review"
KATAS_WATCH = "--katas-watch"

DIR_INI = "katas_dir"
STATE_INI = "katas_state"
TIMEOUT_INI = "katas_timeout"
SPECIAL_CASES_INI = "katas_special_cases"

DIR_HELP = "directory of the kata catalog, relative to the rootdir (default: katas)"
STATE_HELP = "progress file, relative to the rootdir (default: .katas/progress.json)"
TIMEOUT_HELP = "seconds a kata test may run before its kata is marked timeout (default: 10)"
SPECIAL_CASES_HELP = (
    "check that no line of a learner's file runs only for the example inputs "
    "(special-casing); default true"
)


def katas_root(config: pytest.Config) -> Path:
    """The catalog directory: ``katas_dir``, relative to the rootdir."""
    return config.rootpath / str(config.getini(DIR_INI))


def state_path(config: pytest.Config) -> Path:
    """The progress file: ``katas_state``, relative to the rootdir."""
    return config.rootpath / str(config.getini(STATE_INI))
