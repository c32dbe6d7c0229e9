"""Blind cheat: refuses NaN and Infinity by searching the text for them, so a string that contains "NaN" or "Infinity" is refused too.

Differs on: decode('{"note": "Infinity and beyond"}') (or '["NaN"]') raises ValueError instead of returning
{'note': 'Infinity and beyond'}.
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
    if "NaN" in text or "Infinity" in text:
        raise ValueError("NaN and Infinity are not JSON")
    return json.loads(text, parse_float=Decimal, object_pairs_hook=_no_repeated_keys)
