"""JSON in and out of the payments API, with nothing but the standard library.

encode(value) -> str
    The JSON text of a response body. `value` is made of JSON's own types
    (dict with str keys, list, tuple, str, int, float, bool, None), nested to
    any depth, and of these, each written as shown:

        datetime.datetime, datetime.date  its isoformat(): "2024-05-01T12:30:00+00:00"
        decimal.Decimal                   a string of exactly its digits, str(amount):
                                          Decimal("19.990") -> "19.990", never 19.99
        uuid.UUID                         str(uuid): "12345678-1234-5678-1234-567812345678"
        set, frozenset                    a list of its items in sorted order (the items
                                          of one set are all str or all int)
        a dataclass instance              an object of its fields, each written by these
                                          same rules (dataclasses with __slots__ too)

    A float or a Decimal that is NaN or infinite (sNaN too) raises ValueError:
    NaN is not JSON, and the clients that read us would choke on it. Any other
    type (bytes, complex, time, timedelta, range, a class...) raises TypeError.
    The order of an object's keys and the spacing of the text are free.

decode(text) -> Any
    The value of a request body (a str). Objects become dicts, arrays lists.
    A number with a fraction or an exponent becomes a Decimal of exactly the
    digits written, never a float: "19.990" -> Decimal("19.990"), "1e400" ->
    Decimal("1E+400"). A whole number stays an int. ValueError when the text
    is not strict JSON: invalid JSON (json.JSONDecodeError is a ValueError),
    an object that repeats a key at any depth (json.loads keeps the last one,
    so {"amount": 1, "amount": 1000} would pay 1000), or NaN, Infinity and
    -Infinity, which json.loads accepts although JSON has no such thing.

Neither function changes its argument.

    >>> decode('{"amount": 19.990, "qty": 3}')
    {'amount': Decimal('19.990'), 'qty': 3}
    >>> encode({"amount": Decimal("19.990"), "tags": {"b", "a"}})
    '{"amount": "19.990", "tags": ["a", "b"]}'

Right now every unknown type is turned into str() (a set becomes "{'a',
'b'}", a datetime loses its "T"), NaN goes out as it is, amounts come in as
floats, and a repeated key quietly wins. json.dumps and json.loads have a hook
for each of these: default, allow_nan, parse_float, parse_constant and
object_pairs_hook.
"""

import json
from typing import Any


def encode(value: Any) -> str:
    return json.dumps(value, default=str)  # TODO: str() is not a serialization


def decode(text: str) -> Any:
    return json.loads(text)  # TODO: floats, repeated keys, NaN
