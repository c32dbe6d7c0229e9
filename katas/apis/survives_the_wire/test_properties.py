import base64
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .events import Event, decode, encode

# Four properties over the same events: fewer examples each keep the kata's check fast.
fewer_examples = settings(parent=kata_settings, max_examples=50)

MAX_SAFE_INTEGER = 2**53 - 1
# ISO 8601 as a browser's Date reads it: a "T", then UTC written "Z" or "+00:00".
UTC_TEXT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?(Z|\+00:00)")

offsets = st.timedeltas(
    min_value=timedelta(hours=-23, minutes=-59), max_value=timedelta(hours=23, minutes=59)
)
zones = st.just(UTC) | st.builds(timezone, offsets)
instants = st.datetimes(
    min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31), timezones=zones
)
ids = st.integers() | st.sampled_from(
    [2**53 - 1, 2**53, 2**53 + 1, -(2**53) + 1, -(2**53), -(2**53) - 1, 0]
)
amounts = st.decimals(allow_nan=False, allow_infinity=False)
rates = st.floats(allow_nan=False, allow_infinity=False)
events = st.builds(
    Event,
    id=ids,
    at=instants,
    amount=amounts,
    tags=st.frozensets(st.text(max_size=4), max_size=6),
    blob=st.binary(max_size=12),
    rate=rates,
)


def an_event(**changes):
    fields = {
        "id": 1,
        "at": datetime(2024, 5, 1, tzinfo=UTC),
        "amount": Decimal("1.00"),
        "tags": frozenset({"b", "a"}),
        "blob": b"\xfb\xff",
        "rate": 0.5,
    }
    return Event(**(fields | changes))


def refuse_constant(name):
    raise ValueError(f"{name} is not JSON")


def as_read(event):
    """An event's fields as they must come back: types, digits and time zone included."""
    return {
        "hashable": hash(event) == hash(event),  # an event is an immutable value
        "id": (type(event.id).__name__, event.id),
        "at": (type(event.at).__name__, event.at, event.at.utcoffset()),
        "amount": (type(event.amount).__name__, str(event.amount)),
        "tags": (type(event.tags).__name__, sorted(event.tags)),
        "blob": (type(event.blob).__name__, event.blob),
        "rate": (type(event.rate).__name__, repr(event.rate)),
    }


def as_sent(event):
    """What the JavaScript client must read from the wire, field by field."""
    return {
        "id": event.id if abs(event.id) <= MAX_SAFE_INTEGER else str(event.id),
        "at": (event.at, timedelta(0)),
        "amount": str(event.amount),
        "tags": sorted(event.tags),
        "blob": base64.b64encode(event.blob).decode(),
        "rate": repr(event.rate),
    }


def client_reads(text):
    """Parse the wire as strictly as JSON.parse does, and read each field as the client would."""
    body = json.loads(text, parse_constant=refuse_constant)
    at = body.get("at")
    if isinstance(at, str) and UTC_TEXT.fullmatch(at):
        body["at"] = (datetime.fromisoformat(at), datetime.fromisoformat(at).utcoffset())
    if type(body.get("rate")) in (int, float):  # 1 and 1.0 are the same number to JavaScript
        body["rate"] = repr(float(body["rate"]))
    return body


@fewer_examples
@given(event=events)
@example(event=an_event(id=2**53))
@example(event=an_event(id=-(2**53) - 1))
@example(event=an_event(amount=Decimal("1E+3")))
@example(event=an_event(at=datetime(3000, 6, 1, 12, 0, 0, 250, tzinfo=UTC)))
@example(event=an_event(at=datetime(999, 1, 1, tzinfo=timezone(timedelta(hours=-5)))))
def test_the_wire_is_what_a_javascript_client_reads(event):
    assert_same(client_reads(encode(event)), as_sent(event), event=event)


@fewer_examples
@given(event=events)
def test_an_event_comes_back_exactly(event):
    expected = as_read(event) | {"at": ("datetime", event.at, timedelta(0))}
    assert_same(as_read(decode(encode(event))), expected, event=event)


@st.composite
def wires(draw):
    """An event, and the JSON another correct encoder might send for it."""
    event = draw(events)
    zone = draw(zones)
    at = event.at.astimezone(zone).isoformat()
    if zone.utcoffset(None) == timedelta(0) and draw(st.booleans()):
        at = at.replace("+00:00", "Z")
    rate = event.rate
    if rate.is_integer() and abs(rate) <= MAX_SAFE_INTEGER and draw(st.booleans()):
        rate = int(rate)  # JSON.stringify(1.0) writes 1 (and -0.0 as 0)
    body = {
        "id": draw(st.sampled_from([event.id, str(event.id)])),
        "at": at,
        "amount": str(event.amount),
        "tags": draw(st.permutations(sorted(event.tags))),
        "blob": base64.b64encode(event.blob).decode(),
        "rate": rate,
    }
    keys = draw(st.permutations(list(body)))
    text = json.dumps({key: body[key] for key in keys}, indent=draw(st.sampled_from([None, 2])))
    return Event(**(vars(event) | {"rate": float(rate)})), text


@fewer_examples
@given(case=wires())
@example(
    case=(
        an_event(rate=1.0),
        '{"id": "1", "at": "2024-04-30T02:00:00-22:00", "amount": "1.00",'
        ' "tags": ["a", "b"], "blob": "+/8=", "rate": 1}',
    )
)
def test_any_correct_wire_is_read(case):
    event, text = case
    expected = as_read(event) | {"at": ("datetime", event.at, timedelta(0))}
    assert_same(as_read(decode(text)), expected, text=text)


@st.composite
def unsendable(draw):
    """An event with one field that cannot be written without losing or inventing something."""
    event = draw(events)
    field, value = draw(
        st.sampled_from(["at", "rate", "amount"]).flatmap(
            lambda field: st.tuples(
                st.just(field),
                {
                    "at": st.datetimes(
                        min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31)
                    ),
                    "rate": st.sampled_from([float("nan"), float("inf"), float("-inf")]),
                    "amount": st.sampled_from(["NaN", "-NaN", "sNaN", "Infinity", "-Infinity"]).map(
                        Decimal
                    ),
                }[field],
            )
        )
    )
    return Event(**(vars(event) | {field: value}))


@fewer_examples
@given(event=unsendable())
@example(event=an_event(at=datetime(2024, 5, 1)))
@example(event=an_event(amount=Decimal("sNaN")))
@example(event=an_event(amount=Decimal("Infinity")))
@example(event=an_event(rate=float("inf")))
def test_what_cannot_be_sent_is_refused(event):
    try:
        text = encode(event)
    except ValueError:
        return
    assert_same(f"sent {text}", "ValueError", event=event)
