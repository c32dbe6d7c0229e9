from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .events import EventBus
from .tabs import Tab, collector_off

#: What the user does: open tab 0 or 1, subscribe one of its methods, close it,
#: or trigger an event that is published to the bus.
ACTIONS = ["open 0", "open 1", "theme 0", "theme 1", "save 0", "save 1", "close 0", "close 1"]
actions = st.lists(st.sampled_from([*ACTIONS, "publish"]), min_size=1, max_size=12)


def replay(bus_class: type[EventBus], actions: list[str]) -> list[str]:
    """Run the actions on one bus, with the collector off; after each one that does
    something, report what the tabs logged and len(bus)."""
    log: list[str] = []
    report = []
    with collector_off():
        bus = bus_class()
        tabs: dict[str, Tab] = {}
        subscribed: set[str] = set()  # each method is subscribed once
        for number, action in enumerate(actions, 1):
            verb, _, tab = action.partition(" ")
            if verb == "open" and tab not in tabs:
                tabs[tab] = Tab(f"tab{tab}", log)
            elif verb in ("theme", "save") and tab in tabs and f"{verb} {tab}" not in subscribed:
                subscribed.add(f"{verb} {tab}")
                bus.subscribe(getattr(tabs[tab], f"on_{verb}"))
            elif verb == "close" and tab in tabs:
                del tabs[tab]  # the last reference to the tab
                subscribed -= {f"theme {tab}", f"save {tab}"}
            elif verb == "publish":
                bus.publish(f"e{number}")
            else:
                continue
            report.append(f"{action}: {log} len {len(bus)}")
            log.clear()
    return report


@kata_settings
@given(actions=actions)
@example(actions=["open 0", "theme 0", "save 0", "publish"])  # one tab, two methods
@example(actions=["open 0", "theme 0", "close 0"])  # nothing published since the close
def test_the_bus_calls_and_counts_exactly_the_live_subscribers(reference, actions):
    got = replay(EventBus, actions)
    want = replay(reference.EventBus, actions)
    assert_same(got, want, actions=actions)
