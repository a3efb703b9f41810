"""`marsad analyze`: inputs, formats, per-record errors, exit codes, determinism."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

import marsad.cli.analyze  # noqa: F401  (registers the command)
from marsad.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ARTICLE = "قال المتحدث باسم الجيش أمس إن قواته صدّت هجوماً على بلدة حدودية وأسرت 3 مسلحين."
OTHER = "أعلنت وزارة الصحة مساء الأحد مقتل خمسة مدنيين في قصف استهدف سوقاً شعبية."
PAGE = """<html lang="ar"><head><meta charset="utf-8"><title>عنوان الخبر</title>
<meta property="og:title" content="اجتماع أمني في عمّان">
<meta property="og:site_name" content="موقع تجريبي">
<meta property="og:url" content="https://example.org/a/1">
<meta property="article:published_time" content="2024-02-03T10:00:00+03:00">
</head><body><nav>الرئيسية | رياضة</nav><article><h1>اجتماع أمني في عمّان</h1>
<p>عقد وزراء خارجية ثلاث دول عربية اجتماعاً في عمّان أمس لبحث أمن الحدود المشتركة ومكافحة التهريب.</p>
<p>وقال مسؤول أردني إن المجتمعين اتفقوا على تشكيل لجنة فنية تجتمع كل شهرين لمتابعة تنفيذ ما تم الاتفاق عليه.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""

runner = CliRunner()


def run(*args: str, stdin: bytes | str | None = None) -> Result:
    """Invoke `marsad analyze` in-process."""
    return runner.invoke(app, ["analyze", *args], input=stdin)


def record_errors(stderr: str) -> list[str]:
    """The per-record error lines the command printed on stderr."""
    return [line for line in stderr.splitlines() if line.startswith("marsad: ")]


def write(path: Path, content: str | bytes) -> Path:
    """Write text (UTF-8) or bytes to `path`."""
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_analyze_single_file_is_one_object_with_date_from_name(tmp_path: Path) -> None:
    f = write(tmp_path / "2024-03-05_raid.txt", ARTICLE)
    result = run(str(f))
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["doc"]["id"] == "2024-03-05_raid"
    assert out["doc"]["published"] == "2024-03-05"
    assert out["doc"]["length"] == len(ARTICLE)


def test_analyze_published_option_beats_file_name(tmp_path: Path) -> None:
    f = write(tmp_path / "2024-03-05_raid.txt", ARTICLE)
    out = json.loads(run(str(f), "--published", "2023-12-31").stdout)
    assert out["doc"]["published"] == "2023-12-31"


def test_analyze_offsets_point_into_the_input(tmp_path: Path) -> None:
    f = write(tmp_path / "a.txt", ARTICLE + "\n" + OTHER)
    out = json.loads(run(str(f)).stdout)
    text = ARTICLE + "\n" + OTHER
    for layer in ("entities", "times", "quantities", "framing"):
        for item in out[layer]:
            assert text[item["start"] : item["end"]] == item["text"]
    assert all(0 <= s["start"] <= s["end"] <= len(text) for s in out["sentences"])


ERROR_CASES = [
    ("bad.jsonl", b'{"id": "ok", "text": "%s"}\n{not json\n', "invalid_json", "bad:2"),
    ("bad.jsonl", b'{"id": "r1", "title": "x"}\n', "invalid_record", "r1"),
    ("bad.jsonl", b'{"id": "r2", "text": "   "}\n', "empty_text", "r2"),
    ("bad.jsonl", b'{"id": "r3", "text": 42}\n', "invalid_record", "r3"),
    ("bad.jsonl", b'["a list"]\n', "invalid_record", "bad:1"),
    ("bad.jsonl", b'{"id": "r4", "text": "%s", "published": "soon"}\n', "invalid_date", "r4"),
    ("empty.txt", b"", "empty_text", "empty"),
    ("bytes.txt", "نص عربي".encode() + b"\xff\xfe\x00\x81 tail", "decode_error", "bytes"),
    ("latin.txt", b"No Arabic letters at all, only 123.", "no_arabic", "latin"),
    ("page.html", b"<html><head><title>x</title></head><body></body></html>", "empty_text", "page"),
]


@pytest.mark.parametrize(("name", "content", "code", "doc_id"), ERROR_CASES)
def test_analyze_bad_record_gives_error_object_line_and_exit_1(
    tmp_path: Path, name: str, content: bytes, code: str, doc_id: str
) -> None:
    data = content.replace(b"%s", ARTICLE.encode())
    f = write(tmp_path / name, data)
    result = run(str(f), "--format", "jsonl")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    errors = [r for r in records if "error" in r]
    assert errors == [{"doc": {"id": doc_id}, "error": {"code": code, "message": errors[0]["error"]["message"]}}]
    lines = record_errors(result.stderr)
    assert len(lines) == 1 and code in lines[0] and str(f) in lines[0]


