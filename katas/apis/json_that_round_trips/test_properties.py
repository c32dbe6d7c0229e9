import copy
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from uuid import UUID

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import wire


@dataclass
class Payment:
    id: UUID
    amount: Decimal
    paid_at: datetime | None


@dataclass(slots=True)
class Refund:
    payment: object
    reason: str
    lines: list


@dataclass(frozen=True)
class Money:
    currency: str
    cents: int


def shown(value):
    """A decoded value with the type of every part: 1, 1.0, True and Decimal("1.0") all differ,
    and so do Decimal("19.99") and Decimal("19.990"). Keys in any order."""
    if isinstance(value, dict):
        return "object", sorted((key, shown(item)) for key, item in value.items())
    if isinstance(value, list):
        return "array", [shown(item) for item in value]
    if isinstance(value, Decimal | float):
        return type(value).__name__, str(value)
    return type(value).__name__, value


def outcome(call, *arguments):
    try:
        return "returned", call(*arguments)
    except (ValueError, TypeError) as error:
        return f"raised {'ValueError' if isinstance(error, ValueError) else 'TypeError'}", None
    except Exception as error:  # shown in the summary
        return f"raised {type(error).__name__}: {error}", None


def read(decode, text):
    kind, value = outcome(decode, text)
    return shown(value) if kind == "returned" else kind


# Writing: every type the contract names, nested in every container it names.
# Text may say anything, "NaN" and "Infinity" included.
WORDS = ["NaN", "Infinity", "-Infinity", "Infinity and beyond", "null", '"', "\\", "é"]
texts = st.text(max_size=6) | st.sampled_from(WORDS)
amounts = st.decimals(allow_nan=False, allow_infinity=False) | st.sampled_from(
    [Decimal(digits) for digits in ["19.990", "5.00", "-0", "0E-7", "1E+2", "1E-7", "-1.5E+400"]]
    + [Decimal("123456789012345678901234567890.123456789")]
)
offsets = st.builds(timezone, st.timedeltas(timedelta(hours=-23), timedelta(hours=23)))
moments = st.datetimes(timezones=st.none() | st.just(UTC) | offsets)
sets = st.sets(st.integers()) | st.frozensets(st.integers()) | st.sets(texts) | st.frozensets(texts)
scalars = st.none() | st.booleans() | st.integers() | st.integers(10**20, 10**30) | texts
scalars |= st.floats(allow_nan=False, allow_infinity=False)
extras = amounts | moments | st.dates() | st.uuids() | sets
money = st.builds(Money, texts, st.integers())


def containers(inner):
    payments = st.builds(Payment, st.uuids(), amounts, st.none() | moments)
    return st.one_of(
        st.lists(inner, max_size=3),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(texts, inner, max_size=3),
        payments,
        st.builds(Refund, payments | inner, texts, st.lists(inner, max_size=2)),
    )


values = st.recursive(scalars | extras | money, containers, max_leaves=8)

# One value that cannot be written, of one kind, somewhere inside good values.
NOT_FINITE = [float("nan"), float("inf"), float("-inf"), Decimal("NaN"), Decimal("-NaN")]
NOT_FINITE += [Decimal("sNaN"), Decimal("Infinity"), Decimal("-Infinity")]
UNKNOWN = [b"bytes", bytearray(b"x"), 1j, time(12, 30), timedelta(days=1), range(3), Payment]
UNKNOWN += [object(), ValueError("not data")]


@st.composite
def unwritable(draw):
    bad = draw(st.sampled_from(NOT_FINITE) | st.sampled_from(UNKNOWN))
    expected = "ValueError" if any(bad is item for item in NOT_FINITE) else "TypeError"
    place = draw(st.sampled_from(["alone", "in a list", "in an object", "in a dataclass"]))
    before, after = draw(st.lists(values, max_size=2)), draw(st.lists(values, max_size=2))
    if place == "in a list":
        bad = [*before, bad, *after]
    elif place == "in an object":
        bad = {"before": before, "bad": bad, "after": after}
    elif place == "in a dataclass":
        bad = Refund(payment=bad, reason="x", lines=before)
    return bad, expected


