"""Blind cheat: only a positive exit status counts as failure; a program killed by a signal "succeeds".

Differs: run([sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"], timeout=5)
returns "" instead of raising CommandFailed(returncode=-9).
"""

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
    result = subprocess.run(
        list(args), capture_output=True, text=True, encoding="utf-8", timeout=timeout
    )
    if result.returncode > 0:
        raise CommandFailed(list(args), result.returncode, result.stderr)
    return result.stdout
