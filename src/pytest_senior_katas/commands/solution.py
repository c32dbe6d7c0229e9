"""``pytest --katas-solution ID``: the reference of a solved kata, and a diff against yours."""

from __future__ import annotations

import difflib

import pytest

from ..core import progress as progress_store
from ..options import state_path
from ..reference import reference_dir
from .common import find_kata, read_catalog, relative, terminal_writer


def solution(config: pytest.Config, kata_id: str) -> int:
    catalog = read_catalog(config)
    kata = find_kata(catalog, kata_id)
    loaded = progress_store.load(state_path(config), move_aside=False)
    entry = loaded.progress.katas.get(kata.id)
    if entry is None or entry.first_solved is None:
        raise pytest.UsageError(
            f"{kata.id} is not solved yet, so its solution stays hidden; "
            f"try pytest --katas-hint {kata.id}"
        )
    try:
        source = reference_dir(kata)
    except LookupError as e:
        raise pytest.UsageError(str(e)) from None
    tw = terminal_writer(config)
    for name in kata.files:
        reference = (source / name).read_text(encoding="utf-8")
        tw.sep("=", f"reference: {name}", bold=True)
        tw.write(reference if reference.endswith("\n") else reference + "\n")
        learner = kata.directory / name
        mine = learner.read_text(encoding="utf-8") if learner.is_file() else ""
        diff = list(
            difflib.unified_diff(
                mine.splitlines(keepends=True),
                reference.splitlines(keepends=True),
                fromfile=f"yours: {relative(config, learner)}",
                tofile=f"reference: {name}",
            )
        )
        tw.sep("-", "your solution -> the reference", bold=True)
        if not diff:
            tw.line("(identical)")
        for line in diff:
            text = line.rstrip("\n")
            if line.startswith("+") and not line.startswith("+++"):
                tw.line(text, green=True)
            elif line.startswith("-") and not line.startswith("---"):
                tw.line(text, red=True)
            else:
                tw.line(text)
    return 0
