"""What a model count means, read from the words around it (a library).

:mod:`extractors.model_counts` finds the counts; this module decides, from a
:class:`Clause` (the text around one count), its metric, field, level,
period and the organisation it belongs to. The rules are Vietnamese
administrative phrasing, not any one report's wording:

- metric: ``tập thể``/``cá nhân`` after the noun; targets (``phấn đấu``,
  ``ít nhất``, ``mỗi chi bộ``, a range, a future year, or a plan's count
  with no past marker); commendation (``biểu dương``, ``tặng Giấy khen``);
  recognition (``công nhận``); ``mô hình điển hình/tiêu biểu``; a passive
  verb after the noun (``được xét công nhận``); the nearest verb before it.
  No evidence at all returns None: the caller then uses the previous count
  of the same sentence (an elliptical list) or the sentence that calls the
  footnote.
- field: named after the noun (``thuộc lĩnh vực X``, ``66 mô hình kinh
  tế``), in the list item before the number, once in the clause, or by the
  heading above; ``tất cả các lĩnh vực`` is the total.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extractors.dates import find_periods
from extractors.fields import ALL_FIELDS, ANY_FIELD, fields_in

_I = regex.IGNORECASE
FORWARD_TYPES = ("ke_hoach", "chi_thi", "nghi_quyet", "chuong_trinh", "de_an")

# proper names that contain verbs: "Hội đồng Thi đua - Khen thưởng"
_NAMES_WITH_VERBS = regex.compile(r"Hội đồng\s+Thi đua\s*[-–]\s*Khen thưởng|Thi đua\s*[-–]\s*Khen thưởng|Ban Thi đua", _I)
_VERBS = [
    ("models_commended", r"biểu dương|khen thưởng|tuyên dương|tôn vinh|trao thưởng|giấy khen|bằng khen|khen"),
    ("models_recognized", r"công nhận|thẩm định|đánh giá đạt|xếp loại đạt|cấp giấy chứng nhận|chứng nhận"),
    ("models_replicated", r"nhân rộng"),
    ("models_typical", r"lựa chọn|chọn"),
    ("models_registered", r"đăng ký|đăng kí|xây dựng|triển khai|thực hiện|thành lập|có|hình thành|phát động"),
]
VERB = regex.compile("|".join(f"(?P<{m}>\\b(?:{p})\\b)" for m, p in _VERBS), _I)
_PASSIVE = regex.compile(
    r"^[^;.:(\n]{0,60}?\bđược\s+(?:[\p{L},\-–]+\s+){0,9}?"
    r"(?P<verb>xét,?\s*công nhận|công nhận|đăng ký|xây dựng|biểu dương|khen thưởng|tuyên dương|nhân rộng|lựa chọn|chọn|tặng(?:\s+(?:Giấy|Bằng)\s+khen)?)",
    _I,
)
_NUMBER_NEXT = regex.compile(r"\s*(?:hơn|trên|gần|khoảng|được)?\s*\d")
_TYPICAL = regex.compile(r"^\s*(?:[“\"][^”\"]{0,40}[”\"]\s*)?(?:điển hình|tiêu biểu)\b", _I)
_EXCELLENT = regex.compile(r"^\s*(?:[“\"][^”\"]{0,40}[”\"]\s*)?xuất sắc\b", _I)  # typical unless a verb says more
# "84 mô hình, điển hình của tập thể", "80 là điển hình cá nhân", "mô hình do tập thể thực hiện"
_KIND = regex.compile(
    r"^\s*(?:,?\s*điển hình\s+)?(?:(?:do|của)\s+(?:các\s+)?)?(?P<k>tập thể|cá nhân)\b(?!\s*(?:,|và|hoặc)\s*(?:các\s+)?(?:tập thể|cá nhân))", _I
)
# "mô hình do tập thể thực hiện là 936", "mô hình tập thể chiếm 69", "mô hình của cá nhân là 54"
_KIND_LEAD = regex.compile(r"\bdo\s+(?P<k>tập thể|cá nhân)\b|\b(?:mô hình|điển hình)\s+(?:của\s+(?:các\s+)?)?(?P<k>tập thể|cá nhân)\b", _I)
# "122 tập thể đăng ký thực hiện 122 mô hình": the models of that many collectives
_KIND_SUBJECT = regex.compile(r"\d+\s+(?P<k>tập thể|cá nhân)\s+(?:đã\s+)?(?:đăng ký|đăng kí|xây dựng|thực hiện)(?:\s+thực hiện)?\s*$", _I)
# "đề nghị UBND huyện khen thưởng 35 mô hình", "hồ sơ đề xuất 43 mô hình": a proposal, not yet the stage it asks for
_NOMINATION = regex.compile(r"(?<!theo\s)(?<!của\s)\b(?:đề nghị|đề xuất|kiến nghị|trình)\b[^,.;:]{0,80}$", _I)
_NOMINATED_AFTER = regex.compile(r"^[^.;:\d]{0,40}?\b(?:được\s+)?(?:đề nghị|đề xuất)\s+(?:\p{L}+\s+){0,6}?(?:công nhận|khen thưởng|biểu dương|tặng)", _I)
# "trong số này, 197 mô hình giữ vững hoạt động": a part of the whole before it
_PART = regex.compile(r"\b(?:trong đó|trong số(?:\s+(?:này|đó|trên))?|trong tổng số|bao gồm|gồm(?:\s+có)?|cụ thể)\b", _I)
# "giữ vững hoạt động hiệu quả của 80 mô hình": models kept going, not a stage of the movement
_MAINTAINED = regex.compile(r"\bgiữ vững\b", _I)
# "36 mô hình Tổ hợp tác": models of another programme
_OTHER_PROGRAMME = regex.compile(
    r"^\s*(?:tổ hợp tác|hợp tác xã|HTX|OCOP|sinh kế|khuyến nông|trình diễn|liên kết sản xuất|chuỗi giá trị|kinh tế tập thể)\b", _I
)
_KIND_ITEM = regex.compile(r"(?P<k>tập thể|cá nhân)\s*:?\s*$", _I)  # "(tập thể 17, cá nhân 4)"
_REMOVED = regex.compile(r"(?:đưa ra khỏi(?: danh sách)?|loại khỏi|thanh loại|giải thể|dừng hoạt động|không còn hoạt động)\s*$", _I)
_NEGATED = regex.compile(r"^\s*(?:[“\"][^”\"]{0,40}[”\"]\s*)?(?:chưa|không)\b", _I)
_TARGET = regex.compile(
    r"ít nhất|tối thiểu|không (?:ít hơn|dưới)|\bmỗi\s+\p{L}+|(?:mỗi năm|hằng năm|hàng năm)\s+(?:xây dựng|đăng ký)|chỉ tiêu", _I
)
_AIM = regex.compile(r"phấn đấu|mục tiêu|dự kiến", _I)  # govern the whole sentence
_FUTURE = regex.compile(r"\b(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+((?:19|20)\d{2})\b", _I)
_PAST = regex.compile(
    r"\bđã\b|\bđạt\b|đến nay|hiện (?:có|nay)|trong (?:năm|giai đoạn|thời gian) qua|\bqua\s+\d+\s+năm|\bkết quả\b|vừa qua", _I
)
_AFTER_STOP = regex.compile(r"[;.!?(:\n]|,\s*(?:trong đó|gồm)")
_COUNT_BEFORE = regex.compile(r"\d\s*mô hình\b(?:\s*[“\"][^”\"]{0,40}[”\"])?(?:\s+được\s+[^,;]{0,80})?", _I)
_PAREN = regex.compile(r"\([^()\n]{0,200}\)")
_AVERAGE = regex.compile(r"\b(?:bình quân|trung bình)\b[^.;:]{0,30}$", _I)
_FIELD_AFTER = regex.compile(
    r"\s*(?:[“\"][^”\"]{0,80}[”\"]\s*)?(?:(?:thuộc|trong|trên|ở|về)\s+)?(?:(?:các\s+)?lĩnh vực\s+)?(?:phát triển\s+)?([^\d;.(\n]{3,60})", _I
)
_ITEM_CUT = regex.compile(r"\d|mô hình|[;(\n]|[.!?](?=\s)", _I)
_AGENT = r"(?:UBND|Ủy ban nhân dân|Đảng ủy|Ban Thường vụ|Ban Dân vận|Ban Tuyên giáo và Dân vận|Mặt trận Tổ quốc)\s+"
_LEVELS = [
    (
        "huyen",
        rf"cấp (?:thị xã|huyện|quận|thành phố)|cấp thị|[Hh]uyện ủy|[Tt]hị ủy|[Qq]uận ủy|[Tt]hành ủy|{_AGENT}(?:huyện|thị xã|quận)\b"
        r"|Ban Chỉ đạo(?: phong trào)?(?: “?Dân vận khéo”?)? (?:của )?(?:huyện|thị xã|quận)\b",
    ),
    ("xa", rf"cấp (?:cơ sở|xã|phường|thị trấn)|{_AGENT}(?:xã|phường|thị trấn)\b|Đảng ủy các (?:xã|phường)"),
    ("tinh", rf"cấp tỉnh|[Tt]ỉnh ủy|{_AGENT}tỉnh\b|Ban Chỉ đạo(?: phong trào)?(?: “?Dân vận khéo”?)? (?:của )?tỉnh\b"),
]
LEVEL = regex.compile("|".join(f"(?P<{k}>{p})" for k, p in _LEVELS))
_LEVEL_WORD = r"cấp\s+(?:tỉnh|huyện|thị xã|quận|thành phố|thị|cơ sở|xã|phường|thị trấn)(?:\s*,\s*(?:phường|thị trấn))?"
_LEVEL_PREFIX = regex.compile(rf"({_LEVEL_WORD})\s*:?\s*(?:có|là|với|đạt)?\s*$", _I)  # "cấp huyện 263 mô hình"
# "Đối với mô hình cấp tỉnh năm 2024, ...; qua thẩm định, 24 mô hình ...": the sentence's topic
_TOPIC_LEVEL = regex.compile(rf"^\s*(?:Đối với|Về|Riêng|Ở)\s+(?:các\s+)?(?:mô hình\s+)?(?:“?Dân vận khéo”?\s+)?({_LEVEL_WORD})", _I)
_YEAR = regex.compile(r"\bnăm\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)", _I)
_SUBJECT = regex.compile(
    r"\b(?:Hội\s+(?:Nông dân|Liên hiệp Phụ nữ|LHPN|Phụ nữ|Cựu chiến binh|CCB|Người cao tuổi|Chữ thập đỏ)|Đoàn\s+(?:Thanh niên|TNCS|thanh niên)"
    r"|Liên đoàn Lao động|Công đoàn|Mặt trận Tổ quốc|Ủy ban MTTQ|MTTQ|Công an|(?:Bộ|Ban) Chỉ huy Quân sự|Quân sự|Biên phòng|Bộ đội"
    r"|ngành\s+(?:giáo dục|y tế|văn hóa|nông nghiệp|tư pháp|thuế|ngân hàng)|các trường|Đảng ủy Khối\s+\p{L}+)",
)


@dataclass
class Clause:
    """The words around one count."""

    before: str  # the sentence before the number (carried over a page break)
    after: str  # from the noun to the end of the sentence
    window: str  # up to 60 characters just before the number
    lead: str | None = None  # "Số mô hình được công nhận:" when the number follows its noun
    ranged: bool = False
    qualifier: str = ""
    noun: str = "mô hình"  # the counted noun: "mô hình" or "điển hình"
    context: str = ""  # the paragraph before the count's sentence

    @property
    def clause_before(self) -> str:
        """The clause before the number: after the last ';' or ':'."""
        if self.lead is not None:
            return self.lead
        cut = max(self.before.rfind(";"), self.before.rfind(":"))
        clause = self.before[cut + 1:] if cut >= 0 else self.before
        counts = list(_COUNT_BEFORE.finditer(clause))  # verbs before an earlier count are its own
        return clause[counts[-1].end():] if counts else clause

    @property
    def after_clause(self) -> str:
        """From the noun to the end of its clause, asides in parentheses
        ("được Ban Dân vận Tỉnh ủy (nay là ...) lựa chọn") left out."""
        after = _PAREN.sub(" ", self.after)
        stop = _AFTER_STOP.search(after)
        return after[: stop.start()] if stop else after


def negated(c: Clause) -> bool:
    """"15 mô hình chưa đạt yêu cầu": not a count of anything achieved;
    "bình quân mỗi năm khoảng 84 mô hình": an average; "đưa ra khỏi danh
    sách 11 mô hình": models removed."""
    return bool(_NEGATED.match(c.after) or _AVERAGE.search(c.clause_before) or _REMOVED.search(c.clause_before))


