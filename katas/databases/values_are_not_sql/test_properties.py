import sqlite3
from contextlib import closing

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import users as learner

# Values a user can type that mean something to SQL, to LIKE or GLOB, or to
# case folding, beside ordinary text of any script (no NUL: outside the contract).
TRICKY = [
    "",
    " ",
    "Ann",
    "ann",
    "ANN",
    "Ann ",
    "O'Brien",
    "''",
    "'",
    '"',
    'Dwayne "The Rock" Johnson',
    "name",
    "email",
    "x' OR '1'='1",
    "Ann' --",
    "'; DROP TABLE users; --",
    "/*",
    "\\",
    "\\'",
    "%",
    "50% off",
    "500 club",
    "_",
    "a_b",
    "axb",
    "*",
    "?",
    "[a]",
    "a",
    "Zoë",
    "Zoe\u0308",
    "ß",
    "SS",
    "İstanbul",
    "istanbul",
    "李",
    "\U0001d518nicode",
    "tab\there",
    "new\nline",
]
text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=6)
values = st.sampled_from(TRICKY) | text
ids = st.integers(min_value=-(2**63), max_value=2**63 - 1)


@st.composite
def sessions(draw):
    """Users to add, then calls made through one of two Users on the same connection.

    A call is ("find", name), ("prefix", prefix) or ("rename", id, name); ids
    are mostly ids that exist (given by position), sometimes any int.
    """
    people = draw(st.lists(st.tuples(values, values), max_size=6))
    names = [name for name, _ in people]
    known = st.sampled_from(names) if names else values
    prefixes = st.builds(lambda name, cut: name[:cut], known, st.integers(0, 6)) | values
    call = st.one_of(
        st.tuples(st.just("find"), known | values),
        st.tuples(st.just("prefix"), prefixes),
        st.tuples(st.just("rename"), st.integers(0, 7) | ids, values),
    )
    return people, draw(st.lists(st.tuples(st.integers(0, 1), call), min_size=1, max_size=8))


def shown(found):
    """A list of users as plain tuples, with the type of each field."""
    return [(type(user.id).__name__, user.id, user.name, user.email) for user in found]


def replay(module, people, calls):
    """Run a session on a fresh database: what each call returned, and the table after."""
    with closing(sqlite3.connect(":memory:")) as connection:
        module.create_table(connection)
        two = [module.Users(connection), module.Users(connection)]
        added = [two[n % 2].add(name, email) for n, (name, email) in enumerate(people)]
        answers = [shown(added)]
        for which, (action, *arguments) in calls:
            users = two[which]
            try:
                if action == "find":
                    answers.append(shown(users.find_by_name(*arguments)))
                elif action == "prefix":
                    answers.append(shown(users.names_starting_with(*arguments)))
                else:
                    user_id, name = arguments
                    if 0 <= user_id < len(added):
                        user_id = added[user_id].id
                    done = users.rename(user_id, name)
                    answers.append((type(done).__name__, done))
            except Exception as error:  # the summary shows what went wrong where
                answers.append(f"raised {type(error).__name__}: {error}")
        table = connection.execute("SELECT id, name, email FROM users ORDER BY id").fetchall()
    return {"answers": answers, "table after": table}


@settings(parent=kata_settings, max_examples=60)  # two fresh databases per example
@given(session=sessions())
@example(session=([("Ann", "a"), ("anna", "b")], [(0, ("prefix", "Ann"))]))
@example(session=([("a_b", "a"), ("axb", "b")], [(0, ("prefix", "a_"))]))
@example(session=([("50% off", "a"), ("500 club", "b")], [(0, ("prefix", "50%"))]))
@example(session=([("Ann", "a"), ("ann", "b")], [(0, ("find", "ann"))]))
@example(session=([("name", "a"), ("Bob", "b")], [(0, ("find", "name"))]))
@example(session=([("Ann", "a"), ("Bob", "b")], [(0, ("rename", 0, 'x" --'))]))
@example(session=([(" Ann ", "a")], [(0, ("find", " Ann "))]))
@example(
    session=([("Ann", "a")], [(0, ("find", "Ann")), (1, ("rename", 0, "Bo")), (0, ("find", "Ann"))])
)
@example(session=([("", ""), ("", "")], [(0, ("find", ""))]))  # added through two Users
@example(
    session=(
        [("a*", "a"), ("ab", "b"), ("a?", "c")],
        [(0, ("prefix", "a*")), (0, ("prefix", "a?"))],
    )
)
def test_every_value_is_stored_and_compared_exactly(reference, session):
    people, calls = session
    assert_same(replay(learner, people, calls), replay(reference, people, calls), session=session)


# Every character that means something to LIKE, GLOB, ESCAPE or a string literal,
# beside letters in both cases: short names and prefixes made only of them.
SPECIAL = st.text(alphabet="%_*?[]^\\'\"aAß -", max_size=4)


@settings(parent=kata_settings, max_examples=60)  # a fresh database per example
@given(names=st.lists(SPECIAL, max_size=6), probes=st.lists(SPECIAL, min_size=1, max_size=4))
@example(names=["a\\b", "a%b"], probes=["a\\"])  # the escape character itself
@example(names=["[a]", "a"], probes=["["])
def test_names_and_prefixes_are_plain_text(names, probes):
    with closing(sqlite3.connect(":memory:")) as connection:
        learner.create_table(connection)
        users = learner.Users(connection)
        added = [users.add(name, f"{n}@example.com") for n, name in enumerate(names)]
        got = {
            probe: {
                "find_by_name": shown(users.find_by_name(probe)),
                "names_starting_with": shown(users.names_starting_with(probe)),
            }
            for probe in probes
        }
    want = {
        probe: {
            "find_by_name": shown([user for user in added if user.name == probe]),
            "names_starting_with": shown([user for user in added if user.name.startswith(probe)]),
        }
        for probe in probes
    }
    assert_same(got, want, names=names, probes=probes)
