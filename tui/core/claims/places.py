"""The places stage of claims extraction: which settlements a text names, and how.

The gazetteer (gazetteer.py) finds every spelling of a place, declined Ukrainian and Russian forms
included. This stage adds what the pipeline needs to decide whether a sentence is *about* a place.

API
- `find_places(text, *, gazetteer=None) -> list[PlaceMention]`, in text order. Call it once on a
  whole story (ambiguous villages are settled by the oblast named nearby, the story's other places
  and closeness to the front) and give each sentence the mentions inside its span.
- `PlaceMention` (place_mentions.py) fields: `start`, `end`, `text` (the span as written); `kind`: 'settlement',
  'region' (an oblast, a Russian region, «Харківщина», "Volyn, Lviv and Rivne oblasts") or
  'direction' ("the Pokrovsk axis", «на Покровському напрямку»); `place` (gazetteer.Place, None
  for a region or direction), `name` (its canonical name or None), `candidates` (every place the
  spelling could mean), `area` (a region's name, "Sumy", "Belgorod", or the town a direction is
  named after, "Pokrovsk"; None for a settlement), `country` ('ua' or 'ru'), `city` ("the city of
  Sumy", "Sumy city"). Read on first access: `relation` ('in', 'near', 'outskirts', 'north of' ...
  'south-west of', 'toward', 'from', 'over', or ''), `rel_start` (where that phrase starts),
  `distance_km` ("60 km west of X"), `locates` (True when the phrase only places something else:
  "lies 60 km west of X", "Yehorivka, southeast of Huliaipole" -- no event at X; "advanced south
  of X" is about X) and `speaker` (the name stands for who speaks: "Kyiv denies", "a claim denied
  by Kyiv", "the Belgorod governor", «ОТУ «Харків»»).
- `place_mentions.relation_before(text, start) -> (relation, rel_start, distance_km)` for any position.
- Villages the gazetteer spells otherwise or lacks are guessed in place_guesses.py.

Gazetteer.find (the older, lighter call) still returns gazetteer.Mention; a Mention now also says
`kind` ('place', 'region', 'direction'), and `region` is True for directions too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tui.core.claims.cues import gated
from tui.core.claims.gazetteer import OBLAST_SPELLINGS, RU_AREAS, Gazetteer, Mention, Place, distance_km, fold
from tui.core.claims.place_guesses import (
    DISTRICT_REGION,
    DISTRICT_REGION_EN,
    HROMADA_NEAR_KM,
    HROMADA_NOUN,
    HROMADAS,
    LIST_TO_AREA,
    RU_DISTRICT,
    RU_DISTRICT_EN,
    RU_REGIONS,
    adjective_town,
    guessed_latin,
    guessed_settlements,
    hromada_anchors,
    is_cyr,
    other_country,
    starostat_villages,
    unlisted_village,
)
from tui.core.claims.place_mentions import PlaceMention, is_nominative, says_city

# English names of regions that are not (only) a town of the gazetteer: "Volyn Oblast", "Moscow region".
_EN_AREAS = {**{k: v for k, v in OBLAST_SPELLINGS.items() if k.isascii()},
             **{fold(a): a for a in RU_AREAS}, "crimea": "Crimea", "zakarpattia": "Zakarpattia",
             "transcarpathia": "Zakarpattia", "chernivtsi": "Chernivtsi", "ivano frankivsk": "Ivano-Frankivsk",
             "kherson": "Kherson", "luhansk": "Luhansk", "lugansk": "Luhansk", "donetsk": "Donetsk",
             "kharkiv": "Kharkiv", "kharkov": "Kharkiv", "khmelnytskyi": "Khmelnytskyi",
             "krasnodar": "Krasnodar", "orel": "Oryol", "oryol": "Oryol"}

_REGION_OF = re.compile(r"\b(?:[Rr]egion|[Oo]blast|[Pp]rovince|(?:[Pp]eople['’]?s? )?[Rr]epublic) of\s+$|\b(?:[Rr]egions|[Oo]blasts|[Pp]rovinces) of\s+(?:[A-Z][\w'’-]+(?:,\s*|,?\s+and\s+))*$")  # ("the border regions of Kursk, Oryol and Bryansk", "People's Republic of Donetsk")
_EN_VILLAGES_AFTER = re.compile(r"\s+(?:[Vv]illages?|[Hh]amlets?|[Ss]ettlements?)\b")
_EN_AREA_AFTER = re.compile(r"\s+(?:[Oo]blasts?|[Rr]egions?|[Pp]rovinces?|[Kk]rai|[Rr]epublic)\b")
# A region noun, then the list of names right before it ("Volyn, Lviv and Rivne oblasts"): the noun
# is found first, so the list pattern only runs in the few windows before one.
# Opens with a letter class (the word boundary checked behind it), so re skips through a whole
# story to the few letters that can start one: the same matches as "\b(?:[Oo]blasts?|...)\b".
_EN_AREA_NOUN = re.compile(r"[OoRrPpKk](?<!\w.)(?:(?<=[Oo])blasts?|(?<=[Rr])egions?|(?<=[Pp])rovinces?|(?<=[Kk])rai)\b")
_EN_AREA_LIST = re.compile(r"((?:[A-Z][\w'’-]+(?:,\s*|,?\s+and\s+|\s*/\s*))*[A-Z][\w'’-]+)\s+$")
# "two southern regions, Mykolaiv and Kherson, were left without power": the regions named after their noun
_REGIONS_NAMED_AFTER = re.compile(r"\b(?:regions|oblasts|provinces),\s+(?:[A-Z][\w'’-]+(?:,\s*|,?\s+and\s+))*$")
_LIST_SPLIT = re.compile(r",\s*|,?\s+and\s+|\s*/\s*")

_REGION_READING = {"Dnipro": "Dnipropetrovsk", "Zaporizhzhia": "Zaporizhzhia"}
# Centres held by Russia since 2014: in Latin text "in Donetsk", "across Luhansk" is the oblast, the city
# only when called one ("in Donetsk City"); a strike "on Donetsk" is Moscow's word for the city
_REGION_FIRST = frozenset(("Donetsk", "Luhansk"))
_SPREAD_OVER_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|all over) $")
_CLOSING_DASHES = (" – ", " - ", " — ")
_LINE_END = re.compile(r"[\s.»\"”]*(?:\n|$)")
_SETTLEMENT_NOUN_BEFORE = re.compile(r"\b(?:village|settlement|town|city|hamlet)s?$", re.IGNORECASE)
_UK_LETTER = re.compile(r"[іїє]")  # a Ukrainian spelling, whose locative («на Запоріжжі») differs from its accusative
_OLD_REGION_NAME = re.compile(r"(?:Dnipropetrovsk|Dnepropetrovsk|Днепропетровск|Дніпропетровськ)\w*$", re.IGNORECASE)
_ON_REGION = re.compile(r"(?<!\w)[Нн]а\s+$")
# A street named after someone ("вул. Шевченка", «улица Ленина»); "на улицах Северска" is the town.
_FIRST_NAME = re.compile(r"(?:Владимир|Володимир)\w*$|"
                         # first names that are also villages: «журналист Богдан Мирошников»
                         r"(?:Богдан|Роман|Мирон|Тарас|Остап|Семен|Семён|Степан|Олег|Станіслав|Станислав)(?:а|у|ом|ові|е)?$|"
                         r"(?:Вікторі|Виктори)(?:я|ї|ю|єю|и|ей)$")
_REGION_AND = re.compile(r"\b(?:region|oblast|province)s? and (?:the )?$")
# "a village in southern Zaporizhzhia", "in some areas of Donetsk": a compass word (not "central", the
# city's centre) or "areas of" before a regional centre's name means its region.
# "Kherson – the only region fully held by Russia": an apposition saying the name is a region.
_REGION_APPOSITION_AFTER = re.compile(r"\s*[,–—-]\s*(?:the|a|an) (?:[\w-]+ ){0,3}(?:region|oblast|province)\b(?!['’]s)")
# "villages in the Donetsk region, Zaporizhzhia": the next name of a list that began with a region.
_VILLAGES_IN_BEFORE = re.compile(r"\b(?:villages|settlements|towns|hamlets|areas|regions) in (?:the )?$")
# "the Kupiansk district of Kharkiv": a district named by its town lies in the region of the next name
# (a city's own district is an adjective, "the Shevchenkivskyi district of Kyiv", named by no town).
_DISTRICT_OF_GAP = re.compile(r"\s+(?:district|raion) of\s+(?:the\s+)?")
# The joint of a Cyrillic list: «ДНР и », «Донеччині та », «, »
_CYR_LIST_GAP = re.compile(r"\s*(?:,\s*|\s(?:и|і|й|та)\s+)")
_REGION_LIST_GAP = re.compile(r"(?:\s+(?:region|oblast|province)s?)?(?:,\s*|,?\s+and\s+)")
_COMPASS_REGION_BEFORE = re.compile(r"(?:\b(?:south|north|east|west)(?:-?(?:east|west))?ern|\b(?:areas|parts) of(?: the)?) $",
                                    re.IGNORECASE)
_AREA_LIST_AFTER = re.compile(r"(?:(?:,\s*|\s+(?:и|і|й|та)\s+)[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:ого|ої|ой|их))+\s+(?:район|округ)\w*")
# «два района области — Рыльский и Льговский», «райони: Сумський, Охтирський»: districts listed after their noun.
_DISTRICTS_LISTED_BEFORE = re.compile(r"(?:район|округ)\w*(?:\s+[^\s.!?—–:]+){0,3}\s*[—–:]\s*"
                                      r"(?:[А-ЯІЇЄҐЁ][а-яіїєґё'’-]+(?:ий|ой|ій)(?:\s*,\s*|\s+(?:и|і|й|та)\s+))*$")
_LISTED_DISTRICT_ENDINGS = ("ский", "цкий", "ський", "цький", "зький")
# «у Сумському районі ..., в Охтирському – ...»: a district's adjective with its noun left out.
_ELIDED_DISTRICT_BEFORE = re.compile(r"(?<![\w'’])[ВвУу]\s+$")
_ELIDED_DISTRICT_AFTER = re.compile(r"\s*[–—,:;-]\s|\s+(?:і|й|та|и|а)\s|[.;]?$")
_DISTRICT_NAMED = re.compile(r"(?:ському|цькому|зькому|ском|цком)\s+район(?:і|е)\b")
_SURNAME_AFTER = re.compile(r"\s+[А-ЯІЇЄҐЁ][а-яіїєґё'’-]+(?![а-яіїєґё'’-])(?<!ськ[оиі]ї)(?<!ской)(?<!цкой)(?!\s+(?:облас|район|округ|громад))")
_STREET_BEFORE = re.compile(r"(?:вул\.|вулиц[яіею]|улиц[аеуы]|ул\.|просп\.|проспект[аіеу]?|пл\.)\s*$")

# «Киев признал», «Київ заперечує»: only a name in the nominative can be the subject.
# One man's verb after a name (masculine past, or a headline's colon): «Песков заявил», «Песков назвал», «Песков:».
_HE_SAID_AFTER = re.compile(r"(?:\s+[а-яёіїєґ]{2,}(?:л|ав|ив)(?!\w)|\s*:)")
# Where a surname stands: opening a sentence or a quote, or after a first name («Дмитрий Песков»).
_NAME_SLOT_BEFORE = re.compile(r"(?:^|[.!?:;«\"„—–-]\s*|\n|[А-ЯІЇЄҐ][а-яёіїєґ']{3,}\s)$")
# A village's spelling after a given name or «по словам», before a verb of saying, or opening a
# sentence with a colon («Рогов: ...») is a surname.
_PERSON_BEFORE_CYR = re.compile(
    r"(?:(?<![\w-])(?:Александр|Алексей|Андрей|Анатолий|Борис|Вадим|Валерий|Василий|Виктор|Виталий|Владимир|Владислав|Вячеслав|"
    r"Геннадий|Денис|Дмитрий|Евгений|Иван|Игорь|Илья|Кирилл|Константин|Максим|Михаил|Никита|Николай|Олег|Павел|Пётр|Петр|"
    r"Роман|Руслан|Сергей|Станислав|Юрий|Ярослав|Олександр|Олексій|Андрій|Віталій|Володимир|Дмитро|Євген|Ігор|Микола|Михайло|"
    r"Павло|Петро|Сергій|Юрій|Віктор|Валерій|Назар|Тарас|Богдан|Анна|Ганна|Мария|Марія|Елена|Олена|Ольга|Наталья|Наталія|"
    r"Ирина|Ірина|Татьяна|Тетяна|Юлия|Юлія)(?:а|у|ом|ем|ы|и|ій|ія|ю|ею|ої)?|"
    r"(?<![\w-])(?:[Пп]о словам|[Зз]а словами|[Сс]о слов|[Пп]о мнению|[Нн]а думку|[Пп]о данным|[Зз]а даними)|"
    # «в дописі Шевченка», «в обращении Иванова»: whose post or address it is
    r"(?<![\w-])(?:[ВвУу] (?:дописі|заяві|зверненні|інтерв['’]ю|публікації|пості|посте|заявлении|обращении|интервью|публикации))|"
    # «Как отметил Громов, ...», «заявив Рогов»: a name right after a verb of saying is who says
    r"(?<![\w-])(?:отметил|сообщил|заявил|рассказал|добавил|уточнил|подчеркнул|пояснил|написал|сообщает|отмечает|"
    r"заявляет|пишет|зазначив|повідомив|заявив|розповів|додав|наголосив|пояснив|написав|повідомляє|пише)а?)\s+$")
_PERSON_AFTER_CYR = re.compile(r"\s+(?:сообщил|заявил|написал|отметил|рассказал|добавил|уточнил|подчеркнул|считает|пишет|"
                               r"повідомив|заявив|написав|зазначив|розповів|додав|наголосив|вважає|пише)(?:а|ла)?\b|:(?=\s)")
# A post or an outfit right before a name and its colon: «командир роты ВСУ Рогов:», «спикер ОСУВ Иванов:».
_TITLE_BEFORE_NAME = re.compile(r"(?:\b[А-ЯІЇЄҐЁ]{2,}|(?<![\w-])(?:командир|комбат|спикер|спікер|речник|пресс-секретарь|"
                                r"прессекретарь|глава|голова|очільник|начальник|губернатор|мэр|мер|военкор|воєнкор|"
                                r"генерал|полковник|майор|депутат|эксперт|експерт|аналитик|аналітик)\w*(?: [\w«»\"-]+){0,3})\s$")
_CYR_CAPITALS = frozenset("АБВГҐДЕЄЁЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯ")

_WATER_AFTER = re.compile(r"\s+(?:[Ss]treet|St\.|[Aa]venue|[Bb]oulevard|[Rr]iver|[Ss]ea|[Rr]eservoir|[Bb]ay|[Cc]anal|[Ll]ake|[Ee]stuary|морі|море|моря|морем|"
                          r"річк\w*|річц\w*|рек[аиеуо]\w*|водосховищ\w*|водохранилищ\w*|затоц\w*|затока|залив\w*|"
                          r"озер\w*|лиман\w*|бухт\w*|"
                          # «Чорноморського флоту», «черноморское побережье»: a fleet or a coast, not a town
                          r"флот\w*|узбережж\w*|побережь\w*)\b")
# A ship named after a town: "the landing ship Novocherkassk", "a warship, the Ivanovets", «крейсер «Москва»».
_SHIP_BEFORE = re.compile(r"(?:\b(?:warship|ship|vessel|cruiser|frigate|corvette|submarine|tanker|minesweeper|destroyer)s?,?"
                          r"\s+(?:the\s+)?|(?<![\w-])(?:корабл|корабел|крейсер|фрегат|корвет|танкер|тральщик|БДК|судн)\w*\s+)[\"«“„']?$",
                          re.IGNORECASE)
# «Линия фронта», «лінія зіткнення»: the front line after a word spelt like the village of Liniia
_FRONT_AFTER = re.compile(r"\s+(?:фронт[аую]?|соприкосновения|зіткнення|оборон[иы])\b")
# Rivers that share a town's name, named as the river: "the Dnipro's eastern bank", "across the Oskil".
_RIVER_TOWNS = frozenset(("Dnipro", "Oskil", "Desna"))
_RIVER_BEFORE = re.compile(r"(?:\b(?:banks? of|across|along|over|crossed|crossing|cross|bend in|bend of) (?:the )?|\bthe |"
                           # «на лівому березі Осколу», «через Оскол», «вдоль Днепра»
                           r"(?<!\w)(?:берег[аиуі]?|березі|берегах|берегом|через|вдоль|уздовж|вздовж|форсува\w*|форсирова\w*|переправ\w* через) )$")
_RIVER_AFTER = re.compile(r"(?:['’]s)? (?:(?:left|right|east|west|eastern|western|northern|southern|opposite|other) )?"
                          r"(?:banks?|shore|islands?|delta|crossings?)\b")
_NOT_RIVER_AFTER = re.compile(r" (?:[Rr]egion|[Oo]blast|[Cc]ity|[Dd]irection|[Aa]xis|[Ss]ector|[Gg]roup)\b")


def _names_river(text: str, start: int, end: int, name: str) -> bool:
    """The town's name names its river here ("the Dnipro's eastern bank", "crossed the Oskil")."""
    if name not in _RIVER_TOWNS or _NOT_RIVER_AFTER.match(text, end):
        return False
    return bool(_RIVER_AFTER.match(text, end) or _RIVER_BEFORE.search(text, max(0, start - 16), start))


