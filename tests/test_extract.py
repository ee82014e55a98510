"""The extractor: meetings, people, offices, dates and places from article text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import article
from timeline.extract import extract
from timeline.model import ArticleIngested, MeetingReported, OfficeObserved

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"


def read(text: str, published: str | None = "2024-11-14") -> list[MeetingReported]:
    item = article.from_bytes(text.encode(), source_name="test.txt", published=published)
    events, _ = extract(item)
    return [e for e in events if isinstance(e, MeetingReported)]


def people(meeting: MeetingReported) -> set[tuple[str, str | None, str]]:
    return {(p.name, p.country, p.role) for p in meeting.participants}


# -- the seeds, in full ----------------------------------------------------------


def seed_meetings(name: str) -> list[dict[str, object]]:
    item = article.from_bytes((ROOT / "seeds" / name).read_bytes(), source_name=name)
    events, _ = extract(item)
    return [
        {
            "date": e.date.to_str(),
            "kind": e.meeting_kind,
            "place": e.place,
            "countries": list(e.countries),
            "participants": [[p.name, p.country, p.role, p.title] for p in e.participants],
        }
        for e in events
        if isinstance(e, MeetingReported)
    ]


def test_seed_2023_matches_its_golden_file() -> None:
    """The 2023 APEC article: the trilateral, the UN meeting, Camp David, the planned Biden-Xi summit."""
    expected = json.loads((GOLDEN / "seed_000.json").read_text(encoding="utf-8"))
    assert seed_meetings("000_6aeff7dc8888fcec.txt") == expected


def test_seed_2024_matches_its_golden_file() -> None:
    """The 2024 APEC article: three bilaterals with Blinken, dated Thursday, no place."""
    expected = json.loads((GOLDEN / "seed_002.json").read_text(encoding="utf-8"))
    assert seed_meetings("002_01f6e1234a8a0ed4.txt") == expected


# -- people, titles, countries -----------------------------------------------------


def test_titles_in_every_order() -> None:
    """Title before, after, with "of", possessive, appositive: each gives office and country."""
    [meeting] = read(
        "Foreign Minister Park Jin of South Korea, U.S. Secretary of State Antony Blinken and "
        "Japanese Foreign Minister Yoko Kamikawa met in Lima on Thursday."
    )
    assert people(meeting) == {
        ("Park Jin", "KR", "foreign minister"),
        ("Antony Blinken", "US", "foreign minister"),
        ("Yoko Kamikawa", "JP", "foreign minister"),
    }
    assert meeting.place == "Lima"


def test_readout_style_family_names_in_capitals() -> None:
    """ "Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan" is Takeshi Iwaya, Japan's foreign minister."""
    [meeting] = read(
        "On November 14, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with "
        "H.E. Mr. CHO Tae-yul, Minister of Foreign Affairs of the Republic of Korea."
    )
    assert people(meeting) == {
        ("Takeshi Iwaya", "JP", "foreign minister"),
        ("Cho Tae-yul", "KR", "foreign minister"),
    }
    assert meeting.date.to_str() == "2024-11-14"


def test_counterpart_shares_the_office() -> None:
    """ "his Canadian counterpart Melanie Joly" is Canada's foreign minister when he is the US one."""
    [meeting] = read(
        "U.S. Secretary of State Antony Blinken met his Canadian counterpart Melanie Joly on Thursday."
    )
    assert ("Melanie Joly", "CA", "foreign minister") in people(meeting)


def test_surname_alone_resolves_within_the_article() -> None:
    """Later "Blinken" and "Secretary Blinken" are the same person as "Antony Blinken"."""
    meetings = read(
        "U.S. Secretary of State Antony Blinken arrived in Seoul on Thursday.\n"
        "Blinken met South Korean Foreign Minister Cho Tae-yul there."
    )
    assert {p.name for m in meetings for p in m.participants} == {"Antony Blinken", "Cho Tae-yul"}


def test_former_and_elect_do_not_hold_the_office() -> None:
    """A president-elect is not the head of state; the office observation says designate."""
    item = article.from_bytes(
        b"President-elect Donald Trump met Japanese Prime Minister Shigeru Ishiba on Friday.",
        source_name="t",
        published="2024-12-20",
    )
    events, _ = extract(item)
    [meeting] = [e for e in events if isinstance(e, MeetingReported)]
    assert ("Donald Trump", None, "other") in people(meeting)
    observed = {(e.name, e.status) for e in events if isinstance(e, OfficeObserved)}
    assert ("Donald Trump", "designate") in observed


def test_acting_holder_holds_the_office_and_is_marked() -> None:
    """An acting president is head of state while acting, and marked so."""
    [meeting] = read(
        "U.S. Secretary of State Antony Blinken called on acting President Choi Sang-mok in Seoul on Monday.",
        published="2025-01-06",
    )
    choi = next(p for p in meeting.participants if p.name == "Choi Sang-mok")
    assert (choi.role, choi.status) == ("head of state", "acting")


def test_capitals_are_governments_not_people() -> None:
    """Seoul, Tokyo and Washington are never taken for participants."""
    meetings = read("Seoul, Tokyo and Washington agreed to cooperate, officials said on Thursday.")
    assert meetings == []


# -- meetings ------------------------------------------------------------------------


