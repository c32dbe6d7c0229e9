from .search import by_rating, unique_hits


def test_each_hit_is_kept_once_where_it_first_appears():
    assert unique_hits([42, 42, 7, 19, 19]) == [42, 7, 19]


def test_hits_without_repeats_keep_their_order():
    assert unique_hits([5, 3, 9]) == [5, 3, 9]


def test_no_hits():
    assert unique_hits([]) == []


def test_the_best_rated_product_comes_first():
    assert by_rating([("mug", 3), ("pen", 5), ("cup", 4)]) == [("pen", 5), ("cup", 4), ("mug", 3)]


def test_equal_ratings_keep_their_relevance_order():
    assert by_rating([("cup", 4), ("pen", 5), ("mug", 4)]) == [("pen", 5), ("cup", 4), ("mug", 4)]
