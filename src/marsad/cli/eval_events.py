"""`marsad evaluate gsr|gsr-train|events`: scoring the event coder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from marsad.cli import evaluate_app


@evaluate_app.command("gsr")
def gsr(
    directory: Annotated[
        Path, typer.Argument(help="Folder with assault_dev.csv and protest_dev.csv")
    ],
    split: Annotated[
        str, typer.Option(help="all, train or heldout (document-level split)")
    ] = "all",
    no_filter: Annotated[
        bool, typer.Option("--no-filter", help="Rules only, without the report filter")
    ] = False,
) -> None:
    """P/R/F1 of ASSAULT and PROTEST sentence detection on the Arabic event GSR."""
    from marsad.evaluate.gsr import gsr_pipeline, read_gsr, score, select
    from marsad.pipeline import Record

    pipe = gsr_pipeline(use_filter=not no_filter)
    rows = select(read_gsr(directory), split)

    def predict(r: object) -> bool:
        doc = pipe.run(pipe.make_doc(Record(r.text, r.id)))  # type: ignore[attr-defined]
        return any(
            e.type == r.type and e.factuality in ("asserted", "reported")  # type: ignore[attr-defined]
            for e in doc.events
        )

    for type_, m in score(rows, predict).items():
        typer.echo(
            f"{type_:8} n={m['n']:.0f} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}"
            f" | difficult-no only: P={m['precision_difficult']:.3f} F1={m['f1_difficult']:.3f}"
            f" false alarms {m['difficult_false_alarms']:.0f}/{m['difficult_no']:.0f}"
        )


@evaluate_app.command("gsr-train")
def gsr_train(
    directory: Annotated[Path, typer.Argument(help="Folder with the GSR dev CSV files")],
    out: Annotated[Path, typer.Option(help="Where to write the filter model (YAML)")],
    split: Annotated[
        str, typer.Option(help="all (the shipped model) or train (keeps the held-out part unseen)")
    ] = "all",
    own: Annotated[
        Path | None,
        typer.Option(help="Own training sentences (TSV); default the shipped events_filter_train.tsv"),
    ] = None,
) -> None:
    """Train the report filter on the GSR dev data and the own news-style sentences;
    prints the out-of-fold (by document) figures of each source, the held-out estimate
    of the shipped model."""
    from marsad.evaluate.gsr import (
        filter_yaml,
        gsr_pipeline,
        merge_sources,
        read_gsr,
        read_own,
        select,
        train_filter,
    )
    from marsad.resources import load_file

    if split not in ("all", "train"):
        raise typer.BadParameter("use all or train", param_hint="--split")
    pipe = gsr_pipeline(use_filter=False, features=True)
    own_rows = read_own(load_file(own) if own else None)
    rows = merge_sources(select(read_gsr(directory), split), own_rows)
    model, oof = train_filter(rows, pipe)
    source = (
        f"Trained by `marsad evaluate gsr-train --split {split}` on arabic-event-gsr-dev (MIT)"
        f" and {len(own_rows)} own sentences ({own.name if own else 'events_filter_train.tsv'})"
    )
    out.write_text(filter_yaml(model, source), encoding="utf-8")
    typer.echo(f"wrote {out}: thresholds {model.threshold}")
    typer.echo("out-of-fold (5 folds by document):")
    for type_, fig in oof.items():
        typer.echo(
            f"{type_:8} GSR P={fig.gsr[0]:.3f} R={fig.gsr[1]:.3f} F1={fig.gsr[2]:.3f}"
            f" | own P={fig.own[0]:.3f} R={fig.own[1]:.3f} F1={fig.own[2]:.3f}"
            f" kept reports {fig.own_keep:.3f}"
        )


@evaluate_app.command("events")
def events(
    file: Annotated[Path, typer.Argument(help="JSONL test set: text, published, events")],
) -> None:
    """Type P/R/F1 and mode/factuality/actor/target accuracy on an event test set."""
    from marsad.evaluate.events import evaluate, read_items
    from marsad.model import Event
    from marsad.pipeline import Pipeline, Record

    pipe = Pipeline()

    def code(item: dict[str, object]) -> list[Event]:
        record = Record(str(item["text"]), "t", item.get("published"))  # type: ignore[arg-type]
        return pipe.run(pipe.make_doc(record)).events

    scores = evaluate(read_items(file), code)
    s = scores.summary()
    typer.echo(
        f"events: P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
        f"(paired {s['paired']:.0f})"
    )
    typer.echo(
        "accuracy: "
        + " ".join(
            f"{k}={s[f'{k}_accuracy']:.3f}" for k in ("mode", "factuality", "actor", "target")
        )
    )
    for type_, (p, r, f) in scores.per_type().items():
        typer.echo(f"  {type_:10} P={p:.3f} R={r:.3f} F1={f:.3f}")
