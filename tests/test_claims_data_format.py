"""The labelled claims data keeps its format: every line parses, labels name canonical Latin places.

A malformed label is skipped by the evaluation script with a warning, so a slip in a data file
would silently shrink the set; these checks make it fail instead.
"""

import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "claims_data"
STANCES = {"claim", "denial", "confirmation", "hedge"}
SIDES = {"ru", "ua", "other"}
GENRES = {"analyst", "ru_state", "ua_official", "wire", "headline", "intl", "regional"}
EVENTS = {"control", "strike", "shootdown", "losses"}
STATUSES = {"claimed", "disputed", "confirmed", "refuted", "unverified"}
DOC_LINE = re.compile(r"^## doc: \S+ date: \d{4}-\d\d-\d\d$")
NAME = re.compile(r"^(?P<lang>en|uk|ru)_(?P<genre>[a-z_]+)_\d+\.txt$")
CYRILLIC = re.compile("[\u0400-\u04ff]")

SENTENCE_FILES = sorted((DATA / "sentences").glob("*/*.txt"))
EXPECT_FILES = sorted((DATA / "documents").glob("*/*.expect"))


def _item_errors(label: str) -> list[str]:
    """What is wrong with one EXPECTED field (empty when it parses)."""
    if label == "none":
        return []
    errors, seen = [], set()
    for item in label.split(" | "):
        parts = item.split(" ", 2)
        if len(parts) != 3 or parts[0] not in STANCES or parts[1] not in SIDES:
            errors.append(f"bad item {item!r}")
            continue
        place = parts[2]
        if not place or place != place.strip() or "  " in place or "|" in place or CYRILLIC.search(place):
            errors.append(f"bad place {place!r}")
        if tuple(parts) in seen:
            errors.append(f"repeated item {item!r}")
        seen.add(tuple(parts))
    return errors


def test_the_format_checks_catch_a_bad_label():
    assert _item_errors("claim ru Kupiansk | denial ua Kupiansk") == []
    assert _item_errors("claim ru -") == []
    assert _item_errors("claims ru Kupiansk")
    assert _item_errors("claim ru Купянск")
    assert _item_errors("claim ru Kupiansk|denial ua Kupiansk")
    assert _item_errors("claim ru Kupiansk | claim ru Kupiansk")


@pytest.mark.parametrize("path", SENTENCE_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sentence_line_parses(path):
    assert path.parent.name in {"dev", "test"}
    match = NAME.match(path.name)
    assert match, f"{path.name}: want <lang>_<genre>_<n>.txt"
    lang, genre = match["lang"], match["genre"]
    assert genre in GENRES
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == [f"# genre: {genre}", f"# lang: {lang}"]
    in_story, errors = False, []
    for n, line in enumerate(lines[2:], 3):
        if not line.strip():
            continue
        if line.startswith("## doc:"):
            in_story = True
            if not DOC_LINE.match(line):
                errors.append(f"{n}: bad story line")
            continue
        if line.startswith("#"):
            continue
        if " :: " not in line:
            errors.append(f"{n}: no ' :: '")
            continue
        label, sentence = line.split(" :: ", 1)
        if not in_story:
            errors.append(f"{n}: sentence before any '## doc:' line")
        if not sentence.strip():
            errors.append(f"{n}: empty sentence")
        errors += [f"{n}: {e}" for e in _item_errors(label)]
    assert not errors, f"{path.name}: " + "; ".join(errors[:10])


@pytest.mark.parametrize("path", EXPECT_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_document_expectation_parses(path):
    stem = path.name[: -len(".expect")]
    assert any((path.parent / f"{stem}.{ext}").exists() for ext in ("html", "xml", "txt"))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].removeprefix("# genre: ") in GENRES
    assert lines[1] == f"# lang: {stem.split('_')[0]}"
    assert re.fullmatch(r"# date: \d{4}-\d\d-\d\d", lines[2])
    errors = []
    for n, line in enumerate(lines[3:], 4):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@claim "):
            parts = line.split(" ")
            if len(parts) < 4 or parts[1] not in EVENTS or parts[-1] not in STATUSES:
                errors.append(f"{n}: bad @claim line")
            continue
        errors += [f"{n}: {e}" for e in _item_errors(line)]
    assert not errors, f"{path.name}: " + "; ".join(errors)


def test_a_sentence_written_twice_carries_one_label():
    seen: dict[str, tuple[frozenset[str], str]] = {}
    clashes = []
    for path in SENTENCE_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if " :: " in line and not line.startswith("#"):
                label, sentence = (part.strip() for part in line.split(" :: ", 1))
                labels = frozenset(label.split(" | "))
                if sentence in seen and seen[sentence][0] != labels:
                    clashes.append(f"{path.name}: {sentence[:60]} (also {seen[sentence][1]})")
                seen.setdefault(sentence, (labels, path.name))
    assert not clashes, "; ".join(clashes[:10])
