from .fakes import FakeNetwork, SlowFirstHosts
from .health import check_all


def test_answers_come_back_in_host_order_even_when_the_first_host_is_slowest():
    check = SlowFirstHosts({"db": 0.4, "cache": 0.2, "queue": 0.0})
    assert check_all(["db", "cache", "queue"], check) == ["db: ok", "cache: ok", "queue: ok"]


def test_every_check_is_in_flight_at_the_same_time():
    hosts = ["db", "cache", "queue", "search", "mail"]
    network = FakeNetwork(hosts=len(hosts))
    assert check_all(hosts, network) == [f"{host}: ok" for host in hosts]
    assert network.most_at_once == len(hosts), (
        f"at most {network.most_at_once} of the {len(hosts)} checks were in flight at once: "
        "they waited one after another"
    )
