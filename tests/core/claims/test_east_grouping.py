"""'Eastern Group of Forces': Ukraine's grouping in Ukrainian reporting, Russia's Vostok otherwise."""

import pytest

from tui.core.claims.statements import extract_statements

from tests.factories import story as make_story


def _voices(text: str, side: str = "intl") -> list[tuple[str, str, str | None, str | None]]:
    story = make_story(feed="s", side=side, title="")
    return [(s.stance, s.side, s.speaker, s.place) for s in extract_statements(text, story=story)]


@pytest.mark.parametrize(
    "text",
    [
        "Claims that Myrnohrad has been surrounded are false, the spokesman for the Eastern group of forces told the Kyiv Independent.",
        "Ukraine's Eastern Group of Forces denied that Russian troops had captured Pokrovsk.",
        "The Skhid grouping denied that Russian troops had captured Pokrovsk.",
    ],
)
def test_ukrainian_eastern_group_denials_are_ukrainian(text):
    [(stance, side, speaker, _)] = _voices(text)
    assert (stance, side, speaker) == ("denial", "ua", "Ukrainian operational command")


def test_the_story_names_a_ukrainian_spokesperson():
    text = ("Viktor Trehubov spoke on national television on Friday. "
            "The Eastern Group of Forces said Russian troops had been pushed out of Pokrovsk.")
    assert [v[:3] for v in _voices(text)] == [("claim", "ua", "Ukrainian operational command")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Eastern group of forces said it captured Uspenivka.",
        "The Eastern group of forces liberated Uspenivka, the Russian Defense Ministry said.",
        "The East group of Russian forces captured Uspenivka.",
        "Russia's Vostok group of forces said it had liberated Huliaipole.",
    ],
)
def test_russian_context_stays_russian(text):
    assert {v[1] for v in _voices(text)} == {"ru"}


def test_unqualified_eastern_group_follows_the_story_side():
    text = "The Eastern Group of Forces said it captured Uspenivka."
    assert _voices(text, side="ru-state")[0][1] == "ru"
    assert _voices(text, side="intl")[0][1] == "ru"  # no clue either way: Vostok, as before
    assert _voices(text, side="ua-official")[0][1] == "ua"