def other_programme(c: Clause) -> bool:
    """"36 mô hình Tổ hợp tác", "mô hình OCOP": not models of the movement."""
    return bool(_OTHER_PROGRAMME.match(c.after))


def nominated(c: Clause) -> bool:
    """"đề nghị UBND huyện xem xét khen thưởng đối với 18 mô hình", "43 mô
    hình được đề xuất công nhận": a proposal, not the stage it asks for."""
    return bool(_NOMINATION.search(c.clause_before) or _NOMINATED_AFTER.match(c.after_clause))


def weak_verb(c: Clause) -> bool:
    """Is the only verb before the count ``có`` ("trong đó có 20 mô hình")?"""
    verbs = [m.group(0).lower() for m in VERB.finditer(c.clause_before)]
    return bool(verbs) and set(verbs) <= {"có"} and not _passive(c.after_clause)


def outside_fields(c: Clause) -> bool:
    """An item of a field breakdown outside the four fields: "ngoài ra còn
    39 mô hình ...", "nhóm mô hình kinh tế – văn hóa xã hội ... 630"."""
    return bool(regex.search(r"\bngoài ra\b", c.clause_before, _I)) or len(fields_in(_item(c.window))) >= 2


def part(c: Clause) -> bool:
    """Is the count introduced as a part of a whole ("trong số này, ...",
    "gồm ...")?"""
    if regex.search(r"\btổng\s+số\s*$", c.before, _I):
        return False  # "Trong tổng số 87 mô hình có ...": the whole itself
    return bool(_PART.search(c.before))


