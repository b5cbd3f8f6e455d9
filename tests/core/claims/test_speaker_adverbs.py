"""The subject of a verb of saying is the party right before it, adverbs and auxiliaries between
them or not, whoever the sentence began with ("X's statement comes as Y reportedly told ...").

Each case is one sentence read alone, as `warfeed claims extract -` reads it, and asserts the
exact statements (stance, side, place).
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    ("The denial from Ukraine's General Staff came as Gerasimov reportedly told Putin that his troops "
     "had captured Siversk.", {("claim", "ru", "Siversk"), ("hedge", "other", "Siversk")}),
    ("The announcement from Ukraine's navy comes as Russia's defence ministry had earlier reported the "
     "capture of Dachne.", {("claim", "ru", "Dachne")}),
])
def test_the_verbs_own_subject_speaks_not_the_party_the_clause_began_with(sentence, want):
    assert said(sentence) == want
