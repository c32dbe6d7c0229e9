import os
from collections.abc import Iterator, Mapping
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import deploy_config as learner
from .deploy_config import child_environment

# What os.environ can hold: no NUL, no lone surrogates.
text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=6)
names = st.sampled_from(["region", "replicas", "dry_run", "a", "x1_y"]) | st.from_regex(
    r"[a-z][a-z0-9_]{0,6}", fullmatch=True
)


class Marker:
    """A value from the config file or a default that is no str, number or container."""

    def __repr__(self) -> str:
        return "Marker()"


falsy = st.sampled_from([0, 0.0, False, "", "0", "false"]) | st.builds(list) | st.builds(dict)
typed_values = falsy | st.integers() | st.booleans() | text | st.builds(Marker) | st.none()
file_values = typed_values.filter(lambda value: value is not None)  # TOML has no null


def parse_flag(word: str) -> bool:
    """A strict parser: two words, anything else is refused."""
    if word in ("true", "false"):
        return word == "true"
    raise ValueError("not a flag\n(use true or false)")  # a message that does not show the text


PARSERS = {"str": str, "int": int, "float": float, "flag": parse_flag}
texts = text | st.sampled_from(["", "0", "4", "-2", " 7 ", "1.5", "nan", "true", "false", "three"])


class ReadOnly(Mapping):
    """A mapping that is not a dict (and has no setter)."""

    def __init__(self, items: dict) -> None:
        self._items = dict(items)

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self) -> Iterator:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"ReadOnly({self._items!r})"


@st.composite
def places(draw: st.DrawFn) -> dict:
    """A setting that each place may or may not have, and look-alikes that do not count."""
    name = draw(names)
    variable = "DEPLOY_" + name.upper()
    cli = draw(
        st.dictionaries(names.filter(lambda other: other != name), texts | st.none(), max_size=2)
    )
    if draw(st.booleans()):
        cli[name] = draw(texts | st.none())
    env = {
        look_alike: draw(texts)
        for look_alike in draw(
            st.lists(st.sampled_from([variable.lower(), "DEPLOY_" + name, name, "DEPLOY_OTHER"]))
        )
        if look_alike != variable
    }
    if draw(st.booleans()):
        env[variable] = draw(texts)
    file_config = draw(
        st.dictionaries(names.filter(lambda other: other != name), file_values, max_size=2)
    )
    if draw(st.booleans()):
        file_config[name] = draw(file_values)
    return {
        "name": name,
        "cli": cli,
        "env": env,
        "file_config": file_config,
        "default": draw(typed_values),
        "parse": draw(st.sampled_from(sorted(PARSERS))),
    }


def where_from(source: str, name: str) -> str:
    return f"--{name.replace('_', '-')}" if source == "option" else "DEPLOY_" + name.upper()


def shown(value: object) -> tuple[str, str]:
    """A value with its type: 0 and False, 4 and "4" are not the same setting."""
    return type(value).__name__, repr(value)


def outcome(module, case: dict, via_os_environ: bool, read_only: bool) -> dict:
    wrap = ReadOnly if read_only else dict
    cli, env, file_config = wrap(case["cli"]), wrap(case["env"]), wrap(case["file_config"])
    given_objects = {id(value): value for value in [*case["file_config"].values(), case["default"]]}
    arguments = {"cli": cli, "file_config": file_config, "default": case["default"]}
    arguments["parse"] = PARSERS[case["parse"]]
    try:
        if via_os_environ:
            with mock.patch.dict(os.environ, case["env"], clear=True):
                resolved = module.resolve(case["name"], **arguments)
        else:  # os.environ has the variable too: only the env given may count
            elsewhere = {"DEPLOY_" + case["name"].upper(): "from os.environ"}
            with mock.patch.dict(os.environ, elsewhere):
                resolved = module.resolve(case["name"], env=env, **arguments)
    except Exception as error:
        message = str(error)
        winner = "option" if case["cli"].get(case["name"]) is not None else "environment"
        variable = "DEPLOY_" + case["name"].upper()
        shown_text = case["cli"][case["name"]] if winner == "option" else case["env"].get(variable)
        got = {
            "raised": "ConfigError"
            if isinstance(error, module.ConfigError) and isinstance(error, ValueError)
            else type(error).__name__,
            "one line": len(message.splitlines()) == 1,
            "names where the text came from": where_from(winner, case["name"]) in message,
            "shows the text with repr()": repr(shown_text) in message,
        }
    else:
        got = {
            "value": shown(resolved.value),
            "source": resolved.source,
            "shadowed": tuple(resolved.shadowed),
        }
        if resolved.source in ("config file", "default"):
            got["the very same object"] = given_objects.get(id(resolved.value)) is resolved.value
    got["inputs left as they were"] = (
        dict(cli) == case["cli"]
        and dict(env) == case["env"]
        and dict(file_config) == case["file_config"]
    )
    return got


def expected(reference, case: dict) -> dict:
    got = outcome(reference, case, via_os_environ=False, read_only=False)
    if "raised" in got:
        got.update({key: True for key in got if key != "raised"})
    return got


