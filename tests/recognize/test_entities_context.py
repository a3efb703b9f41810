"""Names found by their context: titles and kin words, organisation heads, sports teams,
state nouns and name boundaries (sentences written for these tests)."""

from __future__ import annotations

import pytest
from entity_helpers import entities, found

from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("استقبل معالي يوشيرو تاناكا وزير التجارة الياباني أمس.", "يوشيرو تاناكا"),
        ('وافتتح الإمبراطور " كاو لين " المعبد الكبير.', "كاو لين"),
        ("ومرر زميله ماركوس فيلدر كرة حاسمة.", "ماركوس فيلدر"),
        ("وقال المدرب يورغن ماير للصحفيين إن الفريق جاهز.", "يورغن ماير"),
        ("استقبل الوزير عبد الرحمن الشامي الوفد.", "عبد الرحمن الشامي"),
        ("وقال تريباثي للصحفيين إن المحادثات ستبدأ اليوم.", "تريباثي"),
        ("ومرر اللاعب ستيفن هولت كرة حاسمة.", "ستيفن هولت"),
        ("وأشادت الكاتبة مارغريت فولر الشهيرة بالرواية.", "مارغريت فولر"),
        ("وسجل عبد الله قاسم حسن الهدف الأول.", "عبد الله قاسم حسن"),
        ("وقال الرئيس أوغو شافيز إن بلاده مستعدة.", "أوغو شافيز"),
        ("ولم يصل عدنان للتدريبات حتى الآن.", "عدنان"),
        ("وتأهلت السويسرية مارتينا هوفلر إلى الدور الثالث.", "مارتينا هوفلر"),
        ("ونقلت الإذاعة عن بيتروسيان قوله إن الاتفاق قريب.", "بيتروسيان"),
        ("وقال أليكس فيرغسون خليفة المدرب السابق إن الفريق قوي.", "أليكس فيرغسون"),
        ("وأكد الفريق ستيفن تاونسند أن القوات جاهزة.", "ستيفن تاونسند"),
        ("وقال الناشط الحقوقي رامي بن سلومة إن التحقيق مستمر.", "رامي بن سلومة"),
        ("وقال مدير المستشفى عماد أبو صفوة إن الأسرة ممتلئة.", "عماد أبو صفوة"),
        ("وفازت الروائية الليبية نادية الورفلي بجائزة القصة.", "نادية الورفلي"),
        # after a demonym, a first word that only looks like و/ف/ك on a word; a lineage
        ("فازت الأمريكية كوكو غوف باللقب.", "كوكو غوف"),
        ("وتغلب الألماني فلوريان ماير على منافسه.", "فلوريان ماير"),
        ("ونالت المخرجة التونسية كوثر بن هنية جائزة كبرى.", "كوثر بن هنية"),
    ],
)
def test_context_person_names_and_their_boundaries(pipe: Pipeline, text: str, name: str) -> None:
    assert ("PERSON", name) in found(pipe, text)


@pytest.mark.parametrize(
    "text",
    [
        "رفض الرئيس ترسيم الحدود قبل الانسحاب.",
        "لعب المدافع دورا كبيرا في المباراة.",
        "وأضاف قائلا إن الوضع صعب.",
        "توقفت حركة المرور في الشارع الرئيسي.",
        "ودعت المنظمة الدولية إلى التهدئة.",
        "رقصوا في جو من الفرح.",
        "وردت الناطقة باسم الحكومة ردا حاسما.",
        "وقال المدرب إن الفريق سيعود أقوى في الموسم المقبل.",
        "وأكد الجمهور أن البطل سيواجه منافسا عنيدا.",
    ],
)
def test_context_common_words_are_not_names(pipe: Pipeline, text: str) -> None:
    assert not [e for e in entities(pipe, text) if e.kb_id is None]


def test_context_a_list_of_names_is_a_list_of_persons(pipe: Pipeline) -> None:
    text = "وضمت التشكيلة محسن سعد وكريستوفر دانيال وعبد الله قاسم حسن."
    persons = [e.text for e in entities(pipe, text) if e.type == "PERSON"]
    assert persons == ["محسن سعد", "كريستوفر دانيال", "عبد الله قاسم حسن"]


def test_context_a_demonym_or_portfolio_after_a_title_is_no_surname(pipe: Pipeline) -> None:
    found_ = entities(pipe, "وأشاد الوزير بالعاهل السعودي وبوزير العدل في الحكومة.")
    assert not [e for e in found_ if e.type == "PERSON"]


