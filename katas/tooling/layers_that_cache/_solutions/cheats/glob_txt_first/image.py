"""Cheat: copies *.txt before the install, to "catch every requirements file".

Any other text file at the top (notes.txt, requirements-dev.txt, LICENSE.txt)
is copied too, so editing it re-runs the whole pip install."""

DOCKERFILE = r"""
FROM python:3.12-slim
WORKDIR /app
RUN useradd --create-home app
COPY *.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER app
CMD ["python", "-m", "app.main"]
"""
