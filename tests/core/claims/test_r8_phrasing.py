"""Phrasings read from the sets of earlier releases' readers that the rules before this release
missed or misread. Each case is one sentence read alone, as `warfeed claims extract -` reads it.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # a bulletin's voice ("it", "the statement") telling of its own army's gain: Moscow's ministry
    ("The ministry also said it had seized the village of Stupochky, east of Kostiantynivka.",
     {("claim", "ru", "Stupochky")}),
    ("It also said it had taken control of Stupochky after a week of fighting.", {("claim", "ru", "Stupochky")}),
    ("The statement said its troops had captured the village of Stupochky.", {("claim", "ru", "Stupochky")}),
    # the same voices with no gain of their own say nothing here
    ("It said fighting was still going on near Stupochky.", set()),
    ("The statement said Stupochky had been shelled for months before the war reached it.", set()),
])
def test_a_bulletin_telling_of_its_own_gain(sentence, want):
    assert said(sentence, "2025-06-14") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # names a Russian "took under control" introduces, spelt as Moscow spells them, guessed in the oblast named
    ("Штурмовые отряды группировки «Восток» взяли под контроль Цветковое и Малиновку в Запорожской области.",
     {("claim", "ru", "Tsvitkove"), ("claim", "ru", "Malynivka")}),
    ("Войска группировки «Днепр» взяли под контроль Запорожское", {("claim", "ru", "Zaporizke")}),
    # a person taken into custody is no village
    ("Военные взяли под контроль Ивана Петрова.", set()),
])
def test_names_after_took_under_control(sentence, want):
    assert said(sentence, "2025-11-02") == want
