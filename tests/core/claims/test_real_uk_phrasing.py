"""Ukrainian phrasing of real reporting the rules misread, one group per general cause.

The sentences are written for these tests (places are real so the gazetteer can resolve them);
the stances and sides follow CLAIMS_GUIDE.md.
"""

import pytest

from tui.core.claims.statements import extract_statements


def _triples(sentence: str) -> set[tuple[str, str, str | None, str]]:
    return {(s.stance, s.side, s.place, s.event) for s in extract_statements(sentence)}


# The enemy's gain told without a speaker, in Ukrainian words for taking and entering: not a claim
# of the language's side but narration of the other side's advance (CLAIMS_GUIDE: confirmation).
@pytest.mark.parametrize(("sentence", "want"), [
    ("Ще два села, Торське та Ямпіль, потрапили під контроль загарбників.",
     {("confirmation", "other", "Torske", "control"), ("confirmation", "other", "Yampil", "control")}),
    ("За тиждень окупанти зуміли взяти Новоекономічне.",
     {("confirmation", "other", "Novoekonomichne", "control")}),
    ("Йдеться про окупацію російськими військами села Дронівка.", {("confirmation", "other", "Dronivka", "control")}),
    ("До Родинського дедалі частіше проникають окупаційні групи.", {("confirmation", "other", "Rodynske", "control")}),
])
def test_enemy_gain_told_without_a_speaker_is_not_a_claim(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Окупанти намагаються взяти Родинське в кільце.", set()),
    ("Генштаб спростував інформацію про окупацію Торського.", {("denial", "ua", "Torske", "control")}),
])
def test_taking_words_keep_goals_and_denials(sentence, want):
    assert _triples(sentence) == want


# Warnings, conditions, attempts, a result that did not come, fire control and places described by
# an earlier liberation are no event (CLAIMS_GUIDE: not statements).
@pytest.mark.parametrize("sentence", [
    "Напередодні голова ОВА попереджав про ймовірні обстріли Ізюма.",
    "Експерт вважає, що росіяни підуть на Краматорськ, якщо їм вдасться захопити Костянтинівку.",
    "Противник не припиняє спроб захопити чи оточити Суми й Охтирку.",
    "Біля Торського точилися запеклі бої, але противник так і не зумів просунутися.",
    "Дорога на Лиман перебуває під вогневим контролем наших дронів.",
    "Згодом окупанти почали регулярно обстрілювати звільнені села Ізюмського району та Балаклію.",
    "Уздовж річки Дніпро тривають обстріли прибережних сіл.",
])
def test_no_event_without_a_result(sentence):
    assert _triples(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # «якщо не весь» is a hedge on how much, not a condition
    ("Аналітики вважають, що російські сили, ймовірно, контролюють більшу частину Торського, якщо не все село.",
     {("hedge", "other", "Torske", "control")}),
    ("Унаслідок удару по Балаклії загинули двоє людей.", {("claim", "ua", "Balakliia", "strike")}),
])
def test_results_still_count_beside_those_words(sentence, want):
    assert _triples(sentence) == want
