"""Blind cheat: only a missing WEATHER_API_KEY is an error; one set to "" gives "Bearer ".

Differs: forecast_request("Oslo", {"WEATHER_API_KEY": ""}) returns (url, {"Authorization": "Bearer "})
instead of raising MissingSecret."""

import json
import os
from collections.abc import Mapping
from pathlib import Path

CITIES = Path(__file__).with_name("cities.json")
FORECAST_URL = "https://api.weather.example/v1/forecast/{city_id}"


class MissingSecret(RuntimeError):
    """A secret the code needs is not in the environment."""


def city_id(name: str) -> int:
    with open(CITIES, encoding="utf-8") as cities:
        return json.load(cities)[name]


def api_key(env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    key = env.get("WEATHER_API_KEY")
    if key is None:
        raise MissingSecret("WEATHER_API_KEY is not set: export it before running")
    return key


def forecast_request(name: str, env: Mapping[str, str] | None = None) -> tuple[str, dict[str, str]]:
    url = FORECAST_URL.format(city_id=city_id(name))
    return url, {"Authorization": f"Bearer {api_key(env)}"}


def save_report(name: str, text: str, base_dir: str | Path) -> Path:
    path = Path(base_dir) / "reports" / f"{city_id(name)}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
