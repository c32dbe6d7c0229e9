"""The ``pytest11`` entry point: the options, and one plugin object per mode.

pytest imports this module in every run wherever the plugin is installed, so it
imports nothing heavy and nothing of the kata machinery: each mode's module is
imported only when its option is given. Nothing of the package imports this
module; the names it registers live in :mod:`.options`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .options import (
    DIR_HELP,
    DIR_INI,
    KATAS,
    KATAS_ALL,
    KATAS_CHECK,
    KATAS_HINT,
    KATAS_INIT,
    KATAS_RESET,
    KATAS_REVIEW,
    KATAS_SOLUTION,
    KATAS_STATUS,
    KATAS_WATCH,
    SPECIAL_CASES_HELP,
    SPECIAL_CASES_INI,
    STATE_HELP,
    STATE_INI,
    TIMEOUT_HELP,
    TIMEOUT_INI,
    katas_root,
)

__all__ = ["StayOut"]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("senior-katas", "senior katas (pytest-senior-katas)")
    group.addoption(
        KATAS,
        action="store_true",
        dest="katas",
        help="kata mode: re-check solved katas, run the current kata, show progress.",
    )
    group.addoption(
        KATAS_ALL,
        action="store_true",
        dest="katas_all",
        help="with --katas: run every kata, solved or not.",
    )
    group.addoption(
        KATAS_STATUS,
        nargs="?",
        const="table",
        choices=("table", "json"),
        dest="katas_status",
        metavar="table|json",
        help="show every kata's status (as a table, or =json); runs no tests.",
    )
    group.addoption(
        KATAS_HINT,
        dest="katas_hint",
        metavar="ID",
        nargs="?",
        const="",
        help="show the next hint level of a kata (the current one without ID); "
        "hint use is recorded.",
    )
    group.addoption(
        KATAS_RESET,
        dest="katas_reset",
        metavar="ID",
        help="restore a kata's starting files; yours are backed up under .katas/backups first.",
    )
    group.addoption(
        KATAS_SOLUTION,
        dest="katas_solution",
        metavar="ID",
        help="show the reference of a solved kata, and how yours differs from it.",
    )
    group.addoption(
        KATAS_REVIEW,
        nargs="?",
        const=3,
        type=int,
        dest="katas_review",
        metavar="N",
        help="spaced repetition: reset up to N (default 3) solved katas that are due for review.",
    )
    group.addoption(
        KATAS_WATCH,
        action="store_true",
        dest="katas_watch",
        help="stay open and re-run the current kata (or the selected ones) on every save.",
    )
    group.addoption(
        KATAS_INIT,
        nargs="?",
        const="senior-katas",
        dest="katas_init",
        metavar="DIR",
        help="create a practice workspace in DIR (default: senior-katas); never overwrites.",
    )
    group.addoption(
        KATAS_CHECK,
        action="store_true",
        dest="katas_check",
        help="for kata authors: prove each kata (under PATH...) fails at start, "
        "its reference passes and every cheat is rejected.",
    )
    parser.addini(DIR_INI, DIR_HELP, default="katas")
    parser.addini(STATE_INI, STATE_HELP, default=".katas/progress.json")
    parser.addini(TIMEOUT_INI, TIMEOUT_HELP, default="10")
    parser.addini(SPECIAL_CASES_INI, SPECIAL_CASES_HELP, type="bool", default=True)


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> int | None:
    """Learner commands that run no tests answer here, before any session starts."""
    opt = config.option
    if (
        opt.katas_status
        or opt.katas_init
        or opt.katas_hint is not None
        or opt.katas_reset is not None
        or opt.katas_solution is not None
        or opt.katas_review is not None
        or opt.katas_watch
    ):
        from .commands import main

        return main(config)
    return None


def pytest_configure(config: pytest.Config) -> None:
    if config.option.katas_check:
        from .check.mode import CatalogCheck

        config.pluginmanager.register(CatalogCheck(config), "senior-katas-check")
    elif config.option.katas:
        from .session.mode import KataSession

        config.pluginmanager.register(KataSession.start(config), "senior-katas-session")
    else:
        config.pluginmanager.register(StayOut(config), "senior-katas-stay-out")


class StayOut:
    """Without a kata option, the catalog is not collected at all.

    A learner's or a project's ordinary ``pytest`` run stays exactly as it was.
    """

    def __init__(self, config: pytest.Config) -> None:
        self.root = katas_root(config)
        #: Whether this run would have collected the catalog, had it not been left out.
        self.left_out = False

    def pytest_ignore_collect(self, collection_path: Path) -> bool | None:
        if collection_path == self.root:
            self.left_out = True
            return True
        return None

    def pytest_terminal_summary(
        self, terminalreporter: pytest.TerminalReporter, exitstatus: int
    ) -> None:
        # Plain `pytest` in a kata workspace finds nothing: say what to run instead.
        if (
            exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED
            and self.left_out
            and (self.root / "catalog.toml").is_file()
        ):
            terminalreporter.write_line(
                "senior katas: this is a kata workspace; run `pytest --katas` to work on "
                "the current kata (plain pytest leaves the katas alone)",
                yellow=True,
            )
