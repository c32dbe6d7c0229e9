from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .counting import CountingLines
from .report import slow_requests_by_team

# Requests as (path, milliseconds); paths carry ids, as real ones do.
paths = st.builds(
    "/{}/{}".format,
    st.sampled_from(["api/orders", "api/search", "api/export", "admin/users", "static"]),
    st.integers(1, 30),
)
requests = st.lists(st.tuples(paths, st.sampled_from([3, 120, 499, 500, 812, 2300])), max_size=20)
# Rule lines: "prefix team", sometimes with a comment, and comment-only or blank lines.
prefixes = st.sampled_from(["/api/orders", "/api/search", "/api", "/admin", "/static", "/"])
teams = st.sampled_from(["checkout", "discovery", "platform", "backoffice", "web"])
rule_lines = st.lists(
    st.one_of(
        st.builds("{} {}".format, prefixes, teams),
        st.builds("{}  {}  # owner since May".format, prefixes, teams),
        st.sampled_from(["", "# prefix team"]),
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
def test_slow_requests_go_to_the_teams_the_rules_say(reference, requests, rule_lines):
    log = log_of(requests)
    got = slow_requests_by_team(log, rule_lines)
    want = reference.slow_requests_by_team(log, rule_lines)
    assert_same(got, want, requests=requests, rule_lines=rule_lines)


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
def test_each_line_is_read_at_most_twice(requests, rule_lines):
    log, rules = CountingLines(log_of(requests)), CountingLines(rule_lines)
    slow_requests_by_team(log, rules)
    budget = 2 * (len(log) + len(rules))
    verdict = "within the budget"
    if log.reads + rules.reads > budget:
        verdict = f"{log.reads} log + {rules.reads} rule lines read, over the budget of {budget}"
    assert_same(
        verdict,
        "within the budget",
        requests=f"{len(requests)} requests",
        rule_lines=f"{len(rule_lines)} lines",
    )
