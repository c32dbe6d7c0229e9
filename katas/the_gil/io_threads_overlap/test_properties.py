from collections.abc import Callable

from hypothesis import Phase, example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .fakes import FakeNetwork
from .health import check_all

#: What a host that is down raises.
ERRORS: dict[str, Callable[[str], BaseException]] = {
    "ConnectionError": lambda host: ConnectionError(f"{host} did not answer"),
    "TimeoutError": lambda host: TimeoutError(f"{host} timed out"),
    "ValueError": lambda host: ValueError(f"{host} sent garbage"),
    "SystemExit": lambda host: SystemExit(f"{host} shut us down"),  # not even an Exception
}
FORTY = [f"web{i}" for i in range(40)]
#: What a host answers: nothing in an answer says which host gave it.
ANSWERS = {f"web{i}": f"ok {(7 * i) % 5}" for i in range(50)} | {"db": "", "cache": "ok"}


def answer(host: str) -> str:
    return ANSWERS.get(host, f"ok {len(host)}")


@st.composite
def setups(draw: st.DrawFn) -> tuple[list[str], set[str], str]:
    """Up to 50 hosts (names may repeat, and be any text), some of them down."""
    names = st.sampled_from(["db", "cache", "\uff24\uff22", "", "web 1"]) | st.text(max_size=4)
    hosts = draw(
        st.integers(0, 50).map(lambda n: [f"web{i}" for i in range(n)])
        | st.lists(names, max_size=50)
    )
    down = draw(st.sets(st.sampled_from(hosts), max_size=3)) if hosts else set()
    return hosts, down, draw(st.sampled_from(list(ERRORS)))


def outcome(check_all: Callable, hosts: list[str], down: set[str], error: str) -> dict:
    """What the status page gets, and how many checks overlapped."""
    network = FakeNetwork(hosts, down=down, error=ERRORS[error], answer=answer)
    given_hosts = list(hosts)
    try:
        result: object = check_all(given_hosts, network)
    except BaseException as raised:  # SystemExit too: the test must see it, not stop
        result = f"raises {type(raised).__name__}: {raised}"
        if not any(raised is error for error in network.raised):
            result += ", not an error the check raised"
    if len(hosts) > 4 and result == [answer(host) for host in hosts]:
        result = f"all {len(hosts)} answers, in host order"
    return {
        "checks in flight at once": network.most_at_once,
        "result": result,
        "hosts left as they were": given_hosts == hosts,
    }


def shown(hosts: list[str]) -> str:
    return repr(hosts) if len(hosts) <= 4 else f"{len(hosts)} hosts, {hosts[0]!r} to {hosts[-1]!r}"


# Each example starts up to 50 threads: a couple of dozen examples are plenty. No shrinking:
# a failing example can wait out the barrier's patience (2 s), and the inputs are small anyway.
@settings(parent=kata_settings, max_examples=25, phases=[Phase.explicit, Phase.generate])
@given(setup=setups())
@example(setup=(["web0", "web1"], {"web1"}, "ConnectionError"))  # an error must not get lost
@example(setup=(["web0", "web1", "web2"], {"web2", "web1"}, "TimeoutError"))  # the first one
@example(setup=(["db"], {"db"}, "SystemExit"))  # whatever the check raises
@example(setup=(FORTY, set(), "ConnectionError"))  # all 40 at once, not a pool's worth at a time
@example(setup=([], set(), "ConnectionError"))  # no hosts, no answers
@example(setup=(["db", "db", ""], set(), "ConnectionError"))  # names may repeat
@example(setup=(["web0", "web1"], set(), "ConnectionError"))  # web1 answers first
def test_every_host_is_checked_at_once_and_errors_are_raised(reference, setup):
    hosts, down, error = setup
    got = outcome(check_all, hosts, down, error)
    want = outcome(reference.check_all, hosts, down, error)
    assert_same(got, want, hosts=shown(hosts), down=sorted(down), error=error)