def test_meetings_with_counterparts_from_several_countries_are_bilaterals() -> None:
    """ "held meetings with his counterparts from A, B and C" is three meetings, filled in by later paragraphs."""
    meetings = read(
        "U.S. Secretary of State Antony Blinken held meetings Thursday with his counterparts from South Korea, "
        "Japan and Canada.\nMeeting with South Korean Foreign Minister Cho Tae-yul, Blinken discussed North Korea.\n"
    )
    assert sorted(tuple(m.countries) for m in meetings) == [("CA", "US"), ("JP", "US"), ("KR", "US")]
    korea = next(m for m in meetings if "KR" in m.countries)
    assert {p.name for p in korea.participants} == {"Antony Blinken", "Cho Tae-yul"}
    assert "North Korea" in korea.topics


def test_hopes_and_denials_are_not_meetings() -> None:
    """Hopes, refusals and denials report no meeting."""
    assert (
        read(
            "Foreign Minister Park Jin of South Korea hopes to hold talks with Chinese Foreign Minister Wang Yi."
        )
        == []
    )
    assert (
        read(
            "Foreign Minister Park Jin of South Korea did not meet Chinese Foreign Minister Wang Yi on Thursday."
        )
        == []
    )


def test_planned_meeting_is_planned_with_its_date() -> None:
    """ "is scheduled to meet ... on Tuesday" is planned for the coming Tuesday."""
    [meeting] = read(
        "Blinken flies on to Tokyo, where U.S. Secretary of State Antony Blinken is scheduled to meet Japanese "
        "Foreign Minister Takeshi Iwaya on Tuesday.",
        published="2025-01-06",
    )
    assert meeting.meeting_kind == "planned"
    assert meeting.date.to_str() == "2025-01-07"


def test_phone_and_video_kinds() -> None:
    """Phone calls are calls, video summits are videos, and neither has a place."""
    [call] = read(
        "Chinese Foreign Minister Wang Yi told U.S. Secretary of State Marco Rubio in their first phone call on Friday that talks matter.",
        published="2025-01-25",
    )
    assert call.meeting_kind == "call"
    assert call.date.to_str() == "2025-01-24"
    [video] = read(
        "U.S. President Joe Biden and Chinese President Xi Jinping held a video summit on Monday.",
        published="2021-11-16",
    )
    assert video.meeting_kind == "video"


def test_dateline_city_is_not_the_place() -> None:
    """ "ISTANBUL" heading a story is where the reporter was."""
    [meeting] = read(
        "ISTANBUL\nU.S. Secretary of State Antony Blinken met Japanese Foreign Minister Takeshi Iwaya on Thursday."
    )
    assert meeting.place is None


def test_past_meeting_in_passing_has_its_own_date() -> None:
    """ "since the ... last month" meetings are dated at month precision, apart from the story's meeting."""
    meetings = read(
        "SEOUL, Nov. 14 -- Foreign Minister Cho Tae-yul of South Korea met Japanese Foreign Minister Takeshi Iwaya "
        "in Seoul on Thursday.\nThe two ministers had met in person once before, in Munich last month."
    )
    assert sorted(m.date.to_str() for m in meetings) == ["2024-10", "2024-11-14"]


def test_approximate_dates_say_so() -> None:
    """ "less than two months ago" is an approximate month."""
    meetings = read(
        "WASHINGTON, Nov. 14 - Foreign Minister Park Jin of South Korea and U.S. Secretary of State Antony Blinken "
        "met on Thursday. This meeting follows their brief discussion in New York less than two months ago."
    )
    earlier = next(m for m in meetings if m.date.precision == "month")
    assert earlier.date.to_str() == "2024-09~"


def test_without_published_date_relative_dates_stay_unknown() -> None:
    """No published date: "Thursday" is not resolved, and the problem is reported."""
    item = article.from_bytes(
        b"U.S. Secretary of State Antony Blinken met Japanese Foreign Minister Takeshi Iwaya on Thursday.",
        source_name="t",
    )
    events, problems = extract(item)
    [meeting] = [e for e in events if isinstance(e, MeetingReported)]
    assert not meeting.date.known
    assert any("no published date" in p for p in problems)


@pytest.mark.xfail(strict=True, reason="staged extractor gap: the Foreign Secretary title said of Cameron later is not yet bound to him (he stays a former prime minister only)")
def test_every_official_mention_is_an_office_observation() -> None:
    """An article without meetings still yields who held which office."""
    item = article.from_bytes(
        b"LONDON, Nov 13 - Former prime minister David Cameron returned on Monday as Britain's Foreign Secretary.",
        source_name="t",
        published="2023-11-13",
    )
    events, _ = extract(item)
    assert not [e for e in events if isinstance(e, MeetingReported)]
    observed = {(e.name, e.role, e.status) for e in events if isinstance(e, OfficeObserved)}
    assert ("David Cameron", "foreign minister", "holder") in observed
    assert ("David Cameron", "head of government", "former") in observed


def test_evidence_points_into_the_text() -> None:
    """Every event's span and sentence can be found in the stored article text."""
    item = article.from_bytes((ROOT / "seeds" / "002_01f6e1234a8a0ed4.txt").read_bytes(), source_name="s")
    events, _ = extract(item)
    ingested = events[0]
    assert isinstance(ingested, ArticleIngested)
    for event in events[1:]:
        assert isinstance(event, MeetingReported | OfficeObserved)
        evidence = event.evidence
        assert ingested.text[evidence.start : evidence.end] == evidence.sentence


