from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import triage

LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
ID_CHARS = "abcAB019-_:./é"
request_ids = st.sampled_from(["req-7f3a", "req-91c2", "a1", "A1", "r:9/é"]) | st.text(
    ID_CHARS, min_size=1, max_size=6
)


@st.composite
def timestamps(draw: st.DrawFn) -> str:
    """Valid timestamps, in no particular order (workers' clocks drift)."""
    day, hour, minute = draw(st.integers(1, 28)), draw(st.integers(0, 23)), draw(st.integers(0, 59))
    second, milli = draw(st.integers(0, 59)), draw(st.integers(0, 999))
    return f"2026-03-{day:02}T{hour:02}:{minute:02}:{second:02}.{milli:03}Z"


@st.composite
def messages(draw: st.DrawFn) -> str:
    """Any text on one line, often mentioning levels and request ids, with edge whitespace."""
    mention = st.sampled_from(
        ["ERROR", "CRITICAL", "[a1]", "[req-7f3a]", "ERROR [a1] x", "] ", "\r"]
    )
    text = st.text(st.characters(blacklist_characters="\n"), max_size=12)
    parts = draw(st.lists(mention | text, max_size=3))
    edge = draw(st.sampled_from(["", "", " ", "  ", "\t"]))
    return "".join(parts) + edge


def record(timestamp: str, level: str, request: str, message: str) -> str:
    return f"{timestamp} {level} [{request}] {message}"


records = st.builds(record, timestamps(), st.sampled_from(LEVELS), request_ids, messages())


@st.composite
def not_records(draw: st.DrawFn) -> str:
    """Lines that are not records: continuations, and malformed lines of many kinds."""
    timestamp, level = draw(timestamps()), draw(st.sampled_from(["ERROR", "CRITICAL", "INFO"]))
    request, message = draw(request_ids), draw(messages())
    good = record(timestamp, level, request, message)
    kind = draw(st.integers(0, 14))
    if kind == 0:  # a continuation that looks like a record
        return draw(st.sampled_from([" ", "    ", "\t", "\u3000"])) + good
    if kind == 1:  # a traceback line
        return draw(st.sampled_from(["Traceback (most recent call last):", "TimeoutError: 1.5 s"]))
    if kind == 2:
        return draw(st.sampled_from(["", "--- worker 3 restarted ---", "Killed", "\r"]))
    if kind == 3:  # the default logging format
        return f"2026-03-01 10:00:00,000 {level} [{request}] {message}"
    if kind == 4:
        return f"{level} [{request}] {message}"
    if kind == 5:
        bad_level = draw(st.sampled_from(["FATAL", "error", "Error", "WARN", "ERRORS", ""]))
        return record(timestamp, bad_level, request, message)
    if kind == 6:
        bad_id = draw(st.sampled_from(["", "r 1", "a]b", "a[b", "r\t1", "r\u00a01"]))
        return record(timestamp, level, bad_id, message)
    if kind == 7:
        return f"{timestamp} {level} {request} {message}"
    if kind == 8:
        return f"{timestamp} {level} [{request}]{message or 'x'}"
    if kind == 9:
        return f"{timestamp}  {level} [{request}] {message}"
    if kind == 10:
        bad_time = draw(
            st.sampled_from(
                [
                    timestamp[:-1],
                    timestamp[:-2] + "Z",
                    timestamp.replace("T", " "),
                    timestamp.replace("2026", "٢٠٢٦"),
                    timestamp.replace("2026", "20x6"),
                    "2026-3-01T10:00:00.000Z",
                    timestamp + "0",
                ]
            )
        )
        return record(bad_time, level, request, message)
    if kind == 11:
        return draw(st.sampled_from(["worker 3: ", "x", " "])) + good
    if kind == 12:  # truncated mid-way
        return good[: draw(st.integers(0, len(good)))]
    if kind == 13:
        return good.lower() if good.lower() != good else "nope"
    return draw(st.text(max_size=20).map(lambda text: text.replace("\n", "")))


@st.composite
def logs(draw: st.DrawFn, max_lines: int = 12) -> list[str]:
    """A log: records of a few requests interleaved with lines that are not records."""
    ids = draw(st.lists(request_ids, min_size=1, max_size=4, unique=True))
    line = st.builds(
        record, timestamps(), st.sampled_from(LEVELS), st.sampled_from(ids), messages()
    )
    line = line | records | not_records()
    lines = draw(st.lists(line, max_size=max_lines))
    return [text + "\n" for text in lines[:-1]] + [
        text + draw(st.sampled_from(["\n", ""])) for text in lines[-1:]
    ]


def run(function, lines: list[str], as_list: bool):
    given = list(lines)
    result = function(given if as_list else iter(given))
    return result, given == lines


LOOKALIKE = "2026-03-01T10:00:00.000Z INFO [a1] x"


@kata_settings
@given(lines=logs(), as_list=st.booleans())
@example(lines=["2026-03-01Tab:cd:ef.ghiZ ERROR [a1] boom\n"], as_list=False)
@example(lines=["2026-03-01T10:00:00.000Z ERROR [] boom\n"], as_list=False)
@example(lines=["2026-03-01T10:00:00.000Z ERROR [a1] \n"], as_list=False)
@example(lines=["worker 3: 2026-03-01T10:00:00.000Z ERROR [a1] boom\n"], as_list=False)
@example(lines=["2026-03-01T10:00:00.000Z ERROR [r 1] boom\n"], as_list=True)
@example(lines=["٢٠٢٦-03-01T10:00:00.000Z ERROR [a1] boom\n"], as_list=False)
@example(lines=["2026-03-01T10:00:00.000Z  ERROR [a1] boom\n"], as_list=False)
@example(lines=[LOOKALIKE + "\n", "2026-03-01T10:00:01.000Z ERROR [a1] y \r\n"], as_list=True)
def test_what_led_to_each_first_error(reference, lines, as_list):
    want, _ = run(reference.what_led_to_the_error, lines, as_list)
    got, unchanged = run(triage.what_led_to_the_error, lines, as_list)
    assert_same(
        {"trails": got, "lines left as they were": unchanged},
        {"trails": want, "lines left as they were": True},
        lines=lines,
    )


@kata_settings
@given(first=logs(max_lines=5), second=logs(max_lines=5))
@example(
    first=["2026-03-01T10:00:00.000Z ERROR [a1] x\n"],
    second=["2026-03-01T10:00:00.000Z ERROR [b2] y\n"],
)
def test_each_call_starts_afresh_and_leaves_earlier_answers_alone(reference, first, second):
    got_first = triage.what_led_to_the_error(iter(first))
    got_second = triage.what_led_to_the_error(iter(second))
    want = [reference.what_led_to_the_error(first), reference.what_led_to_the_error(second)]
    assert_same([got_first, got_second], want, first=first, second=second)
