from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import settings


class Section(Mapping[str, str]):
    """A config section a parser reads lazily.

    It keeps every KeyError it raises, to check causes, and reading a key in
    `failing` raises that exception instead of giving the text.
    """

    def __init__(
        self, texts: dict[str, str], failing: dict[str, BaseException] | None = None
    ) -> None:
        self.texts = texts
        self.failing = failing or {}
        self.raised: list[KeyError] = []

    def __getitem__(self, key: str) -> str:
        if key in self.failing:
            raise self.failing[key]
        try:
            return self.texts[key]
        except KeyError:
            error = KeyError(key)
            self.raised.append(error)
            raise error from None

    def __contains__(self, key: object) -> bool:
        return key in self.texts

    def __iter__(self) -> Iterator[str]:
        return iter(self.texts)

    def __len__(self) -> int:
        return len(self.texts)


class ParserBug(Exception):
    """An error of the parser's own."""


#: What reading a key of a lazily read section may raise: never a KeyError, which means "missing".
READ_ERRORS: dict[str, Callable[[], BaseException]] = {
    "OSError": lambda: OSError(116, "Stale file handle"),
    "UnicodeDecodeError": lambda: UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    "ParserBug": lambda: ParserBug("unbalanced quotes"),
    "IndexError": lambda: IndexError("line 12 out of range"),
    "KeyboardInterrupt": KeyboardInterrupt,
    "SystemExit": lambda: SystemExit(3),
}


def rejected_by(convert: Callable[[str], object]) -> Callable[[str], bool]:
    def rejects(text: str) -> bool:
        try:
            convert(text)
        except ValueError:
            return True
        return False

    return rejects


KEYS = ("host", "port", "timeout")
GOOD = {
    "host": st.sampled_from(["db", "localhost", "10.0.0.7"]) | st.text(max_size=6),
    "port": st.sampled_from([" 80 ", "+80", "1_000", "٨٠", "-1", "0", "007", "\t443\n"])
    | st.integers().map(str),
    "timeout": st.sampled_from(
        ["2.5", "30", "0.1", "1e-3", " 5 ", "1_0.5", "-0", "inf", "nan", "٣"]
    )
    | st.floats().map(repr),
}
BAD = {
    "port": st.sampled_from(["eighty", "", "80.0", "8e1", "80.5", "inf", "0x50", "²", "1__0", " "])
    | st.text(max_size=4).filter(rejected_by(int)),
    "timeout": st.sampled_from(["soon", "", "2,5", "1.2.3", "5s", "0x10", "1e", "²", "in f"])
    | st.text(max_size=4).filter(rejected_by(float)),
}
paths = st.sampled_from(["app.ini", "/etc/app/prod.ini", "conf/dev.ini"]) | st.text(max_size=8)
# At most one problem per file: which one is raised first is not part of the contract.
problems = st.sampled_from(
    [None]
    + [("missing", key) for key in KEYS]
    + [("bad", key) for key in BAD]
    + [("not text", key) for key in BAD]
    + [("unreadable", key) for key in KEYS]
)
#: How a read error is chained: not at all, to a cause, or to a context.
CHAINS = ["plain", "cause", "context"]
#: Near misses and other keys a file may hold, which load_settings() ignores.
OTHER_KEYS = st.sampled_from(["debug", "Port", "PORT", "port ", "timeout_ms", "hosts"])
KINDS = {"dict": lambda texts: texts, "mappingproxy": MappingProxyType, "section": Section}


@st.composite
def files(draw: st.DrawFn) -> dict[str, object]:
    """A file: its kind of mapping, its texts, and what fails when reading a key, if anything."""
    raw: dict[str, object] = {key: draw(GOOD[key]) for key in KEYS}
    raw.update(draw(st.dictionaries(OTHER_KEYS, GOOD["port"] | BAD["port"], max_size=2)))
    kind = draw(st.sampled_from(sorted(KINDS)))
    failing = {}
    problem = draw(problems)
    if problem is not None:
        trouble, key = problem
        if trouble == "missing":
            del raw[key]
        elif trouble == "bad":
            raw[key] = draw(BAD[key])
        elif trouble == "not text":
            raw[key] = draw(st.sampled_from([None, ["80"]]))
        else:
            kind = "section"
            failing[key] = (
                draw(st.sampled_from(sorted(READ_ERRORS))),
                draw(st.sampled_from(CHAINS)),
            )
    return {"kind": kind, "texts": raw, "failing": failing}


def shown(value: object, message: str) -> bool:
    return str(value) in message or repr(value) in message


