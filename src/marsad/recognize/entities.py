"""`marsad.entities.v1`: KB-linked and unknown names, typed, with original offsets.

KB names are matched on tokens (clitic- and normalisation-aware, longest match), then
disambiguated from the document's context; demonyms become NORP entities linked to
their country; places keep their type and carry `stands_for` (metonymy). Names the KB
lacks are found by context cues (`names.py`) and get `kb_id: null`. Why each entity was
found is kept in ``doc.extras["entities.why"]`` (entity id -> explanation).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any, Final, NamedTuple

from marsad.document import Document, sentence_at
from marsad.kb.loader import KnowledgeBase
from marsad.kb.store import get_index, get_kb
from marsad.model import Entity, EntityType
from marsad.recognize.cues import CueKind, Cues, load_cues
from marsad.recognize.disambiguate import Mention, Resolved, resolve
from marsad.recognize.linker import Match, Starts, find_matches
from marsad.recognize.names import Unknown, find_unknown
from marsad.registry import component
from marsad.resources import Resources
from marsad.text.tokenize import DASHES, Token
from marsad.trusted import trusted

_CUES_KEY: Final = "marsad.ner.cues"
_STARTS_KEY: Final = "marsad.ner.starts"  # the linker's memo for the resources' name index
_TEAM_RULE: Final = "place playing in a sports text"
# Heads that stand outside the names after them: an outlet's (صحيفة، وكالة) or a town's (مدينة).
_OUTSIDE_HEADS: Final[tuple[tuple[CueKind, str], ...]] = (("org_head", "MEDIA"), ("place_head", "GPE"))
_STOP: Final[tuple[CueKind, ...]] = ("stop",)
# A one-word KB match on such a cue word (بيان، علي، الشيخ، العسكري) is a common word first.
_COMMON_KINDS: Final[tuple[CueKind, ...]] = ("stop", "given_name", "title", "common_word")
_LINEAGE: Final = frozenset({"بن", "بنت", "ابن", "ال"})  # normalised: آل is ال standing alone


class Found(NamedTuple):
    """A recognised name before it becomes a contract `Entity` (a named tuple, like the
    other per-mention records: it is built several times faster than a frozen dataclass)."""

    nstart: int
    nend: int
    type: EntityType
    why: dict[str, Any]
    resolved: Resolved | None = None
    country: str | None = None  # for names not in the KB, from a demonym in them


def get_cues(resources: Resources) -> Cues:
    """The cue lexicon for these resources (loaded once)."""
    if _CUES_KEY not in resources.cache:
        resources.cache[_CUES_KEY] = load_cues(resources)
    cues: Cues = resources.cache[_CUES_KEY]
    return cues


def head_before(cues: Cues, tokens: list[Token], match: Match) -> str | None:
    """Kind of the cue right before a match (مدينة صور -> 'place_head'; في or بـ -> 'locative';
    a name in brackets, as news credits its agency, or after لـ ('said to') -> 'source')."""
    if match.prefix.endswith("ب"):
        return "locative"
    if match.prefix.endswith("ل") or _bracketed(tokens, match):
        return "source"
    if match.first == 0:
        return None
    if cues.has("led_by", tokens[match.first - 1].norm):
        return "led_by"  # إدارة بوش، نظام الأسد: what a person leads or says, then the person
    if (head := cues.head(tokens[match.first - 1].norm)) is None:
        return "title" if _title_and_nisba(cues, tokens, match.first) else None
    kind, stem = head
    return None if kind == "title" and _complement(stem, match) else kind


def _title_and_nisba(cues: Cues, tokens: list[Token], k: int) -> bool:
    """الرئيس الأمريكي بوش، وزير الخارجية المصري شكري: a title (maybe with its definite
    complement), then a nisba adjective right before token k: the title governs the name."""
    if k < 2 or not tokens[k - 1].norm.startswith("ال") or not tokens[k - 1].norm.endswith(("ي", "يه")):
        return False
    for j in (k - 2, k - 3):
        head = cues.head(tokens[j].norm) if j >= 0 else None
        if head is not None:
            return head[0] == "title"
        if not tokens[j].norm.startswith("ال"):
            return False
    return False


def _complement(title: str, match: Match) -> bool:
    """وزير العدل: a definite word after a title in the construct state (no article) is
    the title's complement (the portfolio), not a name."""
    return not title.startswith("ال") and match.key[0].startswith("ال")


