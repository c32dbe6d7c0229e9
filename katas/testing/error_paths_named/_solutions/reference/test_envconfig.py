"""Tests for envconfig.load_config: the happy path briefly, then every error path: the
exception's type, the variable it names, its cause, and a caller's mapping left alone."""

import dataclasses

import pytest

from .envconfig import Config, ConfigError, load_config


def with_(**variables):
    """A new environment with the two required variables, and these set (None: removed)."""
    environ = {"APP_HOST": "db.internal", "APP_PORT": "5432", **variables}
    return {key: value for key, value in environ.items() if value is not None}


def test_reads_every_variable():
    environ = with_(APP_DEBUG="yes", APP_WORKERS="8")
    assert load_config(environ) == Config(host="db.internal", port=5432, debug=True, workers=8)


def test_optional_variables_have_defaults():
    assert load_config(with_()) == Config(host="db.internal", port=5432, debug=False, workers=4)


def test_variables_that_are_not_ours_are_ignored():
    environ = with_(PATH="/usr/bin", app_port="nope", APPLE="x", APP="x")
    assert load_config(environ) == load_config(with_())


@pytest.mark.parametrize(
    ("text", "port"), [("1", 1), ("80", 80), ("08080", 8080), ("65535", 65535)]
)
def test_ports_from_1_to_65535(text, port):
    assert load_config(with_(APP_PORT=text)).port == port


@pytest.mark.parametrize(("text", "workers"), [("1", 1), ("64", 64)])
def test_workers_from_1_to_64(text, workers):
    assert load_config(with_(APP_WORKERS=text)).workers == workers


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("true", True),
        ("yes", True),
        ("on", True),
        ("1", True),
        ("TRUE", True),
        ("Yes", True),
        ("false", False),
        ("no", False),
        ("off", False),
        ("0", False),
        ("OFF", False),
        ("No", False),
    ],
)
def test_debug_words_in_any_case(word, value):
    assert load_config(with_(APP_DEBUG=word)).debug is value


def test_the_host_is_kept_as_it_is():
    assert load_config(with_(APP_HOST=" Db ")).host == " Db "


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("APP_HOST", ""),
        ("APP_PORT", "0"),
        ("APP_PORT", "65536"),
        ("APP_PORT", "-1"),
        ("APP_PORT", "+80"),
        ("APP_PORT", " 80"),
        ("APP_PORT", "80 "),
        ("APP_PORT", "8_0"),
        ("APP_PORT", "80.0"),
        ("APP_PORT", "٨٠"),
        ("APP_PORT", "eighty"),
        ("APP_PORT", ""),
        ("APP_DEBUG", "yes "),
        ("APP_DEBUG", " no"),
        ("APP_DEBUG", "y"),
        ("APP_DEBUG", "2"),
        ("APP_DEBUG", ""),
        ("APP_WORKERS", "0"),
        ("APP_WORKERS", "65"),
        ("APP_WORKERS", "four"),
        ("APP_WORKERS", ""),
    ],
)
def test_an_invalid_value_names_its_variable_and_keeps_the_cause(key, text):
    environ = with_(PATH="/usr/bin", **{key: text})
    with pytest.raises(ConfigError) as raised:
        load_config(environ)
    assert raised.value.key == key
    assert str(raised.value).startswith(key)
    assert isinstance(raised.value.__cause__, ValueError)


@pytest.mark.parametrize("key", ["APP_HOST", "APP_PORT"])
def test_a_missing_required_variable_is_named(key):
    with pytest.raises(ConfigError) as raised:
        load_config(with_(**{key: None}))
    assert raised.value.key == key
    assert str(raised.value).startswith(key)


@pytest.mark.parametrize("key", ["APP_PROT", "APP_", "APP_HOST_NAME"])
def test_an_unknown_app_variable_is_named(key):
    with pytest.raises(ConfigError) as raised:
        load_config(with_(**{key: "80"}))
    assert raised.value.key == key
    assert str(raised.value).startswith(key)


@pytest.mark.parametrize(
    "variables", [{}, {"APP_PORT": "0"}, {"APP_HOST": None}, {"APP_PROT": "1"}]
)
def test_the_callers_mapping_is_left_alone(variables):
    environ = with_(**variables)
    before = dict(environ)
    try:
        load_config(environ)
    except ConfigError:
        pass
    assert environ == before


def test_the_config_is_frozen():
    config = load_config(with_())
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.port = 1
