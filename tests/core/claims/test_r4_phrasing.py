"""Whose voice a short Cyrillic sentence speaks in when its letters alone do not say: a Ukrainian
headline without і, ї or є, and Kyiv's own bulletin quoted in Russian.

Each case is one sentence read alone, as `warfeed claims extract -` reads it.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # Ukrainian past tense in -ували («атакували»; Russian writes «атаковали») and «знову», «зазнав»:
    # the hit side's own headline.
    ("Дрони атакували Херсон", {("claim", "ua", "Kherson")}),
    ("Херсон знову зазнав удару", {("claim", "ua", "Kherson")}),
    # the same headline in Russian is Moscow's side's language
    ("Беспилотники атаковали Белгород", {("claim", "ru", "Belgorod")}),
])
def test_a_headline_without_telling_letters(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's «силы обороны» in lower case, quoted in Russian by a Ukrainian outlet: attacks repelled, Kyiv's claim.
    ("«За сутки подразделения сил обороны Украины отразили атаки противника в районах населенных пунктов "
     "Терны и Невельское», – говорится в сообщении.", {("claim", "ua", "Terny"), ("claim", "ua", "Nevelske")}),
    # Moscow's air defence («силы ПВО») is no such word.
    ("За сутки силы ПВО сбили над Белгородом 12 беспилотников.", {("claim", "ru", "Belgorod")}),
])
def test_kyivs_forces_named_in_russian(sentence, want):
    assert said(sentence) == want
