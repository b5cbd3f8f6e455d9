"""Cyrillic -> Latin: Ukraine's national romanisation (2010) and a common Russian scheme.

The Ukrainian system gives the canonical names (Kupiansk, Huliaipole, Kostiantynivka); the
Russian scheme gives the spellings Russian and older English media use (Kupyansk, Konstantinovka),
so both resolve to one place.
"""

from __future__ import annotations

_APOSTROPHES = "'’ʼ`´‘\u02bc"

_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
    # Russian-only letters, so a Russian spelling fed through the Ukrainian system still works.
    "ы": "y", "э": "e", "ё": "io", "ъ": "",
}
# Ukrainian rule: these letters start a word with a y-form, elsewhere an i-form.
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}


def _case_like(src: str, out: str) -> str:
    """Carry the source letter's case onto its (possibly multi-letter) romanisation."""
    return out[:1].upper() + out[1:] if src.isupper() and out else out


def uk_to_latin(text: str) -> str:
    """Romanise Ukrainian Cyrillic by the national system (apostrophes dropped, зг -> zgh)."""
    out: list[str] = []
    prev_letter = False
    for i, ch in enumerate(text):
        low = ch.lower()
        if ch in _APOSTROPHES:
            continue  # the apostrophe is not romanised, and does not start a new word
        if low == "г" and i > 0 and text[i - 1].lower() == "з":
            rom = "gh"
        elif not prev_letter and low in _UK_INITIAL:
            rom = _UK_INITIAL[low]
        elif low in _UK:
            rom = _UK[low]
        else:
            out.append(ch)
            prev_letter = ch.isalpha()
            continue
        out.append(_case_like(ch, rom))
        prev_letter = True
    return "".join(out)


def ru_to_latin(text: str) -> str:
    """Romanise Russian Cyrillic in the common English-press way (Kupyansk, Konstantinovka)."""
    out: list[str] = []
    for ch in text:
        low = ch.lower()
        if ch in _APOSTROPHES:
            continue
        rom = _RU.get(low)
        out.append(ch if rom is None else _case_like(ch, rom))
    return "".join(out)


def has_cyrillic(text: str) -> bool:
    """True when the text holds any Cyrillic letter."""
    return any("\u0400" <= ch <= "\u04ff" for ch in text)
