import os
import subprocess
import sys
from unittest import mock

import pytest

from .deploy_config import ConfigError, Resolved, child_environment, resolve


def test_an_option_beats_the_environment_the_file_and_the_default():
    resolved = resolve(
        "region",
        cli={"region": "us-east-1"},
        env={"DEPLOY_REGION": "eu-west-1"},
        file_config={"region": "ap-south-1"},
        default="eu-central-1",
    )
    assert resolved == Resolved("us-east-1", "option", ("environment", "config file"))


def test_an_option_not_given_is_none_and_the_default_is_the_last_resort():
    resolved = resolve(
        "region", cli={"region": None}, env={}, file_config={}, default="eu-central-1"
    )
    assert resolved == Resolved("eu-central-1", "default", ())


def test_a_variable_set_to_empty_is_set_and_wins_over_the_file():
    resolved = resolve(
        "region",
        cli={},
        env={"DEPLOY_REGION": ""},
        file_config={"region": "eu-west-1"},
        default="eu-central-1",
    )
    assert resolved == Resolved("", "environment", ("config file",))


def test_false_in_the_config_file_is_a_value():
    resolved = resolve("dry_run", cli={}, env={}, file_config={"dry_run": False}, default=True)
    assert resolved == Resolved(False, "config file", ())


def test_text_from_the_environment_is_parsed():
    resolved = resolve(
        "replicas",
        cli={},
        env={"DEPLOY_REPLICAS": "4"},
        file_config={"replicas": 2},
        default=1,
        parse=int,
    )
    assert resolved == Resolved(4, "environment", ("config file",))


def test_a_variable_set_after_import_is_seen(monkeypatch):
    monkeypatch.setenv("DEPLOY_REGION", "eu-north-1")
    resolved = resolve("region", cli={}, file_config={}, default="eu-central-1")
    assert resolved == Resolved("eu-north-1", "environment", ())


def test_text_that_cannot_be_parsed_is_an_error_naming_where_it_came_from():
    with pytest.raises(ConfigError) as raised:
        resolve(
            "replicas",
            cli={},
            env={"DEPLOY_REPLICAS": "three"},
            file_config={"replicas": 2},
            default=1,
            parse=int,
        )
    assert "DEPLOY_REPLICAS" in str(raised.value) and "'three'" in str(raised.value)


def test_a_child_environment_leaves_the_tools_own_environment_alone(monkeypatch):
    monkeypatch.setenv("DEPLOY_TOKEN", "secret")
    before = dict(os.environ)
    with mock.patch.dict(os.environ):  # puts os.environ back afterwards, whatever happens
        child = child_environment({"DEPLOY_REGION": "eu-west-1", "DEPLOY_TOKEN": None})
        after = dict(os.environ)
    assert child["DEPLOY_REGION"] == "eu-west-1" and "DEPLOY_TOKEN" not in child
    assert after == before, "child_environment() changed os.environ"


def test_a_child_process_sees_the_environment_it_is_started_with(monkeypatch):
    monkeypatch.setenv("DEPLOY_TOKEN", "secret")
    show = "import os; print(os.environ.get('DEPLOY_REGION'), os.environ.get('DEPLOY_TOKEN'))"
    with mock.patch.dict(os.environ):
        child = child_environment({"DEPLOY_REGION": "eu-west-1", "DEPLOY_TOKEN": None})
    run = subprocess.run([sys.executable, "-c", show], env=child, capture_output=True, text=True)
    assert run.stdout.split() == ["eu-west-1", "None"]
