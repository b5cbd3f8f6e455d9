"""What was said before: a party's earlier report is still its claim; an analyst's own recap of an
earlier assessment is background."""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # a party's earlier report, recalled by the story, is still that party's claim
    ("The Russian defence ministry had previously reported capturing Zarichne.", {("claim", "ru", "Zarichne")}),
    # footage that shows more than an analyst said before confirms what it shows
    ("New footage geolocated on May 3 shows Russian infantry near the Huliaipole market, indicating deeper "
     "advances into Huliaipole than ISW previously assessed.", {("confirmation", "other", "Huliaipole")}),
    # the analyst recalling its own earlier finding tells background
    ("ISW previously assessed that Russian forces seized Rodynske in mid-April.", set()),
    ("Russian troops took the Pokrovsk railway station in early April, ISW previously reported.", set()),
])
def test_earlier_reports(sentence, want):
    assert said(sentence, "2025-05-05") == want
