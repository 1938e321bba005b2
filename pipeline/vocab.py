"""Shared vocabulary: document types as Vietnamese administrations write them."""
from __future__ import annotations

import regex

#: a person's name as a signature block prints it: "Nguyễn Xuân Văn", "H'Hà Niê"
PERSON_NAME = regex.compile(r"^(?:\p{Lu}\p{Ll}*(?:['’]\p{Lu}?\p{Ll}+)?)(?:\s+\p{Lu}\p{Ll}*(?:['’]\p{Lu}?\p{Ll}+)?){1,5}$")

#: document type as written -> contract code (documents.doc_type, references.ref_type)
DOC_TYPES: dict[str, str] = {
    "báo cáo": "bao_cao",
    "kế hoạch": "ke_hoach",
    "chỉ thị": "chi_thi",
    "nghị quyết": "nghi_quyet",
    "quyết định": "quyet_dinh",
    "công văn": "cong_van",
    "hướng dẫn": "huong_dan",
    "kết luận": "ket_luan",
    "thông báo": "thong_bao",
    "thông báo kết luận": "thong_bao",
    "tờ trình": "to_trinh",
    "chương trình": "chuong_trinh",
    "đề án": "de_an",
    "quy định": "other",
    "quy chế": "other",
    "thông tư": "other",
    "nghị định": "other",
    "thông tri": "other",
    "đề cương": "other",
}

#: the letter codes in a symbol (``612-BC/TU``, ``70/KH-UBND``) -> doc type
SYMBOL_CODES: dict[str, str] = {
    "BC": "bao_cao", "KH": "ke_hoach", "CT": "chi_thi", "NQ": "nghi_quyet", "QĐ": "quyet_dinh",
    "CV": "cong_van", "HD": "huong_dan", "KL": "ket_luan", "TB": "thong_bao", "TTr": "to_trinh",
    "CTr": "chuong_trinh", "ĐA": "de_an",
}


def doc_type_of_title(line: str) -> str | None:
    """The contract code when ``line`` is a document-type title line such as
    ``BÁO CÁO`` (upper case, alone on its line), else None."""
    text = " ".join(line.split()).strip(" .:")
    if not text or text != text.upper():
        return None
    return DOC_TYPES.get(text.lower())