def _country(oblast_or_area: str | None) -> str:
    return "ru" if oblast_or_area in RU_AREAS else "ua"


def _direction_town(gaz: Gazetteer, word: str) -> str | None:
    """The town a Cyrillic direction adjective is named after: «Покровському» -> Pokrovsk."""
    key = fold(word)
    for cut in range(2, 7):
        stem = key[:-cut]
        for guess in (stem, stem + "ка", stem + "е"):
            if len(guess) >= 4 and (place := gaz.resolve(guess)) is not None and place.population >= 5_000:
                return place.name
    return None


# Capitalised function words that spell a town: «Тим часом» (meanwhile), «Тим більше».
_NOT_A_NAME = re.compile(r"Тим (?:часом|більше|самим|не менш)\b")


_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
"""The UTF-8 lead bytes of U+0400-U+04FF, and of nothing else."""


def _holds_cyrillic(text: str) -> bool:
    """HAS_CYRILLIC.search(text) is not None for a whole story: its UTF-8 bytes are searched for
    the Cyrillic lead bytes at memory speed instead of re testing every character."""
    if text.isascii():
        return False
    data = text.encode("utf-8", "surrogatepass")
    return any(lead in data for lead in _CYRILLIC_LEADS)


# "the Ukrainian capital", "Russia's capital", "the capital of Ukraine" (not when the name follows: "the
# Ukrainian capital Kyiv" names it anyway)
_CAPITAL_DESCRIBED = gated(re.compile(r"\b(?:[Tt]he )?(?:(?P<adj>Ukrainian|Russian) capital|(?P<own>Ukraine|Russia)['’]s capital|"
                                r"capital of (?P<of>Ukraine|Russia))\b(?!,? (?:city )?(?:of )?(?:Kyiv|Kiev|Moscow)\b)"))
