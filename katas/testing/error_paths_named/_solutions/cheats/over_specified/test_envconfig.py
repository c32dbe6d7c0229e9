"""Blind weak suite: over-specifies: exact error messages and cause wording, which variable is named when several are wrong, and the private readers/VARIABLES table."""

import pytest

from . import envconfig
from .envconfig import Config, ConfigError, load_config


def env(**extra):
    base = {"APP_HOST": "db.internal", "APP_PORT": "5432", "PATH": "/bin"}
    base.update(extra)
    return base


def test_reads_the_required_variables():
    assert load_config(env()) == Config(host="db.internal", port=5432, debug=False, workers=4)


@pytest.mark.parametrize(
    "word, expected", [("Yes", True), ("on", True), ("1", True), ("OFF", False), ("no", False)]
)
def test_debug_words(word, expected):
    assert load_config(env(APP_DEBUG=word)).debug is expected


def test_port_exact_message():
    environ = env(APP_PORT="0")
    before = dict(environ)
    with pytest.raises(ConfigError) as raised:
        load_config(environ)
    assert str(raised.value) == "APP_PORT: invalid value '0'"
    assert raised.value.key == "APP_PORT"
    assert str(raised.value.__cause__) == "0 is not between 1 and 65535"
    assert environ == before


def test_port_not_digits_cause_message():
    with pytest.raises(ConfigError) as raised:
        load_config(env(APP_PORT="+80"))
    assert str(raised.value.__cause__) == "'+80' is not a whole number written in digits"


def test_debug_with_space_exact_message():
    with pytest.raises(ConfigError, match=r"^APP_DEBUG: invalid value 'yes '$") as raised:
        load_config(env(APP_DEBUG="yes "))
    assert isinstance(raised.value.__cause__, ValueError)


def test_missing_host_exact_message():
    with pytest.raises(ConfigError) as raised:
        load_config({"APP_PORT": "80"})
    assert str(raised.value) == "APP_HOST: is required but not set"


def test_unknown_variable_exact_message():
    with pytest.raises(ConfigError) as raised:
        load_config(env(APP_PROT="80"))
    assert str(raised.value) == "APP_PROT: unknown variable (a typo?)"
    assert raised.value.key == "APP_PROT"


def test_several_wrong_names_the_port_first():
    with pytest.raises(ConfigError) as raised:
        load_config(env(APP_PORT="0", APP_WORKERS="0", APP_DEBUG="maybe"))
    assert raised.value.key == "APP_PORT"


def test_typo_is_reported_before_a_bad_value():
    with pytest.raises(ConfigError) as raised:
        load_config(env(APP_PORT="0", APP_PROT="80"))
    assert raised.value.key == "APP_PROT"


def test_private_readers():
    assert envconfig._port("65535") == 65535
    assert envconfig._workers("64") == 64
    with pytest.raises(ValueError):
        envconfig._boolean("yes ")
    assert list(envconfig.VARIABLES) == ["APP_HOST", "APP_PORT", "APP_DEBUG", "APP_WORKERS"]
    assert envconfig.VARIABLES["APP_WORKERS"][1] == "4"