# -- robustness ---------------------------------------------------------------------


@settings(max_examples=150)
@given(st.text(max_size=600), st.none() | st.dates().map(lambda d: pendulum.date(d.year, d.month, d.day)))
def test_extractor_never_raises_and_is_deterministic(text: str, published: pendulum.Date | None) -> None:
    """Any text yields events and problems, the same each time."""
    item = article.Article(id="ab" * 16, text=text, published=published)
    first = extract(item)
    assert extract(item) == first
    assert isinstance(first[0][0], ArticleIngested)


_CUT_STORIES = [
    "Pak FM Zardari, Russian Counterpart\nLavrov Discuss Matters of Mutual Interest",
    "TOKYO, Sept. 18 Kyodo - Prior to the meetings with Sato and Lee, the new Japanese leader and head of the "
    "Democratic Party, Ken Mori, will fly to New York.",
    "Mr. Ibrahim Solih, President of the Maldives, Ms. Amina Hasan, Prime Minister of Bangladesh and the "
    "Foreign Minister of Nepal, Ram Oli, spoke by phone.",
]


@pytest.mark.parametrize("story", _CUT_STORIES)
def test_extractor_never_raises_on_a_story_cut_after_any_word(story: str) -> None:
    """Stored pages end mid-sentence, often inside a title ("the new Japanese leader and head of"): every
    word's end is a place a text may stop."""
    for cut in [m.end() for m in re.finditer(r"\S+", story)]:
        item = article.Article(id="ab" * 16, text=story[:cut], published=pendulum.date(2009, 9, 18))
        events, _ = extract(item)
        assert isinstance(events[0], ArticleIngested)


@settings(max_examples=60)
@given(
    st.lists(
        st.sampled_from(
            [
                "Foreign Minister",
                "U.S.",
                "Secretary of State",
                "Park Jin",
                "met",
                "held talks with",
                "Japanese",
                "IWAYA Takeshi,",
                "on Thursday",
                "and",
                "his counterpart",
                "Mr.",
                "then-",
                "former",
                "Seoul",
                "the two",
                "(local time)",
                "Oct. 31",
                ",",
                ".",
                "\n",
                "who",
                "trilateral",
                "summit",
                "call",
                "will meet",
            ]
        ),
        max_size=80,
    )
)
def test_extractor_survives_official_word_salad(words: list[str]) -> None:
    """Sentences built from the extractor's own trigger words never make it raise."""
    item = article.Article(id="cd" * 16, text=" ".join(words), published=pendulum.date(2024, 11, 14))
    events, _ = extract(item)
    assert events


def test_a_meeting_dated_after_publication_is_planned() -> None:
    """ "meet separately Monday" in a Friday story is a plan, whatever the verb's form."""
    [meeting] = read(
        "Israeli Prime Minister Benjamin Netanyahu meets U.S. Secretary of State Madeleine Albright in London "
        "on Monday.",
        published="1998-05-01",
    )
    assert meeting.meeting_kind == "planned"
    assert meeting.date.to_str() == "1998-05-04"


def test_name_particles_stay_in_names() -> None:
    """ "President Daniel arap Moi" keeps his whole name."""
    [meeting] = read(
        "Kenyan President Daniel arap Moi met U.S. Secretary of State Madeleine Albright on Tuesday."
    )
    assert "Daniel arap Moi" in {p.name for p in meeting.participants}


@pytest.mark.xfail(strict=True, reason="staged extractor gap: grouping attendance (G7 members met one-on-one that day) is not carried over from the rule reader yet")
def test_members_met_one_on_one_at_a_grouping_meeting_attended_it() -> None:
    """A member's official met one-on-one on the day of a G7 meeting was at it; a guest from outside was not."""
    meetings = read(
        "TORONTO, Nov. 14 -- Foreign ministers of the Group of Seven ended their meeting in Toronto on Thursday "
        "with a joint statement on Ukraine, with host Anna Brook saying the group had held together.\n\n"
        "Brook opened the sessions on Wednesday after a one-on-one meeting with Japanese Foreign Minister Kenji "
        "Sato; later that day she held bilateral talks with Chinese Foreign Minister Li Wen. British Foreign "
        "Secretary Tom Hale also took part in the meeting."
    )
    by_size = sorted(meetings, key=lambda m: -len(m.participants))
    assert people(by_size[0]) == {
        ("Anna Brook", "CA", "foreign minister"),
        ("Kenji Sato", "JP", "foreign minister"),
        ("Tom Hale", "GB", "foreign minister"),
    }
    assert {frozenset(p[0] for p in people(m)) for m in by_size[1:]} == {
        frozenset({"Anna Brook", "Kenji Sato"}),
        frozenset({"Anna Brook", "Li Wen"}),
    }


def test_the_leader_called_on_where_the_meeting_is_belongs_to_that_country() -> None:
    """Visitors calling on a bare "Prime Minister" in a city of the host: the host's leader, beside its minister.

    The parser hangs "called" on "the two ministers" as a clause of theirs; the ministers are its subject,
    and the call a meeting of its own. The prime minister is the host's: the story speaks from Perth and
    both sides he meets are named."""
    [talks, call] = read(
        "PERTH, Nov. 14 -- Australian Foreign Minister Jane Marsh hosted Japan's Foreign Minister Kenji Sato "
        "in Perth on Thursday for talks on maritime security. Before the talks began, the two ministers called "
        "on Prime Minister Tom Reid."
    )
    assert ("Tom Reid", "AU", "head of government") in people(call)
    assert ("Tom Reid", "AU", "head of government") not in people(talks)


