import ast
import inspect

import pytest

from . import checkout, legacy

MAX_STATEMENTS = 15


def item(sku="MUG-1", quantity=2, unit_cents=1250):
    return {"sku": sku, "quantity": quantity, "unit_cents": unit_cents}


def test_a_good_item_passes_the_check():
    assert checkout.check_item(1, item()) is None


def test_an_item_problem_names_the_item_and_the_value():
    with pytest.raises(ValueError) as quantity:
        checkout.check_item(2, item(quantity=0))
    assert str(quantity.value) == "item 2: quantity must be a whole number of at least 1, not 0"
    with pytest.raises(ValueError) as sku:
        checkout.check_item(1, item(sku=""))
    assert str(sku.value) == "item 1: sku must be non-empty text, not ''"
    with pytest.raises(ValueError) as unit:
        checkout.check_item(3, item(unit_cents=9.5))
    assert str(unit.value) == "item 3: unit_cents must be a whole number of cents, not 9.5"


def test_ten_units_or_more_get_five_percent_off():
    assert checkout.line_cents(2, 1250) == 2500
    assert checkout.line_cents(9, 1000) == 9000
    assert checkout.line_cents(10, 1000) == 9500


def test_coupons():
    assert checkout.coupon_discount(4999, None) == 0
    assert checkout.coupon_discount(4999, "SAVE10") == 499
    assert checkout.coupon_discount(4999, "FLAT5") == 500
    assert checkout.coupon_discount(300, "FLAT5") == 300


def test_an_unknown_coupon_is_refused():
    with pytest.raises(ValueError, match=r"^unknown coupon 'WELCOME'$"):
        checkout.coupon_discount(4999, "WELCOME")


def test_shipping_is_free_above_a_threshold_that_depends_on_the_country():
    assert checkout.shipping_cents("NL", 4999) == 495
    assert checkout.shipping_cents("NL", 5000) == 0
    assert checkout.shipping_cents("DE", 9999) == 995
    assert checkout.shipping_cents("FR", 10000) == 0
    assert checkout.shipping_cents("US", 100000) == 2495


def test_vat_is_rounded_half_up():
    assert checkout.vat_cents("NL", 1000) == 210
    assert checkout.vat_cents("DE", 50) == 10  # 9.5 cents
    assert checkout.vat_cents("FR", 2) == 0  # 0.4 cents
    assert checkout.vat_cents("US", 1000) == 0


def test_an_order_costs_what_it_cost_before():
    orders = [
        {"country": "DE", "items": [item()]},
        {"country": "NL", "coupon": "SAVE10", "items": [item(), item("TEA-3", 12, 350)]},
        {"country": "US", "coupon": None, "items": [item("PEN-7", 1, 199)]},
    ]
    for order in orders:
        assert checkout.price_order(order) == legacy.price_order(order)


def test_an_empty_order_is_refused():
    with pytest.raises(ValueError, match=r"^an order needs at least one item$"):
        checkout.price_order({"country": "NL", "items": []})


def statements(function: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """How many statements the function's body holds, nested ones included (not its
    docstring, not functions or classes defined inside it): the work it does, however
    it is laid out on lines."""
    body = function.body
    if ast.get_docstring(function) is not None:
        body = body[1:]
    nested = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return sum(
        1
        for statement in body
        for node in ast.walk(statement)
        if isinstance(node, ast.stmt) and not isinstance(node, nested)
    )


def uses_legacy(tree: ast.Module) -> bool:
    """Whether the code imports or names legacy (the docstring may speak of it)."""
    texts = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            texts += [node.module or "" if isinstance(node, ast.ImportFrom) else ""]
            texts += [alias.name for alias in node.names]
        elif isinstance(node, ast.Name):
            texts.append(node.id)
        elif isinstance(node, ast.Attribute):
            texts.append(node.attr)
        elif isinstance(node, ast.Call):
            texts += [arg.value for arg in node.args if isinstance(arg, ast.Constant)]
    return any("legacy" in str(text) for text in texts)


def test_every_function_does_one_job():
    source = inspect.getsource(checkout)
    tree = ast.parse(source)
    too_big = [
        f"{node.name}() has {statements(node)} statements"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and statements(node) > MAX_STATEMENTS
    ]
    assert not too_big, f"at most {MAX_STATEMENTS} statements a function: " + "; ".join(too_big)
    assert not uses_legacy(tree), "checkout.py must not use legacy.py, the code it replaces"
