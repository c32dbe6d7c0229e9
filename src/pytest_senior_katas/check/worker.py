"""Run many versions of one kata in one interpreter: the check's worker process.

``--katas-check`` starts one such process per kata (``python -m
pytest_senior_katas.check.worker JOB RESULTS``). It runs ``pytest --katas``
in-process once per variant (the starting files, the reference, each cheat,
each mutant), each in a fresh one-kata workspace, and appends one JSON line per
variant to RESULTS as soon as it is judged. pytest, Hypothesis and coverage
are imported once, not once per variant.

Each variant gets its own workspace directory, so no bytecode cache, import
cache or module of one variant can leak into the next; the modules a variant
imported from its workspace, and the import paths pytest added, are removed
after it. A variant that kills the process (``os._exit`` in learner code, or
the watchdog stopping a run that swallows every interruption) loses only its
own line: the parent starts a new worker for the variants after it.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import io
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from ..core.catalog import Kata, load_kata
from .phases import make_workspace, read_status


def _forget_modules_under(root: Path) -> None:
    prefix = str(root)
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None) or ""
        if file.startswith(prefix):
            del sys.modules[name]


def run_suite_mutant(kata: Kata, variant: dict[str, Any], scratch: Path) -> dict[str, Any]:
    """A write-tests kata's mutant: the reference suite, run against the mutated module.

    Every such mutant shares one workspace holding the reference suite: the module is
    swapped by the import hook of :mod:`~pytest_senior_katas.running.suite`, never
    written, so nothing of one mutant is left for the next.
    """
    from ..kata import use_kata_profile
    from ..running.suite import run_suite

    use_kata_profile()
    module = variant["suite_module"]
    files = {k: v for k, v in (variant.get("files") or {}).items() if k != module}
    ws = scratch / "suite-mutants"
    if not ws.exists():
        make_workspace(kata, files, ws)
    kata_dir = ws / "katas" / kata.topic / kata.id
    saved_cwd = os.getcwd()
    try:
        os.chdir(ws)
        run = run_suite(
            [kata_dir / name for name in kata.learner_tests],
            kata_dir / module,
            variant["files"][module],
            kata_dir=kata_dir,
            rootdir=ws,
            import_mode="prepend",
            timeout=variant["timeout"],
            stop_first=True,
        )
    except BaseException as e:
        return {"name": variant["name"], "status": "killed", "output": f"raised {e!r}"}
    finally:
        os.chdir(saved_cwd)
    status = "killed" if run.failures or run.tests == 0 else "solved"
    output = "\n".join(f"{test}: {why}" for test, why in run.failures)
    return {"name": variant["name"], "status": status, "output": output}


def forget_hypothesis_constants() -> None:
    """Make Hypothesis forget the constants it collected from earlier variants' modules.

    Hypothesis (6.131 and later) draws some inputs from the literals of the local
    modules it has seen imported, and remembers them, and the modules, for the life of
    the process. In a worker that runs variant after variant, a cheat would then be
    tested with a constant of the mutant before it, not as a learner's fresh run tests
    it; and every variant's modules, with its whole pytest session, stayed alive, so
    each run was slower than the last. Internal names: absent ones are skipped.
    """
    with contextlib.suppress(ImportError, AttributeError):
        # Strategies the last variant's test modules built hold those modules too.
        from hypothesis.strategies._internal.utils import clear_strategy_cache

        clear_strategy_cache()
    try:
        from hypothesis.internal import constants_ast
        from hypothesis.internal.conjecture import providers
    except ImportError:
        return
    with contextlib.suppress(AttributeError):
        constants_ast.constants_from_module.cache_clear()
    local = getattr(providers, "_local_constants", None)
    for values in (
        getattr(local, kind, None) for kind in ("integers", "floats", "bytes", "strings")
    ):
        if values is not None:
            values.clear()
    with contextlib.suppress(AttributeError):
        providers._seen_modules.clear()
        providers._sys_modules_len = None
        providers.CONSTANTS_CACHE.cache.clear()


def run_variant(kata: Kata, variant: dict[str, Any], scratch: Path) -> dict[str, Any]:
    """Run ``pytest --katas`` on one variant of the kata; return its status and output."""
    import pytest

    forget_hypothesis_constants()
    if variant.get("suite_module"):
        return run_suite_mutant(kata, variant, scratch)

    ws = make_workspace(kata, variant.get("files"), scratch / variant["slug"])
    args = ["--katas", "-p", "no:cacheprovider", "-q", "--color=no", *_PLUGINS]
    args += ["-W", "ignore::DeprecationWarning", "-o", f"katas_timeout={variant['timeout']}"]
    # The plugins were imported before the first run (warmed up), so pytest cannot
    # rewrite their asserts: it says so once per run, which tells an author nothing.
    args += ["-W", "ignore::pytest.PytestAssertRewriteWarning"]
    if variant.get("stop_first"):
        args.append("-x")
    saved_path = list(sys.path)
    saved_cwd = os.getcwd()
    out = io.StringIO()
    try:
        os.chdir(ws)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            pytest.main(args)
    except BaseException as e:
        out.write(f"\nthe run raised {type(e).__name__}: {e}\n")
    finally:
        os.chdir(saved_cwd)
        sys.path[:] = saved_path
        _forget_modules_under(ws)
    status = read_status(ws, kata.id)
    shutil.rmtree(ws, ignore_errors=True)
    return {"name": variant["name"], "status": status, "output": out.getvalue()[-4000:]}


#: Kata tests need this plugin and Hypothesis's, nothing else: entry-point plugins are
#: not loaded (``PYTEST_DISABLE_PLUGIN_AUTOLOAD`` in :func:`main`), so no third-party
#: plugin of the author's environment changes a verdict, and each run registers less.
_PLUGINS = ("-p", "pytest_senior_katas.plugin", "-p", "hypothesis.extra.pytestplugin")

#: What every variant imports: imported once, before the first.
_WARM = (
    "pytest",
    "hypothesis",
    "coverage",
    "pytest_senior_katas.plugin",
    "pytest_senior_katas.kata",
    "pytest_senior_katas.session.mode",
    "hypothesis.extra.pytestplugin",
)


def _warm_up() -> None:
    """Import what every variant needs, then freeze the heap: pytest collects garbage
    at the end of each run, and without the freeze each collection walks every object
    of pytest, Hypothesis and coverage again (a tenth of a second, per variant)."""
    for name in _WARM:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    gc.collect()
    gc.freeze()


def main(argv: list[str]) -> int:
    """Run the variants of the job file ``argv[0]`` not yet in the results file ``argv[1]``."""
    job_path, results_path = Path(argv[0]), Path(argv[1])
    job = json.loads(job_path.read_text(encoding="utf-8"))
    kata = load_kata(Path(job["kata_dir"]), job["topic"])
    scratch = Path(job["scratch"])
    sys.dont_write_bytecode = True  # variants share file names and sizes: never reuse a .pyc
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    _warm_up()
    done = set()
    if results_path.exists():
        for line in results_path.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(ValueError, KeyError, TypeError):
                done.add(json.loads(line)["name"])
    for variant in job["variants"]:
        if variant["name"] in done:
            continue
        started = time.perf_counter()
        result = run_variant(kata, variant, scratch)
        result["seconds"] = round(time.perf_counter() - started, 3)
        with results_path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
