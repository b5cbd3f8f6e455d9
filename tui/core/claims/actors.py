"""Who speaks: a lexicon of claimants with their side ('ru', 'ua' or 'other') and aliases.

One compiled alternation (longest alias first) finds every actor in a sentence in one pass.
Generic subjects ("Russia", "Moscow", "Kyiv", "Ukrainian forces") are actors too, with a lower
rank, so "Russia's Defense Ministry" wins over "Russia" as the speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Actor:
    """A claimant: canonical name, side, and rank (2 named body/person, 1 generic side word)."""

    name: str
    side: str
    rank: int = 2


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor named in a sentence."""

    start: int
    end: int
    actor: Actor


_A = "['’]"  # apostrophe forms in possessives
_RU_MOD = rf"(?:Russia{_A}s |Russian |the Russian )?(?:Defen[cs]e Ministry|Ministry of Defen[cs]e|MoD|military)(?: of Russia)?"

LEXICON: list[tuple[Actor, tuple[str, ...]]] = [
    # --- Russia
    # Entry order decides at one position: longer names that start like a later entry's alias come first.
    (Actor("Russian milbloggers", "ru"), (
        "Russian milbloggers", "Russian military bloggers", "Russian war correspondents",
        "Russian milblogger", "Russian military blogger", "pro-Kremlin bloggers", "pro-war bloggers",
        r"pro-war (?:Russian )?(?:military |war )?bloggers", "Z-bloggers", "Russian Z-bloggers", "milbloggers",
        "WarGonzo", "Military Informant", "Yuri Podolyaka", "Podolyaka", "Alexander Kots")),
    (Actor("Gerasimov", "ru"), (
        r"(?:[Cc]hief of (?:the )?(?:Russian )?[Gg]eneral [Ss]taff,? )?Valery Gerasimov", "Gerasimov", "Герасимов",
        rf"Russia{_A}s (?:top general|military chief|chief of (?:the )?[Gg]eneral [Ss]taff)",
        r"(?:the )?Russian (?:top general|military chief|chief of (?:the )?[Gg]eneral [Ss]taff)")),
    # Before Ukraine's General Staff: "Russia's General Staff" names Moscow's, not Kyiv's.
    (Actor("Russian General Staff", "ru"), (
        rf"Russia{_A}s General Staff", r"(?:the )?Russian General Staff(?:{_A}s)?", "Генштаб ВС РФ", "Генштаб России")),
    (Actor("Russian Defense Ministry", "ru"), (
        rf"Russia{_A}s [Dd]efen[cs]e [Mm]inistry", "(?:[Tt]he )?Russian [Dd]efen[cs]e [Mm]inistry", "Russian Ministry of Defen[cs]e",
        "Russia's Ministry of Defen[cs]e", "Russian MoD", "Russian military", "Russia's military",
        "Минобороны России", "Минобороны РФ", "Міноборони РФ", "Міноборони Росії", "Минобороны")),
    (Actor("Russian force grouping", "ru"), (
        r"(?:the )?(?:Sever|Zapad|Yug|Tsentr|Vostok|Dnepr|North|West|South|Center|Centre|East)(?:ern)? (?:[Gg]roup(?:ing)? of [Ff]orces|[Ff]orce [Gg]rouping|[Gg]rouping|[Bb]attle ?group|[Gg]roup)",
        r"[Gg]roup(?:ing)? of [Ff]orces (?:Sever|Zapad|Yug|Tsentr|Vostok|Dnepr)",
        "группировка войск «?(?:Север|Запад|Юг|Центр|Восток|Днепр)»?")),
    (Actor("Rosatom", "ru"), (rf"Rosatom(?:{_A}s)?(?: chief| head)?", "Росатом")),
    (Actor("Belousov", "ru"), ("Andrei Belousov", "Andrey Belousov", "Belousov", "Белоусов")),
    (Actor("Shoigu", "ru"), ("Sergei Shoigu", "Shoigu")),
    (Actor("Putin", "ru"), ("Vladimir Putin", "President Putin", "Putin", "Путин")),
    (Actor("Kremlin", "ru"), ("the Kremlin", "Kremlin", "Кремль")),
    (Actor("Peskov", "ru"), ("Dmitry Peskov", "Dmitri Peskov", "Peskov", "Песков")),
    (Actor("Zakharova", "ru"), ("Maria Zakharova", "Zakharova")),
    (Actor("Konashenkov", "ru"), ("Igor Konashenkov", "Konashenkov")),
    (Actor("Rybar", "ru"), ("Rybar", "Рыбарь")),
    (Actor("Two Majors", "ru"), ("Two Majors", "Два майора")),
    (Actor("Pushilin", "ru"), ("Denis Pushilin", "Pushilin", "Пушилин")),
    (Actor("Saldo", "ru"), ("Vladimir Saldo", "Saldo", "Сальдо")),
    (Actor("Balitsky", "ru"), ("Yevgeny Balitsky", "Balitsky", "Балицкий")),
    (Actor("Pasechnik", "ru"), ("Leonid Pasechnik", "Pasechnik")),
    (Actor("Gladkov", "ru"), ("Vyacheslav Gladkov", "Gladkov", "Гладков")),
    (Actor("Khinshtein", "ru"), ("Alexander Khinshtein", "Khinshtein")),
    (Actor("Bogomaz", "ru"), ("Alexander Bogomaz", "Bogomaz")),
    (Actor("Russian-installed official", "ru"), (
        r"Russian-installed (?:\w+ ){0,2}(?:officials?|authorities|governor|head|mayor|leader)",
        r"(?:[Tt]he )?(?:governor|head) of (?:the )?(?:Kursk|Belgorod|Bryansk)(?: region| Oblast)?",
        r"(?:Kursk|Belgorod|Bryansk) (?:[Gg]overnor|region(?:al)? (?:authorities|governor|head))",
        "Mikhail Razvozhayev", "Razvozhayev", "Alexander Khinshtein")),
    (Actor("TASS", "ru"), ("TASS", "RIA Novosti", "RIA", "ТАСС", "РИА Новости", "Interfax", "Zvezda")),
    (Actor("Russia", "ru", 1), (
        rf"Russia(?:{_A}s)?", "Moscow", "Russian forces", "Russian troops", "Russian army", "Russian soldiers",
        "Russian officials", "Russian authorities", "Russian air defen[cs]es?", "Russian units",
        "Russian assault groups?", "the Russians", "Russians", "Россия", "Москва", "российские войска",
        "Росія", "росіяни", "російські війська", "окупанти", "русские")),
    # --- Ukraine
    (Actor("Ukraine's General Staff", "ua"), (
        rf"(?:Ukraine{_A}s |the Ukrainian |Ukrainian )?General Staff(?: of (?:the )?(?:Ukrainian )?Armed Forces(?: of Ukraine)?)?",
        "Генштаб ЗСУ", "Генштаб", "Генеральний штаб", "Генштаб ВСУ")),
    (Actor("Syrskyi", "ua"), ("Oleksandr Syrskyi", "Syrskyi", "Syrsky", "Сирський")),
    (Actor("Zelensky", "ua"), ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "President Zelensky",
                               "Zelenskyy", "Zelensky", "Зеленський", "Зеленский")),
    (Actor("Ukrainian Defence Ministry", "ua"), (
        rf"Ukraine{_A}s (?:Defen[cs]e Ministry|Ministry of Defen[cs]e)", "Ukrainian (?:Defen[cs]e Ministry|Ministry of Defen[cs]e)",
        "Міноборони України", "Shmyhal", "Fedorov's ministry")),
    (Actor("Ukrainian operational command", "ua"), (
        r"(?:the )?(?:Khortytsia|Tavria|Pivden|Pivnich|Siversk|Luhansk|Dnipro|Donetsk)(?: [Oo]perational(?:-[Ss]trategic)? (?:[Gg]roup|[Cc]ommand)| [Gg]roup of [Ff]orces| [Oo]perational[- ][Tt]actical [Gg]roup| [Oo]TU| OSGT| OSUV| [Gg]roup)",
        r"(?:Southern|Eastern|Northern) (?:[Dd]efen[cs]e |[Oo]perational )?[Ff]orces", "Southern Defense Forces",
        "Operational Command (?:South|North|East|West)", "OSUV Khortytsia",
        r"(?:the )?Joint Forces(?: Grouping| Group| Task Force| Operation| Command)?", "OSGT Tavria", "Khortytsia", "Tavria",
        "Хортиця", "Таврія")),
    (Actor("Ukrainian military spokesperson", "ua"), (
        "Viktor Trehubov", "Trehubov", "Dmytro Lykhovii", "Lykhovii", "Vladyslav Voloshyn", "Voloshyn",
        "Nazar Voloshyn", "Andrii Kovalenko", "Kovalenko", "Dmytro Pletenchuk", "Pletenchuk",
        "Oleksandr Shtupun", "Shtupun", "Serhii Bratchuk", "Bratchuk", "Ukrainian military spokesm[ae]n",
        r"(?:[Aa] |[Tt]he )?Ukrainian (?:\w+ ){0,2}spokes(?:man|woman|person)",
        r"(?:[Aa] |[Tt]he )?spokes(?:man|woman|person) for (?:the )?Ukrainian (?:army|military|\w+ [Bb]rigade|\w+ [Cc]orps)",
        "Ukrainian (?:army|military) spokesperson", "Трегубов", "Волошин")),
    (Actor("Ukrainian regional administration", "ua"), (
        "Oleh Syniehubov", "Syniehubov", "Ivan Fedorov", "Fedorov", "Vadym Filashkin", "Filashkin",
        "Oleksandr Prokudin", "Prokudin", "Serhii Lysak", "Lysak", "Vitalii Kim", "Oleh Kiper", "Kiper",
        "Volodymyr Artiukh", "Artiukh", "Ihor Terekhov", "Terekhov", "Vitali Klitschko", "Klitschko",
        "Tymur Tkachenko", "Oleh Hryhorov", "Hryhorov", "Vadym Lyakh", "Oleksandr Hanzha", "Hanzha",
        r"(?:[A-Z][a-z]+ )?(?:[Rr]egional|[Oo]blast|[Cc]ity) (?:[Mm]ilitary )?[Aa]dministration(?: head)?(?! building| headquarters| offices?)",
        r"(?:[A-Z][a-z]+ )?(?:[Oo]blast|[Rr]egional) [Gg]overnor",
        "Синєгубов", "Федоров", "Філашкін")),
    (Actor("Ukrainian Air Force", "ua"), (
        rf"(?:Ukraine{_A}s |the Ukrainian |Ukrainian |the )?Air Force", "Yurii Ihnat", "Yuriy Ihnat", "Ihnat",
        "Повітряні сили", "Ігнат")),
    (Actor("DeepState", "ua"), ("DeepStateMap", "DeepState", "Deep State")),
    (Actor("media", "other"), (
        "(?:[Tt]he )?Kyiv Post", "(?:[Tt]he )?Kyiv Independent", "Ukrainska Pravda", "Ukrainian (?:media|journalists)")),
    (Actor("Ukraine", "ua", 1), (
        rf"Ukraine(?:{_A}s)?", "Kyiv", "Kiev", "Ukrainian forces", "Ukrainian troops", "Ukrainian army",
        "Ukrainian soldiers", "Ukrainian officials", "Ukrainian authorities", "Ukrainian military",
        r"Ukrainian air defen[cs]es?", "Ukrainian units", "Ukraine's Defen[cs]e Forces", "Ukrainian Defen[cs]e Forces",
        "Ukrainian defenders", "the Ukrainians", "Ukrainians", r"the \w+ (?:Separate )?(?:Mechanized|Assault|Airborne|Marine|Jaeger) Brigade",
        "Україна", "Київ", "ЗСУ", "Сили оборони", "українські війська", "Украина", "Киев", "ВСУ", "украинские войска")),
    # --- local officials speak for the country the place is in (resolved per place)
    (Actor("local officials", "local", 1), (
        r"(?:local|regional|city|municipal|district) (?:officials|authorities|administration|council|police)",
        r"(?:the )?(?:regional|local) (?:governor|head)", r"[Tt]he (?:city'?s? )?mayor", r"[Tt]he (?:regional )?governor",
        r"emergency (?:services|workers)", r"(?:the )?(?:regional |local |district )?prosecutor(?:'s|s)? office", "State Emergency Service", "rescuers", "police")),
    # --- independent
    (Actor("ISW", "other"), ("the Institute for the Study of War", "Institute for the Study of War", "ISW")),
    (Actor("wire agency", "other"), ("Reuters", "the Associated Press", "Associated Press", "AP", "AFP", "Agence France-Presse")),
    (Actor("geolocation", "other"), (
        "geolocated (?:footage|video|videos|images|photos|imagery)", "geolocated",
        "[Ss]atellite (?:imagery|images)", "open-source (?:analysts|investigators|intelligence)",
        "OSINT (?:analysts|researchers)", "Bellingcat", "independent (?:verification|analysts|observers|monitors)",
        "the BBC", "BBC Verify", "CNN", "the New York Times", "The Kyiv Independent", "the Kyiv Independent",
        "The Guardian", "the Guardian", "Meduza", "Mediazona", "journalists")),
    (Actor("foreign government", "other"), ("the Pentagon", "Pentagon", "NATO", "the White House", "UK Defence Ministry",
                                             "British (?:military )?intelligence", "the UK Ministry of Defence", "the IAEA", "IAEA")),
]


def _compile() -> tuple[re.Pattern[str], list[Actor]]:
    """One alternation with a named group per lexicon entry; longest aliases first."""
    parts, actors = [], []
    for k, (actor, aliases) in enumerate(LEXICON):
        alts = sorted(aliases, key=len, reverse=True)
        parts.append(f"(?P<a{k}>" + "|".join(alts) + ")")
        actors.append(actor)
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])"), actors


_ACTOR_RE, _ACTORS = _compile()


def find_actors(sentence: str) -> list[ActorMention]:
    """Every actor named in a sentence, left to right; at one position the earlier entry wins."""
    out = []
    for m in _ACTOR_RE.finditer(sentence):
        k = int(m.lastgroup[1:])
        out.append(ActorMention(m.start(), m.end(), _ACTORS[k]))
    return out
