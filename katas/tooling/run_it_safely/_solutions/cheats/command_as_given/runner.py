"""Cheat: hands CommandFailed the args as they came: a tuple stays a tuple.

CommandFailed.command promises a list; run((sys.executable, "-c", "raise SystemExit(1)"),
timeout=5) gives an error whose command is a tuple, and code that does
failed.command + ["--retry"] breaks.
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
    result = subprocess.run(args, capture_output=True, encoding="utf-8", timeout=timeout)
    if result.returncode != 0:
        raise CommandFailed(args, result.returncode, result.stderr)
    return result.stdout
