"""Alternative: os.path and time.gmtime, the pieces named in helpers."""

import os
import time

VERSION_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "VERSION")


def _version() -> str:
    with open(VERSION_FILE, encoding="utf-8") as f:
        return f.read().strip()


def _utc_stamp(built_at: int) -> str:
    return time.strftime("%Y%m%dT%H%M", time.gmtime(built_at)) + "Z"


def _build_suffix() -> str:
    build = os.getenv("CI_BUILD_NUMBER", "")
    return "-b" + build if build != "" else ""


def artifact_name(built_at: int) -> str:
    return "shop-" + "-".join([_version(), _utc_stamp(built_at)]) + _build_suffix() + ".tar.gz"
