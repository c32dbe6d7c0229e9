import os
from collections.abc import Iterator, Mapping
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import settings as learner
from .settings import load_settings

FIELDS = ["database_url", "pool_size", "timeout", "debug", "allowed_hosts"]
NAMES = ["SHOP_DATABASE_URL", "SHOP_POOL_SIZE", "SHOP_TIMEOUT", "SHOP_DEBUG", "SHOP_ALLOWED_HOSTS"]
WORDS = ["1", "true", "yes", "on", "0", "false", "no", "off"]

# What os.environ can hold: no NUL, no lone surrogates.
env_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
spaces = st.sampled_from(["", " ", "  ", "\t", " \n"])


def padded(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(lambda left, text, right: left + text + right, spaces, inner, spaces)


def any_case(word: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda upper: "".join(c.upper() if u else c for c, u in zip(word, upper, strict=True))
    )


whole = st.integers(-5, 10**20)
pool_sizes = padded(
    st.one_of(
        whole.map(str),
        whole.map(lambda n: f"+{n}" if n >= 0 else str(n)),
        whole.map(lambda n: f"00{n}" if n >= 0 else str(n)),
        st.sampled_from(["1_000", "\u0665", "1.5", "1e3", "ten", "5 5", "0x10", "", "-0"]),
    )
)
seconds = st.floats(allow_nan=True, allow_infinity=True, width=64)
timeouts = padded(
    st.one_of(
        seconds.map(repr),
        seconds.map(lambda x: f"{x:g}"),
        st.integers(-3, 10**6).map(str),
        st.sampled_from(["nan", "inf", "-inf", "NaN", "Infinity", "0", "0.0", "-0.0"]),
        st.sampled_from(["1e-3", "1_0.5", "1,5", "", "2s", "1e400", "1e-400"]),
    )
)
flags = st.one_of(
    st.sampled_from(WORDS).flatmap(any_case).flatmap(lambda w: padded(st.just(w))),
    st.sampled_from(["", "enabled", "t", "f", "y", "n", "2", "truee", "none", "null", "-1"]),
)
host = st.sampled_from(["localhost", "shop.example", "api.example", "Zürich.example", ""])
host_lists = st.lists(padded(host | env_text.filter(lambda t: "," not in t)), max_size=5)
hosts = host_lists.map(",".join)

values = {
    "SHOP_DATABASE_URL": st.sampled_from(["postgresql://db.internal/shop", ""]) | env_text,
    "SHOP_POOL_SIZE": pool_sizes | env_text,
    "SHOP_TIMEOUT": timeouts | env_text,
    "SHOP_DEBUG": flags | env_text,
    "SHOP_ALLOWED_HOSTS": hosts | env_text,
}
others = st.dictionaries(
    st.sampled_from(["PATH", "HOME", "SHOP_DEBGU", "shop_debug", "Shop_Pool_Size", "SHOP_"]),
    env_text,
    max_size=3,
)


@st.composite
def environments(draw: st.DrawFn) -> dict[str, str]:
    """Some SHOP_ variables set (validly or not), others missing, other variables too."""
    env = draw(others)
    for name in draw(st.lists(st.sampled_from(NAMES), unique=True)):
        env[name] = draw(values[name])
    return env


class ReadOnly(Mapping[str, str]):
    """An env that is a Mapping but not a dict, and cannot be changed."""

    def __init__(self, items: dict[str, str]) -> None:
        self._items = dict(items)

    def __getitem__(self, name: str) -> str:
        return self._items[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"ReadOnly({self._items!r})"


# A process environment that differs from every default: an injected env must win over it.
ELSEWHERE = {
    "SHOP_POOL_SIZE": "77",
    "SHOP_DEBUG": "yes",
    "SHOP_TIMEOUT": "9",
    "SHOP_ALLOWED_HOSTS": "x",
}


def bad_variables(reference, env: Mapping[str, str]) -> list[tuple[str, str]]:
    """Each SHOP_ variable of env that is not valid on its own, with its value."""
    bad = []
    for name in NAMES:
        if name in env:
            try:
                reference.load_settings({name: env[name]})
            except reference.SettingsError:
                bad.append((name, env[name]))
    return bad


def outcome(load, module, env: Mapping[str, str], bad: list[tuple[str, str]], **call) -> object:
    """The settings with their types, or what the error says, as a caller sees it."""
    try:
        settings = load(env, **call) if env is not None else load(**call)
    except Exception as error:
        message = str(error)
        named = [
            f"{name}={value!r}" for name, value in bad if name in message and repr(value) in message
        ]
        return {
            "raised": "SettingsError"
            if isinstance(error, module.SettingsError) and isinstance(error, ValueError)
            else type(error).__name__,
            "one line": len(message.splitlines()) == 1,
            "names a bad variable and its repr()": bool(named),
        }
    return {
        field: (type(getattr(settings, field)).__name__, getattr(settings, field))
        for field in FIELDS
    }


def expected(reference, env: Mapping[str, str], bad: list[tuple[str, str]]) -> object:
    try:
        settings = reference.load_settings(dict(env))
    except reference.SettingsError:
        return {
            "raised": "SettingsError",
            "one line": True,
            "names a bad variable and its repr()": True,
        }
    return {
        field: (type(getattr(settings, field)).__name__, getattr(settings, field))
        for field in FIELDS
    }


@kata_settings
@given(env=environments(), read_only=st.booleans())
@example(env={}, read_only=False)  # {} is an environment with nothing set, not "use os.environ"
@example(env={"SHOP_DEBUG": " off\t"}, read_only=False)
@example(env={"SHOP_TIMEOUT": "nan"}, read_only=False)
@example(env={"SHOP_TIMEOUT": "inf"}, read_only=False)
@example(env={"SHOP_POOL_SIZE": "0"}, read_only=False)
@example(env={"SHOP_POOL_SIZE": " +8 "}, read_only=False)
@example(env={"SHOP_DEBUG": ""}, read_only=False)
@example(env={"SHOP_ALLOWED_HOSTS": " a, b,,a ,"}, read_only=True)
@example(env={"SHOP_POOL_SIZE": "1\n2"}, read_only=False)
@example(env={"shop_debug": "true"}, read_only=False)
def test_settings_are_typed_and_checked_as_the_contract_says(reference, env, read_only):
    given_env = ReadOnly(env) if read_only else dict(env)
    bad = bad_variables(reference, env)
    with mock.patch.dict(os.environ, ELSEWHERE):
        got = outcome(load_settings, learner, given_env, bad)
    want = expected(reference, env, bad)
    assert_same(got, want, env=env)
    assert_same(dict(given_env), env, env_after_the_call="changed", env=env)


@kata_settings
@given(first=environments(), second=environments())
@example(first={"SHOP_DEBUG": "false"}, second={"SHOP_DEBUG": "true"})
def test_os_environ_is_read_as_it_is_when_load_settings_is_called(reference, first, second):
    got, want = [], []
    for env in (first, second):
        env = {name: value for name, value in env.items() if name.startswith("SHOP_")}
        bad = bad_variables(reference, env)
        with mock.patch.dict(os.environ, env):
            for name in set(NAMES) - set(env):
                os.environ.pop(name, None)
            got.append(outcome(load_settings, learner, None, bad))
        want.append(expected(reference, env, bad))
    assert_same(got, want, os_environ_first=first, then=second)
