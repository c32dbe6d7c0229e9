import pytest

from .settings import Settings, SettingsError, load_settings


def test_nothing_set_gives_the_defaults():
    assert load_settings({}) == Settings(
        database_url="postgresql://localhost/shop",
        pool_size=5,
        timeout=2.5,
        debug=False,
        allowed_hosts=("localhost",),
    )


def test_every_value_is_read_from_env_and_typed():
    env = {
        "SHOP_DATABASE_URL": "postgresql://db.internal/shop",
        "SHOP_POOL_SIZE": "8",
        "SHOP_TIMEOUT": "0.5",
        "SHOP_DEBUG": "true",
        "SHOP_ALLOWED_HOSTS": "shop.example, api.example",
    }
    settings = load_settings(env)
    assert settings == Settings(
        "postgresql://db.internal/shop", 8, 0.5, True, ("shop.example", "api.example")
    )
    assert type(settings.pool_size) is int and type(settings.timeout) is float


@pytest.mark.parametrize("spelling", ["false", "False", "0", "no", "off"])
def test_false_turns_debugging_off(spelling):
    assert load_settings({"SHOP_DEBUG": spelling}).debug is False


def test_os_environ_is_read_when_no_env_is_given(monkeypatch):
    monkeypatch.setenv("SHOP_DEBUG", "false")
    monkeypatch.setenv("SHOP_POOL_SIZE", "8")
    settings = load_settings()
    assert (settings.debug, settings.pool_size) == (False, 8)


def test_a_bad_number_names_the_variable_and_the_value():
    with pytest.raises(SettingsError) as raised:
        load_settings({"SHOP_POOL_SIZE": "ten"})
    message = str(raised.value)
    assert "SHOP_POOL_SIZE" in message and "'ten'" in message
    assert len(message.splitlines()) == 1


def test_a_flag_spelled_another_way_is_an_error_not_true():
    with pytest.raises(SettingsError, match="SHOP_DEBUG"):
        load_settings({"SHOP_DEBUG": "enabled"})


def test_an_empty_host_list_means_no_hosts():
    assert load_settings({"SHOP_ALLOWED_HOSTS": ""}).allowed_hosts == ()
