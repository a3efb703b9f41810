"""Attribution patterns of headlines and titled sources (own example sentences)."""

from __future__ import annotations

import pytest
from conftest import Analyse


def _atts(analyse: Analyse, text: str, entities: list[tuple[str, str]] | None = None) -> list[tuple[str, str, str]]:
    doc = analyse(text, entities or [])
    return [(a.source.text, a.source_kind, text[a.content.start : a.content.end]) for a in doc.attributions]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        ("وزارة الزراعة: تراجع إنتاج القمح بنسبة الثلث", [],
         ("وزارة الزراعة", "organization", "تراجع إنتاج القمح بنسبة الثلث")),
        ("نقابة المعلمين: «لن نعود إلى الفصول قبل صرف المستحقات»", [("نقابة المعلمين", "ORG")],
         ("نقابة المعلمين", "organization", "لن نعود إلى الفصول قبل صرف المستحقات")),
        ("بوريل: الحل العسكري لن ينهي الأزمة", [("بوريل", "PERSON")],
         ("بوريل", "person", "الحل العسكري لن ينهي الأزمة")),
    ],
)
def test_a_headline_credits_the_source_before_its_colon(
    analyse: Analyse, text: str, entities: list[tuple[str, str]], expected: tuple[str, str, str]
) -> None:
    doc = analyse(text, entities)
    assert _atts(analyse, text, entities) == [expected]
    assert doc.attributions[0].cue.text == ":"
    assert doc.sentences[0].kind == "attributed"


def test_a_dateline_before_a_colon_is_no_source(analyse: Analyse) -> None:
    assert _atts(analyse, "الرباط: افتتاح معرض الكتاب الدولي", [("الرباط", "GPE")]) == []
    assert _atts(analyse, "دمشق: افتتاح معرض الكتاب الدولي") == []  # a capital, no entity found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وقال عضو المجلس البلدي إن الميزانية لا تكفي.", "person"),
        ("وقال عضو مجلس النقابة إن الإضراب مستمر.", "person"),
        ("وقال عضو في الحزب إن القيادة منقسمة.", "anonymous"),
    ],
)
def test_a_member_of_a_named_body_is_a_person(analyse: Analyse, text: str, kind: str) -> None:
    assert [k for _, k, _ in _atts(analyse, text)] == [kind]


def test_a_last_name_alone_takes_the_kind_of_the_full_name(analyse: Analyse) -> None:
    text = "وقال الخبير الاقتصادي سامر الحلبي إن الأسعار سترتفع. وأضاف الحلبي أن الأجور لن تلحق بها."
    doc = analyse(text, [("سامر الحلبي", "PERSON")])
    assert [(a.source.text, a.source_kind) for a in doc.attributions] == [
        ("الخبير الاقتصادي سامر الحلبي", "person"), ("الحلبي", "person"),
    ]


def test_a_passive_naming_aside_is_part_of_the_source_not_a_cue(analyse: Analyse) -> None:
    text = "وأكد أحد التجار، ويدعى أبو سمير، أن الأسعار تضاعفت."
    doc = analyse(text)
    assert _atts(analyse, text) == [("أحد التجار، ويدعى أبو سمير", "person", "الأسعار تضاعفت")]
    assert [f for f in doc.framing if f.kind == "distancing"] == []


def test_based_on_introduces_a_basis_not_a_source(analyse: Analyse) -> None:
    text = "وذكر البيان أن الاعتقال تم بناء على معلومات دقيقة."
    assert _atts(analyse, text) == [("البيان", "organization", "الاعتقال تم بناء على معلومات دقيقة")]


def test_an_after_a_title_means_representing_not_a_relay(analyse: Analyse) -> None:
    text = "ونفى النائب عن كتلة البناء الوطني سالم الحديثي وجود صفقة سرية."
    ents = [("كتلة البناء الوطني", "ORG"), ("سالم الحديثي", "PERSON")]
    assert _atts(analyse, text, ents) == [("النائب عن كتلة البناء الوطني سالم الحديثي", "person", "وجود صفقة سرية")]


