import contextlib
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import release

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="time.tzset is POSIX only")

HERE = Path(__file__).parent
SHIPPED_VERSION = (HERE / "VERSION").read_text(encoding="utf-8").strip()

# POSIX TZ rules (no tz database needed): fixed offsets both sides of UTC, and zones with DST.
ZONES = [
    "UTC0",
    "CET-1CEST,M3.5.0,M10.5.0/3",  # Europe/Paris
    "EST5EDT,M3.2.0,M11.1.0",  # America/New_York
    "IST-5:30",  # India
    "NZST-12NZDT,M9.5.0,M4.1.0/3",  # New Zealand
    "XXX-14",  # UTC+14, Kiribati
    "YYY+12",  # UTC-12
    "ACST-9:30ACDT,M10.1.0,M4.1.0/3",  # Adelaide
]
zones = st.sampled_from(ZONES)
# Instants near midnight, month and year ends happen often: that is where zones disagree.
instants = st.integers(0, 2**33) | st.builds(
    lambda day, minute: day * 86400 + minute * 60,
    st.integers(0, 80_000),
    st.sampled_from([0, 1, 29, 59, 60, 599, 1379, 1409, 1439]),
)


class Unset:
    """CI_BUILD_NUMBER not set at all (not even empty)."""

    def __repr__(self) -> str:
        return "<unset>"


UNSET = Unset()
builds = st.sampled_from([UNSET, "", "812", "1", "0"]) | st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=6
)
version_texts = st.builds(
    lambda pad, version, end: pad + version + end,
    st.sampled_from(["", " ", "\n", "\t "]),
    st.sampled_from(["2.4.1", "10.0.0rc1", "3.0.0.dev4+g1a2b3c", "1", "2024.03"]),
    st.sampled_from(["", "\n", "\r\n", "  \n\n"]),
)


@contextlib.contextmanager
def machine(zone: str, build: object, cwd: Path):
    """Run as if on a machine with this time zone, CI_BUILD_NUMBER and current directory."""
    saved_tz, saved_build, saved_cwd = (
        os.environ.get("TZ"),
        os.environ.get("CI_BUILD_NUMBER"),
        os.getcwd(),
    )
    os.environ["TZ"] = zone
    time.tzset()
    if build is UNSET:
        os.environ.pop("CI_BUILD_NUMBER", None)
    else:
        os.environ["CI_BUILD_NUMBER"] = str(build)
    os.chdir(cwd)
    try:
        yield
    finally:
        os.chdir(saved_cwd)
        for name, value in (("TZ", saved_tz), ("CI_BUILD_NUMBER", saved_build)):
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        time.tzset()


def expected_name(built_at: int, version: str, build: object) -> str:
    stamp = datetime.fromtimestamp(built_at, tz=UTC).strftime("%Y%m%dT%H%M")
    suffix = f"-b{build}" if build not in (UNSET, "") else ""
    return f"shop-{version}-{stamp}Z{suffix}.tar.gz"


def name_and_side_effects(built_at: int) -> tuple[object, dict[str, object]]:
    """Call artifact_name; return its answer and what it changed about the machine."""
    before = (dict(os.environ), os.getcwd(), time.tzname)
    try:
        answer: object = release.artifact_name(built_at)
    except Exception as error:
        answer = f"{type(error).__name__}: {error}"
    after = (dict(os.environ), os.getcwd(), time.tzname)
    changed = {
        what: "changed"
        for what, old, new in zip(("environment", "cwd", "time zone"), before, after, strict=True)
        if old != new
    }
    return answer, changed


@kata_settings
@given(
    built_at=instants,
    zone=zones,
    build=builds,
    version=version_texts,
    depth=st.integers(0, 2),
    decoy=st.booleans(),
)
@example(built_at=1710545400, zone="IST-5:30", build=UNSET, version="2.4.1\n", depth=0, decoy=False)
@example(built_at=1710545400, zone="YYY+12", build="77", version="2.4.1\n", depth=1, decoy=False)
@example(
    built_at=1704067199, zone="XXX-14", build="9", version=" 3.0\n", depth=0, decoy=False
)  # New Year
@example(built_at=0, zone="EST5EDT,M3.2.0,M11.1.0", build=UNSET, version="1", depth=0, decoy=False)
@example(
    built_at=1710545400, zone="UTC0", build="812", version="9.9.9", depth=0, decoy=False
)  # a bump
@example(built_at=1710545400, zone="UTC0", build=" 812", version="2.4.1", depth=0, decoy=False)
@example(
    built_at=1710545400, zone="UTC0", build=UNSET, version="2.4.1", depth=1, decoy=True
)  # a release bump
def test_the_name_depends_only_on_the_build_and_its_inputs(
    built_at, zone, build, version, depth, decoy
):
    with tempfile.TemporaryDirectory() as scratch:
        version_file = Path(scratch) / "VERSION"
        version_file.write_text(version, encoding="utf-8")
        cwd = Path(scratch, "elsewhere", *["deeper"] * depth)
        cwd.mkdir(parents=True, exist_ok=True)
        if decoy:  # a checkout of another release happens to be the current directory
            (cwd / "VERSION").write_text("0.0.0-not-this-one\n", encoding="utf-8")
        with pytest.MonkeyPatch.context() as patch, machine(zone, build, cwd):
            patch.setattr(release, "VERSION_FILE", version_file)
            got = name_and_side_effects(built_at)
    want = (expected_name(built_at, version.strip(), build), {})
    assert_same(got, want, built_at=built_at, zone=zone, build=build, version=version)


@kata_settings
@given(
    zone=zones,
    steps=st.lists(st.tuples(builds, st.integers(0, 3), st.booleans()), min_size=1, max_size=5),
)
@example(
    zone="CET-1CEST,M3.5.0,M10.5.0/3",
    steps=[(UNSET, 0, False), ("812", 1, True), (UNSET, 2, False), ("813", 0, False)],
)
def test_the_shipped_version_file_is_found_from_anywhere_call_after_call(zone, steps):
    """VERSION_FILE as release.py defines it (unpatched), the build number changing in between."""
    with tempfile.TemporaryDirectory() as scratch:
        got, want = [], []
        for build, depth, decoy in steps:
            cwd = Path(scratch, *["deeper"] * depth)
            cwd.mkdir(parents=True, exist_ok=True)
            if decoy:
                (cwd / "VERSION").write_text("0.0.0-not-this-one\n", encoding="utf-8")
            with machine(zone, build, cwd):
                got.append(name_and_side_effects(1710545400))
            want.append((expected_name(1710545400, SHIPPED_VERSION, build), {}))
    assert_same(got, want, zone=zone, steps=steps)
