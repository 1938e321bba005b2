"""Counts of "Dân vận khéo" models, with the sentence each came from.

A count is:
- a number directly before ``mô hình`` (``583 mô hình``, ``một mô hình``);
- the number after ``Số (lượng) mô hình ... là / :`` ;
- an item of a split that follows a count in the same sentence, inside
  parentheses or after ``trong đó`` / ``gồm``: ``(557 tập thể, 26 cá
  nhân)``, ``(cấp tỉnh 96, cấp huyện 341)``, ``(kinh tế 5, văn hóa - xã hội
  4)``.

What each count means is decided by :mod:`extractors.count_rules` from its
clause. Where the clause gives no evidence, a count takes the metric of the
count before it in the same sentence (an elliptical list: "cấp tỉnh công
nhận 58 mô hình; cấp huyện 263 mô hình"), or, in a footnote, that of the
sentence whose marker calls the footnote (which also lends its heading).
A sentence broken by a page break is read with its start from the page
before.

Traps skipped: ratios, years, vague amounts (``hàng trăm``), numbers inside
quoted names, year-on-year differences (``tăng 276 mô hình so với``),
negated counts (``15 mô hình chưa đạt``).
"""
from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from typing import Iterable

import regex

from extractors import count_rules as rules
from extractors.base import inside, mention, quoted_spans, register
from extractors.dates import find_dates
from extractors.fields import fields_in
from extractors.numbers import NumberMatch, find_numbers
from pipeline.model import FURNITURE, Document, Mention, Page
from pipeline.vocab import doc_type_of_title

NAME = "model_counts"
_I = regex.IGNORECASE
_NOUN = regex.compile(r"\s*(?:là\s+)?(?P<noun>mô hình|điển hình)\b", _I)
_ABBREV = r"(?<!\b(?:TP|Tp|tp|TX|Tx|TT|ThS|TS|PGS|GS))"  # "TP. Điện Biên Phủ" does not end a sentence
_BOUNDARY = regex.compile(rf"{_ABBREV}[.;!?](?=\s|$)|\n|:(?=\s)")
_SENTENCE_END = regex.compile(rf"{_ABBREV}[.!?](?=\s|$)|\n")
# "Số mô hình đăng ký là 1.306", "mô hình do tập thể thực hiện là 936", "nâng tổng số mô hình ... lên 245"
_LEAD = regex.compile(
    r"\b(?:(?:tổng\s+)?số(?:\s+lượng)?\s+)?mô hình\b(?:\s*[“\"][^”\"]{0,40}[”\"])?[^.;\d“”\n]{0,60}?(?:\blà|:|\bđạt|\bcó|\bchiếm)\s*$"
    r"|\btổng số mô hình\b[^.;\d\n]{0,80}?\blên\s*$"
    r"|\bdo\s+(?:tập thể|cá nhân)\b[^.;\d\n]{0,40}?(?:\blà|:)\s*$",
    _I,
)
_SPLIT_OPEN = regex.compile(r"\(|\btrong đó\s*:?|\btrong số (?:này|đó)\s*[:,]?|\bgồm\s*:?|\bcụ thể\s*:", _I)
_SPLIT_ITEM = regex.compile(r"(?:cấp\s+\p{L}+(?:\s\p{L}+)?|[^,;()\d]{2,40})\s*:?\s*$", _I)
_BARE_END = regex.compile(r"\s*(?:[,;.)]|và\b|$)")
_SPLIT_KIND = regex.compile(r"\s*(?:tập thể|cá nhân)\b", _I)
_DIFFERENCE_BEFORE = regex.compile(r"\b(?:tăng|giảm|tăng thêm|nhiều hơn|ít hơn|vượt)\s*(?:thêm\s*)?$", _I)
_DIFFERENCE_AFTER = regex.compile(r"^[^.;,\d]{0,25}?\bso với\b", _I)  # "276 mô hình so với năm 2020"
_NOUN_COUNT = regex.compile(r"\d\s*mô hình", _I)
_SPLITS = ("models_collective", "models_individual")


