"""Blind cheat: copies requirements*.txt before the install, so adding any requirements-*.txt file re-runs pip.

Input: add requirements-dev.txt (or edit it) to the context: the glob copies it
into the install layer and the pip install runs again, though only
requirements.txt may do that.
"""

DOCKERFILE = r"""
FROM python:3.12-slim
WORKDIR /app
RUN useradd --create-home app
COPY requirements*.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER app
CMD ["python", "-m", "app.main"]
"""
