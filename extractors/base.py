"""The extractor registry: one signature, one table of extractors.

An extractor is a function ``(doc: Document) -> Iterable[Mention]``
registered under a name::

    @register("references")
    def extract(doc: Document) -> Iterable[Mention]:
        ...

Adding an extractor is adding a module to this package: ``extractors``
imports every module in it, which runs the ``@register`` decorators.
"""
from __future__ import annotations

from typing import Callable, Iterable

import regex

from pipeline.model import Document, Mention, Page

Extractor = Callable[[Document], Iterable[Mention]]

REGISTRY: dict[str, Extractor] = {}

#: seconds any single regex search may take before it is abandoned
REGEX_TIMEOUT = 2.0


def register(name: str) -> Callable[[Extractor], Extractor]:
    """Register ``fn`` as the extractor called ``name``."""

    def wrap(fn: Extractor) -> Extractor:
        if name in REGISTRY and REGISTRY[name] is not fn:
            raise ValueError(f"extractor {name!r} registered twice")
        REGISTRY[name] = fn
        fn.extractor_name = name  # type: ignore[attr-defined]
        return fn

    return wrap


def finditer(pattern: "regex.Pattern[str]", text: str, pos: int = 0, endpos: int | None = None):
    """``pattern.finditer`` with the project's timeout, so a pathological
    input cannot stall a batch."""
    if endpos is None:
        endpos = len(text)
    return pattern.finditer(text, pos, endpos, timeout=REGEX_TIMEOUT)


_QUOTED = regex.compile(r"“[^“”\n]{0,200}”|\"[^\"\n]{0,200}\"")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted names (“...”, "..."): numbers there name a model
    (mô hình “3 cùng”), they do not count anything."""
    return [(m.start(), m.end()) for m in finditer(_QUOTED, text)]


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` strictly inside one of ``spans``?"""
    return any(a < pos < b for a, b in spans)


def mention(
    table: str,
    page: Page,
    start: int,
    end: int,
    extractor: str,
    source: str | None = None,
    **data,
) -> Mention:
    """Build a Mention whose quote is exactly ``page.text[start:end]``."""
    return Mention(
        table=table,
        page=page.number,
        char_start=start,
        char_end=end,
        quote=page.text[start:end],
        source=source or source_of(page, start),
        extractor=extractor,
        data=data,
    )


def source_of(page: Page, offset: int) -> str:
    """The contract's ``source`` for an offset: body, footnote, table or letterhead."""
    role = page.role_at(offset)
    if role in ("footnote", "table", "letterhead"):
        return role
    return "body"
