from hypothesis import example, given
from hypothesis import strategies as st
from packaging.markers import default_environment
from packaging.specifiers import InvalidSpecifier, SpecifierSet

from pytest_senior_katas.kata import assert_same, kata_settings

from . import resolver


def environment(python: str, patch: int, platform: str, implementation: str) -> dict[str, str]:
    """A complete marker environment, none of it taken from the interpreter running the tests."""
    system, os_name = {"linux": ("Linux", "posix"), "darwin": ("Darwin", "posix")}.get(
        platform, ("Windows", "nt")
    )
    full = f"{python}.{patch}"
    return default_environment() | {
        "python_version": python,
        "python_full_version": full,
        "implementation_version": full,
        "implementation_name": implementation,
        "platform_python_implementation": {"cpython": "CPython", "pypy": "PyPy"}[implementation],
        "sys_platform": platform,
        "platform_system": system,
        "os_name": os_name,
        "platform_machine": "x86_64",
        "platform_release": "6.1.0",
        "platform_version": "#1 SMP",
    }


# 3.10 and later compare wrongly as text; the running interpreter is one of them, or not.
pythons = st.sampled_from(["3.8", "3.9", "3.10", "3.11", "3.12", "3.13"])
environments = st.builds(
    environment,
    pythons,
    st.integers(0, 20),
    st.sampled_from(["linux", "darwin", "win32"]),
    st.sampled_from(["cpython", "pypy"]),
)

numbers = st.integers(0, 12)
releases = st.lists(numbers, min_size=1, max_size=3).map(lambda parts: ".".join(map(str, parts)))
pre_parts = st.sampled_from(["a", "b", "rc", "-rc", ".RC", "alpha", "c"]).flatmap(
    lambda tag: st.integers(0, 3).map(lambda n: f"{tag}{n}")
)
suffixes = st.lists(
    st.sampled_from(["", ".post1", "-post2", ".dev0", ".dev3", "+local", "+ubuntu.1"]) | pre_parts,
    max_size=2,
).map("".join)


@st.composite
def versions(draw: st.DrawFn) -> str:
    text = draw(releases) + draw(suffixes)
    prefix = draw(st.sampled_from(["", "", "", "v", "1!"]))
    return prefix + text


invalid = st.sampled_from(["latest", "", "dev-main", "1.0.x", "1..2", "nightly", "2.0-final-fix"])
listings = st.lists(versions() | invalid, max_size=10)
# Spellings of the same version: which of them is returned?
SAME = [["1.0", "1.0.0", "v1.0"], ["2.0rc1", "2.0-RC1", "2.0c1"], ["1.4.post1", "1.4-1"]]


