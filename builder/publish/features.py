"""Dataset features and rows, derived from the pydantic records so the two never drift.

A record field's annotation decides its feature: str and Literal -> string, int -> int64,
float -> float64, bool -> bool, datetime -> timestamp[s] (dates must be a timestamp feature:
pyarrow's JSON reader turns ISO date strings into timestamps even in a string column),
tuple/list of a record -> a list of structs. `X | None` is the same feature, nullable.
"""
from __future__ import annotations

import types
from datetime import datetime, timezone
from typing import Any, Literal, Union, get_args, get_origin

from datasets import Features, List, Value
from pydantic import BaseModel

from builder.models import Article, Quote

SCALARS = {str: "string", int: "int64", float: "float64", bool: "bool", datetime: "timestamp[s]"}


def feature_of(annotation: Any) -> Any:
    """The datasets feature for one field annotation."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin in (Union, types.UnionType):
        (inner,) = [a for a in args if a is not type(None)]
        return feature_of(inner)
    if origin is Literal:
        return Value("string")
    if origin in (tuple, list):
        return List(feature_of(args[0]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {name: feature_of(f.annotation) for name, f in annotation.model_fields.items()}
    return Value(SCALARS[annotation])


def features_of(model: type[BaseModel]) -> Features:
    return Features({name: feature_of(f.annotation) for name, f in model.model_fields.items()})


QUOTE_FEATURES = features_of(Quote)
ARTICLE_FEATURES = features_of(Article)


def utc_naive(value: datetime | None) -> datetime | None:
    """Dates are published as naive UTC with whole seconds (timestamp[s])."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value.replace(microsecond=0)


def row(record: BaseModel) -> dict[str, Any]:
    """One JSONL row: the record's fields in declaration order, dates as ISO strings."""
    if isinstance(record, Article):
        record = record.model_copy(update={"published": utc_naive(record.published)})
    return record.model_dump(mode="json")
