"""Finding special-cased solutions: code that only the example tests ever run.

Pure core: no pytest import, no coverage import. The glue measures which lines
(and branches) of a learner's file each test ran; this module compares what
the examples ran with what the properties ran, and ranks each line that only
the examples reach:

- **high confidence** when the line sits under a condition that compares
  against a literal the example tests use (``if xs == [3, 1, 2]:``), or returns
  a literal the example tests use: a special case for the example inputs. Such
  a finding keeps the kata from being solved (status ``fitted``).
- **low confidence** otherwise (a legitimate branch no generator reaches): a
  warning only.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    text: str
    confident: bool
    why: str

    def message(self) -> str:
        return (
            f"{self.path}:{self.line} only runs for the example inputs: "
            f"is it special-casing them? ({self.why})"
        )


def _literal(node: ast.AST) -> object:
    """The value of a literal expression, or a sentinel when it is not one."""
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return _NOT_LITERAL


_NOT_LITERAL = object()


def _key(value: object) -> str:
    return f"{type(value).__name__}:{value!r}"


def _trivial(value: object) -> bool:
    """Values too common to tell a special case: 0, 1, -1, empty, None, booleans."""
    if value is None or isinstance(value, bool):
        return True
    if isinstance(value, int | float) and value in (0, 1, -1):
        return True
    return isinstance(value, str | bytes | list | tuple | dict | set) and len(value) == 0


def example_literals(sources: Iterable[str]) -> set[str]:
    """Every non-trivial literal written in the example tests."""
    found: set[str] = set()
    for source in sources:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant | ast.List | ast.Tuple | ast.Set | ast.Dict):
                value = _literal(node)
                if value is not _NOT_LITERAL and not _trivial(value):
                    found.add(_key(value))
    return found


def _enclosing_conditions(tree: ast.AST, line: int) -> list[ast.expr]:
    """Tests of the ``if``/``while`` statements and conditional expressions around ``line``."""
    tests: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.If | ast.While):
            inside = node.body + node.orelse
            if any(stmt.lineno <= line <= (stmt.end_lineno or stmt.lineno) for stmt in inside):
                tests.append(node.test)
        elif isinstance(node, ast.IfExp) and node.lineno <= line <= (
            node.end_lineno or node.lineno
        ):
            tests.append(node.test)
    return tests


def _compared_literals(test: ast.expr) -> list[object]:
    values = []
    for node in ast.walk(test):
        if isinstance(node, ast.Compare):
            for operand in (node.left, *node.comparators):
                value = _literal(operand)
                if value is not _NOT_LITERAL:
                    values.append(value)
    return values


def _returned_literal(tree: ast.AST, line: int) -> object:
    for node in ast.walk(tree):
        if isinstance(node, ast.Return) and node.lineno == line and node.value is not None:
            return _literal(node.value)
    return _NOT_LITERAL


def classify(
    path: str,
    source: str,
    example_lines: set[int],
    property_lines: set[int],
    literals: set[str],
) -> list[Finding]:
    """Findings for the lines of one file that only the examples ran, in line order."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    text = source.splitlines()
    findings = []
    for line in sorted(example_lines - property_lines):
        shown = text[line - 1].strip() if 0 < line <= len(text) else ""
        confident, why = False, "no generated input reaches it"
        for test in _enclosing_conditions(tree, line):
            used = [v for v in _compared_literals(test) if _key(v) in literals]
            if used:
                confident = True
                why = f"it runs when a value equals {used[0]!r}, an input of the examples"
                break
        returned = _returned_literal(tree, line)
        if not confident and returned is not _NOT_LITERAL and _key(returned) in literals:
            confident = True
            why = f"it returns {returned!r}, a value the examples expect"
        findings.append(Finding(path, line, shown, confident, why))
    return findings
