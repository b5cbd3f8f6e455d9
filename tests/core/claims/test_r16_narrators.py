"""Who tells it when the sentence names nobody or names a relay: the ousted side is no teller of its
ousting; Kyiv's state agency and public broadcaster named in English copy speak in Kyiv's voice;
geolocators are independent; an attack told with its weapons after a comma is still a strike."""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("text", "want"), [
    # the ousted troops are what the sentence is about, not who tells it: their foe's account
    ("Ukrainian units were driven out of Novenke by paratroopers.", {("claim", "ru", "Novenke")}),
    # Kyiv's state agency and public broadcaster in English copy
    ("Russian artillery shelled the village of Bilozerka overnight, Suspilne reported.", {("claim", "ua", "Bilozerka")}),
    ("A guided bomb hit a shop in Kupiansk, Ukrinform said.", {("claim", "ua", "Kupiansk")}),
    # geolocators are an independent voice whatever they are called
    ("Independent geolocators say Russian troops have reached the centre of Pokrovsk.",
     {("confirmation", "other", "Pokrovsk")}),
    # the weapons named after a comma still make the attack a strike on the town
    ("Last night the enemy attacked Belgorod, using drones.", {("claim", "ru", "Belgorod")}),
])
def test_tellers_named_by_no_verb_of_their_own(text, want):
    assert said(text) == want
