import sys
import time

import pytest

from .release import artifact_name

# 2024-03-15 23:30:00 UTC: already the 16th in Paris, still the 15th in New York.
BUILT_AT = 1710545400


@pytest.fixture
def time_zone(monkeypatch):
    """Run the test as if on a machine set to another time zone (POSIX TZ rules)."""
    if sys.platform == "win32":
        pytest.skip("time.tzset is POSIX only")

    def switch(rule: str) -> None:
        monkeypatch.setenv("TZ", rule)
        time.tzset()

    yield switch
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def no_build_number(monkeypatch):
    monkeypatch.delenv("CI_BUILD_NUMBER", raising=False)


def test_the_version_is_found_from_any_directory(tmp_path, monkeypatch, no_build_number):
    monkeypatch.chdir(tmp_path)
    assert artifact_name(BUILT_AT) == "shop-2.4.1-20240315T2330Z.tar.gz"


def test_the_stamp_is_utc_on_a_paris_laptop(time_zone, no_build_number):
    time_zone("CET-1CEST,M3.5.0,M10.5.0/3")  # Europe/Paris
    assert artifact_name(BUILT_AT) == "shop-2.4.1-20240315T2330Z.tar.gz"


def test_the_stamp_is_utc_in_new_york_too(time_zone, no_build_number):
    time_zone("EST5EDT,M3.2.0,M11.1.0")  # America/New_York
    assert artifact_name(BUILT_AT) == "shop-2.4.1-20240315T2330Z.tar.gz"


def test_the_ci_build_number_set_after_import_is_used(monkeypatch):
    monkeypatch.setenv("CI_BUILD_NUMBER", "812")
    assert artifact_name(BUILT_AT) == "shop-2.4.1-20240315T2330Z-b812.tar.gz"


def test_an_empty_build_number_means_a_local_build(monkeypatch):
    monkeypatch.setenv("CI_BUILD_NUMBER", "")
    assert artifact_name(BUILT_AT) == "shop-2.4.1-20240315T2330Z.tar.gz"