def test_context_a_person_listed_with_a_title_loses_it(pipe: Pipeline) -> None:
    (e,) = [e for e in entities(pipe, "وصل الملك عبدالله الثاني إلى العقبة.") if e.type == "PERSON"]
    assert e.text == "عبدالله الثاني" and e.kb_id is not None


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the KB lists the person with a title, a country and a rank: the name alone is kept
        ("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الوفد.", "تميم بن حمد آل ثاني"),
        # a nisba and an adjective of the title are no part of the name
        ("وصل الرئيس السوري المخلوع بشار الأسد إلى موسكو.", "بشار الأسد"),
        ("استقبل ولي العهد الأردني الأمير الحسين الوفد.", "الحسين"),
        ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز الوفد.", "سلمان بن عبد العزيز"),
    ],
)
def test_context_a_title_and_what_qualifies_it_leave_the_name(pipe: Pipeline, text: str, person: str) -> None:
    (e,) = [e for e in entities(pipe, text) if e.type == "PERSON"]
    assert e.text == person and e.kb_id is not None


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن رئيس الوزراء العراقي مقتل قيادي بارز في التنظيم.",  # an act noun after a title
        "وقال الرئيس سيلتقي نظيره الأسبوع المقبل.",  # a future verb after a title
        "وقالت الرئيسة المشتركة لدائرة العلاقات إن الوفد سيصل غدا.",  # ل + a feminine noun
        "وقال الوزير إن الحكومة تعمل من أجل سلام دائم ونصر اقتصادي طال انتظاره.",  # an adjective
    ],
)
def test_context_a_title_then_a_noun_or_verb_names_no_one(pipe: Pipeline, text: str) -> None:
    assert not [e for e in entities(pipe, text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("استقبل الأمير محمد بن سلمان بن عبدالعزيز آل سعود الوفد.", "محمد بن سلمان بن عبدالعزيز آل سعود"),
        ("استقبل الملك سلمان بن عبد العزيز آل سعود الوفد.", "سلمان بن عبد العزيز آل سعود"),
    ],
)
def test_context_a_known_person_takes_the_lineage_after_the_listed_name(pipe: Pipeline, text: str, person: str) -> None:
    (e,) = [e for e in entities(pipe, text) if e.type == "PERSON"]
    assert e.text == person and e.kb_id is not None


def test_context_places_that_play_are_teams_in_a_sports_text(pipe: Pipeline) -> None:
    sport = found(pipe, "تغلبت البرازيل على الأرجنتين 2 - 1 في مباراة ودية.")
    assert {("ORG", "البرازيل"), ("ORG", "الأرجنتين")} <= sport
    assert ("ORG", "ميلان") in found(pipe, "وانتقل اللاعب إلى ميلان الإيطالي في الدوري.")
    politics = found(pipe, "زار الرئيس البرازيل والأرجنتين الشهر الماضي.")
    assert {("COUNTRY", "البرازيل"), ("COUNTRY", "الأرجنتين")} <= politics


def test_context_a_score_alone_marks_a_sports_text(pipe: Pipeline) -> None:
    results = found(pipe, "وفي العاصمة خسرت كينيا أمام إريتريا 1 - 2، بينما فازت الغابون على مدغشقر 4 - صفر.")
    assert {("ORG", "كينيا"), ("ORG", "إريتريا"), ("ORG", "الغابون"), ("ORG", "مدغشقر")} <= results
    ranges = found(pipe, "وارتفعت الأسعار في مصر بين 10 - 12 بالمئة، وفي الأردن بنسبة 150 - 200 دينار.")
    assert {("COUNTRY", "مصر"), ("COUNTRY", "الأردن")} <= ranges


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        ("أعلن اتحاد مصنعي الأدوية أن الأسعار سترتفع.", "ORG", "اتحاد مصنعي الأدوية"),
        ("وقرر المجلس الأعلى للقضاء تأجيل الجلسة.", "GOV", "المجلس الأعلى للقضاء"),
        ("وقال رئيس مجلس اتحاد المحاكم الإسلامية إن الوضع هادئ.", "GOV", "مجلس اتحاد المحاكم الإسلامية"),
        ("ونظم المركز الجهوي للاستثمار يوما دراسيا.", "ORG", "المركز الجهوي للاستثمار"),
        ("درس في جامعة القاهرة قبل أن يسافر.", "ORG", "جامعة القاهرة"),
        ("ارتفع مؤشر سوق دبي المالي أمس.", "FACILITY", "سوق دبي المالي"),
        ("وتصدر سهم إعمار قائمة الأسهم الأنشط.", "ORG", "إعمار"),
        ("هبطت الطائرة في مطار حلب الدولي مساء.", "FACILITY", "مطار حلب الدولي"),
        ("وقع انفجار قرب مبنى وزارة المالية صباحا.", "FACILITY", "مبنى وزارة المالية"),
        ('قال جان موران، رئيس " نوفا تكنولوجي "، إن المبيعات زادت.', "ORG", "نوفا تكنولوجي"),
    ],
)
def test_context_organisation_names(pipe: Pipeline, text: str, etype: str, name: str) -> None:
    assert (etype, name) in found(pipe, text)


def test_context_state_noun_and_demonym_is_the_country(pipe: Pipeline) -> None:
    (e,) = entities(pipe, "وأكدت الجمهورية اللبنانية التزامها بالقرار.")
    assert e.type == "COUNTRY" and e.kb_id == "country/lbn"
    (e,) = entities(pipe, "وطالب الوفد بحدود الدولة الفلسطينية.")
    assert e.text == "الدولة الفلسطينية" and e.type == "COUNTRY" and e.country == "PSE"


