"""Blind cheat: waits for the program, then reads the pipes, which deadlocks once a pipe buffer fills.

Differs: run([sys.executable, "-c", "print('x' * 1_000_000)"], timeout=5) hangs until the
timeout and raises TimeoutExpired instead of returning the million x's.
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
    try:
        returncode = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
        raise
    out = proc.stdout.read()
    err = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    if returncode != 0:
        raise CommandFailed(list(args), returncode, err)
    return out
