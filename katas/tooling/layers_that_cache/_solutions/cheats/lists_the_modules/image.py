"""Cheat: copies the app's modules by name ("only what the image needs").

The templates are left out (app/templates/index.html is not in the image), and
so is every module the app gains later (app/models.py).
"""

DOCKERFILE = r"""
FROM python:3.12-slim
WORKDIR /app
RUN useradd --create-home app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app/__init__.py app/main.py app/routes.py ./app/
USER app
CMD ["python", "-m", "app.main"]
"""
