"""The catalog: reading and validating katas, and detecting edited shipped files.

Every catalog here is built in ``tmp_path`` by the helpers below, so each test
shows exactly which file is wrong and how. The last tests check the real
catalog shipped in ``katas/`` against the quality bar of the product brief.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from pytest_senior_katas.core.catalog import (
    CATALOG_FILE,
    CHECKSUMS_FILE,
    FORMAT,
    KATA_FILE,
    Catalog,
    CatalogError,
    load_catalog,
    load_kata,
)
from pytest_senior_katas.core.checksums import (
    compute_checksums,
    format_checksums,
    read_checksums,
    tampered_files,
)

REAL_CATALOG = Path(__file__).resolve().parents[1] / "katas"

#: Marks a field to leave out of a generated TOML file.
DROP = object()

VALID_KATA: dict[str, Any] = {
    "format": FORMAT,
    "title": "A click counter",
    "kind": "fix",
    "files": ["counter.py"],
    "prompt": "Fix counter.py so each counter keeps its own total.",
    "hints": ["A nudge.", "Nearly the answer."],
    "interviewers": "The LEGB rule, and nonlocal versus global.",
    "seed": {"section": 3, "heading": "Language Semantics", "bullet": "Name binding"},
}

LEARNER_SOURCE = "def make_counter():\n    return None\n"
TEST_SOURCE = "def test_nothing():\n    pass\n"


# -- helpers: write small catalogs into a directory ----------------------------


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML for {value!r}")


def toml_document(fields: dict[str, Any]) -> str:
    """TOML text for ``fields``: plain keys first, then one table per dict value."""
    lines = [f"{k} = {toml_value(v)}" for k, v in fields.items() if not isinstance(v, dict)]
    for key, table in fields.items():
        if isinstance(table, dict):
            lines.append(f"\n[{key}]")
            lines.extend(f"{k} = {toml_value(v)}" for k, v in table.items())
    return "\n".join(lines) + "\n"


def kata_fields(changes: dict[str, Any] | None = None) -> dict[str, Any]:
    """The valid kata fields with ``changes`` applied; ``"seed.section"`` reaches into [seed]."""
    fields = copy.deepcopy(VALID_KATA)
    for dotted, value in (changes or {}).items():
        *parents, key = dotted.split(".")
        table = fields
        for parent in parents:
            table = table[parent]
        if value is DROP:
            del table[key]
        else:
            table[key] = value
    return fields


def write_kata(
    directory: Path,
    changes: dict[str, Any] | None = None,
    *,
    files: tuple[str, ...] = (
        "__init__.py",
        "counter.py",
        "test_examples.py",
        "test_properties.py",
    ),
    toml: str | None = None,
) -> Path:
    """A kata directory: its kata.toml (valid unless changed) and the listed files."""
    directory.mkdir(parents=True, exist_ok=True)
    text = toml if toml is not None else toml_document(kata_fields(changes))
    (directory / KATA_FILE).write_text(text, encoding="utf-8")
    for name in files:
        source = LEARNER_SOURCE if name == "counter.py" else TEST_SOURCE
        (directory / name).write_text("" if name == "__init__.py" else source, encoding="utf-8")
    return directory


def write_catalog_file(root: Path, topics: list[dict[str, Any]], *, fmt: Any = FORMAT) -> Path:
    """Only ``catalog.toml``: ``topics`` as [[topics]] tables (fields in DROP are left out)."""
    root.mkdir(parents=True, exist_ok=True)
    lines = [] if fmt is DROP else [f"format = {toml_value(fmt)}"]
    for topic in topics:
        lines.append("\n[[topics]]")
        lines.extend(f"{k} = {toml_value(v)}" for k, v in topic.items() if v is not DROP)
    path = root / CATALOG_FILE
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_catalog(root: Path, topics: dict[str, list[str]]) -> Path:
    """A valid catalog: every topic and kata written, in the order given."""
    write_catalog_file(
        root,
        [{"id": t, "title": t.replace("_", " ").title(), "katas": k} for t, k in topics.items()],
    )
    for topic_id, kata_ids in topics.items():
        (root / topic_id).mkdir(parents=True, exist_ok=True)
        (root / topic_id / "__init__.py").write_text("", encoding="utf-8")
        for kata_id in kata_ids:
            write_kata(root / topic_id / kata_id)
    return root


def write_solutions(kata_dir: Path) -> None:
    for sub in ("reference", "cheats/hard_coded"):
        (kata_dir / "_solutions" / sub).mkdir(parents=True)
        (kata_dir / "_solutions" / sub / "counter.py").write_text(LEARNER_SOURCE, encoding="utf-8")


def catalog_error(root: Path) -> CatalogError:
    with pytest.raises(CatalogError) as info:
        load_catalog(root)
    return info.value


def kata_error(directory: Path) -> CatalogError:
    with pytest.raises(CatalogError) as info:
        load_kata(directory, "basics")
    return info.value


def assert_one_line(error: CatalogError, path: Path, *fragments: str) -> None:
    """The message is one line, starts with the file at fault and says what to do."""
    message = str(error)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert error.path == path
    for fragment in fragments:
        assert fragment in message


@pytest.fixture
def kata_dir(tmp_path: Path) -> Path:
    return tmp_path / "basics" / "first"


# -- a valid catalog -----------------------------------------------------------


def test_a_valid_catalog_lists_topics_and_katas_in_curriculum_order(tmp_path: Path) -> None:
    root = write_catalog(
        tmp_path / "katas", {"basics": ["zeta", "alpha"], "advanced": ["middle", "beta"]}
    )

    catalog = load_catalog(root)

    assert [t.id for t in catalog.topics] == ["basics", "advanced"]
    assert [k.id for k in catalog.katas] == ["zeta", "alpha", "middle", "beta"]
    assert [k.topic for k in catalog.katas] == ["basics", "basics", "advanced", "advanced"]
    assert catalog.topics[0].title == "Basics"
    assert catalog.root == root.resolve()


def test_a_kata_reads_every_field_of_its_kata_toml(tmp_path: Path) -> None:
    root = write_catalog(tmp_path, {"basics": ["first"]})

    kata = load_catalog(root).katas[0]

    assert kata.title == "A click counter"
    assert kata.kind == "fix"
    assert kata.files == ("counter.py",)
    assert kata.hints == ("A nudge.", "Nearly the answer.")
    assert kata.prompt.startswith("Fix counter.py")
    assert kata.interviewers.startswith("The LEGB rule")
    assert str(kata.seed) == "3 Language Semantics: Name binding"
    assert kata.directory == root.resolve() / "basics" / "first"


def test_examples_and_properties_default_to_the_usual_test_files(kata_dir: Path) -> None:
    kata = load_kata(write_kata(kata_dir), "basics")

    assert kata.examples == ("test_examples.py",)
    assert kata.properties == ("test_properties.py",)
    assert kata.test_files == ("test_examples.py", "test_properties.py")


def test_a_kata_may_name_its_own_test_files(kata_dir: Path) -> None:
    write_kata(
        kata_dir,
        {"examples": ["test_cases.py"], "properties": ["test_laws.py"]},
        files=("__init__.py", "counter.py", "test_cases.py", "test_laws.py"),
    )

    kata = load_kata(kata_dir, "basics")

    assert kata.test_files == ("test_cases.py", "test_laws.py")


@pytest.mark.parametrize("kind", ["fix", "predict", "refactor", "debug"])
def test_every_documented_kind_is_accepted(kata_dir: Path, kind: str) -> None:
    assert load_kata(write_kata(kata_dir, {"kind": kind}), "basics").kind == kind


# -- kata.toml errors: one line naming the file and the fix ----------------------


@pytest.mark.parametrize(
    ("field", "fix"),
    [
        ("title", "a short title"),
        ("kind", "one of fix, predict"),
        ("seed", "a [seed] table with section, heading, bullet"),
        ("seed.section", "the guide's section number"),
        ("seed.heading", "the guide's sub-heading"),
        ("seed.bullet", "the guide's bullet"),
        ("files", "the file(s) the learner edits"),
        ("prompt", "what the learner must do"),
        ("hints", "at least two hint levels"),
        ("interviewers", "what interviewers look for"),
    ],
)
def test_a_missing_required_field_is_one_line_naming_the_file_and_the_fix(
    kata_dir: Path, field: str, fix: str
) -> None:
    write_kata(kata_dir, {field: DROP})

    error = kata_error(kata_dir)

    assert_one_line(error, kata_dir / KATA_FILE, f"missing field '{field.split('.')[-1]}'", fix)


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("hints", "One string.", "field 'hints' must be a non-empty list of strings"),
        ("hints", ["A nudge.", 2], "field 'hints' must be a non-empty list of strings"),
        ("files", [], "field 'files' must be a non-empty list of strings"),
        ("files", "counter.py", "field 'files' must be a non-empty list of strings"),
        ("examples", [""], "field 'examples' must be a non-empty list of strings"),
        ("seed.section", True, "field 'section' must be"),
        ("seed.section", "3", "field 'section' must be"),
        ("seed", "3 Language Semantics", "field 'seed' must be"),
        ("title", 42, "field 'title' must be a str"),
        ("title", "   ", "field 'title' is empty"),
        ("kind", ["fix"], "field 'kind' must be a str"),
    ],
)
def test_a_field_of_the_wrong_type_is_one_line_naming_the_file_and_the_field(
    kata_dir: Path, field: str, value: Any, problem: str
) -> None:
    write_kata(kata_dir, {field: value})

    error = kata_error(kata_dir)

    assert_one_line(error, kata_dir / KATA_FILE, problem, "(")


def test_a_single_hint_is_refused_because_hints_are_graduated(kata_dir: Path) -> None:
    write_kata(kata_dir, {"hints": ["The whole answer at once."]})

    error = kata_error(kata_dir)

    assert_one_line(error, kata_dir / KATA_FILE, "'hints' needs at least two levels")


def test_an_unknown_kind_lists_the_kinds_to_choose_from(kata_dir: Path) -> None:
    write_kata(kata_dir, {"kind": "quiz"})

    error = kata_error(kata_dir)

    assert_one_line(
        error, kata_dir / KATA_FILE, "unknown kind 'quiz'", "fix, predict, refactor, write-tests"
    )


def test_a_kata_toml_without_format_asks_for_the_format_line(kata_dir: Path) -> None:
    write_kata(kata_dir, {"format": DROP})

    error = kata_error(kata_dir)

    assert_one_line(error, kata_dir / KATA_FILE, "missing 'format'", f"format = {FORMAT}")


def test_a_kata_toml_from_a_newer_format_asks_to_upgrade_the_plugin(kata_dir: Path) -> None:
    write_kata(kata_dir, {"format": FORMAT + 1})

    error = kata_error(kata_dir)

    assert_one_line(
        error, kata_dir / KATA_FILE, f"format {FORMAT + 1} is newer", "upgrade pytest-senior-katas"
    )


def test_invalid_toml_in_a_kata_is_one_line_with_the_position(kata_dir: Path) -> None:
    write_kata(kata_dir, toml='format = 1\ntitle = "unterminated\nkind = "fix"\n')

    error = kata_error(kata_dir)

    assert_one_line(error, kata_dir / KATA_FILE, "invalid TOML", "line 2", "fix the syntax")


def test_a_kata_toml_that_is_not_utf8_asks_to_save_it_as_utf8(kata_dir: Path) -> None:
    write_kata(kata_dir)
    (kata_dir / KATA_FILE).write_bytes(b'format = 1\ntitle = "caf\xe9"\n')

    error = kata_error(kata_dir)

    assert_one_line(error, kata_dir / KATA_FILE, "save it as UTF-8")


def test_a_kata_directory_without_kata_toml_says_the_file_is_missing(kata_dir: Path) -> None:
    write_kata(kata_dir)
    (kata_dir / KATA_FILE).unlink()

    error = kata_error(kata_dir)

    assert_one_line(error, kata_dir / KATA_FILE, "file is missing")


@pytest.mark.parametrize(
    ("missing", "changes"),
    [
        ("counter.py", {}),
        ("helpers.py", {"files": ["counter.py", "helpers.py"]}),
    ],
)
def test_a_listed_file_that_does_not_exist_is_named(
    kata_dir: Path, missing: str, changes: dict[str, Any]
) -> None:
    write_kata(kata_dir, changes)
    if (kata_dir / missing).exists():
        (kata_dir / missing).unlink()

    error = kata_error(kata_dir)

    assert_one_line(error, kata_dir / KATA_FILE, f"lists {missing!r}, which does not exist")


def test_a_kata_without_init_py_is_told_that_each_kata_is_a_package(kata_dir: Path) -> None:
    write_kata(kata_dir, files=("counter.py", "test_examples.py", "test_properties.py"))

    error = kata_error(kata_dir)

    assert_one_line(error, kata_dir, "missing __init__.py")


# -- catalog.toml errors -------------------------------------------------------


def test_a_directory_without_catalog_toml_says_how_to_get_one(tmp_path: Path) -> None:
    error = catalog_error(tmp_path)

    assert_one_line(error, tmp_path.resolve() / CATALOG_FILE, "--katas-init", "katas_dir")


def test_a_catalog_without_format_asks_for_the_format_line(tmp_path: Path) -> None:
    write_catalog(tmp_path, {"basics": ["first"]})
    write_catalog_file(tmp_path, [{"id": "basics", "title": "B", "katas": ["first"]}], fmt=DROP)

    error = catalog_error(tmp_path)

    assert_one_line(error, tmp_path.resolve() / CATALOG_FILE, "missing 'format'")


def test_a_catalog_from_a_newer_format_asks_to_upgrade_the_plugin(tmp_path: Path) -> None:
    write_catalog(tmp_path, {"basics": ["first"]})
    write_catalog_file(
        tmp_path, [{"id": "basics", "title": "B", "katas": ["first"]}], fmt=FORMAT + 1
    )

    error = catalog_error(tmp_path)

    assert_one_line(error, tmp_path.resolve() / CATALOG_FILE, "newer", "upgrade")


def test_invalid_toml_in_the_catalog_is_one_line(tmp_path: Path) -> None:
    (tmp_path / CATALOG_FILE).write_text("format = 1\n[[topics]\n", encoding="utf-8")

    error = catalog_error(tmp_path)

    assert_one_line(error, tmp_path.resolve() / CATALOG_FILE, "invalid TOML", "fix the syntax")


def test_a_catalog_without_topics_asks_for_topics_tables(tmp_path: Path) -> None:
    write_catalog_file(tmp_path, [])

    error = catalog_error(tmp_path)

    assert_one_line(error, tmp_path.resolve() / CATALOG_FILE, "[[topics]]")


@pytest.mark.parametrize(
    ("field", "fix"),
    [("id", "the topic's directory name"), ("title", "the topic's title"), ("katas", "in order")],
)
def test_a_topic_missing_a_field_is_one_line_naming_the_catalog(
    tmp_path: Path, field: str, fix: str
) -> None:
    write_catalog(tmp_path, {"basics": ["first"]})
    topic: dict[str, Any] = {"id": "basics", "title": "Basics", "katas": ["first"]}
    topic[field] = DROP
    write_catalog_file(tmp_path, [topic])

    error = catalog_error(tmp_path)

    assert_one_line(error, tmp_path.resolve() / CATALOG_FILE, f"missing field '{field}'", fix)


def test_a_listed_kata_directory_that_does_not_exist_is_named(tmp_path: Path) -> None:
    write_catalog(tmp_path, {"basics": ["first"]})
    write_catalog_file(tmp_path, [{"id": "basics", "title": "B", "katas": ["first", "ghost"]}])

    error = catalog_error(tmp_path)

    assert_one_line(
        error, tmp_path.resolve() / CATALOG_FILE, "lists kata basics/ghost, which does not exist"
    )


def test_a_kata_listed_twice_is_refused_naming_both_topics(tmp_path: Path) -> None:
    write_catalog(tmp_path, {"basics": ["first"], "advanced": ["second"]})
    write_kata(tmp_path / "advanced" / "first")
    write_catalog_file(
        tmp_path,
        [
            {"id": "basics", "title": "B", "katas": ["first"]},
            {"id": "advanced", "title": "A", "katas": ["second", "first"]},
        ],
    )

    error = catalog_error(tmp_path)

    assert_one_line(
        error, tmp_path.resolve() / CATALOG_FILE, "'first' appears twice (basics, advanced)"
    )


def test_a_kata_listed_twice_in_one_topic_is_refused(tmp_path: Path) -> None:
    write_catalog(tmp_path, {"basics": ["first"]})
    write_catalog_file(tmp_path, [{"id": "basics", "title": "B", "katas": ["first", "first"]}])

    error = catalog_error(tmp_path)

    assert_one_line(error, tmp_path.resolve() / CATALOG_FILE, "appears twice")


@pytest.mark.parametrize("bad_id", ["Legb_Counter", "legb-counter", "1st_kata", "legb counter"])
def test_a_kata_id_that_is_not_a_lower_case_identifier_asks_for_a_rename(
    tmp_path: Path, bad_id: str
) -> None:
    write_catalog(tmp_path, {"basics": ["first"]})
    write_kata(tmp_path / "basics" / bad_id)
    write_catalog_file(tmp_path, [{"id": "basics", "title": "B", "katas": [bad_id]}])

    error = catalog_error(tmp_path)

    assert_one_line(
        error,
        tmp_path.resolve() / CATALOG_FILE,
        f"kata id {bad_id!r} must be a lower-case Python identifier",
        "rename it",
    )


@pytest.mark.parametrize("bad_id", ["Basics", "my-topic", "2nd"])
def test_a_topic_id_that_is_not_a_lower_case_identifier_asks_for_a_rename(
    tmp_path: Path, bad_id: str
) -> None:
    write_catalog_file(tmp_path, [{"id": bad_id, "title": "B", "katas": ["first"]}])
    write_kata(tmp_path / bad_id / "first")

    error = catalog_error(tmp_path)

    assert_one_line(error, tmp_path.resolve() / CATALOG_FILE, f"topic id {bad_id!r}", "rename it")


def test_a_broken_kata_in_a_catalog_names_the_kata_toml_not_the_catalog(tmp_path: Path) -> None:
    write_catalog(tmp_path, {"basics": ["first", "second"]})
    write_kata(tmp_path / "basics" / "second", {"title": DROP})

    error = catalog_error(tmp_path)

    assert_one_line(
        error, tmp_path.resolve() / "basics" / "second" / KATA_FILE, "missing field 'title'"
    )


# -- checksums: detecting edited shipped files -----------------------------------


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    root = write_catalog(tmp_path / "katas", {"basics": ["first", "second"]})
    write_solutions(root / "basics" / "first")
    return load_catalog(root)


def test_checksums_cover_shipped_files_but_not_learner_files_or_solutions(
    catalog: Catalog,
) -> None:
    sums = compute_checksums(catalog)

    assert sorted(sums) == [
        f"basics/{kata}/{name}"
        for kata in ("first", "second")
        for name in ("__init__.py", "kata.toml", "test_examples.py", "test_properties.py")
    ]
    assert all(len(digest) == 64 for digest in sums.values())


def test_checksums_ignore_bytecode_caches(catalog: Catalog) -> None:
    cache = catalog.katas[0].directory / "__pycache__"
    cache.mkdir()
    (cache / "test_examples.cpython-311.pyc").write_bytes(b"\x00\x01")

    assert not any("__pycache__" in rel for rel in compute_checksums(catalog))


def test_checksums_survive_a_write_and_read_round_trip(catalog: Catalog) -> None:
    sums = compute_checksums(catalog)
    text = format_checksums(sums)
    (catalog.root / CHECKSUMS_FILE).write_text(text, encoding="utf-8")

    assert read_checksums(catalog.root) == sums
    assert text.splitlines() == [f"{sums[rel]}  {rel}" for rel in sorted(sums)]


def test_a_catalog_without_checksums_reads_as_none(catalog: Catalog) -> None:
    assert read_checksums(catalog.root) is None


def test_blank_lines_in_checksums_are_ignored(catalog: Catalog) -> None:
    sums = compute_checksums(catalog)
    text = "\n" + format_checksums(sums).replace("\n", "\n\n")
    (catalog.root / CHECKSUMS_FILE).write_text(text, encoding="utf-8")

    assert read_checksums(catalog.root) == sums


@pytest.mark.parametrize(
    "bad_line", ["not a checksum line", "abc123  basics/first/kata.toml", "0" * 64 + " one space"]
)
def test_a_malformed_checksums_line_is_one_line_naming_the_file_and_line(
    catalog: Catalog, bad_line: str
) -> None:
    good = format_checksums(compute_checksums(catalog))
    (catalog.root / CHECKSUMS_FILE).write_text(good + bad_line + "\n", encoding="utf-8")

    with pytest.raises(CatalogError) as info:
        read_checksums(catalog.root)

    line_number = len(good.splitlines()) + 1
    assert_one_line(
        info.value,
        catalog.root / CHECKSUMS_FILE,
        f"line {line_number} is not '<sha256>  <path>'",
        "regenerate",
    )


@pytest.mark.parametrize("marker", ["<<<<<<< HEAD", "=======", ">>>>>>> theirs"])
def test_a_merge_conflict_in_checksums_is_one_line_saying_to_regenerate(
    catalog: Catalog, marker: str
) -> None:
    good = format_checksums(compute_checksums(catalog))
    (catalog.root / CHECKSUMS_FILE).write_text(f"{marker}\n{good}", encoding="utf-8")

    with pytest.raises(CatalogError) as info:
        read_checksums(catalog.root)

    assert_one_line(
        info.value,
        catalog.root / CHECKSUMS_FILE,
        "line 1 is a merge-conflict marker",
        f"python -m pytest_senior_katas.checksums {catalog.root}",
    )


def test_checksums_that_are_not_utf8_are_one_line_saying_to_regenerate(
    catalog: Catalog,
) -> None:
    (catalog.root / CHECKSUMS_FILE).write_bytes(b"\xff\xfe" + b"0" * 64 + b"  caf\xe9\n")

    with pytest.raises(CatalogError) as info:
        read_checksums(catalog.root)

    assert_one_line(info.value, catalog.root / CHECKSUMS_FILE, "is not UTF-8", "regenerate")


def test_a_checksum_that_is_not_hexadecimal_is_refused(catalog: Catalog) -> None:
    (catalog.root / CHECKSUMS_FILE).write_text("z" * 64 + "  basics/first/kata.toml\n")

    with pytest.raises(CatalogError) as info:
        read_checksums(catalog.root)

    assert_one_line(info.value, catalog.root / CHECKSUMS_FILE, "line 1 is not")


def test_unreadable_checksums_are_one_line_naming_the_file(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    (catalog.root / CHECKSUMS_FILE).write_text(format_checksums(compute_checksums(catalog)))
    refuse_to_read(monkeypatch, CHECKSUMS_FILE)

    with pytest.raises(CatalogError) as info:
        read_checksums(catalog.root)

    assert_one_line(info.value, catalog.root / CHECKSUMS_FILE, "cannot be read (Permission denied)")


def test_untouched_katas_are_not_tampered(catalog: Catalog) -> None:
    sums = compute_checksums(catalog)

    assert [tampered_files(k, catalog.root, sums) for k in catalog.katas] == [[], []]


def test_editing_the_learner_file_is_not_tampering(catalog: Catalog) -> None:
    sums = compute_checksums(catalog)
    kata = catalog.katas[0]
    (kata.directory / "counter.py").write_text("def make_counter(): ...\n", encoding="utf-8")

    assert tampered_files(kata, catalog.root, sums) == []


def test_an_edited_test_file_is_tampered(catalog: Catalog) -> None:
    sums = compute_checksums(catalog)
    kata = catalog.katas[0]
    (kata.directory / "test_examples.py").write_text("def test_x():\n    assert True\n")

    assert tampered_files(kata, catalog.root, sums) == ["test_examples.py"]
    assert tampered_files(catalog.katas[1], catalog.root, sums) == []


def test_a_deleted_test_file_is_tampered(catalog: Catalog) -> None:
    sums = compute_checksums(catalog)
    kata = catalog.katas[1]
    (kata.directory / "test_properties.py").unlink()

    assert tampered_files(kata, catalog.root, sums) == ["test_properties.py"]


def test_windows_line_endings_are_the_same_content(catalog: Catalog) -> None:
    sums = compute_checksums(catalog)
    kata = catalog.katas[0]
    path = kata.directory / "test_examples.py"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))

    assert b"\r\n" in path.read_bytes()
    assert tampered_files(kata, catalog.root, sums) == []


def test_tampering_is_judged_against_shipped_checksums_read_back(catalog: Catalog) -> None:
    (catalog.root / CHECKSUMS_FILE).write_text(
        format_checksums(compute_checksums(catalog)), encoding="utf-8"
    )
    kata = catalog.katas[0]
    (kata.directory / "kata.toml").write_text(
        (kata.directory / "kata.toml").read_text() + "# a comment\n"
    )

    sums = read_checksums(catalog.root)

    assert sums is not None
    assert tampered_files(kata, catalog.root, sums) == ["kata.toml"]


# -- the real catalog meets the quality bar ----------------------------------------


@pytest.fixture(scope="module")
def real_catalog() -> Catalog:
    return load_catalog(REAL_CATALOG)


def test_the_shipped_catalog_loads_and_is_not_empty(real_catalog: Catalog) -> None:
    assert real_catalog.katas


def test_every_shipped_kata_has_graduated_hints(real_catalog: Catalog) -> None:
    assert {k.id: len(k.hints) for k in real_catalog.katas if len(k.hints) < 2} == {}


def test_every_shipped_kata_has_a_reference_mirroring_the_learner_files(
    real_catalog: Catalog,
) -> None:
    incomplete = {
        k.id: [name for name in k.files if not (k.reference / name).is_file()]
        for k in real_catalog.katas
        if not k.reference.is_dir() or not all((k.reference / n).is_file() for n in k.files)
    }
    assert incomplete == {}


def test_every_shipped_kata_has_at_least_one_cheat(real_catalog: Catalog) -> None:
    assert [k.id for k in real_catalog.katas if not k.cheats()] == []


def test_every_shipped_kata_trains_a_section_of_the_guide(real_catalog: Catalog) -> None:
    assert {k.id: k.seed.section for k in real_catalog.katas if not 3 <= k.seed.section <= 14} == {}


# -- files that cannot be read ---------------------------------------------------


def refuse_to_read(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Reading a file called ``name`` fails as it would for a mode-000 file (root reads those)."""
    real_open, real_read_text = Path.open, Path.read_text

    def denied(path: Path) -> PermissionError:
        return PermissionError(13, "Permission denied", str(path))

    def fake_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == name:
            raise denied(self)
        return real_open(self, *args, **kwargs)

    def fake_read_text(self: Path, *args: Any, **kwargs: Any) -> str:
        if self.name == name:
            raise denied(self)
        return real_read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", fake_open)
    monkeypatch.setattr(Path, "read_text", fake_read_text)


