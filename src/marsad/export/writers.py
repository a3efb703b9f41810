"""Writers of each export format (`marsad export --format ...`)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from marsad.corpus.model import Incident
from marsad.errors import MarsadError
from marsad.export.acled import COLUMNS, acled_row
from marsad.export.rows import Row, event_rows, keep_incident
from marsad.model import Analysis, Event
from marsad.store.base import ArticleFilter, Store


class ExportError(MarsadError):
    """An export cannot be written (unknown format, missing optional dependency)."""

    code = "export_error"


def _sentence(analysis: Analysis, text: str | None, event: Event) -> str:
    sent = next((s for s in analysis.sentences if s.index == event.sentence), None)
    return text[sent.start : sent.end] if text and sent else event.trigger.text


def _rows(store: Store, f: ArticleFilter) -> list[Row]:
    return [row for row, *_ in event_rows(store.iter_analyses(), store.incidents(), f)]


def _write_csv(rows: list[Row], path: Path, columns: list[str] | None = None) -> int:
    cols = columns or (list(rows[0]) if rows else [])
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=cols)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def write_csv(store: Store, path: Path, f: ArticleFilter) -> int:
    """One row per event with article id and evidence offsets."""
    return _write_csv(_rows(store, f), path)


def write_parquet(store: Store, path: Path, f: ArticleFilter) -> int:
    """The csv rows as a Parquet table (needs pyarrow: `pip install marsad[parquet]`)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ModuleNotFoundError as exc:
        raise ExportError("parquet export needs pyarrow: pip install 'marsad[parquet]'") from exc
    rows = _rows(store, f)
    pq.write_table(pa.Table.from_pylist(rows), str(path))
    return len(rows)


def write_acled(store: Store, path: Path, f: ArticleFilter) -> int:
    """ACLED columns (plus article id and offsets) for events with an ACLED counterpart."""
    texts: dict[str, str | None] = {}
    rows = []
    for row, info, analysis, event in event_rows(store.iter_analyses(), store.incidents(), f):
        if info.id not in texts:
            texts[info.id] = store.article_text(info.id)
        if (out := acled_row(row, _sentence(analysis, texts[info.id], event))) is not None:
            rows.append(out)
    return _write_csv(rows, path, COLUMNS)


def plover_record(row: Row) -> dict[str, Any]:
    """A PLOVER-style event record with evidence spans."""
    def span(prefix: str) -> dict[str, Any] | None:
        if row[prefix] is None:
            return None
        return {"text": row[prefix], "name": row[f"{prefix}_en"], "kb_id": row[f"{prefix}_kb"],
                "country": row[f"{prefix}_country"], "start": row[f"{prefix}_start"],
                "end": row[f"{prefix}_end"]}

    return {
        "id": f"{row['article']}#{row['event']}", "incident": row["incident"], "date": row["date"],
        "event_type": row["type"], "mode": row["mode"], "factuality": row["factuality"],
        "actor": span("actor"), "recipient": span("target"),
        "location": span("location") and {**span("location"), "lat": row["lat"], "lon": row["lon"]},  # type: ignore[dict-item]
        "fatalities": row["killed"], "injuries": row["injured"],
        "source": {"article": row["article"], "outlet": row["outlet"], "url": row["url"],
                   "published": row["published"]},
        "trigger": {"text": row["trigger"], "start": row["trigger_start"], "end": row["trigger_end"]},
    }


def write_plover(store: Store, path: Path, f: ArticleFilter) -> int:
    """A JSON array of PLOVER-style event records."""
    records = [plover_record(r) for r in _rows(store, f)]
    path.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(records)


def feature(inc: Incident) -> dict[str, Any]:
    """A GeoJSON Point feature of a located incident."""
    props = inc.model_dump(exclude={"reports", "lat", "lon", "disagreements"})
    props["killed"] = max((r.killed for r in inc.reports if r.killed is not None), default=None)
    props["evidence"] = [
        {"article": r.article, "event": r.event, "start": r.trigger.start, "end": r.trigger.end}
        for r in inc.reports
    ]
    props["disagreements"] = {d.field: d.values for d in inc.disagreements}
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [inc.lon, inc.lat]},
            "properties": props}


def write_geojson(store: Store, path: Path, f: ArticleFilter) -> int:
    """Located incidents as a GeoJSON FeatureCollection."""
    feats = [feature(i) for i in store.incidents() if i.lat is not None and i.lon is not None
             and keep_incident(i, f)]
    doc = {"type": "FeatureCollection", "features": feats}
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(feats)


FORMATS: dict[str, Callable[[Store, Path, ArticleFilter], int]] = {
    "csv": write_csv, "parquet": write_parquet, "geojson": write_geojson,
    "plover-json": write_plover, "acled-csv": write_acled,
}


def export(store: Store, fmt: str, path: Path, filters: ArticleFilter | None = None) -> int:
    """Write the store's events (or incidents, for geojson) to `path`; the number of records."""
    writer = FORMATS.get(fmt)
    if writer is None:
        raise ExportError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    return writer(store, path, filters or ArticleFilter())

