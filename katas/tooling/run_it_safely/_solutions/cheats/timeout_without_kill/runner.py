"""Blind cheat: Popen.communicate(timeout=) raises TimeoutExpired but the program is never killed.

Differs: run([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5) raises
TimeoutExpired while the child keeps running (still alive, never reaped) for 30 more seconds.
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
    proc = subprocess.Popen(
        list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8"
    )
    out, err = proc.communicate(timeout=timeout)
    if proc.returncode != 0:
        raise CommandFailed(list(args), proc.returncode, err)
    return out
