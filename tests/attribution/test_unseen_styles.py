"""Attribution patterns of outlets outside the tuning set: relative cues at the end of a
sentence, passive relays, asides, channel adjuncts, honorific speakers, objects kept out
of the source, quoted outlet names and conjoined cues."""

from __future__ import annotations

import pytest
from conftest import Analyse

from marsad.attribution.cues import VerbEntry, load_cues, verb_forms
from marsad.text.normalize import normalize_key


def _atts(analyse: Analyse, text: str) -> list[tuple[str, str, str]]:
    doc = analyse(text)
    return [(a.source.text, a.source_kind, text[a.content.start : a.content.end]) for a in doc.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وانقطعت الكهرباء عن أحياء واسعة في المدينة، بحسب ما أفاد مراسلنا.",
         ("مراسلنا", "media", "وانقطعت الكهرباء عن أحياء واسعة في المدينة")),
        ("وارتفعت حصيلة الفيضانات إلى تسعة قتلى، على ما أفادت به مصادر طبية في الولاية.",
         ("مصادر طبية في الولاية", "anonymous", "وارتفعت حصيلة الفيضانات إلى تسعة قتلى")),
        ("وأغلقت السلطات المعبر الحدودي مؤقتا، حسبما ذكرت وكالة الأنباء الرسمية.",
         ("وكالة الأنباء الرسمية", "media", "وأغلقت السلطات المعبر الحدودي مؤقتا")),
    ],
)
def test_relative_cue_after_the_content(analyse: Analyse, text: str, expected: tuple[str, str, str]) -> None:
    assert _atts(analyse, text) == [expected]


def test_relative_cue_with_object_pronoun_and_relay(analyse: Analyse) -> None:
    text = "وتأجلت الجلسة إلى الشهر المقبل، وفق ما نقلته صحيفة محلية عن مسؤول في البرلمان."
    doc = analyse(text)
    outer, inner = doc.attributions
    assert (outer.source.text, outer.source_kind) == ("صحيفة محلية", "media")
    assert (inner.source.text, inner.source_kind, inner.via) == ("مسؤول في البرلمان", "anonymous", outer.id)
    assert text[outer.content.start : outer.content.end] == "وتأجلت الجلسة إلى الشهر المقبل"


def test_passive_relay_names_the_inner_source(analyse: Analyse) -> None:
    text = "ونُقل عن مسؤول في وزارة المالية قوله إن الرواتب ستصرف الأسبوع المقبل."
    assert _atts(analyse, text) == [("مسؤول في وزارة المالية", "anonymous", "الرواتب ستصرف الأسبوع المقبل")]


def test_aside_between_commas_before_the_content(analyse: Analyse) -> None:
    text = "وقال مسؤول أوروبي، طلب عدم الكشف عن هويته لأنه غير مخول بالحديث، إن القمة تأجلت."
    assert _atts(analyse, text) == [("مسؤول أوروبي", "anonymous", "القمة تأجلت")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("ونفت الحركة في بيان على منصة تلغرام مسؤوليتها عن التفجير.", "مسؤوليتها عن التفجير"),
        ("واتهمت الوزارة في تغريدة على حسابها المعارضة بنشر الشائعات.", "المعارضة بنشر الشائعات"),
        ("وأدانت الجامعة العربية بشدة اقتحام المقر.", "اقتحام المقر"),
    ],
)
def test_channel_adjuncts_and_adverbs_are_not_content(analyse: Analyse, text: str, content: str) -> None:
    assert [c for _, _, c in _atts(analyse, text)] == [content]


def test_honorific_pronoun_continues_the_named_speaker(analyse: Analyse) -> None:
    text = "وأكد الأمير أن البلاد تدعم الحوار. وشدد سموه على ضرورة التهدئة في المنطقة."
    second = _atts(analyse, text)[1]
    assert second == ("الأمير", "person", "ضرورة التهدئة في المنطقة")


def test_a_count_opens_a_relayed_source(analyse: Analyse) -> None:
    text = "ونقلت الصحيفة عن ثلاثة دبلوماسيين أن المفاوضات توقفت."
    assert _atts(analyse, text)[1][:2] == ("ثلاثة دبلوماسيين", "anonymous")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("ودعا المجلس جميع الأطراف إلى ضبط النفس.", "المجلس", "جميع الأطراف إلى ضبط النفس"),
        ("ووصفت السلطات المحتجين بالمخربين.", "السلطات", "المحتجين بالمخربين"),
        ("ونفت الوزارة هذه الأنباء جملة وتفصيلا.", "الوزارة", "هذه الأنباء جملة وتفصيلا"),
        ("وعزا متعاملون الارتفاع إلى شح المعروض.", "متعاملون", "الارتفاع إلى شح المعروض"),
    ],
)
def test_the_object_is_kept_out_of_the_source(analyse: Analyse, text: str, source: str, content: str) -> None:
    assert [(s, c) for s, _, c in _atts(analyse, text)] == [(source, content)]


