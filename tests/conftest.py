"""Shared fixtures: small synthetic catalogs that integration tests drive with pytester."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import coverage.control
import coverage.tracer  # noqa: F401
import pytest

# pytester's in-process runs restore sys.modules afterwards; a C extension such as
# coverage's tracer cannot be imported a second time into the same process, so it is
# imported once here, before any of them.

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_bytecode_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    # Learner files are rewritten within the same second in these tests; a stale
    # .pyc with the same mtime and size would hide the edit.
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.delenv("KATAS_TODAY", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


KATAS = {
    "add_one": {
        "file": "add.py",
        "start": '''\
            """add_one(x) returns x + 1."""


            def add_one(x: int) -> int:
                return x  # TODO: add one
            ''',
        "reference": "def add_one(x: int) -> int:\n    return x + 1\n",
        "fitted": "def add_one(x: int) -> int:\n    return 2 if x == 1 else 42\n",
        # More cheats, so that the kata meets the check's minimum (5, 3 of them blind).
        "cheats": {
            "positive_only": "def add_one(x: int) -> int:\n    return x + 1 if x > 0 else x\n",
            "absolute": "def add_one(x: int) -> int:\n    return abs(x) + 1\n",
            "one_byte": "def add_one(x: int) -> int:\n    return (x + 1) % 256\n",
            "small_only": "def add_one(x: int) -> int:\n    return x + 1 if x < 100 else x\n",
        },
        "examples": """\
            from .add import add_one


            def test_one_becomes_two():
                assert add_one(1) == 2


            def test_forty_one_becomes_forty_two():
                assert add_one(41) == 42
            """,
        "properties": """\
            from hypothesis import given
            from hypothesis import strategies as st

            from pytest_senior_katas.kata import assert_same, kata_settings

            from .add import add_one


            @kata_settings
            @given(x=st.integers())
            def test_matches_reference(reference, x):
                assert_same(add_one(x), reference.add_one(x), x=x)
            """,
    },
    "shout": {
        "file": "shout.py",
        "start": """\
            def shout(text: str) -> str:
                return text  # TODO
            """,
        "reference": "def shout(text: str) -> str:\n    return text.upper() + '!'\n",
        "fitted": "def shout(text: str) -> str:\n    return 'HI!'\n",
        "cheats": {
            "first_letters": "def shout(text: str) -> str:\n    return text[:2].upper() + '!'\n",
            "two_letters": "def shout(text: str) -> str:\n    return text.upper()[:2] + '!'\n",
            "no_empty": "def shout(text: str) -> str:\n    return (text or 'hi').upper() + '!'\n",
            "two_marks_long": "def shout(text: str) -> str:\n"
            "    return text.upper() + ('!!' if len(text) > 3 else '!')\n",
        },
        "examples": """\
            from .shout import shout


            def test_hi():
                assert shout("hi") == "HI!"
            """,
        "properties": """\
            from hypothesis import given
            from hypothesis import strategies as st

            from pytest_senior_katas.kata import assert_same, kata_settings

            from .shout import shout


            @kata_settings
            @given(text=st.text(alphabet="abc", max_size=5))
            def test_matches_reference(reference, text):
                assert_same(shout(text), reference.shout(text), text=text)
            """,
    },
}


def write_kata(root: Path, kata_id: str, spec: dict[str, str], topic: str = "basics") -> Path:
    kata = root / topic / kata_id
    (kata / "_solutions" / "reference").mkdir(parents=True)
    (kata / "_solutions" / "cheats" / "fitted").mkdir(parents=True)
    (kata / "__init__.py").write_text("")
    (kata / "kata.toml").write_text(
        textwrap.dedent(
            f'''\
            format = 1
            title = "The {kata_id} kata"
            kind = "fix"
            files = ["{spec["file"]}"]
            prompt = "Make {kata_id} work."
            hints = ["Look at the examples.", "Read the docstring.", "Nearly the answer."]
            interviewers = "Interviewers listen for {kata_id}."

            [seed]
            section = 3
            heading = "Language Semantics"
            bullet = "Truthiness rules"

            [checks]
            blind_cheats = {list(spec["cheats"])[:3]!r}
            '''
        ).replace("'", '"')
    )
    (kata / spec["file"]).write_text(textwrap.dedent(spec["start"]))
    (kata / "test_examples.py").write_text(textwrap.dedent(spec["examples"]))
    (kata / "test_properties.py").write_text(textwrap.dedent(spec["properties"]))
    (kata / "_solutions" / "reference" / spec["file"]).write_text(spec["reference"])
    (kata / "_solutions" / "cheats" / "fitted" / spec["file"]).write_text(spec["fitted"])
    for name, code in spec["cheats"].items():
        (kata / "_solutions" / "cheats" / name).mkdir()
        (kata / "_solutions" / "cheats" / name / spec["file"]).write_text(code)
    return kata


class Workspace:
    """A learner's workspace with a two-kata catalog, driven through pytester."""

    def __init__(self, pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
        self.pytester = pytester
        self.monkeypatch = monkeypatch
        self.root = pytester.path
        self.katas = self.root / "katas"
        self.katas.mkdir()
        (self.katas / "basics").mkdir()
        (self.katas / "basics" / "__init__.py").write_text("")
        for kata_id, spec in KATAS.items():
            write_kata(self.katas, kata_id, spec)
        (self.katas / "catalog.toml").write_text(
            'format = 1\n\n[[topics]]\nid = "basics"\ntitle = "Basics"\n'
            'katas = ["add_one", "shout"]\n'
        )
        # A generous per-test limit: a busy machine must not turn a slow test into a
        # "timeout" verdict (the tests about timeouts set their own, small limit).
        (self.root / "pytest.ini").write_text("[pytest]\nkatas_dir = katas\nkatas_timeout = 120\n")
        from pytest_senior_katas.core.catalog import load_catalog
        from pytest_senior_katas.core.checksums import compute_checksums, format_checksums

        sums = format_checksums(compute_checksums(load_catalog(self.katas)))
        (self.katas / "checksums.txt").write_text(sums)

    def refresh_checksums(self) -> None:
        """After an author's edit of shipped files: the catalog's checksums follow."""
        from pytest_senior_katas.core.catalog import load_catalog
        from pytest_senior_katas.core.checksums import compute_checksums, format_checksums

        sums = format_checksums(compute_checksums(load_catalog(self.katas)))
        (self.katas / "checksums.txt").write_text(sums)

    def kata_file(self, kata_id: str) -> Path:
        return self.katas / "basics" / kata_id / KATAS[kata_id]["file"]

    def write(self, kata_id: str, version: str) -> None:
        """Put the reference, the fitted cheat or the starting file in the learner's place."""
        self.kata_file(kata_id).write_text(textwrap.dedent(KATAS[kata_id][version]))

    def run(self, *args: str, today: str | None = None) -> pytest.RunResult:
        if today is not None:
            self.monkeypatch.setenv("KATAS_TODAY", today)
        return self.pytester.runpytest(
            "-p", "no:cacheprovider", "-p", "no:randomly", "-W", "ignore::DeprecationWarning", *args
        )

    def progress(self) -> dict[str, object]:
        import json

        return json.loads((self.root / ".katas" / "progress.json").read_text())

    def status(self, kata_id: str) -> str:
        return str(self.progress()["katas"][kata_id]["status"])  # type: ignore[index]


def assert_no_traceback(result: pytest.RunResult) -> None:
    """Bad input is a one-line error, never a traceback or an INTERNALERROR."""
    out = result.stdout.str() + result.stderr.str()
    assert "INTERNALERROR" not in out
    assert "Traceback (most recent call last)" not in out


def error_lines(result: pytest.RunResult) -> list[str]:
    return [line for line in result.stderr.lines if line.startswith("ERROR:")]


def progress_path(workspace: Workspace) -> Path:
    return workspace.root / ".katas" / "progress.json"


@pytest.fixture
def workspace(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    return Workspace(pytester, monkeypatch)


@pytest.fixture
def run_python(tmp_path: Path) -> Callable[..., object]:
    import subprocess

    def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> object:
        return subprocess.run(
            [sys.executable, *args], cwd=cwd or tmp_path, capture_output=True, text=True, env=env
        )

    return run
