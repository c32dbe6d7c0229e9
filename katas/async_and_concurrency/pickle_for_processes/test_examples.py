from pathlib import Path

import pytest

from .logscan import count_matches
from .pools import SpawnPool


@pytest.fixture(scope="module")
def pool():
    with SpawnPool() as pool:
        yield pool


def write_logs(directory: Path, **logs: str) -> list[str]:
    paths = []
    for name, text in logs.items():
        path = directory / f"{name}.log"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


APP_LOG = """\
INFO started
ERROR disk full
WARN slow request
ERROR disk full
ERROR timeout talking to db
"""
DB_LOG = "INFO checkpoint\nINFO vacuum done\n"


def test_counts_the_error_lines_of_each_log(pool, tmp_path):
    app, db = write_logs(tmp_path, app=APP_LOG, db=DB_LOG)
    assert count_matches([app, db], pool) == {app: 3, db: 0}


def test_an_empty_log_has_no_errors(pool, tmp_path):
    (empty,) = write_logs(tmp_path, empty="")
    assert count_matches([empty], pool) == {empty: 0}


def test_the_counting_happens_in_the_worker_processes(tmp_path):
    app, db = write_logs(tmp_path, app=APP_LOG, db=DB_LOG)
    with SpawnPool() as pool:
        count_matches([app, db], pool)
        assert pool.tasks_that_ran() >= 1, "no task finished in a worker process"
