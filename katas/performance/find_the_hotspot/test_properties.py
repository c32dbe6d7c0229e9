from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .counting import CountingLines
from .report import slow_requests_by_team

# Requests as (path, milliseconds); paths carry ids, as real ones do.
paths = st.builds(
    "/{}/{}".format,
    st.sampled_from(["api/orders", "api/search", "api/export", "admin/users", "static", "x"]),
    st.integers(1, 30),
)
millis = st.sampled_from([0, 3, 120, 499, 500, 812, 2300]) | st.integers(0, 10**6)
requests = st.lists(st.tuples(paths, millis), max_size=20)
# Rule lines: "prefix team", sometimes with a comment or other whitespace, and
# comment-only or blank lines. Prefixes come back, so two rules can share one.
prefixes = st.sampled_from(["/api/orders", "/api/search", "/api", "/admin", "/static", "/", "/x"])
teams = st.sampled_from(["checkout", "discovery", "platform", "backoffice", "web"])
rule_lines = st.lists(
    st.one_of(
        st.builds("{} {}".format, prefixes, teams),
        st.builds("{}  {}  # owner since May".format, prefixes, teams),
        st.builds("  {}\t{}#moved".format, prefixes, teams),
        st.sampled_from(["", "   ", "# prefix team", "#/api nobody"]),
    ),
    max_size=8,
)


def log_of(requests: list[tuple[str, int]]) -> list[str]:
    return [
        f"2024-05-01T09:{n // 60:02}:{n % 60:02} GET {path} 200 {millis}ms"
        for n, (path, millis) in enumerate(requests)
    ]


@kata_settings
@given(requests=requests, rule_lines=rule_lines)
@example(requests=[("/api/search/1", 900)], rule_lines=["/api billing"])  # another rule file
@example(requests=[("/api/x/1", 900)], rule_lines=["/api a", "/api b"])  # the first rule wins
def test_slow_requests_go_to_the_teams_the_rules_say(reference, requests, rule_lines):
    log, rules = log_of(requests), list(rule_lines)
    got = slow_requests_by_team(log, rules)
    want = reference.slow_requests_by_team(log_of(requests), rule_lines)
    assert_same(
        {"report": got, "log afterwards": log, "rules afterwards": rules},
        {"report": want, "log afterwards": log_of(requests), "rules afterwards": rule_lines},
        requests=requests,
        rule_lines=rule_lines,
    )


@kata_settings
@given(requests=requests, first_rules=rule_lines, second_rules=rule_lines)
@example(requests=[("/x/1", 900)], first_rules=["/x a"], second_rules=["/x b"])
def test_each_report_uses_its_own_rules(reference, requests, first_rules, second_rules):
    log = log_of(requests)
    got = [slow_requests_by_team(log, first_rules), slow_requests_by_team(log, second_rules)]
    want = [
        reference.slow_requests_by_team(log, first_rules),
        reference.slow_requests_by_team(log, second_rules),
    ]
    assert_same(got, want, requests=requests, first_rules=first_rules, second_rules=second_rules)


@kata_settings
@given(requests=requests, rule_lines=rule_lines)
@example(  # ten slow requests to ten different paths
    requests=[(f"/api/orders/{n}", 900) for n in range(10)],
    rule_lines=[
        "/api/orders checkout",
        "/api/search discovery",
        "/admin backoffice",
        "/api platform",
    ],
)
@example(  # slow requests that no rule owns: every rule is looked at
    requests=[(f"/static/{n}", 900) for n in range(10)],
    rule_lines=[f"/r{n} web" for n in range(10)],
)
@example(  # thirty slow requests and twelve rules: a re-parse per request is 360 looks
    requests=[(f"/api/search/{n}", 900) for n in range(30)],
    rule_lines=["# prefix team"] + [f"/r{n} web" for n in range(10)] + ["/api platform"],
)
def test_each_line_is_read_at_most_twice(requests, rule_lines):
    log, rules = CountingLines(log_of(requests)), CountingLines(rule_lines)
    slow_requests_by_team(log, rules)
    lines = len(log) + len(rules)
    verdict = "within the budget"
    if log.reads + rules.reads > 2 * lines:
        verdict = f"{log.reads} log + {rules.reads} rule lines read, over the budget of {2 * lines}"
    elif log.uses + rules.uses > 4 * lines + 10:
        verdict = (
            f"the lines' text was looked at {log.uses + rules.uses} times "
            f"(split, strip...), over the budget of {4 * lines + 10}"
        )
    assert_same(
        verdict,
        "within the budget",
        requests=f"{len(requests)} requests",
        rule_lines=f"{len(rule_lines)} lines",
    )
