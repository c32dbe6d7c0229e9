"""Blind cheat: strips CI_BUILD_NUMBER, so a whitespace value is dropped or changed instead of used as is.

Input: CI_BUILD_NUMBER=" 812" -> "...-b812.tar.gz" instead of "...-b 812.tar.gz";
CI_BUILD_NUMBER="  " -> no suffix, though the variable is set and not empty.
"""

import os
from datetime import UTC, datetime
from pathlib import Path

VERSION_FILE = Path(__file__).with_name("VERSION")


def artifact_name(built_at: int) -> str:
    version = VERSION_FILE.read_text().strip()
    stamp = datetime.fromtimestamp(built_at, tz=UTC).strftime("%Y%m%dT%H%MZ")
    build = os.environ.get("CI_BUILD_NUMBER", "").strip()
    suffix = f"-b{build}" if build else ""
    return f"shop-{version}-{stamp}{suffix}.tar.gz"