@pytest.mark.parametrize("name", [KATA_FILE, CATALOG_FILE])
def test_an_unreadable_toml_file_is_one_line_naming_it_and_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    root = write_catalog(tmp_path / "katas", {"basics": ["first"]})
    refuse_to_read(monkeypatch, name)

    error = catalog_error(root)

    path = root / CATALOG_FILE if name == CATALOG_FILE else root / "basics" / "first" / KATA_FILE
    assert_one_line(
        error, path, "cannot be read (Permission denied)", "make it a file you can read"
    )


def test_a_directory_in_the_place_of_kata_toml_is_one_line(kata_dir: Path) -> None:
    write_kata(kata_dir)
    (kata_dir / KATA_FILE).unlink()
    (kata_dir / KATA_FILE).mkdir()

    assert_one_line(kata_error(kata_dir), kata_dir / KATA_FILE, "is a directory")


@pytest.mark.parametrize(
    "name",
    ["../../outside.py", "../first_twin/counter.py", "/etc/passwd", "sub/../../x.py"],
)
def test_a_file_listed_outside_the_kata_is_refused_even_when_it_exists(
    kata_dir: Path, name: str
) -> None:
    write_kata(kata_dir, {"files": [name]})
    (kata_dir.parent.parent / "outside.py").write_text("x = 1\n")
    (kata_dir.parent / "first_twin").mkdir()
    (kata_dir.parent / "first_twin" / "counter.py").write_text("x = 1\n")

    assert_one_line(kata_error(kata_dir), kata_dir / KATA_FILE, "outside the kata")


def test_a_symbolic_link_out_of_the_kata_is_refused(kata_dir: Path) -> None:
    write_kata(kata_dir, {"files": ["linked.py"]})
    (kata_dir.parent / "elsewhere.py").write_text("x = 1\n")
    (kata_dir / "linked.py").symlink_to(kata_dir.parent / "elsewhere.py")

    assert_one_line(kata_error(kata_dir), kata_dir / KATA_FILE, "outside the kata")


def test_a_file_in_a_subdirectory_of_the_kata_is_fine(kata_dir: Path) -> None:
    write_kata(kata_dir, {"files": ["pkg/counter.py"]})
    (kata_dir / "pkg").mkdir()
    (kata_dir / "pkg" / "counter.py").write_text(LEARNER_SOURCE)

    assert load_kata(kata_dir, "basics").files == ("pkg/counter.py",)
