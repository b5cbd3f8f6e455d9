"""Russian and Ukrainian phrasing: a refinery, port or power plant named by its town's adjective.

Each case is one sentence read alone, as `warfeed claims extract -` reads it, and asserts the
exact statements (stance, side, place).
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    ("Сили оборони вночі уразили Сизранський НПЗ, повідомили в Генштабі.", {("claim", "ua", "Syzran")}),
    ("Сили оборони атакували Саратовський нафтопереробний завод, повідомив Генштаб ЗСУ.",
     {("claim", "ua", "Saratov")}),
])
def test_a_plant_named_by_its_towns_adjective_is_struck_at_that_town(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Сили оборони уразили Російський нафтовий термінал, повідомив Генштаб.",  # a country's adjective
    "Кораблі Чорноморського флоту вийшли з порту, повідомили в ВМС.",  # a fleet is no plant of a town
])
def test_an_adjective_of_no_town_names_no_place(sentence):
    assert all(place is None for _, _, place in said(sentence))
