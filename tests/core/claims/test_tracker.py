"""Statements and claims: the Kupiansk pair, status rules, idempotence, negatives, exports."""

from tui.core.claims.pipeline import claimreview, extract_document
from tui.core.claims.statements import extract_statements, split_sentences
from tui.core.claims.tracker import CONFIDENT, compute_status, set_verdict, update_claims
from tui.core.models import Statement

RU_CLAIM = "Russia's Defense Ministry said its forces had taken full control of Kupiansk."
UA_REPLY = "Ukraine's General Staff said Kupiansk remains under the control of Ukraine's Defense Forces."


def _st(side, stance, *, event="control", place="Kupiansk", story="s1", when=0.0):
    return Statement(sentence=f"{side} {stance} {story}", speaker=None, side=side, stance=stance,
                     event=event, place=place, story_id=story, published=when)


def test_kupiansk_pair_is_one_disputed_claim_with_both_statements():
    statements = extract_statements(RU_CLAIM) + extract_statements(UA_REPLY)
    claims, changed = update_claims([], statements, now=100.0)
    assert changed == ["control:kupiansk"]
    [claim] = claims
    assert claim.status == "disputed"
    assert [(s.side, s.place) for s in claim.statements] == [("ru", "Kupiansk"), ("ua", "Kupiansk")]
    assert claim.first_seen == claim.last_update == 100.0


def test_rerunning_on_the_same_stories_changes_nothing():
    statements = extract_statements(RU_CLAIM + " " + UA_REPLY)
    claims, _ = update_claims([], statements, now=1.0)
    again, changed = update_claims(claims, extract_statements(RU_CLAIM + " " + UA_REPLY), now=2.0)
    assert changed == []
    assert len(again[0].statements) == 2 and again[0].last_update == 1.0


def test_status_rules():
    assert compute_status("control", [_st("ru", "claim")]) == "claimed"
    assert compute_status("control", [_st("ru", "claim"), _st("ua", "denial")]) == "disputed"
    assert compute_status("control", [_st("ru", "claim"), _st("ua", "claim")]) == "disputed"
    assert compute_status("strike", [_st("ru", "claim"), _st("ua", "claim")]) == "claimed"
    assert compute_status("control", [_st("ru", "claim"), _st("ua", "confirmation")]) == "confirmed"
    assert compute_status("control", [_st("ru", "claim"), _st("other", "confirmation")]) == "confirmed"
    assert compute_status("control", [_st("ru", "claim"), _st("other", "denial")]) == "refuted"
    # Ukraine saying "Kupiansk is ours" and denying Moscow's capture claim is a dispute, not a retraction.
    assert compute_status("control", [_st("ua", "claim"), _st("ua", "denial")]) == "disputed"
    assert compute_status("control", [_st("ua", "denial")]) == "disputed"
    assert compute_status("control", [_st("ru", "hedge")]) == "unverified"
    later = [_st("ru", "claim"), _st("other", "denial", when=1), _st("other", "confirmation", when=2)]
    assert compute_status("control", later) == "confirmed"


def test_user_verdict_overrides_and_survives_updates():
    claims, _ = update_claims([], [_st("ru", "claim")], now=1.0)
    set_verdict(claims[0], "refuted", "footage shows the flag was raised and removed")
    claims, _ = update_claims(claims, [_st("ua", "denial", story="s2")], now=2.0)
    assert claims[0].status == "refuted" and claims[0].verdict_note.startswith("footage")
    set_verdict(claims[0], None)
    assert claims[0].status == "disputed"


def test_negatives_give_no_statement():
    for text in (
        "Kupiansk was occupied at the start of the invasion before being liberated in 2022.",
        "Capturing Pokrovsk is Moscow's main goal in Donetsk Oblast.",
        "Pokrovsk lies about 50 kilometers northwest of Donetsk.",
        "Many residents of Kramatorsk have family in Sloviansk.",
    ):
        assert extract_statements(text) == [], text


def test_split_sentences_keeps_abbreviations_and_caps_length():
    parts = split_sentences("Lt. Gen. Syrskyi spoke. Then Kyiv replied!  New para\n\nNext one. " + "x" * 5000)
    assert parts[0] == "Lt. Gen. Syrskyi spoke."
    assert len(parts[-1]) <= 600


