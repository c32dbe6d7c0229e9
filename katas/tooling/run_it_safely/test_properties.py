import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import runner

# -I: no user site and no PYTHON* variables; -S: no site module, so it starts fast.
PYTHON = [sys.executable, "-I", "-S", "-c"]

# The generated program: prints its arguments (as JSON) or a given text, writes a given
# text to stderr, and ends with a given status, or is killed by a signal.
PROGRAM = """\
import json, os, signal, sys
how, out, err, status = sys.argv[1:5]
if how == "args":
    sys.stdout.write(json.dumps(sys.argv[5:]))
else:
    sys.stdout.buffer.write(bytes.fromhex(out))
sys.stderr.buffer.write(bytes.fromhex(err))
sys.stdout.flush()
sys.stderr.flush()
if status.startswith("signal"):
    os.kill(os.getpid(), getattr(signal, status.removeprefix("signal ")))
    signal.pause()
sys.exit(int(status))
"""

SHELL_SYNTAX = ["$(echo hi)", "`id`", "; echo x", "a | b", "&&", "*", "~", "$HOME", "'", '"']
SHELL_SYNTAX += ["\\", "-", "--help", "", " ", "\t", "\n", "a b", "${IFS}", "#", "!!", ">out"]
# Any text a program can receive as one argument: no NUL, no lone surrogate.
arg_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"))
arguments = st.lists(st.sampled_from(SHELL_SYNTAX) | arg_text, max_size=6)
# What a program writes: UTF-8 text with "\n" line ends, NUL and trailing spaces included.
written = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"))
statuses = st.sampled_from(["0", "1", "2", "127", "255"]) | st.integers(0, 255).map(str)
if sys.platform != "win32":
    statuses |= st.sampled_from(["signal SIGTERM", "signal SIGKILL", "signal SIGHUP"])
TIMEOUT = 60  # never reached: these programs end at once


def outcome(module, args, timeout=TIMEOUT):
    """What a caller of run() sees: the output, or the error and what it carries."""
    try:
        return ("returned", module.run(args, timeout=timeout))
    except module.CommandFailed as failed:
        same = type(failed.command) is list and failed.command == list(args)
        command = "the args, as a list" if same else f"{failed.command!r}, not the args as a list"
        return ("CommandFailed", failed.returncode, failed.stderr, message(failed), command)
    except Exception as error:
        return (type(error).__name__,)


def message(failed) -> dict[str, bool]:
    """What CommandFailed's message promises to name."""
    text = str(failed)
    return {
        "names the program": bool(failed.command) and str(failed.command[0]) in text,
        "names the status": str(failed.returncode) in text,
        "holds the stderr": str(failed.stderr).strip() in text,
        "reads as a sentence, not a tuple": not text.startswith(("(", "[")),
    }


def program(how, out, err, status, extra):
    return [*PYTHON, PROGRAM, how, out.encode().hex(), err.encode().hex(), status, *extra]


@settings(parent=kata_settings, max_examples=40)  # each example starts two Pythons
@given(
    how=st.sampled_from(["args", "text"]),
    out=written,
    err=written,
    status=statuses,
    extra=arguments,
    as_tuple=st.booleans(),
)
@example(how="args", out="", err="", status="0", extra=["$(echo hi)", "a b"], as_tuple=False)
@example(how="text", out="done\n\n  ", err="", status="0", extra=[], as_tuple=False)
@example(how="text", out="", err="warning\n", status="0", extra=[], as_tuple=False)
@example(
    how="text", out="partial", err="Killed\n", status="signal SIGKILL", extra=[], as_tuple=False
)
@example(how="text", out="usage: ...", err="", status="2", extra=[], as_tuple=False)
@example(how="text", out="", err="not found\n", status="127", extra=[], as_tuple=False)
@example(how="text", out="", err="boom", status="1", extra=[], as_tuple=True)
def test_a_program_is_run_as_given_and_its_ending_reported(
    reference, how, out, err, status, extra, as_tuple
):
    args = program(how, out, err, status, extra)
    if as_tuple:
        args = tuple(args)
    given_args = list(args)
    got = outcome(runner, args)
    assert_same(got, outcome(reference, args), out=out, err=err, status=status, extra=extra)
    assert_same(list(args), given_args, what="args after the call")


@settings(parent=kata_settings, max_examples=8)
@given(
    out_size=st.sampled_from([0, 70_000, 300_000]) | st.integers(0, 300_000),
    err_size=st.sampled_from([0, 70_000, 300_000]) | st.integers(0, 300_000),
    status=st.sampled_from(["0", "1"]),
)
@example(out_size=300_000, err_size=300_000, status="0")
@example(out_size=0, err_size=300_000, status="1")
def test_output_of_any_size_is_read(reference, out_size, err_size, status):
    code = (
        f"import sys; sys.stdout.write('o' * {out_size}); sys.stderr.write('e' * {err_size});"
        f" sys.exit({status})"
    )
    args = [*PYTHON, code]

    def sizes(result):
        return result[:1] + tuple(
            len(part) if isinstance(part, str) else part for part in result[1:]
        )

    # Writing 600 kB takes milliseconds: only a deadlock reaches the timeout.
    got = sizes(outcome(runner, args, timeout=5))
    want = sizes(outcome(reference, args, timeout=5))
    assert_same(got, want, out_size=out_size, err_size=err_size)


@settings(parent=kata_settings, max_examples=30)
@given(
    name=st.text(
        st.characters(whitelist_categories=("L", "N"), whitelist_characters="-_. "), min_size=1
    ),
    extra=arguments,
)
@example(name="git", extra=["status"])
def test_a_missing_program_raises_file_not_found(name, extra):
    with tempfile.TemporaryDirectory() as empty:
        missing = str(Path(empty) / name)
        assert_same(outcome(runner, [missing, *extra]), ("FileNotFoundError",), name=name)


def is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True  # still running, or a zombie nobody waited for


@pytest.mark.skipif(sys.platform == "win32", reason="checks the process by its pid")
def test_a_program_that_times_out_is_killed_and_waited_for(tmp_path):
    pid_file = tmp_path / "pid"
    code = (
        "import os, sys, time; open(sys.argv[1] + '.tmp', 'w').write(str(os.getpid()));"
        " os.replace(sys.argv[1] + '.tmp', sys.argv[1]); time.sleep(30)"
    )
    with pytest.raises(subprocess.TimeoutExpired):
        runner.run([*PYTHON, code, str(pid_file)], timeout=1.0)
    # On a busy machine the program may not have written its pid yet: give it time.
    for _ in range(100):
        if pid_file.exists():
            break
        time.sleep(0.05)
    if not pid_file.exists():
        return  # killed before it could write it
    pid = int(pid_file.read_text())
    left_running = is_running(pid)
    if left_running:
        os.kill(pid, signal.SIGKILL)
    assert not left_running, "the program was left running (or unreaped) after the timeout"


def test_the_timeout_given_is_the_one_applied():
    # A program that takes a moment, with time to spare: it must finish.
    code = "import time; time.sleep(0.6); print('finished')"
    assert_same(runner.run([*PYTHON, code], timeout=8), "finished\n", timeout=8)
