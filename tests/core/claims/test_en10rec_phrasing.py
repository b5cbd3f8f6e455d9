"""English news copy: a party's gains, repulses and answers told with no settlement named, and
English sentences typeset with curly quotes.

Each case is a construction of CLAIMS_GUIDE.md that English reporting used to miss.
"""

from datetime import datetime, timezone

import pytest

from tui.core.claims.statements import extract_statements

_PUBLISHED = datetime(2025, 6, 10, tzinfo=timezone.utc).timestamp()


def _triples(sentence: str) -> set[tuple[str, str, str | None, str]]:
    return {(s.stance, s.side, s.place, s.event) for s in extract_statements(sentence, published=_PUBLISHED)}


@pytest.mark.parametrize(("sentence", "want"), [
    # A day's repulses counted by a party, their settlements unnamed.
    ("The Russian defence ministry said it had fought off six Ukrainian assaults overnight.",
     {("claim", "ru", None, "control")}),
    ("Ukraine's General Staff said its troops repulsed 14 Russian attacks in the Lyman direction.",
     {("claim", "ua", None, "control")}),
    ("Moscow's ministry said its units beat back three Ukrainian counterattacks near the border.",
     {("claim", "ru", None, "control")}),
    ("Kyiv's army said its brigades thwarted several attempts to cross the river, the statement added.",
     {("claim", "ua", None, "control")}),
])
def test_a_party_counts_its_repulses_without_a_settlement(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A repulse summed over weeks, or one that failed, is no day's claim.
    "The Russian defence ministry said its forces had repelled Ukrainian attacks in recent weeks.",
    "Ukraine's General Staff said its troops failed to repel the Russian assaults.",
    # An outside voice naming both sides' repulses makes no party's claim.
    "Both armies repelled several attacks, analysts at the war-studies institute said.",
])
def test_repulses_that_are_no_claim(sentence):
    assert _triples(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A capture told with no article, in the perfect tense, or as "its first village".
    ("Moscow says its troops have captured village in Sumy region", {("claim", "ru", None, "control")}),
    ("The Russian army announced that it had seized its third village in the Sumy region.",
     {("claim", "ru", None, "control")}),
    ("The Russian defence ministry said its units had seized control of several settlements in the south.",
     {("claim", "ru", None, "control")}),
    # An advance claimed by a party, no settlement named.
    ("Moscow's ministry said its units had advanced further along the southern front.",
     {("claim", "ru", None, "control")}),
    ("The Russian ministry said its soldiers made a notable advance near the border.", {("claim", "ru", None, "control")}),
])
def test_a_party_claims_a_gain_without_naming_it(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Narration of an advance with no party speaking, or a denied one, is no claim.
    "Russian forces advanced further in southern Ukraine during the winter offensive.",
    "Russia said its troops had not advanced further in the south.",
])
def test_advances_that_are_no_claim(sentence):
    assert _triples(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # The answer names the other side's account of a gain: that side's claim stands beside the denial.
    ("Kyiv's military dismissed Moscow's claim that Russian soldiers had taken a hamlet up north.",
     {("denial", "ua", None, "control"), ("claim", "ru", None, "control")}),
    ("Kyiv rejects Moscow's claims of capturing three southern villages",
     {("denial", "ua", None, "control"), ("claim", "ru", None, "control")}),
    ("Russia's defence ministry dismissed Kyiv's reports of advances near the border.",
     {("denial", "ru", None, "control"), ("claim", "ua", None, "control")}),
    # An account of something other than a gain stays a denial alone.
    ("Ukraine denied Russia's claims that it had shelled a hospital.", {("denial", "ua", None, "control")}),
    ("Kyiv rejected the claims of a capture, calling them fake.", {("denial", "ua", None, "control")}),
])
def test_a_denial_of_the_other_sides_named_account(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Curly apostrophes and quotes do not make English text foreign.
    ("Moscow says it has taken control of village in Ukraine’s Sumy region",
     {("claim", "ru", None, "control")}),
    ("Ukraine’s General Staff denied Moscow’s claims of capturing two villages.",
     {("denial", "ua", None, "control"), ("claim", "ru", None, "control")}),
    ("Russia’s defence ministry said it had repelled five Ukrainian attacks on Tuesday.",
     {("claim", "ru", None, "control")}),
])
def test_curly_quotes_in_english(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Driving the holders out of a place is retaking it, whichever way the verb is built.
    ("Ukrainian units drove out the Russian troops from Novodarivka, Syrskyi said.", {("claim", "ua", "Novodarivka", "control")}),
    ("Ukraine's army said its brigades ousted the occupiers from Piatykhatky.", {("claim", "ua", "Piatykhatky", "control")}),
    ("The Russian ministry said its soldiers dislodged Ukrainian units from Rabotino.", {("claim", "ru", "Robotyne", "control")}),
    ("Kyiv's commander said his troops had expelled Russian forces from Staromaiorske.",
     {("claim", "ua", "Staromaiorske", "control")}),
])
def test_driving_the_enemy_out_of_a_place(sentence, want):
    assert _triples(sentence) == want


