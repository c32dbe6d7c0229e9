import contextlib
import importlib.util
import itertools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .weather import MissingSecret, forecast_request, save_report

HERE = Path(__file__).parent
WEATHER = HERE / "weather.py"
CITIES: dict[str, int] = json.loads((HERE / "cities.json").read_text(encoding="utf-8"))
URL = "https://api.weather.example/v1/forecast/{}"
REVOKED_KEY = "wk_live_4f9a2c7e1b8d3a6f"

text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
names = st.sampled_from(sorted(CITIES)) | st.sampled_from(["oslo", "Zurich", "Oslo ", ""]) | text
decoys = st.dictionaries(names, st.integers(-1, 10**8), max_size=4)
#: What a working directory may hold: nothing, a cities.json of its own, a data/ folder.
layouts = st.sampled_from(["empty", "cities.json", "data/cities.json", "both"])

_places = itertools.count()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("places")


@contextlib.contextmanager
def working_in(scratch: Path, layout: str, decoy: dict[str, int]) -> Iterator[Path]:
    """A new working directory, perhaps with decoy city files, for the block."""
    place = scratch / str(next(_places))
    place.mkdir()
    if layout in ("cities.json", "both"):
        (place / "cities.json").write_text(json.dumps(decoy), encoding="utf-8")
    if layout in ("data/cities.json", "both"):
        (place / "data").mkdir()
        (place / "data" / "cities.json").write_text(json.dumps(decoy), encoding="utf-8")
    before = os.getcwd()
    os.chdir(place)
    try:
        yield place
    finally:
        os.chdir(before)


_fresh = itertools.count()


def fresh_weather():
    """weather.py imported anew, in its package, as a new process would import it: what
    it computed at import, and any cache it keeps, start from nothing."""
    name = f"{__package__}._fresh_weather_{next(_fresh)}"
    spec = importlib.util.spec_from_file_location(name, WEATHER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module


def looked_up(city_id, name: str) -> object:
    try:
        return ("id", city_id(name))
    except KeyError:
        return "KeyError"


@kata_settings
@given(layout=layouts, decoy=decoys, lookups=st.lists(names, min_size=1, max_size=4))
@example(layout="cities.json", decoy={"Oslo": 1}, lookups=["Oslo"])
@example(layout="data/cities.json", decoy={"Kyiv": 1}, lookups=["Kyiv", "Atlantis"])
@example(layout="empty", decoy={}, lookups=["Zero", "lyon", "Ōsaka"])
def test_city_ids_come_from_the_shipped_file_whatever_the_working_directory(
    scratch, layout, decoy, lookups
):
    with working_in(scratch, layout, decoy):
        weather = fresh_weather()
        got = [looked_up(weather.city_id, name) for name in lookups]
    want = [("id", CITIES[name]) if name in CITIES else "KeyError" for name in lookups]
    assert_same(got, want, working_directory=layout, decoy=decoy, lookups=lookups)


# WEATHER_API_KEY: missing, empty, or a key (any text, spaces and all, used as it is).
keys = st.none() | st.just("") | st.sampled_from([" ", "k-1", REVOKED_KEY + "x"]) | text
others = st.dictionaries(st.sampled_from(["PATH", "weather_api_key", "WEATHER_KEY"]), text)


def environment(key: str | None, other: dict[str, str]) -> dict[str, str]:
    return other if key is None else {**other, "WEATHER_API_KEY": key}


def requested(name: str, call) -> object:
    try:
        url, headers = call()
    except MissingSecret as error:
        message = str(error)
        return ("MissingSecret", "WEATHER_API_KEY" in message, len(message.splitlines()) == 1)
    except Exception as error:
        return type(error).__name__
    return url, dict(headers)


MISSING = ("MissingSecret", True, True)


def expected(name: str, key: str | None, got: object) -> object:
    """What the contract asks for. An unknown city with no key may fail either way: the
    contract does not say which of the two is checked first."""
    if name not in CITIES and not key:
        return got if got in ("KeyError", MISSING) else "KeyError or MissingSecret"
    if name not in CITIES:
        return "KeyError"
    if not key:
        return MISSING
    return URL.format(CITIES[name]), {"Authorization": f"Bearer {key}"}


@kata_settings
@given(
    name=st.sampled_from(sorted(CITIES)) | names,
    key=keys,
    other=others,
    process_key=keys,
)
@example(name="Oslo", key=None, other={}, process_key=None)  # no key anywhere: no fallback
@example(name="Oslo", key="", other={}, process_key="k-2")  # set to "" is as good as no key
@example(name="Oslo", key=None, other={}, process_key="k-2")  # the env given is the only source
@example(name="Zero", key=" k ", other={}, process_key=None)
def test_the_key_comes_from_the_env_given_at_call_time(scratch, name, key, other, process_key):
    env = environment(key, other)
    process = environment(process_key, {})
    with working_in(scratch, "empty", {}), mock.patch.dict(os.environ, clear=False):
        os.environ.pop("WEATHER_API_KEY", None)
        os.environ.update(process)
        given_env = dict(env)
        got = requested(name, lambda: forecast_request(name, given_env))
        from_process = requested(name, lambda: forecast_request(name))
    want = expected(name, key, got)
    want_from_process = expected(name, process_key, from_process)
    assert_same(
        {"with env": got, "with os.environ": from_process, "env left as it was": given_env == env},
        {"with env": want, "with os.environ": want_from_process, "env left as it was": True},
        name=name,
        env=env,
        os_environ=process,
    )


bases = st.sampled_from(["out", "reports", "a b/ç", "deep/er/still"])
reports = st.lists(st.tuples(st.sampled_from(sorted(CITIES)), text), min_size=1, max_size=3)


def files_under(directory: Path) -> dict[str, str]:
    return {
        str(path.relative_to(directory)): path.read_bytes().decode("utf-8")
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


@kata_settings
@given(base=bases, as_text=st.booleans(), saves=reports, relative=st.booleans())
@example(base="out", as_text=True, saves=[("Oslo", "a\r\nb")], relative=False)
@example(base="reports", as_text=False, saves=[("Lyon", "x"), ("lyon", "y")], relative=True)
def test_reports_are_saved_under_the_base_dir_only(scratch, base, as_text, saves, relative):
    with working_in(scratch, "empty", {}) as place:
        base_dir = Path(base) if relative else place / base
        returned = []
        for name, report in saves:
            path = save_report(name, report, str(base_dir) if as_text else base_dir)
            returned.append(str(Path(path).resolve().relative_to(place)))
        written = files_under(place)
    want_files: dict[str, str] = {}
    want_returned = []
    for name, report in saves:
        where = str(Path(base) / "reports" / f"{CITIES[name]}.txt")
        want_files[where] = report
        want_returned.append(where)
    assert_same(
        {"returned": returned, "files written": written},
        {"returned": want_returned, "files written": want_files},
        base_dir=base if relative else f"<tmp>/{base}",
        saves=saves,
    )


def test_no_secret_or_home_folder_is_left_in_the_source():
    source = WEATHER.read_text(encoding="utf-8")
    left = [
        secret for secret in (REVOKED_KEY, "4f9a2c7e1b8d3a6f", "/home/alice") if secret in source
    ]
    assert_same(left, [], file="weather.py")
