import ast
import importlib
import inspect
import types

import pytest

from . import legacy, payouts

MAX_STATEMENTS = 15

EXPORT = """\
order_id,merchant,amount,currency,method
A-1001,m-0042,25.00,EUR,card
A-1002, m-0042 ,100.00,EUR,bank
# refunds
A-1003,m-0007,-3.50,EUR,wallet
A-1001,m-0042,25.00,EUR,card
A-1004,m-0007,12.00,USD,card
A-1005,m-9999,40.00,EUR,card
A-1006,m-0013,1000.00,EUR,bank
A-1007,m-0013,7.5,EUR,card
A-1008,m-0013,9.99,EUR,cash
A-1009,m-0013,9.99,EUR
"""


def test_amounts_are_read_as_cents():
    assert payouts.parse_cents("25.00") == 2500
    assert payouts.parse_cents("-3.50") == -350
    assert payouts.parse_cents("0.07") == 7
    with pytest.raises(ValueError) as error:
        payouts.parse_cents("7.5")
    assert str(error.value) == "amount '7.5' is not a number of euros with two decimals"


def test_each_method_has_its_fee_and_refunds_pay_none():
    assert payouts.fee_cents("card", 2500) == 102  # 72.5 cents dropped to 72, plus 30
    assert payouts.fee_cents("wallet", 1000) == 29
    assert payouts.fee_cents("bank", 10000) == 80
    assert payouts.fee_cents("bank", 100000) == 500  # capped
    assert payouts.fee_cents("card", -350) == 0


def test_cents_are_shown_as_euros():
    assert payouts.format_cents(2500) == "25.00"
    assert payouts.format_cents(-350) == "-3.50"
    assert payouts.format_cents(7) == "0.07"
    assert payouts.format_cents(0) == "0.00"


def test_a_line_is_a_sale_or_a_reason_to_skip_it():
    assert tuple(payouts.parse_line("A-1002, m-0042 ,100.00,EUR,bank\n")) == (
        "A-1002",
        "m-0042",
        10000,
        "bank",
    )
    reasons = {
        "A-1009,m-0013,9.99,EUR": "expected 5 fields, got 4",
        "A-1004,m-0007,12.00,USD,card": "currency 'USD' is not paid out",
        "A-1008,m-0013,9.99,EUR,cash": "unknown payment method 'cash'",
        ",m-0013,9.99,EUR,card": "order_id and merchant must not be empty",
    }
    for line, reason in reasons.items():
        with pytest.raises(ValueError) as error:
            payouts.parse_line(line)
        assert str(error.value) == reason


def test_the_report_lists_merchants_and_carries_losses_over():
    totals = {"m-0042": 12318, "m-0007": -350}
    assert payouts.render_report(totals) == (
        "m-0007 0.00 (carried over: -3.50)\nm-0042 123.18\ntotal 123.18\n"
    )
    assert totals == {"m-0042": 12318, "m-0007": -350}


@pytest.fixture
def fresh_legacy():
    """legacy.py as a new process sees it: its globals empty."""
    return importlib.reload(legacy)


def run(job, tmp_path, capsys, **flags):
    """What a run gives: its result (or error), the report it wrote, what it printed."""
    export, report = tmp_path / "export.csv", tmp_path / "report.txt"
    export.write_text(EXPORT, encoding="utf-8")
    report.unlink(missing_ok=True)
    try:
        result = job.process_payouts(str(export), str(report), **flags)
    except ValueError as error:
        result = ("ValueError", str(error))
    written = report.read_text(encoding="utf-8") if report.exists() else None
    return result, written, capsys.readouterr().out


def test_a_run_pays_exactly_what_the_legacy_job_paid(tmp_path, capsys, fresh_legacy):
    for flags in [{}, {"verbose": True}, {"dry_run": True}, {"strict": True}]:
        want = run(importlib.reload(fresh_legacy), tmp_path, capsys, **flags)
        assert run(payouts, tmp_path, capsys, **flags) == want, flags


def test_the_retry_pays_the_same_again(tmp_path, capsys):
    first = run(payouts, tmp_path, capsys, verbose=True)
    assert run(payouts, tmp_path, capsys, verbose=True) == first


def statements(function: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """How many statements the function's body holds, nested ones included (not its
    docstring, not functions or classes defined inside it)."""
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
    texts: list[object] = []
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


def test_every_function_does_one_job_and_none_rebinds_a_global():
    tree = ast.parse(inspect.getsource(payouts))
    too_big = [
        f"{node.name}() has {statements(node)} statements"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and statements(node) > MAX_STATEMENTS
    ]
    assert not too_big, f"at most {MAX_STATEMENTS} statements a function: " + "; ".join(too_big)
    rebinds = [f"line {node.lineno}" for node in ast.walk(tree) if isinstance(node, ast.Global)]
    assert not rebinds, "a `global` statement rebinds module state: " + ", ".join(rebinds)
    assert not uses_legacy(tree), "payouts.py must not use legacy.py, the code it replaces"


def state_of(value: object, module: types.ModuleType, depth: int = 0) -> object:
    """What `value` holds, all the way down: containers, the attributes of objects and
    classes the module defines, the defaults and closures of its functions."""
    if depth > 8:
        return "..."
    deeper = depth + 1
    if isinstance(value, dict):
        return [(repr(k), state_of(v, module, deeper)) for k, v in value.items()]
    if isinstance(value, list | tuple) or type(value).__name__ == "deque":
        return [state_of(v, module, deeper) for v in value]  # type: ignore[union-attr]
    if isinstance(value, set | frozenset):
        return sorted(repr(state_of(v, module, deeper)) for v in value)
    if getattr(value, "__module__", None) != module.__name__:
        return repr(value)  # an imported module, function or class, or a plain value
    if isinstance(value, types.FunctionType):
        cells = [cell.cell_contents for cell in value.__closure__ or () if cell_is_set(cell)]
        held = (value.__defaults__, value.__kwdefaults__, cells)
        return ["function", state_of(held, module, deeper)]
    if isinstance(value, type):
        own = {k: v for k, v in vars(value).items() if not k.startswith("__")}
        return ["class", state_of(own, module, deeper)]
    own = dict(getattr(value, "__dict__", {}))
    own |= {
        s: getattr(value, s) for s in getattr(type(value), "__slots__", ()) if hasattr(value, s)
    }
    return [type(value).__name__, repr(value), state_of(own, module, deeper)]


def cell_is_set(cell: types.CellType) -> bool:
    try:
        cell.cell_contents  # noqa: B018
    except ValueError:
        return False
    return True


def module_state(module: types.ModuleType) -> dict[str, object]:
    names = {k: v for k, v in vars(module).items() if not k.startswith(("__", "@"))}
    return {name: state_of(value, module) for name, value in names.items()}


def test_a_run_leaves_no_module_state_behind(tmp_path, capsys):
    before = module_state(payouts)
    run(payouts, tmp_path, capsys, verbose=True)
    run(payouts, tmp_path, capsys, strict=True)
    after = module_state(payouts)
    changed = sorted(
        name for name in before.keys() | after.keys() if before.get(name) != after.get(name)
    )
    assert not changed, "a run changed what the module holds: " + ", ".join(changed)
