"""A small corpus for the explorer tests: three articles written for these tests, analysed by
the real pipeline and stored in a real SQLite store, plus incidents and a story built by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import marsad
from marsad.corpus.model import Disagreement, Evidence, Incident, Report, Story, TimelineEntry
from marsad.model import Analysis
from marsad.store import NewArticle, Store, open_store

ARTICLES = {
    "a1": ("وكالة الشمال", "2024-03-05", "قصف على مدينة حلب",
           "قال المرصد السوري لحقوق الإنسان يوم الثلاثاء إن طائرات حربية قصفت مدينة حلب، "
           "مما أسفر عن مقتل 12 مدنياً وإصابة نحو 30 آخرين.\n"
           "وأضاف المتحدث باسم الدفاع المدني أن فرق الإنقاذ ما زالت تبحث تحت الأنقاض."),
    "a2": ("صحيفة الساحل", "2024-03-06", "غارات على حلب",
           "أعلنت وزارة الدفاع السورية أنها استهدفت مواقع الإرهابيين في حلب أمس، "
           "وقالت إن العملية أدت إلى مقتل 15 مسلحاً."),
    "evil": ("<b>منفذ</b>", "2024-03-07", "<script>alert('x')</script> عنوان",
             "قال الوزير إن <script>alert(1)</script> الاجتماع في بيروت انتهى، "
             "وكتب أحدهم <img src=x onerror=alert(2)> & <b>نص</b> في دمشق."),
}


def _event(analysis: Analysis) -> tuple[str, Evidence]:
    """The first event of an analysis (or the first word when the pipeline found none)."""
    if analysis.events:
        v = analysis.events[0]
        return v.id, v.trigger
    return "v0", Evidence(text="قصف", start=0, end=3)


def _report(store: Store, article: str, outlet: str, killed: float) -> Report:
    """A hand-made report of the article's first event."""
    analysis = store.analysis(article)
    assert analysis is not None
    event, trigger = _event(analysis)
    return Report(article=article, event=event, outlet=outlet, trigger=trigger,
                  sentence_text=(store.article_text(article) or "").split("\n")[0],
                  factuality="asserted", actor="طائرات حربية", location="حلب", date="2024-03-05",
                  killed=killed, framing=list(analysis.framing[:2]))


def _incidents(store: Store) -> list[Incident]:
    """One incident told by two outlets that disagree on the dead, and one in Damascus."""
    r1, r2 = _report(store, "a1", "وكالة الشمال", 12), _report(store, "a2", "صحيفة الساحل", 15)
    r3 = _report(store, "evil", "<b>منفذ</b>", 0)
    return [
        Incident(id="inc-1", type="ASSAULT", mode="aerial", date="2024-03-05", location="حلب",
                 country="SYR", lat=36.2, lon=37.16, actors=["طائرات حربية"], articles=["a1", "a2"],
                 events=[f"a1#{r1.event}", f"a2#{r2.event}"], outlets=[r1.outlet or "", r2.outlet or ""],
                 confidence=0.9, reports=[r1, r2], story="st-1",
                 disagreements=[Disagreement(field="killed", values={"وكالة الشمال": "12", "صحيفة الساحل": "15"})]),
        Incident(id="inc-2", type="PROTEST", date="2024-03-07", location="دمشق", country="SYR",
                 lat=33.51, lon=36.29, articles=["evil"], events=[f"evil#{r3.event}"],
                 outlets=["<b>منفذ</b>"], confidence=0.6, reports=[r3], story="st-1"),
    ]


def _story() -> Story:
    """A story over both incidents."""
    return Story(id="st-1", title="التصعيد في شمال سوريا", actors=["طائرات حربية"], places=["حلب"],
                 types=["ASSAULT", "PROTEST"], start="2024-03-05", end="2024-03-07",
                 incidents=["inc-1", "inc-2"], articles=["a1", "a2", "evil"],
                 timeline=[TimelineEntry(date="2024-03-05", incident="inc-1", type="ASSAULT", summary="قصف حلب"),
                           TimelineEntry(date="2024-03-07", incident="inc-2", type="PROTEST", summary="<i>دمشق</i>")])


def fill(store: Store) -> None:
    """Ingest, analyse and link the test corpus."""
    for key, (outlet, day, title, text) in ARTICLES.items():
        store.add_article(NewArticle(id=key, text=text, title=title, outlet=outlet, published=day,
                                     url="javascript:alert(3)" if key == "evil" else f"https://example.org/{key}"))
        analysis = marsad.analyze(text, published=day, doc_id=key, title=title)
        store.save_analysis(key, analysis, marsad.__version__)
    store.add_article(NewArticle(id="raw", text="نص لم يحلل بعد.", title="غير محلل"))
    store.replace_incidents(_incidents(store))
    store.replace_stories([_story()])


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The filled SQLite store (shared, read-only in tests)."""
    path: Path = tmp_path_factory.mktemp("web") / "web.db"
    s = open_store(str(path))
    fill(s)
    yield s
    s.close()
