import pytest
from packaging.markers import default_environment

from .resolver import NoMatchingVersion, pick_version

SERVER = default_environment() | {
    "python_version": "3.9",
    "python_full_version": "3.9.18",
    "implementation_version": "3.9.18",
    "sys_platform": "linux",
    "platform_system": "Linux",
    "os_name": "posix",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
}


def test_versions_are_ordered_as_versions_not_as_text():
    assert pick_version(["1.9", "1.10", "1.2"], "shop-utils>=1.0", SERVER) == "1.10"


def test_compatible_release_stays_within_the_series():
    assert pick_version(["1.4.1", "1.4.2", "1.4.10", "1.5.0"], "lib~=1.4.2", SERVER) == "1.4.10"


def test_wildcards_and_exclusions():
    available = ["2.2.0", "2.3.0", "2.3.1", "2.4.0"]
    assert pick_version(available, "lib==2.3.*", SERVER) == "2.3.1"
    assert pick_version(available, "lib>=2,!=2.4.0", SERVER) == "2.3.1"


def test_pre_releases_only_when_asked_for():
    available = ["1.0", "2.0b1"]
    assert pick_version(available, "lib>=1.0", SERVER) == "1.0"
    assert pick_version(available, "lib>=1.0", SERVER, pre=True) == "2.0b1"
    assert pick_version(available, "lib>=2.0b1", SERVER) == "2.0b1"


def test_the_marker_is_judged_for_the_target_environment():
    requirement = "backports-zoneinfo>=0.2; python_version < '3.10'"
    assert pick_version(["0.2.1"], requirement, SERVER) == "0.2.1"
    laptop = SERVER | {"python_version": "3.12", "python_full_version": "3.12.1"}
    assert pick_version(["0.2.1"], requirement, laptop) is None


def test_nothing_matching_raises():
    with pytest.raises(NoMatchingVersion):
        pick_version(["1.0", "1.1"], "lib>=2", SERVER)
