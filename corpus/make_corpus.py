#!/usr/bin/env python3
"""Generate the project's sample corpus of INVENTED Vietnamese administrative documents.

    python corpus/make_corpus.py            # writes into corpus/ (pdf/, docx/, text/, gold/)
    python corpus/make_corpus.py --out DIR  # writes the same files under DIR instead

Every document below was written for this project; names of people, numbers, document
symbols and dates are invented. Provinces, districts and communes are real place names
used only as a setting.

How the gold cannot drift from the documents: the body of every document is written as a
list of paragraphs whose items are either plain strings or *segments* (a model count, a
reference to another document, a named model, another figure, a footnote, a trap).
A segment renders its own text (the number is formatted from the value, the symbol and
date of a reference from its fields), and the gold JSON is collected from the very same
segments while the document is laid out (so the gold also knows on which page each
segment was printed).

Needs reportlab and python-docx, and a serif TTF that covers Vietnamese: Liberation Serif
(Debian package fonts-liberation2) is used when installed, otherwise DejaVu Serif
(fonts-dejavu-core). Output is deterministic for a given font.
"""
from __future__ import annotations

import argparse
import io
import json
import math
import re
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ======================================================================================
# Vocabulary
# ======================================================================================
REG, REC, TYP, COM, REP = ("models_registered", "models_recognized", "models_typical",
                           "models_commended", "models_replicated")
COL, IND, TGT = "models_collective", "models_individual", "models_target"
TOT, KT, VH, QP, XD = ("total", "kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh",
                       "xay_dung_he_thong_chinh_tri")
FIELDS4 = (KT, VH, QP, XD)

