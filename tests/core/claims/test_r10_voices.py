"""Who tells it, read from the words around the event: troops in a ring, a governor of a region,
a general staff written in lower case, an accuser and the accused, a mapping group's shading."""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # the troops in a ring tell nothing: the ring is their foe's claim
    ("The encirclement of Ukrainian troops in Myrnohrad keeps tightening, he said.", {("claim", "ru", "Myrnohrad")}),
    ("The encirclement of Ukrainian troops in Myrnohrad keeps tightening, the ministry said.", {("claim", "ru", "Myrnohrad")}),
    ("Ukrainian forces have been surrounded in Myrnohrad, he said.", {("claim", "ru", "Myrnohrad")}),
    ("Russian troops encircled Ukrainian units in Myrnohrad, he said.", {("claim", "ru", "Myrnohrad")}),
    # a side's own voice saying its troops are ringed concedes it
    ("Russian forces are partly encircled in Lyman, says a pro-Kremlin proxy leader", {("confirmation", "ru", "Lyman")}),
    ("Ukrainian units are encircled near Myrnohrad, the General Staff admitted.", {("confirmation", "ua", "Myrnohrad")}),
])
def test_troops_in_a_ring(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # falling back is a withdrawal, conceded by the side that fell back
    ("Ukrainian units have fallen back from Kupiansk, the brigade's commander said.", {("confirmation", "ua", "Kupiansk")}),
    # counterattacks going on near a town: fighting, no result
    ("Ukrainian counterattacks near Siversk are continuing, the ministry said.", set()),
    ("Counterattacks by the Ukrainian army near Lyman go on.", set()),
    ("Russian troops have consolidated in Kucheriv Yar, the ministry said.", {("claim", "ru", "Kucheriv Yar")}),
    ('Ukrainian brigade: Rodynske "not lost", fighting continues on the outskirts', {("denial", "ua", "Rodynske")}),
    ("Rodynske has not been lost, the brigade said.", {("denial", "ua", "Rodynske")}),
    # a mapping group's shading is its own finding
    ("DeepState shaded Zvanivka, near Siversk, as occupied after reviewing footage.", {("confirmation", "other", "Zvanivka")}),
    ("The DeepState map now colours Zvanivka as occupied.", {("confirmation", "other", "Zvanivka")}),
    # an attempt foretold is no event
    ("Ворог спробує окупувати Костянтинівку та Покровськ.", set()),
    ("Противник попытается оккупировать Костянтиновку.", set()),
    # Kyiv's troops taking control, told in Russian by nobody: Kyiv's own claim
    ("Украинские военные установили контроль над зданием горсовета Купянска.", {("claim", "ua", "Kupiansk")}),
])
def test_results_and_their_absence(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a general staff in wire copy's lower case is still Kyiv's staff telling its own hit
    ("Ukrainian drones struck a big oil refinery in Russia’s Saratov region, Ukraine’s general staff said Friday.",
     {("claim", "ua", None)}),
    # the accused follows "accused": the accuser speaks
    ("The Moscow-installed governor of Zaporizhzhia region, Yevgeny Balitsky, accused Kyiv of shelling Enerhodar.",
     {("claim", "ru", "Enerhodar")}),
    ("A spokesman for the pro-Russian underground said a power plant in Burshtyn was hit.", {("claim", "ru", "Burshtyn")}),
    # a regional centre that borders a country, or that an official governs, names the region
    ("Kursk Governor Alexander Khinshtein said on Telegram that air defence systems had shot down 14 drones over Kursk, "
     "which borders Ukraine.", {("claim", "ru", None)}),
    ("Alexander Khinshtein, the governor of Kursk, said via Telegram that 9 Ukrainian drones were destroyed over the region.",
     {("claim", "ru", None)}),
    # a fire after a raid is the raid's result; a bay named after its city is in the city
    ("Novoshakhtinsk refinery ablaze after drone raid, officials say", {("claim", "ru", "Novoshakhtinsk")}),
    ("Ukrainian drones struck a Russian missile boat in the bay of Sevastopol, Ukraine's navy said.",
     {("claim", "ua", "Sevastopol")}),
])
def test_tellers_of_strikes_and_tallies(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # two parties' accounts side by side, each in its own gerund clause
    ("Moscow and Kyiv gave conflicting accounts on Friday over the town of Siversk, with Moscow saying its troops were "
     "clearing the last Ukrainian positions and Kyiv insisting the town remained under its control.",
     {("claim", "ru", "Siversk"), ("denial", "ua", "Siversk")}),
    # the defender's hold in reported speech's past tense
    ("The General Staff said Ukrainian troops controlled Siversk.", {("denial", "ua", "Siversk")}),
    # footage answering a claim named after "as": the claim, and the footage against it
    ("Geolocated footage published on March 3 shows a Ukrainian drone hitting Russian infantry north of Novoplatonivka, "
     "indicating that Russian forces have not seized the village as milbloggers claimed.",
     {("claim", "ru", "Novoplatonivka"), ("denial", "other", "Novoplatonivka")}),
    ("Satellite imagery analysed by the BBC shows Russian positions now in the centre of Pokrovsk, near the railway station.",
     {("confirmation", "other", "Pokrovsk")}),
    # a hold since a month goes on to the story's day; rejecting the other account, the ministry claims its own
    ("Russia's defence ministry dismissed the report, insisting Siversk had been under Russian control since December.",
     {("claim", "ru", "Siversk")}),
    # what a place is, or what taking it would bring: no event
    ("Kostiantynivka is one of the last big cities of the Donetsk region under the control of the Ukrainian armed forces.", set()),
    ("Liberating Siversk opens the way toward Sloviansk, military expert Andrei Marochko told TASS.", set()),
    ("Lyman, a railway town, is regarded as a stepping stone for Russian forces aiming to seize Sloviansk.", set()),
    ("Russia has announced the capture of Siversk, considered one of the last Ukrainian strongholds in the area.",
     {("claim", "ru", "Siversk")}),
])
def test_accounts_side_by_side_and_descriptions(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a target hit with no settlement named: whose country it lies in tells whose word it is
    ("Ukrainian drones have hit one of Russia's biggest refineries, causing a fire, Ukraine's army said Monday.",
     {("claim", "ua", None)}),
    ("A Ukrainian drone attack caused a fire at an oil refinery in Russia overnight, local officials said on Tuesday.",
     {("claim", "ru", None)}),
    ("Russian missiles hit a power plant in Ukraine overnight, officials said.", {("claim", "ua", None)}),
    # Moscow's ministry and the heads of Russia's regions in Ukrainian copy speak for Moscow
    ("Міноборони РФ тим часом звітує про збиття шести БпЛА над Саратовською областю.", {("claim", "ru", None)}),
    ("Губернатор Самарської області підтвердив атаку дронів на регіон.", {("claim", "ru", None)}),
    # «Донецька обласна прокуратура» is the oblast's office, not the city
    ("Голова ОВА та Донецька обласна прокуратура повідомили, що кількість поранених внаслідок ворожої атаки по Добропіллю "
     "зросла до 12.",
     {("claim", "ua", "Dobropillia")}),
])
def test_strikes_told_by_the_country_hit(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a mapping act with no party acting is a mapping group's finding
    ("The group shaded Zvanivka, near Siversk, as occupied after reviewing footage of Russian soldiers in the village.",
     {("confirmation", "other", "Zvanivka")}),
    # Kyiv's own word for its army, told by nobody beside fighting that goes on: its hold, a denial
    ("In fact, the video was shot on the eastern outskirts, where fighting is ongoing, and Huliaipole remains under the "
     "control of the Defence Forces.", {("denial", "ua", "Huliaipole")}),
    # imagery that was not available shows nothing
    ("Satellite images of the Saky airfield were not immediately available, and the extent of the damage appears to be unclear.",
     {("hedge", "other", "Saky")}),
    ("Counterattacks by the Ukrainian armed forces near Volodymyrivka continue.", set()),
    # Moscow's bulletin formula names the unnamed ministry
    ("All the designated targets were hit, the ministry said.", {("claim", "ru", None)}),
    # strikes as a habit, the circumstance of what is told
    ("Ukrainian authorities said about 9,000 civilians remain in Kostiantynivka despite daily glide bomb strikes on the city.",
     set()),
    # a regional centre opening the sentence before a town of its region is the region
    ("In neighbouring Belgorod, Governor Vyacheslav Gladkov said a drone had hit a block of flats in Shebekino, injuring a man.",
     {("claim", "ru", "Shebekino")}),
    ("In Belgorod, a drone hit a block of flats, the governor said.", {("claim", "ru", "Belgorod")}),
    # a zone of control expanded toward a village: a direction, not the village
    ("Russian units have consolidated in Kucheriv Yar and are expanding the zone of control toward Shakhove, a milblogger said.",
     {("claim", "ru", "Kucheriv Yar")}),
])
def test_maps_habits_and_regions(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # attempts that go on, and what a height would allow: no event
    ("Российские захватчики не оставляют попыток прорваться к поселку Степногорск.", set()),
    ("Поселок Степногорск расположен на высоте, которая открывает возможности контролировать дорогу на Запорожье.", set()),
    # the escape routes cut: the cutter's gain, not a withdrawal
    ("Войска группировки «Юг» отрезали пути отхода остаткам подразделений ВСУ из Северска.", {("claim", "ru", "Siversk")}),
])
def test_attempts_heights_and_routes_cut(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    ('Moscow says troops "closing the ring" around Myrnohrad', {("claim", "ru", "Myrnohrad")}),
    # Kyiv's own words for the foe, told by nobody: Kyiv's tally and Kyiv's gain
    ("The occupiers lost more than 90 soldiers killed and wounded near Hryshyne in one of those attacks.",
     {("claim", "ua", "Hryshyne")}),
    ("Another settlement, Novoheorhiivka in the Dnipropetrovsk region, has also been cleared of the occupiers, he said.",
     {("claim", "ua", "Novoheorhiivka")}),
])
def test_quoted_idioms_and_kyivs_words(sentence, want):
    assert said(sentence, "2025-11-20") == want