_CAPITAL_OF = {"ukrain": "Kyiv", "russia": "Moscow"}
# "the head of the military administration in the Ukrainian capital", "the region that surrounds the
# capital": a title or a description of something else, not the city as a place of an event
_CAPITAL_AS_TITLE = re.compile(r"\b(?:(?:administration|governor|mayor|council|authorities|officials?|head)(?: [\w-]+){0,2} (?:in|of|for)|"
                               r"surround\w*|encircl\w*) $")


def _capitals_described(text: str, gaz: Gazetteer) -> list[Mention]:
    """Kyiv and Moscow named as "the Ukrainian/Russian capital", or as "the capital" where the sentence
    says which (a Kyiv official, a Moscow mayor), as mentions of the city."""
    out = []
    for m in _CAPITAL_DESCRIBED.finditer(text):
        if _CAPITAL_AS_TITLE.search(text, max(0, m.start() - 50), m.start()):
            continue
        country = (m.group("adj") or m.group("own") or m.group("of")).lower()[:6]
        if (place := gaz.resolve(_CAPITAL_OF[country])) is not None:
            out.append(Mention(m.start(), m.end(), m.group(), place, (place,)))
    if not out and "the capital" in text:
        kyiv, moscow = _KYIV_WORDS.search(text) is not None, _MOSCOW_WORDS.search(text) is not None
        if kyiv != moscow and (place := gaz.resolve("Kyiv" if kyiv else "Moscow")) is not None:
            for m in _BARE_CAPITAL.finditer(text):
                if not _CAPITAL_AS_TITLE.search(text, max(0, m.start() - 50), m.start()) \
                        and not _LOCATED_BEFORE.search(text, max(0, m.start() - 50), m.start()):
                    out.append(Mention(m.start(), m.end(), m.group(), place, (place,)))
    return out


# "killed in the capital, Kyiv Mayor Klitschko said": the bare capital, the city the sentence's own words place it in
_BARE_CAPITAL = re.compile(r"\bthe capital\b(?!,? (?:city )?(?:of )?(?:Kyiv|Kiev|Moscow)\b)(?! (?:city|region|oblast)\b)")
# "Bilohorodka, located on the outskirts of the capital": where another place lies, not where it happened
_LOCATED_BEFORE = re.compile(r"\b(?:located|situated|lies|lying|which is|not far from|close to|near|outside) (?:[\w-]+ ){0,4}$")
_KYIV_WORDS = re.compile(r"\b(?:Kyiv|Kiev|Klitschko|Tkachenko)\b")
_MOSCOW_WORDS = re.compile(r"\b(?:Moscow|Sobyanin)\b")


# A report's line opened by a community's adjective and a colon («Білопільська: ...», «Краснопільська громада:»)
_COMMUNITY_LABEL = re.compile(r"\s*([А-ЯІЇЄҐ][а-яіїєґ'’-]{2,}(?:ська|цька|зька))(?: (?:міська |селищна |сільська )?(?:громада|ТГ))?\s*:\s")
_SUMY_GENITIVE = re.compile(r"(?<![\w'’-])(?i:околиці|околицях|околицю|центрі|центру|центр|жителі|жителів|мешканці|мешканців|мера|міста|"
                            r"вулицях|районі|районах|межах|кварталах|передмісті|передмістя|до|із|зі|з|від|біля|поблизу|неподалік|навколо|довкола|"
                            r"окраине|окраинах|окрестностях|жители|жителей|от|из|под|возле|около|вблизи|для|без) (Сум)\b")


def _sumy_genitive(text: str, gaz: Gazetteer) -> list[Mention]:
    """«на околиці Сум», «из Сум»: Sumy in the genitive after a word that wants a place."""
    sumy = gaz.resolve("Sumy")
    return [Mention(m.start(1), m.end(1), m.group(1), sumy, (sumy,)) for m in _SUMY_GENITIVE.finditer(text)] if sumy else []


