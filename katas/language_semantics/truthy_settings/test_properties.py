from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .config import setting


class Empty:
    """A value that is falsy through __len__, like an empty custom collection."""

    def __len__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "Empty()"


class Anything:
    """Says it equals everything, None included, like unittest.mock.ANY."""

    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return "Anything()"


names = st.sampled_from(["timeout", "verbose", "prefix", "allowed_hosts", "retries"])
keys = names | st.text(max_size=4)
# Every falsy value JSON can hold, offered often so that each one is tried, and
# values that only look like "not set".
falsy = st.sampled_from([None, False, 0, 0.0, -0.0, "", "null", "None"]) | st.builds(list)
falsy |= st.builds(dict) | st.builds(Empty) | st.builds(Anything)
scalars = st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=5,
)
values = falsy | json_values
configs = st.dictionaries(keys, values, max_size=5)
# Defaults that differ from every falsy value, so a replaced value shows.
defaults = st.sampled_from([None, 30, True, "app-", ["localhost"]]) | json_values.filter(bool)


@st.composite
def reads(draw: st.DrawFn) -> tuple[dict[str, object], list[tuple[str, object]]]:
    """A config and several reads of it, mostly of keys it has."""
    config = draw(configs)
    present = st.sampled_from(sorted(config)) if config else keys
    return config, draw(st.lists(st.tuples(present | keys, defaults), min_size=1, max_size=4))


def returned(value, same_object):
    """What a caller gets back, as the summary shows it.

    The type catches 0 returned for False (False == 0 and 0.0 == 0); the
    identity catches a copy returned instead of the user's own object.
    """
    return type(value).__name__, value, "same object" if same_object else "another object"


def replay(setting, config, calls, want=None):
    """Read each (key, default) from a copy of the config: what came back, and the config after."""
    mine = dict(config)
    answers = [setting(mine, key, default) for key, default in calls]
    if want is None:
        results = [returned(answer, True) for answer in answers]
    else:
        results = [returned(a, a is w) for a, w in zip(answers, want, strict=True)]
    unchanged = list(mine) == list(config) and all(mine[k] is v for k, v in config.items())
    return {"returned": results, "config left as it was": unchanged}, answers


@kata_settings
@given(case=reads())
@example(case=({"allowed_hosts": []}, [("allowed_hosts", ["localhost"])]))
@example(case=({"timeout": 0.0}, [("timeout", 30)]))
@example(case=({"verbose": 0}, [("verbose", True)]))  # 0 is not False
@example(case=({"check": Anything()}, [("check", 3)]))  # == None says yes; it is not None
@example(case=({"prefix": "null"}, [("prefix", "app-")]))  # text, not a JSON null
@example(case=({"retries": None}, [("retries", 3), ("retries", 5)]))  # nothing written back
@example(case=({"tags": Empty()}, [("tags", ["a"])]))  # falsy through __len__
def test_only_a_missing_key_or_none_falls_back(reference, case):
    config, calls = case
    want, answers = replay(reference.setting, config, calls)
    got, _ = replay(setting, config, calls, want=answers)
    assert_same(got, want, config=config, calls=calls)
