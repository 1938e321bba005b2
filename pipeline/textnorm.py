"""Text normalisation applied to every word before it enters a page's text.

NFC first, then underthesea's ``text_normalize`` for the Vietnamese tone-mark
placement (``Uỷ`` -> ``Ủy``, ``hoà`` -> ``hòa``). ``text_normalize`` also
re-tokenises (it puts spaces around punctuation), which would move offsets
and break symbols such as ``17/KH-UBND``, so it is applied to runs of letters
only, one run at a time, with a cache: a batch has few distinct words.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex
from underthesea import text_normalize

_LETTERS = regex.compile(r"\p{L}+")
_SPACES = regex.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


@lru_cache(maxsize=200_000)
def _normalize_letters(run: str) -> str:
    out = text_normalize(run)
    # text_normalize must not change a bare run of letters into something else
    # than letters; if it ever does, keep the NFC original.
    return out if _LETTERS.fullmatch(out or "") else run


def normalize_word(word: str) -> str:
    """NFC + tone-mark normalisation of one word, punctuation untouched."""
    word = unicodedata.normalize("NFC", word)
    if word.isascii():
        return word
    return _LETTERS.sub(lambda m: _normalize_letters(m.group(0)), word)


def normalize_line(line: str) -> str:
    """Normalise a line of text word by word and collapse runs of spaces."""
    line = unicodedata.normalize("NFC", line).replace("\ufffd", "")
    line = _SPACES.sub(" ", line).strip()
    return " ".join(normalize_word(w) for w in line.split(" ")) if line else ""


def fold(text: str) -> str:
    """``text`` without tone marks and diacritics, ``đ`` as ``d``, lower case,
    spaces collapsed: the key under which "Đức Phổ" and "duc pho" meet."""
    text = unicodedata.normalize("NFD", (text or "").replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())
