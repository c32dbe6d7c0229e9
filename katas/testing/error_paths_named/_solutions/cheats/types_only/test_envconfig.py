"""Weak suite: every error path raises ConfigError, and that is all it checks. It never
looks at which variable the error names, at its __cause__, or at the caller's mapping
afterwards: a lost cause, the wrong variable named and defaults written back all pass."""

import pytest

from .envconfig import Config, ConfigError, load_config


def environment(**variables):
    return {"APP_HOST": "db.internal", "APP_PORT": "5432", **variables}


def test_a_good_environment():
    assert load_config(environment(APP_DEBUG="on", APP_WORKERS="2")) == Config(
        "db.internal", 5432, True, 2
    )


@pytest.mark.parametrize(
    "variables",
    [
        {"APP_PORT": "0"},
        {"APP_PORT": "65536"},
        {"APP_PORT": "http"},
        {"APP_PORT": ""},
        {"APP_HOST": ""},
        {"APP_DEBUG": "yes "},
        {"APP_DEBUG": "maybe"},
        {"APP_WORKERS": "0"},
        {"APP_WORKERS": ""},
        {"APP_PROT": "80"},
    ],
)
def test_bad_environments_raise_config_error(variables):
    with pytest.raises(ConfigError):
        load_config(environment(**variables))


def test_a_missing_port_raises_config_error():
    with pytest.raises(ConfigError):
        load_config({"APP_HOST": "db.internal"})
