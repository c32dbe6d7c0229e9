import ast
import asyncio
import inspect

import pytest

from . import pricing
from .pricing import invoice_total

LINES = ["pen, 3, 2.50", "book, 1, 10.00"]


def test_an_invoice_adds_up_its_lines():
    assert invoice_total(LINES) == 1750


def test_a_discount_code_takes_its_percentage_off():
    assert invoice_total(LINES, "SAVE10") == 1575


def test_an_unknown_discount_code_is_an_error():
    with pytest.raises(ValueError):
        invoice_total(LINES, "FREE")


def test_an_async_web_handler_can_call_it():
    async def handler() -> int:
        return invoice_total(LINES)

    assert asyncio.run(handler()) == 1750


ASYNC_SYNTAX = {
    ast.AsyncFunctionDef: "async def",
    ast.Await: "await",
    ast.AsyncFor: "async for",
    ast.AsyncWith: "async with",
}


def imported(node: ast.AST) -> list[str]:
    """The modules an import statement names, with every part of a dotted name."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    elif isinstance(node, ast.ImportFrom):
        names = [node.module or ""] + [alias.name for alias in node.names]
    else:
        return []
    return [part for name in names for part in name.split(".")]


def async_leftovers(tree: ast.AST) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if type(node) in ASYNC_SYNTAX:
            found.add(ASYNC_SYNTAX[type(node)])
        elif "asyncio" in imported(node):
            found.add("an import of asyncio")
    return found


def uses_legacy(tree: ast.AST) -> bool:
    return any(
        "legacy" in imported(node) or (isinstance(node, ast.Name) and node.id == "legacy")
        for node in ast.walk(tree)
    )


def test_pricing_is_plain_code():
    tree = ast.parse(inspect.getsource(pricing))
    leftovers = async_leftovers(tree)
    assert not leftovers, (
        f"pricing.py still has {', '.join(sorted(leftovers))}: nothing in it waits"
    )
    assert not uses_legacy(tree), "pricing.py must not call legacy.py: it is what it replaces"
