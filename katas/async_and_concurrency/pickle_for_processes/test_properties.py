import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .logscan import count_matches
from .pools import SpawnPool

# Any text on a line but a line break; the needle may sit anywhere on it, more than once.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
free_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters=LINE_BREAKS), max_size=12
)
LINES = [
    "INFO started",
    "ERROR disk full",
    "WARN slow request",
    "2024-05-01 ERROR timeout",
    "ERROR retry after ERROR",
    "error: lower case is another word",
    "WARN disk 91%",
    "",
]
lines = st.one_of(st.sampled_from(LINES), free_text)
# Up to three log files; the paths name them in any order, repeats and none included.
logs = st.lists(st.lists(lines, max_size=5), min_size=1, max_size=3)
picks = st.lists(st.integers(0, 2), max_size=4)
needles = st.one_of(
    st.sampled_from(["ERROR", "WARN", "disk", "error", "é", " "]),
    free_text.filter(bool),
)


@pytest.fixture(scope="module")
def pool():
    with SpawnPool() as pool:
        yield pool


def write(directory: str, logs: list[list[str]]) -> list[str]:
    paths = []
    for i, lines in enumerate(logs):
        path = Path(directory, f"{i}.log")
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        paths.append(str(path))
    return paths


def check(pool, reference, directory, paths, needle, inputs):
    asked = list(paths)
    got = count_matches(asked, pool, needle)
    assert_same(asked, paths, **inputs, unchanged="the caller's list of paths")
    # The reference's module can only be imported in this process: it runs in threads.
    with ThreadPoolExecutor(2) as threads:
        want = reference.count_matches(paths, threads, needle)

    def name(path: str) -> str:
        return Path(path).name if Path(path).parent == Path(directory) else path

    assert_same(
        {name(path): n for path, n in got.items()},
        {name(path): n for path, n in want.items()},
        **inputs,
    )


@settings(parent=kata_settings, max_examples=15)  # each example runs in the workers
@given(logs=logs, picks=picks, needle=needles)
@example(logs=[["WARN slow request"]], picks=[0], needle="WARN")  # not the default needle
@example(logs=[["WARN slow", "ERROR x", "ERROR y"]], picks=[0], needle="WARN")
@example(logs=[["ERROR retry after ERROR"]], picks=[0], needle="ERROR")  # one line, two matches
@example(logs=[["2024-05-01 ERROR disk full"]], picks=[0], needle="ERROR")  # not at the start
@example(logs=[["a"], ["ERROR"], ["ERROR", "ERROR"]], picks=[2, 0, 2, 1], needle="ERROR")
@example(logs=[["ERROR"]], picks=[], needle="ERROR")
def test_every_log_is_counted_for_any_needle(reference, pool, logs, picks, needle):
    with tempfile.TemporaryDirectory() as directory:
        files = write(directory, logs)
        paths = [files[i % len(files)] for i in picks]
        inputs = {"logs": logs, "paths": picks, "needle": needle}
        check(pool, reference, directory, paths, needle, inputs)


@settings(parent=kata_settings, max_examples=8)
@given(before=logs, after=logs, needles=st.lists(needles, min_size=2, max_size=3))
@example(before=[["ERROR a"]], after=[["ERROR a", "ERROR b"]], needles=["ERROR", "ERROR"])
@example(before=[["ERROR a"]], after=[["ERROR a"]], needles=["ERROR", "INFO"])
def test_every_call_reads_the_files_as_they_are_now(reference, pool, before, after, needles):
    # The same logs are scanned again and again, while they grow and with other needles.
    with tempfile.TemporaryDirectory() as directory:
        for i, needle in enumerate(needles):
            files = write(directory, before if i == 0 else after)
            inputs = {"before": before, "after": after, "needles": needles, "call": i + 1}
            check(pool, reference, directory, files, needle, inputs)
