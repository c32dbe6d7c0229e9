"""Blind cheat: refuses only the unknown types the examples show (bytes, complex, time, bare object) and keeps str() for the rest.

Differs on: encode(timedelta(seconds=1)) returns '"0:00:01"', encode(range(3)) '"range(0, 3)"', and a class
is written as "<class ...>", instead of raising TypeError.
"""

import json
from dataclasses import fields, is_dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from uuid import UUID


def _default(obj: Any) -> Any:
    if isinstance(obj, (datetime, date)):
        return obj.isoformat()
    if isinstance(obj, Decimal):
        if not obj.is_finite():
            raise ValueError(f"{obj} is not JSON")
        return str(obj)
    if isinstance(obj, UUID):
        return str(obj)
    if isinstance(obj, (set, frozenset)):
        return sorted(obj)
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: getattr(obj, f.name) for f in fields(obj)}
    if isinstance(obj, (bytes, bytearray, complex, time)) or type(obj) is object:
        raise TypeError(f"{type(obj).__name__} is not JSON serializable")
    return str(obj)


def encode(value: Any) -> str:
    return json.dumps(value, default=_default, allow_nan=False)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) < len(pairs):
        raise ValueError("an object repeats a key")
    return result


def decode(text: str) -> Any:
    return json.loads(
        text,
        parse_float=Decimal,
        parse_constant=_refuse_constant,
        object_pairs_hook=_no_repeated_keys,
    )
