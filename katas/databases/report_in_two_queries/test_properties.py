import math
import random

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .report import author_report
from .test_examples import database, statements_run

text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=4)
# Names that repeat, differ only in case, or sort differently once case is ignored.
names = st.sampled_from(["Ann", "ann", "Bob", "Ann ", "Émile", "émile", "Zoë", ""]) | text
countries = st.sampled_from(["FR", "fr", "UK", "", "é"]) | text
titles = st.sampled_from(["Poems", "poems", "Essays", "Zebra", "Émaux", ""]) | text
years = st.sampled_from([1920, 1944, 2001]) | st.integers(-(2**31), 2**31)
ids = st.integers(-(2**62), 2**62)
# Sizes around the batches of 500 and the limit of 999 parameters.
LARGE = [499, 500, 501, 999, 1000, 1001, 1200]
TITLES = ["Poems", "Essays", "Ödes"]


def budget(authors_in_report: int) -> int:
    """1 statement for the authors and 1 per 500 of them (at least 1) for their books."""
    return 1 + max(1, math.ceil(authors_in_report / 500))


@st.composite
def histories(draw: st.DrawFn):
    """A few authors and books (duplicates, ties, unicode, any ids), the country asked, and
    the rows that arrive before it is asked again: new authors, new books for old and new."""
    country_pool = draw(st.lists(countries, min_size=1, max_size=3))
    title_pool = draw(st.lists(titles, min_size=1, max_size=3))
    year_pool = draw(st.lists(years, min_size=1, max_size=2))
    author_ids = draw(st.lists(ids, unique=True, max_size=13))
    book_ids = draw(st.lists(ids, unique=True, max_size=16))
    first, first_books = draw(st.integers(0, len(author_ids))), draw(st.integers(0, len(book_ids)))

    def author(author_id):
        return author_id, draw(names), draw(st.sampled_from(country_pool))

    def book(book_id, among):
        title = draw(st.sampled_from(title_pool) | titles)
        return book_id, draw(st.sampled_from(among)), title, draw(st.sampled_from(year_pool))

    authors = [author(i) for i in author_ids[:first]]
    later_authors = [author(i) for i in author_ids[first:]]
    old = [i for i, _, _ in authors]
    books = [book(i, old) for i in book_ids[:first_books]] if old else []
    later_books = [book(i, author_ids) for i in book_ids[first_books:]] if author_ids else []
    asked = draw(st.sampled_from(country_pool) | countries)
    return (authors, books, asked), (later_authors, later_books)


@st.composite
def large_libraries(draw: st.DrawFn):
    """Hundreds of authors of one country (around the batch sizes), built from a seed."""
    size, seed = draw(st.sampled_from(LARGE)), draw(st.integers(0, 2**32))
    rng = random.Random(seed)
    author_ids = rng.sample(range(-(10**6), 10**6), size + 20)
    pool = ["Ann", "ann", "Bob", "Émile", "Zoë", "Ünal", "bob"]
    authors = [(i, rng.choice(pool), "PL") for i in author_ids[:size]]
    authors += [(i, rng.choice(pool), "pl") for i in author_ids[size:]]
    book_ids = rng.sample(range(10**7), size * 2)
    books = [
        (
            i,
            rng.choice(author_ids),
            rng.choice(["Poems", "Essays", "Ödes"]),
            rng.choice([1990, 1991]),
        )
        for i in book_ids
        if rng.random() < 0.7
    ]
    return authors, books, "PL"


def judged(conn, country, reference):
    report, statements = statements_run(conn, lambda: author_report(conn, country))
    expected = reference.author_report(conn, country)
    allowed = budget(len(expected))
    got = {"report": report, "within the statement budget": len(statements) <= allowed}
    want = {"report": expected, "within the statement budget": True}
    return got, want, f"{len(statements)} statements (at most {allowed})"


@kata_settings
@given(history=histories())
@example(history=(([(1, "ann", "FR"), (2, "Bob", "FR")], [], "FR"), ([], [])))  # case in order
@example(  # books of the same year: by title
    history=(([(1, "Ann", "FR")], [(1, 1, "Zebra", 2001), (2, 1, "Apple", 2001)], "FR"), ([], []))
)
@example(history=(([(2, "Bob", "FR")], [], "FR"), ([(1, "Ann", "FR")], [(1, 1, "Poems", 2001)])))
@example(history=(([(1, "Ann", "UK")], [(10, 1, "", 2001)], "UK"), ([], [])))  # "" is a title
@example(  # two authors of one name: by id, whatever their books
    history=(
        ([(3, "Ann", "UK"), (7, "Ann", "UK")], [(1, 3, "A", 1999), (2, 7, "B", 1990)], "UK"),
        ([], []),
    )
)
def test_the_report_is_unchanged_in_a_few_statements(reference, history):
    """The same report, within the budget, and again after more rows arrived."""
    (authors, books, country), (later_authors, later_books) = history
    conn = database(authors, books)
    try:
        for when in ("first", "after more rows arrived"):
            if when != "first":
                conn.executemany("INSERT INTO authors VALUES (?, ?, ?)", later_authors)
                conn.executemany("INSERT INTO books VALUES (?, ?, ?, ?)", later_books)
            got, want, counted = judged(conn, country, reference)
            rows = {"authors": authors, "books": books, "later": (later_authors, later_books)}
            assert_same(got, want, **rows, country=country, asked=when, statements=counted)
    finally:
        conn.close()


@settings(parent=kata_settings, max_examples=12)  # hundreds of rows per example
@given(library=large_libraries())
@example(library=([(n, "Ann", "PL") for n in range(1001)], [(1, 5, "Poems", 1990)], "PL"))
def test_hundreds_of_authors_in_batches(reference, library):
    authors, books, country = library
    conn = database(authors, books)
    try:
        got, want, counted = judged(conn, country, reference)
        assert_same(
            got, want, authors=f"{len(authors)} authors", country=country, statements=counted
        )
    finally:
        conn.close()
