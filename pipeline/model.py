"""The document model every stage shares.

Ingestion turns a file into a :class:`Document`: pages, and on each page the
lines with their role and their character span in the page text. Extractors
read documents and yield :class:`Mention` objects; the normaliser turns
mentions into table rows. Nothing here knows which library produced the
characters (pdfplumber, pypdfium2, OCR, a text or DOCX reader).

Page text conventions (what offsets in the tables point into):
- one paragraph per ``\\n``-separated stretch; the lines of a paragraph are
  joined by a single space (or by nothing where a document symbol was broken
  over a line, ``14-`` / ``KH/HU``);
- running page numbers are not part of the text;
- footnote markers in the body are written as Unicode superscript digits
  (``xã hội²:``), so no number pattern mistakes them for a figure;
- footnotes come after the body, one per paragraph, starting with their
  superscript label (``² Lĩnh vực kinh tế: 66 mô hình; ...``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ROLES = (
    "letterhead",
    "title",
    "heading",
    "body",
    "footnote",
    "page_number",
    "signature",
    "recipients",
    "table",
    "headline", "dateline", "caption", "byline", "boilerplate",  # a news item's or web page's furniture
)

#: the roles of a news item's or web page's furniture: never body text, and
#: no number in them is a count or any other figure
FURNITURE = ("headline", "dateline", "caption", "byline", "boilerplate")

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def superscript(label: str) -> str:
    """Write a footnote label such as ``12`` as ``¹²``."""
    return label.translate(SUPERSCRIPT)


@dataclass
class Word:
    """A word with its box and type, as any character source can give it."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str = ""
    bold: bool = False
    italic: bool = False
    space_before: bool | None = None  # known from the text layer, else judged from the gap


@dataclass
class Line:
    """One line of a page: its role and its span in the page text."""

    text: str
    role: str
    start: int = 0
    end: int = 0
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    bold: bool = False
    paragraph: int = 0
    column: str = ""  # "left"/"right" for two-column blocks (letterhead, signature)
    table_index: int = -1  # which of the page's tables a ``table`` line belongs to


@dataclass
class Footnote:
    """A footnote's label and its span (label included) in the page text."""

    label: str
    start: int
    end: int

    def body_start(self, text: str) -> int:
        """Offset of the note's text after its label."""
        i = self.start + len(superscript(self.label))
        while i < self.end and text[i] == " ":
            i += 1
        return i


@dataclass
class Marker:
    """A footnote marker in the body: where it sits and which note it calls."""

    label: str
    start: int
    end: int


@dataclass
class Table:
    """A ruled table found on a page: rows of cell strings, with the spans of
    each cell in the page text (None for an empty cell)."""

    rows: list[list[str]]
    spans: list[list[tuple[int, int] | None]]


@dataclass
class Page:
    number: int
    text: str = ""
    lines: list[Line] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0
    ocr: bool = False
    error: str = ""

    def role_at(self, offset: int) -> str:
        """Role of the line holding a character offset (``body`` if none)."""
        for line in self.lines:
            if line.start <= offset < max(line.end, line.start + 1):
                return line.role
        return "body"

    def footnote(self, label: str) -> Footnote | None:
        for note in self.footnotes:
            if note.label == label:
                return note
        return None


@dataclass
class Document:
    """A file read into pages; ``status``/``error`` say how reading went."""

    doc_id: str
    source_path: str
    fmt: str = ""
    pages: list[Page] = field(default_factory=list)
    status: str = "ok"
    error: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def n_chars(self) -> int:
        return sum(len(p.text) for p in self.pages)

    @property
    def ocr(self) -> bool:
        return any(p.ocr for p in self.pages)

    def lines(self, *roles: str):
        """(page, line) pairs, optionally only of the given roles."""
        for page in self.pages:
            for line in page.lines:
                if not roles or line.role in roles:
                    yield page, line


@dataclass
class Mention:
    """One fact an extractor found, with its provenance.

    ``table`` names the output table (``figures``, ``references``,
    ``entities``, ``models``, ``document``); ``data`` holds the table's own
    columns. ``char_start``/``char_end`` index ``Document.pages[page-1].text``
    and ``quote`` is exactly that slice.
    """

    table: str
    page: int
    char_start: int
    char_end: int
    quote: str
    source: str
    extractor: str
    data: dict[str, Any] = field(default_factory=dict)
