"""Entity recognition: clitics, spelling variants, metonymy, ambiguity, unknown names, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from entity_helpers import entities
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model import Entity
from marsad.pipeline import Pipeline, Record

MINI_KB = Path(__file__).parents[1] / "kb" / "fixtures" / "mini.yaml"


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["marsad.sentences.v1", "marsad.entities.v1"], extra_files=[MINI_KB])


def by_text(pipe: Pipeline, text: str) -> dict[str, Entity]:
    return {e.text: e for e in entities(pipe, text)}


@pytest.mark.parametrize(
    ("text", "name", "kb_id"),
    [
        ("عاد الوفد بعد جولة طويلة بسوريا.", "سوريا", "country/syr"),
        ("ردت وزارة الدفاع الأمريكية والبنتاغون على الأسئلة.", "البنتاغون", "gov/usa-dod"),
        ("فالحوثيون أعلنوا مسؤوليتهم عن الهجوم.", "الحوثيون", "group/houthis"),
        ("تحدث الوزير عن علاقات أميركا بالمنطقة.", "أميركا", "country/usa"),
        ("تحدث الوزير عن علاقات امريكا بالمنطقة.", "امريكا", "country/usa"),
        ("وصلت الرسالة لِسُوريـا مساء أمس.", "سُوريـا", "country/syr"),
    ],
)
def test_entities_clitics_and_variants(pipe: Pipeline, text: str, name: str, kb_id: str) -> None:
    found = by_text(pipe, text)
    assert found[name].kb_id == kb_id


def test_entities_offsets_skip_the_clitic(pipe: Pipeline) -> None:
    text = "قال إنه سافر وبسوريا أقام شهرا."
    (e,) = [e for e in entities(pipe, text) if e.kb_id == "country/syr"]
    assert (e.start, e.end) == (text.index("سوريا"), text.index("سوريا") + len("سوريا"))
    assert e.type == "COUNTRY" and e.country == "SYR" and e.sentence == 0


def test_entities_longest_multiword_match(pipe: Pipeline) -> None:
    found = by_text(pipe, "زار الوفد قرية النخيل الشمالية أمس.")
    assert found["قرية النخيل الشمالية"].kb_id == "place/test-qaryat-alnakhil"
    assert found["قرية النخيل الشمالية"].lat == 35.1


def test_entities_demonym_is_norp_linked_to_country(pipe: Pipeline) -> None:
    found = by_text(pipe, "انتقد مسؤول سوري القرار.")
    assert found["سوري"].type == "NORP" and found["سوري"].kb_id == "country/syr"


def test_entities_metonymy_keeps_place_type(pipe: Pipeline) -> None:
    found = by_text(pipe, "أصدر قصر السنديان بيانا مقتضبا.")
    palace = found["قصر السنديان"]
    assert palace.type == "FACILITY" and palace.stands_for == "gov/jor"


@pytest.mark.parametrize(
    ("text", "kb_id"),
    [
        ("وقع انفجار في الوردية شمال بغداد في العراق.", "place/test-wardiya-irq"),
        ("وقع انفجار في الوردية قرب بيروت في لبنان.", "place/test-wardiya-lbn"),
    ],
)
def test_entities_ambiguous_name_resolved_by_country_context(pipe: Pipeline, text: str, kb_id: str) -> None:
    assert by_text(pipe, text)["الوردية"].kb_id == kb_id


def test_entities_ambiguous_name_without_context_is_dropped(pipe: Pipeline) -> None:
    assert "الوردية" not in by_text(pipe, "قرأ الطلاب عن الوردية في الكتاب.")


def test_entities_common_word_place_needs_context(pipe: Pipeline) -> None:
    # صور is both the Lebanese city and "pictures"
    assert "صور" not in by_text(pipe, "نشر الناشطون صور الدمار على الإنترنت.")
    found = entities(pipe, "قصفت الطائرات مدينة صور في جنوب لبنان.")
    assert [e for e in found if e.text.endswith("صور") and e.country == "LBN" and e.kb_id]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("قال المتحدث باسم الوزارة خالد الزعبلاوي إن الاجتماع انتهى.", "خالد الزعبلاوي", "PERSON"),
        ("استقبل العميد سامر القطيفاني الوفد.", "سامر القطيفاني", "PERSON"),
        ("أعلنت جبهة الأحرار الموحدة انسحابها من المفاوضات.", "جبهة الأحرار الموحدة", "ORG"),
        ("نشرت صحيفة «الصباح الجديد» التقرير كاملا.", "صحيفة «الصباح الجديد»", "MEDIA"),
        ("وصل أسامة بن راشد إلى المدينة.", "أسامة بن راشد", "PERSON"),
        ("أصدرت وزارة الموارد المائية تعميما جديدا.", "وزارة الموارد المائية", "GOV"),
    ],
)
def test_entities_unknown_names_from_context(pipe: Pipeline, text: str, name: str, etype: str) -> None:
    found = by_text(pipe, text)
    assert found[name].type == etype and found[name].kb_id is None


def test_entities_preposition_ala_is_not_the_name_ali(pipe: Pipeline) -> None:
    assert not [e for e in entities(pipe, "حصل الفريق على دعم كبير.") if e.type == "PERSON"]


def test_entities_ids_and_explanations(pipe: Pipeline) -> None:
    doc = pipe.run(pipe.make_doc(Record("زار الوفد سوريا ثم الأردن.", "t")))
    assert [e.id for e in doc.entities] == ["e1", "e2"]
    assert doc.extras["entities.why"]["e1"]["via"] == "name"


NAMES = ["سوريا", "الأردن", "واشنطن", "البنتاغون", "دمشق", "قرية النخيل الشمالية", "الأمريكية"]
FILLERS = ["قال", "إن", "الوفد", "زار", "أمس", "،", ".", "«", "»", "\n"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["", "و", "ب", "ل", "وب", "ف"]), st.sampled_from(NAMES + FILLERS)),
        min_size=1,
        max_size=25,
    ),
    st.sampled_from(["", "\u064e", "\u0640"]),
)
def test_entities_offsets_property(pipe: Pipeline, parts: list[tuple[str, str]], mark: str) -> None:
    text = " ".join(prefix + word.replace("ا", "ا" + mark, 1) for prefix, word in parts)
    if not any("\u0621" <= ch <= "\u064a" for ch in text):
        return
    doc = pipe.run(pipe.make_doc(Record(text, "h")))
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text and e.text.strip() == e.text
        assert 0 <= e.sentence < max(1, len(doc.sentences))


def test_entities_surname_needs_full_name_or_title(pipe: Pipeline) -> None:
    full = "التقى توني بلير بالوفد أمس. وقال بلير إن المحادثات مثمرة."
    assert [e.kb_id for e in entities(pipe, full) if e.text == "بلير"] == ["person/tony-blair"]
    assert [e.kb_id for e in entities(pipe, "وأضاف بلير أن الوقت ضيق.") if e.text == "بلير"] == ["person/tony-blair"]
    assert not [e for e in entities(pipe, "زرع بلير حديقته.") if e.kb_id == "person/tony-blair"]


def test_entities_common_word_is_not_a_village(pipe: Pipeline) -> None:
    # عنه ("about him") is also a small town in Iraq: the country alone is not enough
    found = entities(pipe, "تحدث عنه الوزير العراقي في بغداد مطولا.")
    assert [e.text for e in found if e.type in ("GPE", "LOC")] == ["بغداد"]


def test_entities_title_word_is_not_a_surname(pipe: Pipeline) -> None:
    found = entities(pipe, "وقال الشيخ حسن المرعبي إن الوضع هادئ في فلسطين.")
    assert [(e.text, e.kb_id) for e in found if e.type == "PERSON"] == [("حسن المرعبي", None)]


def test_entities_outlet_credited_in_brackets_and_context_chains(pipe: Pipeline) -> None:
    found = by_text(pipe, "عمان (بترا) - قال الوزير للجزيرة إن الاجتماع انتهى.")
    assert found["بترا"].type == "MEDIA" and found["بترا"].country == "JOR"
    assert found["عمان"].country == "JOR"  # Amman, not Oman: the agency is Jordanian


def test_entities_unknown_org_takes_its_demonym_and_coordination(pipe: Pipeline) -> None:
    text = "أعلنت وزارة الاقتصاد والتجارة المصرية عن اتفاق، بينما رفض المجلس الاقتصادي والاجتماعي القرار."
    found = by_text(pipe, text)
    ministry = found["وزارة الاقتصاد والتجارة المصرية"]
    assert ministry.type == "GOV" and ministry.kb_id is None and ministry.country == "EGY"
    assert "المصرية" not in found  # the demonym is part of the name, not a separate entity
    assert found["المجلس الاقتصادي والاجتماعي"].kb_id is None


def test_entities_curated_small_places_need_no_context(pipe: Pipeline) -> None:
    # hand-curated towns that news names (under 100,000 people) are found alone ...
    found = entities(pipe, "قصفت الطائرات عفرين ومنبج، واقتحمت القوات جنين وقرب بعلبك.")
    assert {e.text for e in found if e.kb_id and e.type == "GPE"} == {"عفرين", "منبج", "جنين", "بعلبك"}
    # ... while a small town of the bulk GeoNames import still needs its country and a cue
    assert not [e for e in entities(pipe, "قصفت الطائرات الدرباسية صباحا.") if e.kb_id]
    placed = entities(pipe, "قصفت الطائرات مدينة الدرباسية في سوريا.")
    assert "place/ad-darbasiyah-syr" in {e.kb_id for e in placed}


def test_entities_surname_after_title_and_nisba(pipe: Pipeline) -> None:
    # a surname alone links when a title governs it, also across a nisba adjective
    found = by_text(pipe, "ولم يعلق الرئيس الأمريكي بوش على الحادث.")
    assert found["بوش"].kb_id == "person/george-w-bush"
    found = by_text(pipe, "وقال وزير الخارجية المصري شكري إن الاجتماع مثمر.")
    assert found["شكري"].kb_id == "person/sameh-shoukry"
    assert "بوش" not in by_text(pipe, "جلس الرجل الأمريكي بوش الحديقة.")


def test_entities_agency_credited_in_a_photo_caption(pipe: Pipeline) -> None:
    found = by_text(pipe, "الوزير خلال مؤتمر صحفي (الفرنسية - أرشيف) وقد أكد موقفه.")
    assert found["الفرنسية"].type == "MEDIA"
