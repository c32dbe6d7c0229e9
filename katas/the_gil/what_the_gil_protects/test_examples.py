import itertools
from pathlib import Path

import pytest

from pytest_senior_katas.kata import check_prediction, check_reasons_without_running

from .harness import Loader
from .predictions import PREDICTIONS, LoadOnce
from .schedule import Interleaving
from .snippets import SNIPPETS


def test_you_predict_without_running_the_snippets():
    source = (Path(__file__).parent / "predictions.py").read_text(encoding="utf-8")
    check_reasons_without_running(source, "predictions.py", forbidden={"snippets", "harness"})


@pytest.mark.parametrize("name", list(SNIPPETS))
def test_you_predict_what_each_snippet_returns(name):
    check_prediction(name, PREDICTIONS[name], SNIPPETS[name]())


def test_a_key_is_loaded_on_first_use_then_reused():
    loader = Loader()
    settings = LoadOnce(loader)
    acme = settings.get("acme")
    assert acme == {"name": "acme"}
    assert settings.get("acme") is acme
    assert settings.get("globex") == {"name": "globex"}
    assert loader.calls == ["acme", "globex"]


def test_threads_asking_for_a_key_at_once_all_get_the_same_object():
    # A thread switch at every step (schedule.py), the loader's wait for the disk included.
    interleaving = Interleaving(itertools.repeat(True))
    loader = Loader(wait=interleaving.step)
    got: list[object] = []
    with interleaving.tracking_locks(LoadOnce):
        settings = interleaving.stepping(LoadOnce)(loader)
        interleaving.run([lambda: got.append(settings.get("acme"))] * 4)
    assert all(value is got[0] for value in got), (
        "4 threads asked for 'acme' at once, and got different objects: more than one "
        "thread found the key missing, and each loaded its own"
    )
