from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .events import EventBus
from .tabs import Tab, collector_off


class ClosingTab(Tab):
    """A tab with one more reaction: on an event, it closes the next tab (drops
    the last reference to it), possibly before the bus has called that one."""

    def __init__(self, name: str, log: list[str], tabs: dict[int, Tab], number: int) -> None:
        super().__init__(name, log)
        self.tabs = tabs
        self.number = number

    def on_close(self, event: str) -> None:
        self.log.append(f"{self.name} closes tab{self.number + 1} for {event}")
        self.tabs.pop(self.number + 1, None)


#: What the user does to tab 0, 1 or 2 on bus 0 or 1: open the tab, subscribe
#: one of its methods (again, if it likes), close it, or publish an event.
VERBS = ["open", "theme", "save", "close-next", "close", "publish"]
actions = st.lists(
    st.tuples(st.sampled_from(VERBS), st.integers(0, 2), st.integers(0, 1)),
    min_size=1,
    max_size=16,
)


def replay(bus_class: type[EventBus], actions: list[tuple[str, int, int]]) -> list[str]:
    """Run the actions on two buses, with the collector off; after each one that
    does something, report what the tabs logged and the len() of both buses."""
    log: list[str] = []
    report = []
    with collector_off():
        buses = [bus_class(), bus_class()]
        tabs: dict[int, Tab] = {}
        for number, (verb, tab, on) in enumerate(actions, 1):
            if verb == "open" and tab not in tabs:
                tabs[tab] = ClosingTab(f"tab{tab}", log, tabs, tab)
            elif verb in ("theme", "save", "close-next") and tab in tabs:
                method = "on_close" if verb == "close-next" else f"on_{verb}"
                buses[on].subscribe(getattr(tabs[tab], method))
            elif verb == "close" and tab in tabs:
                del tabs[tab]  # the last reference to the tab
            elif verb == "publish":
                buses[on].publish(f"e{number}")
            else:
                continue
            report.append(f"{verb} {tab} on {on}: {log} len {[len(bus) for bus in buses]}")
            log.clear()
    return report


@kata_settings
@given(actions=actions)
@example(actions=[("open", 0, 0), ("theme", 0, 0), ("save", 0, 0), ("publish", 0, 0)])
@example(actions=[("open", 0, 0), ("theme", 0, 0), ("close", 0, 0)])  # no publish since
@example(
    actions=[
        ("open", 0, 0),
        ("open", 1, 0),
        ("theme", 0, 0),
        ("theme", 1, 0),
        ("save", 0, 0),
        ("publish", 0, 0),
    ]
)  # the order of subscription, across tabs
@example(
    actions=[
        ("open", 0, 0),
        ("open", 1, 0),
        ("open", 2, 0),
        ("theme", 0, 0),
        ("theme", 1, 0),
        ("theme", 2, 0),
        ("close", 0, 0),
        ("close", 1, 0),
        ("publish", 0, 0),
    ]
)  # several deaths, in turn
@example(actions=[("open", 0, 0), ("theme", 0, 0), ("publish", 0, 1)])  # each bus is its own
@example(actions=[("open", 0, 0), ("theme", 0, 0), ("theme", 0, 0), ("publish", 0, 0)])
@example(
    actions=[
        ("open", 0, 0),
        ("open", 1, 0),
        ("close-next", 0, 0),
        ("theme", 1, 0),
        ("publish", 0, 0),
    ]
)  # tab1 is freed by tab0's reaction, before its turn comes in the same publish()
def test_the_bus_calls_and_counts_exactly_the_live_subscribers(reference, actions):
    got = replay(EventBus, actions)
    want = replay(reference.EventBus, actions)
    assert_same(got, want, actions=actions)
