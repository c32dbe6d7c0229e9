"""Reference: an argument list (no shell), the status checked, stderr kept, a timeout applied."""

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
    result = subprocess.run(command, capture_output=True, encoding="utf-8", timeout=timeout)
    if result.returncode != 0:
        raise CommandFailed(command, result.returncode, result.stderr)
    return result.stdout
