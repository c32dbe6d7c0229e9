"""Cheat: builds the Dockerfile from pieces, and swaps the order only for the files it knows.

The examples edit app/routes.py and a template: it copies the app's source
folders early, so an edit to app/__init__.py, app/main.py or the README
still re-runs the install. (And it is code, not a Dockerfile.)
"""

EARLY = ["requirements.txt", "app/__init__.py", "app/main.py"]

DOCKERFILE = "\n".join(
    [
        "FROM python:3.12-slim",
        "WORKDIR /app",
        "RUN useradd --create-home app",
        f"COPY {' '.join(EARLY)} ./",
        "RUN pip install --no-cache-dir -r requirements.txt",
        "COPY . .",
        "USER app",
        'CMD ["python", "-m", "app.main"]',
    ]
)
