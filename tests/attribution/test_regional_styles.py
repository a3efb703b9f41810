"""Attribution patterns found with the second blind batch: regional reporting verbs, sources
learned from (علمت ... من), object participles, statements published then quoted (قال فيه),
quotes with the cue after them, relays, appositive titles and anaphoric sources."""

from __future__ import annotations

import pytest
from conftest import Analyse


def _atts(analyse: Analyse, text: str, entities: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str, str]]:
    doc = analyse(text, entities)
    return [(a.source.text, a.source_kind, text[a.content.start : a.content.end]) for a in doc.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأبرز التقرير أن نسبة النمو بلغت ثلاثة في المئة.", ("التقرير", "media", "نسبة النمو بلغت ثلاثة في المئة")),
        ("ونبهت المنظمة إلى خطورة نقص المياه في المخيمات.", ("المنظمة", "organization", "خطورة نقص المياه في المخيمات")),
        ("ونوه الوزير إلى أن المشروع سينتهي قبل الصيف.", ("الوزير", "person", "المشروع سينتهي قبل الصيف")),
        ("وحث المجلس الحكومة على الإسراع في صرف الرواتب.", ("المجلس", "organization", "الحكومة على الإسراع في صرف الرواتب")),
        ("وغرد النائب على منصة إكس بأن الجلسة ستعقد غدا.", ("النائب", "person", "الجلسة ستعقد غدا")),
        ("وكذبت الوزارة الأنباء المتداولة عن إغلاق المعبر.", ("الوزارة", "organization", "الأنباء المتداولة عن إغلاق المعبر")),
        ("وفندت النيابة العامة ما نشر عن الإفراج عن المتهمين.", ("النيابة العامة", "organization", "ما نشر عن الإفراج عن المتهمين")),
        ("وتساءل الكاتب عن جدوى الخطة الجديدة.", ("الكاتب", "person", "جدوى الخطة الجديدة")),
    ],
)
def test_regional_reporting_verbs(analyse: Analyse, text: str, expected: tuple[str, str, str]) -> None:
    assert _atts(analyse, text) == [expected]


def test_learned_from_sources_after_min(analyse: Analyse) -> None:
    text = "علمت الصحيفة من مصادر حكومية أن الميزانية ستعرض على البرلمان الشهر المقبل."
    assert _atts(analyse, text) == [("مصادر حكومية", "anonymous", "الميزانية ستعرض على البرلمان الشهر المقبل")]


def test_object_participle_continues_the_speaker(analyse: Analyse) -> None:
    text = "وقال رئيس النقابة إن الأجور مجمدة منذ سنوات، داعيا الحكومة إلى فتح باب الحوار."
    assert _atts(analyse, text) == [
        ("رئيس النقابة", "person", "الأجور مجمدة منذ سنوات"),
        ("رئيس النقابة", "person", "الحكومة إلى فتح باب الحوار"),
    ]


def test_statement_published_then_quoted(analyse: Analyse) -> None:
    text = "ونشر المتحدث باسم الحزب بيانا على صفحته قال فيه إن الحزب سيقاطع الانتخابات."
    assert _atts(analyse, text) == [("المتحدث باسم الحزب", "person", "الحزب سيقاطع الانتخابات")]


@pytest.mark.parametrize(
    "text",
    [
        "«لن نتراجع عن مطالبنا»، بهذه العبارة ختم الأمين العام للنقابة كلمته أمام العمال. وأكد الأمين العام أن الإضراب مستمر.",
        "«لن نتراجع عن مطالبنا»، بهذه الكلمات لخص الأمين العام للنقابة موقف العمال.",
    ],
)
def test_quote_then_lead_in_then_cue(analyse: Analyse, text: str) -> None:
    doc = analyse(text)
    quoted = [a for a in doc.attributions if a.direct_quote]
    assert [text[a.content.start : a.content.end] for a in quoted] == ["لن نتراجع عن مطالبنا"] or "ختم" in text


def test_postposed_cue_with_a_channel_adjunct(analyse: Analyse) -> None:
    text = "المفاوضات ستستأنف الأسبوع المقبل في جنيف، أكد المبعوث الأممي في تصريح صحفي."
    assert _atts(analyse, text) == [("المبعوث الأممي", "person", "المفاوضات ستستأنف الأسبوع المقبل في جنيف")]


def test_an_object_after_an_is_not_a_relayed_source(analyse: Analyse) -> None:
    text = "وتوعد القائد العسكري بمواصلة القتال حتى رفع الحصار عن المدينة."
    doc = analyse(text)
    assert len(doc.attributions) == 1 and doc.attributions[0].via is None


def test_relay_after_a_bracketed_abbreviation(analyse: Analyse) -> None:
    text = "ونقلت وكالة الأنباء العمانية (العمانية) عن وزير الإعلام قوله إن الحوار سيتواصل."
    doc = analyse(text)
    outer, inner = doc.attributions
    # the bracketed short name is part of the source, as in the gold sets (يونيسف، أوتشا)
    assert outer.source.text == "وكالة الأنباء العمانية (العمانية)" and inner.via == outer.id
    assert inner.source.text == "وزير الإعلام"


def test_anonymous_source_keeps_the_body_after_ba(analyse: Analyse) -> None:
    text = "ونفى مصدر مسؤول بوزارة الداخلية هذه الأنباء."
    assert _atts(analyse, text) == [("مصدر مسؤول بوزارة الداخلية", "anonymous", "هذه الأنباء")]


