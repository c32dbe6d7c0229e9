import math

from .regression import first_bad


class Checkout:
    """A fake checkout test: every release from `broken_by` on is bad. It counts its calls."""

    def __init__(self, versions, broken_by):
        self.versions = versions
        self.bad_from = versions.index(broken_by) if broken_by is not None else len(versions)
        self.calls = 0

    def __call__(self, version):
        self.calls += 1
        return self.versions.index(version) >= self.bad_from


def nightly_builds(n):
    return [f"nightly-{i:04d}" for i in range(n)]


def test_finds_the_release_that_broke_checkout():
    versions = ["v2.13.0", "v2.13.1", "v2.14.0", "v2.14.1", "v2.15.0"]
    assert first_bad(versions, Checkout(versions, "v2.14.0")) == "v2.14.0"


def test_a_thousand_builds_take_at_most_eleven_probes():
    versions = nightly_builds(1000)
    checkout = Checkout(versions, "nightly-0700")
    assert first_bad(versions, checkout) == "nightly-0700"
    assert checkout.calls <= math.ceil(math.log2(1000)) + 1  # 11


def test_the_oldest_release_may_be_bad_already():
    versions = nightly_builds(8)
    checkout = Checkout(versions, "nightly-0000")
    assert first_bad(versions, checkout) == "nightly-0000"
    assert checkout.calls <= 4


def test_none_is_returned_when_every_release_is_good():
    versions = nightly_builds(8)
    checkout = Checkout(versions, None)
    assert first_bad(versions, checkout) is None
    assert checkout.calls <= 4


def test_a_single_release_takes_one_probe():
    checkout = Checkout(["v1.0.0"], "v1.0.0")
    assert first_bad(["v1.0.0"], checkout) == "v1.0.0"
    assert checkout.calls == 1
