"""Blind cheat: caches the version after the first call, so a changed VERSION file (or VERSION_FILE) is not re-read.

Input: artifact_name(0) with VERSION "2.4.1", then write "2.5.0" to VERSION_FILE:
artifact_name(0) still says shop-2.4.1-..., not shop-2.5.0-....
"""

import os
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

VERSION_FILE = Path(__file__).with_name("VERSION")


@cache
def _version() -> str:
    return VERSION_FILE.read_text().strip()


def artifact_name(built_at: int) -> str:
    version = _version()
    stamp = datetime.fromtimestamp(built_at, tz=UTC).strftime("%Y%m%dT%H%MZ")
    build = os.environ.get("CI_BUILD_NUMBER")
    suffix = f"-b{build}" if build else ""
    return f"shop-{version}-{stamp}{suffix}.tar.gz"