def test_a_bare_foreign_minister_is_not_the_home_one_where_that_office_has_its_own_title() -> None:
    """In a Honolulu story a bare "Foreign Minister" is not American: the US one is the Secretary of State."""
    [meeting] = read(
        "HONOLULU, Nov. 14 -- The top diplomats of South Korea, the United States and Japan met in Hawaii on "
        "Thursday.\n\nForeign Minister Kim Min-su, U.S. Secretary of State Antony Blinken and Japanese Foreign "
        "Minister Kenji Sato held the trilateral talks in Honolulu."
    )
    assert ("Kim Min-su", "KR", "foreign minister") in people(meeting)
    seoul = read("SEOUL, Nov. 14 -- Foreign Minister Kim Min-su met Japanese Foreign Minister Kenji Sato on Thursday.")
    assert ("Kim Min-su", "KR", "foreign minister") in people(seoul[0])


def test_cities_name_their_country() -> None:
    """Large cities map to their country, the largest of a shared name winning; small places stay unknown."""
    from timeline import gazetteer

    assert gazetteer.place_country("Melbourne") == "AU"  # not Melbourne, Florida
    assert gazetteer.place_country("Busan") == "KR"
    assert gazetteer.place_country("Sao Paulo") == gazetteer.place_country("São Paulo") == "BR"
    assert gazetteer.place_country("La Malbaie") is None
    # a city written in its own language's spelling, its words apart: "Hà Nội", "Đà Nẵng"
    assert gazetteer.place_country("Hà Nội") == gazetteer.place_country("Ha Noi") == "VN"
    assert gazetteer.place_country("Đà Nẵng") == "VN"


def test_a_dissolved_states_seat_is_its_successors() -> None:
    """Belgrade is Serbia's: Serbia and Montenegro, larger, no longer exists (its names stay its own)."""
    from timeline import gazetteer

    assert gazetteer.place_country("Belgrade") == gazetteer.lookup_country("Belgrade") == "RS"
    assert gazetteer.lookup_country("Willemstad") == "CW"
    assert gazetteer.lookup_country("Yugoslavia") == "CS"
    [meeting] = read(
        "BELGRADE, April 12 (Tanjug) - While in Belgrade, the French foreign minister Jean Dupuis will speak "
        "with Prime Minister Ana Kovic on Friday.",
        published="2018-04-10",
    )
    assert ("Ana Kovic", "RS", "head of government") in people(meeting)


def test_a_demonym_several_countries_claim_is_the_largest_ones() -> None:
    """ "French" is France's (not a French territory's), "Congolese" the larger Congo's."""
    from timeline import gazetteer

    assert gazetteer.lookup_country("French") == "FR"
    assert gazetteer.lookup_country("Danish") == "DK"
    [meeting] = read(
        "Secretary of State Antony Blinken held a video call on Thursday with French Foreign Minister "
        "Claire Dupont."
    )
    assert ("Claire Dupont", "FR", "foreign minister") in people(meeting)


@pytest.mark.xfail(strict=True, reason="staged extractor gap: a list of counterparts 'from A, B and C' named with titles is not matched to the countries in order")
def test_counterparts_named_with_their_title_are_of_the_counterparts_country() -> None:
    """ "their Philippine counterparts, Foreign Secretary X": Philippine, whatever country the title suggests."""
    meetings = read(
        "Japanese Foreign Minister Kenji Sato and Defense Minister Aki Mori held talks on Monday with their "
        "Philippine counterparts, Foreign Secretary Ramon Cruz and Defense Secretary Luis Reyes."
    )
    assert ("Ramon Cruz", "PH", "foreign minister") in people(meetings[0])


def test_relative_days_count_from_the_datelines_day() -> None:
    """A story datelined the day before it was published: "today" is the dateline's day."""
    [meeting] = read(
        "WASHINGTON, Nov. 13 -- Secretary of State Antony Blinken spoke today with Ukrainian Foreign Minister "
        "Ivan Bondar about air defence.",
        published="2024-11-14",
    )
    assert meeting.date.to_str() == "2024-11-13"
    [same_day] = read(
        "WASHINGTON, Nov. 14 -- Secretary of State Antony Blinken spoke today with Ukrainian Foreign Minister "
        "Ivan Bondar about air defence.",
        published="2024-11-14",
    )
    assert same_day.date.to_str() == "2024-11-14"


@pytest.mark.xfail(strict=True, reason="staged extractor gap: a leader meeting without a country cue is not given the story's other side when the story names both sides equally")
def test_in_a_story_between_two_countries_the_other_sides_leader_is_the_other_country() -> None:
    """A leader without a country speaking with the one side's leader, in a two-country story, is the other's."""
    meetings = read(
        "BEIJING, Nov. 14 -- British Foreign Secretary Tom Hale met his Chinese counterpart Li Wen in Beijing on "
        "Thursday.\n\nLast month, Prime Minister Ann Grey spoke by phone with Chinese President Zhao Ming, the "
        "first call between the countries' leaders in two years."
    )
    call = next(m for m in meetings if m.meeting_kind == "call")
    assert people(call) == {("Ann Grey", "GB", "head of government"), ("Zhao Ming", "CN", "head of state")}


