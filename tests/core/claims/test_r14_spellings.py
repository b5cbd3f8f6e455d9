"""Moscow's spellings and Moscow's answers: a Russian spelling names every village Kyiv's spelling of
the same name does, and the story picks among them; a name Moscow's verbs of leaving or entering
take, or a list's other names place, is guessed in their oblast; refuting the defender's account of
its hold is claiming the place again."""

import pytest

from tests.core.claims.phrasing import said
from tui.core.claims.places import find_places


def placed(text: str) -> list[tuple[str, str]]:
    """(name, oblast) of each settlement `text` names, in order."""
    return [(m.place.name, m.place.oblast) for m in find_places(text) if m.place is not None]


@pytest.mark.parametrize(("text", "want"), [
    # the data gives «Андреевка» to a few Andriivkas only; the line the sentence draws is in Sumy oblast
    ("Украинские подразделения вернули контроль над Андреевкой и удерживают рубеж Кондратовка — Юнаковка.",
     [("Andriivka", "Sumy"), ("Kindrativka", "Sumy"), ("Yunakivka", "Sumy")]),
    # «Придорожное» listed with villages of Zaporizhzhia oblast is theirs, not the one the data spells so in Crimea
    ("Штурмовые отряды заняли населенные пункты Староукраинка, Придорожное и Зализничное.",
     [("Staroukrainka", "Zaporizhzhia"), ("Prydorozhnie", "Zaporizhzhia"), ("Zaliznychne", "Zaporizhzhia")]),
    # a spelling a place in Russia holds is that place's own name
    ("Над Алексеевкой ночью сбили беспилотник.", [("Alexeyevka", "Belgorod")]),
])
def test_a_russian_spelling_names_every_namesake(text, want):
    assert placed(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a name the data lacks in this spelling, placed by the list's other names (all of one oblast)
    ("Военные доложили о взятии под контроль поселков Староукраинка, Зализничное и Цветковое.",
     ("Tsvitkove", "Zaporizhzhia")),
    # «поселки» opens a list as «поселок» does
    ("Под контроль перешли поселки Водяное, Галицыновка и Григоровка.", ("Halytsynivka", "Donetsk")),
    # a side leaving a place names it: the one village at the front of that spelling
    ("В начале недели подразделения оставили Плещеевку после тяжелых боев.", ("Pleshchiivka", "Donetsk")),
])
def test_a_guessed_spelling(text, want):
    assert want in placed(text)


def test_a_guess_needs_the_oblast_of_every_listed_name():
    # the list's named places lie in two oblasts: nothing says where the unknown spelling is
    assert ("Tsvitkove", "Zaporizhzhia") not in placed("Бои идут у поселков Староукраинка, Торецк и Цветковое.")


