"""The one place where SQLite and PostgreSQL differ in the SQL the store writes.

Queries are written once with `?` placeholders and portable types; a `Dialect` turns
them into what the driver expects.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Dialect:
    """Placeholder style and type names of one back-end."""

    name: str
    placeholder: str = "?"
    types: dict[str, str] = field(default_factory=dict)

    def sql(self, query: str) -> str:
        """A query with `?` placeholders in this dialect's style."""
        return query if self.placeholder == "?" else query.replace("?", self.placeholder)

    def ddl(self, statement: str) -> str:
        """A schema statement with portable type names replaced by this dialect's."""
        for portable, native in self.types.items():
            statement = statement.replace(f" {portable}", f" {native}")
        return statement


SQLITE = Dialect("sqlite")
POSTGRES = Dialect("postgresql", placeholder="%s", types={"BLOB": "BYTEA"})