def is_common(cues: Cues, token: str, key: tuple[str, ...], prefix: str = "") -> bool:
    """True for a one-word match that is also a common word: its stem (بيان، علي) or the whole
    token with its clitics (عنه "about it" read as the town عنة) is a stop word, given name or
    title, or the whole token is such a word (فاطمة read as ف + the camp أطمة); or a match
    read after ك "like" (كبيرا read as ك + the city بيرا)."""
    if len(key) != 1:
        return False
    if prefix.endswith("ك"):
        return True
    common = cues.one_words(_COMMON_KINDS)
    # a whole word that is a given name is no clitic + place (فاطمة is not ف + أطمة)
    return key[0] in common or token in cues.one_words(_STOP) or (bool(prefix) and token in common)


_ARCHIVE: Final = frozenset({"ارشيف", "ارشيفيه"})  # normalised أرشيف، أرشيفية of a photo credit


def _bracketed(tokens: list[Token], match: Match) -> bool:
    """True for a match standing alone in round brackets or between dateline dashes, as news
    credits its agency: (قنا)، - قنا -، الدوحة - قنا:، and a photo credit (رويترز - أرشيف)"""
    before = tokens[match.first - 1].norm if match.first > 0 else ""
    k = match.last + 1
    after = tokens[k].norm if k < len(tokens) else ""
    if before == "(" and after in DASHES and k + 2 < len(tokens) and tokens[k + 2].norm == ")":
        return tokens[k + 1].norm in _ARCHIVE
    return (before, after) == ("(", ")") or (before in DASHES and (after in DASHES or after == ":"))


def _from_resolved(r: Resolved) -> Found:
    entry = r.entry
    etype: EntityType = "NORP" if r.via == "demonym" else entry.type
    why = {
        "source": "kb",
        "matched": " ".join(r.match.key),
        "listed_as": r.surface,
        "via": r.via,
        "clitic": r.match.prefix or None,
        "rule": r.reason,
    }
    return Found(r.match.nstart, r.match.nend, etype, why, r)


def _from_unknown(u: Unknown, tokens: list[Token], demonym: Found | None) -> Found:
    """A context-found name; a demonym taken into it gives its country, and a state noun with
    a demonym (الجمهورية اللبنانية) is that country itself."""
    why: dict[str, Any] = {"source": "context", "rule": u.rule}
    resolved = demonym.resolved if demonym else None
    country = resolved.entry.country if resolved else None
    start, end = tokens[u.first].nstart + u.offset, tokens[u.last].nend
    if u.type == "COUNTRY" and resolved is not None:
        return Found(start, end, "COUNTRY", why, resolved)
    return Found(start, end, u.type, why, country=country)


def _in_code_name(r: Resolved, head: str | None) -> bool:
    """A place right after a code-name noun names an operation, not the place (طوفان الأقصى)."""
    return head == "codename" and r.entry.is_place


def _team(cues: Cues, tokens: list[Token], r: Resolved, head: str | None) -> Found | None:
    """A city or country after a team word (فريق ليفربول، منتخب البرازيل) names a sports team:
    an unlinked ORG of the place's country; the name takes in a team word that is not
    `outside` it (منتخب البرازيل, but ليفربول after فريق)."""
    if head != "team" or r.entry.type not in ("GPE", "COUNTRY"):
        return None
    why = {"source": "context", "rule": "place name after a team word", "place": r.entry.id}
    start = r.match.nstart
    if not r.match.prefix and not _team_word_outside(cues, tokens[r.match.first - 1]):
        start = tokens[r.match.first - 1].nstart
    return Found(start, r.match.nend, "ORG", why, country=r.entry.country)


def _team_word_outside(cues: Cues, token: Token) -> bool:
    """True if the team word before a place is not part of the team's name (نادي، فريق, or
    one carrying a proclitic: لمنتخب)."""
    table = cues.words("team")
    entries = [table[(stem,)] for stem, prefix, _o in cues.readings(token.norm) if not prefix and (stem,) in table]
    return not entries or entries[0].outside


