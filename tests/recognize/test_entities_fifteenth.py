"""Entity rules of the fifteenth session: foreign names whose first word only looks like a
conjunction or ك on a word, a known surname after another person's given name and بن,
places reached only through ف or an accusative adjective's و, and future verbs after a
title (sentences written for these tests)."""

from __future__ import annotations

import pytest
from entity_helpers import found

from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقعت الشركة مذكرة مع شركة شيفرون الأمريكية لتقييم موارد الغاز.", "لتقييم موارد"),
        ("وبدأت ردود الفعل الروسي بوقف منح التأشيرات.", "بوقف منح"),
        ("ومنحت لجنة نوبل النرويجية جائزة نوبل للسلام لناشطة.", "جائزة نوبل"),
        ("ذكرت الصحيفة أن المبعوث الأممي سيزور المنطقة قريبا.", "سيزور المنطقة"),
        ("ترأس الملك مجلسا وزاريا خصص جزءا من أشغاله للميناء.", "زاريا"),
        ("وألغت إير فرانس رحلاتها إلى الجزائر.", "رانس"),
    ],
)
def test_no_name(pipe: Pipeline, text: str, word: str) -> None:
    assert all(t != word for _type, t in found(pipe, text))


def test_known_person_keeps_a_plain_lineage() -> None:
    pipe = Pipeline()
    # the KB person's full name stays linked; a verb before بن is no given name
    assert ("PERSON", "إسماعيل هنية") in found(pipe, "وقال إسماعيل هنية إن الحركة مستعدة.")
    assert all(t != "وقالت بن هنية" for _ty, t in found(pipe, "وقالت بن هنية إن الجائزة مهداة."))


@pytest.mark.parametrize(
    "text",
    [
        "وقال طبيب في المستشفى إن الحالة مستقرة.",
        "وقال شاهد عيان إن الانفجار كان قويا.",
        "وقال محامي المتهم إن موكله بريء.",
        "وقال سائق الشاحنة إن الطريق مغلق.",
    ],
)
def test_a_common_noun_after_a_reporting_verb_is_no_name(pipe: Pipeline, text: str) -> None:
    assert not any(kind == "PERSON" for kind, _t in found(pipe, text))


def test_shortness_is_no_palace(pipe: Pipeline) -> None:
    assert not found(pipe, "ويعاني الطفل من قصر النظر.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وانتقد الديمقراطيون إدارة بوش بشدة.", "بوش"),
        ("وتزامن نشر تصريحات الأسد مع تعزيز الجيش انتشاره.", "الأسد"),
    ],
)
def test_a_known_surname_after_what_the_person_leads_or_says(pipe: Pipeline, text: str, name: str) -> None:
    assert ("PERSON", name) in found(pipe, text)


def test_a_body_led_by_no_known_person_stays_unnamed(pipe: Pipeline) -> None:
    assert not any(kind == "PERSON" for kind, _t in found(pipe, "وعقدت إدارة الجمارك اجتماعا."))