def test_a_relay_after_a_title_is_still_a_relay(analyse: Analyse) -> None:
    doc = analyse("ونقل الوزير عن الرئيس قوله إن الحوار مستمر.")
    assert [(a.source.text, a.via is not None) for a in doc.attributions] == [("الوزير", False), ("الرئيس", True)]


def test_a_second_portfolio_and_an_aside_before_a_noun_content(analyse: Analyse) -> None:
    text = "وأكد وزير التربية وشؤون الشباب أحمد سالم، خلال زيارته إحدى المدارس، ضرورة إصلاح المناهج."
    assert _atts(analyse, text, [("أحمد سالم", "PERSON")]) == [
        ("وزير التربية وشؤون الشباب أحمد سالم", "person", "ضرورة إصلاح المناهج"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وسألت المقدمة ضيفها: «متى تنتهي الأزمة؟».", ("المقدمة", "متى تنتهي الأزمة؟")),
        ("وأبلغ الوزير نظيره أن الاتفاق قائم.", ("الوزير", "الاتفاق قائم")),
    ],
)
def test_an_addressee_with_a_possessive_is_not_part_of_the_source(
    analyse: Analyse, text: str, expected: tuple[str, str]
) -> None:
    assert [(s, c) for s, _, c in _atts(analyse, text)] == [expected]


def test_a_family_is_a_collective_source(analyse: Analyse) -> None:
    assert _atts(analyse, "وقالت عائلة المعتقل إنه لم يمثل أمام قاض.") == [
        ("عائلة المعتقل", "collective", "لم يمثل أمام قاض"),
    ]


@pytest.mark.parametrize(
    ("text", "entities", "source"),
    [
        ("وقال مزارعون في قرية الجديدة إن المحصول تلف.", [("الجديدة", "GPE")], "مزارعون في قرية الجديدة"),
        ("وكتب مدونون على فيسبوك أن الطريق مغلق.", [], "مدونون"),
        ("وقال وزير خارجيته إن الزيارة ألغيت.", [], "وزير خارجيته"),
        ("وأعلنت جبهة التحرير في الساحل، في بيان، أن مقاتليها انسحبوا.",
         [("جبهة التحرير في الساحل", "ARMED_GROUP")], "جبهة التحرير في الساحل"),
    ],
)
def test_source_spans_places_platforms_and_names(
    analyse: Analyse, text: str, entities: list[tuple[str, str]], source: str
) -> None:
    assert [s for s, _, _ in _atts(analyse, text, entities)] == [source]


def test_a_denied_report_credits_its_own_source_with_the_topic(analyse: Analyse) -> None:
    text = "ونفت الشركة صحة ما تناقلته مواقع إخبارية عن إفلاسها الوشيك."
    assert _atts(analyse, text) == [
        ("الشركة", "organization", "صحة ما تناقلته مواقع إخبارية عن إفلاسها الوشيك"),
        ("مواقع إخبارية", "media", "إفلاسها الوشيك"),
    ]


def test_a_theophoric_name_is_not_cut_at_its_first_part(analyse: Analyse) -> None:
    assert [s for s, _, _ in _atts(analyse, "وقال المحامي سمير فضل الله: «القضية لم تغلق».")] == [
        "المحامي سمير فضل الله",
    ]


def test_a_postposed_relay_links_the_statement_it_carries(analyse: Analyse) -> None:
    doc = analyse("نفت الشركة شائعات بيعها، وفقا لما نقلته وكالة الأنباء.")
    by_source = {a.source.text: a for a in doc.attributions}
    assert by_source["الشركة"].via == by_source["وكالة الأنباء"].id


def test_a_credit_line_is_no_headline_attribution(analyse: Analyse) -> None:
    assert _atts(analyse, "المصدر: وكالة الأنباء الألمانية") == []
