"""Blind cheat: still runs through a shell (shlex.join-quoted) and maps exit status 127 to FileNotFoundError.

Differs: run([sys.executable, "-c", "import sys; sys.exit(127)"], timeout=5) raises
FileNotFoundError instead of CommandFailed(returncode=127); a program killed by a
signal may be reported by the shell as 128+n instead of a negative status.
"""

import shlex
import subprocess
from collections.abc import Sequence


class CommandFailed(Exception):
    """The program exited with a non-zero status."""

    def __init__(self, command: list[str], returncode: int, stderr: str) -> None:
        super().__init__(f"{command[0]} exited with status {returncode}: {stderr.strip()}")
        self.command = command
        self.returncode = returncode
        self.stderr = stderr


def run(args: Sequence[str], *, timeout: float) -> str:
    command = shlex.join(args)  # quoted, so the shell cannot split or expand it
    result = subprocess.run(
        command, shell=True, capture_output=True, text=True, encoding="utf-8", timeout=timeout
    )
    if result.returncode == 127:
        raise FileNotFoundError(result.stderr.strip() or args[0])
    if result.returncode != 0:
        raise CommandFailed(list(args), result.returncode, result.stderr)
    return result.stdout
