"""Named entities: Party and State bodies (ORG), people (PER), places (LOC).

Two sources, each used where it pays:

- a spaCy ``SpanRuler`` gazetteer of Party, State, Front, mass-organisation
  and armed-forces bodies (``Ban Thường vụ Tỉnh ủy``, ``UBND``, ``Hội LHPN``,
  ``Công an``, ``Đồn Biên phòng`` ...) over every page. Token patterns match
  on lower-cased tokens, so ``Tỉnh ủy`` / ``Tỉnh Ủy`` / ``TỈNH ỦY`` (and the
  old ``uỷ`` spelling) all match. A body is extended to the level and place
  that follow it (``UBND xã Trà Tây``, ``Ban Thường vụ Thị ủy Đức Phổ``,
  ``Hội LHPN xã``): capitalised words after the body name are its place
  (upper-case words when the body itself is written in capitals);
- underthesea's CRF ``ner`` for PER and LOC, only on the letterhead, title
  and signature lines and on the clauses around quoted model names (it reads
  about 18 k chars/s, too slow for whole documents). Its tokens are mapped
  back to exact offsets in the page text; all-capital lines are re-cased
  before tagging (the model reads capitals as names). LOC/PER spans are
  kept only when they look like a place or a person's name, and dropped
  where the gazetteer already found an ORG.

The signer's name in the signature block is always a PER (by rule, whatever
the tagger says). Every mention's span is the entity in the page text, so
``quote == text``. Quoted titles (model names, movements, documents) are not
searched for entities.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Iterable

import regex

from itertools import islice, product

from extractors.base import REGEX_TIMEOUT, mention, register
from pipeline.textnorm import normalize_line
from extractors.named_models import model_quote_spans, quote_spans
from pipeline.model import Document, Mention, Page

NAME = "entities"

#: characters of context taken on each side of a quoted model name for NER
WINDOW = 100

# --- the gazetteer ---------------------------------------------------------------

_COMMITTEES = ["tỉnh ủy", "huyện ủy", "thị ủy", "thành ủy", "quận ủy", "đảng ủy"]
_YOUTH = ["tỉnh đoàn", "huyện đoàn", "thị đoàn", "thành đoàn", "quận đoàn"]
_CENTRAL = ["trung ương", "tw", "trung ương đảng"]
_BAN_UNITS = [
    "dân vận", "tuyên giáo", "tuyên giáo và dân vận", "tg và dv", "tg - dv", "tg-dv", "tổ chức", "nội chính",
    "xây dựng đảng", "dân tộc", "bảo vệ chăm sóc sức khỏe cán bộ",
]

#: kinds of bodies: ``body`` stands alone; ``level`` needs a level word after it
#: (``Công an`` -> ``Công an xã``); ``prefix`` may also head another body
#: (``Đảng ủy`` + ``Ủy ban nhân dân tỉnh``); ``prefix_only`` is kept only so.
BODY, LEVEL, PREFIX, PREFIX_ONLY = "body", "level", "prefix", "prefix_only"


def _body_names() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    add = lambda kind, *names: out.extend((n, kind) for n in names)  # noqa: E731
    # Party
    add(BODY, "bộ chính trị", "ban bí thư", "ban bí thư trung ương đảng", "đảng cộng sản việt nam")
    add(BODY, "ban chấp hành trung ương", "ban chấp hành trung ương đảng")
    add(PREFIX, "ban chấp hành", "ban chấp hành đảng bộ", "ban thường vụ", "khối dân vận", "đảng ủy")
    add(PREFIX, *[f"ban thường vụ {c}" for c in _COMMITTEES + _YOUTH])
    add(PREFIX, *[f"ban chấp hành {c}" for c in _COMMITTEES + _YOUTH])
    add(PREFIX_ONLY, "thường trực")
    add(BODY, *[f"thường trực {c}" for c in _COMMITTEES])
    add(BODY, *[c for c in _COMMITTEES + _YOUTH if c != "đảng ủy"])
    add(LEVEL, "đảng bộ", "chi bộ")
    for unit in _BAN_UNITS:
        add(BODY, f"ban {unit}", *[f"ban {unit} {c}" for c in _COMMITTEES + _CENTRAL])
    add(BODY, "ủy ban kiểm tra", *[f"ủy ban kiểm tra {c}" for c in _COMMITTEES + _CENTRAL])
    add(BODY, *[f"khối dân vận {c}" for c in _COMMITTEES])
    add(BODY, *[f"văn phòng {c}" for c in _COMMITTEES + ["ubnd", "ủy ban nhân dân", "hđnd", "hội đồng nhân dân", "trung ương đảng"]])
    # State
    add(BODY, "ủy ban nhân dân", "ubnd", "hội đồng nhân dân", "hđnd", "tòa án nhân dân", "viện kiểm sát nhân dân")
    add(BODY, *[f"thường trực {b}" for b in ("hđnd", "hội đồng nhân dân", "ubnd", "ủy ban nhân dân")])
    # Front and mass organisations
    for front in ("mặt trận tổ quốc", "mttq"):
        add(BODY, front, f"{front} việt nam", f"{front} vn", f"ủy ban {front}", f"ủy ban {front} việt nam",
            f"ủy ban {front} vn", f"ủy ban trung ương {front}", f"ủy ban trung ương {front} việt nam")
    add(BODY, "hội liên hiệp phụ nữ", "hội liên hiệp phụ nữ việt nam", "hội lhpn", "hội phụ nữ", "hội nông dân",
        "hội nông dân việt nam", "hội cựu chiến binh", "hội cựu chiến binh việt nam", "hội ccb", "hội chữ thập đỏ",
        "hội người cao tuổi", "hội khuyến học", "hội nhà báo", "hội cựu thanh niên xung phong",
        "hội liên hiệp thanh niên", "hội liên hiệp thanh niên việt nam", "đoàn tncs hồ chí minh",
        "đoàn thanh niên cộng sản hồ chí minh", "đoàn thanh niên", "liên đoàn lao động", "công đoàn",
        "chi hội phụ nữ", "chi hội nông dân", "chi hội cựu chiến binh")
    add(LEVEL, "đoàn", "chi đoàn", "công an")
    # armed forces
    add(BODY, "bộ chỉ huy quân sự", "ban chỉ huy quân sự", "bộ chỉ huy bộ đội biên phòng", "bộ đội biên phòng",
        "đồn biên phòng", "bộ tư lệnh", "bộ chỉ huy")
    return out


# old and new tone placement (``uỷ``/``ủy``, ``hoá``/``hóa``)
_TONE_PAIRS = [
    ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
    ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
    ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
]


def _variants(word: str) -> list[str]:
    out = {word}
    for old, new in _TONE_PAIRS:
        for w in list(out):
            out.add(w.replace(old, new))
            out.add(w.replace(new, old))
    return sorted(out)


_NLP = None
_NLP_LOCK = threading.Lock()


def nlp():
    """The gazetteer pipeline, built once per process.

    ``spacy.blank("vi")`` needs pyvi (and would segment words, not
    syllables), so the multi-language tokenizer is used: it splits on
    spaces and punctuation, which is what the syllable patterns need."""
    global _NLP
    if _NLP is None:
        with _NLP_LOCK:
            if _NLP is None:
                import spacy

                pipe = spacy.blank("xx")
                pipe.max_length = 20_000_000  # only a tokenizer and a matcher run: no parser's memory limit applies
                ruler = pipe.add_pipe(
                    "span_ruler",
                    config={
                        "spans_key": "org",
                        "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
                        "phrase_matcher_attr": "LOWER",
                        "validate": False,
                    },
                )
                # phrase patterns (a PhraseMatcher on lower-cased tokens) are
                # an order of magnitude faster than token patterns; page text
                # is tone-normalised, and both spellings are added anyway
                patterns, seen = [], set()
                for name, kind in _body_names():
                    words = [_variants(w) for w in name.split()]
                    spellings = {" ".join(c) for c in islice(product(*words), 32)} | {normalize_line(name)}
                    for variant in spellings:
                        if (variant.lower(), kind) not in seen:
                            seen.add((variant.lower(), kind))
                            patterns.append({"label": "ORG", "id": kind, "pattern": variant})
                ruler.add_patterns(patterns)
                _NLP = pipe
    return _NLP


# --- extending a body to its level and place -------------------------------------

_LEVEL_WORDS = (
    r"(?:thị\s+xã|thành\s+phố|thị\s+trấn|tổ\s+dân\s+phố|khu\s+phố|tỉnh|huyện|xã(?!\s+hội)|phường|quận|thôn|ấp|bản|buôn|làng|xóm)"
)
_EXT_NATION = regex.compile(r"[ \t]+(?:Việt\s+Nam|VN)(?![\p{L}\d])", regex.IGNORECASE)
_EXT_CENTRAL = regex.compile(r"[ \t]+(?:Trung\s+ương|TW)(?![\p{L}\d])", regex.IGNORECASE)
_EXT_LEVEL = regex.compile(r"[ \t]+" + _LEVEL_WORDS + r"(?![\p{L}\d])", regex.IGNORECASE)
# in a letterhead the place is often on the next line: ``ỦY BAN NHÂN DÂN`` / ``XÃ TRÀ TÂY``
_EXT_LEVEL_NEWLINE = regex.compile(r"[ \t]*\n[ \t]*" + _LEVEL_WORDS + r"(?![\p{L}\d])", regex.IGNORECASE)
_WORD_TITLE = regex.compile(r"[ \t]+(\p{Lu}\p{Ll}*(?:-\p{L}+)?)(?![\p{L}\d])")
_WORD_UPPER = regex.compile(r"[ \t]+(\p{Lu}+)(?![\p{L}\d])")
_WORD_NUM = regex.compile(r"[ \t]+\d{1,2}(?![\p{L}\d/]|[.,]\d)")

#: capitalised words that start something else, not a place name
STOP_WORDS = {
    "ban", "ủy", "uỷ", "hội", "đảng", "đoàn", "sở", "phòng", "kế", "chỉ", "nghị", "quyết", "hướng", "báo", "thông",
    "chương", "đề", "kết", "quy", "luật", "phong", "cuộc", "thực", "căn", "trong", "trên", "theo", "qua", "các",
    "những", "lưu", "về", "tại", "với", "và", "ngày", "năm", "tháng", "số", "giai", "đến", "từ", "nơi", "để", "đã",
    "được", "khóa", "khoá", "lần", "mttq", "ubnd", "hđnd", "công", "mặt", "khối", "bộ", "phó", "giám", "chánh",
    "kính", "tm", "kt", "tl", "ktt", "hội", "là", "do", "của", "có", "nhằm", "tuy", "đây", "này", "trên",
}
#: two-word starts that are not place names (``Nhân dân``, ``Tổ quốc``)
STOP_PAIRS = {
    "nhân dân", "nhà nước", "tổ quốc", "tổ chức", "trung ương", "văn phòng", "văn bản", "liên đoàn", "liên hiệp",
    "chi hội", "chi bộ", "chi đoàn", "thường trực", "thường vụ", "chủ tịch", "chủ nhiệm", "bí thư", "quân sự",
    "quân đội", "đồng chí", "việt nam",
}


def _stops(text: str, pos: int) -> bool:
    words = regex.findall(r"\p{L}+", text[pos: pos + 30])
    if not words:
        return True
    first = words[0].lower()
    if first in STOP_WORDS:
        return True
    return len(words) > 1 and f"{first} {words[1].lower()}" in STOP_PAIRS


def _extend(text: str, end: int, upper: bool, newline: bool = False) -> tuple[int, bool]:
    """The end of a body's name once its level and place are added
    (``Việt Nam``, ``Trung ương``, up to two level words each with up to four
    place words: ``Chi hội phụ nữ thôn Tây xã Trà Tây``), and whether a level
    word or place was among them. ``newline``: the place may be on the next
    line (an all-capital letterhead)."""
    pos = end
    for pattern in (_EXT_NATION, _EXT_CENTRAL):
        m = pattern.match(text, pos, timeout=REGEX_TIMEOUT)
        if m and (not upper or m.group(0).isupper()):
            pos = m.end()
    found = False
    word = _WORD_UPPER if upper else _WORD_TITLE
    for round_ in range(2):
        m = _EXT_LEVEL.match(text, pos, timeout=REGEX_TIMEOUT)
        if m is None and newline and round_ == 0:
            m = _EXT_LEVEL_NEWLINE.match(text, pos, timeout=REGEX_TIMEOUT)
        if m and (not upper or m.group(0).strip().isupper()):
            pos = m.end()
            found = True
        elif round_ > 0:
            break
        n = 0
        while n < 4:
            w = word.match(text, pos, timeout=REGEX_TIMEOUT)
            if not w or _stops(text, w.start(1)):
                break
            if not upper and len(w.group(1)) > 1 and w.group(1).isupper():
                break  # an abbreviation (``UBND``), not a place
            pos = w.end()
            n += 1
        if not n:
            break
        found = True
        num = _WORD_NUM.match(text, pos, timeout=REGEX_TIMEOUT)
        if num:
            pos = num.end()
    return pos, found


@dataclass
class _Org:
    start: int
    end: int
    kind: str
    extended: bool
    has_level: bool


def gazetteer(text: str, spacy_doc=None, page_roles=None) -> list[tuple[int, int]]:
    """ORG spans (start, end) of ``text``: the bodies with their level and place.
    ``page_roles(offset)`` gives the line role at an offset, when known."""
    doc = spacy_doc if spacy_doc is not None else nlp()(text)
    quoted = [(q.open, q.close + 1) for q in quote_spans(text)]
    found: list[_Org] = []
    for span in doc.spans.get("org", []):
        s, e = span.start_char, span.end_char
        if not text[s].isupper():
            continue  # ``các ban thường vụ``: a common noun
        if (s > 0 and text[s - 1] in "-/") or (e < len(text) and text[e] in "-/"):
            continue  # part of a document symbol (``15/BC-UBND``)
        if any(a <= s and e <= b for a, b in quoted):
            continue
        body = text[s:e]
        upper = body.isupper() and sum(c.isalpha() for c in body) > 4
        letterhead = upper and page_roles is not None and page_roles(s) == "letterhead"
        end, has_level = _extend(text, e, upper, newline=letterhead)
        found.append(_Org(s, end, span.id_, end > e, has_level))
    found.sort(key=lambda o: o.start)
    merged: list[_Org] = []
    for org in found:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind in (PREFIX, PREFIX_ONLY)
            and prev.end <= org.start
            and text[prev.end: org.start] == " "
        ):
            merged[-1] = _Org(prev.start, org.end, BODY, True, True)
            continue
        if prev is not None and prev.kind in (PREFIX, PREFIX_ONLY) and prev.extended and prev.end > org.start:
            # ``Đảng ủy`` swallowed the next body's first word as a place: merge
            merged[-1] = _Org(prev.start, max(prev.end, org.end), BODY, True, True)
            continue
        merged.append(org)
    out: list[tuple[int, int]] = []
    for org in merged:
        if org.kind == PREFIX_ONLY or (org.kind == LEVEL and not org.has_level):
            continue
        if out and org.start < out[-1][1]:
            if org.end - org.start > out[-1][1] - out[-1][0]:
                out[-1] = (org.start, org.end)
            continue
        out.append((org.start, org.end))
    return out


# --- underthesea NER ----------------------------------------------------------------

_NER_LOCK = threading.Lock()


def _ner(text: str) -> list[tuple]:
    from underthesea import ner

    with _NER_LOCK:
        return ner(text)


def align(tokens: list[str], text: str) -> list[tuple[int, int] | None]:
    """Character span of each token in ``text``, found left to right.
    A token the tagger re-spelled (tone placement, normalised quotes) is
    matched by length; a token that cannot be placed gets None and ends the
    alignment (everything after it is unreliable)."""
    spans: list[tuple[int, int] | None] = []
    pos = 0
    n = len(text)
    broken = False
    for tok in tokens:
        if broken:
            spans.append(None)
            continue
        parts = tok.split()
        while pos < n and text[pos].isspace():
            pos += 1
        if not parts:
            spans.append((pos, pos))
            continue
        pattern = r"\s*".join(regex.escape(p) for p in parts)
        m = regex.compile(pattern).match(text, pos)
        if m is None:
            m = regex.compile(pattern).search(text, pos, min(n, pos + 8))
        if m is not None:
            spans.append((m.start(), m.end()))
            pos = m.end()
            continue
        # same number of non-space characters, spaces wherever the text has them
        want = sum(len(p) for p in parts)
        start, got, k, same = pos, 0, pos, 0
        flat = "".join(parts)
        while k < n and got < want:
            if text[k].isspace():
                if got == 0:
                    start = k + 1
                k += 1
                continue
            same += _base(text[k]) == _base(flat[got])
            got += 1
            k += 1
        if got == want and same * 2 >= want:
            spans.append((start, k))
            pos = k
        else:
            spans.append(None)
            broken = True
    return spans


def _base(c: str) -> str:
    import unicodedata

    d = unicodedata.normalize("NFD", c.lower())
    return d[0] if d else c


#: longest piece of text given to the tagger in one call: its feature
#: extraction is quadratic in the length of what it is given
PIECE = 160
_BREAK = regex.compile(r"(?<=[;.:!?…])\s+|\n+")


def pieces(text: str, limit: int = PIECE) -> list[tuple[int, int]]:
    """``text`` cut into (start, end) pieces of at most ``limit`` characters,
    at clause ends where possible, else after commas, else between words."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in list(_BREAK.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        nxt = m.end() if m else len(text)
        s = start
        while end - s > limit:
            cut = None
            for pattern in (r"(?<=,)\s+", r"\s+"):
                cands = [c for c in regex.finditer(pattern, text[s:s + limit])]
                if cands:
                    cut = cands[-1]
                    break
            if cut is None or cut.start() == 0:
                out.append((s, s + limit))
                s = s + limit
                continue
            out.append((s, s + cut.start()))
            s = s + cut.end()
        if end > s:
            out.append((s, end))
        start = nxt
    return [(a, b) for a, b in out if text[a:b].strip()]