def maintained(c: Clause) -> bool:
    """"tiếp tục giữ vững hoạt động của 80 mô hình": kept going, no stage of
    its own (while "hiện duy trì 14 mô hình" states the stock)."""
    return bool(_MAINTAINED.search(c.clause_before))


def _item(window: str) -> str:
    """The list item just before a number: after the last number, ';', '(' or line end."""
    window = regex.sub(r"\([^()\d]{0,40}\)", " ", window)  # "xây dựng hệ thống chính trị (XDHTCT): 44"
    cut = list(_ITEM_CUT.finditer(window))
    return window[cut[-1].end():] if cut else window


def lead_metric(c: Clause) -> str | None:
    """The verb of a lead-in before a colon ("Kết quả đánh giá, công nhận
    năm 2024: cấp tỉnh 38 mô hình, ...") for counts whose own clause has none."""
    cut = max(c.before.rfind(";"), c.before.rfind(":"))
    if cut < 0:
        return None
    verbs = [m.lastgroup for m in VERB.finditer(ANY_FIELD.sub(" ", _NAMES_WITH_VERBS.sub(" ", c.before[:cut])))]
    return verbs[-1] if verbs else None


def _passive(after_clause: str):
    """A passive verb after the noun that is this count's ("13.893 mô hình
    ... được đăng ký"), not one governing the next number ("..., được công
    nhận 98 mô hình")."""
    m = _PASSIVE.match(after_clause)
    if not m or regex.search(r"\d", after_clause[: m.start("verb")]):
        return None
    if _NUMBER_NEXT.match(after_clause, m.end()):
        return None
    return m


