from .tags import Tag


def test_a_set_keeps_one_tag_per_name():
    assert len({Tag("Python"), Tag("python"), Tag("PYTHON")}) == 1


def test_equal_tags_hash_alike():
    assert hash(Tag("Python")) == hash(Tag("python"))


def test_a_tag_is_found_in_a_set_by_its_equal():
    assert Tag("python") in {Tag("Python"), Tag("Go")}


def test_a_dict_counts_tags_by_name():
    counts: dict[Tag, int] = {}
    for name in ["Python", "go", "python", "PYTHON", "Go"]:
        counts[Tag(name)] = counts.get(Tag(name), 0) + 1
    assert counts == {Tag("python"): 3, Tag("go"): 2}


def test_tags_with_different_names_stay_apart():
    assert Tag("Python") != Tag("Go")
    assert len({Tag("Python"), Tag("Go")}) == 2


def test_the_color_plays_no_part_in_equality():
    assert Tag("Python", color="blue") == Tag("python")
