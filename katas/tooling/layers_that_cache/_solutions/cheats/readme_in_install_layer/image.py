"""Blind cheat: copies README.md with requirements.txt before the install, so editing the README re-runs pip.

Input: edit README.md: the COPY layer before the install changes and the pip
install runs again.
"""

DOCKERFILE = r"""
FROM python:3.12-slim
WORKDIR /app
RUN useradd --create-home app
COPY requirements.txt README.md ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER app
CMD ["python", "-m", "app.main"]
"""