_REDUCED = regex.compile(r"^\s*(?:[“\"][^”\"]{0,40}[”\"]\s*)?(?:đã\s+)?(?P<verb>đăng ký|đăng kí|công nhận|nhân rộng|xây dựng(?=\s+mới))\b", _I)
_CHAIN = regex.compile(r"\s*(?:,|và)?\s*(?:xét,?\s*)?(?P<verb>công nhận|đăng ký|xây dựng|biểu dương|khen thưởng|tuyên dương|nhân rộng|triển khai|thực hiện)\b", _I)


def _passive_metric(after: str, passive) -> str:
    """The metric of a passive verb run: commendation anywhere in it wins;
    else the last of the chained verbs ("được lựa chọn xây dựng" is built,
    "được xét, công nhận" recognised)."""
    span = regex.split(r"\d", after[passive.start("verb"):], maxsplit=1)[0]  # not into the next count
    if "models_commended" in [m.lastgroup for m in VERB.finditer(span)]:
        return "models_commended"
    verb, pos = passive.group("verb"), passive.end("verb")
    while (nxt := _CHAIN.match(after, pos)) is not None:
        verb, pos = nxt.group("verb"), nxt.end()
    return VERB.search(verb).lastgroup


def _is_target(c: Clause, forward: bool, ref_year: int | None) -> bool:
    if _TARGET.search(c.clause_before) or c.qualifier in ("ít nhất", "tối thiểu"):
        return True
    if _AIM.search(c.before) and not _PAST.search(c.clause_before):
        return True
    future = _FUTURE.search(c.before)
    if future and ref_year and int(future.group(1)) > ref_year:
        return True
    if not forward or _PAST.search(c.before + " " + c.after_clause):
        return False
    stated = period(c)  # "Năm 2023, toàn xã xây dựng 13 mô hình" in a 2024 plan: a past result
    return not (stated and ref_year and stated[1] <= ref_year)