def test_a_quoted_outlet_name_is_not_the_content(analyse: Analyse) -> None:
    text = "وقال مصدر حكومي لـ«الشروق» إن الميزانية ستقدم الشهر المقبل."
    assert _atts(analyse, text) == [("مصدر حكومي", "anonymous", "الميزانية ستقدم الشهر المقبل")]


def test_a_second_cue_with_its_own_marker_ends_the_first_content(analyse: Analyse) -> None:
    text = "ونددت الخارجية بالهجوم ووصفته بأنه عمل جبان."
    atts = _atts(analyse, text)
    assert [c for _, _, c in atts] == ["بالهجوم", "عمل جبان"]
    assert {s for s, _, _ in atts} == {"الخارجية"}


def test_reply_is_speech_only_with_a_marker(analyse: Analyse) -> None:
    assert _atts(analyse, "وردت الحكومة بأن الاتهامات باطلة.") == [("الحكومة", "organization", "الاتهامات باطلة")]
    assert _atts(analyse, "وردت الفصائل بقصف مواقع عسكرية.") == []


@pytest.mark.parametrize("word", ["وردت", "عزا", "وتوعد", "تابع", "ووصفت", "عبرت", "انتقدوا", "تعهد", "جددت"])
def test_new_cues_are_known(word: str) -> None:
    assert normalize_key(word) in load_cues().verbs


@pytest.mark.parametrize("word", ["ردا", "عبر", "وعبر", "نصف"])
def test_excluded_forms_are_other_words(word: str) -> None:
    assert normalize_key(word) not in load_cues().verbs


def test_exclude_drops_forms_with_conjunctions() -> None:
    forms = verb_forms(VerbEntry(past="رد", present="رد", exclude=["ردا"]))
    assert "ردا" not in forms and "وردا" not in forms and "وردت" in forms


def test_title_takes_a_genitive_body_and_a_name(analyse: Analyse) -> None:
    text = "وأعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش عن قلقه من التصعيد."
    source, kind, content = _one_with(analyse, text)
    assert source == "الأمين العام للأمم المتحدة أنطونيو غوتيريش" and kind == "person"
    assert content == "قلقه من التصعيد"


def _one_with(analyse: Analyse, text: str) -> tuple[str, str, str]:
    doc = analyse(text, [("لأمم المتحدة", "ORG"), ("أنطونيو غوتيريش", "PERSON")])
    (a,) = doc.attributions
    return a.source.text, a.source_kind, text[a.content.start : a.content.end]


def test_a_trailing_preposition_is_not_part_of_the_source(analyse: Analyse) -> None:
    text = "وشدد الوزير الأول على أن الإصلاحات ستتواصل."
    assert _atts(analyse, text) == [("الوزير الأول", "person", "الإصلاحات ستتواصل")]


def test_a_person_tag_on_an_anonymous_head_keeps_it_anonymous(analyse: Analyse) -> None:
    doc = analyse("وقال مصدران مطلعان إن المصفاة توقفت.", [("مصدران مطلعان", "PERSON")])
    assert doc.attributions[0].source_kind == "anonymous"


def test_a_demonstrative_subject_is_not_the_previous_speaker(analyse: Analyse) -> None:
    text = "وقال المتحدث إن الهجمات مستمرة. وتؤكد هذه الهجمات أن الهدنة انهارت."
    assert [a.sentence for a in analyse(text).attributions] == [0]


def test_a_channel_adjunct_with_its_own_object_still_continues_the_speaker(analyse: Analyse) -> None:
    text = "وأكد الرئيس أن الحوار مستمر. وقال خلال لقائه رئيسة الحكومة: «لن نتراجع»."
    second = _atts(analyse, text)[1]
    assert second == ("الرئيس", "person", "لن نتراجع")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("وعزت دائرة الإحصاءات العامة التراجع إلى نمو السياحة.", "دائرة الإحصاءات العامة", "التراجع إلى نمو السياحة"),
        ("وأكدت دول مجلس التعاون أهمية حرية الملاحة.", "دول مجلس التعاون", "أهمية حرية الملاحة"),
        ("وجددت الجبهة دعوتها إلى استفتاء.", "الجبهة", "دعوتها إلى استفتاء"),
    ],
)
def test_name_adjectives_and_objects_after_a_definite_source(
    analyse: Analyse, text: str, source: str, content: str
) -> None:
    assert [(s, c) for s, _, c in _atts(analyse, text)] == [(source, content)]


