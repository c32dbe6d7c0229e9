"""Stress: katas whose verdicts involve threads, processes, the event loop or timing
must never flip. Each is checked 20 times in a row (start fails, reference passes,
every cheat is rejected).

Slow (minutes per kata), so it runs only when asked:
    python -m pytest -m stress tests/test_stability.py -n auto
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import REPO
from pytest_senior_katas.core.catalog import load_catalog

#: Topics whose katas depend on scheduling, the collector or measured ratios.
SENSITIVE_TOPICS = ("memory_model", "performance", "the_gil", "async_and_concurrency")
RUNS = 20

SENSITIVE = [kata for kata in load_catalog(REPO / "katas").katas if kata.topic in SENSITIVE_TOPICS]


@pytest.mark.stress
@pytest.mark.parametrize("kata", SENSITIVE, ids=[k.id for k in SENSITIVE])
def test_the_verdicts_never_flip(kata: object) -> None:
    path = str(kata.directory)  # type: ignore[attr-defined]
    failures = []
    for run in range(1, RUNS + 1):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "--katas-check",
                path,
                "-p",
                "no:cacheprovider",
                "-q",
                "-W",
                "ignore::DeprecationWarning",
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            failures.append(f"run {run}:\n{result.stdout[-2000:]}")
    assert not failures, f"{len(failures)}/{RUNS} runs flipped:\n" + "\n".join(failures)
