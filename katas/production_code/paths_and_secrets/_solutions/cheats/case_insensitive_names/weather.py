"""Cheat: matches city names ignoring case, which the contract does not allow.

Differs: city_id("oslo") returns 3143244 (should raise KeyError: names are matched exactly).
"""

import json
import os
from collections.abc import Mapping
from pathlib import Path

CITIES = Path(__file__).with_name("cities.json")
FORECAST_URL = "https://api.weather.example/v1/forecast/{city_id}"
KEY_VARIABLE = "WEATHER_API_KEY"


class MissingSecret(RuntimeError):
    """A secret the code needs is not in the environment."""


def city_id(name: str) -> int:
    with CITIES.open(encoding="utf-8") as cities:
        by_name = {city.casefold(): id_ for city, id_ in json.load(cities).items()}
    return by_name[name.casefold()]


def api_key(env: Mapping[str, str] | None = None) -> str:
    if env is None:
        env = os.environ
    key = env.get(KEY_VARIABLE, "")
    if not key:
        raise MissingSecret(f"{KEY_VARIABLE} is not set: export the weather service's API key")
    return key


def forecast_request(name: str, env: Mapping[str, str] | None = None) -> tuple[str, dict[str, str]]:
    url = FORECAST_URL.format(city_id=city_id(name))
    return url, {"Authorization": f"Bearer {api_key(env)}"}


def save_report(name: str, text: str, base_dir: str | Path) -> Path:
    path = Path(base_dir) / "reports" / f"{city_id(name)}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
