"""A region named in one sentence frames no village in the next: a known town's name later in the
story stays that town, never a village invented in the earlier sentence's region."""

from tui.core.claims.pipeline import extract_document


def test_a_region_named_sentences_before_frames_no_later_name():
    text = ("Air defences downed 14 drones over the Bryansk region overnight, the ministry said.\n\n"
            "Больше всего беспилотников сбито над территорией Брянской области.\n\n"
            "Военные сообщили об освобождении Константиновки, заявили в Минобороны.")
    places = {s["place"] for s in extract_document(text)["statements"]}
    assert places == {"Kostiantynivka"}


def test_a_region_named_in_the_same_sentence_still_places_its_unlisted_village():
    text = "В Брянской области беспилотник атаковал село Кукуевка, сообщил губернатор."
    places = {s["place"] for s in extract_document(text)["statements"]}
    assert places == {"Kukuyevka"}
