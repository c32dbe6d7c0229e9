"""Blind cheat: still prefers a VERSION file in the current directory, falling back to the one beside release.py.

Input: chdir to a directory holding a VERSION file with "9.9.9":
artifact_name(0) says shop-9.9.9-... instead of the version beside release.py.
"""

import os
from datetime import UTC, datetime
from pathlib import Path

VERSION_FILE = Path(__file__).with_name("VERSION")


def artifact_name(built_at: int) -> str:
    local = Path("VERSION")  # a checkout's own VERSION wins, as on the laptop
    version = (local if local.is_file() else VERSION_FILE).read_text().strip()
    stamp = datetime.fromtimestamp(built_at, tz=UTC).strftime("%Y%m%dT%H%MZ")
    build = os.environ.get("CI_BUILD_NUMBER")
    suffix = f"-b{build}" if build else ""
    return f"shop-{version}-{stamp}{suffix}.tar.gz"
