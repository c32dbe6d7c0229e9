"""Run a program and get its output: the helper every deploy script grows.

run(args, timeout=...) runs the program args[0] with the arguments args[1:],
and returns what it wrote to its standard output:

    >>> run([sys.executable, "-c", "print('hello')"], timeout=5)
    'hello\\n'

The contract:

- args is a non-empty list or tuple of strings, left unmodified. Each
  argument reaches the program exactly as given, one argv entry each, however
  it looks: spaces, quotes, ';', '|', '$(...)', '*', a leading '-', an empty
  string, any unicode (never a NUL). Nothing is ever run by a shell.
- The result is the program's standard output, in full and as written (UTF-8
  text with "\\n" line ends): nothing stripped, nothing from standard error.
- A program that exits with a non-zero status (or is killed by a signal, a
  negative status as subprocess reports it) raises CommandFailed, whose
  command, returncode and stderr are the args (as a list), that status and
  everything the program wrote to its standard error.
- A program still running after `timeout` seconds is killed (and waited for,
  so it leaves nothing behind), and subprocess.TimeoutExpired is raised.
- A program that does not exist raises FileNotFoundError.
- Output of any size is read, however much the program writes to both
  streams.

Right now run() pastes the arguments into one string and hands it to a shell:
an argument with a space falls apart, one with `$(...)` or `;` runs code, the
exit status is ignored, standard error is lost, and a hung program hangs the
caller forever. Pass an argument list, check the status, keep the stderr,
apply the timeout.
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
    command = " ".join(args)  # TODO: a shell reads this string, and nothing checks the result
    result = subprocess.run(command, shell=True, capture_output=True, text=True)
    return result.stdout