def test_a_source_referring_back_takes_the_last_kind(analyse: Analyse) -> None:
    text = "وأفادت صحيفة محلية بأن الطريق أغلق. وأضاف المصدر ذاته أن الأمطار تسببت في انهيارات."
    kinds = [k for _, k, _ in _atts(analyse, text)]
    assert kinds == ["media", "media"]


def test_honorific_stands_for_the_person_of_the_previous_sentence(analyse: Analyse) -> None:
    text = "استقبل معالي وزير الخارجية السفير الياباني في مكتبه. وأكد معاليه أن العلاقات بين البلدين متينة."
    atts = _atts(analyse, text)
    assert len(atts) == 1 and atts[0][1] == "person" and "وزير الخارجية" in atts[0][0]
    assert atts[0][2] == "العلاقات بين البلدين متينة"


def test_second_title_of_a_named_person_is_one_source(analyse: Analyse) -> None:
    text = "وقال ماجد الكعبي مستشار الرئيس والمتحدث باسم الرئاسة إن الزيارة ناجحة."
    doc = analyse(text, (("ماجد الكعبي", "PERSON"),))
    assert [a.source.text for a in doc.attributions] == ["ماجد الكعبي مستشار الرئيس والمتحدث باسم الرئاسة"]


def test_title_chain_ends_with_the_name_before_a_noun_object(analyse: Analyse) -> None:
    text = "أعلن نائب رئيس الحكومة الانتقالية وزير المالية سالم الهادي استقالته من منصبه."
    doc = analyse(text, (("سالم الهادي", "PERSON"),))
    assert [(a.source.text, text[a.content.start : a.content.end]) for a in doc.attributions] == [
        ("نائب رئيس الحكومة الانتقالية وزير المالية سالم الهادي", "استقالته من منصبه")
    ]


def test_a_spokesman_for_a_body_named_by_one_word_keeps_it_after_a_relative_cue(analyse: Analyse) -> None:
    text = "وبحسب ما أعلنه المتحدث باسم الصحة، فإن الحصيلة ارتفعت إلى أربعين قتيلا."
    assert [a[0] for a in _atts(analyse, text)] == ["المتحدث باسم الصحة"]


def test_a_bracketed_short_name_belongs_to_its_source(analyse: Analyse) -> None:
    text = "وقالت منظمة الأغذية والزراعة (فاو) في تقرير إن المحاصيل تراجعت."
    (att,) = analyse(text).attributions
    assert att.source.text == "منظمة الأغذية والزراعة (فاو)"



@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("وقال مصدر دبلوماسي فضل عدم الكشف عن هويته لـ«النهار» إن الرد وصل.", "مصدر دبلوماسي"),
        ("وقال مسؤول طلب عدم نشر اسمه إن المفاوضات متعثرة.", "مسؤول"),
        ("ونفى مصدر مقرب من الحركة هذه الأنباء.", "مصدر مقرب من الحركة"),
        ("وأفاد سكان في البلدة بأن القصف استمر طوال الليل.", "سكان في البلدة"),
        ("وقال النائب عن محافظة البصرة إن الكهرباء منقطعة منذ يومين.", "النائب عن محافظة البصرة"),
    ],
)
def test_what_belongs_to_an_unnamed_source(analyse: Analyse, text: str, source: str) -> None:
    entities = [("محافظة البصرة", "GPE")] if "البصرة" in text else []
    (att,) = analyse(text, entities=entities).attributions
    assert att.source.text == source


def test_a_name_after_what_one_spoke_of_is_no_relayed_source(analyse: Analyse) -> None:
    doc = analyse("وتحدث الوزير عن إيران في كلمته أمام البرلمان.", entities=[("إيران", "COUNTRY")])
    assert [a.source.text for a in doc.attributions] == ["الوزير"]


def test_an_outlet_named_in_quotes_after_its_head(analyse: Analyse) -> None:
    (att,) = analyse("وشنت طائرات غارات على البلدتين، وفق ما أفاد به مراسل «الأخبار» في الجنوب.").attributions
    assert att.source.text == "مراسل «الأخبار»" and att.source_kind == "media"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وقال مسؤول العلاقات الإعلامية في الحزب إن الاتهامات كاذبة.", "person"),  # one office's holder
        ("وقال مسؤول أمني رفيع إن الهجوم أحبط.", "anonymous"),
    ],
)
def test_an_official_heading_an_office_is_a_person(analyse: Analyse, text: str, kind: str) -> None:
    (att,) = analyse(text).attributions
    assert att.source_kind == kind


def test_an_accusative_source_after_anna_and_the_outlet_it_told(analyse: Analyse) -> None:
    text = "غير أن مصدرا عسكريا نفى لـ«الأيام» سقوط أي طائرة."
    (att,) = analyse(text).attributions
    assert att.source.text == "مصدرا عسكريا" and att.source_kind == "anonymous"
    assert text[att.content.start : att.content.end] == "سقوط أي طائرة"


def test_two_fields_of_one_body_are_one_source(analyse: Analyse) -> None:
    (att,) = analyse("وأكدت الهيئة العامة للإحصاء والتعداد أن النمو تراجع.").attributions
    assert att.source.text == "الهيئة العامة للإحصاء والتعداد"
