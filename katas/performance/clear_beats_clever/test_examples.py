import ast
import builtins
import inspect

from . import card
from .card import is_valid_card

MAX_LINE = 90
MAX_FUNCTION_LINES = 15
BIT_OPERATORS = {ast.LShift: "<<", ast.RShift: ">>", ast.BitAnd: "&", ast.BitOr: "|"}
BIT_OPERATORS |= {ast.BitXor: "^", ast.Invert: "~"}


def test_a_valid_card_passes_with_or_without_spaces():
    assert is_valid_card("4539 1488 0343 6467") is True
    assert is_valid_card("4539148803436467") is True
    assert is_valid_card("5555 5555 5555 4444") is True


def test_a_mistyped_digit_is_caught():
    assert is_valid_card("4539 1488 0343 6468") is False
    assert is_valid_card("4539 1488 0334 6467") is False


def function_body_lines(function: ast.FunctionDef) -> int:
    body = function.body
    if ast.get_docstring(function) is not None:
        body = body[1:]
    return (body[-1].end_lineno or 0) - body[0].lineno + 1 if body else 0


def clever_bits(source: str) -> list[str]:
    """What keeps card.py from reading like the rule it implements."""
    tree = ast.parse(source)
    found = [
        f"line {n} has {len(line)} characters (at most {MAX_LINE})"
        for n, line in enumerate(source.splitlines(), start=1)
        if len(line) > MAX_LINE
    ]
    module_names = {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Lambda):
            found.append(f"a lambda on line {node.lineno}")
        elif isinstance(node, ast.BinOp | ast.UnaryOp) and type(node.op) in BIT_OPERATORS:
            found.append(f"a bit operator {BIT_OPERATORS[type(node.op)]} on line {node.lineno}")
        elif isinstance(node, ast.FunctionDef):
            if function_body_lines(node) > MAX_FUNCTION_LINES:
                found.append(
                    f"{node.name}() has {function_body_lines(node)} lines "
                    f"(at most {MAX_FUNCTION_LINES})"
                )
            for inner in ast.walk(node):
                if not isinstance(inner, ast.Assign):
                    continue
                values = inner.value.elts if isinstance(inner.value, ast.Tuple) else [inner.value]
                for value in values:
                    if isinstance(value, ast.Attribute) or (
                        isinstance(value, ast.Name)
                        and (value.id in module_names or hasattr(builtins, value.id))
                    ):
                        found.append(
                            f"`{ast.unparse(inner)}` on line {inner.lineno} copies "
                            f"{ast.unparse(value)} into a local"
                        )
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [alias.name for alias in node.names]
            if any(name.endswith("legacy") for name in names):
                found.append("card.py uses legacy.py, the code it replaces")
    return found


def test_the_code_reads_like_the_rule():
    found = clever_bits(inspect.getsource(card))
    assert not found, "still clever: " + "; ".join(found)
