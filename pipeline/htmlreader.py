"""Saved web pages (news items, portal pages) into one page of lines.

The main text is trafilatura's: it drops the site's menus, breadcrumbs,
related-item lists and footer, and gives the headline, publication date and
author from the page's markup. Nothing is fetched: the page is read as saved.

The page becomes one :class:`~pipeline.pagetext.RawLine` per paragraph:
the headline (role ``headline``), the dateline as the page prints it (role
``dateline``, looked up in the saved page when trafilatura left it out),
section headings, paragraphs and list items (``body``), tables of two or
more columns (``table``), and the author (``byline``) where the text does
not already end with it. :func:`pipeline.roles.assign` then marks what is
left of the site's furniture in the text (captions, a dateline kept in the
article, "Tin liên quan"), as for a news item saved as text.
"""
from __future__ import annotations

import regex

from pipeline.pagetext import RawLine
from pipeline.roles import is_dateline
from pipeline.textnorm import normalize_line

#: elements of trafilatura's XML whose text is a paragraph of the page
_BLOCKS = {"p", "head", "item", "quote", "code"}
#: the dateline is looked for among this many text pieces around the headline
_DATELINE_WINDOW = 40


def read_html(data: bytes | str) -> tuple[list[list[RawLine]], dict[str, str]]:
    """One page of lines from a saved web page, and the page's metadata
    (``title``, ``date`` as ISO, ``author``, ``sitename``, where known)."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        data, output_format="xml", with_metadata=True, include_tables=True, include_comments=False,
        include_images=False, include_links=False, include_formatting=False, deduplicate=False,
    )
    meta: dict[str, str] = {}
    lines: list[RawLine] = []
    if xml:
        root = etree.fromstring(xml.encode("utf-8"))
        meta = {k: normalize_line(root.get(k) or "") for k in ("title", "date", "author", "sitename")}
        main = root.find("main")
        lines = _lines(main) if main is not None else []
    if not any(ln.text or ln.cells for ln in lines):
        text = trafilatura.html2txt(data) if data else ""
        lines = [RawLine(text=t) for t in (normalize_line(x) for x in (text or "").split("\n")) if t]
    if not lines:
        raise ValueError("no text in the web page")
    _headline(lines, meta.get("title", ""))
    if not any(ln.role == "dateline" or is_dateline(ln.text) for ln in lines):
        dateline = _dateline(data, meta.get("title", ""))
        if dateline:
            at = next((i + 1 for i, ln in enumerate(lines) if ln.role == "headline"), 0)
            lines.insert(at, RawLine(text=dateline, role="dateline"))
    author = meta.get("author", "")
    if author and not any(_same(author, ln.text) for ln in lines[-3:]):
        lines.append(RawLine(text=author, role="byline"))
    return [lines], {k: v for k, v in meta.items() if v}


def _text(el) -> str:
    return normalize_line(" ".join("".join(el.itertext()).split()))


def _lines(main) -> list[RawLine]:
    out: list[RawLine] = []
    tables = 0
    for el in main.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "table":
            rows = [[_text(c) for c in row.findall("cell")] for row in el.findall("row")]
            if max((len(r) for r in rows), default=0) >= 2:
                for cells in rows:
                    if any(cells):
                        out.append(RawLine(text="", role="table", table_index=tables, cells=cells))
                tables += 1
            else:  # a one-column layout table: an image and its caption, a framed paragraph
                out += [RawLine(text=r[0]) for r in rows if r and r[0]]
            continue
        if tag not in _BLOCKS or _inside(el, _BLOCKS | {"table"}):
            continue  # a paragraph inside a list item or quote is read with it
        for piece in _pieces(el):
            role = "heading" if tag == "head" else "body"
            out.append(RawLine(text=piece, role=role))
    return out


def _pieces(el) -> list[str]:
    """The element's text, split where the page broke the line (``<br>``)."""
    parts, current = [], [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("".join(current))
            current = [child.tail or ""]
        else:
            current.append("".join(child.itertext()) + (child.tail or ""))
    parts.append("".join(current))
    return [t for t in (normalize_line(" ".join(p.split())) for p in parts) if t]


def _inside(el, tags: set[str]) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _fold(text: str) -> str:
    return regex.sub(r"[\W_]+", "", text.lower())


def _same(a: str, b: str) -> bool:
    return bool(_fold(a)) and _fold(a) == _fold(b)


def _headline(lines: list[RawLine], title: str) -> None:
    """The headline is the first heading that is the page's title; where the
    text has none, the title is put first."""
    for ln in lines[:8]:
        if ln.role in ("heading", "body") and title and _same(ln.text, title):
            ln.role = "headline"
            return
    if title:
        lines.insert(0, RawLine(text=title, role="headline"))


def _dateline(data: bytes | str, title: str) -> str:
    """The dateline as the saved page prints it (``Thứ Tư, 11/10/2023 -
    10:56``): the text piece nearest after the headline that reads as one,
    else the first one near the top."""
    from lxml import html

    try:
        tree = html.fromstring(data)
    except Exception:  # an empty or broken page: no dateline
        return ""
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    pieces = [normalize_line(" ".join(t.split())) for t in tree.xpath("//body//text()")]
    pieces = [t for t in pieces if t]
    at = next((i for i, t in enumerate(pieces) if title and _same(t, title)), None)
    window = pieces[at + 1: at + 1 + _DATELINE_WINDOW] if at is not None else []
    for t in window + pieces[:_DATELINE_WINDOW]:
        if is_dateline(t):
            return t
    return ""
