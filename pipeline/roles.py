"""Document-level roles: letterhead, title, headings, recipients, signature;
and the furniture of a news item: headline, dateline, caption, byline.

Runs after a reader has produced lines (with ``body``, ``footnote``, ``table``
roles and, for PDFs, geometry). The rules lean on the fixed shape of
Vietnamese administrative documents (Decree 30/2020 and the Party's
Hướng dẫn 36): the letterhead block sits above the document-type line
(``BÁO CÁO``), the trích yếu follows it, "Nơi nhận:" and the signature
block close the document side by side.

A document without a type line may be a news item or a portal page: a
headline, a dateline (``Cập nhật 06:06 ngày 15/06/2020``, ``Thứ Tư,
11/10/2017 - 10:56``), photo captions (``Ảnh: ...``), a byline (the author's
name alone on the last line, ``TRỊNH CHU``) and the site's own words (``Tin
liên quan``, ``Bình luận``). Those lines get the :data:`FURNITURE` roles:
they are not body, and no number in them is a figure.
"""
from __future__ import annotations

import regex

from pipeline.model import FURNITURE  # noqa: F401  (the roles this module sets on a news item)
from pipeline.pagetext import RawLine
from pipeline.vocab import PERSON_NAME, doc_type_of_title

_SEPARATOR = regex.compile(r"^[-–—_*=.·\s]{3,}$")
_RECIPIENTS = regex.compile(r"^(?:Nơi nhận|Đồng kính gửi|Kính gửi)\s*:", regex.IGNORECASE)
_HEADING = regex.compile(
    r"^(?:Phần\s+thứ\s+\w+|PHẦN\s+\w+|[IVXLC]{1,6}\s*[.\-–/)]|\d{1,2}\.\s|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s|\d{1,2}(?:\.\d{1,2})*\)|[a-zđA-ZĐ]\)|[a-zđ]\.\s)"
)
_BODY_START = regex.compile(r"^(?:Thực hiện|Căn cứ|Ngày \d|Trong|Để|Qua|Nhằm|Theo|Giai đoạn|Trên cơ sở)\b")
_SIGN_TITLE = regex.compile(
    r"^(?:T/?M\.?|TM\.|KT\.?|K/T|Q\.|TL\.|TUQ\.|BÍ THƯ|PHÓ BÍ THƯ|CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|GIÁM ĐỐC|"
    r"PHÓ GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG|THƯỜNG TRỰC|ỦY VIÊN)\b"
)
_APPENDIX = regex.compile(r"^(?:Phụ lục|PHỤ LỤC|Biểu|BIỂU|Danh sách|DANH SÁCH)\b")
_NAME = PERSON_NAME



def is_heading_text(text: str) -> bool:
    """A numbered section heading (``I.``, ``2.2.1.``, ``a)``, ``Phần thứ hai``)."""
    return bool(_HEADING.match(text.strip()))


def assign(pages: list[list[RawLine]], geometric: bool) -> None:
    """Set the document-level roles on ``pages`` in place.

    ``geometric`` says whether lines carry positions and type (PDF) or only
    text (TXT, DOCX)."""
    flat = [(p, i, ln) for p, lines in enumerate(pages) for i, ln in enumerate(lines) if ln.role == "body"]
    if not flat:
        return
    typed = _letterhead_and_title(pages, geometric)
    _captions(pages)
    article = not typed and _article(pages)
    _closing(pages, geometric, article)
    _headings(pages, geometric)


