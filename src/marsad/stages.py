"""Imports every built-in stage module so their components register themselves."""

from marsad.attribution import stage as _attribution  # noqa: F401
from marsad.events import stage as _events  # noqa: F401
from marsad.framing import stage as _framing  # noqa: F401
from marsad.recognize import entities as _entities  # noqa: F401
from marsad.recognize import quantities as _quantities  # noqa: F401
from marsad.recognize import times as _times  # noqa: F401
from marsad.text import sentences as _sentences  # noqa: F401
