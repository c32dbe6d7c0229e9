"""Alternative: Popen by hand, bytes decoded explicitly, the kill-and-reap written out."""

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


def _text(data: bytes) -> str:
    return data.decode("utf-8").replace("\r\n", "\n")


def run(args: Sequence[str], *, timeout: float) -> str:
    command = [*args]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = process.communicate(timeout=timeout)
    except BaseException:
        process.kill()
        process.communicate()
        raise
    if process.returncode:
        raise CommandFailed(command, process.returncode, _text(err))
    return _text(out)