def _letterhead_and_title(pages: list[list[RawLine]], geometric: bool) -> bool:
    """Mark the letterhead and the title block; True when a document-type
    line (``BÁO CÁO``) was found."""
    first = [ln for ln in pages[0] if ln.role == "body"]
    title_at = None
    for i, ln in enumerate(first[:30]):
        if doc_type_of_title(ln.text) and (not geometric or ln.bold or not ln.column):
            title_at = i
            break
    if title_at is None:
        if any(ln.role == "headline" for ln in pages[0]):
            return False  # a web page whose reader found the headline: no letterhead
        # no type line: letterhead is the run of upper-case / place-date lines at the top
        for ln in first[:12]:
            if _looks_letterhead(ln.text):
                ln.role = "letterhead"
            else:
                break
        return False
    ref = first[title_at]
    for ln in first[:title_at]:
        ln.role = "letterhead"
        if geometric and not ln.column:
            ln.column = "left" if (ln.x0 + ln.x1) / 2 < (ref.x0 + ref.x1) / 2 else "right"
    ref.role = "title"
    _reading_order(pages[0], "letterhead", lambda ln: ln.column == "right")
    for k, ln in enumerate(first[title_at + 1: title_at + 7], start=title_at + 1):
        if _SEPARATOR.match(ln.text):
            ln.role = "title"
            break
        if geometric:
            centred = ref.x1 and abs((ln.x0 + ln.x1) / 2 - (ref.x0 + ref.x1) / 2) < 2 * ref.size
            if not (centred and (ln.bold or not ln.styled)) or _BODY_START.match(ln.text):
                break
        elif (
            len(ln.text) > 160
            or _BODY_START.match(ln.text)
            or ln.text.endswith((":", "."))
            or (k + 2 < len(first) and not first[k + 1].new_paragraph and not first[k + 2].new_paragraph)  # prose runs on
        ):
            break
        ln.role = "title"
    return True


#: words of a body's or the state's name: an upper-case line without one is a
#: headline in capitals, not a letterhead
_LETTERHEAD_WORDS = regex.compile(
    r"\b(?:ỦY|UỶ|ĐẢNG|BAN|UBND|HĐND|SỞ|HỘI|MẶT TRẬN|CÔNG AN|BỘ|PHÒNG|TRƯỜNG|CỤC|ĐOÀN|CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|"
    r"TỈNH|HUYỆN|XÃ|PHƯỜNG|THỊ|THÀNH|QUẬN|KHỐI|VĂN PHÒNG|TRUNG ƯƠNG|CHI BỘ|LIÊN|TỔNG|TRUNG TÂM|VIỆN|QUÂN|BIÊN PHÒNG)\b"
)


