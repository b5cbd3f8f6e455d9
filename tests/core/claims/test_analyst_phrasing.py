"""Analyst and relayed reporting: who speaks when an institute assesses, when propagandists are
quoted in Ukrainian, and when a commander says his troops are still in a town (CLAIMS_GUIDE.md)."""

import pytest

from tui.core.claims.statements import extract_statements


def _triples(sentence: str) -> set[tuple[str, str, str | None]]:
    return {(s.stance, s.side, s.place) for s in extract_statements(sentence)}


@pytest.mark.parametrize(("sentence", "want"), [
    # An institute's assessment is an independent voice, whatever the subject of its clause.
    ("ISW assessed that Russian forces had captured Lyman.", {("confirmation", "other", "Lyman")}),
    ("The institute assessed on Sunday that Russian troops seized Siversk.", {("confirmation", "other", "Siversk")}),
    ("The Washington-based think tank said Russian units had taken Kurakhove.", {("confirmation", "other", "Kurakhove")}),
    # Russian propagandists quoted in a Ukrainian text speak for Russia, not for the text's side.
    ("Російські пропагандисти заявили про захоплення Торського.", {("claim", "ru", "Torske")}),
    # The defender's own troops still in the town: a denial of its capture.
    ("Syrskyi said Ukrainian troops were still in the eastern part of Kupiansk.", {("denial", "ua", "Kupiansk")}),
])
def test_who_speaks_in_analyst_and_relayed_reporting(sentence, want):
    assert _triples(sentence) == want


def test_the_attackers_still_in_a_village_are_not_a_denial():
    got = _triples("Geolocated footage shows Russian soldiers still in the western half of Zarichne, "
                   "which indicates that Russian troops hold part of Zarichne.")
    assert not any(stance == "denial" for stance, _, _ in got)


@pytest.mark.parametrize(("sentence", "event"), [
    ("В селе Шебекино в результате атаки дрона был уничтожен частный дом, сообщил Гладков.", "strike"),
    ("Минобороны России сообщило, что уничтожены три танка ВСУ у Торского.", "losses"),
])
def test_a_destroyed_house_is_a_strike_and_destroyed_tanks_are_losses(sentence, event):
    assert {s.event for s in extract_statements(sentence)} == {event}


def test_the_russian_chief_of_staff_by_title_and_name_speaks_for_russia():
    sentence = ("Начальник Генерального штаба Валерий Герасимов доложил Владимиру Путину о взятии Купянска.")
    assert _triples(sentence) == {("claim", "ru", "Kupiansk")}


def test_a_first_name_before_a_surname_is_a_person_not_a_city():
    from tui.core.claims.places import find_places

    assert find_places("Командувач доповів Володимиру Зеленському про ситуацію.") == []
    assert [p.place.name for p in find_places("Вибухи пролунали у Володимирі.")] == ["Volodymyr-Volynskyi"]
    assert [p.place.name for p in find_places("Вибухи пролунали у Володимирі Волинської області.")
            if p.kind == "settlement"] == ["Volodymyr-Volynskyi"]


@pytest.mark.parametrize(("sentence", "want"), [
    # «Як стверджують у X, ...»: the one named after the verb speaks, and the outlet's «нібито» hedges it
    # in its own voice, Kyiv's side (CLAIMS_GUIDE: outlets of a state speaking in their own voice).
    ("Як стверджують у Міноборони Росії, їхні підрозділи нібито встановили контроль над Торським.",
     {("claim", "ru", "Torske"), ("hedge", "ua", "Torske")}),
    # The occupation named by its noun, reported by a mapping project: independent confirmation.
    ("Проєкт DeepState повідомив про окупацію села Торське.", {("confirmation", "other", "Torske")}),
    # «назвали фейком»: a denial by whoever named it so.
    ("В угрупованні назвали фейком заяву ворога про захоплення Торського.",
     {("denial", "ua", "Torske"), ("claim", "ru", "Torske")}),
])
def test_ukrainian_attribution_and_denial(sentence, want):
    assert _triples(sentence) == want


def test_a_halted_advance_is_the_defenders_claim_not_independent_evidence():
    # Told with no speaker, "X stopped the advance of Y near Z" gains nothing for Y: it is not the
    # reporter confirming an advance (nor, flipped, an independent denial that refutes the claim).
    assert _triples("Ukrainian units stopped the advance of the Russian army near Torske.") == {("claim", "ua", "Torske")}


def test_a_foreign_ministry_headline_saying_likely_is_its_assessment():
    # "UK defence ministry:" labels the speaker (a foreign government, `other`), and "likely
    # captured" is its intelligence assessment in its own measure of confidence: a confirmation
    # (CLAIMS_GUIDE.md's analyst's assessment), where "appears to" or "may have" would hedge.
    assert _triples("UK defence ministry: Russia likely captured Torske") == {("confirmation", "other", "Torske")}
