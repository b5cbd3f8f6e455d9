"""An outlet's own voice in Russian and Ukrainian: a party's claim it calls "alleged" is hedged by
the other side (the guide's outlets of a state speaking in their own voice), while English copy's
"allegedly" stays the reporter's; where the wounded were taken is not where the bomb fell."""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("text", "want"), [
    # Moscow's claim called "alleged" in Ukrainian or Russian: told and hedged by a Ukrainian outlet
    ("Міноборони РФ заявило про нібито взяття Ямполя.", {("claim", "ru", "Yampil"), ("hedge", "ua", "Yampil")}),
    ("Минобороны России распространило сообщение о якобы захвате Степногорска.",
     {("claim", "ru", "Stepnohirsk"), ("hedge", "ua", "Stepnohirsk")}),
    # Kyiv's claim called "alleged" in Russian: the outlet is Moscow's side
    ("Украинские военные якобы отбили атаки у Ямполя, утверждает Генштаб ВСУ.",
     {("claim", "ua", "Yampil"), ("hedge", "ru", "Yampil")}),
    # control: English copy's "allegedly" is the wire reporter's, an independent voice
    ("Russia's defence ministry said its forces had allegedly captured Siversk.",
     {("claim", "ru", "Siversk"), ("hedge", "other", "Siversk")}),
])
def test_an_outlets_alleged_is_hedged_in_its_own_voice(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # the people hurt in a village were driven to the city: the village was hit
    ("Поранених мешканців села Ківшарівка після удару КАБом вивезли до Харкова, повідомив Синєгубов.",
     {("claim", "ua", "Kivsharivka")}),
    ("Раненых жителей Петропавловки после удара КАБа смогли вывезти в Харьков, сообщил Синегубов.",
     {("claim", "ua", "Petropavlivka")}),
    ("A Russian glide bomb hit a house in Kivsharivka, and two wounded were taken to a hospital in Kharkiv, the governor said.",
     {("claim", "ua", "Kivsharivka")}),
])
def test_where_the_wounded_were_taken_is_not_where_it_hit(text, want):
    assert said(text) == want
