from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .config import setting

keys = st.sampled_from(["timeout", "verbose", "prefix", "allowed_hosts", "retries"])
# Every falsy value JSON can hold, offered often so that each one is tried.
falsy = st.sampled_from([None, False, 0, 0.0, ""]) | st.builds(list) | st.builds(dict)
scalars = (
    st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5)
)
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


def returned(value, same_object):
    """What a caller gets back, as the summary shows it.

    The type catches 0 returned for False (False == 0 and 0.0 == 0); the
    identity catches a copy returned instead of the user's own object.
    """
    return type(value).__name__, value, "same object" if same_object else "another object"


@kata_settings
@given(config=configs, key=keys, default=defaults)
@example(config={"allowed_hosts": []}, key="allowed_hosts", default=["localhost"])
@example(config={"timeout": 0.0}, key="timeout", default=30)
def test_only_a_missing_key_or_none_falls_back(reference, config, key, default):
    got = setting(config, key, default)
    want = reference.setting(config, key, default)
    assert_same(
        returned(got, got is want),
        returned(want, True),
        config=config,
        key=key,
        default=default,
    )
