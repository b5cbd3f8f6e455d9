"""Where weapons came from, whose retreat is told, and what an attack was for.

Each case is one sentence read alone, as `warfeed claims extract -` reads it; the sentences are
the project's own.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # The air force's nightly list of launch sites names no place that was hit.
    ("Вночі ворог запустив 64 ударні БпЛА із напрямків: Брянськ, Курськ, Міллерово – рф.", set()),
    ("Уночі противник атакував 40 дронами з напрямку Курськ та Орел, повідомили Повітряні сили.", set()),
    ("Ночью противник атаковал беспилотниками с направлений Брянск, Курск, Орел.", set()),
    # the town the drones struck after coming from there still is
    ("Дрони з напрямку Курська атакували Суми, повідомила обласна адміністрація.", {("claim", "ua", "Sumy")}),
])
def test_launch_sites_are_no_place_of_the_attack(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A party telling of the other side's retreat claims a success; it concedes nothing.
    ("Балицкий сообщил, что подразделения ВСУ отступают из Каменского.", {("claim", "ru", "Kamianske")}),
    ("Пушилин заявил, что части ВСУ начали беспорядочное бегство из Торецка.", {("claim", "ru", "Toretsk")}),
    ("Saldo said Ukrainian units were retreating from Kamianske.", {("claim", "ru", "Kamianske")}),
    # a party telling of its own withdrawal still concedes it
    ("Генштаб ЗСУ повідомив, що наші підрозділи відійшли з Торського.", {("confirmation", "ua", "Torske")}),
    ("Минобороны России признало, что российские подразделения отошли от Каменского.",
     {("confirmation", "ru", "Kamianske")}),
])
def test_the_enemys_retreat_is_the_tellers_claim(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Ukrainian-language names of groupings belong to Kyiv's forces only.
    ("В ОСУВ «Дніпро» спростували інформацію про захоплення села Торське російськими військами.",
     {("denial", "ua", "Torske")}),
    # an account said not to be true is denied
    ("В оперативно-стратегічному угрупованні військ «Дніпро» заявили, що інформація про захоплення "
     "росіянами села Торське не є правдивою.", {("denial", "ua", "Torske")}),
    # «..., but in reality it is not so»: the account stands, and so does its answer
    ("Росія заявляла про захоплення Торського, однак насправді це не так.",
     {("claim", "ru", "Torske"), ("denial", "ua", "Torske")}),
])
def test_denials_in_ukrainian_copy(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # What an attack was for is not what it achieved.
    ("Ворог проводив штурмові дії з метою встановлення контролю над Торським.", set()),
    ("Противник атаковал с целью захвата Торского.", set()),
    ("Russian units attacked with the aim of capturing Torske.", set()),
    # the capital as the side whose losses they are is not the city
    ("Общие потери Киева за сутки составили до 1300 военнослужащих.", {("claim", "ru", None)}),
    ("Российские войска нанесли удар по Киеву.", {("claim", "ru", "Kyiv")}),
    # a headline's unnamed village near a hub: the hub was not taken, the village is Moscow's claim at no settlement
    ("Russia says it took village close to logistics hub of Kupiansk", {("claim", "ru", None)}),
    ("Russia says it took Kupiansk, a logistics hub of the region", {("claim", "ru", "Kupiansk")}),
])
def test_goals_owners_and_unnamed_villages(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Attacks told as repelled, by nobody: the side that repelled them tells it.
    ("Enemy assaults were repulsed near Terny and Bilohorivka.", {("claim", "ua", "Terny"), ("claim", "ua", "Bilohorivka")}),
    ("Since morning, 14 attacks by the occupiers have been repelled, among them near Novomykhailivka.",
     {("claim", "ua", "Novomykhailivka")}),
    ("Two Ukrainian counterattacks were repelled near Terny.", {("claim", "ru", "Terny")}),
    # attacking is no result
    ("Russian forces attacked near Terny and Bilohorivka.", set()),
    # taking a village back, in another verb
    ("Ukraine's army said its troops had reclaimed the village of Staromaiorske.", {("claim", "ua", "Staromaiorske")}),
])
def test_repulses_told_by_nobody_and_villages_reclaimed(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's defence ministry spelt in Russian is Kyiv's, not Moscow's.
    ("В Минобороны Украины опровергли захват Торского.", {("denial", "ua", "Torske")}),
    ("Минобороны сообщило об освобождении Торского.", {("claim", "ru", "Torske")}),
    # a town given up, as a noun, and a town conquered
    ("В Минобороны Украины опровергли сдачу Торецка.", {("denial", "ua", "Toretsk")}),
    ("Украина отвергла заявления о том, что российская армия завоевала Торецк.", {("denial", "ua", "Toretsk")}),
    ("Сдача экзаменов в Торецке прошла спокойно.", set()),
    # a retaking in the Russian words only Kyiv's side uses for it
    ("В результате контрнаступления вернули контроль над северной окраиной Торецка.", {("claim", "ua", "Toretsk")}),
    ("Также отбили 20 квадратных километров в районе поселков Гришино и Котлино, рассказал командующий.",
     {("claim", "ua", "Hryshyne"), ("claim", "ua", "Kotlyne")}),
])
def test_russian_words_of_kyivs_side(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A title-cased English word before a Russian region is no unlisted village of it.
    ("Moscow Takes Back Villages From Ukrainian Hands in Kursk Region", set()),
    ("A drone hit the village of Oleshnya in the Kursk region, the governor said.", {("claim", "ru", "Oleshnya")}),
    # a photo caption closed by the agency's credit in capitals
    ("Ukrainian soldiers raise a flag over Blahodatne, in the Donetsk region REUTERS", set()),
    ("Russia says it captured Blahodatne, according to REUTERS", {("claim", "ru", "Blahodatne")}),
    # a tally over regions, the word "region" left out after the first: no city, the regions' own air defence
    ("Of those, 30 were downed over the Belgorod region, 20 over Bryansk and 11 over Kursk.", {("claim", "ru", None)}),
    ("Air defences downed 12 drones over Bryansk, the governor said.", {("claim", "ru", "Bryansk")}),
])
def test_title_case_credits_and_elided_regions(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a named village "near eastern Ukraine's X": X only says where it lies
    ("Moscow says its troops took Vesele village near eastern Ukraine's Pokrovsk", {("claim", "ru", "Vesele")}),
    # «удары Киева по X»: Kyiv's strikes, Kyiv no target; «удары по Киеву» is
    ("Губернатор заявил, что удары Киева по Белгороду не прекращаются.", {("claim", "ru", "Belgorod")}),
    ("Российские войска нанесли удары по Киеву.", {("claim", "ru", "Kyiv")}),
])
def test_where_a_village_lies_and_whose_strikes(sentence, want):
    assert said(sentence) == want