def _looks_letterhead(text: str) -> bool:
    t = text.strip()
    letters = [c for c in t if c.isalpha()]
    upper = letters and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    return bool(upper and len(t) < 80 and _LETTERHEAD_WORDS.search(t)) or bool(regex.search(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", t)) or bool(
        regex.match(r"^Số\s*:?\s*\d", t)
    )


# --- news items and web pages ---------------------------------------------------

_DATE = r"(?:\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
#: what may stand beside the date on a dateline: labels, weekday, clock, time zone
_DATELINE_WORDS = regex.compile(
    r"(?i:cập nhật|ngày đăng|đăng ngày|đăng lúc|đăng|xuất bản|phát hành|thời gian|lúc|ngày|vào|gmt\s?[+]\s?\d+|"
    r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|\bcn\b|\bt[2-7]\b|published|updated|posted)|"
    r"\d{1,2}\s?[:hg]\s?\d{2}(?:\s?:\s?\d{2})?(?:\s?(?:AM|PM|SA|CH))?|[,|/()\-–—:·•]"
)
_DATED = regex.compile(_DATE, regex.IGNORECASE)
_CLOCK = regex.compile(r"\b\d{1,2}\s?[:h]\s?\d{2}\b")
_DATE_LABEL = regex.compile(r"^\(?\s*(?i:cập nhật|ngày đăng|đăng ngày|đăng lúc|đăng|xuất bản|thời gian đăng|ngày xuất bản)\b")
#: a photo caption: "Ảnh: ...", "... (Ảnh: Thanh Tâm)", "... cá nhân. Ảnh: N.Đ"
_CAPTION = regex.compile(
    r"^\(?(?:Ảnh|ẢNH|Ảnh minh họa|Ảnh minh hoạ|Video|Clip)\s*(?:[:.]|\(|-\s)"
    r"|\((?:Ảnh|Nguồn ảnh|Ảnh minh họa)\b[^()]{0,60}\)\s*\.?$"
    r"|(?:[.!?”\"]|\s[-–—])\s*\(?(?:Ảnh|Nguồn ảnh)\s*:\s*[^\s].{0,40}$"
)
#: the site's own words around an article: menus, related items, comments, footer
_CHROME = regex.compile(
    r"^(?:Tin liên quan|Tin cùng chuyên mục|Tin khác|Các tin khác|Bài liên quan|Tin mới|Tin mới nhất|Tin nổi bật|"
    r"Đọc nhiều|Xem nhiều|Đọc thêm|Xem thêm|Tags?|TAGS?|Từ khóa|Từ khoá|Chủ đề|Chia sẻ|Bình luận|Gửi bình luận|"
    r"Ý kiến bạn đọc|Ý kiến của bạn|Đang tải|In bài|In trang|Gửi email|Quay lại|Trở về|Về đầu trang|Lên đầu trang|"
    r"Mời quý độc giả|Mời bạn đọc|Bản quyền|Giấy phép|Cơ quan chủ quản|Chịu trách nhiệm|Tổng biên tập|"
    r"Đường dây nóng|Hotline|Quảng cáo|Liên hệ|Trang chủ|Đăng nhập|Đăng ký nhận tin|Lượt xem|Số lượt xem|"
    r"Theo dõi .{0,30} trên)\b",
    regex.IGNORECASE,
)
#: a news agency's mark opening the lead: "(QNO) - Chiều 3/1, ...", "(BDO) Ngày 8-10, ..."
_AGENCY_LEAD = regex.compile(
    r"^(?:\(\s?[\p{Lu}][\p{Lu}&.]{1,11}\s?\)\s*[-–—]?\s*|[\p{Lu}][\p{Lu}&.]{1,11}\s*[-–—]\s*|\([^()\d]{2,40}\)\s*[-–—]\s*)(?=\p{Lu}|\d)"
)
_SENTENCE_END = regex.compile(r"[.:;,]\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]*\s*$")
_INITIALS = regex.compile(r"^(?:\p{Lu}{1,2}\.\s?){1,3}(?:\p{Lu}[\p{L}]*\.?)?$")
_CAPS_NAME = regex.compile(r"^\p{Lu}+(?:['’]\p{Lu}+)?(?:\s+\p{Lu}+(?:['’]\p{Lu}+)?){1,4}$")
_SOURCE = regex.compile(r"^(?:Theo|Nguồn\s*:)\s+\S")
#: "Bài, ảnh: NGUYỄN VĂN A", "Tin và ảnh: Thu Hà", "Nhóm PV"
_CREDIT = regex.compile(r"^(?:(?:Bài|Tin|Ảnh|Video)(?:\s*(?:,|và|/)\s*(?:ảnh|video|clip))?\s*:\s*|Nhóm\s+)(?=\S)")
_DOC_TYPE_START = regex.compile(
    r"^(?:Báo cáo|Kế hoạch|Chỉ thị|Nghị quyết|Quyết định|Công văn|Hướng dẫn|Kết luận|Thông báo|Tờ trình|Chương trình|Đề án)\s+\p{Ll}"
)


def is_dateline(text: str) -> bool:
    """A publication line of a web page or news item: a date, with at most a
    label, weekday, clock or a few words of the site beside it
    (``Cập nhật 06:06 ngày 15/06/2020``, ``Thứ Tư, 11/10/2017 - 10:56``,
    ``06:05, 02/05/2022``, ``Ngày đăng: 14/08/2025 | Lượt xem: 1.245``)."""
    t = text.strip()
    if len(t) > 110 or not _DATED.search(t):
        return False
    rest = _DATELINE_WORDS.sub(" ", _DATED.sub(" ", t))
    words = rest.split()
    labelled = bool(_DATE_LABEL.match(t) or _CLOCK.search(t) or regex.match(r"^\(?\s*(?i:thứ|chủ nhật)", t))
    if not labelled:
        return not words  # a date alone on its line
    if "|" in t:  # "Cập nhật 07:29, Chủ nhật 31/8/2025 | Cà Mau 32°C": the site's bar
        words = _DATELINE_WORDS.sub(" ", _DATED.sub(" ", t.split("|")[0])).split()
    return len(words) <= 2


