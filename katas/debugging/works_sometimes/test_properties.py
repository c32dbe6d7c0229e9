import random

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import reviewers
from .in_processes import answers_under_seeds
from .reviewers import pick_reviewer, unique_owners

# Names come back often (duplicates are the point), in other cases, with other
# letters and spaces, and "" is a name too.
pool = ["dana", "Dana", "ann", "bob", "chen", "émile", "Emile", "", " ", "ß", "ss", "1", "10"]
names = st.sampled_from(pool) | st.text(max_size=4)
owner_lists = st.lists(names, max_size=12)
shapes = st.sampled_from(["list", "tuple", "generator"])


def shaped(owners: list[str], shape: str):
    if shape == "tuple":
        return tuple(owners)
    if shape == "generator":
        return (name for name in owners)
    return list(owners)


@kata_settings
@given(owners=owner_lists, shape=shapes)
@example(owners=["b", "a", "b"], shape="list")  # sorted is stable, but not the first appearance
@example(owners=["x", "y", "x", "z"], shape="list")  # the last place is not the first
@example(owners=["Dana", "dana"], shape="list")  # case matters
@example(owners=["chen", "", "chen"], shape="list")  # "" is a name
@example(owners=["bob ", "bob"], shape="list")  # spaces are part of a name
@example(owners=["b", "a", "b"], shape="generator")  # read once
@example(owners=["a", "a", "b"], shape="list")  # the caller's list stays as it was
@example(owners=["Ann", "ann", "Bob"], shape="list")  # names are not renamed
def test_each_owner_once_at_its_first_place(reference, owners, shape):
    given_owners = shaped(owners, shape)
    got = unique_owners(given_owners)
    want = reference.unique_owners(list(owners))
    after = list(given_owners) if shape == "list" else owners
    assert_same(
        {"owners": got, "input afterwards": after},
        {"owners": want, "input afterwards": owners},
        owners=owners,
        shape=shape,
    )


@kata_settings
@given(owners=owner_lists, author=names, shape=shapes)
@example(owners=["b", "a"], author="x", shape="list")
@example(owners=["bob", "bob", "ann"], author="bob", shape="list")  # the author twice
@example(owners=["bob", "bob", "ann"], author="bob", shape="generator")
@example(owners=["", "ann"], author="bob", shape="list")  # "" is a name
@example(owners=[], author="bob", shape="list")
@example(owners=["Bob", "bob"], author="bob", shape="list")  # case matters
def test_the_first_owner_who_is_not_the_author(reference, owners, author, shape):
    given_owners = shaped(owners, shape)
    got = pick_reviewer(given_owners, author)
    want = reference.pick_reviewer(list(owners), author)
    after = list(given_owners) if shape == "list" else owners
    assert_same(
        {"reviewer": got, "input afterwards": after},
        {"reviewer": want, "input afterwards": owners},
        owners=owners,
        author=author,
    )


@kata_settings
@given(first=owner_lists, more=owner_lists, author=names)
@example(first=["a"], more=["b"], author="a")  # the same list, grown since the last call
def test_a_list_changed_between_calls_gets_a_fresh_answer(reference, first, more, author):
    owners = list(first)
    got = [unique_owners(owners), pick_reviewer(owners, author)]
    owners.extend(more)
    got += [unique_owners(owners), pick_reviewer(owners, author)]
    grown = first + more
    want = [reference.unique_owners(first), reference.pick_reviewer(first, author)]
    want += [reference.unique_owners(grown), reference.pick_reviewer(grown, author)]
    assert_same(got, want, first=first, more=more, author=author)


def hash_cases() -> list[tuple[list[str], str]]:
    """Fixed cases, and cases drawn from a seeded Random: the same ones in every run."""
    cases = [
        (["dana", "ann", "dana", "bob", "chen", "ann", "emeka"], "dana"),
        (["b", "a", "c"], "nobody"),
        (["Émile", "Emile", "emile", "Ada", "ada", "ADA"], "Émile"),
        (["", " ", "x", "X", "y", "Y"], ""),
    ]
    draw = random.Random(2024)
    for size in range(2, 22):
        owners = [draw.choice(pool[:7]) + draw.choice(["", "x", "é", "1"]) for _ in range(size)]
        cases.append((owners, draw.choice(owners)))
    return cases


def test_the_same_answers_in_every_process(reference):
    cases = hash_cases()
    want = [[reference.unique_owners(o), reference.pick_reviewer(o, a)] for o, a in cases]
    answers = answers_under_seeds(reviewers, cases, ["0", "1", "7", "42", "1234"])
    assert_same(
        answers,
        dict.fromkeys(answers, want),
        note="the answers depend on PYTHONHASHSEED, or are not the first appearance",
        cases=f"{len(cases)} cases from hash_cases()",
    )
