"""A model of `docker build` for this kata: no Docker daemon, no network.

It parses a Dockerfile and simulates its build over a build context (file
name -> content), the way Docker's layer cache works:

- every instruction is a layer, with a cache key made of its parent's key and
  its own text; COPY and ADD (and RUN --mount=type=bind) add the content of the
  files they read;
- a rebuild re-runs a layer whose key is new, and with it every layer after it
  in the same stage (one miss and the rest of the stage misses too);
- RUN never looks at the files: it is re-run only when a layer before it is.

It also follows what the build puts where (the files of each stage, WORKDIR,
USER, ENV PYTHONPATH, users created with useradd/adduser) and what the
container finally runs (ENTRYPOINT and CMD, exec or shell form).

The Dockerfile subset it understands: FROM [AS name], WORKDIR, COPY/ADD with
--from= and --chown= and several sources or globs, RUN (shell or exec form,
--mount=type=bind|cache), USER, ENV, ARG, LABEL, EXPOSE, CMD, ENTRYPOINT,
HEALTHCHECK, STOPSIGNAL; comments, blank lines and `\\` continuations. No
variable substitution.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import posixpath
import re
import shlex
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

#: The project this kata's Dockerfile builds, as its build context holds it.
CONTEXT: dict[str, str] = {
    "requirements.txt": "flask==3.0.3\ngunicorn==22.0.0\n",
    "README.md": "# shop\n",
    "app/__init__.py": "",
    "app/main.py": "from app.routes import serve\n\nserve()\n",
    "app/routes.py": "def serve():\n    ...\n",
    "app/templates/index.html": "<h1>shop</h1>\n",
    "tests/test_routes.py": "def test_home(): ...\n",
}

#: Users the python:*-slim images (Debian) already have, with their uids.
BASE_USERS = {"root": "0", "daemon": "1", "bin": "2", "sys": "3", "nobody": "65534"}
BASE_USERS |= {"www-data": "33"}

PIP = re.compile(r"(^|/)pip(3(\.\d+)?)?$")
PYTHON = re.compile(r"(^|/)python(3(\.\d+)?)?$")


class BuildError(Exception):
    """The Dockerfile would not build, or not as this model understands it."""


@dataclass(frozen=True)
class Instruction:
    line: int
    keyword: str
    flags: tuple[tuple[str, str], ...]
    text: str  # the arguments, after the flags

    def flag(self, name: str) -> str | None:
        return dict(self.flags).get(name)

    def exec_form(self) -> list[str] | None:
        """The JSON array, if the arguments are one; else None (the shell form)."""
        try:
            value = json.loads(self.text)
        except ValueError:
            return None
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return value
        return None


def parse(dockerfile: str) -> list[Instruction]:
    """The instructions of a Dockerfile, continuations joined, comments dropped."""
    instructions: list[Instruction] = []
    pending = ""
    start = 0
    for number, raw in enumerate(dockerfile.splitlines(), start=1):
        stripped = raw.strip()
        if stripped.startswith("#") or (not stripped and not pending):
            continue
        if not pending:
            start = number
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        pending += stripped
        instructions.append(_instruction(start, pending))
        pending = ""
    if pending.strip():
        instructions.append(_instruction(start, pending))
    return instructions


def _instruction(line: int, text: str) -> Instruction:
    keyword, _, rest = text.strip().partition(" ")
    rest = rest.strip()
    flags = []
    while rest.startswith("--"):
        flag, _, rest = rest.partition(" ")
        name, _, value = flag[2:].partition("=")
        flags.append((name, value))
        rest = rest.strip()
    return Instruction(line, keyword.upper(), tuple(flags), rest)


@dataclass(frozen=True)
class Layer:
    """One instruction as built: its cache key, and what it is."""

    line: int
    instruction: str
    stage: str
    key: str
    #: True for a RUN that installs the packages listed in requirements.txt.
    installs_requirements: bool = False


@dataclass
class Stage:
    name: str
    workdir: str = "/"
    user: str = "root"
    #: image path -> the context file it came from
    files: dict[str, str] = field(default_factory=dict)
    #: user name -> uid (None when the model does not know it)
    users: dict[str, str | None] = field(default_factory=lambda: dict(BASE_USERS))
    pythonpath: list[str] = field(default_factory=list)
    #: virtual environments: directory -> the user who created (and owns) it
    venvs: dict[str, str] = field(default_factory=dict)
    #: the venv whose bin/ ENV PATH puts first, if any
    path_venv: str | None = None
    entrypoint: Instruction | None = None
    cmd: Instruction | None = None
    cmd_from_base: bool = False
    #: who can import the requirements installed in this stage: a user, or "*" for all
    installed_for: set[str] = field(default_factory=set)
    key: str = ""

    def copy(self, name: str) -> Stage:
        return Stage(
            name,
            self.workdir,
            self.user,
            dict(self.files),
            dict(self.users),
            list(self.pythonpath),
            dict(self.venvs),
            self.path_venv,
            self.entrypoint,
            self.cmd,
            self.cmd is not None,
            set(self.installed_for),
            self.key,
        )


@dataclass(repr=False)
class Image:
    """What a build produced: its layers, in order, and the final stage."""

    def __repr__(self) -> str:
        return f"<image: {len(self.layers)} layers, USER {self.user}, runs {self.process}>"

    layers: list[Layer]
    final: Stage
    #: the build context it was built from
    context: Mapping[str, str]

    @property
    def user(self) -> str:
        """The user the container runs as (name or uid, as USER wrote it)."""
        return self.final.user

    @property
    def runs_as_root(self) -> bool:
        """True for root, uid 0, or a user created with uid 0 (root under another name)."""
        return _is_root(self.final.user, self.final.users)

    @property
    def user_exists(self) -> bool:
        name = self.final.user.partition(":")[0]
        return name.isdigit() or name in self.final.users

    @property
    def command(self) -> list[str]:
        """The argv of the container's first process (PID 1)."""
        entrypoint, cmd = self.final.entrypoint, self.final.cmd
        if entrypoint is not None:
            argv = entrypoint.exec_form()
            if argv is None:
                return ["/bin/sh", "-c", entrypoint.text]
            if cmd is not None:
                return argv + (cmd.exec_form() or ["/bin/sh", "-c", cmd.text])
            return argv
        if cmd is None:
            return ["python3"]  # the base image's CMD
        argv = cmd.exec_form()
        return argv if argv is not None else ["/bin/sh", "-c", cmd.text]

    @property
    def process(self) -> list[str]:
        """The argv of the process that ends up as PID 1: a shell that execs is replaced."""
        argv = self.command
        shells = ("/bin/sh", "sh", "/bin/bash", "bash")
        while len(argv) == 3 and argv[0] in shells and argv[1] == "-c":
            words = shlex.split(argv[2])
            if words[:1] != ["exec"]:
                return argv
            argv = words[1:]
        return argv

    @property
    def python_is_pid_1(self) -> bool:
        """True when the first process is python itself, so SIGTERM reaches it."""
        return bool(self.process) and PYTHON.search(self.process[0]) is not None

    @property
    def runs_the_app(self) -> bool:
        """True for `python [options] -m app.main` with app/main.py importable."""
        argv = self.process
        if not self.python_is_pid_1 or "-m" not in argv:
            return False
        at = argv.index("-m")
        options = argv[1:at]
        if argv[at + 1 :] != ["app.main"] or not all(o.startswith("-") for o in options):
            return False
        return self.has_file("app/main.py", self.final.workdir)

    def has_file(self, relative: str, directory: str) -> bool:
        roots = [directory, *self.final.pythonpath]
        return any(self.final.files.get(posixpath.join(root, relative)) for root in roots)

    @property
    def has_the_app(self) -> bool:
        """True when every file of the app package (app/...) is in the image, where it runs."""
        wanted = [name for name in self.context if name.startswith("app/")]
        return all(self.has_file(name, self.final.workdir) for name in wanted)

    @property
    def installs_requirements(self) -> bool:
        """True when requirements.txt is installed where the container's user can import it."""
        who = self.final.installed_for
        return "*" in who or self.final.user in who

    def layer(self, line: int) -> Layer:
        return next(layer for layer in self.layers if layer.line == line)


