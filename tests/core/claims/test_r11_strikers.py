"""Who tells a hit and what a fight is for: a side's own forces opening the sentence, a boast, a
fight for a place that names no result, an unnamed message, an aside between a speaker and the verb."""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # a side's forces that open the sentence and strike a military or fuel target tell their own hit
    ("Overnight, the Defence Forces hit an ammunition depot near Sudzha in the Kursk region.", {("claim", "ua", "Sudzha")}),
    ("On the night of November 19, units of the Unmanned Systems Forces, working with the navy, struck the oil terminal "
     "in Tuapse.", {("claim", "ua", "Tuapse")}),
    ("On November 19, the Ukrainian military struck a fuel depot near Klintsy in the Bryansk region.", {("claim", "ua", "Klintsy")}),
    # the side that was hit tells of its dead and its houses, and says "attacked"
    ("Ukrainian drones attacked Belgorod overnight, injuring two people.", {("claim", "ru", "Belgorod")}),
    ("Ukrainian troops attacked Rylsk with drones, damaging a depot and several cars.", {("claim", "ru", "Rylsk")}),
])
def test_a_sides_forces_telling_their_hit(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a boast is a claim; a boast answered is a claim and its denial
    ("Russian guided bombs struck Kramatorsk again, pro-Kremlin bloggers boast", {("claim", "ru", "Kramatorsk")}),
    ("Kyiv brushed aside Moscow's boasts of capturing Lyman.", {("claim", "ru", "Lyman"), ("denial", "ua", "Lyman")}),
])
def test_boasts(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the fight for a place tells no result
    ("Battles to liberate Siversk go on, the Russian commander said.", set()),
    ("Russian troops are fighting to take Kostiantynivka.", set()),
    ("Russian forces have spent a year trying to occupy Chasiv Yar.", set()),
    # what they fight for is not where they got to
    ("Russian units, fighting to capture Lyman, entered the village of Zarichne.", {("confirmation", "other", "Zarichne")}),
    ("Russian troops fighting to take Siversk have entered the town centre, the ministry said.", {("claim", "ru", "Siversk")}),
    # failing to ring or to break into a town is its defender's word
    ("Russian forces have still failed to encircle Kostiantynivka, the spokesman said.",
     {("denial", "ua", "Kostiantynivka")}),
    ("The spokesman said Russian troops failed to gain a foothold in Orikhiv.", {("denial", "ua", "Orikhiv")}),
])
def test_a_fight_for_a_place(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a message that names nobody: the words it tells of Kyiv's brigades are Moscow's bulletin
    ("В районе Петропавловки отражены три атаки штурмовых групп 14-й бригады ВСУ, — говорится в сообщении.",
     {("claim", "ru", "Petropavlivka")}),
    # an aside about the speaker's region names no speaker
    ("Vyacheslav Gladkov, the governor of Belgorod, which borders Ukraine, said five Ukrainian drones were shot down "
     "over the region.", {("claim", "ru", None)}),
    # «лише 10%» left to the other side: the rest is the speaker's claim
    ("Российские военкоры утверждают, что под контролем ВСУ остается лишь 15% Купянска-Узлового.",
     {("claim", "ru", "Kupiansk-Vuzlovyi")}),
    # Kyiv's flag raised, told in Russian by nobody
    ("Бойцы штурмового батальона подняли флаг Украины над школой в Степногорске.", {("claim", "ua", "Stepnohirsk")}),
])
def test_who_speaks(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # where the wounded were taken is not where the strike was
    ("Четверо поранених госпіталізовані до лікарні у Краматорську.", set()),
    ("A drone hit a bus in Nikopol, and three wounded were taken to a hospital in Dnipro.", {("claim", "ua", "Nikopol")}),
    ("Ракета попала в больницу в Херсоне, ранены двое.", {("claim", "ua", "Kherson")}),
    # a ship leaving port is no withdrawal
    ("Дрон влучив у судно під час виходу з порту Ізмаїла, повідомив голова ОВА.", {("claim", "ua", "Izmail")}),
    # Moscow's English spelling of Mykolaiv is the city, not a namesake
    ("Russia's Defense Ministry said its missiles struck port facilities in Nikolayev.", {("claim", "ru", "Mykolaiv")}),
])
def test_places_of_a_strike(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a claim named before what answers it
    ("Попри заяви Росії про захоплення Сіверська, бої в місті тривають.", {("claim", "ru", "Siversk"), ("denial", "ua", "Siversk")}),
    # Moscow's hold denied in Russian: only Kyiv says so
    ("Гуляйполе не находится под контролем РФ, заявили в штабе.", {("denial", "ua", "Huliaipole")}),
    # an advance named by its noun and its party; an advance only reported and doubted
    ("Зафіксовано просування росіян на північ від Костянтинівки.", {("confirmation", "other", "Kostiantynivka")}),
    ("Спроби просування росіян біля Костянтинівки зупинені.", {("claim", "ua", "Kostiantynivka")}),
    # positions pulled back, told by nobody, are the teller's own
    ("Частина позицій поблизу Сіверська була відведена на рубежі західніше.", {("confirmation", "ua", "Siversk")}),
    # the speaker is no enemy of itself; troops being cleared out are no gainers
    ("Россияне заявили о захвате Глушковки.", {("claim", "ru", "Hlushkivka")}),
    ("Россияне зачищаются на окраинах Купянска, отметил спикер Сил обороны.", {("claim", "ua", "Kupiansk")}),
    # a source described before its name is the named source
    ("Российские войска захватили Бойковку, сообщают украинские военные аналитики DeepState.", {("confirmation", "other", "Boikivka")}),
])
def test_cyrillic_voices(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a front, a district or a direction named after a town is no event in the town
    ("На Запорізькому фронті сіра зона перейшла під контроль Сил оборони.", set()),
    ("Voloshyn said Russian forces were attacking south of Huliaipole in the direction of Zaliznychne but had made no advances.",
     set()),
    # a method and a task are no events
    ("Russian forces keep using infiltration tactics around Myrnohrad, Syrskyi said.", set()),
    ("Our task is to destroy as many enemy drones as possible over Kharkiv, the commander said.", set()),
    # won back is no loss; an unnamed officer who admits the enemy's entry concedes it
    ("Ukrainian troops recaptured lost positions near Siversk, the brigade said.", {("claim", "ua", "Siversk")}),
    ("He admitted that about 200 Russian soldiers had infiltrated Myrnohrad.", {("confirmation", "ua", "Myrnohrad")}),
    # an old English name of a town is a word in "Human Rights"
    ("Ukraine's Human Rights Ombudsman said Russian shelling had killed two civilians in Kherson.", {("claim", "ua", "Kherson")}),
])
def test_not_events_and_not_places(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a bare "the regional governor" speaks for the region the place is in
    ("The regional governor, Ivan Petrov, said drone debris had set fire to a warehouse in Lipetsk.", {("claim", "ru", "Lipetsk")}),
    # "..., he said": someone named before, not the last party this sentence names
    ("Our troops beat back an assault by a Russian infantry group near Kostiantynivka on Monday, he said.",
     {("claim", "ua", "Kostiantynivka")}),
    # attempts stopped are a repulse, the defender's claim
    ("In the Lyman direction, the Defence Forces stopped 12 attempts by the enemy to advance near Zarichne.",
     {("claim", "ua", "Zarichne")}),
    # troops that still keep positions in a town: its defender's denial, whatever else the footage shows
    ("Ukrainian units still maintain positions in Siversk, the brigade said.", {("denial", "ua", "Siversk")}),
    # a claim the footage is at odds with; a claim the teller answers by the hold
    ("Moscow again claimed full control of Huliaipole, a claim inconsistent with the available geolocated footage.",
     {("claim", "ru", "Huliaipole"), ("denial", "other", "Huliaipole")}),
    ("Contrary to claims by Russian bloggers, Ukrainian troops still hold Siversk, the institute said.",
     {("claim", "ru", "Siversk"), ("denial", "other", "Siversk")}),
    # a claim called a lie by a party whose troops fight on inside the place
    ("The General Staff called the Russian report a lie and said its units were conducting operations inside Siversk.",
     {("claim", "ru", "Siversk"), ("denial", "ua", "Siversk")}),
    # Kyiv's word for Moscow's leadership is its claimant
    ("The General Staff rejects the statements of the aggressor state's leadership about the alleged capture of Lyman.",
     {("claim", "ru", "Lyman"), ("denial", "ua", "Lyman")}),
    # a guard unit named after a town, a community that only says where a village is, a city only approached
    ('The National Guard brigade "Azov" said its units had cleared Nove Shakhove of Russian infiltration groups.',
     {("claim", "ua", "Nove Shakhove")}),
    ("In the village of Ivanivka, Kindrashivka community, a drone killed a man.", {("claim", "ua", "Ivanivka")}),
    ("Kramatorsk comes under attack more often as Russian forces have advanced to within 20km of the city.", set()),
])
def test_tellers_and_answers(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "the capital" is Kyiv or Moscow when the sentence's own words say which, and no place where it only locates another
    ("Klitschko said a drone hit a block of flats in the capital overnight.", {("claim", "ua", "Kyiv")}),
    ("Two people were killed in Hatne, a village located just outside the capital, Kyiv's governor said.",
     {("claim", "ua", "Hatne")}),
    ("Russian drones hit the capital overnight, injuring two people, officials said.", {("claim", "ua", None)}),
    # breaching a town is entering it; a place "falling into Russian hands" changes hands
    ("Kyiv's military denied that Russian troops had breached Siversk.", {("denial", "ua", "Siversk")}),
    ("Russian troops breached Ukrainian defences near Siversk.", set()),
    ("The mapping project, which tracks the front with open-source footage and satellite images, confirmed Zarichne "
     "falling into Russian hands.", {("confirmation", "other", "Zarichne")}),
])
def test_the_capital_and_changes_of_hands(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a numbered unit in lower case is Kyiv's; those a town is being cleared of are no gainers
    ("The 93rd mechanised brigade wrote that its soldiers had entered Siversk and were clearing it of the remaining "
     "Russian troops.", {("claim", "ua", "Siversk")}),
    # a post abandoned, admitted by its own side, is a concession
    ("Kyiv's military admitted that a platoon had been tricked into abandoning a post in Siversk.",
     {("confirmation", "ua", "Siversk")}),
])
def test_a_unit_and_its_post(sentence, want):
    assert said(sentence, "2025-11-20") == want
