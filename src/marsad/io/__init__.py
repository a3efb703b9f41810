"""Reading input documents: text files, HTML, JSONL, stdin."""

from marsad.io.decode import decode_bytes
from marsad.io.html import Page, read_html
from marsad.io.readers import (
    Item,
    ReadOptions,
    count_records,
    date_from_name,
    expand_inputs,
    is_jsonl,
    iter_items,
    missing_inputs,
    record_from_json,
)

__all__ = [
    "Item",
    "Page",
    "ReadOptions",
    "count_records",
    "date_from_name",
    "decode_bytes",
    "expand_inputs",
    "is_jsonl",
    "iter_items",
    "missing_inputs",
    "read_html",
    "record_from_json",
]
