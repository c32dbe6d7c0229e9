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

from datetime import UTC, datetime, timedelta

DAY = timedelta(days=1)
OPENING_HOURS = (timedelta(hours=9), timedelta(hours=17))
WORKING_DAYS = range(5)  # Monday to Friday, as datetime.weekday() counts them


def _week(moment: datetime) -> tuple[datetime, timedelta]:
    """The Monday 00:00 UTC of the week ``moment`` is in, and how far into that week it is."""
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        raise ValueError("a naive datetime has no timezone: give the moment in UTC or another zone")
    utc = moment.astimezone(UTC)
    midnight = utc.replace(hour=0, minute=0, second=0, microsecond=0)
    monday = midnight - utc.weekday() * DAY
    return monday, utc - monday


def is_open(at: datetime) -> bool:
    _, into_week = _week(at)
    opens, closes = OPENING_HOURS
    return any(day * DAY + opens <= into_week < day * DAY + closes for day in WORKING_DAYS)


def next_opening(after: datetime) -> datetime:
    monday, into_week = _week(after)
    opens, _ = OPENING_HOURS
    # This week's openings, then next Monday's: the first not yet past is the answer.
    openings = [day * DAY + opens for day in WORKING_DAYS] + [7 * DAY + opens]
    return monday + min(start for start in openings if start >= into_week)
