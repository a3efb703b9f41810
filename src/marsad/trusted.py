"""Contract objects built from values the stages have already typed, without pydantic's
validation: the way `model_construct` does it, at a fraction of its cost.

The stages make about 380 contract objects per 600-word article; validating each one cost
about 7% of the analysis time. The values come from typed (and compiled) rule code and
from data files whose schemas were validated at load, so the check repeats what the types
already say. `tests/test_trusted.py` checks that objects built here equal, and serialise
exactly like, validated ones; the JSON Schema tests still validate whole analyses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, TypeVar

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

M = TypeVar("M", bound=BaseModel)
# A model's defaults (fields not passed get them), its required fields and its fields made
# by a factory.
Spec = tuple[dict[str, Any], tuple[str, ...], tuple[tuple[str, Callable[[], Any]], ...]]
_SPECS: Final[dict[type, Spec]] = {}
# The setters of BaseModel's four slots, called directly: cheaper than object.__setattr__,
# which looks each name up on the class first.
_new: Final = object.__new__
_set_dict: Final = BaseModel.__dict__["__dict__"].__set__
_set_fields_set: Final = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra: Final = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private: Final = BaseModel.__dict__["__pydantic_private__"].__set__


def trusted(cls: type[M], /, **fields: Any) -> M:
    """An instance of `cls` holding `fields` and the defaults of the fields not given; like
    `cls(**fields)` on valid values, without validating them. Unknown or missing names are
    an error, as they are for the constructor."""
    defaults, required, factories = _spec_of(cls)
    values = {**defaults, **fields}
    if len(values) != len(defaults) or any(name not in fields for name in required):
        unknown = sorted(set(values) - set(defaults))
        missing = sorted(name for name in required if name not in fields)
        raise TypeError(f"{cls.__name__}: unknown fields {unknown}, missing fields {missing}")
    for name, factory in factories:
        if name not in fields:
            values[name] = factory()
    obj = _new(cls)
    _set_dict(obj, values)
    _set_fields_set(obj, set(fields))
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


def assign(obj: BaseModel, name: str, value: Any) -> None:
    """Set field `name` of a contract object, as `setattr` does on a model that does not
    validate assignments, without running pydantic's Python-level `__setattr__`."""
    if name not in _spec_of(type(obj))[0]:
        raise AttributeError(f"{type(obj).__name__} has no field {name!r}")
    obj.__dict__[name] = value
    obj.__pydantic_fields_set__.add(name)


def _spec_of(cls: type[BaseModel]) -> Spec:
    """The spec of `cls`, made on first use."""
    spec = _SPECS.get(cls)
    if spec is None:
        spec = _SPECS[cls] = _spec(cls)
    return spec


def _spec(cls: type[BaseModel]) -> Spec:
    """Every field of `cls` in order, with its default (None for required fields and those
    made by a factory), the required fields and the factories."""
    defaults: dict[str, Any] = {}
    required: list[str] = []
    factories: list[tuple[str, Callable[[], Any]]] = []
    for name, info in cls.model_fields.items():
        defaults[name] = None if info.default is PydanticUndefined else info.default
        if info.default_factory is not None:
            factories.append((name, info.default_factory))  # type: ignore[arg-type]
        elif info.is_required():
            required.append(name)
    return defaults, tuple(required), tuple(factories)
