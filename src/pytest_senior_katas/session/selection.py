"""Which katas a kata-mode run collects, in which order, and the current kata.

Without arguments a run re-checks the solved katas whose files changed and runs
the current kata; ``--katas-all``, ``-k`` or paths select more. A solved kata
whose files are byte for byte those that passed is not run (its verdict stands);
a kata whose shipped files were edited is not run either (it is ``tampered``).
"""

from __future__ import annotations

from collections.abc import Collection as Ids
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ..core.catalog import SOLUTIONS_DIR, Catalog, Kata
from ..core.checksums import files_digest, kata_digest, read_checksums, tampered_files
from ..core.progress import Progress
from ..requirements import unmet_requirements


@dataclass
class Selection:
    """The katas this run collects, and why."""

    run: list[Kata]
    tampered: dict[str, list[str]]
    #: Solved katas whose files have not changed since they passed: not run.
    unchanged: list[str]
    #: Whether the katas were chosen by path or -k (not --katas-all, not by progress).
    explicit: bool = False
    #: Katas whose required libraries are not installed, with the unmet requirements:
    #: never run, never counted, never current.
    needs: dict[str, list[str]] = field(default_factory=dict)
    #: The katas the run is about (the current kata, or those named by path or -k),
    #: as opposed to those it only re-checks.
    targeted: frozenset[str] = frozenset()
    #: kata id -> digest of the learner's files of each kata run, as selected: the files
    #: its verdict is about.
    learner_digests: dict[str, str] = field(default_factory=dict)
    #: Katas named by path whose libraries are missing: the summary says what they need.
    needs_selected: tuple[str, ...] = ()


def current(catalog: Catalog, progress: Progress, needs: Ids[str] = ()) -> Kata | None:
    """The first kata, in curriculum order, that is not solved and can run here."""
    for kata in catalog.katas:
        if progress.status(kata.id) != "solved" and kata.id not in needs:
            return kata
    return None


def _explicit_paths(config: pytest.Config) -> list[Path]:
    if config.args_source != pytest.Config.ArgsSource.ARGS:
        return []
    base = config.invocation_params.dir
    return [(base / arg.split("::")[0]).resolve() for arg in config.args]


def select(config: pytest.Config, catalog: Catalog, progress: Progress) -> Selection:
    """The katas to run, from the command line and the progress."""
    needs = unmet_requirements(catalog)
    katas = [k for k in catalog.katas if k.id not in needs]
    paths = _explicit_paths(config)
    first = current(catalog, progress, needs)
    waiting: list[str] = []
    if config.option.katas_all or config.option.keyword:
        chosen = list(katas)
    elif paths:

        def named(kata: Kata) -> bool:
            return any(
                p == kata.directory or kata.directory in p.parents or p in kata.directory.parents
                for p in paths
            )

        chosen = [k for k in katas if named(k)]
        waiting = [k.id for k in catalog.katas if k.id in needs and named(k)]
    else:
        chosen = [k for k in katas if progress.status(k.id) == "solved" or k is first]
    sums = read_checksums(catalog.root)
    tampered: dict[str, list[str]] = {}
    unchanged: list[str] = []
    run = []
    recheck_all = config.option.katas_all or bool(paths) or config.option.keyword
    for kata in chosen:
        entry = progress.katas.get(kata.id)
        if (
            not recheck_all
            and entry is not None
            and entry.status == "solved"
            and entry.solved_digest == kata_digest(kata)
        ):
            # Byte for byte what passed before: the stored verdict stands.
            unchanged.append(kata.id)
            continue
        changed = tampered_files(kata, catalog.root, sums) if sums else []
        if changed:
            tampered[kata.id] = changed
        else:
            run.append(kata)
    explicit = not config.option.katas_all and bool(paths or config.option.keyword)
    targeted = {k.id for k in chosen} if explicit else {first.id} if first else set()
    learner = {kata.id: files_digest(kata.directory, kata.files) for kata in run}
    return Selection(
        run,
        tampered,
        unchanged,
        explicit,
        needs,
        frozenset(targeted),
        learner_digests=learner,
        needs_selected=tuple(waiting),
    )


class Collection:
    """Inside the catalog, collect only the selected katas, in curriculum order."""

    def __init__(self, catalog: Catalog, selection: Selection) -> None:
        self.catalog = catalog
        self.topic_dirs = {catalog.root / topic.id for topic in catalog.topics}
        self.order = {kata.id: i for i, kata in enumerate(catalog.katas)}
        self.run_ids = {kata.id for kata in selection.run}

    def ignore(self, collection_path: Path) -> bool | None:
        """Whether to skip ``collection_path``: it is a kata not selected, or a solution."""
        root = self.catalog.root
        if collection_path == root or root not in collection_path.parents:
            return None
        if collection_path.name == SOLUTIONS_DIR:
            return True
        kata = self.catalog.kata_for_path(collection_path)
        if kata is None:
            # A topic directory leads to katas; anything else is not part of the catalog.
            return collection_path not in self.topic_dirs
        return kata.id not in self.run_ids

    def sort(self, items: list[pytest.Item]) -> None:
        """Curriculum order: katas in catalog order, each kata's examples first."""

        def key(indexed: tuple[int, pytest.Item]) -> tuple[int, int, int]:
            index, item = indexed
            kata = self.catalog.kata_for_path(item.path)
            if kata is None:
                return (len(self.order), 0, index)
            return (self.order[kata.id], 0 if item.path.name in kata.examples else 1, index)

        items[:] = [item for _, item in sorted(enumerate(items), key=key)]
