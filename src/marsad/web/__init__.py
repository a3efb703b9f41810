"""The web explorer (`marsad serve`): HTML pages and a JSON API over a corpus store."""

from marsad.web.app import create_app

__all__ = ["create_app"]
