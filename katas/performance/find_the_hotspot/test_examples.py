import ast
import inspect

from . import original, report
from .counting import CountingLines
from .report import slow_requests_by_team

RULES = [
    "# prefix        team",
    "/api/orders     checkout",
    "/api/payments   checkout",
    "/api/search     discovery",
    "/api/export     data  # moved from platform in April",
    "/admin          backoffice",
    "",
    "/api            platform",
]
LOG = [
    f"2024-05-01T09:{minute:02}:00 GET {path} 200 {millis}ms"
    for minute, (path, millis) in enumerate(
        [
            ("/api/search", 812),
            ("/api/orders/17", 40),
            ("/static/app.js", 3),
            ("/api/search", 950),
            ("/api/export", 2300),
            ("/api/orders/18", 25),
            ("/api/users/4", 120),
            ("/api/search", 640),
            ("/admin/users", 30),
            ("/api/orders/17", 35),
            ("/api/export", 1800),
            ("/api/search", 502),
            ("/api/payments/9", 77),
            ("/health", 1),
            ("/api/orders/18", 730),
            ("/api/search", 90),
            ("/api/users/5", 110),
            ("/api/orders/19", 42),
            ("/static/app.css", 2),
            ("/api/search", 88),
        ]
    )
]


def test_the_report_counts_slow_requests_by_team():
    assert slow_requests_by_team(LOG, RULES) == [("discovery", 4), ("data", 2), ("checkout", 1)]


def test_requests_no_rule_matches_are_unowned():
    log = ["2024-05-01T09:00:00 GET /static/big.js 200 700ms"]
    assert slow_requests_by_team(log, RULES) == [("unowned", 1)]


def test_a_report_reads_each_line_at_most_twice():
    log, rules = CountingLines(LOG), CountingLines(RULES)
    assert slow_requests_by_team(log, rules) == [("discovery", 4), ("data", 2), ("checkout", 1)]
    budget = 2 * (len(LOG) + len(RULES))
    assert log.reads + rules.reads <= budget, (
        f"one report read {log.reads} log lines and {rules.reads} rule lines, "
        f"over the budget of {budget}: what reads so much? Profile it (see report.py)"
    )


def code_of(function: object) -> str:
    """The function's code as a syntax tree, docstring and comments left out."""
    tree = ast.parse(inspect.getsource(function))  # type: ignore[arg-type]
    node = tree.body[0]
    if isinstance(node, ast.FunctionDef) and ast.get_docstring(node) is not None:
        node.body = node.body[1:]
    return ast.dump(node)


def test_what_the_profile_does_not_blame_is_left_alone():
    changed = [
        name
        for name in ["parse_line", "is_slow", "ranking"]
        if code_of(getattr(report, name)) != code_of(getattr(original, name))
    ]
    them = "it" if len(changed) == 1 else "them"
    assert not changed, (
        f"{', '.join(changed)} changed, but the profile does not blame {them}: "
        f"put {them} back as in original.py"
    )
