"""Reference: one default= for the extra types, allow_nan=False, and three hooks for reading."""

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
        return {field.name: getattr(value, field.name) for field in dataclasses.fields(value)}
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