REF_WORD = {
    "bao_cao": "Báo cáo", "ke_hoach": "Kế hoạch", "chi_thi": "Chỉ thị", "nghi_quyet": "Nghị quyết",
    "quyet_dinh": "Quyết định", "cong_van": "Công văn", "huong_dan": "Hướng dẫn",
    "ket_luan": "Kết luận", "thong_bao": "Thông báo", "chuong_trinh": "Chương trình",
}
BRK = "\x00"          # forced line break inside a word (a symbol broken after its hyphen)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def vn_int(n: int) -> str:
    """1306 -> '1.306' (Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


NUM_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
             "chín": 9, "mười": 10}
MULT = {"tỷ": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3}


def parse_vn_number(text: str) -> float:
    """Value of the number that starts `text`: '1.306' 1306, '8,5 tỷ đồng' 8.5e9, 'một' 1."""
    t = text.strip()
    w = t.split()[0]
    if w in NUM_WORDS:
        return float(NUM_WORDS[w])
    m = re.match(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?", t)
    if not m:
        raise ValueError(f"no number in {text!r}")
    v = float(m.group(1).replace(".", "") + ("." + m.group(2) if m.group(2) else ""))
    rest = t[m.end():].split()
    if rest and rest[0] in MULT:
        v *= MULT[rest[0]]
    return v


def iso_parts(iso: str):
    y, m, d = (int(x) for x in iso.split("-"))
    return y, m, d


def place_date(place: str, iso: str) -> str:
    """Decree 30 style: day < 10 and months 1, 2 get a leading zero."""
    y, m, d = iso_parts(iso)
    dd = f"{d:02d}"
    mm = f"{m:02d}" if m < 3 else str(m)
    return f"{place}, ngày {dd} tháng {mm} năm {y}"


def norm_symbol(s: str) -> str:
    return re.sub(r"\s+", "", s.replace(BRK, ""))


# ======================================================================================
# Segments: the pieces of text that carry gold annotations
# ======================================================================================
class Seg:
    kind = "seg"

    def render(self) -> str:
        raise NotImplementedError


@dataclass
class Count(Seg):
    """A count of "Dân vận khéo" models; renders '[qualifier ]number' (or 'từ a đến b')."""
    value: float
    metric: str = REG
    field: str = TOT
    text: str | None = None
    q: str | None = None
    level: str | None = None
    vmax: float | None = None
    text_max: str | None = None
    period: tuple | None = None
    per: str | None = None
    note: str | None = None
    part_of: str | None = None      # for collective/individual: the metric they split
    kind = "count"

    def render(self):
        t = self.text if self.text is not None else vn_int(int(self.value))
        assert parse_vn_number(t) == self.value, (t, self.value)
        if self.vmax is not None:
            tm = self.text_max if self.text_max is not None else vn_int(int(self.vmax))
            assert parse_vn_number(tm) == self.vmax
            t = f"từ {t} đến {tm}"
        return f"{self.q} {t}" if self.q else t

    def gold(self):
        g = {"metric": self.metric, "field": self.field, "value": num(self.value)}
        if self.vmax is not None:
            g["value_max"] = num(self.vmax)
        if self.q:
            g["qualifier"] = self.q
        if self.level:
            g["level"] = self.level
        if self.period:
            g["period_start"], g["period_end"] = self.period
        if self.per:
            g["per"] = self.per
        if self.note:
            g["note"] = self.note
        g["text"] = self.render()
        return g


@dataclass
class Fig(Seg):
    """Any other figure: money, percentages, news items... `text` is printed as given."""
    value: float
    unit: str
    text: str
    q: str | None = None
    kind = "figure"

    def render(self):
        assert math.isclose(parse_vn_number(self.text), self.value), (self.text, self.value)
        return f"{self.q} {self.text}" if self.q else self.text

    def gold(self):
        g = {"value": num(self.value), "unit": self.unit}
        if self.q:
            g["qualifier"] = self.q
        g["text"] = self.render()
        return g


@dataclass
class Ref(Seg):
    """A cited document. tpl placeholders: {T} type word, {S} symbol as shown, {d} {dd} {m}
    {mm} {Y} date parts, {I} issuer."""
    ref_type: str
    symbol: str
    date: str | None = None
    issuer: str | None = None
    tpl: str | None = None
    shown: str | None = None        # symbol as printed (may contain BRK or inner spaces)
    kind = "reference"

    def render(self):
        shown = self.shown or self.symbol
        assert norm_symbol(shown) == self.symbol
        tpl = self.tpl
        if tpl is None:
            tpl = "{T} số {S}" + (" ngày {d}/{m}/{Y}" if self.date else "")
            if self.issuer:
                tpl += " {I}"
        kw = dict(T=REF_WORD[self.ref_type], S=shown, I=self.issuer or "")
        if self.date:
            y, m, d = iso_parts(self.date)
            kw.update(d=d, dd=f"{d:02d}", m=m, mm=f"{m:02d}", Y=y)
        return tpl.format(**kw)

    def gold(self):
        return {"ref_type": self.ref_type, "symbol": self.symbol, "issue_date": self.date,
                "text": self.render().replace(BRK, "")}


@dataclass
class Model(Seg):
    """A named model. tpl placeholders: {name} (quotes are added) and {year}."""
    name: str
    year: int | None = None
    field: str | None = None
    tpl: str = "{name}"
    trap: str | None = None
    kind = "named_model"

    def render(self):
        assert ("{year}" in self.tpl) == (self.year is not None), self.name
        return self.tpl.format(name=f"“{self.name}”", year=self.year)

    def gold(self):
        g = {"name": self.name}
        if self.year:
            g["year"] = self.year
        if self.field:
            g["field"] = self.field
        return g


@dataclass
class Trap(Seg):
    """Text with a number that is NOT a model count (ratios, differences, awards, durations)."""
    text: str
    why: str
    kind = "trap"

    def render(self):
        return self.text

    def gold(self):
        return {"text": self.text, "why": self.why}


@dataclass
class Note(Seg):
    """A footnote: the marker is printed where the Note stands, `items` at the page foot."""
    items: tuple
    kind = "footnote"


def num(v):
    return int(v) if float(v).is_integer() else float(v)


def N(value, metric=REG, field=TOT, **kw):
    return Count(value, metric, field, **kw)


def Fn(*items):
    return Note(tuple(items))


# ======================================================================================
# Document model
# ======================================================================================
@dataclass
class Para:
    items: list
    style: str = "body"      # body, h1, h2, h3 (italic), center


def P(*items):
    return Para(list(items))


def H1(*items):
    return Para(list(items), "h1")


def H2(*items):
    return Para(list(items), "h2")


def H3(*items):
    return Para(list(items), "h3")


@dataclass
class Table:
    title: list                # centred bold lines above the table
    caption: str               # italic line "(Kèm theo ...)"
    subunits: list             # [(name, kt, vh, qp, xd)]
    subunit_label: str = "Đơn vị"


@dataclass
class Doc:
    stem: str
    fmt: str                   # pdf, docx, text
    kind: str                  # party, state
    issuer_lines: list         # letterhead, left column (last line bold)
    symbol: str
    place: str
    date: str
    doc_type: str              # bao_cao, ke_hoach, chi_thi
    title_lines: list
    body: list
    recipients: list
    authority: list            # lines above the signer title, e.g. ["T/M BAN THƯỜNG VỤ"]
    signer_title: str          # sentence case, e.g. "Phó Bí thư"
    signer: str
    meta: dict                 # unit_level, unit_name, district, province, ...
    appendix: Table | None = None
    describe: str = ""

    @property
    def symbol_line(self):
        return f"Số {self.symbol}" if self.kind == "party" else f"Số: {self.symbol}"

    @property
    def right_header(self):
        if self.kind == "party":
            return ["ĐẢNG CỘNG SẢN VIỆT NAM"]
        return ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

    @property
    def doc_type_label(self):
        return {"bao_cao": "BÁO CÁO", "ke_hoach": "KẾ HOẠCH", "chi_thi": "CHỈ THỊ"}[self.doc_type]

    @property
    def sig_lines(self):
        return list(self.authority) + [self.signer_title.upper()]


# ----- compile: flatten paragraphs into runs, number footnotes, register segments -------
@dataclass
class Run:
    text: str
    ann: tuple = ()            # ids of segments this run belongs to
    sup: bool = False          # footnote marker


@dataclass
class Compiled:
    doc: Doc
    paras: list                # [(style, [Run])]
    notes: dict                # n -> [Run]
    segs: list                 # [(id, seg, source)] in reading order
    pages: dict = field(default_factory=dict)   # seg id -> page


def compile_doc(doc: Doc) -> Compiled:
    segs, notes, paras = [], {}, []

    def runs_of(items, source):
        out = []
        for it in items:
            if isinstance(it, str):
                out.append(Run(nfc(it)))
            elif isinstance(it, Note):
                n = len(notes) + 1
                sid = len(segs)
                segs.append((sid, it, source))
                out.append(Run(str(n), (sid,), sup=True))
                notes[n] = None                       # reserve the number
                notes[n] = runs_of(it.items, "footnote")
            else:
                sid = len(segs)
                segs.append((sid, it, source))
                out.append(Run(nfc(it.render()), (sid,)))
        return out

    for p in doc.body:
        paras.append((p.style, runs_of(p.items, "body")))
    return Compiled(doc, paras, notes, segs)


# ======================================================================================
# Gold
# ======================================================================================
def consistency(counts):
    """Checks derived from the model counts (each a dict from Count.gold() plus source)."""
    checks = []
    key = lambda c: (c.get("level"), c.get("period_start"), c.get("period_end"))
    groups = {}
    for c in counts:
        groups.setdefault((c["metric"],) + key(c), []).append(c)
    # conflicting values: same metric, field, level and period, different values
    for gk, cs in groups.items():
        by_field = {}
        for c in cs:
            by_field.setdefault(c["field"], [])
            if c["value"] not in by_field[c["field"]]:
                by_field[c["field"]].append(c["value"])
        for f, vals in by_field.items():
            if len(vals) > 1 and gk[0] != TGT:
                chk = {"check": "conflicting_values", "metric": gk[0], "field": f,
                       "values": vals, "status": "fail",
                       "detail": " vs ".join(
                           f"{c['value']} ({c.get('source', 'body')})" for c in cs if c["field"] == f)}
                if gk[1]:
                    chk["level"] = gk[1]
                checks.append(chk)
    # fields sum to total
    for gk, cs in groups.items():
        if gk[0] in (TGT, COL, IND):
            continue
        totals = []
        for c in cs:
            if c["field"] == TOT and c["value"] not in totals:
                totals.append(c["value"])
        if not totals or not all(any(c["field"] == f for c in cs) for f in FIELDS4):
            continue
        used, srcs = {}, set()
        for f in FIELDS4:
            fc = [c for c in cs if c["field"] == f]
            vals = {c["value"] for c in fc}
            if len(vals) == 1:
                used[f] = fc[0]["value"]
            else:             # conflict: use the breakdown of a footnote, else a table, else first
                pick = (next((c for c in fc if c.get("source") == "footnote"), None)
                        or next((c for c in fc if c.get("source") == "table"), None) or fc[0])
                used[f] = pick["value"]
                srcs.add(pick.get("source", "body"))
        obs = sum(used.values())
        for t in totals:
            chk = {"check": "fields_sum_to_total", "metric": gk[0], "expected": t,
                   "observed": num(obs), "status": "pass" if obs == t else "fail",
                   "detail": "+".join(str(used[f]) for f in FIELDS4) + f" = {num(obs)}"
                             + (f" (conflicting fields taken from the {'/'.join(sorted(srcs))})"
                                if srcs else "")}
            if gk[1]:
                chk["level"] = gk[1]
            checks.append(chk)
    # collective + individual
    for c in counts:
        if c["metric"] != COL or "part_of" not in c:
            continue
        ind = next((d for d in counts if d["metric"] == IND and key(d) == key(c)), None)
        tot = next((d for d in counts if d["metric"] == c["part_of"] and d["field"] == TOT
                    and key(d) == key(c)), None)
        if ind and tot:
            obs = c["value"] + ind["value"]
            checks.append({"check": "collective_plus_individual", "metric": c["part_of"],
                           "expected": tot["value"], "observed": obs,
                           "status": "pass" if obs == tot["value"] else "fail",
                           "detail": f"{c['value']} tập thể + {ind['value']} cá nhân"})
    return checks


def build_gold(cd: Compiled, extra: dict) -> dict:
    d = cd.doc
    own = d.symbol
    counts, refs, models, figs, traps = [], [], [], [], []
    for sid, seg, source in cd.segs:
        page = cd.pages.get(sid)
        if isinstance(seg, Note):
            continue
        g = seg.gold()
        if page is not None and not isinstance(seg, Trap):
            g["page"] = page
        if isinstance(seg, Count):
            if source != "body":
                g["source"] = source
            if seg.part_of:
                g["part_of"] = seg.part_of
            counts.append(g)
        elif isinstance(seg, Ref):
            assert seg.symbol != own, "the document's own symbol is not a reference"
            refs.append(g)
        elif isinstance(seg, Model):
            models.append(g)
            if seg.trap:
                traps.append({"text": seg.render(), "why": seg.trap})
        elif isinstance(seg, Fig):
            figs.append(g)
        elif isinstance(seg, Trap):
            traps.append(g)
    table_cells = []
    if d.appendix:
        tb = d.appendix
        cols = FIELDS4
        for row in tb.subunits:
            name, vals = row[0], row[1:]
            for f, v in zip(cols, vals):
                table_cells.append({"subunit": name, "field": f, "value": v})
            table_cells.append({"subunit": name, "field": TOT, "value": sum(vals)})
        page = extra.get("appendix_page")
        sums = [sum(r[i] for r in tb.subunits) for i in range(1, 5)]
        for f, v in list(zip(cols, sums)) + [(TOT, sum(sums))]:
            g = {"metric": REG, "field": f, "value": v, "source": "table",
                 "note": "“Tổng cộng” row of the appendix table"}
            if page:
                g["page"] = page
            counts.append(g)
    # the part_of key is used for the check, keep it in the gold (documented in README)
    checks = consistency(counts)
    y, m, dd = iso_parts(d.date)
    doc = {
        "doc_type": d.doc_type, "symbol": d.symbol, "issue_place": d.place, "issue_date": d.date,
        # trích yếu; a directive's "của Ban Thường vụ ..." line names the issuer, not the subject
        "title": " ".join(nfc(t) for t in d.title_lines if not t.startswith("của ")),
        "issuer": d.meta["issuer"],
        "unit_level": d.meta["unit_level"], "unit_name": d.meta["unit_name"],
    }
    if d.meta.get("district"):
        doc["district"] = d.meta["district"]
    doc.update({"province": d.meta["province"], "province_2025": d.meta["province_2025"],
                "period_start": d.meta["period"][0], "period_end": d.meta["period"][1],
                "signer": d.signer, "signer_title": d.signer_title})
    gold = {"doc": d.stem, "format": d.fmt, "file": f"{d.fmt}/{d.stem}.{EXT[d.fmt]}",
            "synthetic": True, "document": doc}
    if "n_pages" in extra:
        gold["document"]["n_pages"] = extra["n_pages"]
    # a fact stated again (body, footnote, appendix total) is one gold entry: runs are scored as sets
    facts, seen = [], set()
    for g in counts:
        key = (g["metric"], g.get("field") or "total", g["value"])
        if key not in seen:
            seen.add(key)
            facts.append(g)
    gold.update({"model_counts": facts, "consistency": checks, "references": refs,
                 "named_models": models, "other_figures": figs, "not_model_counts": traps})
    if d.appendix:
        gold["table_cells"] = table_cells
    return gold


EXT = {"pdf": "pdf", "docx": "docx", "text": "txt"}


# ======================================================================================
# Fonts
# ======================================================================================
FONT_CANDIDATES = [
    ("Liberation Serif", "/usr/share/fonts/truetype/liberation2",
     {"r": "LiberationSerif-Regular.ttf", "b": "LiberationSerif-Bold.ttf",
      "i": "LiberationSerif-Italic.ttf", "bi": "LiberationSerif-BoldItalic.ttf"}),
    ("DejaVu Serif", "/usr/share/fonts/truetype/dejavu",
     {"r": "DejaVuSerif.ttf", "b": "DejaVuSerif-Bold.ttf",
      "i": "DejaVuSerif-Italic.ttf", "bi": "DejaVuSerif-BoldItalic.ttf"}),
]
FONTS = {}          # style -> reportlab font name
FONT_FAMILY = None


def setup_fonts():
    global FONT_FAMILY
    if FONT_FAMILY:
        return FONT_FAMILY
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    rl_config.useA85 = 0            # plain Flate streams: smaller files
    for family, folder, files in FONT_CANDIDATES:
        paths = {k: Path(folder) / v for k, v in files.items()}
        if all(p.is_file() for p in paths.values()):
            for k, p in paths.items():
                name = f"{family.replace(' ', '')}-{k}"
                pdfmetrics.registerFont(TTFont(name, str(p)))
                FONTS[k] = name
            FONT_FAMILY = family
            return family
    sys.exit("make_corpus: no serif TTF font with Vietnamese glyphs found. Install the Debian "
             "package fonts-dejavu-core (DejaVu Serif) or fonts-liberation2 (Liberation Serif), "
             "e.g. `apt-get install fonts-dejavu-core`.")


# ======================================================================================
# PDF layout
# ======================================================================================
MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
M_TOP, M_BOT, M_LEFT, M_RIGHT = 20 * MM, 20 * MM, 30 * MM, 15 * MM
TEXT_W = PAGE_W - M_LEFT - M_RIGHT
BODY, LEAD, PARA_SP, INDENT = 14, 17.5, 5, 10 * MM
FN_SIZE, FN_LEAD = 10.5, 12.6
SUP_SCALE, SUP_RISE = 0.64, 0.36
STYLE_OF = {"body": "r", "h1": "b", "h2": "b", "h3": "i", "center": "b"}


def sw(text, style, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(text, FONTS[style], size)


@dataclass
class Frag:
    text: str
    style: str
    sup: bool = False
    ann: tuple = ()

    def width(self, size):
        return sw(self.text, self.style, size * SUP_SCALE if self.sup else size)


@dataclass
class Word:
    frags: list
    brk: bool = False          # a forced line break follows this word

    def width(self, size):
        return sum(f.width(size) for f in self.frags)


def words_of(frags):
    """Split runs into words at spaces; BRK ends a word and forces a line break."""
    words, cur = [], []
    for f in frags:
        for piece in re.split(r"( +|\x00)", f.text):
            if not piece:
                continue
            if piece.startswith(" ") or piece == BRK:
                if cur:
                    words.append(Word(cur, brk=piece == BRK))
                    cur = []
            else:
                cur.append(Frag(piece, f.style, f.sup, f.ann))
    if cur:
        words.append(Word(cur))
    return words


def break_lines(words, width, size, first_indent=0.0, measure=None):
    """Greedy line breaking. Each line: dict(words, nat, indent, last)."""
    space = sw(" ", "r", size) if size else 1
    measure = measure or (lambda w: w.width(size))
    lines, cur, cur_w, indent = [], [], 0.0, first_indent
    for w in words:
        ww = measure(w)
        need = ww if not cur else cur_w + space + ww
        if cur and need > width - indent:
            lines.append({"words": cur, "nat": cur_w, "indent": indent, "last": False})
            cur, cur_w, indent = [], 0.0, 0.0
            need = ww
        cur.append(w)
        cur_w = need
        if w.brk:
            lines.append({"words": cur, "nat": cur_w, "indent": indent, "last": False,
                          "forced": True})
            cur, cur_w, indent = [], 0.0, 0.0
    if cur:
        lines.append({"words": cur, "nat": cur_w, "indent": indent, "last": True})
    for ln in lines:
        if ln.get("forced") and ln["nat"] < 0.9 * (width - ln["indent"]):
            txt = " ".join("".join(f.text for f in w.frags) for w in ln["words"])
            print(f"make_corpus: warning: the line broken inside a symbol is short, the "
                  f"break may look odd: {txt!r}", file=sys.stderr)
    return lines


class PdfLayout:
    def __init__(self, cd: Compiled):
        self.cd = cd
        self.pages = []
        self.new_page()

    # ----- pages
    def new_page(self):
        self.pages.append({"ops": [], "notes": [], "fn_h": 0.0})
        self.y = PAGE_H - M_TOP          # baseline of the last placed line (top edge at start)
        self.at_top = True

    @property
    def page(self):
        return self.pages[-1]

    @property
    def pno(self):
        return len(self.pages)

    def mark(self, anns):
        for a in anns:
            self.cd.pages.setdefault(a, self.pno)

    def floor(self, fn_h):
        return M_BOT + (fn_h + 12 if fn_h else 0)

    # ----- footnotes
    def note_lines(self, n):
        runs = self.cd.notes[n]
        frags = [Frag(str(n), "r", sup=True)] + [Frag(" ", "r")] + \
                [Frag(r.text, "r", r.sup, r.ann) for r in runs]
        # the marker and the first word are separated by a real space
        ws = words_of(frags)
        return break_lines(ws, TEXT_W, FN_SIZE, 0.0)

    def refs_in(self, line):
        return [int(f.text) for w in line["words"] for f in w.frags if f.sup and f.ann]

    # ----- lines
    def fit_count(self, lines, lead, space_before):
        """How many of `lines` fit on the current page (footnotes included)."""
        y, fn_h, have = self.y, self.page["fn_h"], {n for n, _ in self.page["notes"]}
        k = 0
        for j, ln in enumerate(lines):
            new = [n for n in self.refs_in(ln) if n not in have]
            h = fn_h + sum(len(self.note_lines(n)) * FN_LEAD for n in new)
            sb = space_before if (j == 0 and not self.at_top) else 0
            if y - sb - lead - 4 < self.floor(h):
                break
            y -= sb + lead
            fn_h = h
            have |= set(new)
            k += 1
        return k

    def place_line(self, ln, x0, width, size, lead, align, space_before=0.0):
        sb = 0 if self.at_top else space_before
        self.y -= sb + lead
        self.page["ops"].append(("line", ln, x0, self.y, width, size, align))
        for w in ln["words"]:
            for f in w.frags:
                self.mark(f.ann)
        have = {n for n, _ in self.page["notes"]}
        for n in self.refs_in(ln):
            if n not in have:
                nl = self.note_lines(n)
                self.page["notes"].append((n, nl))
                self.page["fn_h"] += len(nl) * FN_LEAD
                for l2 in nl:
                    for w in l2["words"]:
                        for f in w.frags:
                            self.mark(f.ann)
        self.at_top = False

    def add_para(self, lines, style, keep_next_lines=None):
        align = "center" if style == "center" else "justify"
        sb = PARA_SP + (4 if style in ("h1", "center") else 0)
        i, first = 0, True
        while i < len(lines):
            rest = lines[i:]
            k = self.fit_count(rest, LEAD, sb if first else 0)
            if keep_next_lines and first and k == len(rest) and not self.at_top:
                # a heading must be followed by two lines of its paragraph on the same page
                if self.fit_count(rest + keep_next_lines[:2], LEAD, sb) < len(rest) + min(
                        2, len(keep_next_lines)):
                    k = 0
            if k < len(rest):
                if style != "body":
                    k = 0
                elif first and k == 1:
                    k = 0                          # orphan
                elif len(rest) - k == 1 and k >= 2:
                    k -= 1                         # widow
            if k == 0:
                if self.at_top:
                    k = 1
                else:
                    self.new_page()
                    continue
            for ln in rest[:k]:
                self.place_line(ln, M_LEFT, TEXT_W, BODY, LEAD, align, sb if first else 0)
                first = False
            i += k
            if i < len(lines):
                self.new_page()

    def op(self, *a):
        self.page["ops"].append(a)


def para_lines(style, runs):
    st = STYLE_OF[style]
    frags = [Frag(r.text, "r" if r.sup else st, r.sup, r.ann) for r in runs]
    ind = 0.0 if style == "center" else INDENT
    lines = break_lines(words_of(frags), TEXT_W, BODY, ind)
    if style == "center":
        for ln in lines:
            ln["last"] = True
            ln["indent"] = 0.0
    return lines


def draw_line(c, ln, x0, y, width, size, align):
    words = ln["words"]
    space = sw(" ", "r", size)
    avail = width - ln["indent"]
    x = x0 + ln["indent"]
    gap = space
    if align == "justify" and not ln["last"] and len(words) > 1:
        gap = space + (avail - ln["nat"]) / (len(words) - 1)
    elif align == "center":
        x = x0 + (width - ln["nat"]) / 2
    elif align == "right":
        x = x0 + width - ln["nat"]
    for wi, w in enumerate(words):
        for f in w.frags:
            fs = size * SUP_SCALE if f.sup else size
            c.setFont(FONTS[f.style], fs)
            c.drawString(x, y + (size * SUP_RISE if f.sup else 0), f.text)
            x += f.width(size)
        if wi < len(words) - 1:
            c.setFont(FONTS[w.frags[-1].style if not w.frags[-1].sup else "r"], size)
            c.drawString(x, y, " ")
            x += gap


def ctext(c, text, cx, y, style, size, underline=False):
    w = sw(text, style, size)
    c.setFont(FONTS[style], size)
    c.drawString(cx - w / 2, y, text)
    if underline:
        c.setLineWidth(0.7)
        c.line(cx - w / 2, y - 2.2, cx + w / 2, y - 2.2)
    return w


def render_pdf(doc: Doc, out: Path):
    from reportlab.pdfgen import canvas
    setup_fonts()
    cd = compile_doc(doc)
    L = PdfLayout(cd)

    # ----- letterhead: two columns without borders
    party = doc.kind == "party"
    lh_size = 13
    left = [(s, "b" if j == len(doc.issuer_lines) - 1 else "r") for j, s in enumerate(doc.issuer_lines)]
    lw = max(sw(s, st, lh_size) for s, st in left + [(doc.symbol_line, "r")])
    lc = M_LEFT - 8 * MM + max(lw, 62 * MM) / 2
    rh = doc.right_header
    rsz = [15, 14] if party else [13, 14]
    rw = max(sw(s, "b", z) for s, z in zip(rh, rsz))
    rw = max(rw, sw(place_date(doc.place, doc.date), "i", 14))
    rc = PAGE_W - M_RIGHT + 4 * MM - max(rw, 92 * MM) / 2
    assert (rc - rw / 2) - (lc + lw / 2) > 4 * MM, "letterhead columns overlap"
    y = PAGE_H - M_TOP - 12
    yl = y
    for s, st in left:
        L.op("ctext", s, lc, yl, st, lh_size, False)
        yl -= 16
    if party:
        L.op("ctext", "*", lc, yl, "r", lh_size, False)
        yl -= 16
    else:
        L.op("hline", lc - 15 * MM, lc + 15 * MM, yl + 11, 0.6)
        yl -= 6
    L.op("ctext", doc.symbol_line, lc, yl, "r", lh_size, False)
    L.op("ctext", rh[0], rc, y, "b", rsz[0], party)
    if not party:
        L.op("ctext", rh[1], rc, y - 16, "b", rsz[1], False)
        w = sw(rh[1], "b", rsz[1])
        L.op("hline", rc - w / 2, rc + w / 2, y - 20, 0.6)
    L.op("ctext", place_date(doc.place, doc.date), rc, yl, "i", 14, False)

    # ----- title block
    ty = yl - 38
    L.op("ctext", doc.doc_type_label, M_LEFT + TEXT_W / 2, ty, "b", 15, False)
    for s in doc.title_lines:
        ty -= 18
        L.op("ctext", nfc(s), M_LEFT + TEXT_W / 2, ty, "b", 14, False)
    if party:
        ty -= 16
        L.op("ctext", "-----", M_LEFT + TEXT_W / 2, ty + 2, "r", 13, False)
    else:
        L.op("hline", M_LEFT + TEXT_W / 2 - 15 * MM, M_LEFT + TEXT_W / 2 + 15 * MM, ty - 14, 0.6)
        ty -= 18
    L.y = ty - 8
    L.at_top = True

    # ----- body
    plist = [(st, para_lines(st, runs)) for st, runs in cd.paras]
    for i, (st, lines) in enumerate(plist):
        nxt = plist[i + 1][1] if st in ("h1", "h2", "h3") and i + 1 < len(plist) else None
        L.add_para(lines, st, nxt)

    # ----- closing: "Nơi nhận" (left, small) beside the signature block (right)
    left_w = 78 * MM
    rl = []
    hsz, isz = (14, 12) if party else (12, 11)
    rl.append(("Nơi nhận:", "r" if party else "bi", hsz, party))
    for r in doc.recipients:
        for ln in break_lines(words_of([Frag(nfc(r), "r")]), left_w, isz):
            rl.append((" ".join("".join(f.text for f in w.frags) for w in ln["words"]), "r", isz, False))
    left_h = sum(z * 1.25 for _, _, z, _ in rl)
    sig = doc.sig_lines
    right_h = 18 * len(sig) + 75
    need = max(left_h, right_h) + 10
    if L.y - need < L.floor(L.page["fn_h"]):
        L.new_page()
    top = L.y - 8
    yy = top
    for s, st, z, ul in rl:
        yy -= z * 1.25
        L.op("ltext", s, M_LEFT - 2 * MM, yy, st, z, ul)
    scx = M_LEFT + TEXT_W * 0.72
    ys = top - 14
    for s in sig:
        L.op("ctext", s, scx, ys, "b", 14, False)
        ys -= 18
    ys -= 62
    L.op("ctext", doc.signer, scx, ys, "b", 14, False)
    L.y = min(yy, ys)

    # ----- appendix table on a page of its own
    extra = {}
    if doc.appendix:
        L.new_page()
        extra["appendix_page"] = L.pno
        draw_appendix(L, doc.appendix)

    # ----- draw
    c = canvas.Canvas(str(out), pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setTitle(f"{doc.doc_type_label.title()} {doc.symbol}")
    c.setAuthor("baocao sample corpus (invented)")
    c.setCreator("corpus/make_corpus.py")
    for pi, pg in enumerate(L.pages, start=1):
        if pi > 1:
            ctext(c, str(pi), PAGE_W / 2, PAGE_H - 12 * MM, "r", 13)
        for o in pg["ops"]:
            kind = o[0]
            if kind == "line":
                _, ln, x0, y0, width, size, align = o
                draw_line(c, ln, x0, y0, width, size, align)
            elif kind == "ctext":
                _, s, cx, y0, st, z, ul = o
                ctext(c, nfc(s), cx, y0, st, z, ul)
            elif kind == "ltext":
                _, s, x0, y0, st, z, ul = o
                c.setFont(FONTS[st], z)
                c.drawString(x0, y0, s)
                if ul:
                    c.setLineWidth(0.6)
                    c.line(x0, y0 - 2.2, x0 + sw(s, st, z), y0 - 2.2)
            elif kind == "rtext":
                _, s, x1, y0, st, z, ul = o
                c.setFont(FONTS[st], z)
                c.drawRightString(x1, y0, s)
            elif kind == "hline":
                _, x1, x2, y0, lw_ = o
                c.setLineWidth(lw_)
                c.line(x1, y0, x2, y0)
            elif kind == "rect":
                _, x1, y1, w_, h_ = o
                c.setLineWidth(0.6)
                c.rect(x1, y1, w_, h_, stroke=1, fill=0)
        if pg["notes"]:
            fy = M_BOT + pg["fn_h"]
            c.setLineWidth(0.5)
            c.line(M_LEFT, fy + 6, M_LEFT + 50 * MM, fy + 6)
            yy = fy - FN_SIZE
            for n, nl in pg["notes"]:
                for ln in nl:
                    draw_line(c, ln, M_LEFT, yy, TEXT_W, FN_SIZE, "justify")
                    yy -= FN_LEAD
        c.showPage()
    c.save()
    extra["n_pages"] = len(L.pages)
    return cd, extra


TABLE_COLS = [("STT", 12), ("Đơn vị", 38), ("Kinh tế", 20), ("Văn hóa - xã hội", 24),
              ("Quốc phòng - an ninh", 25), ("Xây dựng HTCT", 24), ("Tổng", 18)]


def draw_appendix(L: PdfLayout, tb: Table):
    cx = M_LEFT + TEXT_W / 2
    y = PAGE_H - M_TOP - 14
    L.op("ctext", "Phụ lục", cx, y, "b", 14, False)
    for s in tb.title:
        y -= 18
        L.op("ctext", nfc(s), cx, y, "b", 13, False)
    for ln in break_lines(words_of([Frag(nfc(tb.caption), "i")]), TEXT_W, 13):
        y -= 17
        L.op("ctext", " ".join("".join(f.text for f in w.frags) for w in ln["words"]), cx, y,
             "i", 13, False)
    y -= 18
    L.op("rtext", "Đơn vị tính: mô hình", M_LEFT + TEXT_W, y, "i", 11, False)
    y -= 8
    widths = [w * MM for _, w in TABLE_COLS]
    x0 = M_LEFT + (TEXT_W - sum(widths)) / 2
    size = 12
    # header: wrap each label inside its cell
    head_lines = []
    for (lab, _), w in zip(TABLE_COLS, widths):
        ls = break_lines(words_of([Frag(lab, "b")]), w - 4, size)
        head_lines.append([" ".join("".join(f.text for f in wd.frags) for wd in ln["words"]) for ln in ls])
    hh = max(len(h) for h in head_lines) * 14 + 10
    rows = [("b", head_lines, hh)]
    for i, r in enumerate(tb.subunits, start=1):
        vals = list(r[1:]) + [sum(r[1:])]
        rows.append(("r", [[str(i)], [r[0]]] + [[str(v)] for v in vals], 21))
    sums = [sum(r[j] for r in tb.subunits) for j in range(1, 5)]
    rows.append(("b", [[""], ["Tổng cộng"]] + [[str(v)] for v in sums + [sum(sums)]], 21))
    for st, cells, h in rows:
        x = x0
        for j, (cell, w) in enumerate(zip(cells, widths)):
            L.op("rect", x, y - h, w, h)
            ty = y - (h - len(cell) * 14) / 2 - 11
            for s in cell:
                if j == 1 and st == "r":
                    L.op("ltext", s, x + 5, ty, st, size, False)
                else:
                    L.op("ctext", s, x + w / 2, ty, st, size, False)
                ty -= 14
            x += w
        y -= h


# ======================================================================================
# Plain text (shaped like text extracted from a Word file: wrapped lines, blank lines
# between them, running page numbers, footnotes after a separator line of spaces)
# ======================================================================================
TXT_W, TXT_FN_W, TXT_PAGE_LINES = 80, 115, 27


def render_text(doc: Doc, out: Path):
    cd = compile_doc(doc)
    measure = lambda w: sum(len(f.text) for f in w.frags)

    def wrap(runs, width, indent=0):
        frags = [Frag(r.text, "r", r.sup, r.ann) for r in runs]
        ls = break_lines(words_of(frags), width, 0, indent, measure=measure)
        return [("".join("".join(f.text for f in w.frags) + " " for w in ln["words"]),
                 [a for w in ln["words"] for f in w.frags for a in f.ann],
                 [int(f.text) for w in ln["words"] for f in w.frags if f.sup and f.ann])
                for ln in ls]

    # letterhead laid out side by side, as a text export of a two-column table gives it
    head = []
    right = doc.right_header + [place_date(doc.place, doc.date)]
    left = list(doc.issuer_lines) + (["*"] if doc.kind == "party" else []) + [doc.symbol_line]
    for i in range(max(len(left), len(right))):
        l = left[i].center(36) if i < len(left) else " " * 36
        r = right[i] if i < len(right) else ""
        head.append((l + "   " + r.center(44)).rstrip() + " ")
    head += ["", doc.doc_type_label.center(80).rstrip() + " "]
    head += [nfc(s).center(80).rstrip() + " " for s in doc.title_lines]
    head += [""]

    pages = [{"lines": [], "notes": [], "used": len(head)}]
    def new_page():
        pages.append({"lines": [], "notes": [], "used": 0})

    def cost(line):
        return 1 + sum(len(wrap(cd.notes[n], TXT_FN_W)) for n in line[2])

    all_wrapped = [(st, wrap(runs, TXT_W)) for st, runs in cd.paras]
    for pi, (st, wrapped) in enumerate(all_wrapped):
        if st != "body" and pi + 1 < len(all_wrapped):
            follow = all_wrapped[pi + 1][1][:2]         # keep a heading with its text
            if pages[-1]["used"] + len(wrapped) + sum(cost(l) for l in follow) > TXT_PAGE_LINES:
                new_page()
        i = 0
        while i < len(wrapped):
            pg = pages[-1]
            k, used = 0, pg["used"]
            for ln in wrapped[i:]:
                if used + cost(ln) > TXT_PAGE_LINES:
                    break
                used += cost(ln)
                k += 1
            rest = len(wrapped) - i
            if k < rest:
                if i == 0 and k == 1:
                    k = 0                               # orphan
                elif rest - k == 1 and k >= 2:
                    k -= 1                              # widow
            if k == 0:
                if pg["lines"]:
                    new_page()
                    continue
                k = 1
            for text, anns, refs in wrapped[i:i + k]:
                pg["lines"].append(text)
                pg["used"] += cost((text, anns, refs))
                for a in anns:
                    cd.pages.setdefault(a, len(pages))
                for n in refs:
                    nl = wrap([Run(f"{n} ")] + cd.notes[n], TXT_FN_W)
                    pg["notes"].append(nl)
                    for _, an2, _ in nl:
                        for a in an2:
                            cd.pages.setdefault(a, len(pages))
            i += k
            if i < len(wrapped):
                new_page()
    chunks = ["\n".join(head) + "\n"]
    for pi, pg in enumerate(pages, start=1):
        if pi > 1:
            chunks.append(f"\n\n\n {pi} \n\n")
        body = "".join(f"{l}\n\n" for l in pg["lines"])
        chunks.append(body)
        if pg["notes"]:
            s = " " * 49 + "\n"
            for nl in pg["notes"]:
                s += "\n\n".join(t for t, _, _ in nl) + "\n"
            chunks.append(s)
    # closing block: "Nơi nhận" beside the signature, as in real reports
    sig = doc.sig_lines + ["", "", "", doc.signer]
    rec = ["Nơi nhận:"] + [nfc(r) for r in doc.recipients]
    close = []
    for i in range(max(len(rec), len(sig))):
        l = rec[i] if i < len(rec) else ""
        r = sig[i] if i < len(sig) else ""
        close.append((l.ljust(48) + r.center(30)).rstrip() + " ")
    chunks.append("\n".join(close) + "\n")
    text = "".join(chunks)
    assert BRK not in text
    out.write_text(text, encoding="utf-8")
    return cd, {"n_pages": len(pages)}


# ======================================================================================
# DOCX with a real Word footnote part
# ======================================================================================
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def render_docx(doc: Doc, out: Path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    import datetime as dt
    from xml.sax.saxutils import escape

    cd = compile_doc(doc)
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    sec.left_margin, sec.right_margin = Mm(30), Mm(15)
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), "Times New Roman")
    pf = normal.paragraph_format
    pf.space_before, pf.space_after = Pt(0), Pt(6)

    def cell_par(cell, text, bold=False, italic=False, size=13, first=False, underline=False):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(nfc(text))
        r.bold, r.italic, r.underline = bold, italic, underline
        r.font.size = Pt(size)
        return p

    # letterhead: a two-column table without borders
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    lcell, rcell = t.rows[0].cells
    lcell.width, rcell.width = Mm(65), Mm(100)
    for j, s in enumerate(doc.issuer_lines):
        cell_par(lcell, s, bold=j == len(doc.issuer_lines) - 1, first=j == 0)
    cell_par(lcell, "*" if doc.kind == "party" else "")
    cell_par(lcell, doc.symbol_line)
    for j, s in enumerate(doc.right_header):
        cell_par(rcell, s, bold=True, size=13 if j == 0 else 14, first=j == 0,
                 underline=(doc.kind == "party") or j == 1)
    cell_par(rcell, "")
    cell_par(rcell, place_date(doc.place, doc.date), italic=True, size=14)

    def center(text, size, bold=True, before=0):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(nfc(text))
        r.bold = bold
        r.font.size = Pt(size)
        return p

    center(doc.doc_type_label, 15, before=12)
    for s in doc.title_lines:
        center(s, 14)
    center("-----" if doc.kind == "party" else "_______", 13, bold=False).paragraph_format.space_after = Pt(6)

    def add_runs(p, runs, bold=False, italic=False):
        for r in runs:
            if r.sup:
                run = p.add_run()
                run.font.superscript = True
                ref = OxmlElement("w:footnoteReference")
                ref.set(qn("w:id"), r.text)
                run._r.append(ref)
            else:
                run = p.add_run(r.text.replace(BRK, ""))
                run.bold, run.italic = bold or None, italic or None

    for st, runs in cd.paras:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if st == "center" else WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Mm(10)
        add_runs(p, runs, bold=st in ("h1", "h2", "center"), italic=st == "h3")

    # closing: recipients and signature side by side
    t2 = d.add_table(rows=1, cols=2)
    a, b = t2.rows[0].cells
    a.width, b.width = Mm(80), Mm(85)
    p = a.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run("Nơi nhận:")
    r.bold = r.italic = True
    r.font.size = Pt(12)
    for s in doc.recipients:
        q = a.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        rr = q.add_run(nfc(s))
        rr.font.size = Pt(11)
    for j, s in enumerate(doc.sig_lines):
        cell_par(b, s, bold=True, size=14, first=j == 0)
    for _ in range(3):
        cell_par(b, "")
    cell_par(b, doc.signer, bold=True, size=14)

    # ---- footnotes part
    def fn_xml(n, runs):
        body = []
        for r in runs:
            body.append(f'<w:r><w:rPr><w:sz w:val="21"/></w:rPr>'
                        f'<w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>')
        return (f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="both"/>'
                f'</w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="21"/></w:rPr>'
                f'<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="21"/></w:rPr>'
                f'<w:t xml:space="preserve"> </w:t></w:r>{"".join(body)}</w:p></w:footnote>')

    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
           'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
           'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
           '</w:r></w:p></w:footnote>')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:footnotes xmlns:w="{W_NS}">{sep}'
           + "".join(fn_xml(n, runs) for n, runs in cd.notes.items()) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    # settings: declare the separators (Word writes this whenever footnotes exist)
    settings = d.settings.element
    fpr = OxmlElement("w:footnotePr")
    for i in ("-1", "0"):
        e = OxmlElement("w:footnote")
        e.set(qn("w:id"), i)
        fpr.append(e)
    compat = settings.find(qn("w:compat"))
    compat.addprevious(fpr)
    for tag in ("w:savePreviewPicture",):
        e = settings.find(qn(tag))
        if e is not None:
            settings.remove(e)

    cp = d.core_properties
    cp.author = "baocao sample corpus (invented)"
    cp.title = f"{doc.doc_type_label.title()} {doc.symbol}"
    cp.comments = "Invented document generated by corpus/make_corpus.py"
    cp.last_modified_by = "make_corpus.py"
    cp.created = cp.modified = dt.datetime(2025, 1, 1)
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip: fixed timestamps (deterministic bytes), drop the template thumbnail
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    zout_buf = io.BytesIO()
    with zipfile.ZipFile(zout_buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            if name == "docProps/thumbnail.jpeg":
                continue
            data = zin.read(name)
            if name == "_rels/.rels":
                data = re.sub(rb'<Relationship [^>]*thumbnail[^>]*/>', b"", data)
            if name == "[Content_Types].xml":
                data = re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", data)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    out.write_bytes(zout_buf.getvalue())
    return cd, {}


# ======================================================================================
# The documents (all invented)
# ======================================================================================
def doc_phucat():
    """1. Huyện ủy report, district level, footnotes; body and footnote disagree."""
    kh45 = Ref("ke_hoach", "45-KH/TU", "2021-03-12", issuer="của Ban Thường vụ Tỉnh ủy")
    body = [
        P("Thực hiện ", Ref("ke_hoach", "375-KH/TU", "2025-02-10", issuer="của Ban Thường vụ Tỉnh ủy",
                            tpl="{T} số {S} ngày {dd}/{mm}/{Y} {I}"),
          " về tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025, Ban Thường vụ "
          "Huyện ủy Phù Cát báo cáo kết quả thực hiện như sau:"),
        H1("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
        P("Ngay sau khi có ", kh45, " về thực hiện phong trào thi đua “Dân vận khéo” giai đoạn "
          "2021 - 2025, Ban Thường vụ Huyện ủy đã ban hành ",
          Ref("ke_hoach", "112-KH/HU", "2021-04-20"),
          " triển khai trên địa bàn huyện; giao Ban Dân vận Huyện ủy chủ trì, phối hợp với Ủy ban "
          "nhân dân huyện, Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã "
          "hội hướng dẫn việc đăng ký, xây dựng, đánh giá và công nhận mô hình. Đến nay, ",
          Trap("42/42 tổ chức cơ sở đảng", "ratio of party organisations, not a model count"),
          " đã cụ thể hóa bằng chương trình, kế hoạch phù hợp với đặc điểm của từng địa phương, "
          "đơn vị."),
        P("Công tác tuyên truyền được chú trọng với nhiều hình thức phong phú. Trung tâm Văn hóa - "
          "Thông tin - Thể thao huyện đã phát sóng ", Fig(236, "tin, bài", "236 tin, bài"),
          " và duy trì ", Fig(48, "chuyên mục", "48 chuyên mục"), " “Dân vận khéo” trên sóng "
          "phát thanh", Fn("Mỗi tháng thực hiện một chuyên mục, phát lại vào tối thứ Bảy hằng tuần."),
          "; các chi bộ đưa nội dung phong trào vào sinh hoạt định kỳ, gắn với việc học tập và "
          "làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."),
        H1("II. KẾT QUẢ THỰC HIỆN"),
        H2("1. Kết quả xây dựng mô hình"),
        P("Phong trào được triển khai sâu rộng ở tất cả các cơ quan, đơn vị, địa phương; số lượng "
          "và chất lượng mô hình đều được nâng lên. Toàn huyện có ", N(398, COL, part_of=REG),
          " tập thể và ", N(14, IND), " cá nhân đăng ký thực hiện, ",
          Trap("tăng 45 mô hình so với giai đoạn 2016 - 2020",
               "difference between two periods, not a count"),
          ". Qua 05 năm, các địa phương, đơn vị đã xây dựng được ", N(412),
          " mô hình “Dân vận khéo” trên các lĩnh vực",
          Fn("Lĩnh vực kinh tế: ", N(120, field=KT), " mô hình; lĩnh vực văn hóa - xã hội: ",
             N(180, field=VH), " mô hình; lĩnh vực quốc phòng, an ninh: ", N(64, field=QP),
             " mô hình; lĩnh vực xây dựng hệ thống chính trị: ", N(48, field=XD), " mô hình."),
          ":"),
        H3("a) Trên lĩnh vực kinh tế"),
        P("Lĩnh vực kinh tế có ", N(120, field=KT), " mô hình, tập trung vận động Nhân dân chuyển "
          "đổi cơ cấu cây trồng, vật nuôi, liên kết sản xuất theo chuỗi giá trị. Tiêu biểu là mô hình ",
          Model("Tổ hợp tác trồng dưa lưới trong nhà màng", 2022, KT,
                "{name} của Hội Nông dân xã Cát Hanh (năm {year})"),
          " và mô hình ", Model("Vốn vay xoay vòng giúp hội viên thoát nghèo", 2021, KT,
                                "{name} của Hội Liên hiệp Phụ nữ huyện (năm {year})"),
          ". Từ các mô hình này, hội viên đã được hỗ trợ vay ", Fig(3.2e9, "đồng", "3,2 tỷ đồng", q="hơn"),
          " để phát triển sản xuất, góp phần đưa tỷ lệ hộ nghèo toàn huyện giảm xuống còn ",
          Fig(2.14, "%", "2,14%"), "."),
        H3("b) Trên lĩnh vực văn hóa - xã hội"),
        P("Đây là lĩnh vực có nhiều mô hình nhất với ", N(176, field=VH), " mô hình, gắn với cuộc "
          "vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”. Nổi bật có mô hình ",
          Model("Thắp sáng đường quê", 2021, VH, "{name} ra đời từ năm {year}"), ", mô hình ",
          Model("Bếp ăn nghĩa tình bệnh viện huyện", 2023, VH, "{name} (năm {year})"),
          "... Nhân dân đã hiến ", Fig(18500, "m²", "18.500 m²", q="trên"), " đất, đóng góp ",
          Fig(6.7e9, "đồng", "6,7 tỷ đồng", q="khoảng"),
          " để bê tông hóa đường giao thông nông thôn, chỉnh trang khu dân cư."),
        H3("c) Trên lĩnh vực quốc phòng, an ninh"),
        P("Đã xây dựng được ", N(64, field=QP), " mô hình, phát huy vai trò của quần chúng trong "
          "giữ gìn an ninh trật tự ở cơ sở như mô hình ", Model("Camera an ninh khu dân cư", None, QP),
          ", mô hình ", Model("Ngư dân bám biển, giữ vững chủ quyền", 2023, QP,
                               "{name} ở các xã ven biển (năm {year})"),
          ". Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững."),
        H3("d) Trên lĩnh vực xây dựng hệ thống chính trị"),
        P("Các cơ quan, đơn vị đăng ký thực hiện ", N(48, field=XD), " mô hình, chủ yếu hướng vào "
          "cải cách thủ tục hành chính, nâng cao chất lượng tiếp công dân, đối thoại trực tiếp "
          "giữa người đứng đầu cấp ủy, chính quyền với Nhân dân."),
        H2("2. Đánh giá, công nhận và khen thưởng"),
        P("Qua bình xét, cấp huyện đã công nhận ", N(52, REC, level="huyen"), " mô hình, cấp cơ "
          "sở công nhận ", N(215, REC, level="xa"), " mô hình “Dân vận khéo”; Ban Dân vận Huyện ủy "
          "lựa chọn ", N(15, TYP), " mô hình tiêu biểu để giới thiệu, nhân rộng",
          Fn("Gồm ", N(4, TYP, KT), " mô hình thuộc lĩnh vực kinh tế, ", N(6, TYP, VH),
             " mô hình thuộc lĩnh vực văn hóa - xã hội, ", N(3, TYP, QP), " mô hình thuộc lĩnh "
             "vực quốc phòng, an ninh và ", N(2, TYP, XD), " mô hình thuộc lĩnh vực xây dựng hệ "
             "thống chính trị."),
          ". Ban Thường vụ Huyện ủy tặng Giấy khen cho ", N(24, COM, level="huyen"),
          " mô hình có thành tích xuất sắc; ",
          Trap("Ủy ban nhân dân huyện tặng Giấy khen cho 31 tập thể, 17 cá nhân",
               "awards to collectives and individuals, not models"),
          " có nhiều đóng góp cho phong trào."),
        H1("III. ĐÁNH GIÁ CHUNG"),
        P("Phong trào thi đua “Dân vận khéo” đã thực sự lan tỏa, trở thành động lực thúc đẩy các "
          "địa phương hoàn thành nhiệm vụ chính trị. Tuy nhiên, một số mô hình chưa bền vững, sau "
          "khi được công nhận không duy trì thường xuyên; việc sơ kết, nhân rộng ở một vài cơ sở "
          "còn hình thức."),
        H1("IV. PHƯƠNG HƯỚNG GIAI ĐOẠN 2026 - 2030"),
        P("- Tiếp tục quán triệt sâu sắc quan điểm “dân là gốc”; gắn phong trào với việc thực "
          "hiện Quy chế dân chủ ở cơ sở và nhiệm vụ phát triển kinh tế - xã hội của địa phương."),
        P("- Phấn đấu mỗi xã, thị trấn hằng năm có ",
          N(2, TGT, text="02", q="ít nhất", per="commune_year", period=(2026, 2030)),
          " mô hình được công nhận; chú trọng các mô hình vận động Nhân dân tham gia chuyển đổi số."),
        P("Trên đây là báo cáo tổng kết 05 năm thực hiện phong trào thi đua “Dân vận khéo” giai "
          "đoạn 2021 - 2025 của Ban Thường vụ Huyện ủy Phù Cát./."),
    ]
    return Doc(
        stem="binhdinh_phucat_huyenuy_baocao_2025", fmt="pdf", kind="party",
        issuer_lines=["ĐẢNG BỘ TỈNH BÌNH ĐỊNH", "HUYỆN ỦY PHÙ CÁT"], symbol="218-BC/HU",
        place="Phù Cát", date="2025-03-15", doc_type="bao_cao",
        title_lines=["tổng kết 05 năm thực hiện phong trào thi đua “Dân vận khéo”",
                     "giai đoạn 2021 - 2025"],
        body=body,
        recipients=["- Ban Thường vụ Tỉnh ủy (b/c),", "- Ban Dân vận Tỉnh ủy (b/c),",
                    "- Thường trực Huyện ủy,", "- Các tổ chức cơ sở đảng,", "- Lưu Văn phòng Huyện ủy."],
        authority=["T/M BAN THƯỜNG VỤ"], signer_title="Phó Bí thư", signer="Trần Minh Khoa",
        meta=dict(issuer="Ban Thường vụ Huyện ủy Phù Cát", unit_level="huyen",
                  unit_name="huyện Phù Cát", province="Bình Định", province_2025="Gia Lai",
                  period=(2021, 2025)),
        describe="Party committee (Huyện ủy) five-year report, district level; real footnotes "
                 "(superscript markers, notes at the page foot under a short rule, 10.5 pt); "
                 "the body says 176 models in văn hóa - xã hội, footnote 2 says 180.",
    )


def doc_kontum():
    """2. UBND tỉnh report, province level, state letterhead."""
    body = [
        P("Thực hiện ", Ref("cong_van", "1587-CV/BDVTU", "2023-10-26", issuer="của Ban Dân vận Tỉnh ủy"),
          " về việc báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2023, Ủy ban "
          "nhân dân tỉnh Kon Tum báo cáo như sau:"),
        H1("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"),
        P("Ủy ban nhân dân tỉnh ban hành ", Ref("ke_hoach", "08/KH-UBND", "2023-01-16",
                                                tpl="{T} số {S} ngày {dd}/{mm}/{Y}"),
          " thực hiện phong trào thi đua “Dân vận khéo” năm 2023 và ",
          Ref("cong_van", "210/UBND-VX", "2023-04-05"),
          " hướng dẫn đăng ký, xây dựng mô hình trong các cơ quan hành chính nhà nước; chỉ đạo các "
          "sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố gắn phong trào với cải cách hành "
          "chính, xây dựng chính quyền thân thiện, gần dân. ",
          Trap("10/10 huyện, thành phố", "ratio of districts, not a model count"),
          " đã ban hành kế hoạch triển khai; ", Fig(100, "%", "100%"), " cơ quan chuyên môn thuộc "
          "Ủy ban nhân dân tỉnh đăng ký mô hình ngay từ đầu năm."),
        P("Công tác tuyên truyền được đẩy mạnh trên Báo Kon Tum, Đài Phát thanh - Truyền hình tỉnh "
          "với ", Fig(327, "tin, bài", "327 tin, bài"), ", phóng sự; Cổng Thông tin điện tử tỉnh "
          "duy trì chuyên mục giới thiệu gương người tốt, việc tốt trong phong trào."),
        H1("II. KẾT QUẢ THỰC HIỆN"),
        H2("1. Số lượng mô hình"),
        P("Năm 2023, toàn tỉnh có ", N(1306), " mô hình “Dân vận khéo” được đăng ký thực hiện "
          "trong các cơ quan hành chính nhà nước và chính quyền các cấp (", N(1217, COL, part_of=REG),
          " tập thể, ", N(89, IND), " cá nhân). Trong đó, ", N(298, field=KT),
          " mô hình thuộc lĩnh vực kinh tế; ", N(612, field=VH), " mô hình thuộc lĩnh vực văn hóa "
          "- xã hội; ", N(187, field=QP), " mô hình thuộc lĩnh vực quốc phòng, an ninh và ",
          N(205, field=XD), " mô hình thuộc lĩnh vực xây dựng hệ thống chính trị. ",
          Trap("So với năm 2022, số mô hình tăng 112 mô hình",
               "year-on-year increase, not a count"), ", chủ yếu ở cấp xã."),
        P("Qua bình xét, công nhận, cấp tỉnh đã công nhận ", N(64, REC, level="tinh"),
          " mô hình; cấp huyện công nhận ", N(318, REC, level="huyen"), " mô hình; cấp xã công "
          "nhận ", N(735, REC, level="xa"), " mô hình. Có ", N(150, REP, q="khoảng"),
          " mô hình được nhân rộng ra các địa phương, đơn vị khác."),
        H2("2. Hiệu quả của các mô hình"),
        P("Trên lĩnh vực cải cách hành chính, nhiều mô hình đã tạo chuyển biến rõ nét trong thái "
          "độ phục vụ của cán bộ, công chức, như mô hình ",
          Model("Một cửa thân thiện, nói không với giấy hẹn", None, XD,
                "{name} của Ủy ban nhân dân thành phố Kon Tum"),
          ", mô hình ", Model("Cán bộ, công chức đồng hành cùng hộ nghèo", None, KT),
          ". Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trước và đúng hạn đạt ",
          Fig(98.6, "%", "98,6%"), "."),
        P("Trong xây dựng nông thôn mới, các mô hình đã vận động Nhân dân đóng góp ",
          Fig(8.5e9, "đồng", "8,5 tỷ đồng", q="hơn"), ", hiến ",
          Fig(12400, "m²", "12.400 m²", q="trên"), " đất và ",
          Fig(2150, "ngày công", "2.150 ngày công"), " để làm đường giao thông, nhà văn hóa thôn. "
          "Ở vùng đồng bào dân tộc thiểu số, mô hình ",
          Model("Già làng, người có uy tín nói không với tảo hôn", 2023, VH,
                "{name} ra mắt năm {year} tại huyện Kon Plông"),
          " đã góp phần giảm rõ rệt tình trạng tảo hôn, hôn nhân cận huyết thống."),
        H2("3. Công tác khen thưởng"),
        P("Nhân dịp sơ kết phong trào, Chủ tịch Ủy ban nhân dân tỉnh đã tặng ",
          Trap("Bằng khen cho 18 tập thể, 9 cá nhân", "awards to people, not models"),
          " có thành tích tiêu biểu; Ủy ban nhân dân các huyện, thành phố biểu dương, khen thưởng ",
          N(126, COM, level="huyen"), " mô hình “Dân vận khéo”."),
        H1("III. HẠN CHẾ VÀ PHƯƠNG HƯỚNG NĂM 2024"),
        P("Một số cơ quan, đơn vị còn lúng túng trong lựa chọn nội dung mô hình; việc tổng hợp, "
          "báo cáo có nơi chưa kịp thời, số liệu giữa các cấp chưa thống nhất. Năm 2024, Ủy ban "
          "nhân dân tỉnh tiếp tục chỉ đạo nâng cao chất lượng mô hình, gắn với chuyển đổi số và "
          "cải thiện chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính."),
        P("Trên đây là báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2023 của "
          "Ủy ban nhân dân tỉnh Kon Tum./."),
    ]
    return Doc(
        stem="kontum_ubnd_tinh_baocao_2023", fmt="pdf", kind="state",
        issuer_lines=["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"], symbol="312/BC-UBND",
        place="Kon Tum", date="2023-11-24", doc_type="bao_cao",
        title_lines=["Kết quả thực hiện phong trào thi đua “Dân vận khéo”",
                     "trong các cơ quan hành chính nhà nước năm 2023"],
        body=body,
        recipients=["- Ban Dân vận Tỉnh ủy (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                    "- CT, các PCT UBND tỉnh;", "- Sở Nội vụ;", "- UBND các huyện, thành phố;",
                    "- Lưu: VT, NC."],
        authority=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], signer_title="Phó Chủ tịch",
        signer="Lê Ngọc Hà",
        meta=dict(issuer="Ủy ban nhân dân tỉnh Kon Tum", unit_level="tinh", unit_name="tỉnh Kon Tum",
                  province="Kon Tum", province_2025="Quảng Ngãi", period=(2023, 2023)),
        describe="People's Committee (UBND tỉnh) report, province level, state letterhead; the "
                 "four fields add up to 1.302, not to the stated total 1.306.",
    )


def doc_sonlam():
    """3. Plan of a commune Party committee, with targets and a symbol broken at a line end."""
    body = [
        P("Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ xã Sơn Lâm khóa XXVI, nhiệm kỳ "
          "2020 - 2025; thực hiện ",
          Ref("ke_hoach", "14-KH/HU", "2024-01-05", shown="14-" + BRK + "KH/HU",
              issuer="của Ban Thường vụ Huyện ủy Hương Sơn",
              tpl="{T} số {S} ngày {dd}/{mm}/{Y} {I}"),
          " về thực hiện phong trào thi đua “Dân vận khéo” năm 2024 - 2025, Đảng ủy xã Sơn Lâm "
          "xây dựng kế hoạch thực hiện như sau:"),
        H1("I. MỤC ĐÍCH, YÊU CẦU"),
        P("1. Tiếp tục nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc, "
          "các đoàn thể và cán bộ, đảng viên về vai trò của công tác dân vận; phát huy quyền làm "
          "chủ và sức mạnh của Nhân dân trong xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu."),
        P("2. Việc xây dựng mô hình phải thiết thực, xuất phát từ nhiệm vụ chính trị của từng chi "
          "bộ, thôn; tránh hình thức, chạy theo số lượng. Giai đoạn 2021 - 2023, Đảng bộ xã đã "
          "lãnh đạo xây dựng ", N(19, period=(2021, 2023)), " mô hình “Dân vận khéo”, trong đó ",
          N(11, REC, level="huyen", period=(2021, 2023)), " mô hình được Ban Thường vụ Huyện ủy "
          "công nhận; ", Trap("12/12 chi bộ thôn", "ratio of party cells, not a model count"),
          " có mô hình được duy trì, phát huy hiệu quả. Kế hoạch này kế thừa những kết quả đó."),
        H1("II. CHỈ TIÊU"),
        P("- Mỗi chi bộ trực thuộc Đảng ủy mỗi năm xây dựng ",
          N(1, TGT, text="01", q="ít nhất", per="chi_bo_year"),
          " mô hình “Dân vận khéo”; mỗi tổ chức chính trị - xã hội của xã xây dựng và duy trì ",
          N(1, TGT, text="01", vmax=2, text_max="02", per="organisation_year"), " mô hình."),
        P("- Phấn đấu đến hết năm 2025, toàn xã có ", N(30, TGT, q="ít nhất", period=(2024, 2025)),
          " mô hình được công nhận, trong đó có ",
          N(5, TGT, text="05", period=(2024, 2025), note="mô hình tiêu biểu (typical models)"),
          " mô hình tiêu biểu được đề nghị cấp huyện biểu dương."),
        P("- ", Fig(100, "%", "100%"), " cán bộ, công chức xã, bí thư chi bộ và trưởng thôn đăng "
          "ký thực hiện phong trào ngay từ đầu năm."),
        H1("III. NHIỆM VỤ, GIẢI PHÁP"),
        P("1. Đẩy mạnh tuyên truyền trên hệ thống truyền thanh xã và các nhóm Zalo của thôn; mỗi "
          "quý giới thiệu ít nhất một gương người tốt, việc tốt, cách làm hay trong phong trào."),
        P("2. Lựa chọn nội dung sát với thực tế: phát triển kinh tế đồi rừng, chăn nuôi hươu "
          "lấy nhung, xây dựng khu dân cư kiểu mẫu, vườn mẫu; giữ gìn an ninh trật tự; khuyến "
          "khích mô hình hướng dẫn Nhân dân sử dụng dịch vụ công trực tuyến, thanh toán không "
          "dùng tiền mặt."),
        P("3. Định kỳ 6 tháng, Khối Dân vận xã đánh giá tiến độ; cuối năm tổ chức bình xét, công "
          "nhận và đề nghị cấp trên biểu dương, khen thưởng các mô hình tiêu biểu."),
        H1("IV. TỔ CHỨC THỰC HIỆN"),
        P("1. Khối Dân vận xã tham mưu Đảng ủy triển khai kế hoạch; hướng dẫn các chi bộ đăng ký "
          "mô hình trước ngày 15/3 hằng năm; tổng hợp kết quả, báo cáo Đảng ủy và Ban Dân vận "
          "Huyện ủy theo quy định."),
        P("2. Ủy ban nhân dân xã bố trí kinh phí hỗ trợ xây dựng, nhân rộng mô hình, mỗi năm ",
          Fig(50e6, "đồng", "50 triệu đồng", q="khoảng"), " từ nguồn ngân sách xã."),
        P("3. Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội xã hướng dẫn hội viên, "
          "đoàn viên đăng ký mô hình; các chi bộ đưa nội dung phong trào vào sinh hoạt định kỳ."),
        P("Kế hoạch này được phổ biến đến các chi bộ và cán bộ, đảng viên trong Đảng bộ./."),
    ]
    return Doc(
        stem="hatinh_sonlam_danguy_kehoach_2024", fmt="pdf", kind="party",
        issuer_lines=["ĐẢNG BỘ HUYỆN HƯƠNG SƠN", "ĐẢNG ỦY XÃ SƠN LÂM"], symbol="27-KH/ĐU",
        place="Sơn Lâm", date="2024-01-18", doc_type="ke_hoach",
        title_lines=["thực hiện phong trào thi đua “Dân vận khéo”", "năm 2024 - 2025"],
        body=body,
        recipients=["- Ban Thường vụ Huyện ủy (b/c),", "- Ban Dân vận Huyện ủy (b/c),",
                    "- Các đồng chí Đảng ủy viên,", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."],
        authority=["T/M ĐẢNG ỦY"], signer_title="Bí thư", signer="Phan Văn Tùng",
        meta=dict(issuer="Đảng ủy xã Sơn Lâm", unit_level="xa", unit_name="xã Sơn Lâm",
                  district="huyện Hương Sơn", province="Hà Tĩnh", province_2025="Hà Tĩnh",
                  period=(2024, 2025)),
        describe="Plan (KẾ HOẠCH) of a commune Party committee with yearly targets per chi bộ; "
                 "the cited symbol 14-KH/HU is broken across a line end (“14-” / “KH/HU”).",
    )


def doc_thanhhoa():
    """4. Directive of a Tỉnh ủy for 2026 - 2030."""
    body = [
        P("Thời gian qua, thực hiện ",
          Ref("nghi_quyet", "25-NQ/TW", "2013-06-03",
              tpl="{T} số {S} ngày {dd}/{mm}/{Y} của Ban Chấp hành Trung ương Đảng (khóa XI)"),
          " về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình "
          "hình mới và các chỉ thị của Ban Thường vụ Tỉnh ủy (",
          Ref("chi_thi", "10-CT/TU"), "; ", Ref("chi_thi", "29-CT/TU"),
          "), phong trào thi đua “Dân vận khéo” trên địa bàn tỉnh được triển khai sâu rộng, đạt "
          "nhiều kết quả quan trọng. Giai đoạn 2021 - 2025, các cấp, các ngành đã xây dựng được ",
          N(9800, q="hơn", period=(2021, 2025)), " mô hình, điển hình “Dân vận khéo”; qua đánh "
          "giá, đã công nhận ", N(8215, REC, period=(2021, 2025)), " mô hình, trong đó cấp tỉnh "
          "công nhận ", N(126, TYP, level="tinh", period=(2021, 2025)), " mô hình tiêu biểu."),
        P("Tuy nhiên, phong trào ở một số nơi chưa thực sự đi vào chiều sâu; việc lựa chọn, xây "
          "dựng mô hình còn dàn trải, chạy theo số lượng; không ít mô hình sau khi được công nhận "
          "không được duy trì. Sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa "
          "phương hai cấp, nhiều cán bộ làm công tác dân vận ở cơ sở mới được bố trí, còn thiếu "
          "kinh nghiệm."),
        P("Để phong trào tiếp tục phát triển, đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới, Ban "
          "Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và "
          "các tổ chức chính trị - xã hội thực hiện tốt các nội dung sau:"),
        P("1. Nâng cao nhận thức, trách nhiệm của cấp ủy, người đứng đầu đối với phong trào thi "
          "đua “Dân vận khéo”; xác định đây là nhiệm vụ thường xuyên của cả hệ thống chính trị, "
          "gắn với thực hiện Quy chế dân chủ ở cơ sở và nhiệm vụ chính trị của từng địa phương."),
        P("2. Đổi mới nội dung, phương thức xây dựng mô hình; mô hình phải xuất phát từ nhu cầu "
          "thực tế, được Nhân dân đồng tình hưởng ứng. Phấn đấu mỗi xã, phường hằng năm xây dựng ",
          N(1, TGT, text="một", q="ít nhất", per="commune_year"),
          " mô hình “Dân vận khéo” tiêu biểu; mỗi cơ quan, đơn vị cấp tỉnh có ",
          N(1, TGT, text="01", q="ít nhất", per="unit_year"), " mô hình gắn với chức năng, "
          "nhiệm vụ được giao. Đến năm 2030, có ", Fig(80, "%", "80%", q="ít nhất"),
          " số mô hình được công nhận duy trì hoạt động hiệu quả."),
        P("3. Chú trọng phát hiện, bồi dưỡng và nhân rộng các điển hình; kịp thời biểu dương, "
          "khen thưởng những tập thể, cá nhân có cách làm sáng tạo. Định kỳ ",
          Trap("05 năm", "a duration, not a count"), ", Ban Thường vụ Tỉnh ủy tổ chức tổng kết "
          "phong trào; các cấp ủy sơ kết hằng năm."),
        P("4. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan hướng "
          "dẫn, theo dõi, kiểm tra việc thực hiện Chỉ thị; hằng năm báo cáo Ban Thường vụ Tỉnh ủy. "
          "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo bố trí kinh phí cho hoạt động của phong trào."),
        P("Chỉ thị này được phổ biến đến chi bộ, cán bộ, đảng viên và Nhân dân./."),
    ]
    return Doc(
        stem="thanhhoa_tinhuy_chithi_2025", fmt="pdf", kind="party",
        issuer_lines=["TỈNH ỦY THANH HÓA"], symbol="08-CT/TU",
        place="Thanh Hóa", date="2025-12-05", doc_type="chi_thi",
        title_lines=["của Ban Thường vụ Tỉnh ủy",
                     "về tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo”",
                     "giai đoạn 2026 - 2030"],
        body=body,
        recipients=["- Ban Tuyên giáo và Dân vận Trung ương (b/c),", "- Các đảng ủy trực thuộc Tỉnh ủy,",
                    "- Các đồng chí Tỉnh ủy viên,", "- Lưu Văn phòng Tỉnh ủy."],
        authority=["T/M BAN THƯỜNG VỤ"], signer_title="Phó Bí thư Thường trực", signer="Đỗ Văn Thịnh",
        meta=dict(issuer="Ban Thường vụ Tỉnh ủy Thanh Hóa", unit_level="tinh",
                  unit_name="tỉnh Thanh Hóa", province="Thanh Hóa", province_2025="Thanh Hóa",
                  period=(2026, 2030)),
        describe="Directive (CHỈ THỊ) of a provincial Party committee for 2026 - 2030; past "
                 "results with their own period (2021 - 2025), targets written with a number word.",
    )


def doc_phuocvan():
    """5. Commune People's Committee report with named models."""
    body = [
        P("Thực hiện ", Ref("cong_van", "2356/UBND-NV", "2024-11-15",
                            issuer="của Ủy ban nhân dân huyện Cần Đước"),
          " về việc báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2024, Ủy ban "
          "nhân dân xã Phước Vân báo cáo như sau:"),
        H2("1. Công tác triển khai thực hiện"),
        P("Căn cứ ", Ref("ke_hoach", "38/KH-UBND", "2024-02-20",
                         tpl="{T} số {S} ngày {dd}/{mm}/{Y}"),
          " của Ủy ban nhân dân xã, các ban, ngành, đoàn thể và ",
          Trap("7/7 ấp", "ratio of hamlets, not a model count"),
          " đã tổ chức quán triệt, đăng ký mô hình ngay từ đầu năm. Ủy ban nhân dân xã phân công "
          "công chức theo dõi, hướng dẫn; lồng ghép nội dung phong trào vào các buổi họp dân và "
          "đối thoại với Nhân dân."),
        H2("2. Kết quả xây dựng mô hình"),
        P("Năm 2024, toàn xã đăng ký ", N(14), " mô hình “Dân vận khéo” (", N(9, COL, part_of=REG),
          " tập thể, ", N(5, IND), " cá nhân). Phân theo lĩnh vực: kinh tế ", N(4, field=KT),
          " mô hình, văn hóa - xã hội ", N(6, field=VH), " mô hình, quốc phòng - an ninh ",
          N(2, field=QP), " mô hình, xây dựng hệ thống chính trị ", N(2, field=XD), " mô hình. "
          "Một số mô hình tiêu biểu:"),
        P("- Mô hình ", Model("Tuyến đường hoa không rác", 2024, VH,
                              "{name} của Hội LHPN xã năm {year}"),
          ": hội viên phụ nữ nhận chăm sóc ", Fig(3.5, "km", "3,5 km"), " đường hoa trên các "
          "tuyến liên ấp, phân loại rác tại nguồn ở ", Fig(412, "hộ", "412 hộ"), "."),
        P("- Mô hình ", Model("3 không", 2023, QP, "{name} của Công an xã từ năm {year}",
                              trap="number inside a model name"),
          " (không tội phạm, không ma túy, không tệ nạn xã hội) tiếp tục phát huy hiệu quả, tình "
          "hình an ninh trật tự trên địa bàn ổn định."),
        P("- Mô hình ", Model("Tổ hùn vốn xoay vòng", 2022, KT,
                              "{name} của Hội Nông dân xã thành lập năm {year}"),
          ": đến nay có ", Fig(27, "thành viên", "27 thành viên"), ", số vốn xoay vòng ",
          Fig(320e6, "đồng", "320 triệu đồng", q="khoảng"), ", giúp ", Fig(23, "hộ", "23 hộ"),
          " có vốn chăn nuôi, trồng rau màu."),
        P("- Mô hình ", Model("Ngôi nhà khuyến học", 2024, VH, "{name} của Hội Khuyến học xã năm {year}"),
          " và mô hình ", Model("Bộ phận một cửa thân thiện", 2024, XD,
                                "{name} của công chức Văn phòng - Thống kê xã năm {year}"),
          "; tỷ lệ hồ sơ trả đúng hẹn đạt ", Fig(100, "%", "100%"), "."),
        P("Qua bình xét, Ủy ban nhân dân huyện công nhận ", N(3, REC, level="huyen"),
          " mô hình, Ủy ban nhân dân xã công nhận ", N(11, REC, level="xa"), " mô hình. Đây là ",
          Trap("năm thứ 05 liên tiếp", "an ordinal count of years"),
          " xã có mô hình được huyện công nhận."),
        H2("3. Đánh giá chung"),
        P("Phong trào được các tầng lớp Nhân dân đồng tình hưởng ứng; các mô hình gắn với tiêu "
          "chí xã nông thôn mới nâng cao. Tuy nhiên, một số mô hình còn nhỏ lẻ, chưa có kinh phí "
          "duy trì; việc ghi chép, lưu trữ hồ sơ mô hình ở ấp chưa đầy đủ."),
        H2("4. Phương hướng năm 2025"),
        P("Tiếp tục duy trì các mô hình đã được công nhận; phấn đấu mỗi ấp xây dựng ",
          N(1, TGT, text="01", q="ít nhất", per="hamlet_year", period=(2025, 2025)),
          " mô hình mới gắn với chỉnh trang khu dân cư và bảo vệ môi trường./."),
    ]
    return Doc(
        stem="longan_phuocvan_ubnd_xa_baocao_2024", fmt="pdf", kind="state",
        issuer_lines=["ỦY BAN NHÂN DÂN", "XÃ PHƯỚC VÂN"], symbol="186/BC-UBND",
        place="Phước Vân", date="2024-12-10", doc_type="bao_cao",
        title_lines=["Kết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2024"],
        body=body,
        recipients=["- UBND huyện Cần Đước (b/c);", "- Phòng Nội vụ huyện;",
                    "- TT Đảng ủy, TT HĐND xã;", "- CT, PCT UBND xã;", "- Lưu: VT."],
        authority=["TM. ỦY BAN NHÂN DÂN"], signer_title="Chủ tịch", signer="Huỳnh Văn Lợi",
        meta=dict(issuer="Ủy ban nhân dân xã Phước Vân", unit_level="xa", unit_name="xã Phước Vân",
                  district="huyện Cần Đước", province="Long An", province_2025="Tây Ninh",
                  period=(2024, 2024)),
        describe="Commune People's Committee (UBND xã) report with named models and their years "
                 "(“Tuyến đường hoa không rác” của Hội LHPN xã năm 2024, “3 không” ...).",
    )