def _merged(mentions: list[Mention], extra: Iterable[Mention]) -> list[Mention]:
    """`mentions` with those of `extra` that overlap none of them, in the order of the text."""
    return sorted([*mentions, *(e for e in extra if not any(m.start < e.end and e.start < m.end for m in mentions))],
                  key=lambda m: m.start)


# A direction named by its town in the genitive, alone or in a list: «на напрямку Покровська»,
# «на напрямках Новопавлівки, Олександрівки та Гуляйполя» (not «в направлении X», toward the town)
_DIRECTION_OF_BEFORE = re.compile(r"\b[Нн]а\s+(?:напрям(?:ку|ках)|направлени(?:и|ях))\s+"
                                  r"(?:[А-ЯІЇЄҐЁ][\w'’-]+(?:\s+[А-ЯІЇЄҐЁ][\w'’-]+)?\s*(?:,\s*|\s+(?:та|і|й|и)\s+))*$")


# A surname closing a sentence as its teller: ", Chaus adds.", ", Lysak said on Telegram."
_TELLER_AFTER = re.compile(r" (?:adds|added|says|said|wrote|writes|told|notes|noted|stated)\b(?: [\w ]{0,30})?[.!\"”]*\s*$")


def find_places(text: str, *, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Every settlement, region and direction named in the text, in order, with their relations."""
    gaz = gazetteer or Gazetteer.load()
    mentions = gaz.find(text)
    cyrillic = _holds_cyrillic(text)
    if cyrillic and (plants := gaz.plant_towns(text)):
        # «уразили Рязанський НПЗ»: the refinery's town, named by its adjective, where nothing else is named
        mentions = _merged(mentions, plants)
    labelled = -1  # where a community's adjective opens the line as its label
    if ":" in text[:40] and (label := _COMMUNITY_LABEL.match(text)) is not None \
            and (town := adjective_town(gaz, label.group(1))) is not None:
        # «Білопільська: авіаудар КАБ (4 вибухи)»: a day's report line by line, each opened by its community
        merged = _merged(mentions, [Mention(label.start(1), label.end(1), label.group(1), town, (town,))])
        labelled = label.start(1) if len(merged) > len(mentions) else -1
        mentions = merged
    if "Сум" in text and (sumy := _sumy_genitive(text, gaz)):
        # «на околиці Сум», «до Сум»: the city's genitive, which is also a common word («сум», sorrow)
        mentions = _merged(mentions, sumy)
    if "capital" in text and (capitals := _capitals_described(text, gaz)):
        # "drones hit the Ukrainian capital": the capital named by what it is
        mentions = _merged(mentions, capitals)
    cyr_areas = gaz.cyrillic_areas(text) if cyrillic else []
    axes_named = cyrillic and ("напрям" in text or "направлен" in text)  # (read once: the check below runs per mention)
    roads = [m.span(1) for m in _ROAD_NAMED.finditer(text)] if cyrillic and ("трас" in text or "дорог" in text or "дороз" in text or "шосс" in text or "шлях" in text) else []
    out: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []
    for m in mentions:
        if text[m.end:m.end + 1] == " " and _WATER_AFTER.match(text, m.end) or (
                is_cyr(m.text) and _STREET_BEFORE.search(text, max(0, m.start - 12), m.start)):
            continue  # "the Dnipro River", «у Чорному морі», "Shevchenka Street", «вул. Шевченка»: not the town
        if _SHIP_BEFORE.search(text, max(0, m.start - 40), m.start):
            continue  # "the landing ship Novocherkassk", «крейсер «Москва»»: a ship named after a town
        if roads and any(a <= m.start < b for a, b in roads):
            continue  # «на трассе «Рыльск — Дурово»»: a road named by the towns it joins, not either town
        if m.text.startswith(("Лини", "Лінія", "Лінії", "Лінію")) and _FRONT_AFTER.match(text, m.end):
            continue  # «Линия фронта», «лінія зіткнення»: the front line, not the village of Liniia
        if m.text.startswith("Мирн") and _CIVILIANS_AFTER.match(text, m.end):
            continue  # «Мирный житель пострадал»: a civilian, not the village of Myrne
        if _FIRST_NAME.match(m.text) and _SURNAME_AFTER.match(text, m.end):
            continue  # «Владимиру Путину», «Володимир Зеленський»: a man's first name, not Volodymyr
        if m.place.name.endswith("sk") and _ADJECTIVE_FORM.search(m.text) and _LOWER_AFTER.match(text, m.end) \
                and not text[:m.start].strip(" «\"“'—–-"):
            continue  # «Українська армія ...» opening a sentence: an adjective, not a case of the town Ukrainsk
        if is_cyr(m.text) and (text[m.start - 2 : m.start - 1].isalpha() and text[m.start - 1 : m.start] == "-"
                                or text[m.end : m.end + 1] == "-" and text[m.end + 1 : m.end + 2].isalpha()):
            continue  # «Середино-Будської громади»: half of a hyphenated word is not a town of its own
        if is_cyr(m.text) and m.text.endswith(("ого", "ої", "ой", "их")) and _AREA_LIST_AFTER.match(text, m.end):
            continue  # «Изюмского и Купянского районов»: districts in a list, not villages
        if m.text.endswith(_LISTED_DISTRICT_ENDINGS) and _DISTRICTS_LISTED_BEFORE.search(text, max(0, m.start - 120), m.start):
            continue  # «два района — Рыльский и Льговский»: districts listed after their noun, not villages
        if is_cyr(m.text) and m.text.endswith(("ському", "цькому", "зькому", "ском", "цком")) \
                and _ELIDED_DISTRICT_BEFORE.search(text, max(0, m.start - 3), m.start) \
                and _ELIDED_DISTRICT_AFTER.match(text, m.end) and _DISTRICT_NAMED.search(text, 0, m.start):
            continue  # «у Сумському районі ..., в Охтирському – ...»: the second district, its noun left out
        if text[m.start - 3:m.start] in _CLOSING_DASHES and m.place.kind in ("village", "settlement") \
                and not is_cyr(m.text) and _LINE_END.match(text, m.end) \
                and not _SETTLEMENT_NOUN_BEFORE.search(text, max(0, m.start - 16), m.start - 3):
            continue  # "Drone downed over Lviv – Sadovyi": the speaker closing a headline, spelt like a village
        if text[m.start - 2:m.start] == ", " and m.place.kind in ("village", "settlement") and not is_cyr(m.text) \
                and _TELLER_AFTER.match(text, m.end):
            continue  # "..., Chaus adds.": the official closing the sentence, spelt like a village
        if is_cyr(m.text) and m.start != labelled and _is_surname(text, m):
            continue  # «Песков заявил», «по словам Рогова», «Алексей Громов:»: a surname spelt like a village
        if m.text == "Тим" and _NOT_A_NAME.match(text, m.start):
            continue  # «Тим часом» ("meanwhile") opening a sentence is not the town of Tim
        if m.kind == "place" and _names_river(text, m.start, m.end, m.place.name):
            continue
        if is_cyr(m.text) and (ordinal := _ORDINAL_AFTER.match(text, m.end)) is not None:
            # «Лиман Первый» is Lyman Pershyi, a village of its own, not the town of Lyman: the whole
            # name if the gazetteer holds it in Kyiv's ordinal, else none (a wrong town is worse)
            wholes = [gaz.places[i] for latin in _ORDINALS[ordinal.group(1).lower()]
                      for i in gaz.names.get(fold(f"{m.place.name} {latin}"), ())]
            if not wholes:
                continue
            whole = min(wholes, key=gaz.front_km)  # among namesakes, the one at the war
            m = Mention(m.start, ordinal.end(), text[m.start:ordinal.end()], whole, (whole,))
        area_kind, area = _area_of(m, cyr_areas) if cyr_areas else ("", None)
        if m.kind == "region" or area_kind == "region":
            kind = "region"
            area = area or OBLAST_SPELLINGS.get(fold(m.text)) or m.place.oblast
        elif m.kind == "direction" or area_kind == "direction":
            kind = "direction"
            area = m.place.name if m.kind == "direction" and not is_cyr(m.text) else \
                (_direction_town(gaz, m.text) or m.place.name)
        else:
            kind, area = "settlement", None
        if kind == "settlement" and axes_named and _DIRECTION_OF_BEFORE.search(text, max(0, m.start - 120), m.start):
            # «на напрямках Новопавлівки та Гуляйполя», «на направлении Покровска»: an axis named by its town
            kind, area = "direction", m.place.name
        city = None  # read when asked for, unless it decides the kind here
        if kind == "settlement" and m.place.name in _REGION_READING and not (city := says_city(text, m.start, m.end)) \
                and (_OLD_REGION_NAME.match(m.text) or (_ON_REGION.search(text, max(0, m.start - 4), m.start)
                                                        and not (_UK_LETTER.search(m.text) and m.text[-1:] != "і"))):
            # "Dnipropetrovsk villages" (the city is Dnipro since 2016), «на Запоріжжі» (the region;
            # «у Запоріжжі» and «атака на Запоріжжя», not in the locative, are the city)
            kind, area = "region", _REGION_READING[m.place.name]
        if kind == "settlement" and m.place.name == m.place.oblast and not is_cyr(m.text) and (
                _EN_VILLAGES_AFTER.match(text, m.end) or _REGION_OF.search(text, max(0, m.start - 40), m.start)
                or _REGION_AND.search(text, max(0, m.start - 24), m.start)
                or (_COMPASS_REGION_BEFORE.search(text, max(0, m.start - 20), m.start) and not says_city(text, m.start, m.end))
                or _REGION_APPOSITION_AFTER.match(text, m.end) or _REGIONS_NAMED_AFTER.search(text, max(0, m.start - 80), m.start)
                or (m.place.name in _REGION_FIRST and _SPREAD_OVER_BEFORE.search(text, max(0, m.start - 12), m.start)
                    and not says_city(text, m.start, m.end))
                or (out and out[-1].end <= m.start and _DISTRICT_OF_GAP.fullmatch(text, out[-1].end, m.start))
                or (out and out[-1].end <= m.start and _REGION_LIST_GAP.fullmatch(text, out[-1].end, m.start) and (
                    out[-1].kind == "region" or (out[-1].place is not None and out[-1].place.name == out[-1].place.oblast
                                                 and _VILLAGES_IN_BEFORE.search(text, max(0, out[-1].start - 24), out[-1].start))))):
            # "a key Donetsk village", "Kharkiv villages", "over the Oryol region and Belgorod": the region's
            kind, area = "region", m.place.oblast
        elif kind == "settlement" and _listed_after_a_region(text, m, cyr_areas, out[-1:]):
            kind, area = "region", _REGION_READING[m.place.name]
        if kind == "region" and (city := says_city(text, m.start, m.end)) and not _EN_AREA_AFTER.match(text, m.end):
            kind, area = "settlement", None  # "Sumy city"
        out.append(_mention(text, m.start, m.end, kind, m.place if kind == "settlement" else None, m.candidates,
                            area, city, m.place.oblast if kind == "settlement" else area, taken[-1][1] if taken else -9))
        taken.append((m.start, m.end))
    # Areas the gazetteer holds no town for: «у Сумській області», "Volyn Oblast", "Moscow region".
    for start, end, area, kind in cyr_areas:
        if not any(s < end and start < e for s, e in taken):
            if kind == "direction":
                area = _direction_town(gaz, text[start:end].split()[0]) or area
            out.append(_mention(text, start, end, kind, None, (), area, False, area))
            taken.append((start, end))
    for m in _lists_before(text, _EN_AREA_NOUN, _EN_AREA_LIST):
        at = m.start(1)
        for name in _LIST_SPLIT.split(m.group(1)):
            s = text.find(name, at)
            at = s + len(name)
            area = _EN_AREAS.get(fold(name))
            if area and not any(a < at and s < b for a, b in taken):
                out.append(_mention(text, s, at, "region", None, (), area, False, area))
                taken.append((s, at))
    if cyr_areas or cyrillic:
        named_oblasts = {area for _s, _e, area, kind in cyr_areas if kind == "region"}
        lists = []
        if any(word in text for word in _HROMADA_WORDS):
            lists = _lists_before(text, HROMADA_NOUN, HROMADAS)
            # «обстріляв 7 громад області: Білопільську, Глухівську, ...»: the list after a colon too.
            lists += [m for noun in HROMADA_NOUN.finditer(text) if (m := _HROMADAS_AFTER.match(text, noun.end()))]
        if "ськ" in text or "цьк" in text:
            # «У Миропільській окупанти били з мінометів», «по території Хотинської після обіду»: a bulletin's
            # community with its noun left out (an oblast's adjective is the oblast, not its centre)
            lists += [m for m in _ELIDED_HROMADA.finditer(text) if not gaz.morph.regions.get(fold(m.group(1)))]
        starostats = starostat_villages(gaz, text, named_oblasts) if "старост" in text else []
        # the community after a starosta district is where its village is, not a place of the event
        communities = [community for _s, _e, _v, community in starostats if community]
        taken += communities
        for m in sorted(lists, key=lambda m: m.start(1)):
            # «Нікопольську, Марганецьку та Червоногригорівську громади»: communities named after their towns.
            at = m.start(1)
            near = hromada_anchors(gaz, text, m, out)
            # «одне з сіл X-ської громади», «N населених пунктів X-ської громади»: villages of
            # the community, unnamed, not its town
            of_villages = m.re is HROMADAS and _VILLAGES_OF.search(text, max(0, at - 40), at) is not None
            for adjective in _CYR_LIST_SPLIT.split(m.group(1)):
                s = text.find(adjective, at)
                at = s + len(adjective)
                if of_villages:
                    out = [v for v in out if not (v.kind == "settlement" and v.start < at and s < v.end)]
                    taken.append((s, at))
                    continue
                place = adjective_town(gaz, adjective, named_oblasts, [(p, km) for p, km in near if not any(
                    v.place is p and v.start < at and s < v.end for v in out)])  # (not its own misreading)
                if place is not None and m.re is HROMADAS and (s, at) not in communities:
                    # the gazetteer read the adjective as a declined namesake («Покровській» as Pokrovsk):
                    # before its community noun it is that community's town, found above
                    out = [v for v in out if not (v.kind == "settlement" and v.start == s and v.end == at)]
                    taken = [t for t in taken if t != (s, at)]
                village = next((v for v in out if v.kind == "settlement" and v.place is not None and v.end < s
                                and not text[v.end:s].strip()), None) if place is not None else None
                if village is not None:
                    # «у селі Піщане Сумської громади»: the community only locates the village before it,
                    # and settles which of its namesakes is meant (the one of that community's oblast, nearest its town)
                    near = [c for c in village.candidates if c.oblast == place.oblast]
                    if near and village.place.oblast != place.oblast:
                        best = min(near, key=lambda c: distance_km(c.lat, c.lon, place.lat, place.lon))
                        out[out.index(village)] = _mention(text, village.start, village.end, "settlement", best, tuple(near),
                                                           None, None, best.oblast, village._prev_end)
                    taken.append((s, at))
                    continue
                if place is not None and not any(a < at and s < b for a, b in taken):
                    # a community is named after its town, the place its bulletins mean (REPORTING: "Russia
                    # shelled <X> community" is a strike on <X>)
                    out.append(_mention(text, s, at, "settlement", place, (place,), None, False, place.oblast))
                    taken.append((s, at))
                    near = [*near, (place, HROMADA_NEAR_KM)]  # the communities listed with it are its neighbours
        resolved = {m.start: m for m in out if m.kind == "settlement"}
        for start, end, place in guessed_settlements(gaz, text, cyr_areas, taken, resolved):
            # «освобожден населенный пункт Нелеповка»: a Russian spelling the codifier does not hold;
            # «село Ровное ... ДНР»: a spelling a namesake in another oblast holds.
            if start in resolved and resolved[start] in out:
                out.remove(resolved[start])  # (once: «Шевченко Первое» drops «Шевченко» and adds the whole name)
            if place is None:
                continue  # «Отрадное Днепропетровской области», and no such village there
            out.append(_mention(text, start, end, "settlement", place, (place,), None, None, place.oblast,
                                max((e for _, e in taken if e <= start), default=-9)))
            taken.append((start, end))
        for s, e, village, _community in starostats:
            if village is not None:
                out = [v for v in out if not (v.kind == "settlement" and v.start < e and s < v.end)]
                out.append(_mention(text, s, e, "settlement", village, (village,), None, False, village.oblast))
                taken.append((s, e))
    if " of " in text or " in " in text or "aptur" in text or "eize" in text or "liberat" in text:
        for start, end, place in guessed_latin(gaz, text, out, taken):
            # "liberated the settlement of Lozovatskoye in the DPR": Moscow's spelling of Lozuvatske;
            # "the settlement of Zelenoye in the Kharkov Region": not the namesake Donetsk's codifier spells so.
            out = [m for m in out if not (m.kind == "settlement" and m.start == start)]
            if place is None:
                continue  # a namesake in another oblast than the one named, and no village of that name there
            out.append(_mention(text, start, end, "settlement", place, (place,), None, None, place.oblast,
                                max((e for _, e in taken if e <= start), default=-9)))
            taken.append((start, end))
    # "Slavyansk-na-Kubani": the first part of a longer hyphenated name is not a place of its own.
    out = [m for m in out if not (m.kind == "settlement" and text[m.end:m.end + 1] == "-" and text[m.end + 1:m.end + 2].islower())]
    if "order" in text or "раниц" in text or "ордон" in text or "меж" in text:
        # "advanced to the Donetsk border", «вышли к границе с Запорожьем»: a region's edge, not its centre
        out = [m for m in out if not (m.kind == "settlement" and (
            _BORDER_AFTER.match(text, m.end) or _BORDER_WITH_BEFORE.search(text, max(0, m.start - 30), m.start)))]
    if "управл" in text:
        # «начальник Головного управління поліції»: an adjective naming a directorate, not a village
        out = [m for m in out if not (m.kind == "settlement" and _DIRECTORATE_AFTER.match(text, m.end))]
    # «Свободное Поле», "Vilne Pole": the first word of a longer name the gazetteer lacks is not a place
    out = [m for m in out if not (m.kind == "settlement" and text[m.end:m.end + 1] == " " and _NAME_TAIL_AFTER.match(text, m.end))]
    # «Новой Маячке», "Novaya Ivanivka": an adjective opening a two-word name the gazetteer lacks, and the
    # word after it, name no place
    # (not «Червоное ДНР», «Зелене Донецької області»: the word after it is the oblast)
    heads = [m for m in out if m.kind == "settlement" and m.place.name in _ADJECTIVE_NAMES and _CAPITAL_WORD_AFTER.match(text, m.end)
             and not any(a == m.end + 1 for a, _, _, _ in cyr_areas)]
    if heads:
        tails = {m.end + 1 for m in heads}
        out = [m for m in out if m not in heads and not (m.kind == "settlement" and m.start in tails)]
    if "район" in text or "округ" in text:
        # «два района области — Рыльский и Льговский»: districts named after their noun, not villages
        out = [m for m in out if not (m.kind == "settlement" and m.text.endswith(("ский", "ський", "цкий", "цький", "зький"))
                                      and _DISTRICTS_LISTED_BEFORE.search(text, max(0, m.start - 120), m.start))]
    if ("район" in text or "округ" in text) and any(m.kind == "region" and m.country == "ua" for m in out):
        # «в Валуйском районе»: a Russian border district, named like a Ukrainian village's («Валуйське»)
        out = [_as_russian_district(text, m) for m in out]
    if "еревн" in text or "хутор" in text:
        out = [r for m in out if (r := _as_russian_village(text, m)) is not None]
    out.sort(key=lambda p: p.start)
    _nearest_before(out)
    if cyr_areas:
        out = [m for m in out if not _across_the_border(text, m, cyr_areas)]
    if "ск" in text:
        out = _in_russian_districts(gaz, text, out)
    if settings := _russian_settings(text):
        out = [_in_russian_setting(text, m, cyr_areas, settings) for m in out]
    return _without_far_namesakes(gaz, out)


# Villages named by an adjective alone ("Nova", "Velyka"), which as often open a two-word name
_ADJECTIVE_NAMES = frozenset(("Nova", "Nove", "Novyi", "Stara", "Stare", "Staryi", "Velyka", "Velyke", "Velykyi", "Mala", "Male",
                              "Malyi", "Verkhnia", "Nyzhnia", "Zelena", "Zelene", "Chervona", "Chervone", "Krasna", "Krasne"))
_CAPITAL_WORD_AFTER = re.compile(r" [A-ZА-ЯІЇЄҐ][\w'’-]+")
# The second word of a two-word village name: «Зелене Поле», «Вовчий Яр», "Zolota Balka".
_NAME_TAIL_AFTER = re.compile(r" (?:Поле|Поля|Полі|Яр|Яру|Балка|Балки|Балці|Балку|Гора|Горы|Гори|Лука|Луки|Рог|Рогу|Кут|Долина|Долины|Долини|"
                              r"Роща|Рощи|Гай|Брод|Брід|Криниця|Криницы|Колодязь|Колодезь|Хутор|Хутора|Хутори|"
                              r"Pole|Yar|Balka|Hora|Luka|Rih|Kut|Dolyna|Hai|Brid|Krynytsia)(?![\w'’-])")
_DISTRICTS_LISTED_BEFORE = re.compile(r"(?:район|округ)\w*(?:\s+[\w'’-]+){0,3}\s*[—–:]\s*(?:[\w'’-]+(?:\s*,\s*|\s+(?:и|і|й|та)\s+))*$")
# «деревня» names a Russian village: Russian reporting calls a Ukrainian one «село»; so does «хутор», in
# Russian spelling (Ukrainian writes «хутір», «хуторі»), which Russia's border regions are full of.
_RU_VILLAGE_BEFORE = re.compile(r"(?<![\w-])(?:деревн\w*|хутор(?:е|а|ом|ов|ах)?)\s+(?:[А-ЯЁ][а-яё-]+(?:\s*,\s*|\s+и\s+))*$")


def _as_russian_district(text: str, m: PlaceMention) -> PlaceMention:
    """A region mention that is a Russian border district by its adjective, as that district's region."""
    if m.kind != "region" or (d := RU_DISTRICT.match(text, m.start)) is None:
        return m
    region = DISTRICT_REGION[d.group(1)]
    return _mention(text, m.start, m.end, "region", None, (), region, m._city, region, m._prev_end)


def _as_russian_village(text: str, m: PlaceMention) -> PlaceMention | None:
    """«в деревне Поповка»: the Russian namesake, or nothing when the gazetteer holds only Ukraine's."""
    if m.kind != "settlement" or m.country == "ru" or not _RU_VILLAGE_BEFORE.search(text, max(0, m.start - 80), m.start):
        return m
    russian = [c for c in m.candidates if c.oblast in RU_AREAS]
    if not russian:
        return None
    return _mention(text, m.start, m.end, "settlement", russian[0], tuple(russian), None, m._city, russian[0].oblast, m._prev_end)


_BORDER_AFTER = re.compile(r"(?:['’]s)?\s+(?:administrative\s+)?(?:border|boundary)\b(?!\s+(?:town|village|city|settlement|crossing|checkpoint)s?\b)")
_BORDER_WITH_BEFORE = re.compile(r"(?:\b(?:border|boundary) with (?:the )?|(?:границ|кордон|меж|адмінмеж|админграниц)\w* (?:с|со|з|із) )$")
_DIRECTORATE_AFTER = re.compile(r"\s+(?:[а-яіїєґё'’]+\s+)?(?:управлін|управлен)\w*")


_ADJ_BEFORE = re.compile(r"([А-ЯЁ][а-яё]+(?:ая|ое|ый|ий|ые|яя|ее))\s+$")


def _in_russian_districts(gaz: Gazetteer, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A Ukrainian village's spelling followed by a Russian border district («Мокрая Орловка
    Грайворонского городского округа») is that district's own village, which the gazetteer lacks."""
    out = []
    for m in mentions:
        district = RU_DISTRICT.match(text, m.end + 1) if m.kind == "settlement" and text[m.end:m.end + 1] == " " else None
        if district is None or m.place is None or m.place.oblast in RU_REGIONS or not is_cyr(m.text):
            out.append(m)
            continue
        adjective = _ADJ_BEFORE.search(text, max(0, m.start - 20), m.start)
        start = adjective.start(1) if adjective else m.start
        place = unlisted_village(gaz, text[start:m.end], DISTRICT_REGION[district.group(1)])
        if place is not None:
            out.append(_mention(text, start, m.end, "settlement", place, (place,), None, None, place.oblast, m._prev_end))
    for district in RU_DISTRICT.finditer(text) if "район" in text or "округ" in text else ():
        # «... и Теребрено Краснояружского района»: a name the gazetteer lacks, mid-sentence before its district
        name = _NAME_BEFORE.search(text, max(0, district.start() - 40), district.start())
        if name is not None and _SETTLEMENT_NOUN_FIRST.match(name.group(1)):
            # «Поселок Кукуевка Погарского района» opening a sentence: the word for a village, then the name
            name = _NAME_BEFORE.search(text, name.start(1) + name.group(1).index(" ") + 1, district.start())
        if name is None or any(m.start < district.start() and name.start(1) < m.end for m in out) \
                or text[:name.start(1)].rstrip()[-1:] in ("", ".", "!", "?", "«", "\"", "—"):
            continue
        place = unlisted_village(gaz, name.group(1), DISTRICT_REGION[district.group(1)])
        if place is not None:
            out.append(_mention(text, name.start(1), name.end(1), "settlement", place, (place,), None, None, place.oblast))
    out.sort(key=lambda p: p.start)
    return out


# The governors of Russia's border regions: their reports name their region's villages.
_GOVERNOR_REGION = {"Гладков": "Belgorod", "Gladkov": "Belgorod", "Хинштейн": "Kursk", "Khinshtein": "Kursk",
                    "Khinshteyn": "Kursk", "Старовойт": "Kursk", "Starovoit": "Kursk", "Starovoyt": "Kursk",
                    "Богомаз": "Bryansk", "Bogomaz": "Bryansk"}
_RU_GOVERNOR = re.compile(r"(?<![\w-])(" + "|".join(_GOVERNOR_REGION) + r")(?![a-z])")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _russian_settings(text: str) -> list[tuple[int, str]]:
    """Where the text names a Russian border region's district or governor, and that region."""
    found: list[tuple[int, str]] = []
    # (scanned only before each noun the district needs: the stems' alternation is slow over a whole text)
    for noun, pattern, regions in (("район", RU_DISTRICT, DISTRICT_REGION), ("округ", RU_DISTRICT, DISTRICT_REGION),
                                   ("istrict", RU_DISTRICT_EN, DISTRICT_REGION_EN), ("okrug", RU_DISTRICT_EN, DISTRICT_REGION_EN)):
        at = text.find(noun)
        while at >= 0:
            d = pattern.search(text, max(0, at - 50), at + 10)
            if d is not None and d.end() > at:
                found.append((d.start(), regions[d.group(1)]))
            at = text.find(noun, at + 1)
    for name, region in _GOVERNOR_REGION.items():
        at = text.find(name)
        while at >= 0:
            if _RU_GOVERNOR.match(text, at):
                found.append((at, region))
            at = text.find(name, at + 1)
    return found


def _setting_region(text: str, m: PlaceMention, settings: list[tuple[int, str]]) -> str | None:
    """The Russian border region the sentence sets a name in by a district or a governor: the nearest."""
    if not any(m.start - 400 <= at < m.end + 400 for at, _ in settings):
        return None
    start = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start - 400), m.start)), default=max(0, m.start - 400))
    stop = _SENTENCE_END.search(text, m.end, m.end + 400)
    end = stop.start() if stop else min(len(text), m.end + 400)
    found = [(abs(at - m.start), region) for at, region in settings if start <= at < end]
    return min(found)[1] if found else None


