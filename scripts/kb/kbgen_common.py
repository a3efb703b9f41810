"""Shared helpers of the KB generation scripts (reading hand-written inputs, writing KB files).

Only used at generation time (`pip install -e .[kbgen]`); the package never imports this.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from marsad.text.normalize import normalize_key

ROOT = Path(__file__).resolve().parents[2]
KB_DATA = ROOT / "src" / "marsad" / "kb" / "data"
GEN_DATA = Path(__file__).resolve().parent / "data"


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV with '#' comment lines before the column header."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return [dict(row) for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t")]


def split_list(value: str) -> list[str]:
    """Split a '|'-separated cell into its non-empty stripped items."""
    return [v.strip() for v in value.split("|") if v.strip()]


def slugify(text: str) -> str:
    """Lowercase ASCII slug with hyphens ('Dayr az-Zawr' -> 'dayr-az-zawr')."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def dedupe(names: Iterable[str], key: Any) -> list[str]:
    """Keep the first of several names with the same matching key, in order."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        k = key(name)
        if k and k not in seen:
            seen.add(k)
            out.append(name)
    return out


def write_yaml(path: Path, version: str, source: str, entries: list[dict[str, Any]]) -> None:
    """Write a KB YAML file with its header and entries (stable key order)."""
    doc = {"version": version, "source": source, "kind": "kb", "entries": entries}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000,
                          default_flow_style=None)
    path.write_text(text, encoding="utf-8")


def bare(key: str) -> str:
    """A normalised key without its leading article."""
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


def load_words() -> set[str]:
    """Normalised common words of the stoplist."""
    lines = (GEN_DATA / "common_words_ar.txt").read_text(encoding="utf-8").splitlines()
    return {normalize_key(ln.strip()) for ln in lines if ln.strip() and not ln.startswith("#")}
