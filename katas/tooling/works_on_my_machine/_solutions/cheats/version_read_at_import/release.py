"""Cheat: reads VERSION once, at import, from beside the module.

The path is right, but the version is frozen at import: a release bump while a
long-running build tool runs is missed, and VERSION_FILE pointed elsewhere
(a test's tmp_path) is never read.
"""

import os
from datetime import UTC, datetime
from pathlib import Path

VERSION_FILE = Path(__file__).with_name("VERSION")
VERSION = VERSION_FILE.read_text(encoding="utf-8").strip()


def artifact_name(built_at: int) -> str:
    stamp = datetime.fromtimestamp(built_at, tz=UTC).strftime("%Y%m%dT%H%MZ")
    build = os.environ.get("CI_BUILD_NUMBER")
    suffix = f"-b{build}" if build else ""
    return f"shop-{VERSION}-{stamp}{suffix}.tar.gz"