@st.composite
def specifiers(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        op = draw(st.sampled_from(["==", "!=", ">=", "<=", ">", "<", "~=", "==*", "!=*", "==="]))
        version = draw(versions())
        if op.endswith("*"):
            version, op = draw(releases) + ".*", op[:2]
        elif op == "~=":
            version = draw(releases) + draw(st.sampled_from(["", ".0", ".4"])) + ".1"
        parts.append(f"{op}{version}")
    text = ",".join(parts)
    try:
        SpecifierSet(text)
    except InvalidSpecifier:
        return ""
    return text


markers = st.sampled_from(
    [
        "",
        "python_version < '3.10'",
        "python_version >= '3.10'",
        "python_version > '3.9'",
        "python_full_version >= '3.11.4'",
        "python_version == '3.8' or python_version == '3.12'",
        "sys_platform == 'win32'",
        "sys_platform != 'win32' and implementation_name == 'cpython'",
        "platform_system == 'Darwin'",
        "os_name == 'posix' and python_version in '3.8 3.9'",
        "implementation_name == 'pypy'",
    ]
)
names = st.sampled_from(["lib", "Shop_Utils", "zope.interface", "requests[socks]", "a-b.c"])


@st.composite
def requirements(draw: st.DrawFn) -> str:
    name, spec, marker = draw(names), draw(specifiers()), draw(markers)
    space = draw(st.sampled_from(["", " "]))
    return f"{name}{space}{spec}" + (f"; {marker}" if marker else "")


def outcome(pick, available, requirement, env, pre):
    """What pick_version answered, and the listing after the call."""
    listing = list(available)
    try:
        answer: object = ("picked", pick(listing, requirement, env, pre=pre))
    except LookupError as error:
        answer = ("raised", type(error).__name__, isinstance(error, LookupError))
    return answer, listing


@kata_settings
@given(
    available=listings,
    requirement=requirements(),
    env=environments,
    pre=st.booleans(),
)
@example(
    available=["1.9", "1.10"],
    requirement="lib",
    env=environment("3.9", 0, "linux", "cpython"),
    pre=False,
)
@example(
    available=["0.9", "2.0b1"],
    requirement="lib>=1.0",
    env=environment("3.9", 0, "linux", "cpython"),
    pre=False,
)
@example(
    available=["2.0rc1", "1.9"],
    requirement="lib<2.0",
    env=environment("3.9", 0, "linux", "cpython"),
    pre=True,
)
@example(
    available=["1.0.dev1", "0.9"],
    requirement="lib",
    env=environment("3.9", 0, "linux", "cpython"),
    pre=False,
)
@example(
    available=["1.0", "latest"],
    requirement="lib",
    env=environment("3.9", 0, "linux", "cpython"),
    pre=False,
)
@example(
    available=["1.0.0", "1.0"],
    requirement="lib",
    env=environment("3.9", 0, "linux", "cpython"),
    pre=False,
)
@example(
    available=["v2.1"],
    requirement="lib>=2",
    env=environment("3.9", 0, "linux", "cpython"),
    pre=False,
)
@example(
    available=["1.0"],
    requirement="lib; python_version < '3.10'",
    env=environment("3.12", 0, "linux", "cpython"),
    pre=False,
)
@example(
    available=["1.0"],
    requirement="lib; python_version >= '3.10'",
    env=environment("3.9", 0, "linux", "cpython"),
    pre=False,
)
@example(
    available=["1.0"],
    requirement="lib; sys_platform == 'win32'",
    env=environment("3.11", 0, "win32", "cpython"),
    pre=False,
)
@example(
    available=[],
    requirement="lib; sys_platform == 'win32'",
    env=environment("3.11", 0, "linux", "cpython"),
    pre=False,
)
@example(
    available=["1.4+local", "1.4"],
    requirement="lib==1.4",
    env=environment("3.9", 0, "linux", "cpython"),
    pre=False,
)
@example(
    available=["1.4.post1", "1.4"],
    requirement="lib>1.4",
    env=environment("3.9", 0, "linux", "cpython"),
    pre=False,
)
@example(
    available=["1.4", "1.4.post1"],
    requirement="lib",
    env=environment("3.9", 0, "linux", "cpython"),
    pre=False,
)
@example(
    available=["2.1"],
    requirement="lib; platform_system == 'Darwin'",
    env=environment("3.12", 0, "darwin", "cpython"),
    pre=False,
)
def test_the_version_pip_would_pick(reference, available, requirement, env, pre):
    want = outcome(reference.pick_version, available, requirement, env, pre)
    got = outcome(resolver.pick_version, available, requirement, env, pre)
    assert_same(got, want, available=available, requirement=requirement, env=env, pre=pre)


@kata_settings
@given(
    spellings=st.lists(st.sampled_from(SAME), min_size=1, max_size=3).map(
        lambda groups: [v for group in groups for v in group]
    ),
    order=st.randoms(use_true_random=False),
    pre=st.booleans(),
)
@example(spellings=["1.0.0", "1.0", "v1.0"], order=None, pre=False)
def test_among_equal_versions_the_first_listed_is_returned(reference, spellings, order, pre):
    listing = list(spellings)
    if order is not None:
        order.shuffle(listing)
    env = environment("3.11", 0, "linux", "cpython")
    want = outcome(reference.pick_version, listing, "lib", env, pre)
    got = outcome(resolver.pick_version, listing, "lib", env, pre)
    assert_same(got, want, available=listing, pre=pre)


@kata_settings
@given(available=listings, requirement=requirements(), env=environments, pre=st.booleans())
@example(
    available=["1.0", "2.0"],
    requirement="lib",
    env=environment("3.9", 0, "linux", "cpython"),
    pre=False,
)
def test_a_one_shot_iterator_is_read_once(reference, available, requirement, env, pre):
    def answer(pick, given):
        try:
            return ("picked", pick(given, requirement, env, pre=pre))
        except LookupError as error:
            return ("raised", type(error).__name__)

    want = answer(reference.pick_version, list(available))
    got = answer(resolver.pick_version, iter(list(available)))
    assert_same(got, want, available=available, requirement=requirement, pre=pre)
