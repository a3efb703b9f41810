"""Schemas of the recognisers' data files (months, time expressions, units, hedges):
pydantic models, kept apart from the rule modules so that those can be compiled (setup.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from marsad.model import Approx


class MonthEntry(BaseModel):
    """Schema of one entry of months.yaml."""

    model_config = ConfigDict(extra="forbid")
    month: int
    calendar: Literal["gregorian", "hijri"]
    forms: list[str]
    strict: bool = False


class TimeWordEntry(BaseModel):
    """Schema of one entry of time_expressions.yaml."""

    model_config = ConfigDict(extra="forbid")
    kind: str
    forms: list[str]
    offset: int | None = None
    weekday: int | None = None
    unit: Literal["hour", "day", "week", "month", "year"] | None = None
    count: int | None = None
    part: Literal["start", "mid", "end"] | None = None
    value: int | None = None
    month: int | None = None
    calendar: Literal["gregorian", "hijri"] | None = None


class UnitEntry(BaseModel):
    """Schema of one entry of units.yaml."""

    model_config = ConfigDict(extra="forbid")
    kind: Literal["noun", "dual", "context", "context_after", "tally", "label", "void"]
    forms: list[str]
    counted: str | None = None
    unit: str | None = None
    applies_to: list[str] | None = None


class HedgeEntry(BaseModel):
    """Schema of one entry of hedges.yaml."""

    model_config = ConfigDict(extra="forbid")
    kind: Literal["hedge_before", "hedge_after", "hedge_verb"]
    approx: Approx
    forms: list[str]