@kata_settings
@given(value=values)
@example(value=Decimal("1E+2"))  # str(), not format(amount, "f")
@example(value=Decimal("1E+400"))  # finite, though no float can hold it
@example(value=Refund(payment=None, reason="r", lines=[]))  # a dataclass with __slots__
@example(value={"at": datetime(2024, 5, 1, 12, 30, 0, 5, tzinfo=UTC), "day": date(1, 1, 1)})
@example(value=[{8, 1}, frozenset({"b", "a", "B"})])
@example(value=Money("EUR", 1999))
@example(value=[{"sku": "a"}, {"sku": "b"}])  # one key in two objects
@example(value={"note": "Infinity and beyond"})  # text, not a constant
def test_every_value_is_written_as_the_contract_says(reference, value):
    kept = copy.deepcopy(value)
    kind, text = outcome(wire.encode, value)
    got = {"encode": kind, "returns": type(text).__name__, "left unchanged": value == kept}
    if kind == "returned" and isinstance(text, str):
        got["reads back as"] = read(reference.decode, text)  # strict JSON: no NaN, no repeats
        got["decode(encode(value))"] = read(wire.decode, text)
    want = {"encode": "returned", "returns": "str", "left unchanged": True}
    want["reads back as"] = read(reference.decode, reference.encode(value))
    want["decode(encode(value))"] = want["reads back as"]
    assert_same(got, want, value=value)


@settings(parent=kata_settings, max_examples=50)  # each example raises: fewer, still varied
@given(case=unwritable())
@example(case=(Decimal("sNaN"), "ValueError"))  # comparing a signaling NaN raises
@example(case=([Decimal("Infinity")], "ValueError"))
@example(case=(range(3), "TypeError"))
@example(case=(Payment, "TypeError"))  # a dataclass, but the class itself
def test_what_cannot_be_written_is_refused_with_the_right_error(case):
    value, expected = case
    assert_same(outcome(wire.encode, value)[0], f"raised {expected}", value=value)


# Reading: documents written by hand, so that numbers keep the digits they were
# written with, keys may repeat at any depth, and NaN may appear anywhere.
NUMBERS = ["19.990", "0.1", "1e400", "-1E-400", "-0", "-0.0", "1E+2", "2.50e-3", "10" * 30]
NUMBERS += ["0.1000000000000000000000000001", "123456789012345678901234567890.5"]
CONSTANTS = ["NaN", "Infinity", "-Infinity"]
KEYS = ["amount", "Amount", "sku", "", "é", "e\u0301"]
number_texts = (
    st.sampled_from(NUMBERS)
    | st.integers().map(str)
    | st.floats(allow_nan=False, allow_infinity=False).map(repr)
    | st.decimals(allow_nan=False, allow_infinity=False).map(str)
)
leaf_texts = st.one_of(
    number_texts,
    (st.text(max_size=5) | st.sampled_from(WORDS)).map(json.dumps),
    st.sampled_from(["true", "false", "null"]),
)


def documents(constants: bool):
    leaves = leaf_texts | st.sampled_from(CONSTANTS) if constants else leaf_texts
    keys = st.sampled_from(KEYS + WORDS) | st.text(max_size=3)

    def nest(inner):
        members = st.lists(st.tuples(keys, inner), max_size=4)
        return st.one_of(
            st.lists(inner, max_size=4).map(lambda items: "[" + ", ".join(items) + "]"),
            members.map(
                lambda pairs: "{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in pairs) + "}"
            ),
        )

    return st.recursive(leaves, nest, max_leaves=10)


texts_to_read = documents(constants=False) | documents(constants=True) | st.text(max_size=8)


@kata_settings
@given(text=texts_to_read)
@example(text='{"amount": 1, "amount": 1}')  # the same value twice is still a repeat
@example(text='[{"sku": "a"}, {"sku": "b"}]')  # one key in two objects is no repeat
@example(text='{"amount": {"amount": 1}}')
@example(text='{"a": 1, "A": 2}')  # keys are compared exactly
@example(text='{"caf\\u00e9": 1, "caf\\u00e9": 2}')  # the same key, written escaped
@example(text="[1E+2, -0.0, 0.1000000000000000000000000001]")
@example(text='{"a": [1, {"b": -Infinity}]}')
@example(text='{"note": "Infinity and beyond", "NaN": "NaN"}')  # text, not a constant
def test_every_body_is_read_exactly_or_refused(reference, text):
    assert_same(read(wire.decode, text), read(reference.decode, text), text=text)
