"""When the support desk is open, for the banner on the help page.

The desk answers chats Monday to Friday, from 09:00 to 17:00 UTC.

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


def _to_utc(moment: datetime) -> datetime:
    if moment.utcoffset() is None:
        raise ValueError(f"a naive datetime has no timezone: {moment!r}")
    return moment.astimezone(UTC)


def is_open(at: datetime) -> bool:
    at = _to_utc(at)
    return at.weekday() <= FRIDAY and OPENS <= at.time() < CLOSES


def next_opening(after: datetime) -> datetime:
    after = _to_utc(after)
    day = after.date()
    if after.time() > OPENS:
        day += timedelta(days=1)
    while day.weekday() > FRIDAY:
        day += timedelta(days=1)
    return datetime.combine(day, OPENS, tzinfo=UTC)
