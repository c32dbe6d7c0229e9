"""The name of the release tarball the build uploads, e.g. shop-2.4.1-20240315T2330Z-b812.tar.gz.

artifact_name(built_at) -> "shop-<version>-<stamp>[-b<build>].tar.gz":

    >>> artifact_name(1710545400)  # 2024-03-15 23:30:00 UTC, in build 812
    'shop-2.4.1-20240315T2330Z-b812.tar.gz'

The contract:

- built_at is a POSIX timestamp in whole seconds (an int, 0 to 2**33).
- <version> is the text of the file VERSION_FILE names, stripped of
  surrounding whitespace, read at each call. VERSION_FILE is the VERSION
  file that sits beside release.py, whatever the current directory is.
- <stamp> is built_at in UTC, as YYYYMMDDTHHMM followed by "Z", whatever
  the machine's time zone (TZ) is.
- -b<build> is there when the environment variable CI_BUILD_NUMBER is set
  and not empty at the time of the call, its value used as is; without it
  (a local build, a pull request) there is no suffix.
- The call changes nothing: not the environment, not the current directory,
  not the time zone. Calls in any order, with the environment changing in
  between, each see the environment of their own moment.

It passed on the laptop it was written on, and fails in CI: CI runs from
another directory, in UTC instead of Europe/Paris, and sets CI_BUILD_NUMBER
only after the module was imported. Make it hermetic: find the file from
release.py, not from the current directory; convert in UTC explicitly; read
the environment when it is needed.
"""

import os
from datetime import datetime
from pathlib import Path

VERSION_FILE = Path("VERSION")  # TODO: relative to whichever directory the run starts in
BUILD_NUMBER = os.environ.get("CI_BUILD_NUMBER")  # read once, at import


def artifact_name(built_at: int) -> str:
    version = VERSION_FILE.read_text().strip()
    stamp = datetime.fromtimestamp(built_at).strftime("%Y%m%dT%H%MZ")  # local time, says Z
    suffix = f"-b{BUILD_NUMBER}" if BUILD_NUMBER else ""
    return f"shop-{version}-{stamp}{suffix}.tar.gz"
