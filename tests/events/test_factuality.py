"""Factuality rules, attribution links, dates, historical flag, coref and explanations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from marsad.document import Document
from marsad.events.coref import shared_modes
from marsad.events.explain import explain
from marsad.model import Attribution, ContentSpan, Evidence, Ref, Time

Coder = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "type_", "factuality"),
    [
        ("هاجم المسلحون نقطة تفتيش.", "ASSAULT", "asserted"),
        ("قال مصدر أمني إن المسلحين هاجموا نقطة تفتيش.", "ASSAULT", "reported"),
        ("تعتزم الحكومة الانسحاب من الاتفاق.", "RETREAT", "planned"),
        ("ستنسحب القوات من المدينة الشهر المقبل.", "RETREAT", "planned"),
        ("إذا هاجمت الجماعة المدينة فسيرد الجيش.", "ASSAULT", "hypothetical"),
        ("لم تشن الطائرات أي غارة على البلدة.", "ASSAULT", "negated"),
        ("نفى الجيش قصف المستشفى.", "ASSAULT", "negated"),
        ("أدانت الحكومة الهجوم على المدرسة.", "ASSAULT", "generic"),
        ("هل تتوقف الهجمات على المدنيين؟", "ASSAULT", "generic"),
        # a threat under a condition that follows it is hypothetical, without one planned
        ("هددت الجماعة بقصف المطار إذا لم تفرج السلطات عن أسراها.", "ASSAULT", "hypothetical"),
        ("هددت الجماعة بقصف المطار خلال الأيام المقبلة.", "ASSAULT", "planned"),
        # a و-joined perfect after a reporting verb's object is a clause of its own
        ("أعلن الرئيس حالة الطوارئ، ونشر وحدات من الجيش في المدن.", "MOBILIZE", "asserted"),
        ("أعلن الجيش أنه نشر وحدات جديدة في المدن.", "MOBILIZE", "reported"),
        # an intention does not reach an event after بعد/رغم: its background
        ("تراجعت الحكومة عن قرار رفع الأسعار بعد موجة من الاحتجاجات.", "PROTEST", "asserted"),
        # cues do not reach past لكن
        ("أعلن المجلس هدنة مؤقتة، لكن المعارضة اتهمته بمواصلة القصف.", "ACCUSE", "asserted"),
        # the jussive of a defective verb after لم
        ("لم يلتق وزير الخارجية نظيره خلال القمة.", "CONSULT", "negated"),
        # acts done by saying them are asserted when their actor speaks
        ("أعرب الاتحاد الأفريقي عن دعمه لجهود الوساطة.", "SUPPORT", "asserted"),
    ],
)
def test_factuality(code: Coder, text: str, type_: str, factuality: str) -> None:
    ev = next(e for e in code(text).events if e.type == type_)
    assert ev.factuality == factuality


def test_attribution_link_makes_reported(code: Coder) -> None:
    text = "أكدت الوكالة أن الجيش اعتقل عشرة أشخاص."
    doc = code(text)
    doc.events = []
    start = text.index("الجيش")
    doc.attributions = [
        Attribution(
            id="a1",
            source=Ref(text="الوكالة", start=4, end=11),
            source_kind="media",
            cue=Evidence(text="أكدت", start=0, end=4),
            content=ContentSpan(start=start, end=len(text) - 1),
            sentence=0,
        )
    ]
    from marsad.events.stage import EventCoder
    from marsad.resources import Resources

    EventCoder(Resources(options={"events_filter": False}))(doc)
    ev = doc.events[0]
    assert ev.attribution == "a1" and ev.factuality == "reported"


def test_dates_and_historical(code: Coder) -> None:
    text = "انسحبت القوات من المدينة عام 2018."
    doc = code(text, published=dt.date(2024, 1, 25))
    doc.events = []
    i = text.index("عام")
    doc.times = [
        Time(
            id="t1",
            text="عام 2018",
            start=i,
            end=i + 8,
            sentence=0,
            value="2018",
            granularity="year",
        )
    ]
    from marsad.events.stage import EventCoder
    from marsad.resources import Resources

    EventCoder(Resources(options={"events_filter": False}))(doc)
    ev = doc.events[0]
    assert (ev.date, ev.date_source, ev.time, ev.historical) == ("2018", "text", "t1", True)


def test_publication_date_fallback(code: Coder) -> None:
    ev = code("اعتقلت الشرطة ناشطا.", published=dt.date(2024, 3, 1)).events[0]
    assert (ev.date, ev.date_source, ev.historical) == ("2024-03-01", "published", False)


def test_coref_links_the_same_happening(code: Coder) -> None:
    doc = code("هاجم المسلحون القاعدة الجوية. وأسفر الهجوم على القاعدة الجوية عن مقتل جنديين.")
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assault) == 2 and assault[0].coref == assault[1].coref == "c1"


def test_coreferent_event_takes_the_single_mode_of_its_group(code: Coder) -> None:
    doc = code("هاجم المسلحون القاعدة الجوية. وأسفر الهجوم على القاعدة الجوية عن مقتل جنديين.")
    first, second = (e for e in doc.events if e.type == "ASSAULT")
    first.mode, second.mode, first.coref, second.coref = "drone", None, "c1", "c1"
    assert shared_modes(doc.events) == {second.id: first.id} and second.mode == "drone"
    first.mode, second.mode = "drone", "shelling"
    assert shared_modes(doc.events) == {}


def test_explanations_are_stored_and_printed(code: Coder) -> None:
    doc = code("هاجم المسلحون دورية للشرطة.")
    why = doc.extras["events_explain"][doc.events[0].id]
    assert why["lemmas"] == ["attack"] and why["actor_rule"] == "VSO subject"
    lines = explain(doc, 0)
    assert lines[0].startswith("ev1 ASSAULT") and any("why actor: VSO subject" in x for x in lines)


def test_filter_scores_when_enabled(code: Coder) -> None:
    doc = code("قتل خمسة أشخاص وأصيب عشرة في انفجار سيارة مفخخة في السوق أمس.", filter=True)
    why = doc.extras["events_explain"][doc.events[0].id]
    assert 0.0 <= why["filter_score"] <= 1.0


def test_dated_act_with_its_doer_skips_the_filter(code: Coder) -> None:
    """Out of context the filter reads the protesters' act as a mention; in a dated
    article an act with its doer is a happening, and the model is not asked. A doerless
    event noun still is."""
    text = "اتهمت المعارضة الحكومة بقمع المتظاهرين في العاصمة."
    undated = code(text, filter=True)
    protest = next(e for e in undated.events if e.type == "PROTEST")
    assert protest.factuality == "generic"
    dated = code(text, filter=True, published=dt.date(2025, 3, 1))
    protest = next(e for e in dated.events if e.type == "PROTEST")
    assert protest.factuality == "asserted"
    assert "filter_score" not in dated.extras["events_explain"][protest.id]
    doerless = code("تتواصل الاحتجاجات في المدن.", filter=True, published=dt.date(2025, 3, 1))
    assert "filter_score" in doerless.extras["events_explain"][doerless.events[0].id]


def test_dated_named_event_skips_the_filter(code: Coder) -> None:
    from marsad.model import Entity

    text = "واصلت الجماعة المسلحة الضرب بقوة منذ السبت الماضي."
    doc = code(text, published=dt.date(2024, 1, 25))
    doc.events = []
    i = text.index("الجماعة")
    doc.entities = [
        Entity(id="n1", text="الجماعة المسلحة", start=i, end=i + 15, sentence=0, type="ARMED_GROUP")
    ]
    j = text.index("منذ")
    doc.times = [
        Time(
            id="t1", text="منذ السبت الماضي", start=j, end=j + 16, sentence=0, value="2024-01-20/.."
        )
    ]
    from marsad.events.stage import EventCoder
    from marsad.resources import Resources

    EventCoder(Resources())(doc)
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert ev.factuality == "asserted" and "filter_score" not in doc.extras["events_explain"][ev.id]
