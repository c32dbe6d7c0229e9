"""Parse a duration such as "1h30m" into a number of seconds.

The job scheduler reads how often to run each job from its configuration
("every: 1h30m") with ``parse_duration``.

``parse_duration(text)`` returns the whole number of seconds ``text`` stands for:

- ``text`` is one, two or three parts, with nothing before, between or after
  them. A part is a number written in the digits 0-9 (leading zeros allowed)
  followed by its unit: ``h`` (an hour, 3600 seconds), ``m`` (a minute, 60
  seconds) or ``s`` (a second).
- Each unit appears at most once, in the order h, m, s; any of them may be
  left out: "2h", "45m", "90s", "1h30m", "1h15s", "5m30s", "1h30m15s", "0s".
- A part may be larger than the next unit up: "90m" is 5400, "120s" is 120.
- The result is the sum of the parts, an int: "1h30m" is 3600 + 1800 = 5400.
- ``ValueError`` for any other text: "" (empty), "90" (no unit), "h" (no
  number), "1d" (unknown unit), "1H" (units are lower case), "30m1h" (out of
  order), "1m1m" (a unit twice), " 1h" or "1h 30m" (spaces), "1h\\n", "-5m",
  "+5m", "1.5h", "\\u0661h" (a digit other than 0-9: here ARABIC-INDIC DIGIT
  ONE).
- The same text always gives the same answer.

>>> parse_duration("45s")
45
>>> parse_duration("2h")
7200
"""

from __future__ import annotations

import re

#: The whole text: an optional part for each unit, in order.
_DURATION = re.compile(r"(?:(?P<h>[0-9]+)h)?(?:(?P<m>[0-9]+)m)?(?:(?P<s>[0-9]+)s)?")
_SECONDS_PER_UNIT = {"h": 3600, "m": 60, "s": 1}


def parse_duration(text: str) -> int:
    # Bug #4127: the old loop assigned each part instead of adding it up.
    match = _DURATION.fullmatch(text) if text else None
    if match is None:
        raise ValueError(f"not a duration: {text!r}")
    return sum(
        int(number) * _SECONDS_PER_UNIT[unit]
        for unit, number in match.groupdict().items()
        if number is not None
    )
