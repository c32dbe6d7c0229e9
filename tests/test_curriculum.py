"""The curriculum table: generated from the guide and the catalog, kept in sync."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO
from pytest_senior_katas.core.catalog import Seed, load_catalog
from pytest_senior_katas.core.curriculum import Bullet, main, parse_guide, render, unknown_seeds

GUIDE = REPO / "docs" / "guide.md"
SHARED_GUIDE = REPO.parent / "shared" / "seeds" / "000_87750581b9234b43.txt"


def test_the_guide_is_parsed_into_sections_headings_and_bullets() -> None:
    bullets = parse_guide(GUIDE.read_text(encoding="utf-8"))
    section_3 = [b for b in bullets if b.section == 3]
    assert len(section_3) == 21
    assert section_3[0] == Bullet(
        3,
        "Python Fundamentals You Must Know Cold",
        "Language Semantics",
        "Name binding and LEGB rule",
    )
    assert (
        Bullet(4, "Memory, Performance, and Execution Model", "GIL", "When it matters") in bullets
    )
    assert any(b.text == "`__dunder__` methods you should recognize" for b in bullets)


def test_every_kata_names_a_bullet_of_the_guide() -> None:
    bullets = parse_guide(GUIDE.read_text(encoding="utf-8"))
    assert unknown_seeds(load_catalog(REPO / "katas").katas, bullets) == []


def test_a_kata_naming_a_bullet_the_guide_lacks_is_reported(tmp_path: Path) -> None:
    bullets = parse_guide(GUIDE.read_text(encoding="utf-8"))
    kata = load_catalog(REPO / "katas").katas[0]
    invented = type(kata)(**{**kata.__dict__, "seed": Seed(3, "Language Semantics", "Monkeys")})
    [problem] = unknown_seeds([invented], bullets)
    assert "kata.toml: seed '3 Language Semantics: Monkeys' is not a bullet of the guide" in problem


def test_docs_curriculum_is_up_to_date() -> None:
    assert (
        main(["--check", str(REPO / "katas"), str(GUIDE), str(REPO / "docs" / "curriculum.md")])
        == 0
    ), "run: python -m pytest_senior_katas.curriculum"


def test_gaps_are_visible_in_the_table() -> None:
    bullets = parse_guide(GUIDE.read_text(encoding="utf-8"))
    text = render(load_catalog(REPO / "katas"), bullets)
    assert "| Language Semantics | Name binding and LEGB rule | `legb_counter` (fix) |" in text
    assert "| Conceptual | How does Python manage memory |" in text
    assert "## 12." not in text  # sections about conduct, not code, are left out


@pytest.mark.skipif(not SHARED_GUIDE.is_file(), reason="the shared seed is not beside this clone")
def test_the_guide_in_docs_is_the_projects_seed() -> None:
    assert GUIDE.read_bytes() == SHARED_GUIDE.read_bytes()
