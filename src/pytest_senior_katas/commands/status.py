"""``pytest --katas-status`` (``=json``): every kata's status; runs no tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ..core import progress as progress_store
from ..core.catalog import Catalog
from ..core.render import calendar, days, solves_per_day, symbols_for
from ..options import state_path
from ..requirements import install_command, unmet_requirements
from .common import checked_today, read_catalog, terminal_writer


def status_json(
    catalog: Catalog, progress: progress_store.Progress, root: Path, on: Any
) -> dict[str, Any]:
    streak = progress.streak(on)
    needs = unmet_requirements(catalog)
    katas = []
    for kata in catalog.katas:
        entry = progress.katas.get(kata.id, progress_store.KataProgress())
        row_status = entry.status
        if kata.id in needs and row_status != "solved":
            row_status = "needs"
        katas.append(
            {
                "id": kata.id,
                "topic": kata.topic,
                "title": kata.title,
                "kind": kata.kind,
                "status": row_status,
                "path": kata.directory.relative_to(root).as_posix(),
                "seed": str(kata.seed),
                "attempts": entry.attempts,
                "hints_used": entry.hints_used,
                "hints_total": len(kata.hints),
                "first_solved": entry.first_solved,
                "last_solved": entry.last_solved,
                "review_due": entry.review_due,
                "requires": list(kata.requires),
                "needs": needs.get(kata.id, []),
                "install": install_command(needs[kata.id]) if kata.id in needs else None,
            }
        )
    due = set(progress_store.reviews_due(progress, on))
    return {
        "total": len(catalog.katas),
        "solved": sum(k["status"] == "solved" for k in katas),
        "streak": {"current": streak.current, "best": streak.best},
        "reviews_due": [k.id for k in catalog.katas if k.id in due],
        "solve_days": sorted(set(progress.solve_days)),
        "katas": katas,
    }


def status(config: pytest.Config, style: str) -> int:
    catalog = read_catalog(config)
    on = checked_today()
    loaded = progress_store.load(state_path(config), move_aside=False)
    data = status_json(catalog, loaded.progress, config.rootpath, on)
    if style == "json":
        if loaded.warning:
            import sys

            print(f"warning: {loaded.warning}", file=sys.stderr)
        print(json.dumps(data, indent=2))
        return 0
    tw = terminal_writer(config)
    if loaded.warning:
        tw.line(f"warning: {loaded.warning}", yellow=True)
    colours = {"solved": {"green": True}, "fitted": {"yellow": True}, "unsolved": {"red": True}}
    width = max((len(k["id"]) for k in data["katas"]), default=2)
    topic = None
    current_shown = False
    for number, row in enumerate(data["katas"], start=1):
        if row["topic"] != topic:
            topic = row["topic"]
            title = next(t.title for t in catalog.topics if t.id == topic)
            tw.line(title, bold=True)
        marker = "  "
        if row["status"] not in ("solved", "needs") and not current_shown:
            marker, current_shown = "> ", True
        hints = f"  hints {row['hints_used']}/{row['hints_total']}" if row["hints_used"] else ""
        tw.line(
            f"{marker}{number:>3}  {row['id']:<{width}}  {row['kind']:<11} {row['status']:<9} "
            f"{row['title']}{hints}",
            **colours.get(row["status"], {}),
        )
    commands = sorted({row["install"] for row in data["katas"] if row["status"] == "needs"})
    for command in commands:
        tw.line(f"needs: some katas need a library that is not installed: {command}", cyan=True)
    if data["reviews_due"]:
        due = data["reviews_due"]
        noun = "review is" if len(due) == 1 else "reviews are"
        tw.line(f"{len(due)} {noun} due ({', '.join(due)}): pytest --katas-review", cyan=True)
    if loaded.progress.solve_days:
        # A picture of the streak, like a contribution graph (none before the first solve).
        for line in calendar(solves_per_day(loaded.progress), on, symbols_for(_encoding(tw))):
            tw.line(line.text)
    streak = data["streak"]
    tw.line(
        f"solved {data['solved']}/{data['total']}, streak {days(streak['current'])} "
        f"(best {days(streak['best'])}); run `pytest --katas` to work on the current kata",
        bold=True,
    )
    return 0


def _encoding(tw: Any) -> str | None:
    """The encoding the terminal writer writes in (ASCII cells when it cannot show blocks)."""
    return getattr(getattr(tw, "_file", None), "encoding", None)