def ner_spans(text: str) -> list[tuple[str, int, int]]:
    """(label, start, end) of the PER/LOC/ORG entities underthesea finds in ``text``."""
    out: list[tuple[str, int, int]] = []
    for a, b in pieces(text):
        out.extend((label, a + s, a + e) for label, s, e in _ner_piece(text[a:b]))
    return out


def _ner_piece(text: str) -> list[tuple[str, int, int]]:
    if not text.strip():
        return []
    try:
        tagged = _ner(text)
    except Exception:  # a tagger failure on one piece costs only that piece
        return []
    spans = align([t[0] for t in tagged], text)
    out: list[tuple[str, int, int]] = []
    cur: list | None = None
    for tok, span in zip(tagged, spans):
        tag = tok[-1]
        if span is None:
            break
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[0] != tag[2:])):
            if cur:
                out.append(tuple(cur))
            cur = [tag[2:], span[0], span[1]]
        elif tag.startswith("I-") and cur is not None:
            cur[2] = span[1]
        else:
            if cur:
                out.append(tuple(cur))
            cur = None
    if cur:
        out.append(tuple(cur))
    return out


_ANCHOR = regex.compile(
    r"(?<![\p{L}])(?:tỉnh|huyện|thị\s+xã|xã(?!\s+hội)|phường|thị\s+trấn|thành\s+phố|quận|thôn|ủy|uỷ)(?![\p{L}])"
)