@pytest.mark.parametrize(("sentence", "want"), [
    ("В Минобороны России назвали ложью слова Сырского о якобы контроле ВСУ над Купянском.",
     {("claim", "ru", "Kupiansk"), ("denial", "ua", "Kupiansk")}),
    ("Российское ведомство отвергло заявления Сырского о том, что ВСУ контролируют Купянск.",
     {("claim", "ru", "Kupiansk"), ("denial", "ua", "Kupiansk")}),
    ("Moscow's defence ministry said Kyiv's claims of Ukrainian control over Kupiansk were false.",
     {("claim", "ru", "Kupiansk"), ("denial", "ua", "Kupiansk")}),
    # the capture claimed and refuted keeps its sides
    ("Заяви окупантів про контроль над Покровськом не відповідають дійсності, наголосили в Генштабі.",
     {("claim", "ru", "Pokrovsk"), ("denial", "ua", "Pokrovsk")}),
    # Moscow's own hold, said beside its refusal, leaves Kyiv's claim a claim
    ("Moscow dismissed the Ukrainian report as fake and said its troops were holding positions in northern Kupiansk.",
     {("claim", "ua", "Kupiansk"), ("denial", "ru", "Kupiansk")}),
])
def test_refuting_the_defenders_hold(sentence, want):
    assert said(sentence, "2025-12-01") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # an analyst that has seen less than was claimed, or nothing, hedges the claim it reports
    ("Russian milbloggers claimed on May 3 that Russian forces took Torske, although ISW has only observed Russian "
     "infiltration on the village's northern edge.", {("claim", "ru", "Torske"), ("hedge", "other", "Torske")}),
    ("The Russian MoD claimed that its troops seized Zarichne, but ISW has observed no visual evidence of them there.",
     {("claim", "ru", "Zarichne"), ("hedge", "other", "Zarichne")}),
    ("A Russian milblogger claimed a foothold near Korsunka, but ISW has seen no evidence to support this claim.",
     {("claim", "ru", "Korsunka"), ("hedge", "other", "Korsunka")}),
])
def test_an_analyst_that_saw_less(sentence, want):
    assert said(sentence, "2026-05-04") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a side's losses are counted by its foe
    ("Ukrainian army losses near Borova amounted to up to 120 personnel and two tanks.", {("claim", "ru", "Borova")}),
    # Moscow's bulletin in English: what of Kyiv's army was hit, named before the army
    ("Missile troops struck deployment sites of Ukrainian units near Kupiansk.", {("claim", "ru", "Kupiansk")}),
    ("A strike was also delivered on a Ukrainian army fuel depot in Zaporozhye.", {("claim", "ru", "Zaporizhzhia")}),
    # (a bulletin's tally of strikes is activity)
    ("Over 200 artillery strikes were carried out on the territory of Huliaipole and Orikhiv.", set()),
    # the attacker of a clause before the teller's is no teller
    ("Russian forces attacked Myrhorod district with drones overnight; in Myrhorod, a strike damaged a warehouse, "
     "the head of the regional military administration reported.",
     {("claim", "ua", "Myrhorod")}),
])
def test_whose_count_and_whose_strike(sentence, want):
    assert said(sentence, "2026-05-04") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's media in Russian: Moscow's troops shelling a city, a shop damaged, told by the side that was hit
    ("Российские войска в очередной раз обстреляли Херсон, в результате чего был поврежден торговый центр.",
     {("claim", "ua", "Kherson")}),
    # "said it remained in control" after the other side's capture claim is the defender's denial
    ("Moscow's commanders reported taking the town of Siversk, but Ukraine's military said it remained in control there.",
     {("claim", "ru", "Siversk"), ("denial", "ua", "Siversk")}),
])
def test_the_side_hit_and_the_side_holding(sentence, want):
    assert said(sentence, "2025-12-12") == want


@pytest.mark.parametrize("heading", [
    # a heading that asks, with or without its mark, claims nothing: the answer is in the story
    "Захватили ли российские войска Андреевку: что говорят военные",
    "Чи утримують ЗСУ Андріївку: відповідь угруповання",
])
def test_a_heading_that_asks(heading):
    assert said(heading, "2026-01-08") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's grouping named after the Kursk operation holds a village of Sumy oblast: its denial, and the
    # grouping's name sets nothing in Russia
    ("Село Андреевка в Сумской области остается под полным контролем группировки войск „Курск“.",
     {("denial", "ua", "Andriivka")}),
    ("Андріївка на Сумщині залишається під повним контролем угруповання військ «Курськ».",
     {("denial", "ua", "Andriivka")}),
])
def test_kyivs_grouping_named_kursk(sentence, want):
    assert said(sentence, "2026-01-08") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Ukrainian with no letter of its own: its words for the harm say whose copy it is
    ("У Краматорську поранено 2 людини.", {("claim", "ua", "Kramatorsk")}),
    # a quiet night is no strike
    ("Ніч в районі минула без обстрілів.", set()),
    ("Сутки в округе прошли без обстрелов.", set()),
])
def test_whose_language_and_a_quiet_night(sentence, want):
    assert said(sentence, "2025-10-10") == want