def _in_russian_setting(text: str, m: PlaceMention, cyr_areas: list[tuple[int, int, str, str]],
                        settings: list[tuple[int, str]]) -> PlaceMention:
    """«В Валуйском округе атакованы сёла Борки и ...», "Borki, Gladkov said": a name that a Russian
    border region also holds is that region's village when the sentence names the region's district
    or its governor, unless the sentence names the namesake's own oblast."""
    if m.kind != "settlement" or m.place is None or len(m.candidates) < 2:
        return m
    region = _setting_region(text, m, settings)
    if region is None or m.place.oblast == region:
        return m
    inside = [c for c in m.candidates if c.oblast == region]
    if not inside or any(kind == "region" and area == m.place.oblast and abs(a - m.start) <= 200 for a, _b, area, kind in cyr_areas) \
            or re.search(rf"\b{re.escape(m.place.oblast)}\b", text[max(0, m.start - 200):m.end + 200]):
        return m
    place = inside[0]
    return _mention(text, m.start, m.end, "settlement", place, (place, *(c for c in m.candidates if c is not place)),
                    None, m._city, place.oblast, m._prev_end)


_SETTLEMENT_NOUN_FIRST = re.compile(r"(?:Село|Поселок|Посёлок|Хутор|Деревня|Слобода) ")
_NAME_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁа-яё][а-яё]+)*(?: [А-ЯЁ][а-яё-]{2,})?)\s+$")