def _continues(clause: str) -> bool:
    """Does a clause go on from the count before it, with no subject or verb
    of its own (" tập thể và ", " kinh tế, ")?"""
    return len(clause) <= 40 and not regex.search(r"\p{Lu}|\d", clause) and not rules.VERB.search(clause)

_ASIDE = regex.compile(r"\([^()\d]{0,40}\)")


@dataclass
class Count:
    """A model count found on a page, before it becomes a mention."""

    number: NumberMatch
    noun_end: int
    lo: int  # sentence start (',' ';' ':' included as clause breaks)
    hi: int
    clause: rules.Clause
    host: "Count | None" = None  # the count a split item belongs to
    metric: str | None = None
    field: str = "total"
    level: str = ""
    heading: str | None = None
    period: tuple[int, int] | None = None
    subject: str = ""
    note: str | None = None  # footnote label when the count sits in a footnote
    guessed: bool = False  # no words said what it counts
    ratio: bool = False  # "27/31 mô hình được công nhận": counts only with a verb that says what
    bare: bool = False  # a bare number in a footnote list ("kinh tế 63, văn hóa - xã hội 92")
    subunit: str = ""  # "Tỉnh Hà Nam 2.415 mô hình, tỉnh Nam Định 4.986 mô hình": counts by unit
    how: str = ""  # how the metric was read: own, rule, host, list, caller, lead-in, guess
    member: bool = False  # the subunit is the clause's subject, possibly the document's own unit
    extra: dict = dc_field(default_factory=dict)


