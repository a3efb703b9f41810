"""Coded errors. The CLI prints each one as a single line naming the record and reason."""

from __future__ import annotations


class MarsadError(Exception):
    """Base class: every Marsad error has a short stable `code`."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class EmptyText(MarsadError):
    code = "empty_text"


class NoArabic(MarsadError):
    code = "no_arabic"


class DecodeFailed(MarsadError):
    code = "decode_error"


class InvalidRecord(MarsadError):
    code = "invalid_record"


class InvalidJSON(MarsadError):
    code = "invalid_json"


class InvalidDate(MarsadError):
    code = "invalid_date"


class TooLarge(MarsadError):
    code = "too_large"


class DataFileError(MarsadError):
    """A lexicon or KB file is missing, unreadable or fails its schema."""

    code = "data_file"


class UnknownComponent(MarsadError):
    code = "unknown_component"


class PipelineOrderError(MarsadError):
    """A pipeline lists a component before the components it depends on."""

    code = "pipeline_order"
