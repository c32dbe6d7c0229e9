"""Cheat: changes into the module's directory so that Path("VERSION") works.

It finds the file, and leaves the whole process in another directory: the next
test (or the rest of the build script) resolves its own relative paths against
release.py's folder.
"""

import os
from datetime import UTC, datetime
from pathlib import Path

VERSION_FILE = Path("VERSION")


def artifact_name(built_at: int) -> str:
    os.chdir(Path(__file__).parent)
    version = VERSION_FILE.read_text().strip()
    stamp = datetime.fromtimestamp(built_at, tz=UTC).strftime("%Y%m%dT%H%MZ")
    build = os.environ.get("CI_BUILD_NUMBER")
    suffix = f"-b{build}" if build else ""
    return f"shop-{version}-{stamp}{suffix}.tar.gz"
