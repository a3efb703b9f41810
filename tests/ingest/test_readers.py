"""Ingest readers: every input kind, and malformed inputs reported per record."""

from __future__ import annotations

import functools
import gzip
import io
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from marsad.ingest import expand_sources, iter_reads
from marsad.ingest.record import Read, url_id
from marsad.ingest.sources import kind_of

from .corpus import page

BODY = (
    "عقد مجلس المحافظة جلسة طارئة لمناقشة أزمة المياه في الأحياء الشرقية. "
    "وقال رئيس المجلس إن الخطة الجديدة تشمل حفر ثلاث آبار وإصلاح الشبكة القديمة خلال شهرين. "
    "وأضاف أن الحكومة وعدت بتمويل المشروع كاملاً"
)
RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>وكالة الشرق</title>
<item><title>خبر أول</title><link>https://east.example/1</link><guid>east-1</guid>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><author>محرر</author>
<description>&lt;p&gt;افتتحت البلدية جسراً جديداً فوق النهر.&lt;/p&gt;</description></item>
<item><title>بلا نص</title><link>https://east.example/2</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>صحيفة الغرب</title><id>urn:west</id><updated>2024-03-06T00:00:00Z</updated>
<entry><title>خبر</title><id>urn:west:1</id><link href="https://west.example/1"/>
<updated>2024-03-06T08:00:00Z</updated><content type="html">&lt;p&gt;أعلنت الوزارة تمديد العطلة يومين.&lt;/p&gt;</content></entry>
</feed>"""


def reads(*paths: Path | str) -> list[Read]:
    """All reads of the given inputs."""
    return list(iter_reads(expand_sources([str(p) for p in paths])))


def test_ingest_reads_html_metadata(tmp_path: Path) -> None:
    path = tmp_path / "2024-01-09_water.html"
    path.write_text(page("أزمة المياه", BODY), encoding="utf-8")
    [read] = reads(path)
    a = read.article
    assert a is not None and a.id == "2024-01-09_water"
    assert "ثلاث آبار" in a.text and "الرئيسية" not in a.text
    assert (a.title, a.outlet, a.author, a.url) == ("أزمة المياه", "موقع الخبر", "سارة الأحمد", "https://news.example/a/1")
    assert a.published == "2024-02-03"


def test_ingest_reads_text_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "2024-05-01_note.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "batch.jsonl").write_text(
        '{"id": "j1", "text": "نص أول للتجربة.", "source": "وكالة", "url": "https://x.example/j1"}\n'
        "{not json\n"
        '{"id": "j3", "text": 5}\n',
        encoding="utf-8",
    )
    got = reads(tmp_path)
    assert [r.where for r in got] == [
        f"{tmp_path}/2024-05-01_note.txt", f"{tmp_path}/batch.jsonl:1", f"{tmp_path}/batch.jsonl:2",
        f"{tmp_path}/batch.jsonl:3",
    ]
    by_where = {Path(r.where).name: r for r in got}
    note = by_where["2024-05-01_note.txt"].article
    assert note is not None and note.id == "2024-05-01_note" and note.published == "2024-05-01"
    j1 = by_where["batch.jsonl:1"].article
    assert j1 is not None and (j1.id, j1.outlet, j1.url) == ("j1", "وكالة", "https://x.example/j1")
    assert by_where["batch.jsonl:2"].code == "invalid_json"
    assert by_where["batch.jsonl:3"].code == "invalid_record" and by_where["batch.jsonl:3"].doc_id == "j3"


def test_ingest_reads_rss_and_atom(tmp_path: Path) -> None:
    (tmp_path / "east.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "west.atom").write_text(ATOM, encoding="utf-8")
    east1, east2, west = reads(tmp_path / "east.rss", tmp_path / "west.atom")
    assert east1.article is not None and east1.article.outlet == "وكالة الشرق"
    assert east1.article.text == "افتتحت البلدية جسراً جديداً فوق النهر."
    assert (east1.article.id, east1.article.published) == (url_id("east-1"), "2024-03-05")
    assert east2.article is None and east2.code == "invalid_record" and east2.where.endswith("east.rss#2")
    assert west.article is not None and west.article.outlet == "صحيفة الغرب"
    assert west.article.url == "https://west.example/1" and west.article.published == "2024-03-06"


def test_ingest_reports_a_broken_feed(tmp_path: Path) -> None:
    (tmp_path / "broken.xml").write_text("<rss><channel><title>x</title>", encoding="utf-8")
    [read] = reads(tmp_path / "broken.xml")
    assert read.article is None and read.code == "invalid_feed" and read.where.endswith("broken.xml")


def _warc(records: list[tuple[str, str, str]], compress: bool) -> bytes:
    """A WARC archive of (url, content type, body) responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for url, ctype, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=headers)
        )
    return out.getvalue()


@pytest.mark.parametrize("compress", [False, True])
def test_ingest_reads_warc(tmp_path: Path, compress: bool) -> None:
    data = _warc(
        [
            ("https://news.example/w/1", "text/html; charset=utf-8", page("مياه", BODY, url="https://news.example/w/1")),
            ("https://news.example/logo.png", "image/png", "PNG"),
            ("https://news.example/w/2", "text/html", "<html><body></body></html>"),
        ],
        compress,
    )
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(data)
    first, empty = reads(path)
    assert first.article is not None and first.article.id == url_id("https://news.example/w/1")
    assert first.article.url == "https://news.example/w/1" and "ثلاث آبار" in first.article.text
    assert empty.article is None and empty.code == "empty_text" and "@" in empty.where


def test_ingest_reports_a_broken_warc(tmp_path: Path) -> None:
    good = _warc([("https://news.example/w/1", "text/html", page("مياه", BODY))], compress=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(good + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ngarbage")
    got = reads(path)
    assert got[0].article is not None
    assert got[-1].article is None and got[-1].code == "invalid_warc" and "cut.warc@record" in got[-1].where
    (tmp_path / "junk.warc.gz").write_bytes(gzip.compress(b"this is not a warc file at all"))
    [junk] = reads(tmp_path / "junk.warc.gz")
    assert junk.code == "invalid_warc"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """No request log on stderr."""


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """A local web server on 127.0.0.1 serving tmp_path/site; yields its base URL."""
    root = tmp_path / "site"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_ingest_fetches_url_list(tmp_path: Path, site: str) -> None:
    (tmp_path / "site" / "a.html").write_text(page("مياه", BODY, url=f"{site}/a.html"), encoding="utf-8")
    urls = tmp_path / "list.txt"
    urls.write_text(f"# morning list\n{site}/a.html\n\n{site}/missing.html\n", encoding="utf-8")
    assert kind_of(urls) == "urls"
    ok, missing = reads(urls)
    assert ok.article is not None and ok.article.id == url_id(f"{site}/a.html") and ok.where == f"{urls}:2"
    assert missing.article is None and missing.code == "fetch_failed" and "404" in (missing.message or "")


def test_ingest_directory_walk_is_sorted_and_recursive(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "1.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "notes.md").write_text(BODY, encoding="utf-8")
    assert [Path(s.path).relative_to(tmp_path).as_posix() for s in expand_sources([str(tmp_path)])] == [
        "1.txt", "b/2.txt",
    ]