@kata_settings
@given(case=places(), via_os_environ=st.booleans(), read_only=st.booleans())
@example(  # set to "" is set
    case={
        "name": "region",
        "cli": {},
        "env": {"DEPLOY_REGION": ""},
        "file_config": {"region": "eu"},
        "default": "x",
        "parse": "str",
    },
    via_os_environ=False,
    read_only=False,
)
@example(  # 0 and False in the file are values
    case={
        "name": "dry_run",
        "cli": {"dry_run": None},
        "env": {},
        "file_config": {"dry_run": 0},
        "default": True,
        "parse": "flag",
    },
    via_os_environ=True,
    read_only=False,
)
@example(  # an empty env is an environment with nothing set, not "use os.environ"
    case={
        "name": "region",
        "cli": {},
        "env": {},
        "file_config": {},
        "default": "x",
        "parse": "str",
    },
    via_os_environ=False,
    read_only=False,
)
@example(  # a bad winner is an error, not a reason to use the file
    case={
        "name": "replicas",
        "cli": {"replicas": "three"},
        "env": {"DEPLOY_REPLICAS": "2"},
        "file_config": {"replicas": 1},
        "default": 1,
        "parse": "int",
    },
    via_os_environ=False,
    read_only=True,
)
@example(  # only the winner is parsed
    case={
        "name": "replicas",
        "cli": {"replicas": "3"},
        "env": {"DEPLOY_REPLICAS": "many"},
        "file_config": {},
        "default": 1,
        "parse": "int",
    },
    via_os_environ=False,
    read_only=False,
)
@example(  # the file's value is used as it is, not parsed
    case={
        "name": "replicas",
        "cli": {},
        "env": {},
        "file_config": {"replicas": "4"},
        "default": 1,
        "parse": "int",
    },
    via_os_environ=False,
    read_only=False,
)
@example(  # the message of parse may have several lines; the error has one
    case={
        "name": "dry_run",
        "cli": {"dry_run": "yes"},
        "env": {},
        "file_config": {},
        "default": False,
        "parse": "flag",
    },
    via_os_environ=False,
    read_only=False,
)
@example(  # an option given as "" is given
    case={
        "name": "region",
        "cli": {"region": ""},
        "env": {},
        "file_config": {"region": "a"},
        "default": "d",
        "parse": "str",
    },
    via_os_environ=False,
    read_only=False,
)
@example(  # repr() shows the quote that a hand-made '...' hides
    case={
        "name": "replicas",
        "cli": {},
        "env": {"DEPLOY_REPLICAS": "it's"},
        "file_config": {},
        "default": 1,
        "parse": "flag",
    },
    via_os_environ=False,
    read_only=False,
)
def test_the_first_place_that_has_the_setting_wins(reference, case, via_os_environ, read_only):
    got = outcome(learner, case, via_os_environ, read_only)
    want = expected(reference, case)
    assert_same(got, want, via_os_environ=via_os_environ, **case)


def taken(child: object) -> tuple[str, dict]:
    """What the child gets, with its type; then the caller changes its dict, as callers do,
    which must not reach the environment it was copied from."""
    got = type(child).__name__, dict(child)  # type: ignore[call-overload]
    if isinstance(child, dict):
        child.clear()
    return got


@kata_settings
@given(
    environment=st.dictionaries(
        st.sampled_from(["PATH", "DEPLOY_A", "DEPLOY_B", "deploy_a", "HOME"]), text
    ),
    overrides=st.dictionaries(
        st.sampled_from(["DEPLOY_A", "DEPLOY_B", "DEPLOY_C", "deploy_a"]), text | st.none()
    ),
    via_os_environ=st.booleans(),
)
@example(environment={"DEPLOY_A": "1"}, overrides={"DEPLOY_A": None}, via_os_environ=False)
@example(environment={}, overrides={"DEPLOY_C": ""}, via_os_environ=True)
@example(
    environment={"DEPLOY_A": "1", "PATH": "/bin"},
    overrides={"DEPLOY_A": None},
    via_os_environ=False,
)
def test_a_child_environment_is_a_new_dict_and_the_tools_own_is_untouched(
    environment, overrides, via_os_environ
):
    want = dict(environment)
    for name, value in overrides.items():
        if value is None:
            want.pop(name, None)
        else:
            want[name] = value
    given_overrides = dict(overrides)
    if via_os_environ:
        with mock.patch.dict(os.environ, environment, clear=True):
            child = taken(child_environment(given_overrides))
            left = dict(os.environ)
    else:
        env = ReadOnly(environment) if len(environment) % 2 else dict(environment)
        child = taken(child_environment(given_overrides, env))
        left = dict(env)
    assert_same(
        {"child": child, "environment after": left, "overrides": given_overrides},
        {"child": ("dict", want), "environment after": environment, "overrides": overrides},
        environment=environment,
        overrides=overrides,
        via_os_environ=via_os_environ,
    )
