"""The fast actor scan finds exactly what the one big alternation finds."""

from pathlib import Path

from tui.core.claims.actors import find_actors, find_actors_slow

LABELLED = Path(__file__).resolve().parents[2] / "claims_data" / "labelled.txt"


def _sentences() -> list[str]:
    lines = LABELLED.read_text(encoding="utf-8").splitlines()
    return [ln.split(" :: ", 1)[1] for ln in lines if " :: " in ln and not ln.startswith("#")]


def test_bucketed_scan_agrees_with_the_full_alternation_on_every_labelled_sentence():
    sentences = _sentences()
    assert len(sentences) > 300
    for sentence in sentences:
        assert find_actors(sentence) == find_actors_slow(sentence), sentence


def test_bucketed_scan_agrees_with_the_full_alternation_on_every_line_of_the_claims_data():
    """Crowded buckets ("the ...", "Russian ...") are split again by their first characters:
    every line of every set, in its case and lowercased, still finds what the full alternation finds."""
    lines = [line[:400] for path in sorted(LABELLED.parent.rglob("*")) if path.is_file()
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    assert len(lines) > 1000
    for line in lines:
        for text in (line, line.lower()):
            assert find_actors(text) == find_actors_slow(text), text


def test_actors_at_word_starts_only_and_earlier_entry_wins():
    found = find_actors("Russia's Defense Ministry said; unTASSed; the Kremlin and Peskov, per Reuters.")
    assert [(m.actor.name, m.actor.side) for m in found] == [
        ("Russian Defense Ministry", "ru"), ("Kremlin", "ru"), ("Peskov", "ru"), ("wire agency", "other")]


def test_cyrillic_and_optional_prefix_aliases():
    names = [m.actor.name for m in find_actors("Генштаб ЗСУ спростував; the Russian General Staff's report; Ukrainian forces")]
    assert names == ["Ukraine's General Staff", "Russian General Staff", "Ukraine"]


def test_a_ministry_named_by_its_country_alone():
    text = "The Russian ministry said so; the Ukrainian ministry of culture; a Ukrainian ministry denied it."
    found = find_actors(text)
    # "ministry of culture" is not the defence ministry: only the bare "Ukrainian ministry" counts.
    assert [(text[m.start:m.end], m.actor.name) for m in found] == [
        ("The Russian ministry", "Russian Defense Ministry"), ("Ukrainian ministry", "Ukrainian Defence Ministry")]
    assert found[1].start > text.index("culture")
    assert found == find_actors_slow(text)