def test_context_agency_between_dateline_dashes(pipe: Pipeline) -> None:
    assert "media/qna" in {e.kb_id for e in entities(pipe, "الدوحة - قنا - أعلنت الوزارة اليوم.")}


def test_context_word_after_like_is_not_a_city(pipe: Pipeline) -> None:
    assert not [e for e in entities(pipe, "لعب الوسط دورا كبيرا في الفوز.") if e.type == "GPE"]


def test_context_clubs_named_like_places_or_words_only_in_a_sports_text(pipe: Pipeline) -> None:
    sport = {(e.text, e.kb_id) for e in entities(pipe, "وتعادل ليفربول مع السد في المباراة الودية.")}
    assert {("ليفربول", "org/liverpool-fc"), ("السد", "org/al-sadd-sc")} <= sport
    assert ("GPE", "ليفربول") in found(pipe, "زار الوزير ليفربول أمس.")
    assert not entities(pipe, "بني السد على النهر قبل سنوات.")


def test_context_a_surname_alone_after_the_full_name(pipe: Pipeline) -> None:
    text = "وقال المدرب يورغن ماير إن الفريق جاهز. وأشاد الجمهور بماير بعد المباراة."
    persons = [e.text for e in entities(pipe, text) if e.type == "PERSON"]
    assert persons == ["يورغن ماير", "ماير"]


def test_context_small_and_shared_country_names(pipe: Pipeline) -> None:
    assert "country/and" in {e.kb_id for e in entities(pipe, "وصل الوفد إلى أندورا مساء الأحد.")}
    assert "country/geo" in {e.kb_id for e in entities(pipe, "وقعت اشتباكات في جورجيا أمس.")}


@pytest.mark.parametrize(
    "text",
    [
        "ودفع الجيش بتعزيزات عسكرية إلى الحدود الشمالية تحسبا لأي تصعيد.",
        "وسيطرت القوات على المنطقة الشرقية من البلاد.",
    ],
)
def test_context_a_generic_region_phrase_is_no_saudi_province(pipe: Pipeline, text: str) -> None:
    assert not [e for e in entities(pipe, text) if e.kb_id and e.kb_id.endswith("-sau")]


def test_context_a_saudi_province_is_still_found_by_its_full_name(pipe: Pipeline) -> None:
    ids = {e.kb_id for e in entities(pipe, "وقال أمير منطقة الحدود الشمالية إن الأمطار تسببت في أضرار.")}
    assert "place/northern-borders-region-sau" in ids


def test_context_a_suspect_is_no_word_of_a_bodys_name(pipe: Pipeline) -> None:
    assert ("ARMED_GROUP", "قوات الأمن") in found(pipe, "اعتقلت قوات الأمن المشتبه به في تفجير الحافلة.")


def test_context_a_form_vi_verb_after_a_title_starts_no_name(pipe: Pipeline) -> None:
    text = "تلقى الرئيس اتصالا هاتفيا من نظيره الفرنسي تناول الأوضاع في المنطقة."
    assert not [e for e in entities(pipe, text) if e.type == "PERSON"]


def test_context_a_boycott_is_no_district(pipe: Pipeline) -> None:
    """مقاطعة is a district before a name, a boycott before a common noun."""
    text = "دعا الاتحاد المواطنين إلى مقاطعة البضائع المستوردة من الشركات."
    assert not [e for e in entities(pipe, text) if e.type in ("GPE", "LOC")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("هبطت الطائرة في مطار الملك خالد الدولي صباح اليوم.", "مطار الملك خالد الدولي"),
        ("عبرت القافلة جسر الجمهورية نحو الضفة الأخرى.", "جسر الجمهورية"),
        ("ارتفع منسوب المياه خلف سد النهضة هذا الشهر.", "سد النهضة"),
        ("واستقبل الملك في قصر الصخير ولي العهد.", "قصر الصخير"),
    ],
)
def test_context_facility_heads_and_titled_names(pipe: Pipeline, text: str, name: str) -> None:
    assert ("FACILITY", name) in found(pipe, text)


def test_context_a_generic_facility_is_no_name(pipe: Pipeline) -> None:
    assert not [e for e in found(pipe, "أصابت المسيرة مصفاة نفط قرب المدينة.") if e[0] == "FACILITY"]


def test_context_an_ambiguous_country_in_a_list_of_countries(pipe: Pipeline) -> None:
    assert ("COUNTRY", "مالي") in found(pipe, "وقعت النيجر ومالي وتشاد اتفاقا أمنيا.")
    assert not [e for e in found(pipe, "قدمت الحكومة دعما ماليا للبلديات.") if e[0] == "COUNTRY"]


def test_context_qurb_ends_a_name(pipe: Pipeline) -> None:
    assert ("PERSON", "رجائي قرب") not in found(pipe, "رست السفينة في ميناء الشهيد رجائي قرب بندر عباس.")
