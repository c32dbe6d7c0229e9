"""Alternative: a JSONEncoder subclass with a singledispatch default, asdict() for dataclasses,
and one configured JSONDecoder, made once."""

import dataclasses
import json
from collections import Counter
from datetime import date
from decimal import Decimal
from functools import singledispatch
from typing import Any
from uuid import UUID


@singledispatch
def plain(value: object) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(f"cannot write {value!r} as JSON")


@plain.register
def _(value: date) -> str:
    return value.isoformat()


@plain.register
def _(value: Decimal) -> str:
    if value.is_nan() or value.is_infinite():
        raise ValueError("NaN and infinities are not JSON")
    return str(value)


@plain.register
def _(value: UUID) -> str:
    return str(value)


@plain.register(set)
@plain.register(frozenset)
def _(value: set | frozenset) -> list:
    return sorted(value)


class WireEncoder(json.JSONEncoder):
    def __init__(self) -> None:
        super().__init__(allow_nan=False, ensure_ascii=False, sort_keys=True)

    def default(self, o: Any) -> Any:
        return plain(o)


def no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    repeated = [key for key, count in Counter(key for key, _ in pairs).items() if count > 1]
    if repeated:
        raise ValueError(f"repeated keys: {repeated}")
    return dict(pairs)


def no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


DECODER = json.JSONDecoder(
    parse_float=Decimal, parse_constant=no_constants, object_pairs_hook=no_repeated_keys
)


def encode(value: Any) -> str:
    return WireEncoder().encode(value)


def decode(text: str) -> Any:
    return DECODER.decode(text)
