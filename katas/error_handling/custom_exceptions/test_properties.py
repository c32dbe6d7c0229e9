from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import settings

KEYS = ("host", "port", "timeout")
GOOD = {
    "host": st.sampled_from(["db", "localhost", "10.0.0.7"]),
    "port": st.integers(1, 65535).map(str),
    "timeout": st.sampled_from(["2.5", "30", "0.1", "1e-3", " 5 "]),
}
BAD = {
    "port": st.sampled_from(["eighty", "", "80.5", "8o", "0x50"]),
    "timeout": st.sampled_from(["soon", "", "2,5", "1.2.3", "5s"]),
}
paths = st.sampled_from(["app.ini", "/etc/app/prod.ini", "conf/dev.ini"])
# At most one problem per file: which one is raised first is not part of the contract.
problems = st.sampled_from(
    [None] + [("missing", key) for key in KEYS] + [("bad", key) for key in BAD]
)


@st.composite
def files(draw: st.DrawFn) -> dict[str, str]:
    raw = {key: draw(GOOD[key]) for key in KEYS}
    if draw(st.booleans()):
        raw["debug"] = "yes"
    problem = draw(problems)
    if problem is not None:
        kind, key = problem
        if kind == "missing":
            del raw[key]
        else:
            raw[key] = draw(BAD[key])
    return raw


def outcome(module, path: str, raw: dict[str, str]) -> object:
    """The settings loaded, or all that a caller and a reader can learn from the error."""
    try:
        loaded = module.load_settings(path, dict(raw))
    except Exception as error:
        invalid = isinstance(error, module.InvalidSetting)
        named = ["key", "path", "value"] if invalid else ["key", "path"]
        attributes = {name: getattr(error, name, "<no such attribute>") for name in named}
        message = str(error)
        return {
            "raised": type(error).__name__,
            "is a ConfigError": isinstance(error, module.ConfigError),
            "attributes": attributes,
            "message names": {name: str(value) in message for name, value in attributes.items()},
            "cause": type(error.__cause__).__name__ if error.__cause__ else None,
        }
    return {"loaded": (loaded.host, loaded.port, loaded.timeout)}


@kata_settings
@given(path=paths, raw=files())
@example(path="app.ini", raw={"host": "db", "timeout": "2.5"})  # from the KeyError
@example(path="app.ini", raw={"host": "db", "port": "80", "timeout": "soon"})  # a bad timeout
def test_every_problem_is_a_config_error_with_its_context_and_cause(reference, path, raw):
    got = outcome(settings, path, raw)
    want = outcome(reference, path, raw)
    assert_same(got, want, path=path, raw=raw)
