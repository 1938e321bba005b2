"""Any input file -> :class:`Document`, never an exception.

Picks the reader by the file's bytes (not its name), runs layout and role
analysis, and assembles the pages. Whatever goes wrong becomes ``status`` and
a one-line ``error`` on the document, so a batch never stops on a bad file.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from pipeline import layout, roles
from pipeline.model import Document
from pipeline.pagetext import RawLine, assemble

#: files larger than this are not read (one-line error instead)
MAX_BYTES = 200 * 1024 * 1024
#: pages beyond this are not read; the document is marked partial
MAX_PAGES = 500


def sha256_of(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


#: the start of a web page: a doctype, an <html>, <head> or <body> tag
_HTML = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)


def sniff(path: str) -> str:
    """``pdf``, ``docx``, ``html``, ``txt``, ``empty`` or ``unknown`` from the first bytes."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if not head.strip():
        return "empty"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if Path(path).suffix.lower() in (".docx", ".docm") or b"word/" in head else "zip"
    if _HTML.match(head.lstrip(b"\xef\xbb\xbf")):
        return "html"
    try:
        head.decode("utf-8")
        return "txt"
    except UnicodeDecodeError as e:
        # a multi-byte character cut by the 4096-byte window is still text
        return "txt" if e.start > len(head) - 4 else "unknown"


def ingest(path: str, pdf_engine: str = "pdfium", ocr: bool = True) -> Document:
    """Read ``path`` into a Document; failures are recorded, not raised."""
    doc = Document(doc_id="", source_path=str(path))
    try:
        doc.doc_id = sha256_of(path)
        size = os.path.getsize(path)
    except OSError as e:
        doc.status, doc.error = "failed", f"cannot read file: {e.strerror or e}"
        return doc
    if size > MAX_BYTES:
        doc.status, doc.error = "failed", f"file too large ({size // (1024 * 1024)} MiB > {MAX_BYTES // (1024 * 1024)} MiB)"
        return doc
    doc.fmt = sniff(path)
    try:
        if doc.fmt == "pdf":
            _read_pdf(path, doc, pdf_engine, ocr)
        elif doc.fmt == "docx":
            from pipeline.docxreader import read_docx

            _finish(doc, read_docx(path), geometric=False)
        elif doc.fmt == "txt":
            from pipeline.textreader import read_text

            with open(path, encoding="utf-8", errors="replace") as fh:
                _finish(doc, read_text(fh.read()), geometric=False)
        elif doc.fmt == "html":
            from pipeline.htmlreader import read_html

            with open(path, "rb") as fh:
                pages, meta = read_html(fh.read())
            doc.meta.update(meta)
            _finish(doc, pages, geometric=False)
        elif doc.fmt == "empty":
            doc.status, doc.error = "failed", "empty file"
        else:
            doc.status, doc.error = "failed", "not a PDF, DOCX or UTF-8 text file"
    except ValueError as e:  # a reader's own one-line reason ("unreadable DOCX: ...")
        doc.status, doc.error, doc.pages = "failed", " ".join(str(e).split())[:200], []
    except Exception as e:  # a reader bug must not cost the batch
        doc.status = "failed"
        doc.error = f"{type(e).__name__}: {' '.join(str(e).split())[:200]}"
        doc.pages = []
    if doc.status == "ok" and not doc.n_chars:
        doc.status, doc.error = "failed", "no text"
    return doc


def _pdf_pages(path: str, engine: str):
    """Raw pages from the chosen engine. ``pdfium`` reads every page through
    PDFium and re-reads through pdfplumber only the pages whose ruled lines
    could make a table; ``pdfplumber`` reads everything through pdfplumber."""
    from pipeline.pdfsource import read_pdf

    if engine == "pdfplumber":
        return list(read_pdf(path, max_pages=MAX_PAGES + 1))
    from pipeline.pdfiumsource import read_pdf_fast

    pages, ruled = [], set()
    for raw, needs_tables in read_pdf_fast(path, max_pages=MAX_PAGES + 1):
        pages.append(raw)
        if needs_tables:
            ruled.add(raw.number)
    if ruled:
        again = {r.number: r for r in read_pdf(path, only=ruled)}
        pages = [again.get(p.number, p) for p in pages]
    return pages


def _ocr(path: str, raws: list, scanned: list[int]):
    """Read the pages without a text layer through OCR, where it is installed."""
    from pipeline import ocrsource

    if not ocrsource.available():
        return raws, set(), []
    done, errors = set(), []
    by_number = {r.number: r for r in raws}
    for number, result in ocrsource.ocr_pages(path, scanned):
        if isinstance(result, ocrsource.OcrError):
            errors.append(f"page {number}: {result}")
        else:
            by_number[number] = result
            done.add(number)
    return [by_number[r.number] for r in raws], done, errors


def _read_pdf(path: str, doc: Document, engine: str = "pdfium", ocr: bool = True) -> None:
    from pipeline.pdfsource import PdfError

    errors = []
    try:
        raws = _pdf_pages(path, engine)
    except PdfError as e:
        doc.status, doc.error = "failed", str(e)
        return
    except Exception as e:  # truncated or damaged files fail in many ways
        if engine == "pdfium":
            return _read_pdf(path, doc, "pdfplumber", ocr)  # pdfminer is more forgiving of some damage
        doc.status, doc.error = "failed", f"unreadable PDF: {' '.join(str(e).split())[:150]}"
        return
    if len(raws) > MAX_PAGES:
        raws = raws[:MAX_PAGES]
        errors.append(f"only the first {MAX_PAGES} pages read")
    errors += [r.error for r in raws if r.error]
    scanned = [r.number for r in raws if not r.words and not r.error]
    ocr_pages: set[int] = set()
    if scanned and ocr:
        raws, ocr_pages, ocr_errors = _ocr(path, raws, scanned)
        errors += ocr_errors
    if not any(r.words for r in raws):
        doc.meta["n_pages"] = len(raws)
        doc.status, doc.error = "failed", ("no text layer and OCR unavailable" if not ocr_pages else "; ".join(errors)[:300] or "no text found by OCR")
        return
    pages = [layout.analyse(r) for r in raws]
    _finish(doc, pages, geometric=True)
    for page in doc.pages:
        page.ocr = page.number in ocr_pages
    empty = [r.number for r in raws if not r.words and not r.error and r.number not in ocr_pages]
    if empty and len(empty) < len(raws):
        errors.append(f"no text layer on page{'s' if len(empty) > 1 else ''} {', '.join(map(str, empty[:10]))}")
    if errors:
        doc.status, doc.error = "partial", "; ".join(errors)[:300]


def ingest_text(text: str, source_path: str = "<text>") -> Document:
    """A report given as a string, read as a text file would be (for
    notebooks and tests)."""
    from pipeline.textreader import read_text

    doc = Document(doc_id=hashlib.sha256(text.encode("utf-8")).hexdigest(), source_path=source_path, fmt="txt")
    _finish(doc, read_text(text), geometric=False)
    return doc


def _finish(doc: Document, pages: list[list[RawLine]], geometric: bool) -> None:
    roles.assign(pages, geometric)
    doc.pages = [assemble(i + 1, lines) for i, lines in enumerate(pages)]
