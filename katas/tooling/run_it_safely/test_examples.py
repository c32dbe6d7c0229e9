import json
import subprocess
import sys

import pytest

from .runner import CommandFailed, run

# A tiny program that prints the arguments it received, as JSON.
SHOW_ARGS = "import json, sys; print(json.dumps(sys.argv[1:]))"


def test_a_program_s_output_is_returned():
    assert run([sys.executable, "-c", "print('hello')"], timeout=10) == "hello\n"


def test_each_argument_arrives_exactly_as_given():
    args = ["two words", "it's", '"quoted"', "", "-v", "naïve ☃"]
    output = run([sys.executable, "-c", SHOW_ARGS, *args], timeout=10)
    assert json.loads(output) == args


def test_shell_syntax_in_an_argument_is_never_run(tmp_path):
    marker = tmp_path / "pwned"
    args = [f"; touch {marker}", f"$(touch {marker})", f"`touch {marker}`", "*"]
    output = run([sys.executable, "-c", SHOW_ARGS, *args], timeout=10)
    assert json.loads(output) == args
    assert not marker.exists()


def test_a_failing_program_raises_with_its_exit_status_and_stderr():
    code = "import sys; sys.stderr.write('disk full\\n'); sys.exit(3)"
    with pytest.raises(CommandFailed) as failed:
        run([sys.executable, "-c", code], timeout=10)
    assert failed.value.returncode == 3
    assert failed.value.stderr == "disk full\n"
    assert "disk full" in str(failed.value)


def test_a_hung_program_is_stopped_by_the_timeout():
    with pytest.raises(subprocess.TimeoutExpired):
        run([sys.executable, "-c", "import time; time.sleep(5)"], timeout=0.5)


def test_a_missing_program_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        run([str(tmp_path / "no-such-program"), "--version"], timeout=10)
