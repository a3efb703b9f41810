"""Schema migrations: numbered SQL files in `marsad/store/migrations/`, each run once in a
transaction and recorded in `schema_migrations` (version, name, applied_at)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files

_NAME = re.compile(r"^(\d{4})_(\w+)\.sql$")
_COMMENT = re.compile(r"--[^\n]*")
LEDGER = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
)


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: its number, name and SQL statements."""

    version: int
    name: str
    statements: tuple[str, ...]


def migrations() -> list[Migration]:
    """Every migration shipped with the package, in version order."""
    found: list[Migration] = []
    for entry in files("marsad.store").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), split(entry.read_text("utf-8"))))
    return sorted(found, key=lambda m: m.version)


def split(script: str) -> tuple[str, ...]:
    """The statements of an SQL script (comments dropped; no ';' inside literals)."""
    body = _COMMENT.sub("", script)
    return tuple(s.strip() for s in body.split(";") if s.strip())


def latest_version() -> int:
    """The schema version this package writes."""
    return max(m.version for m in migrations())
