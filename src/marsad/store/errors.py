"""Store errors: one coded exception per way a database write can fail, printed as one line."""

from __future__ import annotations

from marsad.errors import MarsadError


class StoreError(MarsadError):
    """The database refused an operation (the message says why)."""

    code = "store_error"


class StoreFull(StoreError):
    """The disk or the database's size limit is full."""

    code = "store_full"


class StoreLocked(StoreError):
    """Another process held the database lock past the busy timeout."""

    code = "store_locked"


class StoreUnavailable(StoreError):
    """The database cannot be opened (bad path, server down, driver missing)."""

    code = "store_unavailable"