def test_a_vain_attempt_to_dislodge_troops_in_a_place_is_no_capture():
    assert ("claim", "ua", "Novodarivka", "control") not in _triples(
        "The ministry said the enemy kept trying to dislodge Russian troops in Novodarivka.")


@pytest.mark.parametrize(("sentence", "want"), [
    # A defender blocking assaults on a place repels them there.
    ("Ukrainian units are blocking enemy attacks on Kostiantynivka, Syrskyi said.",
     {("claim", "ua", "Kostiantynivka", "control")}),
    # "Kyiv's top general" is the commander-in-chief speaking, not the capital.
    ("Defenders keep blocking enemy attacks on Siversk and Lyman, Kyiv's top general said.",
     {("claim", "ua", "Siversk", "control"), ("claim", "ua", "Lyman", "control")}),
    # "No Russians in X": the defender's denial that the enemy holds it.
    ("Syrskyi said there were no Russians inside Kostiantynivka.",
     {("denial", "ua", "Kostiantynivka", "control")}),
    ("Syrskyi said there were no occupiers in Siversk.", {("denial", "ua", "Siversk", "control")}),
])
def test_a_defenders_repulse_and_absence_words(sentence, want):
    assert _triples(sentence) == want


def test_a_road_blocked_is_no_repulse():
    assert _triples("Ukrainian forces blocked the road to Siversk, the ministry said.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A party's own pull-back with no settlement named in the sentence is its concession.
    ("\"We took the decision to withdraw our units to prepared lines,\" Syrskyi said.",
     {("confirmation", "ua", None, "control")}),
    ("The Russian defence ministry said its troops had withdrawn to more defensible positions.",
     {("confirmation", "ru", None, "control")}),
])
def test_a_partys_own_pullback_without_a_settlement(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Ukraine will not withdraw its troops from the east, Zelensky said.",
    # the villages are named, though not spelled as the gazetteer has them: no placeless stand-in
    "\"Our units withdrew from the villages of Zzyzxovka and Qwertove,\" the spokesman for the Ukrainian army said.",
])
def test_pullbacks_that_are_no_placeless_concession(sentence):
    assert ("confirmation", "ua", None, "control") not in _triples(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    # A Russian or older spelling after a settlement word, no oblast named: the one front-line place it spells.
    ("Moscow's ministry said its forces had taken the village of Berdichi.", {("claim", "ru", "Berdychi", "control")}),
    ("Kyiv denied reports about the fall of the cities of Kostiantynivka and Myrnograd, the General Staff said.",
     {("denial", "ua", "Kostiantynivka", "control"), ("denial", "ua", "Myrnohrad", "control")}),
    ("The Russian ministry said its units had liberated the settlement of Dneproenergiya.",
     {("claim", "ru", "Dniproenerhiia", "control")}),
])
def test_a_russian_spelling_placed_by_the_front(sentence, want):
    assert _triples(sentence) == want


