"""Runs reviewers.py in fresh processes, one per PYTHONHASHSEED. The tests use it: do not edit."""

import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = """
import json, sys
from importlib import import_module
reviewers = import_module(sys.argv[1])
answers = []
for owners, author in json.loads(sys.stdin.read()):
    answers.append([reviewers.unique_owners(owners), reviewers.pick_reviewer(owners, author)])
print(json.dumps(answers))
"""


def answers_under_seed(
    reviewers: ModuleType, cases: list[tuple[list[str], str]], hash_seed: str
) -> list[list[object]]:
    """[unique_owners(owners), pick_reviewer(owners, author)] for each case, in a fresh process."""
    root = Path(reviewers.__file__).resolve().parents[2]  # the directory that holds the topic
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(root)}
    command = [sys.executable, "-B", "-c", SCRIPT, reviewers.__name__]
    done = subprocess.run(
        command, input=json.dumps(cases), env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def answers_under_seeds(
    reviewers: ModuleType, cases: list[tuple[list[str], str]], hash_seeds: list[str]
) -> dict[str, list[list[object]]]:
    return {seed: answers_under_seed(reviewers, cases, seed) for seed in hash_seeds}