def test_a_day_opening_another_clause_is_not_the_meetings() -> None:
    """ "met X, and on Saturday travels to Shanghai": met on the story's day, and not in Shanghai."""
    meetings = read(
        "BEIJING, Nov. 14 -- British Foreign Secretary Tom Hale met Chinese Foreign Minister Li Wen in Beijing on "
        "Thursday.\n\nHale also met Vice President Zhao Ming, and on Saturday travels to Shanghai."
    )
    vice = next(m for m in meetings if "Zhao Ming" in {p.name for p in m.participants})
    assert vice.date.to_str() == "2024-11-14"
    assert vice.meeting_kind == "in-person"
    assert vice.place != "Shanghai"


def test_a_former_office_holder_opening_a_sentence_is_a_person_who_meets() -> None:
    """ "Former British Prime Minister X met ..." is a meeting; X is British and holds no office now."""
    [meeting] = read(
        "KYIV, Nov. 14 -- Former British Prime Minister Tom Reid met Ukrainian President Ivan Bondar in Kyiv on "
        "Thursday, his office said.\n\nUkraine's Foreign Minister Oleh Marko did not meet Reid, a spokesman said."
    )
    assert people(meeting) == {("Tom Reid", "GB", "other"), ("Ivan Bondar", "UA", "head of state")}


@pytest.mark.xfail(strict=True, reason="staged extractor gap: 'here' is not resolved to the dateline's city as the place")
def test_here_is_the_datelines_city() -> None:
    """ "held talks ... here on Tuesday" in a story filed from Moscow: in Moscow."""
    [meeting] = read(
        "MOSCOW, Nov. 12 (Xinhua) -- Chinese Foreign Minister Li Wen held talks with Russian Foreign Minister "
        "Ivan Petrov here on Tuesday."
    )
    assert meeting.place == "Moscow"
    assert meeting.date.to_str() == "2024-11-12"


@pytest.mark.xfail(strict=True, reason="staged extractor gap: a past meeting's own month in a relative clause is not taken over the story's date")
def test_talks_the_subjects_held_have_their_own_date_and_place() -> None:
    """ "X and Y agreed Monday ..., during talks held in Rio last month": X and Y met, last month, in Rio."""
    [meeting] = read(
        "TOKYO, Nov. 14 -- Japanese Foreign Minister Kenji Sato and his South Korean counterpart Kim Min-su agreed "
        "on Thursday to keep working closely on North Korea, during talks held on the sidelines of the G20 summit "
        "in Rio de Janeiro last month."
    )
    assert {p.name for p in meeting.participants} == {"Kenji Sato", "Kim Min-su"}
    assert meeting.date.to_str() == "2024-10"
    assert meeting.place == "Rio de Janeiro"


def test_a_group_who_met_earlier_is_an_earlier_meeting() -> None:
    """ "The two leaders, who met last week in Paris, ...": a meeting of its own, not folded into today's."""
    meetings = read(
        "BERLIN, Nov. 14 -- French President Paul Martin and German Chancellor Karl Weber held talks outside Berlin "
        "on Thursday.\n\nThe two leaders, who met in Paris in September, discussed European defence."
    )
    assert sorted((m.date.to_str(), m.place) for m in meetings) == [("2024-09", "Paris"), ("2024-11-14", None)]


def test_the_two_with_one_of_them_named_is_that_ones_pair() -> None:
    """ "The meeting with Li was the first since the two spoke by phone": Li and whoever met Li, not the last pair."""
    meetings = read(
        "Secretary of State Antony Blinken and Chinese Foreign Minister Li Wen met in Munich on Thursday. Blinken "
        "also held a meeting with Indian External Affairs Minister Ravi Rao.\n\nThe meeting with Li was the first "
        "since the two spoke by phone on Oct. 26."
    )
    call = next(m for m in meetings if m.meeting_kind == "call")
    assert {p.name for p in call.participants} == {"Antony Blinken", "Li Wen"}


def test_names_next_to_month_words_titles_and_particles() -> None:
    """ "Dong Jun on Tuesday", "Theresa May", "European Council President Charles Michel", "Ursula von der Leyen"."""
    meetings = read(
        "U.S. Defense Secretary Lloyd Austin held a video call with Chinese Defence Minister Dong Jun on Tuesday.\n\n"
        "European Commission President Ursula von der Leyen and European Council President Charles Michel met "
        "Chinese President Xi Jinping in Beijing on Thursday.\n\n"
        "Former British Prime Minister Theresa May met Japanese Prime Minister Fumio Kishida in May 2023."
    )
    names = {p.name for m in meetings for p in m.participants}
    assert {"Dong Jun", "Ursula von der Leyen", "Charles Michel", "Theresa May"} <= names
    assert not any(n in names for n in ("Dong", "Ursula", "Leyen", "Council President Charles Michel"))


def test_seats_of_government_and_calls_by_telephone() -> None:
    """ "White House national security adviser" is American; "spoke with X by telephone" is a call."""
    meetings = read(
        "White House national security adviser Jake Sullivan met Chinese Premier Li Qiang in Beijing on Wednesday."
        "\n\nU.N. Secretary-General Antonio Guterres spoke with Chinese President Xi Jinping by telephone on "
        "Monday."
    )
    sullivan = next(m for m in meetings if "Jake Sullivan" in {p.name for p in m.participants})
    assert ("Jake Sullivan", "US", "national security adviser") in people(sullivan)
    guterres = next(m for m in meetings if "Antonio Guterres" in {p.name for p in m.participants})
    assert guterres.meeting_kind == "call"


