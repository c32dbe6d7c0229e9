"""Cheat: a dataclass becomes vars(obj), its instance __dict__.

A dataclass with __slots__ has no __dict__: vars() raises TypeError, and encode refuses a
value the contract accepts.
"""

import dataclasses
import json
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID


def to_json(value: Any) -> Any:
    """What json.dumps calls for a value it cannot write itself."""
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not JSON")
        return str(value)
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, set | frozenset):
        return sorted(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return vars(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def encode(value: Any) -> str:
    return json.dumps(value, default=to_json, allow_nan=False)


def refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("an object repeats a key")
    return result


def decode(text: str) -> Any:
    return json.loads(
        text, parse_float=Decimal, parse_constant=refuse_constant, object_pairs_hook=unique_keys
    )
