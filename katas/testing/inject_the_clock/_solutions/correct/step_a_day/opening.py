"""When the support desk is open, for the banner on the help page.

The desk answers chats Monday to Friday, from 09:00 to 17:00 UTC. Both functions
take the moment to answer for: the caller passes ``datetime.now(UTC)``,
a test passes any moment it likes.

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

>>> tuesday_noon = datetime(2024, 6, 4, 12, 0, tzinfo=UTC)
>>> is_open(tuesday_noon)
True
>>> next_opening(datetime(2024, 6, 7, 17, 0, tzinfo=UTC))  # a Friday, at closing
datetime.datetime(2024, 6, 10, 9, 0, tzinfo=datetime.timezone.utc)
"""

from __future__ import annotations

import datetime as dt


def _utc(moment: dt.datetime) -> dt.datetime:
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("naive datetime: which timezone?")
    return moment.astimezone(dt.UTC)


def _weekday(moment: dt.datetime) -> bool:
    return moment.isoweekday() in (1, 2, 3, 4, 5)


def is_open(at: dt.datetime) -> bool:
    at = _utc(at)
    if not _weekday(at):
        return False
    return 9 <= at.hour < 17


def next_opening(after: dt.datetime) -> dt.datetime:
    after = _utc(after)
    candidate = after.replace(hour=9, minute=0, second=0, microsecond=0)
    while candidate < after or not _weekday(candidate):
        candidate += dt.timedelta(days=1)
    return candidate
