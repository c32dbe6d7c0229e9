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


BIT_FUNCTIONS = {"and_", "or_", "xor", "lshift", "rshift", "invert", "inv"}
BIT_FUNCTIONS |= {"__and__", "__or__", "__xor__", "__lshift__", "__rshift__", "__invert__"}


def module_names(tree: ast.Module) -> set[str]:
    """The globals card.py defines: constants, functions, classes, imports."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {target.id for target in targets if isinstance(target, ast.Name)}
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
    return names


def called_names(tree: ast.Module) -> set[str]:
    """Every name that is called somewhere: f(...) or obj.f(...)."""
    called = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name):
                called.add(node.func.id)
            elif isinstance(node.func, ast.Attribute):
                called.add(node.func.attr)
    return called


def copies_for_speed(tree: ast.Module) -> list[str]:
    """Built-ins, globals and methods copied into a local (or a default argument) for speed.

    A global or a built-in is never worth a local copy here. An attribute is a
    copy for speed only when the copy is then called (`push = ds.append`, then
    push(...)); `digits = self.digits` is ordinary code.
    """
    globals_, called = module_names(tree), called_names(tree)

    def is_alias(value: ast.expr, name: str | None) -> bool:
        if isinstance(value, ast.Name):
            return value.id in globals_ or hasattr(builtins, value.id)
        return isinstance(value, ast.Attribute) and (name is None or name in called)

    found = []
    for scope in ast.walk(tree):
        if not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        for node in ast.walk(scope):
            pairs: list[tuple[ast.expr, ast.expr]] = []
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                        pairs += zip(target.elts, node.value.elts, strict=False)
                    else:
                        pairs.append((target, node.value))
            elif isinstance(node, ast.NamedExpr):
                pairs.append((node.target, node.value))
            for target, value in pairs:
                name = target.id if isinstance(target, ast.Name) else None
                if isinstance(target, ast.Attribute):
                    name = target.attr
                if is_alias(value, name):
                    found.append(
                        f"`{ast.unparse(target)} = {ast.unparse(value)}` on line {node.lineno} "
                        f"copies {ast.unparse(value)} into a local"
                    )
        if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
            arguments = scope.args
            for default in [*arguments.defaults, *arguments.kw_defaults]:
                if default is not None and is_alias(default, None):
                    found.append(
                        f"{scope.name}() keeps {ast.unparse(default)} in a default argument "
                        f"on line {default.lineno}"
                    )
    return list(dict.fromkeys(found))  # a method's line is in its class's scope too


def names_used(tree: ast.Module) -> list[str]:
    """Every module imported, name and attribute used, and string passed to a call."""
    texts = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            texts += [getattr(node, "module", None) or ""] + [alias.name for alias in node.names]
        elif isinstance(node, ast.Name):
            texts.append(node.id)
        elif isinstance(node, ast.Attribute):
            texts.append(node.attr)
        elif isinstance(node, ast.Call):
            texts += [
                argument.value
                for argument in [*node.args, *(keyword.value for keyword in node.keywords)]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str)
            ]
    return texts


def clever_bits(source: str) -> list[str]:
    """What keeps card.py from reading like the rule it implements."""
    tree = ast.parse(source)
    found = [
        f"line {n} has {len(line)} characters (at most {MAX_LINE})"
        for n, line in enumerate(source.splitlines(), start=1)
        if len(line) > MAX_LINE
    ]
    for node in ast.walk(tree):
        if isinstance(node, ast.Lambda):
            found.append(f"a lambda on line {node.lineno}")
        elif isinstance(node, ast.BinOp | ast.UnaryOp | ast.AugAssign) and type(node.op) in (
            BIT_OPERATORS
        ):
            found.append(f"a bit operator {BIT_OPERATORS[type(node.op)]} on line {node.lineno}")
        elif isinstance(node, ast.Name | ast.Attribute):
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name in BIT_FUNCTIONS:
                found.append(f"a bit operator, {name}, on line {node.lineno}")
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            if function_body_lines(node) > MAX_FUNCTION_LINES:
                found.append(
                    f"{node.name}() has {function_body_lines(node)} lines "
                    f"(at most {MAX_FUNCTION_LINES})"
                )
    found += copies_for_speed(tree)
    uses_legacy = any("legacy" in text for text in names_used(tree))
    if uses_legacy:
        found.append("card.py uses legacy.py, the code it replaces")
    return found


def test_the_code_reads_like_the_rule():
    found = clever_bits(inspect.getsource(card))
    assert not found, "still clever: " + "; ".join(found)
