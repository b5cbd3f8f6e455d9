"""The word-beginning gates that let a run of cue tests skip a sentence none of them can match."""

import re

from tui.core.claims.cues import StartsGate, gated, required_starts, rx


def test_required_starts_reads_words_at_a_word_start():
    assert required_starts(r"\b(?:captured|seized)\b") == {"capt", "seiz"}
    assert required_starts(r"\b(?:captured|seized) the town") == {"town"}  # one word is rarer than either of two
    # "the enemy": the rarer word of a phrase is what the gate looks for
    assert required_starts(r"\bthe enemy\b") == {"enem"}
    # a word the sentence may have only inside a longer one says nothing at the pattern's start
    assert required_starts(r"(?:fake|false)") is None


def test_a_word_after_an_optional_word_still_starts_one():
    assert required_starts(r"\b(?:had|has|have) (?:\w+ )?advanced\b") == {"adva"}


def test_cyrillic_branches_never_match_ascii_text():
    assert required_starts(r"\b(?:два|three)\b") == {"thre"}
    assert required_starts(r"\bдва\b") == frozenset()


def test_case_is_read_lowercased():
    assert required_starts(r"\b(?:[Gg]overnor|Mayor)\b") == {"gove", "mayo"}
    assert required_starts(r"\bThe Enemy\b", re.IGNORECASE) == {"enem"}


def test_gate_passes_every_text_a_pattern_matches():
    patterns = [re.compile(r"\b(?:twen|thir|for)ty drones\b"), rx(r"\b(?:shot|shoots) down\b"),
                gated(re.compile(r"\bthe enemy (?:\w+ )?retreated\b", re.IGNORECASE))]
    gate = StartsGate(*patterns)
    for text in ("Forty drones flew", "air defences shot down two", "The Enemy quickly retreated."):
        assert any(p.search(text) or p.search(text.lower()) for p in patterns)
        assert gate.may_match(text)
    assert not gate.may_match("Residents described a night of sirens.")


def test_gate_passes_what_it_cannot_judge():
    assert StartsGate(re.compile(r"\d"), re.compile(r"\bdrones?\b")).may_match("nothing here")
    assert StartsGate(re.compile(r"\bdrones?\b")).may_match("«нічого» here")  # not ASCII: the patterns decide