def test_analyze_too_large_text_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("marsad.pipeline.MAX_CHARS", 20)
    f = write(tmp_path / "long.txt", ARTICLE)
    result = run(str(f), "-f", "jsonl")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["code"] == "too_large"


def test_analyze_directory_mixing_good_and_bad_keeps_order(tmp_path: Path) -> None:
    write(tmp_path / "a_good.txt", ARTICLE)
    write(tmp_path / "b_bad.txt", b"\x81\x82\x83 \xc0\xc1")
    write(tmp_path / "c_batch.jsonl", json.dumps({"id": "j1", "text": OTHER}, ensure_ascii=False) + "\n\n{oops}\n")
    write(tmp_path / "d_page.html", PAGE)
    write(tmp_path / "notes.md", "ignored")
    result = run(str(tmp_path))
    assert result.exit_code == 1
    out = json.loads(result.stdout)
    ids = [r["doc"]["id"] for r in out]
    assert ids == ["a_good", "b_bad", "j1", "c_batch:3", "d_page"]
    assert ["error" in r for r in out] == [False, True, False, True, False]
    assert len(record_errors(result.stderr)) == 2


def test_analyze_exit_0_when_all_records_succeed(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", OTHER)
    result = run(str(tmp_path), "-f", "jsonl")
    assert result.exit_code == 0
    assert record_errors(result.stderr) == []
    assert len(result.stdout.splitlines()) == 2


def test_analyze_stdin_plain_text() -> None:
    result = run("-", "--published", "2024-01-02", stdin=ARTICLE.encode())
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert out["doc"]["id"] == "stdin" and out["doc"]["published"] == "2024-01-02"


def test_analyze_stdin_jsonl_with_default_date() -> None:
    lines = [
        {"id": "a", "text": ARTICLE, "published": "2024-05-06", "source": "وكالة"},
        {"id": "b", "text": OTHER},
    ]
    stdin = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
    result = run("-", "--jsonl", "--published", "2024-01-02", "-f", "jsonl", stdin=stdin)
    assert result.exit_code == 0
    docs = [json.loads(line)["doc"] for line in result.stdout.splitlines()]
    assert [(d["id"], d["published"], d["source"]) for d in docs] == [
        ("a", "2024-05-06", "وكالة"),
        ("b", "2024-01-02", None),
    ]


def test_analyze_html_takes_text_and_metadata(tmp_path: Path) -> None:
    f = write(tmp_path / "page.html", PAGE)
    result = run(str(f))
    assert result.exit_code == 0
    doc = json.loads(result.stdout)["doc"]
    assert doc["title"] == "اجتماع أمني في عمّان"
    assert doc["url"] == "https://example.org/a/1"
    assert doc["source"] == "موقع تجريبي"
    assert doc["published"] == "2024-02-03"


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["/no/such/file.txt"],
        ["{dir}", "--published", "2024-02-30"],
        ["{dir}", "--format", "xml"],
        ["{dir}", "--encoding", "no-such-codec"],
        ["{dir}", "--kb", "/no/such/kb.yaml"],
        ["{empty}"],
        ["-", "-"],
    ],
)
def test_analyze_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    (tmp_path / "empty").mkdir()
    filled = [a.format(dir=tmp_path, empty=tmp_path / "empty") for a in args]
    assert run(*filled, stdin="").exit_code == 2


def test_analyze_broken_kb_file_is_usage_error(tmp_path: Path) -> None:
    kb = write(tmp_path / "extra.yaml", "version: 1\nsource: test\nentries: [1, 2\n")
    f = write(tmp_path / "a.txt", ARTICLE)
    result = run(str(f), "--kb", str(kb))
    assert result.exit_code == 2


def test_analyze_accepts_extra_kb_file(tmp_path: Path) -> None:
    kb = write(tmp_path / "extra.yaml", "version: '1'\nsource: test\nkind: nothing-known\nentries: []\n")
    f = write(tmp_path / "a.txt", ARTICLE)
    assert run(str(f), "--kb", str(kb)).exit_code == 0


def test_analyze_is_deterministic_byte_for_byte(tmp_path: Path) -> None:
    first = run(str(EXAMPLES))
    second = run(str(EXAMPLES), "-o", str(tmp_path / "out.json"))
    assert first.exit_code == 0 and second.exit_code == 0
    assert first.stdout_bytes == (tmp_path / "out.json").read_bytes()
    assert run(str(EXAMPLES)).stdout_bytes == first.stdout_bytes


