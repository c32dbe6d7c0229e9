"""Blind cheat: tests a Decimal for NaN/infinity with math.isfinite(float(d)), so a finite Decimal beyond float range is refused.

Differs on: encode({"amount": Decimal("1E+400")}) raises ValueError instead of writing "1E+400"
(and decode("1e400") no longer round-trips through encode).
"""

import json
import math
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID


def _default(obj: Any) -> Any:
    if isinstance(obj, (datetime, date)):
        return obj.isoformat()
    if isinstance(obj, Decimal):
        if not math.isfinite(float(obj)):  # NaN and inf, like allow_nan=False
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
    return json.loads(
        text,
        parse_float=Decimal,
        parse_constant=_refuse_constant,
        object_pairs_hook=_no_repeated_keys,
    )