def _without_title(index: Any, cues: Cues, tokens: list[Token], f: Found) -> Found:
    """A person the KB lists with a title (الملك عبدالله الثاني، الرئيس الأسد، أمير قطر الشيخ
    تميم بن حمد): the entity is the name, without the title and what qualifies it (a country,
    a nisba, a rank): the longest end of the match the KB lists for the person, else the match
    less its title word."""
    r = f.resolved
    if r is None or r.entry.type != "PERSON" or r.match.length < 2:
        return f
    titled = _titled(cues, r.match.key)
    if not titled:
        return f
    key = r.match.key
    cut = next((cut for cut in range(1, len(key)) if _lists(index, r.entry.id, key[cut:])), titled)
    while cut + 1 < len(key) and (cues.has("title", key[cut]) or _nisba(key[cut])):
        cut += 1  # الشيخ تميم بن حمد، ولي العهد الأردني الأمير الحسين: a rank, a nisba
    if cut == len(key) - 1 and _nisba(key[cut]):
        return f  # العاهل السعودي، ولي العهد السعودي: the title and a demonym name the person together
    return Found(tokens[r.match.first + cut].nstart, f.nend, f.type, f.why, r, f.country)


def _lists(index: Any, entry_id: str, key: tuple[str, ...]) -> bool:
    """Whether the KB lists these words as a name or alias of the entry (not a surname)."""
    return any(c.kb_id == entry_id and c.via in ("name", "alias") for c in index.phrases.get(key, ()))


def _titled(cues: Cues, key: tuple[str, ...]) -> int:
    """The length of the title of one to three words a match opens with (الرئيس، ولي العهد،
    خادم الحرمين الشريفين), or 0."""
    titles = cues.words("title")
    return next((n for n in (3, 2, 1) if key[:n] in titles), 0)