def metric(c: Clause, forward: bool = False, ref_year: int | None = None) -> str | None:
    """The metric of a count, or None where the words give no evidence."""
    kind = (
        _KIND.match(c.after) or _KIND_ITEM.search(_item(c.window)) or (c.lead and _KIND_LEAD.search(c.lead))
        or _KIND_SUBJECT.search(c.clause_before)
    )
    if kind:
        return "models_collective" if kind.group("k").lower() == "tập thể" else "models_individual"
    if _is_target(c, forward, ref_year):
        return "models_target"
    # names that contain verbs: a council, or a field ("xây dựng hệ thống chính trị")
    clause = ANY_FIELD.sub(" ", _NAMES_WITH_VERBS.sub(" ", c.clause_before))
    after = ANY_FIELD.sub(" ", _NAMES_WITH_VERBS.sub(" ", c.after_clause))
    passive = _passive(after)
    passive_metric = _passive_metric(after, passive) if passive else None
    reduced = _REDUCED.match(after)  # "718 mô hình đăng ký mới", "mô hình công nhận năm 2024"
    if reduced and not passive_metric:
        passive_metric = VERB.search(reduced.group("verb")).lastgroup
    verbs = _coordinated([m for m in VERB.finditer(clause)], clause)
    # the noun's own kind ("mô hình tiêu biểu", "mô hình điển hình" without a comma) before any verb's
    if _TYPICAL.match(after):
        return "models_typical"
    if "models_commended" in verbs or passive_metric == "models_commended":
        return "models_commended"
    if (c.noun == "điển hình" or _EXCELLENT.match(after)) and not passive_metric and not (verbs and verbs[-1] == "models_recognized"):
        return "models_typical"  # "phát hiện 22 điển hình", "có 08 mô hình xuất sắc"
    if verbs and verbs[-1] == "models_recognized":
        return "models_recognized"
    if passive_metric:
        return passive_metric
    return verbs[-1] if verbs else None


