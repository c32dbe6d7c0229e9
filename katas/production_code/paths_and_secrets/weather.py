"""A small client for the weather service: city ids, forecast requests, saved reports.

* city_id(name) -> int: the id of a city, from cities.json, the file that
  ships beside this module (in the same folder as weather.py). Names are
  matched exactly (case and accents count); a city that is not in the file
  raises KeyError. It gives the same answer whatever the working directory
  is, even one that holds a cities.json of its own.
* forecast_request(name, env=None) -> (url, headers): the request for a
  city's forecast, without sending it:
      ("https://api.weather.example/v1/forecast/3143244",
       {"Authorization": "Bearer <key>"})
  The key is the value of WEATHER_API_KEY in `env` (any mapping of str to
  str; None means os.environ as it is when the function is called), used
  exactly as it is. When the variable is missing, or set to "", it raises
  MissingSecret with a one-line message that names WEATHER_API_KEY. There is
  no key in the code, not even as a fallback.
* save_report(name, text, base_dir) -> Path: writes `text` (UTF-8) to
  base_dir / "reports" / "<city id>.txt", creating the folders it needs and
  replacing an older report, and returns that path. `base_dir` is a str or a
  Path; nothing is written anywhere else.

Right now it works on exactly one machine: Alice's. It opens cities.json
relative to the working directory, saves into /home/alice, and carries the
live API key in the source, where everyone who can read the repository can
read it too. The key has been revoked; its replacement lives in the
environment. Make the module keep the contract above.
"""

import json
from collections.abc import Mapping
from pathlib import Path

API_KEY = "wk_live_4f9a2c7e1b8d3a6f"  # TODO: a secret in the source, and paths only Alice has
CITIES = "cities.json"
REPORTS = Path("/home/alice/weather/reports")
FORECAST_URL = "https://api.weather.example/v1/forecast/{city_id}"


class MissingSecret(RuntimeError):
    """A secret the code needs is not in the environment."""


def city_id(name: str) -> int:
    with open(CITIES, encoding="utf-8") as cities:
        return json.load(cities)[name]


def forecast_request(name: str, env: Mapping[str, str] | None = None) -> tuple[str, dict[str, str]]:
    url = FORECAST_URL.format(city_id=city_id(name))
    return url, {"Authorization": f"Bearer {API_KEY}"}


def save_report(name: str, text: str, base_dir: str | Path) -> Path:
    path = REPORTS / f"{city_id(name)}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