def build(dockerfile: str, context: Mapping[str, str] | None = None) -> Image:
    """Simulate `docker build` of ``dockerfile`` over ``context`` (CONTEXT by default)."""
    context = CONTEXT if context is None else context
    stages: dict[str, Stage] = {}
    layers: list[Layer] = []
    stage: Stage | None = None
    count = 0
    for instruction in parse(dockerfile):
        keyword = instruction.keyword
        if keyword == "ARG" and stage is None:
            continue
        if keyword == "FROM":
            stage = _from(instruction, stages, count)
            stages[stage.name] = stages[str(count)] = stage
            count += 1
            layers.append(
                Layer(instruction.line, f"FROM {instruction.text}", stage.name, stage.key)
            )
            continue
        if stage is None:
            raise BuildError(f"line {instruction.line}: {keyword} before FROM")
        installs = False
        if keyword == "RUN":
            extra, installs = _run(instruction, stage, context)
        else:
            extra = _apply(instruction, stage, stages, context)
        stage.key = _key(stage.key, keyword, instruction.flags, instruction.text, extra)
        text = f"{keyword} {instruction.text}"
        layers.append(Layer(instruction.line, text, stage.name, stage.key, installs))
    if stage is None:
        raise BuildError("no FROM: nothing to build")
    return Image(layers, stage, context)