def test_a_meeting_counted_in_passing_is_the_one_just_told() -> None:
    """ "..., their second conversation this year": not another meeting dated "this year"."""
    [meeting] = read(
        "U.S. Defense Secretary Lloyd Austin held a video call with Chinese Defence Minister Dong Jun on Tuesday, "
        "their second conversation this year."
    )
    assert meeting.date.to_str() == "2024-11-12"


@pytest.mark.xfail(strict=True, reason="staged extractor gap: 'the leaders' is resolved to the last ministers named rather than to the leaders")
def test_the_leaders_are_the_leaders_not_the_last_ministers() -> None:
    """ "The three countries' leaders last met in Seoul in May, when A hosted B and C": the leaders, not the ministers."""
    meetings = read(
        "SEOUL, Nov. 14 -- Foreign Minister Kim Min-su will host his Japanese and Chinese counterparts, Kenji Sato "
        "and Li Wen, in Seoul on Saturday.\n\nThe three countries' leaders last met in Tokyo in May, when Japanese "
        "Prime Minister Taro Ono hosted South Korean President Park Soo and Chinese Premier Zhao Ming.\n\n"
        "British Prime Minister Theresa May met Japanese Prime Minister Fumio Kishida in Tokyo on Monday."
    )
    may = [m for m in meetings if m.date.to_str() == "2024-05"]
    assert [{p.name for p in m.participants} for m in may] == [{"Taro Ono", "Park Soo", "Zhao Ming"}]
    theresa = next(m for m in meetings if "Theresa May" in {p.name for p in m.participants})
    assert theresa.date.to_str() == "2024-11-11"


@pytest.mark.xfail(strict=True, reason="staged extractor gap: the side of an untitled nominee is not given its country")
def test_a_nominee_calls_and_calls_on_and_the_two_sides_are_two_countries() -> None:
    """ "Foreign Minister nominee X held phone talks with Y", "paid a courtesy call on Prime Minister Z",
    "the two sides plan to meet": the nominee is there (not as a holder), and the sides are X and Y."""
    meetings = read(
        "SEOUL, Nov. 14 -- Foreign Minister nominee Kim Min-su held phone talks with Japanese Foreign Minister "
        "Kenji Sato on the 13th, his office said.\n\nKim, who is awaiting a confirmation hearing, also paid a "
        "courtesy call on Prime Minister Lee Joon on Wednesday.\n\nThe two sides plan to hold an in-person "
        "meeting at an early date."
    )
    by_kind = {m.meeting_kind: m for m in meetings}
    assert people(by_kind["call"]) == {("Kim Min-su", "KR", "other"), ("Kenji Sato", "JP", "foreign minister")}
    assert by_kind["call"].date.to_str() == "2024-11-13"
    assert {p.name for p in by_kind["in-person"].participants} == {"Kim Min-su", "Lee Joon"}
    assert {p.name for p in by_kind["planned"].participants} == {"Kim Min-su", "Kenji Sato"}


def test_received_by_a_prince_and_a_counterpart_with_a_princely_title() -> None:
    """ "Crown Prince X received Y", "met his Saudi counterpart Prince Z", not "co-chaired a meeting of ..."."""
    meetings = read(
        "JEDDAH, Nov. 14 -- Saudi Crown Prince Khalid bin Fahd received US Secretary of State Antony Blinken in "
        "Jeddah late Tuesday.\n\nBlinken on Wednesday met his Saudi counterpart Prince Faisal bin Saad, and on "
        "Thursday co-chaired a meeting of the Global Coalition in Riyadh."
    )
    assert sorted((m.date.to_str(), frozenset(p.name for p in m.participants)) for m in meetings) == [
        ("2024-11-12", frozenset({"Khalid bin Fahd", "Antony Blinken"})),
        ("2024-11-13", frozenset({"Antony Blinken", "Faisal bin Saad"})),
    ]
    faisal = next(p for m in meetings for p in m.participants if p.name == "Faisal bin Saad")
    assert (faisal.country, faisal.role) == ("SA", "foreign minister")


def test_her_counterpart_is_the_subjects_counterpart() -> None:
    """ "X met Prime Minister Y before holding talks with her counterpart Z": Z is X's counterpart, a minister."""
    meetings = read(
        "NEW DELHI, Nov. 14 -- German Foreign Minister Anna Vogel met Indian Prime Minister Ravi Rao on Thursday "
        "before holding talks with her counterpart Amit Shah."
    )
    shah = next(p for m in meetings for p in m.participants if p.name == "Amit Shah")
    assert shah.role == "foreign minister"


