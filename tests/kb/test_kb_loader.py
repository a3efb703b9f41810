"""KB schema, loading, validation and user overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import DataFileError
from marsad.kb.loader import build_kb, packaged_files, read_file, validate
from marsad.kb.schema import KBEntry, iso3_codes

FIXTURES = Path(__file__).parent / "fixtures"


def test_kb_packaged_files_are_valid() -> None:
    assert packaged_files(), "no KB data files shipped"
    assert [str(i) for i in validate()] == []


def test_kb_iso3_table() -> None:
    assert {"USA", "SYR", "PSE", "IRQ"} <= iso3_codes()


def test_kb_entry_country_is_upper_cased() -> None:
    entry = KBEntry(id="place/x", type="GPE", name_en="X", names=("س",), country="syr")
    assert entry.country == "SYR"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("place/bad-lat", "lat"),
        ("place/bad-country", "ISO 3166-1"),
        ("place/dangling", "stands_for: unknown id"),
        ("place/dup", "duplicate id"),
        ("Bad Id", "id: String should match pattern"),
        ("place/bad-type", "type"),
    ],
)
def test_kb_validate_reports_file_and_entry(entry: str, message: str) -> None:
    issues = validate([FIXTURES / "bad.yaml"])
    assert any(i.entry == entry and message in i.message and i.file.endswith("bad.yaml") for i in issues), issues


def test_kb_user_file_overrides_same_id(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        'version: "1"\nsource: test\nkind: kb\nentries:\n'
        "  - {id: country/syr, type: COUNTRY, name_en: Syrian Arab Republic, names: [سوريا], country: SYR}\n",
        encoding="utf-8",
    )
    kb = build_kb(packaged_files(), [user])
    assert kb.entries["country/syr"].name_en == "Syrian Arab Republic"
    assert kb.origin["country/syr"] == str(user)


def test_kb_invalid_user_file_raises() -> None:
    with pytest.raises(DataFileError, match=r"bad\.yaml"):
        build_kb(packaged_files(), [FIXTURES / "bad.yaml"])


def test_kb_tsv_lists_and_numbers(tmp_path: Path) -> None:
    tsv = tmp_path / "t.tsv"
    tsv.write_text(
        "# version: 1\n# source: test\n# kind: kb\n"
        "id\ttype\tname_en\tnames\taliases\tcountry\tlat\tlon\tpopulation\tambiguous\n"
        "place/t\tGPE\tT\tتل|تلة\t\tSYR\t35.5\t36.0\t1200\ttrue\n",
        encoding="utf-8",
    )
    raw = read_file(tsv)
    entry = KBEntry.model_validate(raw.rows[0])
    assert entry.names == ("تل", "تلة") and entry.population == 1200 and entry.ambiguous
    assert "aliases" not in raw.rows[0]


def test_kb_generated_header_marks_bulk_imported_entries(tmp_path: Path) -> None:
    tsv = tmp_path / "bulk.tsv"
    tsv.write_text(
        "# version: 1\n# source: test\n# kind: kb\n# generated: true\n"
        "id\ttype\tname_en\tnames\tcountry\tpopulation\n"
        "place/test-bulk\tGPE\tBulk\tبلدة التجربة\tSYR\t900\n",
        encoding="utf-8",
    )
    kb = build_kb(packaged_files(), [tsv])
    assert "place/test-bulk" in kb.generated
    assert "place/ad-darbasiyah-syr" in kb.generated  # the packaged GeoNames import
    assert "place/baalbek-lbn" not in kb.generated  # hand-curated
