"""Russian-language phrasing of real reporting that the rules misread, one group per general cause.

Every sentence here is invented (places are real so the gazetteer can be checked); the labels
follow CLAIMS_GUIDE.md and the conventions of the project's labelled data.
"""

import pytest

from tui.core.claims.stance import narrator_side
from tui.core.claims.statements import extract_statements


def _triples(sentence: str) -> set[tuple[str, str, str | None, str]]:
    return {(s.stance, s.side, s.place, s.event) for s in extract_statements(sentence)}


# Ukrainian outlets writing in Russian use Kyiv's words for the enemy: the narrator is Ukrainian,
# so the enemy's gain is a concession or an independent confirmation, and a strike is Kyiv's report.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Оккупанты захватили село Ивановка под Купянском, отмечают мониторинговые каналы.",
     {("confirmation", "other", "Ivanivka", "control")}),
    ("Захватчики прорвались в Торское и закрепились на его окраине.",
     {("confirmation", "other", "Torske", "control")}),
    ("Несмотря на большие потери, оккупантам удалось улучшить положение возле Ямполя.",
     {("confirmation", "ua", "Yampil", "control")}),
    ("Утром российские оккупационные войска ударили по Никополю, ранены трое горожан.",
     {("claim", "ua", "Nikopol", "strike")}),
    ("Армия рф ночью обстреляла Белозерку с временно оккупированного берега, повреждены два дома.",
     {("claim", "ua", "Bilozerka", "strike")}),
])
def test_kyivs_words_in_russian_speak_for_kyiv(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "side"), [
    ("Подразделения группировки «Центр» освободили Гродовку.", "ru"),
    ("Армия России освободила от киевских оккупантов село Гродовка.", "ru"),
    ("Силы обороны отразили штурм у Степногорска.", "ua"),
    ("Россияне атаковали Херсон дронами.", "ua"),
    ("Окупанти обстріляли Херсон.", "ua"),
])
def test_the_narrators_side(sentence, side):
    assert narrator_side(sentence) == side


def test_moscows_media_calling_the_other_side_occupiers_stays_moscows():
    assert _triples("Армия России освободила от киевских оккупантов населённый пункт Гродовка.") == {
        ("claim", "ru", "Hrodivka", "control")}
