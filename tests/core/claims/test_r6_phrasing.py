"""Phrasings read from the sets of earlier releases' readers this release: an analyst's "likely"
is its measure of confidence in its own assessment, which CLAIMS_GUIDE.md counts as independent
confirmation; a hedge only when the sentence also says what could not be confirmed.

Each case is one sentence read alone, as `warfeed claims extract -` reads it.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # the assessment's own "likely", the troops before it being who moved, not who speaks
    ("The think tank assessed that Russian troops have likely seized Hryshyne after weeks of assaults.",
     {("confirmation", "other", "Hryshyne")}),
    ("Russian forces likely completed the capture of Siversk over the past week, according to the institute.",
     {("confirmation", "other", "Siversk")}),
    # doubt about what comes next leaves the gain assessed
    ("Russian forces likely took Udachne, though it remains unclear whether they will push further toward Dnipropetrovsk Oblast.",
     {("confirmation", "other", "Udachne")}),
    # what the analyst could not confirm keeps it a hedge
    ("Russian forces likely took Udachne, although the analysts have not observed footage confirming it.",
     {("hedge", "other", "Udachne")}),
    ("Russian troops likely hold most of Rodynske, but ISW cannot confirm how far they reached.",
     {("hedge", "other", "Rodynske")}),
    # a party's own "likely" is not an independent assessment
    ("A Russian milblogger claimed that Russian forces likely seized Sosnivka.",
     {("claim", "ru", "Sosnivka"), ("hedge", "other", "Sosnivka")}),
])
def test_an_analysts_likely_is_its_assessment(sentence, want):
    assert said(sentence) == want
