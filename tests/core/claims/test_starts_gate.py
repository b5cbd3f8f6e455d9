"""The word-beginning gates that let a run of cue tests skip a sentence none of them can match."""

import re

from tui.core.claims import placeless
from tui.core.claims.cues import Cue, Gated, StartsGate, gated, required_starts, rx


def needs(*sets: set[str]) -> frozenset[frozenset[str]]:
    return frozenset(frozenset(s) for s in sets)


def test_required_starts_reads_the_words_every_match_writes():
    assert required_starts(r"\b(?:captured|seized)\b") == needs({"captured"}, {"seized"})
    assert required_starts(r"\bthe enemy\b") == needs({"the", "enemy"})
    # a word the text may hold only inside a longer one says nothing where the pattern starts
    assert required_starts(r"(?:fake|false)") is None
    assert required_starts(r"\b\w+ed\b") is None


def test_words_around_a_group_and_after_optional_ones():
    assert required_starts(r"\b(?:twen|for)ty drones\b") == needs({"twenty", "drones"}, {"forty", "drones"})
    assert required_starts(r"\b(?:had|have) (?:\w+ )?advanced\b") == needs({"had", "advanced"}, {"have", "advanced"})
    assert required_starts(r"(?<=forces )(?:also )?took\b") == needs({"took"})


def test_cyrillic_branches_never_match_ascii_text():
    assert required_starts(r"\b(?:два|three)\b") == needs({"three"})
    assert required_starts(r"\bдва\b") == frozenset()


def test_case_is_read_lowercased():
    assert required_starts(r"\b(?:[Gg]overnor|Mayor)\b") == needs({"governor"}, {"mayor"})
    assert required_starts(r"\bThe Enemy\b", re.IGNORECASE) == needs({"the", "enemy"})
    # "ſ" (long s) ignoring case matches "s": no word can be read from it, escaped or not
    assert required_starts("\u017ftrike", re.IGNORECASE) is None
    assert required_starts(r"\u017ftrike", re.IGNORECASE) is None


def test_gate_passes_every_text_a_pattern_matches():
    patterns = [re.compile(r"\b(?:twen|thir|for)ty drones\b"), rx(r"\b(?:shot|shoots) down\b"),
                gated(re.compile(r"\bthe enemy (?:\w+ )?retreated\b", re.IGNORECASE))]
    gate = StartsGate(*patterns)
    for text in ("Forty drones flew", "air defences shot down two", "The Enemy quickly retreated."):
        assert any(p.search(text) or p.search(text.lower()) for p in patterns)
        assert gate.may_match(text)
    for text in ("Residents described a night of sirens.", "for the drones", "the enemy's retreat", "shot at dawn"):
        assert not gate.may_match(text)


def test_gate_passes_what_it_cannot_judge():
    assert StartsGate(re.compile(r"\d"), re.compile(r"\bdrones?\b")).may_match("nothing here")
    assert StartsGate(re.compile(r"\bdrones?\b")).may_match("«нічого» here")  # not ASCII: the patterns decide


def _reads(function, module) -> set[str]:
    """The patterns and claims helpers a function reads by global name."""
    out = set()
    for name in function.__code__.co_names:
        value = getattr(module, name, None)
        if isinstance(value, (re.Pattern, Cue, Gated)):
            out.add(name)
        elif callable(value) and getattr(value, "__module__", "").startswith("tui.core.claims"):
            out.add(name + "()")
    return out


def test_a_gate_covers_every_pattern_its_tests_decide_by():
    # A pattern added to one of these tests must join its gate, or be listed here as one that
    # only narrows what a gated pattern found (or reads Cyrillic text, which the gate passes).
    # The English tests live in _latin_placeless_hint and the helpers it calls: each is checked the same way.
    gate = placeless._HINT_GATE
    cases = [
        (placeless.placeless_hint, placeless, gate,
         {"_PLACELESS_DIGIT", "_PLACELESS_WORD_CYR", "_unnamed_taken_cyr()", "_enemy_harmed_cyr()",
          "_downed_by_air_defence_cyr()", "_military_hit_cyr()", "_area_struck_cyr()", "_HIT_NOUN_CYR",
          "latin_text()", "STRIKE_RESULT", "_latin_placeless_hint()"}),
        (placeless._latin_placeless_hint, placeless, gate,
         {"_unnamed_taken()", "_unnamed_advance()", "_target_hit()", "_local_teller_of_harm()"}),
        (placeless._unnamed_taken, placeless, gate, {"_COUNT_BEFORE"}),
        (placeless._unnamed_advance, placeless, gate, set()),
        (placeless._target_hit, placeless, gate, set()),
        (placeless._local_teller_of_harm, placeless, gate, {"STRIKE_RESULT", "find_actors()"}),
    ]
    for function, module, gate, narrowing in cases:
        gated_names = {name for name, value in vars(module).items() if any(value is p for p in gate.patterns)}
        assert _reads(function, module) - gated_names - narrowing == set(), function.__name__