def _nisba(norm: str) -> bool:
    """A definite relational adjective (السوري، الأردنية)."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) >= 5


def _without_head(index: Any, tokens: list[Token], f: Found, cues: Cues) -> Found:
    """صحيفة الشرق الأوسط، وكالة فرانس برس، مدينة غزة: when the KB also lists the name without a
    head word that stands outside names (an outlet's or a town's), the entity is that name;
    heads that belong to names stay (وزارة الخارجية الروسية، قوات الدعم السريع، كتائب القسام)."""
    r = f.resolved
    if r is None or r.match.length < 2 or r.match.key[0] not in cues.typed_words(_OUTSIDE_HEADS):
        return f
    if not any(c.kb_id == r.entry.id for c in index.phrases.get(r.match.key[1:], ())):
        return f
    return Found(tokens[r.match.first + 1].nstart, f.nend, f.type, f.why, r, f.country)


def _sports_teams(cues: Cues, tokens: list[Token], found: list[Found]) -> list[Found]:
    """In a sports text, a country or city that plays (فازت فرنسا على إيطاليا 2 - 1، أمام
    تايلاند، مدرب روما) names a team: an unlinked ORG of the place's country. A place joined
    by و or مع to a team is a team too (لقاء أوزبكستان مع تايلاند)."""
    out: list[Found] = []
    for n, f in enumerate(found):
        r = f.resolved
        if r is not None and r.entry.type in ("GPE", "COUNTRY") and r.via != "demonym":
            team_before = bool(out) and out[-1].why.get("rule") == _TEAM_RULE and _joined(tokens, out[-1], r.match)
            club = n + 1 < len(found) and _own_masculine_demonym(r, found[n + 1])
            if team_before or club or _plays(cues, tokens, r.match):
                why = {"source": "context", "rule": _TEAM_RULE, "place": r.entry.id}
                f = Found(f.nstart, f.nend, "ORG", why, country=r.entry.country)
        out.append(f)
    return out


def _own_masculine_demonym(place: Resolved, nxt: Found) -> bool:
    """قطر القطري، ميلان الإيطالي: a place, then the masculine demonym of its own country (a
    city or country takes a feminine adjective; a club, نادي, a masculine one)."""
    d = nxt.resolved
    if d is None or d.via != "demonym" or d.match.first != place.match.last + 1 or d.match.prefix:
        return False
    return d.entry.country == place.entry.country and d.match.key[-1].endswith("ي")


def _has_cue(cues: Cues, kind: CueKind, norm: str) -> bool:
    """True if the word, or its stem after proclitics, is a one-word cue of this kind."""
    return any(cues.has(kind, stem) for stem, _p, _o in cues.readings(norm))


def _plays(cues: Cues, tokens: list[Token], match: Match) -> bool:
    """A match word or phrase right before the place, or a score right after it (2 - 1، 3 صفر)."""
    k = match.first
    if match.prefix == "ل" and k > 0:  # سجل هدفين لإنجلترا
        return _has_cue(cues, "match", tokens[k - 1].norm) or _has_cue(cues, "sport", tokens[k - 1].norm)
    if match.prefix in ("", "و") and k > 0:
        if _has_cue(cues, "match", tokens[k - 1].norm):
            return True
        if k > 1 and any(
            (stem, tokens[k - 1].norm) in cues.words("match") for stem, _p, _o in cues.readings(tokens[k - 2].norm)
        ):
            return True
    nxt = match.last + 1
    return nxt < len(tokens) and (tokens[nxt].kind == "number" or tokens[nxt].norm == "صفر") and _score_at(tokens, nxt)


def _has_score(norms: list[str]) -> bool:
    """True if a match score stands in the text (2 - 1، 4 - صفر): small numbers or صفر around a
    dash, which marks a sports text as well as a sports word does."""
    if "-" not in norms:
        return False
    return any(
        0 < k < len(norms) - 1 and _goals(norms[k - 1]) and _goals(norms[k + 1])
        for k, norm in enumerate(norms) if norm == "-"
    )


def _goals(norm: str) -> bool:
    """A number of goals or points: صفر or a one- or two-digit number."""
    return norm == "صفر" or (norm.isdigit() and len(norm) <= 2)


def _score_at(tokens: list[Token], i: int) -> bool:
    """A score at token i: a number or صفر, maybe a dash, then another number or صفر."""
    rest = [t for t in tokens[i + 1 : i + 3] if t.norm not in ("-", "–")]
    return bool(rest) and (rest[0].kind == "number" or rest[0].norm == "صفر")


def _joined(tokens: list[Token], team: Found, match: Match) -> bool:
    """True if the place follows the team with only و (as a proclitic or a word) or مع between."""
    k = match.first
    if match.prefix == "و":
        return k > 0 and tokens[k - 1].nend == team.nend
    return match.prefix == "" and k > 1 and tokens[k - 1].norm in ("و", "مع") and tokens[k - 2].nend == team.nend


def _agency(tokens: list[Token], r: Resolved) -> Found | None:
    """(الفرنسية)، (الألمانية): a feminine demonym alone in brackets credits that country's
    news agency, as Arabic news does (وكالة الصحافة الفرنسية): an unlinked MEDIA."""
    if r.via != "demonym" or r.match.prefix or not r.match.key[-1].endswith("يه") or not _bracketed(tokens, r.match):
        return None
    why = {"source": "context", "rule": "demonym credited in brackets", "demonym": r.entry.id}
    return Found(r.match.nstart, r.match.nend, "MEDIA", why, country=r.entry.country)


def _foreign_forces(found: list[Found]) -> list[Found]:
    """An actor name followed by another country's demonym is that country's actor: قوات
    الاحتلال (Israel's army by default) + التركي is an unlinked GOV of Turkey, not the IDF."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and f.resolved is not None and _other_country_demonym(prev, f):
            why = {"source": "context", "rule": "actor name + another country's demonym"}
            out[-1] = Found(prev.nstart, f.nend, prev.type, why, country=f.resolved.entry.country)
            continue
        out.append(f)
    return out


def _other_country_demonym(actor: Found, dem: Found) -> bool:
    """True if `dem` is a demonym right after the actor name `actor`, of another country."""
    a, d = actor.resolved, dem.resolved
    if a is None or d is None or d.via != "demonym" or a.entry.is_place or a.via == "demonym":
        return False
    return d.match.first == a.match.last + 1 and d.match.prefix == "" and a.entry.country != d.entry.country


def _to_entity(doc: Document, starts: list[int], n: int, found: Found) -> Entity:
    """The contract entity of a found name."""
    start, end = doc.norm.to_original(found.nstart, found.nend)
    text, sentence = doc.text[start:end], sentence_at(starts, start)
    if found.resolved is None:
        return trusted(Entity, id=f"e{n}", text=text, start=start, end=end, sentence=sentence, type=found.type,
                       country=found.country)
    e = found.resolved.entry
    return trusted(Entity, id=f"e{n}", text=text, start=start, end=end, sentence=sentence, type=found.type,
                   kb_id=e.id, name_en=e.name_en, country=e.country, lat=e.lat, lon=e.lon, role=e.role,
                   stands_for=e.stands_for)


def _number_words(doc: Document) -> frozenset[int]:
    """Token positions of cardinal numbers written in words (خمس، عشرات): no name's words."""
    return frozenset(
        k for x in doc.numbers if x.kind == "cardinal" for k in range(x.token_start, x.token_end)
        if doc.tokens[k].kind == "word"
    )


def recognize(
    doc: Document, kb: KnowledgeBase, index: Any, cues: Cues, memo: dict[str, Starts] | None = None
) -> list[Found]:
    """All names in `doc`: resolved KB matches and context-found unknown names, in text order
    (`memo`: the linker's memo for this index, kept between documents)."""
    tokens = doc.tokens
    matches: list[Match] = find_matches(index, tokens, memo)
    starts = doc.sentence_starts()
    mentions = [
        Mention(
            m,
            sentence_at(starts, tokens[m.first].start),
            head_before(cues, tokens, m),
            is_common(cues, tokens[m.first].norm, m.key, m.prefix),
        )
        for m in matches
    ]
    heads = {m.match.first: m.head for m in mentions}
    norms = [t.norm for t in tokens]
    sport = not cues.forms("sport").isdisjoint(norms) or _has_score(norms)
    resolved = [r for r in resolve(kb, mentions, sport=sport) if not _in_code_name(r, heads[r.match.first])]
    found = _foreign_forces(
        [_team(cues, tokens, r, heads[r.match.first]) or _agency(tokens, r) or _from_resolved(r) for r in resolved]
    )
    found = [_without_head(index, tokens, _without_title(index, cues, tokens, f), cues) for f in found]
    if sport:
        found = _sports_teams(cues, tokens, found)
    lineage = {
        f.resolved.match.first: _lineage_end(cues, tokens, f.resolved.match.last)
        for f in found
        if f.resolved is not None and f.type == "PERSON"
    }
    found = [_extended(f, tokens, lineage) for f in found]
    kb_at: dict[int, tuple[int, str]] = {
        f.resolved.match.first: (lineage.get(f.resolved.match.first, f.resolved.match.last), f.type)
        for f in found
        if f.resolved
    }
    prefixed = frozenset(f.resolved.match.first for f in found if f.resolved and f.resolved.match.prefix)
    taken = [(f.nstart, f.nend) for f in found if f.resolved is None]  # teams, foreign forces
    unknown = [
        u for u in find_unknown(cues, tokens, doc.text, kb_at, prefixed, _number_words(doc))
        if not any(s < tokens[u.last].nend and tokens[u.first].nstart + u.offset < e for s, e in taken)
    ]
    by_first = {f.resolved.match.first: f for f in found if f.resolved}
    absorbed = {u.absorbs: by_first[u.absorbs] for u in unknown if u.absorbs is not None}
    found = [f for f in found if not (f.resolved and f.resolved.match.first in absorbed)]
    found += [
        _from_unknown(u, tokens, absorbed[u.absorbs] if u.absorbs is not None else None) for u in unknown
    ]
    return _join_person_parts(sorted(found, key=lambda f: f.nstart), tokens, cues)


def _lineage_end(cues: Cues, tokens: Sequence[Token], last: int) -> int:
    """The last token of a person's name with the lineage after it (محمد بن سلمان | بن
    عبدالعزيز آل سعود): بن، بنت، ابن or آل, each with a name word (عبد with the next)."""
    j = last + 1
    while j + 1 < len(tokens) and tokens[j].norm in _LINEAGE and _lineage_word(cues, tokens[j + 1]):
        j += 2
        if tokens[j - 1].norm == "عبد" and j < len(tokens) and tokens[j].kind == "word":
            j += 1  # بن عبد العزيز
    return j - 1


def _lineage_word(cues: Cues, token: Token) -> bool:
    """A name word of a lineage: no article, no cue word (ولي، رئيس)."""
    word = token.norm
    return token.kind == "word" and not word.startswith("ال") and not (cues.has("title", word) or cues.has("stop", word))


def _extended(f: Found, tokens: Sequence[Token], lineage: dict[int, int]) -> Found:
    """A KB person whose lineage runs on past the listed name."""
    r = f.resolved
    if r is None or lineage.get(r.match.first, r.match.last) == r.match.last:
        return f
    return f._replace(nend=tokens[lineage[r.match.first]].nend)


def _join_person_parts(found: list[Found], tokens: Sequence[Token], cues: Cues) -> list[Found]:
    """عبد الرحمن + مودي، أوغو + شافيز: a context-found name right before a one-word name the
    KB knows is one person's name; the surname alone does not show which person, so it is
    unlinked. A one-word name found by context right before a KB person of two or more
    words is that person's first given name (الرئيس محمد + حسني مبارك): the link stays."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (start := _lineage_before(f, tokens, cues, prev)) is not None:
            if prev is not None and prev.nend > start:
                out.pop()  # كوثر (a given name found alone) | بن هنية
            out.append(Found(min(start, prev.nstart if prev is not None and prev.nend > start else start), f.nend, "PERSON",
                             {"source": "context", "rule": "name + lineage + known surname"}))
            continue
        if prev is not None and _name_and_surname(prev, f):
            why = {"source": "context", "rule": "name + known surname", "surname_of": f.resolved and f.resolved.entry.id}
            out[-1] = Found(prev.nstart, f.nend, "PERSON", why)
            continue
        if prev is not None and _given_before_full_name(prev, f) and _one_word(prev, tokens):
            out[-1] = f._replace(nstart=prev.nstart, why={**f.why, "given_name_before": True})
            continue
        out.append(f)
    return out


def _lineage_before(f: Found, tokens: Sequence[Token], cues: Cues, prev: Found | None) -> int | None:
    """Start of the name word before بن/بنت when a one-word KB person's surname follows it
    (كوثر بن | هنية): another person of that family name, whose full name it is. The word is
    a given name, a name found before, or a plain word that no verb shape (وقالت بن هنية)."""
    r = f.resolved
    if r is None or r.entry.type != "PERSON" or r.match.length != 1 or r.match.prefix:
        return None
    k = bisect_right(tokens, f.nstart - 1, key=lambda t: t.nstart)  # the match's token
    if k < 2 or tokens[k - 1].norm not in _LINEAGE or not _lineage_word(cues, tokens[k - 2]):
        return None
    word = tokens[k - 2]
    named = prev is not None and prev.type == "PERSON" and prev.nend == word.nend
    plain = word.norm[0] not in "وف" and not word.norm.endswith("ت")
    return word.nstart if named or plain or cues.has("given_name", word.norm) else None


def _given_before_full_name(name: Found, nxt: Found) -> bool:
    """True if `name` is a one-word name found by context right before a KB person matched
    by two or more words (محمد + حسني مبارك): the first of the person's given names."""
    r = nxt.resolved
    return (
        name.type == "PERSON" and name.resolved is None and name.why.get("rule") in ("given name alone", "title")
        and r is not None and r.entry.type == "PERSON" and r.match.length > 1 and not r.match.prefix
        and 0 < nxt.nstart - name.nend <= 1
    )


def _one_word(name: Found, tokens: Sequence[Token]) -> bool:
    """True if no other token starts inside the name (tokens are in text order)."""
    k = bisect_right(tokens, name.nstart, key=lambda t: t.nstart)
    return k >= len(tokens) or tokens[k].nstart >= name.nend


def _name_and_surname(name: Found, nxt: Found) -> bool:
    """True if `nxt` is a one-word KB person match (a surname) one space after the
    context-found person `name`."""
    r = nxt.resolved
    return (
        name.type == "PERSON" and name.resolved is None and r is not None and r.entry.type == "PERSON"
        and r.match.length == 1 and not r.match.prefix and 0 < nxt.nstart - name.nend <= 1
    )


class EntityRecognizer:
    """Pipeline stage filling `doc.entities` (and explanations in `doc.extras`)."""

    def __init__(self, resources: Resources) -> None:
        self.kb = get_kb(resources)
        self.index = get_index(resources)
        self.cues = get_cues(resources)
        self.memo: dict[str, Starts] = resources.cache.setdefault(_STARTS_KEY, {})

    def __call__(self, doc: Document) -> None:
        found = recognize(doc, self.kb, self.index, self.cues, self.memo)
        starts = doc.sentence_starts()
        doc.entities = [_to_entity(doc, starts, n, f) for n, f in enumerate(found, 1)]
        doc.extras["entities.why"] = {e.id: f.why for e, f in zip(doc.entities, found, strict=True)}


# Registered by a call, not a class decorator: mypyc compiles a decorated class as a plain
# Python one, whose attribute reads and method calls go through dictionaries.
component("marsad.entities.v1", requires=("sentences",), assigns=("entities",))(EntityRecognizer)
