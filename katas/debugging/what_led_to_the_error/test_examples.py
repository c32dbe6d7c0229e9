from pathlib import Path

from .triage import what_led_to_the_error

LOG = Path(__file__).with_name("checkout.log")


def log_lines(*records: str) -> list[str]:
    return [record + "\n" for record in records]


def test_the_checkout_log_names_only_the_failed_requests():
    with LOG.open(encoding="utf-8") as log:
        trails = what_led_to_the_error(log)
    assert sorted(trails) == ["req-7f3a", "req-c044"]


def test_a_failed_request_keeps_its_records_up_to_its_first_error():
    with LOG.open(encoding="utf-8") as log:
        trails = what_led_to_the_error(log)
    assert trails["req-7f3a"] == [
        "2026-03-01T09:15:02.101Z INFO [req-7f3a] POST /checkout user=ada cart=3 items",
        "2026-03-01T09:15:02.110Z DEBUG [req-7f3a] reserving stock for sku=B-112 qty=2",
        "2026-03-01T09:15:02.120Z WARNING [req-7f3a] stock service slow: 1890 ms",
        "2026-03-01T09:15:02.140Z ERROR [req-7f3a] checkout failed: stock reservation timed out",
    ]


def test_critical_is_an_error_and_mentions_of_other_requests_do_not_count():
    with LOG.open(encoding="utf-8") as log:
        trails = what_led_to_the_error(log)
    assert trails["req-c044"] == [
        "2026-03-01T09:15:02.125Z INFO [req-c044] POST /checkout user=eve cart=1 items",
        "2026-03-01T09:15:02.131Z DEBUG [req-c044] charging card ending 4242 amount=19.90",
        "2026-03-01T09:15:02.150Z INFO [req-c044] card declined, retrying once as req-7f3a did",
        "2026-03-01T09:15:02.163Z CRITICAL [req-c044] payment provider returned 502 twice",
    ]


def test_an_indented_line_is_a_continuation_even_if_it_looks_like_a_record():
    lines = log_lines(
        "2026-03-01T10:00:00.000Z INFO [a1] retry queue drained",
        "    2026-03-01T09:59:59.000Z ERROR [a1] (quoted from yesterday's incident)",
        "2026-03-01T10:00:00.500Z ERROR [b2] upload failed",
    )
    assert what_led_to_the_error(lines) == {
        "b2": ["2026-03-01T10:00:00.500Z ERROR [b2] upload failed"]
    }


def test_malformed_lines_are_ignored():
    lines = log_lines(
        "2026-03-01 10:00:00,000 ERROR [a1] the default logging format, not ours",
        "ERROR [a1] printed to stderr without a timestamp",
        "2026-03-01T10:00:00.100Z FATAL [a1] not a level we log",
        "2026-03-01T10:00:00.200Z ERROR a1 no brackets",
        "",
        "2026-03-01T10:00:00.300Z INFO [a1] still fine",
    )
    assert what_led_to_the_error(lines) == {}


def test_a_generator_of_lines_is_read_once_and_records_are_kept_exactly():
    lines = log_lines(
        "2026-03-01T10:00:00.000Z INFO [a1] payload: '  padded  '  ",
        "2026-03-01T10:00:00.100Z ERROR [a1] bad payload ",
    )
    assert what_led_to_the_error(line for line in lines) == {
        "a1": [line.removesuffix("\n") for line in lines]
    }
