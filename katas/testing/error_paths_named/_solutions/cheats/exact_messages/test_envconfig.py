"""Weak suite: over-specified. It pins the shipped version's exact messages (of the error
and of its cause) and which variable is named when several are wrong, none of which the
contract promises, so it fails on correct implementations that word or order them otherwise."""

import pytest

from .envconfig import ConfigError, load_config


def environment(**variables):
    return {"APP_HOST": "db.internal", "APP_PORT": "5432", **variables}


@pytest.mark.parametrize(
    ("variables", "message", "cause"),
    [
        ({"APP_PORT": "0"}, "APP_PORT: invalid value '0'", "0 is not between 1 and 65535"),
        ({"APP_WORKERS": "65"}, "APP_WORKERS: invalid value '65'", "65 is not between 1 and 64"),
        ({"APP_HOST": ""}, "APP_HOST: invalid value ''", "the value is empty"),
        ({"APP_DEBUG": "yes "}, "APP_DEBUG: invalid value 'yes '", None),
    ],
)
def test_the_message_and_its_cause(variables, message, cause):
    environ = environment(**variables)
    before = dict(environ)
    with pytest.raises(ConfigError) as raised:
        load_config(environ)
    assert str(raised.value) == message
    assert isinstance(raised.value.__cause__, ValueError)
    if cause is not None:
        assert str(raised.value.__cause__) == cause
    assert environ == before


def test_an_unknown_variable():
    with pytest.raises(ConfigError, match=r"^APP_PROT: unknown variable"):
        load_config(environment(APP_PROT="80"))


def test_the_unknown_variable_is_reported_before_a_bad_value():
    with pytest.raises(ConfigError) as raised:
        load_config(environment(APP_PORT="0", APP_PROT="80"))
    assert raised.value.key == "APP_PROT"


def test_a_missing_host_is_reported_before_a_bad_port():
    with pytest.raises(ConfigError) as raised:
        load_config({"APP_PORT": "0"})
    assert raised.value.key == "APP_HOST"
