"""The pickled KB build cache: same result as a fresh build, rebuilt when sources change."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.kb.cache import load_or_build, source_key
from marsad.kb.loader import packaged_files

FIXTURES = Path(__file__).parent / "fixtures"


def test_kb_cache_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path))
    files = packaged_files()
    kb1, index1 = load_or_build(files, [FIXTURES / "mini.yaml"])
    assert list(tmp_path.glob("kb-*.pickle"))
    kb2, index2 = load_or_build(files, [FIXTURES / "mini.yaml"])
    assert kb2.entries == kb1.entries and kb2.origin == kb1.origin
    assert index2.phrases == index1.phrases and index2.max_len == index1.max_len


def test_kb_cache_key_changes_with_content(tmp_path: Path) -> None:
    user = tmp_path / "u.yaml"
    user.write_text("version: '1'\nsource: t\nkind: kb\nentries: []\n", encoding="utf-8")
    before = source_key([user])
    user.write_text("version: '2'\nsource: t\nkind: kb\nentries: []\n", encoding="utf-8")
    assert source_key([user]) != before


def test_kb_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_CACHE_DIR", "")
    kb, _ = load_or_build(packaged_files(), [])
    assert "country/syr" in kb.entries
