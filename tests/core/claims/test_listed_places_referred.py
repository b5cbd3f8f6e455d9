"""A sentence that lists two to four villages, then "both villages" or "the villages" in the next one
or two: the later sentence's claim or denial is about each village listed."""

from tui.core.claims.pipeline import extract_document


def _triples(text: str) -> set[tuple[str, str, str | None]]:
    return {(s["stance"], s["side"], s["place"]) for s in extract_document(text)["statements"]}


def test_a_denial_of_the_villages_just_listed_covers_each():
    text = ("Moscow said on Sunday that its troops had taken Zaporizke and Novoheorhiivka in the Dnipropetrovsk region.\n\n"
            "Kyiv's military on Monday rejected claims that Russian soldiers had occupied the villages, calling them false.")
    assert {("denial", "ua", "Zaporizke"), ("denial", "ua", "Novoheorhiivka")} <= _triples(text)


def test_both_villages_after_an_analysts_list_is_moscows_claim_about_each():
    text = ("A Ukrainian mapping project said Russian units now hold Zaporizke and Novoheorhiivka.\n\n"
            "Russia's defence ministry had reported capturing both villages last week.")
    assert {("claim", "ru", "Zaporizke"), ("claim", "ru", "Novoheorhiivka")} <= _triples(text)


def test_the_villages_of_a_new_list_are_not_the_old_ones():
    text = ("Moscow said on Sunday that its troops had taken Zaporizke and Novoheorhiivka in the Dnipropetrovsk region.\n\n"
            "Drones struck the villages of the neighbouring district overnight, officials said.")
    places = {place for _stance, _side, place in _triples(text)}
    assert places <= {"Zaporizke", "Novoheorhiivka"}
    assert not any(stance == "claim" and side == "ua" for stance, side, _place in _triples(text))


def test_the_villages_three_sentences_later_are_too_far_to_refer_back():
    text = ("Moscow said on Sunday that its troops had taken Zaporizke and Novoheorhiivka in the Dnipropetrovsk region.\n\n"
            "Fighting in the area has gone on for weeks.\n\n"
            "Aid groups said the winter would be hard.\n\n"
            "Kyiv's military rejected claims that Russian soldiers had occupied the villages.")
    assert not any(stance == "denial" for stance, _side, _place in _triples(text))
