"""Plain-text reports into pages of lines.

Three shapes are understood:

- text dumped from a PDF (the usual case): lines broken at the page width,
  a running page number alone on a line, footnotes after a separator line of
  spaces or underscores, each note starting with its number, and markers
  glued to words in the body (``thực hiện5``);
- text saved from Word: one paragraph per line, the notes gathered at the
  end, each starting with U+FFFD where the reference mark was, and the body
  markers lost (a line break left in their place);
- clean text with ``[^n]`` markers and ``[^n]: note`` lines.
"""
from __future__ import annotations

import statistics

import regex

from pipeline.model import superscript
from pipeline.pagetext import RawLine
from pipeline.textnorm import normalize_line

_PAGE_NO = regex.compile(r"^\s*(?:-\s*)?\d{1,4}(?:\s*-)?\s*$")
_FOOT_SEP = regex.compile(r"^\s{20,}$|^\s*[_]{10,}\s*$")
_NOTE_START = regex.compile(r"^(\d{1,3})\s+(?=\S)")
_GLUED = regex.compile(r"(?<=[\p{Ll}\p{Lu}”\"')\]])(\d{1,3})(?=[\s.,;:…)]|$)")
_BRACKET_MARK = regex.compile(r"\[\^(\d+)\]")
_BRACKET_NOTE = regex.compile(r"^\[\^(\d+)\]:\s*(.*)$")
_WORD_NOTE = "\ufffd"
_SENTENCE_END = regex.compile(r"[.:;!?…]\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]*$")
# a list item starts upper-case: "- xã hội chiếm ..." after "văn hóa" is a broken line, not an item
_LIST_START = regex.compile(r"^(?:[-–+•]\s+(?=[\p{Lu}\d“\"])|\(?\d+(?:\.\d+)*[.)]\s|[IVXLC]+[.)\-]\s|[a-zđA-ZĐ]\)\s)")
# words that open a paragraph of an administrative text, never continue one
_OPENING = regex.compile(r"^(?:Thực hiện|Căn cứ|Trên cơ sở|Kính gửi|Nơi nhận)\b")
_COLUMNS = regex.compile(r"\S(\s{5,}|\s*\t\s*)\S")


def read_text(raw: str) -> list[list[RawLine]]:
    """Split a text report into pages of RawLines (roles body/footnote)."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if _BRACKET_NOTE.search(raw) or (_BRACKET_MARK.search(raw) and "\n[^" in raw):
        return [_bracketed(raw)]
    parenthesised = _paren_notes(raw)
    if parenthesised:
        return parenthesised
    if _WORD_NOTE in raw:
        return [_word_export(raw)]
    return _pdf_dump(raw)


def _pages_of(raw: str) -> list[list[str]]:
    """Cut at running page numbers, form feeds and indented page starts."""
    pages: list[list[str]] = [[]]
    for chunk in raw.split("\f"):
        if pages[-1]:
            pages.append([])
        for line in chunk.split("\n"):
            if _PAGE_NO.match(line) and line.strip():
                if pages[-1]:
                    pages.append([])
                continue
            starts_page = line.startswith(" ") and not line.startswith("  ") and line.strip() and pages[-1]
            if starts_page and _ended_page(pages[-1]):
                pages.append([])
            pages[-1].append(line)
    return [p for p in pages if any(x.strip() for x in p)]


#: fewer lines than this cannot be a full page: a single leading space there
#: is an indent (a byline under a headline), not pdftotext's page start
MIN_PAGE_LINES = 8


def _ended_page(lines: list[str]) -> bool:
    # pdftotext starts each page after the first with a single leading space
    return sum(1 for x in lines if x.strip()) >= MIN_PAGE_LINES


def _pdf_dump(raw: str) -> list[list[RawLine]]:
    out = []
    for page_lines in _pages_of(raw):
        body, notes = _split_notes(page_lines)
        labels = {n[0] for n in notes}
        lines = _paragraphs(body, labels)
        for label, text in notes:
            lines.append(RawLine(text=normalize_line(text), role="footnote", footnote_label=label))
        out.append(lines)
    return out


def _split_notes(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    for i, line in enumerate(lines):
        if _FOOT_SEP.match(line) and line.strip("\n") and any(_NOTE_START.match(x.strip()) for x in lines[i + 1: i + 4] if x.strip()):
            notes: list[tuple[str, str]] = []
            for x in lines[i + 1:]:
                t = x.strip()
                if not t:
                    continue
                m = _NOTE_START.match(t)
                if m and (not notes or int(m.group(1)) > int(notes[-1][0])):
                    notes.append((m.group(1), t[m.end():]))
                elif notes:
                    notes[-1] = (notes[-1][0], notes[-1][1] + " " + t)
            return lines[:i], notes
    return lines, []


def _mark(text: str, labels: set[str]) -> str:
    """Glued note numbers that name a note on this page become superscripts."""
    return _GLUED.sub(lambda m: superscript(m.group(1)) if m.group(1) in labels else m.group(0), text)


def _paragraphs(lines: list[str], labels: set[str], one_per_line: bool | None = None) -> list[RawLine]:
    """Lines into paragraphs: given (Word exports and clean text have one
    paragraph per line), or judged from line lengths and endings (PDF dumps
    break paragraphs into lines)."""
    texts = [x for x in lines if x.strip()]
    lengths = [len(x.strip()) for x in texts]
    typical = statistics.median(lengths) if lengths else 80
    if one_per_line is None:
        one_per_line = typical > 150
    out: list[RawLine] = []
    prev = ""
    for line in texts:
        pieces = _split_columns(line)
        for k, (text, column) in enumerate(pieces):
            text = normalize_line(_mark(text, labels))
            if not text:
                continue
            new = (
                one_per_line
                or not out
                or bool(column)
                or len(pieces) > 1
                or bool(_SENTENCE_END.search(prev))
                or len(prev) < 0.7 * typical
                or bool(_LIST_START.match(text))
                or _is_caps(prev)
                or _is_caps(text)
                or bool(_OPENING.match(text))
                or (bool(_LIST_START.match(prev)) and len(prev) < 100 and text[:1].isupper())  # after a heading
            )
            out.append(RawLine(text=text, new_paragraph=new, column=column))
            prev = text
    return out


def _is_caps(text: str) -> bool:
    """An upper-case line (a heading such as "IV. LỰA CHỌN ĐIỂN HÌNH") stands alone."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