def test_pathological_input_is_bounded():
    text = ("Kupiansk " * 20000) + ("a" * 100000) + "'" * 50000
    assert isinstance(extract_statements(text), list)


def test_extract_document_and_claimreview_shapes():
    doc = extract_document(RU_CLAIM + " " + UA_REPLY)
    # Statements below the confidence threshold, or at no settlement, are listed apart, never counted in the claims.
    assert set(doc) == {"statements", "claims", "unplaced", "below_threshold"}
    assert all(s["confidence"] >= CONFIDENT and s["rejected"] is False for s in doc["statements"])
    assert doc["statements"][0]["stance"] == "claim" and doc["statements"][0]["place"] == "Kupiansk"
    claims, _ = update_claims([], extract_statements(RU_CLAIM + " " + UA_REPLY), now=0.0)
    [review] = claimreview(claims)
    assert review["@type"] == "ClaimReview" and review["identifier"] == "control:kupiansk"
    assert review["reviewRating"]["alternateName"] == "Disputed"


def test_claim_times_come_from_the_statements_publication_times():
    claims, _ = update_claims([], [_st("ru", "claim", story="a", when=500.0)], now=9_000.0)
    assert (claims[0].first_seen, claims[0].last_update) == (500.0, 500.0)
    claims, changed = update_claims(claims, [_st("ua", "denial", story="b", when=800.0),
                                             _st("ua", "denial", story="c", when=300.0)], now=9_500.0)
    assert changed == ["control:kupiansk"]
    assert (claims[0].first_seen, claims[0].last_update) == (300.0, 800.0)


def test_undated_statements_fall_back_to_the_processing_time():
    claims, _ = update_claims([], [_st("ru", "claim", when=None)], now=42.0)
    assert (claims[0].first_seen, claims[0].last_update) == (42.0, 42.0)


def _said(side, stance, sentence, place):
    """A standing control statement of one sentence, about `place`."""
    return Statement(sentence=sentence, speaker=None, side=side, stance=stance, event="control",
                     place=place, story_id=f"{side}-{stance}", published=0.0, confidence=0.9)


def test_footage_of_an_advance_confirms_a_capture_claim_but_not_a_claim_of_less():
    def said(side, stance, sentence):
        return _said(side, stance, sentence, "Myrnohrad")

    advance = said("other", "confirmation", "Assessment: Russian forces advance in Pokrovsk, Myrnohrad")
    encircled = said("ru", "claim", "Defence ministry: Ukrainian group encircled in Myrnohrad")
    captured = said("ru", "claim", "Russia's Defense Ministry said its forces captured Myrnohrad.")
    liberated = said("ru", "claim", "Минобороны России заявило об освобождении Мирнограда.")
    assert compute_status("control", [encircled, advance]) == "claimed"
    assert compute_status("control", [captured, advance]) == "confirmed"
    assert compute_status("control", [liberated, advance]) == "confirmed"


def test_a_share_of_a_contested_town_conceded_does_not_confirm_its_capture():
    def said(side, stance, sentence):
        return _said(side, stance, sentence, "Huliaipole")

    captured = said("ru", "claim", "Moscow's top general said his troops had captured Huliaipole.")
    held = said("ua", "denial", "Kyiv said most of Huliaipole remains in Ukrainian hands.")
    share = said("ua", "confirmation", "The southern command admitted that part of the town is held by Russian troops.")
    whole = said("ua", "confirmation", "The southern command said its units had withdrawn from Huliaipole.")
    assert compute_status("control", [captured, held, share]) == "disputed"
    assert compute_status("control", [captured, held, whole]) == "confirmed"


def test_statements_at_no_settlement_are_listed_apart():
    doc = extract_document("Russia's defence ministry said air defences shot down 12 Ukrainian drones over the "
                           "Bryansk region. The ministry also said its forces had captured Torske.")
    assert [(s["stance"], s["side"], s["place"]) for s in doc["statements"]] == [("claim", "ru", "Torske")]
    assert [(s["event"], s["place"]) for s in doc["unplaced"]] == [("shootdown", None)]
    assert [c["place"] for c in doc["claims"]] == ["Torske"]