def test_analyze_json_dir_writes_one_file_per_record(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    write(tmp_path / "in" / "x.txt", ARTICLE)
    write(tmp_path / "in" / "y.txt", "English only")
    result = run(str(tmp_path / "in"), "-f", "jsonl", "--json-dir", str(tmp_path / "out"))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    x = (tmp_path / "out" / "x.json").read_text(encoding="utf-8")
    assert json.loads(x) == json.loads(lines[0])
    assert json.loads((tmp_path / "out" / "y.json").read_text(encoding="utf-8"))["error"]["code"] == "no_arabic"


def test_analyze_table_shows_articles_and_errors(tmp_path: Path) -> None:
    write(tmp_path / "2024-03-05_a.txt", ARTICLE)
    write(tmp_path / "b.txt", "no arabic")
    result = run(str(tmp_path), "-f", "table")
    assert result.exit_code == 1
    assert "2024-03-05_a" in result.stdout and "sentences" in result.stdout
    assert "✗ b: no_arabic" in result.stdout


def test_analyze_reads_windows_1256(tmp_path: Path) -> None:
    f = write(tmp_path / "legacy.txt", ARTICLE.encode("cp1256"))
    auto = json.loads(run(str(f)).stdout)
    named = json.loads(run(str(f), "--encoding", "cp1256").stdout)
    assert auto == named and auto["doc"]["length"] == len(ARTICLE)


def test_analyze_examples_all_succeed() -> None:
    result = run(str(EXAMPLES), "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    docs = [json.loads(line)["doc"] for line in result.stdout.splitlines()]
    assert len(docs) >= 6 and all(d["published"] for d in docs)


def test_docs_cli_documents_every_analyze_option() -> None:
    doc = (EXAMPLES.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    params = [p for p in analyze_params() if p.startswith("--")]
    assert params and [p for p in params if f"`{p}" not in doc] == []


def analyze_params() -> list[str]:
    """Every option flag of `marsad analyze`."""
    import typer.main

    command = typer.main.get_command(app)
    sub = command.commands["analyze"]  # type: ignore[attr-defined]
    return [opt for param in sub.params for opt in param.opts if opt != "--help"]


def _break_framing(monkeypatch: pytest.MonkeyPatch, doc_id: str | None = None) -> None:
    """Make the framing stage raise on the document `doc_id` (on every document if None)."""
    from dataclasses import replace

    from marsad import registry
    from marsad.document import Document
    from marsad.resources import Resources

    real = registry.get("marsad.framing.v1")

    def broken_factory(resources: Resources) -> registry.Component:
        stage = real.factory(resources)

        def broken(doc: Document) -> None:
            if doc_id is None or doc.id == doc_id:
                raise RuntimeError("stage bug")
            stage(doc)

        return broken

    monkeypatch.setitem(registry._REGISTRY, real.name, replace(real, factory=broken_factory))


def test_analyze_a_crashing_stage_costs_one_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _break_framing(monkeypatch, "b")
    for name in ("a", "b", "c"):
        write(tmp_path / f"{name}.txt", ARTICLE)
    result = run(str(tmp_path), "-f", "jsonl")
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("error", {}).get("code") for r in out] == [None, "internal_error", None]
    assert out[1]["error"]["message"] == "marsad.framing.v1: RuntimeError: stage bug"
    assert "marsad.framing.v1: RuntimeError: stage bug" in result.stderr


def test_analyze_writes_utf8_whatever_the_locale(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    f = write(tmp_path / "a.txt", ARTICLE)
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "PYTHONUTF8": "0"}
    code = "from marsad.cli import main; main()"
    proc = subprocess.run(
        [sys.executable, "-c", code, "analyze", str(f), "-f", "jsonl"], capture_output=True, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert json.loads(proc.stdout.decode("utf-8"))["doc"]["length"] == len(ARTICLE)


def test_analyze_strict_stops_at_the_first_bad_record(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", "no Arabic here")
    write(tmp_path / "c.txt", OTHER)
    result = run(str(tmp_path), "--strict")
    assert result.exit_code == 1
    assert [r["doc"]["id"] for r in json.loads(result.stdout)] == ["a", "b"]


def test_analyze_strict_shows_a_crashing_stage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _break_framing(monkeypatch)
    result = run(str(write(tmp_path / "a.txt", ARTICLE)), "--strict")
    assert isinstance(result.exception, RuntimeError)
