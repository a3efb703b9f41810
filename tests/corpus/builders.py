"""Hand-made analyses (own Arabic words) for linking, story and export tests."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.corpus.model import ArticleInfo
from marsad.model import Analysis, DocInfo, Entity, Event, Evidence, Quantity, Ref, Sentence

PLACES = {
    "gaza": ("غزة", "place/gaza-city", "Gaza City", "PSE", 31.5, 34.47),
    "khan": ("خان يونس", "place/khan-yunis-pse", "Khan Yunis", "PSE", 31.346, 34.306),
    "rafah": ("رفح", "place/rafah-pse", "Rafah", "PSE", 31.297, 34.245),
    "aleppo": ("حلب", "place/aleppo-syr", "Aleppo", "SYR", 36.2, 37.16),
    "damascus": ("دمشق", "place/damascus-syr", "Damascus", "SYR", 33.513, 36.29),
    "nabatieh": ("النبطية", "place/nabatieh-lbn", "Nabatieh", "LBN", 33.378, 35.48),
    "kiryat": ("كريات شمونة", "place/kiryat-shmona-isr", "Kiryat Shmona", "ISR", 33.208, 35.57),
}
ACTORS = {
    "israel": ("الجيش الإسرائيلي", "gov/isr", "Israel", "ISR"),
    "hezbollah": ("حزب الله", "org/hezbollah", "Hezbollah", "LBN"),
    "syria": ("الجيش السوري", "gov/syr", "Syrian Army", "SYR"),
    "civilians": ("مدنيين", None, None, None),
}


@dataclass(frozen=True)
class Spec:
    """One article with one event, described briefly."""

    id: str
    outlet: str
    published: str
    type: str = "ASSAULT"
    mode: str | None = "aerial"
    date: str | None = None
    date_source: str | None = "text"
    place: str | None = "gaza"
    actor: str | None = "israel"
    target: str | None = None
    killed: float | None = None
    factuality: str = "asserted"


def build(spec: Spec) -> tuple[ArticleInfo, Analysis, str]:
    """(info, analysis, text) for a spec; the text is 'trigger actor target place.'."""
    parts = ["قصف"]
    entities: list[Entity] = []
    refs: dict[str, Ref] = {}
    for role, key, table in (("actor", spec.actor, ACTORS), ("target", spec.target, ACTORS),
                             ("location", spec.place, PLACES)):
        if key is None:
            continue
        row = table[key]
        start = len(" ".join(parts)) + 1
        parts.append(row[0])
        end = start + len(row[0])
        eid = f"e{len(entities) + 1}"
        if role == "location":
            entities.append(Entity(id=eid, text=row[0], start=start, end=end, sentence=0, type="GPE",
                                   kb_id=row[1], name_en=row[2], country=row[3], lat=row[4], lon=row[5]))
        else:
            entities.append(Entity(id=eid, text=row[0], start=start, end=end, sentence=0,
                                   type="GOV" if row[1] else "NORP", kb_id=row[1], name_en=row[2],
                                   country=row[3]))
        refs[role] = Ref(text=row[0], start=start, end=end, entity=eid, name_en=row[2])
    quantities = []
    if spec.killed is not None:
        start = len(" ".join(parts)) + 1
        parts.append(f"{spec.killed:g} قتلى")
        quantities.append(Quantity(id="q1", text=f"{spec.killed:g} قتلى", start=start,
                                   end=start + len(f"{spec.killed:g} قتلى"), sentence=0,
                                   value=spec.killed, counted="killed"))
    text = " ".join(parts) + "."
    event = Event(id="ev1", type=spec.type, mode=spec.mode, trigger=Evidence(text="قصف", start=0, end=3),
                  sentence=0, factuality=spec.factuality,  # type: ignore[arg-type]
                  actor=refs.get("actor"), target=refs.get("target"), location=refs.get("location"),
                  quantities=[q.id for q in quantities], date=spec.date or spec.published,
                  date_source=spec.date_source if spec.date else "published")  # type: ignore[arg-type]
    analysis = Analysis(doc=DocInfo(id=spec.id, published=spec.published, length=len(text)),
                        sentences=[Sentence(index=0, start=0, end=len(text), kind="report")],
                        entities=entities, quantities=quantities, events=[event])
    info = ArticleInfo(id=spec.id, content_hash=spec.id, published=spec.published, outlet=spec.outlet,
                       outlets=[spec.outlet], length=len(text), duplicate_of=None)
    return info, analysis, text
