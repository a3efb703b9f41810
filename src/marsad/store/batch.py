"""`Batch`: store writes sharing one transaction, so ingest commits once per chunk of
articles instead of twice per article.

The transaction begins at the first write (so a locked database fails on that write, and
the caller can name it) and commits when the batch ends. A failed write rolls the whole
batch back, even if the caller caught its error: no article is stored half-written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager

from marsad.store.errors import StoreError


class Batch:
    """The one transaction of the writes made inside `SqlStore.batch()`."""

    def __init__(self, begin: Callable[[], AbstractContextManager[None]]) -> None:
        self._begin = begin
        self.stack = ExitStack()
        self._open = False
        self.failed = False

    @contextmanager
    def join(self) -> Iterator[None]:
        """Run one write inside the shared transaction (the first write begins it)."""
        if self.failed:
            raise StoreError("an earlier write of this batch failed; the batch is rolled back")
        if not self._open:
            self.stack.enter_context(self._begin())
            self._open = True
        try:
            yield
        except BaseException:
            self.failed = True
            raise
