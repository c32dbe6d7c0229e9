import pytest

from .harness import Loader, get_from_threads
from .predictions import PREDICTIONS, LoadOnce
from .snippets import SNIPPETS


@pytest.mark.parametrize("name", list(SNIPPETS))
def test_you_predict_what_each_snippet_returns(name):
    predicted, returned = PREDICTIONS[name], SNIPPETS[name]()
    assert predicted == returned, f"{name}: you predicted {predicted!r}"


def test_a_key_is_loaded_on_first_use_then_reused():
    loader = Loader()
    settings = LoadOnce(loader)
    acme = settings.get("acme")
    assert acme == {"name": "acme"}
    assert settings.get("acme") is acme
    assert settings.get("globex") == {"name": "globex"}
    assert loader.calls == ["acme", "globex"]


def test_threads_asking_for_a_key_at_once_all_get_the_same_object():
    keys = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "wonka"]
    got = get_from_threads(LoadOnce(Loader()), keys, threads=4)
    raced = [key for key, values in zip(keys, got, strict=True) if len({id(v) for v in values}) > 1]
    assert not raced, (
        f"4 threads asked for each key at once, and got different objects for {raced}: "
        "more than one thread found the key missing, and each loaded its own"
    )
