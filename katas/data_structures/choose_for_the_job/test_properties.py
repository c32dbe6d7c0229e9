from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .inventory import Inventory

# A few SKUs that come back often (two differ only in case), and now and then any str.
skus = st.sampled_from(["cup", "mug", "Tea", "tea"]) | st.text(max_size=4)
levels = st.just(0) | st.integers(0, 9) | st.integers(min_value=0)
deliveries = st.integers(1, 9) | st.integers(min_value=1)
shops = st.integers(0, 1)  # two shops, to see that they are independent
# A day at two shops: stocktakes (often 0), deliveries, and questions, in any order.
operations = st.lists(
    st.tuples(shops, st.just("set_level"), skus, levels)
    | st.tuples(shops, st.just("receive"), skus, deliveries)
    | st.tuples(shops, st.just("level"), skus)
    | st.tuples(shops, st.just("skus")),
    max_size=14,
)


def answers(make_shop, operations):
    """Run the operations on two fresh shops; return what each question answered."""
    shop_list = [make_shop(), make_shop()]
    answered = []
    for shop, name, *args in operations:
        result = getattr(shop_list[shop], name)(*args)
        if name == "level":
            answered.append((shop, result))
        elif name == "skus":
            answered.append((shop, list(result)))
            result.append("a caller's own note")  # the caller may change its list
            result.reverse()
    return answered


@kata_settings
@given(operations=operations)
@example(operations=[(0, "set_level", "mug", 0), (0, "receive", "tea", 1), (0, "skus")])
@example(operations=[(0, "level", "mug"), (0, "skus")])  # asking is not recording
@example(operations=[(0, "set_level", "mug", 0), (0, "skus")])  # an empty shelf is still stocked
@example(operations=[(0, "set_level", "mug", 1), (1, "skus")])  # another shop
@example(operations=[(0, "set_level", "mug", 1), (0, "skus"), (0, "skus")])  # the caller's list
@example(operations=[(0, "set_level", "mug", 1), (0, "set_level", "Tea", 2), (0, "skus")])
@example(operations=[(0, "set_level", "mug", 2**70), (0, "receive", "mug", 1), (0, "level", "mug")])
def test_every_question_gets_the_right_answer(reference, operations):
    got = answers(Inventory, operations)
    want = answers(reference.Inventory, operations)
    assert_same(got, want, operations=operations)