def _coordinated(found: list, text: str) -> list[str]:
    """The verbs' metrics in order; in "xây dựng, nhân rộng" (building and
    spreading, one activity) the replication verb is not a stage of its own."""
    out: list[str] = []
    for i, m in enumerate(found):
        if (
            m.lastgroup == "models_replicated" and i and found[i - 1].lastgroup == "models_registered"
            and regex.fullmatch(r"\s*(?:,|và)\s*", text[found[i - 1].end(): m.start()])
        ):
            continue
        out.append(m.lastgroup)
    return out


def field(c: Clause, heading: str | None) -> str:
    """The field of a count (``total`` when none or several are named)."""
    follows = _FIELD_AFTER.match(c.after)
    if follows:
        named = ANY_FIELD.match(follows.group(1))
        if named and len(fields_in(follows.group(1))) == 1:
            return named.lastgroup  # "187 mô hình thuộc lĩnh vực quốc phòng, an ninh", "66 mô hình kinh tế"
    local = fields_in(_item(c.window))
    if len(local) == 1:
        return local[0]  # "kinh tế có 41 mô hình, văn hóa - xã hội có 81 mô hình"
    clause = c.clause_before + " " + c.after_clause
    if ALL_FIELDS.search(clause):
        return "total"
    named = fields_in(clause)
    if len(named) == 1:
        return named[0]
    return "total" if named else (heading or "total")


def level(c: Clause) -> str:
    """``huyen`` for "cấp thị xã", ``xa`` for "cấp cơ sở", or by the agent:
    the item before the number ("cấp huyện 263 mô hình"), then the words
    after it up to the next number ("mô hình cấp xã", "được Ban Thường vụ
    Huyện ủy công nhận"), then the clause before it."""
    m = _LEVEL_PREFIX.search(_item(c.window))
    named = LEVEL.match(m.group(1)) if m else None
    if named:
        return named.lastgroup
    own_after = regex.split(r"\d", c.after_clause, maxsplit=1)[0]
    m = LEVEL.search(own_after)
    if m and ((m.group(0).startswith("cấp") and m.start() < 30) or regex.search(r"\bđược\b", own_after[: m.start()])):
        return m.lastgroup
    m = LEVEL.search(c.clause_before)
    if m:
        return m.lastgroup
    m = _TOPIC_LEVEL.match(c.before)
    named = LEVEL.match(m.group(1)) if m else None
    return named.lastgroup if named else ""


def period(c: Clause) -> tuple[int, int] | None:
    """The period the sentence states for its count ("Năm 2023, ...",
    "giai đoạn 2021 - 2025", "6 tháng đầu năm 2024"), if any."""
    periods = find_periods(c.before)
    if periods:
        return periods[-1].start_year, periods[-1].end_year
    years = _YEAR.findall(c.before)
    return (int(years[-1]), int(years[-1])) if years else None


def context_period(c: Clause) -> tuple[int, int] | None:
    """The period an earlier sentence of the paragraph set ("Giai đoạn
    2021-2025, phong trào ... Qua đó, đã có 13.893 mô hình"): the scope of a
    past total a plan quotes."""
    periods = find_periods(c.context)
    if periods:
        return periods[-1].start_year, periods[-1].end_year
    return None


def subject(c: Clause) -> str:
    """The organisation a count belongs to when the clause names one
    ("Hội Nông dân tỉnh xây dựng 320 mô hình"): such counts are parts, not
    rival statements of the whole."""
    m = _SUBJECT.search(c.clause_before)
    return " ".join(m.group(0).lower().split()) if m else ""