def is_agency_lead(text: str) -> bool:
    """A lead opened by a news agency's mark: ``(QNO) - Chiều 3/1, ...``."""
    return bool(_AGENCY_LEAD.match(text.strip()))


def is_caption(text: str) -> bool:
    """A photo caption or credit line (``Ảnh: Quang cảnh hội nghị``)."""
    return bool(_CAPTION.search(text.strip()))


def is_byline(text: str) -> bool:
    """An author's name alone on its line, as news items sign:
    ``TRỊNH CHU``, ``Thu Trang``, ``T.H.``, ``Thu Hà - Trung tâm VH-TT huyện``,
    ``NGUYỄN THỊ THÙY |``, ``Theo Báo Nhân Dân``."""
    t = text.strip().strip("|").strip()
    if not t or len(t) > 70 or len(t.split()) > 10 or regex.search(r"\d", t):
        return False
    if _INITIALS.match(t):
        return True
    if _SENTENCE_END.search(t) and not t.endswith("."):
        return False
    t = t.rstrip(".")
    if _SOURCE.match(t) and len(t.split()) <= 8:
        return True
    t = _CREDIT.sub("", t)
    if regex.fullmatch(r"(?:PV|Phóng viên|Nhóm PV|CTV|Cộng tác viên)", t):
        return True
    name = regex.split(r"\s*[-–—(,]\s*", t, maxsplit=1)[0].strip()
    if len(name.split()) > 5:
        return False
    return bool(_CAPS_NAME.match(name) or _NAME.match(name) or _INITIALS.match(name))


def _is_chrome(text: str) -> bool:
    """A line of the site around the article: a menu or section label, a
    hotline, a related-items heading."""
    t = text.strip()
    if _CHROME.match(t):
        return True
    if " | " in t and all(len(part.split()) <= 4 for part in t.split("|")):
        return True
    return len(t.split()) <= 3 and not _SENTENCE_END.search(t) and not regex.search(r"\d", t)


def _headline_shaped(text: str) -> bool:
    t = text.strip()
    words = t.split()
    return (
        4 <= len(words) <= 45
        and len(t) <= 260
        and not _SENTENCE_END.search(t)
        and not t.endswith(".")
        and (t[:1].isupper() or t[:1].isdigit() or t[:1] in "“\"'‘")
        and not is_heading_text(t)
        and not is_dateline(t)
        and not _AGENCY_LEAD.match(t)
    )


def _wrapped_headline(lines: list[RawLine], i: int) -> bool:
    """A headline broken over two lines: the second carries on the first,
    still without a final stop, and the text after it starts anew."""
    if i + 1 >= len(lines):
        return False
    joined = f"{lines[i].text.strip()} {lines[i + 1].text.strip()}"
    after = lines[i + 2] if i + 2 < len(lines) else None
    return _headline_shaped(joined) and len(lines[i + 1].text) < len(lines[i].text) and (
        after is None or after.new_paragraph or not _continues(lines[i + 1], after)
    )


