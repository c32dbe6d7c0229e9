"""Weak suite: thorough on valid configurations (defaults, both ends of each range,
every boolean word) and silent on every error path: nothing bad is ever loaded."""

import pytest

from .envconfig import Config, load_config


def environment(**variables):
    return {"APP_HOST": "db.internal", "APP_PORT": "5432", **variables}


def test_defaults():
    assert load_config(environment()) == Config("db.internal", 5432, False, 4)


@pytest.mark.parametrize(("text", "port"), [("1", 1), ("65535", 65535), ("0080", 80)])
def test_ports(text, port):
    assert load_config(environment(APP_PORT=text)).port == port


@pytest.mark.parametrize(("text", "workers"), [("1", 1), ("64", 64)])
def test_workers(text, workers):
    assert load_config(environment(APP_WORKERS=text)).workers == workers


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("true", True),
        ("YES", True),
        ("On", True),
        ("1", True),
        ("false", False),
        ("no", False),
        ("OFF", False),
        ("0", False),
    ],
)
def test_debug_words(word, value):
    assert load_config(environment(APP_DEBUG=word)).debug is value


def test_other_variables_are_ignored():
    assert load_config(environment(HOME="/root", app_debug="x")) == load_config(environment())
