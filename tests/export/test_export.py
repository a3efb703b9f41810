"""Exports and the corpus commands on a SQLite store filled with hand-made analyses."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus.builders import Spec, build
from marsad.cli import _load_commands, app
from marsad.corpus.linking import link_store
from marsad.export import ExportError, export
from marsad.store import ArticleFilter, NewArticle, Store, open_store

SPECS = [
    Spec("a", "wire", "2024-03-05", date="2024-03-05", killed=12),
    Spec("b", "state", "2024-03-06", date="2024-03-05", killed=15),
    Spec("c", "wire", "2024-04-10", date="2024-04-10", type="PROTEST", mode="demonstration",
         place="damascus", actor="civilians"),
    Spec("d", "state", "2024-03-12", date="2024-03-12", place="khan", killed=3),
]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[tuple[Store, str]]:
    """A SQLite store with four analysed articles, linked."""
    url = str(tmp_path / "corpus.db")
    store = open_store(url)
    for spec in SPECS:
        info, analysis, text = build(spec)
        store.add_article(NewArticle(id=info.id, text=text, published=info.published,
                                     outlet=info.outlet))
        store.save_analysis(info.id, analysis, "test")
    link_store(store)
    yield store, url
    store.close()


def test_link_store_writes_incidents_and_stories(db: tuple[Store, str]) -> None:
    store, _ = db
    incidents = store.incidents()
    assert sorted(tuple(i.articles) for i in incidents) == [("a", "b"), ("c",), ("d",)]
    [story] = store.stories()
    assert story.incidents and "Israel" in story.title
    assert [e.date for e in story.timeline] == sorted(e.date or "" for e in story.timeline)
    assert all(store.incident(i) is not None and store.incident(i).story == story.id  # type: ignore[union-attr]
               for i in story.incidents)


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_csv_rows_keep_article_and_offsets(db: tuple[Store, str], tmp_path: Path) -> None:
    store, _ = db
    out = tmp_path / "e.csv"
    assert export(store, "csv", out) == 4
    rows = _csv(out)
    text = store.article_text("a") or ""
    row = next(r for r in rows if r["article"] == "a")
    assert text[int(row["trigger_start"]) : int(row["trigger_end"])] == row["trigger"]
    assert text[int(row["location_start"]) : int(row["location_end"])] == row["location"]
    assert row["incident"] and row["killed"] == "12.0"


@pytest.mark.parametrize(
    ("filters", "articles"),
    [
        (ArticleFilter(event_type="protest"), {"c"}),
        (ArticleFilter(outlet="state"), {"b", "d"}),
        (ArticleFilter(date_from="2024-03-10", date_to="2024-03-31"), {"d"}),
        (ArticleFilter(date_to="2024-03"), {"a", "b", "d"}),
        (ArticleFilter(country="syr"), {"c"}),
        (ArticleFilter(actor="israel"), {"a", "b", "d"}),
    ],
)
def test_filters(db: tuple[Store, str], tmp_path: Path, filters: ArticleFilter, articles: set[str]) -> None:
    out = tmp_path / "f.csv"
    export(db[0], "csv", out, filters)
    assert {r["article"] for r in _csv(out)} == articles


def test_acled_csv(db: tuple[Store, str], tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    export(db[0], "acled-csv", out)
    rows = {r["article"]: r for r in _csv(out)}
    assert rows["a"]["event_type"] == "Explosions/Remote violence"
    assert rows["a"]["sub_event_type"] == "Air/drone strike" and rows["a"]["fatalities"] == "12"
    assert rows["c"]["event_type"] == "Protests" and rows["a"]["notes"].startswith("قصف")
    assert rows["a"]["event_id_cnty"] == rows["b"]["event_id_cnty"]
    assert rows["a"]["trigger_start"] == "0"
    assert rows["c"]["country"] == "Syria" and rows["c"]["iso3"] == "SYR"


def test_plover_json_and_geojson(db: tuple[Store, str], tmp_path: Path) -> None:
    store, _ = db
    export(store, "plover-json", tmp_path / "p.json")
    records = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    rec = next(r for r in records if r["id"] == "a#ev1")
    assert rec["event_type"] == "ASSAULT" and rec["source"]["article"] == "a"
    assert rec["actor"]["name"] == "Israel" and rec["location"]["lat"] == 31.5
    export(store, "geojson", tmp_path / "g.json", ArticleFilter(event_type="ASSAULT"))
    geo = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2
    feat = next(f for f in geo["features"] if f["properties"]["articles"] == ["a", "b"])
    assert feat["geometry"]["coordinates"] == [34.47, 31.5]
    assert feat["properties"]["disagreements"]["killed"] == {"state": "15", "wire": "12"}
    assert {e["article"] for e in feat["properties"]["evidence"]} == {"a", "b"}


def test_parquet(db: tuple[Store, str], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow (the parquet extra) is not installed")
    export(db[0], "parquet", tmp_path / "e.parquet")
    table = pq.read_table(str(tmp_path / "e.parquet"))
    assert table.num_rows == 4 and "trigger_start" in table.column_names


def test_unknown_format(db: tuple[Store, str], tmp_path: Path) -> None:
    with pytest.raises(ExportError):
        export(db[0], "xml", tmp_path / "x")


def test_cli_commands(db: tuple[Store, str], tmp_path: Path) -> None:
    _load_commands()
    runner = CliRunner()
    url = db[1]
    res = runner.invoke(app, ["incidents", "--db", url, "--format", "json", "--type", "ASSAULT"])
    assert res.exit_code == 0, res.output
    assert sorted(len(json.loads(x)["articles"]) for x in res.output.splitlines()) == [1, 2]
    res = runner.invoke(app, ["stories", "--db", url])
    assert res.exit_code == 0 and "Israel" in res.output
    res = runner.invoke(app, ["export", "--db", url, "--format", "acled-csv", "-o",
                              str(tmp_path / "x.csv"), "--outlet", "wire"])
    assert res.exit_code == 0 and len(_csv(tmp_path / "x.csv")) == 2
    res = runner.invoke(app, ["link", "--db", url])
    assert res.exit_code == 0 and "3 incidents, 1 stories" in res.output
    assert runner.invoke(app, ["export", "--db", url, "--format", "xml", "-o", "y"]).exit_code == 2


def test_parquet_without_pyarrow_says_how_to_install(
    db: tuple[Store, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ExportError, match=r"marsad\[parquet\]"):
        export(db[0], "parquet", tmp_path / "e.parquet")
