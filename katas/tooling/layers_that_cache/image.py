"""The Dockerfile of a small Flask shop, as the deploy pipeline builds it.

DOCKERFILE below is the Dockerfile's text: edit it as you would the file
(a plain string literal; image.py holds nothing else). It is kept in a
Python string so the kata's tests can read it: docker_model.py
simulates `docker build` on it, no Docker daemon needed. The build context
is the shop's repository, docker_model.CONTEXT: requirements.txt, the app
package (app/__init__.py, app/main.py, app/routes.py, app/templates/...),
tests/ and a README; the project may gain files anywhere later.

The image must:

- install the packages listed in requirements.txt with pip (copy the file
  in before the install reads it), where the container's user imports them;
- contain the app package, and run `python -m app.main` from the WORKDIR
  that holds it;
- start python itself as the container's first process (PID 1), so that
  `docker stop`'s SIGTERM reaches it: CMD/ENTRYPOINT in exec form (a JSON
  array, double quotes), no shell in between;
- run as a user that is not root (and that exists in the image: create it,
  or use a numeric uid);
- keep the dependency layer cached: editing or adding any file other than
  requirements.txt must not re-run the pip install; editing requirements.txt
  must.

Any style that builds such an image is right: one stage or several, a venv,
BuildKit mounts (docker_model.py's docstring lists what it understands).

Right now the whole project is copied before the install, so a one-line
change to a template re-downloads every package; the container runs as
root; and CMD's shell form makes /bin/sh PID 1, which does not pass SIGTERM
on, so every `docker stop` waits ten seconds and then kills python.
"""

DOCKERFILE = r"""
FROM python:3.12-slim
WORKDIR /app
# TODO: everything is copied before the install, so every edit re-runs it
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD python -m app.main
"""