def test_an_appointment_gives_the_office_and_the_one_replaced_held_it() -> None:
    """ "X was appointed foreign minister ..., replacing Y": X holds it, Y no longer; hopes to meet are no meeting."""
    item = article.from_bytes(
        b"TOKYO, Oct. 1 -- Kenji Sato was appointed foreign minister on Tuesday in the Cabinet of new Prime "
        b"Minister Taro Ono, replacing Aiko Mori, who had held the post since 2023.\n\nSato, a former defense "
        b"minister, said he would seek to meet his U.S. counterpart Antony Blinken soon.",
        source_name="t.txt",
        published="2024-10-01",
    )
    events, _ = extract(item)
    observed = {(e.name, e.role, e.status) for e in events if isinstance(e, OfficeObserved)}
    assert ("Kenji Sato", "foreign minister", "holder") in observed
    assert ("Aiko Mori", "foreign minister", "former") in observed
    assert ("Antony Blinken", "foreign minister", "holder") in observed
    assert not any(role == "head of government" for name, role, _ in observed if name != "Taro Ono")
    assert not [e for e in events if isinstance(e, MeetingReported)]


@pytest.mark.xfail(strict=True, reason="staged extractor gap: 'in the Laotian capital' is not resolved to the capital city as the place")
def test_in_a_demonym_capital_is_that_countrys_capital() -> None:
    """ "in the Lao capital": Vientiane."""
    [meeting] = read(
        "Russian Foreign Minister Ivan Petrov and Chinese Foreign Minister Li Wen held talks on the sidelines of "
        "the ASEAN meetings in the Lao capital on Thursday."
    )
    assert meeting.place == "Vientiane"


def test_first_names_that_are_also_place_words_stay_in_the_name() -> None:
    """ "Peter" (St. Peter Port), "George" (St. George's), a surname ending in s: all names."""
    meetings = read(
        "Secretary of State Antony Blinken met Australian Foreign Minister Peter Lang on Monday. British "
        "Foreign Secretary George Hale met New Zealand Foreign Minister Winston Peters on Tuesday.\n\n"
        "She and Peters last met in person in Wellington in February."
    )
    names = {p.name for m in meetings for p in m.participants}
    assert {"Peter Lang", "George Hale", "Winston Peters"} <= names


def test_she_and_a_name_is_the_last_subject_and_that_name() -> None:
    """ "She and Peters last met in Wellington in February": the story's subject and Peters, then."""
    meetings = read(
        "SUVA, Nov. 14 -- Australian Foreign Minister Penny Wong met Fijian Prime Minister Sitiveni Rabuka on "
        "Thursday.\n\nWong also held a virtual meeting with New Zealand Foreign Minister Winston Peters. She and "
        "Peters last met in person in Wellington in February."
    )
    earlier = next(m for m in meetings if m.date.to_str() == "2024-02")
    assert {p.name for p in earlier.participants} == {"Penny Wong", "Winston Peters"}
    assert earlier.place == "Wellington"


def test_g20_members_named_by_country_hold_the_office_of_the_group() -> None:
    """ "Foreign ministers of the Group of 20 met ..., with Brazil's X hosting Russia's Y": foreign ministers."""
    meetings = read(
        "RIO DE JANEIRO, Nov. 14 -- Foreign ministers of the Group of 20 met in Rio de Janeiro on Thursday, with "
        "Brazil's Carlos Souza hosting Russia's Ivan Petrov and Britain's Tom Hale."
    )
    roles = {(p.name, p.country, p.role) for m in meetings for p in m.participants}
    assert ("Carlos Souza", "BR", "foreign minister") in roles
    assert ("Ivan Petrov", "RU", "foreign minister") in roles


def test_the_two_leaders_with_one_titled_leader() -> None:
    """ "The two leaders previously met in September 2023": the pair, though one is a "leader" of no class."""
    meetings = read(
        "PYONGYANG, Nov. 14 -- Russian President Ivan Petrov and North Korean leader Kim Jong Un signed a pact on "
        "Thursday after talks in Pyongyang.\n\nThe two leaders previously met in September 2023 in Russia."
    )
    assert sorted(m.date.to_str() for m in meetings) == ["2023-09", "2024-11-14"]


# -- people listed in step with countries or with other people ---------------------------


def test_people_listed_in_step_with_places_take_their_countries() -> None:
    """The n-th of a list of titled people without a country is of the n-th of a list of places."""
    text = (
        "Relations among Canberra, Wellington and Suva grew closer after the trilateral summit at Nadi in March, "
        "where Prime Minister Lena Hartley, Prime Minister Tomas Reid and President Ana Velo met for the first time."
    )
    (meeting,) = read(text)
    assert people(meeting) == {
        ("Lena Hartley", "AU", "head of government"),
        ("Tomas Reid", "NZ", "head of government"),
        ("Ana Velo", "FJ", "head of state"),
    }


@pytest.mark.xfail(strict=True, reason="staged extractor gap: leaders listed in step with their ministers do not take the ministers' countries")
def test_leaders_listed_in_step_with_their_ministers_take_their_countries() -> None:
    """ "X and Y ... the leaders A and B": in step, unless a meeting word puts the two lists on two sides."""
    text = (
        "Japanese Foreign Minister Aiko Sato met Canadian Foreign Minister Paul Grant in Ottawa on Tuesday.\n\n"
        "Sato and Grant reviewed the commitments made by Prime Minister Ken Mori and Prime Minister "
        "Claire Dubois at their summit in June."
    )
    summit = next(m for m in read(text) if m.date.to_str() == "2024-06")
    leaders = {(p.name, p.country) for p in summit.participants if p.role == "head of government"}
    assert leaders == {("Ken Mori", "JP"), ("Claire Dubois", "CA")}
    sides = (
        "Japanese Foreign Minister Aiko Sato and Canadian Foreign Minister Paul Grant met President Ana Velo "
        "and Prime Minister Sitiveni Rata in Suva on Tuesday."
    )
    (meeting,) = read(sides)
    assert {(p.name, p.country) for p in meeting.participants if p.role != "foreign minister"} == {
        ("Ana Velo", None),  # the other side of the meeting: not in step with the ministers
        ("Sitiveni Rata", None),
    }


