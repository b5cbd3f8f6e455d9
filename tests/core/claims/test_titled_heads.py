"""A title in front of a head the lexicon names ("Mayor Ihor Terekhov") makes him no anonymous town
official: he speaks for his side, as his name alone would."""

from tui.core.claims.actors import find_actors, find_actors_slow

from tests.core.claims.phrasing import said


def test_a_titled_head_the_lexicon_names_speaks_for_his_side():
    sentence = "Mayor Ihor Terekhov said the strike hit the Kyivskyi district, damaging cars and a warehouse."
    assert [a.actor.side for a in find_actors(sentence)] == ["ua"] == [a.actor.side for a in find_actors_slow(sentence)]
    assert said(sentence) == {("claim", "ua", None)}


def test_a_titled_name_the_lexicon_does_not_know_stays_a_local_official():
    sentence = "Mayor Ivan Petrenko said a drone damaged two houses overnight."
    assert [a.actor.side for a in find_actors(sentence)] == ["local"]
