"""Hand-made articles and analyses (own Arabic text) for the store tests."""

from __future__ import annotations

from marsad.corpus.model import Incident, Report, Story, TimelineEntry
from marsad.model import (
    Analysis,
    Attribution,
    ContentSpan,
    DocInfo,
    Entity,
    Event,
    Evidence,
    Framing,
    Quantity,
    Ref,
    Sentence,
    Time,
)
from marsad.store import NewArticle

TEXT = (
    "قال مسؤول محلي إن الجيش قصف أمس قرية قرب حلب، ما أسفر عن مقتل خمسة مدنيين. "
    "ووصف ناشطون القصف بأنه مجزرة وحشية."
)
OTHER = (
    "عقد وزراء الخارجية اجتماعاً في عمّان لبحث أمن الحدود. "
    "واتفق المجتمعون على تشكيل لجنة فنية تجتمع كل شهرين."
)


def span(text: str, words: str) -> tuple[int, int]:
    """Start and end of the first occurrence of `words` in `text`."""
    start = text.index(words)
    return start, start + len(words)


def article(article_id: str, text: str = TEXT, **meta: str) -> NewArticle:
    """A NewArticle with optional metadata."""
    return NewArticle(id=article_id, text=text, **meta)


def analysis(article_id: str, text: str = TEXT, published: str | None = "2024-03-02") -> Analysis:
    """An analysis of TEXT with one item of every layer."""
    army, aleppo = span(text, "الجيش"), span(text, "حلب")
    shelled, yesterday, five = span(text, "قصف"), span(text, "أمس"), span(text, "خمسة")
    said, official, loaded = span(text, "قال"), span(text, "مسؤول محلي"), span(text, "مجزرة")
    return Analysis(
        doc=DocInfo(id=article_id, published=published, length=len(text)),
        sentences=[Sentence(index=0, start=0, end=text.index(".") + 1, kind="attributed")],
        entities=[
            Entity(id="e1", text="الجيش", start=army[0], end=army[1], sentence=0, type="ORG",
                   kb_id="SYR_MIL", name_en="Syrian Army", country="SYR"),
            Entity(id="e2", text="حلب", start=aleppo[0], end=aleppo[1], sentence=0, type="GPE",
                   kb_id="G170063", name_en="Aleppo", country="SYR", lat=36.2, lon=37.16),
        ],
        times=[Time(id="t1", text="أمس", start=yesterday[0], end=yesterday[1], sentence=0,
                    value="2024-03-01", granularity="day", resolved=True)],
        quantities=[Quantity(id="q1", text="خمسة", start=five[0], end=five[1], sentence=0,
                             value=5, counted="civilians")],
        events=[Event(
            id="v1", type="ASSAULT", mode="aerial", trigger=Evidence(text="قصف", start=shelled[0], end=shelled[1]),
            sentence=0, factuality="reported",
            actor=Ref(text="الجيش", start=army[0], end=army[1], entity="e1", name_en="Syrian Army"),
            location=Ref(text="حلب", start=aleppo[0], end=aleppo[1], entity="e2"),
            time="t1", quantities=["q1"], attribution="a1", date="2024-03-01", date_source="text",
        )],
        attributions=[Attribution(
            id="a1", source=Ref(text="مسؤول محلي", start=official[0], end=official[1]),
            source_kind="person", cue=Evidence(text="قال", start=said[0], end=said[1]),
            content=ContentSpan(start=said[1] + 12, end=text.index(".")), sentence=0,
        )],
        framing=[Framing(id="f1", text="مجزرة", start=loaded[0], end=loaded[1], sentence=1,
                         kind="loaded_term", neutral="هجوم")],
    )


def incident(incident_id: str, articles: list[str], outlets: list[str], **fields: object) -> Incident:
    """An incident reported by the given articles (event v1 of each)."""
    trigger = Evidence(text="قصف", start=0, end=3)
    reports = [
        Report(article=a, event="v1", outlet=o, trigger=trigger, sentence_text="قصف", factuality="reported")
        for a, o in zip(articles, outlets, strict=True)
    ]
    values: dict[str, object] = {"type": "ASSAULT", "date": "2024-03-01", "country": "SYR"}
    values.update(fields)
    return Incident(
        id=incident_id, articles=articles, events=[f"{a}#v1" for a in articles], outlets=outlets,
        reports=reports, confidence=0.9, **values,  # type: ignore[arg-type]
    )


def story(story_id: str, incidents: list[str], articles: list[str]) -> Story:
    """A story over the given incidents and articles."""
    return Story(
        id=story_id, title="قصف في شمال سوريا", incidents=incidents, articles=articles,
        start="2024-03-01", end="2024-03-05",
        timeline=[TimelineEntry(date="2024-03-01", incident=incidents[0], summary="قصف قرب حلب")],
    )
