import asyncio
from typing import NamedTuple

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .box_office import PRICE, BoxOffice
from .payments import TURNS, FakePayments


class Request(NamedTuple):
    user: str
    count: int
    payment: str = "ok"  # see payments.py
    cancel_at: int | None = None  # cancelled after this many turns of the loop, or never


USERS = ["ada", "bob", "cy", "dee", "eve"]


@st.composite
def requests(draw: st.DrawFn, cancels: bool) -> list[Request]:
    users = draw(st.lists(st.sampled_from(USERS), unique=True, max_size=5))
    return [
        Request(
            user,
            draw(st.integers(1, 3)),
            draw(st.sampled_from(sorted(TURNS))),
            draw(st.none() | st.integers(0, 5)) if cancels else None,
        )
        for user in users
    ]


def one_after_another(office_class, seats, requests):
    """Each request runs to its end before the next one starts."""

    async def scenario():
        payments = FakePayments({r.user: r.payment for r in requests})
        office = office_class(seats, payments)
        booked = [await office.book(r.user, r.count) for r in requests]
        return {"booked": booked, "free": office.free, "charges": payments.charges}

    return asyncio.run(scenario())


@settings(parent=kata_settings, max_examples=50)  # a new event loop per example
@given(seats=st.integers(0, 6), requests=requests(cancels=False))
@example(seats=2, requests=[Request("ada", 2)])  # the last seats
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
        pending_when_cancelled = set()
        for turn in range(6):
            for r, task in zip(requests, tasks, strict=True):
                if r.cancel_at == turn and task.cancel():
                    pending_when_cancelled.add(r.user)
            await asyncio.sleep(0)
        await asyncio.gather(*tasks, return_exceptions=True)
        ended = {}
        for r, task in zip(requests, tasks, strict=True):
            if task.cancelled():
                ended[r.user] = "cancelled"
            elif task.exception() is not None:
                ended[r.user] = f"raised {task.exception()!r}"
            else:
                ended[r.user] = "booked" if task.result() else "refused"
        booked = [r for r in requests if ended[r.user] == "booked"]
        happened = {
            "cancels that did not cancel": sorted(
                u for u in pending_when_cancelled if ended[u] != "cancelled"
            ),
            "errors": sorted(e for e in ended.values() if e.startswith("raised")),
            "free": office.free,
            "charges": sorted(payments.charges),
        }
        should = {
            "cancels that did not cancel": [],
            "errors": [],
            "free": seats - sum(r.count for r in booked),
            "charges": sorted((r.user, r.count * PRICE) for r in booked),
        }
        return happened, should, ended

    return asyncio.run(scenario())


@settings(parent=kata_settings, max_examples=50)  # a new event loop per example
@given(seats=st.integers(0, 6), requests=requests(cancels=True))
@example(seats=3, requests=[Request("ada", 2), Request("bob", 2)])  # one of them pays for nothing?
@example(seats=3, requests=[Request("ada", 2, cancel_at=1)])  # the seats of a cancelled booking
def test_no_seat_sold_twice_nobody_pays_for_nothing(seats, requests):
    happened, should, ended = all_at_once(seats, requests)
    assert_same(happened, should, seats=seats, requests=requests, ended=ended)
