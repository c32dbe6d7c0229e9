"""Blind cheat: copies app/__init__.py (for the version) with requirements.txt before the install, so editing it re-runs pip.

Input: edit app/__init__.py: the install layer is rebuilt and pip runs again.
"""

DOCKERFILE = r"""
FROM python:3.12-slim
WORKDIR /app
RUN useradd --create-home app
COPY requirements.txt ./
COPY app/__init__.py app/__init__.py
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER app
CMD ["python", "-m", "app.main"]
"""