def truecase(text: str) -> str:
    """An all-capital line as a tagger expects it: lower case, with the words
    after the last level or committee word capitalised
    (``ĐẢNG BỘ TỈNH QUẢNG NGÃI`` -> ``đảng bộ tỉnh Quảng Ngãi``). Same length."""
    low = text.lower()
    if len(low) != len(text):
        return text
    anchors = list(_ANCHOR.finditer(low))
    if not anchors:
        return low
    cut = anchors[-1].end()
    tail = regex.sub(r"\p{L}+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:], low[cut:])
    return low[:cut] + tail


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 2 and all(c.isupper() for c in letters)


# --- shapes of names and places -----------------------------------------------------

SURNAMES = {
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương",
    "lý", "đinh", "đoàn", "lâm", "mai", "trịnh", "trương", "đào", "cao", "hà", "lương", "lưu", "tạ", "tô", "tôn",
    "thái", "quách", "châu", "chu", "triệu", "hứa", "mạc", "kiều", "văn", "vương", "thân", "tăng", "âu", "diệp",
    "giang", "kim", "khổng", "lục", "nông", "ông", "phùng", "quan", "thạch", "tiêu", "từ", "viên", "la", "lò", "mã",
    "ninh", "nghiêm", "đàm", "khúc", "bạch", "bế", "cù", "doãn", "hàn", "hầu", "lã", "lại", "liêu", "nhâm", "phí",
    "sầm", "tống", "trình", "vi", "y", "h'", "ksor", "rơ", "siu", "rah", "nay", "đồng", "ưng", "lạc", "mẫn", "bàng",
}
_TITLE_WORDS = {
    "bí", "thư", "phó", "chủ", "tịch", "trưởng", "ban", "thường", "vụ", "trực", "ủy", "uỷ", "viên", "giám", "đốc",
    "chánh", "phòng", "đảng", "hội", "tỉnh", "huyện", "xã", "phường", "quận", "mặt", "trận", "tổ", "ngày", "tháng",
    "năm", "số", "kính", "gửi", "nơi", "nhận", "lưu", "chí", "ký", "đã", "tm", "kt", "tl", "ktt", "dấu",
}
_LEVEL_PREFIX = regex.compile(r"^" + _LEVEL_WORDS + r"(?=\s)", regex.IGNORECASE)
_CAPWORD = regex.compile(r"^\p{Lu}\p{Ll}*$")


def person_shape(text: str, need_surname: bool = True) -> bool:
    """``Nguyễn Xuân Văn``: 2-5 capitalised words, no title words."""
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    if _all_caps(text):
        words = [w.capitalize() for w in words]
        need_surname = True
    if not all(_CAPWORD.match(w) for w in words):
        return False
    if any(w.lower() in _TITLE_WORDS for w in words):
        return False
    return not need_surname or words[0].lower() in SURNAMES


def place_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The part of ``text[start:end]`` that reads as a place: an optional level
    word and 1-5 capitalised words (``xã Trà Ka``, ``Đức Phổ``), or None."""
    words = [(m.start() + start, m.end() + start) for m in regex.finditer(r"[^\s,;:.()“”\"]+", text[start:end])]
    for i in range(len(words)):
        rest = words[i:]
        k = 0
        joined = text[rest[0][0]: rest[-1][1]]
        lvl = _LEVEL_PREFIX.match(joined)
        if lvl:
            k = len(joined[: lvl.end()].split())
        elif i > 0:
            continue  # only a level word may start a place after trimming
        names = rest[k:]
        if not 1 <= len(names) <= 5:
            continue
        ok = True
        for j, (a, b) in enumerate(names):
            w = text[a:b]
            if j > 0 and w.isdigit() and len(w) <= 2:
                continue
            if not _CAPWORD.match(w) or w.lower() in STOP_WORDS or w.lower() in _TITLE_WORDS:
                ok = False
                break
        if ok and names:
            first = f"{text[names[0][0]:names[0][1]]} {text[names[1][0]:names[1][1]]}".lower() if len(names) > 1 else ""
            if first in STOP_PAIRS and first != "việt nam":
                continue
            return rest[0][0], rest[-1][1]
    return None


# --- the extractor --------------------------------------------------------------------------

_MOTTO = regex.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]\s*Tự\s+do|ĐỘC\s+LẬP", regex.IGNORECASE)
_PLACE_DATE = regex.compile(r"^\s*(?P<place>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})\s*,\s*ngày\b")
_NER_ROLES = ("letterhead", "title", "signature", "headline", "byline")
_SENTENCE_END = regex.compile(r"[.!?](?=\s)\s*|\n")


def _segments(page: Page) -> list[tuple[int, int, str]]:
    """Where NER runs on a page: (start, end, kind)."""
    out: list[tuple[int, int, str]] = []
    for line in page.lines:
        if line.role in _NER_ROLES and any(c.isalpha() for c in line.text) and not _MOTTO.search(line.text):
            out.append((line.start, line.end, line.role))
    windows: list[list[int]] = []
    text = page.text
    for a, b in model_quote_spans(text):
        s, e = max(0, a - WINDOW), min(len(text), b + WINDOW)
        while s > 0 and not text[s - 1].isspace() and s > a - WINDOW - 20:
            s -= 1
        while e < len(text) and not text[e].isspace() and e < b + WINDOW + 20:
            e += 1
        # keep to the sentence: no context from the sentences before and after
        before = [m.end() for m in _SENTENCE_END.finditer(text, s, a)]
        if before:
            s = before[-1]
        after = _SENTENCE_END.search(text, b, e)
        if after:
            e = after.end()
        if windows and s <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], e)
        else:
            windows.append([s, e])
    for s, e in windows:
        if not any(a <= s and e <= b for a, b, _ in out):
            out.append((s, e, "model"))
    return out


_PAREN_TAIL = regex.compile(r"\s*\([^()]*\)\s*$")


def _signature_names(page: Page) -> list[tuple[int, int]]:
    """The signer's name: a name-shaped line of the signature block (or, where
    a text reader left it among the recipients, a bare name-shaped line there
    with a Vietnamese surname)."""
    out = []
    for line in page.lines:
        if line.role not in ("signature", "recipients"):
            continue
        text = page.text[line.start: line.end]
        stripped = _PAREN_TAIL.sub("", text).strip()  # ``Nguyễn Văn A (đã ký)``
        if not stripped:
            continue
        need_surname = line.role == "recipients" or _all_caps(stripped)
        if person_shape(stripped, need_surname=need_surname):
            s = line.start + text.index(stripped)
            out.append((s, s + len(stripped)))
    return out


def page_entities(page: Page, spacy_doc=None) -> list[tuple[str, int, int]]:
    """(label, start, end) of the entities of one page, in text order."""
    text = page.text
    orgs = gazetteer(text, spacy_doc, page.role_at)
    quoted = [(q.open, q.close + 1) for q in quote_spans(text)]
    found: dict[tuple[int, int], str] = {span: "ORG" for span in orgs}

    def free(s: int, e: int) -> bool:
        if any(a < e and s < b for a, b in orgs):
            return False
        return not any(a <= s and e <= b for a, b in quoted)

    people = _signature_names(page)
    for s, e in people:
        if free(s, e):
            found[(s, e)] = "PER"

    for s, e, kind in _segments(page):
        seg = text[s:e]
        tagged_text = truecase(seg) if _all_caps(seg) else seg
        if kind == "letterhead":
            m = _PLACE_DATE.match(seg)
            if m and free(s + m.start("place"), s + m.end("place")):
                found[(s + m.start("place"), s + m.end("place"))] = "LOC"
        for label, a, b in ner_spans(tagged_text):
            if label == "LOC":
                span = place_span(tagged_text, a, b)
                if span is None:
                    continue
                a, b = span
            elif label == "PER":
                while a < b and not tagged_text[a].isalpha():
                    a += 1
                while b > a and not tagged_text[b - 1].isalpha():
                    b -= 1
                if not person_shape(tagged_text[a:b], need_surname=kind != "signature"):
                    continue
            else:
                continue
            s2, e2 = s + a, s + b
            if not free(s2, e2) or any(x < e2 and s2 < y for (x, y) in found if (x, y) != (s2, e2)):
                continue
            found.setdefault((s2, e2), label)
    return sorted(((label, s, e) for (s, e), label in found.items()), key=lambda t: (t[1], t[2]))


@register(NAME)
def extract(doc: Document) -> Iterable[Mention]:
    pages = [p for p in doc.pages if p.text]
    spacy_docs = nlp().pipe(p.text for p in pages)
    for page, sdoc in zip(pages, spacy_docs):
        for label, s, e in page_entities(page, sdoc):
            yield mention("entities", page, s, e, NAME, label=label, text=page.text[s:e])
