"""Components registered under versioned names with what they need and what they add.

A pipeline is then a list of names (cf. spaCy's factories). Each component is a class
built once with the shared `Resources` and called on every `Document`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from marsad.errors import UnknownComponent

if TYPE_CHECKING:
    from marsad.document import Document
    from marsad.resources import Resources


class Component(Protocol):
    """A pipeline stage: annotates a document in place."""

    def __call__(self, doc: Document) -> None: ...


Factory = Callable[["Resources"], Component]


@dataclass(frozen=True)
class Registration:
    name: str
    factory: Factory
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


_REGISTRY: dict[str, Registration] = {}


def component(
    name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()
) -> Callable[[Factory], Factory]:
    """Class/function decorator registering a component factory under `name`."""

    def register(factory: Factory) -> Factory:
        _REGISTRY[name] = Registration(name, factory, requires, assigns)
        return factory

    return register


def get(name: str) -> Registration:
    """The registration for `name`, or a coded error listing what exists."""
    _load_builtin()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise UnknownComponent(f"no component {name!r}; known: {known}") from None


def registrations() -> dict[str, Registration]:
    """All registered components (built-ins included)."""
    _load_builtin()
    return dict(_REGISTRY)


def _load_builtin() -> None:
    # Importing the stage packages runs their `component` registrations.
    import marsad.stages  # noqa: F401
