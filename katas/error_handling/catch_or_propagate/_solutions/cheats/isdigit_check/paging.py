"""Blind cheat: LBYL with str.isdigit() instead of int(): negative/signed sizes and 1_000 become the
default, and digits int() rejects (e.g. "²") raise ValueError.

Differs on: page_size({"size": "-5"}) -> 20 (int() reads -5); page_size({"size": "+5"}) -> 20;
page_size({"size": "1_000"}) -> 20 (int() reads 1000); page_size({"size": "²"}) raises ValueError
instead of returning 20.
"""

from collections.abc import Mapping


def page_size(params: Mapping[str, str], default: int = 20) -> int:
    text = params.get("size")
    if text is None or not text.strip().isdigit():
        return default
    return int(text)