def rebuilt(dockerfile: str, edited: Iterable[str], context: Mapping[str, str] | None = None):
    """The layers a second build re-runs after the files ``edited`` changed (or were added)."""
    before = dict(CONTEXT if context is None else context)
    after = dict(before)
    for name in edited:
        after[name] = after.get(name, "") + "# edited\n"
    cached = {layer.key for layer in build(dockerfile, before).layers}
    return [layer for layer in build(dockerfile, after).layers if layer.key not in cached]


def _is_root(user: str, users: Mapping[str, str | None]) -> bool:
    name = user.partition(":")[0]
    uid = name if name.isdigit() else users.get(name)
    return uid is not None and uid.isdigit() and int(uid) == 0


def _key(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def _from(instruction: Instruction, stages: Mapping[str, Stage], index: int) -> Stage:
    words = instruction.text.split()
    if not words:
        raise BuildError(f"line {instruction.line}: FROM needs an image")
    name = words[2] if len(words) == 3 and words[1].upper() == "AS" else str(index)
    base = stages.get(words[0])
    if base is not None:
        return base.copy(name)
    return Stage(name, key=_key("FROM", words[0]))


def _apply(
    instruction: Instruction, stage: Stage, stages: Mapping[str, Stage], context: Mapping[str, str]
) -> object:
    """Run one instruction (not RUN) on ``stage``; return what else its cache key depends on."""
    keyword, text = instruction.keyword, instruction.text
    if keyword == "WORKDIR":
        stage.workdir = posixpath.normpath(posixpath.join(stage.workdir, text))
    elif keyword == "USER":
        stage.user = text.strip()
    elif keyword == "ENV":
        for name, value in _assignments(text):
            entries = [entry for entry in value.split(":") if entry and not entry.startswith("$")]
            if name == "PYTHONPATH":
                stage.pythonpath = entries
            elif name == "PATH" and entries and entries[0].endswith("/bin"):
                stage.path_venv = posixpath.dirname(posixpath.normpath(entries[0]))
    elif keyword == "CMD":
        stage.cmd, stage.cmd_from_base = instruction, False
    elif keyword == "ENTRYPOINT":
        stage.entrypoint = instruction
        if stage.cmd_from_base:
            stage.cmd = None
    elif keyword in ("COPY", "ADD"):
        return _copy(instruction, stage, stages, context)
    return None


def _assignments(text: str) -> list[tuple[str, str]]:
    words = shlex.split(text)
    if words and "=" not in words[0]:
        return [(words[0], " ".join(words[1:]))]
    return [(word.partition("=")[0], word.partition("=")[2]) for word in words]


def _match(source: str, available: Mapping[str, str]) -> tuple[list[tuple[str, str]], bool]:
    """The files a COPY source names, as (path relative to the copy, origin), and whether
    the source is a directory or a glob (so the destination is a directory)."""
    if source == ".":
        return sorted(available.items()), True
    if source in available:
        return [(posixpath.basename(source), available[source])], False
    prefix = source + "/"
    inside = [(n[len(prefix) :], came) for n, came in available.items() if n.startswith(prefix)]
    if inside:
        return sorted(inside), True
    globbed = [
        (posixpath.basename(name), came)
        for name, came in available.items()
        if fnmatch.fnmatchcase(name, source) and name.count("/") == source.count("/")
    ]
    return sorted(globbed), True


def _copy(
    instruction: Instruction, stage: Stage, stages: Mapping[str, Stage], context: Mapping[str, str]
) -> object:
    words = instruction.exec_form() or shlex.split(instruction.text)
    if len(words) < 2:
        raise BuildError(
            f"line {instruction.line}: {instruction.keyword} needs a source and a destination"
        )
    sources, destination = words[:-1], words[-1]
    origin = instruction.flag("from")
    if origin is not None:
        if origin not in stages:
            raise BuildError(f"line {instruction.line}: no stage named {origin!r}")
        source_stage = stages[origin]
        available = {path.lstrip("/"): came for path, came in source_stage.files.items()}
        # A stage's own layers (packages installed, files made by RUN) count as one directory each.
        for path in source_stage.venvs:
            available.setdefault(path.lstrip("/") + "/bin/python", "")
    else:
        available = {name: name for name in context}
    matched: list[tuple[str, str]] = []
    directory = len(sources) > 1
    for source in sources:
        found, is_directory = _match(posixpath.normpath(source).lstrip("/"), available)
        if not found and origin is None:
            raise BuildError(f"line {instruction.line}: {source!r} matches no file in the context")
        matched += found
        directory |= is_directory
    target = posixpath.normpath(posixpath.join(stage.workdir, destination))
    directory |= destination.endswith("/") or destination in (".", "./")
    directory |= any(path.startswith(target.rstrip("/") + "/") for path in stage.files)
    for relative, came in matched:
        stage.files[
            posixpath.normpath(posixpath.join(target, relative)) if directory else target
        ] = came
    if origin is not None:
        stage.installed_for |= stages[origin].installed_for
        for path, owner in stages[origin].venvs.items():
            stage.venvs.setdefault(path, owner)
        return ("from", stages[origin].key, sources)
    return ("context", sorted((relative, context[came]) for relative, came in matched))


def _mounts(instruction: Instruction, stage: Stage, context: Mapping[str, str]) -> dict[str, str]:
    """Files a RUN --mount=type=bind makes visible for that one command: image path -> origin."""
    visible: dict[str, str] = {}
    for name, value in instruction.flags:
        if name != "mount":
            continue
        options = dict(part.partition("=")[::2] for part in value.split(","))
        if options.get("type", "bind") != "bind" or "from" in options:
            continue
        source = posixpath.normpath(options.get("source", options.get("src", "."))).lstrip("/")
        target = options.get("target", options.get("dst", options.get("destination", "")))
        target = posixpath.normpath(posixpath.join(stage.workdir, target))
        found, directory = _match(source, {n: n for n in context})
        for relative, came in found:
            visible[posixpath.join(target, relative) if directory else target] = came
    return visible


def _commands(text: str, argv: list[str] | None) -> list[list[str]]:
    """The simple commands of a RUN, split at &&, ||, ; and |."""
    if argv is not None:
        if len(argv) >= 3 and argv[1] == "-c":
            return _commands(argv[2], None)
        return [argv]
    try:
        lexer = shlex.shlex(text, posix=True, punctuation_chars=True)
        lexer.whitespace_split = True
        words = list(lexer)
    except ValueError:
        words = text.split()
    commands: list[list[str]] = [[]]
    for word in words:
        if word in ("&&", "||", ";", "|", "&"):
            commands.append([])
        else:
            commands[-1].append(word)
    return [command for command in commands if command]


def _requirement_files(command: list[str]) -> list[str]:
    files = []
    for at, word in enumerate(command):
        if word in ("-r", "--requirement") and at + 1 < len(command):
            files.append(command[at + 1])
        elif word.startswith("--requirement="):
            files.append(word.partition("=")[2])
        elif word.startswith("-r") and len(word) > 2 and not word.startswith("--"):
            files.append(word[2:])
    return files


def _pip(command: list[str]) -> str | None:
    """For a `pip install` command, the program that runs it (pip or python); else None."""
    words = command[1:] if command[0] == "uv" else command
    if len(words) >= 3 and PYTHON.search(words[0]) and words[1:3] == ["-m", "pip"]:
        program, rest = words[0], words[3:]
    elif words and PIP.search(words[0]):
        program, rest = words[0], words[1:]
    else:
        return None
    return program if rest[:1] == ["install"] else None


def _venv_of(program: str, stage: Stage) -> str | None:
    """The virtual environment a pip or python program belongs to, if any."""
    if "/" in program:
        directory = posixpath.dirname(posixpath.dirname(posixpath.normpath(program)))
        return directory if directory in stage.venvs else None
    return stage.path_venv if stage.path_venv in stage.venvs else None


def _run(instruction: Instruction, stage: Stage, context: Mapping[str, str]) -> tuple[object, bool]:
    """Run a RUN on ``stage``: what its key depends on, and whether it installs requirements.txt."""
    mounted = _mounts(instruction, stage, context)
    visible = {**stage.files, **mounted}
    user = stage.user.partition(":")[0]
    installs = False
    for command in _commands(instruction.text, instruction.exec_form()):
        if command[0] in ("useradd", "adduser", "groupadd", "addgroup"):
            uid = _uid(command)
            stage.users |= {word: uid for word in command[1:] if not word.startswith("-")}
        venv = _new_venv(command)
        if venv is not None:
            stage.venvs[posixpath.normpath(posixpath.join(stage.workdir, venv))] = user
        program = _pip(command)
        if program is None:
            continue
        for name in _requirement_files(command):
            path = posixpath.normpath(posixpath.join(stage.workdir, name))
            if path not in visible:
                raise BuildError(
                    f"line {instruction.line}: pip cannot open {name}: it is not in the image yet"
                )
            if visible[path] != "requirements.txt":
                continue
            installs = True
            into = _venv_of(program, stage)
            elsewhere = any(w.startswith(("--target", "--prefix", "-t")) for w in command)
            if "--user" in command:
                stage.installed_for.add(stage.user)
            elif _is_root(user, stage.users) or elsewhere or (into and stage.venvs[into] == user):
                stage.installed_for.add("*")
            else:
                raise BuildError(
                    f"line {instruction.line}: pip install as {user} cannot write to "
                    "site-packages (install as root, into a venv of yours, or with --user)"
                )
    files = sorted((path, context[came]) for path, came in mounted.items())
    return (("mounts", files) if files else None), installs


def _uid(command: list[str]) -> str | None:
    """The uid a useradd/adduser command gives (-u N, --uid N, --uid=N), if it says."""
    for at, word in enumerate(command):
        if word in ("-u", "--uid") and at + 1 < len(command):
            return command[at + 1]
        if word.startswith("--uid="):
            return word.partition("=")[2]
    return None


def _new_venv(command: list[str]) -> str | None:
    """The directory a `python -m venv DIR`, `virtualenv DIR` or `uv venv DIR` creates."""
    if len(command) >= 3 and PYTHON.search(command[0]) and command[1:3] == ["-m", "venv"]:
        rest = command[3:]
    elif command[0] == "virtualenv":
        rest = command[1:]
    elif command[:2] == ["uv", "venv"]:
        rest = command[2:] or [".venv"]
    else:
        return None
    directories = [word for word in rest if not word.startswith("-")]
    return directories[-1] if directories else None
