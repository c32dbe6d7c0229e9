import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .logscan import count_matches
from .pools import SpawnPool

LINES = ["INFO started", "ERROR disk full", "WARN slow request", "ERROR timeout", "WARN disk 91%"]
logs = st.lists(st.lists(st.sampled_from(LINES), max_size=5), min_size=1, max_size=3)
needles = st.sampled_from(["ERROR", "WARN", "disk", "timeout"])


@pytest.fixture(scope="module")
def pool():
    with SpawnPool() as pool:
        yield pool


@settings(parent=kata_settings, max_examples=15)  # each example runs in the workers
@given(logs=logs, needle=needles)
@example(logs=[["WARN slow request"]], needle="WARN")  # not the default needle
def test_every_log_is_counted_for_any_needle(reference, pool, logs, needle):
    with tempfile.TemporaryDirectory() as directory:
        paths = []
        for i, lines in enumerate(logs):
            path = Path(directory, f"{i}.log")
            path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            paths.append(str(path))
        got = count_matches(paths, pool, needle)
        # The reference's module can only be imported in this process: it runs in threads.
        with ThreadPoolExecutor(2) as threads:
            want = reference.count_matches(paths, threads, needle)
    names = {path: f"{i}.log" for i, path in enumerate(paths)}
    assert_same(
        {names.get(path, path): n for path, n in got.items()},
        {names[path]: n for path, n in want.items()},
        logs={f"{i}.log": lines for i, lines in enumerate(logs)},
        needle=needle,
    )
