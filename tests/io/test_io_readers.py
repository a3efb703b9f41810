"""Readers: decoding, file-name dates, directory expansion, JSONL records, HTML pages."""

from __future__ import annotations

import codecs
import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.errors import DecodeFailed, EmptyText, InvalidJSON, InvalidRecord, MarsadError
from marsad.io import (
    ReadOptions,
    count_records,
    date_from_name,
    decode_bytes,
    expand_inputs,
    iter_items,
    read_html,
    record_from_json,
)
from marsad.model import ErrorRecord
from marsad.pipeline import Record

TEXT = "قال شهود عيان إن رتلاً عسكرياً عبر الجسر صباح اليوم، «وسط إجراءات أمنية مشددة»."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("cp1256"),
    ],
)
def test_decode_bytes_detects_encoding(data: bytes) -> None:
    assert decode_bytes(data) == TEXT


def test_decode_bytes_names_the_bad_byte() -> None:
    with pytest.raises(DecodeFailed, match=r"0xff at offset 4"):
        decode_bytes("نص".encode() + b"\xff" + "عربي".encode())


def test_decode_bytes_refuses_implausible_legacy_text() -> None:
    with pytest.raises(DecodeFailed):
        decode_bytes(bytes(range(0x80, 0x100)) * 3)


def test_decode_bytes_with_named_encoding() -> None:
    assert decode_bytes(TEXT.encode("cp1256"), "cp1256") == TEXT
    with pytest.raises(DecodeFailed, match="not valid utf-8"):
        decode_bytes(b"\xd8", "utf-8")
    with pytest.raises(DecodeFailed, match="unknown encoding"):
        decode_bytes(b"x", "no-such-codec")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2024-03-14_drone-attack.txt", "2024-03-14"),
        ("dir/2023-12-01.html", "2023-12-01"),
        ("2024-02-30_bad-day.txt", None),
        ("report-2024-03-14.txt", None),
        ("-", None),
    ],
)
def test_date_from_name(name: str, expected: str | None) -> None:
    assert date_from_name(name) == expected


def test_expand_inputs_sorts_and_filters_directories(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", "c.jsonl", "d.json", "e.md", "f.htm"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    found = [Path(p).name for p in expand_inputs([str(tmp_path), "-"])]
    assert found == ["a.html", "b.txt", "c.jsonl", "f.htm", "-"]


def test_record_from_json_reads_fields() -> None:
    line = json.dumps(
        {"id": 7, "text": TEXT, "published": "2024-01-02", "title": "ع", "url": "u", "source": "s", "x": 1},
        ensure_ascii=False,
    )
    assert record_from_json(line, "f:1") == Record(TEXT, "7", "2024-01-02", "ع", "u", "s")


def test_record_from_json_defaults_id_and_date() -> None:
    record = record_from_json(json.dumps({"text": TEXT}), "batch:3", "2020-05-05")
    assert (record.id, record.published) == ("batch:3", "2020-05-05")


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("{", InvalidJSON),
        ("[1, 2]", InvalidRecord),
        ('{"id": "a"}', InvalidRecord),
        ('{"id": "a", "text": ["x"]}', InvalidRecord),
        ('{"id": {"k": 1}, "text": "نص"}', InvalidRecord),
        ('{"id": "a", "text": "نص", "title": 5}', InvalidRecord),
    ],
)
def test_record_from_json_rejects_bad_lines(line: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        record_from_json(line, "f:1")


def test_iter_items_jsonl_keeps_positions_and_ids(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    good = json.dumps({"id": "g", "text": TEXT}, ensure_ascii=False).encode()
    path.write_bytes(b"\n".join([good, b"", b"{bad", '{"text": "نص'.encode() + b"\xff" + b'"}', good]))
    items = list(iter_items([str(path)], ReadOptions()))
    assert [i.where for i in items] == [f"{path}:1", f"{path}:3", f"{path}:4", f"{path}:5"]
    values = [i.value for i in items]
    assert isinstance(values[0], Record) and isinstance(values[3], Record)
    assert isinstance(values[1], ErrorRecord) and values[1].doc.id == "batch:3"
    assert isinstance(values[2], ErrorRecord) and values[2].error.code == "decode_error"
    assert count_records([str(path)], ReadOptions()) == 4


def test_iter_items_text_file_uses_name_date_unless_given(tmp_path: Path) -> None:
    path = tmp_path / "2024-06-01_x.txt"
    path.write_text(TEXT, encoding="utf-8")
    (item,) = iter_items([str(path)], ReadOptions())
    assert item.value == Record(TEXT, "2024-06-01_x", "2024-06-01")
    (item,) = iter_items([str(path)], ReadOptions(published="2024-07-07"))
    assert isinstance(item.value, Record) and item.value.published == "2024-07-07"


def test_iter_items_unreadable_file_is_an_error(tmp_path: Path) -> None:
    (item,) = iter_items([str(tmp_path / "gone.txt")], ReadOptions())
    assert isinstance(item.value, ErrorRecord) and item.value.error.code == "invalid_record"


PAGE = """<html><head><meta charset="windows-1256"><title>خبر</title>
<meta name="date" content="2024-04-05"></head><body><article><h1>تظاهرة أمام السفارة</h1>
<p>تجمع مئات المحتجين أمام مقر السفارة ظهر أمس مطالبين بطرد السفير، ورفعوا لافتات تندد بالحصار.</p>
<p>وقالت الشرطة إنها لم تعتقل أحداً، وإن التظاهرة انتهت بعد ساعتين من دون حوادث تذكر.</p>
</article></body></html>"""


def test_read_html_extracts_text_and_metadata() -> None:
    page = read_html(PAGE.encode("cp1256"))
    assert "تجمع مئات المحتجين" in page.text and "<p>" not in page.text
    assert page.published == "2024-04-05"
    assert page.title is not None


def test_read_html_without_article_text_fails() -> None:
    with pytest.raises(EmptyText):
        read_html(b"<html><head><title>t</title></head><body></body></html>")


def test_iter_items_streams_jsonl_and_limits_each_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("marsad.io.readers.MAX_BYTES", 400)
    path = tmp_path / "big.jsonl"
    short = json.dumps({"text": TEXT}, ensure_ascii=False)
    long = json.dumps({"id": "L", "text": TEXT * 5}, ensure_ascii=False)
    path.write_text("\n".join([short] * 5 + [long]) + "\n", encoding="utf-8")
    assert path.stat().st_size > 400
    values = [item.value for item in iter_items([str(path)], ReadOptions())]
    assert all(isinstance(v, Record) for v in values[:5])
    assert isinstance(values[5], ErrorRecord) and values[5].error.code == "too_large"


def test_iter_items_unreadable_jsonl_is_an_error(tmp_path: Path) -> None:
    (item,) = iter_items([str(tmp_path / "gone.jsonl")], ReadOptions())
    assert isinstance(item.value, ErrorRecord) and item.value.error.code == "invalid_record"


@given(st.binary(max_size=300))
@settings(max_examples=300, deadline=None)
def test_decode_bytes_returns_text_or_a_coded_error(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data), str)
    except DecodeFailed as exc:
        assert "offset" in exc.message or "not valid" in exc.message


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["id", "text", "published", "title", "url", "source", "x"]), inner),
    max_leaves=8,
)


@given(st.text(max_size=200) | JSON_VALUES.map(json.dumps))
@settings(max_examples=300, deadline=None)
def test_record_from_json_returns_a_record_or_a_coded_error(line: str) -> None:
    with contextlib.suppress(MarsadError):
        assert isinstance(record_from_json(line, "f:1"), Record)
