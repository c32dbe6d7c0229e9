import ast
import inspect
from collections.abc import Mapping

from . import router
from .router import handle


def test_a_signup_gets_a_welcome_email():
    assert handle({"type": "user.signup", "email": "ada@example.com"}) == (
        "send welcome email to ada@example.com"
    )


def test_a_paid_order_is_shipped():
    assert handle({"type": "order.paid", "order_id": 42}) == "ship order 42"


def test_a_refund_is_paid_back_unless_it_is_empty():
    assert handle({"type": "order.refunded", "order_id": 7, "amount": 15}) == "refund 15 on order 7"
    assert handle({"type": "order.refunded", "order_id": 7, "amount": 0}) == (
        "nothing to refund on order 7"
    )


def test_a_failed_payment_is_retried_then_cancelled():
    assert handle({"type": "payment.failed", "order_id": 9}) == "retry payment for order 9"
    assert handle({"type": "payment.failed", "order_id": 9, "attempt": 3}) == "cancel order 9"


def test_an_unknown_event_is_ignored():
    assert handle({"type": "coupon.created"}) == "ignore unknown event 'coupon.created'"


def branches(node: ast.AST) -> int:
    """How many branches an if/elif/else chain or a match statement has."""
    if isinstance(node, ast.Match):
        return len(node.cases)
    if not isinstance(node, ast.If):
        return 0
    if len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If):
        return 1 + branches(node.orelse[0])
    return 1 + (1 if node.orelse else 0)


def test_handle_looks_the_type_up_instead_of_testing_it_branch_by_branch():
    tree = ast.parse(inspect.getsource(router.handle))
    longest = max(map(branches, ast.walk(tree)))
    assert longest <= 2, (
        f"handle() still has an if/elif chain (or a match) with {longest} branches; "
        "at most an if/else is left once the dict does the dispatching"
    )


def names_in(source: str) -> set[str]:
    """Every name the code reads, and every module or name it imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.ImportFrom):
            found |= {node.module or ""} | {alias.name for alias in node.names}
    return found


def test_a_module_level_dict_maps_event_types_to_functions():
    tables = {
        name
        for name, value in vars(router).items()
        if isinstance(value, Mapping)
        and len(value) >= 3
        and all(isinstance(key, str) and callable(f) for key, f in value.items())
    }
    assert tables, "router.py needs a module-level dict: {event type: the function handling it}"
    assert tables & names_in(inspect.getsource(router.handle)), (
        f"handle() should look the event type up in {', '.join(sorted(tables))}"
    )
    assert "legacy" not in names_in(inspect.getsource(router)), (
        "router.py must not call legacy.py: it is what your version replaces"
    )