def _listed_after_a_region(text: str, m: Mention, cyr_areas: list[tuple[int, int, str, str]],
                           before: list[PlaceMention]) -> bool:
    """«в ДНР и Запорожье», «на Донеччині та Запоріжжі»: a centre whose Cyrillic name is also its region's,
    listed right after another region (a region found by its own pass, or the mention just `before`).
    Only such names: «Сумщину та Харків» lists a region and a city."""
    region = _REGION_READING.get(m.place.name)
    if region is None or not is_cyr(m.text) or says_city(text, m.start, m.end):
        return False
    areas = [(b, area, kind) for _a, b, area, kind in cyr_areas] + [(o.end, o.area, o.kind) for o in before]
    return any(kind == "region" and area != region and b <= m.start and _CYR_LIST_GAP.fullmatch(text, b, m.start)
               for b, area, kind in areas)


def _across_the_border(text: str, m: PlaceMention, cyr_areas: list[tuple[int, int, str, str]]) -> bool:
    """«освободили Гончаровку в Курской области»: the region named right after a name lies across
    the border from every place the name can mean, so the name is a village the gazetteer lacks."""
    if m.kind != "settlement" or m.place is None:
        return False
    for a, _b, area, kind in cyr_areas:
        if kind == "region" and a > m.end and LIST_TO_AREA.fullmatch(text, m.end, a):
            return all(other_country(c.oblast, area) for c in (m.candidates or (m.place,)))
    return False


