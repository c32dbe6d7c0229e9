import importlib.util
import sys
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings


def fresh_model():
    """docker_model.py imported anew, under a name of its own: no earlier test reaches it."""
    path = Path(__file__).with_name("docker_model.py")
    spec = importlib.util.spec_from_file_location("_layers_that_cache_model", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


model = fresh_model()

DIRECTORIES = ["", "app/", "app/templates/", "tests/", "docs/", "scripts/", "config/"]
KNOWN = ["requirements-dev.txt", "notes.txt", "LICENSE.txt", "Makefile", ".env", "setup.cfg"]
KNOWN += ["app/models.py", "app/templates/cart.html", "docs/requirements.txt", "tests/conftest.py"]
names = st.text("abcdefghijklmnopqrstuvwxyz0123456789_-", min_size=1, max_size=8)
extensions = st.sampled_from([".py", ".txt", ".md", ".html", ".cfg", ".toml", ""])
new_files = st.sampled_from(KNOWN) | st.builds(
    lambda d, n, e: d + n + e, st.sampled_from(DIRECTORIES), names, extensions
)
TAKEN = {name.rstrip("/") for name in DIRECTORIES} | {"app/templates"}


def usable(name: str) -> bool:
    return name not in TAKEN and name != "requirements.txt" and name not in model.CONTEXT


@st.composite
def projects(draw: st.DrawFn) -> tuple[dict[str, str], list[str]]:
    """The shop with some files it may gain, and an edit: files changed or added."""
    extra = draw(st.lists(new_files.filter(usable), max_size=4, unique=True))
    context = dict(model.CONTEXT) | {name: f"# {name}\n" for name in extra}
    added = draw(st.lists(new_files.filter(usable), max_size=2, unique=True))
    edited = draw(st.lists(st.sampled_from(sorted(context)), max_size=4, unique=True))
    edits = list(dict.fromkeys(edited + added)) or ["app/main.py"]
    return context, edits


def dockerfile() -> str:
    return Path(__file__).with_name("Dockerfile").read_text(encoding="utf-8")


def promises(built) -> dict[str, object]:
    """What the contract promises of the image, as the summary shows it."""
    return {
        "installs requirements.txt for its user": built.installs_requirements,
        "has the app package where it runs": built.has_the_app,
        "runs python -m app.main": built.runs_the_app,
        "python is PID 1": built.python_is_pid_1,
        "runs as root": built.runs_as_root,
        "its user exists": built.user_exists,
    }


KEPT = {
    "installs requirements.txt for its user": True,
    "has the app package where it runs": True,
    "runs python -m app.main": True,
    "python is PID 1": True,
    "runs as root": False,
    "its user exists": True,
}


@kata_settings
@given(project=projects())
@example(project=(dict(model.CONTEXT), ["app/__init__.py"]))
@example(project=(dict(model.CONTEXT), ["app/main.py"]))
@example(project=(dict(model.CONTEXT), ["README.md"]))
@example(project=(dict(model.CONTEXT), ["tests/test_routes.py"]))
@example(project=(dict(model.CONTEXT) | {"notes.txt": ""}, ["notes.txt"]))
@example(project=(dict(model.CONTEXT) | {"requirements-dev.txt": ""}, ["requirements-dev.txt"]))
@example(project=(dict(model.CONTEXT), ["Makefile"]))  # a file added at the top
@example(project=(dict(model.CONTEXT), ["app/models.py"]))  # a module added to the app
@example(project=(dict(model.CONTEXT), ["requirements.txt", "app/main.py"]))
def test_only_a_change_to_the_requirements_reruns_the_install(project):
    context, edits = project
    rerun = [layer for layer in model.rebuilt(dockerfile(), edits, context)]
    reinstalls = any(layer.installs_requirements for layer in rerun)
    assert_same(
        {"the pip install runs again": reinstalls},
        {"the pip install runs again": "requirements.txt" in edits},
        edited=edits,
        extra_files=sorted(set(context) - set(model.CONTEXT)),
    )


@kata_settings
@given(project=projects())
@example(project=(dict(model.CONTEXT), ["app/main.py"]))
def test_the_image_keeps_every_promise_whatever_the_project_holds(project):
    context, edits = project
    after = dict(context) | {name: context.get(name, "") + "# edited\n" for name in edits}
    for files in (context, after):
        assert_same(promises(model.build(dockerfile(), files)), KEPT, files=sorted(files))
