from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .flags import parse_flags

# Whitespace that str.strip() removes, ASCII and not.
spaces = st.text(alphabet=" \t\n\u00a0\u2003\u3000", max_size=2)
names = st.sampled_from(["new_checkout", "max_retries", "banner", "token", "", "a b"])
names |= st.text(alphabet=st.characters(exclude_characters=";="), max_size=6)
# Values that are numbers, values that only look like numbers, and text with "=" in it.
values = st.sampled_from(
    [
        "0",
        "007",
        "42",
        "9876543210",
        "-1",
        "+1",
        "1.5",
        "1_000",
        "1e3",
        "²",
        "٣",
        "\uff11\uff12",
        "0x1",
    ]
)
values |= st.sampled_from(["", "YWJjZA==", "a=b", "==", "Spring sale", "true", "None"])
values |= st.text(alphabet="0123456789", min_size=1, max_size=30)
values |= st.text(alphabet=st.characters(exclude_characters=";"), max_size=8)


@st.composite
def flag(draw: st.DrawFn) -> str:
    """One flag as a person types it: bare, with a value, or nothing at all."""
    kind = draw(st.sampled_from(["bare", "valued", "valued", "empty"]))
    if kind == "empty":
        return draw(spaces)
    name = draw(names)
    if kind == "bare":
        return draw(spaces) + name + draw(spaces)
    return draw(spaces) + name + draw(spaces) + "=" + draw(spaces) + draw(values) + draw(spaces)


flag_texts = st.lists(flag(), max_size=6).map(";".join)
flag_texts |= st.text(alphabet=" ;=a0²\t", max_size=12) | st.text(max_size=12)


def read(parse: Callable[[str], object], text: str) -> object:
    """The flags in order, each with its type (True is not 1, 7 is not "7"), or the error."""
    try:
        flags = parse(text)
    except Exception as error:  # a crash is an answer the summary shows
        return f"raised {type(error).__name__}: {error}"
    if not isinstance(flags, dict):
        return f"returned a {type(flags).__name__}, not a dict"
    return [(name, type(value).__name__, value) for name, value in flags.items()]


@kata_settings
@given(text=flag_texts)
@example(text="max_retries=0")  # and/or: 0 is falsy
@example(text="banner=")  # `or True`: "" is falsy
@example(text="token=YWJjZA==")  # more than one "="
@example(text="")  # an unset variable
@example(text="beta;")  # a trailing separator
@example(text="level=²")  # isdigit() says yes, int() says no
@example(text="level=٣")  # isdigit() and int() both say yes; it is not 0 to 9
@example(text="n=9876543210")  # every digit once
@example(text="a = 1 ;\u3000b\u00a0")  # whitespace str.strip() removes
@example(text="=5; =; x=1=2")  # an empty name is a name
@example(text="beta; retries=1; beta=0")  # last value wins, first place kept
def test_flags_are_read_as_the_rules_say(reference, text):
    assert_same(read(parse_flags, text), read(reference.parse_flags, text), text=text)


@kata_settings
@given(texts=st.lists(flag_texts, min_size=2, max_size=4))
@example(texts=["beta", ""])
@example(texts=["retries=1", "retries=1"])
def test_each_call_reads_only_its_own_text(reference, texts):
    got = [read(parse_flags, text) for text in texts]
    want = [read(reference.parse_flags, text) for text in texts]
    assert_same(got, want, texts=texts)
