import asyncio
import itertools
from typing import NamedTuple

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import virtual_time
from .reports import get_report
from .vendor import VendorSdk


class VendorError(Exception):
    """An error of the vendor's own: not a timeout, so not a reason to retry."""


class Case(NamedTuple):
    requests: list[tuple[str, bool]]  # (report_id, pdf), all served at once
    reports: dict[str, str]
    layouts: dict[str, str | type[Exception]]
    failures: dict[str, list[type[Exception]]]  # what each report's first fetches raise


ERRORS = [TimeoutError, ConnectionError, ValueError, KeyError, VendorError]
report_ids = st.one_of(st.sampled_from(["q1", "q2", "q3", "q4"]), st.text(max_size=4))
texts = st.one_of(st.just(""), st.text(max_size=6))  # a report may be empty
failures = st.lists(st.one_of(st.just(TimeoutError), st.sampled_from(ERRORS)), max_size=4)


@st.composite
def cases(draw: st.DrawFn) -> Case:
    requests, reports, layouts, failing = [], {}, {}, {}
    for report_id in draw(st.lists(report_ids, unique=True, max_size=3)):
        requests.append((report_id, draw(st.booleans())))
        reports[report_id] = text = draw(texts)
        layouts[text] = draw(st.one_of(texts, st.sampled_from([ValueError, VendorError])))
        failing[report_id] = draw(failures)
    return Case(requests, reports, layouts, failing)


def serve(get_report, case: Case):
    """Serve every request at once, on a loop whose clock only moves for timers."""

    async def all_at_once():
        clock = asyncio.get_running_loop().time
        sdk = VendorSdk(case.reports, case.layouts, case.failures, clock=clock)

        async def one(report_id: str, pdf: bool) -> str:
            try:
                return await get_report(report_id, sdk, pdf=pdf)
            except Exception as error:
                own = any(error is e for e in sdk.raised)
                return f"raises {type(error).__name__}" + ("" if own else ", not the vendor's")

        return await asyncio.gather(*(one(*r) for r in case.requests)), sdk

    got, sdk = virtual_time.run(all_at_once())
    pauses = {}
    for report_id, _ in case.requests:
        fetched_at = [t for call, t in sdk.calls if call == f"fetch({report_id!r})"]
        pauses[report_id] = [round(b - a, 6) for a, b in itertools.pairwise(fetched_at)]
    return {
        "got": got,
        "calls": sorted(call for call, _ in sdk.calls),
        "pause before each retry, on the loop's clock": pauses,
        "blocked the loop": sorted(sdk.blocked_the_loop),
    }


@settings(parent=kata_settings, max_examples=40)  # a new event loop per example
@given(case=cases())
@example(case=Case([("q1", True)], {"q1": "a"}, {"a": "%PDF a"}, {}))  # the PDF, off the loop too
@example(case=Case([("q1", False)], {"q1": "a"}, {}, {"q1": [TimeoutError]}))  # and the pause
@example(case=Case([("q1", False)], {"q1": "a"}, {}, {"q1": [ConnectionError, TimeoutError]}))
@example(case=Case([("q1", False)], {"q1": ""}, {}, {"q1": [TimeoutError] * 3}))
@example(case=Case([("q1", True)], {"q1": ""}, {"": ""}, {"q1": [TimeoutError] * 2}))
@example(case=Case([("q1", True)], {"q1": "b"}, {"b": VendorError}, {}))
def test_every_request_is_served_without_blocking_the_loop(reference, case):
    mine = serve(get_report, case)
    theirs = serve(reference.get_report, case)
    assert_same(mine, {**theirs, "blocked the loop": []}, **case._asdict())
