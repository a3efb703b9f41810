"""Entity recognition rules on the packaged KB: common word forms, code names, clitics,
metonymy, foreign forces and person aliases (sentences written for these tests)."""

from __future__ import annotations

from entity_helpers import entities

from marsad.kb.loader import build_kb, packaged_files
from marsad.pipeline import Pipeline


def ids(pipe: Pipeline, text: str) -> set[str | None]:
    return {e.kb_id for e in entities(pipe, text)}


def test_rules_pronoun_form_is_not_a_town(pipe: Pipeline) -> None:
    assert "place/anah-irq" not in ids(pipe, "تحدث الوزير العراقي عنه في مؤتمر ببغداد، وفي عنه كلام كثير.")
    assert "place/anah-irq" in ids(pipe, "وصلت التعزيزات إلى مدينة عانة غرب العراق.")


def test_rules_place_in_operation_code_name_is_not_a_place(pipe: Pipeline) -> None:
    found = ids(pipe, "تحدث القائد عن عملية درع الفرات في سوريا وعن معركة طوفان الأقصى.")
    assert "place/euphrates" not in found and "place/al-aqsa-mosque" not in found
    assert "country/syr" in found
    assert "place/al-aqsa-mosque" in ids(pipe, "صلى آلاف المصلين في المسجد الأقصى يوم الجمعة.")


def test_rules_capital_keeps_place_type_and_government(pipe: Pipeline) -> None:
    (e,) = [e for e in entities(pipe, "رحبت واشنطن بالاتفاق الجديد.") if e.text == "واشنطن"]
    assert e.type == "GPE" and e.kb_id == "place/washington-usa" and e.stands_for == "gov/usa"


def test_rules_li_plus_article_span_starts_at_the_article(pipe: Pipeline) -> None:
    text = "وجهت الحكومة الشكر للقوات الأمريكية على دعمها."
    (e,) = [e for e in entities(pipe, text) if e.kb_id == "gov/usa-military"]
    assert e.start == text.index("للقوات") + 1 and e.text == "لقوات الأمريكية"


def test_rules_occupation_forces_of_another_country(pipe: Pipeline) -> None:
    text = "قصفت قوات الاحتلال الروسي مواقع قرب المدينة."
    (e,) = [e for e in entities(pipe, text) if e.text.startswith("قوات")]
    assert e.text == "قوات الاحتلال الروسي" and e.kb_id is None and e.country == "RUS" and e.type == "GOV"
    assert "gov/usa-military" in ids(pipe, "انسحبت قوات الاحتلال الأمريكية من القاعدة.")
    assert "gov/isr-idf" in ids(pipe, "اعتقلت قوات الاحتلال ثلاثة شبان فجرا.")


def test_rules_person_aliases_and_compound_names(pipe: Pipeline) -> None:
    assert "person/george-w-bush" in ids(pipe, "صرح جورج بوش للصحفيين بعد اللقاء.")
    assert not [e for e in entities(pipe, "قال الخطيب إن الله رحيم بعباده.") if e.type == "PERSON"]


def test_rules_packaged_kb_loads_clean_and_entries_are_distinct() -> None:
    kb = build_kb(packaged_files())
    assert kb.issues == []
    assert "place/antarctica" not in kb.entries and "القارة القطبية الجنوبية" in kb.entries["country/ata"].aliases
    assert "الهيئة" not in kb.entries["group/hts"].aliases
    assert kb.entries["place/al-udeid-base"].ambiguous and kb.entries["place/gharbia-governorate-egy"].ambiguous


def test_rules_institution_and_agreeing_demonym_is_that_countrys_body(pipe: Pipeline) -> None:
    text = "قالت الشرطة الكينية إنها فتحت تحقيقا، وصرح وزير الخارجية الكيني بأن الأمر خطير."
    found = {e.text: e for e in entities(pipe, text)}
    police = found["الشرطة الكينية"]
    assert police.type == "GOV" and police.kb_id is None and police.country == "KEN"
    assert "الخارجية الكيني" not in found


def test_rules_reporting_verb_name_confirmed_by_a_role_after_it(pipe: Pipeline) -> None:
    text = "وقال باتريك دورسي، المتحدث باسم الشركة، إن الأرباح تراجعت."
    (e,) = [e for e in entities(pipe, text) if e.type == "PERSON"]
    assert e.text == "باتريك دورسي" and e.kb_id is None
    assert not [e for e in entities(pipe, "وقال بشكل واضح إن الأرباح تراجعت.") if e.type == "PERSON"]


def test_rules_names_coordinated_with_a_person_are_persons(pipe: Pipeline) -> None:
    text = "حضر الحفل جورج بوش وغرانت ريتشي ومن بعدهم وصل الوفد."
    persons = [e.text for e in entities(pipe, text) if e.type == "PERSON"]
    assert persons == ["جورج بوش", "غرانت ريتشي"]


def test_rules_place_after_a_team_word_is_a_team(pipe: Pipeline) -> None:
    found = entities(pipe, "تعادل منتخب البرازيل مع فريق ليفربول في مدينة ليفربول.")
    teams = [(e.text, e.country) for e in found if e.type == "ORG"]
    assert teams == [("منتخب البرازيل", "BRA"), ("ليفربول", "GBR")]  # منتخب is part of the name, فريق is not
    assert [e.kb_id for e in found if e.type == "GPE"] == ["place/liverpool-gbr"]


def test_rules_foreign_given_name_starts_a_person_name(pipe: Pipeline) -> None:
    persons = [e.text for e in entities(pipe, "وصل المدرب الإيطالي فابيو برونيتي إلى المطار.") if e.type == "PERSON"]
    assert persons == ["فابيو برونيتي"]


def spans(pipe: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in entities(pipe, text)]


def test_rules_club_word_and_city_name_a_club(pipe: Pipeline) -> None:
    found = spans(pipe, "تعادل دينامو بوخارست مع أولمبيك مرسيليا في المباراة الودية.")
    assert ("ORG", "دينامو بوخارست") in found and ("ORG", "أولمبيك مرسيليا") in found


def test_rules_foreign_name_run_stops_at_a_new_clause_or_direction(pipe: Pipeline) -> None:
    assert ("GPE", "زمفارا") in spans(pipe, "هاجم مسلحون قرية في ولاية زمفارا وخطفوا عشرة أشخاص.")
    found = spans(pipe, "استهدف الهجوم ثكنة في بلدة جيبو شمالي بوركينا فاسو.")
    assert ("GPE", "جيبو") in found


def test_rules_given_name_joins_a_known_full_name(pipe: Pipeline) -> None:
    (e,) = [e for e in entities(pipe, "وقال الرئيس محمد حسني مبارك إن الأمر انتهى.") if e.type == "PERSON"]
    assert e.text == "محمد حسني مبارك" and e.kb_id == "person/hosni-mubarak"


def test_rules_collective_nouns_are_no_names(pipe: Pipeline) -> None:
    assert not [e for e in entities(pipe, "حذر خبراء أمميون من تصاعد العنف.") if e.type == "PERSON"]
