"""Named "Dân vận khéo" models: ``mô hình “Nồi cháo tình thương” của Hội LHPN xã năm 2022``.

A model name is a quoted phrase that follows the word *mô hình* (possibly
after fillers such as ``các mô hình “Dân vận khéo” tiêu biểu như:``), or one
of the quoted phrases chained after it in a list (``“A”, “B” và “C”``,
``“A” của X; “B” ở Y; ...``). List items written without quotes
(``- Mô hình Nồi cháo tình thương của Hội LHPN xã năm 2022.``) count too.
Quoted phrases after *phong trào*, *cuộc vận động*, *Cuộc thi*, *Hội thi* are
not models, and "Dân vận khéo" itself never is.

Each model gives one ``models`` mention whose span is the name inside the
quotes (or the whole list item), with ``name``, ``field``, ``owner`` and
``year``. A model named twice in a document is reported once (at its first
mention, missing owner/year/field filled from the later ones) unless the two
mentions name different owners.

Body pages are read as one stream so that a list (or a quoted name) broken
over a page break is still read whole; footnotes are read one by one and
take their section (for the field) from their marker in the body.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import regex

from extractors.fields import field_of
from extractors.base import REGEX_TIMEOUT, finditer, mention, register
from pipeline.model import Document, Mention, Page
from pipeline.roles import is_heading_text
from pipeline.textnorm import fold

NAME = "named_models"

_OPEN = "“\""
_CLOSE = "”\""
_SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"

#: longest quoted phrase read as a name
_MAX_NAME = 300

# ``mô hình`` as a head word (any case; ``mô  hình`` with odd spacing too)
_HEAD = regex.compile(r"(?<![\p{L}])mô\s+hình(?![\p{L}])", regex.IGNORECASE)

# words that may stand between the head and the first quoted name
_FILLER = regex.compile(
    r"(?:[\s,:" + _SUP + r"]+|(?:dân\s+vận\s+khéo|điển\s+hình|tiêu\s+biểu|mới|như|là|sau\s+đây|sau|gồm\s+có|gồm"
    r"|cụ\s+thể|nổi\s+bật|hiệu\s+quả|mô\s+hình|khác|về|hay|sáng\s+tạo)(?![\p{L}]))",
    regex.IGNORECASE,
)

_HEAD_LONG = regex.compile(r"(?P<skip>[^“”\"\n;.]{0,110}?)(?:\s*:|\s(?:như|gồm|là)\s*:?)\s*(?=[“\"])", regex.IGNORECASE)
_HEAD_PREFIX = regex.compile(r"\s+(?P<pre>\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,3})\s*(?=[“\"])")

# what may separate two names of one list
_SEPARATOR = regex.compile(r"[\s,;" + _SUP + r"]*(?:(?:…|\.\.\.)[\s,;]*)?(?:(?:và|hoặc|cùng)\s*)?", regex.IGNORECASE)
_CLAUSE = regex.compile(
    r"[\s" + _SUP + r"]*(?:…|\.\.\.)?\s*(?:(?:của|ở|tại|do)\s+[^“\n]{1,150}?[\s" + _SUP + r"]*[;,]|[^“\n]{1,150}?[\s" + _SUP + r"]*;)\s*"
    r"(?:(?:và|các|những)\s+)*(?:mô\s+hình\s*)?(?:như\s*)?:?\s*",
    regex.IGNORECASE,
)
_NOT_MODEL_CONTEXT = regex.compile(
    r"phong\s+trào|cuộc\s+vận\s+động|cuộc\s+thi|hội\s+thi|chương\s+trình|nghị\s+quyết|kế\s+hoạch|chỉ\s+thị|diễn\s+đàn"
    r"|khẩu\s+hiệu|phương\s+châm|chủ\s+đề|\.\s+\p{Lu}",
    regex.IGNORECASE,
)

_LEVEL = r"(?:xã|phường|huyện|thị\s+xã|thị\s+trấn|tỉnh|thành\s+phố|quận|thôn)"
_OWNER_END = regex.compile(
    r"\s*[;:.…()\[\]\n]|\s+(?:năm\s+\d{4}|đã|được|đang|sẽ|vẫn|tiếp\s+tục|góp\s+phần|với|nhằm|để|trong|trên|cho|đạt|là"
    r"|xây\s+dựng|phát\s+động|thực\s+hiện|triển\s+khai|tổ\s+chức|duy\s+trì|mang\s+lại|giúp|gắn|tại|ở|từ|đến|có|nay"
    r"|đăng\s+ký|bước\s+đầu|thu\s+hút|ra\s+mắt)(?![\p{L}])"
    r"|\s*,(?!\s*" + _LEVEL + r"\s)",
    regex.IGNORECASE,
)
_OWNER_START = regex.compile(r"[\s" + _SUP + r",]*(?:của|do)\s+", regex.IGNORECASE)
_YEAR_AT = regex.compile(r"[\s" + _SUP + r",]*\(?\s*năm\s+((?:19|20)\d{2})(?!\d)", regex.IGNORECASE)
_PRE_OWNER = regex.compile(
    r"(?:^|[;:.\n]\s*|,\s+)(?P<owner>\p{Lu}[^;:.\n,“”\"]{1,80}?)\s+(?:với|có)\s+(?:các\s+|những\s+)?$"
)

# an unquoted list item: ``- Mô hình Nồi cháo tình thương của ... năm 2022.``
_ITEM = regex.compile(r"(?P<bullet>[-–+•*]\s*|\d{1,2}[.)]\s+|[a-zđ]\)\s+)?(?P<head>Mô\s+hình)\s+(?![:,]?\s*[“\"])")
_ITEM_STOP = regex.compile(r"\s+(?:của|do)\s+|\s+năm\s+(?:19|20)\d{2}(?!\d)|\s*[.;]\s*$", regex.IGNORECASE)
_ITEM_BAD_START = regex.compile(
    r"(?:đã|được|này|có|là|trên|trong|và|cũng|mang|góp|giúp|đang|sẽ|nhằm|của|này|đó|được|phải|cần|chưa|không|thì"
    r"|từng|đều|bước|tiếp|thực\s+hiện\s+tốt)(?![\p{L}])",
    regex.IGNORECASE,
)
_ITEM_BAD_INNER = regex.compile(r"\s(?:phải|cần|sẽ|đã|đang|được|nhằm|góp\s+phần|mang\s+lại)\s", regex.IGNORECASE)

_SENT_END = regex.compile(r"[.!?…](?=\s+[\p{Lu}\d\-–+•“\"(])|\n")

# --- fields -----------------------------------------------------------------

_LINH_VUC = regex.compile(r"lĩnh\s+vực\s+(?:phát\s+triển\s+)?(?P<rest>[^;:.()\n]{1,45})", regex.IGNORECASE)


def _explicit_field(sentence: str) -> str | None:
    """The field named as ``lĩnh vực <field>`` in a sentence, if only one is."""
    found = set()
    for m in _LINH_VUC.finditer(sentence, timeout=REGEX_TIMEOUT):
        f = field_of(m.group("rest"))
        if f:
            found.add(f)
    return found.pop() if len(found) == 1 else None


# --- quoted phrases ---------------------------------------------------------


@dataclass
class Quote:
    """A quoted phrase: ``open``/``close`` are the quote characters' offsets,
    ``start``/``end`` the name inside them, stripped of spaces."""

    open: int
    close: int
    start: int
    end: int


def quote_spans(text: str) -> list[Quote]:
    """Every quoted phrase of ``text``, left to right, within a paragraph.
    A quote opened twice (``“Gia đình “5 có, 3 sạch” và ...``) keeps its
    inner quotes; an unclosed quote runs to the end of its paragraph."""
    out: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c not in _OPEN:
            i += 1
            continue
        stop = text.find("\n", i)
        stop = n if stop < 0 else stop
        limit = min(stop, i + 1 + _MAX_NAME)
        j = i + 1
        close = -1
        while j < limit:
            ch = text[j]
            if ch in _CLOSE:
                close = j
                break
            if ch == "“":  # a nested opening: take its closing as ours unless another closes the outer
                inner = _find_close(text, j + 1, limit)
                if inner < 0:
                    break
                after = _find_close(text, inner + 1, min(limit, inner + 60))
                reopen = text.find("“", inner + 1, limit)
                semi = regex.search(r"[;\n]", text[inner + 1: limit])
                semi_at = inner + 1 + semi.start() if semi else limit
                if after >= 0 and (reopen < 0 or after < reopen) and after < semi_at:
                    close = after
                else:
                    close = inner
                    out.append(_quote(text, i, close, include_close=True))
                    i = close + 1
                    close = -2
                break
            j += 1
        if close == -2:
            continue
        if close < 0:
            if stop - i - 1 <= _MAX_NAME and text[i + 1: stop].strip():
                out.append(_quote(text, i, stop, include_close=False))
            i = stop
            continue
        out.append(_quote(text, i, close, include_close=False))
        i = close + 1
    return out


def _find_close(text: str, start: int, limit: int) -> int:
    for k in range(start, limit):
        if text[k] in "”":
            return k
    return -1


def _quote(text: str, open_: int, close: int, include_close: bool) -> Quote:
    s, e = open_ + 1, close + 1 if include_close else close
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return Quote(open=open_, close=close, start=s, end=e)




def is_dan_van_kheo(name: str) -> bool:
    """``Dân vận khéo`` (any case, accents or spacing) is the movement, not a model."""
    return fold(name).strip(" .…") in ("dan van kheo", "dan van kheo.")


# --- finding models in one text -----------------------------------------------


@dataclass
class Found:
    """A model found in a text: the span to cite and what was read."""

    start: int
    end: int
    name: str
    owner: str
    year: int | None
    kind: str  # "quoted" or "item"


def _bad_name(name: str) -> bool:
    words = name.split()
    if not words or len(name) < 2 or is_dan_van_kheo(name):
        return True
    if not any(c.isalpha() for c in name):
        return True
    # a short lower-case term in quotes (“một cửa”, “điểm nóng”) is a term, not a model
    return name[0].islower() and len(words) <= 3


def _owner_year(tail: str) -> tuple[str, int | None]:
    """``của Hội LHPN xã năm 2022 ...`` -> (``Hội LHPN xã``, 2022)."""
    owner, year = "", None
    m = _OWNER_START.match(tail, timeout=REGEX_TIMEOUT)
    pos = 0
    if m:
        rest = tail[m.end():]
        e = _OWNER_END.search(rest, timeout=REGEX_TIMEOUT)
        cand = rest[: e.start() if e else len(rest)].strip(" ,")
        words = cand.split()
        if cand and len(cand) <= 100 and not (len(words) == 1 and cand.islower()):
            owner = cand
            pos = m.end() + len(rest[: e.start() if e else len(rest)])
    y = _YEAR_AT.match(tail, pos, timeout=REGEX_TIMEOUT)
    if y:
        year = int(y.group(1))
    return owner, year


def _clause_end(text: str, pos: int, limit: int = 220) -> int:
    stop = min(len(text), pos + limit)
    m = regex.compile(r"[;\n“\"]|[.!?](?:\s|$)").search(text, pos, stop, timeout=REGEX_TIMEOUT)
    return m.start() if m else stop


def find_models(text: str, list_context: bool = False) -> list[Found]:
    """Every model named in ``text`` (a page's body stream or one footnote).
    ``list_context``: ``text`` continues a list, so a first unquoted
    ``Mô hình ...`` item needs no bullet."""
    quotes = quote_spans(text)
    by_open = {q.open: k for k, q in enumerate(quotes)}
    marked: dict[int, int] = {}  # quote index -> head start
    prefixed: dict[int, int] = {}  # quote index -> start of a name prefix before the quote
    for head in finditer(_HEAD, text):
        pos = head.end()
        limit = min(len(text), pos + 120)
        while pos < limit:
            m = _FILLER.match(text, pos, limit, timeout=REGEX_TIMEOUT)
            if m and m.end() > pos:
                pos = m.end()
                continue
            k = by_open.get(pos)
            if k is not None and is_dan_van_kheo(text[quotes[k].start: quotes[k].end]):
                pos = quotes[k].close + 1
                continue
            break
        k = by_open.get(pos)
        if k is None:
            # ``mô hình mới triển khai ... như: “A”``
            m = _HEAD_LONG.match(text, head.end(), min(len(text), head.end() + 130), timeout=REGEX_TIMEOUT)
            if m and not _NOT_MODEL_CONTEXT.search(m.group("skip"), timeout=REGEX_TIMEOUT):
                k = by_open.get(m.end())
        if k is None:
            # ``Mô hình Tổ tự quản “5 trong 1”``: a short capitalised prefix belongs to the name
            m = _HEAD_PREFIX.match(text, head.end(), min(len(text), head.end() + 60), timeout=REGEX_TIMEOUT)
            if m and not is_dan_van_kheo(m.group("pre")) and not _NOT_MODEL_CONTEXT.search(m.group("pre")):
                k = by_open.get(m.end())
                if k is not None and not is_dan_van_kheo(text[quotes[k].start: quotes[k].end]):
                    prefixed[k] = m.start("pre")
        if k is None:
            continue
        marked.setdefault(k, head.start())
        while k + 1 < len(quotes):
            gap = text[quotes[k].close + 1: quotes[k + 1].open]
            if not _chains(gap):
                break
            k += 1
            marked.setdefault(k, head.start())
    out: list[Found] = []
    ks = sorted(marked)
    for k in ks:
        q = quotes[k]
        start, end = q.start, q.end
        if _bad_name(text[start:end]):
            continue
        if k in prefixed:
            start = prefixed[k]
            if q.close < len(text) and text[q.close] in _CLOSE:
                end = q.close + 1
        name = text[start:end]
        owner, year = _tail_info(text, quotes, marked, k)
        if not owner:
            owner = _owner_before(text, marked[k])
        out.append(Found(start, end, name, owner, year, "quoted"))
    out.extend(_items(text, list_context))
    out.sort(key=lambda f: f.start)
    return out


def _chains(gap: str) -> bool:
    if len(gap) > 170 or "\n" in gap or _NOT_MODEL_CONTEXT.search(gap, timeout=REGEX_TIMEOUT):
        return False
    return bool(_SEPARATOR.fullmatch(gap, timeout=REGEX_TIMEOUT) or _CLAUSE.fullmatch(gap, timeout=REGEX_TIMEOUT))


def _is_separator(gap: str) -> bool:
    return bool(_SEPARATOR.fullmatch(gap, timeout=REGEX_TIMEOUT)) and "…" not in gap and "..." not in gap


def _tail_info(text: str, quotes: list[Quote], marked: dict[int, int], k: int) -> tuple[str, int | None]:
    """Owner and year of quote ``k``: from the text after it, or, when only a
    separator follows (``“A”, “B” của X``), from the list's next tail."""
    j = k
    while True:
        q = quotes[j]
        nxt = j + 1 if (j + 1) in marked else None
        if nxt is not None:
            gap = text[q.close + 1: quotes[nxt].open]
            if _is_separator(gap):
                j = nxt
                continue
            return _owner_year(gap)
        end = _clause_end(text, q.close + 1)
        return _owner_year(text[q.close + 1: end])


def _owner_before(text: str, head_start: int) -> str:
    """``UBND phường X với mô hình “...”`` -> ``UBND phường X``."""
    lo = max(0, head_start - 120)
    m = _PRE_OWNER.search(text[lo:head_start], timeout=REGEX_TIMEOUT)
    if not m:
        return ""
    owner = m.group("owner").strip()
    if len(owner.split()) > 10:
        return ""
    return owner


def _items(text: str, list_context: bool) -> list[Found]:
    """Unquoted list items ``- Mô hình <name> của <owner> năm <year>.``"""
    out: list[Found] = []
    pos = 0
    prev_item = list_context
    prev_colon = False
    for para in text.split("\n"):
        start = pos
        pos += len(para) + 1
        stripped = para.rstrip()
        m = _ITEM.match(stripped, timeout=REGEX_TIMEOUT)
        is_item = False
        if m and (m.group("bullet") or prev_item or prev_colon):
            found = _item(stripped, m, start)
            if found:
                out.append(found)
                is_item = True
        quoted_item = bool(regex.match(r"(?:[-–+•*]\s*)?Mô\s+hình\s*[:,]?\s*[“\"]", stripped))
        prev_item = is_item or quoted_item
        prev_colon = stripped.endswith(":")
    return out


def _item(para: str, m: "regex.Match[str]", base: int) -> Found | None:
    name_start = m.end()
    stop = _ITEM_STOP.search(para, name_start, timeout=REGEX_TIMEOUT)
    name_end = stop.start() if stop else len(para)
    name = para[name_start:name_end].strip(" ,;.")
    if not name or len(name) > 220 or _ITEM_BAD_START.match(name) or _ITEM_BAD_INNER.search(" " + name + " "):
        return None
    if is_dan_van_kheo(name) or regex.search(r"[.!?]\s+\p{Lu}", name):
        return None
    tail = para[name_end:]
    owner, year = _owner_year(tail)
    first_year = _YEAR_AT.match(tail, timeout=REGEX_TIMEOUT)
    if not owner and first_year:  # ``... báo hiếu năm 2021 của công đoàn xã năm 2023``
        owner, later = _owner_year(tail[first_year.end():])
        year = later or int(first_year.group(1))
    if year is None:
        y = regex.search(r"năm\s+((?:19|20)\d{2})(?!\d)", para[name_end:], regex.IGNORECASE)
        year = int(y.group(1)) if y else None
    end = len(para)
    while end > m.start("head") and para[end - 1] in " \t":
        end -= 1
    return Found(base + m.start("head"), base + end, name, owner, year, "item")


def model_quote_spans(text: str) -> list[tuple[int, int]]:
    """Offsets (opening quote .. closing quote + 1) of the quoted model names
    in one text, for callers that want the clauses around them."""
    quotes = {q.start: q for q in quote_spans(text)}
    out = []
    for f in find_models(text):
        q = quotes.get(f.start)
        if f.kind == "quoted" and q is not None:
            out.append((q.open, min(len(text), q.close + 1)))
    return out


# --- the document ---------------------------------------------------------------


@dataclass
class _Chunk:
    stream_start: int
    page: Page
    page_start: int
    length: int


class _Stream:
    """The body text of all pages (footnotes left out), joined so that a
    paragraph broken by a page break reads as one."""

    def __init__(self, doc: Document):
        parts: list[str] = []
        self.chunks: list[_Chunk] = []
        pos = 0
        prev = ""
        for page in doc.pages:
            end = _body_end(page)
            body = page.text[:end]
            if not body.strip():
                continue
            if parts:
                sep = " " if _continues(prev, body) else "\n"
                parts.append(sep)
                pos += len(sep)
            self.chunks.append(_Chunk(pos, page, 0, len(body)))
            parts.append(body)
            pos += len(body)
            prev = body
        self.text = "".join(parts)

    def locate(self, spos: int) -> tuple[_Chunk, int] | None:
        for chunk in reversed(self.chunks):
            if chunk.stream_start <= spos:
                off = spos - chunk.stream_start
                if off <= chunk.length:
                    return chunk, chunk.page_start + off
                return None
        return None

    def offset_of(self, page: Page, ppos: int) -> int | None:
        for chunk in self.chunks:
            if chunk.page is page and chunk.page_start <= ppos <= chunk.page_start + chunk.length:
                return chunk.stream_start + ppos - chunk.page_start
        return None


def _body_end(page: Page) -> int:
    starts = [ln.start for ln in page.lines if ln.role == "footnote"]
    starts += [f.start for f in page.footnotes]
    end = min(starts) if starts else len(page.text)
    while end > 0 and page.text[end - 1] == "\n":
        end -= 1
    return end


def _continues(prev: str, nxt: str) -> bool:
    tail = prev.rstrip()
    head = nxt.lstrip()
    if not tail or not head:
        return False
    if tail[-1] in ".:;!?" and not tail.endswith(("..", "…")):
        return False
    return head[0].islower() or head[0] in "”\"“,;" or head[0].isdigit() and tail[-1].isalpha()


@dataclass
class _Heading:
    page_index: int
    offset: int
    field: str | None


def _headings(doc: Document) -> list[_Heading]:
    out: list[_Heading] = []
    for pi, page in enumerate(doc.pages):
        paras: dict[int, list] = {}
        for ln in page.lines:
            if ln.role == "heading":
                paras.setdefault(ln.paragraph, []).append(ln)
        for lines in paras.values():
            text = page.text[lines[0].start: lines[-1].end]
            out.append(_Heading(pi, lines[0].start, field_of(text)))
        # numbered short body paragraphs are headings too (``2.2.1. Lĩnh vực kinh tế``)
        pos = 0
        for para in page.text.split("\n"):
            start = pos
            pos += len(para) + 1
            t = para.strip()
            if not t or len(t) > 150 or t[-1] in ".;,:" or page.role_at(start) not in ("body", "title"):
                continue
            if is_heading_text(t):
                out.append(_Heading(pi, start, field_of(t)))
    out.sort(key=lambda h: (h.page_index, h.offset))
    return out


def _heading_field(headings: list[_Heading], page_index: int, offset: int) -> str | None:
    best = None
    for h in headings:
        if (h.page_index, h.offset) <= (page_index, offset):
            best = h
        else:
            break
    return best.field if best else None


def _sentence(text: str, start: int, end: int) -> str:
    lo = 0
    for m in _SENT_END.finditer(text, max(0, start - 600), start, timeout=REGEX_TIMEOUT):
        lo = m.end()
    m = _SENT_END.search(text, end, min(len(text), end + 600), timeout=REGEX_TIMEOUT)
    hi = m.start() if m else min(len(text), end + 600)
    return text[lo:hi]


def _field(sentence: str, heading: str | None) -> str:
    return _explicit_field(sentence) or heading or field_of(sentence) or ""


@register(NAME)
def extract(doc: Document) -> Iterable[Mention]:
    headings = _headings(doc)
    page_index = {id(p): i for i, p in enumerate(doc.pages)}
    results: list[tuple[Mention, str]] = []

    stream = _Stream(doc)
    for f in find_models(stream.text):
        loc = stream.locate(f.start)
        if loc is None:
            continue
        chunk, pstart = loc
        page = chunk.page
        pend = pstart + (f.end - f.start)
        chunk_end = chunk.page_start + chunk.length
        if pend > chunk_end:  # the name runs over the page break: cite the first page's part
            pend = chunk_end
            while pend > pstart and page.text[pend - 1].isspace():
                pend -= 1
        heading = _heading_field(headings, page_index[id(page)], pstart)
        field = _field(_sentence(stream.text, f.start, f.end), heading)
        results.append((_mention(page, pstart, pend, f, field), f.name))

    for page in doc.pages:
        for note in page.footnotes:
            text = page.text[note.start: note.end]
            marker = next((mk for mk in page.markers if mk.label == note.label), None)
            anchor = marker.start if marker else note.start
            heading = _heading_field(headings, page_index[id(page)], anchor)
            for f in find_models(text):
                field = _field(_sentence(text, f.start, f.end), heading)
                results.append((_mention(page, note.start + f.start, note.start + f.end, f, field), f.name))

    results.sort(key=lambda r: (r[0].page, r[0].char_start))
    yield from _dedupe(results)


def _mention(page: Page, start: int, end: int, f: Found, field: str) -> Mention:
    return mention("models", page, start, end, NAME, name=f.name, field=field, owner=f.owner, year=f.year)


def _dedupe(results: list[tuple[Mention, str]]) -> list[Mention]:
    kept: list[Mention] = []
    by_name: dict[str, list[Mention]] = {}
    for m, name in results:
        key = fold(name)
        same = by_name.setdefault(key, [])
        match = None
        for prev in same:
            a, b = prev.data.get("owner") or "", m.data.get("owner") or ""
            if not a or not b or fold(a) == fold(b):
                match = prev
                break
        if match is None:
            same.append(m)
            kept.append(m)
            continue
        for k in ("owner", "year", "field"):
            if match.data.get(k) in (None, "") and m.data.get(k) not in (None, ""):
                match.data[k] = m.data[k]
    kept.sort(key=lambda m: (m.page, m.char_start))
    return kept
