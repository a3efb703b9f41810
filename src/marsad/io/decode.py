"""Turning input bytes into text: BOM-aware UTF-8, a checked Windows-1256 fallback, clear errors.

Arabic news archives still hold Windows-1256 files. That codec maps almost every byte
to something, so a fallback decode is only accepted when the result reads like Arabic
text; anything else fails with a message naming the first bad byte.
"""

from __future__ import annotations

import codecs
import re

from marsad.errors import DecodeFailed

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LEGACY_ARABIC = "cp1256"
# Characters expected in real text: Arabic letters and punctuation, ASCII, whitespace.
_PLAUSIBLE = re.compile(r"[\u0600-\u06ff\x20-\x7e\s«»–—…“”‘’]")
_MIN_PLAUSIBLE = 0.97


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Decode `data` with `encoding`, or detect it (BOM, UTF-8, plausible Windows-1256)."""
    if encoding:
        return _decode_named(data, encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_named(data, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        legacy = _legacy_arabic(data)
        if legacy is not None:
            return legacy
        raise DecodeFailed(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}) and not "
            f"plausible {LEGACY_ARABIC}; pass --encoding NAME if you know the encoding"
        ) from None


def _decode_named(data: bytes, encoding: str) -> str:
    """Decode strictly with a named codec, turning failures into `DecodeFailed`."""
    try:
        return data.decode(encoding)
    except LookupError:
        raise DecodeFailed(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise DecodeFailed(
            f"not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def _legacy_arabic(data: bytes) -> str | None:
    """The Windows-1256 reading of `data` if it looks like real text, else None."""
    try:
        text = data.decode(LEGACY_ARABIC)
    except UnicodeDecodeError:
        return None
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return None
    good = sum(1 for c in visible if _PLAUSIBLE.match(c))
    return text if good / len(visible) >= _MIN_PLAUSIBLE else None