def outcome(module, path: str, raw: Mapping[str, str], planted: dict[str, BaseException]) -> object:
    """The settings loaded, or all that a caller and a reader can learn from the error."""
    try:
        loaded = module.load_settings(path, raw)
    except BaseException as error:  # the test must see Ctrl-C too, not be stopped by it
        if not isinstance(error, module.ConfigError):
            return not_a_config_error(error, planted)
        invalid = isinstance(error, module.InvalidSetting)
        named = ["key", "path", "value"] if invalid else ["key", "path"]
        attributes = {name: getattr(error, name, "<no such attribute>") for name in named}
        message = str(error)
        cause = error.__cause__
        if cause is None:
            cause_seen: object = None
        elif isinstance(raw, Section) and any(cause is e for e in raw.raised):
            cause_seen = "the very KeyError that reading raw[key] raised"
        else:
            cause_seen = {
                "type": type(cause).__name__,
                "args": cause.args if isinstance(cause, KeyError) else "...",
                "was raised": cause.__traceback__ is not None,
            }
        return {
            "raised": type(error).__name__,
            "is a ConfigError": isinstance(error, module.ConfigError),
            "attributes": attributes,
            "message names": {name: shown(value, message) for name, value in attributes.items()},
            "cause": cause_seen,
        }
    seen = {
        name: (type(getattr(loaded, name)).__name__, repr(getattr(loaded, name))) for name in KEYS
    }
    try:
        loaded.port = 0
    except AttributeError:
        frozen = True
    else:
        frozen = False
    return {"loaded": seen, "frozen": frozen}


def not_a_config_error(error: BaseException, planted: dict[str, BaseException]) -> str:
    """How an exception that is not a ConfigError reached the caller."""
    if error is planted.get("read error"):

        def which(other: BaseException | None) -> str:
            return (
                "none"
                if other is None
                else "the original"
                if other is planted["chained"]
                else repr(other)
            )

        return (
            f"raised the {type(error).__name__} that reading raw raised, "
            f"cause {which(error.__cause__)}, context {which(error.__context__)}"
        )
    # A bug in the caller may raise TypeError or AttributeError, as the code reads the text.
    return "raised an exception that is not a ConfigError"


def load_twice(module, path: str, file: dict[str, object]) -> object:
    texts = dict(file["texts"])
    planted: dict[str, BaseException] = {}
    failing = {}
    for key, (name, chain) in file["failing"].items():
        error = planted["read error"] = READ_ERRORS[name]()
        planted["chained"] = ConnectionResetError(104, "NFS server went away")
        if chain == "cause":
            error.__cause__ = planted["chained"]
        elif chain == "context":
            error.__context__ = planted["chained"]
        failing[key] = error
    mapping = Section(texts, failing) if failing else KINDS[file["kind"]](texts)
    first = outcome(module, path, mapping, planted)
    second = outcome(module, path, mapping, planted)
    return {"first": first, "second": second, "raw afterwards": dict(texts)}


@kata_settings
@given(path=paths, file=files())
@example(
    path="app.ini", file={"kind": "dict", "texts": {"host": "db", "timeout": "2.5"}, "failing": {}}
)  # from the KeyError
@example(
    path="app.ini",
    file={"kind": "section", "texts": {"host": "db", "timeout": "2.5"}, "failing": {}},
)  # that very KeyError
@example(
    path="app.ini",
    file={"kind": "dict", "texts": {"host": "db", "port": "80", "timeout": "soon"}, "failing": {}},
)  # a bad timeout too
@example(
    path="app.ini",
    file={"kind": "dict", "texts": {"host": "db", "port": "80.0", "timeout": "1"}, "failing": {}},
)  # int() says no
@example(
    path="app.ini",
    file={"kind": "dict", "texts": {"host": "db", "port": "eighty", "timeout": "1"}, "failing": {}},
)
@example(
    path="app.ini",
    file={
        "kind": "mappingproxy",
        "texts": {"host": "db", "port": "5432", "timeout": "2.5"},
        "failing": {},
    },
)  # raw is left alone
@example(
    path="app.ini",
    file={"kind": "dict", "texts": {"host": "db", "port": None, "timeout": "1"}, "failing": {}},
)  # a bug, not a bad file
@example(
    path="app.ini",
    file={
        "kind": "section",
        "texts": {"host": "db", "port": "80", "timeout": "1"},
        "failing": {"port": ("OSError", "cause")},
    },
)
def test_every_problem_is_a_config_error_with_its_context_and_cause(reference, path, file):
    got = load_twice(settings, path, file)
    want = load_twice(reference, path, file)
    assert_same(got, want, path=path, file=file)
