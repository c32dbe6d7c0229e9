"""Alternative: a builder stage makes a venv; the final stage copies it, then the code."""

DOCKERFILE = r"""
# syntax=docker/dockerfile:1
FROM python:3.12-slim AS builder
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt /tmp/requirements.txt
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install -r /tmp/requirements.txt

FROM python:3.12-slim AS runtime
RUN groupadd --system shop && useradd --system --gid shop shop
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH" \
    PYTHONUNBUFFERED=1
WORKDIR /srv/shop
COPY --chown=shop:shop app/ ./app/
USER shop
EXPOSE 8000
ENTRYPOINT ["python"]
CMD ["-m", "app.main"]
"""
