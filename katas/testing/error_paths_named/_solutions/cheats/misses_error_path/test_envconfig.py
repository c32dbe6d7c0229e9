"""Blind weak suite: a thorough happy path (every valid form, defaults, foreign variables) but errors only via pytest.raises(Exception): no ConfigError type, key, cause or environ check."""

import pytest

from .envconfig import Config, load_config


def env(**extra):
    base = {"APP_HOST": "db.internal", "APP_PORT": "5432"}
    base.update(extra)
    return base


def test_reads_the_required_variables():
    assert load_config(env()) == Config(host="db.internal", port=5432, debug=False, workers=4)


def test_host_kept_as_is():
    assert load_config(env(APP_HOST=" Db.Internal ")).host == " Db.Internal "


@pytest.mark.parametrize("text, port", [("1", 1), ("65535", 65535), ("08080", 8080), ("80", 80)])
def test_valid_ports(text, port):
    assert load_config(env(APP_PORT=text)).port == port


@pytest.mark.parametrize("word", ["true", "yes", "on", "1", "TRUE", "Yes", "oN"])
def test_true_words(word):
    assert load_config(env(APP_DEBUG=word)).debug is True


@pytest.mark.parametrize("word", ["false", "no", "off", "0", "FALSE", "No"])
def test_false_words(word):
    assert load_config(env(APP_DEBUG=word)).debug is False


@pytest.mark.parametrize("text, workers", [("1", 1), ("64", 64), ("8", 8)])
def test_valid_workers(text, workers):
    assert load_config(env(APP_WORKERS=text)).workers == workers


def test_foreign_variables_are_ignored():
    config = load_config(env(PATH="/bin", app_port="x", APPLE="red", HOME="/root"))
    assert config == Config(host="db.internal", port=5432, debug=False, workers=4)


def test_same_variables_give_equal_configs():
    assert load_config(env(APP_DEBUG="on")) == load_config(env(APP_DEBUG="yes"))


def test_a_bad_port_fails():
    with pytest.raises(Exception):
        load_config(env(APP_PORT="http"))
