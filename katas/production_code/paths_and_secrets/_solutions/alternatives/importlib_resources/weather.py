"""Alternative: importlib.resources for the package data (cached once), os.path for the
report path, and the key looked up through a small helper that treats "" as missing."""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path


class MissingSecret(RuntimeError):
    """A secret the code needs is not in the environment."""


@functools.cache
def _cities() -> dict[str, int]:
    data = resources.files(__package__).joinpath("cities.json").read_text(encoding="utf-8")
    return json.loads(data)


def city_id(name: str) -> int:
    return _cities()[name]


def _secret(name: str, env: Mapping[str, str] | None) -> str:
    value = (os.environ if env is None else env).get(name)
    if value in (None, ""):
        raise MissingSecret(f"set {name} in the environment (it is missing or empty)")
    return value


def forecast_request(name: str, env: Mapping[str, str] | None = None) -> tuple[str, dict[str, str]]:
    url = f"https://api.weather.example/v1/forecast/{city_id(name)}"
    return url, {"Authorization": "Bearer " + _secret("WEATHER_API_KEY", env)}


def save_report(name: str, text: str, base_dir: str | Path) -> Path:
    folder = os.path.join(base_dir, "reports")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{city_id(name)}.txt")
    with open(path, "w", encoding="utf-8", newline="") as report:
        report.write(text)
    return Path(path)
