"""Reference: the file found from __file__, the stamp in UTC, the environment read per call."""

import os
from datetime import UTC, datetime
from pathlib import Path

VERSION_FILE = Path(__file__).with_name("VERSION")


def artifact_name(built_at: int) -> str:
    version = VERSION_FILE.read_text(encoding="utf-8").strip()
    stamp = datetime.fromtimestamp(built_at, tz=UTC).strftime("%Y%m%dT%H%MZ")
    build = os.environ.get("CI_BUILD_NUMBER")
    suffix = f"-b{build}" if build else ""
    return f"shop-{version}-{stamp}{suffix}.tar.gz"
