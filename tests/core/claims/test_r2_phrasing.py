"""Whose voice a withdrawal is told in, when the sentence names no speaker.

Each case is one sentence read alone, as `warfeed claims extract -` reads it: the statements
that count, placed or not.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize("sentence", [
    # Russian text, nobody named as withdrawing and nobody saying it: whose retreat it is, the words
    # do not say (Moscow's media name whom they mean; this is no concession of Moscow's).
    "По информации штаба, вывод войск из Торецка идёт по плану, пишет издание.",
    "Кроме того, под Терновым подразделения «переместились на более выгодные рубежи».",
    "По словам собеседника издания, эти роты сейчас отступают под Купянском.",
])
def test_unnamed_withdrawal_in_russian_is_nobodys(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's own troops retreating, told by nobody: the narrator's fact, not Moscow's concession.
    ("Российские войска отступили из Новоселовки на юге Донецкой области.",
     {("confirmation", "other", "Novoselivka")}),
    ("Жители Изюма вышли на площадь, празднуя отступление российской армии.",
     {("confirmation", "other", "Izium")}),
    # Moscow's ministry saying so itself concedes it.
    ("Российские войска отошли от Новоселовки, сообщило Минобороны России.",
     {("confirmation", "ru", "Novoselivka")}),
    # Kyiv's troops withdrawing, told by nobody, stays Kyiv's concession.
    ("Украинские военные отошли западнее Новоселовки в Донецкой области.",
     {("confirmation", "ua", "Novoselivka")}),
    # In Kyiv's own language a withdrawal told by nobody is Kyiv's, as before.
    ("«Повністю вийшли з Новоселівки», – розповів він.", {("confirmation", "ua", "Novoselivka")}),
])
def test_withdrawal_told_by_nobody(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Losses a withdrawal is made to avoid are no losses inflicted (as "to avoid losses" in English).
    ("Под Терновым, чтобы избежать потерь, подразделения перешли на более выгодные позиции.", set()),
    ("Біля Тернового, щоб уникнути втрат, наші підрозділи відійшли на більш вигідні позиції.",
     {("confirmation", "ua", "Ternove")}),
    # Losses the enemy suffered stay a tally of losses.
    ("Біля Тернового ворог зазнав втрат, підрозділи перейшли на більш вигідні позиції.",
     {("claim", "ua", "Ternove")}),
])
def test_losses_avoided_are_none(sentence, want):
    assert said(sentence) == want
