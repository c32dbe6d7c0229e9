from pathlib import Path

from .docker_model import build, rebuilt

DOCKERFILE = Path(__file__).with_name("Dockerfile").read_text(encoding="utf-8")


def reinstalls(edited: list[str]) -> bool:
    """Does a rebuild after editing these files run the pip install again?"""
    return any(layer.installs_requirements for layer in rebuilt(DOCKERFILE, edited))


def test_the_image_installs_the_requirements():
    assert build(DOCKERFILE).installs_requirements, "pip install -r requirements.txt never runs"


def test_the_image_runs_the_app():
    image = build(DOCKERFILE)
    assert image.runs_the_app, f"the container runs {image.process} in {image.final.workdir}"


def test_editing_the_code_keeps_the_dependency_layer():
    assert not reinstalls(["app/routes.py"]), "a change to app/routes.py re-runs the pip install"
    assert not reinstalls(["app/templates/index.html"]), "a template change re-runs the install"


def test_editing_the_requirements_reinstalls_them():
    assert reinstalls(["requirements.txt"]), "a new requirement would never be installed"


def test_the_container_does_not_run_as_root():
    image = build(DOCKERFILE)
    assert not image.runs_as_root, f"the container runs as {image.user}, which is root"
    assert image.user_exists, f"USER {image.user}: no such user in the image"


def test_sigterm_reaches_python():
    image = build(DOCKERFILE)
    assert image.process[:1] != ["/bin/sh"], f"PID 1 is a shell: {image.process}"
    assert image.python_is_pid_1
