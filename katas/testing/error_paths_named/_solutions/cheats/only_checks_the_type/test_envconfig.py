"""Blind weak suite: many bad configurations, but only `pytest.raises(ConfigError)`: never the key named, the __cause__, or that environ is left alone."""

import pytest

from .envconfig import Config, ConfigError, load_config


def env(**extra):
    base = {"APP_HOST": "db.internal", "APP_PORT": "5432"}
    base.update(extra)
    return base


def test_reads_the_required_variables():
    assert load_config(env()) == Config(host="db.internal", port=5432, debug=False, workers=4)


@pytest.mark.parametrize(
    "key, value",
    [
        ("APP_PORT", "0"),
        ("APP_PORT", "65536"),
        ("APP_PORT", "+80"),
        ("APP_PORT", " 80"),
        ("APP_PORT", "8_0"),
        ("APP_PORT", "80.0"),
        ("APP_PORT", "٨٠"),
        ("APP_DEBUG", "maybe"),
        ("APP_DEBUG", "yes "),
        ("APP_WORKERS", "0"),
        ("APP_WORKERS", "65"),
        ("APP_HOST", ""),
        ("APP_WORKERS", ""),
    ],
)
def test_invalid_values(key, value):
    with pytest.raises(ConfigError):
        load_config(env(**{key: value}))


def test_missing_host():
    with pytest.raises(ConfigError):
        load_config({"APP_PORT": "80"})


def test_missing_port():
    with pytest.raises(ConfigError):
        load_config({"APP_HOST": "h"})


def test_unknown_variable():
    with pytest.raises(ConfigError):
        load_config(env(APP_PROT="80"))
