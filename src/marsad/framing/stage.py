"""PLACEHOLDER for marsad.framing.v1: replaced by the owning work package."""

from __future__ import annotations

from marsad.document import Document
from marsad.registry import component
from marsad.resources import Resources


@component("marsad.framing.v1", assigns=("framing",))
class Placeholder:
    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    def __call__(self, doc: Document) -> None:
        return None
