"""Mutants of a kata's reference: small, plausible bugs the kata's tests must reject.

Pure core: no pytest import. A mutant is the reference's source with one node
changed (an operator, a constant, a ``return`` value, a removed statement, an
``except`` clause, an argument order, a decorator). ``--katas-check`` runs the
kata's tests against each one; the share rejected is the kata's mutation score.
A mutant the tests accept shows what the properties do not look at.

Why a small AST mutator of our own rather than mutmut or cosmic-ray: both drive
whole projects through their own runners, configuration and result databases,
and neither offers an API that returns mutated source for one file. The check
needs exactly that, in-process, for files of a few dozen lines.

Mutants are generated in a deterministic order, and each has a stable ``id``
(file, line, the code before and after) that ``kata.toml`` can name to declare
it equivalent.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

#: Comparison operators and what each becomes.
_COMPARE: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}

#: Identity becomes equality (``is`` -> ``==``) unless the other side is a singleton.
_IDENTITY: dict[type[ast.cmpop], type[ast.cmpop]] = {ast.Is: ast.Eq, ast.IsNot: ast.NotEq}

_ARITHMETIC: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div,
    ast.Mod: ast.FloorDiv,
    ast.Pow: ast.Mult,
    ast.BitAnd: ast.BitOr,
    ast.BitOr: ast.BitAnd,
    ast.BitXor: ast.BitOr,
    ast.LShift: ast.RShift,
    ast.RShift: ast.LShift,
}

#: Statements whose removal (replaced by ``pass``) is a plausible bug.
_REMOVABLE: tuple[type[ast.stmt], ...] = (ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign)
_REMOVABLE += (ast.Raise, ast.Delete, ast.Break, ast.Continue)

_BROAD = {"Exception", "BaseException"}


@dataclass(frozen=True)
class Mutant:
    """One changed copy of a learner file."""

    #: The learner file (relative to the kata) this mutant changes.
    file: str
    line: int
    #: Kind of change: compare, identity, boolean, not, arithmetic, constant,
    #: return, remove, except, arguments, decorator.
    operator: str
    #: Stable and readable: ``"config.py:7: value is None -> value is not None"``.
    id: str
    #: The whole mutated file.
    source: str


def _is_docstring(node: ast.AST, parent: ast.AST | None) -> bool:
    if not isinstance(node, ast.Expr) or not isinstance(node.value, ast.Constant):
        return False
    if not isinstance(node.value.value, str):
        return False
    body = getattr(parent, "body", None)
    return isinstance(body, list) and bool(body) and body[0] is node


def _is_declaration(node: ast.AST) -> bool:
    """A statement that does nothing when run: ``...``, a string, a bare annotation."""
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
        return True
    return isinstance(node, ast.AnnAssign) and node.value is None


def _is_singleton(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value in (None, True, False, Ellipsis)


def _is_main_guard(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Compare)
        and isinstance(node.test.left, ast.Name)
        and node.test.left.id == "__name__"
    )


def _is_type_checking(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
    )


def _walk(tree: ast.AST) -> Iterator[tuple[ast.AST, ast.AST | None]]:
    """Every node worth mutating with its parent, in source order.

    Annotations, docstrings, imports, ``if TYPE_CHECKING:`` and ``if __name__ ==
    "__main__":`` blocks are left alone: changing them says nothing about the
    behaviour the tests judge.
    """
    skip_fields = {"annotation", "returns", "type_comment", "type_params"}

    def visit(node: ast.AST, parent: ast.AST | None) -> Iterator[tuple[ast.AST, ast.AST | None]]:
        if isinstance(node, ast.Import | ast.ImportFrom):
            return
        if _is_main_guard(node) or _is_type_checking(node) or _is_docstring(node, parent):
            return
        yield node, parent
        for name, value in ast.iter_fields(node):
            if name in skip_fields:
                continue
            if isinstance(value, list):
                for child in value:
                    if isinstance(child, ast.AST):
                        yield from visit(child, node)
            elif isinstance(value, ast.AST):
                yield from visit(value, node)

    yield from visit(tree, None)


#: A change: the operator's name, and a function applying it, in place, to the copy of
#: the node (``not`` and ``remove`` replace the node whole: see :class:`_Replace`).
_Change = tuple[str, Callable[[Any], None]]


def _set(attribute: str, value: Callable[[], object]) -> Callable[[Any], None]:
    def apply(node: Any) -> None:
        setattr(node, attribute, value())

    return apply


def _set_item(attribute: str, index: int, value: Callable[[], object]) -> Callable[[Any], None]:
    def apply(node: Any) -> None:
        getattr(node, attribute)[index] = value()

    return apply


def _nothing(node: Any) -> None:
    """The change is made by :class:`_Replace`."""


def _swap_first_arguments(node: Any) -> None:
    node.args[0], node.args[1] = node.args[1], node.args[0]


def _delete(attribute: str, index: int) -> Callable[[Any], None]:
    def apply(node: Any) -> None:
        del getattr(node, attribute)[index]

    return apply


def _drop_exception(index: int) -> Callable[[Any], None]:
    def apply(node: Any) -> None:
        del node.type.elts[index]

    return apply


def _constant_changes(value: object) -> Iterator[_Change]:
    if isinstance(value, bool):
        yield "constant", _set("value", lambda: not value)
    elif isinstance(value, int):
        bumped = {0: 1, 1: 0}.get(value, value + 1)
        yield "constant", _set("value", lambda: bumped)
    elif isinstance(value, float):
        yield "constant", _set("value", lambda: value + 1.0)


def _except_changes(node: ast.ExceptHandler) -> Iterator[_Change]:
    kind = node.type
    if kind is None:
        yield "except", _set("type", lambda: ast.Name("Exception", ast.Load()))
    elif isinstance(kind, ast.Tuple) and len(kind.elts) >= 2:
        for i in range(len(kind.elts)):
            yield "except", _drop_exception(i)
    else:
        name = kind.id if isinstance(kind, ast.Name) else None
        wider = "BaseException" if name == "Exception" else "Exception"
        if name != "BaseException":
            yield "except", _set("type", lambda: ast.Name(wider, ast.Load()))


def _changes(node: ast.AST, parent: ast.AST | None) -> Iterator[_Change]:
    if isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            swapped = _COMPARE.get(type(op))
            if swapped is not None:
                yield "compare", _set_item("ops", i, swapped)
            equality = _IDENTITY.get(type(op))
            if equality is not None and not _is_singleton(node.comparators[i]):
                yield "identity", _set_item("ops", i, equality)
    elif isinstance(node, ast.BoolOp):
        flipped = ast.Or if isinstance(node.op, ast.And) else ast.And
        yield "boolean", _set("op", flipped)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield "not", _nothing
    elif isinstance(node, ast.BinOp | ast.AugAssign) and type(node.op) in _ARITHMETIC:
        yield "arithmetic", _set("op", _ARITHMETIC[type(node.op)])
    elif isinstance(node, ast.Constant) and not isinstance(parent, ast.JoinedStr):
        yield from _constant_changes(node.value)
    elif isinstance(node, ast.Return) and node.value is not None and not _is_singleton(node.value):
        yield "return", _set("value", lambda: ast.Constant(None))
    elif isinstance(node, ast.ExceptHandler):
        yield from _except_changes(node)
    elif isinstance(node, ast.Call):
        first_two = node.args[:2]
        if (
            len(first_two) == 2
            and not any(isinstance(a, ast.Starred) for a in node.args)
            and ast.dump(first_two[0]) != ast.dump(first_two[1])
        ):
            yield "arguments", _swap_first_arguments
    if isinstance(node, _REMOVABLE) and not _is_declaration(node):
        yield "remove", _nothing
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        for i in range(len(node.decorator_list)):
            yield "decorator", _delete("decorator_list", i)


class _Replace(ast.NodeTransformer):
    """Replace the node at one walk position (``not x`` -> ``x``, a statement -> ``pass``)."""

    def __init__(self, target: ast.AST, operator: str) -> None:
        self.target = target
        self.operator = operator

    def visit(self, node: ast.AST) -> ast.AST:
        if node is self.target:
            if self.operator == "not":
                assert isinstance(node, ast.UnaryOp)
                return node.operand
            if self.operator == "remove":
                return ast.copy_location(ast.Pass(), node)
        result: ast.AST = super().visit(node)
        return result


def _snippet(node: ast.AST, limit: int = 60) -> str:
    try:
        text = ast.unparse(node)
    except Exception:
        text = type(node).__name__
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _label_node(node: ast.AST) -> ast.AST:
    """What a mutant's id shows: a statement's first line, not a whole function."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        keyword = "class" if isinstance(node, ast.ClassDef) else "def"
        decorators = "".join(f"@{_snippet(d)} " for d in node.decorator_list)
        return ast.Name(f"{decorators}{keyword} {node.name}", ast.Load())
    if isinstance(node, ast.ExceptHandler):
        kind = _snippet(node.type) if node.type is not None else ""
        return ast.Name(f"except {kind}".rstrip(), ast.Load())
    return node


