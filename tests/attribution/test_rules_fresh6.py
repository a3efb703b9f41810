"""Attribution rules read from the sixth blind set (our own sentences, not the set's)."""

from __future__ import annotations

import marsad


def _sources(text: str) -> list[tuple[str, str]]:
    result = marsad.analyze(text, published="2025-06-01")
    return [(a.source.text, text[a.content.start : a.content.end]) for a in result.attributions]


def test_a_breaking_news_mark_before_a_headline_source() -> None:
    assert _sources("عاجل | مراسلنا: سقوط قذيفتين على حي سكني في المدينة") == [
        ("مراسلنا", "سقوط قذيفتين على حي سكني في المدينة")
    ]


def test_yara_after_an_adverbial_is_the_active_of_raa() -> None:
    sources = _sources("في المقابل، يرى محللون أن الأسعار ستواصل الارتفاع.")
    assert [source for source, _ in sources] == ["محللون"]


def test_a_naming_passive_in_an_aside_is_still_no_cue() -> None:
    sources = _sources("قال أحد الشهود، ويدعى سالم، إن الحريق اندلع فجرا.")
    assert len(sources) == 1 and sources[0][1] == "الحريق اندلع فجرا"


def test_the_grounds_of_a_ruling_and_a_bulletin_are_sources() -> None:
    assert _sources("وجاء في حيثيات الحكم أن المتهم خطط لجريمته مسبقا.") == [
        ("حيثيات الحكم", "المتهم خطط لجريمته مسبقا")
    ]
    assert [s for s, _ in _sources("وكشفت النشرة الشهرية للبنك تراجع التضخم.")] == ["النشرة الشهرية للبنك"]


def test_a_dateline_is_no_content() -> None:
    text = "طهران/ إرنا - أدان المتحدث باسم الوزارة العدوان على الأراضي السورية."
    assert _sources(text) == [("المتحدث باسم الوزارة", "العدوان على الأراضي السورية")]


def test_a_relative_clause_speaker_is_the_noun_it_describes() -> None:
    assert _sources("التقى الوزير بالسفير الذي أكد أن بلاده تدعم الاتفاق.") == [("السفير", "بلاده تدعم الاتفاق")]


def test_a_hollow_verbs_feminine_plural_is_a_cue() -> None:
    assert _sources("وأكدت نساء نازحات لمراسلنا أنهن تعرضن لانتهاكات. وقلن إن الطريق كان خطرا.")[-1][1] == (
        "الطريق كان خطرا"
    )


def test_a_count_of_people_after_the_verb_is_the_source() -> None:
    assert _sources("وقال 37 معتقلا سابقا إنهم حرموا من الاتصال بمحامين.") == [
        ("37 معتقلا سابقا", "حرموا من الاتصال بمحامين")
    ]


def test_a_study_credited_for_a_figure() -> None:
    text = "ويقدر عدد المنازل المدمرة بأكثر من 40 ألف منزل، بحسب دراسة أعدتها نقابة المهندسين."
    assert _sources(text) == [("دراسة أعدتها نقابة المهندسين", "ويقدر عدد المنازل المدمرة بأكثر من 40 ألف منزل")]


def test_a_post_claiming_something_is_its_source() -> None:
    text = "انتشر على نطاق واسع منشور يدعي أن وزارة الصحة قررت إغلاق المدارس."
    assert _sources(text) == [("منشور", "وزارة الصحة قررت إغلاق المدارس")]
    assert _sources("رفع المحتجون لافتات تتهم الحكومة بالفساد.") == []


def test_an_outlet_spoken_to_is_no_source() -> None:
    assert _sources("غير أن مصادر محلية أكدت لفرانس24 أن بين القتلى مدنيين.") == [("مصادر محلية", "بين القتلى مدنيين")]
    assert _sources("وقال قائممقام سيدكان لرووداو إن القصف استهدف منزلا.") == [("قائممقام سيدكان", "القصف استهدف منزلا")]


def test_a_relative_clause_speaker_past_an_adverb() -> None:
    text = "ولم يصدر تعليق من وزارة الدفاع، التي تقول عادة إن عملياتها تستهدف المسلحين."
    assert _sources(text) == [("وزارة الدفاع", "عملياتها تستهدف المسلحين")]


def test_a_participle_continues_its_own_clauses_subject() -> None:
    text = "وقالت المحامية إن الحالات كثيرة. من جهتها، دافعت وزارة الداخلية عن الخطة، مؤكدة أن القانون يطبق على الجميع."
    assert _sources(text)[-1] == ("وزارة الداخلية", "القانون يطبق على الجميع")
    assert len(_sources("قضت محكمة بالسجن على 14 متهما بالانتماء إلى منظمة محظورة.")) == 0
