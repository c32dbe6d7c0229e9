"""A small user service, three layers deep: a repository, a service, an HTTP handler.

This file is shipped with the kata, not yours to edit: the tests call handle()
and read the chained exceptions it raises. Each layer wraps what it catches, the
way real services do, so the traceback a caller sees starts at the handler.
"""

from typing import Any


class NotFound(Exception):
    """The service has no such user."""


class HTTPError(Exception):
    """What the handler raises: a status for the client, the details in the chain."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(status, message)
        self.status = status


class UserRepository:
    def __init__(self, rows: dict[str, dict[str, Any]]) -> None:
        self._rows = dict(rows)

    def get(self, user_id: str) -> dict[str, Any]:
        return self._rows[user_id]  # KeyError for an unknown id


class UserService:
    def __init__(self, repository: UserRepository) -> None:
        self._repository = repository

    def profile(self, user_id: str) -> dict[str, Any]:
        try:
            row = self._repository.get(user_id)
        except KeyError as error:
            raise NotFound(f"no user {user_id!r}") from error
        if row.get("hidden"):
            raise PermissionError(f"user {user_id!r} is hidden")
        return {"name": row["name"], "age": int(row["age"])}  # ValueError for a bad age


def handle(service: UserService, user_id: str) -> dict[str, Any]:
    try:
        body = service.profile(user_id)
    except NotFound as error:
        raise HTTPError(404, str(error)) from error
    except PermissionError:
        raise HTTPError(403, "forbidden") from None  # the client must not learn who is hidden
    except Exception:
        raise HTTPError(500, "internal error")  # noqa: B904 (During handling of the above...)
    return {"status": 200, "body": body}
