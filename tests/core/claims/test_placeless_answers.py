"""A side answering an account whose place the sentence does not name: one denial with no place.

Wire copy answers a claim in the next sentence ("Kyiv denied the claim"); read alone, that sentence
is still the denial of a party (CLAIMS_GUIDE: side of the speaker), kept apart as unplaced. An answer
to something that is not an event of the war denies nothing the tracker follows.
"""

import pytest

from tui.core.claims.statements import extract_statements


def _answers(text: str) -> set[tuple[str, str, str | None]]:
    return {(s.stance, s.side, s.place) for s in extract_statements(text)}


@pytest.mark.parametrize(("sentence", "want"), [
    ("Ukraine's General Staff denied the claim.", {("denial", "ua", None)}),
    ("Kyiv has repeatedly denied such reports.", {("denial", "ua", None)}),
    ("Kyiv dismissed Moscow's latest reports as fake.", {("denial", "ua", None)}),
    ("Russia's Defence Ministry rejected the Ukrainian claims.", {("denial", "ru", None)}),
    ("Ukraine's army denied claims that its troops had pulled out.", {("denial", "ua", None)}),
    # The subject denies, not the troops named in what is denied.
    ("Peskov denied that Ukrainian units held any ground in the Kursk region, calling the reports lies.",
     {("denial", "ru", None)}),
    # A second voice with a count in it is still an answer.
    ("Ukraine's General Staff denied the report on Monday, saying two brigades still hold their lines.",
     {("denial", "ua", None)}),
])
def test_a_party_denying_an_account_with_no_place(sentence, want):
    assert _answers(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Not an event of the war, or not a denial.
    "The Kremlin denied reports of a quarrel between the president and his ministers.",
    "Kyiv rejected claims that it was stalling the talks.",
    "Kyiv called the reports a sign of nerves in Moscow.",
    "Kyiv on Friday dismissed the rumours as nonsense.",
    # Nobody named as answering.
    "The claims were later denied.",
    # A settlement is named: the placed reading decides.
    "Officials in Kharkiv denied the report.",
])
def test_no_placeless_denial(sentence):
    assert not any(st.place is None and st.stance == "denial" for st in extract_statements(sentence))


def test_in_a_story_the_answer_goes_to_the_place_just_named():
    got = _answers("Moscow said its troops had captured Siversk. Kyiv denied the claim.")
    assert ("claim", "ru", "Siversk") in got and ("denial", "ua", "Siversk") in got
    assert ("denial", "ua", None) not in got


def test_a_named_side_answering_the_claim_just_reported_answers_for_its_place():
    got = _answers("Moscow said its troops had captured Siversk. Ukraine's army denied the claim.")
    assert got == {("claim", "ru", "Siversk"), ("denial", "ua", "Siversk")}