BACQUANG_ROWS = [  # commune, kinh tế, văn hóa - xã hội, quốc phòng - an ninh, xây dựng HTCT
    ("Việt Quang", 6, 14, 3, 4), ("Vĩnh Tuy", 4, 11, 2, 3), ("Hùng An", 5, 8, 2, 1),
    ("Tân Quang", 3, 7, 1, 2), ("Đồng Tâm", 4, 6, 2, 1), ("Vô Điếm", 3, 5, 1, 1),
    ("Kim Ngọc", 2, 6, 1, 2), ("Quang Minh", 3, 4, 2, 1), ("Việt Vinh", 2, 5, 1, 1),
    ("Bằng Hành", 3, 4, 1, 0), ("Liên Hiệp", 2, 5, 1, 1), ("Tân Thành", 4, 6, 2, 1),
]


def doc_bacquang():
    """6. Report of a district Ban Dân vận with a ruled appendix table."""
    rows = BACQUANG_ROWS
    s = [sum(r[i] for r in rows) for i in range(1, 5)]
    total = sum(s)
    n_ind = 16
    symbol, date = "41-BC/BDVHU", "2024-01-12"
    y, m, d = iso_parts(date)
    body = [
        P("Thực hiện ", Ref("huong_dan", "27-HD/BDVTU", "2023-12-04",
                            issuer="của Ban Dân vận Tỉnh ủy Hà Giang",
                            tpl="{T} số {S} ngày {dd}/{mm}/{Y} {I}"),
          " về sơ kết phong trào thi đua “Dân vận khéo”, Ban Dân vận Huyện ủy Bắc Quang báo cáo "
          "kết quả 03 năm thực hiện (2021 - 2023) như sau:"),
        H1("1. Công tác triển khai"),
        P("Trên cơ sở ", Ref("ke_hoach", "89-KH/HU", "2021-05-17", issuer="của Ban Thường vụ Huyện ủy"),
          ", Ban Dân vận Huyện ủy đã hướng dẫn Đảng ủy các xã, thị trấn và các cơ quan, đơn vị "
          "lựa chọn nội dung, đăng ký mô hình; phối hợp với Ủy ban Mặt trận Tổ quốc và các đoàn "
          "thể huyện theo dõi, đôn đốc. Mỗi năm, huyện tổ chức ",
          Fig(2, "đoàn kiểm tra", "02 đoàn kiểm tra"), " tại cơ sở."),
        P("Công tác tuyên truyền được thực hiện bằng cả tiếng phổ thông và tiếng dân tộc trên "
          "hệ thống loa truyền thanh của các thôn, bản; nhiều xã lồng ghép giới thiệu mô hình tại "
          "các buổi sinh hoạt cộng đồng, ngày hội đại đoàn kết toàn dân tộc ở khu dân cư."),
        H1("2. Kết quả"),
        P("Sau 03 năm, toàn huyện đã xây dựng được ", N(total), " mô hình “Dân vận khéo” (",
          N(total - n_ind, COL, part_of=REG), " tập thể, ", N(n_ind, IND),
          " cá nhân), chi tiết tại Phụ lục kèm theo. Xét theo lĩnh vực, kinh tế có ",
          N(s[0], field=KT), " mô hình, văn hóa - xã hội có ", N(s[1], field=VH),
          " mô hình, quốc phòng, an ninh có ", N(s[2], field=QP), " mô hình và xây dựng hệ thống "
          "chính trị có ", N(s[3], field=XD), " mô hình."),
        P("Ban Thường vụ Huyện ủy đã công nhận ", N(37, REC, level="huyen"),
          " mô hình cấp huyện; ", N(21, REP), " mô hình được nhân rộng ra các thôn, tổ dân phố. "
          "Nhiều mô hình mang lại hiệu quả rõ nét, như mô hình ",
          Model("Đổi công giúp nhau làm nhà", 2022, VH, "{name} của Hội Nông dân xã Tân Thành (năm {year})"),
          " đã giúp ", Fig(36, "hộ", "36 hộ"), " làm nhà với ",
          Fig(1200, "ngày công", "1.200 ngày công", q="khoảng"), "; mô hình ",
          Model("Dân vận khéo trong giải phóng mặt bằng đường cao tốc", 2023, None,
                "{name} triển khai từ năm {year}"),
          " góp phần bàn giao mặt bằng đúng tiến độ, Nhân dân hiến ",
          Fig(1.2e9, "đồng", "1,2 tỷ đồng", q="hơn"), " giá trị đất và tài sản trên đất."),
        H1("3. Đánh giá chung"),
        P("Phong trào đã góp phần củng cố mối quan hệ mật thiết giữa Đảng với Nhân dân, tạo sự "
          "đồng thuận trong thực hiện các chủ trương lớn của huyện. Tuy nhiên, số lượng mô hình "
          "giữa các địa phương chưa đồng đều; một số xã vùng cao còn ít mô hình trên lĩnh vực xây "
          "dựng hệ thống chính trị; việc lưu trữ hồ sơ, đánh giá hiệu quả mô hình sau công nhận "
          "ở một số nơi còn sơ sài."),
        H1("4. Phương hướng, đề xuất"),
        P("Năm 2024, Ban Dân vận Huyện ủy tiếp tục hướng dẫn các xã, thị trấn rà soát, củng cố "
          "các mô hình đã có, lựa chọn mô hình mới gắn với phát triển kinh tế đồi rừng, cây cam "
          "sành và du lịch cộng đồng. Đề nghị Ban Dân vận Tỉnh ủy tiếp tục mở lớp tập huấn nghiệp "
          "vụ cho cán bộ làm công tác dân vận ở cơ sở./."),
    ]
    return Doc(
        stem="hagiang_bacquang_bandanvan_baocao_2024", fmt="pdf", kind="party",
        issuer_lines=["HUYỆN ỦY BẮC QUANG", "BAN DÂN VẬN"], symbol=symbol,
        place="Bắc Quang", date=date, doc_type="bao_cao",
        title_lines=["sơ kết 03 năm thực hiện phong trào thi đua “Dân vận khéo”",
                     "giai đoạn 2021 - 2023"],
        body=body,
        recipients=["- Ban Dân vận Tỉnh ủy (b/c),", "- Thường trực Huyện ủy (b/c),",
                    "- Đảng ủy các xã, thị trấn,", "- Lưu Ban Dân vận."],
        authority=[], signer_title="Trưởng ban", signer="Nông Thị Huyền",
        meta=dict(issuer="Ban Dân vận Huyện ủy Bắc Quang", unit_level="huyen",
                  unit_name="huyện Bắc Quang", province="Hà Giang", province_2025="Tuyên Quang",
                  period=(2021, 2023)),
        appendix=Table(
            title=["SỐ LƯỢNG MÔ HÌNH “DÂN VẬN KHÉO” CÁC XÃ, THỊ TRẤN",
                   "GIAI ĐOẠN 2021 - 2023"],
            caption=f"(Kèm theo Báo cáo số {symbol} ngày {d:02d}/{m:02d}/{y} "
                    "của Ban Dân vận Huyện ủy)",
            subunits=rows),
        describe="District Ban Dân vận report whose last page is an appendix (Phụ lục) with a "
                 "ruled table, one row per commune and a “Tổng cộng” row; the caption cites "
                 "the document's own symbol, which is not a reference.",
    )