@pytest.mark.parametrize(
    ("text", "source", "kind", "content"),
    [
        ("وأشار تقرير صادر عن البنك الدولي إلى أن النمو تباطأ.",
         "تقرير صادر عن البنك الدولي", "media", "النمو تباطأ"),
        ("وأعلنت المديرية العامة للأمن الوطني عن توقيف ثلاثة أشخاص.",
         "المديرية العامة للأمن الوطني", "organization", "توقيف ثلاثة أشخاص"),
        ("وأكد الوزير خلال الاستقبال متانة العلاقات بين البلدين.",
         "الوزير", "person", "متانة العلاقات بين البلدين"),
        ("وقال أحد السكان إن المياه انقطعت منذ أيام.", "أحد السكان", "anonymous", "المياه انقطعت منذ أيام"),
    ],
)
def test_issuer_genitive_body_channel_with_article_and_one_of(
    analyse: Analyse, text: str, source: str, kind: str, content: str
) -> None:
    assert _atts(analyse, text) == [(source, kind, content)]


def test_a_universal_quantifier_opens_the_object_of_a_continued_speaker(analyse: Analyse) -> None:
    text = "وأعرب الوزير عن قلقه من التصعيد. ودعا جميع الأطراف إلى ضبط النفس."
    assert _atts(analyse, text)[1] == ("الوزير", "person", "جميع الأطراف إلى ضبط النفس")


def test_a_participle_after_a_comma_is_the_same_speaker_with_new_content(analyse: Analyse) -> None:
    text = "وقال الوزير إن العجز سيتراجع، مشيرا إلى أن الدعم سيخفض."
    assert _atts(analyse, text) == [
        ("الوزير", "person", "العجز سيتراجع"),
        ("الوزير", "person", "الدعم سيخفض"),
    ]


def test_a_quote_then_thus_replied(analyse: Analyse) -> None:
    text = "«لا اتفاق حتى الآن»، هكذا رد المتحدث باسم الحكومة على سؤال للصحفيين."
    doc = analyse(text)
    (a,) = doc.attributions
    assert (a.source.text, text[a.content.start : a.content.end], a.direct_quote) == (
        "المتحدث باسم الحكومة", "لا اتفاق حتى الآن", True,
    )


def test_a_verb_describing_the_noun_before_it_is_not_a_cue(analyse: Analyse) -> None:
    assert _atts(analyse, "ورفع المحتجون لافتات تتهم الحكومة بالفساد.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وطبقا لما ذكرته وكالة الأنباء، فإن الطريق أعيد فتحه.", ("وكالة الأنباء", "media", "الطريق أعيد فتحه")),
        ("وزعم الناطق أن المبنى كان مخزنا للسلاح، على حد تعبيره.", ("الناطق", "person", "المبنى كان مخزنا للسلاح")),
        ("وأكد البيان الصادر عن الاجتماع رفض التدخل الخارجي.",
         ("البيان الصادر عن الاجتماع", "organization", "رفض التدخل الخارجي")),
        ("وحذرت وكالات الإغاثة من نفاد الوقود.", ("وكالات الإغاثة", "organization", "نفاد الوقود")),
    ],
)
def test_trailing_nominal_cues_issuers_and_relief_agencies(
    analyse: Analyse, text: str, expected: tuple[str, str, str]
) -> None:
    assert _atts(analyse, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وبينت المصادر أن التوصية استثنت الخدمات الصحية.",
         ("المصادر", "anonymous", "التوصية استثنت الخدمات الصحية")),
        ("ويخشى مراقبون أن ينهار الاتفاق الموقع العام الماضي.",
         ("مراقبون", "collective", "ينهار الاتفاق الموقع العام الماضي")),
        ("غرد الوزير السابق على حسابه في منصة إكس قائلا: «الحل السياسي هو الطريق الوحيد».",
         ("الوزير السابق", "person", "الحل السياسي هو الطريق الوحيد")),
        ("وقال المتحدث أمام الصحفيين في العاصمة: «لن نقبل بهذه الشروط».",
         ("المتحدث", "person", "لن نقبل بهذه الشروط")),
        ("ونقلت الشبكة عن محامين أن النيابة قررت حبسه أسبوعين.",
         ("محامين", "anonymous", "النيابة قررت حبسه أسبوعين")),
    ],
)
def test_cues_sources_and_channels_of_the_fourth_batch(
    analyse: Analyse, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _atts(analyse, text)
