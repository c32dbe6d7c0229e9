import asyncio
from typing import NamedTuple

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .box_office import PRICE, BoxOffice
from .payments import BEHAVIOURS, FakePayments, Shutdown


class Request(NamedTuple):
    user: str
    count: int
    payment: str = "ok"  # see payments.py
    cancel_at: int | None = None  # cancelled after this many turns of the loop, or never


USERS = ["ada", "bob", "cy", "dee", "eve"]
CANCEL_TURNS = 7


@st.composite
def requests(draw: st.DrawFn, cancels: bool) -> list[Request]:
    """Up to six requests; a user may send several, each with the same payment."""
    users = draw(st.lists(st.sampled_from(USERS), max_size=6))
    payment = {user: draw(st.sampled_from(sorted(BEHAVIOURS))) for user in users}
    return [
        Request(
            user,
            draw(st.integers(1, 4)),
            payment[user],
            draw(st.none() | st.integers(0, CANCEL_TURNS - 1)) if cancels else None,
        )
        for user in users
    ]


def raised(error: BaseException, payments: FakePayments) -> str:
    own = any(error is e for e in payments.raised)
    return f"raised {type(error).__name__}" + ("" if own else ", not the payment's own error")


def one_after_another(office_class, seats, requests):
    """Each request runs to its end before the next one starts."""

    async def scenario():
        payments = FakePayments({r.user: r.payment for r in requests})
        office = office_class(seats, payments)
        booked = []
        for r in requests:
            try:
                booked.append(await office.book(r.user, r.count))
            except (Exception, Shutdown) as error:
                booked.append(raised(error, payments))
            booked.append(office.free)
        return {"booked then free": booked, "attempts": payments.attempts}

    return asyncio.run(scenario())


@settings(parent=kata_settings, max_examples=80)  # a new event loop per example
@given(seats=st.integers(0, 8), requests=requests(cancels=False))
@example(seats=2, requests=[Request("ada", 2)])  # the last seats
@example(seats=3, requests=[Request("ada", 2, "timeout"), Request("bob", 2)])
@example(seats=3, requests=[Request("ada", 2, "broken"), Request("ada", 3, "broken")])
@example(seats=3, requests=[Request("ada", 2, "aborted"), Request("bob", 3)])
@example(seats=0, requests=[Request("ada", 1, "refused"), Request("bob", 1, "quick")])
def test_one_request_at_a_time_books_like_the_reference(reference, seats, requests):
    assert_same(
        one_after_another(BoxOffice, seats, requests),
        one_after_another(reference.BoxOffice, seats, requests),
        seats=seats,
        requests=requests,
    )


def all_at_once(seats, requests):
    """Every request at once; some cancelled on the way. What happened, and what should have."""

    async def scenario():
        payments = FakePayments({r.user: r.payment for r in requests})
        office = BoxOffice(seats, payments)
        tasks = [asyncio.create_task(office.book(r.user, r.count)) for r in requests]
        cancelled_while_pending = set()
        for turn in range(CANCEL_TURNS):
            for i, (r, task) in enumerate(zip(requests, tasks, strict=True)):
                if r.cancel_at == turn and task.cancel():
                    cancelled_while_pending.add(i)
            await asyncio.sleep(0)
        await asyncio.gather(*tasks, return_exceptions=True)
        ended = []
        for task in tasks:
            if task.cancelled():
                ended.append("cancelled")
            elif task.exception() is not None:
                ended.append(raised(task.exception(), payments))
            else:
                ended.append("booked" if task.result() is True else repr(task.result()))
        booked = [r for r, end in zip(requests, ended, strict=True) if end == "booked"]
        shutdowns = [e for e in payments.raised if isinstance(e, Shutdown)]
        escaped = [task.exception() for task in tasks if not task.cancelled()]
        happened = {
            "cancels that did not cancel": sorted(
                i for i in cancelled_while_pending if ended[i] != "cancelled"
            ),
            "ended": sorted(set(ended)),
            "shutdowns swallowed": sum(not any(e is x for x in escaped) for e in shutdowns),
            "seats sold beyond the hall": max(0, sum(r.count for r in booked) - seats),
            "free": office.free,
            "charges": sorted(payments.charges),
        }
        should = {
            "cancels that did not cancel": [],
            "ended": sorted(set(ended) & {"booked", "False", "cancelled", "raised Shutdown"}),
            "shutdowns swallowed": 0,
            "seats sold beyond the hall": 0,
            "free": seats - sum(r.count for r in booked),
            "charges": sorted((r.user, r.count * PRICE) for r in booked),
        }
        return happened, should, ended

    return asyncio.run(scenario())


@settings(parent=kata_settings, max_examples=80)  # a new event loop per example
@given(seats=st.integers(0, 8), requests=requests(cancels=True))
@example(seats=3, requests=[Request("ada", 2), Request("bob", 2)])  # one of them pays for nothing?
@example(seats=3, requests=[Request("ada", 2, cancel_at=1)])  # the seats of a cancelled booking
@example(seats=3, requests=[Request("ada", 2, "aborted"), Request("bob", 2, "slow")])
@example(seats=3, requests=[Request("ada", 2, "timeout"), Request("bob", 1, "broken")])
def test_no_seat_sold_twice_nobody_pays_for_nothing(seats, requests):
    # Twice, each time on a new event loop with a new office: as the server runs it.
    for run in (1, 2):
        happened, should, ended = all_at_once(seats, requests)
        assert_same(happened, should, seats=seats, requests=requests, ended=ended, run=run)