def doc_nghiadan():
    """DOCX: UBND huyện half-year report with real Word footnotes."""
    body = [
        P("Thực hiện ", Ref("cong_van", "402-CV/BDVHU", "2024-06-10", issuer="của Ban Dân vận Huyện ủy"),
          " về báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” 6 tháng đầu năm 2024, "
          "Ủy ban nhân dân huyện Nghĩa Đàn báo cáo như sau:"),
        H1("I. KẾT QUẢ THỰC HIỆN"),
        P("Ủy ban nhân dân huyện tiếp tục chỉ đạo thực hiện ",
          Ref("ke_hoach", "15/KH-UBND", "2024-01-22", tpl="{T} số {S} ngày {dd}/{mm}/{Y}"),
          " về phong trào thi đua “Dân vận khéo” năm 2024; các cơ quan chuyên môn và Ủy ban nhân "
          "dân các xã, thị trấn đã gắn phong trào với nhiệm vụ cải cách hành chính, xây dựng nông "
          "thôn mới và đô thị văn minh."),
        P("Công tác tuyên truyền được đẩy mạnh qua Trang thông tin điện tử huyện và hệ thống "
          "truyền thanh cơ sở với ", Fig(146, "tin, bài", "146 tin, bài"), "; các cơ quan, đơn vị "
          "tổ chức cho cán bộ, công chức, viên chức đăng ký thực hiện phong trào gắn với nhiệm vụ "
          "chuyên môn, nâng cao tinh thần, thái độ phục vụ Nhân dân."),
        P("6 tháng đầu năm 2024, các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn đã đăng "
          "ký mới ", N(55), " mô hình (", N(29, COL, part_of=REG), " tập thể, ", N(26, IND),
          " cá nhân)",
          Fn("Lĩnh vực kinh tế: ", N(19, field=KT), " mô hình; văn hóa - xã hội: ", N(19, field=VH),
             " mô hình; quốc phòng - an ninh: ", N(9, field=QP), " mô hình; xây dựng hệ thống "
             "chính trị: ", N(8, field=XD), " mô hình."),
          "; có ", N(12, REC, level="huyen"), " mô hình được Ủy ban nhân dân huyện công nhận",
          Fn("Theo ", Ref("quyet_dinh", "1245/QĐ-UBND", "2024-05-14",
                          issuer="của Ủy ban nhân dân huyện"), "."),
          "."),
        H3("a) Trên lĩnh vực quốc phòng, an ninh"),
        P("Đã xây dựng được ", N(9, field=QP), " mô hình, tập trung vào phòng, chống tội phạm và "
          "tệ nạn xã hội, giữ gìn trật tự an toàn giao thông; tiêu biểu là mô hình ",
          Model("Camera giám sát an ninh trật tự", 2024, QP, "{name} của Công an xã Nghĩa Hội năm {year}"),
          "."),
        H3("b) Trên lĩnh vực kinh tế"),
        P("Các mô hình tập trung hỗ trợ Nhân dân liên kết sản xuất, tiêu thụ nông sản. Nổi bật là "
          "mô hình ", Model("Liên kết trồng dứa theo chuỗi", 2024, KT,
                            "{name} của Hội Nông dân xã Nghĩa Lâm năm {year}"),
          ", với ", Fig(41, "hộ", "41 hộ"), " tham gia, doanh thu bình quân ",
          Fig(180e6, "đồng/ha", "180 triệu đồng/ha", q="trên"), "."),
        H3("c) Trên lĩnh vực văn hóa - xã hội"),
        P("Các mô hình gắn với xây dựng nông thôn mới kiểu mẫu và bảo vệ môi trường, như mô hình ",
          Model("Ngõ xóm sáng - xanh - sạch - đẹp", 2024, VH, "{name} của Chi hội Phụ nữ xóm Đồng Tâm (ra mắt năm {year})"),
          ", góp phần nâng tỷ lệ hộ gia đình phân loại rác tại nguồn lên ", Fig(62.5, "%", "62,5%"),
          "."),
        H1("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM"),
        P("Tiếp tục hướng dẫn các đơn vị hoàn thiện hồ sơ mô hình; tổ chức bình xét, công nhận "
          "và biểu dương các mô hình tiêu biểu vào dịp tổng kết năm 2024./."),
    ]
    return Doc(
        stem="nghean_nghiadan_ubnd_huyen_baocao_2024", fmt="docx", kind="state",
        issuer_lines=["ỦY BAN NHÂN DÂN", "HUYỆN NGHĨA ĐÀN"], symbol="97/BC-UBND",
        place="Nghĩa Đàn", date="2024-06-28", doc_type="bao_cao",
        title_lines=["Kết quả thực hiện phong trào thi đua “Dân vận khéo”",
                     "6 tháng đầu năm 2024"],
        body=body,
        recipients=["- Ban Dân vận Huyện ủy (b/c);", "- TT Huyện ủy, TT HĐND huyện (b/c);",
                    "- Chủ tịch, các PCT UBND huyện;", "- Lưu: VT."],
        authority=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], signer_title="Phó Chủ tịch",
        signer="Nguyễn Đình Thắng",
        meta=dict(issuer="Ủy ban nhân dân huyện Nghĩa Đàn", unit_level="huyen",
                  unit_name="huyện Nghĩa Đàn", province="Nghệ An", province_2025="Nghệ An",
                  period=(2024, 2024)),
        describe="DOCX half-year report of a district People's Committee with two real Word "
                 "footnotes (word/footnotes.xml, w:footnoteReference runs).",
    )


