"""When the support desk is open, for the banner on the help page.

The desk answers chats Monday to Friday, from 09:00 to 17:00 UTC.

What is wrong: both functions below read the clock themselves, with
``datetime.now()``. Their answers depend on when the tests happen to run, so no
test can check Friday at 17:00 or a Sunday night, short of patching ``datetime``.

TODO: make the moment a parameter, then test the functions in test_opening.py.
The new signatures, and the contract they must keep:

``is_open(at: datetime) -> bool``:

- ``at`` is a timezone-aware datetime, in any timezone; it is converted to UTC first.
  A naive one (``at.utcoffset()`` is None) raises ``ValueError``: the desk cannot
  guess which timezone it meant.
- True when ``at``, in UTC, is on a Monday to Friday and ``09:00 <= time < 17:00``:
  open at exactly 09:00:00, closed again at exactly 17:00:00. False otherwise,
  all day on Saturday and Sunday.

``next_opening(after: datetime) -> datetime``:

- ``after``: as ``at`` above (aware, any timezone; naive raises ``ValueError``).
- Returns the first moment at or after ``after`` at which the desk opens, a Monday
  to Friday at 09:00:00 UTC: on a weekday before 09:00, that day's 09:00; at exactly
  09:00:00 on a weekday, ``after`` itself; any later on a weekday, or on a weekend,
  the next weekday's 09:00 (from Friday 09:00:01 on, the Monday's).
- The result is an aware datetime in UTC, whatever the timezone of ``after``: its
  ``tzinfo`` is ``datetime.UTC`` (the same object as ``timezone.utc``).

The caller then passes ``datetime.now(UTC)``; a test passes any moment it likes:

>>> tuesday_noon = datetime(2024, 6, 4, 12, 0, tzinfo=UTC)
>>> is_open(tuesday_noon)
True
>>> next_opening(datetime(2024, 6, 7, 17, 0, tzinfo=UTC))  # a Friday, at closing
datetime.datetime(2024, 6, 10, 9, 0, tzinfo=datetime.timezone.utc)
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

OPENS = time(9, 0)
CLOSES = time(17, 0)
#: datetime.weekday(): Monday is 0, ..., Friday is 4, Saturday 5, Sunday 6.
FRIDAY = 4


def is_open() -> bool:
    now = datetime.now(UTC)
    return now.weekday() <= FRIDAY and OPENS <= now.time() < CLOSES


def next_opening() -> datetime:
    now = datetime.now(UTC)
    day = now.date()
    if now.time() > OPENS:
        day += timedelta(days=1)
    while day.weekday() > FRIDAY:
        day += timedelta(days=1)
    return datetime.combine(day, OPENS, tzinfo=UTC)
