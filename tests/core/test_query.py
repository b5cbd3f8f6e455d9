"""The filter language of DESIGN.md (HARDENING.md 36: no user pattern becomes a regex)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core import query as query_module
from tui.core import search_index
from tui.core.models import Story
from tui.core.query import QueryError, compile_query, fold, select

from tests import factories
from tests.factories import NOW

HOUR = 3600.0


def story(n: int, **fields) -> Story:
    """Story n of a Ukrainian outlet, an hour old unless the test dates it."""
    return factories.story(n, **{"source": "Kyiv Independent", "side": "ua-media", "published": NOW - HOUR, **fields})


STORIES = [
    story(1, title="Russia says it captured Kupiansk", source="TASS", side="ru-state", tags=["Frontline"]),
    story(2, title="General Staff denies fall of Kupiansk", summary="Fighting continues in the city.", read=True),
    story(3, title="Енергетика: удари по Києву", side="ua-official", source="Ukrinform", starred=True),
    story(4, title="Drone strike on Zaporìzhzhia grid", summary="Power cut", flagged=True, side="intl", source="BBC News"),
    story(5, title="ISW assessment", side="analyst", source="ISW", content="Geolocated footage shows advances.",
          claim_ids=["c1"], places=["Kupiansk"], published=NOW - 3 * 86400),
    story(6, title="Old report [bold red]x[/]", revision=2, published=1_700_000_000.0, source="The Moscow Times",
          side="ru-independent"),
]


def ids(query: str, **options) -> list[int]:
    match = compile_query(query, now=NOW, **options)
    return [int(s.id.split(":")[1]) for s in STORIES if match(s)]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", [1, 2, 3, 4, 5, 6]),
        ("   ", [1, 2, 3, 4, 5, 6]),
        ("kupiansk", [1, 2]),
        ("KUPIANSK captured", [1]),
        ("zaporizhzhia", [4]),  # accent-insensitive
        ("ZAPORÌZHZHIA", [4]),
        ("києву", [3]),  # Cyrillic, case-folded
        ("КИЄВУ", [3]),
        ("continues", [2]),  # summary
        ("geolocated", [5]),  # content
        ('"fall of kupiansk"', [2]),
        ('"kupiansk fall"', []),
        ("-kupiansk", [3, 4, 5, 6]),
        ('-"general staff" kupiansk', [1]),
        ("[bold", [6]),  # brackets and regex metacharacters are plain text
        ("(a+)+$", []),
        ("source:tass", [1]),
        ('source:"moscow times"', [6]),
        ("source:KYIV", [2]),
        ("-source:tass kupiansk", [2]),
        ("side:ua", [2, 3]),
        ("side:ru", [1, 6]),
        ("side:intl", [4]),
        ("side:analyst", [5]),
        ("side:ru-state", [1]),
        ("-side:ua side:ru", [1, 6]),
        ("tag:frontline", [1]),
        ("is:unread", [1, 3, 4, 5, 6]),
        ("is:read", [2]),
        ("is:starred", [3]),
        ("is:flagged", [4]),
        ("is:claim", [5]),
        ("is:updated", [6]),
        ("-is:read is:starred", [3]),
        ("since:2h", [1, 2, 3, 4]),
        ("since:30m", []),
        ("since:4d", [1, 2, 3, 4, 5]),
        ("since:1w", [1, 2, 3, 4, 5]),
        ("before:2h", [5, 6]),
        ("since:2025-11-01", [1, 2, 3, 4, 5]),
        ("before:2025-11-01", [6]),
        ("SINCE:2h IS:STARRED", [3]),
        ('"unclosed phrase', []),
        ("-", [1, 2, 3, 4, 5, 6]),
    ],
)
def test_filter_language(query, expected):
    assert ids(query) == expected


def test_place_uses_the_resolver_for_every_spelling():
    spellings = {"kupyansk": "Kupiansk", "куп'янськ": "Kupiansk", "купянск": "Kupiansk", "kupiansk": "Kupiansk"}

    def resolve(name: str) -> str | None:
        return spellings.get(name.casefold())

    # Story 5 has places filled in; 1 and 2 have no places yet and fall back to the text.
    assert ids("place:Kupyansk", resolve_place=resolve) == [1, 2, 5]
    assert ids("place:Куп'янськ", resolve_place=resolve) == [1, 2, 5]
    assert ids("-place:купянск", resolve_place=resolve) == [3, 4, 6]


def test_place_without_resolver_matches_the_text():
    assert ids("place:kupiansk") == [1, 2]
    assert ids("place:nowhere", resolve_place=lambda name: None) == []


def test_a_failing_resolver_is_not_a_crash():
    def broken(name: str) -> str:
        raise RuntimeError("gazetteer not loaded")

    assert ids("place:kupiansk", resolve_place=broken) == [1, 2]


@pytest.mark.parametrize(
    "query, named",
    [
        ("colour:red", "colour:red"),
        ("side:martians", "side:martians"),
        ("is:important", "is:important"),
        ("since:yesterday", "since:yesterday"),
        ("before:2025-13-45", "before:2025-13-45"),
        ("since:", "since:"),
        ("source:", "source:"),
        ("tag:", "tag:"),
        ("place:", "place:"),
        ("https://example.org", "https:"),
    ],
)
def test_bad_terms_name_themselves(query, named):
    with pytest.raises(QueryError) as caught:
        compile_query(query, now=NOW)
    assert named in str(caught.value)
    assert "\n" not in str(caught.value)


def test_republished_story_is_folded_again():
    match = compile_query("ceasefire", now=NOW)
    original = story(7, title="Talks resume")
    assert not match(original)
    edited = story(7, title="Talks resume, ceasefire agreed", revision=1)
    assert match(edited)


def test_fold():
    assert fold("  Zaporìzhzhia\tNPP ") == "zaporizhzhia npp"
    assert fold("Куп’янськ") == fold("Куп'янськ")
    assert fold("ÉCOLE") == "ecole"


def test_pathological_text_does_not_backtrack():
    long_title = "a" * 200_000 + "!"
    match = compile_query("(a+)+$ -(a|aa)*b", now=NOW)
    assert match(story(8, title=long_title)) is False


query_text = st.one_of(
    st.text(max_size=80),
    st.lists(
        st.sampled_from(
            ["-", '"', ":", "side:", "is:", "since:", "before:", "source:", "tag:", "place:", "x:", "ua", "2h",
             "2025-11-20", "unread", " ", "kupiansk", "Ж", "\u0301", "(", "*"]
        ),
        max_size=12,
    ).map("".join),
)


@settings(max_examples=500, deadline=None)
@given(query_text)
def test_property_compile_raises_only_query_error(query):
    try:
        match = compile_query(query, now=NOW, resolve_place=lambda name: "Kupiansk" if "kup" in name else None)
    except QueryError as error:
        assert str(error)
        return
    for item in STORIES:
        assert match(item) in (True, False)


# --- the word index (search_index.py) gives exactly what a scan of the folded text gives -----

WORDS = ["kupiansk", "kupiansk's", "grid", "energy", "(odesa)", "київ", "Київ", "drone-strike", "a", "ab"]


def plain_scan(text_query: str, stories: list[Story]) -> list[str]:
    """The reference: every term a substring of the folded text (no index involved)."""
    wanted, unwanted = [], []
    for raw in text_query.split(";"):
        raw = raw.strip()
        if raw:
            (unwanted if raw.startswith("-") else wanted).append(fold(raw.lstrip("-").strip('"')))
    hits = []
    for item in stories:
        text = fold(f"{item.title}\n{item.summary}\n{item.content}")
        if all(w in text for w in wanted) and not any(u in text for u in unwanted):
            hits.append(item.id)
    return hits


def as_query(text_query: str) -> str:
    return " ".join(t.strip() for t in text_query.split(";") if t.strip())


@settings(max_examples=150, deadline=None)
@given(
    texts=st.lists(st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join), min_size=1, max_size=12),
    terms=st.lists(
        st.one_of(
            st.sampled_from(WORDS),
            st.sampled_from(["kup", "iansk", "rid", "ener", "київ", "-grid", "-a", "(od", "e-s"]),
            st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)).map(lambda p: f'"{p[0]} {p[1]}"'),
        ),
        min_size=1,
        max_size=3,
    ),
    indexed=st.booleans(),
)
def test_property_index_agrees_with_a_plain_scan(texts, terms, indexed):
    index = query_module.new_index()
    stories = [story(n, title=t, summary=texts[-1 - n] if n % 2 else "") for n, t in enumerate(texts)]
    if indexed:
        index.add(stories)
    text_query = ";".join(terms)
    match = compile_query(as_query(text_query), now=NOW, index=index)
    assert [s.id for s in stories if match(s)] == plain_scan(text_query, stories)
    # In bulk (the store's and the dashboard's path), from a fresh plan.
    bulk = select(stories, compile_query(as_query(text_query), now=NOW, index=index))
    assert [s.id for s in bulk] == plain_scan(text_query, stories)


@settings(max_examples=100, deadline=None)
@given(
    texts=st.lists(st.lists(st.sampled_from(WORDS), max_size=5).map(" ".join), min_size=1, max_size=10),
    query=st.lists(st.sampled_from(["side:ua", "-side:ru", "is:unread", "is:starred", "source:kyiv",
                                    "grid", "-energy", '"energy grid"', "kup", "-a"]),
                   min_size=1, max_size=4).map(" ".join),
)
def test_property_bulk_select_equals_the_predicate_story_by_story(texts, query):
    index = query_module.new_index()
    stories = [story(n, title=t, side=("ua-media", "ru-state", "intl")[n % 3], read=n % 2 == 0,
                     starred=n % 4 == 0) for n, t in enumerate(texts)]
    index.add(stories[: len(stories) // 2])  # some indexed, some read by text
    one_by_one = [s.id for s in stories if compile_query(query, now=NOW, index=index)(s)]
    assert [s.id for s in select(stories, compile_query(query, now=NOW, index=index))] == one_by_one


def test_story_changed_after_indexing_is_matched_by_its_new_text():
    index = query_module.new_index()
    stories = [story(n, title=f"Report {n} on shelling") for n in range(20)]
    index.add(stories)
    match = compile_query("ceasefire", now=NOW, index=index)
    assert not any(match(s) for s in stories)  # the plan is made: nothing has the word
    stories[3] = story(3, title="Report 3: ceasefire agreed", revision=1)
    assert [s.id for s in stories if match(s)] == [story(3).id]
    index.add(stories)  # indexed after the compiled query made its plan
    assert [s.id for s in stories if match(s)] == [story(3).id]
    assert [s.id for s in stories if compile_query("ceasefire", now=NOW, index=index)(s)] == [story(3).id]


def test_a_needle_too_common_for_the_index_is_scanned(monkeypatch):
    index = query_module.new_index()
    monkeypatch.setattr(search_index, "MAX_WORD_MATCHES", 1)
    stories = [story(n, title=f"alpha{n} beta") for n in range(5)] + [story(9, title="gamma")]
    index.add(stories)
    assert [s.id for s in stories if compile_query("alpha", now=NOW, index=index)(s)] == [story(n).id for n in range(5)]
    assert [s.id for s in stories if compile_query("-alpha", now=NOW, index=index)(s)] == [story(9).id]


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(
        st.lists(st.tuples(st.sampled_from(WORDS + ["Energy", "GRID", "x.y", "a+b"]),
                           st.sampled_from([" ", "  ", "\t", "\n", " \n\t ", "\x0b", "\x1c"])),
                 max_size=8).map(lambda pairs: "".join(w + gap for w, gap in pairs)),
        min_size=3, max_size=3,
    ),
    phrase=st.tuples(st.sampled_from(WORDS + ["x.y", "a+b", "nergy", "gri"]),
                     st.sampled_from(WORDS + ["x.y", "a+b", "ener"])),
)
def test_property_a_quoted_phrase_matches_as_the_folded_text_holds_it(parts, phrase):
    title, summary, content = parts
    item = story(1, title=title, summary=summary, content=content)
    needle = fold(" ".join(phrase))
    holds = needle in fold(f"{title}\n{summary}\n{content}")
    index = query_module.new_index()
    index.add([item])
    for words in (index, None):  # the index's phrase check and the plain scan
        assert compile_query(f'"{" ".join(phrase)}"', now=NOW, index=words)(item) == holds


@pytest.mark.parametrize("query", ["-kyiv source:S3", "-kyiv -grid source:S3 is:unread", "-kyiv is:unread"])
def test_unwanted_words_after_narrowing_fields_read_the_few_left(query):
    index = query_module.new_index()
    stories = [story(n, title=("Kyiv grid" if n % 3 == 0 else "Odesa") + f" {n}", source=f"S{n % 20}",
                     read=n % 2 == 0) for n in range(200)]
    index.add(stories[:150])
    one_by_one = [s.id for s in stories if compile_query(query, now=NOW, index=index)(s)]
    assert one_by_one  # the query keeps some stories and drops others
    assert [s.id for s in select(stories, compile_query(query, now=NOW, index=index))] == one_by_one
