"""Blind cheat: encode first converts sets and Decimals to lists and strings inside the caller's containers, in place.

Differs on: body = {"tags": {"b", "a"}, "amount": Decimal("1.5")}; after encode(body), body == {"tags": ["a", "b"],
"amount": "1.5"} instead of unchanged.
"""

import json
from dataclasses import fields, is_dataclass
from datetime import date, datetime
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
    raise TypeError(f"{type(obj).__name__} is not JSON serializable")


def _prepare(value: Any) -> Any:
    """Turn the types JSON lacks into ones it has, all the way down."""
    if isinstance(value, dict):
        for key, item in value.items():
            value[key] = _prepare(item)
        return value
    if isinstance(value, list):
        for index, item in enumerate(value):
            value[index] = _prepare(item)
        return value
    if isinstance(value, tuple):
        return [_prepare(item) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not JSON")
        return str(value)
    return value


def encode(value: Any) -> str:
    return json.dumps(_prepare(value), default=_default, allow_nan=False)


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