def _hard_wrapped(lines: list[RawLine]) -> bool:
    """Is the text broken at a page width (most long lines about as long as
    each other), so that a line without a final stop may just run on?"""
    lengths = sorted(len(ln.text) for ln in lines if len(ln.text) >= 40)
    if len(lengths) < 4:
        return False
    middle = lengths[len(lengths) // 2]
    return sum(0.85 * middle <= n <= 1.1 * middle for n in lengths) >= 0.6 * len(lengths)


def _continues(ln: RawLine, nxt: RawLine | None) -> bool:
    """Does ``nxt`` carry on the sentence of ``ln`` (a line broken at the page width)?"""
    return (
        nxt is not None and not nxt.new_paragraph and (nxt.text[:1].islower() or nxt.text[:1].isdigit())
        and not is_dateline(nxt.text)
    )


def _captions(pages: list[list[RawLine]]) -> None:
    for lines in pages:
        for ln in lines:
            if ln.role == "body" and is_caption(ln.text):
                ln.role = "caption"


def _article(pages: list[list[RawLine]]) -> bool:
    """Mark the furniture of a news item or web page; True when the document
    has that shape (a headline, a dateline, an agency's lead or a byline
    under the headline).

    The head: site lines, then the headline (a line of words without a final
    stop; ``Báo cáo tổng kết ...`` is a title instead), datelines, a byline
    or a caption, until the first paragraph of prose. The tail: the site's
    own words and, above them, the author's name."""
    first = [ln for ln in pages[0] if ln.role in ("body", "headline")]
    at = next((i for i, ln in enumerate(first) if ln.role == "headline"), None)
    shaped = at is not None
    if at is None:
        site: list[RawLine] = []
        for i, ln in enumerate(first[:14]):
            t = ln.text.strip()
            if is_dateline(t):
                ln.role = "dateline"
                shaped = True
            elif _is_chrome(t) and len(site) < 4:
                site.append(ln)
            elif i + 1 < len(first) and _headline_shaped(t) and (not _continues(ln, first[i + 1] if i + 1 < len(first) else None)
                                          or _wrapped_headline(first, i)):
                if _continues(ln, first[i + 1] if i + 1 < len(first) else None):
                    first[i + 1].role = "headline"  # its second line, broken at the page width
                at = i
                # a report's own title in running case ("Báo cáo tổng kết ...") is a title, not a headline
                ln.role = "title" if _DOC_TYPE_START.match(t) else "headline"
                shaped = shaped or ln.role == "headline"
                for x in site:
                    x.role = "boilerplate"
                break
            else:
                shaped = shaped or bool(_AGENCY_LEAD.match(t))
                break
    else:
        for ln in first[:at]:
            if is_dateline(ln.text):
                ln.role = "dateline"
            elif _is_chrome(ln.text):
                ln.role = "boilerplate"
    if at is not None:
        news = first[at].role == "headline"
        wrapped = _hard_wrapped(first)
        for i in range(at + 1, min(len(first), at + 8)):
            ln, t = first[i], first[i].text.strip()
            nxt = first[i + 1] if i + 1 < len(first) else None
            if ln.role == "headline":
                continue
            if is_dateline(t):
                ln.role = "dateline"
                shaped = True
            elif is_byline(t) and not _continues(ln, nxt):
                ln.role = "byline"
                shaped = True
            elif news and len(t.split()) >= 8 and not _SENTENCE_END.search(t) and not t.endswith(".") \
                    and (nxt is None or nxt.new_paragraph or not wrapped) and not _continues(ln, nxt) \
                    and not is_heading_text(t):
                ln.role = "caption"  # an unlabelled photo caption under the headline
            else:
                shaped = shaped or bool(_AGENCY_LEAD.match(t))
                break
    if shaped:
        _tail(pages)
    return shaped


#: a heading over a list of other articles: all that follows it is the site's
_RELATED = regex.compile(
    r"^(?:Tin liên quan|Tin cùng chuyên mục|Tin khác|Các tin khác|Bài liên quan|Tin mới|Tin mới nhất|Tin nổi bật|"
    r"Đọc nhiều|Xem nhiều|Đọc thêm|Xem thêm|Có thể bạn quan tâm|Tin đã đưa)\b\s*:?\s*$",
    regex.IGNORECASE,
)


def _tail(pages: list[list[RawLine]]) -> None:
    """From the end of the last page: a list of other articles under its
    heading, the site's words, then the byline."""
    body = [ln for ln in pages[-1] if ln.role == "body"]
    prose = next((i for i, ln in enumerate(body) if len(ln.text) > 100 or _SENTENCE_END.search(ln.text) or ln.text.endswith(".")), None)
    if prose is not None:
        related = next((i for i in range(prose + 1, len(body)) if _RELATED.match(body[i].text.strip())), None)
        if related is not None:
            for ln in body[related:]:
                ln.role = "boilerplate"
            body = body[:related]
    for ln in reversed(body[-8:]):
        t = ln.text.strip()
        if _CHROME.match(t):
            ln.role = "boilerplate"
            continue
        if is_byline(t):
            ln.role = "byline"
        break


def _closing(pages: list[list[RawLine]], geometric: bool, article: bool = False) -> None:
    """Mark "Nơi nhận" lists as recipients and the signature block (a news
    item's closing name is its byline, see :func:`_article`)."""
    start = None
    for p in range(len(pages) - 1, max(-1, len(pages) - 4), -1):  # appendix pages may follow
        for i, ln in enumerate(pages[p]):
            if ln.role == "body" and _RECIPIENTS.match(ln.text):
                start = (p, i)
                break
        if start:
            break
    if start is None:
        if not article:
            _trailing_signature(pages)
        return
    p0, i0 = start
    anchor = pages[p0][i0]
    in_signature = False
    for p in range(p0, min(p0 + 2, len(pages))):
        for i, ln in enumerate(pages[p]):
            if (p > p0 or i > i0) and _APPENDIX.match(ln.text):
                break
            if ln.role not in ("body", "heading"):
                continue
            before = p == p0 and i < i0
            if geometric:
                same_row = before and ln.column == "right" and abs(ln.top - anchor.top) < 1.5 * max(anchor.size, 1)
                if before and not same_row:
                    continue
                right = (ln.x0 + ln.x1) / 2 > (anchor.x0 + 200) if anchor.x1 else False
                ln.role = "signature" if (ln.column == "right" or right) else "recipients"
            else:
                if before:
                    continue
                text = ln.text.strip()
                if ln.column == "right" or (not text.startswith(("-", "+", "•")) and (_SIGN_TITLE.match(text) or in_signature)):
                    in_signature = True
                    ln.role = "signature"
                elif in_signature and _NAME.match(text):
                    ln.role = "signature"
                else:
                    ln.role = "recipients"
                    if text.startswith(("-", "+", "•")) or _RECIPIENTS.match(text):
                        in_signature = False
        _reading_order(pages[p], ("recipients", "signature"), lambda ln: ln.role == "signature")


def _reading_order(lines: list[RawLine], roles: str | tuple[str, ...], later) -> None:
    """Within the block of ``roles`` lines, put the ``later`` ones (the right
    column) after the others, each keeping its own order: left column first."""
    roles = (roles,) if isinstance(roles, str) else roles
    idx = [i for i, ln in enumerate(lines) if ln.role in roles]
    if not idx:
        return
    block = [lines[i] for i in idx]
    ordered = [ln for ln in block if not later(ln)] + [ln for ln in block if later(ln)]
    for i, ln in zip(idx, ordered):
        lines[i] = ln


def _trailing_signature(pages: list[list[RawLine]]) -> None:
    lines = [ln for lines in pages for ln in lines if ln.role == "body"]
    for ln in reversed(lines[-8:]):
        text = ln.text.strip()
        if _NAME.match(text) or _SIGN_TITLE.match(text):
            ln.role = "signature"
        else:
            break


def _headings(pages: list[list[RawLine]], geometric: bool) -> None:
    for lines in pages:
        para: list[RawLine] = []
        for ln in lines + [RawLine(text="", role="end")]:
            if ln.role != "body" or ln.new_paragraph:
                _mark_heading(para, geometric)
                para = []
            if ln.role == "body":
                para.append(ln)


def _mark_heading(para: list[RawLine], geometric: bool) -> None:
    if not para:
        return
    text = " ".join(ln.text for ln in para)
    numbered = is_heading_text(text)
    if geometric and all(ln.bold and ln.styled for ln in para) and len(text) < 300:
        heading = True
    else:
        rest = _HEADING.sub("", text.strip(), count=1)
        heading = numbered and len(text) < 220 and not regex.search(r"[.;]\s+\p{Lu}", rest[:-1])
    if heading:
        for ln in para:
            ln.role = "heading"
