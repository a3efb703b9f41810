"""people_public.yaml: public figures (sport, culture, business, science, religion, past
politics) are well formed, do not repeat the rest of the KB, and are found in text."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from marsad.kb.index import phrase_key
from marsad.kb.loader import build_kb, packaged_files, parse_entries, read_file
from marsad.model import Entity
from marsad.pipeline import Pipeline, Record
from marsad.recognize.cues import load_cues
from marsad.resources import Resources

FILE = Path(__file__).resolve().parents[2] / "src" / "marsad" / "kb" / "data" / "people_public.yaml"
ROLES = {"SPT", "CVL", "BUS", "REL", "MED", "NGO", "IGO", "GOV", "MIL", "SEC", "LEG", "PTY", "INS"}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    with FILE.open(encoding="utf-8") as fh:
        doc = yaml.safe_load(fh)
    assert doc["kind"] == "kb" and str(doc["version"]) and doc["source"]
    return list(doc["entries"])


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["marsad.sentences.v1", "marsad.entities.v1"])


def linked(pipe: Pipeline, text: str) -> dict[str, str | None]:
    """Surface -> kb_id of the entities found in `text` (offsets checked)."""
    doc = pipe.run(pipe.make_doc(Record(text, "t")))
    found: list[Entity] = doc.entities
    for e in found:
        assert doc.text[e.start : e.end] == e.text
    return {e.text: e.kb_id for e in found}


def test_people_public_entries_are_valid_people(rows: list[dict[str, Any]]) -> None:
    entries, issues = parse_entries(read_file(FILE))
    assert [str(i) for i in issues] == []
    assert len(entries) == len(rows) >= 350
    for e in entries:
        assert e.id.startswith("person/") and e.type == "PERSON", e.id
        assert e.role in ROLES and e.country, e.id
        keys = [phrase_key(s) for s in (*e.names, *e.aliases)]
        assert len(keys) == len(set(keys)), f"{e.id}: variants that normalise alike"


def test_people_public_repeats_no_id_or_name_of_the_rest_of_the_kb() -> None:
    others = build_kb([p for p in packaged_files() if p.name != FILE.name])
    mine, _ = parse_entries(read_file(FILE))
    assert {e.id for e in mine} & set(others.entries) == set()
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for e in [*others.entries.values(), *mine]:
        for surface in (*e.names, *e.aliases, *e.demonyms):
            owners[phrase_key(surface)].add(e.id)
    shared = {k: ids for k, ids in owners.items() if len(ids) > 1 and ids & {e.id for e in mine}}
    assert shared == {}


def test_people_public_one_word_aliases_are_not_common_words() -> None:
    """A surname listed alone must not be a stop word, title or common given name (علي،
    صلاح): those match ordinary text and are left to the index's context-checked surnames."""
    common = load_cues(Resources()).one_words(("stop", "given_name", "title"))
    mine, _ = parse_entries(read_file(FILE))
    bad = [
        (e.id, a)
        for e in mine
        for a in (*e.names, *e.aliases)
        if len(k := phrase_key(a)) == 1 and k[0] in common
    ]
    assert bad == []


@pytest.mark.parametrize(
    ("text", "surface", "kb_id"),
    [
        ("حصل نجيب محفوظ على جائزة نوبل للآداب عام 1988.", "نجيب محفوظ", "person/naguib-mahfouz"),
        ("أحرز محمد صلاح هدف الفوز في الدقيقة الأخيرة.", "محمد صلاح", "person/mohamed-salah"),
        ("غنت أم كلثوم في القاهرة، وحضرت فيروز الحفل.", "أم كلثوم", "person/umm-kulthum"),
        (
            "قرأت ديوانا لمحمود درويش ثم رواية لغابرييل غارسيا ماركيز.",
            "غابرييل غارسيا ماركيز",
            "person/gabriel-garcia-marquez",
        ),
        ("أعلن بيل غيتس تبرعا جديدا لمكافحة الملاريا.", "بيل غيتس", "person/bill-gates"),
        ("فاز أحمد زويل بجائزة في الكيمياء.", "أحمد زويل", "person/ahmed-zewail"),
        ("رحب ديفيد كاميرون بالاتفاق في لندن.", "ديفيد كاميرون", "person/david-cameron"),
        (
            "ترأس البطريرك بشارة الراعي قداس الميلاد.",
            "بشارة الراعي",
            "person/bechara-boutros-al-rahi",
        ),
    ],
)
def test_people_public_full_names_link(pipe: Pipeline, text: str, surface: str, kb_id: str) -> None:
    assert linked(pipe, text).get(surface) == kb_id


def test_people_public_distinctive_surnames_link_alone(pipe: Pipeline) -> None:
    assert (
        linked(pipe, "فاز شوماخر بسباق الجائزة الكبرى في موناكو.")["شوماخر"]
        == "person/michael-schumacher"
    )
    found = linked(pipe, "تغلب نادال على فيدرر في النهائي، وسجل ميسي هدفين في المباراة.")
    assert found["نادال"] == "person/rafael-nadal"
    assert found["فيدرر"] == "person/roger-federer"
    assert found["ميسي"] == "person/lionel-messi"


def test_people_public_plain_surname_needs_sport_or_the_full_name(pipe: Pipeline) -> None:
    # زيدان is a common Arab name: alone it links only in a sports text.
    assert "زيدان" not in linked(pipe, "افتتح زيدان مطعما صغيرا في الحي القديم.")
    assert (
        linked(pipe, "قال المدرب إن زيدان سيعود في المباراة المقبلة.")["زيدان"]
        == "person/zinedine-zidane"
    )
    # A racing driver named like cities (هاميلتون) is the driver in a sports text.
    found = linked(pipe, "حل ماكس فيرستابن أولا وجاء هاميلتون ثانيا، وفاز الفريق بالبطولة.")
    assert found["هاميلتون"] == "person/lewis-hamilton"
    found = linked(pipe, "التقى جون كيري نظيره في جنيف، وقال كيري إن المحادثات بناءة.")
    assert list(found.values()).count("person/john-kerry") == 2


@pytest.mark.parametrize(
    "text",
    [
        "ظل الملف محفوظ في أرشيف المحكمة منذ سنوات.",  # محفوظ: "kept", not Naguib Mahfouz
        "وقعت الشركة مع الراعي الرسمي للبطولة عقدا جديدا.",  # الراعي: "the sponsor"
        "ثمن غال لا يدفعه أحد في هذا الموسم.",  # غال: "dear", not a coach
    ],
)
def test_people_public_homographs_are_not_people(pipe: Pipeline, text: str) -> None:
    mine = {e.id for e in parse_entries(read_file(FILE))[0]}
    assert [k for k in linked(pipe, text).values() if k in mine] == []


def test_people_public_team_of_cameroon_is_not_cameron(pipe: Pipeline) -> None:
    found = linked(pipe, "تأهل منتخب الكاميرون إلى نهائيات كأس الأمم الأفريقية.")
    assert "person/david-cameron" not in found.values()
