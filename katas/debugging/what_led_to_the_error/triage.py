"""Triage a service log: for each request that failed, what led to the error.

A service writes one record per line, requests interleaved:

    2026-03-01T09:15:02.140Z ERROR [req-7f3a] checkout failed: timed out

A record line is exactly: a timestamp YYYY-MM-DDTHH:MM:SS.mmmZ (ASCII
digits), one space, a level (DEBUG, INFO, WARNING, ERROR or CRITICAL, upper
case), one space, the request id in square brackets (one or more characters,
none of them whitespace or a square bracket; case matters), one space, and
the message: the rest of the line, any text, possibly empty. Every other line
is not a record and is ignored:
  - a continuation line starts with whitespace (a traceback or a multi-line
    message under the record above it), even when the rest looks like a record;
  - any other line that is not a record (a blank line, a restart banner, a
    truncated line, another timestamp format, an unknown level) is malformed.

what_led_to_the_error(lines) takes the log's lines, any iterable of str read
once (an open file, a generator, a list), each line possibly ending with
"\\n". For each request id with an error record (level ERROR or CRITICAL) it
gives that request's records from its first one up to and including its
FIRST error, in the order of the log (timestamps are not re-sorted): each
record is its line exactly as logged, only the final "\\n" removed. Records of
other requests, records after the first error and every non-record line are
left out; a request with no error is absent. The dict's order does not matter.

    >>> what_led_to_the_error([
    ...     "2026-03-01T09:15:02.101Z INFO [r1] POST /checkout\\n",
    ...     "2026-03-01T09:15:02.104Z INFO [r2] GET /cart\\n",
    ...     "2026-03-01T09:15:02.140Z ERROR [r1] checkout failed\\n",
    ...     "Traceback (most recent call last):\\n",
    ... ])
    {'r1': ['2026-03-01T09:15:02.101Z INFO [r1] POST /checkout',
            '2026-03-01T09:15:02.140Z ERROR [r1] checkout failed']}

A message may mention other requests or the word ERROR: only the record's
own level and request id count. A list passed in is left unchanged, and each
call starts afresh.

Right now it crashes on the first line that is not a record, and for a
failed request it returns everything that request ever logged.
"""

from collections.abc import Iterable


def what_led_to_the_error(lines: Iterable[str]) -> dict[str, list[str]]:
    trails: dict[str, list[str]] = {}
    for line in lines:
        # TODO: not every line is a record, and the story ends at the first error.
        _timestamp, _level, request, _message = line.split(" ", 3)
        trails.setdefault(request.strip("[]"), []).append(line.rstrip("\n"))
    return {
        request: records
        for request, records in trails.items()
        if any("ERROR" in record for record in records)
    }