_FAR_KM = 150.0
_NEAR_CHARS = 250


def _without_far_namesakes(gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A report about a Russian border region names its own villages, which the gazetteer mostly
    lacks: a Ukrainian village of the same spelling, far from the Russian places named beside it
    and with no Ukrainian place near it in the text, is a namesake (Belgorod's «Смородино» is not
    Zaporizhzhia's Smorodyne)."""
    if not any(m.place and m.place.oblast in RU_REGIONS or m.area in RU_REGIONS for m in mentions):
        return mentions
    def russian_spelt(m: PlaceMention) -> bool:
        # "Dronovka" for Dronivka: a Latin name written other than the Ukrainian village's own spelling
        return m.text.isascii() and fold(m.text) != fold(m.place.name)

    def doubtful(m: PlaceMention) -> bool:
        return m.kind == "settlement" and (len(m.candidates) <= 1 or russian_spelt(m)) \
            and m.place.oblast not in RU_REGIONS and m.place.population < 20_000

    kept = []
    for m in mentions:
        if doubtful(m):
            near = [n for n in mentions if n is not m and abs(n.start - m.start) <= _NEAR_CHARS and not doubtful(n)]
            anchors = [n.place for n in near if n.kind == "settlement" and n.place.oblast in RU_REGIONS]
            anchors += [p for n in near if n.kind == "region" and n.area in RU_REGIONS and (p := gaz.resolve(n.area))]
            ukrainian = [n for n in near if (n.place.oblast if n.place else n.area) not in RU_REGIONS]
            if anchors and not ukrainian and (russian_spelt(m) or all(
                    distance_km(m.place.lat, m.place.lon, a.lat, a.lon) > _FAR_KM for a in anchors)):
                continue
        kept.append(m)
    return kept


_HROMADA_WORDS = ("громад", "общин", "ТГ")
"""One of these is in every match of HROMADA_NOUN: a story with none is not scanned with it."""

# Settlements of a community, counted or not, before its adjective: «сіл», «селищ», «населені пункти», «сел».
_VILLAGES_OF = re.compile(r"(?<![\w'’])(?:сіл|села|селі|селе|селищ|селища|селищі|населен\w* пункт\w*|населённ\w* пункт\w*|сел|деревень|"
                          r"поселков|поселке|посёлке)\s+$")


def _lists_before(text: str, noun: re.Pattern[str], listed: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of `listed` (a pattern ending at the end of its window) right before each `noun`."""
    out = []
    for m in noun.finditer(text):
        found = listed.search(text, max(0, m.start() - 160), m.start())
        if found is not None:
            out.append(found)
    return out
_HROMADAS_AFTER = re.compile(r"\w*(?:\s+(?:област\w*|район\w*|регіону))?\s*:\s*((?:[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:-[А-ЯІЇЄҐ]?[а-яіїєґ'’]+)*"
                             r"(?:\s*,\s*|\s+(?:та|і|й|и)\s+))*[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:-[А-ЯІЇЄҐ]?[а-яіїєґ'’]+)*)")
# «Лиман Первый», «Шевченко Второе»: an ordinal that makes a second name, and Kyiv's forms of it.
_ORDINAL_AFTER = re.compile(r"[ -](Первы[йе]|Первое|Первая|Второй|Второе|Вторая|Перший|Перше|Перша|Другий|Друге|Друга)(?![\w-])")
_ORDINALS = {"первый": ("Pershyi", "Pershe", "Persha"), "первое": ("Pershe", "Pershyi"), "первая": ("Persha",),
             "перший": ("Pershyi",), "перше": ("Pershe",), "перша": ("Persha",),
             "второй": ("Druhyi", "Druhe"), "второе": ("Druhe", "Druhyi"), "вторая": ("Druha",),
             "другий": ("Druhyi",), "друге": ("Druhe",), "друга": ("Druha",)}
_ELIDED_HROMADA = re.compile(r"(?<![\w'’])(?:[УуВв]|[Пп]о(?:\s+території)?)\s+([А-ЯІЇЄҐ][а-яіїєґ'’]+(?:-[А-ЯІЇЄҐ]?[а-яіїєґ'’]+)*(?:ськ|цьк|зьк)(?:ій|ої))"
                             r"(?=\s*(?:[–—:,(]|\d|(?:був|була|було|були|зафіксован\w*|противник|ворог|окупант\w*|росіяни|рф|з|із|від|після|близько)\b))")
_CYR_LIST_SPLIT = re.compile(r"(?:\s*\([^()\n]{1,30}\))?(?:\s*,\s*|\s+(?:та|і|й|и)\s+)")
_ADJECTIVE_FORM = re.compile(r"(?:ськ|цьк|зьк|ск|цк)(?:а|у|ого|ої|ій|і|е|ая|ую|ой|ие|ое)$")
_LOWER_AFTER = re.compile(r" [а-яіїєґё]")
# «трасса «Рыльск — Дурово»», «на автодорозі Суми – Путивль»: a road named by two towns
_ROAD_NAMED = re.compile(r"(?:трасс|автодорог|дорог|автодороз|дороз|шоссе|траса|трасі|трасу|автошлях)\w*\s+[«\"“]?"
                         r"([А-ЯЁІЇЄ][\w'’-]+\s*[—–-]\s*[А-ЯЁІЇЄ][\w'’-]+)")
# «Мирный житель», «Мирні мешканці», «мирное население»: "peaceful" before the people it describes, not Myrne
_CIVILIANS_AFTER = re.compile(r"\s+(?:жител|жительниц|мешкан|населени|населенн|граждан|громадян)\w*")


def _is_surname(text: str, m: Mention) -> bool:
    """A Cyrillic village spelling standing for a man: «Песков заявил», «по словам Рогова», «Рогов: ...»."""
    line = text.rfind("\n", 0, m.start) + 1
    if (said := _HE_SAID_AFTER.match(text, m.end)) and (
            slot := _NAME_SLOT_BEFORE.search(text, max(0, m.start - 30), m.start)) \
            and (said.group().strip() != ":" or slot.group()[:1] not in _CYR_CAPITALS) and not is_nominative(m.text):
        return True  # a declined village name cannot be one man speaking
    if text.startswith(":", m.end) and _TITLE_BEFORE_NAME.search(text, max(line, m.start - 40), m.start) \
            and not is_nominative(m.text):
        return True  # «Командир роты ВСУ Рогов: ...»: a headline's speaker after his post, not a declined village
    return m.place.kind in ("village", "settlement") and bool(
        _PERSON_BEFORE_CYR.search(text, max(line, m.start - 30), m.start)
        or (after := _PERSON_AFTER_CYR.match(text, m.end)) is not None
        and (after.group() != ":" or not text[line:m.start].strip()))


def _area_of(m: Mention, areas: list[tuple[int, int, str, str]]) -> tuple[str, str | None]:
    """The Cyrillic region or direction a gazetteer mention lies inside («Донецька область»)."""
    for start, end, area, kind in areas:
        if start <= m.start < end:
            return kind, area if kind == "region" else None
    return "", None


def _nearest_before(mentions: list[PlaceMention]) -> None:
    """Each mention's previous place is the nearest one found before it, whichever pass found it
    ("the town of Myrnograd close to Pokrovsk": Moscow's spelling is read after the codifier's names)."""
    last = -9
    for m in mentions:
        m.follows(last)
        if m.kind == "settlement":  # a town locates a village, never a region («у Криму поблизу Джанкоя»)
            last = max(last, m.end)


def _mention(text: str, start: int, end: int, kind: str, place: Place | None, cands: tuple[Place, ...],
             area: str | None, city: bool, where: str | None, prev_end: int = -9) -> PlaceMention:
    return PlaceMention(start, end, text[start:end], kind, place, cands, area, _country(where), city, text, prev_end)
