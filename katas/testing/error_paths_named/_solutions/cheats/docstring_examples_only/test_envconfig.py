"""Blind weak suite: checks only the two docstring examples (a valid config, APP_PORT=0 refused); no key, cause, other variables or environ checks."""

import pytest

from .envconfig import Config, ConfigError, load_config


def test_reads_the_required_variables():
    config = load_config({"APP_HOST": "db.internal", "APP_PORT": "5432"})
    assert config == Config(host="db.internal", port=5432, debug=False, workers=4)


def test_docstring_example_ignores_path():
    config = load_config({"APP_HOST": "db.internal", "APP_PORT": "5432", "PATH": "/bin"})
    assert config == Config(host="db.internal", port=5432, debug=False, workers=4)


def test_docstring_example_port_zero():
    with pytest.raises(ConfigError):
        load_config({"APP_HOST": "db.internal", "APP_PORT": "0"})