def mutants(file: str, source: str) -> list[Mutant]:
    """Every mutant of ``source`` (the text of ``file``), in a stable order.

    Mutants identical to the original, or to an earlier mutant, are dropped; so
    are mutants that no longer compile.
    """
    tree = ast.parse(source)
    original = ast.unparse(tree)
    seen = {original}
    result: list[Mutant] = []
    ids: set[str] = set()
    positions = list(_walk(tree))
    for index, (node, parent) in enumerate(positions):
        for operator, change in _changes(node, parent):
            mutated: ast.AST = copy.deepcopy(tree)
            target = list(_walk(mutated))[index][0]
            before = _snippet(_label_node(target))
            if operator in ("not", "remove"):
                mutated = _Replace(target, operator).visit(mutated)
                after = "pass" if operator == "remove" else _snippet(target.operand)  # type: ignore[attr-defined]
            else:
                change(target)
                after = _snippet(_label_node(target))
            ast.fix_missing_locations(mutated)
            try:
                text = ast.unparse(mutated)
                compile(text, file, "exec")
            except (SyntaxError, ValueError):
                continue
            if text in seen:
                continue
            seen.add(text)
            line = getattr(node, "lineno", 0)
            mutant_id = f"{file}:{line}: {before} -> {after}"
            if mutant_id in ids:
                mutant_id += f" (col {getattr(node, 'col_offset', 0)})"
            ids.add(mutant_id)
            result.append(Mutant(file, line, operator, mutant_id, text + "\n"))
    return result
