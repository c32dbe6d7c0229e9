from collections.abc import Callable

from hypothesis import Phase, example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .fakes import FakeNetwork
from .health import check_all

# Up to 50 hosts (web0, web1, ...), and up to three of them down.
hosts = st.integers(0, 50).map(lambda n: [f"web{i}" for i in range(n)])
down = st.sets(st.integers(0, 10).map("web{}".format), max_size=3)
FORTY = [f"web{i}" for i in range(40)]


def outcome(check_all: Callable, hosts: list[str], down: set[str]) -> dict[str, object]:
    """What the status page gets, and how many checks overlapped."""
    network = FakeNetwork(hosts=len(hosts), down=down)
    try:
        result: object = check_all(list(hosts), network)
    except ConnectionError:
        result = "raises ConnectionError"
    if len(hosts) > 4 and result == [f"{host}: ok" for host in hosts]:
        result = f"all {len(hosts)} answers, in host order"
    return {"checks in flight at once": network.most_at_once, "result": result}


def shown(hosts: list[str]) -> str:
    return repr(hosts) if len(hosts) <= 4 else f"{len(hosts)} hosts, {hosts[0]} to {hosts[-1]}"


# Each example starts up to 50 threads: a couple of dozen examples are plenty. No shrinking:
# a failing example can wait out the barrier's patience (2 s), and the inputs are small anyway.
@settings(parent=kata_settings, max_examples=25, phases=[Phase.explicit, Phase.generate])
@given(hosts=hosts, down=down)
@example(hosts=["web0", "web1"], down={"web1"})  # an error must not get lost
@example(hosts=FORTY, down=set())  # all 40 at once, not a pool's worth at a time
def test_every_host_is_checked_at_once_and_errors_are_raised(reference, hosts, down):
    got = outcome(check_all, hosts, down)
    want = outcome(reference.check_all, hosts, down)
    assert_same(got, want, hosts=shown(hosts), down=sorted(down & set(hosts)))
