"""One line saying why a test failed: what kata mode and the hidden runs both show."""

from __future__ import annotations

from typing import Any


def first_line(text: str, limit: int = 160) -> str:
    line = next((part.strip() for part in text.strip().splitlines() if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 3] + "..."


def failure_message(excinfo: Any) -> str:
    """An assertion speaks for itself; any other exception is named (``excinfo`` is a
    ``pytest.ExceptionInfo``)."""
    if excinfo.errisinstance(AssertionError) and str(excinfo.value).strip():
        return first_line(str(excinfo.value))
    return first_line(excinfo.exconly())
