"""Reference: requirements first, then the install, then the code; a user; exec-form CMD."""

DOCKERFILE = r"""
FROM python:3.12-slim
WORKDIR /app
RUN useradd --create-home --uid 10001 app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER app
CMD ["python", "-m", "app.main"]
"""
