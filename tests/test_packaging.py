"""The published package: a wheel built from the sdist carries the catalog, and a
non-editable install gives a working workspace."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.skipif(
    os.environ.get("KATAS_SKIP_PACKAGING") == "1", reason="KATAS_SKIP_PACKAGING=1"
)


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode in (0, 1), result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--sdist", "--outdir", out, REPO, cwd=out)
    (sdist,) = out.glob("*.tar.gz")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", out, sdist, cwd=out)
    (built,) = out.glob("*.whl")
    return built


def test_the_wheel_built_from_the_sdist_contains_the_catalog(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "pytest_senior_katas/py.typed" in names
    assert "pytest_senior_katas/_catalog/catalog.toml" in names
    assert "pytest_senior_katas/_catalog/checksums.txt" in names
    kata = "pytest_senior_katas/_catalog/language_semantics/legb_counter/"
    for name in ("kata.toml", "counter.py", "test_examples.py", "_solutions/reference/counter.py"):
        assert kata + name in names
    assert not [n for n in names if "__pycache__" in n]


def test_the_wheel_carries_its_licence_and_metadata_for_learners(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    text = archive.read(metadata).decode()
    assert "License-Expression: MIT" in text
    # The long description speaks to learners: how to start, and what a run looks like.
    assert "pytest --katas-init my-katas" in text
    assert "[fitted]" in text and "✔ solved:" in text
    licence = [n for n in archive.namelist() if n.endswith("/LICENSE") and ".dist-info/" in n]
    assert licence and b"MIT License" in archive.read(licence[0])


def test_a_non_editable_install_creates_a_working_workspace(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True, system_site_packages=False)
    python = env_dir / "bin" / "python"
    run(python, "-m", "pip", "install", "-q", wheel, cwd=tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "KATAS_"))}
    env["KATAS_TODAY"] = "2026-11-26"

    out = run(python, "-m", "pytest", "--katas-init", "ws", cwd=tmp_path, env=env)
    assert "Next: cd ws && pytest --katas" in out
    assert not list((tmp_path / "ws").rglob("_solutions"))

    out = run(
        python, "-m", "pytest", "--katas", "-p", "no:cacheprovider", cwd=tmp_path / "ws", env=env
    )
    assert "current: legb_counter" in out
    assert "[unsolved]" in out

    # The reference reaches the workspace's property tests from the installed package.
    reference = env_dir.glob(
        "lib/python*/site-packages/pytest_senior_katas/_catalog/"
        "language_semantics/legb_counter/_solutions/reference/counter.py"
    )
    learner = tmp_path / "ws" / "katas" / "language_semantics" / "legb_counter" / "counter.py"
    learner.write_text(next(reference).read_text())
    out = run(
        python, "-m", "pytest", "--katas", "-p", "no:cacheprovider", cwd=tmp_path / "ws", env=env
    )
    assert "solved: legb_counter" in out
    assert "streak 1 day" in out