def _split_columns(line: str) -> list[tuple[str, str]]:
    """``Nơi nhận:            CHỦ TỊCH`` -> two column pieces; a short line
    pushed far right (``        Nguyễn Văn A``) is a right-column piece."""
    m = _COLUMNS.search(line.strip())
    if not m:
        indent = len(line) - len(line.lstrip(" "))
        if indent >= 20 and len(line.strip()) < 60:
            return [(line.strip(), "right")]
        return [(line.strip(), "")]
    s = line.strip()
    return [(s[: m.start(1)], "left"), (s[m.end(1):], "right")]


def _word_export(raw: str) -> list[RawLine]:
    head, _, tail = raw.partition(_WORD_NOTE)
    notes = [n.strip() for n in (_WORD_NOTE + tail).split(_WORD_NOTE) if n.strip()]
    # Word drops the reference marks and leaves a line break where each one
    # was: a line that starts with punctuation or a lower-case continuation.
    lines = head.split("\n")
    breaks = [i for i in range(1, len(lines)) if regex.match(r"^\s*[.,;:…)]|^ \p{Ll}", lines[i]) and lines[i - 1].strip()]
    if len(breaks) == len(notes):
        for n, i in enumerate(breaks, start=1):
            lines[i - 1] = lines[i - 1].rstrip() + superscript(str(n))
            lines[i] = "\x00" + lines[i].lstrip()
    merged: list[str] = []
    for line in lines:
        if line.startswith("\x00") and merged:
            sep = "" if regex.match(r"^\x00[.,;:…)]", line) else " "
            merged[-1] = merged[-1] + sep + line[1:]
        else:
            merged.append(line)
    body = _paragraphs(merged, set(), one_per_line=True)
    labels = len(breaks) == len(notes)
    for n, note in enumerate(notes, start=1):
        body.append(RawLine(text=normalize_line(note), role="footnote", footnote_label=str(n) if labels else ""))
    return body


_PAREN_NOTE = regex.compile(r"^\((\d{1,2})\)\s+(\S.*)$")
# glued "mô hình(2)", or spaced but closing a clause: "cấp thành phố (2)."
_PAREN_MARK = regex.compile(r"(?<=[\p{L}\d”\"'.,;:)…])\((\d{1,2})\)|(?<=[\p{L}\d”\"])\s\((\d{1,2})\)(?=[.,;:]|\s*$)", regex.MULTILINE)


def _paren_notes(raw: str) -> list[list[RawLine]] | None:
    """Notes written "(1) ..." at the end, called by "(1)" glued to a word
    in the body (text pasted from an e-mail). None when the text is not so."""
    lines = raw.rstrip().split("\n")
    i = len(lines)
    notes: list[tuple[str, str]] = []
    while i > 0:
        line = lines[i - 1].strip()
        m = _PAREN_NOTE.match(line)
        if m:
            notes.insert(0, (m.group(1), m.group(2)))
        elif line and notes and not _SEPARATOR_LINE.match(line):
            break
        elif line and not notes:
            return None
        i -= 1
        if line and _SEPARATOR_LINE.match(line):
            break
    labels = [label for label, _ in notes]
    if not notes or labels != [str(k) for k in range(1, len(notes) + 1)]:
        return None
    body = "\n".join(lines[:i])
    if not _PAREN_MARK.search(body):
        return None
    def mark(m) -> str:
        label = m.group(1) or m.group(2)
        return superscript(label) if label in labels else m.group(0)

    body = _PAREN_MARK.sub(mark, body)
    pages = _pdf_dump(body)
    pages[-1].extend(RawLine(text=normalize_line(t), role="footnote", footnote_label=label) for label, t in notes)
    return pages


_SEPARATOR_LINE = regex.compile(r"^[_\-–—=*]{5,}$")


def _bracketed(raw: str) -> list[RawLine]:
    body_lines, notes = [], []
    for line in raw.split("\n"):
        m = _BRACKET_NOTE.match(line.strip())
        if m:
            notes.append((m.group(1), m.group(2)))
        else:
            body_lines.append(_BRACKET_MARK.sub(lambda x: superscript(x.group(1)), line))
    out = _paragraphs(body_lines, set(), one_per_line=True)
    for label, text in notes:
        out.append(RawLine(text=normalize_line(text), role="footnote", footnote_label=label))
    return out
