from pathlib import Path

import pytest

from .weather import MissingSecret, city_id, forecast_request, save_report

WEATHER = Path(__file__).with_name("weather.py")
OSLO_URL = "https://api.weather.example/v1/forecast/3143244"


def test_city_ids_come_from_the_file_beside_the_module(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the scheduler runs us from somewhere else
    assert city_id("Oslo") == 3143244
    assert city_id("Zürich") == 2657896


def test_a_cities_json_in_the_working_directory_is_not_read(tmp_path, monkeypatch):
    (tmp_path / "cities.json").write_text('{"Oslo": 1}', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert city_id("Oslo") == 3143244


def test_an_unknown_city_is_a_key_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(KeyError):
        city_id("Atlantis")


def test_the_key_comes_from_the_env_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    request = forecast_request("Oslo", {"WEATHER_API_KEY": "k-123"})
    assert request == (OSLO_URL, {"Authorization": "Bearer k-123"})


def test_the_key_comes_from_os_environ_when_no_env_is_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WEATHER_API_KEY", "k-456")
    assert forecast_request("Oslo") == (OSLO_URL, {"Authorization": "Bearer k-456"})


def test_a_missing_key_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WEATHER_API_KEY", raising=False)
    with pytest.raises(MissingSecret, match="WEATHER_API_KEY"):
        forecast_request("Oslo")


def test_a_report_is_saved_under_the_base_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    base = tmp_path / "data"
    path = save_report("Oslo", "sunny, 21 °C", base)
    assert path == base / "reports" / "3143244.txt"
    assert path.read_text(encoding="utf-8") == "sunny, 21 °C"


def test_the_revoked_key_and_alices_home_are_gone_from_the_source():
    source = WEATHER.read_text(encoding="utf-8")
    assert "wk_live_4f9a2c7e1b8d3a6f" not in source, "the revoked key is still in weather.py"
    assert "/home/alice" not in source, "weather.py still names a folder only Alice has"
