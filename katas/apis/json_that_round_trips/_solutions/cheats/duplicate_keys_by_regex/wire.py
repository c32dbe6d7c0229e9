"""Cheat: finds repeated keys by scanning the text for "key": before parsing.

The scan cannot see where one object ends and the next begins: [{"sku": "a"}, {"sku": "b"}]
repeats no key, yet it is refused.
"""

import dataclasses
import json
import re
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


KEY = re.compile(r'"((?:[^"\\]|\\.)*)"\s*:')


def decode(text: str) -> Any:
    keys = KEY.findall(text)
    if len(keys) != len(set(keys)):
        raise ValueError("an object repeats a key")
    return json.loads(text, parse_float=Decimal, parse_constant=refuse_constant)
