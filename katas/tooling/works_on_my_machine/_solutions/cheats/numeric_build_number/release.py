"""Cheat: treats the build number as an int, 0 meaning "no build".

int(os.environ.get("CI_BUILD_NUMBER") or 0): build "0" loses its suffix, and a
CI system whose build ids are not digits ("812-rc", "a1b2") crashes the build.
"""

import os
from datetime import UTC, datetime
from pathlib import Path

VERSION_FILE = Path(__file__).with_name("VERSION")


def artifact_name(built_at: int) -> str:
    version = VERSION_FILE.read_text().strip()
    stamp = datetime.fromtimestamp(built_at, tz=UTC).strftime("%Y%m%dT%H%MZ")
    number = int(os.environ.get("CI_BUILD_NUMBER") or 0)
    suffix = f"-b{number}" if number else ""
    return f"shop-{version}-{stamp}{suffix}.tar.gz"