@pytest.mark.xfail(strict=True, reason="staged extractor gap: 'he and X' as a subject is not split into the sentence's subject and X")
def test_he_and_a_named_person_list_the_sentences_subject() -> None:
    """ "Sato said she and Grant would report back to A and B": she is Sato."""
    text = (
        "Japanese Foreign Minister Aiko Sato met Canadian Foreign Minister Paul Grant in Ottawa on Tuesday.\n\n"
        "Sato said she and Grant would report back to Prime Minister Ken Mori and Prime Minister Claire Dubois, "
        "who are due to meet in Tokyo on Friday."
    )
    planned = next(m for m in read(text) if m.meeting_kind == "planned")
    assert {(p.name, p.country) for p in planned.participants} == {("Ken Mori", "JP"), ("Claire Dubois", "CA")}


def test_who_after_a_list_is_the_list_not_the_sentences_subject() -> None:
    """ "... report back to President A and Prime Minister B, who are due to meet": A and B, not the reporters."""
    text = (
        "Japanese Foreign Minister Aiko Sato met Canadian Foreign Minister Paul Grant in Ottawa on Tuesday.\n\n"
        "Sato said she and Grant would report back to President Ana Velo and Prime Minister Sitiveni Rata, "
        "who are due to meet in Suva on Friday."
    )
    planned = next(m for m in read(text) if m.meeting_kind == "planned")
    assert {p.name for p in planned.participants} == {"Ana Velo", "Sitiveni Rata"}


@pytest.mark.xfail(strict=True, reason="staged extractor gap: 'the two' picks the last pair named rather than the story's main pair")
def test_the_two_are_the_storys_pair_not_a_pair_named_in_passing() -> None:
    """ "the two held talks" after a pair named once: the pair the story is about."""
    text = (
        "Japanese Foreign Minister Aiko Sato and Canadian Foreign Minister Paul Grant arrived in Kyiv on Wednesday.\n\n"
        "Sato and Grant met Ukrainian Foreign Minister Oleh Bondar there. Sato said the visit mattered.\n\n"
        "Grant said they would brief President Ana Velo and Prime Minister Sitiveni Rata, who are due to meet on "
        "Friday.\n\n"
        "The journey had begun a day earlier in Warsaw, where the two held talks on reconstruction."
    )
    warsaw = next(m for m in read(text) if m.place == "Warsaw")
    assert {p.name for p in warsaw.participants} == {"Aiko Sato", "Paul Grant"}


def test_no_president_is_given_a_monarchy() -> None:
    """The one country a sentence names, or the place of a meeting, is not a President's if a monarch reigns there."""
    from timeline import gazetteer  # noqa: PLC0415 - only this test reads the table

    assert not gazetteer.title_fits("President", "CA")
    assert gazetteer.title_fits("President", "AE")
    assert not gazetteer.title_fits("King", "US")
    assert gazetteer.title_fits("Prime Minister", "CA")
    text = (
        "British Foreign Secretary Ann Lee met President Dan Moss in London on Monday.\n\n"
        "Lee said Canada's sovereignty was not up for debate, after remarks by President Dan Moss."
    )
    (meeting,) = read(text)
    assert ("Dan Moss", None, "head of state") in people(meeting)
    item = article.from_bytes(text.encode(), source_name="test.txt", published="2024-11-14")
    seen = {(e.name, e.country) for e in extract(item)[0] if isinstance(e, OfficeObserved)}
    assert ("Dan Moss", "CA") not in seen
    assert ("Dan Moss", "GB") not in seen


def test_the_second_of_two_sides_is_not_the_country_acting() -> None:
    """ "Talks between Washington and Beijing stalled after ...": Beijing is one side, not the people's country."""
    text = "Talks between Washington and Beijing stalled after President Ana Velo and Premier Tomas Reid met in Suva on Monday."
    (meeting,) = read(text)
    assert people(meeting) == {("Ana Velo", None, "head of state"), ("Tomas Reid", None, "head of government")}


_PUTIN_CALL = (
    b"published: 2021-07-05\n\nVladimir Putin had a telephone conversation with "
    b"Prime Minister of the State of Israel Naftali Bennett.\n"
)


@pytest.mark.parametrize(
    ("source", "putin"),
    [
        pytest.param(b"Kremlin", ("Vladimir Putin", "RU", "head of state"), id="seat-of-office"),
        pytest.param(b"Voice of America", ("Vladimir Putin", None, "other"), id="news-source"),
    ],
)
def test_a_seat_of_office_speaks_for_its_holder(source: bytes, putin: tuple[str, str | None, str]) -> None:
    """A Kremlin release opening with an untitled name: Russia's president; a news source gives no office."""
    item = article.from_bytes(b"source: " + source + b"\n" + _PUTIN_CALL, source_name="t")
    [meeting] = [e for e in extract(item)[0] if isinstance(e, MeetingReported)]
    assert putin in people(meeting)
    assert ("Naftali Bennett", "IL", "head of government") in people(meeting)
    assert meeting.meeting_kind == "call"