def doc_dienban():
    """TEXT: Thị ủy 15-year report, shaped like a text export of a Word file."""
    body = [
        P("Thực hiện ", Ref("huong_dan", "52-HD/BDVTU", "2024-07-02",
                            issuer="của Ban Dân vận Tỉnh ủy Quảng Nam"),
          " về tổng kết 15 năm thực hiện phong trào thi đua “Dân vận khéo”, Ban Thường vụ Thị ủy "
          "Điện Bàn báo cáo kết quả như sau:"),
        H1("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
        P("Từ năm 2009 đến nay, Ban Thường vụ Thị ủy (trước năm 2015 là Ban Thường vụ Huyện ủy "
          "Điện Bàn) đã ban hành ", Fig(23, "văn bản", "23 văn bản"), " lãnh đạo, chỉ đạo thực "
          "hiện phong trào; trong đó, văn bản có tính định hướng cho giai đoạn hiện nay là ",
          Ref("ke_hoach", "27-KH/TU", "2021-05-10", shown="27-" + BRK + "KH/TU"),
          " về thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025. ",
          Trap("15/15 cơ quan, đơn vị khối thị xã", "ratio of agencies, not a model count"),
          " đã xây dựng kế hoạch thực hiện",
          Fn("Riêng các xã, phường đều ban hành nghị quyết chuyên đề về công tác dân vận."), "."),
        P("Đài Truyền thanh - Truyền hình thị xã đã thực hiện ",
          Fig(1450, "tin, bài", "1.450 tin, bài", q="trên"), " về gương “Dân vận khéo”",
          Fn("Riêng năm 2023 thực hiện ", Fig(112, "tin, bài", "112 tin, bài"), " và ",
             Fig(12, "phóng sự", "12 phóng sự"), "."),
          "; hằng năm, Ban Dân vận Thị ủy phối hợp tổ chức hội nghị biểu dương điển hình."),
        H1("II. KẾT QUẢ THỰC HIỆN"),
        P("Qua 15 năm triển khai, toàn thị xã đã xây dựng ", N(1126), " mô hình “Dân vận khéo”",
          Fn("Lĩnh vực kinh tế: ", N(302, field=KT), " mô hình; lĩnh vực văn hóa - xã hội: ",
             N(511, field=VH), " mô hình; lĩnh vực quốc phòng, an ninh: ", N(168, field=QP),
             " mô hình; lĩnh vực xây dựng hệ thống chính trị: ", N(145, field=XD), " mô hình."),
          "; bình xét, công nhận ", N(937, REC), " mô hình, trong đó cấp thị xã công nhận ",
          N(214, REC, level="huyen"), " mô hình, cấp cơ sở công nhận ", N(723, REC, level="xa"),
          " mô hình. Ban Thường vụ Thị ủy đã biểu dương, khen thưởng ", N(86, TYP, level="huyen"),
          " mô hình tiêu biểu; có ", N(200, REP, q="trên"), " mô hình được nhân rộng ở các xã, "
          "phường."),
        P("Trên lĩnh vực kinh tế, các mô hình giúp Nhân dân chuyển đổi cây trồng, phát triển "
          "ngành nghề truyền thống như mô hình ", Model("Vườn rau sạch hộ gia đình", 2014, KT,
                                                        "{name} (năm {year})"),
          "; trên lĩnh vực văn hóa - xã hội nổi bật có mô hình ",
          Model("Ngày Chủ nhật xanh", 2017, VH, "{name} (năm {year})"), " do Đoàn Thanh niên "
          "thực hiện", Fn("Mỗi tháng tổ chức ra quân một lần tại các tuyến đường, bãi biển."),
          "; trên lĩnh vực quốc phòng, an ninh có mô hình ",
          Model("Tổ an ninh tự quản khu phố", 2019, QP, "{name} (năm {year})"),
          ". Nhân dân đã đóng góp ", Fig(21.5e9, "đồng", "21,5 tỷ đồng", q="hơn"),
          " để xây dựng nông thôn mới, đô thị văn minh."),
        H1("III. TỒN TẠI, HẠN CHẾ"),
        P("Bên cạnh kết quả đạt được, việc thực hiện phong trào vẫn còn một số hạn chế: một số "
          "cấp ủy chưa quan tâm đúng mức đến việc theo dõi, đánh giá mô hình sau công nhận; số "
          "liệu tổng hợp giữa các năm có lúc chưa thống nhất; kinh phí hỗ trợ xây dựng mô hình "
          "còn ít, chủ yếu dựa vào sự đóng góp của Nhân dân. Nguyên nhân chủ yếu là do đội ngũ "
          "cán bộ làm công tác dân vận ở cơ sở thường xuyên thay đổi, kiêm nhiệm nhiều việc."),
        H1("IV. BÀI HỌC KINH NGHIỆM"),
        P("- Phải có sự lãnh đạo sâu sát của cấp ủy, sự vào cuộc của cả hệ thống chính trị; "
          "người đứng đầu phải gương mẫu, trực tiếp chỉ đạo."),
        P("- Mô hình phải xuất phát từ thực tiễn, lấy hiệu quả và sự hài lòng của Nhân dân làm "
          "thước đo; kịp thời biểu dương, nhân rộng điển hình."),
        H1("V. PHƯƠNG HƯỚNG, ĐỀ XUẤT"),
        P("Thời gian tới, Ban Thường vụ Thị ủy tiếp tục chỉ đạo gắn phong trào với xây dựng đô "
          "thị văn minh, phấn đấu mỗi xã, phường hằng năm xây dựng ",
          N(1, TGT, text="01", q="ít nhất", per="commune_year"),
          " mô hình được công nhận cấp thị xã. Đề nghị Ban Dân vận Tỉnh ủy quan tâm tổ chức hội "
          "nghị biểu dương điển hình “Dân vận khéo” cấp tỉnh vào dịp kỷ niệm Ngày truyền thống "
          "công tác dân vận của Đảng./."),
    ]
    return Doc(
        stem="quangnam_dienban_thiuy_baocao_2024", fmt="text", kind="party",
        issuer_lines=["ĐẢNG BỘ TỈNH QUẢNG NAM", "THỊ ỦY ĐIỆN BÀN"], symbol="356-BC/TU",
        place="Điện Bàn", date="2024-09-25", doc_type="bao_cao",
        title_lines=["tổng kết 15 năm thực hiện phong trào thi đua “Dân vận khéo”",
                     "(2009 - 2024)"],
        body=body,
        recipients=["- Ban Thường vụ Tỉnh ủy (b/c),", "- Ban Dân vận Tỉnh ủy (b/c),",
                    "- Các đảng bộ, chi bộ trực thuộc,", "- Lưu Văn phòng Thị ủy."],
        authority=["T/M BAN THƯỜNG VỤ"], signer_title="Phó Bí thư", signer="Trần Thị Lệ Thủy",
        meta=dict(issuer="Ban Thường vụ Thị ủy Điện Bàn", unit_level="huyen",
                  unit_name="thị xã Điện Bàn", province="Quảng Nam", province_2025="Đà Nẵng",
                  period=(2009, 2024)),
        describe="Plain-text 15-year report shaped like a text export of a Word file: lines "
                 "wrapped at about 80 characters with blank lines between them, running page "
                 "numbers on their own line, footnote markers glued to words and footnotes after "
                 "a separator line of spaces; “27-” / “KH/TU” broken across a line end.",
    )


ALL_DOCS = [doc_phucat, doc_kontum, doc_sonlam, doc_thanhhoa, doc_phuocvan, doc_bacquang,
            doc_nghiadan, doc_dienban]
RENDER = {"pdf": render_pdf, "docx": render_docx, "text": render_text}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=HERE, help="output folder (default: corpus/)")
    args = ap.parse_args(argv)
    out = args.out
    family = setup_fonts()
    stems = set()
    summary = []
    for make in ALL_DOCS:
        doc = make()
        assert doc.stem not in stems, doc.stem
        stems.add(doc.stem)
        folder = out / doc.fmt
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{doc.stem}.{EXT[doc.fmt]}"
        cd, extra = RENDER[doc.fmt](doc, path)
        gold = build_gold(cd, extra)
        if doc.fmt == "pdf":
            gold["generator"] = {"font": family}
        (out / "gold").mkdir(parents=True, exist_ok=True)
        (out / "gold" / f"{doc.stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        summary.append((path.relative_to(out), path.stat().st_size, extra.get("n_pages")))
    for p, size, n in summary:
        print(f"{str(p):60s} {size:8d} bytes" + (f"  {n} page(s)" if n else ""))
    print(f"font: {family}")


if __name__ == "__main__":
    main()