def _bounds(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _BOUNDARY.finditer(text, 0, pos):
        start = m.end()
    m = _BOUNDARY.search(text, pos)
    return start, (m.start() if m else len(text))


def _sentence_start(text: str, pos: int) -> int:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    return start


def _carry(doc: Document, index: int) -> str:
    """The unfinished last sentence of the previous page's body, when this
    page's body starts in the middle of it."""
    if index == 0:
        return ""
    prev, page = doc.pages[index - 1], doc.pages[index]
    first = next((ln for ln in page.lines if ln.role in ("body", "heading")), None)
    if first is None or not (first.text[:1].islower() or first.text[:1].isdigit()):
        return ""
    body = [ln for ln in prev.lines if ln.role == "body"]
    if not body or regex.search(r"[.!?:;]\s*$", body[-1].text):
        return ""
    tail = prev.text[: body[-1].end]
    return tail[_sentence_start(tail, len(tail)):]


def _split_host(text: str, lo: int, pos: int, found: list["Count"]) -> "Count | None":
    """The count whose split (parenthesis, "trong đó", "gồm") holds ``pos``."""
    sent = _sentence_start(text, pos)
    opens = [m for m in _SPLIT_OPEN.finditer(text, sent, pos)]
    if not opens:
        return None
    opening = opens[-1]
    if opening.group(0) == "(" and ")" in text[opening.end(): pos]:
        return None
    hosts = [c for c in found if sent <= c.number.start < opening.start() and c.host is None]
    return hosts[-1] if hosts else None


def _counts(page: Page, carry: str) -> list[Count]:
    text = page.text
    first_body = next((ln.start for ln in page.lines if ln.role in ("body", "heading")), 0)
    out: list[Count] = []
    quotes = quoted_spans(text)
    for n in find_numbers(text):
        if page.role_at(n.start) in FURNITURE:
            continue  # a headline, dateline, photo caption or byline counts nothing
        if n.kind in ("percent", "year", "vague") or n.qualifier == "hàng":
            continue
        if n.kind == "ratio" and not _NOUN.match(text, n.end):
            continue  # "15/15 xã" covers; "27/31 mô hình được công nhận" counts 27
        lo, hi = _bounds(text, n.start)
        if inside(quotes, n.start):
            continue
        sent = _sentence_start(text, n.start)
        before = text[sent: n.num_start or n.start]  # a qualifier ("không ít hơn") belongs to the clause
        if sent <= first_body and carry:
            before = carry + " " + before
        window = text[max(0, n.start - 60): n.start]
        noun = _NOUN.match(text, n.end)
        if noun and text[noun.end() - 7: noun.end()].startswith("Mô") and _starts_paragraph(text, n.start):
            continue  # "3 Mô hình “...” của ...": a note's number or a list's, not a count
        host = None
        lead = None
        bare = False
        if noun:
            end = noun.end()
            host = _paren_host(text, n.start, out)
            if _DIFFERENCE_BEFORE.search(text[max(lo, n.start - 30): n.start]) or _DIFFERENCE_AFTER.match(text[end:]):
                continue
        else:
            lead_window = regex.split(r"[.;\n]", text[max(0, n.start - 90): n.start])[-1]
            found_lead = _LEAD.search(lead_window)
            host = _split_host(text, lo, n.start, out)
            in_note = page.role_at(n.start) == "footnote"
            if found_lead:
                if not _BARE_END.match(text, n.end):
                    continue  # "Mô hình được công nhận khi đạt từ 75 đến 100 điểm": not models
                lead = lead_window[found_lead.start():]
            elif host is not None and _SPLIT_KIND.match(text, n.end):
                pass  # "(281 tập thể, 47 cá nhân)"
            elif not _split_item(_unquoted(window)) or not _BARE_END.match(text, n.end) or not _spaced(text, n.start):
                continue  # "ở 07 xã", "“Camera an ninh”9,": a bare list number stands apart and ends its item
            elif host is None and not in_note:
                host = _list_host(text, n.start, out)  # "...598 mô hình; văn hóa - xã hội 873; ..."
                if host is None:
                    continue
            bare = host is None and not found_lead  # a footnote item: its host is the calling sentence
            end = n.end
        clause = rules.Clause(
            before=before, after=text[end: _bounds(text, end)[1] if end < len(text) else end], window=window,
            lead=lead, ranged=n.value_max is not None and n.kind != "ratio", qualifier=n.qualifier,
            noun=noun.group("noun").lower() if noun else "mô hình",
            context=text[text.rfind("\n", 0, sent) + 1: sent],
        )
        if rules.negated(clause) or rules.other_programme(clause) or _introduces_one(text, n, end):
            continue
        out.append(Count(number=n, noun_end=end, lo=lo, hi=hi, clause=clause, host=host, bare=bare, ratio=n.kind == "ratio"))
    return out


_ONE_MODEL = regex.compile(r"^\s*(?:[^\d.;:,“\"]{0,30}?\s)?(?:khác\s+)?(?:là|như)\b|^\s*[“\"]", _I)


def _introduces_one(text: str, n: NumberMatch, end: int) -> bool:
    """"Một mô hình tiêu biểu khác là ...", "một mô hình “...” của xã": the
    word ``một`` introducing one named model, not a count."""
    return n.value == 1 and not n.qualifier and text[n.start: n.end].lower() == "một" and bool(_ONE_MODEL.match(text[end: end + 80]))


def _paren_host(text: str, pos: int, found: list["Count"]) -> "Count | None":
    """The count a parenthesised split holds ``pos`` for ("43 mô hình ...
    (36 mô hình tập thể, 7 mô hình cá nhân)")."""
    opening = text.rfind("(", _sentence_start(text, pos), pos)
    if opening < 0 or ")" in text[opening:pos]:
        return None
    hosts = [c for c in found if c.number.start < opening and c.host is None and _sentence_start(text, c.number.start) <= opening]
    return hosts[-1] if hosts and hosts[-1].number.start >= _sentence_start(text, pos) else None


def _starts_paragraph(text: str, pos: int) -> bool:
    return not text[max(0, text.rfind("\n", 0, pos) + 1): pos].strip(" '‘\"“")


def _spaced(text: str, pos: int) -> bool:
    """A number standing apart (after a space or a colon), not glued to a word."""
    return pos == 0 or text[pos - 1] in " \t\n:(" or text[pos - 2: pos] in (": ", ", ")


def _unquoted(window: str) -> str:
    return regex.sub(r"“[^”]*”|\"[^\"]*\"", " ", window)


def _split_item(window: str) -> bool:
    """Does the text before a bare number name a part ("cấp huyện", "kinh tế",
    "tập thể")?"""
    window = regex.sub(r"\s*:\s*$", " ", _ASIDE.sub(" ", window))  # "xây dựng hệ thống chính trị (XDHTCT): 44"
    item = regex.split(r"\d|mô hình|[;(:\n]", window)[-1]
    return bool(
        regex.search(r"\bcấp\s+\p{L}+|\b(?:tập thể|cá nhân)\s*$|\b(?:xây dựng|đăng ký|công nhận|nhân rộng)(?:\s+mới)?\s*$", item, _I)
        or len(fields_in(item)) == 1
    )


def _list_host(text: str, pos: int, found: list["Count"]) -> "Count | None":
    """A bare item continuing a list of the same sentence ("Cụ thể: lĩnh vực
    kinh tế có 598 mô hình; văn hóa - xã hội 873"): the host is the count
    the list breaks down."""
    sent = _sentence_start(text, pos)
    before = [c for c in found if sent <= c.number.start < pos and c.host is None]
    return before[0] if before else None


_UNIT_NAME = (
    r"(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn)\s+((?:\p{Lu}\p{L}*|\d+)(?:\s(?:\p{Lu}\p{L}*|\d+)){0,3})"
)
_UNIT_ITEM = regex.compile(
    rf"(?:^|[,;:(⁰¹²³⁴⁵⁶⁷⁸⁹]\s*|\b(?:như|là|gồm|tại|ở|và)\s+){_UNIT_NAME}\s*(?::|\(|\s(?:có|với|đạt|được))?\s*$",
    _I,
)
_UNIT_NUMBER = regex.compile(rf"{_UNIT_NAME}\s*(?::|\(|\s(?:có|với|đạt|được))?\s*\d", _I)


def _unit_item(window: str) -> str:
    m = _UNIT_ITEM.search(window)
    return m.group(1) if m and (m.group(1)[:1].isupper() or m.group(1)[:1].isdigit()) else ""


def _enumerated_unit(text: str, c: Count, group: list[Count]) -> str:
    """The unit a count is about when the sentence enumerates counts by unit
    ("Tỉnh Hà Nam 2.415 mô hình, tỉnh Nam Định 4.986 mô hình"): two or more
    items of the same sentence each led by a named unit."""
    name = _unit_item(c.clause.window)
    if not name:
        return ""
    sent = _sentence_start(text, c.number.start)
    end = regex.search(r"[.!?](?=\s|$)|\n", text[c.number.start:])
    sentence = text[sent: c.number.start + (end.start() if end else len(text))]
    return name if len(_UNIT_NUMBER.findall(sentence)) >= 2 else ""


def _links(page: Page, counts: list[Count]) -> dict[str, Count]:
    """Footnote label -> the body count its marker follows (the nearest count
    before the marker in the same sentence)."""
    linked: dict[str, Count] = {}
    body = [c for c in counts if c.note is None]
    for marker in page.markers:
        sent = _sentence_start(page.text, marker.start)
        before = [c for c in body if sent <= c.number.start < marker.start]
        # "55 mô hình (29 tập thể, 26 cá nhân)¹": the note is about the 55
        before = [c for c in before if c.metric not in _SPLITS and c.host is None] or before
        if before and marker.label not in linked:
            linked[marker.label] = max(before, key=lambda c: c.number.start)
    return linked


def _heading_fields(doc: Document) -> dict[tuple[int, int], str | None]:
    """For each (page, paragraph), the field named by the heading above it."""
    out: dict[tuple[int, int], str | None] = {}
    current: str | None = None
    for page in doc.pages:
        for line in page.lines:
            if line.role == "heading":
                heading = " ".join(ln.text for ln in page.lines if ln.paragraph == line.paragraph)
                named = fields_in(heading)
                # "d) Lĩnh vực xây dựng hệ thống chính trị: 03 mô hình" is an item, not a section
                current = named[0] if len(named) == 1 and not _NOUN_COUNT.search(heading) else None
            out.setdefault((page.number, line.paragraph), current)
    return out


def _doc_facts(doc: Document) -> tuple[bool, int | None]:
    """(is it a plan or directive, the year it was written) for target rules."""
    forward = any(doc_type_of_title(ln.text) in rules.FORWARD_TYPES for _, ln in doc.lines("title"))
    years = [int(d.iso[:4]) for _, ln in doc.lines("letterhead", "title") for d in find_dates(ln.text) if d.precision == "day"]
    if not years:
        years = [int(d.iso[:4]) for p in doc.pages for d in find_dates(p.text) if d.precision == "day"]
    return forward, (max(years) if years else None)


def _resolve(page: Page, counts: list[Count], headings: dict, forward: bool, ref_year: int | None) -> list[Count]:
    """Decide each count's metric, field, level, period and organisation;
    body counts first, so footnote items can inherit from their caller."""
    kept = []
    for c in counts:
        line = next((ln for ln in page.lines if ln.start <= c.number.start < max(ln.end, ln.start + 1)), None)
        if line is not None and line.role == "table":
            continue  # table cells are the tables extractor's
        c.heading = headings.get((page.number, line.paragraph)) if line else None
        if line is not None and line.role == "footnote":
            c.note = next((f.label for f in page.footnotes if f.start <= c.number.start < f.end), None)
        kept.append(c)
    body = [c for c in kept if c.note is None]
    _decide(page, body, None, forward, ref_year)
    links = _links(page, body)
    # bare numbers in a footnote count only when a model count calls the note
    notes = [c for c in kept if c.note is not None and (not c.bare or c.note in links)]
    for c in notes:
        if c.bare:
            c.host = links[c.note]
    _decide(page, notes, links, forward, ref_year)
    kept = [c for c in body + notes if c.metric != "drop"]
    _other_fields(page.text, kept)
    return kept


def _decide(page: Page, group: list[Count], links: dict[str, Count] | None, forward: bool, ref_year: int | None) -> None:
    """Metric, field, level, period, organisation and unit of each count of
    ``group`` (the body's counts, or the footnotes' with their callers)."""
    previous: Count | None = None
    last: Count | None = None
    for c in group:
        caller = links.get(c.note) if links is not None and c.note is not None else None
        heading = caller.heading if caller else (c.heading if c.note is None else None)
        whole = caller or c.host  # a breakdown shares the scope of the count it breaks down
        # a plan's footnote lists what its sentence counts: no target rule of its own
        own = rules.metric(c.clause, forward and c.note is None, ref_year)
        c.field = rules.field(c.clause, heading)
        c.level = rules.level(c.clause)
        c.period = rules.period(c.clause)
        c.subject = rules.subject(c.clause)
        c.subunit = _enumerated_unit(page.text, c, group)
        if not c.subunit and own != "models_target":
            c.subunit, c.member = member(c.clause), True  # a plan's quota for a member is the plan's target
        if whole is not None:
            c.level = c.level or whole.level
            c.subject = c.subject or whole.subject
            c.period = c.period or whole.period
            if not c.subunit:
                c.subunit, c.member = whole.subunit, whole.member
        same_sentence = previous is not None and _sentence_start(page.text, c.number.start) == _sentence_start(
            page.text, previous.number.start
        )
        if (
            not c.subunit and last is not None and last.subunit and _continues(c.clause.clause_before)
            and _sentence_start(page.text, c.number.start) == _sentence_start(page.text, last.number.start)
        ):
            c.subunit, c.member = last.subunit, last.member  # "Khối dân vận các phường xây dựng 43 mô hình tập thể và 13 ..."
        c.metric = own
        if rules.nominated(c.clause) or (c.host is not None and c.host.metric == "drop"):
            # "đề nghị khen thưởng 18 mô hình (10 tập thể, 8 cá nhân)": a plan's target, else no count
            c.metric = "models_target" if forward and c.note is None and c.host is None else "drop"
        elif c.ratio and own in (None, "models_registered"):
            c.metric = "drop"
        elif _bare_part(c, own, c.host or last):
            c.metric = "drop"  # "trong số này, 197 mô hình giữ vững hoạt động": part of the whole, nothing of its own
        elif own is None and rules.maintained(c.clause):
            c.metric = "drop"
        c.how = "own" if c.metric == own and own is not None else "rule"
        if c.host is not None and c.metric in (None, "models_registered"):
            c.metric, c.how = c.host.metric, "host"  # "công nhận 1.206 mô hình (cấp tỉnh 96, ...)"
        if c.metric is None and same_sentence:
            c.metric, c.how = previous.metric, "list"
        if c.metric is None and caller is not None:
            c.metric, c.how = caller.metric, "caller"
        if c.metric is None:
            c.metric, c.how = rules.lead_metric(c.clause), "lead-in"
        c.guessed = c.metric is None
        if c.guessed:
            c.how = "guess"
        c.metric = c.metric or "models_registered"
        if forward and c.period is None and c.metric != "models_target":
            c.period = rules.context_period(c.clause)  # a past total a plan quotes keeps its period
        if c.metric in _SPLITS:  # "(281 tập thể, 47 cá nhân), trong đó 121 mô hình ...": the list goes on from the whole
            c_for_next = c.host or previous
        else:
            c_for_next = c
        previous, last = c_for_next, c


#: how sure a reading is, by how its metric was read (see :func:`confidence`)
_CONFIDENCE = {"own": 0.95, "rule": 0.9, "host": 0.85, "list": 0.8, "caller": 0.8, "lead-in": 0.7, "guess": 0.5}


def confidence(c: Count) -> float:
    """How sure the reading of ``c`` is, in [0, 1]: an explicit verb or noun
    beside the number is surest; a metric inherited from a split's whole, an
    earlier list item or a footnote's caller less so; a guess least. A
    number without its noun, a ratio, a footnote item, a field outside the
    four or a count after a part lead-in costs a little more."""
    score = _CONFIDENCE.get(c.how, 0.5)
    if c.clause.lead is None and c.noun_end == c.number.end:
        score -= 0.05  # a bare number ("văn hóa - xã hội: 164")
    if c.ratio or c.field == "other" or c.note is not None:
        score -= 0.05
    if rules.part(c.clause) and c.how == "own" and c.metric == "models_registered":
        score -= 0.1  # "trong đó có 20 mô hình ...": a part read as a stage of its own
    return round(max(0.0, min(1.0, score)), 2)


def _bare_part(c: Count, own: str | None, whole: Count | None) -> bool:
    """A part of a whole ("trong đó", "gồm", a split) that has no metric,
    field, level, kind or period of its own is not a second total."""
    if own not in (None, "models_registered") or c.field != "total" or c.level or c.subunit or rules.outside_fields(c.clause):
        return False
    if c.period and (whole is None or c.period != whole.period):
        return False  # "Trong đó, năm 2021: 68 mô hình", "cùng kỳ năm 2023 (35 mô hình)"
    if own == "models_registered" and not rules.weak_verb(c.clause):
        return False
    return c.host is not None or rules.part(c.clause)


_MEMBER_ORG = (
    r"(?:Công an|Bộ Chỉ huy Quân sự|Ban Chỉ huy Quân sự|Bộ đội Biên phòng|Đồn Biên phòng|Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội LHPN"
    r"|Hội Phụ nữ|Hội Cựu chiến binh|Hội CCB|Đoàn Thanh niên|Tỉnh đoàn|Huyện đoàn|Liên đoàn Lao động|Mặt trận Tổ quốc|Ủy ban MTTQ|MTTQ"
    r"|Khối dân vận(?=\s+các\s)|Đảng ủy Khối|Đảng bộ Khối)"
    r"(?:\s+(?:Việt Nam|tỉnh|huyện|thành phố|thị xã|quận|xã|phường|các (?:xã|phường|cơ quan|doanh nghiệp)))?(?:\s+\p{Lu}\p{L}*){0,3}"
    r"(?:\s+và\s+các\s+(?:đoàn thể|tổ chức chính trị\s*-\s*xã hội))?"
)
_MEMBER_PLACE = r"(?:TP\.\s*|Tp\.\s*|[Tt]hành phố\s+|[Hh]uyện\s+|[Tt]hị xã\s+|[Qq]uận\s+|[Xx]ã\s+|[Pp]hường\s+|[Tt]hị trấn\s+)\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}"
_MEMBER = regex.compile(
    rf"^[\s,]*(?:[^,\d]{{0,25}},\s*)?(?:(?:còn|riêng|trong đó|đứng đầu là|nhiều nhất là)\s+)?(?P<name>{_MEMBER_ORG}|{_MEMBER_PLACE})"
    r"(?:\s*\([^()]{0,40}\))?\s*(?::\s*$|[^\d:;]{0,50}$)"
)


def member(c: rules.Clause) -> str:
    """The member unit or organisation a count is the share of, when its
    clause opens with it ("Công an tỉnh đăng ký 222 mô hình", "còn huyện
    Tánh Linh đứng đầu với 155 mô hình", "TP. Điện Biên Phủ: 13 mô hình").
    The normaliser drops it again where it names the document's own unit."""
    clause = c.clause_before
    if not clause.strip():  # "Cụ thể: TP. Điện Biên Phủ: 13": the item before the colon
        clause = regex.split(r"[;:\n]", regex.sub(r"\s*:\s*$", "", c.before))[-1] + ":"
    m = _MEMBER.match(clause)
    return m.group("name").strip() if m else ""


def _other_fields(text: str, counts: list[Count]) -> None:
    """In a breakdown by field, an item outside the four ("ngoài ra còn 39
    mô hình vận động ... bảo hiểm y tế", "nhóm mô hình kinh tế – văn hóa xã
    hội ... 630") is field ``other``, not a second total."""
    by_sentence: dict[int, list[Count]] = {}
    for c in counts:
        by_sentence.setdefault(_sentence_start(text, c.number.start), []).append(c)
    for group in by_sentence.values():
        named = [c for c in group if c.field not in ("total", "other")]
        if len(named) < 2:
            continue
        for c in group:
            if c.field != "total" or c.level or c.subunit or c.metric in _SPLITS or c.host is not None:
                continue
            if regex.search(r"\b(?:tổng|tất cả|toàn bộ|cộng)\b", c.clause.clause_before, _I):
                continue
            if rules.outside_fields(c.clause):
                c.field = "other"


def _breakdowns(counts: list[Count]) -> None:
    """Field counts nothing else explains take the metric of the earlier
    total they add up to ("lựa chọn 30 mô hình điển hình ..." then "1. Lĩnh
    vực kinh tế (09 mô hình) ... 4. Lĩnh vực xây dựng hệ thống chính trị (06
    mô hình)")."""
    i = 0
    while i < len(counts):
        if not (counts[i].guessed and counts[i].field != "total" and counts[i].host is None):
            i += 1
            continue
        j = i
        while j < len(counts) and counts[j].guessed and counts[j].field != "total" and counts[j].host is None:
            j += 1
        run = counts[i:j]
        total = sum(c.number.value for c in run)
        earlier = [c for c in counts[:i] if c.field == "total" and not c.guessed and c.number.value == total]
        if len(run) >= 2 and earlier:
            for c in run:
                c.metric = earlier[-1].metric
        i = j


@register(NAME)
def extract(doc: Document) -> Iterable[Mention]:
    """Every count of "Dân vận khéo" models in ``doc`` (body and footnotes)."""
    headings = _heading_fields(doc)
    forward, ref_year = _doc_facts(doc)
    found: list[tuple[Page, Count]] = []
    for i, page in enumerate(doc.pages):
        counts = _resolve(page, _counts(page, _carry(doc, i)), headings, forward, ref_year)
        found += [(page, c) for c in sorted(counts, key=lambda c: c.number.start)]
    _breakdowns([c for _, c in found])
    for page, c in found:
        text = page.text
        lo, hi = c.lo, c.hi
        start = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
        yield mention(
            "figures", page, start, max(hi, c.number.end), NAME,
            metric=c.metric, field=c.field, value=c.number.value, value_max=None if c.ratio else c.number.value_max,
            unit="mô hình", qualifier=c.number.qualifier, subunit=c.subunit, level=c.level, subject=c.subject,
            confidence=confidence(c), **({"subunit_is_subject": True} if c.subunit and c.member else {}),
            **({"period_start": c.period[0], "period_end": c.period[1]} if c.period else {}),
        )
