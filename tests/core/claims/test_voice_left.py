"""'Troops left X': a concession only when the troops are the speaker's own side."""

import pytest

from tui.core.claims.statements import extract_statements

from tests.factories import story as make_story


def _voices(text: str, side: str = "intl") -> list[tuple[str, str, str | None, str | None]]:
    story = make_story(feed="s", side=side, title="")
    return [(s.stance, s.side, s.speaker, s.place) for s in extract_statements(text, story=story)]


@pytest.mark.parametrize("story_side", ["intl", "ua-media", "ru-state"])
@pytest.mark.parametrize(
    ("text", "side", "speaker", "place"),
    [
        ("Ukraine's General Staff said Russian troops left Kupiansk.", "ua", "Ukraine's General Staff", "Kupiansk"),
        ("Ukraine's General Staff said Russian forces have left Kupiansk.", "ua", "Ukraine's General Staff", "Kupiansk"),
        ("Russia's Defense Ministry said Ukrainian troops left Kupiansk.", "ru", "Russian Defense Ministry", "Kupiansk"),
        ("Russia's Defense Ministry said Ukrainian forces left Vovchansk after heavy fighting.",
         "ru", "Russian Defense Ministry", "Vovchansk"),
    ],
)
def test_the_other_side_leaving_is_the_speakers_claim_not_a_concession(story_side, text, side, speaker, place):
    assert _voices(text, story_side) == [("claim", side, speaker, place)]


@pytest.mark.parametrize(
    ("text", "side", "speaker", "place"),
    [
        ("Ukraine's General Staff said its troops left Kupiansk.", "ua", "Ukraine's General Staff", "Kupiansk"),
        ("Ukraine's General Staff said Ukrainian troops left Kupiansk.", "ua", "Ukraine's General Staff", "Kupiansk"),
        ("Russia's Defense Ministry said its troops left Kherson.", "ru", "Russian Defense Ministry", "Kherson"),
    ],
)
def test_the_speakers_own_troops_leaving_stays_a_concession(text, side, speaker, place):
    assert _voices(text) == [("confirmation", side, speaker, place)]


def test_withdrawal_and_leaving_read_the_same_way():
    # The withdrawal wording already named the other side; "left" must agree with it.
    withdrew = _voices("Ukraine's General Staff said Russian troops withdrew from Kupiansk.")
    left = _voices("Ukraine's General Staff said Russian troops left Kupiansk.")
    assert withdrew == left == [("claim", "ua", "Ukraine's General Staff", "Kupiansk")]
