"""Short place names reached only by stripping a proclitic, and the future particle, which
never starts a name (sentences written for these tests)."""

from __future__ import annotations

import pytest
from entity_helpers import entities

from marsad.pipeline import Pipeline


def places(pipe: Pipeline, text: str) -> list[str]:
    return [e.text for e in entities(pipe, text) if e.kb_id and e.kb_id.startswith("place/")]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("قال الرجل إن المبنى باهر التصميم.", "place/ahar-irn"),  # ب + أهر (Ahar, Iran)
        ("وقعت اشتباكات في برنس روبرت.", "place/reims-fra"),  # ب + رنس (Reims)
        ("هدمت الجرافات المنزل بحجة البناء دون ترخيص في الضفة الغربية.", "place/hajjah-pse"),  # ب + حجة
        ("وسابا المتسابقون نحو خط النهاية.", "place/aba-nga"),  # س + آبا: the future particle prefixes verbs only
    ],
)
def test_a_short_stem_after_a_proclitic_is_no_small_foreign_place(pipe: Pipeline, text: str, wrong: str) -> None:
    assert wrong not in {e.kb_id for e in entities(pipe, text)}


def test_a_capital_written_as_the_press_writes_it(pipe: Pipeline) -> None:
    found = {(e.text, e.kb_id) for e in entities(pipe, "وصل الوفد إلى العاصمة بورت أو برنس صباح اليوم.")}
    assert ("بورت أو برنس", "place/port-au-prince-hti") in found


def test_a_big_city_after_a_proclitic_still_stands_alone(pipe: Pipeline) -> None:
    assert "فاس" in places(pipe, "افتتح المعرض الدولي للكتاب بفاس أمس.")


def test_a_clipped_small_place_after_a_place_head_is_kept(pipe: Pipeline) -> None:
    # the place head says it is a place; the stripped letter is the conjunction
    assert "رنس" in places(pipe, "زار الوزير مدينة باريس ومدينة رنس الفرنسيتين.")


def test_a_given_name_is_no_clitic_and_a_place(pipe: Pipeline) -> None:
    found = {(e.text, e.type) for e in entities(pipe, "«نريد أن نعود إلى بيوتنا»، تقول فاطمة آدم، وهي نازحة.")}
    assert ("فاطمة آدم", "PERSON") in found


def test_a_police_district_after_a_place_head_names_no_place(pipe: Pipeline) -> None:
    found = {e.text for e in entities(pipe, "أوقفت عناصر الشرطة بولاية أمن مراكش خمسة أشخاص.")}
    assert "أمن" not in found and "مراكش" in found
