"""The progress store: progress is never lost, and every run is recorded faithfully.

The clock is always injected (``now`` for the set-aside stamp, ``on`` for the
day of a run): no test depends on the real date.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path

import pytest

from pytest_senior_katas.core.progress import (
    FORMAT,
    MAX_BYTES,
    Files,
    KataProgress,
    Progress,
    load,
    record,
    save,
)

MONDAY = date(2026, 11, 23)
TUESDAY = date(2026, 11, 24)
WEDNESDAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 26, 9, 30, 5)
STAMP = "20261126-093005"


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return tmp_path / ".katas" / "progress.json"


def a_progress() -> Progress:
    return Progress(
        katas={
            "legb_counter": KataProgress(
                status="solved",
                attempts=3,
                first_solved="2026-11-23",
                last_solved="2026-11-24",
                hints_used=1,
                solved_digest="ab" * 32,
            ),
            "mutable_default": KataProgress(status="fitted", attempts=2),
        },
        solve_days=["2026-11-24", "2026-11-23"],
    )


def files_in(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


# -- load and save --------------------------------------------------------------


def test_a_missing_state_file_is_a_fresh_start_without_warning(state: Path) -> None:
    loaded = load(state, now=NOW)

    assert loaded.progress == Progress()
    assert loaded.warning is None
    assert not state.exists()


def test_saved_progress_loads_back_unchanged(state: Path) -> None:
    save(state, a_progress())

    loaded = load(state, now=NOW)

    assert loaded.warning is None
    assert loaded.progress.katas == a_progress().katas
    assert sorted(loaded.progress.solve_days) == ["2026-11-23", "2026-11-24"]


def test_the_saved_file_is_versioned_json_with_each_day_once(state: Path) -> None:
    progress = a_progress()
    progress.solve_days.append("2026-11-23")

    save(state, progress)

    data = json.loads(state.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT
    assert data["solve_days"] == ["2026-11-23", "2026-11-24"]
    assert data["katas"]["mutable_default"]["status"] == "fitted"


def test_save_creates_the_state_directory(tmp_path: Path) -> None:
    path = tmp_path / "deeper" / "still" / "progress.json"

    save(path, Progress())

    assert load(path).progress == Progress()


def test_save_leaves_no_temporary_file_behind(state: Path) -> None:
    save(state, Progress())
    save(state, a_progress())

    assert files_in(state.parent) == ["progress.json"]


def test_an_interrupted_save_keeps_the_old_progress_and_no_temporary_file(
    state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(state, a_progress())
    before = state.read_bytes()
    replaced: list[tuple[str, str]] = []

    def failing_replace(src: str, dst: str) -> None:
        replaced.append((str(src), str(dst)))
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", failing_replace)

    with pytest.raises(OSError, match="disk full"):
        save(state, Progress())

    assert replaced, "the new content must reach the file through os.replace"
    assert Path(replaced[0][0]).parent == state.parent  # same directory: an atomic rename
    assert Path(replaced[0][1]) == state
    assert state.read_bytes() == before
    assert files_in(state.parent) == ["progress.json"]


def test_unknown_fields_in_a_kata_entry_are_ignored(state: Path) -> None:
    state.parent.mkdir(parents=True)
    state.write_text(
        json.dumps({"format": FORMAT, "katas": {"k": {"status": "solved", "colour": "blue"}}}),
        encoding="utf-8",
    )

    loaded = load(state, now=NOW)

    assert loaded.warning is None
    assert loaded.progress.katas == {"k": KataProgress(status="solved")}


# -- an unreadable file is kept aside, never overwritten ----------------------------


UNREADABLE = {
    "corrupt JSON": (b"{this is not json", "is corrupt or truncated"),
    "truncated JSON": (
        b'{"format": 1, "katas": {"legb_counter": {"status": "sol',
        "is corrupt or truncated",
    ),
    "a JSON list": (b'["legb_counter"]', "not a JSON object"),
    "no format": (b'{"katas": {}}', "no format version"),
    "a newer format": (
        json.dumps({"format": FORMAT + 1, "katas": {}}).encode(),
        "written by a newer version",
    ),
    "a day that is not a date": (
        json.dumps({"format": FORMAT, "solve_days": ["yesterday"]}).encode(),
        "bad value",
    ),
    "a day that is a number": (
        json.dumps({"format": FORMAT, "solve_days": [20261126]}).encode(),
        "bad value",
    ),
    "a kata entry that is not an object": (
        json.dumps({"format": FORMAT, "katas": {"legb_counter": "solved"}}).encode(),
        "'legb_counter' is not an object",
    ),
    "katas that is a list": (
        json.dumps({"format": FORMAT, "katas": []}).encode(),
        "unexpected structure",
    ),
    "not UTF-8": (b'{"format": 1, "katas": {"caf\xe9": {}}}', "cannot be read"),
}


def with_entry(**fields: object) -> bytes:
    return json.dumps({"format": FORMAT, "katas": {"k": fields}}).encode()


#: Files that parse, but whose values a later step would trip on: refused whole at load.
INVALID = {
    "a review level past the table": (with_entry(review_level=7), "'k'.review_level: 7"),
    "a negative count": (with_entry(attempts=-1), "'k'.attempts: -1"),
    "a count of implausible size": (with_entry(runs=10**12), "'k'.runs: a huge number"),
    "a boolean count": (with_entry(hints_used=True), "'k'.hints_used: True"),
    "a start that is not a time": (
        with_entry(started="last tuesday"),
        "'k'.started: 'last tuesday'",
    ),
    "a solve time with a time zone": (
        with_entry(solved_at="2026-11-26T09:30:00+02:00"),
        "'k'.solved_at",
    ),
    "a due day that is not a date": (with_entry(review_due="soon"), "'k'.review_due: 'soon'"),
    "a solve day that is a date and time": (
        with_entry(first_solved="2026-11-26T09:30:00"),
        "'k'.first_solved",
    ),
    "a digest that is not a digest": (with_entry(solved_digest="../x"), "'k'.solved_digest"),
    "reviewing a string": (with_entry(reviewing="yes"), "'k'.reviewing: 'yes'"),
    "a status that is a list": (with_entry(status=["solved"]), "'k'.status: ['solved']"),
    "a format of zero": (json.dumps({"format": 0}).encode(), "bad format version 0"),
    "a boolean format": (json.dumps({"format": True}).encode(), "no format version"),
    "an empty kata id": (
        json.dumps({"format": FORMAT, "katas": {"": {}}}).encode(),
        "bad kata id ''",
    ),
    "a 5000-digit integer": (
        b'{"format": 1, "katas": {"k": {"attempts": ' + b"9" * 5000 + b"}}}",
        "holds a number too long to be a count",
    ),
    "JSON nested 100,000 deep": (
        b'{"format": 1, "katas": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "is nested too deeply",
    ),
    "a file larger than any progress": (
        b'{"format": 1, "pad": "' + b" " * MAX_BYTES + b'"}',
        "is larger than 8 MB",
    ),
}
UNREADABLE.update(INVALID)


@pytest.mark.parametrize(("content", "problem"), UNREADABLE.values(), ids=UNREADABLE.keys())
def test_an_unreadable_state_file_is_kept_aside_byte_for_byte_with_a_one_line_warning(
    state: Path, content: bytes, problem: str
) -> None:
    state.parent.mkdir(parents=True)
    state.write_bytes(content)

    loaded = load(state, now=NOW)

    aside = state.with_name(f"progress.json.unreadable-{STAMP}")
    assert loaded.progress == Progress()
    assert files_in(state.parent) == [aside.name]
    assert aside.read_bytes() == content
    assert loaded.warning is not None
    assert "\n" not in loaded.warning
    assert str(state) in loaded.warning
    assert problem in loaded.warning
    assert aside.name in loaded.warning


@pytest.mark.parametrize(
    "entry",
    [{"status": "unsolved", "attempts": "three"}, {"status": "solved", "hints_used": None}],
    ids=["attempts a string", "hints_used null"],
)
def test_a_kata_entry_with_a_value_of_the_wrong_type_is_kept_aside(
    state: Path, entry: dict[str, object]
) -> None:
    state.parent.mkdir(parents=True)
    content = json.dumps({"format": FORMAT, "katas": {"legb_counter": entry}}).encode()
    state.write_bytes(content)

    loaded = load(state, now=NOW)

    assert loaded.warning is not None
    assert loaded.progress == Progress()
    assert state.with_name(f"progress.json.unreadable-{STAMP}").read_bytes() == content


def test_the_next_save_after_a_set_aside_starts_afresh_and_keeps_the_old_file(
    state: Path,
) -> None:
    state.parent.mkdir(parents=True)
    state.write_bytes(b"{corrupt")

    save(state, load(state, now=NOW).progress)

    assert load(state, now=NOW).warning is None
    assert state.with_name(f"progress.json.unreadable-{STAMP}").read_bytes() == b"{corrupt"


def test_a_read_only_load_leaves_an_unreadable_file_untouched(state: Path) -> None:
    state.parent.mkdir(parents=True)
    state.write_bytes(b"{corrupt")

    loaded = load(state, move_aside=False, now=NOW)

    assert loaded.progress == Progress()
    assert loaded.warning is not None
    assert "\n" not in loaded.warning
    assert str(state) in loaded.warning
    assert "not used" in loaded.warning
    assert files_in(state.parent) == ["progress.json"]
    assert state.read_bytes() == b"{corrupt"


def test_two_set_asides_in_the_same_second_do_not_clobber_each_other(state: Path) -> None:
    state.parent.mkdir(parents=True)
    state.write_bytes(b"{first corrupt file")
    first = load(state, now=NOW)
    state.write_bytes(b"{second corrupt file")
    second = load(state, now=NOW)

    first_aside = f"progress.json.unreadable-{STAMP}"
    second_aside = f"progress.json.unreadable-{STAMP}-2"
    assert files_in(state.parent) == [first_aside, second_aside]
    assert (state.parent / first_aside).read_bytes() == b"{first corrupt file"
    assert (state.parent / second_aside).read_bytes() == b"{second corrupt file"
    assert first.warning is not None
    assert second.warning is not None
    assert second_aside in second.warning


# -- record(): one run's verdicts ------------------------------------------------------


def test_attempts_count_every_run_until_solved_including_the_solving_run() -> None:
    progress = Progress()

    record(progress, {"k": "unsolved"}, MONDAY)
    record(progress, {"k": "fitted"}, MONDAY)
    record(progress, {"k": "solved"}, TUESDAY)
    record(progress, {"k": "solved"}, WEDNESDAY)

    assert progress.kata("k").attempts == 3


def test_a_run_counts_only_when_the_learner_files_changed() -> None:
    progress = Progress()
    # A first look at the starting files: the clock starts, no run is counted.
    record(progress, {"k": "unsolved"}, MONDAY, now=NOW, files={"k": Files("start", "start")})
    assert (progress.kata("k").runs, progress.kata("k").started) == (0, NOW.isoformat())
    for digest in ("edit-1", "edit-1", "edit-1", "edit-2"):
        record(progress, {"k": "fitted"}, MONDAY, files={"k": Files(digest, "start")})
    entry = progress.kata("k")
    assert (entry.attempts, entry.runs, entry.status) == (2, 2, "fitted")
    record(progress, {"k": "solved"}, MONDAY, files={"k": Files("edit-2", "start")})
    assert progress.kata("k").runs == 3  # the solving run always counts


def test_a_kata_never_started_that_a_run_only_re_checks_is_left_as_it_was() -> None:
    progress = Progress()
    rechecked = Files("start", "start", targeted=False)
    record(
        progress,
        {"k": "unsolved", "m": "unsolved"},
        MONDAY,
        files={"k": rechecked, "m": Files("edited", "start", targeted=False)},
    )
    assert progress.status("k") == "pending"
    assert progress.kata("k").started is None
    assert progress.kata("k").runs == 0
    # The learner's own edits count, whatever ran them.
    assert (progress.status("m"), progress.kata("m").runs) == ("unsolved", 1)


def test_a_first_solve_sets_first_and_last_solved_and_the_solve_day() -> None:
    progress = Progress()

    newly = record(progress, {"k": "solved"}, MONDAY)

    entry = progress.kata("k")
    assert newly == ["k"]
    assert entry.status == "solved"
    assert entry.first_solved == entry.last_solved == "2026-11-23"
    assert progress.solve_days == ["2026-11-23"]


def test_staying_solved_is_not_a_new_solve() -> None:
    progress = Progress()
    record(progress, {"k": "solved"}, MONDAY)

    newly = record(progress, {"k": "solved"}, TUESDAY)

    assert newly == []
    assert progress.kata("k").last_solved == "2026-11-23"
    assert progress.solve_days == ["2026-11-23"]


def test_a_day_is_counted_once_however_many_katas_are_solved_on_it() -> None:
    progress = Progress()

    record(progress, {"a": "solved", "b": "solved"}, MONDAY)
    record(progress, {"c": "solved"}, MONDAY)

    assert progress.solve_days == ["2026-11-23"]


def test_a_regression_then_a_re_solve_counts_for_the_streak() -> None:
    progress = Progress()
    record(progress, {"k": "solved"}, MONDAY)

    assert record(progress, {"k": "unsolved"}, TUESDAY) == []
    assert progress.status("k") == "unsolved"
    newly = record(progress, {"k": "solved"}, WEDNESDAY)

    entry = progress.kata("k")
    assert newly == ["k"]
    assert entry.first_solved == "2026-11-23"
    assert entry.last_solved == "2026-11-25"
    assert progress.solve_days == ["2026-11-23", "2026-11-25"]
    assert progress.streak(WEDNESDAY).current == 1


def test_newly_solved_lists_only_the_katas_that_became_solved() -> None:
    progress = Progress()
    record(progress, {"old": "solved"}, MONDAY)

    newly = record(
        progress,
        {"old": "solved", "fresh": "solved", "stuck": "unsolved", "close": "fitted"},
        TUESDAY,
    )

    assert newly == ["fresh"]
    assert {k: progress.status(k) for k in ("old", "fresh", "stuck", "close")} == {
        "old": "solved",
        "fresh": "solved",
        "stuck": "unsolved",
        "close": "fitted",
    }


def test_an_unknown_status_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown status 'passed'"):
        record(Progress(), {"k": "passed"}, MONDAY)


def test_the_solved_digest_is_kept_only_while_the_kata_stays_solved() -> None:
    progress = Progress()

    record(progress, {"k": "solved"}, MONDAY, {"k": "digest-1"})
    assert progress.kata("k").solved_digest == "digest-1"

    record(progress, {"k": "solved"}, TUESDAY, {"k": "digest-2"})
    assert progress.kata("k").solved_digest == "digest-2"

    record(progress, {"k": "unsolved"}, TUESDAY, {"k": "digest-3"})
    assert progress.kata("k").solved_digest is None


def test_a_solve_without_digests_stores_none() -> None:
    progress = Progress()

    record(progress, {"k": "solved"}, MONDAY)

    assert progress.kata("k").solved_digest is None


def test_a_kata_never_run_is_pending() -> None:
    assert Progress().status("never_run") == "pending"


def test_recorded_progress_survives_a_save_and_load(state: Path) -> None:
    progress = Progress()
    record(progress, {"a": "solved", "b": "fitted"}, MONDAY, {"a": "d1"})
    record(progress, {"b": "solved"}, TUESDAY, {"b": "d2"})

    save(state, progress)
    loaded = load(state, now=NOW).progress

    assert loaded.katas == progress.katas
    assert loaded.streak(TUESDAY) == progress.streak(TUESDAY)


def test_every_valid_value_written_by_a_run_loads_back(state: Path) -> None:
    progress = Progress()
    record(progress, {"k": "solved"}, MONDAY, {"k": "ab" * 32}, NOW)
    entry = progress.kata("k")
    entry.review_level, entry.reviewing, entry.hints_used = 4, True, 3
    save(state, progress)

    loaded = load(state, now=NOW)

    assert loaded.warning is None
    assert loaded.progress.katas == progress.katas


def test_a_warning_about_a_huge_value_stays_short(state: Path) -> None:
    state.parent.mkdir(parents=True)
    state.write_bytes(with_entry(started="x" * 100_000))

    loaded = load(state, now=NOW)

    assert loaded.warning is not None
    assert len(loaded.warning) < 300


def test_leftovers_of_a_killed_write_are_removed_by_the_next_write(tmp_path: Path) -> None:
    import os
    import time

    from pytest_senior_katas.core.progress import update

    path = tmp_path / "progress.json"
    stale = tmp_path / ".progress.json.abc123.tmp"
    fresh = tmp_path / ".progress.json.def456.tmp"
    stale.write_text("x" * 1000)
    fresh.write_text("being written right now")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    update(path, lambda progress: None)
    assert not stale.exists()
    assert fresh.exists()  # another writer's, perhaps: too young to be called stale
    assert path.exists()


def test_a_read_only_progress_file_is_not_replaced(tmp_path: Path) -> None:
    import os

    from pytest_senior_katas.core.progress import update

    path = tmp_path / "progress.json"
    update(path, lambda progress: None)
    before = path.read_text()
    os.chmod(path, 0o444)
    try:
        updated = update(path, lambda progress: progress.katas.clear())
        assert updated.save_error is not None
        assert "read-only" in str(updated.save_error)
        assert path.read_text() == before
    finally:
        os.chmod(path, 0o644)
