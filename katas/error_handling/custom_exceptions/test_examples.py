import pytest

from .settings import ConfigError, InvalidSetting, MissingSetting, Settings, load_settings

GOOD = {"host": "db", "port": "5432", "timeout": "2.5"}


def test_a_good_file_loads():
    assert load_settings("app.ini", {**GOOD, "debug": "yes"}) == Settings("db", 5432, 2.5)


def test_a_missing_setting_names_the_key_and_the_file():
    raw = {"host": "db", "timeout": "2.5"}
    with pytest.raises(MissingSetting) as raised:
        load_settings("/etc/app/prod.ini", raw)
    error = raised.value
    assert (error.key, error.path) == ("port", "/etc/app/prod.ini")
    assert "port" in str(error)
    assert "/etc/app/prod.ini" in str(error)


def test_a_bad_value_names_the_key_the_file_and_the_value():
    with pytest.raises(InvalidSetting) as raised:
        load_settings("app.ini", {**GOOD, "port": "eighty"})
    error = raised.value
    assert (error.key, error.path, error.value) == ("port", "app.ini", "eighty")
    for part in ("port", "app.ini", "eighty"):
        assert part in str(error)


@pytest.mark.parametrize("raw", [{"port": "80", "timeout": "1"}, {**GOOD, "port": "8o"}])
def test_a_caller_catches_every_problem_as_a_config_error(raw):
    with pytest.raises(ConfigError):
        load_settings("app.ini", raw)
