"""Learner commands that run no tests: one module per command.

Each answers from ``pytest_cmdline_main``, before a test session starts, and
reports bad input as a one-line ``pytest.UsageError``. :func:`main` picks the
command from the options.
"""

from __future__ import annotations

import pytest

from . import hint, init, reset, review, solution, status


def main(config: pytest.Config) -> int:
    opt = config.option
    if opt.katas_init:
        return init.init(config, opt.katas_init)
    if opt.katas_hint is not None:
        return hint.hint(config, opt.katas_hint)
    if opt.katas_reset is not None:
        return reset.reset(config, opt.katas_reset)
    if opt.katas_solution is not None:
        return solution.solution(config, opt.katas_solution)
    if opt.katas_review is not None:
        return review.review(config, opt.katas_review)
    if opt.katas_watch:
        from . import watch  # only this command needs subprocess and polling

        return watch.watch(config)
    return status.status(config, opt.katas_status)
