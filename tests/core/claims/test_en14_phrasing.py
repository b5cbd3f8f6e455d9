"""English phrasing of wire and international copy: aims and prospects that name no result, who
speaks (an accuser, a governor named by a Russian region, a ministry counting the other side's
losses), passive and narrated changes of hands, failed attempts as repulses, regions listed after
their noun, and a romanisation variant of Є.

Each case is one sentence read alone, as `warfeed claims extract -` reads it: the statements
that count, placed or not.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize("sentence", [
    # The advance is what the defenders aim to stop: no gain anywhere.
    "The commander called the fighting around Orlivka brutal, adding that new trenches were being dug to slow Moscow's advances.",
    "The brigade said the battles near Lyman were heavy as its soldiers tried to halt Russia's advances.",
    "Kyiv is struggling to hold back Russian advances near Siversk.",
    "Sappers laid mines outside Kostiantynivka in a bid to slow the Russian advance.",
    "Huliaipole sits on a highway that formed a line of defence against Russia's advances in the south.",
    # Which town it is: the last one a side still holds, told as a description.
    "Kramatorsk is the biggest and last city in the north of the region that remains under Kyiv's control.",
    "Dobropillia is one of the few towns of the district that is still under Ukrainian control.",
])
def test_no_result_no_statement(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Beating the advance back is a repulse, and a defender saying it still holds a town denies its loss.
    ("Ukraine's General Staff said its units repelled Russian advances near Orlivka.", {("claim", "ua", "Orlivka")}),
    ("The General Staff said Siversk remains under Ukrainian control.", {("denial", "ua", "Siversk")}),
    # A capture of the last held village is still a capture.
    ("Russian forces captured Torske, one of the last villages in the district that was still under Ukrainian control, the ministry said.",
     {("claim", "ru", "Torske")}),
    # An advance with a place, and no one trying to stop it, is still narrated.
    ("Russian forces advance near Chasiv Yar", {("confirmation", "other", "Chasiv Yar")}),
])
def test_results_still_found(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "the regions of A and B" names regions, as "the A and B regions" does: a tally over them names no town.
    ("Air defences shot down nine Ukrainian drones over the border regions of Bryansk and Kursk overnight, the Russian defence ministry said.",
     {("claim", "ru", None)}),
    ("Russian air defence destroyed 14 Ukrainian drones over the regions of Belgorod, Oryol and Kursk, the ministry said.",
     {("claim", "ru", None)}),
    # The city named as a city is still the city.
    ("A Ukrainian drone hit a warehouse in the city of Belgorod, injuring two people, the regional governor said.",
     {("claim", "ru", "Belgorod")}),
])
def test_regions_listed_after_their_noun(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The one who accuses tells of the strike; the accused is the attacker, not the speaker.
    ("Russian-installed officials accused Ukraine of shelling Horlivka, killing a bus driver.", {("claim", "ru", "Horlivka")}),
    ("Kyiv accused Russia of shelling the town of Orikhiv overnight, killing a woman.", {("claim", "ua", "Orikhiv")}),
])
def test_the_accuser_speaks(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A date inside ", where ...," dates the place's past, not the capture the main clause tells.
    ("Near the border, where saboteurs crossed in March, Moscow's troops regained Tetkino.",
     {("confirmation", "other", "Tetkino")}),
    # The main clause's own old date still makes it history.
    ("Russian forces seized Marinka in December 2022.", set()),
    # "..., attacking towards Y" after a capture: the attack goes on, Y is not taken.
    ("Moscow's troops entered Orlivka on Monday, attacking toward Lyman the next day.", {("confirmation", "other", "Orlivka")}),
    # Attacks towards a town beaten back are still the defender's repulse there.
    ("Ukraine's General Staff said its troops repelled Russian attacks towards Lyman.", {("claim", "ua", "Lyman")}),
])
def test_asides_and_onward_attacks(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A ministry nobody names the country of, counting "losses on the Ukrainian side": Moscow's tally.
    ("The defence ministry put the losses on the Ukrainian side at about 140 men over the day.", {("claim", "ru", None)}),
    ("The defence ministry said there were losses among the Russian troops of 90 men over the day.", {("claim", "ua", None)}),
    # A governor named by one of Russia's regions is Moscow's, however capitalised.
    ("Kursk Regional Governor Alexei Smirnov said a drone hit a house in Rylsk, injuring two.", {("claim", "ru", "Rylsk")}),
    ("Voronezh Governor Alexander Gusev said drone debris damaged a house in the city of Voronezh, injuring a woman.", {("claim", "ru", "Voronezh")}),
    # A bare "regional governor" is the region's own: the region named decides the side.
    ("A warehouse in Russia's Tambov region caught fire after a drone strike overnight, a regional governor said.", {("claim", "ru", None)}),
    ("A grain silo in Ukraine's Odesa region caught fire after a Russian drone attack, a regional governor said.", {("claim", "ua", None)}),
    # "set ablaze" is a strike's result as "set on fire" is.
    ("Drone debris set ablaze a substation in Russia's Bryansk region during an attack, the governor said.", {("claim", "ru", None)}),
    # Another spelling of a governor's name is still the governor.
    ("Russian shelling hit Lysychansk overnight, killing one, said regional governor Sergiy Gaiday.", {("claim", "ua", "Lysychansk")}),
])
def test_whose_tally_and_whose_governor(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A party that says it stopped an advance while fighting goes on still claims the repulse.
    ("The Russian defence ministry said its troops halted the advance of a Ukrainian battalion near Tetkino, though fighting goes on.",
     {("claim", "ru", "Tetkino")}),
    # "the further advance in Y" is where a gain may lead, not a second place taken.
    ("The Russian commander said the liberation of Novoselivka matters for the further advance in Kostiantynivka.",
     {("claim", "ru", "Novoselivka")}),
    # "made further advances in X" is an advance there.
    ("Russian forces made further advances in Orlivka, the Russian defence ministry said.", {("claim", "ru", "Orlivka")}),
])
def test_stopped_advances_and_further_advances(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Є after a consonant romanised "ie" (the national system) or "e" (older copy) is one name.
    ("Ukraine's military said its troops withdrew from Sievierne and Tonenke.",
     {("confirmation", "ua", "Sieverne"), ("confirmation", "ua", "Tonenke")}),
    ("Russian forces captured the village of Sievierne, the Russian defence ministry said.", {("claim", "ru", "Sieverne")}),
])
def test_ie_and_e_spellings_meet(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A withdrawal made to keep the enemy from advancing is still a withdrawal conceded.
    ("\"Our units pulled back from the village of Orlivka to prevent the enemy from advancing further west,\" a Ukrainian military spokesman said.",
     {("confirmation", "ua", "Orlivka")}),
    # A defence that kept the enemy from advancing gains nothing.
    ("The defence of Orlivka prevented the enemy from advancing, the General Staff said.", set()),
])
def test_prevented_advances(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A change of hands told by nobody, the gainer after the verb: the reporter's narration.
    ("The village of Zarichne was seized by Russian troops.", {("confirmation", "other", "Zarichne")}),
    ("Zarichne fell to Russian forces.", {("confirmation", "other", "Zarichne")}),
    ("Zarichne came under the control of Russian forces.", {("confirmation", "other", "Zarichne")}),
    # A side's own word for its gain keeps its voice, active or passive.
    ("The village of Zarichne was liberated by Russian forces.", {("claim", "ru", "Zarichne")}),
    # A party saying so is that party's statement.
    ("The village of Zarichne was seized by Russian troops, the Russian defence ministry said.", {("claim", "ru", "Zarichne")}),
    ("The Ukrainian General Staff admitted that Zarichne fell to Russian forces.", {("confirmation", "ua", "Zarichne")}),
])
def test_narrated_change_of_hands(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A place back under a side's control, the place unnamed: that side's claim of a retaking.
    ("The village is back under Ukrainian control, Ukraine's General Staff said on Monday.", {("claim", "ua", None)}),
    # Still under a side's control is a defender's denial, and a mapping group's evidence against.
    ("Ukraine's General Staff said the town was still under Ukrainian control.", {("denial", "ua", None)}),
    ("The hamlet is still under Kyiv's control, DeepState said.", {("denial", "other", None)}),
])
def test_back_and_still_under_control_unplaced(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Closing in on a place is not being in it.
    ("Russian units seized Orlivka on Sunday and then approached Zarichne from the east.", {("confirmation", "other", "Orlivka")}),
    ("Russian troops approached Siversk, the ministry said.", set()),
])
def test_approached_is_not_taken(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Only Kyiv's voices call Moscow's outlets the enemy's: their report is Moscow's claim, the rebuttal Kyiv's.
    ("\"Enemy channels are circulating reports that Zarichne has been captured. That is false,\" the centre said.",
     {("claim", "ru", "Zarichne"), ("denial", "ua", "Zarichne")}),
])
def test_enemy_outlets_rebutted(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # One side's attempts that failed, told by nobody: the other side's repulse.
    ("Russian attempts to storm Hryhorivka also failed.", {("claim", "ua", "Hryhorivka")}),
    ("Ukrainian attempts to break through near Tetkino failed.", {("claim", "ru", "Tetkino")}),
    # Failing to do something else is no repulse.
    ("Russian attempts to capture Hryhorivka failed to stop the evacuation.", set()),
])
def test_failed_attempts_are_repulses(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A party saying a place was taken or ringed BY the other side concedes it.
    ("Ukraine's General Staff said Zarichne was captured by Russian forces.", {("confirmation", "ua", "Zarichne")}),
    ("The Russian-installed head of the region said Kreminna was \"all but encircled\" by Ukrainian forces.", {("confirmation", "ru", "Kreminna")}),
    # By its own side: its own gain, a claim.
    ("Ukraine's General Staff said Zarichne was liberated by Ukrainian troops.", {("claim", "ua", "Zarichne")}),
])
def test_passive_gainer_named_after_by(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Fighting that "failed to" or "could not" advance is fighting without a result, as "did not advance" is.
    ("Russian forces attacked near Hryhorivka but failed to advance.", set()),
    ("Russian troops continued assaults near Hryhorivka but failed to make any gains.", set()),
    # Attempts to attack that failed, told by nobody, remain the defender's repulse.
    ("Russian attempts to push through near Hryhorivka failed as well.", {("claim", "ua", "Hryhorivka")}),
])
def test_failing_to_advance(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An attempt "but failed", told by nobody: the defender's repulse, not the attacker's advance.
    ("Russian forces tried to advance near Siversk but failed.", {("claim", "ua", "Siversk")}),
    ("Ukrainian troops attempted to break through near Tetkino but were unsuccessful.", {("claim", "ru", "Tetkino")}),
    # "failed to gain ground": fighting without a result.
    ("Russian forces tried to advance near Siversk but failed to gain ground.", set()),
])
def test_tried_but_failed(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # On the verge or the brink of a capture is a prospect, not a capture.
    ("Russian forces are on the verge of capturing Siversk, analysts say.", set()),
    ("Russian troops are on the brink of encircling Kostiantynivka, a Ukrainian commander said.", set()),
    # The capture told before the prospect stands.
    ("Russian forces captured Orlivka and are on the verge of taking Zarichne, the Russian defence ministry said.", {("claim", "ru", "Orlivka")}),
])
def test_on_the_verge_is_a_prospect(sentence, want):
    assert said(sentence) == want
