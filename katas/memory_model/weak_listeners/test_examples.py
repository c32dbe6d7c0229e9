import weakref

from .events import EventBus
from .tabs import Tab, collector_off


def test_subscribers_hear_each_event_in_the_order_they_subscribed():
    bus, log = EventBus(), []
    notes, todo = Tab("notes.txt", log), Tab("todo.txt", log)
    bus.subscribe(notes.on_theme)
    bus.subscribe(todo.on_save)
    bus.publish("ctrl+s")
    assert log == ["notes.txt repaints for ctrl+s", "todo.txt saves for ctrl+s"]
    assert len(bus) == 2


def test_a_closed_tab_is_freed_though_it_subscribed():
    bus = EventBus()
    with collector_off():
        tab = Tab("notes.txt", [])
        bus.subscribe(tab.on_theme)
        closed = weakref.ref(tab)
        del tab  # the user closes the tab
        assert closed() is None, "the tab is still in memory: what refers to it?"


def test_a_closed_tab_hears_no_more_events_and_is_no_longer_counted():
    bus, log = EventBus(), []
    with collector_off():
        notes, todo = Tab("notes.txt", log), Tab("todo.txt", log)
        bus.subscribe(notes.on_theme)
        bus.subscribe(todo.on_theme)
        del notes
        bus.publish("dark mode")
    assert log == ["todo.txt repaints for dark mode"]
    assert len(bus) == 1