def test_a_spelling_of_many_front_villages_stays_unplaced():
    # two front-line namesakes share the skeleton: no guess (a wrong village is worse than none)
    assert _triples("Moscow's ministry said its forces had taken the village of Ternov.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # ", saying ..." after the account is the denier's reason, not what the account said.
    ("Kyiv's military rejected the report, saying clashes near the hamlet went on.", {("denial", "ua", None, "control")}),
    # A denial of the gain itself, with no account named.
    ("Ukraine's army denied that enemy units had broken through anywhere in the region.", {("denial", "ua", None, "control")}),
    ("The Ukrainian command denies any encirclement of its brigades.", {("denial", "ua", None, "control")}),
])
def test_a_placeless_denial(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Kyiv rejected claims saying the negotiations had stalled.",
    "The Kremlin denied that the talks had broken down.",
    "Peskov denied that Russia had shelled civilians.",
])
def test_placeless_denials_of_no_gain(sentence):
    assert _triples(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A placeless capture told as "reportedly" is the reporter's hedge; a party named beside it keeps its claim.
    ("Moscow's troops reportedly seized two further villages in the south.", {("hedge", "other", None, "control")}),
    ("Russian troops have reportedly captured two settlements in the east, the Russian defence ministry said.",
     {("claim", "ru", None, "control"), ("hedge", "other", None, "control")}),
])
def test_a_hedged_placeless_capture(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A neighbouring state's ministry or army is an outside voice, not the ministry of a party.
    ("Russian drones struck the port of Izmail overnight, Romania's defence ministry said.",
     {("confirmation", "other", "Izmail", "strike")}),
    ("Moldova’s Ministry of Defence said on Monday that a Russian drone hit Reni.", {("confirmation", "other", "Reni", "strike")}),
    ("The Polish army said Russian missiles struck near Lutsk.", {("confirmation", "other", "Lutsk", "strike")}),
])
def test_a_neighbours_government_speaks_as_an_outsider(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Russia's unit titles ("Guards", "Motorized Rifle") name Moscow's troops, not a Ukrainian brigade.
    ("The 21st Guards Motorized Rifle Brigade took Novoselydivka, the Russian ministry said.",
     {("claim", "ru", "Novoselydivka", "control")}),
    ("Fighters of the 47th Mechanized Brigade retook Novoselydivka, the brigade said.",
     {("claim", "ua", "Novoselydivka", "control")}),
])
def test_unit_titles_tell_the_side(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A repulse told by nobody is the repelling side's own bulletin, as it is when a place is named.
    ("Ukrainian troops beat back seven Russian attacks in the Sumy region.", {("claim", "ua", None, "control")}),
    ("Russian units repulsed three Ukrainian counterattacks over the past day.", {("claim", "ru", None, "control")}),
])
def test_a_repulse_told_by_nobody(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A Kyiv cabinet minister named by title speaks for Ukraine.
    ("Ukrainian Deputy Prime Minister Taras Melnyk said 88 Russian drones targeted grain terminals overnight, damaging two.",
     {("claim", "ua", None, "strike")}),
    ("Ukraine's energy minister said Russian missiles hit two power plants overnight.", {("claim", "ua", None, "strike")}),
])
def test_a_ukrainian_minister_by_title(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "have occupied" is the capture in the perfect tense; a plan told after it does not undo it.
    ("The Russian ministry said its forces have occupied Kruhliakivka.", {("claim", "ru", "Kruhliakivka", "control")}),
    ("The Institute for the Study of War says Russian forces have occupied Kruhliakivka and plan to push further west.",
     {("confirmation", "other", "Kruhliakivka", "control")}),
])
def test_have_occupied_is_a_capture(sentence, want):
    assert _triples(sentence) == want


def test_an_occupation_since_a_past_year_is_background():
    assert _triples("Russian forces have occupied Kruhliakivka since 2022, the ministry said.") == set()


@pytest.mark.parametrize("sentence", [
    # The wire's formula that the accounts are hard to check is its hedge of them.
    "Independent confirmation of the reports is hard amid the fighting.",
    "Independent verification of such claims remains very difficult.",
])
def test_verification_difficult_is_a_hedge(sentence):
    assert _triples(sentence) == {("hedge", "other", None, "control")}


def test_verification_of_something_else_is_no_hedge():
    assert _triples("Independent verification of the election results is difficult.") == set()


def test_the_enemys_claim_answered_by_a_named_ukrainian_officer():
    assert _triples("\"The enemy says it has seized Hryhorivka. That is false,\" Syrskyi told reporters.") == {
        ("claim", "ru", "Hryhorivka", "control"), ("denial", "ua", "Hryhorivka", "control")}
