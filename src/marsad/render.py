"""A readable terminal summary of analyses (the CLI's `--format table`), drawn with rich."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from marsad.framing.summary import summary_lines
from marsad.model import Analysis, ErrorRecord, Event, Ref

MAX_ROWS = 12
MAX_CONTENT = 70
_LAYERS = ("sentences", "entities", "times", "quantities", "events", "attributions", "framing")


def render(item: Analysis | ErrorRecord, console: Console, text: str = "") -> None:
    """Print one analysis (or error) as a panel; `text` (the original) shows quoted content."""
    if isinstance(item, ErrorRecord):
        console.print(
            f"[bold red]✗ {escape(str(item.doc.id))}[/]: {item.error.code}: {escape(item.error.message)}"
        )
        return
    console.print(Panel(Group(*sections(item, text)), title=_title(item), title_align="left", expand=True))


def _title(a: Analysis) -> str:
    """Panel title: id, publication date and headline."""
    parts = [f"[bold]{escape(a.doc.id)}[/]"]
    if a.doc.published:
        parts.append(a.doc.published)
    if a.doc.title:
        parts.append(escape(a.doc.title))
    return " · ".join(parts)


def sections(a: Analysis, text: str = "") -> list[RenderableType]:
    """The counts line then one small table per non-empty layer."""
    tables = [_events(a), _entities(a), _quantities(a), _times(a), _sources(a, text), _framing(a)]
    head: list[RenderableType] = [Text(counts_line(a), style="dim")]
    head.extend(Text(line) for line in summary_lines(a))
    return [*head, *(t for t in tables if t is not None)]


def counts_line(a: Analysis) -> str:
    """'12 sentences · 30 entities · ...' for every layer."""
    words = f"{a.summary.words} words · " if a.summary else ""
    return words + " · ".join(f"{len(getattr(a, name))} {name}" for name in _LAYERS)


def _table(title: str, columns: Iterable[str], rows: list[list[str]]) -> Table | None:
    """A compact table of at most MAX_ROWS rows (None when there are no rows)."""
    if not rows:
        return None
    table = Table(title=title, title_justify="left", title_style="bold", box=None, pad_edge=False)
    for name in columns:
        table.add_column(name, style="dim" if name == "#" else None, overflow="fold")
    for row in rows[:MAX_ROWS]:
        table.add_row(*(escape(cell) for cell in row))
    if len(rows) > MAX_ROWS:
        table.add_row("…", f"{len(rows) - MAX_ROWS} more", *[""] * (len(table.columns) - 2))
    return table


def _ref(ref: Ref | None) -> str:
    """A participant as written, with its English name when known."""
    if ref is None:
        return "?"
    return f"{ref.text} ({ref.name_en})" if ref.name_en else ref.text


def event_line(a: Analysis, ev: Event) -> str:
    """'ACTOR —TYPE/mode→ TARGET @place date' for one event."""
    kind = f"{ev.type}/{ev.mode}" if ev.mode else ev.type
    line = f"{_ref(ev.actor)} —{kind}→ {_ref(ev.target)}"
    if ev.location is not None:
        line += f" @{_ref(ev.location)}"
    when = ev.date or _time_value(a, ev.time)
    if when:
        line += f" {when}"
    return line


def _time_value(a: Analysis, time_id: str | None) -> str | None:
    """The value (or text) of the time item `time_id`."""
    for t in a.times:
        if t.id == time_id:
            return t.value or t.text
    return None


def _events(a: Analysis) -> Table | None:
    """Events with their trigger and factuality."""
    rows = [[ev.id, event_line(a, ev), ev.trigger.text, ev.factuality] for ev in a.events]
    return _table("Events", ("#", "who —what→ whom @where when", "trigger", "factuality"), rows)


def _entities(a: Analysis) -> Table | None:
    """Distinct entities with type, KB id and country."""
    seen: dict[tuple[str, str], list[str]] = {}
    for e in a.entities:
        key = (e.text, e.type)
        if key not in seen:
            seen[key] = [e.text, e.type, e.kb_id or "", e.name_en or "", e.country or "", "0"]
        seen[key][5] = str(int(seen[key][5]) + 1)
    return _table("Entities", ("text", "type", "kb_id", "name_en", "country", "n"), list(seen.values()))


def _quantities(a: Analysis) -> Table | None:
    """Numbers with value, approximation and what they count."""
    rows = [
        [q.text, _number(q.value, q.value_max), q.approx, q.counted or q.unit or ""]
        for q in a.quantities
    ]
    return _table("Quantities", ("text", "value", "approx", "counted"), rows)


def _number(value: float, value_max: float | None) -> str:
    """A value (or range) without a needless '.0'."""
    def fmt(v: float) -> str:
        return f"{v:,.0f}" if v == int(v) else f"{v:,}"

    return fmt(value) if value_max is None else f"{fmt(value)}–{fmt(value_max)}"


def _times(a: Analysis) -> Table | None:
    """Time expressions and their resolved values."""
    rows = [[t.text, t.value or "", t.granularity or "", "yes" if t.resolved else "no"] for t in a.times]
    return _table("Times", ("text", "value", "granularity", "resolved"), rows)


def _sources(a: Analysis, text: str) -> Table | None:
    """Who says what: source, kind, cue and the start of the content."""
    rows = [
        [_ref(at.source), at.source_kind, at.cue.text, _snippet(text, at.content.start, at.content.end)]
        for at in a.attributions
    ]
    return _table("Sources", ("source", "kind", "cue", "content"), rows)


def _snippet(text: str, start: int, end: int) -> str:
    """The start of a content span (its offsets when the original text is not at hand)."""
    if not text:
        return f"[{start}:{end}]"
    words = " ".join(text[start:end].split())
    return words if len(words) <= MAX_CONTENT else words[: MAX_CONTENT - 1] + "…"


def _framing(a: Analysis) -> Table | None:
    """Framing items with kind, voice and neutral alternative."""
    rows = [[f.text, f.kind, f.voice, f.neutral or ""] for f in a.framing]
    return _table("Framing", ("words", "kind", "voice", "neutral"), rows)
