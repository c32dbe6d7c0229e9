"""Cheat: when the program wrote nothing to stderr, puts its stdout in the error instead.

"Some tools print their errors to stdout": but CommandFailed.stderr promises
what the program wrote to its standard error, and a caller that logs or parses
it now gets a usage text or half a report.
"""

import subprocess
from collections.abc import Sequence


class CommandFailed(Exception):
    """The program exited with a non-zero status: its message names the program, the status
    and what the program wrote to stderr."""

    def __init__(self, command: list[str], returncode: int, stderr: str) -> None:
        super().__init__(f"{command[0]} exited with status {returncode}: {stderr.strip()}")
        self.command = command
        self.returncode = returncode
        self.stderr = stderr


def run(args: Sequence[str], *, timeout: float) -> str:
    command = list(args)
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise CommandFailed(command, result.returncode, result.stderr or result.stdout)
    return result.stdout
