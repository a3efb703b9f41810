"""The Store contract, run against SQLite and PostgreSQL alike (see conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.store import ArticleFilter, NewArticle, Store, StoreError, open_store
from marsad.store.dedup import BANDS, BUCKET_READ, content_hash
from marsad.store.migrate import latest_version
from marsad.store.rows import encode
from marsad.store.sql import SqlStore

from .samples import OTHER, TEXT, analysis, article, incident, story

WIRE = (
    "أعلنت وزارة الصحة مساء الأحد مقتل خمسة مدنيين وإصابة عشرين آخرين في قصف استهدف سوقاً شعبية "
    "في مدينة حدودية، وقالت إن فرق الإسعاف نقلت الجرحى إلى ثلاثة مستشفيات في المنطقة. "
    "وأضافت الوزارة في بيانها أن بين القتلى طفلين وامرأة، وأن حصيلة الضحايا قابلة للارتفاع "
    "لأن عدداً من المصابين في حالة حرجة، ودعت المنظمات الدولية إلى التدخل العاجل لوقف الهجمات."
)


def sql(store: Store) -> SqlStore:
    """The store as its SQL implementation (both back-ends are)."""
    assert isinstance(store, SqlStore)
    return store


def test_store_migrations_recorded_once(store: Store, store_url: str) -> None:
    assert sql(store).schema_version() == latest_version()
    store.close()
    reopened = open_store(store_url)
    rows = sql(reopened).execute("SELECT version, name FROM schema_migrations ORDER BY version")
    assert [r[0] for r in rows] == list(range(1, latest_version() + 1))
    reopened.close()


def test_store_add_new_and_same_id(store: Store) -> None:
    assert store.add_article(article("a1", outlet="وكالة أ")).status == "new"
    again = store.add_article(article("a1", outlet="وكالة أ"))
    assert (again.article_id, again.status) == ("a1", "same_id")
    info = store.article("a1")
    assert info is not None and info.content_hash == content_hash(TEXT) and info.length == len(TEXT)
    assert store.article_text("a1") == TEXT
    assert store.article("nope") is None and store.article_text("nope") is None


def test_store_same_id_needs_no_fingerprint(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.add_article(article("a1"))
    store.add_article(article("c1", TEXT))  # a copy: its id is known too

    def no_fingerprint(text: str) -> None:
        raise AssertionError("a stored id was fingerprinted again")

    monkeypatch.setattr("marsad.store.sql.fingerprint", no_fingerprint)
    assert [store.add_article(article(i)).status for i in ("a1", "c1")] == ["same_id", "same_id"]


def test_store_same_url_and_same_text_are_copies(store: Store) -> None:
    store.add_article(article("a1", url="https://a.example/1", outlet="أ"))
    by_url = store.add_article(article("b1", OTHER, url="https://a.example/1", outlet="ب"))
    # Diacritics, hamza spelling and spacing do not change the normalised text.
    variant = TEXT.replace("قال", "قَالَ").replace("إن", "ان").replace(" ", "  ", 3)
    by_text = store.add_article(article("c1", variant, outlet="ج"))
    assert (by_url.article_id, by_url.status) == ("a1", "same_url")
    assert (by_text.article_id, by_text.status) == ("a1", "same_text")
    info = store.article("a1")
    assert info is not None and info.outlets == ["أ", "ب", "ج"] and info.urls == ["https://a.example/1"]
    assert [a.id for a in store.articles()] == ["a1"]
    # A copy's id is remembered: ingesting it again is a no-op.
    assert store.add_article(article("c1", variant, outlet="ج")).status == "same_id"


def test_store_near_duplicate_recorded_against_first(store: Store) -> None:
    store.add_article(article("w1", WIRE, outlet="أ"))
    edited = WIRE.replace("العاجل", "الفوري")  # one word changed by the second outlet
    result = store.add_article(article("w2", edited, outlet="ب"))
    assert (result.article_id, result.status) == ("w1", "near_duplicate")
    copy = store.article("w2")
    first = store.article("w1")
    assert copy is not None and copy.duplicate_of == "w1"
    assert first is not None and first.outlets == ["أ", "ب"]
    assert store.add_article(article("x1", OTHER)).status == "new"
    assert store.pending() == ["w1", "x1"]


def test_store_near_duplicate_found_past_crowded_buckets(store: Store) -> None:
    # Eight of the original's bands are shared with thirty stored articles whose ids sort
    # first (boilerplate): a look-up reads only BUCKET_READ of each bucket, and still finds
    # the original through its other bands.
    db = sql(store)
    for k in range(30):
        store.add_article(article(f"a{k:02d}", f"{OTHER} {k} " * 3))
    store.add_article(article("w1", WIRE))
    keys = [row[0] for row in db.execute("SELECT band_key FROM article_bands WHERE article_id = 'w1'")]
    assert len(keys) == BANDS
    with db.transaction():
        db.executemany(
            "INSERT INTO article_bands (band_key, article_id) VALUES (?, ?)",
            [(key, f"a{k:02d}") for key in sorted(keys)[:8] for k in range(30)],
        )
    assert BUCKET_READ < 30
    result = store.add_article(article("w2", WIRE.replace("العاجل", "الفوري")))
    assert (result.article_id, result.status) == ("w1", "near_duplicate")


def test_store_analysis_round_trip_and_layer_rows(store: Store) -> None:
    store.add_article(article("a1"))
    saved = analysis("a1")
    store.save_analysis("a1", saved, "v1")
    assert store.analysis("a1") == saved
    db = sql(store)
    for table in ("entities", "times", "quantities", "framing"):
        for text, start, end in db.execute(f"SELECT text, start_char, end_char FROM {table}"):
            assert TEXT[start:end] == text
    trigger, start, end, actor = db.execute(
        "SELECT trigger_text, start_char, end_char, actor_name_en FROM events WHERE article_id = ?", ("a1",)
    )[0]
    assert TEXT[start:end] == trigger and actor == "Syrian Army"
    cue, cstart, cend = db.execute("SELECT cue_text, cue_start, cue_end FROM attributions")[0]
    assert TEXT[cstart:cend] == cue


def test_store_saves_an_encoded_analysis_as_the_analysis_itself(store: Store, tmp_path: Path) -> None:
    store.add_article(article("a1"))
    store.save_analysis("a1", encode("a1", analysis("a1")), "v1")
    other = open_store(str(tmp_path / "plain.db"))
    other.add_article(article("a1"))
    other.save_analysis("a1", analysis("a1"), "v1")
    tables = ("entities", "times", "quantities", "events", "attributions", "framing")
    for table in tables:
        query = f"SELECT * FROM {table} ORDER BY id"
        assert sql(store).execute(query) == sql(other).execute(query)
    query = "SELECT analysis, schema_version FROM analyses"
    assert sql(store).execute(query) == sql(other).execute(query)
    other.close()


def test_store_refuses_an_analysis_encoded_for_another_article(store: Store) -> None:
    store.add_article(article("a1"))
    with pytest.raises(ValueError, match="encoded for b1"):
        store.save_analysis("a1", encode("b1", analysis("a1")), "v1")


def test_encode_leaves_out_empty_layers_and_starts_rows_with_the_id() -> None:
    encoded = encode("a1", analysis("a1").model_copy(update={"quantities": []}))
    assert "quantities" not in [layer.table for layer, _ in encoded.layers]
    assert all(row[0] == "a1" for _, rows in encoded.layers for row in rows)
    assert encoded.body == analysis("a1").model_copy(update={"quantities": []}).model_dump_json()


def test_store_save_analysis_replaces(store: Store) -> None:
    store.add_article(article("a1"))
    store.save_analysis("a1", analysis("a1"), "v1")
    store.save_analysis("a1", analysis("a1"), "v2")
    assert sql(store).execute("SELECT COUNT(*) FROM entities")[0][0] == 2
    info = store.article("a1")
    assert info is not None and info.analyzer_version == "v2"


def test_store_pending_by_version(store: Store) -> None:
    store.add_article(article("a1"))
    store.add_article(article("b1", OTHER))
    store.save_analysis("a1", analysis("a1"), "v1")
    assert store.pending() == ["b1"]
    assert store.pending("v1") == ["b1"]
    assert store.pending("v2") == ["a1", "b1"]


def test_store_iter_analyses_skips_unanalysed(store: Store) -> None:
    store.add_article(article("a1", published="2024-03-02"))
    store.add_article(article("b1", OTHER))
    store.save_analysis("a1", analysis("a1"), "v1")
    pairs = list(store.iter_analyses())
    assert [(info.id, a.doc.id) for info, a in pairs] == [("a1", "a1")]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (ArticleFilter(), ["c1", "a1", "b1", "d0"]),  # by date, no date last
        (ArticleFilter(date_from="2024-03-02"), ["a1", "b1"]),
        (ArticleFilter(date_to="2024-03-01"), ["c1"]),
        (ArticleFilter(outlet="ب"), ["b1"]),
        (ArticleFilter(country="SYR"), ["a1"]),
        (ArticleFilter(event_type="ASSAULT"), ["a1"]),
        (ArticleFilter(actor="Syrian Army"), ["a1"]),
        (ArticleFilter(query="عمّان"), ["b1"]),
        (ArticleFilter(limit=1, offset=1), ["a1"]),
    ],
)
def test_store_article_filters(store: Store, filters: ArticleFilter, expected: list[str]) -> None:
    store.add_article(article("a1", published="2024-03-02", outlet="أ"))
    store.add_article(article("b1", OTHER, published="2024-03-05T08:00:00", outlet="ب"))
    store.add_article(NewArticle(id="c1", text="نص ثالث قصير عن اجتماع.", published="2024-02-28"))
    store.add_article(NewArticle(id="d0", text="نص بلا تاريخ نشر."))
    store.save_analysis("a1", analysis("a1"), "v1")
    assert [a.id for a in store.articles(filters)] == expected


def test_store_incidents_replace_and_filter(store: Store) -> None:
    store.add_article(article("a1"))
    first = [incident("i1", ["a1"], ["أ"], actors=["Syrian Army"]), incident("i2", ["a1"], ["ب"], type="PROTEST")]
    store.replace_incidents(first)
    assert [i.id for i in store.incidents()] == ["i1", "i2"]
    assert [i.id for i in store.incidents(ArticleFilter(event_type="PROTEST"))] == ["i2"]
    assert [i.id for i in store.incidents(ArticleFilter(actor="Syrian Army"))] == ["i1"]
    assert [i.id for i in store.incidents(ArticleFilter(outlet="ب"))] == ["i2"]
    assert [i.id for i in store.incidents(ArticleFilter(date_from="2024-03-02"))] == []
    assert store.incident("i1") == first[0]
    store.replace_incidents([incident("i3", ["a1"], ["ج"])])
    assert [i.id for i in store.incidents()] == ["i3"] and store.incident("i1") is None
    assert sql(store).execute("SELECT incident_id FROM incident_reports") == [("i3",)]


def test_store_stories_replace(store: Store) -> None:
    saved = [story("s1", ["i1"], ["a1"]), story("s2", ["i2"], [])]
    store.replace_stories(saved)
    assert store.stories() == saved and store.story("s2") == saved[1] and store.story("x") is None
    store.replace_stories([])
    assert store.stories() == []
    assert sql(store).execute("SELECT COUNT(*) FROM story_members")[0][0] == 0


def test_store_failed_transaction_leaves_nothing(store: Store) -> None:
    store.add_article(article("a1"))
    broken = analysis("a1").model_copy(update={"entities": [analysis("a1").entities[0]] * 2})
    with pytest.raises(StoreError):
        store.save_analysis("a1", broken, "v1")  # duplicate entity id violates the primary key
    assert store.analysis("a1") is None
    assert sql(store).execute("SELECT COUNT(*) FROM entities")[0][0] == 0
    assert store.add_article(article("b1", OTHER)).status == "new"


def test_store_batch_commits_its_writes_together(store: Store, store_url: str) -> None:
    with store.batch():
        store.add_article(article("a1"))
        store.save_analysis("a1", analysis("a1"), "v1")
        assert store.analysis("a1") == analysis("a1")  # the batch reads its own writes
        other = open_store(store_url)
        assert other.article("a1") is None  # nothing is visible before the batch commits
        other.close()
    reopened = open_store(store_url)
    assert reopened.analysis("a1") == analysis("a1")
    reopened.close()


def test_store_failed_write_rolls_its_batch_back(store: Store) -> None:
    store.add_article(article("a1"))
    broken = analysis("a1").model_copy(update={"entities": [analysis("a1").entities[0]] * 2})
    with pytest.raises(StoreError, match="nothing in it was stored"), store.batch():
        store.add_article(article("b1", OTHER))
        with pytest.raises(StoreError):
            store.save_analysis("a1", broken, "v1")  # caught, yet the batch must not commit
        with pytest.raises(StoreError, match="earlier write"):
            store.add_article(article("c1", WIRE))
    assert store.article("b1") is None and store.analysis("a1") is None
    assert [a.id for a in store.articles()] == ["a1"]
    assert store.add_article(article("b1", OTHER)).status == "new"
