"""Typed records passed between pipeline stages. Stages share nothing else."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SpeakerKind = Literal["person", "organization", "unnamed"]
QuoteKind = Literal["full", "partial", "multi_paragraph"]


class Removal(BaseModel):
    """A piece of raw text that cleaning dropped before the text was frozen."""

    model_config = ConfigDict(frozen=True)
    reason: str
    text: str


class Article(BaseModel):
    """One article. `text` is frozen after cleaning; every offset points into it."""

    model_config = ConfigDict(frozen=True)
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    language: str | None = None
    source: str | None = None  # file (and line) the article was read from
    removed: tuple[Removal, ...] = ()


class Quote(BaseModel):
    """One attributed (or unattributed) quotation. Field names are fixed: other tools read them."""

    model_config = ConfigDict(frozen=True)
    article_id: str
    quote: str
    quote_start: int = Field(ge=0)
    quote_end: int = Field(ge=0)
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: SpeakerKind | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    quote_kind: QuoteKind
    rule: str
    confidence: float = Field(ge=0.0, le=1.0)
    context: str
    context_start: int = Field(ge=0)


class Rejection(BaseModel):
    """A quote-mark span that was not emitted as speech, and why."""

    model_config = ConfigDict(frozen=True)
    article_id: str
    text: str
    start: int
    end: int
    reason: str


class Extraction(BaseModel):
    """Everything extract learns about one article."""

    model_config = ConfigDict(frozen=True)
    quotes: tuple[Quote, ...] = ()
    rejections: tuple[Rejection, ...] = ()
