from . import reviewers
from .in_processes import answers_under_seeds
from .reviewers import pick_reviewer, unique_owners

TEAM = ["dana", "ann", "dana", "bob", "chen", "ann", "emeka"]


def test_each_owner_appears_once_where_it_first_appears():
    assert unique_owners(TEAM) == ["dana", "ann", "bob", "chen", "emeka"]


def test_the_first_owner_who_is_not_the_author_reviews():
    assert pick_reviewer(TEAM, author="dana") == "ann"


def test_nobody_reviews_their_own_change():
    assert pick_reviewer(["bob", "bob"], author="bob") is None


def test_owners_read_from_a_generator_work_too():
    assert unique_owners(name for name in ["chen", "bob", "chen"]) == ["chen", "bob"]


def test_the_same_reviewer_in_every_process():
    cases = [(TEAM, "dana"), (["zoe", "yusuf", "xia", "will"], "nobody")]
    answers = answers_under_seeds(reviewers, cases, ["0", "1", "2", "3", "4", "5"])
    expected = [
        [["dana", "ann", "bob", "chen", "emeka"], "ann"],
        [["zoe", "yusuf", "xia", "will"], "zoe"],
    ]
    assert answers == dict.fromkeys(answers, expected)
