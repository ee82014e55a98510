"""The extractor's rules, one case per example phrasing their docstrings quote (issue 15, item 2).

Each case is a rule's own example, completed into a sentence where needed, run through the stage that
owns the rule: ``normalize`` and ``parse`` for repairs and sentences, ``office`` for titles, ``mentions``
on a parsed sentence, ``cast.build`` for who is who in an article, and ``extract`` for meetings, their
kind, date and place. An example the extractor does not yet handle as documented is a strict xfail
whose reason names the gap.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

from timeline import article, gazetteer, timex
from timeline.extract import cast, extract, meetings, mentions, nlp, normalize, office, parse, pipeline
from timeline.extract.cast import Cast, Person
from timeline.extract.mentions import Office
from timeline.model import MeetingReported, OfficeObserved
from timeline.textdate import TextDate

# A Thursday: "on Monday" is 2024-11-11; "on Friday" is 2024-11-08, or 2024-11-15 when the meeting is planned.
PUBLISHED = "2024-11-14"


def gap(reason: str) -> pytest.MarkDecorator:
    """A documented example the extractor does not handle yet: a strict xfail naming the gap."""
    return pytest.mark.xfail(strict=True, reason=reason)


@functools.cache
def parsed(text: str) -> parse.Parsed:
    return parse.parse(text)


@functools.cache
def cast_of(text: str, source: str | None = None) -> Cast:
    return cast.build(parsed(text), source)


def person(text: str, name: str, source: str | None = None) -> Person:
    people = {p.name: p for p in cast_of(text, source).people}
    assert name in people, f"{name!r} not among {sorted(people)}"
    return people[name]


@functools.cache
def meetings_of(
    text: str, source: str | None = None, published: str | None = PUBLISHED
) -> tuple[MeetingReported, ...]:
    item = article.from_bytes(text.encode(), source_name="t.txt", published=published, source=source)
    events, _ = extract(item)
    return tuple(e for e in events if isinstance(e, MeetingReported))


def who(meeting: MeetingReported) -> set[tuple[str, str | None, str]]:
    return {(p.name, p.country, p.role) for p in meeting.participants}


def names_met(meetings: Sequence[MeetingReported]) -> list[list[str]]:
    """Each meeting's participants by name, sorted, meetings in the order found."""
    return [sorted(p.name for p in m.participants) for m in meetings]


def only(text: str, source: str | None = None, published: str | None = PUBLISHED) -> MeetingReported:
    found = meetings_of(text, source, published)
    assert len(found) == 1, [sorted(who(m)) for m in found]
    return found[0]


def name_tokens(doc: Doc, name: str) -> tuple[int, int]:
    """The token range of a name written in a sentence's document."""
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None, name
    return span.start, span.end


def parts(found: Office | None) -> tuple[str, str, str | None, str | None, str] | None:
    if found is None:
        return None
    return found.title, found.role, found.country, found.organisation, found.status


# -- normalize: repairs before parsing ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "repaired", "word"),
    [
        pytest.param(
            "HONOLULU, Feb. 13 (Kyodo) -- The top diplomats met.",
            "HONOLULU, Feb. 13 (Kyodo)\nThe top diplomats met.",
            "The top",
            id="dateline-own-line",
        ),
        pytest.param(
            "ISLAMABAD, AUG 27 /DNA/ – Foreign Minister Shah Mahmood Qureshi spoke.",
            "ISLAMABAD, AUG 27 /DNA/\nForeign Minister Shah Mahmood Qureshi spoke.",
            "Foreign Minister",
            id="dateline-with-a-month-in-capitals-and-an-agency-in-slashes-own-line",
        ),
        pytest.param(
            "KUALA LUMPUR (May 10): At the summit Prime Minister Anwar Ibrahim spoke.",
            "KUALA LUMPUR, May 10\nAt the summit Prime Minister Anwar Ibrahim spoke.",
            "summit",
            id="bracketed-dateline-own-line",
        ),
        pytest.param(
            "Tehran, Aug 26 (IANS) Iranian Foreign Minister Abbas Araghchi spoke.",
            "Tehran, Aug 26 (IANS)\nIranian Foreign Minister Abbas Araghchi spoke.",
            "Iranian",
            id="agency-dateline-own-line",
        ),
        pytest.param(
            "The Emir met the President of the brotherly Republic of Iraq.",
            "The Emir met the President of the Republic of Iraq.",
            "Republic",
            id="an-agencys-epithet-for-a-state",
        ),
        pytest.param(
            "The Amir H H Sheikh Tamim met Abbas.",
            "The Emir Sheikh Tamim met Abbas.",
            "Sheikh",
            id="a-gulf-papers-highness-without-points",
        ),
        pytest.param(
            "Rome, Oct 24, (dpa/GNA) – Italian Prime Minister Giorgia Meloni has met Emmanuel Macron.",
            "Rome, Oct 24, (dpa/GNA)\nItalian Prime Minister Giorgia Meloni has met Emmanuel Macron.",
            "Italian",
            id="agencies-dateline-after-a-comma-own-line",
        ),
        pytest.param(
            "Washington [US], April 20 (ANI): Union Finance Minister Nirmala Sitharaman spoke.",
            "Washington [US], April 20 (ANI)\nUnion Finance Minister Nirmala Sitharaman spoke.",
            "Union",
            id="agency-dateline-bracketed-country",
        ),
        pytest.param(
            "(Kyodo)--Japanese Foreign Minister Yoko Kamikawa met reporters.",
            "(Kyodo) -- Japanese Foreign Minister Yoko Kamikawa met reporters.",
            "Japanese",
            id="dash-between-words",
        ),
        pytest.param(
            "Mauro Vieira,Minister of Foreign Affairs of Brazil, arrived.",
            "Mauro Vieira, Minister of Foreign Affairs of Brazil, arrived.",
            "Minister",
            id="comma-gets-space",
        ),
        pytest.param(
            "H.E. Mr. Fumio Kishida arrived.", "Fumio Kishida arrived.", "Fumio", id="honorific-he-mr"
        ),
        pytest.param(
            "The Rt Hon Dominic Raab arrived.", "Dominic Raab arrived.", "Dominic", id="honorific-rt-hon"
        ),
        pytest.param("H.E. Amb. Mauro Vieira arrived.", "Mauro Vieira arrived.", "Mauro", id="honorific-amb"),
        pytest.param(
            "He met Mr. Lavrov, Sergey Viktorovich, Minister of Foreign Affairs, in Tokyo.",
            "He met Sergey Viktorovich Lavrov, Minister of Foreign Affairs, in Tokyo.",
            "in",
            id="family-comma-given-before-a-title",
        ),
        pytest.param(
            "He met H.E. Mr. Al-Jubeir, Adel bin Ahmed, Minister of Foreign Affairs.",
            "He met Adel bin Ahmed Al-Jubeir, Minister of Foreign Affairs.",
            "Minister",
            id="family-comma-given-with-particle",
        ),
        pytest.param(
            "(MENAFN- Swissinfo) Swiss Foreign Minister Ignazio Cassis received his counterpart.",
            "(MENAFN- Swissinfo)\nSwiss Foreign Minister Ignazio Cassis received his counterpart.",
            "Swiss",
            id="aggregator-tag-own-line",
        ),
        pytest.param(
            "Kuwait's Amir Sheikh Meshal received him; the Amir said so.",
            "Kuwait's Emir Sheikh Meshal received him; the Emir said so.",
            "said",
            id="amir-the-title",
        ),
        pytest.param(
            "Amir Peretz met Hossein Amir-Abdollahian.",
            "Amir Peretz met Hossein Amir-Abdollahian.",
            "met",
            id="amir-the-given-name",
        ),
        pytest.param(
            "This was published under the 2019 to 2022 Johnson Conservative government",
            "This was published under the 2019 to 2022 government of Prime Minister Johnson",
            "This",
            id="a-gov-uk-pages-government",
        ),
        pytest.param(
            "Minister of Foreign Affairs  Ane Lone Bagger spoke.",
            "Minister of Foreign Affairs Ane Lone Bagger spoke.",
            "Ane",
            id="a-run-of-spaces-is-one",
        ),
        pytest.param(
            "Mr. Kono, Foreign Minister, met Mr. Smith, Director General, today.",
            "Kono, Foreign Minister, met Smith, Director General, today.",
            "today",
            id="a-title-after-the-comma-is-no-given-name",
        ),
        pytest.param(
            "Yusuf bin Alawi, Oman's minister in charge of foreign affairs, arrived.",
            "Yusuf bin Alawi, Oman's minister for foreign affairs, arrived.",
            "foreign",
            id="minister-in-charge-of",
        ),
        pytest.param(
            "Presidents Filipe Nyusi of Mozambique and Emmerson Mnangagwa of Zimbabwe met.",
            "President Filipe Nyusi of Mozambique and President Emmerson Mnangagwa of Zimbabwe met.",
            "met",
            id="plural-title-each-name",
        ),
        pytest.param(
            "Armenian and Azerbaijani Foreign Ministers Zohrab Mnatsakan and Elmar Mammadov met.",
            "Armenian Foreign Minister Zohrab Mnatsakan and Azerbaijani Foreign Minister Elmar Mammadov met.",
            "met",
            id="demonyms-and-a-plural-title-in-step",
        ),
        pytest.param(
            "Armenian and Azerbaijani Foreign Minister Zohrab Mnatsakan and Elmar Mammadov met.",
            "Armenian Foreign Minister Zohrab Mnatsakan and Azerbaijani Foreign Minister Elmar Mammadov met.",
            "met",
            id="demonyms-and-a-title-left-singular",
        ),
        pytest.param(
            "Senior and Junior Ministers Ana Paz and Luis Diaz met.",
            "Senior and Junior Minister Ana Paz and Minister Luis Diaz met.",
            "met",
            id="no-demonyms-no-step",
        ),
        pytest.param(
            "Prime Ministers Modi, Albanese and Kishida met.",
            "Prime Minister Modi, Prime Minister Albanese and Prime Minister Kishida met.",
            "met",
            id="plural-title-three-names",
        ),
        pytest.param(
            "The two Presidents and their ministers met.",
            "The two Presidents and their ministers met.",
            "met",
            id="plural-title-no-names",
        ),
        pytest.param(
            "Prime Minister Datuk Seri Anwar Ibrahim arrived.",
            "Prime Minister Anwar Ibrahim arrived.",
            "Anwar",
            id="honorific-datuk-seri",
        ),
        pytest.param(
            "Smt. Nirmala Sitharaman met Shri Piyush Goyal in Sri Lanka.",
            "Nirmala Sitharaman met Piyush Goyal in Sri Lanka.",
            "Lanka",
            id="honorific-shri-smt-not-sri-lanka",
        ),
        pytest.param(
            "Alfred Mutua, Cabinet Secretary, Foreign and Diaspora Affairs of Kenya, arrived.",
            "Alfred Mutua, Cabinet Secretary for Foreign and Diaspora Affairs of Kenya, arrived.",
            "Foreign",
            id="portfolio-after-comma",
        ),
        pytest.param(
            "The Prime Minister, Foreign Affairs Minister Penny Wong and others arrived.",
            "The Prime Minister, Foreign Affairs Minister Penny Wong and others arrived.",
            "Foreign",
            id="portfolio-after-comma-not-a-list-of-titles",
        ),
        pytest.param(
            "His Majesty King Abdullah II arrived.",
            "King Abdullah II arrived.",
            "King",
            id="honorific-majesty",
        ),
        pytest.param("Dominic Raab MP arrived.", "Dominic Raab arrived.", "arrived", id="mp-after-name"),
        pytest.param(
            "Samuel Ablakwa ,Ghana's Minister for Foreign Affairs arrived.",
            "Samuel Ablakwa, Ghana's Minister for Foreign Affairs arrived.",
            "Ghana",
            id="comma-spaced-before",
        ),
        pytest.param(
            "Department of National Defense (DND) Secretary Delfin Lorenzana arrived.",
            "Department of National Defense Secretary Delfin Lorenzana arrived.",
            "Secretary",
            id="acronym-aside",
        ),
        pytest.param(
            "attending the 58th ASEAN Foreign Ministers' Meeting (AMM) and related meetings in Malaysia",
            "attending the 58th ASEAN Foreign Ministers' Meeting and related meetings in Malaysia",
            "related",
            id="acronym-aside-before-a-lower-word",
        ),
        pytest.param(
            "Josep Borrell, High Representative of the European Union (EU) for Foreign Affairs, spoke.",
            "Josep Borrell, High Representative of the European Union (EU) for Foreign Affairs, spoke.",
            "Foreign",
            id="a-unions-acronym-stays",
        ),
        pytest.param(
            "met with the Foreign Ministers of Ukraine, Pavlo Klimkin, and Slovakia, Miroslav Lajčák, in Munich",
            "met with the Foreign Minister of Ukraine, Pavlo Klimkin, and the Foreign Minister of Slovakia, "
            "Miroslav Lajčák, in Munich",
            "Munich",
            id="plural-title-of-two-states-each",
        ),
        pytest.param(
            "hosting the president of the Sahrawi Arab Democratic Republic (also known as Western Sahara), Brahim "
            "Ghali, at the Union Buildings",
            "hosting the president of the Sahrawi Arab Democratic Republic, Brahim Ghali, at the Union Buildings",
            "Brahim",
            id="an-also-known-as-aside",
        ),
        pytest.param(
            "British Prime Minster Theresa May arrived.",
            "British Prime Minister Theresa May arrived.",
            "Theresa",
            id="prime-minster",
        ),
        pytest.param(
            "Minister Ana SatoDefence Minister Ben Okafor arrived.",
            "Minister Ana Sato, Defence Minister Ben Okafor arrived.",
            "Ben",
            id="title-glued-to-a-name",
        ),
        pytest.param(
            "Anthony Albanese, MP, Prime Minister of Australia, arrived.",
            "Anthony Albanese, Prime Minister of Australia, arrived.",
            "Prime",
            id="mp-between-commas",
        ),
        pytest.param("IWAYA Takeshi arrived.", "Iwaya Takeshi arrived.", "Takeshi", id="caps-family-iwaya"),
        pytest.param("PARK Jin arrived.", "Park Jin arrived.", "Jin", id="caps-family-park"),
        pytest.param(
            "JD Vance met NATO officials.", "JD Vance met NATO officials.", "Vance", id="initials-stay"
        ),
        pytest.param(
            "Prime Minister Samdech Akka Moha Sena Padei Techo Hun Sen arrived.",
            "Prime Minister Hun Sen arrived.",
            "Hun",
            id="cambodian-style",
        ),
        pytest.param(
            "Tanzania`s President Samia Suluhu arrived.",
            "Tanzania's President Samia Suluhu arrived.",
            "President",
            id="grave-accent-for-apostrophe",
        ),
        pytest.param(
            "The defence minister spoke on Monday during a meeting in Baku with his\n"
            "Turkish and Georgian counterparts, whom he had invited to\n"
            "talks on regional security and on the trilateral format.\n"
            "He said the talks would go on.",
            "The defence minister spoke on Monday during a meeting in Baku with his "
            "Turkish and Georgian counterparts, whom he had invited to "
            "talks on regional security and on the trilateral format. "
            "He said the talks would go on.",
            "Turkish",
            id="hard-wrapped-lines-joined",
        ),
        pytest.param(
            "a courtesy call from the Prime Minister of Fiji, honorable Mark Tuala.",
            "a courtesy call from the Prime Minister of Fiji, Mark Tuala.",
            "Mark",
            id="honorable-in-small-letters",
        ),
        pytest.param(
            "Foreign Affairs Cabinet Secretary Amb Rachel Omondi arrived.",
            "Foreign Affairs Cabinet Secretary Rachel Omondi arrived.",
            "Rachel",
            id="amb-without-a-stop",
        ),
        pytest.param(
            "Chairman of the Council Lt. Gen. Abdel Osman and Eng. Karim Saleh arrived.",
            "Chairman of the Council Abdel Osman and Karim Saleh arrived.",
            "Karim",
            id="military-and-engineer-abbreviations",
        ),
        pytest.param(
            "U.S. Secretary of State John Kerry, left, speaks with Egyptian Foreign Minister Sameh Shoukry.",
            "U.S. Secretary of State John Kerry speaks with Egyptian Foreign Minister Sameh Shoukry.",
            "speaks",
            id="a-captions-side-of-the-photo",
        ),
        pytest.param(
            "Prime Minister Kenji Sato (R) shakes hands with President Ana Ruiz. He turned left, then right.",
            "Prime Minister Kenji Sato shakes hands with President Ana Ruiz. He turned left, then right.",
            "shakes",
            id="a-captions-side-in-brackets",
        ),
        pytest.param(
            "CAIRO: Egypt said Tuesday that nothing was agreed.",
            "CAIRO\nEgypt said Tuesday that nothing was agreed.",
            "Egypt",
            id="a-dateline-with-a-colon",
        ),
        pytest.param(
            "Abu Dhabi: Sheikh Karim Saleh, Minister of Foreign Affairs, received Ana Ruiz.",
            "Abu Dhabi\nSheikh Karim Saleh, Minister of Foreign Affairs, received Ana Ruiz.",
            "Sheikh",
            id="a-dateline-with-capitals-and-a-colon",
        ),
        pytest.param(
            "President of Mongolia Kh.Battulga met B.Batbayar.",
            "President of Mongolia Kh Battulga met B. Batbayar.",
            "Battulga",
            id="a-two-letter-initial-against-the-name",
        ),
        pytest.param(
            "He met Iranian Foreign Minister A and Turkish colleague Mevlut Kaya.",
            "He met Iranian Foreign Minister A and Turkish counterpart Mevlut Kaya.",
            "Mevlut",
            id="a-foreign-colleague-after-and-is-a-counterpart",
        ),
        pytest.param(
            "He met Minister A and cabinet colleague Mevlut Kaya.",
            "He met Minister A and cabinet colleague Mevlut Kaya.",
            "Mevlut",
            id="a-cabinet-colleague-stays",
        ),
        pytest.param(
            "Addis Ababa February 15/2023 /ENA/Deputy Prime Minister X met Y.",
            "Addis Ababa, February 15, 2023\nDeputy Prime Minister X met Y.",
            "Deputy",
            id="a-dateline-with-its-agency-between-slashes",
        ),
        pytest.param(
            "Minister Ana Ruiz met Professor G.L. Peiris and Sir Peter Crane in Colombo.",
            "Minister Ana Ruiz met G.L. Peiris and Peter Crane in Colombo.",
            "Peter",
            id="a-professor-before-initials-and-a-knight-are-styles",
        ),
        pytest.param(
            "Professor Peiris met Sir Lanka in Colombo.",
            "Professor Peiris met Sir Lanka in Colombo.",
            "Lanka",
            id="a-professor-and-sir-before-one-name-stay",
        ),
        pytest.param(
            "Saleh: Thank you for the welcome.",
            "Saleh: Thank you for the welcome.",
            "Thank",
            id="a-speaker-with-capitals-is-no-dateline",
        ),
        pytest.param(
            "FOREIGN MINISTER MALCORRA: Thank you for the welcome.",
            "Foreign Minister Malcorra: Thank you for the welcome.",
            "Thank",
            id="a-transcripts-speaker-is-no-dateline",
        ),
        pytest.param(
            "RT HON WINSTON PRICE: I would like to welcome Minister Rowe.",
            "RT Hon Winston Price: I would like to welcome Minister Rowe.",
            "welcome",
            id="a-transcripts-styled-speaker",
        ),
        pytest.param(
            "High Representative/Vice President Ana Ruiz will travel. HR/VP Ruiz will meet Minister Li.",
            "EU High Representative Ana Ruiz will travel. EU High Representative Ruiz will meet Minister Li.",
            "travel",
            id="the-eus-high-representative-written-short",
        ),
        pytest.param(
            "UN Secretary-Gen. Antonio Guterres and Attorney Gen. Merrick Garland spoke; the most honourable "
            "President Ruto moved left, right, and centre.",
            "UN Secretary-Gen. Antonio Guterres and Attorney Gen. Merrick Garland spoke; the most honourable "
            "President Ruto moved left, right, and centre.",
            "Garland",
            id="titles-and-sides-in-prose-kept",
        ),
        pytest.param(
            "Japan-Angola talks in Tokyo, first photograph of the day\n"
            "Japan-Angola talks in Tokyo, second photograph of the day\n"
            "The ministers met on Monday.",
            "Japan-Angola talks in Tokyo, first photograph of the day\n"
            "Japan-Angola talks in Tokyo, second photograph of the day\n"
            "The ministers met on Monday.",
            "The ministers",
            id="caption-lines-kept",
        ),
        pytest.param(
            "DUBAI, United Arab Emirates — U.S. President Joe Biden's aide met him.",
            "DUBAI, United Arab Emirates\nU.S. President Joe Biden's aide met him.",
            "aide",
            id="dateline-with-a-three-word-country",
        ),
        pytest.param(
            "Pentagon chief spokesman Sean Parnell spoke.",
            "Pentagon chief spokesman Sean Parnell spoke.",
            "spoke",
            id="the-pentagons-chief-spokesman-is-no-secretary",
        ),
        pytest.param(
            "His Majesty King Mohammed VI, may God assist Him, received today Mr. Pedro Sanchez.",
            "King Mohammed VI received today Pedro Sanchez.",
            "received",
            id="a-blessing-after-a-monarch-goes",
        ),
        pytest.param(
            "King Mohammed VI received, today at the Royal Palace in Rabat, the guest.",
            "King Mohammed VI received today at the Royal Palace in Rabat, the guest.",
            "today",
            id="no-comma-between-verb-and-adverb",
        ),
        pytest.param(
            "Pedro Sanchez, President of the Government of Spain, and the President of the Spanish Government met.",
            "Pedro Sanchez, Prime Minister of Spain, and the Spanish Prime Minister met.",
            "met",
            id="spains-president-of-the-government",
        ),
        pytest.param(
            "Minister Arjun Mehta.(Photo | Twitter) He met X.",
            "Minister Arjun Mehta. (Photo | Twitter) He met X.",
            "Twitter",
            id="a-stop-glued-to-a-bracket",
        ),
        pytest.param(
            "Washington DC, 28 June 2022 (TDI): The Secretary spoke with X.",
            "Washington DC, 28 June 2022 (TDI)\nThe Secretary spoke with X.",
            "Secretary",
            id="an-agency-dateline-day-first",
        ),
        pytest.param(
            "Accra, March 27, GNA- President X received Y.",
            "Accra, March 27, GNA\nPresident X received Y.",
            "President",
            id="an-agency-after-the-dateline",
        ),
        pytest.param(
            "New Delhi [India], March 15 : Minister X called on Y.",
            "New Delhi [India], March 15\nMinister X called on Y.",
            "Minister",
            id="a-dateline-naming-its-country",
        ),
        pytest.param(
            "KATHMANDU, Jan 7: Minister X called Y.",
            "KATHMANDU, Jan 7\nMinister X called Y.",
            "Minister",
            id="a-dateline-in-capitals-with-its-day-and-a-colon",
        ),
        pytest.param(
            "He told Australian Foreign Affairs Minster, Penny Wong, that he would come.",
            "He told Australian Foreign Affairs Minister, Penny Wong, that he would come.",
            "Penny",
            id="a-minister-misspelt",
        ),
        pytest.param(
            "JEDDAH (UrduPoint / Pakistan Point News - 28th Mar, 2023 ) :His Royal Highness spoke.",
            "JEDDAH\nHis Royal Highness spoke.",
            "His",
            id="a-city-and-outlets-in-brackets-is-a-dateline",
        ),
        pytest.param(
            "“The president’s call with (US President Barack) Obama was untimely,” Zarif said.",
            "“The president’s call with US President Barack Obama was untimely,” Zarif said.",
            "Obama",
            id="a-title-and-given-name-inserted-in-brackets",
        ),
        pytest.param(
            "During the meeting with Russian ambassador Oleg Petrov the Head of State noted the trade.",
            "During the meeting with Russian ambassador Oleg Petrov, the Head of State noted the trade.",
            "the Head",
            id="the-comma-an-opening-phrase-about-a-meeting-left-out",
        ),
        pytest.param(
            "He will meet Minister of Science Khairy Jamal./.\nNext story",
            "He will meet Minister of Science Khairy Jamal.  \nNext story",
            "Khairy",
            id="an-agencys-end-mark",
        ),
        pytest.param(
            "He met his counterparts in Zimbabwe, Tendai Moyo, and Mozambique, Armando Guebuza. The "
            "leaders of Peru, Chile, and Canada came too.",
            "He met his Zimbabwean counterpart Tendai Moyo and Mozambican counterpart Armando Guebuza. The "
            "leaders of Peru, Chile, and Canada came too.",
            "Tendai",
            id="pairs-of-a-country-and-a-name-after-a-plural-title",
        ),
        pytest.param(
            "“We will host (Turkmen) President Ata Berdiyev next year,” he said. Lavrov (Russia) spoke.",
            "“We will host Turkmen President Ata Berdiyev next year,” he said. Lavrov (Russia) spoke.",
            "Ata",
            id="a-country-inserted-in-brackets-before-a-title",
        ),
        pytest.param(
            "Modi spoke to The Druk Gyalpo of Bhutan and Mr. Lyonchhen (Dr.) Lotay Tshering.",
            "Modi spoke to The King of Bhutan and Prime Minister (Dr.) Lotay Tshering.",
            "Lotay",
            id="bhutans-titles-in-dzongkha",
        ),
        pytest.param(
            "ID :\n81597\nSato spends busy day in New York, meeting with Lee, others\nNEW YORK, Sept. 23 Kyodo -\n"
            "Japanese Prime Minister Ken Sato, who is on his first diplomatic trip\nabroad, held separate meetings "
            "Wednesday with U.S. President Tom Lee and\nleaders of three other countries, in which he agreed to "
            "deepen bilateral\nrelations under the new administration led by his party.",
            "ID :\n81597\nSato spends busy day in New York, meeting with Lee, others\nNEW YORK, Sept. 23 Kyodo -\n"
            "Japanese Prime Minister Ken Sato, who is on his first diplomatic trip abroad, held separate meetings "
            "Wednesday with U.S. President Tom Lee and leaders of three other countries, in which he agreed to "
            "deepen bilateral relations under the new administration led by his party.",
            "leaders",
            id="a-wrapped-story-after-lines-of-a-page-with-no-blank-line",
        ),
        pytest.param(
            "They discussed their countries’ ties.According to the ministry, both agreed.",
            "They discussed their countries’ ties. According to the ministry, both agreed.",
            "According",
            id="a-stop-glued-to-the-next-sentence",
        ),
        pytest.param(
            "Minister of Defense (Menhan) Prabowo Subianto received him at the Ministry of Defense (Kemhan) Jakarta.",
            "Minister of Defense Prabowo Subianto received him at the Ministry of Defense Jakarta.",
            "Prabowo",
            id="an-offices-short-name-in-brackets-before-its-holder",
        ),
        pytest.param(
            "Tokyo (Kyodo) Japanese Prime Minister Ken Sato met him.",
            "Tokyo (Kyodo) Japanese Prime Minister Ken Sato met him.",
            "Japanese",
            id="an-agency-in-brackets-after-a-city-stays",
        ),
        pytest.param(
            "Earlier, EAM Jaishankar had met him.",
            "Earlier, External Affairs Minister Jaishankar had met him.",
            "had",
            id="indias-external-affairs-minister-abbreviated",
        ),
        pytest.param(
            "The head of the Polish Foreign Ministry will also meet X.",
            "The Polish Foreign Minister will also meet X.",
            "meet",
            id="the-head-of-a-ministry",
        ),
        pytest.param(
            "The choir sang in York Minster on Sunday.",
            "The choir sang in York Minster on Sunday.",
            "Sunday",
            id="a-minster-is-a-church",
        ),
        pytest.param(
            "Biden met Sunak.\nTags Joe Biden Karine Jean-Pierre Rishi Sunak\nThey spoke on Monday.",
            "Biden met Sunak.\n\nThey spoke on Monday.",
            "Monday",
            id="a-pages-tags-are-no-text",
        ),
        pytest.param(
            "President Cyril Ramaphosa will next week host President Bola Tinubu.",
            "President Cyril Ramaphosa will host next week President Bola Tinubu.",
            "Tinubu",
            id="a-time-before-host-goes-after-it",
        ),
        pytest.param(
            "Sameh Shoukry received Ali al-Sadiq on Tuesday26/12/2023 in Cairo.",
            "Sameh Shoukry received Ali al-Sadiq on Tuesday 26/12/2023 in Cairo.",
            "Cairo",
            id="a-weekday-run-on-with-its-date-gets-its-space",
        ),
        pytest.param(
            "He met the Prime Minister of Trinidad & Tobago, Keith Rowley, and Johnson & Johnson's chief.",
            "He met the Prime Minister of Trinidad and Tobago, Keith Rowley, and Johnson & Johnson's chief.",
            "Keith",
            id="a-countrys-ampersand-written-out",
        ),
        pytest.param(
            "The Most Hon Andrew Holness, Prime Minister of Jamaica meets with Vice President Mike Pence",
            "Andrew Holness, Prime Minister of Jamaica meets with Vice President Mike Pence",
            "Jamaica",
            id="the-most-hon-without-its-stop-goes",
        ),
        pytest.param(
            "Prime Minister Tun Dr Amir Hamzah was given a state welcome.",
            "Prime Minister Amir Hamzah was given a state welcome.",
            "Amir",
            id="a-malaysian-tun-goes",
        ),
        pytest.param(
            "Minister for Foreign Affairs, Senator the Hon Penny Wong met him.",
            "Minister for Foreign Affairs, Senator Penny Wong met him.",
            "Penny",
            id="the-hon-in-small-letters-goes",
        ),
        pytest.param(
            "She met Apostolic Nuncio Monsignor Paolo Rinaldi.",
            "She met Apostolic Nuncio Paolo Rinaldi.",
            "Paolo",
            id="monsignor-goes",
        ),
        pytest.param(
            "I had calls with my Danish [Foreign Minister, Lars Holm] and [Vice-President Ana] Ruiz.",
            "I had calls with my Danish Foreign Minister, Lars Holm and Vice-President Ana Ruiz.",
            "Ruiz",
            id="an-editors-square-brackets-go",
        ),
        pytest.param(
            "The rule [1] applies, [inaudible] he said [sic].",
            "The rule [1] applies, [inaudible] he said [sic].",
            "said",
            id="brackets-of-no-capital-stay",
        ),
        pytest.param(
            "the Iraqi Prime Minister, Muhammad S.Al-Sudani, met him.",
            "the Iraqi Prime Minister, Muhammad S. Al-Sudani, met him.",
            "Al-Sudani",
            id="a-glued-middle-initial-gets-its-space",
        ),
        pytest.param(
            "He met the Parliament (Shura) Speaker, Muhammad Baqir Qalibaf.",
            "He met the Parliament Speaker, Muhammad Baqir Qalibaf.",
            "Speaker",
            id="a-houses-name-in-brackets-inside-a-title-goes",
        ),
    ],
)
def test_normalize_repairs_and_maps_back(text: str, repaired: str, word: str) -> None:
    """Each repair rewrites its example as documented, and the words after it map back to their article offsets."""
    result = normalize.normalize(text)
    assert result.text == repaired
    assert result.at(result.text.index(word)) == text.index(word)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        pytest.param("IWAYA Takeshi arrived.", "IWAYA", id="iwaya"),
        pytest.param("He met Mr. PARK Jin.", "PARK", id="park"),
    ],
)
def test_normalize_marks_family_names_written_first_in_capitals(text: str, family: str) -> None:
    """ "IWAYA Takeshi", "PARK Jin": the family name's article offset is recorded as written family first."""
    assert normalize.normalize(text).family_first == frozenset({text.index(family)})


# -- parse and nlp: sentences and lines -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param(
            "Japanese Foreign Minister Hayashi Yoshimasa held talks with Chinese Foreign Minister Wang Yi.",
            ["Japanese Foreign Minister Hayashi Yoshimasa held talks with Chinese Foreign Minister Wang Yi."],
            id="no-break-inside-a-title",
        ),
        pytest.param(
            "The U.S. envoy arrived on Feb. 13 in Seoul. He left.",
            ["The U.S. envoy arrived on Feb. 13 in Seoul. ", "He left."],
            id="abbreviations-do-not-end",
        ),
        pytest.param(
            "November 12, 2024\nJapanese Foreign Minister Yoko Kamikawa met Chinese Foreign Minister Wang Yi.",
            [
                "November 12, 2024",
                "Japanese Foreign Minister Yoko Kamikawa met Chinese Foreign Minister Wang Yi.",
            ],
            id="date-line-is-its-own",
        ),
    ],
)
def test_parse_sentence_boundaries(text: str, sentences: list[str]) -> None:
    """Sentences end at a full stop, question or exclamation mark, and at the end of a line, nowhere else."""
    assert [s.text for s in parsed(text).sentences] == sentences


def test_parse_date_line_is_a_heading() -> None:
    """A line with no verb and no final stop ("November 12, 2024") is a heading; the sentence after it is not."""
    assert [s.heading for s in parsed("November 12, 2024\nKamikawa met Wang Yi.").sentences] == [True, False]


# -- office: titles ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        pytest.param("Minister for Foreign Affairs", "foreign minister", id="minister-for-foreign-affairs"),
        pytest.param("Secretary of State", "foreign minister", id="secretary-of-state"),
        pytest.param(
            "Chairman of the Transitional Military Council", "head of state", id="head-of-a-ruling-council"
        ),
        pytest.param("Sovereign Council chairman", "head of state", id="ruling-council-chairman"),
        pytest.param("Chairman of the Security Council", "other", id="a-council-that-rules-no-state"),
        pytest.param("Armed Forces Minister", "defence minister", id="armed-forces-minister"),
        pytest.param("Vice President", "other", id="vice-president"),
        pytest.param("Second Minister for Finance", "other", id="a-second-minister-is-under-the-minister"),
        pytest.param("Deputy Foreign Minister", "other", id="deputy-foreign-minister"),
        pytest.param("President-elect", "other", id="president-elect"),
        pytest.param("Union Defence Minister", "defence minister", id="union-defence-minister"),
        pytest.param(
            "Secretary of State for Foreign, Commonwealth and Development Affairs",
            "foreign minister",
            id="uk-foreign-secretary-in-full",
        ),
        pytest.param("High Representative", "foreign minister", id="high-representative"),
        pytest.param(
            "Cabinet Secretary for Foreign and Diaspora Affairs",
            "foreign minister",
            id="kenya-cabinet-secretary",
        ),
        pytest.param(
            "Minister of International Relations and Cooperation",
            "foreign minister",
            id="international-relations",
        ),
        pytest.param(
            "Federal Minister for European and International Affairs",
            "foreign minister",
            id="european-and-international-affairs",
        ),
        pytest.param("Chancellor of the Exchequer", "finance minister", id="chancellor-of-the-exchequer"),
        pytest.param("Chancellor", "head of government", id="chancellor-alone"),
        pytest.param("Minister for Foreign Trade", "trade minister", id="foreign-trade-is-trade"),
        pytest.param("Minister of State for Foreign Affairs", "other", id="minister-of-state-is-junior"),
        pytest.param("Senate President", "other", id="senate-president"),
        pytest.param("European Council President", "other", id="council-president"),
        pytest.param("Premier of the State Council", "head of government", id="premier-of-the-state-council"),
        pytest.param("President of the National Assembly", "other", id="assembly-president"),
        pytest.param("Congress party President", "other", id="party-president"),
        pytest.param("President of the Senate", "other", id="president-of-a-body"),
        pytest.param("President of the Republic", "head of state", id="president-of-the-republic"),
        pytest.param(
            "Prime Minister of the Russian Federation", "head of government", id="federation-is-a-state"
        ),
        pytest.param("PM", "head of government", id="pm-abbreviated"),
        pytest.param(
            "Press Secretary of the Ministry of Foreign Affairs", "other", id="a-ministrys-press-secretary"
        ),
        pytest.param("FM", "foreign minister", id="fm-abbreviated"),
        pytest.param(
            "deputy prime minister and minister of economy and finance",
            "finance minister",
            id="two-offices-the-higher",
        ),
        pytest.param("Deputy Prime Minister and Foreign Minister", "foreign minister", id="deputy-pm-and-fm"),
        pytest.param("Foreign Minister and Deputy Prime Minister", "foreign minister", id="fm-and-deputy-pm"),
        pytest.param(
            "Minister of Foreign Affairs and Trade", "foreign minister", id="one-office-two-portfolios"
        ),
        pytest.param("EU foreign policy chief", "foreign minister", id="foreign-policy-chief"),
        pytest.param("policy chief", "other", id="a-policy-chief-of-no-domain"),
        pytest.param("Diplomatic Advisor to the UAE President", "other", id="an-adviser-to-a-president"),
        pytest.param("Chief Adviser", "head of government", id="an-interim-governments-chief-adviser"),
        pytest.param("Foreign Affairs Adviser", "foreign minister", id="its-foreign-affairs-adviser"),
        pytest.param("Chief Adviser to the Prime Minister", "other", id="a-chief-adviser-to-someone"),
        pytest.param(
            "National Security Adviser to the President", "national security adviser", id="nsa-to-the-president"
        ),
        pytest.param("Foreign Affairs Principal Secretary", "other", id="a-ministrys-principal-secretary"),
        pytest.param(
            "head of the Federal Department of Foreign Affairs", "foreign minister",
            id="the-head-of-a-ministry"
        ),
        pytest.param("head of the Foreign Ministry", "foreign minister", id="the-head-of-a-foreign-ministry"),
        pytest.param(
            "Deputy Prime Minister - Minister of Foreign Affairs", "foreign minister", id="two-offices-dashed"
        ),
        pytest.param("Deputy Prime Minister-Foreign Minister", "foreign minister", id="two-offices-hyphened"),
        pytest.param("Head of the Ministry of Finance", "finance minister", id="a-finance-ministrys-head"),
        pytest.param(
            "head of the Foreign Ministry's Asia department", "other", id="the-head-of-a-ministrys-department"
        ),
    ],
)
def test_office_title_class(title: str, role: str) -> None:
    """A title's class comes from its words: foreign, defence, junior and elect titles as documented."""
    assert office.title_class(title) == role


@pytest.mark.parametrize(
    ("title", "country"),
    [
        pytest.param("Secretary of State", "US", id="secretary-of-state-us"),
        pytest.param("Foreign Secretary", "GB", id="foreign-secretary-gb"),
        pytest.param("Union Defence Minister", "IN", id="union-minister-in"),
        pytest.param(
            "Secretary of State for Foreign, Commonwealth and Development Affairs",
            "GB",
            id="secretary-of-state-for-gb",
        ),
        pytest.param(
            "Acting Assistant Secretary of State for Near East Affairs", "US", id="assistant-secretary-of-state-us"
        ),
    ],
)
def test_office_title_country(title: str, country: str) -> None:
    """A title one country alone uses names that country."""
    assert office.title_country(title) == country


@pytest.mark.parametrize(
    ("qualifiers", "title", "status"),
    [
        pytest.param([], "President-elect", "designate", id="elect-in-title"),
        pytest.param([], "foreign minister-designate", "designate", id="designate-in-title"),
        pytest.param(["former"], "Prime Minister", "former", id="former-before"),
        pytest.param(["acting"], "President", "acting", id="acting-before"),
        pytest.param(["new"], "foreign minister", "holder", id="new-is-holder"),
    ],
)
def test_office_status_of(qualifiers: list[str], title: str, status: str) -> None:
    """Status comes from the words before a title and from the title itself."""
    assert office.status_of(qualifiers, title) == status


# -- mentions: countries, organisations, titles around a name, names ---------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param("the meeting of South American leaders", [], id="south-american-is-no-american"),
        pytest.param("a West African summit", [], id="west-african"),
        pytest.param("South African President Cyril Ramaphosa", ["ZA"], id="south-african-is-a-demonym"),
        pytest.param("Latin American and U.S. officials", ["US"], id="latin-american-then-us"),
        pytest.param("to deepen Peru-Chile trade", ["PE", "CL"], id="hyphened-pair-of-names"),
        pytest.param("the Kazakh–Kyrgyz border talks", ["KZ", "KG"], id="dashed-pair-of-demonyms"),
        pytest.param("Guinea-Bissau and Timor-Leste", ["GW", "TL"], id="hyphened-names-stay-whole"),
        pytest.param("a Franco-Spanish deal", [], id="a-pair-with-a-part-that-is-no-country"),
        pytest.param(
            "his visit to Cote d'Ivoire and Côte d’Ivoire", ["CI", "CI"], id="cote-divoire-as-written"
        ),
        pytest.param("Solomons' newly elected Prime Minister", ["SB"], id="the-solomons-short"),
        pytest.param(
            "Guinea Bissau, Timor Leste and Antigua & Barbuda",
            ["GW", "TL", "AG"],
            id="a-hyphen-as-a-space-and-an-ampersand-as-and",
        ),
        pytest.param("in Northern Ireland and New Mexico", [], id="a-part-named-with-a-countrys-word"),
    ],
)
def test_gazetteer_regions_name_no_country(text: str, codes: list[str]) -> None:
    """A region holding a country's word ("South American") names no country."""
    assert [hit.code for hit in gazetteer.find_countries(text)] == codes


@pytest.mark.parametrize(
    ("words", "country"),
    [
        pytest.param("Japanese", "JP", id="demonym"),
        pytest.param("South Korea's", "KR", id="possessive"),
        pytest.param("U.S.", "US", id="abbreviation"),
        pytest.param("Argentinian", "AR", id="derived-argentinian"),
        pytest.param("Bahraini", "BH", id="derived-bahraini"),
        pytest.param("Uzbek", "UZ", id="central-asian-uzbek"),
        pytest.param("Kazakh", "KZ", id="central-asian-kazakh"),
        pytest.param("Kyrgyz", "KG", id="central-asian-kyrgyz"),
        pytest.param("Tajik", "TJ", id="central-asian-tajik"),
        pytest.param("Maldivian", "MV", id="maldivian"),
        pytest.param("Basotho", "LS", id="basotho"),
        pytest.param("Cabo Verdean", "CV", id="cabo-verdean"),
        pytest.param("Kosovar", "XK", id="kosovar-no-iso-code"),
        pytest.param("Azeri", "AZ", id="azeri"),
        pytest.param("Democratic Republic of Congo", "CD", id="drc-without-the"),
        pytest.param("DRC", "CD", id="drc-abbreviated"),
        pytest.param("Republic of Congo", "CG", id="congo-brazzaville-by-name"),
        pytest.param("St Vincent and the Grenadines", "VC", id="saint-written-st"),
        pytest.param("St. Kitts and Nevis", "KN", id="saint-written-st-dot"),
        pytest.param("St Lucia", "LC", id="saint-written-st-for-a-one-word-state"),
        pytest.param("People’s Republic of China", "CN", id="a-curly-apostrophe"),
    ],
)
def test_mentions_country_of_words(words: str, country: str) -> None:
    """Names, possessives, abbreviations and demonyms (derived ones too) give the country."""
    assert mentions.country_of_words(words) == country


@pytest.mark.parametrize(
    ("words", "organisation"),
    [
        pytest.param("NATO", "NATO", id="nato"),
        pytest.param("the European Union", "EU", id="european-union"),
    ],
)
def test_mentions_organisation_of_words(words: str, organisation: str) -> None:
    """An organisation's name or acronym gives the organisation."""
    assert mentions.organisation_of_words(words) == organisation


BEFORE = [
    pytest.param(
        "Polish Minister of Defense Antoni Macierewicz met reporters in Warsaw.",
        "Antoni Macierewicz",
        ("Minister of Defense", "defence minister", "PL", None, "holder"),
        id="demonym-title-of-domain",
    ),
    pytest.param(
        "Japan's foreign minister, Yoko Kamikawa, arrived in Lima.",
        "Yoko Kamikawa",
        ("foreign minister", "foreign minister", "JP", None, "holder"),
        id="possessive-title-comma",
    ),
    pytest.param(
        "The President of Kenya Uhuru Kenyatta arrived in Washington.",
        "Uhuru Kenyatta",
        ("President", "head of state", "KE", None, "holder"),
        id="president-of-kenya",
    ),
    pytest.param(
        "Prime Minister of the State of Israel Naftali Bennett arrived in Sochi.",
        "Naftali Bennett",
        ("Prime Minister", "head of government", "IL", None, "holder"),
        id="prime-minister-of-the-state-of-israel",
        marks=gap(
            "_of_between stops at 'State of Israel' ('state' is a title word), so the title run is 'State' "
            "with no head word and office_before returns None"
        ),
    ),
    pytest.param(
        "Prime Minister and President Kenyatta arrived in Nairobi.",
        "Kenyatta",
        ("President", "head of state", None, None, "holder"),
        id="two-titles-joined-by-and",
    ),
    pytest.param(
        "Republic of Korea (ROK) Foreign Minister Park Jin arrived in Tokyo.",
        "Park Jin",
        ("Foreign Minister", "foreign minister", "KR", None, "holder"),
        id="country-with-acronym",
    ),
    pytest.param(
        "In Tanzania, President Barack Obama met reporters.",
        "Barack Obama",
        ("President", "head of state", None, None, "holder"),
        id="comma-ends-the-phrase",
    ),
    pytest.param(
        "U.S. Secretary of State Antony Blinken called on acting President Choi Sang-mok in Seoul on Monday.",
        "Choi Sang-mok",
        ("President", "head of state", None, None, "acting"),
        id="acting-is-a-qualifier",
    ),
    pytest.param(
        "President-elect Donald Trump arrived in Palm Beach.",
        "Donald Trump",
        ("President-elect", "other", None, None, "designate"),
        id="president-elect-one-title",
    ),
    pytest.param(
        "U.S. Ambassador to the United Nations Kelly Craft arrived in Geneva.",
        "Kelly Craft",
        ("Ambassador", "other", "US", None, "holder"),
        id="ambassador-sent-to-not-from",
    ),
    pytest.param(
        "NATO Secretary General Jens Stoltenberg arrived in Kyiv.",
        "Jens Stoltenberg",
        ("Secretary General", "other", None, "NATO", "holder"),
        id="organisation-before-title",
    ),
    pytest.param(
        "Japanese Foreign Minister Hayashi Yoshimasa held talks with his counterpart.",
        "Hayashi Yoshimasa",
        ("Foreign Minister", "foreign minister", "JP", None, "holder"),
        id="japanese-foreign-minister",
    ),
    pytest.param(
        "Japan's new foreign minister, Yoko Kamikawa, arrived in Lima.",
        "Yoko Kamikawa",
        ("foreign minister", "foreign minister", "JP", None, "holder"),
        id="new-foreign-minister",
    ),
    pytest.param(
        "Union Defence Minister Rajnath Singh arrived in Tokyo.",
        "Rajnath Singh",
        ("Union Defence Minister", "defence minister", "IN", None, "holder"),
        id="union-defence-minister",
    ),
    pytest.param(
        "Armed Forces Minister James Heappey arrived in Kyiv.",
        "James Heappey",
        ("Armed Forces Minister", "defence minister", None, None, "holder"),
        id="armed-forces-minister",
    ),
    pytest.param(
        "High Representative Josep Borrell arrived in Kyiv.",
        "Josep Borrell",
        ("High Representative", "foreign minister", None, None, "holder"),
        id="high-representative",
    ),
    pytest.param(
        "Secretary of State for Foreign, Commonwealth and Development Affairs David Lammy arrived in Paris.",
        "David Lammy",
        (
            "Secretary of State for Foreign, Commonwealth and Development Affairs",
            "foreign minister",
            "GB",
            None,
            "holder",
        ),
        id="uk-foreign-secretary-in-full",
        marks=gap(
            "the title is found and classed, but kept to its first portfolio ('Secretary of State for "
            "Foreign'), and no country is read from the UK's own title"
        ),
    ),
    pytest.param(
        "Head of the Office of the President of Ukraine Andriy Yermak met reporters in Davos.",
        "Andriy Yermak",
        ("Head of the Office of the President", "other", "UA", None, "holder"),
        id="the-office-of-the-president-is-its-staff",
    ),
    pytest.param(
        "Jaishankar met US Trade Representative Ambassador Katherine Tai in Washington.",
        "Katherine Tai",
        ("Trade Representative", "trade minister", "US", None, "holder"),
        id="an-ambassadors-style-after-a-title-goes",
    ),
    pytest.param(
        "He met National Security Advisor to the President of the United States Jake Sullivan in Davos.",
        "Jake Sullivan",
        ("National Security Advisor to the President", "national security adviser", "US", None, "holder"),
        id="an-adviser-to-the-president-is-no-president",
    ),
    pytest.param(
        "Minister of Foreign Affairs of Latvia Juris Ozols and High Representative of the European Union for "
        "Foreign Affairs and Security Policy Ana Ruiz met.",
        "Ana Ruiz",
        (
            "High Representative of the European Union for Foreign Affairs and Security Policy",
            "foreign minister",
            None,
            "EU",  # the organisation its title names
            "holder",
        ),
        id="a-country-before-the-last-name-and-its-title-is-no-cue",
    ),
    pytest.param(
        "Singapore's Second Minister for Finance Lim Wei Ming met him.",
        "Lim Wei Ming",
        ("Second Minister for Finance", "other", "SG", None, "holder"),
        id="second-is-a-word-of-the-title",
    ),
    pytest.param(
        "The President met Speaker of the National Assembly Peter Otieno.",
        "Peter Otieno",
        ("Speaker of the National Assembly", "other", None, None, "holder"),
        id="the-speaker-of-a-house-of-no-country-named",
    ),
    pytest.param(
        "She met with Apostolic Nuncio to Italy Paolo Rinaldi.",
        "Paolo Rinaldi",
        ("Apostolic Nuncio", "other", "VA", None, "holder"),
        id="a-nuncio-is-the-holy-sees-wherever-posted",
    ),
    pytest.param(
        "He received a phone call from Bahraini Crown Prince, Deputy Prime Minister and Defense Minister Prince "
        "Khalid bin Hamad.",
        "Khalid bin Hamad",
        ("Defense Minister Prince", "defence minister", "BH", None, "holder"),
        id="the-demonym-opening-a-chain-of-one-persons-titles",
    ),
    pytest.param(
        "He met the Kenyan President, Prime Minister Ali Hassan and Defence Minister Jane Doe.",
        "Ali Hassan",
        ("Prime Minister", "head of government", None, None, "holder"),
        id="the-demonym-of-a-list-of-people-is-the-first-ones",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), BEFORE)
def test_mentions_office_before(
    text: str, name: str, expected: tuple[str, str, str | None, str | None, str]
) -> None:
    """The title written right before a name gives its text, class, country or organisation, and status."""
    sentence = parsed(text).sentences[0]
    start, _ = name_tokens(sentence.doc, name)
    assert (
        parts(mentions.office_before(sentence.doc, start, parsed(text).normalized, sentence.base)) == expected
    )


AFTER = [
    pytest.param(
        "Mauro Vieira, Minister of Foreign Affairs of Brazil, arrived in Tokyo.",
        "Mauro Vieira",
        ("Minister of Foreign Affairs", "foreign minister", "BR", None, "holder"),
        id="minister-of-foreign-affairs-of-brazil",
    ),
    pytest.param(
        "Mauro Vieira, Minister of Foreign Affairs of the Federative Republic of Brazil, arrived in Tokyo.",
        "Mauro Vieira",
        ("Minister of Foreign Affairs", "foreign minister", "BR", None, "holder"),
        id="of-the-federative-republic-of-brazil",
    ),
    pytest.param(
        "Yoko Kamikawa, Japan's foreign minister, arrived in Lima.",
        "Yoko Kamikawa",
        ("foreign minister", "foreign minister", "JP", None, "holder"),
        id="japans-foreign-minister",
    ),
    pytest.param(
        "Wang Yi, Member of the Political Bureau of the CPC Central Committee and Minister of Foreign Affairs "
        "of the People's Republic of China, arrived in Moscow.",
        "Wang Yi",
        ("Minister of Foreign Affairs", "foreign minister", "CN", None, "holder"),
        id="long-apposition-highest-office",
    ),
    pytest.param(
        "Narendra Modi, the Indian prime minister, arrived in Tokyo.",
        "Narendra Modi",
        ("prime minister", "head of government", "IN", None, "holder"),
        id="the-indian-prime-minister",
    ),
    pytest.param(
        "President Macron of France arrived in Berlin.",
        "Macron",
        ("", "other", "FR", None, "holder"),
        id="macron-of-france",
    ),
    pytest.param(
        "Jens Stoltenberg, Secretary General of NATO, arrived in Kyiv.",
        "Jens Stoltenberg",
        ("Secretary General", "other", None, "NATO", "holder"),
        id="of-nato",
    ),
    pytest.param(
        "Fumio Kishida, Prime Minister of Japan, arrived in Seoul.",
        "Fumio Kishida",
        ("Prime Minister", "head of government", "JP", None, "holder"),
        id="of-japan",
    ),
    pytest.param(
        "Naftali Bennett, Prime Minister of the State of Israel, arrived in Sochi.",
        "Naftali Bennett",
        ("Prime Minister", "head of government", "IL", None, "holder"),
        id="of-the-state-of-israel",
    ),
    pytest.param(
        "Shehbaz Sharif (Prime Minister) arrived in Beijing.",
        "Shehbaz Sharif",
        ("Prime Minister", "head of government", None, None, "holder"),
        id="title-in-brackets",
    ),
    pytest.param(
        "Japanese Foreign Minister Yoko Kamikawa, U.S. Secretary of State Antony Blinken and South Korean "
        "Foreign Minister Park Jin met.",
        "Yoko Kamikawa",
        None,
        id="next-persons-title-is-no-apposition",
    ),
    pytest.param(
        "Obama, Tanzanian President Discuss Trade", "Obama", None, id="headline-list-is-no-apposition"
    ),
    pytest.param(
        "On Monday, Parnpree Bahiddha-Nukara met with Wang Yi, Member of the Political Bureau of the CPC Central "
        "Committee, Director of the Office of the Central Commission for Foreign Affairs, and Minister of Foreign "
        "Affairs of the People’s Republic of China, in Beijing.",
        "Wang Yi",
        ("Minister of Foreign Affairs", "foreign minister", "CN", None, "holder"),
        id="a-long-apposition-goes-on-past-its-commas",
    ),
    pytest.param(
        "In Paris, the Honourable Mary Ng, Minister of Small Business, Export Promotion and International Trade, "
        "met with counterparts.",
        "Mary Ng",
        ("Minister of Small Business, Export Promotion and International Trade", "trade minister", None, None, "holder"),
        id="a-ministers-portfolios-past-a-comma",
    ),
    pytest.param(
        "Also present was Anwar Gargash, Diplomatic Adviser to UAE President, and others.",
        "Anwar Gargash",
        ("Adviser", "other", "AE", None, "holder"),
        id="the-title-after-to-is-the-one-served",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), AFTER)
def test_mentions_office_after(
    text: str, name: str, expected: tuple[str, str, str | None, str | None, str] | None
) -> None:
    """A title in apposition after a name (the highest of several), or an "of" country, or none."""
    sentence = parsed(text).sentences[0]
    _, end = name_tokens(sentence.doc, name)
    assert parts(mentions.office_after(sentence.doc, end, parsed(text).normalized, sentence.base)) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Minister Vieira arrived in Tokyo.", ["Vieira"], id="title-before"),
        pytest.param(
            "Mauro Vieira, Minister of Foreign Affairs, arrived in Tokyo.", ["Mauro Vieira"], id="title-after"
        ),
        pytest.param(
            "Shehbaz Sharif (Prime Minister) arrived in Beijing.", ["Shehbaz Sharif"], id="title-in-brackets"
        ),
        pytest.param(
            "Yoko Kamikawa, Japan's foreign minister, arrived in Lima.",
            ["Yoko Kamikawa"],
            id="possessive-title-after",
        ),
        pytest.param(
            "Minister of Defense Antoni Macierewicz arrived in Washington.",
            ["Antoni Macierewicz"],
            id="minister-of-defense",
        ),
        pytest.param("President Yoon Suk Yeol arrived in Tokyo.", ["Yoon Suk Yeol"], id="entity-stops-early"),
        pytest.param(
            "Acting President Choi Sang-mok arrived in Seoul.", ["Choi Sang-mok"], id="hyphenated-given-name"
        ),
        pytest.param(
            "Secretary Antony J. Blinken arrived in Seoul.", ["Antony J. Blinken"], id="touching-names-join"
        ),
        pytest.param("President Buhari arrived in Abuja.", ["Buhari"], id="titled-place-tag-is-a-person"),
        pytest.param(
            "Kenyan President Daniel arap Moi arrived in London.", ["Daniel arap Moi"], id="particle-arap"
        ),
        pytest.param(
            "European Commission President Ursula von der Leyen arrived in Kyiv.",
            ["Ursula von der Leyen"],
            id="particles-von-der",
        ),
        pytest.param(
            "Nigerian President Muhammadu Buhari met President Emmanuel Macron in Paris.",
            ["Muhammadu Buhari", "Emmanuel Macron"],
            id="in-paris-is-no-person",
        ),
        pytest.param(
            "U.S. Ambassador to the United Nations Kelly Craft arrived in Geneva.",
            ["Kelly Craft"],
            id="ambassador-to-the-united-nations",
        ),
        pytest.param(
            "Wang Yi, Member of the Political Bureau of the CPC Central Committee and Minister of Foreign Affairs "
            "of the People's Republic of China, arrived in Moscow.",
            ["Wang Yi"],
            id="long-apposition-names-one-person",
        ),
        pytest.param(
            "He met with the Minister of Defense for the Kingdom of Saudi Arabia Mohammed bin Salman today.",
            ["Mohammed bin Salman"],
            id="a-piece-of-a-countrys-name-is-no-name",
        ),
        pytest.param(
            "The banquet will be joined by Prime Minister Sheikh Hasina Hasina at the palace.",
            ["Sheikh Hasina Hasina"],
            id="a-grown-name-is-not-found-again-inside",
        ),
        pytest.param(
            "During this Audience, the President of the Republic reiterated his position.",
            [],
            id="no-name-after-a-determiner",
        ),
        pytest.param(
            "Modi held a meeting with Sri Lanka's Leader of the Opposition, Sajith Premadasa, on Monday.",
            ["Sajith Premadasa"],
            id="leader-of-the-opposition-is-a-title",
        ),
        pytest.param(
            "Attendees included Minister of State and Cabinet Member Prince Turki bin Mohammed bin Fahd.",
            ["Turki bin Mohammed bin Fahd"],
            id="a-cabinet-member-is-no-part-of-a-name",
        ),
        pytest.param(
            "Sullivan met Indian national security adviser Ajit Doval and Sheikh Tahnoon bin Zayed Al Nahyan, the "
            "national security adviser of the United Arab Emirates.",
            ["Sullivan", "Ajit Doval", "Tahnoon bin Zayed Al Nahyan"],
            id="a-given-name-before-bin-the-model-left-out",
        ),
        pytest.param(
            "Ishaq Dar will visit BNP Chairperson and former Prime Minister Khaleda Zia at her residence.",
            ["Ishaq Dar", "Khaleda Zia"],
            id="a-partys-letters-and-a-title-are-no-name",
        ),
        pytest.param(
            "Speaking to ANI, Foreign Affairs Adviser Md Touhid Hossain said the request was made.",
            ["Md Touhid Hossain"],
            id="a-news-agencys-acronym-is-no-one",
        ),
        pytest.param(
            "He also met with participants of the Mandela Washington Fellows programs.",
            [],
            id="a-name-that-says-whose-programme-is-no-one",
        ),
        pytest.param(
            "The Obama administration held talks with President Uhuru Kenyatta on Monday.",
            ["Uhuru Kenyatta"],
            id="a-name-that-says-whose-administration-is-no-one",
        ),
        pytest.param(
            "Finnish President Alexander Stubb met Volodymyr Zelenskiy in Kyiv on Monday.",
            ["Alexander Stubb", "Volodymyr Zelenskiy"],
            id="a-full-name-met-the-model-left-unlabelled",
        ),
        pytest.param(
            "Finnish President Alexander Stubb met Foreign Ministry officials in Kyiv on Monday.",
            ["Alexander Stubb"],
            id="capitalised-words-met-that-are-no-name",
        ),
        pytest.param(
            "The Minister for Foreign Affairs, Mr Samuel Ablakwa, on Tuesday received Open Letters from seven "
            "newly appointed envoys.",
            ["Samuel Ablakwa"],
            id="capitalised-things-received-are-no-name",
        ),
        pytest.param(
            "Shotaro Yachi, Abe's top security adviser, also had a call with H.R. McMaster.",
            ["Shotaro Yachi", "Abe", "H.R. McMaster"],
            id="a-name-before-whose-adviser-he-is",
        ),
        pytest.param(
            "President William Ruto met China's Special Envoy to the Horn of Africa Xue Bing on Monday.",
            ["William Ruto", "Xue Bing"],
            id="a-name-the-model-ran-into-the-place-of-a-title",
        ),
        pytest.param(
            "Sultan Qaboos of Oman received Iranian foreign minister in Oct 2017- image source: MEHR News Agency",
            ["Qaboos"],
            id="a-month-after-a-title-is-no-name",
        ),
        pytest.param(
            "President Recep Tayyip Erdogan met Sheikh Tamim bin Hamad Al Thani in Doha.",
            ["Recep Tayyip Erdogan", "Tamim bin Hamad Al Thani"],
            id="a-gulf-rulers-style-is-not-his-name",
        ),
        pytest.param(
            "Prime Minister Sheikh Hasina met Prime Minister Narendra Modi.",
            ["Sheikh Hasina", "Narendra Modi"],
            id="sheikh-of-a-name-without-bin-is-the-name",
        ),
        pytest.param(
            "The Prime Minister met Taoiseach Leo Varadkar at Stormont today.",
            ["Leo Varadkar"],
            id="a-preposition-the-model-ran-into-a-name-ends-it",
        ),
        pytest.param(
            "President Pedro Castillo will attend the Presidential Meeting and VI Bolivia-Peru Binational "
            "Ministerial Cabinet in La Paz.",
            ["Pedro Castillo"],
            id="a-meetings-name-is-no-ones",
        ),
        pytest.param(
            "President Abdel Fattah El-Sisi met with Director of the Foreign Intelligence Service of the Russian "
            "Federation, Sergei Naryshkin.",
            ["Abdel Fattah El-Sisi", "Sergei Naryshkin"],
            id="a-services-name-is-no-ones",
        ),
        pytest.param(
            "He met the Prime Minister of Trinidad and Tobago, Keith Rowley, in Doha.",
            ["Keith Rowley"],
            id="the-end-of-a-countrys-name-after-and-is-no-one",
        ),
        pytest.param(
            "In a post by the Presidential Strategic Communications Unit, President Ana Soto met Luis Vera.",
            ["Ana Soto", "Luis Vera"],
            id="a-units-name-is-no-ones",
        ),
        pytest.param(
            "Foreign Minister Ararat Mirzoyan received Russian Co-Chair Igor Khovaev.",
            ["Ararat Mirzoyan", "Igor Khovaev"],
            id="co-chair-is-no-part-of-a-name",
        ),
        pytest.param(
            "He landed at President Eloy Alfaro International Airport, where President Jorge Vera met him.",
            ["Jorge Vera"],
            id="an-airports-name-is-no-ones",
        ),
        pytest.param(
            "Kazakh Foreign Minister Marat Ospanov met Mongolian President B.Batbayar on Monday.",
            ["Marat Ospanov", "B. Batbayar"],
            id="an-initial-written-against-the-name",
        ),
        pytest.param(
            "Nepalese Foreign Secretary Hari Karki and his Bhutanese counterpart Sonam Dorji will meet.",
            ["Hari Karki", "Sonam Dorji"],
            id="a-name-after-counterpart-the-model-took-for-a-people",
        ),
        pytest.param(
            "Karki and his Danish counterpart Lars Berg will meet in Copenhagen on Sunday.",
            ["Karki", "Lars Berg"],
            id="one-with-a-counterpart-of-their-own-is-someone",
        ),
        pytest.param(
            "Perera met Minister of Foreign Affairs of Bosnia and Herzegovina Adnan Hodzic on Wednesday.",
            ["Perera", "Adnan Hodzic"],
            id="a-piece-of-a-countrys-name-with-and-is-no-one",
        ),
        pytest.param(
            "Last November, Argentina's Fernandez flew to Colonia to meet Uruguayan President Luis Lacalle Pou.",
            ["Fernandez", "Luis Lacalle Pou"],
            id="a-name-a-countrys-possessive-stands-before",
        ),
        pytest.param(
            "He talks with Egypt's Presid",
            [],
            id="a-title-cut-short-after-a-countrys-possessive-is-no-name",
        ),
    ],
)
def test_mentions_name_spans(text: str, names: list[str]) -> None:
    """The people a sentence names: PERSON entities and capitalised words a title stands beside."""
    doc = parsed(text).sentences[0].doc
    assert [mentions.printed_name(doc, start, end) for start, end in mentions.name_spans(doc)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Mr. IWAYA Takeshi met reporters.", "Iwaya Takeshi", id="capitals-undone"),
        pytest.param("King Charles III met reporters.", "Charles III", id="roman-numerals-kept"),
        pytest.param(
            "The delegation included Dr. James Pitia Morgan- Minister of Foreign Affairs.",
            "James Pitia Morgan",
            id="a-dash-glued-to-the-end-goes",
        ),
    ],
)
def test_mentions_printed_name(text: str, name: str) -> None:
    """A name is printed with family-name capitals undone and roman numerals kept (on the model's own parse)."""
    doc = nlp()(text)
    [(start, end)] = mentions.name_spans(doc)
    assert mentions.printed_name(doc, start, end) == name


# -- cast: who is who in an article ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "name", "expected"),
    [
        pytest.param(
            "Secretary of State Antony Blinken arrived in Tokyo.",
            None,
            "Antony Blinken",
            ("US", "foreign minister", "Secretary of State"),
            id="title-one-country-uses",
        ),
        pytest.param(
            "The Japanese Kishida arrived in Seoul.",
            None,
            "Kishida",
            ("JP", "other", None),
            id="demonym-before-name",
        ),
        pytest.param(
            "Australia's Penny Wong met Chinese Foreign Minister Wang Yi.",
            None,
            "Penny Wong",
            ("AU", "other", None),
            id="possessive-country-before-name",
        ),
        pytest.param(
            "President Macron of France arrived in Berlin.",
            None,
            "Macron",
            ("FR", "head of state", "President"),
            id="title-before-country-after",
        ),
        pytest.param(
            "John Kerry\nSecretary of State\nI met Foreign Minister Wang Yi of China today.",
            None,
            "John Kerry",
            ("US", "foreign minister", "Secretary of State"),
            id="byline-and-title-line",
        ),
        pytest.param(
            "Liz Truss went to Moscow on Thursday. The Foreign Secretary spent two hours in talks with Russian "
            "Foreign Minister Sergei Lavrov. London had warned Moscow.",
            None,
            "Liz Truss",
            ("GB", "foreign minister", "Foreign Secretary"),
            id="definite-title-names-liz-truss",
        ),
        pytest.param(
            "Park held talks with Japan's new foreign minister on Monday. Park and his new counterpart, Yoko "
            "Kamikawa, discussed North Korea.",
            None,
            "Yoko Kamikawa",
            ("JP", "foreign minister", "counterpart"),
            id="holder-of-an-office-named-nearby",
        ),
        pytest.param(
            "U.S. Secretary of State Antony Blinken met his Japanese counterpart, Yoko Kamikawa, on Monday.",
            None,
            "Yoko Kamikawa",
            ("JP", "foreign minister", "counterpart"),
            id="counterpart-holds-the-other-side-office",
        ),
        pytest.param(
            "South Korean Foreign Minister Cho Tae-yul met reporters. Cho's predecessor Park Jin attended.",
            None,
            "Park Jin",
            ("KR", "foreign minister", "Foreign Minister"),
            id="predecessor-held-the-office",
        ),
        pytest.param(
            "South Korean Foreign Minister Cho Tae-yul met his Japanese and Chinese counterparts, Iwaya Takeshi "
            "and Wang Yi, in Busan.",
            None,
            "Iwaya Takeshi",
            ("JP", "foreign minister", None),
            id="listed-counterparts-first",
        ),
        pytest.param(
            "South Korean Foreign Minister Cho Tae-yul met his Japanese and Chinese counterparts, Iwaya Takeshi "
            "and Wang Yi, in Busan.",
            None,
            "Wang Yi",
            ("CN", "foreign minister", None),
            id="listed-counterparts-second",
        ),
        pytest.param(
            "Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. Mauro Vieira, Minister "
            "of Foreign Affairs of Brazil.",
            "MOFA Japan",
            "Fumio Kishida",
            ("JP", "foreign minister", "Minister for Foreign Affairs"),
            id="readout-principal-is-the-publishers",
        ),
        pytest.param(
            "President Daniel Kamau of Kenya held talks with Saudi Crown Prince and Prime Minister Faisal "
            "bin "
            "Khalid on Monday.",
            None,
            "Faisal bin Khalid",
            ("SA", "head of government", "Prime Minister"),
            id="a-demonym-before-the-first-of-two-titles",
        ),
        pytest.param(
            "SEOUL -- Foreign Minister Cho Tae-yul will travel to Tokyo next week.",
            None,
            "Cho Tae-yul",
            ("KR", "foreign minister", "Foreign Minister"),
            id="dateline-official-seoul",
        ),
        pytest.param(
            "KYIV -- U.S. Secretary of State Antony Blinken held talks with Foreign Minister Andrii Sybiha on Monday.",
            None,
            "Andrii Sybiha",
            ("UA", "foreign minister", "Foreign Minister"),
            id="dateline-official-kyiv",
        ),
        pytest.param(
            "TOKYO -- Japanese Foreign Minister Iwaya Takeshi was received by Premier Li Qiang in Beijing on Wednesday.",
            None,
            "Li Qiang",
            (None, "head of government", "Premier"),
            id="dateline-japan-has-no-premier",
        ),
        pytest.param(
            "Secretary of State John Kerry arrived in Tashkent on Sunday. He met Uzbek Foreign Minister Abdulaziz "
            "Kamilov. Kerry also held talks with President Karimov on Monday.",
            "U.S. Department of State",
            "Karimov",
            ("UZ", "head of state", "President"),  # the visited country's, not the publisher's
            id="later-foreigner-is-not-the-publishers",
        ),
        pytest.param(
            "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron.",
            "President of Russia",
            "Vladimir Putin",
            ("RU", "other", None),
            id="readout-opens-with-its-principal",
        ),
        pytest.param(
            "The Hon. Anthony Albanese, Prime Minister of the Commonwealth of Australia, arrived in Tokyo.",
            None,
            "Anthony Albanese",
            ("AU", "head of government", "Prime Minister"),
            id="formal-state-name-after-of",
        ),
        pytest.param(
            "Minister of International Relations and Cooperation of South Africa Dr Naledi Pandor arrived.",
            None,
            "Naledi Pandor",
            ("ZA", "foreign minister", "Minister of International Relations and Cooperation"),
            id="country-of-two-words-is-no-part-of-the-name",
        ),
        pytest.param(
            "King Abdullah II of the Hashemite Kingdom of Jordan arrived in Tokyo.",
            None,
            "Abdullah II",
            ("JO", "head of state", "King"),
            id="formal-kingdom-name-after-of",
        ),
        pytest.param(
            "Alberto Fernandez visited Senate President Rodrigo Pacheco and Supreme Federal Court President Rosa "
            "Weber on Monday.",
            None,
            "Rosa Weber",
            (None, "other", "Supreme Federal Court President"),
            id="a-courts-president-is-no-head-of-state",
        ),
        pytest.param(
            "Secretary Jim Mattis met Afghan President Ashraf Ghani in Munich on Friday.",
            "U.S. Department of Defense",
            "Jim Mattis",
            ("US", "defence minister", "Secretary"),
            id="a-departments-bare-secretary-heads-it",
        ),
        pytest.param(
            "Minister Andrii Sybiha met with his Slovak counterpart Juraj Blanar in Kyiv on Tuesday.",
            "Ministry of Foreign Affairs of Ukraine",
            "Andrii Sybiha",
            ("UA", "foreign minister", "Minister"),
            id="a-ministry-of-a-countrys-bare-minister-heads-it",
        ),
        pytest.param(
            "Secretary Jim Mattis met Afghan President Ashraf Ghani in Munich on Friday.",
            "Voice of America",
            "Jim Mattis",
            (None, "other", "Secretary"),
            id="a-news-services-bare-secretary-is-no-one-in-particular",
        ),
        pytest.param(
            "The King received Deputy Prime Minister of Qatar and Minister of State for Defence Affairs Khalid Al "
            "Attiyah on Monday.",
            None,
            "Khalid Al Attiyah",
            ("QA", "other", "Minister of State for Defence Affairs"),
            id="two-titles-joined-the-first-gives-the-country",
        ),
        pytest.param(
            "The Chairperson of the Commission of the African Union, Moussa Faki Mahamat, was received today.",
            None,
            "Moussa Faki Mahamat",
            (None, "other", "Chairperson"),
            id="title-of-an-organisation-ending-a-phrase",
        ),
        pytest.param(
            "King Abdullah received Saudi Minister of State for African Affairs Ahmed Kattan on Monday.",
            None,
            "Ahmed Kattan",
            ("SA", "other", "Minister of State"),
            id="portfolio-of-no-class",
        ),
        pytest.param(
            "Dan Lee will be the next foreign minister of Fiji, the party said on Monday.",
            None,
            "Dan Lee",
            ("FJ", "foreign minister", "foreign minister"),
            id="predicate-title-future",
        ),
        pytest.param(
            "Ben Okafor became Nigeria's president in May.",
            None,
            "Ben Okafor",
            ("NG", "head of state", "president"),
            id="predicate-title-became",
        ),
        pytest.param(
            "Carla Diaz was appointed defence minister of Chile on Friday.",
            None,
            "Carla Diaz",
            ("CL", "defence minister", "defence minister"),
            id="predicate-title-appointed",
        ),
        pytest.param(
            "Ahmed Rahimi met the Jordanian Parliament Speaker, Ahmed Safadi, on Monday.",
            None,
            "Ahmed Safadi",
            ("JO", "other", "Parliament Speaker"),
            id="demonym-before-an-institution",
        ),
        pytest.param(
            "Ethiopian Prime Minister Abiy Ahmed and South Sudanese President, Salva Kiir have exchanged views.",
            None,
            "Salva Kiir",
            ("SS", "head of state", "President"),
            id="a-countrys-title-a-comma-and-its-holder",
        ),
        pytest.param(
            "The Minister of Foreign Affairs, Cooperation and Senegalese Abroad, Yassine Fall, met the press.",
            None,
            "Yassine Fall",
            ("SN", "foreign minister", "Minister of Foreign Affairs"),
            id="a-ministry-of-several-portfolios",
        ),
        pytest.param(
            "The President of the Council of Ministers, Giorgia Meloni, visited Tunis today. President Meloni "
            "was welcomed at the airport.",
            None,
            "Giorgia Meloni",
            (None, "head of government", "President of the Council of Ministers"),
            id="italys-premier-and-her-short-title",
        ),
        pytest.param(
            "Tunisian President Kais Saied met the President of the European Commission, Ursula von der Leyen.",
            None,
            "Ursula von der Leyen",
            (None, "other", "President"),
            id="an-organisations-president-heads-no-state",
        ),
        pytest.param(
            "Brigadier General Pat Ryder, Pentagon Press Secretary, told reporters the Secretary spoke to Kyiv.",
            "U.S. Department of Defense",
            "Pat Ryder",
            (None, "other", "Press Secretary"),
            id="a-press-secretary-is-no-secretary-of-the-department",
        ),
        pytest.param(
            "Chinese Special Presidential Representative for Sudan Liu Yuxi met the press.",
            None,
            "Liu Yuxi",
            ("CN", "other", "Special Presidential Representative"),
            id="an-envoy-for-a-country-is-sent-there",
        ),
        pytest.param(
            "Turkish envoy Ali Demir met with Sadiq Rahimi, acting Prime Minister of Afghanistan, on Tuesday.",
            None,
            "Sadiq Rahimi",
            ("AF", "head of government", "Prime Minister"),
            id="an-acting-title-in-apposition",
        ),
        pytest.param(
            "As prime minister, David Cameron had met Chinese President Xi Jinping.",
            None,
            "David Cameron",
            (None, "other", None),
            id="as-a-title-then-a-comma-is-no-title",
        ),
        pytest.param(
            "On Thursday, Radosław Sikorski, the head of Polish diplomacy, called David Cameron.",
            None,
            "Radosław Sikorski",
            ("PL", "foreign minister", "Foreign Minister"),
            id="head-of-a-countrys-diplomacy",
        ),
        pytest.param(
            "Russia's top diplomat Sergei Lavrov met Indian Foreign Minister S. Jaishankar.",
            None,
            "Sergei Lavrov",
            ("RU", "foreign minister", "Foreign Minister"),
            id="a-countrys-top-diplomat",
        ),
        pytest.param(
            "Top U.S. diplomat Antony Blinken met Indian Foreign Minister S. Jaishankar.",
            None,
            "Antony Blinken",
            ("US", "foreign minister", "Foreign Minister"),
            id="top-demonym-diplomat",
        ),
        pytest.param(
            "Turkish diplomacy chief Mevlut Cavusoglu met Indian Foreign Minister S. Jaishankar.",
            None,
            "Mevlut Cavusoglu",
            ("TR", "foreign minister", "Foreign Minister"),
            id="demonym-diplomacy-chief",
        ),
        pytest.param(
            "Jan Novak, the head of Catalan diplomacy, met Indian Foreign Minister S. Jaishankar.",
            None,
            "Jan Novak",
            (None, "other", None),
            id="diplomacy-of-no-country-is-no-office",
        ),
        pytest.param(
            "President Lula met his Colombian counterpart, President Gustavo Petro, on Tuesday.",
            None,
            "Gustavo Petro",
            ("CO", "head of state", "President"),
            id="a-counterpart-by-country-then-a-title",
        ),
        pytest.param(
            "Prime Minister Andersson will also meet with President of the Republic Sauli Niinistö.",
            None,
            "Sauli Niinistö",
            (None, "head of state", "President"),
            id="president-of-the-republic-then-the-name",
        ),
        pytest.param(
            "Minister of Foreign Affairs, African Cooperation and Moroccans Abroad Nasser Bourita met on Wednesday "
            "with Kuwait's Foreign Minister Ahmed Nasser Al-Mohammed Al-Sabah.",
            None,
            "Nasser Bourita",
            ("MA", "foreign minister", "Minister of Foreign Affairs"),
            id="portfolios-ending-in-a-people-abroad",
        ),
        pytest.param(
            "Narendra Modi (Bharatiya Janata Party, conservative), the Prime Minister of India, met Lula.",
            None,
            "Narendra Modi",
            ("IN", "head of government", "Prime Minister"),
            id="a-party-aside-before-the-apposition",
        ),
        pytest.param(
            "Russian Foreign Minister Sergei Lavrov arrived in Belgrade from Ljubljana. During the visit, he had "
            "held talks with Slovenian counterpart Karl Erjavec and also with President Borut Pahor.",
            None,
            "Karl Erjavec",
            ("SI", "foreign minister", "counterpart"),
            id="a-counterpart-is-his-whom-he-stands-for",
        ),
        pytest.param(
            "This photo shows Foreign Minister Cho Tae-yul and his Japanese counterpart, Takeshi Iwaya, meeting in "
            "Lima. It marked the first meeting between Cho and Iwaya since Iwaya took office.",
            None,
            "Takeshi Iwaya",
            ("JP", "foreign minister", "counterpart"),
            id="a-meeting-between-two-pairs-them",
        ),
        pytest.param(
            "Nicholas Burns, the top U.S. diplomat in China, met Wang Yi on Monday.",
            None,
            "Nicholas Burns",
            (None, "other", None),
            id="a-top-diplomat-somewhere-is-an-envoy",
        ),
        pytest.param(
            "China's chief diplomat Wang Yi met Antony Blinken in Beijing.",
            None,
            "Wang Yi",
            ("CN", "foreign minister", "Foreign Minister"),
            id="a-countrys-chief-diplomat",
        ),
        pytest.param(
            "A top Chinese diplomat, Liu Jianchao, met Antony Blinken on Monday.",
            None,
            "Liu Jianchao",
            (None, "other", None),
            id="a-top-diplomat-is-one-of-several",
        ),
        pytest.param(
            "Wang Yi, as China's foreign minister, met Antony Blinken in Beijing.",
            None,
            "Wang Yi",
            ("CN", "foreign minister", "foreign minister"),
            id="as-a-title-after-the-comma-is-the-names",
        ),
        pytest.param(
            "High Representative Josep Borrell of the European Union met Wang Yi.",
            None,
            "Josep Borrell",
            (None, "foreign minister", "High Representative"),
            id="an-organisations-minister-keeps-the-office",
        ),
        pytest.param(
            "President Macron arrived in Berlin on Monday. The French foreign minister held talks with his German "
            "counterpart Annalena Baerbock.",
            None,
            "Annalena Baerbock",
            ("DE", "foreign minister", "counterpart"),  # the office of "the French foreign minister"
            id="his-counterpart-is-no-one-named-before",
        ),
        pytest.param(
            "Pope Francis received Argentine President Javier Milei at the Vatican on Friday.",
            None,
            "Francis",
            ("VA", "head of state", "Pope"),
            id="the-pope-is-the-vaticans-head-of-state",
        ),
        pytest.param(
            "Also on Tuesday, Lula held two other bilateral meetings: with the presidents of Argentina, Alberto "
            "Fernández, and with the president of Guyana, Irfaan Ali.",
            None,
            "Alberto Fernández",
            ("AR", "head of state", "president"),  # of "the presidents of Argentina, X", not Guyana's title
            id="a-title-after-with-is-the-next-names",
        ),
        pytest.param(
            "Mexico's president-elect and Donald Trump share a respectful phone call.",
            None,
            "Donald Trump",
            (None, "other", None),
            id="a-title-before-and-is-anothers",
        ),
        pytest.param(
            "But Mexico's president-elect, Andrés Manuel López Obrador, struck a more diplomatic tone on Monday.",
            None,
            "Andrés Manuel López Obrador",
            ("MX", "other", "president-elect"),
            id="a-hyphenated-title-then-a-comma",
        ),
        pytest.param(
            "She will also meet with Cardinal Pietro Parolin, Secretary of State, Holy See, on Tuesday.",
            None,
            "Pietro Parolin",
            ("VA", "other", "Secretary of State"),
            id="a-state-named-after-the-title",
        ),
        pytest.param(
            "On the same day, Minister Mevlut Cavusoglu met with President David Maria Sassoli of the European "
            "Parliament.",
            None,
            "David Maria Sassoli",
            (None, "other", "President"),
            id="a-president-of-an-organisations-body",
        ),
        pytest.param(
            "Prince Mohammed bin Salman, Crown Prince and Prime Minister, made a phone call today to President Xi "
            "Jinping of the People's Republic of China.",
            None,
            "Mohammed bin Salman",
            (None, "head of government", "Crown Prince and Prime Minister"),
            id="the-higher-office-after-the-name",
        ),
        pytest.param(
            "Foreign Minister Jan Lipavsky met his Croatian counterpart, Minister Gordan Grlic Radman, on Tuesday.",
            None,
            "Gordan Grlic Radman",
            ("HR", "foreign minister", "counterpart"),
            id="a-counterpart-by-country-says-more-than-a-bare-title",
        ),
        pytest.param(
            "Foreign Minister S. Jaishankar met his counterpart from Bosnia and Herzegovina, Elmedin Konakovic, on Monday.",
            None,
            "Elmedin Konakovic",
            ("BA", "foreign minister", "counterpart"),
            id="counterpart-from-a-country-whose-name-holds-and",
        ),
        pytest.param(
            "The Prime Minister welcomed NATO Secretary General Jens Stoltenberg on Tuesday. The Prime Minister "
            "and Secretary General Stoltenberg discussed the summit.",
            None,
            "Jens Stoltenberg",
            (None, "other", "Secretary General"),
            id="prime-minister-and-secretary-general-are-two-people",
        ),
        pytest.param(
            "Josep Borrell, Vice-President of the European Commission and Janez Lenarcic, European Commissioner, "
            "went to Ethiopia.",
            None,
            "Josep Borrell",
            (None, "other", "Vice-President"),
            id="hyphenated-title-in-apposition",
        ),
        pytest.param(
            "Foreign Minister Ayman Safadi, Director of the Office of His Majesty Alaa Batayneh, and Jordan's "
            "Ambassador in Riyadh Haitham Abu Alfoul attended the meeting.",
            None,
            "Haitham Abu Alfoul",
            ("JO", "other", "Ambassador"),
            id="an-ambassador-in-a-capital-is-his-countrys-not-its",
        ),
        pytest.param(
            "Foreign Minister Ayman Safadi, Director of the Office of His Majesty Alaa Batayneh, and Jordan's "
            "Ambassador in Riyadh Haitham Abu Alfoul attended the meeting.",
            None,
            "Alaa Batayneh",
            (None, "other", None),
            id="the-next-persons-title-past-its-post-is-no-apposition",
        ),
        pytest.param(
            "Blinken and Austin met their Australian counterparts Wong and Marles and President Marcos in Manila on "
            "Tuesday.",
            None,
            "Marcos",
            (None, "head of state", "President"),
            id="counterparts-listed-then-another-titled-person",
        ),
        pytest.param(
            "Blinken and Austin met their Australian counterparts Wong and Marles and President Marcos in Manila on "
            "Tuesday.",
            None,
            "Marles",
            ("AU", "other", None),
            id="one-countrys-counterparts-listed",
        ),
        pytest.param(
            "SEOUL, Aug. 10 (Wire) -- Foreign Minister Jin Park of South Korea held talks in Qingdao on Tuesday. "
            "Park also extended invitations for President Ming Zhao and the premier to visit South Korea.",
            None,
            "Ming Zhao",
            (None, "head of state", "President"),
            id="one-invited-to-visit-the-datelines-country-is-no-home-official",
        ),
        pytest.param(
            "He sat down with his longtime friend and close ally of Israel President Frank-Walter Steinmeier.",
            None,
            "Frank-Walter Steinmeier",
            (None, "head of state", "President"),
            id="an-ally-of-a-country-before-a-title-is-not-its-country",
        ),
        pytest.param(
            "BERLIN - President Isaac Herzog on Monday became the first foreign leader to be hosted by new German "
            "Chancellor Friedrich Merz.",
            None,
            "Isaac Herzog",
            (None, "head of state", "President"),
            id="one-hosted-by-the-datelines-official-is-its-guest",
        ),
        pytest.param(
            "HÀ NỘI — Prime Minister Phạm Minh Chính held phone talks with his Malaysian counterpart Anwar Ibrahim "
            "on Monday.",
            None,
            "Phạm Minh Chính",
            ("VN", "head of government", "Prime Minister"),
            id="a-dateline-in-accented-capitals",
        ),
        pytest.param(
            "In a meeting with the President of Kenya, Uhuru Kenyatta, Blinken said the talks went well.",
            None,
            "Blinken",
            (None, "other", None),
            id="a-title-of-a-country-set-off-is-the-names-not-the-subjects",
        ),
        pytest.param(
            "Modi met his Fijian counterpart Sitiveni Rabuka. On behalf of the President of Fiji, Rabuka bestowed "
            "the Prime Minister with an honour.",
            None,
            "Sitiveni Rabuka",
            ("FJ", "other", "counterpart"),
            id="on-behalf-of-a-title-the-subject-is-another",
        ),
        pytest.param(
            "As President of Fiji, Sitiveni Rabuka bestowed the award.",
            None,
            "Sitiveni Rabuka",
            ("FJ", "head of state", "President"),
            id="as-a-title-the-subject-is-it",
        ),
        pytest.param(
            "WASHINGTON, July 14 (Wire) - Secretary of State Tom Reed will travel to Jakarta. When Reed visited "
            "Beijing in June, he was received by President Ming Zhao.",
            None,
            "Ming Zhao",
            (None, "head of state", "President"),
            id="a-host-where-the-datelines-official-visited-is-not-the-datelines",
        ),
        pytest.param(
            "WASHINGTON, July 14 (Wire) - Secretary of State Tom Reed will travel to Jakarta. On the first trip to "
            "China by a U.S. secretary of state since 2018, Reed was received by President Ming Zhao.",
            None,
            "Ming Zhao",
            (None, "head of state", "President"),
            id="a-host-on-the-first-trip-to-a-country-is-not-the-datelines",
        ),
        pytest.param(
            "Vice President Tom Reed hosted Indonesian President Joko Widodo for a lunch meeting today.",
            "The White House (Office of the Vice President)",
            "Tom Reed",
            ("US", "other", "Vice President"),
            id="a-vice-president-opening-a-governments-release-is-its-own",
        ),
        pytest.param(
            "Foreign Minister Ana Lind is on a working visit to Japan from 4 to 5 May. Minister Lind also met "
            "Minister of Defense Kenji Ota and Party Chairman Ryo Mori.",
            "Ministry of Foreign Affairs of Singapore",
            "Ryo Mori",
            ("JP", "other", "Party Chairman"),
            id="one-the-visitor-meets-on-a-visit-to-a-country-is-its",
        ),
        pytest.param(
            "Foreign Minister Ana Lind is on a working visit to Japan from 4 to 5 May. Minister Lind also met "
            "Minister of Defense Kenji Ota and former Minister of Defense Ryo Mori.",
            "Ministry of Foreign Affairs of Singapore",
            "Ryo Mori",
            ("JP", "defence minister", "Minister of Defense"),
            id="a-former-holder-the-visitor-meets-takes-no-seat-and-is-the-visited-countrys",
        ),
        pytest.param(
            "Foreign Minister Ana Lind visited Brussels to take part in the NATO Foreign Ministers' Meeting. "
            "Minister Lind also met Foreign Minister Ivo Horvat.",
            "Ministry of Foreign Affairs of Singapore",
            "Ivo Horvat",
            (None, "foreign minister", "Foreign Minister"),
            id="one-met-on-a-visit-to-a-gathering-of-many-is-not-the-host-countrys",
        ),
        pytest.param(
            "Prime Minister Ken Aoki arrived in Seoul on Sunday for talks with South Korean President Min-ho Park. "
            "Aoki's trip is the first since 2018, when then-Prime Minister Taro Abe met President Jae-won Moon.",
            "The Tokyo Daily",
            "Taro Abe",
            (None, "head of government", "Prime Minister"),
            id="one-named-after-the-visitors-trip-is-no-host",
        ),
        pytest.param(
            "Foreign Minister Ana Lind is on a working visit to Japan. Minister Lind, accompanied by Minister of "
            "Trade Sam Tan, met Minister of Defense Kenji Ota.",
            "Ministry of Foreign Affairs of Singapore",
            "Sam Tan",
            (None, "trade minister", "Minister of Trade"),
            id="one-who-came-with-the-visitor-is-no-host",
        ),
        pytest.param(
            "Ghanaian President John Mahama arrived in Nairobi on Monday for a state visit. The visiting leader "
            "also met Prime Minister Musalia Mudavadi and Speaker Moses Wetangula.",
            None,
            "Moses Wetangula",
            ("KE", "other", "Speaker"),
            id="one-the-visiting-leader-meets-is-the-visited-countrys",
        ),
        pytest.param(
            "Indian External Affairs Minister S. Jaishankar will visit Sri Lanka on Friday. He will call on "
            "President Anura Dissanayake and meet Prime Minister Harini Amarasuriya.",
            None,
            "Harini Amarasuriya",
            ("LK", "head of government", "Prime Minister"),
            id="one-he-will-meet-after-he-will-visit-a-country-is-its",
        ),
        pytest.param(
            "Chancellor Angela Merkel met French President Emmanuel Macron in Paris. Germany and France agreed on "
            "a plan.",
            None,
            "Angela Merkel",
            ("DE", "head of government", "Chancellor"),
            id="a-chancellor-is-of-the-one-country-so-styling-its-head-the-story-names",
        ),
        pytest.param(
            "Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk held talks in Warsaw.",
            None,
            "Olaf Scholz",
            (None, "head of government", "Chancellor"),
            id="a-chancellor-of-a-story-naming-neither-germany-nor-austria-has-no-country",
        ),
        pytest.param(
            "Prime Minister Abiy Ahmed held a bilateral discussion with presidents of Djibouti, Ismail Omar "
            "Guelleh, Beji Caid Essebsi of Tunisia and Kersti Kaljulaid of Estonia. The discussion with President "
            "Guelleh focused on trade.",
            "Ethiopian News Agency",
            "Ismail Omar Guelleh",
            ("DJ", "head of state", "president"),
            id="presidents-of-a-country-comma-a-name-is-that-countrys-president",
        ),
        pytest.param(
            "Japanese Prime Minister Shinzo Abe condemned the launch. Mr Shotaro Yachi, Mr Abe's top security "
            "adviser, also had a call with US national security adviser H.R. McMaster.",
            None,
            "Shotaro Yachi",
            ("JP", "other", "security adviser"),
            id="someones-adviser-set-off-after-a-name-is-of-their-country",
        ),
        pytest.param(
            "In Warsaw Angela Merkel and Beata Szydlo discussed the rule of law.",
            None,
            "Angela Merkel",
            (None, "other", None),
            id="a-capital-after-in-before-a-bare-name-is-where-not-whose",
        ),
        pytest.param(
            "The talks followed closer ties between Nairobi, Addis Ababa and Pretoria since the summit in May, "
            "where President Ruto Kamau, Prime Minister Abebe Tola and President Sipho Dlamini agreed to meet "
            "each year.",
            "Nairobi Wire",
            "Abebe Tola",
            ("ET", "head of government", "Prime Minister"),
            id="a-list-of-places-and-as-many-officials-pair-off-in-order",
        ),
        pytest.param(
            "Chancellor Anna Weber spoke to Spanish Prime Minister Luis Ortega this morning about trade.",
            None,
            "Luis Ortega",
            ("ES", "head of government", "Prime Minister"),
            id="a-demonym-after-to-is-whose-not-where",
        ),
        pytest.param(
            "Japanese Foreign Minister Taro Kono condemned the nuclear test on Wednesday. Foreign Minister Park "
            "Min-ho will hold phone talks with his Chinese counterpart on Friday, the ministry said.",
            "The Korea Herald (Yonhap)",
            "Park Min-ho",
            ("KR", "foreign minister", "Foreign Minister"),
            id="a-home-papers-official-is-not-of-his-counterparts-country",
        ),
        pytest.param(
            "Foreign Minister Ali Hassan and his Indonesian counterpart, Dewi Lestari have reaffirmed the "
            "excellent relations between the two countries.",
            None,
            "Dewi Lestari",
            ("ID", "foreign minister", None),
            id="a-name-set-off-after-counterpart-comma-is-that-counterpart",
        ),
        pytest.param(
            "He was accompanied by Indonesian Ambassador to Papua New Guinea and Solomon Islands Ana Supa.",
            None,
            "Ana Supa",
            ("ID", "other", "Ambassador"),
            id="an-envoy-to-two-countries-is-of-the-one-that-sent-her",
        ),
        pytest.param(
            "Chinese Foreign Minister Wang Lei met Australian Foreign Minister Senator Penny Wing in Perth.",
            None,
            "Penny Wing",
            ("AU", "foreign minister", "Foreign Minister"),
            id="a-senators-seat-after-a-title-is-no-part-of-it",
        ),
        pytest.param(
            "Foreign Minister Ana Popa will also meet Minister for Europe and America, Alan Dunn, on Monday.",
            None,
            "Alan Dunn",
            (None, "other", "Minister"),
            id="a-portfolio-of-parts-of-the-world-names-no-country",
        ),
        pytest.param(
            "The Peruvian and Bolivian presidents, Ana Paz and Luis Tito, respectively, met in Desaguadero "
            "on 3 May.",
            None,
            "Luis Tito",
            ("BO", "head of state", "president"),
            id="demonyms-of-a-plural-title-pair-with-the-names-set-off-after-it",
        ),
        pytest.param(
            "The President-elect of Guinea-Bissau, Umaro Embalo, met Senegalese President Macky Sall in "
            "Dakar.",
            None,
            "Umaro Embalo",
            ("GW", "other", "President-elect"),
            id="the-country-after-a-president-elect",
        ),
        pytest.param(
            "The Chairman of the Transitional Military Council, Idriss Kaba, met Nigerien President Ali "
            "Bazoum in Niamey.",
            None,
            "Idriss Kaba",
            (None, "head of state", "Chairman of the Transitional Military Council"),
            id="the-chairman-of-a-ruling-council-heads-the-state",
        ),
        pytest.param(
            "Northern Ireland's First Minister Michelle O'Neill met Irish Taoiseach Leo Varadkar in Belfast.",
            None,
            "Michelle O'Neill",
            (None, "other", "First Minister"),
            id="northern-irelands-first-minister-is-no-irish-ones",
        ),
        pytest.param(
            "Foreign Minister Ararat Mirzoyan received Igor Khovaev, the Russian Co-Chair of the Minsk "
            "Group.",
            None,
            "Igor Khovaev",
            ("RU", "other", "Co-Chair"),
            id="a-co-chair-is-a-title-with-its-demonym",
        ),
        pytest.param(
            "On the Norwegian side, the talks were attended by Prime Minister Ola Tveit and Minister of "
            "Finance Jan Aas.",
            None,
            "Jan Aas",
            ("NO", "finance minister", "Minister of Finance"),
            id="on-one-countrys-side-its-titled-people",
        ),
        pytest.param(
            "President Tom Hale, who moved away from predecessor Mark Dorsey's approach, gave Vice President "
            "Laura Benning the job of leading efforts with the Northern Triangle - Panama, Belize and "
            "Honduras.",
            None,
            "Mark Dorsey",
            (None, "other", "predecessor"),
            id="names-strewn-over-a-sentence-do-not-pair-off-with-its-places",
        ),
        pytest.param(
            "Foreign Minister of the People's Republic of China Zhou Ping met Kenyan President Amina "
            "Wanjiru.",
            None,
            "Zhou Ping",
            ("CN", "foreign minister", "Foreign Minister"),
            id="the-peoples-republic-of-china-is-not-the-republic-of-china",
        ),
        pytest.param(
            "Australian Minister for Foreign Affairs, Senator Penny Wong and Assistant Minister Matt Ryan have "
            "arrived in the country.",
            None,
            "Penny Wong",
            ("AU", "foreign minister", "Minister for Foreign Affairs"),
            id="the-office-before-a-senators-seat",
        ),
        pytest.param(
            "Minister Karki met Deputy Prime Minister and Foreign Minister Thailand Don Pramudwinai.",
            None,
            "Don Pramudwinai",
            ("TH", "foreign minister", "Deputy Prime Minister and Foreign Minister"),
            id="a-country-named-between-the-title-and-the-name",
        ),
        pytest.param(
            "WASHINGTON (AP)\n\nChile's Finance Minister Pablo Rojas is in Washington. President Ted Marsh spoke "
            "Tuesday with Chilean President Jorge Ibarra.",
            "Taiwan News",
            "Ted Marsh",
            ("US", "head of state", "President"),
            id="wire-copy-by-its-dateline-speaks-from-the-dateline",
        ),
    ],
)
def test_cast_office_and_country(
    text: str, source: str | None, name: str, expected: tuple[str | None, str, str | None]
) -> None:
    """Each person gets the country, office class and title the article's evidence gives, in the documented order."""
    found = person(text, name, source)
    assert (found.country, found.role, found.title) == expected


@pytest.mark.parametrize(
    ("text", "names", "sentences"),
    [
        pytest.param(
            "Fumio Kishida arrived in Seoul. Minister Kishida met reporters. Kishida left.",
            ["Fumio Kishida"],
            [0, 1, 2],
            id="kishida-three-ways",
        ),
        pytest.param(
            "Sergei Lavrov arrived in Ankara. Sergey Viktorovich Lavrov met Hakan Fidan.",
            ["Sergey Lavrov", "Hakan Fidan"],
            [0, 1],
            id="transliterated-given-names",
        ),
        pytest.param(
            "Secretary of State Marco Rubio arrived in Panama. Rubio, whom the Senate confirmed on Monday, met "
            "Foreign Minister Wang Yi.",
            ["Marco Rubio", "Wang Yi"],
            [0, 1],
            id="family-name-standing-alone",
        ),
        pytest.param(
            "President Barack Obama arrived in Tokyo with first lady Michelle Obama. President Obama met Prime "
            "Minister Shinzo Abe.",
            ["Barack Obama", "Michelle Obama", "Shinzo Abe"],
            [0, 1],
            id="obama-is-the-office-holder",
        ),
        pytest.param(
            "President Luiz Inácio Lula da Silva arrived in Italy with his wife, Janja Lula da Silva. Emmanuel "
            "Macron met with Lula.",
            ["Luiz Inácio Lula da Silva", "Janja Lula da Silva", "Emmanuel Macron"],
            [0, 1],
            id="a-bare-name-is-the-office-holders",
        ),
        pytest.param(
            "Foreign Minister Completes Successful Week Of International Engagements\n\nForeign Minister "
            "Winston Peters today wrapped up a week of engagements in New York.",
            ["Winston Peters"],
            [1],
            id="a-headline-name-the-story-never-writes",
        ),
        pytest.param(
            "Secretary of State Antony Blinken arrived in Tokyo on Monday. Japanese Foreign Minister Yoko Kamikawa "
            "met the Secretary on Tuesday.",
            ["Antony Blinken", "Yoko Kamikawa"],
            [0, 1],
            id="the-secretary-is-one-so-titled",
        ),
        pytest.param(
            "Sheikh Mohamed bin Zayed received Abiy Ahmed. Also present were Sheikh Hamdan bin Mohamed bin Zayed "
            "and Mohammed bin Hamad bin Tahnoun. Sheikh Mohamed stated in a tweet that he was pleased.",
            ["Mohamed bin Zayed", "Abiy Ahmed", "Hamdan bin Mohamed bin Zayed", "Mohammed bin Hamad bin Tahnoun"],
            [0, 2],
            id="a-father-in-a-sons-name-is-not-the-son",
        ),
        pytest.param(
            "Saudi Crown Prince Mohammed bin Salman met US Secretary of State Antony Blinken in Jeddah on Monday. "
            "King Salman bin Abdulaziz sent greetings. Later bin Salman and Blinken discussed Sudan.",
            ["Mohammed bin Salman", "Antony Blinken", "Salman bin Abdulaziz"],
            [0, 2],
            id="bin-salman-is-the-son-not-the-father",
        ),
        pytest.param(
            "Prime Minister Tom Hale held talks with Chancellor Karl Vogt in Vienna on Monday. On Tuesday, "
            "the Prime Minister held talks with French President Marc Roy in Paris.",
            ["Tom Hale", "Karl Vogt", "Marc Roy"],
            [0, 1],
            id="the-prime-minister-is-the-one-so-titled-not-a-chancellor-named-since",
        ),
        pytest.param(
            "Prime Minister Tom Hale met Chancellor Karl Vogt in Berlin on Monday. Vogt praised the ties. "
            "Vogt said trade was growing. The Prime Minister thanked the Chancellor.",
            ["Tom Hale", "Karl Vogt"],
            [0, 3],
            id="the-prime-minister-is-the-one-so-titled-not-a-chancellor-named-more-often",
        ),
    ],
)
def test_cast_mentions_of_one_person(text: str, names: list[str], sentences: list[int]) -> None:
    """Mentions of one person become one person; the first person named is mentioned in the listed sentences."""
    people = cast_of(text).people
    assert [p.name for p in people] == names
    assert sorted({m.sentence for m in people[0].mentions}) == sentences


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param(
            "Dan Lee was the prime minister of Fiji until 2020.",
            "Dan Lee",
            ("head of government", "former"),
            id="was-the-title-is-former",
        ),
        pytest.param(
            "He held talks with Anwaar-ul-Haq Kakr, the caretaker Prime Minister of Pakistan since August.",
            "Anwaar-ul-Haq Kakr",
            ("head of government", "acting"),
            id="a-caretaker-acts",
        ),
        pytest.param(
            "Party officials said Mr. Ana Sato will be the next Minister for Foreign Affairs of Japan.",
            "Ana Sato",
            ("foreign minister", "designate"),
            id="will-be-the-next-title-is-designate",
        ),
        pytest.param(
            "Glenn says Prime Minister Gordon Brown's predecessor, Tony Blair, found it hard.",
            "Tony Blair",
            ("head of government", "former"),
            id="predecessor-held-it-before",
        ),
        pytest.param(
            "Kenji Sato was appointed foreign minister of Japan on Tuesday, replacing Aiko Mori.",
            "Aiko Mori",
            ("foreign minister", "former"),
            id="replaced-held-it-before",
        ),
    ],
)
def test_cast_office_status(text: str, name: str, expected: tuple[str, str]) -> None:
    """The clause says whether the office is held, was held, or is yet to be."""
    found = person(text, name)
    assert (found.role, found.status) == expected


def test_cast_the_king_far_down_the_story_is_the_storys_own_king() -> None:
    """King Abdullah all through the story, King Salman once: "the King received X" ten sentences on is Abdullah."""
    text = (
        "AMMAN - His Majesty King Abdullah on Wednesday received a Saudi envoy, who delivered a letter from King "
        "Salman. King Abdullah asked the envoy to convey his greetings. Talks covered ties. Talks covered trade. "
        "Talks covered the region. Talks covered water. Talks covered energy.\n\nAlso on Wednesday, the King "
        "received Qatari Defence Minister Khalid Al Attiyah."
    )
    found = cast_of(text)
    abdullah = next(p for p in found.people if p.name == "Abdullah")
    assert any(
        m.reference and m.sentence == max(m.sentence for m in abdullah.mentions) for m in abdullah.mentions
    )
    assert abdullah.mentioned_in(len(parsed(text).sentences) - 1)


def test_cast_as_a_title_before_the_subject_is_no_apposition() -> None:
    """ "As prime minister, Cameron had denounced ...": the office he held then, not his title now."""
    text = "British Foreign Secretary David Cameron met Blinken. As prime minister, Cameron had denounced it."
    assert person(text, "David Cameron").role == "foreign minister"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chinese Foreign Minister Wang Yi engaged in talks on trade.", [], id="engaged-in-talks-alone"
        ),
        pytest.param(
            "Kenyan President William Ruto welcomed the agreement on Monday.", [], id="welcomed-a-thing"
        ),
        pytest.param(
            "Italian Foreign Minister Antonio Tajani was welcomed by Prime Minister Kyriakos Mitsotakis in Athens.",
            [{"Antonio Tajani", "Kyriakos Mitsotakis"}],
            id="welcomed-by-a-person",
        ),
        pytest.param("The agreement was welcomed by the markets on Monday.", [], id="welcomed-by-a-thing"),
        pytest.param(
            "Japanese Foreign Minister Ken Sato was not able to speak with Chinese Foreign Minister Wang Yi on "
            "Tuesday.",
            [],
            id="was-not-able-to-speak",
        ),
        pytest.param(
            "To that end, we welcome King Omar’s and President Demir’s agreement of yesterday to set up a joint "
            "working group.",
            [],
            id="welcoming-what-two-agreed-is-welcoming-no-one",
        ),
        pytest.param(
            "Prime Minister Abiy Ahmed also discussed with Kenyan President William Ruto on the status of the road.",
            [{"Abiy Ahmed", "William Ruto"}],
            id="discussed-with-a-person",
        ),
        pytest.param(
            "Prime Minister Abiy Ahmed discussed the budget with his cabinet.", [], id="discussed-with-no-one"
        ),
        pytest.param(
            "Kenyan Foreign Minister Musalia Mudavadi also discussed with his Ugandan counterpart, Jeje Odongo, "
            "ways of boosting trade.",
            [{"Musalia Mudavadi", "Jeje Odongo"}],
            id="discussed-with-a-counterpart",
        ),
        pytest.param(
            "Ethiopian Prime Minister Abiy Ahmed and Kenyan President William Ruto exchanged views on the road.",
            [{"Abiy Ahmed", "William Ruto"}],
            id="two-named-exchanged-views",
        ),
        pytest.param(
            "Kenyan President William Ruto pushed for talks with rebels on Monday.", [], id="pushed-for-talks"
        ),
    ],
)
def test_meeting_verbs_that_need_a_person(text: str, expected: list[set[str]]) -> None:
    """ "welcome" and "engage" meet only a person; "for talks" joins a verb's "with" only after "sat down"."""
    assert [{p.name for p in m.participants} for m in meetings_of(text)] == expected


def test_cast_definite_title_skips_a_person_described_by_another_occupation() -> None:
    """ "correspondent Paula Wolfson reports ... the prime minister": the title is not hers."""
    text = (
        "U.S. President George Bush is in London. VOA correspondent Paula Wolfson reports they will travel on. "
        "Officials say both the president and the prime minister want troops home."
    )
    assert person(text, "Paula Wolfson").role == "other"


def test_cast_title_case_headline_word_after_a_title_is_no_name() -> None:
    """ "Obama, Tanzanian President Discuss Development": a verb in title case is no titled name."""
    text = (
        "Obama, Tanzanian President Discuss Development, Regional Conflicts\n\n"
        "President Barack Obama and President Jakaya Kikwete have discussed trade. Kikwete thanked Obama."
    )
    names = {p.name for p in cast_of(text).people}
    assert "Discuss Development" not in names
    assert {"Barack Obama", "Jakaya Kikwete"} <= names


def test_cast_definite_title_is_someone_else_when_it_meets_them() -> None:
    """ "The Foreign Secretary met Simon Coveney": the title is not Coveney's, though he was named before."""
    coveney = person(
        "Simon Coveney flew to London on Monday. The Foreign Secretary met Simon Coveney on Tuesday.",
        "Simon Coveney",
    )
    assert (coveney.title, coveney.role) == (None, "other")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Foreign Secretary arrived in Dublin.",
            ("Foreign Secretary", "foreign minister", "GB", True),
            id="the-foreign-secretary",
        ),
        pytest.param(
            "Japan's new foreign minister arrived in Lima.",
            ("foreign minister", "foreign minister", "JP", True),
            id="japans-new-foreign-minister",
        ),
        pytest.param(
            "The Indian prime minister arrived in Tokyo.",
            ("prime minister", "head of government", "IN", True),
            id="the-indian-prime-minister",
        ),
    ],
)
def test_cast_offices_named_without_a_person(text: str, expected: tuple[str, str, str, bool]) -> None:
    """An office named without a name is kept, with its class, country, and whether it is definite."""
    [found] = cast_of(text).offices
    assert (found.office.title, found.office.role, found.office.country, found.definite) == expected


def test_cast_title_of_a_named_person_is_no_unnamed_office() -> None:
    """ "Japan's foreign minister, Yoko Kamikawa": the title is the person's own, not an office named alone."""
    text = "Japan's foreign minister, Yoko Kamikawa, arrived in Lima."
    assert cast_of(text).offices == ()
    assert person(text, "Yoko Kamikawa").title == "foreign minister"


def test_cast_possessive_mention() -> None:
    """ "Kishida's meeting": the mention is marked possessive."""
    kishida = person(
        "Prime Minister Fumio Kishida's meeting with Chinese Premier Li Qiang was cordial.", "Fumio Kishida"
    )
    assert [m.possessive for m in kishida.mentions] == [True]


def test_cast_listed_counterparts_countries_in_step() -> None:
    """ "his Japanese and Chinese counterparts, Iwaya Takeshi and Wang Yi": JP and CN, in step with the names."""
    text = (
        "South Korean Foreign Minister Cho Tae-yul met his Japanese and Chinese counterparts, Iwaya Takeshi and "
        "Wang Yi, in Busan."
    )
    assert [person(text, name).country for name in ("Iwaya Takeshi", "Wang Yi")] == ["JP", "CN"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "On November 14, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with Mr. WANG "
            "Yi, Minister of Foreign Affairs of China.",
            [("Takeshi Iwaya", "Iwaya"), ("Wang Yi", "Wang")],
            id="japanese-given-first-chinese-family-first",
        ),
        pytest.param(
            "King Charles III met President Emmanuel Macron in Paris.",
            [("Charles III", None), ("Emmanuel Macron", None)],
            id="roman-numerals-kept",
        ),
    ],
)
def test_cast_printed_names(text: str, names: list[tuple[str, str | None]]) -> None:
    """Names are printed as English news prints them, with the family name recorded when known."""
    assert [(p.name, p.family) for p in cast_of(text).people] == names


@pytest.mark.parametrize(
    ("url", "country"),
    [
        pytest.param("https://www.fbcnews.com.fj/news/x/", "FJ", id="country-domain"),
        pytest.param("https://www.bbc.co.uk/news/world-1", "GB", id="uk-is-gb"),
        pytest.param("https://pledgetimes.com/lula/", None, id="generic-domain"),
        pytest.param("https://example.io/a", None, id="domain-sold-to-all"),
        pytest.param(None, None, id="no-url"),
    ],
)
def test_cast_url_country(url: str | None, country: str | None) -> None:
    """A page's country-code domain says where it is published; generic and open domains say nothing."""
    assert cast.url_country(url) == country


def test_cast_an_outlets_own_leader_opening_the_story_is_of_its_country() -> None:
    """A Fijian outlet: "Prime Minister Sitiveni Rabuka was welcomed by New Zealand's Minister for X, Simon Watts"."""
    text = (
        "Prime Minister Sitiveni Rabuka was warmly welcomed by New Zealand's Minister for Climate Change, "
        "Simon Watts, on his arrival in Auckland yesterday. Rabuka is on a visit to New Zealand."
    )
    people = {
        p.name: p for p in cast.build(parsed(text), "FBC News", "https://www.fbcnews.com.fj/news/x/").people
    }
    assert (people["Sitiveni Rabuka"].country, people["Sitiveni Rabuka"].role) == ("FJ", "head of government")
    assert people["Simon Watts"].country == "NZ"


@pytest.mark.parametrize(
    ("source", "country"),
    [
        pytest.param("Malta Courier", "MT", id="country-name"),
        pytest.param("The Daily Star (Lebanon)", "LB", id="country-in-brackets"),
        pytest.param("Bishkek Evening Post", "KG", id="capital"),
        pytest.param("World Affairs Wire", None, id="no-country"),
        pytest.param("Greece and Turkey Review", None, id="two-countries-say-nothing"),
        pytest.param(None, None, id="no-source"),
    ],
)
def test_cast_outlet_country(source: str | None, country: str | None) -> None:
    """A news outlet's name says where it is at home when it names one country."""
    assert cast.outlet_country(source) == country


def test_cast_an_outlets_own_officials_are_its_countrys_anywhere_in_the_story() -> None:
    """A Maltese paper: "The EU's envoy ... was welcomed by President Myriam Spiteri" (no country: Malta's)."""
    text = (
        "European Commission President Ursula von der Leyen arrived in Valletta for talks on Monday. "
        "Officials had prepared for weeks. She was welcomed by President Myriam Spiteri Debono at the palace."
    )
    people = {p.name: p for p in cast.build(parsed(text), "Malta Courier", "https://example.com/a").people}
    assert people["Myriam Spiteri Debono"].country == "MT"
    assert people["Ursula von der Leyen"].country is None


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param(
            "Nepalese Prime Minister Pushpa Kamal Dahal met Indian officials in Kathmandu. "
            "Foreign Secretary Vinay Kwatra was at the meeting.",
            "Vinay Kwatra",
            (None, "other"),
            id="a-foreign-secretary-in-a-story-without-britain",
        ),
        pytest.param(
            "Foreign Secretary Boris Johnson held talks with French President Emmanuel Macron on Monday.",
            "Boris Johnson",
            ("GB", "foreign minister"),
            id="a-foreign-secretary-in-a-story-far-from-south-asia-is-britains",
        ),
        pytest.param(
            "Bangladesh Foreign Secretary (Senior Secretary) Masud Bin Momen called on the Indian External Affairs "
            "Minister Dr. S. Jaishankar in New Delhi on Thursday.",
            "Masud Bin Momen",
            ("BD", "other"),
            id="a-south-asian-foreign-secretary-is-a-civil-servant",
        ),
        pytest.param(
            "Britain's Foreign Secretary David Lammy met Indian officials in New Delhi. "
            "Foreign Secretary David Lammy said Britain and India would talk again.",
            "David Lammy",
            ("GB", "foreign minister"),
            id="britains-foreign-secretary",
        ),
        pytest.param(
            "Tánaiste Micheál Martin met the press in Brussels.",
            "Micheál Martin",
            ("IE", "other"),
            id="the-tanaiste-is-irelands",
        ),
        pytest.param(
            "Chilean Chancellor Rodrigo Soto arrived on Monday.",
            "Rodrigo Soto",
            ("CL", "foreign minister"),
            id="a-latin-american-canciller",
        ),
        pytest.param(
            "The Foreign Minister, Rodrigo Soto, opened the meeting. Chancellor Soto welcomed the participants.",
            "Rodrigo Soto",
            (None, "foreign minister"),
            id="chancellor-beside-foreign-minister",
        ),
        pytest.param(
            "German Chancellor Anna Weber arrived on Monday.",
            "Anna Weber",
            ("DE", "head of government"),
            id="a-german-chancellor-heads-the-government",
        ),
    ],
)
def test_cast_a_title_that_means_one_office_in_some_countries(
    text: str, name: str, expected: tuple[str | None, str]
) -> None:
    """India, Pakistan and Nepal call the permanent head of their foreign ministry "Foreign Secretary"; the
    "Chancellor" of Spanish- and Portuguese-speaking America ("Chilean Chancellor X", or "Chancellor X" who is
    "the Foreign Minister") is its foreign minister, Germany's heads the government."""
    found = person(text, name)
    assert (found.country, found.role) == expected


def test_cast_a_headlines_verb_is_no_part_of_a_name() -> None:
    """A title-case headline "Netanyahu Meets With German Foreign Minister, Talks Iran" names no "Netanyahu Meets With"."""
    text = (
        "Netanyahu Meets With German Foreign Minister, Talks Iran and Gaza Threats\n\n"
        "Prime Minister Benjamin Netanyahu met German Foreign Minister Heiko Maas in Jerusalem on Thursday."
    )
    names = {p.name for p in cast.build(parsed(text), None, None).people}
    assert not any("Meets" in name or "With" in name for name in names)


def test_cast_an_abbreviated_title_is_a_title_not_a_name() -> None:
    """A caption's "PM Trudeau meets with President Donald Trump" is the Prime Minister Justin Trudeau of the text."""
    text = "Prime Minister Justin Trudeau met President Donald Trump today.\n\nPM Trudeau meets with President Donald Trump"
    names = [p.name for p in cast.build(parsed(text), None, None).people]
    assert sorted(names) == ["Donald Trump", "Justin Trudeau"]


def test_cast_two_bare_officials_in_one_office_are_not_both_the_outlets() -> None:
    """An Indian paper: "X also met Prime Minister Harini Amarasuriya", later "PM Narendra Modi": neither is made Indian."""
    text = (
        "NEW DELHI: External Affairs Minister S Jaishankar called on Sri Lankan President Anura Kumara Dissanayake "
        "in Colombo on Friday. Jaishankar also met Prime Minister Harini Amarasuriya. He conveyed the greetings of "
        "PM Narendra Modi."
    )
    people = {p.name: p for p in cast.build(parsed(text), "The Indian Courier", None).people}
    assert people["Harini Amarasuriya"].country != "IN"


@pytest.mark.parametrize(
    ("source", "country"),
    [
        pytest.param("MOFA Japan", "JP", id="mofa-japan"),
        pytest.param("U.S. Department of State", "US", id="state-department"),
        pytest.param("Global Affairs Canada (via Web Newswire)", "CA", id="global-affairs-canada"),
    ],
)
def test_cast_source_country(source: str, country: str) -> None:
    """The government publishing a text is read from its header's source."""
    assert cast.source_country(source) == country


# -- meetings: triggers and participants (through extract) -------------------------------------------


BLINKEN = ("Antony Blinken", "US", "foreign minister")
KAMIKAWA = ("Yoko Kamikawa", "JP", "foreign minister")
WANG = ("Wang Yi", "CN", "foreign minister")


@pytest.mark.parametrize(
    ("text", "participants", "kind", "date"),
    [
        pytest.param(
            "U.S. Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa on Wednesday.",
            {BLINKEN, KAMIKAWA},
            "in-person",
            "2024-11-13",
            id="met",
        ),
        pytest.param(
            "U.S. Secretary of State Antony Blinken held talks with Japanese Foreign Minister Yoko Kamikawa on Wednesday.",
            {BLINKEN, KAMIKAWA},
            "in-person",
            "2024-11-13",
            id="held-talks",
        ),
        pytest.param(
            "U.S. Secretary of State Antony Blinken spoke by phone with Japanese Foreign Minister Yoko Kamikawa on Wednesday.",
            {BLINKEN, KAMIKAWA},
            "call",
            "2024-11-13",
            id="spoke-by-phone",
        ),
        pytest.param(
            "Chinese President Xi Jinping received Japanese Foreign Minister Yoko Kamikawa on Wednesday.",
            {("Xi Jinping", "CN", "head of state"), KAMIKAWA},
            "in-person",
            "2024-11-13",
            id="received",
        ),
        pytest.param(
            "Japanese Foreign Minister Yoko Kamikawa was received by Chinese President Xi Jinping on Wednesday.",
            {("Xi Jinping", "CN", "head of state"), KAMIKAWA},
            "in-person",
            "2024-11-13",
            id="received-by-passive",
        ),
        pytest.param(
            "Japanese Prime Minister Fumio Kishida hosted Indian Prime Minister Narendra Modi on Wednesday.",
            {("Fumio Kishida", "JP", "head of government"), ("Narendra Modi", "IN", "head of government")},
            "in-person",
            "2024-11-13",
            id="hosted",
        ),
        pytest.param(
            "Japanese Foreign Minister Yoko Kamikawa had a meeting with Chinese Foreign Minister Wang Yi on Wednesday.",
            {KAMIKAWA, WANG},
            "in-person",
            "2024-11-13",
            id="a-meeting-with",
        ),
        pytest.param(
            "Secretary Mattis' Meeting with Japanese Defense Minister Tomomi Inada\nThe two discussed the alliance.",
            {("Mattis", None, "other"), ("Tomomi Inada", "JP", "defence minister")},
            "in-person",
            PUBLISHED,
            id="heading-meeting-with",
        ),
        pytest.param(
            "John Kerry\nRemarks With Moroccan Foreign Minister Salaheddine Mezouar\nThank you very much.",
            {("John Kerry", None, "other"), ("Salaheddine Mezouar", "MA", "foreign minister")},
            "in-person",
            PUBLISHED,
            id="remarks-with-heading",
        ),
        pytest.param(
            "Secretary of State Antony Blinken held a joint news conference with Egyptian Foreign Minister Sameh "
            "Shoukry on Monday.",
            {BLINKEN, ("Sameh Shoukry", "EG", "foreign minister")},
            "in-person",
            "2024-11-11",
            id="joint-news-conference",
        ),
        pytest.param(
            "President Barack Obama arrived in Dar es Salaam on Monday. Tanzanian President Jakaya Kikwete gave a "
            "speech. Obama and Kikwete discussed trade.",
            {("Barack Obama", None, "head of state"), ("Jakaya Kikwete", "TZ", "head of state")},
            "in-person",
            PUBLISHED,
            id="two-named-subjects-discussed",
        ),
        pytest.param(
            "President Barack Obama and President Jakaya Kikwete have discussed trade.",
            {("Barack Obama", None, "head of state"), ("Jakaya Kikwete", None, "head of state")},
            "in-person",
            PUBLISHED,
            id="two-presidents-have-discussed",
        ),
        pytest.param(
            "Chinese Foreign Minister Wang Yi told Secretary of State Marco Rubio in their first phone call on "
            "Friday that Beijing wants stable ties.",
            {WANG, ("Marco Rubio", "US", "foreign minister")},
            "call",
            "2024-11-08",
            id="told-in-their-first-phone-call",
        ),
        pytest.param(
            "Chinese Foreign Minister Wang Yi and Secretary of State Marco Rubio agreed at the talks on Friday to "
            "keep channels open.",
            {WANG, ("Marco Rubio", "US", "foreign minister")},
            "in-person",
            "2024-11-08",
            id="agreed-at-the-talks",
        ),
        pytest.param(
            "Secretary of State Antony Blinken arrived in Beijing and met Chinese Foreign Minister Wang Yi on Friday.",
            {BLINKEN, WANG},
            "in-person",
            "2024-11-08",
            id="arrived-and-met",
        ),
        pytest.param(
            "When Secretary of State Antony Blinken visited Beijing on Friday, he held talks with Chinese Foreign "
            "Minister Wang Yi.",
            {BLINKEN, WANG},
            "in-person",
            "2024-11-08",
            id="he-after-when-clause",
        ),
        pytest.param(
            "Secretary of State John Kerry spoke to reporters in Beijing on Friday following his meeting with "
            "Chinese Foreign Minister Wang Yi.",
            {("John Kerry", "US", "foreign minister"), WANG},
            "in-person",
            "2024-11-08",
            id="his-meeting-with",
        ),
        pytest.param(
            "Secretary of Defense Jim Mattis met Japanese Defense Minister Tomomi Inada on Friday.",
            {("Jim Mattis", "US", "defence minister"), ("Tomomi Inada", "JP", "defence minister")},
            "in-person",
            "2024-11-08",
            id="person-inside-subject-phrase",
        ),
        pytest.param(
            "President Joe Biden and Prime Minister Keir Starmer, who met at the White House on Friday, discussed "
            "Ukraine.",
            {("Joe Biden", None, "head of state"), ("Keir Starmer", None, "head of government")},
            "in-person",
            "2024-11-08",
            id="relative-clause-antecedents",
        ),
        pytest.param(
            "Japanese Prime Minister Fumio Kishida hosted the meeting, attended by Australian Prime Minister "
            "Anthony Albanese and Indian Prime Minister Narendra Modi, on Friday.",
            {
                ("Fumio Kishida", "JP", "head of government"),
                ("Anthony Albanese", "AU", "head of government"),
                ("Narendra Modi", "IN", "head of government"),
            },
            "in-person",
            "2024-11-08",
            id="attended-by",
        ),
        pytest.param(
            "Foreign Ministry spokesperson Mao Ning said Chinese Foreign Minister Wang Yi met Japanese Foreign "
            "Minister Yoko Kamikawa on Monday.",
            {WANG, KAMIKAWA},
            "in-person",
            "2024-11-11",
            id="reporting-speaker-stays-out",
        ),
        pytest.param(
            "Chinese Foreign Minister Wang Yi and Foreign Ministry spokesperson Mao Ning met Japanese Foreign "
            "Minister Yoko Kamikawa on Monday.",
            {WANG, KAMIKAWA},
            "in-person",
            "2024-11-11",
            id="spokesperson-is-no-participant",
        ),
        pytest.param(
            "U.S. Secretary of State Antony Blinken called on acting President Choi Sang-mok in Seoul on Monday.",
            {BLINKEN, ("Choi Sang-mok", None, "head of state")},
            "in-person",
            "2024-11-11",
            id="called-on-is-a-visit",
        ),
        pytest.param(
            "Indian Prime Minister Narendra Modi called on Prime Minister Fumio Kishida in Tokyo on Monday.",
            {("Narendra Modi", "IN", "head of government"), ("Fumio Kishida", None, "head of government")},
            "in-person",
            "2024-11-11",
            id="called-on-prime-minister-kishida",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa on the sidelines of the "
            "APEC summit on Thursday.",
            {BLINKEN, KAMIKAWA},
            "in-person",
            PUBLISHED,
            id="on-the-sidelines-of",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa on the margins of the "
            "APEC summit on Thursday.",
            {BLINKEN, KAMIKAWA},
            "in-person",
            PUBLISHED,
            id="on-the-margins-of",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa ahead of the APEC "
            "summit on Thursday.",
            {BLINKEN, KAMIKAWA},
            "in-person",
            PUBLISHED,
            id="ahead-of-the-summit",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa on the occasion of the "
            "APEC summit on Thursday.",
            {BLINKEN, KAMIKAWA},
            "in-person",
            PUBLISHED,
            id="on-the-occasion-of",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on the sidelines of the summit "
            "between President Joe Biden and President Xi Jinping on Thursday.",
            {BLINKEN, WANG},
            "in-person",
            PUBLISHED,
            id="occasion-people-are-not-at-the-meeting",
        ),
        pytest.param(
            "Secretary of State Antony Blinken arrived in Tokyo on Monday. Japanese Foreign Minister Yoko Kamikawa "
            "greeted reporters. They met on Tuesday.",
            {BLINKEN, KAMIKAWA},
            "in-person",
            "2024-11-12",
            id="they",
        ),
        pytest.param(
            "Secretary of State Antony Blinken arrived in Tokyo on Monday. Japanese Foreign Minister Yoko Kamikawa "
            "greeted reporters. The pair met on Tuesday.",
            {BLINKEN, KAMIKAWA},
            "in-person",
            "2024-11-12",
            id="the-pair",
        ),
        pytest.param(
            "Secretary of State Antony Blinken arrived in Tokyo on Monday. Japanese Foreign Minister Yoko Kamikawa "
            "greeted reporters. The two leaders met on Tuesday.",
            {BLINKEN, KAMIKAWA},
            "in-person",
            "2024-11-12",
            id="the-two-leaders",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa on Monday. The two "
            "ministers discussed North Korea.",
            {BLINKEN, KAMIKAWA},
            "in-person",
            "2024-11-11",
            id="the-two-ministers-continue",
        ),
        pytest.param(
            "Remarks\nSECRETARY KERRY: Today I met Foreign Minister Wang Yi of China.",
            {("Kerry", None, "other"), WANG},
            "in-person",
            PUBLISHED,
            id="speaker-label-secretary-kerry",
        ),
        pytest.param(
            "John Kerry\nSecretary of State\nAt my meeting with Mr. Wang Yi, we discussed climate.",
            {("John Kerry", "US", "foreign minister"), ("Wang Yi", None, "other")},
            "in-person",
            PUBLISHED,
            id="my-meeting-is-the-bylines",
        ),
        pytest.param(
            "Remarks by Michael R. Pompeo, Secretary of State\nI met Foreign Minister Wang Yi of China today.",
            {("Michael R. Pompeo", "US", "foreign minister"), WANG},
            "in-person",
            PUBLISHED,
            id="remarks-by-byline",
        ),
        pytest.param(
            "The Prime Minister spoke to President Emmanuel Macron of France on Monday.",
            {("Emmanuel Macron", "FR", "head of state")},
            "call",
            "2024-11-11",
            id="the-prime-minister-is-an-unnamed-side",
        ),
        pytest.param(
            "The Secretary met Japanese Foreign Minister Yoko Kamikawa on Monday.",
            {KAMIKAWA},
            "in-person",
            "2024-11-11",
            id="the-secretary-is-an-unnamed-side",
        ),
        pytest.param(
            "Prime Minister Keir Starmer arrived in Paris on Monday. The Prime Minister spoke to President Emmanuel "
            "Macron on Tuesday.",
            {("Keir Starmer", None, "head of government"), ("Emmanuel Macron", None, "head of state")},
            "call",
            "2024-11-12",
            id="the-prime-minister-named-before",
        ),
        pytest.param(
            "Kenyan President William Ruto spoke by phone with Canada's Minister for International Trade, "
            "Maninder Sidhu, on Monday.",
            {("William Ruto", "KE", "head of state"), ("Maninder Sidhu", "CA", "trade minister")},
            "call",
            "2024-11-11",
            id="title-comma-name-apposition",
        ),
        pytest.param(
            "The Secretary-General of the Commonwealth, Shirley Botchwey, was received on Monday by the Prime "
            "Minister of Jamaica, Andrew Holness.",
            {("Shirley Botchwey", None, "other"), ("Andrew Holness", "JM", "head of government")},
            "in-person",
            "2024-11-11",
            id="received-by-title-of-country-comma-name",
        ),
        pytest.param(
            "Colombian President Gustavo Petro welcomed his counterpart from Ecuador, Daniel Noboa, at the "
            "presidential palace on Monday.",
            {("Gustavo Petro", "CO", "head of state"), ("Daniel Noboa", "EC", "head of state")},
            "in-person",
            "2024-11-11",
            id="welcomed-counterpart-from-country",
        ),
        pytest.param(
            "Chinese Foreign Minister Wang Yi engaged his Brazilian counterpart, Mauro Vieira, on trade on Monday.",
            {WANG, ("Mauro Vieira", "BR", "foreign minister")},
            "in-person",
            "2024-11-11",
            id="engaged-counterpart",
        ),
        pytest.param(
            "South African President Cyril Ramaphosa sat down with British Prime Minister Keir Starmer for talks "
            "on Monday.",
            {("Cyril Ramaphosa", "ZA", "head of state"), ("Keir Starmer", "GB", "head of government")},
            "in-person",
            "2024-11-11",
            id="sat-down-with-for-talks",
        ),
        pytest.param(
            "Kenyan President William Ruto on Monday held talks with Tanzanian President Samia Suluhu Hassan who "
            "paid him a courtesy call at State House, Nairobi.",
            {("William Ruto", "KE", "head of state"), ("Samia Suluhu Hassan", "TZ", "head of state")},
            "in-person",
            "2024-11-11",
            id="a-courtesy-call-is-a-visit",
        ),
        pytest.param(
            "Kenyan President William Ruto on Monday held a courtesy call by phone with Tanzanian President Samia "
            "Suluhu Hassan.",
            {("William Ruto", "KE", "head of state"), ("Samia Suluhu Hassan", "TZ", "head of state")},
            "call",
            "2024-11-11",
            id="a-courtesy-call-by-phone-is-a-call",
        ),
        pytest.param(
            "Foreign Minister Hakan Demir of Türkiye had a video conference with Foreign Minister Anna Kovacs of "
            "Hungary on 12 November 2024.",
            {("Hakan Demir", "TR", "foreign minister"), ("Anna Kovacs", "HU", "foreign minister")},
            "video",
            "2024-11-12",
            id="a-video-conference-is-no-press-conference",
        ),
        pytest.param(
            "Cuban Foreign Minister Bruno Rodriguez on Tuesday held a fraternal exchange with Nicaraguan Foreign "
            "Minister Denis Moncada in Mexico City.",
            {("Bruno Rodriguez", "CU", "foreign minister"), ("Denis Moncada", "NI", "foreign minister")},
            "in-person",
            "2024-11-12",
            id="an-exchange-held-with-someone",
        ),
        pytest.param(
            "South African President Cyril Ramaphosa visited Saudi Arabia on Tuesday, where he met Crown Prince "
            "and Prime Minister Mohammed bin Salman bin Abdulaziz al Saud.",
            {
                ("Cyril Ramaphosa", "ZA", "head of state"),
                ("Mohammed bin Salman bin Abdulaziz al Saud", "SA", "head of government"),
            },
            "in-person",
            "2024-11-12",
            id="the-host-of-the-country-visited",
        ),
        pytest.param(
            "Colombian President Gustavo Petro came to Brazil on Tuesday for talks on trade. The president Luiz "
            "Inacio Lula da Silva (PT) receives Petro this Wednesday at the Alvorada Palace.",
            {
                ("Gustavo Petro", "CO", "head of state"),
                ("Luiz Inacio Lula da Silva", "BR", "head of state"),
            },
            "in-person",
            "2024-11-13",
            id="the-host-of-the-country-a-guest-came-to",
        ),
        pytest.param(
            "U.S. Secretary of State Antony Blinken arrived in Seoul on Monday. Blinken called on acting President "
            "Choi Sang-mok.",
            {("Antony Blinken", "US", "foreign minister"), ("Choi Sang-mok", "KR", "head of state")},
            "in-person",
            "2024-11-11",  # the arrival's day: told undated right after it
            id="the-host-where-a-guest-arrived",
        ),
        pytest.param(
            "U.S. Secretary of State Antony Blinken arrived in Seoul on Monday. Blinken was received by acting "
            "President Choi Sang-mok.",
            {("Antony Blinken", "US", "foreign minister"), ("Choi Sang-mok", "KR", "head of state")},
            "in-person",
            "2024-11-11",  # the arrival's day: told undated right after it
            id="the-host-who-received-a-guest",
        ),
        pytest.param(
            "Opening remarks by New Zealand Foreign Minister Winston Peters in meeting with China Foreign Minister "
            "Wang Yi, in Beijing on 12 November 2024:",
            {("Winston Peters", "NZ", "foreign minister"), ("Wang Yi", "CN", "foreign minister")},
            "in-person",
            "2024-11-12",
            id="remarks-by-one-in-a-meeting-with-another",
        ),
        pytest.param(
            "U.S. Secretary of State Antony Blinken arrived in Lima on Monday for the APEC summit. Blinken met "
            "Foreign Minister Cho Tae-yul on Tuesday.",
            {("Antony Blinken", "US", "foreign minister"), ("Cho Tae-yul", None, "foreign minister")},
            "in-person",
            "2024-11-12",
            id="one-met-where-a-guest-arrived-is-no-host",
        ),
        pytest.param(
            "U.S. Secretary of State Antony Blinken arrived in Lima on Monday for the APEC summit. Blinken was "
            "received by Foreign Minister Cho Tae-yul on Tuesday.",
            {("Antony Blinken", "US", "foreign minister"), ("Cho Tae-yul", None, "foreign minister")},
            "in-person",
            "2024-11-12",
            id="a-summits-city-makes-no-host-its-own",
        ),
        pytest.param(
            "Saudi Prime Minister Mohammed bin Salman, who visited France last week, met "
            "President Cyril Ramaphosa in Riyadh on Tuesday.",
            {
                ("Mohammed bin Salman", "SA", "head of government"),
                ("Cyril Ramaphosa", None, "head of state"),
            },
            "in-person",
            "2024-11-12",
            id="anothers-journey-in-a-relative-clause",
        ),
        pytest.param(
            "His Highness the Amir, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, received on Monday at Bayan Palace "
            "the President of the Swiss Confederation, Guy Parmelin.",
            {
                ("Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah", None, "head of state"),
                ("Guy Parmelin", "CH", "head of state"),
            },
            "in-person",
            "2024-11-11",
            id="received-at-a-place-then-the-guest",
        ),
        pytest.param(
            "KUWAIT, Nov 11 (KUNA) -- The Amir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, received "
            "President Guy Parmelin of Switzerland on Monday. The meeting was attended by His Highness the Crown "
            "Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah and His Highness the Prime Minister Sheikh Ahmad "
            "Abdullah Al-Ahmad Al-Sabah.",
            {
                ("Meshal Al-Ahmad Al-Jaber Al-Sabah", "KW", "head of state"),
                ("Guy Parmelin", "CH", "head of state"),
                ("Sabah Khaled Al-Hamad Al-Sabah", "KW", "other"),
                ("Ahmad Abdullah Al-Ahmad Al-Sabah", "KW", "head of government"),
            },
            "in-person",
            "2024-11-11",
            id="attended-by-styled-officials-of-the-datelines-monarchy",
        ),
        pytest.param(
            "Prime Minister Narendra Modi held a meeting with Sri Lanka's Leader of the Opposition, Sajith "
            "Premadasa, on Monday. External Affairs Minister S. Jaishankar, National Security Adviser Ajit Doval "
            "and other officials were present during the meeting.",
            {
                ("Narendra Modi", "IN", "head of government"),
                ("Sajith Premadasa", "LK", "other"),
                ("S. Jaishankar", "IN", "foreign minister"),
                ("Ajit Doval", None, "national security adviser"),
            },
            "in-person",
            "2024-11-11",
            id="present-during-the-meeting-and-the-side-across-the-table",
        ),
        pytest.param(
            "French President Emmanuel Macron met Chairperson of the African Union Commission Moussa Faki Mahamat "
            "on Monday.",
            {("Emmanuel Macron", "FR", "head of state"), ("Moussa Faki Mahamat", None, "other")},
            "in-person",
            "2024-11-11",
            id="a-name-after-an-organisations-commission",
        ),
        pytest.param(
            "French President Emmanuel Macron met AU Commission Chairperson Moussa Faki Mahamat in Addis Ababa on "
            "Monday. Faki and Macron also spoke about the onslaught of Boko Haram in Nigeria.",
            {("Emmanuel Macron", "FR", "head of state"), ("Moussa Faki Mahamat", None, "other")},
            "in-person",
            "2024-11-11",
            id="also-spoke-about-is-more-of-the-meeting-and-its-topic-no-one",
        ),
        pytest.param(
            "On Monday, French President Emmanuel Macron and Ethiopian Prime Minister Abiy Ahmed presided over the "
            "signing of agreements. Macron also visited Lalibella, the site of famous churches.",
            {("Emmanuel Macron", "FR", "head of state"), ("Abiy Ahmed", "ET", "head of government")},
            "in-person",
            "2024-11-11",
            id="presided-together-and-a-visited-place-is-no-one",
        ),
        pytest.param(
            "President Cyril Ramaphosa received AU Commission Chairperson Moussa Faki Mahamat on Monday. During "
            "their meeting, the Chairperson briefed President Ramaphosa on preparations ahead of the upcoming "
            "extraordinary Summits on trade, due to be held virtually on the 5th December.",
            {("Cyril Ramaphosa", None, "head of state"), ("Moussa Faki Mahamat", None, "other")},
            "in-person",
            "2024-11-11",
            id="a-summit-due-to-be-held-has-its-own-day-and-is-no-one",
        ),
        pytest.param(
            "Defense Minister Prabowo Subianto said Friday that he and Australian counterpart Richard Marles "
            "discussed ways of enhancing ties.",
            {("Prabowo Subianto", None, "defence minister"), ("Richard Marles", "AU", "defence minister")},
            "in-person",
            "2024-11-08",
            id="he-and-a-counterpart-discussed",
        ),
        pytest.param(
            "Ramaphosa said he has had telephonic conversations with Russia's President Vladimir Putin on Monday.",
            {("Ramaphosa", None, "other"), ("Vladimir Putin", "RU", "head of state")},
            "call",
            "2024-11-11",
            id="telephonic-conversations-are-calls",
        ),
        pytest.param(
            "The Chairperson of the African Union Commission, Moussa Faki Mahamat, arrived in Pretoria on Monday. "
            "The Chairperson also visited the headquarters on Monday for consultations with Chief Executive "
            "Officer Dr Ibrahim Mayaki.",
            {("Moussa Faki Mahamat", None, "other"), ("Ibrahim Mayaki", None, "other")},
            "in-person",
            "2024-11-11",
            id="the-chairperson-is-the-one-so-titled",
        ),
        pytest.param(
            "Qatar's Emir Sheikh Tamim Bin Hamad al-Thani received Iranian Foreign Minister Mohammad Javad Zarif in "
            "Doha on Monday. Sheikh Tamim bin Hamad Al Thani and Zarif discussed regional issues.",
            {
                ("Tamim Bin Hamad al-Thani", "QA", "head of state"),
                ("Mohammad Javad Zarif", "IR", "foreign minister"),
            },
            "in-person",
            "2024-11-11",
            id="a-hyphenated-family-name-written-apart-is-one-person",
        ),
        pytest.param(
            "Ukrainian Defence Minister Rustem Umerov held his first meeting with the new head of the Pentagon, "
            "Pete Hegseth, on Monday.",
            {("Rustem Umerov", "UA", "defence minister"), ("Pete Hegseth", "US", "defence minister")},
            "in-person",
            "2024-11-11",
            id="the-pentagons-head",
        ),
        pytest.param(
            "Italian Prime Minister Giorgia Meloni met UAE President Sheikh Mohamed bin Zayed in Abu Dhabi on "
            "Monday. During Meloni's visit Italian state-owned oil and gas company Eni signed an energy cooperation "
            "accord with Abu Dhabi National Oil Co.",
            {
                ("Giorgia Meloni", "IT", "head of government"),
                ("Mohamed bin Zayed", "AE", "head of state"),
            },
            "in-person",
            "2024-11-11",
            id="a-firm-is-no-one",
        ),
        pytest.param(
            "Ukrainian presidential chief-of-staff Andriy Yermak met with incoming US Vice President JD Vance and "
            "new national security advisor to President-elect Donald Trump, Michael Waltz, in Washington on Monday.",
            {("Andriy Yermak", "UA", "other"), ("JD Vance", "US", "other"), ("Michael Waltz", None, "other")},
            "in-person",
            "2024-11-11",
            id="an-adviser-to-someone-met-not-the-one-served",
        ),
        pytest.param(
            "The experience of new Kazakh Foreign Minister Mukhtar Tleuberdi may help, Russian Foreign Minister "
            "Sergey Lavrov said on Monday at the beginning of his meeting with Tleuberdi.",
            {("Mukhtar Tleuberdi", "KZ", "foreign minister"), ("Sergey Lavrov", "RU", "foreign minister")},
            "in-person",
            "2024-11-11",
            id="his-meeting-with-x-is-the-subjects-not-xs",
        ),
        pytest.param(
            "British Defence Secretary Ben Wallace arrived in Kyiv on Monday. Wallace met Ukrainian President "
            "Volodymyr Zelensky on Tuesday.",
            {("Ben Wallace", "GB", "defence minister"), ("Volodymyr Zelensky", "UA", "head of state")},
            "in-person",
            "2024-11-12",
            id="ben-is-a-given-name-not-a-nasab",
        ),
        pytest.param(
            "Talks between Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan are "
            "scheduled to be held in Sochi on Friday.",
            {("Vladimir Putin", "RU", "head of state"), ("Recep Tayyip Erdogan", "TR", "head of state")},
            "planned",
            "2024-11-15",
            id="talks-to-be-held-keep-their-own-day",
        ),
        pytest.param(
            "The Office of President Volodymyr Zelensky said he met Polish President Andrzej Duda in Kyiv on "
            "Tuesday.",
            {("Volodymyr Zelensky", "UA", "head of state"), ("Andrzej Duda", "PL", "head of state")},
            "in-person",
            "2024-11-12",
            id="the-office-of-president-x-speaks-for-x",
        ),
        pytest.param(
            "On Tuesday, Prime Minister Starmer — Britain's new leader — met French President Emmanuel Macron in "
            "Paris.",
            {("Starmer", "GB", "head of government"), ("Emmanuel Macron", "FR", "head of state")},
            "in-person",
            "2024-11-12",
            id="an-aside-between-dashes-is-no-dateline",
        ),
        pytest.param(
            "Japanese Foreign Minister Takeshi Iwaya, Defense Minister Gen Nakatani, and their Australian "
            "counterparts, Penny Wong and Richard Marles, held a 2+2 meeting in Tokyo on Monday.",
            {
                ("Takeshi Iwaya", "JP", "foreign minister"),
                ("Gen Nakatani", "JP", "defence minister"),
                ("Penny Wong", "AU", "foreign minister"),
                ("Richard Marles", "AU", "defence minister"),
            },
            "in-person",
            "2024-11-11",
            id="a-cabinet-colleague-and-one-countrys-counterparts-in-step",
        ),
        pytest.param(
            "Japanese Foreign Minister Takeshi Iwaya, Defense Minister Richard Marles of Australia and U.S. "
            "Secretary of State Antony Blinken met in Tokyo on Tuesday.",
            {
                ("Takeshi Iwaya", "JP", "foreign minister"),
                ("Richard Marles", "AU", "defence minister"),
                ("Antony Blinken", "US", "foreign minister"),
            },
            "in-person",
            "2024-11-12",
            id="a-listed-minister-of-his-own-country-is-no-colleague",
        ),
        pytest.param(
            "The summit drew German Foreign Minister Annalena Baerbock, Prime Minister Rishi Sunak and French "
            "President Emmanuel Macron, who met in Paris on Tuesday.",
            {("Rishi Sunak", None, "head of government"), ("Emmanuel Macron", "FR", "head of state")},
            "in-person",
            "2024-11-12",
            id="a-prime-minister-listed-after-a-minister-is-no-colleague",
        ),
        pytest.param(
            "Indian Prime Minister Narendra Modi on Monday called French President Emmanuel Macron on his "
            "birthday.",
            {("Narendra Modi", "IN", "head of government"), ("Emmanuel Macron", "FR", "head of state")},
            "call",
            "2024-11-11",
            id="called-someone-on-an-occasion-is-a-call",
        ),
        pytest.param(
            "Japanese Foreign Minister Takeshi Iwaya and his Australian counterpart Penny Wong met Defense Minister "
            "Gen Nakatani in Tokyo on Monday. They discussed China's military activity and China's claims near "
            "Taiwan.",
            {
                ("Takeshi Iwaya", "JP", "foreign minister"),
                ("Penny Wong", "AU", "foreign minister"),
                ("Gen Nakatani", None, "defence minister"),
            },
            "in-person",
            "2024-11-11",
            id="two-sides-known-make-no-one-the-storys-third-country",
        ),
        pytest.param(
            "Foreign Minister Cho Tae-yul held talks with his Japanese counterpart in Lima on Tuesday.",
            {("Cho Tae-yul", None, "foreign minister")},
            "in-person",
            "2024-11-12",
            id="ones-own-unnamed-counterparts-country-is-not-ones-own",
        ),
        pytest.param(
            "Bangladesh Foreign Minister Ali Khan called on the Indian External Affairs Minister Dr. S. Jaishankar "
            "at the latter's residence in New Delhi on Tuesday. During the call, Khan thanked the Indian government.",
            {("Ali Khan", "BD", "foreign minister"), ("S. Jaishankar", "IN", "foreign minister")},
            "in-person",
            "2024-11-12",
            id="the-call-after-calling-on-someone-is-the-visit",
        ),
        pytest.param(
            "Australian Prime Minister Albanese said it was fantastic to welcome New Zealand's Prime Minister Chris "
            "Hipkins to Parliament House on Tuesday.",
            {("Albanese", "AU", "head of government"), ("Chris Hipkins", "NZ", "head of government")},
            "in-person",
            "2024-11-12",
            id="who-says-it-was-a-pleasure-to-welcome-someone-welcomed-them",
        ),

        pytest.param(
            "Chilean Foreign Minister Alberto van Klaveren received a call on Tuesday from U.S. Secretary of State "
            "Marco Rubio, the Chilean newspaper La Tercera reported. According to La Tercera, the call was brief.",
            {("Alberto van Klaveren", "CL", "foreign minister"), ("Marco Rubio", "US", "foreign minister")},
            "call",
            "2024-11-12",
            id="a-call-received-on-a-day-is-a-call-and-a-newspaper-no-one",
        ),
        pytest.param(
            "Philippine Foreign Secretary Enrique Manalo met with visiting US Secretary of State Antony Blinken only "
            "virtually on Tuesday.",
            {("Enrique Manalo", "PH", "foreign minister"), ("Antony Blinken", "US", "foreign minister")},
            "video",
            "2024-11-12",
            id="met-virtually-is-a-video-call",
        ),
        pytest.param(
            "After several failed attempts to set up a call, Japanese Foreign Minister Ken Sato was finally able to "
            "speak with his Chinese counterpart, Wang Yi, on Tuesday as Tokyo seeks to warm chilly ties.",
            {("Ken Sato", "JP", "foreign minister"), ("Wang Yi", "CN", "foreign minister")},
            "call",
            "2024-11-12",
            id="was-finally-able-to-speak-with-a-counterpart-named-after-a-comma",
        ),
        pytest.param(
            "Vucic Palmer video link talks PHOTO President Aleksandar Vucic of Serbia spoke on Tuesday via video "
            "link with the US State Department's special envoy for the Western Balkans, Matthew Palmer.",
            {("Aleksandar Vucic", "RS", "head of state"), ("Matthew Palmer", "US", "other")},
            "video",
            "2024-11-12",
            id="a-departments-envoy-is-its-countrys-and-a-photo-no-one",
        ),
        pytest.param(
            "Estonian Foreign Minister Urmas Reinsalu met Latvian Foreign Minister Edgars Rinkevics today, on 12 "
            "November.",
            {("Urmas Reinsalu", "EE", "foreign minister"), ("Edgars Rinkevics", "LV", "foreign minister")},
            "in-person",
            "2024-11-12",
            id="today-restated-as-a-day-is-that-day",
        ),
        pytest.param(
            "Japanese Foreign Minister Yoshimasa Hayashi is set to deliver a letter when he meets South Korean "
            "President Yoon Suk Yeol on Thursday.",
            {("Yoshimasa Hayashi", "JP", "foreign minister"), ("Yoon Suk Yeol", "KR", "head of state")},
            "planned",
            "2024-11-14",
            id="when-he-meets-y-under-a-verb-to-come-is-to-come",
        ),
        pytest.param(
            "Philippine Foreign Secretary Enrique Manalo reported for work today after an illness. “He is back "
            "at work today,” spokesperson Teresita Daza told reporters. He held a face-to-face meeting with Canadian "
            "Ambassador Peter MacArthur at the ministry.",
            {("Enrique Manalo", "PH", "foreign minister"), ("Peter MacArthur", "CA", "other")},
            "in-person",
            "2024-11-14",
            id="he-after-a-spokespersons-words-is-the-one-spoken-of",
        ),
        pytest.param(
            "Lao Premier Sonexay Siphandone held talks with Cambodian Premier Hun Manet on Tuesday.",
            {("Sonexay Siphandone", "LA", "head of government"), ("Hun Manet", "KH", "head of government")},
            "in-person",
            "2024-11-12",
            id="premier-with-a-countrys-name-is-its-head-of-government",
        ),
        pytest.param(
            "Kenyan President William Ruto hosted Ghanaian President Nana Akufo-Addo on Tuesday, in talks in which "
            "Kenyan Foreign Minister Musalia Mudavadi also took part.",
            {
                ("William Ruto", "KE", "head of state"),
                ("Nana Akufo-Addo", "GH", "head of state"),
                ("Musalia Mudavadi", "KE", "foreign minister"),
            },
            "in-person",
            "2024-11-12",
            id="talks-in-which-x-also-took-part-have-x",
        ),
        pytest.param(
            "Indonesian President Joko Widodo received US State Secretary Mike Pompeo at the palace on Tuesday.",
            {("Joko Widodo", "ID", "head of state"), ("Mike Pompeo", "US", "foreign minister")},
            "in-person",
            "2024-11-12",
            id="the-us-state-secretary-is-its-foreign-minister",
        ),
        pytest.param(
            "Indonesian President Joko Widodo received German State Secretary Anna Berg at the palace on Tuesday.",
            {("Joko Widodo", "ID", "head of state"), ("Anna Berg", "DE", "other")},
            "in-person",
            "2024-11-12",
            id="another-countrys-state-secretary-is-no-foreign-minister",
        ),
        pytest.param(
            "Indonesian Foreign Minister Retno Marsudi accompanied Indonesian President Joko Widodo to receive US "
            "Secretary of State Mike Pompeo at the Bogor Presidential Palace on Tuesday.",
            {
                ("Retno Marsudi", "ID", "foreign minister"),
                ("Joko Widodo", "ID", "head of state"),
                ("Mike Pompeo", "US", "foreign minister"),
            },
            "in-person",
            "2024-11-12",
            id="x-accompanied-president-y-to-receive-z-is-a-meeting-of-the-three",
        ),
        pytest.param(
            "Kenyan President William Ruto and Ghanaian President Nana Akufo-Addo on Tuesday retired for "
            "closed-door talks that are expected to culminate in the signing of several agreements.",
            {("William Ruto", "KE", "head of state"), ("Nana Akufo-Addo", "GH", "head of state")},
            "in-person",
            "2024-11-12",
            id="x-and-y-retired-for-talks-expected-to-bring-a-signing-held-them",
        ),
        pytest.param(
            "Chilean President Ana Ruiz and the visiting Peruvian envoy Luis Soto on Tuesday discussed trade.",
            {("Ana Ruiz", "CL", "head of state"), ("Luis Soto", "PE", "other")},
            "in-person",
            "2024-11-12",
            id="x-and-the-visiting-envoy-y-discussed-is-a-meeting",
        ),
        pytest.param(
            "Saudi Crown Prince Mohammed bin Salman invited Iraqi Prime Minister Mustafa al-Kadhimi to visit. On "
            "Tuesday, Kadhimi received a phone call from the Saudi crown prince.",
            {("Mohammed bin Salman", "SA", "other"), ("Mustafa al-Kadhimi", "IQ", "head of government")},
            "call",
            "2024-11-12",
            id="the-saudi-crown-prince-is-the-one-so-titled-of-that-country",
        ),
        pytest.param(
            "In Beijing President Joe Biden met Chinese President Xi Jinping on Tuesday.",
            {("Joe Biden", None, "head of state"), ("Xi Jinping", "CN", "head of state")},
            "in-person",
            "2024-11-12",
            id="a-capital-after-in-before-a-title-is-where-not-whose",
        ),
        pytest.param(
            "Kenyan Foreign Minister Amina Wanjiru travels on to Kampala, where on Saturday she is scheduled to "
            "hold three-way talks with Ugandan Foreign Minister Peter Okello and Rwandan Foreign Minister Jean "
            "Habimana focused on border security.",
            {
                ("Amina Wanjiru", "KE", "foreign minister"),
                ("Peter Okello", "UG", "foreign minister"),
                ("Jean Habimana", "RW", "foreign minister"),
            },
            "planned",
            "2024-11-16",
            id="talks-the-parse-made-a-subject-are-the-light-verbs-object",
        ),
        pytest.param(
            "Foreign Minister Amina Wanjiru of Kenya and Foreign Minister Peter Okello of Uganda led the Joint "
            "Permanent Commission held in Nairobi on Tuesday.",
            {("Amina Wanjiru", "KE", "foreign minister"), ("Peter Okello", "UG", "foreign minister")},
            "in-person",
            "2024-11-12",
            id="two-who-led-a-joint-commission-met",
        ),
        pytest.param(
            "Kenyan Foreign Minister Amina Wanjiru and Ugandan Foreign Minister Peter Okello headed their "
            "delegations at the joint committee in Nairobi on Tuesday.",
            {("Amina Wanjiru", "KE", "foreign minister"), ("Peter Okello", "UG", "foreign minister")},
            "in-person",
            "2024-11-12",
            id="two-who-headed-their-delegations-at-a-joint-committee-met",
        ),
        pytest.param(
            "Indian Defense Minister Arun Mehta will join Secretary of State Paul Reed for talks on Tuesday.",
            {("Arun Mehta", "IN", "defence minister"), ("Paul Reed", "US", "foreign minister")},
            "planned",
            "2024-11-19",
            id="one-who-will-join-another-for-talks-meets-them",
        ),
        pytest.param(
            "Kenyan Foreign Minister Amina Wanjiru held talks with Ugandan Foreign Minister Peter Okello on "
            "Tuesday on the so-called Nairobi process.",
            {("Amina Wanjiru", "KE", "foreign minister"), ("Peter Okello", "UG", "foreign minister")},
            "in-person",
            "2024-11-12",
            id="so-called-is-no-call",
        ),
        pytest.param(
            "The meeting, held on Tuesday (November 12th) in Lima, brought together Peruvian Foreign "
            "Minister Ana Soto and Chilean Foreign Minister Luis Vera.",
            {("Ana Soto", "PE", "foreign minister"), ("Luis Vera", "CL", "foreign minister")},
            "in-person",
            "2024-11-12",
            id="the-meeting-brought-together-its-people",
        ),
        pytest.param(
            "Neighbours need stronger ties, Estonian Foreign Minister Margus Tsahkna says. Minister Tsahkna "
            "said Wednesday that the rail link matters. He held talks with Latvian Foreign Minister "
            "Krisjanis Karins in Tallinn.",
            {("Margus Tsahkna", "EE", "foreign minister"), ("Krisjanis Karins", "LV", "foreign minister")},
            "in-person",
            "2024-11-13",
            id="the-day-the-lead-says-one-of-them-spoke-is-their-undated-meetings",
        ),
        pytest.param(
            "Ghana's President Kofi Mensah used the opening of a meeting with Kenyan President Jomo Otieno "
            "on Wednesday to press for trade.",
            {("Kofi Mensah", "GH", "head of state"), ("Jomo Otieno", "KE", "head of state")},
            "in-person",
            "2024-11-13",
            id="the-opening-of-a-meeting-is-the-subjects",
        ),
        pytest.param(
            "Malaysian Prime Minister Amir Hamzah on Wednesday attended a state banquet in his honour "
            "hosted by Philippine President Jose Cruz.",
            {("Amir Hamzah", "MY", "head of government"), ("Jose Cruz", "PH", "head of state")},
            "in-person",
            "2024-11-13",
            id="the-host-of-a-banquet-in-the-guests-honour",
        ),
        pytest.param(
            "\u201cWe will meet the ministers first,\u201d said the EU's top diplomat Ana Ruiz on "
            "Thursday.\n\n\u201cOn Moldova, we are calm. Yesterday, I had a phone call with the Moldovan "
            "Foreign Minister Ion Rusu.\u201d",
            {("Ana Ruiz", None, "foreign minister"), ("Ion Rusu", "MD", "foreign minister")},
            "call",
            "2024-11-13",
            id="a-quoted-paragraph-goes-on-in-the-voice-of-the-one-before",
        ),
        pytest.param(
            "Visiting Jakarta for a regional meeting, Foreign Minister Kemal Aydin held a bilateral meeting "
            "with US Secretary of State John Park on Wednesday.",
            {("Kemal Aydin", None, "foreign minister"), ("John Park", "US", "foreign minister")},
            "in-person",
            "2024-11-13",
            id="the-visitor-is-not-of-the-country-visited",
        ),
        pytest.param(
            "Minister Aydin met his US counterpart Park\n\nForeign Minister Kemal Aydin held a bilateral "
            "meeting with US Secretary of State John Park on Wednesday. He also spoke to them separately.",
            {("Kemal Aydin", None, "foreign minister"), ("John Park", "US", "foreign minister")},
            "in-person",
            "2024-11-13",
            id="spoke-to-at-a-meeting-they-met-at-is-no-call",
        ),
        pytest.param(
            "Hours before the Rojas-Brandt meeting, Chilean President Jorge Ibarra spoke on Wednesday with "
            "Peruvian President Ana Soto.",
            {("Jorge Ibarra", "CL", "head of state"), ("Ana Soto", "PE", "head of state")},
            "call",
            "2024-11-13",
            id="a-meeting-they-spoke-before-is-neither-theirs-nor-its-kind",
        ),
        pytest.param(
            "Secretary of State Mark Ellison concluded his trip with a final stop in Hanoi, Vietnam on November "
            "12. While in Hanoi, Secretary Ellison held meetings with Vietnamese Foreign Minister Pham Minh.",
            {("Mark Ellison", "US", "foreign minister"), ("Pham Minh", "VN", "foreign minister")},
            "in-person",
            "2024-11-12",
            id="while-in-a-place-is-the-day-of-the-stop-told-before",
        ),
        pytest.param(
            "Indian External Affairs Minister Ravi Menon arrived in Moscow on Wednesday. The EAM also held a "
            "meeting with Armenian counterpart Ararat Mirzoyan.",
            {("Ravi Menon", "IN", "foreign minister"), ("Ararat Mirzoyan", "AM", "foreign minister")},
            "in-person",
            "2024-11-13",
            id="the-eam-is-indias-external-affairs-minister",
        ),
    ],
)
def test_meeting_participants_kind_and_date(
    text: str, participants: set[tuple[str, str | None, str]], kind: str, date: str
) -> None:
    """A trigger's clause gives one meeting with these participants (name, country, role), kind and date."""
    meeting = only(text)
    assert (who(meeting), meeting.meeting_kind, meeting.date.to_str()) == (participants, kind, date)


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        pytest.param(
            "Secretary of State Antony Blinken then met Australian Foreign Minister Penny Wong and Japanese Foreign "
            "Minister Takeshi Iwaya separately on Friday.",
            [{"Antony Blinken", "Penny Wong"}, {"Antony Blinken", "Takeshi Iwaya"}],
            id="met-separately",
        ),
        pytest.param(
            "Secretary of State Antony Blinken held separate talks with each of Australian Foreign Minister Penny "
            "Wong and Japanese Foreign Minister Takeshi Iwaya on Friday.",
            [{"Antony Blinken", "Penny Wong"}, {"Antony Blinken", "Takeshi Iwaya"}],
            id="separate-talks-with-each",
        ),
        pytest.param(
            "Secretary of State Antony Blinken held a meeting with Japanese Foreign Minister Yoko Kamikawa, and then "
            "met South Korean Foreign Minister Cho Tae-yul on Friday.",
            [{"Antony Blinken", "Yoko Kamikawa"}, {"Antony Blinken", "Cho Tae-yul"}],
            id="second-verb-is-its-own-clause",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa and South Korean Foreign "
            "Minister Cho Tae-yul on Friday. Blinken also held talks with Kamikawa.",
            [{"Antony Blinken", "Yoko Kamikawa", "Cho Tae-yul"}, {"Antony Blinken", "Yoko Kamikawa"}],
            id="also-held-talks-is-a-second-meeting",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa and South Korean Foreign "
            "Minister Cho Tae-yul on Friday. Following the trilateral meeting, the three issued a statement.",
            [{"Antony Blinken", "Yoko Kamikawa", "Cho Tae-yul"}],
            id="following-the-trilateral-is-the-one-told",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa on Friday. He also met "
            "South Korean Foreign Minister Cho Tae-yul on Friday.",
            [{"Antony Blinken", "Yoko Kamikawa"}, {"Antony Blinken", "Cho Tae-yul"}],
            id="two-bilaterals-of-one-day-stay-two",
        ),
        pytest.param(
            "Secretary of State Antony Blinken hopes to meet Chinese Foreign Minister Wang Yi.",
            [],
            id="hopes-blocks",
        ),
        pytest.param(
            "Japanese Foreign Minister Yoko Kamikawa will not meet Chinese Foreign Minister Wang Yi.",
            [],
            id="negated",
        ),
        pytest.param(
            "Officials said a possible meeting between President Joe Biden and President Xi Jinping later in the "
            "year was discussed.",
            [],
            id="possible-meeting",
        ),
        pytest.param(
            "British Prime Minister Keir Starmer and French President Emmanuel Macron called for a ceasefire on "
            "Monday.",
            [],
            id="called-for",
        ),
        pytest.param(
            "British Prime Minister Keir Starmer called it a victory for French President Emmanuel Macron.",
            [],
            id="called-it",
        ),
        pytest.param(
            "Japanese Foreign Minister Yoko Kamikawa and Chinese Foreign Minister Wang Yi arrived in Lima on the "
            "sidelines of the APEC summit on Thursday.",
            [],
            id="sidelines-summit-is-no-meeting",
        ),
        pytest.param(
            "South Korean Foreign Minister Cho Tae-yul highlighted the cooperation since the summit at Camp David "
            "in August.",
            [],
            id="since-the-summit-is-not-his",
        ),
        pytest.param(
            "Secretary of State Antony Blinken flew to Beijing for Blinken to discuss the upcoming summit between "
            "President Joe Biden and President Xi Jinping.",
            [{"Joe Biden", "Xi Jinping"}],
            id="blinken-is-not-at-the-summit",
        ),
        pytest.param(
            "President Gustavo Petro held bilateral meetings with Chilean President Gabriel Boric, "
            "Peruvian President Dina Boluarte and Bolivian President Luis Arce on Tuesday.",
            [
                {"Gustavo Petro", "Gabriel Boric"},
                {"Gustavo Petro", "Dina Boluarte"},
                {"Gustavo Petro", "Luis Arce"},
            ],
            id="meetings-in-the-plural-are-one-each",
        ),
        pytest.param(
            "President Gustavo Petro held a meeting with Chilean President Gabriel Boric, "
            "Peruvian President Dina Boluarte and Bolivian President Luis Arce on Tuesday.",
            [{"Gustavo Petro", "Gabriel Boric", "Dina Boluarte", "Luis Arce"}],
            id="a-meeting-in-the-singular-is-one-of-all",
        ),
        pytest.param(
            "Da Nang (VNA) – Vietnamese President Luong Cuong on May 9 had bilateral meetings with Malaysian Prime "
            "Minister Anwar Ibrahim and Prime Minister of Laos Sonexay Siphandone on the sidelines of the 46th "
            "ASEAN Summit in Da Nang, Quang Nam.",
            [{"Luong Cuong", "Anwar Ibrahim"}, {"Luong Cuong", "Sonexay Siphandone"}],
            id="a-town-in-the-date-line-is-nobody",
        ),
        pytest.param(
            "In Brussels for a meeting of NATO defence ministers, Defence Minister Jason Kenney met on the sidelines "
            "with the United States Secretary of Defense Ashton Carter, as well as France's Defence Minister "
            "Jean-Yves Le Drian.",
            [{"Jason Kenney", "Ashton Carter"}, {"Jason Kenney", "Jean-Yves Le Drian"}],
            id="met-on-the-sidelines-with-one-each",
        ),
        pytest.param(
            "Moroccan Foreign Minister Nasser Bourita met on Wednesday with Kuwaiti Foreign Minister Ahmed Nasser "
            "Al-Mohammed Al-Sabah. During this meeting, the two ministers lauded the relations uniting the two "
            "countries, thanks to King Mohammed VI and Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah.",
            [{"Nasser Bourita", "Ahmed Nasser Al-Mohammed Al-Sabah"}],
            id="this-meetings-parties-are-those-told-before",
        ),
        pytest.param(
            "President Kassym-Jomart Tokayev held a meeting with Russian Foreign Minister Sergey Lavrov in Astana. "
            "During the meeting, special attention was attached to the upcoming visit of Russian President Putin "
            "to Kazakhstan.",
            [{"Kassym-Jomart Tokayev", "Sergey Lavrov"}],
            id="the-meetings-parties-are-those-told-before",
        ),
        pytest.param(
            "Today, Minister Susana Malcorra met with the Foreign Ministers of Ukraine, Pavlo Klimkin, and "
            "Slovakia, Miroslav Lajčák, in Munich. Malcorra said the talks were useful. In Germany, the Foreign "
            "Minister also met with her British counterpart, Boris Johnson.",
            [{"Susana Malcorra", "Pavlo Klimkin", "Miroslav Lajčák"}, {"Susana Malcorra", "Boris Johnson"}],
            id="the-foreign-minister-is-the-storys-minister",
        ),
        pytest.param(
            '"Today I held talks with Chilean Foreign Minister Luis Vera," said Peru\'s foreign minister, '
            "Ana Soto.",
            [{"Luis Vera", "Ana Soto"}],
            id="i-of-a-quotation-is-the-name-set-off-after-the-speakers-title",
        ),
        pytest.param(
            '"Yesterday I had phone calls with my Danish colleague Karl Holm and Estonian Foreign Minister '
            'Mari Tamm," Foreign Minister Pedro Alvarez said.',
            [{"Karl Holm", "Pedro Alvarez"}, {"Mari Tamm", "Pedro Alvarez"}],
            id="a-list-goes-on-past-a-colleague-and-his-name",
        ),
        pytest.param(
            "Prime Minister Pham Minh Chinh held phone talks with his Malaysian counterpart Anwar Ibrahim on "
            "Monday.",
            [{"Pham Minh Chinh", "Anwar Ibrahim"}],
            id="a-name-after-counterpart-the-parse-made-a-clause-is-the-counterparts",
        ),
        pytest.param(
            "On the margins of the summit, Indian Prime Minister Narendra Modi had a bilateral with Italian "
            "Prime Minister Giorgia Meloni.",
            [{"Narendra Modi", "Giorgia Meloni"}],
            id="a-bilateral-is-a-meeting",
        ),
        pytest.param(
            "Foreign Minister Penny Wong caught up with her Indonesian counterpart Retno Marsudi on the "
            "sidelines of the ASEAN meeting.",
            [{"Penny Wong", "Retno Marsudi"}],
            id="caught-up-with-is-a-meeting",
        ),
        pytest.param(
            "Chinese Premier Tomas Ek was accorded a guard of honour by Nepali President Ram Rao on Monday.",
            [{"Tomas Ek", "Ram Rao"}],
            id="a-guard-of-honour-accorded-by-the-host",
        ),
        pytest.param(
            "The talks, chaired by Chinese Premier Tomas Ek and Nepali President Ram Rao, were held on "
            "Monday.",
            [{"Tomas Ek", "Ram Rao"}],
            id="who-chaired-the-talks-held-was-at-them",
        ),
        pytest.param(
            "Kenyan Foreign Minister Lena Vos met Chilean Foreign Minister Ana Ruiz, Qatari Foreign Minister "
            "Ali Saad and Peruvian Foreign Minister Pia Kern in Nairobi. She also talked with each of them "
            "separately.",
            [{"Lena Vos", "Ana Ruiz"}, {"Lena Vos", "Ali Saad"}, {"Lena Vos", "Pia Kern"}],
            id="with-each-of-them-separately-told-next-makes-one-each",
        ),
        pytest.param(
            "Mongolian Prime Minister Oyun-Erdene is scheduled to visit the Republic of Korea to meet Prime "
            "Minister Kim Boo-kyum.",
            [],
            id="the-purpose-of-a-scheduled-visit-is-to-come-and-undated-no-meeting",
        ),
        pytest.param(
            "Chinese President Xi Jinping told U.S. President Joe Biden at the meeting in Lima on Saturday that "
            "China would not change course.",
            [{"Xi Jinping", "Joe Biden"}],
            id="the-meeting-told-first-keeps-the-verbs-parties",
        ),
        pytest.param(
            "Foreign ministers from Japan and South Korea, Yoko Kamikawa and Cho Tae-yul, meet in Tokyo today.",
            [{"Yoko Kamikawa", "Cho Tae-yul"}],
            id="ministers-named-in-the-subject-meet-today",
        ),
        pytest.param(
            "Prime Minister Fumio Kishida met President Joe Biden in Tokyo on Monday. Wednesday's meeting of G7 "
            "finance ministers will focus on Ukraine.",
            [{"Fumio Kishida", "Joe Biden"}],
            id="a-days-meeting-of-others-is-not-theirs",
        ),
        pytest.param(
            "Prime Minister Fumio Kishida of Japan and President Yoon Suk Yeol of South Korea arrived in Tokyo on "
            "Monday. The leaders meet in Tokyo today.",
            [{"Fumio Kishida", "Yoon Suk Yeol"}],
            id="the-leaders-meet-today-is-no-custom",
        ),
        pytest.param(
            "President Lula had four bilateral meetings on Friday. Afterwards, the PT member met with the president "
            "of Turkey, Tayyip Erdogan. Emmanuel Macron, president of France, met with Lula next. They talked "
            "about illegal mining.",
            [{"Lula", "Emmanuel Macron"}],
            id="they-are-the-two-told-last",
        ),
        pytest.param(
            "During the visit, Russian Foreign Minister Sergei Lavrov held talks with Slovenian counterpart Karl "
            "Erjavec and also with President Borut Pahor.",
            [{"Sergei Lavrov", "Karl Erjavec"}, {"Sergei Lavrov", "Borut Pahor"}],
            id="with-a-and-also-with-b",
        ),
        pytest.param(
            "Russian Foreign Minister Sergei Lavrov held talks with Slovenian counterpart Karl Erjavec as well as "
            "with President Borut Pahor.",
            [{"Sergei Lavrov", "Karl Erjavec"}, {"Sergei Lavrov", "Borut Pahor"}],
            id="with-a-counterpart-as-well-as-with-b",
        ),
        pytest.param(
            "U.S. Secretary of State John Kerry met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on "
            "Saturday after earlier talking to Palestinian President Mahmoud Abbas in Jordan.",
            [{"John Kerry", "Benjamin Netanyahu"}, {"John Kerry", "Mahmoud Abbas"}],
            id="after-talking-to-another-is-another-meeting",
        ),
        pytest.param(
            "Anwar Ibrahim shared this in a post last night following telephone conversations with three of his "
            "counterparts – Australian Prime Minister Anthony Albanese, Timor-Leste Prime Minister Xanana Gusmao "
            "and Thai Prime Minister Paetongtarn Shinawatra.",
            [
                {"Anwar Ibrahim", "Anthony Albanese"},
                {"Anwar Ibrahim", "Xanana Gusmao"},
                {"Anwar Ibrahim", "Paetongtarn Shinawatra"},
            ],
            id="conversations-with-counterparts-listed-after-a-dash",
        ),
        pytest.param(
            "DUBAI, United Arab Emirates — U.S. President Joe Biden's top national security aide met Sunday night "
            "with Saudi Arabia's crown prince.",
            [],
            id="a-presidents-aide-met-not-the-president",
        ),
        pytest.param(
            "Ukrainian presidential aide Andriy Yermak met with US President-elect Donald Trump's representatives "
            "and envoy Keith Kellogg in Washington on Monday.",
            [{"Andriy Yermak", "Keith Kellogg"}],
            id="someones-representatives-are-not-them",
        ),
        pytest.param(
            "Vice President Kamala Harris met Ukrainian Foreign Minister Dmytro Kuleba in Munich on Saturday. The "
            "President also met German Chancellor Olaf Scholz at the White House on Friday.",
            [{"Kamala Harris", "Dmytro Kuleba"}, {"Olaf Scholz"}],
            id="the-president-is-no-vice-president",
        ),
        pytest.param(
            "Following talks with Chinese President Xi Jinping in Lima, Biden left for Brazil on Sunday, where "
            "Brazilian President Luiz Inacio Lula da Silva welcomed him.",
            [],
            id="following-talks-a-departure-tells-no-meeting",
        ),
        pytest.param(
            "Prime Minister Keir Starmer said he and Chancellor Rachel Reeves discussed the budget on Monday.",
            [],
            id="he-and-a-colleague-discussed-is-no-meeting",
        ),
        pytest.param(
            "President Joe Biden and First Lady Jill Biden witnessed the swearing-in of new citizens at the White "
            "House on Tuesday.",
            [],
            id="witnessing-a-ceremony-together-is-no-meeting",
        ),
        pytest.param(
            "Indonesian Foreign Minister Retno Marsudi visited Aung San Suu Kyi in Naypyidaw on Monday.",
            [{"Retno Marsudi", "Aung San Suu Kyi"}],
            id="a-person-visited-is-met",
        ),
        pytest.param(
            "Leaked conversations between Russian President Vladimir Putin and Hungarian Prime Minister Viktor "
            "Orban were published by a newspaper on Monday.",
            [],
            id="leaked-conversations-are-no-meeting",
        ),
        pytest.param(
            "Biden told the group Netanyahu had agreed to the plan after meeting Egyptian President Abdel Fattah "
            "el-Sissi in Cairo on Monday.",
            [{"Netanyahu", "Abdel Fattah el-Sissi"}],
            id="a-name-after-the-group-is-someone",
        ),
        pytest.param(
            "Ukrainian President Volodymyr Zelensky on Tuesday called Russian President Vladimir Putin a new "
            "Hitler.",
            [],
            id="calling-someone-a-name-is-no-call",
        ),
        pytest.param(
            "After meeting Chinese President Xi Jinping on Saturday, Biden and Brazilian President Luiz Inacio Lula "
            "da Silva held talks in Rio de Janeiro on Monday.",
            [{"Xi Jinping", "Biden"}, {"Biden", "Luiz Inacio Lula da Silva"}],
            id="after-meeting-x-a-and-b-held-talks-is-two-meetings",
        ),
        pytest.param(
            "Prime Minister Ana Sato, along with Foreign Minister Bo Lee and Trade Minister Jin Park, held a "
            "bilateral meeting with President Joao Lourenco of Angola on Friday.",
            [{"Ana Sato", "Bo Lee", "Jin Park", "Joao Lourenco"}],
            id="those-along-with-the-subject-are-on-its-side-of-a-bilateral",
        ),
        pytest.param(
            "Prime Minister Ana Sato, along with Foreign Minister Bo Lee, held bilateral meetings with President "
            "Joao Lourenco of Angola, President Ali Bongo of Gabon and President Paul Kagame of Rwanda.",
            [
                {"Ana Sato", "Bo Lee", "Joao Lourenco"},
                {"Ana Sato", "Bo Lee", "Ali Bongo"},
                {"Ana Sato", "Bo Lee", "Paul Kagame"},
            ],
            id="those-along-with-the-subject-go-to-each-bilateral",
        ),
        pytest.param(
            "President Droupadi Murmu received Angola's President Joao Lourenco at Rashtrapati Bhavan and hosted a "
            "banquet in his honour on Saturday, a statement by the Rashtrapati Bhavan said.",
            [{"Droupadi Murmu", "Joao Lourenco"}],
            id="a-bare-name-after-at-is-the-place",
        ),
        pytest.param(
            "Prime Minister Yukio Hatoyama of Japan will meet U.S. President Barack Obama next Wednesday in New York "
            "during his first trip abroad as premier, Chief Cabinet Secretary Hirofumi Hirano said Friday.",
            [{"Yukio Hatoyama", "Barack Obama"}],
            id="the-spokesman-after-as-premier-is-no-one-met",
        ),
        pytest.param(
            "Prime Minister Pham Minh Chinh hosted a reception in Hanoi on July 25 for Special Envoy of Japanese "
            "Prime Minister Kishida Fumio and former Japanese PM Suga Yoshihide.",
            [{"Pham Minh Chinh", "Suga Yoshihide"}],
            id="who-sent-the-envoy-is-not-there",
        ),
        pytest.param(
            "Foreign Minister Nicolas Maduro, sent by Venezuelan President Hugo Chavez, met Colombian President "
            "Juan Manuel Santos in Bogota on Monday. In April the two presidents met and struck deals on trade.",
            [{"Nicolas Maduro", "Juan Manuel Santos"}, {"Hugo Chavez", "Juan Manuel Santos"}],
            id="the-two-presidents-are-the-two-presidents-named",
        ),
        pytest.param(
            "New Zealand Foreign Minister Winston Peters will meet Solomon Islands Prime Minister Jeremiah Manele "
            "for the second time, the first was in May.",
            [],
            id="the-first-was-in-may-dates-the-first-meeting-not-the-one-to-come",
        ),
        pytest.param(
            "Peruvian Foreign Minister Javier Gonzalez-Olaechea and Chilean Foreign Minister Alberto van Klaveren "
            "met in Lima on Tuesday. They agreed to hold the first meeting of their dialogue mechanism in 2025.",
            [{"Javier Gonzalez-Olaechea", "Alberto van Klaveren"}],
            id="a-meeting-to-come-dated-only-by-its-year-is-an-intention",
        ),
        pytest.param(
            "Iranian Foreign Minister Javad Zarif briefed lawmakers. Iranian President Hassan Rouhani and his US "
            "counterpart Barack Obama talked over the phone as the Iranian official was on his way to leave New "
            "York on September 28. The two presidents reportedly discussed different issues during their phone "
            "conversation. On September 27 Zarif referred to his meeting with US Secretary of State John Kerry after "
            "their talks, saying, “We also had a short discussion with Secretary Kerry after the meeting.”",
            [{"Hassan Rouhani", "Barack Obama"}, {"Javad Zarif", "John Kerry"}],
            id="their-talks-are-the-two-just-named-not-the-pair-before",
        ),
        pytest.param(
            "President of the Kyrgyz Republic Sadyr Japarov, President of Tajikistan Emomali Rahmon and President "
            "of Uzbekistan Shavkat Mirziyoyev will attend the summit in Astana on Aug. 9.",
            [{"Sadyr Japarov", "Emomali Rahmon", "Shavkat Mirziyoyev"}],
            id="presidents-of-countries-listed-attend-a-summit",
        ),
        pytest.param(
            "The consultative meeting of the heads of state of Central Asia will take place in Astana on Aug. 9. "
            "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon are expected to attend the event. "
            "President of Azerbaijan Ilham Aliyev will also take part in the meeting.",
            [{"Sadyr Japarov", "Emomali Rahmon", "Ilham Aliyev"}],
            id="attending-the-event-and-taking-part-in-the-meeting-told",
        ),
        pytest.param(
            "On the occasion of the New Year, Prime Minister Narendra Modi of India today had telephone conversation "
            "with Mr. Ibrahim Mohamed Solih, President of the Maldives, Ms. Sheikh Hasina, Prime Minister of "
            "Bangladesh and Mr. K.P. Sharma Oli, Prime Minister of Nepal.",
            [
                {"Narendra Modi", "Ibrahim Mohamed Solih"},
                {"Narendra Modi", "Sheikh Hasina"},
                {"Narendra Modi", "K.P. Sharma Oli"},
            ],
            id="telephone-conversation-with-leaders-of-several-countries-is-a-call-with-each",
        ),
        pytest.param(
            "Singapore's Foreign Minister Vivian Balakrishnan also met Japan's Minister of Defense Taro Kono, "
            "Minister of the Environment Shinjiro Koizumi and Secretary-General Shigeru Kitamura. In these meetings, "
            "Balakrishnan reaffirmed the ties between the two countries.",
            [
                {"Vivian Balakrishnan", "Taro Kono"},
                {"Vivian Balakrishnan", "Shinjiro Koizumi"},
                {"Vivian Balakrishnan", "Shigeru Kitamura"},
            ],
            id="met-a-b-and-c-then-in-these-meetings-is-a-meeting-with-each",
        ),
        pytest.param(
            "Norwegian Foreign Minister Kari Dahl arrived in Helsinki on Wednesday. Her programme includes a "
            "meeting with Foreign Minister Pekka Lahti.",
            [{"Kari Dahl", "Pekka Lahti"}],
            id="her-programme-includes-a-meeting-with-y-is-hers",
        ),
        pytest.param(
            "Japanese Prime Minister Yukio Hatoyama held separate meetings on Tuesday with U.S. President Barack "
            "Obama and leaders of two other countries -- Russian President Dmitry Medvedev and Australian Prime "
            "Minister Kevin Rudd.",
            [
                {"Yukio Hatoyama", "Barack Obama"},
                {"Yukio Hatoyama", "Dmitry Medvedev"},
                {"Yukio Hatoyama", "Kevin Rudd"},
            ],
            id="leaders-of-other-countries-after-a-dash-are-each-met",
        ),
        pytest.param(
            "Kenyan President William Ruto and Ghanaian President Nana Akufo-Addo left for talks in Paris.",
            [],
            id="x-and-y-left-for-talks-is-no-meeting-of-theirs",
        ),
        pytest.param(
            "German Chancellor Angela Merkel was invited by the Polish government to visit Warsaw. The itinerary "
            "of this working visit also included talks with Polish President Andrzej Duda.",
            [{"Angela Merkel", "Andrzej Duda"}],
            id="the-itinerary-of-this-visit-included-talks-with-y-is-the-visitors",
        ),
        pytest.param(
            "Georgian Prime Minister Giorgi Gakharia met Ukrainian President Volodymyr Zelensky in Kyiv on "
            "Tuesday. Tomorrow Zelemsky and Gakharia will meet face to face, the government reports.",
            [{"Giorgi Gakharia", "Volodymyr Zelensky"}, {"Giorgi Gakharia", "Volodymyr Zelensky"}],
            id="a-long-family-name-misspelt-by-a-letter-is-the-one-so-named",
        ),
        pytest.param(
            "North Korean Foreign Minister Ri Yong-ho arrived in Hanoi on Thursday. On Saturday, Ri is scheduled "
            "to hold talks with Vietnamese Prime Minister Nguyen Xuan Phuc.",
            [{"Ri Yong-ho", "Nguyen Xuan Phuc"}],
            id="a-family-name-of-two-letters-as-the-subject-is-the-one-so-named",
        ),
        pytest.param(
            "Kenyan President William Ruto has yet to meet General Ali Kamara, the new leader.",
            [],
            id="has-yet-to-meet-is-no-meeting",
        ),
        pytest.param(
            "Dutch Prime Minister Mark Rutte and Belgian Prime Minister Alexander De Croo are yet to hold talks.",
            [],
            id="are-yet-to-hold-talks-is-no-meeting",
        ),
        pytest.param(
            "At the Benelux meeting, in which Luxembourg Prime Minister Xavier Bettel also participated, the fight "
            "against Brexit was discussed.",
            [],
            id="a-name-fought-against-in-the-subject-is-no-party",
        ),
        pytest.param(
            "Norwegian Foreign Minister Kari Dahl arrived in Helsinki on Wednesday. Dahl's schedule includes "
            "talks with Foreign Minister Pekka Lahti.",
            [{"Kari Dahl", "Pekka Lahti"}],
            id="xs-schedule-includes-talks-with-y-is-xs",
        ),
        pytest.param(
            "ACCRA, Nov. 12 (Wire) -- The foreign ministers of Ghana, Togo and Benin agreed Tuesday to push ahead "
            "with preparations for a three-way leaders' summit, meeting as a trio for the first time in years. "
            "Ghana's Kofi Mensah hosted Togo's Yao Dussey and Benin's Olu Bakari. The meeting took place against a "
            "backdrop of closer ties since the trilateral summit at Lake Volta in August, where Kenyan President "
            "Ruto Kamau, Ethiopian Prime Minister Abebe Tola and South African President Sipho Dlamini agreed to "
            "meet annually.",
            [{"Kofi Mensah", "Yao Dussey", "Olu Bakari"}, {"Ruto Kamau", "Abebe Tola", "Sipho Dlamini"}],
            id="the-people-of-where-after-a-trilateral-summit-were-at-it",
        ),
        pytest.param(
            "Ghanaian President Kofi Mensah will host Togolese President Yao Dussey on Monday. In their talks "
            "they will be joined by Foreign Minister Ama Owusu and her Togolese counterpart Komi Agbo.",
            [{"Kofi Mensah", "Yao Dussey", "Ama Owusu", "Komi Agbo"}],
            id="joined-by-in-their-talks-is-more-people-at-that-meeting",
        ),
        pytest.param(
            "Kenyan President Amina Wanjiru and Ugandan President Peter Okello led their countries to victory.",
            [],
            id="two-who-lead-no-sitting-did-not-meet",
        ),
        pytest.param(
            "The 7th Joint Commission for Bilateral Cooperation (JCBC) was held in Manila. Philippine "
            "Foreign Secretary Jose Santos and Indonesian Foreign Minister Dewi Lestari spearheaded the "
            "JCBC.",
            [{"Jose Santos", "Dewi Lestari"}],
            id="two-who-spearheaded-a-joint-commission-named-short-met",
        ),
        pytest.param(
            "Kenyan President Amina Wanjiru and Ugandan President Peter Okello lead the EAC.",
            [],
            id="two-who-lead-a-body-not-named-a-sitting-did-not-meet",
        ),
        pytest.param(
            "Last week I held discussions regarding President Li Wei's state visit with Politburo member Zhao "
            "Ming, who visited Japan.",
            [],
            id="a-visit-discussions-were-regarding-is-no-meeting",
        ),
        pytest.param(
            "Italian Foreign Minister Marco Bianchi signed agreements with his Austrian counterpart Karl "
            "Huber "
            "on Monday.",
            [{"Marco Bianchi", "Karl Huber"}],
            id="two-who-signed-with-each-other-met",
        ),
        pytest.param(
            "Kenya signed a deal with Pfizer on Monday, Health Minister Jane Otieno said.",
            [],
            id="a-deal-signed-with-a-company-is-no-meeting",
        ),
        pytest.param(
            "On Monday IMF Managing Director Ana Ruiz dined with Zambian President Joseph Mwale, and on "
            "Tuesday "
            "she lunched with Zambian Vice President Ruth Banda.",
            [{"Ana Ruiz", "Joseph Mwale"}, {"Ana Ruiz", "Ruth Banda"}],
            id="dined-and-lunched-with",
        ),
        pytest.param(
            "President Anna Kovac of Croatia, together with Norwegian Prime Minister Erik Sandvik and Estonian "
            "President Mari Tamm, had a telephone conversation with Canadian Prime Minister Daniel Okoro.",
            [{"Anna Kovac", "Erik Sandvik", "Mari Tamm", "Daniel Okoro"}],
            id="leaders-together-on-one-call-are-one-call",
        ),
        pytest.param(
            "Ecuadorian Foreign Minister Pablo Vera and Colombian counterpart Rosa Lleras reaffirmed the bilateral "
            "commitments in Bogota on Tuesday.",
            [{"Pablo Vera", "Rosa Lleras"}],
            id="two-who-reaffirmed-together-somewhere-met",
        ),
        pytest.param(
            "Ecuadorian Foreign Minister Pablo Vera and Colombian counterpart Rosa Lleras reaffirmed the bilateral "
            "commitments on Tuesday.",
            [],
            id="two-who-reaffirmed-nowhere-said-may-have-spoken-apart",
        ),
        pytest.param(
            "Barbados Prime Minister Mia Cole met Cuban Foreign Minister Luis Pena in Bridgetown on Wednesday. "
            "Also at the meeting was Foreign Affairs Minister Dana Clarke.",
            [{"Mia Cole", "Luis Pena", "Dana Clarke"}],
            id="also-at-the-meeting-was",
        ),
        pytest.param(
            "On Wednesday, OSCE Secretary General Lars Holm visited Vienna and met with Chancellor Erich Wagner, "
            "Foreign Minister Anna Kogler and Defence Minister Paul Steiner.\n\n"
            "OSCE Secretary General Lars Holm meets with Austrian Chancellor Erich Wagner",
            [{"Lars Holm", "Erich Wagner", "Anna Kogler", "Paul Steiner"}],
            id="a-caption-naming-two-of-a-meetings-four-is-that-meeting",
        ),
        pytest.param(
            "Prime Minister Tomas Varga rounded off the final day of the summit with bilateral meetings with "
            "several other leaders on the sidelines.\nThese included Australian PM Alan Morrow, Netherlands PM "
            "Pieter Vos and British PM Sean Carrick.",
            [{"Tomas Varga", "Alan Morrow"}, {"Tomas Varga", "Pieter Vos"}, {"Tomas Varga", "Sean Carrick"}],
            id="meetings-with-several-leaders-these-included-one-each",
        ),
        pytest.param(
            "Pakistani Prime Minister Anwar Kakr held bilateral talks with Iranian President Ebrahim Raisi on "
            "Saturday. Leaders of Muslim countries gathered at the summit, which was hosted by Saudi Crown Prince "
            "Mohammed bin Salman in Riyadh.",
            [{"Anwar Kakr", "Ebrahim Raisi"}],
            id="leaders-of-many-countries-are-not-the-pair-just-told",
        ),
        pytest.param(
            "King Harald of Norway held talks with King Carl of Sweden on Wednesday in Oslo. On the "
            "Norwegian "
            "side, the talks were attended by Prime Minister Ola Tveit; Minister of Foreign Affairs Kari "
            "Lund; "
            "and Minister of Finance Per Aas.",
            [{"Harald", "Carl", "Ola Tveit", "Kari Lund"}],
            id="a-semicolon-list-goes-on-past-a-title-whose-name-was-missed",
        ),
    ],
)
def test_meetings_split_join_or_none(text: str, meetings: list[set[str]]) -> None:
    """A sentence's frames become these meetings (by participants' names), in text order, or none."""
    assert [{p.name for p in m.participants} for m in meetings_of(text)] == meetings


def test_the_meeting_they_held_is_dated_and_placed_by_its_own_clause() -> None:
    """ "a follow-up to the meeting they held in Buenos Aires on Feb. 16": that meeting's day and city are its
    clause's, not the nearer ones of the meeting told first."""
    text = (
        "Argentine Foreign Minister Luis Paredes met his Uruguayan counterpart Jorge Ferreira in Montevideo on "
        "Friday, a follow-up to the meeting they held in Buenos Aires on Feb. 16."
    )
    found = meetings_of(text, published="2023-03-17")
    assert [(m.date.to_str(), m.place) for m in found] == [
        ("2023-03-17", "Montevideo"),
        ("2023-02-16", "Buenos Aires"),
    ]


def test_a_story_with_no_date_but_a_captions_is_read_against_its_latest_full_date() -> None:
    """No date header and none in the lead: the latest full date the text writes (a caption at its foot)
    anchors it, so "hosted ... today" is a day, not unknown."""
    text = (
        "Defense Secretary Mark Olsen hosted Indian Defense Minister Arun Mehta at the Pentagon today.\n\n"
        "The two discussed maritime security and supply chains.\n\nThey also reviewed the exercises held in "
        "2019 and 2021.\n\nMehta will travel to Hawaii next.\n\nOlsen thanked him for the visit.\n\n"
        "Indian Defense Minister Arun Mehta at the Pentagon, Washington, D.C., April 11, 2022."
    )
    (meeting,) = meetings_of(text, published=None)
    assert meeting.date.to_str() == "2022-04-11"


def test_later_they_will_join_two_more_for_talks_is_a_coming_meeting_of_four() -> None:
    """ "Later, they will move on to the State Department to join X and Y for the so-called "two-plus-two"
    talks": a meeting planned for the story's day with the four ("so-called" is no call; whom one joins for
    the talks is at them; the plan names two more than the meeting held, so it is not that one)."""
    text = (
        "Defense Secretary Mark Olsen hosted Indian Defense Minister Arun Mehta at the Pentagon today. "
        "Later, they will move on to the State Department to join Secretary of State Paul Reed and Indian "
        'Minister of External Affairs Ravi Kumar for the so-called "two-plus-two" talks.'
    )
    found = meetings_of(text, published="2022-04-11")
    assert [(m.meeting_kind, m.date.to_str(), {p.name for p in m.participants}) for m in found] == [
        ("in-person", "2022-04-11", {"Mark Olsen", "Arun Mehta"}),
        ("planned", "2022-04-11", {"Mark Olsen", "Arun Mehta", "Paul Reed", "Ravi Kumar"}),
    ]


def test_everyone_a_side_was_represented_by_is_at_the_meeting_and_of_that_side() -> None:
    """ "The Russian side was represented at the meeting by A, B, C and D": all four were there, and all are
    Russia's, however long their titles."""
    text = (
        "Vladimir Putin met with President of Brazil Luiz Inacio Lula da Silva. The Russian side was "
        "represented at the meeting by Foreign Minister Sergei Lavrov, Deputy Chief of Staff of the "
        "Presidential Executive Office Maxim Oreshkin, Minister of Economic Development Maxim Reshetnikov and "
        "Special Presidential Representative for Investment Kirill Dmitriev."
    )
    (meeting,) = meetings_of(text)
    assert {(p.name, p.country) for p in meeting.participants} >= {
        ("Sergei Lavrov", "RU"),
        ("Maxim Oreshkin", "RU"),
        ("Maxim Reshetnikov", "RU"),
        ("Kirill Dmitriev", "RU"),
    }


def test_two_officials_of_one_organisation_travelling_together_did_not_meet() -> None:
    """ "Visit of A, Vice-President of the European Commission, and B, European Commissioner": one side (a
    "European Commissioner" is the EU's), so no meeting."""
    text = (
        "Visit of Josep Ferrer, Vice-President of the European Commission, and Janez Novak, European "
        "Commissioner for Crisis Management, to Ethiopia.\n\nOn 8 and 9 October 2020, they went to Addis "
        "Ababa and visited a camp for displaced people."
    )
    assert person(text, "Janez Novak").organisation == "EU"
    assert meetings_of(text, published=None) == ()


def test_their_meeting_after_an_office_spoke_to_someone_is_a_meeting_of_theirs() -> None:
    """ "The Prime Minister spoke to X this evening ... The leaders fondly recalled their meeting in
    September": a second meeting of the two, one an office with no name (not "the leaders reflected on
    President Y's visit to Washington": Y's own)."""
    text = (
        "The Prime Minister spoke to President-elect Mark Dalton this evening to congratulate him.\n\n"
        "The leaders fondly recalled their meeting in September."
    )
    found = meetings_of(text)
    assert [(m.meeting_kind, m.date.to_str(), [p.name for p in m.participants]) for m in found] == [
        ("call", "2024-11-14", ["Mark Dalton"]),
        ("in-person", "2024-09", ["Mark Dalton"]),
    ]
    other = (
        "The Prime Minister spoke to President Louis Marchand this afternoon.\n\nThe leaders reflected on "
        "President Marchand's visit to Washington yesterday."
    )
    assert [m.meeting_kind for m in meetings_of(other)] == ["call"]


def test_a_market_is_no_one() -> None:
    """ "he visited Machane Yehuda Market where X met him": a place's name is no person's."""
    text = (
        "President Frank Weber requested that on his arrival he would begin his visit with a tour of "
        "Jerusalem at night, during which he visited Machane Yehuda Market where President Eli Cohen met and "
        "escorted him."
    )
    names = {p.name for p in cast_of(text).people}
    assert not any("Market" in n for n in names), names


_LETTERS = "abcdefgh"


@st.composite
def _word_and_another(draw: st.DrawFn) -> tuple[str, str]:
    """A word and another made from it by up to two edits (a letter added, dropped or changed), or any
    other."""
    word = draw(st.text(alphabet=_LETTERS, min_size=4, max_size=9))
    other = word
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(other)))
        letter = draw(st.sampled_from(_LETTERS))
        edit = draw(st.sampled_from(["add", "drop", "change"]))
        if edit == "add":
            other = other[:at] + letter + other[at:]
        elif other and at < len(other):
            other = other[:at] + (letter if edit == "change" else "") + other[at + 1 :]
    return word, draw(st.one_of(st.just(other), st.text(alphabet=_LETTERS, min_size=4, max_size=9)))


@given(_word_and_another())
def test_one_letter_apart_is_one_letter_added_dropped_or_changed(pair: tuple[str, str]) -> None:
    """Two long words one edit apart, as spelling out every edit of one says; never a word and itself."""
    a, b = pair
    edits = {a[:i] + a[i + 1 :] for i in range(len(a))}  # one dropped
    edits |= {a[:i] + c + a[i:] for i in range(len(a) + 1) for c in _LETTERS}  # one added
    edits |= {a[:i] + c + a[i + 1 :] for i in range(len(a)) for c in _LETTERS}  # one changed
    expected = a != b and min(len(a), len(b)) >= 6 and b in edits  # noqa: PLR2004 - a long word
    assert cast._one_letter_apart(a, b) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi Prime Minister Mustafa al-Kadhimi received a phone call from the Saudi side on Thursday.",
        "Iraqi Prime Minister Mustafa al-Kadhimi received a call from the top Saudi official on Monday.",
        "Iraqi Prime Minister Mustafa al-Kadhimi held talks with a Saudi delegation on Thursday.",
    ],
    ids=["side", "official", "delegation"],
)
def test_a_countrys_side_unnamed_is_a_side_of_the_meeting(text: str) -> None:
    """ "a call from the Saudi side", "talks with a Saudi delegation": Saudi Arabia is at the meeting, no one
    named for it."""
    (meeting,) = meetings_of(text)
    assert set(meeting.countries) == {"IQ", "SA"}


def test_talks_after_an_arrival_told_are_the_storys_day_not_the_arrivals() -> None:
    """ "Modi arrived on Tuesday on his visit" ... "He also held a meeting with President X on the summit's
    sidelines": the talks are on the lead's day, not the arrival's."""
    text = (
        "PM Modi meets leaders of Pacific island countries on sidelines of summit\n\n"
        "Prime Minister Narendra Modi on Wednesday met with leaders of several Pacific island countries, "
        "including his Fijian counterpart.\n\n"
        "Modi arrived here on Tuesday on his maiden visit to Papua New Guinea to host a key summit of island "
        "nations.\n\n"
        "During Modi's meeting with Fijian counterpart Sitiveni Rabuka, the two leaders reviewed ties.\n\n"
        "Rabuka bestowed the Prime Minister with Fiji's highest honour.\n\n"
        "He also held a meeting with President Surangel Whipps of Palau on the sidelines of the summit."
    )
    dates = {
        frozenset(p.name for p in m.participants): m.date.iso() for m in meetings_of(text)
    }
    assert dates[frozenset({"Narendra Modi", "Surangel Whipps"})] == "2024-11-13"


def test_a_discussion_with_one_called_before_is_that_call_not_the_summit_told_since() -> None:
    """ "As for my discussion with Y": the call with Y told before, not the summit told in between."""
    text = (
        "Anwar wrote of this in a Facebook post last night after telephone conversations with three of his "
        "counterparts – Australian Prime Minister Anthony Albanese, Timor-Leste Prime Minister Xanana Gusmao and "
        "Thai Prime Minister Paetongtarn Shinawatra.\n\nHe said the talks covered regional issues.\n\n"
        "“During my conversation with Albanese, I invited him to visit Malaysia,” he said.\n\nAnwar added "
        "that his conversation with Xanana Gusmao touched on the crisis in Myanmar, Timor-Leste’s bid to be a full "
        "ASEAN member, and Malaysia’s readiness as the Chair of ASEAN to host the Asean Summit in Kuala Lumpur "
        "later this month.\n\n“As for my discussion with "
        "Paetongtarn, we updated each other on several bilateral issues, including the Southern Thailand Peace "
        "Dialogue,” he said."
    )
    found = meetings_of(text, published="2025-05-09")
    assert [{p.name for p in m.participants} for m in found] == [
        {"Anwar", "Anthony Albanese"},
        {"Anwar", "Xanana Gusmao"},
        {"Anwar", "Paetongtarn Shinawatra"},
    ]


def test_no_second_foreign_minister_for_a_country_whose_minister_the_story_names() -> None:
    """A minister without a country is not of the story's most named country when that country's minister is
    someone else in it ("of Crotia", misspelt, names no country: he is left without one)."""
    text = (
        "Turkish Foreign Minister Mevlut Cavusoglu met Mike Pompeo, Secretary of State of the United States, in "
        "Brussels on Tuesday. The United States and Turkey discussed Syria. The United States also raised trade. "
        "Finally, Minister Cavusoglu also met with Foreign Minister Gordan Grlic Radman of Crotia on Tuesday."
    )
    last = meetings_of(text)[-1]
    assert who(last) == {
        ("Mevlut Cavusoglu", "TR", "foreign minister"),
        ("Gordan Grlic Radman", None, "foreign minister"),
    }


def test_a_meeting_attended_with_the_ministers_of_several_countries() -> None:
    """ "attended a meeting with the ministers of A, B and C": the "with" hung on the noun names its group."""
    found = meetings_of(
        "Estonian Foreign Minister Urmas Reinsalu attended a meeting with the ministers of Latvia, Lithuania and "
        "Poland on Tuesday."
    )
    assert [(m.countries, {p.name for p in m.participants}, m.date.to_str()) for m in found] == [
        (("EE", "LT", "LV", "PL"), {"Urmas Reinsalu"}, "2024-11-12")
    ]


def test_a_prior_dialogue_is_no_meeting_and_joins_none() -> None:
    """ "his visit was built on prior dialogue between A and B": an undated meeting in passing, which must not
    join the headline's meeting either."""
    text = (
        "title: Ukraine Foreign Minister meets Akufo-Addo on third stop of his Africa tour\nsource: GhanaWeb\n\n"
        "Akufo-Addo meets Ukraine Foreign Affairs Minister Dmytro Kuleba Akufo-Addo meets Ukraine Foreign Affairs "
        "Minister Dmytro Kuleba\n\nDmytro Kuleba, the Ukrainian Foreign Affairs Minister arrived in Accra on "
        "October 6, 2022 as part of his Africa tour.\n\nThe country is seeking to deepen ties with countries on "
        "the continent.\n\nIn Accra, Kulebe met with President Nana Addo Dankwa Akufo-Addo, in his words, to "
        '"stand together in meeting shared challenges."\n\nDmytro said in a tweet that his visit was built on '
        "prior dialogue between Akufo-Addo and his Ukrainian counterpart, Volodymyr Zelensky."
    )
    found = meetings_of(text, published="2022-10-06")
    assert [{p.name for p in m.participants} for m in found] == [{"Nana Addo Dankwa Akufo-Addo", "Dmytro Kuleba"}]


def test_meeting_a_datelines_own_president_beside_another_and_a_gerunds_subjects() -> None:
    """Two bare presidents under SEOUL: the one whose sentences name Korea is Korea's; "After paying a courtesy
    call on Z, X and Y visited ...": X and Y both paid it."""
    found = meetings_of(
        "SEOUL, Nov. 14 (Yonhap) -- Defense Minister Suh Wook held talks with U.S. Defense Secretary Lloyd Austin "
        "on Monday. After paying a courtesy call on President Moon Jae-in in Seoul on Tuesday, Suh and Austin "
        "visited a state cemetery. Austin said President Joe Biden in Washington had sent him."
    )
    assert [who(m) for m in found] == [
        {("Suh Wook", "KR", "defence minister"), ("Lloyd Austin", "US", "defence minister")},
        {
            ("Suh Wook", "KR", "defence minister"),
            ("Lloyd Austin", "US", "defence minister"),
            ("Moon Jae-in", "KR", "head of state"),
        },
    ]


def test_meeting_calls_however_dated_are_calls() -> None:
    """ "called X on Monday", "Both leaders last spoke on Oct. 2", "On Sunday, ... called Y", "called [oprd] Z":
    calls, each its own; a date after "called on" is no visit."""
    found = meetings_of(
        "US President Donald Trump called Singapore Prime Minister Lee Hsien Loong on Monday. Both leaders last "
        "spoke on Oct. 2, when Lee congratulated Trump. On Sunday, Trump also called Philippine President Rodrigo "
        "Duterte. Over the weekend, Trump also called Japanese Prime Minister Shinzo Abe."
    )
    assert [(m.meeting_kind, m.date.to_str()) for m in found] == [
        ("call", "2024-11-11"),
        ("call", "2024-10-02"),
        ("call", "2024-11-10"),
        ("call", "2024-11-10"),  # "over the weekend", undated, in the paragraph of Sunday's call: that weekend
    ]


def test_meeting_another_call_told_with_also_is_a_call() -> None:
    """ "X spoke with A ... X also spoke with B": a readout's second call, not more of the first."""
    found = meetings_of(
        "Secretary of State Antony Blinken spoke with Egyptian Foreign Minister Badr Abdelatty on Monday. Blinken "
        "also spoke with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani on Tuesday."
    )
    assert [(m.meeting_kind, m.date.to_str()) for m in found] == [("call", "2024-11-11"), ("call", "2024-11-12")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Secretary of State Antony Blinken held meetings on Friday with his counterparts from Australia, India "
            "and Japan. Meeting with Australian Foreign Minister Penny Wong, Blinken discussed climate.",
            id="with-on-the-verb",
        ),
        pytest.param(
            "Secretary of State Antony Blinken held meetings with his counterparts from Australia, India and Japan "
            "on Friday. Meeting with Australian Foreign Minister Penny Wong, Blinken discussed climate.",
            id="with-on-the-noun",
        ),
    ],
)
def test_meetings_with_counterparts_from_several_countries(text: str) -> None:
    """ "held meetings with his counterparts from A, B and C": one meeting each; A's minister joins A's only."""
    found = [(m.countries, {p.name for p in m.participants}, m.date.to_str()) for m in meetings_of(text)]
    assert sorted(found) == [
        (("AU", "US"), {"Antony Blinken", "Penny Wong"}, "2024-11-08"),
        (("IN", "US"), {"Antony Blinken"}, "2024-11-08"),
        (("JP", "US"), {"Antony Blinken"}, "2024-11-08"),
    ]


@pytest.mark.parametrize(
    ("text", "participants", "countries", "date"),
    [
        pytest.param(
            "HONOLULU, Feb. 13 (Kyodo) -- The top diplomats from South Korea, the United States, and Japan "
            "convened in Honolulu on Tuesday.",
            set(),
            ("JP", "KR", "US"),
            "2024-11-12",
            id="top-diplomats-from-convened",
        ),
        pytest.param(
            "The top diplomats of South Korea, the United States and Japan met in Munich on Saturday.",
            set(),
            ("JP", "KR", "US"),
            "2024-11-09",
            id="top-diplomats-of-met",
        ),
        pytest.param(
            "Japanese and Korean leaders met in Tokyo on Saturday.",
            set(),
            ("JP", "KR"),
            "2024-11-09",
            id="japanese-and-korean-leaders",
        ),
        pytest.param(
            "The top diplomats of South Korea, the United States and Japan convened for a trilateral meeting in "
            "Munich on Saturday.",
            set(),
            ("JP", "KR", "US"),
            "2024-11-09",
            id="convened-for-a-trilateral-one-frame",
        ),
        pytest.param(
            "Secretary of State Marco Rubio convened the foreign ministers of Australia, India and Japan on Tuesday.",
            {("Marco Rubio", "US", "foreign minister")},
            ("AU", "IN", "JP", "US"),
            "2024-11-12",
            id="convened-the-foreign-ministers-of",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met the Japanese foreign minister on Monday.",
            {BLINKEN},
            ("JP", "US"),
            "2024-11-11",
            id="met-the-japanese-foreign-minister",
        ),
        pytest.param(
            "The top diplomats of South Korea, the United States and Japan met in Munich on Saturday. Secretary of "
            "State Antony Blinken, Japanese Foreign Minister Yoko Kamikawa and Foreign Minister Cho Tae-yul met.",
            {BLINKEN, KAMIKAWA, ("Cho Tae-yul", "KR", "foreign minister")},
            ("JP", "KR", "US"),
            "2024-11-09",
            id="one-left-takes-the-open-seat",
        ),
        pytest.param(
            "Hosted by the Norwegian Minister of Foreign Affairs Espen Barth Eide, representatives from Belgium, "
            "Denmark and Finland attended the meeting in Oslo on Monday.",
            {("Espen Barth Eide", "NO", "foreign minister")},
            ("BE", "DK", "FI", "NO"),
            "2024-11-11",
            id="representatives-from-countries-at-a-hosts-meeting",
        ),
    ],
)
def test_meeting_of_a_group_named_by_countries(
    text: str, participants: set[tuple[str, str | None, str]], countries: tuple[str, ...], date: str
) -> None:
    """A group named by its countries, or an office named without a person, gives the meeting's countries."""
    meeting = only(text)
    assert (who(meeting), meeting.countries, meeting.date.to_str()) == (participants, countries, date)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Secretary of State Antony Blinken, Japanese Foreign Minister Yoko Kamikawa and South Korean Foreign "
            "Minister Park Jin met in Lima on Thursday. Park highlighted the progress since the trilateral summit "
            "at Camp David in August.",
            id="the-trilateral-summit",
        ),
        pytest.param(
            "Secretary of State Antony Blinken, Japanese Foreign Minister Yoko Kamikawa and South Korean Foreign "
            "Minister Park Jin met in Lima on Thursday. Park praised the progress made since a three-way meeting "
            "in August.",
            id="a-three-way-meeting",
        ),
    ],
)
def test_meeting_multilateral_is_the_storys_three(text: str) -> None:
    """ "the trilateral summit", "a three-way meeting" with nobody named: the story's three countries met then."""
    earlier = [m for m in meetings_of(text) if m.date.to_str() == "2024-08"]
    assert [(m.participants, m.countries) for m in earlier] == [((), ("JP", "KR", "US"))]


@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        pytest.param(
            "The foreign ministers of Australia, India and Japan met in Tokyo on Friday, with Australia's Penny "
            "Wong hosting India's Subrahmanyam Jaishankar.",
            {"Penny Wong", "Subrahmanyam Jaishankar"},
            "foreign minister",
            id="the-foreign-ministers-of",
        ),
        pytest.param(
            "The top diplomats of Australia, India and Japan met in Tokyo on Friday, with Australia's Penny Wong "
            "hosting India's Subrahmanyam Jaishankar.",
            {"Penny Wong", "Subrahmanyam Jaishankar"},
            "foreign minister",
            id="the-top-diplomats",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met his Quad counterparts in Tokyo on Friday, with Australia's Penny "
            "Wong hosting India's Subrahmanyam Jaishankar.",
            {"Penny Wong", "Subrahmanyam Jaishankar"},
            "foreign minister",
            id="his-quad-counterparts",
        ),
    ],
)
def test_meeting_group_gives_its_office(text: str, names: set[str], role: str) -> None:
    """Untitled members named by country take the office of the group the sentence names."""
    roles = {p.role for m in meetings_of(text) for p in m.participants if p.name in names}
    assert roles == {role}


@pytest.mark.parametrize(
    ("text", "participants", "date"),
    [
        pytest.param(
            "Secretary of State Antony Blinken will meet Chinese Foreign Minister Wang Yi on Friday.",
            {BLINKEN, WANG},
            "2024-11-15",
            id="will-meet",
        ),
        pytest.param(
            "Secretary of State Antony Blinken is to meet Chinese Foreign Minister Wang Yi on Friday.",
            {BLINKEN, WANG},
            "2024-11-15",
            id="is-to-meet",
        ),
        pytest.param(
            "Secretary of State Antony Blinken is scheduled to hold talks with Chinese Foreign Minister Wang Yi on Friday.",
            {BLINKEN, WANG},
            "2024-11-15",
            id="is-scheduled-to-hold-talks",
        ),
        pytest.param(
            "Secretary of State Antony Blinken is set to meet Chinese Foreign Minister Wang Yi on Friday.",
            {BLINKEN, WANG},
            "2024-11-15",
            id="is-set-to-meet",
        ),
        pytest.param(
            "Secretary of State Antony Blinken plans to visit Chinese Foreign Minister Wang Yi in Beijing on Friday.",
            {BLINKEN, WANG},
            "2024-11-15",
            id="plans-to-visit",
        ),
        pytest.param(
            "Chinese Foreign Minister Wang Yi is due in Moscow on Friday for talks with Russian Foreign Minister "
            "Sergei Lavrov.",
            {WANG, ("Sergei Lavrov", "RU", "foreign minister")},
            "2024-11-15",
            id="is-due-in-moscow-for-talks",
        ),
        pytest.param(
            "President Joe Biden and British Prime Minister Keir Starmer, who are due to meet on Friday, spoke on "
            "Monday.",
            {("Joe Biden", None, "head of state"), ("Keir Starmer", "GB", "head of government")},
            "2024-11-15",
            id="who-are-due-to-meet",
        ),
        pytest.param(
            "Officials said the upcoming summit between President Joe Biden and President Xi Jinping will focus on "
            "trade.",
            {("Joe Biden", None, "head of state"), ("Xi Jinping", None, "head of state")},
            None,
            id="the-upcoming-summit-date-unknown",
        ),
        pytest.param(
            "Japanese Prime Minister Fumio Kishida is expected to make a planned visit to India's Prime Minister "
            "Narendra Modi.",
            {("Fumio Kishida", "JP", "head of government"), ("Narendra Modi", "IN", "head of government")},
            None,
            id="a-planned-visit",
        ),
        pytest.param(
            "President Jacob Zuma will this morning host Zimbabwean President Robert Mugabe.",
            {("Jacob Zuma", None, "head of state"), ("Robert Mugabe", "ZW", "head of state")},
            "2024-11-14",
            id="a-verb-the-tagger-took-for-a-noun",
        ),
        pytest.param(
            "The Secretary of Foreign Affairs, José Antonio Meade, will travel to Boston, Massachusetts, this "
            "Friday. During the visit, Secretary Meade will meet with the United States Secretary of State, John "
            "Kerry.",
            {("José Antonio Meade", None, "foreign minister"), ("John Kerry", "US", "foreign minister")},
            "2024-11-15",
            id="talks-during-a-journey-dated-by-it",
        ),
    ],
)
def test_meeting_planned(text: str, participants: set[tuple[str, str | None, str]], date: str | None) -> None:
    """Future and announced meetings are planned: dated when the text dates them, else of unknown date."""
    planned = [m for m in meetings_of(text) if m.meeting_kind == "planned"]
    assert [(who(m), m.date.to_str()) for m in planned] == [(participants, date)]


def test_meeting_those_met_on_a_coming_visit_are_met_on_its_day() -> None:
    """ "X will pay a visit to Zagreb on Friday, meeting with A, B and C": the participle shares the visit's time."""
    text = (
        "Slovenian Foreign Minister Ana Novak will pay a working visit to Zagreb on Friday, meeting with her "
        "Croatian counterpart Marko Horvat, Prime Minister Ivan Babic and President Zoran Kralj, it was said in "
        "Ljubljana on Thursday. Novak and Horvat will also talk about the northern Adriatic."
    )
    found = sorted((m.meeting_kind, m.date.to_str(), sorted(p.name for p in m.participants)) for m in meetings_of(text))
    assert found == [
        ("planned", "2024-11-15", ["Ana Novak", name])
        for name in sorted(["Marko Horvat", "Ivan Babic", "Zoran Kralj"])
    ]


_VISIT = (
    "The Prime Minister of Sweden, Magdalena Andersson, will visit Finland on Wednesday, 8 January, at the "
    "invitation of Prime Minister Sanna Marin. During her visit, Prime Minister Andersson will also meet with "
    "President Sauli Niinistö. "
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _VISIT + "This is the first visit abroad of Prime Minister Andersson.", id="one-persons-present"
        ),
        pytest.param(
            _VISIT + "By tradition, Finnish and Swedish prime ministers meet shortly after taking office.",
            id="what-office-holders-do-by-custom",
        ),
    ],
)
def test_meeting_a_visits_talks_stay_planned(text: str) -> None:
    """A sentence in the present about one person, or about what holders of an office do, makes no talk held."""
    assert [(m.meeting_kind, m.date.to_str()) for m in meetings_of(text)] == [("planned", "2025-01-08")] * 2


def test_meeting_a_group_in_another_clause_is_another_meeting() -> None:
    """ "X met Y in Beijing, while delegations from A and B met in Seoul": the delegations' countries are not X's."""
    found = meetings_of(
        "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday, while "
        "delegations from Japan and South Korea met in Seoul."
    )
    theirs = next(m for m in found if {p.name for p in m.participants} == {"Antony Blinken", "Wang Yi"})
    assert theirs.countries == ("CN", "US")


def test_meeting_what_will_be_since_another_day_is_the_plan_told() -> None:
    """ "This will be the first courtesy call by X on Y since his swearing in on 20 May": the plan, not 20 May."""
    text = (
        "President Cyril Ramaphosa will receive Prime Minister Moeketsi Majoro of Lesotho today. This will be the "
        "first courtesy call by Majoro on President Ramaphosa since his swearing in as Prime Minister on 20 May."
    )
    assert [(m.meeting_kind, m.date.to_str()) for m in meetings_of(text)] == [("planned", PUBLISHED)]


# -- attributes and pipeline: dates, places, countries left to the story ------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "The two foreign ministers, Secretary of State Antony Blinken and Japanese Foreign Minister Yoko "
            "Kamikawa, met in Lima on Thursday.",
            "Lima",
            id="met-in-lima",
        ),
        pytest.param(
            "Secretary of State Antony Blinken held talks with Chinese Foreign Minister Wang Yi in Beijing on Friday.",
            "Beijing",
            id="held-talks-in-beijing",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa on the sidelines of the "
            "APEC summit in San Francisco on Friday.",
            "San Francisco",
            id="sidelines-in-san-francisco",
        ),
        pytest.param(
            "President Joe Biden met Japanese Prime Minister Fumio Kishida at the summit at Camp David in August.",
            "Camp David",
            id="the-summit-at-camp-david",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa in Japan on Friday.",
            None,
            id="in-japan-names-no-city",
        ),
        pytest.param(
            "Slovenian Foreign Minister Ana Novak will pay a working visit to Zagreb on Friday, meeting with her "
            "Croatian counterpart Marko Horvat, it was said in Ljubljana on Thursday.",
            "Zagreb",
            id="a-visit-to-zagreb-said-in-ljubljana",
        ),
        pytest.param(
            "Secretary of State Antony Blinken flies on to Tokyo, where he is scheduled to meet Japanese Foreign "
            "Minister Takeshi Iwaya on Tuesday.",
            "Tokyo",
            id="where-he-is-to-meet",
        ),
        pytest.param(
            "British Foreign Secretary David Cameron held talks with Secretary of State Antony Blinken at the State "
            "Department on Tuesday, a day after flying to Florida.",
            None,
            id="not-a-journey-of-another-clause",
        ),
    ],
)
def test_attributes_place(text: str, place: str | None) -> None:
    """A meeting's place is a city or named site by its trigger, never a country."""
    assert only(text).place == place


@pytest.mark.parametrize(
    ("text", "date", "date_from"),
    [
        pytest.param(
            "Japanese Foreign Minister Yoko Kamikawa spoke by phone with Chinese Foreign Minister Wang Yi (local "
            "time; 22:30 on January 10 JST).",
            PUBLISHED,
            "published",
            id="aside-in-brackets-is-no-date",
        ),
        pytest.param(
            "South Korean Foreign Minister Park Jin met Japanese Foreign Minister Yoko Kamikawa on Monday, since "
            "November 2 the first such talks.",
            "2024-11-11",
            "text",
            id="since-date-is-no-event-date",
        ),
        pytest.param(
            "Japanese Foreign Minister Yoko Kamikawa met Chinese Foreign Minister Wang Yi about three weeks ago.",
            "2024-10~",
            "text",
            id="approximate-relative-date",
        ),
        pytest.param(
            "November 12, 2024\nJapanese Foreign Minister Yoko Kamikawa met Chinese Foreign Minister Wang Yi.",
            "2024-11-12",
            "story",
            id="date-line-at-the-top",
        ),
        pytest.param(
            "Japanese Foreign Minister Yoko Kamikawa met Chinese Foreign Minister Wang Yi.",
            PUBLISHED,
            "published",
            id="publication-date-last",
        ),
        pytest.param(
            "President John Mahama has held bilateral talks with Japanese Prime Minister Shinzo Abe in Nairobi. "
            "Tuesday's meeting was held ahead of Saturday's opening of the summit.",
            "2024-11-12",
            "text",
            id="the-meeting-dated-in-the-next-sentence",
        ),
        pytest.param(
            "Finally, Foreign Minister Mevlut Cavusoglu also met with Foreign Minister Gordan Grlic Radman of "
            "Croatia, which will assume the next EU Presidency in the first half of 2025.",
            PUBLISHED,
            "published",
            id="a-date-describing-a-participant",
        ),
        pytest.param(
            "Japanese Prime Minister Fumio Kishida met U.S. President Joe Biden, who arrived in Tokyo on Tuesday.",
            "2024-11-12",
            "text",
            id="a-guests-arrival-dates-the-meeting",
        ),
        pytest.param(
            "Prime Minister Fumio Kishida held talks with President Joe Biden, their first meeting since Biden took "
            "office in January.",
            PUBLISHED,
            "published",
            id="a-date-in-a-since-clause",
        ),
    ],
)
def test_attributes_date(text: str, date: str, date_from: str) -> None:
    """The date nearest the trigger, else the story's date line, else the publication date, and where it came from."""
    meeting = only(text)
    assert (meeting.date.to_str(), meeting.date_from) == (date, date_from)


def test_pipeline_a_dated_second_meeting_is_another() -> None:
    """ "the summit in August" after a meeting told without that date is another meeting, not the first again."""
    found = meetings_of(
        "Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa on Friday. The two "
        "ministers met at the summit in August."
    )
    assert [(who(m), m.date.to_str()) for m in found] == [
        ({BLINKEN, KAMIKAWA}, "2024-11-08"),
        ({BLINKEN, KAMIKAWA}, "2024-08"),
    ]


def test_pipeline_title_date_anchors_relative_dates() -> None:
    """ "PM meeting with President Ruto: 25 September 2024", published the next day: "today" is the title's day."""
    item = article.from_bytes(
        b"---\ntitle: PM meeting with President Ruto: 25 September 2024\npublished: 2024-09-26\n---\n"
        b"Prime Minister Keir Starmer met Kenyan President William Ruto in London today.\n",
        source_name="t.txt",
    )
    events, problems = extract(item)
    [meeting] = [e for e in events if isinstance(e, MeetingReported)]
    assert meeting.date.to_str() == "2024-09-25"
    assert problems == ["dates are read against 2024-09-25, the title's date, not the header's"]


def test_pipeline_no_published_date_reads_dates_against_the_first_full_date_of_the_text() -> None:
    """A story that lost its header: the caption's "July 1, 2013" dates "on Monday" and the undated talks."""
    item = article.from_bytes(
        b"President Barack Obama at his arrival ceremony with Tanzanian President Jakaya Kikwete, July 1, 2013, "
        b"in Dar es Salaam.\n\nIn Tanzania, Obama and Kikwete have discussed trade and investment.\n",
        source_name="t.txt",
    )
    events, problems = extract(item)
    assert problems == [
        "no published date: dates are read against 2013-07-01, the first full date of its text"
    ]
    dates = {e.date.to_str() for e in events if isinstance(e, MeetingReported)}
    assert dates == {"2013-07-01"}


def test_pipeline_a_held_report_wins_over_a_wish_in_the_same_meeting() -> None:
    """ "X met Y this afternoon. The two were pleased to meet each other": held, not planned."""
    [meeting] = meetings_of(
        "Prime Minister Keir Starmer met Kenyan President William Ruto in New York this afternoon.\n\n"
        "The two leaders stressed how pleased they were to meet each other for the first time."
    )
    assert meeting.meeting_kind == "in-person"
    assert meeting.date.to_str() == PUBLISHED


def test_pipeline_a_readouts_title_is_the_meeting_its_text_dates() -> None:
    """ "Readout of X's Meeting with Y" then "X met with Y and Z yesterday": one meeting, yesterday."""
    [meeting] = meetings_of(
        "Readout of Secretary Jim Mattis' Meeting with Afghan President Ashraf Ghani\n\n"
        "Secretary of Defense Jim Mattis met with President Ashraf Ghani and Chief Executive Officer Abdullah "
        "Abdullah yesterday at the Presidential Palace in Kabul."
    )
    assert meeting.date.to_str() == "2024-11-13"
    assert {p.name for p in meeting.participants} == {"Jim Mattis", "Ashraf Ghani", "Abdullah Abdullah"}


def test_pipeline_a_family_name_with_a_curly_apostrophe_is_the_person() -> None:
    """ "Prime Minister Fiame Naomi Mata'afa" ... "He met with Mata\u2019afa on Friday"."""
    meetings = meetings_of(
        "New Zealand Foreign Minister Winston Peters and Samoa's Prime Minister Fiame Naomi Mata'afa renewed "
        "their partnership.\n\nPeters arrived in Samoa late Thursday night. He met with Mata\u2019afa on Friday "
        "morning in Apia."
    )
    assert any(
        {p.name for p in m.participants} == {"Winston Peters", "Fiame Naomi Mata'afa"} for m in meetings
    )


def test_pipeline_a_lone_report_is_the_one_meeting_of_that_person_beside_it() -> None:
    """A headline with one side named, then the other side's statement naming both: one meeting."""
    meetings = meetings_of(
        "Nigeria's Minister of State for Foreign Affairs Bianca Odumegwu-Ojukwu has met with her Ghanaian "
        "counterpart\n\nToday Samuel Ablakwa, Ghana's Minister for Foreign Affairs, held constructive discussions "
        "with the Nigerian Minister of State for Foreign Affairs, Bianca Odumegwu-Ojukwu, in Accra."
    )
    assert [{(p.name, p.country) for p in m.participants} for m in meetings] == [
        {("Bianca Odumegwu-Ojukwu", "NG"), ("Samuel Ablakwa", "GH")}
    ]


def test_pipeline_those_who_attended_the_meeting_are_at_the_meeting_just_told() -> None:
    """ "X met Y. ... Foreign Minister A and Minister for Information and Broadcasting B also attended the meeting"."""
    [meeting] = meetings_of(
        "Prime Minister Shehbaz Sharif of Pakistan met French President Emmanuel Macron in New York on Tuesday."
        "\n\nDuring the meeting, both leaders discussed bilateral ties.\n\nForeign Minister Bilawal Bhutto "
        "Zardari and Minister for Information and Broadcasting Marriyum Aurangzeb also attended the meeting."
    )
    assert {p.name for p in meeting.participants} == {
        "Shehbaz Sharif", "Emmanuel Macron", "Bilawal Bhutto Zardari", "Marriyum Aurangzeb"
    }  # fmt: skip


def test_pipeline_a_meeting_of_countries_takes_their_officials_named_after_it() -> None:
    """ "The presidents of Kazakhstan and Uzbekistan held talks in Astana. ... Uzbek President X thanked ..."."""
    [meeting] = meetings_of(
        "The presidents of Kazakhstan and Uzbekistan held talks behind closed doors in Astana on Thursday.\n\n"
        "The two sides discussed trade and water.\n\nUzbek President Shavkat Mirziyoyev thanked his hosts."
    )
    assert {(p.name, p.country) for p in meeting.participants} == {("Shavkat Mirziyoyev", "UZ")}
    assert set(meeting.countries) == {"KZ", "UZ"}


def test_pipeline_the_reporting_verbs_date_is_the_statements_not_the_meetings() -> None:
    """ "'... the first time both ministers have met in person,' a spokesman said in a statement Friday"."""
    meetings = meetings_of(
        "Philippine Defense Secretary Delfin Lorenzana met Japanese Defense Minister Nobuo Kishi in Tokyo on "
        "Thursday.\n\n\u201cThis is the first time that both Ministers have met in person,\u201d said spokesperson "
        "Arsenio Andolong in a statement Friday."
    )
    assert {m.date.to_str() for m in meetings} == {"2024-11-14"}


def test_meeting_a_verb_the_parser_made_an_adjective_is_read_in_line() -> None:
    """ "Payne hosted [amod] India's ... Minister Jaishankar [ROOT], Japan's Hayashi and ... Blinken for ...": one meeting of four."""
    [meeting] = meetings_of(
        "Australian Foreign Minister Marise Payne hosted India's External Affairs Minister Subrahmanyam "
        "Jaishankar, Japan's Yoshimasa Hayashi and U.S. Secretary of State Antony Blinken for the group's fourth "
        "foreign ministers' meeting, and its first in person since Tokyo in October 2020."
    )
    assert {p.name for p in meeting.participants} == {
        "Marise Payne", "Subrahmanyam Jaishankar", "Yoshimasa Hayashi", "Antony Blinken"
    }  # fmt: skip
    assert meeting.date.to_str() == PUBLISHED  # not the October 2020 the first one was "since"


def test_pipeline_the_leads_day_is_the_day_of_the_storys_undated_meetings() -> None:
    """ "On Sunday, X met ... X also held talks with Y": Sunday, not the day of publication."""
    meetings = meetings_of(
        "On Sunday, UN Secretary-General Antonio Guterres met with Arab League Secretary-General Ahmed Aboul "
        "Gheit in New York.\n\nGuterres also held talks with Finnish President Alexander Stubb."
    )
    assert {m.date.to_str() for m in meetings} == {"2024-11-10"}
    assert len(meetings) == 2


def test_pipeline_a_lead_naming_the_two_of_an_undated_meeting_gives_its_day() -> None:
    """ "Crown Prince X on Saturday felicitated Prime Minister Y ..." then "Y received a telephone call from
    X": the call was on Saturday; a lead naming only one of them gives no day."""
    text = (
        "ISLAMABAD: Saudi Crown Prince Faisal bin Nasser on Saturday felicitated Prime Minister Imran Qadir "
        "on his election.\n\nPrime Minister Imran Qadir received a telephone call from Crown Prince Faisal "
        "bin Nasser, the office said."
    )
    assert [m.date.to_str() for m in meetings_of(text, published="2022-04-17")] == ["2022-04-16"]
    alone = text.replace("felicitated Prime Minister Imran Qadir on his election", "praised the reforms")
    assert [m.date.to_str() for m in meetings_of(alone, published="2022-04-17")] == ["2022-04-17"]


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        pytest.param(
            "President Ana Lima of Argentina and Brazil's President Jo Silva shared a videoconference call "
            "on "
            "Monday.",
            [("2020-11-30", "video")],
            id="shared-a-call",
        ),
        pytest.param(
            "President Ana Lima of Argentina has finally spoken to Brazil's President Jo Silva. The two "
            "leaders "
            "held a videoconference on Monday.",
            [("2020-11-30", "video")],
            id="spoken-to-then-dated-as-a-video-call",
        ),
        pytest.param(
            "President Ana Lima of Argentina spoke by phone with Brazil's President Jo Silva on Monday. "
            "Lima and "
            "Silva held a videoconference on Wednesday.",
            [("2020-11-30", "call"), ("2020-12-02", "video")],
            id="a-phone-call-is-no-video-call",
        ),
    ],
)
def test_pipeline_a_call_not_said_to_be_by_phone_may_be_the_video_call_told_next(
    text: str, meetings: list[tuple[str, str]]
) -> None:
    """ "X has spoken to Y. The two leaders held a videoconference on Monday": one video call, on Monday;
    "spoke by phone" is no video call."""
    found = meetings_of(text, published="2020-12-05")
    assert sorted((m.date.to_str(), m.meeting_kind) for m in found) == meetings


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        pytest.param(
            "Kenyan President Daniel Kamau is expected to hold talks with Ugandan President John Okello "
            "during "
            "his visit on 12 March.",
            [("2024-03-12", ["Daniel Kamau", "John Okello"], "planned")],
            id="the-visit-is-the-talks-occasion",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau and Ugandan President John Okello are set to meet on Friday.",
            [("2024-03-08", ["Daniel Kamau", "John Okello"], "planned")],
            id="a-subject-and-its-conjunct-inherited-through-set-to",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau will be in Kampala from 11 to 13 March, where he will meet "
            "President "
            "John Okello.",
            [("2024-03-11", ["Daniel Kamau", "John Okello"], "planned")],
            id="a-stay-from-one-day-to-another-gives-its-first",
        ),
        pytest.param(
            "A meeting between Kenyan President Daniel Kamau and Ugandan President John Okello is scheduled "
            "for "
            "March 12.",
            [("2024-03-12", ["Daniel Kamau", "John Okello"], "planned")],
            id="scheduled-for-a-day",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau is expected to meet Ugandan President John Okello when he visits "
            "Kampala on Friday.",
            [("2024-03-08", ["Daniel Kamau", "John Okello"], "planned")],
            id="a-present-time-clause-under-a-future-is-future",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau will undertake a state visit to Uganda from 11-13 March at the "
            "invitation of President John Okello.",
            [("2024-03-11", ["Daniel Kamau", "John Okello"], "planned")],
            id="a-visit-undertaken-at-a-hosts-invitation",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau visited Uganda on Monday at the invitation of his counterpart "
            "John "
            "Okello.",
            [("2024-03-04", ["Daniel Kamau", "John Okello"], "in-person")],
            id="at-the-invitation-of-a-counterpart-named-after-the-title",
        ),
        pytest.param(
            "Kenyan Foreign Minister Daniel Kamau is due in Kampala next week for talks with his "
            "counterpart John "
            "Okello.",
            [("2024-03~", ["Daniel Kamau", "John Okello"], "planned")],  # next week: in March, about
            id="due-in-a-city-for-talks",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau will travel to Uganda next week and meet President John Okello.",
            [("2024-03~", ["Daniel Kamau", "John Okello"], "planned")],  # next week: in March, about
            id="a-conjunct-sharing-will",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau is in Kampala on Wednesday. He will meet Ugandan President John "
            "Okello.",
            [("2024-03-06", ["Daniel Kamau", "John Okello"], "planned")],
            id="a-meeting-to-come-on-the-day-of-publication",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau arrived in Kampala on Wednesday. He will meet Ugandan President "
            "John "
            "Okello.",
            [("2024-03-06", ["Daniel Kamau", "John Okello"], "planned")],
            id="arrived-today-will-meet",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau held talks in Nairobi on Monday. The talks came after the summit "
            "in "
            "August, where President Daniel Kamau, Prime Minister Ali Hassan of Ethiopia and President John "
            "Okello "
            "of Uganda agreed to meet annually.",
            [],
            id="meetings-to-recur-are-no-meeting",
        ),
        pytest.param(
            "Thai Foreign Minister Somchai Boon plans to visit Tokyo early this month for a bilateral "
            "meeting "
            "with Japanese Foreign Minister Kenji Sato.",
            [("2024-03", ["Kenji Sato", "Somchai Boon"], "planned")],
            id="a-meeting-a-planned-trip-is-for",
        ),
        pytest.param(
            "Norwegian Foreign Minister Tavia Moren has arrived in Chile for a one day official visit. "
            "While in "
            "Santiago, she will meet Chilean President Adaro Kuvi.",
            [("2024-03", ["Adaro Kuvi", "Tavia Moren"], "planned")],
            id="has-arrived-is-a-visit-under-way",
        ),
    ],
)
def test_meeting_planned_shapes(text: str, meetings: list[tuple[str, list[str], str]]) -> None:
    """Planned meetings as the news writes them: one meeting each, its people, day and kind (published on a
    Wednesday)."""
    found = meetings_of(text, published="2024-03-06")
    found_as = [(m.date.to_str(), sorted(p.name for p in m.participants), m.meeting_kind) for m in found]
    assert found_as == meetings


def test_meeting_talks_the_parse_hung_on_an_infinitive_are_the_clauses() -> None:
    """ "X discussed measures to strengthen security at talks in Moscow with his Uzbek counterpart Y": the
    parser hangs "at talks" on "to strengthen"; the talks are X's with Y."""
    found = only(
        "Russian Foreign Minister Ivan Orlov discussed additional measures to strengthen stability and "
        "security "
        "in the region at talks in Moscow with his Uzbek counterpart Timur Aliyev on Monday.",
        published="2023-05-22",
    )
    assert (who(found), found.date.to_str()) == (
        {("Ivan Orlov", "RU", "foreign minister"), ("Timur Aliyev", "UZ", "foreign minister")},
        "2023-05-22",
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Carlos Mendoza", ("PE", "foreign minister"), id="foreign-affairs"),
        pytest.param("Jorge Paz", ("PE", "finance minister"), id="economy-and-finance"),
        pytest.param("Luis Herrera", ("PE", "other"), id="energy-and-mines"),
    ],
)
def test_cast_ministers_listed_with_their_portfolios_in_brackets(
    name: str, expected: tuple[str, str]
) -> None:
    """ "attended by Peruvian Ministers A (Foreign Affairs), B (Economy and Finance) and C (Energy and
    Mines)": each the country of the plural title's demonym and the office of the portfolio in brackets."""
    found = person(
        "The dinner was attended by Peruvian Ministers Carlos Mendoza (Foreign Affairs), Jorge Paz (Economy "
        "and "
        "Finance) and Luis Herrera (Energy and Mines).",
        name,
    )
    assert (found.country, found.role) == expected


def test_meeting_a_readouts_closing_line_of_those_present_and_a_briefing_after_it() -> None:
    """ "A and B were also present" closes a readout: they were at the meeting told; "the press secretary
    briefed reporters after the meeting" was not, and the meeting is told once."""
    found = meetings_of(
        "Indian External Affairs Minister Arjun Mehta today paid a courtesy call on Prime Minister Rina "
        "Akter "
        "at her official residence.\n\nPress Secretary Imran Karim briefed reporters after the meeting.\n\n"
        "During the meeting, they discussed regional trade.\n\nForeign Secretary Kamal Hossain and Indian "
        "High "
        "Commissioner Ravi Menon were also present.",
        published="2023-05-12",
    )
    assert names_met(found) == [
        ["Arjun Mehta", "Kamal Hossain", "Ravi Menon", "Rina Akter"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Home Minister Ravi Kumar and External Affairs Minister Anita Rao separately called on Sri "
            "Lankan Prime "
            "Minister Nimal Perera on Saturday.",
            id="named",
        ),
        pytest.param(
            "Sri Lankan Prime Minister Nimal Perera held talks with Indian Prime Minister Vijay Shah on "
            "Saturday. "
            "Perera thanked India, though Sri Lankan President Sunil Silva stayed home. Perera also praised "
            "the "
            "ties. Earlier in the day, Home Minister Ravi Kumar and External Affairs Minister Anita Rao "
            "separately "
            "called on the visiting Sri Lankan leader.",
            id="the-visiting-leader-the-story-follows",
        ),
    ],
)
def test_meeting_several_subjects_separately_with_one(text: str) -> None:
    """ "A and B separately called on X": a meeting of each with X (not one of A with B); "the visiting Sri
    Lankan leader" is the Sri Lankan leader the story names most, not its president named once."""
    pairs = {
        frozenset(p.name for p in m.participants)
        for m in meetings_of(text, published="2018-10-20")
        if {"Ravi Kumar", "Anita Rao"} & {p.name for p in m.participants}
    }
    assert pairs == {frozenset({"Ravi Kumar", "Nimal Perera"}), frozenset({"Anita Rao", "Nimal Perera"})}


def test_pipeline_elsewhere_opens_another_event() -> None:
    """ "Elsewhere, the President held a consultative meeting in Nakuru with party leaders": not the meeting
    told before, whose place it does not give."""
    found = only(
        "President Daniel Kamau of Kenya received Prime Minister Omar Ali of Somalia on "
        "Tuesday.\n\nElsewhere, "
        "the President held a consultative meeting in Nakuru with political party leaders.",
        published="2021-08-11",
    )
    assert (found.place, found.date.to_str()) == (None, "2021-08-10")


def test_meeting_a_spouse_is_no_party() -> None:
    """ "The motorcade carrying X and his wife Ama arrived ... The two had touched down on Wednesday for a
    State visit": a spouse travelling with a head of state met no one."""
    found = meetings_of(
        "Ghana's President Kwame Mensah has received a warm welcome at the Union Buildings. The motorcade "
        "carrying Mensah and his wife Ama arrived shortly before 10am. The two had touched down in the "
        "capital "
        "on Wednesday evening for a two-day State visit.",
        published="2018-07-05",
    )
    assert not any("Ama" in {p.name for p in m.participants} for m in found)


def test_mentions_a_captains_rank_is_no_part_of_the_name() -> None:
    """ "junta leader Captain Ibrahim Sawadogo": the rank is no part of the name, as "Colonel" is not."""
    found = only(
        "President Daniel Kamau of Kenya held talks with Burkina Faso's junta leader Captain Ibrahim "
        "Sawadogo on "
        "Monday.",
        published="2024-03-06",
    )
    assert {p.name for p in found.participants} == {"Daniel Kamau", "Ibrahim Sawadogo"}


def test_meeting_a_first_lady_is_no_party() -> None:
    """ "President X, First Lady Margaret receive President Y": the first lady (named "Lady Margaret" after
    "First") holds no office and is no party."""
    found = only(
        "President Daniel Kamau, First Lady Margaret receive Ethiopian President Sara Tesfaye at State "
        "House.",
        published="2021-01-01",
    )
    assert {p.name for p in found.participants} == {"Daniel Kamau", "Sara Tesfaye"}


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        pytest.param(
            "It was Rao's first trip abroad since she travelled to Washington in January. Indian "
            "Foreign Minister Anita Rao met Prime Minister Kenji Sato of Japan and discussed trade.",
            [('2024-03-06', 'in-person', ['Anita Rao', 'Kenji Sato'])],
            id="journey-since-clause",
        ),
        pytest.param(
            "Pope Leo visited Kenya in 2015. Kenyan President Daniel Kamau met Italian Prime "
            "Minister Marco Bassi at the Vatican.",
            [('2024-03-06', 'in-person', ['Daniel Kamau', 'Marco Bassi'])],
            id="journey-of-someone-else",
        ),
        pytest.param(
            "Ugandan President John Okello last travelled to Nairobi in 2019. Kenyan President "
            "Daniel Kamau met him at State House, his spokesman said.",
            [('2024-03-06', 'in-person', ['Daniel Kamau', 'John Okello'])],
            id="journey-last-travelled",
        ),
        pytest.param(
            "The ministry announced on Wednesday that Kenyan President Daniel Kamau will visit "
            "Uganda. He will meet President John Okello.",
            [],
            id="same-day-announced",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau said on Wednesday he would travel to Uganda next month. "
            "He will meet President John Okello.",
            [('2024-04', 'planned', ['Daniel Kamau', 'John Okello'])],
            id="same-day-said-next-month",
        ),
        pytest.param(
            "Protests erupted in Kampala on Wednesday. Kenyan President Daniel Kamau will meet "
            "Ugandan President John Okello to discuss the unrest.",
            [],
            id="same-day-protests",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau met Ugandan President John Okello and discussed the "
            "elections set for March 12.",
            [('2024-03-06', 'in-person', ['Daniel Kamau', 'John Okello'])],
            id="set-for-another-thing",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau met Ugandan President John Okello ahead of the trade fair "
            "running from 11 to 13 March.",
            [('2024-03-06', 'in-person', ['Daniel Kamau', 'John Okello'])],
            id="span-of-another-thing",
        ),
        pytest.param(
            "Indian Foreign Minister Anita Rao spoke to Japanese Foreign Minister Yoko Tanaka, the "
            "ministry said. The two ministers held a videoconference in January to prepare the "
            "summit.",
            [
                ("2024-03-06", "call", ["Anita Rao", "Yoko Tanaka"]),
                ("2024-01", "video", ["Anita Rao", "Yoko Tanaka"]),
            ],
            id="loose-call-and-an-old-video",
        ),
        pytest.param(
            "Indian Foreign Minister Anita Rao has spoken with Japanese Foreign Minister Yoko Tanaka "
            "about the crisis. They last held a video call in December.",
            [
                ("2024-03-06", "call", ["Anita Rao", "Yoko Tanaka"]),
                ("2023-12", "video", ["Anita Rao", "Yoko Tanaka"]),
            ],
            id="loose-call-and-a-last-video",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau and Ugandan President John Okello continued to meet "
            "despite the dispute.",
            [],
            id="continued-to-meet",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau and Ugandan President John Okello agreed to meet in "
            "Arusha on Friday.",
            [('2024-03-08', 'planned', ['Daniel Kamau', 'John Okello'])],
            id="agreed-to-meet-once",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau met Ugandan President John Okello at State House on "
            "Monday.\n\nLater, Kamau attended a church service in Nakuru. Deputy President Ruth "
            "Wanjiru and Governor Susan Kihika were also present.",
            [('2024-03-04', 'in-person', ['Daniel Kamau', 'John Okello'])],
            id="present-at-another-event",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau met Ugandan President John Okello at State House on "
            "Monday.\n\nJournalists Mary Atieno and Paul Ouma were present as Kamau spoke.",
            [('2024-03-04', 'in-person', ['Daniel Kamau', 'John Okello'])],
            id="present-as-he-spoke",
        ),
        pytest.param(
            "Russian President Ivan Petrov on Monday accused Turkish President Kemal Aydin of "
            "betrayal.\n\nThe two leaders last met in Sochi and held talks about Syria.",
            [('2024-03-06', 'in-person', ['Ivan Petrov', 'Kemal Aydin'])],
            id="lead-accused-no-contact",
        ),
        pytest.param(
            "Kenyan President Daniel Kamau has met Ugandan President John Okello frequently, most "
            "recently in Nairobi on Monday.",
            [('2024-03-04', 'in-person', ['Daniel Kamau', 'John Okello'])],
            id="frequently-most-recently",
        ),
    ],
)
def test_what_this_sessions_rules_leave_alone(text: str, meetings: list[tuple[str, str, list[str]]]) -> None:
    """A second reader's counterexamples to spacy-19's rules, each once misread by them (published on a
    Wednesday): a journey of someone else's, in another clause or told as background dates no meeting; the
    day of publication a sentence names for an announcement or another event is no coming meeting's day;
    the date of another scheduled thing is not the meeting's; a call of today is not the video call of
    months ago; "continued to meet" is no meeting and "agreed to meet" is one; those present at another
    event, or as someone spoke, are not at the meeting; a lead that accuses dates no meeting; a meeting
    "most recently" told is one."""
    found = meetings_of(text, published="2024-03-06")
    found_as = [(m.date.to_str(), m.meeting_kind, sorted(p.name for p in m.participants)) for m in found]
    assert found_as == meetings


def test_pipeline_a_relative_clauses_date_and_tense_are_its_own() -> None:
    """ "X and Y, who are due to meet on Friday, spoke on Monday": a planned Friday meeting and a Monday call."""
    meetings = meetings_of(
        "President Joe Biden and British Prime Minister Keir Starmer, who are due to meet on Friday, spoke on "
        "Monday."
    )
    assert sorted((m.date.to_str(), m.meeting_kind) for m in meetings) == [
        ("2024-11-11", "call"),
        ("2024-11-15", "planned"),
    ]


def test_pipeline_who_deep_in_a_relative_clause_is_the_list_it_follows() -> None:
    """ "report back to President Biden and Prime Minister Starmer, who are due to meet at the White House on Friday"."""
    [meeting] = meetings_of(
        "Blinken said he and Lammy would report back to President Joe Biden and British Prime Minister Keir "
        "Starmer, who are due to meet at the White House on Friday."
    )
    assert {p.name for p in meeting.participants} == {"Joe Biden", "Keir Starmer"}
    assert (meeting.meeting_kind, meeting.date.to_str()) == ("planned", "2024-11-15")


def test_pipeline_an_unnamed_office_of_another_country_is_another_meeting() -> None:
    """A call between two named ministers, then "Qatar's foreign minister also spoke with X": two calls."""
    meetings = meetings_of(
        "Saudi Arabia's Foreign Minister Prince Faisal bin Farhan received a phone call from his Iranian "
        "counterpart Hossein Amirabdollahian late on Sunday.\n\nQatar's foreign minister also spoke with "
        "Amirabdollahian via phone call on Sunday, expressing deep concern."
    )
    assert sorted((sorted(m.countries), m.meeting_kind) for m in meetings) == [
        (["IR", "QA"], "call"),
        (["IR", "SA"], "call"),
    ]


def test_pipeline_an_unnamed_sides_country_is_not_the_hosts() -> None:
    """ "the prime minister held meetings with Chancellor Nehammer and the Iranian President": he is no Iranian."""
    meetings = meetings_of(
        "Prime Minister Shehbaz Sharif met President of France Emmanuel Macron on Tuesday. Later, the prime "
        "minister also held talks with Federal Chancellor of the Republic of Austria Karl Nehammer and the "
        "Iranian President."
    )
    assert {p.country for m in meetings for p in m.participants if p.name == "Shehbaz Sharif"} == {None}


def test_pipeline_the_storys_other_country_is_not_one_the_person_meets() -> None:
    """Lula receives Colombia's Petro, then meets Guyana's Ali: Colombia, named most, is not Lula's country."""
    meetings = meetings_of(
        "President Luiz Inacio Lula da Silva received his counterpart from Colombia, Gustavo Petro, on Wednesday. "
        "Petro came for the summit. Colombia and Brazil signed deals; Colombia sent ministers.\n\n"
        "On Tuesday, Lula held a bilateral meeting with the president of Guyana, Irfaan Ali."
    )
    lula = {p.country for m in meetings for p in m.participants if p.name.startswith("Luiz")}
    assert "CO" not in lula


def test_pipeline_a_bare_name_takes_the_other_country_named_beside_it() -> None:
    """No title, no country: "a meeting between Ilham Aliyev and Nikol Pashinyan ... Armenian-Azerbaijani trade"."""
    meeting = only(
        "The President of Azerbaijan Ilham Aliyev arrived in Yerevan on Monday. A meeting between Ilham Aliyev "
        "and Nikol Pashinyan began, during which the two leaders reviewed Armenian-Azerbaijani trade. "
        "Azerbaijan and its neighbours met last year. Azerbaijan exports gas."
    )
    assert ("Nikol Pashinyan", "AM") in {(p.name, p.country) for p in meeting.participants}


def test_pipeline_the_storys_other_country_yields_to_one_named_beside_the_person() -> None:
    """The story names the United States most; Lavrov's own sentence names Russia: he is not American."""
    meetings = meetings_of(
        "Japanese Foreign Minister Taro Kono held talks with U.S. Secretary of State Mike Pompeo in New York. "
        "The United States and Japan agreed on trade. The United States will host the next round.\n\n"
        "Kono also met Foreign Minister Sergey Lavrov, and they discussed Japan-Russia relations."
    )
    lavrov = {p.country for m in meetings for p in m.participants if p.name == "Sergey Lavrov"}
    assert lavrov and "US" not in lavrov


def test_pipeline_a_bare_name_takes_no_country_named_only_elsewhere() -> None:
    """The story names the host country often, but never beside the untitled guest: he stays without one."""
    meetings = meetings_of(
        "Today in New York I held a meeting with Secretary of State Pompeo on Japan-U.S. trade. "
        "Japan and the United States will sign a deal. The United States is our ally.\n\n"
        "At my meeting with Mr. Wang Yi, we discussed the region."
    )
    wang = {p.country for m in meetings for p in m.participants if p.name == "Wang Yi"}
    assert "US" not in wang


@pytest.mark.parametrize(
    ("text", "host"),
    [
        pytest.param(
            "President Hakainde Hichilema of Zambia began his State visit to Namibia with a meeting with his "
            "counterpart President Nangolo Mbumba.",
            ("Nangolo Mbumba", "NA"),
            id="the-host-of-a-visit",
        ),
        pytest.param(
            "Chilean President Gabriel Boric met President Luis Arce in La Paz on Monday.",
            ("Luis Arce", "BO"),
            id="the-host-in-his-capital",
        ),
        pytest.param(
            "Chilean President Gabriel Boric met President Luis Arce in La Paz on the sidelines of a summit.",
            ("Luis Arce", None),
            id="a-summit-has-no-host-to-guess",
        ),
        pytest.param(
            "French President Emmanuel Macron spoke with President Joe Biden about Ukraine on Monday.",
            ("Joe Biden", None),
            id="a-country-talked-about-is-no-host",
        ),
    ],
)
def test_pipeline_the_host_of_a_visit_is_of_the_country_visited(
    text: str, host: tuple[str, str | None]
) -> None:
    """An official titled without a country, met on a visit to or in a country (no summit there): its own."""
    meeting = only(text)
    assert host in {(p.name, p.country) for p in meeting.participants}


def test_pipeline_a_day_told_later_makes_the_month_told_first_precise() -> None:
    """One meeting told "in March" and then "on 12 March": it was on the 12th."""
    (meeting,) = meetings_of(
        "This is Boric's first visit to Peru since he met President Dina Boluarte in March. On 12 March, "
        "Chilean President Gabriel Boric met with President Dina Boluarte in Lima.",
        published="2024-05-16",
    )
    assert meeting.date.to_str() == "2024-03-12"


def test_pipeline_a_counterpart_named_by_country_alone_is_the_one_met() -> None:
    """A paper names its own president bare; the host's "Indian counterpart" said later is he."""
    meetings = meetings_of(
        "President Ram Nath Kovind held talks with Bangladeshi President Abdul Hamid in Dhaka on Wednesday. "
        "Later, President Hamid will host a banquet in his Indian counterpart's honour."
    )
    kovind = {p.country for m in meetings for p in m.participants if p.name == "Ram Nath Kovind"}
    assert kovind == {"IN"}


def test_pipeline_a_country_found_at_one_meeting_is_the_persons_at_all() -> None:
    """Kovind is India's at his meeting with Hamid ("his Indian counterpart"), so at his meeting with Hasina too."""
    meetings = meetings_of(
        "President Ram Nath Kovind held talks with Bangladeshi President Abdul Hamid in Dhaka on Wednesday. "
        "Later, President Hamid will host a banquet in his Indian counterpart's honour.\n\n"
        "Earlier, Prime Minister Sheikh Hasina called on President Kovind."
    )
    kovind = {p.country for m in meetings for p in m.participants if p.name == "Ram Nath Kovind"}
    assert len(meetings) == 2
    assert kovind == {"IN"}


def test_pipeline_a_title_naming_days_keeps_the_published_date() -> None:
    """ "Official Visit ..., 5 to 6 July 2022", published 6 July: "today" is the 6th."""
    item = article.from_bytes(
        b"---\ntitle: Official Visit of Minister Naledi Pandor, 5 to 6 July 2022\npublished: 2022-07-06\n---\n"
        b"South African Foreign Minister Naledi Pandor called on Prime Minister Lee Hsien Loong of Singapore "
        b"today and was hosted to breakfast by Singaporean Foreign Minister Vivian Balakrishnan this morning.\n",
        source_name="t.txt",
    )
    events, problems = extract(item)
    meetings = [e for e in events if isinstance(e, MeetingReported)]
    assert {(m.date.to_str(), m.meeting_kind) for m in meetings} == {("2022-07-06", "in-person")}
    assert len(meetings) == 2
    assert problems == []


def test_pipeline_official_without_country_takes_the_storys_other_country() -> None:
    """ "Iwaya was received by Premier Li Qiang" in a story about Japan and China: Li Qiang is China's."""
    meeting = only(
        "TOKYO -- Japanese Foreign Minister Iwaya Takeshi was received by Premier Li Qiang in Beijing on "
        "Wednesday. Iwaya said Japan and China agreed to keep talking. China is Japan's largest trading partner."
    )
    assert who(meeting) == {
        ("Iwaya Takeshi", "JP", "foreign minister"),
        ("Li Qiang", "CN", "head of government"),
    }


def test_meeting_listed_counterparts_are_all_at_it() -> None:
    """ "met his Japanese and Chinese counterparts, Iwaya Takeshi and Wang Yi": all three are at the meeting."""
    meeting = only(
        "South Korean Foreign Minister Cho Tae-yul met his Japanese and Chinese counterparts, Iwaya Takeshi and "
        "Wang Yi, in Busan."
    )
    assert {p.name for p in meeting.participants} == {"Cho Tae-yul", "Iwaya Takeshi", "Wang Yi"}


def test_meeting_speaker_label_is_who_says_i() -> None:
    """ "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs:" opening a line is the "I" who "held a meeting with X"."""
    meeting = only(
        "Press Conference\nMr. MOTEGI Toshimitsu, Minister for Foreign Affairs: I held a meeting with Secretary of "
        "State Antony Blinken this morning.",
        source="MOFA Japan",
    )
    assert who(meeting) == {("Toshimitsu Motegi", "JP", "foreign minister"), BLINKEN}


def test_meeting_their_discussion_is_the_pairs() -> None:
    """ "their brief discussion in New York" after a meeting of two: the same pair met then, in New York."""
    found = meetings_of(
        "Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa in Lima on Friday. Their "
        "brief discussion in New York last month was cordial."
    )
    assert [(who(m), m.date.to_str(), m.place) for m in found][1:] == [
        ({BLINKEN, KAMIKAWA}, "2024-10", "New York")
    ]


def test_meeting_the_pair_who_held_talks_the_parser_made_an_adjective() -> None:
    """ "the pair held [amod] talks [ROOT] with X": the pair just named held them, with X."""
    [meeting] = meetings_of(
        "Secretary of State Antony Blinken and British Foreign Secretary David Lammy arrived in Kyiv on Wednesday."
        "\n\nIn Kyiv the pair held talks with Ukrainian Foreign Minister Andrii Sybiha."
    )
    assert {p.name for p in meeting.participants} == {"Antony Blinken", "David Lammy", "Andrii Sybiha"}


def test_meeting_they_met_someone_new_is_a_meeting_of_its_own() -> None:
    """ "the pair held talks with X ... In the evening they met President Y": two meetings, not one of four."""
    found = meetings_of(
        "Secretary of State Antony Blinken and British Foreign Secretary David Lammy arrived in Kyiv on Wednesday."
        "\n\nThe two ministers held talks with Ukrainian Foreign Minister Andrii Sybiha.\n\nIn the evening they "
        "met Ukrainian President Volodymyr Zelenskyy."
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Andrii Sybiha", "Antony Blinken", "David Lammy"],
        ["Antony Blinken", "David Lammy", "Volodymyr Zelenskyy"],
    ]


def test_meeting_a_family_name_written_first_stands_alone_for_the_person() -> None:
    """ "Iwaya" and "Wang" alone, after "Iwaya Takeshi" and "Wang Yi": the same two people, at the meeting."""
    found = meetings_of(
        "Foreign Minister Cho Tae-yul will host Japanese Foreign Minister Iwaya Takeshi and Chinese Foreign "
        "Minister Wang Yi in Seoul on Saturday.\n\nCho last met Iwaya in Munich last month."
    )
    assert {tuple(sorted(p.name for p in m.participants)) for m in found} >= {
        ("Cho Tae-yul", "Iwaya Takeshi")
    }


def test_meeting_whose_predecessor_hosted_is_not_at_the_meeting() -> None:
    """ "Cho's predecessor Park Jin hosted Yoko Kamikawa": Park Jin and Kamikawa met; Cho is only named."""
    found = meetings_of(
        "South Korean Foreign Minister Cho Tae-yul spoke to reporters on Monday.\n\nThe previous session took "
        "place in Busan in November 2023, when Cho's predecessor Park Jin hosted Japanese Foreign Minister Yoko "
        "Kamikawa."
    )
    assert names_met(found) == [["Park Jin", "Yoko Kamikawa"]]


def test_meeting_the_leaders_are_not_the_ministers_just_told() -> None:
    """ "The three countries' leaders last met in May" after the ministers' meeting: not the ministers again."""
    found = meetings_of(
        "Japanese Foreign Minister Yoko Kamikawa and Chinese Foreign Minister Wang Yi met in Busan on Sunday.\n\n"
        "The two countries' leaders last met in May, when Japanese Prime Minister Fumio Kishida hosted Chinese "
        "Premier Li Qiang."
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Fumio Kishida", "Li Qiang"],
        ["Wang Yi", "Yoko Kamikawa"],
    ]


def test_cast_the_greek_leader_is_the_head_without_a_country() -> None:
    """ "Prime Minister X greeted Turkish President Y ... for talks with the Greek leader": X is Greece's."""
    text = (
        "Prime Minister Kyriakos Mitsotakis greeted Turkish President Recep Tayyip Erdogan as he arrived at the "
        "Maximos Mansion for talks with the Greek leader."
    )
    assert person(text, "Kyriakos Mitsotakis").country == "GR"


def test_cast_a_leader_of_a_country_with_its_head_named_gives_no_one_else_that_country() -> None:
    """ "the Indian leadership" and "the leader of a party" are no country's head; Putin is not Indian."""
    text = (
        "President Vladimir Putin had a telephone conversation with Indian Prime Minister Narendra Modi, the "
        "Indian leader, and the party's leader."
    )
    assert person(text, "Vladimir Putin").country != "IN"


def test_office_a_portfolio_after_a_comma_is_the_titles() -> None:
    """ "Alfred Mutua, Cabinet Secretary, Foreign and Diaspora Affairs of the Republic of Kenya": Kenya's foreign minister."""
    text = (
        "Foreign Minister Yoshimasa Hayashi held a meeting with Alfred Mutua, Cabinet Secretary, Foreign and "
        "Diaspora Affairs of the Republic of Kenya."
    )
    mutua = person(text, "Alfred Mutua")
    assert (mutua.country, mutua.role) == ("KE", "foreign minister")


def test_meeting_bilateral_talks_with_several_are_one_each() -> None:
    """ "X discussed on bilateral issues with A, B and C": a meeting with each, not one of four."""
    found = meetings_of(
        "Ethiopian Prime Minister Abiy Ahmed arrived on Monday.\n\nLikewise, Abiy discussed on bilateral issues "
        "with Sudanese Prime Minister, Abdalla Hamdok, Guinean President Alpha Conde and Ghana President, Nana "
        "Akufo-Addo."
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Abdalla Hamdok", "Abiy Ahmed"],
        ["Abiy Ahmed", "Alpha Conde"],
        ["Abiy Ahmed", "Nana Akufo-Addo"],
    ]


def test_meeting_two_who_discussed_bilateral_ties_with_a_third_met_together() -> None:
    """ "A and B discussed bilateral ties with C": the three at one meeting; only one person's talks with several split."""
    [meeting] = meetings_of(
        "President Joe Biden and Prime Minister Fumio Kishida discussed bilateral ties with President Yoon Suk Yeol "
        "on Friday."
    )
    assert len(meeting.participants) == 3


def test_meeting_the_event_attended_by_more_people_is_the_meeting_just_told() -> None:
    """ "The event will also be attended by X and Y": X and Y are at the leaders' meeting, not at one of their own."""
    [meeting] = meetings_of(
        "Finnish President Sauli Niinisto will meet Swedish Prime Minister Ulf Kristersson in Helsinki on "
        "Wednesday.\n\nThe event will also be attended by Finnish Foreign Minister Pekka Haavisto and Swedish "
        "Foreign Minister Tobias Billstrom."
    )
    assert {p.name for p in meeting.participants} == {
        "Sauli Niinisto", "Ulf Kristersson", "Pekka Haavisto", "Tobias Billstrom"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param(
            "Norway's Minister of Foreign Affairs Anniken Huitfeldt and Minister of Defence Bjorn Arild Gram arrived.",
            "Bjorn Arild Gram",
            "NO",
            id="two-portfolios-one-country",
        ),
        pytest.param(
            "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara arrived.",
            "Minoru Kihara",
            "JP",
            id="demonym-shared",
        ),
        pytest.param(
            "US Trade Representative Katherine Tai and Commerce Minister Piyush Goyal met.",
            "Piyush Goyal",
            None,
            id="one-portfolio-two-countries",
        ),
        pytest.param(
            "U.S. President Joe Biden and Prime Minister Fumio Kishida met.",
            "Fumio Kishida",
            None,
            id="heads-left-alone",
        ),
        pytest.param(
            "Foreign Minister Ana Lind also met with Croatian President Ivo Horvat and Prime Minister Marko Babic.",
            "Marko Babic",
            "HR",
            id="heads-a-meeting-verb-takes",
        ),
        pytest.param(
            "Minister Omar Nasir called on Sri Lankan President Ravi Perera, Prime Minister Dinesh Silva and other "
            "senior leaders.",
            "Dinesh Silva",
            "LK",
            id="listed-after-a-comma",
        ),
        pytest.param(
            "Sri Lankan President Ravi Perera, Prime Minister Dinesh Silva of India and others met.",
            "Dinesh Silva",
            "IN",
            id="a-comma-list-not-taken-by-a-meeting-verb",
        ),
    ],
)
def test_cast_a_ministers_country_is_shared_across_and(text: str, name: str, country: str | None) -> None:
    """ "Norway's Foreign Minister A and Defence Minister B": B is Norway's too; peers and heads are not.

    What a meeting verb takes lists one side ("met with Croatian President A
    and Prime Minister B"), so there heads share it too.
    """
    assert person(text, name).country == country


def test_meeting_x_and_his_counterpart_y_exchanged_views_on_sunday() -> None:
    """ "X and his Saudi counterpart Y on Sunday exchanged views ... over the phone": a call on Sunday."""
    meeting = only(
        "Tehran, Nov 14 (IANS) Iranian Foreign Minister Abbas Araghchi and his Saudi counterpart Faisal bin Farhan "
        "on Sunday exchanged views on bilateral ties over the phone."
    )
    assert (meeting.date.to_str(), meeting.meeting_kind) == ("2024-11-10", "call")
    assert {p.name for p in meeting.participants} == {"Abbas Araghchi", "Faisal bin Farhan"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "President Moon Jae-in and visiting President Kassym-Jomart Tokayev of Kazakhstan on Tuesday held summit "
            "talks and agreed to expand their partnership.",
            {"Moon Jae-in", "Kassym-Jomart Tokayev"},
            id="x-and-visiting-president-y-held-talks",  # the parser's verb "visiting" joins the subject
        ),
        pytest.param(
            "Icelandic Foreign Minister Gudlaugur Thor Thordarson's discussions included a conference call with "
            "Canada's Foreign Minister Francois-Philippe Champagne on May 11.",
            {"Gudlaugur Thor Thordarson", "Francois-Philippe Champagne"},
            id="talks-that-include-a-call-are-the-owners",
        ),
    ],
)
def test_meeting_the_two_named_met(text: str, names: set[str]) -> None:
    """ "X and visiting President Y held talks"; "X's discussions included a conference call with Y": both met."""
    assert {p.name for p in only(text).participants} == names


@pytest.mark.parametrize(
    ("text", "name", "office_class", "country"),
    [
        pytest.param(
            "Fijian Prime Minister and Minister for Foreign Affairs Sitiveni Rabuka met Nanaia Mahuta.",
            "Sitiveni Rabuka",
            "head of government",
            "FJ",
            id="prime-minister-and-foreign-minister",
        ),
        pytest.param(
            "The Prime Minister and President Uhuru Kenyatta of Kenya met Nanaia Mahuta.",
            "Uhuru Kenyatta",
            "head of state",
            "KE",
            id="two-heads-two-people",
        ),
    ],
)
def test_cast_two_ministerial_titles_are_one_persons_offices(
    text: str, name: str, office_class: str, country: str
) -> None:
    """ "Fijian Prime Minister and Minister for Foreign Affairs X": X holds both, the higher is the class."""
    found = person(text, name)
    assert (found.role, found.country) == (office_class, country)


def test_meeting_speaking_at_the_news_conference_is_no_call() -> None:
    """ "Speaking during the joint news conference, X said": the talks stay in person, no call is added."""
    meeting = only(
        "Russian Foreign Minister Sergey Lavrov held bilateral talks with his Senegalese counterpart Yassine Fall "
        "in Moscow on Thursday.\n\nSpeaking during the joint news conference, Senegal's Foreign Minister Yassine "
        "Fall said the two countries hoped to increase collaboration."
    )
    assert meeting.meeting_kind == "in-person"


def test_cast_a_title_filed_under_a_country_is_told_from_there() -> None:
    """ "Rwanda: Kagame Receives Envoy From Tshisekedi": the bare "President Paul Kagame" is Rwanda's."""
    item = article.from_bytes(
        b"title: Rwanda: Kagame Receives Envoy From Tshisekedi\npublished: 2020-11-08\n\n"
        b"President Paul Kagame on Saturday received Ambassador Lolo Wamesa, who led a delegation from the DR Congo.",
        source_name="t.txt",
    )
    events, _ = extract(item)
    [meeting] = [e for e in events if isinstance(e, MeetingReported)]
    assert ("Paul Kagame", "RW", "head of state") in who(meeting)


@pytest.mark.parametrize(
    ("text", "leader", "country"),
    [
        pytest.param(
            "President Paul Kagame of Rwanda on Saturday received a delegation from the DR Congo led by Ambassador "
            "Lolo Wamesa.",
            "Lolo Wamesa",
            "CD",
            id="delegation-from-a-country",
        ),
        pytest.param(
            "Secretary of State Marco Rubio met a Ukrainian delegation led by presidential chief of staff Andriy "
            "Yermak in Jeddah on Tuesday.",
            "Andriy Yermak",
            "UA",
            id="a-countrys-delegation",
        ),
    ],
)
def test_meeting_the_leader_of_a_delegation_received_is_at_the_meeting(
    text: str, leader: str, country: str
) -> None:
    """ "received a delegation from the DR Congo led by Ambassador X": X met them, and is the DR Congo's."""
    meeting = only(text)
    assert {(p.name, p.country) for p in meeting.participants} >= {(leader, country)}


def test_cast_the_leader_in_the_next_sentence_is_not_the_head_before() -> None:
    """ "Prime Minister X met Iranian President Y. The Iranian leader assured her ...": X is not Iran's."""
    text = (
        "Prime Minister Sheikh Hasina met Iranian President Hassan Rouhani in Baku on Friday.\n\nThe Iranian leader "
        "assured her of continued support."
    )
    assert person(text, "Sheikh Hasina").country != "IR"


def test_meeting_courtesy_calls_on_two_presidents_while_accompanied() -> None:
    """ "X was accompanied by Ms Y and Ms Z as he paid courtesy calls on Presidents A of P and B of Q": X met each."""
    found = meetings_of(
        "President Cyril Ramaphosa was accompanied today by the Minister of International Relations, Ms Lindiwe "
        "Sisulu and the Minister of State Security, Ms Dipuo Letsatsi-Duba as he paid courtesy calls on Presidents "
        "Filipe Nyusi of Mozambique and Emmerson Mnangagwa of Zimbabwe."
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Cyril Ramaphosa", "Emmerson Mnangagwa"],
        ["Cyril Ramaphosa", "Filipe Nyusi"],
    ]


def test_meeting_granting_an_audience_is_a_meeting_and_the_francophonie_no_one() -> None:
    """ "X will grant an audience to the Secretary General of the Francophonie, Y": X and Y, an organisation's."""
    meeting = only(
        "President Paul Biya of Cameroon will today grant an audience to the Secretary General of the "
        "Francophonie, Louise Mushikiwabo."
    )
    assert {p.name for p in meeting.participants} == {"Paul Biya", "Louise Mushikiwabo"}


def test_meeting_the_diplomat_is_the_minister_the_story_follows() -> None:
    """ "Rodriguez held a meeting with X ... The Caribbean diplomat also met with Y": Rodriguez met Y."""
    found = meetings_of(
        "Cuban Foreign Minister Bruno Rodriguez held a meeting with Gustavo Meza-Cuadra, Minister of Foreign Affairs "
        "of Peru, on Wednesday.\n\nThe Caribbean diplomat also met with Felipe Sola, Minister of Foreign Affairs, "
        "International Trade and Worship of Argentina."
    )
    assert [sorted((p.name, p.country) for p in m.participants) for m in found][1:] == [
        [("Bruno Rodriguez", "CU"), ("Felipe Sola", "AR")]
    ]


def test_meeting_the_chinese_diplomat_is_not_the_american_just_told() -> None:
    """ "Blinken met Wang ... The Chinese diplomat also met with Y": not Blinken, whose country is another."""
    found = meetings_of(
        "Secretary of State Antony Blinken held a meeting with Wang Yi on Wednesday.\n\nThe Chinese diplomat also "
        "met with Felipe Sola, Minister of Foreign Affairs of Argentina."
    )
    assert all("Antony Blinken" not in {p.name for p in m.participants} for m in found[1:])


def test_meeting_x_called_the_meeting_with_y_constructive() -> None:
    """ "X called the meeting with his counterpart Y in Moscow on January 21 constructive": they met, in person."""
    meeting = only(
        "MOSCOW (Public Radio of Armenia) \u2014 Armenian Foreign Minister Ararat Mirzoyan called the meeting with "
        "his Russian counterpart Sergey Lavrov in Moscow on Thursday \u201csincere and constructive.\u201d"
    )
    assert {p.name for p in meeting.participants} == {"Ararat Mirzoyan", "Sergey Lavrov"}
    assert meeting.meeting_kind == "in-person"


def test_meeting_a_planned_sit_down_with_a_named_minister() -> None:
    """ "before he will sit down with Moroccan Prime Minister X": "sit down with" someone is a meeting."""
    found = meetings_of(
        "Spanish Prime Minister Ana Ruiz flew to Rabat on Wednesday. On Friday she will sit down with Moroccan "
        "Prime Minister Karim Tazi."
    )
    assert [{p.name for p in m.participants} for m in found] == [{"Ana Ruiz", "Karim Tazi"}]


def test_meeting_an_opening_family_name_the_parser_took_for_an_adverb_is_the_subject() -> None:
    """ "Tazi [advmod] greeted Ruiz at the airport": the small model loses the subject; the name is who greeted."""
    text = (
        "Spanish Prime Minister Pedro Sánchez travelled to Morocco to see Prime Minister Aziz Akhannouch. "
        "Akhannouch greeted Sánchez at the airport in Rabat on Wednesday before they toured a trade fair."
    )
    greeting = parsed(text).sentences[1].doc
    assert greeting[0].dep_ not in {"nsubj", "nsubjpass"}  # the parse this test is about
    found = meetings_of(text)
    assert any({p.name for p in m.participants} == {"Pedro Sánchez", "Aziz Akhannouch"} for m in found), [
        sorted(who(m)) for m in found
    ]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param(
            "Prime Minister Ana Lee held talks with People's Republic of China President Xi Jinping in Shanghai.",
            "Xi Jinping",
            "CN",
            id="peoples-republic-not-republic-of-china",
        ),
        pytest.param(
            "Democratic People's Republic of Korea leader Kim Jong Un received the delegation.",
            "Kim Jong Un",
            "KP",
            id="six-word-country-name",
        ),
    ],
)
def test_cast_the_longest_country_name_before_a_title(text: str, name: str, country: str) -> None:
    """ "People's Republic of China President Xi": the whole name, not its tail "Republic of China" (Taiwan)."""
    assert person(text, name).country == country


def test_cast_a_head_of_state_set_off_before_the_name() -> None:
    """ "The Chilean head of State, Michelle Bachelet, will welcome ...": her office and country."""
    bachelet = person(
        "The Chilean head of State, Michelle Bachelet, will welcome the Argentine president on Monday.",
        "Michelle Bachelet",
    )
    assert (bachelet.role, bachelet.country) == ("head of state", "CL")


def test_meeting_a_family_name_before_and_is_its_own_person() -> None:
    """ "Bachelet and Macri signed agreements in December": Bachelet is named again, not part of Macri's name."""
    found = meetings_of(
        "President Michelle Bachelet of Chile hosted President Mauricio Macri of Argentina in Santiago on Monday. "
        "Bachelet and Macri signed several agreements in December.",
        published="2017-02-13",
    )
    assert [(m.date.to_str(), {p.name for p in m.participants}) for m in found] == [
        ("2017-02-13", {"Michelle Bachelet", "Mauricio Macri"}),
        ("2016-12", {"Michelle Bachelet", "Mauricio Macri"}),
    ]


def _first_meeting(header: str, body: str) -> MeetingReported:
    item = article.from_bytes(f"{header}published: 2019-11-05\n\n{body}".encode(), source_name="t.txt")
    events, _ = extract(item)
    return next(e for e in events if isinstance(e, MeetingReported))


@pytest.mark.parametrize(
    ("header", "body", "expected"),
    [
        pytest.param(
            "title: Holness in China\nsource: Jamaica Observer\n",
            "SHANGHAI, China -- Prime Minister Andrew Holness yesterday held bilateral talks with Chinese President "
            "Xi Jinping in Shanghai.",
            ("Andrew Holness", "JM", "head of government"),
            id="a-home-papers-leader-abroad",  # Jamaica's, not China's (a prime minister fits China's titles too)
        ),
        pytest.param(
            "title: Samia in Kenya\nsource: Sunday Vision (Prensa Latina)\nurl: https://www.sundayvision.co.ug/x\n",
            "NAIROBI, May 4 -- President Uhuru Kenyatta on Tuesday hosted Tanzanian President Samia Suluhu Hassan "
            "at State House.",
            ("Uhuru Kenyatta", "KE", "head of state"),
            id="wire-copy-in-a-home-paper-told-from-its-dateline",
        ),
        pytest.param(
            "title: President meets Chapo\nsource: State House Zambia\n",
            "WINDHOEK, March 21 - President Hakainde Hichilema met Mozambican President Daniel Chapo today for "
            "bilateral discussions.",
            ("Hakainde Hichilema", "ZM", "head of state"),
            id="a-state-house-release-speaks-for-its-government",  # the dateline is the summit's city
        ),
    ],
)
def test_cast_the_home_a_header_gives(header: str, body: str, expected: tuple[str, str, str]) -> None:
    """Whose officials a text names bare: a home paper's, a government release's; wire copy's from its dateline."""
    assert expected in who(_first_meeting(header, body))


def test_cast_a_capitals_headline_name_stops_where_the_story_never_writes_a_name() -> None:
    """ "PRESIDENT HICHILEMA HOLDS BILATERAL TALKS WITH ...": the story names Hichilema, never "Holds"."""
    text = (
        "PRESIDENT HICHILEMA HOLDS BILATERAL TALKS WITH MOZAMBIQUE'S PRESIDENT DANIEL CHAPO\n\n"
        "President Hakainde Hichilema met Mozambican President Daniel Chapo today for bilateral discussions."
    )
    names = {p.name for p in cast_of(text).people}
    assert not any("Holds" in n or "Bilateral" in n for n in names), names
    assert "Hakainde Hichilema" in names


def test_cast_a_patronymic_is_not_printed() -> None:
    """ "Sergey Viktorovich Lavrov" is printed "Sergey Lavrov", as English news prints him."""
    assert (
        person(
            "Foreign Minister Sergey Viktorovich Lavrov of Russia met Foreign Minister Taro Kono of Japan.",
            "Sergey Lavrov",
        ).country
        == "RU"
    )


def test_cast_a_prime_minister_is_not_of_a_republic_without_one() -> None:
    """ "Prime Minister Mitsotakis" in a Cypriot paper is not Cyprus's (it has none): the sentences naming him
    name Greece most, though the story names Turkey most."""
    meeting = _first_meeting(
        "title: Greece stands by Cyprus\nsource: Cyprus Mail\n",
        "Greece stands by Cyprus, Prime Minister Kyriakos Mitsotakis said on Tuesday, welcoming President Nicos "
        "Anastasiades to a meeting in Athens. Mitsotakis said Greece would not accept Turkey's claims. "
        "Turkey's drilling and Turkish warships worry Cyprus. Turkey has refused talks. Turkish officials "
        "rejected the criticism, and the Turkish navy and Turkey's coast guard stayed.",
    )
    assert who(meeting) == {
        ("Kyriakos Mitsotakis", "GR", "head of government"),
        ("Nicos Anastasiades", "CY", "head of state"),
    }


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "On June 29, a telephone conversation took place between President Ana Lee and President Bo Kim.",
            id="took-place-between",
        ),
        pytest.param(
            "Talks were held on Monday between President Ana Lee and President Bo Kim.", id="held-between"
        ),
    ],
)
def test_meeting_a_meeting_noun_that_took_place_between_two(text: str) -> None:
    """ "A telephone conversation took place between X and Y": the noun is the verb's subject, its parties after."""
    assert {p.name for p in only(text).participants} == {"Ana Lee", "Bo Kim"}


def test_meeting_between_titles_in_apposition_and_their_holders() -> None:
    """ "between the National Leader of the Turkmen people, Chairman of the Council Gurbanguly Berdimuhamedov
    and the President of Türkiye Recep Tayyip Erdogan": the parser hangs the first name under a title in
    apposition; both are at the call."""
    meeting = only(
        "On June 29, a telephone conversation took place between the National Leader of the Turkmen people, "
        "Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov and the President of the "
        "Republic of Türkiye Recep Tayyip Erdogan."
    )
    assert {"Gurbanguly Berdimuhamedov", "Recep Tayyip Erdogan"} <= {p.name for p in meeting.participants}


def test_meeting_a_delegation_listed_by_titles_is_no_meeting_of_its_own() -> None:
    """ "The Russian side was represented at the meeting by Minister A, Deputy Chief of Staff B, ...": a list of
    titled names in apposition, no meeting among them."""
    found = meetings_of(
        "President Ivan Petrov held talks with President Luis Silva of Brazil in Moscow on Monday. The Russian "
        "side was represented at the meeting by Foreign Minister Oleg Orlov, Deputy Chief of Staff of the "
        "Presidential Executive Office Maxim Sokolov, Deputy Speaker of the Federation Council Pavel Belov."
    )
    assert all({p.name for p in m.participants} & {"Ivan Petrov", "Luis Silva"} for m in found), [
        sorted(who(m)) for m in found
    ]


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        pytest.param(
            "Thordarson called Greenland's Minister of Education, Culture and Foreign Affairs Ane Lone Bagger.",
            "Ane Lone Bagger",
            "foreign minister",
            "GL",
            id="portfolios-then-the-name",
        ),
        pytest.param(
            "U.S. Secretary of State Antony Blinken, and Japanese Foreign Minister Yoko Kamikawa met.",
            "Yoko Kamikawa",
            "foreign minister",
            "JP",
            id="two-titled-people-are-no-list-of-portfolios",
        ),
        pytest.param(
            "Elmar Mammadyarov called the Foreign Minister of Belarus, Vladimir Makei.",
            "Vladimir Makei",
            "foreign minister",
            "BY",
            id="a-country-after-of-is-no-portfolio",
        ),
    ],
)
def test_cast_a_ministry_of_several_portfolios_before_a_name(
    text: str, name: str, role: str, country: str
) -> None:
    """ "Minister of Education, Culture and Foreign Affairs Ane Lone Bagger": the portfolios are one title, the
    foreign ministry among them its class; the given name the model left out of the name is in it."""
    found = person(text, name)
    assert (found.role, found.country) == (role, country)


def test_cast_two_sheikhs_of_one_family_are_two_people() -> None:
    """ "Emir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah" and "Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah":
    one style and one family name, two given names."""
    people = {
        p.name: p.role
        for p in cast_of(
            "Kuwait's Emir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received Saudi Foreign Minister Faisal bin "
            "Farhan on Monday. Faisal also met Kuwait's Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah."
        ).people
    }
    assert people.get("Meshal Al-Ahmad Al-Jaber Al-Sabah") == "head of state", people
    assert "Sabah Khaled Al-Hamad Al-Sabah" in people, people


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Prime Minister Andrew Holness held talks with Chinese President Xi Jinping in Shanghai on Monday. Both "
            "leaders spoke on a number of areas of cooperation.",
            id="spoke-on-topics",
        ),
        pytest.param(
            "Swiss Foreign Minister Ignazio Cassis received his Austrian counterpart, Alexander Schallenberg, in Bern "
            "on Tuesday. Speaking to the media, Cassis described cooperation as solid.",
            id="speaking-to-the-media",
        ),
    ],
)
def test_meeting_speaking_of_topics_or_to_the_press_is_no_call(text: str) -> None:
    """ "Both leaders spoke on a number of areas", "Speaking to the media, X described ...": no phone call."""
    assert only(text).meeting_kind == "in-person"


def test_meeting_her_counterparts_listed_and_met_separately() -> None:
    """ "met with her counterparts Chrystia Freeland of Canada and Maria Angela Holguin of Colombia ... Both
    gatherings were held separately": two meetings; then "the Lima Group's Foreign Ministers held a meeting"
    is the group's, not a third between the two counterparts."""
    found = meetings_of(
        "Peru's Foreign Minister Cayetana Aljovin on Tuesday met with her counterparts Chrystia Freeland of Canada "
        "and Maria Angela Holguin of Colombia. Both gatherings were held separately at the Torre Tagle Palace. "
        "Later the Lima Group's Foreign Ministers held a meeting in Lima."
    )
    assert sorted(sorted(who(m)) for m in found) == [
        [("Cayetana Aljovin", "PE", "foreign minister"), ("Chrystia Freeland", "CA", "foreign minister")],
        [("Cayetana Aljovin", "PE", "foreign minister"), ("Maria Angela Holguin", "CO", "foreign minister")],
    ]


def test_meeting_she_met_them_separately() -> None:
    """ "X discussed the crisis with A and B. She met them separately on Friday.": one meeting with each."""
    found = meetings_of(
        "Prime Minister Sheikh Hasina has discussed the refugee crisis with her Malaysian counterpart Mahathir "
        "Mohamad and Iranian President Hassan Rouhani. She met them separately on the sidelines of the summit in "
        "Baku on Friday."
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Hassan Rouhani", "Sheikh Hasina"],
        ["Mahathir Mohamad", "Sheikh Hasina"],
    ]


def test_meeting_the_session_someone_came_to_attend_is_no_second_meeting() -> None:
    """ "President X, who is in New York to attend the 80th Session of the General Assembly, met Y on 25th
    afternoon": one meeting, on the 25th, not a planned one beside it."""
    found = meetings_of(
        "President Anura Kumara Dissanayake, who is in New York to attend the 80th Session of the United Nations "
        "General Assembly, met with UN Secretary-General António Guterres at the UN Headquarters on 25th "
        "afternoon. The Secretary-General received the President upon his arrival.",
        published="2025-09-26",
    )
    assert [(m.date.to_str(), m.meeting_kind) for m in found] == [("2025-09-25", "in-person")]


def test_meeting_she_is_the_last_subject_shown_to_be_a_she() -> None:
    """ "X discussed ... with her counterpart Y. Z told the press ... She also held a meeting with W": X met W,
    not Z, the spokesman quoted last."""
    found = meetings_of(
        "Prime Minister Ana Lee discussed trade with her Malaysian counterpart Mahathir Mohamad on Friday. "
        "Foreign Secretary Karim Haque told the press about the talks. She also held a meeting with Algeria's "
        "Interim President Abdelkader Bensalah."
    )
    assert any({p.name for p in m.participants} == {"Ana Lee", "Abdelkader Bensalah"} for m in found), [
        sorted(who(m)) for m in found
    ]


@pytest.mark.parametrize(
    ("text", "pronouns"),
    [
        pytest.param(
            "Mr. Taro Kono met Ms. Julie Bishop in Tokyo.",
            {"Taro Kono": "he", "Julie Bishop": "she"},
            id="styles",
        ),
        pytest.param(
            "Mahathir Mohamad said his government would take more workers. Hasina Wazed urged him to invest.",
            {"Mahathir Mohamad": "he", "Hasina Wazed": None},
            id="a-subjects-own-pronoun-not-an-objects",
        ),
    ],
)
def test_cast_whether_a_person_is_he_or_she(text: str, pronouns: dict[str, str | None]) -> None:
    people = {p.name: p.pronoun for p in cast_of(text).people}
    assert {name: people.get(name) for name in pronouns} == pronouns


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Nepal Prime Minister Pushpa Kamal Dahal 'Prachanda' arrived in New Delhi on Wednesday. Prime Minister "
            "Narendra Modi greeted Prachanda at Hyderabad House on Thursday.",
            id="quoted-nickname",
        ),
        pytest.param(
            "President Joko Widodo, popularly known as Jokowi, arrived in Kuala Lumpur on Monday. Prime Minister "
            "Anwar Ibrahim greeted Jokowi at the palace on Tuesday.",
            id="known-as",
        ),
    ],
)
def test_cast_a_nickname_given_once_is_the_same_person_later(text: str) -> None:
    """ "Pushpa Kamal Dahal 'Prachanda'" ... "greeted Prachanda": one person, not a second one called Prachanda."""
    names = [p.name for p in cast_of(text).people]
    assert len(names) == 2, names


def test_meeting_he_is_the_one_just_named_when_nothing_says_otherwise() -> None:
    """ "President X ... his guest. Mudavadi was in Bujumbura, where he met the President of Burundi": Mudavadi
    met him, though X is known to be a he and Mudavadi is not."""
    found = meetings_of(
        "President Yoweri Museveni received Kenya's Prime Cabinet Secretary Musalia Mudavadi on Thursday. "
        "President Museveni and his guest discussed trade. Mudavadi was early this week in Bujumbura where he "
        "met the President of Burundi, Evariste Ndayishimiye."
    )
    assert any(
        {p.name for p in m.participants} == {"Musalia Mudavadi", "Evariste Ndayishimiye"} for m in found
    ), [sorted(who(m)) for m in found]


def test_cast_a_headline_name_keeps_its_initial() -> None:
    """ "Bhutanese Prime Minister Jigmi Y Thinley Meets with ...": the initial Y is no word the story must write."""
    text = (
        "Bhutanese Prime Minister Jigmi Y Thinley Meets with Chinese Vice Foreign Minister Fu Ying\n\n"
        "On August 9, Bhutanese Prime Minister Jigmi Y Thinley met with Chinese Vice Foreign Minister Fu Ying."
    )
    assert "Jigmi Y Thinley" in {p.name for p in cast_of(text).people}


@pytest.mark.parametrize(
    ("body", "name", "country"),
    [
        pytest.param(
            "Surinamese President Chan Santokhi arrived on Tuesday. He is expected to meet with President Irfaan Ali on "
            "Wednesday to review the Guyana-Suriname dialogue.",
            "Irfaan Ali",
            "GY",
            id="the-papers-country-named-beside-him",
        ),
        pytest.param(
            "Ramaphosa arrived on Tuesday. Last week he met President Lula of Brazil, and earlier President Javier "
            "Milei in Buenos Aires.",
            "Javier Milei",
            "AR",  # not Guyana's: the city he was met in is Argentina's
            id="a-foreign-president-the-paper-names-bare",
        ),
    ],
)
def test_cast_a_home_papers_bare_official_beside_its_country(
    body: str, name: str, country: str | None
) -> None:
    """A Guyanese paper's bare "President Irfaan Ali", in a sentence naming Guyana, is Guyana's; its bare
    "President Javier Milei" in a sentence naming Buenos Aires and not Guyana is not Guyana's."""
    item = article.from_bytes(
        f"title: t\nsource: Stabroek News\npublished: 2021-08-17\n\n{body}".encode(), source_name="t.txt"
    )
    events, _ = extract(item)
    found = {p.name: p.country for e in events if isinstance(e, MeetingReported) for p in e.participants}
    assert found.get(name, "absent") == country, found


@pytest.mark.parametrize(
    ("source", "country"),
    [
        pytest.param(
            "Agenparl (Israeli Prime Minister's Office release)", "IL", id="another-countrys-pm-office"
        ),
        pytest.param("Prime Minister's Office, 10 Downing Street", "GB", id="downing-street"),
    ],
)
def test_cast_a_prime_ministers_office_is_the_country_it_names(source: str, country: str) -> None:
    assert cast.source_country(source) == country


def test_pipeline_met_in_the_countrys_capital_gives_the_hosts_their_country() -> None:
    """ "Estonia's minister met with his counterpart X and incoming Prime Minister Y in the Finnish capital": X and
    Y are Finland's (the parser hangs "in" on "incoming")."""
    meeting = only(
        "Estonian Foreign Minister Margus Tsahkna visited Lithuania and Finland this week, and praised "
        "Lithuanian support for Ukraine. Tsahkna met with his "
        "counterpart Pekka Haavisto and incoming Prime Minister Petteri Orpo in the Finnish capital on Tuesday."
    )
    assert {(p.name, p.country) for p in meeting.participants} >= {("Pekka Haavisto", "FI")}


def test_meeting_a_visitor_meeting_three_officials_of_one_country_met_each() -> None:
    """ "Georgian FM also met with the Moldovan PM A, his Moldovan colleague B, and the Moldovan Parliament
    Speaker C": three meetings, the FM standing for the minister the story follows, the colleague a counterpart."""
    found = meetings_of(
        "Georgian Foreign Minister Ilia Darchiashvili on Thursday held a meeting with Moldovan President Maia "
        "Sandu. Georgian FM also met with the Moldovan PM Natalia Gavrilita, his Moldovan colleague Nicu Popescu, "
        "and the Moldovan Parliament Speaker Igor Grosu."
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Igor Grosu", "Ilia Darchiashvili"],
        ["Ilia Darchiashvili", "Maia Sandu"],
        ["Ilia Darchiashvili", "Natalia Gavrilita"],
        ["Ilia Darchiashvili", "Nicu Popescu"],
    ]
    popescu = next(p for m in found for p in m.participants if p.name == "Nicu Popescu")
    assert popescu.country == "MD"


def test_meeting_a_monarchs_audience_with_princes_beside_him_is_one() -> None:
    """ "Anwar called on Sultan X, Crown Prince Y and Prince Z": an audience, not three meetings."""
    found = meetings_of(
        "Malaysian Prime Minister Anwar Ibrahim called on Brunei's Sultan Hassanal Bolkiah, Crown Prince Al-Muhtadee "
        "Billah and Prince Abdul Mateen at the palace on Wednesday."
    )
    assert len(found) == 1, [sorted(who(m)) for m in found]


def test_pipeline_a_stamp_of_the_pages_own_date_gives_way_to_the_leads_day() -> None:
    """A page stamped "2024/05/23" (its own date) whose lead says "received ... May 21": the story's other
    undated meetings were on the 21st, not on the stamp's day."""
    item = article.from_bytes(
        "title: President receives allies\npublished: 2024-05-23\n\nPresident receives allies\n\n2024/05/23\n\n"
        "President Lai Ching-te "
        "received King Mswati III of Eswatini at the Presidential Office May 21 in Taipei. While meeting with "
        "President Surangel Whipps Jr. of Palau, Lai cited their reciprocal visits.".encode(),
        source_name="t.txt",
    )
    events, _ = extract(item)
    found = [e for e in events if isinstance(e, MeetingReported)]
    assert [(m.date.to_str(), sorted(p.name for p in m.participants)) for m in found] == [
        ("2024-05-21", ["Lai Ching-te", "Mswati III"]),
        ("2024-05-21", ["Lai Ching-te", "Surangel Whipps Jr."]),
    ]


def test_meeting_during_meetings_with_three_the_subject_met_each() -> None:
    """ "During meetings with Prime Minister A of Belize, Prime Minister B of St. Vincent and ..., the president
    thanked ...": the president's meeting with each, not one between A and B."""
    found = meetings_of(
        "President Lai Ching-te received the delegations on Tuesday. During meetings with Prime Minister John "
        "Briceño of Belize, Prime Minister Ralph Gonsalves of Saint Vincent and Foreign Minister Carlos Martínez "
        "of Guatemala, the president thanked the allies."
    )
    pairs = {frozenset(p.name for p in m.participants) for m in found}
    assert (
        frozenset({"Lai Ching-te", "John Briceño"}) in pairs
        and frozenset({"John Briceño", "Ralph Gonsalves"}) not in pairs
    ), pairs


def test_meeting_one_governments_ministers_received_the_visitor_together() -> None:
    """ "Qureshi met with the interim Prime Minister A, deputy PM B and the interim foreign minister C": one
    government's, met together (unlike a president, a speaker and a prime minister, each met on their own);
    "Shah Mahmood Qureshi" whole, though the model takes "Qureshi" for a place."""
    found = meetings_of(
        "Pakistan's foreign minister Shah Mahmood Qureshi arrived in Kabul on Thursday. Qureshi met with the "
        "interim Prime Minister of Afghanistan Mohammad Hasan Akhund, deputy PM Abdul Salam Hanafi and the interim "
        "foreign minister Amir Khan Muttaqi."
    )
    assert len(found) == 1, [sorted(who(m)) for m in found]
    assert {"Shah Mahmood Qureshi", "Mohammad Hasan Akhund", "Amir Khan Muttaqi"} <= {
        p.name for p in found[0].participants
    }


def test_meeting_a_press_conference_with_someone_is_a_joint_appearance() -> None:
    """ "Afterwards, he gave a press conference with Foreign Minister X": the two appeared together, so met;
    "a press conference" alone is no meeting."""
    found = meetings_of(
        "Secretary-General Ban Ki-moon arrived in Maputo on Monday. Afterwards, he gave a press conference with "
        "Foreign Minister Oldemiro Balói of Mozambique. Later he gave a press conference at the airport."
    )
    assert names_met(found) == [["Ban Ki-moon", "Oldemiro Balói"]]


def test_cast_a_family_name_only_ever_written_alone_is_known_by_its_title() -> None:
    """ "Venezuelan Foreign Minister Jaua ... Last January 18, Jaua [GPE], the ex Vice-President, welcomed Patiño":
    the family name the title gave is the minister where the model takes it for a place."""
    found = meetings_of(
        "Venezuelan Foreign Minister Jaua prepares to visit Ecuador. Last January 18, Jaua, the Venezuelan ex "
        "Vice-President, welcomed Patiño in Caracas.",
        published="2013-01-28",
    )
    assert any(("Jaua", "VE", "foreign minister") in who(m) for m in found), [sorted(who(m)) for m in found]


def test_cast_a_family_name_written_first_of_three_stands_alone() -> None:
    """ "Vietnamese Prime Minister Nguyen Xuan Phuc arrived ... Babis and Nguyen will also attend ...": "Nguyen"
    alone is the prime minister (no other name here begins so), though the model tags it an organisation."""
    text = (
        "Vietnamese Prime Minister Nguyen Xuan Phuc arrived in Prague. Babis and Nguyen will also attend the "
        "Czech-Vietnamese Business Forum on Wednesday."
    )
    assert parsed(text).sentences[1].doc[2].ent_type_ != "PERSON"  # the model's reading this test is about
    found = cast_of(text).person_at(1, 2)
    assert found is not None and found.name == "Nguyen Xuan Phuc"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Hakan Demir of Türkiye held a press conference with reporters in Ankara on Tuesday.",
        "Cuban Foreign Minister Bruno Rodriguez held an exchange of views on Tuesday with students in Havana.",
    ],
    ids=["a-press-conference", "an-exchange-of-views"],
)
def test_meeting_no_conference_or_exchange_with_no_one_to_meet(text: str) -> None:
    """A press conference and an exchange of views with no official on the other side are no meeting."""
    assert meetings_of(text) == ()


def test_meeting_a_group_met_gives_its_office_to_its_members_not_to_who_meets_them() -> None:
    """ "Guterres met with presidents ... held talks with X": the presidents' office is not Guterres's."""
    found = meetings_of(
        "On Sunday, the UN Secretary-General, Antonio Guterres, met with visiting presidents to discuss "
        "cooperation. Guterres held talks with Ahmed Aboul Gheit, Arab League Secretary-General, on Gaza."
    )
    roles = {p.name: p.role for m in found for p in m.participants}
    assert roles.get("Antonio Guterres") == "other", roles


def test_cast_sworn_in_as_said_of_he_is_the_subjects_office() -> None:
    """ "X convened ..., hours after he was sworn in as U.S. secretary of state": X's office."""
    found = person(
        "Marco Rubio convened the foreign ministers of Australia, India and Japan on Tuesday, hours after he was "
        "sworn in as U.S. secretary of state.",
        "Marco Rubio",
    )
    assert (found.role, found.country) == ("foreign minister", "US")


def test_cast_a_title_an_opening_clause_greets_is_not_the_subjects() -> None:
    """ "Greeting the Kyrgyz President, Tokayev thanked him": the title is whom he greets, not Tokayev's."""
    text = (
        "Kazakh Leader Kassym-Jomart Tokayev held a meeting with Kyrgyz President Sadyr Japarov in Astana. "
        "Greeting the Kyrgyz President, Tokayev thanked him for the visit."
    )
    assert person(text, "Kassym-Jomart Tokayev").country != "KG"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "Kazakh Leader Kassym-Jomart Tokayev met Kyrgyz President Sadyr Japarov.",
            "Kassym-Jomart Tokayev",
            "head of state",
            id="a-presidents-country",
        ),
        pytest.param(
            "Antonio Guterres held talks with Alexander Stubb, the leader of Finland, on Sunday.",
            "Alexander Stubb",
            "head of state",
            id="of-a-country",
        ),
        pytest.param(
            "Indian leader Narendra Modi met Kyrgyz President Sadyr Japarov.",
            "Narendra Modi",
            "head of government",
            id="where-a-prime-minister-leads",
        ),
        pytest.param(
            "Hamas leader Ismail Haniyeh met Kyrgyz President Sadyr Japarov.",
            "Ismail Haniyeh",
            "other",
            id="no-countrys-leader",
        ),
    ],
)
def test_cast_a_countrys_leader_heads_its_state_or_government(text: str, name: str, role: str) -> None:
    """A country's "leader" is its head of government where a prime minister leads, else its head of state."""
    assert person(text, name).role == role


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "The presidents of Bolivia, Luis Arce and Peru, Pedro Castillo, will hold a summit on Saturday.",
            {"Luis Arce": ("BO", "head of state"), "Pedro Castillo": ("PE", "head of state")},
            id="presidents",
        ),
        pytest.param(
            "The foreign ministers of South Korea, Park Jin, and Japan, Yoko Kamikawa, met in Tokyo.",
            {"Park Jin": ("KR", "foreign minister"), "Yoko Kamikawa": ("JP", "foreign minister")},
            id="foreign-ministers",
        ),
    ],
)
def test_cast_a_title_of_countries_each_with_its_name(text: str, names: dict[str, tuple[str, str]]) -> None:
    """ "The presidents of A, X and B, Y": each country goes with the name after it, the title with both."""
    assert {name: (person(text, name).country, person(text, name).role) for name in names} == names


def test_pipeline_a_visit_made_in_the_present_on_a_weekday_is_the_next_one() -> None:
    """ "X makes her first State visit to Kigali on Monday. X will hold talks with Y": the coming Monday."""
    found = meetings_of(
        "Tanzania's President Samia Suluhu makes her first State visit to Kigali, Rwanda, on Monday. The "
        "president will hold private talks with her Rwandan counterpart Paul Kagame during her visit.",
        published="2021-07-31",
    )
    assert [(m.meeting_kind, m.date.to_str()) for m in found] == [("planned", "2021-08-02")]


def test_cast_a_headlines_demonym_before_a_title_is_no_part_of_the_name() -> None:
    """ "Hun Sen Cambodian Prime Minister Meets Lao President": the name stops before "Cambodian"."""
    text = (
        "Hun Sen Cambodian Prime Minister Meets Lao President\n\n"
        "Cambodian Prime Minister Hun Sen paid a courtesy call on Lao President Bounnhang Vorachith."
    )
    assert {p.name for p in cast_of(text).people} == {"Hun Sen", "Bounnhang Vorachith"}


def test_cast_papua_new_guinea_before_a_title_is_no_name() -> None:
    """A country of several words ending in another country's name ("Papua New Guinea") is not cut into a name."""
    names = {p.name for p in cast_of("Papua New Guinea Prime Minister James Marape met Li Keqiang.").people}
    assert names == {"James Marape", "Li Keqiang"}, names


def test_meeting_who_a_meeting_is_according_to_is_not_at_it() -> None:
    """ "According to X, in the meeting Y congratulated Z": X reports the meeting."""
    found = meetings_of(
        "Cambodian Prime Minister Hun Sen paid a courtesy call on Lao President Bounnhang Vorachith in Vientiane "
        "on Tuesday. According to Kao Kim Hourn, Minister Attached to the Prime Minister, in the courtesy meeting, "
        "Bounnhang Vorachith congratulated Hun Sen on his victory."
    )
    assert all("Kao Kim Hourn" not in {p.name for p in m.participants} for m in found), [
        who(m) for m in found
    ]
    assert found


def test_cast_the_president_of_an_assembly_is_its_and_not_the_states() -> None:
    """ "X, President of the National Assembly of Laos": the assembly's president, of Laos, not its head of state."""
    found = person(
        "Hun Sen also met with Pany Yathotou, President of the National Assembly of Laos.", "Pany Yathotou"
    )
    assert (found.role, found.country) == ("other", "LA")
    assert "Assembly" not in {
        p.name
        for p in cast_of(
            "Hun Sen also met with Pany Yathotou, President of the National Assembly of Laos."
        ).people
    }


def test_meeting_a_meeting_between_two_welcomed_was_held() -> None:
    """ "Blinken welcomed the first direct meeting between X and Y on July 16": X and Y met; Blinken did not."""
    found = meetings_of(
        "US Secretary of State Antony Blinken also welcomed the first direct meeting between the Azerbaijani "
        "Foreign Minister Jeyhun Bayramov and his Armenian counterpart Ararat Mirzoyan on July 16 in Tbilisi.",
        published="2022-07-18",
    )
    assert [({p.name for p in m.participants}, m.date.to_str()) for m in found] == [
        ({"Jeyhun Bayramov", "Ararat Mirzoyan"}, "2022-07-16")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "US Assistant Secretary of State for European and Eurasian Affairs Karen Donfried met him.",
        "U.S. Assistant Secretary of State for East Asian and Pacific Affairs Karen Donfried met him.",
    ],
    ids=["two-demonyms", "a-region-of-two-words"],
)
def test_cast_a_portfolio_of_regions_keeps_the_titles_country(text: str) -> None:
    """ "US Assistant Secretary of State for East Asian and Pacific Affairs X": the regions are the portfolio."""
    assert person(text, "Karen Donfried").country == "US"


def test_pipeline_a_lead_opening_with_its_day_dates_the_storys_undated_meeting() -> None:
    """ "On 6 November 2020, the Minister took part in ..." then an undated meeting: the 6th, not the page's 7th."""
    item = article.from_bytes(
        (
            "title: Baltic Council\npublished: 2020-11-07\n\n07.11.2020. 09:31\n\n"
            "On 6 November 2020, the Latvian Minister of Foreign Affairs, Edgars Rinkevics, took part in the annual "
            "Baltic Council in Tallinn. Rinkevics held talks with Estonian Foreign Minister Urmas Reinsalu."
        ).encode(),
        source_name="t.txt",
    )
    events, _ = extract(item)
    assert [e.date.to_str() for e in events if isinstance(e, MeetingReported)] == ["2020-11-06"]


def test_pipeline_a_lead_dating_a_meeting_of_people_it_does_not_name_dates_the_storys_undated_meeting() -> (
    None
):
    """ "... following the first meeting of their defense ministers last November 16" then "X and Y met": the 16th."""
    item = article.from_bytes(
        (
            "title: Defence ties\npublished: 2023-11-29\n\n"
            "The Philippines and Vietnam will deepen defence ties following the first meeting of their defense "
            "ministers last November 16. Philippine Defense Secretary Gilberto Teodoro and Vietnam's Minister of "
            "National Defense Phan Van Giang met for the first time in Jakarta, a statement said."
        ).encode(),
        source_name="t.txt",
    )
    events, _ = extract(item)
    assert [e.date.to_str() for e in events if isinstance(e, MeetingReported)] == ["2023-11-16"]


def test_meeting_a_meeting_between_the_two_is_the_pairs_the_story_follows() -> None:
    """ "... agreed last January during a meeting between the two presidents": the two named before met then."""
    found = meetings_of(
        "Panamanian President Juan Carlos Varela received Costa Rican President Carlos Alvarado in Boquete on "
        "Wednesday. The meeting was agreed last January during a meeting between the two presidents in Panama City.",
        published="2019-02-20",
    )
    assert ("2019-01", {"Juan Carlos Varela", "Carlos Alvarado"}) in [
        (m.date.to_str(), {p.name for p in m.participants}) for m in found
    ]


def test_cast_a_patronymic_last_is_dropped_from_the_printed_name() -> None:
    """ "Ruslan Kazakbaev Aitbaevich" (given, family, patronymic) is printed "Ruslan Kazakbaev"."""
    assert (
        person(
            "Kyrgyz Foreign Minister Ruslan Kazakbaev Aitbaevich met Bangladeshi Foreign Minister AK Abdul Momen.",
            "Ruslan Kazakbaev",
        ).country
        == "KG"
    )


def test_meeting_a_call_during_which_a_joint_subject_did_something_is_theirs() -> None:
    """ "X and Y reviewed efforts to bolster ties during a phone call": the call is X's and Y's."""
    found = only(
        "UAE President Sheikh Mohamed and Sheikh Tamim, the Emir of Qatar, reviewed efforts to bolster bilateral "
        "ties during a phone call on Friday."
    )
    assert ({p.name for p in found.participants}, found.meeting_kind) == (
        {"Mohamed", "Tamim"},
        "call",
    )


def test_meeting_a_visit_at_someones_invitation_met_them() -> None:
    """ "X visited Qatar at the invitation of Y": the host who invited the guest met them."""
    found = only(
        "Earlier this month, UAE President Sheikh Mohamed visited Qatar at the invitation of Emir Sheikh Tamim."
    )
    assert {p.name for p in found.participants} == {"Mohamed", "Tamim"}


def test_pipeline_a_visit_and_a_call_are_two_meetings() -> None:
    """A call on the 30th and a visit earlier that month, both between the same two, are not one meeting."""
    found = meetings_of(
        "UAE President Sheikh Mohamed and Qatar's Emir Sheikh Tamim held a phone call on Friday. Earlier this "
        "month, Sheikh Mohamed visited Qatar at the invitation of Sheikh Tamim. He was welcomed at Hamad "
        "International Airport by Sheikh Tamim.",
        published="2022-12-30",
    )
    assert sorted((m.meeting_kind, m.date.to_str()) for m in found) == [
        ("call", "2022-12-30"),
        ("in-person", "2022-12"),
    ]


def test_meeting_a_name_the_broken_parse_made_the_root_is_who_met() -> None:
    """ "X, who is on his first visit since assuming office met Y": the parse takes "office" for who met; X did."""
    found = only(
        "Nepal Prime Minister Pushpa Kamal Dahal, who is on his first overseas visit since assuming office met "
        "National Security Advisor Ajit Doval on Wednesday."
    )
    assert {p.name for p in found.participants} == {"Pushpa Kamal Dahal", "Ajit Doval"}


def test_cast_a_given_name_that_is_a_capital_stays_in_the_name() -> None:
    """ "Paraguay President Santiago Peña": Santiago is his given name, not Chile's capital cut off the name."""
    found = person(
        "Lai welcomed Paraguay President Santiago Peña Palacios and reminisced with him.",
        "Santiago Peña Palacios",
    )
    assert (found.country, found.role) == ("PY", "head of state")


def test_cast_a_place_named_with_its_country_is_no_one() -> None:
    """ "held discussions in Kurumba Maldives, the President's office said": a resort, not a person."""
    text = (
        "The President of Maldives, Dr Muizzu, and President Wickremesinghe held discussions Friday evening in "
        "Kurumba Maldives, the President Dr. Muizzu's office said in a press release."
    )
    assert not any("Kurumba" in p.name for p in cast_of(text).people)


def test_meeting_the_two_leaders_after_an_opening_during_the_meeting_are_the_pair() -> None:
    """ "During the meeting, the two leaders discussed ...": the pair, not the last subject alone."""
    found = meetings_of(
        "Maldives President Mohamed Muizzu and Sri Lankan President Ranil Wickremesinghe held discussions on "
        "Friday. President Muizzu thanked him for the visit. During the meeting, the two leaders discussed "
        "bilateral relations."
    )
    assert [{p.name for p in m.participants} for m in found] == [{"Mohamed Muizzu", "Ranil Wickremesinghe"}]


def test_cast_a_news_storys_byline_names_no_one_in_it() -> None:
    """ "By Lucy Craymer and Alasdair Pal": the reporters are at no meeting the story tells."""
    text = (
        "By Lucy Craymer and Alasdair Pal\n\nWELLINGTON, June 26 (Reuters) - New Zealand's trade minister said on "
        "Monday he had a positive discussion with his Chinese counterpart."
    )
    assert {p.name for p in cast_of(text).people} == set()


def test_meeting_i_in_a_quotation_is_who_the_story_says_said_it() -> None:
    """'"I met Minister X this morning ...," O'Connor told reporters': I is O'Connor, not the byline."""
    text = (
        "By Ana Reporter\n\nWELLINGTON, June 26 (Reuters) - New Zealand's trade minister said on Monday talks in "
        'Beijing went well. "I met Commerce Minister Wang Wentao this morning and we discussed trade," Damien '
        "O'Connor told reporters."
    )
    people = cast_of(text)
    frames = meetings.frames(parsed(text), people)
    assert {"Damien O'Connor", "Wang Wentao"} in [{people.people[k].name for k in f.people} for f in frames]


def test_cast_a_word_an_honorific_stood_before_is_a_name() -> None:
    """ "The Honourable Hu’akavameiliku met ...": a name the model takes for a noun, marked by its honorific."""
    names = {
        p.name
        for p in cast_of("The Honourable Hu’akavameiliku met Prime Minister Chris Hipkins in London.").people
    }
    assert "Hu'akavameiliku" in names or "Hu’akavameiliku" in names, names


@pytest.mark.parametrize(
    "text",
    [
        "New Russian Ambassador Igor Kalabukhov presented his credentials to President Milorad Dodik on Friday.",
        "President Milorad Dodik received the credentials of the new Russian Ambassador Igor Kalabukhov on Friday.",
        "President Milorad Dodik on Friday received the letter of credence presented by Russian Ambassador Igor "
        "Kalabukhov.",
    ],
    ids=["presented-to", "received-of", "letter-of-credence-presented-by"],
)
def test_meeting_credentials_handed_over_are_a_meeting(text: str) -> None:
    """An ambassador's credentials, presented to or received by a head: the two met."""
    assert {p.name for p in only(text).participants} == {"Milorad Dodik", "Igor Kalabukhov"}


def test_meeting_a_letter_received_is_no_meeting() -> None:
    """ "received a letter from President X": a message came, no one met."""
    assert (
        meetings_of(
            "President Milorad Dodik received a letter from Russian President Vladimir Putin on Friday."
        )
        == ()
    )


def test_cast_spains_government_president_heads_its_government() -> None:
    """ "the Spanish Government President Pedro Sánchez": Spain's head of government, though Spain has a king."""
    found = person(
        "King Mohammed VI met the Spanish Government President Pedro Sánchez in Rabat.", "Pedro Sánchez"
    )
    assert (found.country, found.role) == ("ES", "head of government")


def test_pipeline_a_reception_told_in_a_calls_sentence_is_in_person_and_its_own() -> None:
    """ "The call came a day after X received the Letter of Introduction of High Commissioner Y": X met Y in person."""
    found = meetings_of(
        "The Prime Ministers of Barbados and Jamaica discussed relations on Wednesday. The meeting held via "
        "telephone came a day after Prime Minister Freundel Stuart received the Letter of Introduction of the new "
        "High Commissioner of Jamaica, David Prendergast. Stuart told his counterpart that his call was meant to "
        "strengthen ties."
    )
    assert ("in-person", {"Freundel Stuart", "David Prendergast"}) in [
        (m.meeting_kind, {p.name for p in m.participants}) for m in found
    ]


def test_meeting_she_is_not_her_host_named_before_her() -> None:
    """ "As well as spending time with her host, X, she also met Y": she is the visitor, not X."""
    found = meetings_of(
        "Slovenian Foreign Minister Tanja Fajon paid her first visit to Croatia on Wednesday. As well as spending "
        "time with her host, Croatian Foreign Minister Gordan Grlić Radman, she also met with Croatian President "
        "Zoran Milanović."
    )
    assert any({"Tanja Fajon", "Zoran Milanović"} <= {p.name for p in m.participants} for m in found), [
        sorted(who(m)) for m in found
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "U.S. Defense Secretary Jim Mattis and Vietnamese Defense Minister Ngo Xuan Lich met today in Hanoi. At "
            "the meeting, the two leaders committed to enhance cooperation based on the plan of action agreed upon "
            "in October, with a focus on maritime security.",
            "2018-01-25",
            [("in-person", "2018-01-25")],
            id="the-meeting-told-again-takes-no-date-of-another-clause",
        ),
        pytest.param(
            "Spanish Foreign Minister José Manuel Albares held a meeting today with his Mauritanian counterpart, "
            "Mohamed Salem Ould Merzoug. The aim was to follow up on the First High-Level Meeting between the two "
            "countries, held on 16 July in Nouakchott.",
            "2025-10-27",
            [("in-person", "2025-10-27")],
            id="a-meeting-between-the-two-countries-names-no-one",
        ),
        pytest.param(
            "Finance Minister Hong Nam-ki and his French counterpart Bruno Le Maire had an online meeting on "
            "Thursday. The G-20 finance ministers and central bank governors will meet in Venice on July 9-10.",
            "2021-07-02",
            [("video", "2021-07-01")],
            id="a-bodys-ministers-are-not-the-pair-just-told",
        ),
        pytest.param(
            "Finance Minister Hong Nam-ki and his French counterpart Bruno Le Maire had an online meeting on "
            "Thursday ahead of next week's meeting of finance chiefs from the Group of 20 economies.",
            "2021-07-02",
            [("video", "2021-07-01")],
            id="next-week-of-another-meeting-lends-no-tense",
        ),
        pytest.param(
            "The finance ministers of South Korea and France have held a virtual meeting to discuss cooperation, "
            "Seoul's finance ministry said Friday. Finance Minister Hong Nam-ki and his French counterpart Bruno Le "
            "Maire had an online meeting on Thursday.",
            "2021-07-02",
            [("video", "2021-07-01")],
            id="two-countries-meeting-told-first-is-the-dated-one-told-after",
        ),
        pytest.param(
            "President Moon Jae-in and visiting President Kassym-Jomart Tokayev of Kazakhstan on Tuesday held "
            "summit talks. During the summit, the two leaders reviewed the progress of a program which was "
            "launched in April 2019 upon their first summit.",
            "2021-08-18",
            [("in-person", "2019-04"), ("in-person", "2021-08-17")],
            id="their-first-summit-told-by-the-pair-is-another-meeting",
        ),
    ],
)
def test_pipeline_kinds_and_dates_of_a_storys_meetings(
    text: str, published: str, expected: list[tuple[str, str]]
) -> None:
    """Which meetings a story tells, by kind and date: dates of other clauses and other meetings kept apart."""
    found = meetings_of(text, published=published)
    assert sorted((m.meeting_kind, m.date.to_str()) for m in found) == expected


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param(
            "UN Secretary-General Antonio Guterres held talks with Arab League chief Ahmed Aboul Gheit on Sunday. "
            "He as well held talk with Alexander Stubb, the President of Finland, on world affairs.",
            {"Antonio Guterres", "Alexander Stubb"},
            id="a-pronoun-the-parser-made-the-root",
        ),
        pytest.param(
            "Latvian Foreign Minister Edgars Rinkevics took part in the Baltic Council in Tallinn on Friday. "
            "Rinkevics underlined the need for cooperation. In a meeting with the Foreign Minister of Estonia, "
            "Urmas Reinsalu, further cooperation and developments in Belarus were discussed.",
            {"Edgars Rinkevics", "Urmas Reinsalu"},
            id="in-a-meeting-with-x-things-were-discussed",
        ),
        pytest.param(
            "Sultan Qaboos on Monday held talks with Iranian Foreign Minister Mohammad Javad Zarif in Muscat. The "
            "meeting was also attended by Yusuf bin Alawi, Oman's Foreign Minister. Shortly after his arrival, "
            "Zarif met his Omani counterpart to discuss regional developments.",
            {"Mohammad Javad Zarif", "Yusuf bin Alawi"},
            id="his-omani-counterpart-named-before",
        ),
        pytest.param(
            "German Foreign Minister Frank-Walter Steinmeier paid his first visit to Norway on Monday. His first "
            "meeting in Oslo was with the Prime Minister of the Kingdom of Norway, Erna Solberg.",
            {"Frank-Walter Steinmeier", "Erna Solberg"},
            id="his-meeting-was-with-x",
        ),
    ],
)
def test_meeting_a_pair_the_story_tells_met(text: str, pair: set[str]) -> None:
    """Who met, when the parse loses a subject or the text names someone only by office or pronoun.

    "He [ROOT] as well held talk with X" (he is the one named before); "In a
    meeting with X, ... were discussed" (the one the story follows); "Zarif
    met his Omani counterpart" (the Omani foreign minister named before);
    "His first meeting in Oslo was with X".
    """
    assert pair in [{p.name for p in m.participants} for m in meetings_of(text)]


def test_cast_the_last_word_of_a_ministers_portfolio_is_no_name() -> None:
    """ "Algerian Minister of Energy and Mines, Special Envoy ..., Mohamed Arkab": "Mines" is the portfolio."""
    text = (
        "The message was presented to President Kais Saied by Algerian Minister of Energy and Mines, Special Envoy "
        "of the Algerian President, Mohamed Arkab during a meeting at the Carthage Palace on Thursday."
    )
    assert "Mines" not in {p.name for p in cast_of(text).people}


def test_cast_the_head_of_state_told_bare_is_the_one_named() -> None:
    """ "The message was presented to the Head of State by X": the head of state the story named, Saied."""
    found = meetings_of(
        "Tunisian President Kais Saied received a written message from Algeria on Thursday. The message was "
        "presented to the Head of State by Algerian Energy Minister Mohamed Arkab during a meeting at the Carthage "
        "Palace."
    )
    assert {"Kais Saied", "Mohamed Arkab"} in [{p.name for p in m.participants} for m in found]


def test_pipeline_one_left_without_a_country_takes_the_meetings_one_open_seat() -> None:
    """ "X also met Prime Minister A, his counterpart B and former Sri Lankan president C": A and B are Sri Lankan."""
    meetings = meetings_of(
        "Indian External Affairs Minister Arun Rao arrived in Colombo on Friday. During the visit Rao also met "
        "Prime Minister Lena Perera, his counterpart Amal Silva and former Sri Lankan president Nimal Fernando."
    )
    countries = {p.name: p.country for m in meetings for p in m.participants}
    assert countries.get("Lena Perera") == "LK"
    assert countries.get("Amal Silva") == "LK"


def test_mentions_head_of_state_is_a_title_before_a_name() -> None:
    """ "between Kazakh Head of State A and President of Uzbekistan B": A is named, Kazakhstan's head of state."""
    meeting = only(
        "A phone talk between Kazakh Head of State Arman-Bek Nurlanov and President of Uzbekistan Timur Karimov "
        "took place on Monday."
    )
    assert {(p.name, p.country, p.role) for p in meeting.participants} == {
        ("Arman-Bek Nurlanov", "KZ", "head of state"),
        ("Timur Karimov", "UZ", "head of state"),
    }
    assert meeting.meeting_kind == "call"


def test_meeting_discussed_ways_with_a_country_is_no_meeting() -> None:
    """ "discussed ways to expand trade with Kazakhstan": a country, nobody met."""
    assert not meetings_of(
        "President Anton Gruber discussed ways to expand trade with Kazakhstan on Tuesday."
    )


def test_cast_a_title_straight_before_the_next_name_is_that_ones() -> None:
    """ "with X, President of the Red Cross Y, Emir of Qatar Z": Y is no emir, Z is."""
    text = (
        "The President met with King Omar of Jordan, President of the International Committee of the Red Cross "
        "Hans Keller, Emir of Qatar Tamim bin Khalid Al Thani and others."
    )
    assert person(text, "Hans Keller").country is None
    assert (
        person(text, "Tamim bin Khalid Al Thani").country,
        person(text, "Tamim bin Khalid Al Thani").role,
    ) == (
        "QA",
        "head of state",
    )


def test_meeting_counterparts_listed_after_a_comma_are_at_it() -> None:
    """ "during a meeting in Baku with his Turkish and Georgian counterparts, X and Y": all three met, each's country."""
    meeting = only(
        "Azerbaijan's Minister of Defense, Colonel General Arif Mammadov, spoke on Monday. Mammadov made the comment "
        "during a meeting in Baku with his Turkish and Georgian counterparts, Kemal Aydin and Levan Beridze."
    )
    assert {(p.name, p.country) for p in meeting.participants} == {
        ("Arif Mammadov", "AZ"),
        ("Kemal Aydin", "TR"),
        ("Levan Beridze", "GE"),
    }


def test_meeting_a_with_for_each_is_a_meeting_with_each() -> None:
    """ "held a meeting with A, with B, and with C": three meetings, not one of four."""
    meetings = meetings_of(
        "Minister Rodrigo Soto also held a meeting with Singapore's Minister of Trade Lee Wen, with Malaysia's "
        "Minister of Trade Aziz Rahman, and with Fiji's Trade Minister Joni Vula on Friday."
    )
    assert sorted(sorted(p.name for p in m.participants) for m in meetings) == [
        ["Aziz Rahman", "Rodrigo Soto"],
        ["Joni Vula", "Rodrigo Soto"],
        ["Lee Wen", "Rodrigo Soto"],
    ]


def test_cast_peers_from_two_countries_listed_in_step() -> None:
    """ "met his peers from Argentina and Brazil, X and Y": X is Argentina's, Y Brazil's, both foreign ministers."""
    text = (
        "Foreign Minister Rodrigo Soto met his peers from Argentina and Brazil, Jorge Ferro and Aloisio Nunes, "
        "in Lima on Friday."
    )
    assert (person(text, "Jorge Ferro").country, person(text, "Aloisio Nunes").country) == ("AR", "BR")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        pytest.param(
            "Foreign Minister Amir Latif's official visit to Japan has been cancelled. Latif was scheduled to hold "
            "meetings with Prime Minister Kenji Mori and Foreign Minister Taro Ueda.",
            False,
            id="scheduled-and-cancelled",
        ),
        pytest.param(
            "Foreign Minister Amir Latif's visit to Japan has been postponed. Latif had to visit Japan from "
            "February 24 to hold a meeting with Foreign Minister Taro Ueda.",
            False,
            id="had-to-and-postponed",
        ),
        pytest.param(
            "Foreign Minister Amir Latif held talks with Foreign Minister Taro Ueda in Tokyo on Monday. Latif was "
            "scheduled to meet Prime Minister Kenji Mori later that day. A planned press event was cancelled.",
            True,
            id="talks-held-beside-a-cancelled-event",
        ),
    ],
)
def test_meeting_a_plan_told_past_in_a_story_of_a_cancellation_was_not_held(text: str, held: bool) -> None:  # noqa: FBT001
    """ "X's visit has been cancelled. X was scheduled to hold meetings with A and B": no meeting with A or B."""
    names = {p.name for m in meetings_of(text) for p in m.participants}
    assert ("Taro Ueda" in names) is held


def test_meeting_meetings_scheduled_with_hosts_are_the_followed_ones() -> None:
    """ "X will be in Belgrade, where meetings are scheduled with A and B": X's meetings with A and with B."""
    meetings = meetings_of(
        "NATO Secretary General Jens Lund will visit Pristina today. A day later, on November 21, the Secretary "
        "General will be in Belgrade, where meetings are scheduled with Serbian President Marko Petrovic and "
        "Prime Minister Ana Jovic."
    )
    met = {frozenset(p.name for p in m.participants) for m in meetings}
    assert {"Jens Lund", "Marko Petrovic"} <= next(iter(m for m in met if "Marko Petrovic" in m))


def test_mentions_a_name_in_quotes_of_its_own_is_no_person() -> None:
    """ "he will visit the KFOR camp "Notting Hill", where he will meet X": the camp is nobody."""
    names = {
        p.name
        for p in cast_of(
            'NATO Secretary General Jens Lund will visit the KFOR camp "Notting Hill", where he will meet with KFOR '
            "commander Major General Emre Yilmaz."
        ).people
    }
    assert not any("Hill" in name for name in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On the sidelines of the summit, President Isaias Tesfay met and held talks with President Salva Deng of "
            "South Sudan, President Brice Moussa of Gabon and Prime Minister Ali Zeine of Niger.",
            [
                ["Ali Zeine", "Isaias Tesfay"],
                ["Brice Moussa", "Isaias Tesfay"],
                ["Isaias Tesfay", "Salva Deng"],
            ],
            id="leaders-of-several-countries-one-by-one",
        ),
        pytest.param(
            "On the sidelines of the forum, the trilateral partnership was reaffirmed. Secretary of State Antony Lane "
            "met with South Korea's Foreign Minister Park Min and Japan's Foreign Minister Yoko Sato.",
            [["Antony Lane", "Park Min", "Yoko Sato"]],
            id="a-story-of-a-trilateral",
        ),
    ],
)
def test_meeting_one_leader_meeting_leaders_of_several_on_the_sidelines(
    text: str, expected: list[list[str]]
) -> None:
    """ "On the sidelines of the summit, X met A of B, C of D and E of F": a bilateral with each."""
    assert sorted(sorted(p.name for p in m.participants) for m in meetings_of(text)) == expected


def test_cast_a_home_papers_guest_is_not_the_papers_country() -> None:
    """A New Zealand paper: "an invitation to host Manele in New Zealand" does not make Manele a New Zealander."""
    item = article.from_bytes(
        b"title: Peters meets new PM\nsource: Otago Daily Times\nurl: https://www.odt.co.nz/news/x\n"
        b"published: 2024-05-12\n\n"
        b"Foreign Affairs Minister Winston Peters has met with Prime Minister Jeremiah Manele in Honiara.\n\n"
        b"The new government took office on 2 May, after the election in Solomon Islands, and Peters "
        b"congratulated Manele.\n\n"
        b"Peters said the visit was the first of several engagements between New Zealand and Solomon Islands, "
        b"including an invitation to host Manele in New Zealand.",
        source_name="t.txt",
    )
    events, _ = extract(item)
    manele = {
        p.country
        for e in events
        if isinstance(e, MeetingReported)
        for p in e.participants
        if p.name == "Jeremiah Manele"
    }
    assert manele, "the meeting in Honiara is reported"
    assert "NZ" not in manele


def test_cast_a_name_only_ever_in_or_at_is_a_place() -> None:
    """ "at a ceremony held in Rashtrapati Bhavan": a palace, no person."""
    names = {
        p.name
        for p in cast_of(
            "The envoys met President Pranab Kumar at a ceremony held in Rashtrapati Bhavan today."
        ).people
    }
    assert names == {"Pranab Kumar"}


def test_pipeline_talks_during_a_coming_visit_take_the_visits_date() -> None:
    """ "will undertake a state visit to China from September 10 to 16 ... during his visit, X will hold talks with Y"."""
    item = article.from_bytes(
        b"title: Visit to China\nsource: News Diggers\npublished: 2023-09-08\n\n"
        b"The government has disclosed that President Hakainde Mwale will undertake a state visit to China from "
        b"September 10 to 16, 2023 at the invitation of that country's President, Xi Jinping. Minister of Foreign "
        b"Affairs Stanley Banda says during his visit, President Mwale will hold bilateral talks with President Xi "
        b"Jinping premised on areas of mutual interest.",
        source_name="t.txt",
    )
    events, _ = extract(item)
    found = [(e.date.to_str(), e.meeting_kind) for e in events if isinstance(e, MeetingReported)]
    assert found == [("2023-09-10", "planned")]


def test_mentions_a_particle_joined_by_a_hyphen_goes_on_the_name() -> None:
    """ "Egyptian President Abdel-Fattah el-Sissi": the model's entity stops before "el"; the name does not."""
    names = {
        p.name
        for p in cast_of(
            "Kerry spoke after his meeting with Egyptian President Abdel-Fattah el-Sissi in Cairo, "
            "Egypt, June 22, 2014."
        ).people
    }
    assert any(name.endswith("el-Sissi") for name in names), names


def test_cast_the_storys_spelling_before_a_captions() -> None:
    """A caption's "Sergei Lavrov" and the story's "Sergey Lavrov": the story's is printed."""
    text = (
        "Russian Foreign Minister Sergei Lavrov and his Armenian counterpart Ararat Mirzoyan in April 14, 2023\n\n"
        "Armenian Foreign Minister Ararat Mirzoyan called the meeting with his Russian counterpart Sergey Lavrov "
        "in Moscow on January 21 constructive."
    )
    assert "Sergey Lavrov" in {p.name for p in cast_of(text).people}


def test_pipeline_an_undated_coming_visit_does_not_join_a_meeting_held() -> None:
    """A headline's meeting, "X is expected to pay a visit to Australia", then "X met Y yesterday": one meeting held."""
    item = article.from_bytes(
        b"title: Leaders meet\nsource: FBC News\npublished: 2023-03-16\n\n"
        b"Australian Prime Minister Anthony Albers meeting with Prime Minister Sitiveni Rabe\n\n"
        b"Prime Minister Sitiveni Rabe is expected to pay a visit to Australia in his capacity as Prime Minister.\n\n"
        b"Rabe met with Australian Prime Minister Anthony Albers yesterday in Nadi.",
        source_name="t.txt",
    )
    events, _ = extract(item)
    found = [(e.date.to_str(), e.meeting_kind) for e in events if isinstance(e, MeetingReported)]
    assert found == [("2023-03-15", "in-person")]


@pytest.mark.parametrize(
    ("text", "names", "kind"),
    [
        pytest.param(
            "The participants of the study visit paid a joint call on Prime Minister Lee Wen today. Among the "
            "participants are President of Nauru Baron Tabe and Prime Minister of Samoa Tui Malie.",
            {"Lee Wen", "Baron Tabe", "Tui Malie"},
            None,
            id="among-the-participants-are",
        ),
        pytest.param(
            "Saudi Crown Prince Mohammed bin Nasser met Sunday with Chinese Foreign Minister Wang Yi in Riyadh to discuss "
            "regional and international developments, local media reported.",
            {"Mohammed bin Nasser", "Wang Yi"},
            None,
            id="a-with-the-parser-took-for-a-clause-mark",
        ),
        pytest.param(
            "Canadian prime minister Mark Connor and Taoiseach Michael Byrne enjoyed a productive bilateral meeting in "
            "Ottawa on Thursday.",
            {"Mark Connor", "Michael Byrne"},
            None,
            id="two-who-enjoyed-a-meeting",
        ),
        pytest.param(
            "Trade Minister Don Harlow and EU Trade Commissioner Valdis Ozols resumed discussions via video link on "
            "Thursday.",
            {"Don Harlow", "Valdis Ozols"},
            "video",
            id="two-who-resumed-discussions",
        ),
        pytest.param(
            "Later, Foreign Minister Rodrigo Soto met with the Executive Director for the Americas of the European "
            "External Action Service, Edita Novak, in Lima on Friday.",
            {"Rodrigo Soto", "Edita Novak"},
            None,
            id="a-part-of-the-world-is-nobody",
        ),
        pytest.param(
            "On August 21, the foreign ministers' meeting was held in Beijing. Foreign ministers of the three countries, "
            "including State Councilor and Foreign Minister Li Ming, Foreign Minister Park Min-ji, and Foreign Minister "
            "Sato Ken, spoke with one voice on the significance of cooperation.",
            {"Li Ming", "Park Min-ji", "Sato Ken"},
            "in-person",
            id="ministers-who-spoke-with-one-voice",
        ),
        pytest.param(
            "On Friday, President Paul Mugabo joined fellow African leaders in a virtual meeting on the pandemic. "
            "The participating leaders included President Omar Haddad of Egypt and President Ali Konate of Mali.",
            {"Paul Mugabo", "Omar Haddad", "Ali Konate"},
            "video",
            id="the-participating-leaders-included",
        ),
    ],
)
def test_meeting_everyone_the_phrasing_puts_at_it(text: str, names: set[str], kind: str | None) -> None:
    """One meeting of exactly these people (and of this kind, where given), whatever the phrasing that tells it.

    "Among the participants are A and B"; "X met Sunday with [a clause's mark]
    Minister Y ..."; "X and Y enjoyed a meeting", "resumed discussions";
    "the Executive Director for the Americas, X" ("Americas" is nobody);
    ministers who "spoke with one voice" met and did not call; "The
    participating leaders included A and B".
    """
    meeting = only(text)
    assert {p.name for p in meeting.participants} == names
    if kind is not None:
        assert meeting.meeting_kind == kind


def test_meeting_a_call_the_story_denies_is_not_reported() -> None:
    """ "Egypt said that President X did not speak by phone with Y ... Y reportedly said the pair had spoken"."""
    found = meetings_of(
        "CAIRO: Egypt said Tuesday that President Abdel Samir did not speak by phone with Donald Trump at the weekend. "
        "On Monday, Trump reportedly said the pair had spoken."
    )
    assert not found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "President William Korir was scheduled to hold talks with Prime Minister Narendra Modi in New Delhi on "
            "Tuesday. Several flights to Nairobi were cancelled because of fog.",
            [["Narendra Modi", "William Korir"]],
            id="a-cancellation-of-something-else",
        ),
        pytest.param(
            "Profit margins fell. On Monday, President Xi Jinping met President Vladimir Putin, President Recep "
            "Erdogan and President Ebrahim Raisi in one session.",
            [["Ebrahim Raisi", "Recep Erdogan", "Vladimir Putin", "Xi Jinping"]],
            id="margins-that-are-no-sidelines",
        ),
        pytest.param(
            "President William Korir held talks with Prime Minister Narendra Modi on Tuesday. The official who took "
            "the decision to host the talks was Foreign Minister Musalia Mudavadi.",
            [["Narendra Modi", "William Korir"]],
            id="who-took-a-decision-took-no-part",
        ),
    ],
)
def test_meeting_guards_of_this_sessions_rules(text: str, expected: list[list[str]]) -> None:
    """What a rule must not reach: a cancelled flight is no visit called off, "profit margins" are no sidelines,
    "the official who took the decision ... was X" lists no participant."""
    assert sorted(sorted(p.name for p in m.participants) for m in meetings_of(text)) == expected


def test_cast_a_comma_list_after_a_meeting_verb_may_name_two_sides() -> None:
    """ "Biden met Chinese President Xi Jinping, Prime Minister Anthony Albanese and others": Albanese is no Chinese."""
    text = "Joe Biden met Chinese President Xi Jinping, Prime Minister Anthony Albanese and others on Monday."
    assert person(text, "Anthony Albanese").country is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Prime Minister Justin Moreau spoke yesterday with Mexican President-elect Andres Lopez. The call took place "
            "following a bilateral meeting between the Prime Minister and President Enrique Pena Nieto on September 25, "
            "2018 in New York.",
            {"Justin Moreau", "Enrique Pena Nieto"},
            id="between-the-prime-minister-and-x",
        ),
        pytest.param(
            "Foreign Minister Ramtane Lamamra arrived in Addis Ababa. Lamamra published a tweet on his official Twitter "
            "account the content of the discussion of his meeting with the President of Ethiopia, Sahley-Work Zewde.",
            {"Sahley-Work Zewde"},
            id="a-name-after-its-title-and-a-comma",
        ),
        pytest.param(
            "European Council President Charles Marchal meets Cypriot President Nicos Andreou in Nicosia on Wednesday. "
            "On Tuesday, the European Council president held talks in Athens with Greek Prime Minister Kostas Pappas.",
            {"Charles Marchal", "Kostas Pappas"},
            id="the-description-of-a-title",
        ),
        pytest.param(
            "Prime Minister Manasseh Sope returned from China on Tuesday.\n\n"
            "Sope also highlighted some of his key involvement during his official visit.\n\n"
            "\u201cI had an engagement meeting with President Xi Jinping on Wednesday last week.",
            {"Manasseh Sope", "Xi Jinping"},
            id="a-quotation-opening-after-its-speaker",
        ),
    ],
)
def test_meeting_one_of_the_story_holds_these_people(text: str, names: set[str]) -> None:
    """Among the story's meetings, one holds exactly these people (at least this one, when one is named).

    "a bilateral meeting between the Prime Minister and President X": the
    story's one prime minister; "his meeting with the President of Ethiopia,
    X", the parser hanging X elsewhere; "the European Council president held
    talks with Y": the one so titled; a quotation opening after its speaker,
    "I had a meeting with President Y": the speaker's.
    """
    found = [{p.name for p in m.participants} for m in meetings_of(text)]
    assert any(people == names if len(names) > 1 else names <= people for people in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The President discussed ways to strengthen cooperation and trade in Kazakhstan with Austrian President "
            "Anton Gruber on Tuesday.",
            "Anton Gruber",
            id="discussed-ways-to-do-something-with-someone",
        ),
        pytest.param(
            "Prime Minister Imran Aziz made a phone call to his Bangladesh counterpart Sheikh Rahima Wednesday to "
            "enquire about her health.",
            "Sheikh Rahima",
            id="a-name-stops-before-a-weekday",
        ),
    ],
)
def test_meeting_the_one_meeting_holds_this_person(text: str, name: str) -> None:
    """ "discussed ways to strengthen cooperation with Austrian President X": the "with" is the talk's, not the
    aim's; "made a phone call to his Bangladesh counterpart Sheikh Rahima Wednesday": the name is no date."""
    assert name in {p.name for p in only(text).participants}


# Published on a Thursday (2024-11-14): "on Tuesday" is 2024-11-12, "today" 2024-11-14.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "called [oprd] President-elect X": spaCy's object complement is the one called
            "President Joe Biden called President-elect Gabriel Boric of Chile today to congratulate him.",
            [("2024-11-14", "call", {"Joe Biden", "Gabriel Boric"})],
        ),
        (  # ", Jr." is the name's: the parse no longer takes it for the subject
            "President Joseph R. Biden, Jr. called Chilean President-elect Gabriel Boric on Tuesday.",
            [("2024-11-12", "call", {"Joseph R. Biden Jr.", "Gabriel Boric"})],
        ),
        (  # contacting a president-elect to congratulate him is a call
            "United States President Joe Biden on Tuesday contacted Chilean President-elect Gabriel Boric to"
            " congratulate him on his victory.",
            [("2024-11-12", "call", {"Joe Biden", "Gabriel Boric"})],
        ),
        (  # a release's "today" is the release's day: the call is the one told on Tuesday
            "United States President Joe Biden on Tuesday contacted Chilean President-elect Gabriel Boric.\n\n"
            "A White House release stated that, “President Joseph R. Biden, Jr. called President-elect"
            " Gabriel Boric of Chile today to congratulate him on his election victory.”",
            [("2024-11-12", "call", {"Joseph R. Biden Jr.", "Gabriel Boric"})],
        ),
        (  # the paragraph tells one day: the talks after the dated ones are that day's too
            "In Sydney on Wednesday, NATO Secretary General Jens Stoltenberg met Australian Prime Minister"
            " Anthony Albanese.\n\n"
            "On Tuesday, the Secretary General visited Wellington for talks with New Zealand Prime Minister"
            " Jacinda Ardern. He also had discussions with New Zealand Foreign Minister Winston Peters.",
            [
                ("2024-11-13", "in-person", {"Jens Stoltenberg", "Anthony Albanese"}),
                ("2024-11-12", "in-person", {"Jens Stoltenberg", "Jacinda Ardern"}),
                ("2024-11-12", "in-person", {"Jens Stoltenberg", "Winston Peters"}),
            ],
        ),
        (  # a line of two dates is a visit's span, not the day the page was issued (2024-11-11)
            "11 Nov. 2024 - 14 Nov. 2024\n\nIn Sydney on Wednesday, NATO Secretary General Jens Stoltenberg"
            " met Australian Prime Minister Anthony Albanese.",
            [("2024-11-13", "in-person", {"Jens Stoltenberg", "Anthony Albanese"})],
        ),
    ],
)
def test_meeting_dates_and_kinds_of_real_wire_shapes(
    text: str, expected: list[tuple[str, str, set[str]]]
) -> None:
    found = [(m.date.to_str(), m.meeting_kind, {p.name for p in m.participants}) for m in meetings_of(text)]
    assert found == expected


def test_cast_one_family_name_in_one_office_is_one_person() -> None:
    text = (
        "President Joe Biden spoke with Chilean President-elect Gabriel Boric on Tuesday. President Joseph R."
        " Biden Jr. congratulated him. Vice President Kamala Harris and former President George Bush were not there."
    )
    names = sorted(p.name for p in cast_of(text).people)
    assert names == ["Gabriel Boric", "George Bush", "Joseph R. Biden Jr.", "Kamala Harris"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Ukrainian presidential aide Andriy Yermak met US envoy Keith Kellogg on Monday.", "Andriy Yermak", "UA"),
        ("Ukraine's top aide Andriy Yermak met US envoy Keith Kellogg on Monday.", "Andriy Yermak", "UA"),
        (  # the "Chilean President" of his title is no one else's office
            "President Joe Biden met Chilean President-elect Gabriel Boric on Tuesday.",
            "Joe Biden",
            None,
        ),
    ],
)
def test_cast_country_before_a_descriptive_noun_and_none_from_anothers_title(
    text: str, name: str, country: str | None
) -> None:
    assert person(text, name).country == country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "The Hon" goes as "The Rt Hon" does; the parser hangs "and Y" on X's title: both are subjects
            "H.E. Mr. Shinzo Abe, Prime Minister of Japan and The Hon Scott Morrison MP, Prime Minister of"
            " Australia held a Leaders’ Meeting via VTC on 9 July 2020.",
            [("video", {("Shinzo Abe", "JP"), ("Scott Morrison", "AU")})],
        ),
        (  # a plural title over two countries and their names, without commas: a title each
            "Presidents of Kyrgyzstan Sadyr Japarov and Tajikistan Emomali Rahmon are holding a tete-a-tete"
            " meeting in Dushanbe city.",
            [("in-person", {("Sadyr Japarov", "KG"), ("Emomali Rahmon", "TJ")})],
        ),
    ],
)
def test_meeting_subjects_the_parser_hangs_on_titles(text: str, expected: list[tuple[str, set]]) -> None:
    found = [(m.meeting_kind, {(p.name, p.country) for p in m.participants}) for m in meetings_of(text)]
    assert found == expected


def test_office_one_portfolio_of_two_words_is_one_title() -> None:
    """ "International Relations and Cooperation Minister": South Africa's foreign minister, not two offices."""
    assert office.title_class("International Relations and Cooperation Minister") == "foreign minister"
    assert gazetteer.TITLE_COUNTRY["international relations and cooperation minister"] == "ZA"
    assert office.title_class("Deputy Prime Minister and Foreign Minister") == "foreign minister"


def test_meeting_whoever_acts_during_someones_visit_met_them() -> None:
    found = only(
        "International Relations and Cooperation Minister Naledi Pandor reiterated the importance of ties with"
        " Zimbabwe during Zimbabwean Foreign Minister Frederick Shava’s visit on Wednesday."
    )
    assert who(found) == {
        ("Naledi Pandor", "ZA", "foreign minister"),
        ("Frederick Shava", "ZW", "foreign minister"),
    }
    assert meetings_of("Protesters gathered outside the ministry during Blinken's visit on Wednesday.") == ()


def test_cast_a_quoted_nickname_inside_a_name_leaves_the_name_whole() -> None:
    text = (
        'Philippine President Ferdinand "Bongbong" Marcos, Jr. and US President Joe Biden. Courtesy of Bongbong'
        " Marcos Facebook page.\n\nMarcos will meet UN Secretary-General António Guterres on Friday."
    )
    marcos = person(text, "Ferdinand Marcos Jr.")
    assert (marcos.country, marcos.role) == ("PH", "head of state")
    assert {p.name for m in meetings_of(text) for p in m.participants} == {"Ferdinand Marcos Jr.", "António Guterres"}


def test_meeting_a_coming_meeting_takes_the_coming_day_told_just_before() -> None:
    """ "X will be visiting Fiji tomorrow. ... She will be meeting Y ahead of next month's forum": tomorrow,
    not next month (the forum's); "newly elected" is no part of the title."""
    found = meetings_of(
        "Australia’s newly elected Foreign Minister Penny Wong, will be visiting Fiji tomorrow.\n\n"
        "Wong says Australia will listen to its Pacific partners.\n\n"
        "She will be meeting Prime Minister and Minister for Foreign Affairs Voreqe Bainimarama, ahead of next"
        " month’s Pacific Islands Forum meeting.\n\n"
        "Wong will also meet Pacific Islands Forum Secretary General, Henry Puna.",
        "FBC News (Fiji Broadcasting Corporation)",
    )
    assert [(m.date.to_str(), m.meeting_kind, who(m)) for m in found] == [
        (
            "2024-11-15",
            "planned",
            {("Penny Wong", "AU", "foreign minister"), ("Voreqe Bainimarama", "FJ", "head of government")},
        ),
        ("2024-11-15", "planned", {("Penny Wong", "AU", "foreign minister"), ("Henry Puna", None, "other")}),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two people of one family name in one office, given names apart, are two
            "Prime Minister Justin Trudeau met President Joe Biden on Monday. In May 1971, Prime Minister "
            "Pierre Trudeau met Soviet Premier Alexei Kosygin in Moscow.",
            [{"Justin Trudeau", "Joe Biden"}, {"Pierre Trudeau", "Alexei Kosygin"}],
        ),
        (  # a letter, or intermediaries, are no call
            "Kenyan President William Ruto contacted President Museveni by letter on Friday.",
            [],
        ),
        ("Zelensky said he had contacted President Biden through intermediaries.", []),
    ],
)
def test_meeting_guards_of_the_rules_for_unseen_wire_shapes(text: str, expected: list[set[str]]) -> None:
    assert [{p.name for p in m.participants} for m in meetings_of(text)] == expected


def test_cast_a_country_named_before_a_field_is_no_nationality() -> None:
    assert person("Russia hawk Lindsey Graham met Ukrainian President Volodymyr Zelensky.", "Lindsey Graham").country is None


def test_pipeline_a_background_meeting_does_not_take_the_paragraphs_day() -> None:
    found = meetings_of(
        "Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi in Beijing on Tuesday. Wong had"
        " previously met Japanese Foreign Minister Yoko Kamikawa in Tokyo in March."
    )
    assert [m.date.to_str() for m in found] == ["2024-11-12", "2024-03"]


def test_meeting_a_caption_names_its_meeting_without_a_verb() -> None:
    found = only("Brazilian President Michel Temer during a meeting with Chile's Sebastián Piñera.")
    assert {(p.name, p.country) for p in found.participants} == {("Michel Temer", "BR"), ("Sebastián Piñera", "CL")}


def test_pipeline_talks_held_at_a_place_are_not_the_call_told_after() -> None:
    found = meetings_of(
        "Uzbek President Shavkat Mirziyoyev and U.S. President Donald Trump held talks on Monday at the UN"
        " Headquarters on the sidelines of the General Assembly. They also reviewed progress on agreements"
        " reached during their recent phone call earlier this month."
    )
    assert [(m.meeting_kind, m.date.to_str()) for m in found] == [("in-person", "2024-11-11"), ("call", "2024-11")]


def test_meeting_an_object_pronoun_stands_for_the_one_named_before() -> None:
    """ "Y paid a courtesy call on her": her is the prime minister the story named, not her press secretary."""
    found = only(
        "Bangladesh Prime Minister Sheikh Hasina said problems should be resolved through talks, her press"
        " secretary Ihsanul Karim said on Thursday. Visiting Indian External Affairs Minister Subrahmanyam"
        " Jaishankar paid a courtesy call on her at her official residence on Thursday."
    )
    assert {p.name for p in found.participants} == {"Sheikh Hasina", "Subrahmanyam Jaishankar"}
    # a speaker's "I" with "him" is no meeting of two named people
    assert meetings_of("SECRETARY POMPEO: President Trump sends his regards. I spoke to him last night.") == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Indian External Affairs Minister Subrahmanyam Jaishankar met Sheikh Hasina. Jaisankar praised her.",
            ["Sheikh Hasina", "Subrahmanyam Jaishankar"],
        ),
        (
            "President Volodymyr Zelenskyy met Jens Stoltenberg in Brussels. Zelensky thanked NATO.",
            ["Jens Stoltenberg", "Volodymyr Zelenskyy"],
        ),
        (  # short names one letter apart are two people's
            "Prime Minister Abiy Ahmed met President Mohamed Ahmad in Addis Ababa.",
            ["Abiy Ahmed", "Mohamed Ahmad"],
        ),
    ],
)
def test_cast_a_long_family_name_misspelt_by_one_letter_is_one_person(text: str, names: list[str]) -> None:
    assert sorted(p.name for p in cast_of(text).people) == names


def test_office_the_eus_trade_commissioner_is_its_trade_minister() -> None:
    assert office.title_class("EU Commissioner for Trade") == "trade minister"
    assert office.title_class("EU Trade Commissioner") == "trade minister"
    assert office.title_class("Trade Commissioner") == "other"  # a consulate's, or the EU's named so only
    assert office.title_class("Deputy Trade Commissioner") == "other"


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between China’s Foreign Minister Wang Yi and Japanese Foreign Minister Yoshimasa Hayashi on"
        " Thursday has been cancelled.",
        "The Chinese side had earlier announced the meeting between Wang Yi and Japanese Foreign Minister Yoshimasa"
        " Hayashi, but the visit has been cancelled.",
    ],
)
def test_meeting_called_off_or_announced_before_a_cancellation_is_none(text: str) -> None:
    assert meetings_of(text) == ()


def test_normalize_an_apostrophe_ending_a_given_name_before_al_goes() -> None:
    found = only("President Joe Biden spoke on Friday with Prime Minister Mohammed Shia' al-Sudani of Iraq.")
    assert {p.name for p in found.participants} == {"Joe Biden", "Mohammed Shia al-Sudani"}


def test_meeting_the_two_ministers_by_their_portfolio_are_the_pair_just_told() -> None:
    found = meetings_of(
        "Indonesian Foreign Minister Retno Marsudi held a bilateral meeting with Chinese Foreign Minister Wang Yi"
        " in Bali on Tuesday. The two Foreign Ministers will also hold another meeting on November 20 in Bali."
    )
    assert [(m.date.to_str(), m.meeting_kind, {p.name for p in m.participants}) for m in found] == [
        ("2024-11-12", "in-person", {"Retno Marsudi", "Wang Yi"}),
        ("2024-11-20", "planned", {"Retno Marsudi", "Wang Yi"}),
    ]


def test_normalize_an_abbreviated_secretary_is_a_title() -> None:
    found = meetings_of(
        "President Ferdinand Marcos Jr. met US Secretary of State Antony Blinken on Thursday at Malacanang."
        " Blinken will meet Philippine Foreign Affairs Sec. Enrique Manalo on Friday."
    )
    assert [who(m) for m in found][1:] == [
        {("Antony Blinken", "US", "foreign minister"), ("Enrique Manalo", "PH", "foreign minister")}
    ]


def test_pipeline_a_caption_before_its_photo_credit_is_the_leads_meeting() -> None:
    """The photo credit is no sentence of the lead: the caption's meeting is the one the lead dates."""
    found = meetings_of(
        "Prime Minister Pham Minh Chinh (R) receives Russian Minister of Foreign Affairs Sergey Lavrov. (Photo:"
        " VNA)\n\nPrime Minister Pham Minh Chinh received Russian Minister of Foreign Affairs Sergey Lavrov in"
        " Hanoi on Tuesday, during which the PM affirmed the partnership."
    )
    assert [m.date.to_str() for m in found] == ["2024-11-12"]


def test_pipeline_an_arrival_at_the_hosts_invitation_is_the_visit_of_the_talks_after() -> None:
    found = meetings_of(
        "Chinese Premier Wen Jiabao on Thursday held talks with Italian Prime Minister Mario Monti in Beijing."
        " At Wen's invitation, Monti arrived in Beijing Wednesday afternoon for his official visit to China."
    )
    assert [m.date.to_str() for m in found] == ["2024-11-14"]


def test_normalize_an_agency_dateline_with_a_dash_and_an_acronym_before_a_title() -> None:
    """ "CAIRO, Oct 29 (NNN-MENA) – ..." is a dateline of its own; "United Nations (UN) Secretary-General, X":
    the title meets its organisation, and X is at the call."""
    found = meetings_of(
        "CAIRO, Nov 14 (NNN-MENA) – Egyptian President, Abdel-Fattah al-Sisi, received a phone call from United"
        " Nations (UN) Secretary-General, Antonio Guterres, yesterday, during which they discussed aid."
    )
    assert [(m.date.to_str(), m.meeting_kind, {p.name for p in m.participants}) for m in found] == [
        ("2024-11-13", "call", {"Abdel-Fattah al-Sisi", "Antonio Guterres"})
    ]


def test_pipeline_a_lead_dating_its_round_of_calls_in_its_second_sentence_dates_the_calls() -> None:
    found = meetings_of(
        "Messages of congratulations have poured in from Heads of State across the world for South Africa’s"
        " President Cyril Ramaphosa.\n\n"
        "President Cyril Ramaphosa received messages of congratulations during a round of telephone calls on"
        " Sunday 10 November 2024, said the Presidency.\n\n"
        "President Ramaphosa conducted discussions with President Joao Lourenco of Angola."
    )
    assert [m.date.to_str() for m in found] == ["2024-11-10"]


def test_mentions_a_name_set_off_after_a_counterpart_from_a_country_is_a_name() -> None:
    """ "my counterpart from Timor Leste, Taur Matan Ruak": a name the model does not know, after its title."""
    text = (
        "“After that, I also held a bilateral meeting with my counterpart from Timor Leste, Taur Matan Ruak where"
        " I reiterated my full support,” Prime Minister Anwar Ibrahim said."
    )
    assert "Taur Matan Ruak" in {p.name for p in cast_of(text).people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a demand, not a visit
            "Israeli Prime Minister Benjamin Netanyahu rejected the ceasefire proposal on Monday. US President Joe"
            " Biden called on him to accept the deal.",
            [],
        ),
        (  # "him" could be the host or the guest: no one is guessed
            "US President Joe Biden hosted Israeli President Isaac Herzog at the White House on Tuesday. Vice"
            " President Kamala Harris also met him.",
            [{"Joe Biden", "Isaac Herzog"}],
        ),
        (  # a delay is no cancellation
            "Talks between US Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi in Beijing on"
            " Friday were delayed by two hours but lasted more than five hours.",
            [{"Antony Blinken", "Wang Yi"}],
        ),
        (  # a body's ministers are not the pair just told
            "Indonesian Foreign Minister Retno Marsudi met Chinese Foreign Minister Wang Yi in Jakarta on Tuesday."
            " The Foreign Ministers of the Quad will meet in Tokyo on November 20.",
            [{"Retno Marsudi", "Wang Yi"}],
        ),
    ],
)
def test_meeting_guards_found_by_the_second_review(text: str, expected: list[set[str]]) -> None:
    assert [{p.name for p in m.participants} for m in meetings_of(text)] == expected


def test_pipeline_a_lead_with_its_meeting_takes_no_day_from_the_next_sentences_other_event() -> None:
    found = only(
        "Prime Minister Pham Minh Chinh received Russian Foreign Minister Sergey Lavrov in Hanoi. The talks"
        " followed the 7 November meeting of ASEAN foreign ministers."
    )
    assert found.date.to_str() == "2024-11-14"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (  # titled in apposition: someone else than the minister spelt alike
            "Iraqi Foreign Minister Fuad Hussein met Pakistani Foreign Minister Ishaq Dar in Baghdad on Monday."
            " Hussain, the Pakistani ambassador, joined the talks.",
            "Hussain",
            "PK",
        ),
        (  # spelt the same before spelt alike
            "Somali President Hassan Sheikh Mohamud met former President Mohamed Abdullahi Mohamed in Mogadishu on"
            " Monday. Mohamud later flew to Nairobi.",
            "Mohamed Abdullahi Mohamed",
            None,
        ),
    ],
)
def test_cast_spelt_alike_is_one_person_only_when_no_one_is_spelt_the_same(
    text: str, name: str, country: str | None
) -> None:
    assert person(text, name).country == country


def test_cast_the_leader_named_beside_a_head_outweighs_the_home_papers_default() -> None:
    # a Namibian paper: Xi is "the Chinese leader" of his own sentence, not the paper's country's
    found = person(
        "Kenyan President William Ruto will host President Xi Jinping on a state visit next week, the"
        " Chinese leader's first trip to Africa this year.",
        "Xi Jinping",
        source="The Namibian",
    )
    assert found.country == "CN"


def test_frames_her_visit_is_the_clauses_subjects_not_the_speakers() -> None:
    # the minister telling reporters at the hotel was not at the visit he speaks of
    found = meetings_of(
        "Foreign Minister Amina Diallo met President Paul Kagame in Kigali on Monday. Diallo praised the"
        " ties, Foreign Minister Moussa Keita told reporters at the Serena Hotel, where Diallo stayed"
        " during her visit."
    )
    assert [{p.name for p in m.participants} for m in found] == [{"Amina Diallo", "Paul Kagame"}]


def test_pipeline_the_meeting_told_again_in_a_clause_takes_no_day_from_the_main_clause() -> None:
    # "yesterday" is the courtesy call's; the meeting of the clause is Sunday's, told before
    found = meetings_of(
        "Prime Minister Sheikh Hasina and Prime Minister Narendra Modi held talks in New Delhi on Sunday."
        " As the Hasina-Modi meeting set the tone, Indian Foreign Minister Subrahmanyam Jaishankar yesterday"
        " called on Hasina at her hotel.",
        published="2024-06-11",
    )
    assert sorted((m.date.to_str(), tuple(sorted(p.name for p in m.participants))) for m in found) == [
        ("2024-06-09", ("Narendra Modi", "Sheikh Hasina")),
        ("2024-06-10", ("Sheikh Hasina", "Subrahmanyam Jaishankar")),
    ]


# "while talking" hung by the parser on "said"; "they welcomed progress" after it
ADVISERS_CALL = (
    "National Security Adviser Ajit Doval and his US counterpart Jake Sullivan discussed regional security"
    " developments and closer cooperation in key areas.\n\nThe two officials underscored the need for \u201cfurther"
    " efforts to ensure peace in the Indian Ocean region and beyond\u201d while talking about regional security"
    " developments during a phone conversation on Wednesday, the White House said in a readout.\n\nTheir"
    " conversation also focused on clean energy, the readout said. \u201cThey welcomed progress in the bilateral"
    " partnership, including through the upcoming Initiative on Critical and Emerging Technology (iCET) Intersessional"
    " and Indian Ocean Dialogue,\u201d it added."
)


def test_frames_a_clause_the_parser_hung_on_the_reporting_verb_is_the_reported_subjects() -> None:
    first = meetings_of(ADVISERS_CALL, published="2024-11-02")[0]
    assert (first.meeting_kind, first.date.to_str()) == ("call", "2024-10-30")


def test_pipeline_welcoming_progress_is_no_coming_in_person() -> None:
    assert [m.meeting_kind for m in meetings_of(ADVISERS_CALL, published="2024-11-02")] == ["call"]


def test_cast_a_national_agencys_copy_names_its_own_head_bare() -> None:
    # reprinted from the UAE's agency, under a headline naming the UAE: its bare president is the UAE's
    people = cast.build(
        parsed("President Sheikh Mohamed bin Zayed Al Nahyan and US President Joe Biden held a phone call today."),
        "Gulf Business Daily (WAM)",
        None,
        "UAE and US Presidents discuss regional developments",
    ).people
    assert {p.name: p.country for p in people}["Mohamed bin Zayed Al Nahyan"] == "AE"


def test_cast_a_national_agencys_foreign_desk_names_no_one_its_own() -> None:
    # India's agency reporting Korea and Japan: the bare minister is not Indian
    found = person(
        "Defence Minister Ahn Gyu-back will hold talks with his Japanese counterpart Gen Nakatani in Seoul next"
        " week.",
        "Ahn Gyu-back",
        source="Sakshi Post (IANS)",
    )
    assert found.country != "IN"


def test_cast_a_paper_that_names_its_country_outweighs_the_agency_it_reprints() -> None:
    # a Finnish paper's copy of a foreign agency: its bare president is still Finland's
    found = person(
        "President Sauli Niinisto held talks with Swedish Prime Minister Stefan Lofven in Helsinki on Monday.",
        "Sauli Niinisto",
        source="Daily Finland (Xinhua)",
    )
    assert found.country == "FI"


@pytest.mark.parametrize("written", ["on 4 th .", "on 4 th October.", "on the 4 th of October."])
def test_pipeline_an_ordinal_day_copied_with_a_space_is_read(written: str) -> None:
    # a page's raised "th" copied out with a space before it
    found = only(
        f"Indian External Affairs Minister Subrahmanyam Jaishankar met Sri Lankan Foreign Minister Vijitha Herath"
        f" in Colombo {written}",
        published="2024-10-07",
    )
    assert found.date.to_str() == "2024-10-04"


def test_pipeline_a_reception_on_arrival_is_on_the_day_of_the_arrival_just_told() -> None:
    found = meetings_of(
        "Prime Minister Sher Bahadur Deuba is on a visit to India. Deuba arrived in New Delhi on Wednesday."
        " On reaching India, he was received by Union Minister Meenakshi Lekhi.",
        published="2024-11-14",
    )
    assert [(m.date.to_str(), m.date_from) for m in found] == [("2024-11-13", "text")]


def test_pipeline_a_call_told_undated_then_dated_days_before_the_story_is_one_call() -> None:
    found = meetings_of(
        "Prime Minister Shehbaz Sharif holds a telephonic conversation with IMF Managing Director Kristalina"
        " Georgieva.\n\nThe premier shared the news in a post.\n\nThe call came as Georgieva called Prime"
        " Minister Shehbaz Sharif on Wednesday and offered her support.",
        source="Dawn",
    )
    assert [(m.meeting_kind, m.date.to_str()) for m in found] == [("call", "2024-11-13")]


def test_mentions_the_most_honourable_is_a_style_not_a_name() -> None:
    assert person(
        "Prime Minister, the Most Hon. Andrew Holness, met US Secretary of State Mike Pompeo in Kingston.",
        "Andrew Holness",
    ).role == "head of government"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a welcome given by a host, in the passive, on the arrival's day
            "Emir Tamim bin Hamad Al Thani arrived in Dhaka on Wednesday. He was given a red carpet welcome by"
            " President Mohammed Shahabuddin at the airport.",
            [("2024-11-13", {"Tamim bin Hamad Al Thani", "Mohammed Shahabuddin"})],
        ),
        (  # accorded to a guest
            "President Mohammed Shahabuddin accorded a warm reception to Emir Tamim bin Hamad Al Thani on Tuesday.",
            [("2024-11-12", {"Tamim bin Hamad Al Thani", "Mohammed Shahabuddin"})],
        ),
        ("The people of Dhaka gave a warm welcome to the decision on Tuesday.", []),  # no guest, no host
        ("Emir Tamim bin Hamad Al Thani was given a warm welcome by the people of Dhaka on Tuesday.", []),
    ],
)
def test_frames_a_welcome_given_by_a_host_is_a_meeting(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert [(m.date.to_str(), {p.name for p in m.participants}) for m in meetings_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Andres Manuel Lopez Obrador spoke to reporters on Friday. On Wednesday he was visited in the"
            " Historic Center by the president of Chile, Gabriel Boric.",
            [{"Andres Manuel Lopez Obrador", "Gabriel Boric"}],
        ),
        ("The museum was visited by tourists on Friday.", []),
    ],
)
def test_frames_visited_by_a_person_is_a_meeting(text: str, expected: list[set[str]]) -> None:
    assert [{p.name for p in m.participants} for m in meetings_of(text)] == expected


def test_frames_both_is_a_pair_never_three() -> None:
    # "both presidents" after a visit by two others: not the host and all three guests at one breakfast
    found = meetings_of(
        "President Andres Manuel Lopez Obrador received Colombian President Gustavo Petro at the National Palace"
        " on Friday.\n\nOn Wednesday he was visited by the president of Chile, Gabriel Boric, and by the president"
        " of Ecuador, Guillermo Lasso.\n\nAt this moment, both presidents are having breakfast at the National"
        " Palace.",
        published="2022-11-25",
    )
    assert [len(m.participants) for m in found] == [2, 3]


def test_mentions_an_indian_release_titles_its_defence_minister_in_hindi() -> None:
    found = person(
        "Raksha Mantri Rajnath Singh met Australian Defence Minister Richard Marles in New Delhi on Monday.",
        "Rajnath Singh",
    )
    assert found.role == "defence minister"


# a release's list of bilaterals: items cut by semicolons, some titled without a comma after the name
DEFENCE_LIST = (
    "Defence Minister Rajnath Singh held bilateral meetings with his counterparts from Africa on Monday. In the"
    " course of the meetings, the Defence Minister met with Major General Hanana Ould Sidi, Defence Minister of"
    " Mauritania; Mr Rameaux-Claude Bireau, Defence Minister of Central African Republic; Mr Sering Modou Njie"
    " Defence Minister of Gambia; Dr. Abraham Belay Defence Minister of Ethiopia and Mrs Janine Lelis Defence"
    " Minister of Cabo Verde."
)


def test_mentions_a_lists_title_after_a_name_without_a_comma() -> None:
    countries = (person(DEFENCE_LIST, "Sering Modou Njie").country, person(DEFENCE_LIST, "Abraham Belay").country)
    assert countries == ("GM", "ET")


def test_frames_a_list_cut_by_semicolons_is_one_meeting_with_each() -> None:
    found = meetings_of(DEFENCE_LIST)
    assert sorted(tuple(sorted(p.name for p in m.participants)) for m in found) == [
        ("Abraham Belay", "Rajnath Singh"),
        ("Hanana Ould Sidi", "Rajnath Singh"),
        ("Janine Lelis", "Rajnath Singh"),
        ("Rajnath Singh", "Rameaux-Claude Bireau"),
        ("Rajnath Singh", "Sering Modou Njie"),
    ]


def test_cast_a_generic_office_with_a_is_nobodys() -> None:
    # "a Turkish Foreign Minister" is any one of them: not the Ghanaian host named after it
    found = meetings_of(
        "Accra, Oct 26, GNA - Madam Shirley Ayorkor Botchwey, the Minister of Foreign Affairs, on Wednesday held"
        " bilateral discussions with her Turkish counterpart Mr Mevlut Cavusoglu in Accra.\n\nThe visit, which is"
        " the first official visit by a Turkish Foreign Minister to Ghana, was at the instance of Madam Ayorkor"
        " Botchwey."
    )
    assert [sorted((p.name, p.country) for p in m.participants) for m in found] == [
        [("Mevlut Cavusoglu", "TR"), ("Shirley Ayorkor Botchwey", "GH")]
    ]


def test_normalize_a_transcripts_speaker_in_capitals_is_a_name_and_title() -> None:
    found = person(
        "JAMES MARAPE, PRIME MINISTER OF PAPUA NEW GUINEA: We just concluded a very good leaders dialogue.",
        "James Marape",
        source="Prime Minister of Australia",
    )
    assert (found.country, found.role) == ("PG", "head of government")


def test_mentions_a_people_is_no_person() -> None:
    text = (
        "Prime Minister James Marape met Prime Minister Anthony Albanese. For the younger generations of"
        " Australians and Papua New Guineans, our shared history matters."
    )
    assert "Papua New Guineans" not in {p.name for p in cast_of(text).people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # recent meetings told in passing, undated: not the story's
            "Prime Minister Anthony Albanese met Fijian Prime Minister Sitiveni Rabuka in Suva on Wednesday."
            " Albanese's visit follows his recent meetings with US President Joe Biden and Indian Prime Minister"
            " Narendra Modi.",
            [{"Anthony Albanese", "Sitiveni Rabuka"}],
        ),
        (  # dated, a past meeting is kept
            "Prime Minister Anthony Albanese met Fijian Prime Minister Sitiveni Rabuka in Suva on Wednesday."
            " Albanese's visit follows his recent meeting with US President Joe Biden on Monday.",
            [{"Anthony Albanese", "Sitiveni Rabuka"}, {"Anthony Albanese", "Joe Biden"}],
        ),
    ],
)
def test_pipeline_an_undated_meeting_told_in_passing_is_left_out(text: str, expected: list[set[str]]) -> None:
    assert [{p.name for p in m.participants} for m in meetings_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the partner of the talk hung on its topic by the parser
            "UN Secretary-General Antonio Guterres met Finnish President Alexander Stubb in New York on Sunday. In a"
            " different meeting, Guterres talked about cooperation prospects with Duma Gideon Boko, the Leader of"
            " Botswana.",
            [{"Antonio Guterres", "Alexander Stubb"}, {"Antonio Guterres", "Duma Gideon Boko"}],
        ),
        (  # what they spoke of, no one they spoke with
            "Foreign Minister Ahmed Attaf met Foreign Minister Yusuf Tuggar in Abuja on Sunday. The two spoke about"
            " the threat of Boko Haram.",
            [{"Ahmed Attaf", "Yusuf Tuggar"}],
        ),
    ],
)
def test_frames_a_talk_about_something_with_someone(text: str, expected: list[set[str]]) -> None:
    assert [{p.name for p in m.participants} for m in meetings_of(text)] == expected


def test_pipeline_a_visits_days_in_brackets_are_its_days_and_a_bare_title_its_one_holder() -> None:
    # "(2-3 September 2019)" is the visit's own span, no aside; "Raksha Mantri will co-chair" is Rajnath Singh
    found = meetings_of(
        "Raksha Mantri Shri Rajnath Singh is scheduled to visit Japan (02-03 September 2019) for a bilateral"
        " visit.\n\nAs part of his visit to Japan, Raksha Mantri will co-chair the Annual Defence Ministerial"
        " Dialogue with his counterpart, Mr. Takeshi Iwaya, Minister of Defence of Japan.",
        source="Press Information Bureau",
        published="2019-08-30",
    )
    assert [(m.meeting_kind, m.date.to_str(), sorted(p.name for p in m.participants)) for m in found] == [
        ("planned", "2019-09-02", ["Rajnath Singh", "Takeshi Iwaya"])
    ]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("PNG Prime Minister James Marape arrived in Suva on Monday.", "James Marape", "PG"),
        ("NZ Foreign Minister Nanaia Mahuta arrived in Apia on Monday.", "Nanaia Mahuta", "NZ"),
        ("Foreign Minister Faisal bin Farhan of KSA arrived in Cairo on Monday.", "Faisal bin Farhan", "SA"),
    ],
)
def test_cast_the_abbreviations_a_regions_news_writes_for_its_countries(text: str, name: str, country: str) -> None:
    assert person(text, name).country == country


def test_cast_an_office_named_nearby_has_one_holder() -> None:
    # the PNG Prime Minister is the one named before, not also the host named after
    text = (
        "Prime Minister James Marape arrived in Fiji last night.\n\nMarape is here for the leaders retreat.\n\n"
        "The PNG Prime Minister was later hosted to a welcome dinner by Prime Minister, Sitiveni Rabuka in Suva."
    )
    assert (person(text, "James Marape").country, person(text, "Sitiveni Rabuka").country) == ("PG", "FJ")  # the
    # host of the visit to Fiji


@pytest.mark.parametrize(
    ("text", "published", "role"),
    [
        (  # a former president met now holds no office at the meeting
            "Indian External Affairs Minister Subrahmanyam Jaishankar met former Sri Lankan president Ranil"
            " Wickremesinghe in Colombo on Friday.",
            "2024-10-05",
            "other",
        ),
        (  # one then in office, at a meeting of a year before, held it there
            "South Korean President Lee Jae-myung will host the summit in Seoul next week. The last summit was held"
            " in Seoul in May 2024, when then Prime Minister Fumio Kishida met President Yoon Suk Yeol.",
            "2025-11-14",
            "head of government",
        ),
    ],
)
def test_pipeline_a_former_holder_holds_no_office_at_a_meeting_of_the_storys_days(
    text: str, published: str, role: str
) -> None:
    roles = {p.name: p.role for m in meetings_of(text, published=published) for p in m.participants}
    assert roles.get("Ranil Wickremesinghe", roles.get("Fumio Kishida")) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("secretary of the Russian Security Council", "national security adviser"),
        ("Security Council Secretary", "national security adviser"),
        ("UN Security Council President", "other"),
    ],
)
def test_office_a_security_council_secretary_is_the_national_security_adviser(title: str, role: str) -> None:
    assert office.title_class(title) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "last" is the final one, the story's own
            "US President Joe Biden and Chinese President Xi Jinping held their last meeting as leaders in Lima,"
            " Peru, on Saturday.",
            [{"Joe Biden", "Xi Jinping"}],
        ),
        (  # a recent meeting the story tells alone is its news, undated or not
            "In a recent meeting with Chinese President Xi Jinping, Russian President Vladimir Putin discussed the"
            " war in Ukraine, the Kremlin said on Thursday.",
            [{"Vladimir Putin", "Xi Jinping"}],
        ),
        (  # a bond spoken about is no one met
            "British Prime Minister Keir Starmer spoke about his relationship with US President Donald Trump at a"
            " press conference in London on Monday.",
            [],
        ),
    ],
)
def test_pipeline_the_reviews_counterexamples_keep_their_meetings(text: str, expected: list[set[str]]) -> None:
    assert [{p.name for p in m.participants} for m in meetings_of(text)] == expected


@pytest.mark.parametrize(
    "aside", ["(the two last met in November 2023 in California)", "(file photo, September 21, 2024)"]
)
def test_attributes_a_bracket_with_more_than_days_is_an_aside(aside: str) -> None:
    found = only(f"US President Joe Biden met Chinese President Xi Jinping in Lima on Saturday {aside}.")
    assert found.date.to_str() == "2024-11-09"


def test_normalize_pradhan_mantri_opens_a_schemes_name_not_a_title() -> None:
    people = {p.name for p in cast_of("Hardeep Puri discussed the Pradhan Mantri Awas Yojana housing scheme.").people}
    assert not any("Awas" in name for name in people)


@pytest.mark.parametrize(
    ("source", "title", "text", "name", "country"),
    [
        (  # the agency's country named in passing in the body, not the headline: its foreign desk's copy
            "MSN (IANS)",
            "Yoon meets Ishiba in Lima",
            "President Yoon Suk Yeol on Thursday met Japanese Prime Minister Shigeru Ishiba in Lima. The two leaders"
            " also discussed supply chains with India.",
            "Yoon Suk Yeol",
            None,
        ),
        (  # a government's release reprinted speaks for it
            "Devdiscourse (PIB)",
            "Defence Minister on bilateral visit to Japan",
            "Defence Minister Rajnath Singh is scheduled to visit Japan next month.",
            "Rajnath Singh",
            "IN",
        ),
    ],
)
def test_cast_the_outlet_a_source_names_in_brackets(
    source: str, title: str, text: str, name: str, country: str | None
) -> None:
    people = cast.build(parsed(text), source, None, title).people
    assert {p.name: p.country for p in people}[name] == country


def test_cast_a_title_that_names_a_country_alone_is_the_publishing_governments_own() -> None:
    # Chile's ministry calls its foreign minister "the Secretary of State": not Washington's
    text = (
        "Foreign Minister Roberto Ampuero met his peers from Argentina and Brazil, Jorge Faurie and Aloysio Nunes,"
        " in Lima on Friday.\n\nWith both ministers, the Secretary of State discussed the agenda for the coming"
        " visits."
    )
    assert person(text, "Roberto Ampuero", source="Ministry of Foreign Affairs of Chile").country == "CL"


def test_frames_a_headlines_infinitive_is_to_come() -> None:
    found = meetings_of(
        "Foreign Minister Mevlut Cavusoglu to host his Argentine counterpart Santiago Cafiero on Friday\n\n"
        "Turkish Foreign Minister Mevlut Cavusoglu and his Argentine counterpart Santiago Cafiero will meet on"
        " Friday for talks in Istanbul, the ministry said on Thursday.",
        published="2023-02-02",
    )
    assert [(m.meeting_kind, m.date.to_str()) for m in found] == [("planned", "2023-02-03")]


@pytest.mark.parametrize(
    "title",
    [
        "Background Press Call on President Biden's Upcoming Meeting with President Lopez Obrador of Mexico",
        "Mexican President Andres Manuel Lopez Obrador to visit the White House",
    ],
)
def test_cast_the_headline_gives_a_country_the_body_leaves_open(title: str) -> None:
    text = "The President has invited President Lopez Obrador to the White House to discuss the partnership."
    people = cast.build(parsed(text), "The White House", None, title).people
    assert {p.name: p.country for p in people}["Lopez Obrador"] == "MX"


def test_frames_the_purpose_of_a_coming_trip_is_to_come() -> None:
    found = only(
        "Chilean President Sebastian Pinera will travel to Buenos Aires next week to meet President Mauricio Macri"
        " of Argentina.",
        published="2018-04-13",
    )
    assert found.meeting_kind == "planned"


def test_cast_a_home_papers_bare_leader_beside_others_demonyms_and_a_country_without_the_office() -> None:
    # a Singapore paper: "Malaysian" is the minister's, and the United States has no prime minister
    text = (
        "Indian Prime Minister Narendra Modi and Malaysian Defence Minister Mohamad Sabu called on Prime"
        " Minister Lee Hsien Loong at the Istana on Friday.\n\nUnited States Defence Secretary James Mattis"
        " and Prime Minister Lee reaffirmed the ties between Singapore and the US, and the US' engagement of"
        " the region."
    )
    assert person(text, "Lee Hsien Loong", source="The Straits Times").country == "SG"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param(
            "Prime Minister Anthony Albanese met New Zealand's Chris Hipkins on Tuesday.",
            "Chris Hipkins",
            "NZ",
            id="a-country-of-two-words-owns-the-name",
        ),
        pytest.param(
            "President Joe Biden met Saudi Arabia's Mohammed bin Salman.",
            "Mohammed bin Salman",
            "SA",
            id="saudi-arabias",
        ),
        pytest.param(
            "Speaking about Syria, Vladimir Putin underlined the need for cooperation with Israel.",
            "Vladimir Putin",
            None,
            id="a-country-before-a-comma-owns-nothing",
        ),
        pytest.param(
            "In a statement translated into French, Obama noted the elections.",
            "Obama",
            None,
            id="a-language-before-a-comma-owns-nothing",
        ),
        pytest.param(
            "Marta Oliveira talked to Kenya's Daniel Otieno on Tuesday.",
            "Daniel Otieno",
            "KE",
            id="a-possessive-after-to-is-whose-not-where",
        ),
        pytest.param(
            "Minister Alan Marsh spoke to Nigeria's Bola Adeyemi on Monday.",
            "Bola Adeyemi",
            "NG",
            id="a-name-the-model-calls-a-body-after-a-possessive",
        ),
    ],
)
def test_cast_country_of_words_before_an_untitled_name(text: str, name: str, country: str | None) -> None:
    """ "New Zealand's X", "South African X": the whole country's name before the name, not its last word;
    "spoke to Kenya's X": Kenya's own, never a place spoken to, whatever label the model gave the name."""
    assert person(text, name, None).country == country


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        pytest.param(
            "South African Cyril Ramaphosa met Prime Minister Anthony Albanese.",
            ["Cyril Ramaphosa", "Anthony Albanese"],
            "ZA",
            id="a-demonym-of-two-words",
        ),
        pytest.param(
            "The minister flew British Airways to meet President Joe Biden.",
            ["Joe Biden"],
            None,
            id="an-airline-is-no-person",
        ),
    ],
)
def test_mentions_a_name_after_a_demonym_the_model_left_unlabelled(
    text: str, names: list[str], country: str | None
) -> None:
    """A full name the model tagged only as part of a people's name is a person, with that people's country."""
    doc = parsed(text).sentences[0].doc
    assert [mentions.printed_name(doc, start, end) for start, end in mentions.name_spans(doc)] == names
    if country is not None:
        assert person(text, names[0], None).country == country


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        pytest.param(
            "The Polish foreign minister Radoslaw Sikorski and Japanese counterpart Takeshi Iwaya met on Tuesday.",
            {("Radoslaw Sikorski", "PL", "foreign minister"), ("Takeshi Iwaya", "JP", "foreign minister")},
            id="a-title-noun-subject-and-the-name-joined-to-its-name",
        ),
        pytest.param(
            "The Spanish foreign minister José Albares and Saint Lucian Foreign Minister Alva Baptiste met on "
            "Tuesday.",
            {("José Albares", "ES", "foreign minister"), ("Alva Baptiste", "LC", "foreign minister")},
            id="a-second-title-and-name-hung-beside-the-first",
        ),
        pytest.param(
            "Nigeria's foreign minister, Yusuf Tuggar, spoke by phone with Ahmed Attaf, the foreign minister of "
            "Algeria, on Tuesday.",
            {("Yusuf Tuggar", "NG", "foreign minister"), ("Ahmed Attaf", "DZ", "foreign minister")},
            id="a-finite-verb-the-parser-hung-on-the-title-and-by-phone-no-agent",
        ),
        pytest.param(
            "Naledi Pandor, South Africa's top diplomat, received Russian Foreign Minister Sergei Lavrov on "
            "Tuesday.",
            {("Naledi Pandor", "ZA", "foreign minister"), ("Sergei Lavrov", "RU", "foreign minister")},
            id="a-title-after-a-comma-with-a-country-of-two-words",
        ),
        pytest.param(
            "Sameh Shoukry, Egypt's top diplomat, received Samoan Foreign Minister Fiame Naomi Mata'afa on Tuesday.",
            {("Sameh Shoukry", "EG", "foreign minister"), ("Fiame Naomi Mata'afa", "WS", "foreign minister")},
            id="a-name-the-model-took-for-a-place-with-its-title-after",
        ),
        pytest.param(
            "Chinese Foreign Minister Wang Yi said on Tuesday he had discussed the crisis with his Indian "
            "counterpart, Subrahmanyam Jaishankar, by phone.",
            {("Wang Yi", "CN", "foreign minister"), ("Subrahmanyam Jaishankar", "IN", "foreign minister")},
            id="discussed-a-thing-with-someone",
        ),
        pytest.param(
            "Peruvian Defence Minister Javier Gonzalez-Olaechea arrived in Lima on Monday. On Tuesday, "
            "Gonzalez-Olaechea met Indian Defence Minister Rajnath Singh.",
            {("Javier Gonzalez-Olaechea", "PE", "defence minister"), ("Rajnath Singh", "IN", "defence minister")},
            id="a-hyphened-family-name-alone",
        ),
        pytest.param(
            "Cambodian Foreign Minister Dorham bin Gupan Al Chonsho arrived in Geneva on Monday. On Tuesday, Dorham "
            "met Togolese Defence Minister Dairshershai Zolfansom.",
            {
                ("Dorham bin Gupan Al Chonsho", "KH", "foreign minister"),
                ("Dairshershai Zolfansom", "TG", "defence minister"),
            },
            id="a-given-name-before-bin-alone",
        ),
        pytest.param(
            "Tunbe Pumpulke, Saint Lucia's defence minister, received Gabonese President Bullunri Zairchun on "
            "Tuesday.",
            {("Tunbe Pumpulke", "LC", "defence minister"), ("Bullunri Zairchun", "GA", "head of state")},
            id="a-country-the-model-took-for-a-person-in-a-title-after-a-comma",
        ),
        pytest.param(
            "Lorpaistrol Timsoustu, Democratic Republic of the Congo's foreign minister, received Zambian Foreign "
            "Minister Munkamfoun Zimzirtrain on Tuesday.",
            {
                ("Lorpaistrol Timsoustu", "CD", "foreign minister"),
                ("Munkamfoun Zimzirtrain", "ZM", "foreign minister"),
            },
            id="a-long-country-name-before-the-title",
        ),
        pytest.param(
            "Outrous Chosmelzous-mashis, Tajikistan's foreign minister, received Tunisian Foreign Minister Hehisti "
            "Chentrur-Tulpai on Tuesday.",
            {
                ("Outrous Chosmelzous-mashis", "TJ", "foreign minister"),
                ("Hehisti Chentrur-Tulpai", "TN", "foreign minister"),
            },
            id="a-name-part-in-small-letters-after-a-hyphen",
        ),
        pytest.param(
            "Chonoskoul Choaim, Cape Verde's defence minister, received Ivorian President Han Seok-yul on Tuesday.",
            {("Chonoskoul Choaim", "CV", "defence minister"), ("Han Seok-yul", "CI", "head of state")},
            id="a-name-the-model-took-for-a-people-after-a-title",
        ),
        pytest.param(
            "Malawian President Lulhair Fairlem Rume said on Tuesday he had discussed the crisis with Venezuelan "
            "President Rashorair Hesshis Trunbainbar by phone.",
            {("Lulhair Fairlem Rume", "MW", "head of state"), ("Rashorair Hesshis Trunbainbar", "VE", "head of state")},
            id="with-a-titled-name-whose-last-word-the-model-left-out",
        ),
        pytest.param(
            "Algerian President Cherbos Nonu Louslis and Mongolian Prime Minister Erzur Kichounhous-Kihinnai held "
            "talks in Geneva on Tuesday.",
            {
                ("Cherbos Nonu Louslis", "DZ", "head of state"),
                ("Erzur Kichounhous-Kihinnai", "MN", "head of government"),
            },
            id="held-read-as-an-adjective-keeps-both-names-before-it",
        ),
        pytest.param(
            "Prime Minister Anthony Albanese met Papua New Guinean Defence Minister Billy Joseph on 30 April.",
            {("Anthony Albanese", None, "head of government"), ("Billy Joseph", "PG", "defence minister")},
            id="a-peoples-name-the-model-took-for-a-person",
        ),
        pytest.param(
            "Saint Lucian Prime Minister Sumvu Shurpolbam-Rinpou hosted Cape Verdian Defence Minister Guha "
            "Egair-Bilbousa for talks in Geneva on Tuesday.",
            {
                ("Sumvu Shurpolbam-Rinpou", "LC", "head of government"),
                ("Guha Egair-Bilbousa", "CV", "defence minister"),
            },
            id="hosted-tagged-an-adjective",
        ),
        pytest.param(
            "South Sudanese President Trernas bin Imrulder Al Daitrotel was welcomed by Andorran Defence Minister "
            "Kim Tae-mok at the presidential palace on Tuesday.",
            {
                ("Trernas bin Imrulder Al Daitrotel", "SS", "head of state"),
                ("Kim Tae-mok", "AD", "defence minister"),
            },
            id="welcomed-by-a-titled-name-whose-end-the-model-took-for-a-noun",
        ),
        pytest.param(
            "A meeting between Uruguayan Defence Minister Marbaimmoun Nuscho-Voudivon and Italian Defence Minister "
            "Lansour Bontra-Saimbais took place in Geneva on Tuesday.",
            {
                ("Marbaimmoun Nuscho-Voudivon", "UY", "defence minister"),
                ("Lansour Bontra-Saimbais", "IT", "defence minister"),
            },
            id="between-a-and-b-cut-after-and",
        ),
        pytest.param(
            "Chinese Foreign Minister Wang Yi exchanged views with Japanese Foreign Minister Yoko Kamikawa in "
            "Geneva on Tuesday.",
            {("Wang Yi", "CN", "foreign minister"), ("Yoko Kamikawa", "JP", "foreign minister")},
            id="exchanged-views-with",
        ),
        pytest.param(
            "Indian Defence Minister Rajnath Singh and Japanese Defence Minister Minoru Kihara co-chaired the "
            "joint commission in Geneva on Tuesday.",
            {("Rajnath Singh", "IN", "defence minister"), ("Minoru Kihara", "JP", "defence minister")},
            id="co-chaired-cut-in-three-tokens",
        ),
        pytest.param(
            "Ghanaian Minister of National Defense Bovi bin Doschin Al Malbaisnem had a meeting with Finnish "
            "Foreign Minister Voulvu Foutai on Tuesday.",
            {
                ("Bovi bin Doschin Al Malbaisnem", "GH", "defence minister"),
                ("Voulvu Foutai", "FI", "foreign minister"),
            },
            id="a-given-name-and-bin-before-the-models-name",
        ),
        pytest.param(
            "In talks with Singaporean Prime Minister Dr. Noursirsoum Vasinku on Tuesday, Kirghiz Minister for "
            "Foreign Affairs Dr. Jang Young-seok called for calm.",
            {("Noursirsoum Vasinku", "SG", "head of government"), ("Jang Young-seok", "KG", "foreign minister")},
            id="in-talks-with-x-comma-y-the-main-clause-broken",
        ),
        pytest.param(
            "Denmark's foreign minister, Lars Rasmussen, spoke by phone with Umaro Embalo, the president of "
            "Guinea-Bissau, on Tuesday.",
            {("Lars Rasmussen", "DK", "foreign minister"), ("Umaro Embalo", "GW", "head of state")},
            id="of-a-country-with-a-hyphen",
        ),
        pytest.param(
            "On Tuesday, Ms. Yoko Kamikawa, Minister for Foreign Affairs of Japan, held a meeting with the Hon. Penny "
            "Wong, Minister for Foreign Affairs of Australia, in Tokyo.",
            {("Yoko Kamikawa", "JP", "foreign minister"), ("Penny Wong", "AU", "foreign minister")},
            id="the-hon-before-a-name",
        ),
        pytest.param(
            "On Tuesday, Laifensos Esvis, Liberia's President, met Han Young-mok, Costa Rica's President, in Geneva.",
            {("Laifensos Esvis", "LR", "head of state"), ("Han Young-mok", "CR", "head of state")},
            id="a-name-the-model-takes-for-a-people-before-its-title",
        ),
        pytest.param(
            "Ayman Safadi, Jordan's Minister of Foreign Affairs, called on Ismail Guelleh, Djibouti's President, in "
            "Geneva on Tuesday.",
            {("Ayman Safadi", "JO", "foreign minister"), ("Ismail Guelleh", "DJ", "head of state")},
            id="the-verb-hung-on-a-name-set-off-by-its-title",
        ),
        pytest.param(
            "Robert Abela, Malta's Prime Minister, received the Hon. Halbi bin Mohammad Yussof, Brunei's Minister of "
            "Defence, who is on an official visit, on Tuesday.",
            {("Robert Abela", "MT", "head of government"), ("Halbi bin Mohammad Yussof", "BN", "defence minister")},
            id="a-bin-name-after-an-honorific",
        ),
        pytest.param(
            "Defense Minister of French Polynesia John Smith called on President of South Africa Cyril Ramaphosa in "
            "Geneva on Tuesday.",
            {("John Smith", "PF", "defence minister"), ("Cyril Ramaphosa", "ZA", "head of state")},
            id="a-country-of-two-words-whose-first-is-a-demonym",
        ),
        pytest.param(
            "Minister of Defence of Panama Frank Abrego exchanged views with Prime Minister of Kosovo Albin Kurti "
            "in Geneva on Tuesday.",
            {("Frank Abrego", "PA", "defence minister"), ("Albin Kurti", "XK", "head of government")},
            id="exchanged-views-with-a-title-of-a-country-and-the-name-under-its-of",
        ),
        pytest.param(
            "During a meeting in Geneva on Tuesday, President of Guinea-Bissau Umaro Embalo and Prime Minister of "
            "Mozambique Adriano Maleiane agreed to expand trade.",
            {("Umaro Embalo", "GW", "head of state"), ("Adriano Maleiane", "MZ", "head of government")},
            id="title-of-a-hyphened-country-then-the-name",
        ),
    ],
)
def test_meeting_of_two_whatever_the_parse_of_their_names(
    text: str, participants: set[tuple[str, str | None, str]]
) -> None:
    """Shapes the grammar test (tests/test_extract_grammar.py) found broken, each with the repair's example."""
    assert who(only(text, published="2024-05-02")) == participants


def test_met_one_on_a_day_and_another_on_the_next_is_two_meetings_each_on_its_day() -> None:
    """ "met A on Tuesday and B on Wednesday": read in line, a meeting with each, dated by its own day."""
    found = meetings_of(
        "Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa on Tuesday and South "
        "Korean Foreign Minister Cho Tae-yul on Wednesday.",
        published="2024-05-02",
    )
    assert sorted((m.date.to_str(), sorted(p.name for p in m.participants)) for m in found) == [
        ("2024-04-30", ["Antony Blinken", "Yoko Kamikawa"]),
        ("2024-05-01", ["Antony Blinken", "Cho Tae-yul"]),
    ]


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        pytest.param(
            "Prime Minister Chris Hipkins took part in bilateral talks in Port Moresby with Indian Prime Minister "
            "Narendra Modi, Papua New Guinea Prime Minister James Marape and Cook Islands Prime Minister Mark Brown.",
            [{"Chris Hipkins", "Narendra Modi"}, {"Chris Hipkins", "James Marape"}, {"Chris Hipkins", "Mark Brown"}],
            id="bilateral-talks-with-several-one-each",
        ),
        pytest.param(
            "Prime Minister Fumio Kishida and President Yoon Suk Yeol held bilateral talks in Tokyo on Friday.",
            [{"Fumio Kishida", "Yoon Suk Yeol"}],
            id="bilateral-talks-of-a-pair",
        ),
    ],
)
def test_bilateral_talks_with_several_are_a_meeting_with_each(text: str, meetings: list[set[str]]) -> None:
    """ "Bilateral" tells two sides each time: one person's bilateral talks with several are one meeting each."""
    found = meetings_of(text, published="2023-05-23")
    assert sorted(({p.name for p in m.participants} for m in found), key=sorted) == sorted(meetings, key=sorted)


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        pytest.param(
            "North Korean leader Kim Jong Un exchanged letters with Russian President Vladimir Putin on Tuesday.",
            [],
            id="letters-exchanged-are-no-meeting",
        ),
        pytest.param(
            "Foreign Minister Wang Yi exchanged New Year greetings with his Russian counterpart Sergei Lavrov on "
            "Tuesday.",
            [],
            id="greetings-exchanged-are-no-meeting",
        ),
        pytest.param(
            "President Joe Biden discussed the phone call with President Xi Jinping with reporters on Tuesday.",
            [],
            id="a-meeting-discussed-is-not-met-again",
        ),
        pytest.param(
            "Blinken met Foreign Minister Dmytro Kuleba, who arrived from Brussels on Monday, and President "
            "Volodymyr Zelenskiy on Tuesday.",
            [("2024-04-30", {"Blinken", "Dmytro Kuleba", "Volodymyr Zelenskiy"})],
            id="a-day-in-a-description-is-not-a-meeting-of-its-own",
        ),
        pytest.param(
            "A day after meeting King Abdullah II, Sheikh Mohamed bin Zayed and Egyptian President Abdel Fattah "
            "el-Sisi held talks in Cairo on Tuesday.",
            [("2024-04-30", {"Mohamed bin Zayed", "Abdel Fattah el-Sisi"})],
            id="the-opening-phrases-person-held-no-talks",
        ),
        pytest.param(
            "Two days after meeting King Abdullah II, Sheikh Mohamed bin Zayed and Egyptian President Abdel Fattah "
            "el-Sisi held talks in Cairo on Tuesday.",
            [("2024-04-30", {"Mohamed bin Zayed", "Abdel Fattah el-Sisi"})],
            id="the-opening-phrases-person-held-no-talks-whatever-the-span-of-time",
        ),
        pytest.param(
            "The Kenyan president William Ruto, successor to President Uhuru Kenyatta, met Chinese President Xi "
            "Jinping on Tuesday.",
            [("2024-04-30", {"William Ruto", "Xi Jinping"})],
            id="a-predecessor-in-a-description-is-no-party",
        ),
        pytest.param(
            "Prime Minister Shinzo Abe met President Xi Jinping at the June 2019 G20 summit in Osaka.",
            [("2019-06", {"Shinzo Abe", "Xi Jinping"})],
            id="the-year-of-a-summit-named-by-its-group",
        ),
        pytest.param(
            "President Biden met President Lula on Monday. The president of Brazil also met with Senator "
            "Bernie Sanders.",
            [("2024-04-29", {"Biden", "Lula"}), ("2024-04-29", {"Lula", "Bernie Sanders"})],
            id="the-president-of-a-country-is-the-last-named-when-several-are-open",
        ),
        pytest.param(
            "Prime Minister Narendra Modi held bilateral talks with Italian Prime Minister Giorgia Meloni on "
            "Tuesday. Modi then met Japanese Prime Minister Fumio Kishida, US President Joe Biden and "
            "Australian Prime Minister Anthony Albanese at the Quad summit.",
            [
                ("2024-04-30", {"Narendra Modi", "Giorgia Meloni"}),
                ("2024-04-30", {"Narendra Modi", "Fumio Kishida", "Joe Biden", "Anthony Albanese"}),
            ],
            id="bilateral-talks-before-a-group-summit",
        ),
        pytest.param(
            "He held bilateral meetings in Brussels. He met German Chancellor Olaf Scholz, French President "
            "Emmanuel Macron and Polish Prime Minister Donald Tusk.",
            [("2024-05-02", {"Olaf Scholz", "Emmanuel Macron", "Donald Tusk"})],
            id="an-unresolved-he-meets-no-one-one-by-one",
        ),
        pytest.param(
            "President Biden hosted a meeting between President Zelensky and Prime Minister Netanyahu on "
            "Monday.",
            [("2024-04-29", {"Biden", "Zelensky", "Netanyahu"})],
            id="the-host-of-a-meeting-between-two",
        ),
        pytest.param(
            "President Putin met President Xi on Monday. Kazakhstan was represented at the meeting of the "
            "SCO in Astana by Foreign Minister Murat Nurtleu.",
            [("2024-04-29", {"Putin", "Xi"})],
            id="represented-at-another-gathering",
        ),
        pytest.param(
            "President Xi Jinping and President Joe Biden, published 15 November 2023\nThe two leaders met "
            "in Woodside on Wednesday.",
            [("2024-05-01", {"Xi Jinping", "Joe Biden"})],
            id="a-headline-with-published-is-no-byline",
        ),
    ],
)
def test_what_the_grammar_repairs_leave_alone(text: str, meetings: list[tuple[str, set[str]]]) -> None:
    """Counterexamples reviewers ran against the grammar and story repairs: each gave a wrong meeting once."""
    found = meetings_of(text, published="2024-05-02")
    assert sorted((m.date.to_str(), sorted(p.name for p in m.participants)) for m in found) == sorted(
        (date, sorted(names)) for date, names in meetings
    )


@pytest.mark.parametrize(
    ("text", "source", "name", "country"),
    [
        pytest.param(
            "Beninese Foreign Minister Aurelien Agbenonci called on Foreign Minister Mohammed Al Khulaifi on "
            "Tuesday.",
            "Gulf Times",
            "Mohammed Al Khulaifi",
            "QA",
            id="the-host-a-foreign-guest-calls-on-is-the-papers",
        ),
        pytest.param(
            "Burundian Defence Minister Alain Tribert Mutabazi called on Defence Minister Tea Banh on Tuesday.",
            "CamboJA News",
            "Tea Banh",
            "KH",
            id="the-guests-country-whose-office-the-guest-holds-is-no-rival",
        ),
        pytest.param(
            "President Obama met President Karimov in Tashkent on Tuesday.",
            "U.S. Department of State",
            "Karimov",
            None,
            id="no-one-plainly-foreign-beside-him-no-country-from-the-paper",
        ),
    ],
)
def test_cast_a_home_papers_bare_host_of_a_foreign_guest(
    text: str, source: str, name: str, country: str | None
) -> None:
    """A home outlet names its officials bare: the bare host a plainly foreign guest calls on is its country's."""
    assert person(text, name, source).country == country


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "President Joe Biden, Prime Minister Fumio Kishida and President Yoon Suk Yeol held talks at Camp David "
            "on Friday.",
            id="held-talks",
        ),
        pytest.param(
            "President Joe Biden, Prime Minister Fumio Kishida and President Yoon Suk Yeol held bilateral talks at "
            "Camp David on Friday.",
            id="bilateral-talks-of-three-stay-one",
        ),
    ],
)
def test_three_titled_names_listed_as_a_subject_are_one_meeting_of_three(text: str) -> None:
    """ "A, B and C held talks", which the parser reads as A with "B and C" in apposition: all three met."""
    found = meetings_of(text, published="2023-08-20")
    assert [{p.name for p in m.participants} for m in found] == [{"Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"}]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Secretary of Defense Lloyd J. Austin III hosts Indian Minister of Defense Rajnath Singh for talks at the "
            "Pentagon, Washington, D.C., April 11, 2022.",
            id="hosts-for-talks",
        ),
        pytest.param(
            "Secretary of Defense Lloyd J. Austin III (R) shakes hands with Indian Minister of Defense Rajnath Singh "
            "at the Pentagon, Washington, D.C., April 11, 2022.",
            id="shakes-hands-with",
        ),
    ],
)
def test_a_captions_present_verb_is_the_meeting(text: str) -> None:
    """Photo captions tell the meeting in the present ("X hosts Y", the verb the tagger may take for a noun;
    "X shakes hands with Y")."""
    found = only(text, published=None)
    assert who(found) == {
        ("Lloyd J. Austin III", "US", "defence minister"),
        ("Rajnath Singh", "IN", "defence minister"),
    }
    assert str(found.date) == "2022-04-11"


def test_a_title_after_an_honorific_before_a_name_found_is_no_part_of_the_name() -> None:
    """ "His Highness Sheikh Mohamed bin Zayed": the honorific makes "Sheikh" no name of its own."""
    text = (
        "During a phone call on Monday, His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, and "
        "Indian Prime Minister, Narendra Modi, discussed ways of enhancing relations. His Highness Sheikh Mohamed "
        "bin Zayed expressed his congratulations to the Indian Prime Minister on his election."
    )
    assert {p.name for p in only(text).participants} == {"Mohamed bin Zayed Al Nahyan", "Narendra Modi"}


def test_shaking_hands_with_no_one_titled_is_no_meeting() -> None:
    """ "shook hands with voters": a handshake is a meeting only with someone named or titled."""
    assert meetings_of("President Biden shook hands with voters in Ohio on Tuesday.") == ()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param(
            "Prime Minister Albanese met the Honourable Members of Parliament on Monday.",
            "Members",
            id="the-honourable-members",
        ),
        pytest.param(
            "Chancellor Scholz met the Hon. Lord Mayor of London on Monday.", "Mayor", id="the-hon-lord-mayor"
        ),
        pytest.param(
            "President Erdogan met Kurds, Iraq's president and Syrian rebels in Ankara on Monday.",
            "Kurds",
            id="a-people-before-a-title",
        ),
    ],
)
def test_no_person_of_words_an_honorific_or_a_title_only_stands_beside(text: str, word: str) -> None:
    """A title after it or an honorific before it makes a name of two words or more, no title among them."""
    assert not [p.name for p in cast_of(text).people if word in p.name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Nigerian President Bola Tinubu contacts Ukrainian President Volodymyr Zelensky's office.",
            id="a-persons-office-in-a-caption",
        ),
        pytest.param(
            "Indonesian President Joko Widodo hosts former Prime Minister Shinzo Abe's memorial service.",
            id="a-persons-service-in-a-caption",
        ),
        pytest.param(
            "Ayman Safadi, Jordan's foreign minister, called on Prime Minister Netanyahu to stop the war.",
            id="called-on-to-do",
        ),
        pytest.param(
            "Foreign Minister Ayman Safadi called on President Erdogan to reconsider on Monday.",
            id="called-on-to-do-titled",
        ),
        pytest.param(
            "Photos of President Erdogan shaking hands with President Assad circulated on Monday.",
            id="photos-of-shaking-hands",
        ),
    ],
)
def test_no_meeting_in_an_appeal_a_persons_thing_or_a_handshake_shown(text: str) -> None:
    """ "called on X to stop", "hosts X's memorial service", "photos of X shaking hands": no meeting."""
    assert meetings_of(text) == ()


def test_calling_on_someone_to_discuss_is_a_visit() -> None:
    """ "called on X at her hotel to discuss ties": the caller's purpose, not an appeal to X."""
    found = only(
        "Indian External Affairs Minister Subrahmanyam Jaishankar yesterday called on Bangladeshi Prime Minister "
        "Sheikh Hasina at her hotel in New Delhi to discuss bilateral ties.",
        published="2024-06-11",
    )
    assert {p.name for p in found.participants} == {"Subrahmanyam Jaishankar", "Sheikh Hasina"}


def test_met_one_titled_after_the_name_on_a_day_and_another_on_the_next() -> None:
    """ "X met A, Algeria's foreign minister, on Tuesday and B, the Australian one, on Wednesday": the later
    bare name is X (a title before a name has no verb), and each meeting has its own day."""
    found = meetings_of(
        "Kenyan Foreign Minister Musalia Mudavadi arrived in Geneva on Monday for a two-day visit. Mudavadi met "
        "Ahmed Attaf, Algeria's Minister of Foreign Affairs, on Tuesday and Penny Wong, the Australian Foreign "
        "Minister, on Wednesday.",
        published="2024-05-02",
    )
    assert sorted((m.date.to_str(), sorted(p.name for p in m.participants)) for m in found) == [
        ("2024-04-30", ["Ahmed Attaf", "Musalia Mudavadi"]),
        ("2024-05-01", ["Musalia Mudavadi", "Penny Wong"]),
    ]


def test_cast_a_two_letter_family_name_after_a_style_is_the_person_named_in_full() -> None:
    """ "Dr Ng": a family name of two letters stands for the one full name that opens with it, where a style
    or a title stands before it (the text takes "Dr" out before parsing)."""
    found = only(
        "Singapore's Defence Minister Ng Boon Kiat opened the forum on Friday. British Defence Secretary Tom "
        "Barker met Dr Ng at the ministry.",
        published="2024-06-01",
    )
    assert {p.name for p in found.participants} == {"Ng Boon Kiat", "Tom Barker"}


def test_he_after_one_who_met_someone_in_the_sentence_before_is_that_one() -> None:
    """ "Dr Ho had bilateral meetings ... He also held meetings with ...": he goes on from the one who just
    met someone, though nothing shows their sex and someone further back is a "Mr"."""
    found = meetings_of(
        "Singapore's Defence Minister Ho Wei Ming opened the forum on Friday. British Defence Secretary Tom "
        "Barker called on Dr Ho at the ministry. Mr Barker also met Dr Ho on the sidelines of the forum. Dr "
        "Ho had bilateral meetings with ministers in town for the dialogue. He also held meetings with his "
        "counterparts Ahmad Razak of Malaysia, Budi Santoso of Brunei, and Ramon Cruz of the Philippines.",
        published="2024-06-01",
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Ahmad Razak", "Ho Wei Ming"],
        ["Budi Santoso", "Ho Wei Ming"],
        ["Ho Wei Ming", "Ramon Cruz"],
        ["Ho Wei Ming", "Tom Barker"],
    ]


def test_a_list_the_parser_hung_as_appositions_keeps_its_last_name() -> None:
    """ "with A of Malaysia, B of Brunei, and C of the Philippines", the parse hanging B on A as an apposition
    and C on B: C met too (a name in apposition to a name is the next in a list)."""
    found = only(
        "Defence Minister Tan Boon Kiat of Singapore held talks with Mohamad Hasan of Malaysia, Halbi Mohd "
        "Yussof of Brunei, and Carlito Galvez of the Philippines.",
        published="2024-06-01",
    )
    assert {p.name for p in found.participants} >= {"Tan Boon Kiat", "Carlito Galvez"}


def test_a_year_written_before_a_thing_is_not_the_meetings() -> None:
    """ "welcomed progress under the 2019 enhanced Agreement": the agreement's year; the meeting is the one
    told the sentence before, on its day."""
    found = only(
        "Acting Prime Minister Lim Wei Seng of Singapore hosted Chinese Defence Minister Zhao Peng at the "
        "Istana on Friday. At their morning meeting, Lim and Zhao reaffirmed the close defence relationship "
        "between the two countries, and welcomed the progress in defence cooperation under the 2019 enhanced "
        "Agreement on Defence Exchanges.",
        published="2024-06-01",
    )
    assert found.date.to_str() == "2024-05-31"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        pytest.param(
            "Foreign Minister Omar Nabil of Egypt met his Saudi counterpart in Paris on Monday.\n\nIn "
            "August, "
            "Nabil headed to Europe with visits to Berlin, Paris and Rome. He met French President Paul "
            "Girard.",
            "2014-08",
            id="the-trips-month",
        ),
        pytest.param(
            "Foreign Minister Omar Nabil of Egypt became minister in August. He met French President Paul "
            "Girard.",
            "2014-11-17",
            id="no-journey-told",
        ),
        pytest.param(
            "In August, Foreign Minister Omar Nabil of Egypt headed to Europe.\n\nHe met French President "
            "Paul "
            "Girard.",
            "2014-11-17",
            id="another-paragraph",
        ),
        pytest.param(
            "Foreign Minister Omar Nabil of Egypt was the first dignitary to visit France after the new "
            "government "
            "took office in August. He met French President Paul Girard.",
            "2014-11-17",
            id="a-date-of-another-clause-than-the-journeys",
        ),
    ],
)
def test_a_meeting_told_undated_after_a_dated_journey_was_on_it(text: str, date: str) -> None:
    """ "In August, X headed to Europe ... He met President Y": the meeting was on that trip; a date told
    without a journey, or in another paragraph, is not the meeting's (published 2014-11-17)."""
    found = meetings_of(text, published="2014-11-17")
    assert [m.date.to_str() for m in found if "Paul Girard" in {p.name for p in m.participants}] == [date]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "Chancellor Hanna Vogel of Germany held talks with Polish Prime Minister Ewa Nowak in Berlin. "
            "Vogel and Nowak discussed energy and Thursday's referendum in Britain.",
            "2016-06-22",
            id="the-referendums-day",
        ),
        pytest.param(
            "Chancellor Hanna Vogel of Germany met Polish Prime Minister Ewa Nowak on Monday's holiday.",
            "2016-06-20",
            id="a-day-the-meeting-was-on",
        ),
        pytest.param(
            "Monday's talks between Chancellor Hanna Vogel of Germany and Polish Prime Minister Ewa Nowak "
            "were "
            "cordial.",
            "2016-06-20",
            id="the-meetings-own-day",
        ),
    ],
)
def test_a_day_in_the_possessive_is_its_things(text: str, day: str) -> None:
    """ "discussed ... Thursday's referendum": the referendum's day, not the meeting's (published on a
    Wednesday, the meeting undated is that day's); "on Monday's holiday", "Monday's talks" are the
    meeting's."""
    assert only(text, published="2016-06-22").date.to_str() == day


def test_cast_a_counterpart_listed_in_a_subject_is_the_one_named_right_before() -> None:
    """ "A, B as well as Defence Minister C and his Egyptian counterpart, D, held talks": D holds C's
    office."""
    assert person(
        "Russian Foreign Minister Pavel Orlov, Egyptian Foreign Minister Karim Nabil as well as Russian "
        "Defence Minister Ivan Belov and his Egyptian counterpart, Tarek Fahmy, held talks in Moscow on "
        "Monday.",
        "Tarek Fahmy",
    ).role == "defence minister"


def test_a_meeting_of_no_ones_that_was_with_someone_is_with_the_one_the_story_follows() -> None:
    """ "The first bilateral meeting of the day was with X", "Another meeting took place with Y": each with
    the one the story follows, named as the subject before."""
    found = meetings_of(
        "President Ana Lima of Brazil held a series of bilateral meetings in Buenos Aires on Tuesday. The "
        "first bilateral meeting of the day was with the Prime Minister of Barbados, Mia Roberts. Another "
        "bilateral meeting took place with the President of the European Council, Karl Weber.",
        published="2024-06-01",
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Ana Lima", "Karl Weber"],
        ["Ana Lima", "Mia Roberts"],
    ]


def test_where_one_travels_next_is_not_ones_country() -> None:
    """ "Souza will travel to Montevideo, the Uruguayan capital": the country a person goes to is no country
    of theirs, however often the story names it."""
    found = only(
        "President Ana Souza meets today with the President of Argentina, Jorge Pérez, in Buenos Aires. The "
        "two leaders will sign bilateral acts at the Casa Rosada. On Wednesday, Souza will travel to "
        "Montevideo, the Uruguayan capital, also on an official visit. The agenda in Uruguay has not yet "
        "been confirmed.",
        published="2023-01-23",
    )
    assert {p.name: p.country for p in found.participants} == {"Ana Souza": None, "Jorge Pérez": "AR"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "President Ana Souza meets today with the President of Argentina, Jorge Pérez, in Buenos Aires. "
            "The meeting was confirmed by Souza on social media. Also scheduled for today is the signing of "
            "bilateral acts at the Casa Rosada. According to the official agenda, the Brazilian president "
            "will attend the regional summit tomorrow.",
            id="the-demonym-president",
        ),
    ],
)
def test_cast_a_subject_described_by_a_countrys_office_is_its_one_open_holder(text: str) -> None:
    """ "the Brazilian president will attend": the one person in that office whose country the text leaves
    open, when nobody holds that country."""
    assert person(text, "Ana Souza").country == "BR"


def test_cast_an_unnamed_office_someone_meets_gives_no_one_its_country() -> None:
    """ "X will also meet with the president of Nigeria": someone unnamed, not the president named before."""
    assert (
        person(
            "Secretary of State Tony Marsh held a virtual meeting with Kenyan President Paul Kamau on "
            "Tuesday. Kamau congratulated President Joe Biden for convening the climate summit. Marsh will "
            "also meet with the president of Nigeria.",
            "Joe Biden",
        ).country
        is None
    )


def test_a_list_of_titled_names_however_parsed_is_one_meeting_with_each_on_the_sidelines() -> None:
    """ "He conferred with President of A X, President of B, Y, ... and President of E Z" on a summit's
    sidelines: the list read in line, whatever the parser hung where, and a meeting with each."""
    found = meetings_of(
        "Prime Minister Abel Tesfaye today held talks with presidents of African countries on the sidelines "
        "of the AU summit. He conferred with President of Botswana Kgosi Molefe, President of Somalia, Ahmed "
        "Nur Farah, President of Djibouti Ali Omar Hassan, President of Ghana Kofi Mensah Boateng and "
        "President of Sudan Omar Ahmad Bashir.",
        published="2019-02-11",
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Abel Tesfaye", name]
        for name in sorted(
            ["Kgosi Molefe", "Ahmed Nur Farah", "Ali Omar Hassan", "Kofi Mensah Boateng", "Omar Ahmad Bashir"]
        )
    ]


def test_a_plural_title_before_names_with_their_countries_in_brackets_after_bilateral_talks() -> None:
    """ "held bilateral talks with a host of Heads of State yesterday." and, on the next line, "X met
    Presidents A (Mali), B (Burundi), C (Rwanda) and D (Somalia)": each a president of the country in
    brackets, each met apart, yesterday (the unnamed ones the line before met, now named), not on the
    story's day."""
    found = meetings_of(
        "President Daniel Mwangi on Monday held talks with President Macky Diop of Senegal at State "
        "House.\nBefore the closing of the conference yesterday, President Mwangi also held bilateral talks "
        "with a host of other Heads of State.\nPresident Mwangi met Presidents Amadou Kone Diallo (Mali), "
        "Jean Baptiste Ndayishimiye (Burundi), Pierre Nkurunziza (Rwanda) and Ali Hassan Warsame (Somalia).",
        published="2016-08-29",
    )
    mwangi = ("Daniel Mwangi", None, "head of state")
    assert {(m.date.to_str(), frozenset(who(m))) for m in found} == {
        ("2016-08-29", frozenset({mwangi, ("Macky Diop", "SN", "head of state")})),
        *(
            ("2016-08-28", frozenset({mwangi, (name, code, "head of state")}))
            for name, code in [
                ("Amadou Kone Diallo", "ML"),
                ("Jean Baptiste Ndayishimiye", "BI"),
                ("Pierre Nkurunziza", "RW"),
                ("Ali Hassan Warsame", "SO"),
            ]
        ),
    }


def test_normalize_a_countrys_name_glued_to_the_next_word_gets_its_space_back() -> None:
    """ "President of the Federative Republic of BrazilLuiz X": a lost space, put back after a country's name
    (not inside "McDonald" or "AstraZeneca")."""
    text = normalize.normalize("met the President of BrazilLuiz Souza, not McDonald or AstraZeneca.").text
    assert "Brazil Luiz" in text
    assert "McDonald" in text
    assert "AstraZeneca" in text


def test_the_side_represented_at_the_meeting_by_people_is_the_meeting_told() -> None:
    """ "The Russian side was represented at the meeting by A and B": more people at the meeting just told."""
    found = only(
        "President Ivan Petrov met with President of Brazil Ana Souza in the Kremlin on Monday. The Russian "
        "side was represented at the meeting by Foreign Minister Pavel Orlov and Presidential Aide Yuri "
        "Belov.",
        published="2025-05-13",
    )
    assert {p.name for p in found.participants} >= {"Ivan Petrov", "Ana Souza", "Pavel Orlov"}


def test_mentions_a_given_name_the_model_left_out_after_a_plural_title() -> None:
    """ "met Presidents Ismael [Omar Guelleh] (Djibouti)": the given name right after the plural title is the
    name's own, as after "President"."""
    text = (
        "President Uhuru Kenyatta met Presidents Ismael Omar Guelleh (Djibouti), Ibrahim Boubakar Keita "
        "(Mali) and Hassan Sheikh Mohamoud (Somalia)."
    )
    assert person(text, "Ismael Omar Guelleh").country == "DJ"


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Asad Karim of Pakistan interacted with Turkish President Mehmet Aydin on the "
        "sidelines of the summit.",
        "Prime Minister Asad Karim of Pakistan also had an interaction with Turkish President Mehmet Aydin.",
    ],
)
def test_an_interaction_with_someone_is_a_meeting(text: str) -> None:
    """ "interacted with X", "had an interaction with X": how South Asian news tells a meeting."""
    assert {p.name for p in only(text).participants} == {"Asad Karim", "Mehmet Aydin"}


def test_an_interaction_counted_is_no_meeting() -> None:
    """ "the first summit-level interaction by X with a foreign leader": a count of meetings, none of its
    own."""
    assert (
        meetings_of(
            "This is the first summit level interaction by Prime Minister Asad Karim with a foreign leader "
            "since he took office last month.",
            published="2020-09-25",
        )
        == ()
    )


def test_cast_a_line_of_a_name_and_when_it_was_published_is_a_byline() -> None:
    """ "Name (@handle) Published July 04, 2024 | 06:15 PM": who wrote the story, at no meeting in it."""
    found = only(
        "Ali Raza (@AliRaza88) Published July 04, 2024 | 06:15 PM\n\nPrime Minister Asad Karim of Pakistan "
        "on Thursday met Turkish President Mehmet Aydin as they gathered in the capital.",
        published="2024-07-04",
    )
    assert {p.name for p in found.participants} == {"Asad Karim", "Mehmet Aydin"}


def test_cast_the_office_a_title_serves_names_no_one_here() -> None:
    """ "the Minister Delegate to the Cameroonian Minister of External Relations, X": the minister served is
    nobody in the text; the foreign minister of a home paper stays its own."""
    text = (
        "Minister of Foreign Affairs Ade Okon received the Ambassador of China, Li Wei, on Tuesday.\nOkon "
        "also received in audience the Minister Delegate to the Cameroonian Minister of External Relations, "
        "Paul Ekane."
    )
    assert person(text, "Ade Okon", "The Sun (Nigeria)").country == "NG"
    assert "Delegate" not in {p.name for p in cast_of(text, "The Sun (Nigeria)").people}


def test_cast_trinidad_alone_is_trinidad_and_tobago() -> None:
    """ "the Trinidad Tribune" names the country by its short name: its prime minister, named bare, is its
    own."""
    assert (
        person(
            "Prime Minister Keith Lewis and Guyana President Ravi Ali held bilateral discussions in "
            "Paramaribo.",
            "Keith Lewis",
            "Trinidad Tribune",
        ).country
        == "TT"
    )


def test_mentions_a_title_whose_portfolio_joins_two_fields_before_a_comma() -> None:
    """ "Minister of Foreign and Expatriates Affairs, X": one title, the foreign minister's."""
    assert (
        person(
            "Minister of Foreign and Expatriates Affairs, Omar Haddad, on Saturday held talks with French "
            "Foreign Minister Luc Martin.",
            "Omar Haddad",
        ).role
        == "foreign minister"
    )


def test_mentions_a_particle_inside_a_name_the_model_tagged_a_firm() -> None:
    """ "UN Special Envoy to Syria Staffan de Mistura": "de" inside the name, written small."""
    assert "Staffan de Mistura" in {
        p.name
        for p in cast_of(
            "Al-Safadi also met with UN Special Envoy to Syria Staffan de Mistura for a discussion on the "
            "crisis."
        ).people
    }


def test_a_quotations_i_is_the_one_he_said_stands_for_and_a_counterpart_from_a_country_is_its() -> None:
    """ '"I had a bilateral meeting with my counterpart from Laos, X ... ," he said': "he" is the one the
    story named last as a subject, "I" is he, and X is of Laos, in his office."""
    found = meetings_of(
        "KUALA LUMPUR (May 10): At the summit today Prime Minister Anwar Hassan held discussions with four "
        "leaders.\n\nAnwar also held a meeting with the Prime Minister of Vietnam, Pham Van Long.\n\nThe "
        "discussion also touched on investment.\n\n“In this summit as well, I had a bilateral meeting with "
        "my counterparts from Laos, Khamphet Vongsa where we agreed to cooperate more in banking.\n\n“After "
        "that, I also held a bilateral meeting with my counterpart from Timor Leste, Jose Ramos Soares where "
        "I reiterated my full support,” he said.",
        published="2023-05-10",
    )
    met = {p.name: (p.country, p.role) for m in found for p in m.participants if p.name != "Anwar Hassan"}
    assert all("Anwar Hassan" in {p.name for p in m.participants} for m in found)
    assert met["Khamphet Vongsa"][0] == "LA"
    assert met["Jose Ramos Soares"] == ("TL", "head of government")


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Asad Karim is likely to have a bilateral meeting with Chinese President Li Wen next "
        "month.",
        "A bilateral meeting between President Li Wen and Prime Minister Asad Karim is on the cards.",
    ],
)
def test_a_meeting_only_likely_is_none(text: str) -> None:
    """ "is likely to have a meeting", "a meeting between X and Y is on the cards": speculation, no
    meeting."""
    assert meetings_of(text, published="2022-08-17") == ()


def test_a_summit_between_two_that_others_agree_to_broker_is_theirs_and_to_come() -> None:
    """ "Ministers A and B on Friday agreed to broker a summit between Presidents C and D in April": C and D
    meet, in the April to come; A and B met on Friday."""
    found = meetings_of(
        "Foreign Ministers Pablo Ruiz of Uruguay and Diego Sosa of Argentina on Friday agreed to broker a "
        "bilateral presidential summit between Presidents Alberto Vidal and Luis Pereira in April.",
        published="2023-03-18",
    )
    assert {(m.date.to_str(), m.meeting_kind, frozenset(p.name for p in m.participants)) for m in found} == {
        ("2023-03-17", "in-person", frozenset({"Pablo Ruiz", "Diego Sosa"})),
        ("2023-04", "planned", frozenset({"Alberto Vidal", "Luis Pereira"})),
    }


def test_a_meeting_to_be_held_between_two_is_theirs_alone() -> None:
    """ "the ministers agreed that a meeting will be held between Presidents C and D in April": C and D."""
    found = [
        m
        for m in meetings_of(
            "Foreign Minister Pablo Ruiz met Foreign Minister Diego Sosa on Friday.\nThe ministers agreed "
            "that a meeting will be held between Presidents Alberto Vidal and Luis Pereira during the next "
            "month of April, with the objective of translating the agreements into a joint declaration.",
            published="2023-03-18",
        )
        if m.meeting_kind == "planned"
    ]
    assert [frozenset(p.name for p in m.participants) for m in found] == [
        frozenset({"Alberto Vidal", "Luis Pereira"})
    ]


def test_cast_an_office_with_a_country_is_not_of_one_named_beside_it() -> None:
    """ "The PNG Prime Minister was hosted by Prime Minister X": the office is the one named before, not X."""
    text = (
        "Papua New Guine Prime Minister Peter Kama arrived in Fiji last night for his first official "
        "visit.\n\nKama is here to attend the leaders retreat in Nadi this week.\n\nThe PNG Prime Minister "
        "was later hosted to a welcome dinner by Prime Minister, Jone Vula at a hotel in Suva last night."
    )
    assert person(text, "Peter Kama", "Fiji Broadcasting Corporation").country == "PG"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Tomas Lind of Sweden led a delegation to Fiji on Monday. Talks with Fijian Prime "
        "Minister Jone Vula focused on defence ties.",
        "Kenyan President Daniel Omondi arrived in Accra on Monday. The meeting with Ghanaian President Kofi "
        "Mensah lasted two hours.",
    ],
)
def test_talks_of_no_one_with_someone_are_the_ones_of_whom_the_story_tells(text: str) -> None:
    """ "Talks with X focused on ...", "The meeting with X lasted ...": the talks of the one the story follows."""
    meeting = only(text, published="2024-03-06")
    assert len(meeting.participants) == 2


def test_a_meeting_between_the_two_men_is_of_the_two_named_before_it() -> None:
    """ "X said Athens will help the efforts of Y, during a meeting between the two men": X and Y."""
    meeting = only(
        "Greek Foreign Minister Nikos Petrou said Athens is ready to help the efforts of UN Secretary-General "
        "Anders Holm, during a meeting between the two men in Geneva on Monday.",
        published="2024-03-06",
    )
    assert {p.name for p in meeting.participants} == {"Nikos Petrou", "Anders Holm"}


def test_cast_a_title_of_a_country_named_after_it_is_that_countrys() -> None:
    """ "The new President of Ghana paid a courtesy visit to his Senegalese counterpart": Ghana's president,
    not the Senegalese president named last."""
    meeting = only(
        "Ghanaian President Kofi Mensah arrived in Dakar on Thursday. Senegalese President Amadou Sall hosted "
        "a dinner in the evening. The new President of Ghana paid a courtesy visit to his Senegalese "
        "counterpart on Friday afternoon.",
        published="2024-03-06",
    )
    assert {(p.name, p.country) for p in meeting.participants} == {("Kofi Mensah", "GH"), ("Amadou Sall", "SN")}


def test_pipeline_talks_held_after_an_auxiliary_the_parse_made_a_noun_phrase_are_the_subjects() -> None:
    """ "He has so held [amod] closed bilateral talks [ROOT] with X": he held them, past "has" and "so"."""
    found = meetings_of(
        "Zambian President Joseph Banda met Ethiopian Prime Minister Tesfaye Girma on Saturday. This is "
        "according to a posting on his Facebook page. He has so held closed bilateral talks with African "
        "Development Bank President Samuel Okoro.",
        published="2024-03-06",
    )
    assert {"Joseph Banda", "Samuel Okoro"} in [{p.name for p in m.participants} for m in found]


def test_talks_of_no_one_in_what_someone_says_are_the_sayers() -> None:
    """ "X said the commitment was conveyed to Y during a telephone call": X's call, not a call of Y's alone;
    a spokesperson's "the talks with Y" are not the spokesperson's own (same country as no one met)."""
    meeting = only(
        "Malaysian Prime Minister Aziz Rahman said the commitment was conveyed to Turkish President Mehmet "
        "Yilmaz during a telephone call on Monday.",
        published="2024-03-06",
    )
    assert (meeting.meeting_kind, {p.name for p in meeting.participants}) == (
        "call",
        {"Aziz Rahman", "Mehmet Yilmaz"},
    )
    visit = (  # a visit someone tells of is the visitor's, not the teller's
        "Foreign Minister Kenji Mori met Kazakh Foreign Minister Yerlan Abenov on Monday. Foreign Minister "
        "Mori stated that relations have grown since the visit to Japan by Kazakh President Nurlan Sadykov "
        "in November 2023."
    )
    assert [len(m.participants) for m in meetings_of(visit, published="2024-03-06")] == [2]


@pytest.mark.parametrize(
    ("arrival", "expected"),
    [
        ("arrived in Islamabad yesterday for a two-day visit", [("2024-03", "planned")]),
        ("arrived in Islamabad on February 2 for a visit", []),  # weeks ago: no visit under way
    ],
)
def test_a_coming_meeting_undated_during_a_visit_under_way_is_of_its_month(
    arrival: str, expected: list[tuple[str, str]]
) -> None:
    """ "X arrived in Islamabad yesterday for a two-day visit. ... Y is also expected to meet X": one of the
    visit's meetings, this month (the text gives no day); an intention with no visit under way has no date."""
    found = meetings_of(
        f"Iranian Foreign Minister Reza Karimi {arrival}.\n\nPakistani Prime Minister Imran Qadir is also "
        "expected to meet the Iranian foreign minister.",
        published="2024-03-06",
    )
    assert [(m.date.to_str(), m.meeting_kind) for m in found if len(m.participants) == 2] == expected


def test_normalize_a_post_on_x_ends_its_sentence() -> None:
    """ "Modi said in a post on X. He also met Y": "X." is no initial of a name "X. He"."""
    found = meetings_of(
        "Indian Prime Minister Ravi Kumar met Guyanese President David Persaud on Wednesday. Kumar said in a "
        "post on X. He also met Barbados Prime Minister Janet Clarke.",
        published="2024-03-06",
    )
    assert {"Ravi Kumar", "Janet Clarke"} in [{p.name for p in m.participants} for m in found]


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "Chinese Foreign Minister Li Wei arrived in Pretoria on Tuesday for a three-day visit. Talks with "
            "South African Foreign Minister Thandiwe Nkosi will focus on BRICS expansion.",
            [],
        ),
        (
            "Dutch Prime Minister Pieter de Jong said the issue had been raised by his foreign minister with "
            "Belgian Foreign Minister Hadja Lahbib during a meeting on Monday.",
            [],
        ),
        (
            "Polish President Andrzej Nowak said the proposal was discussed by Ukrainian President Oleh Bondar "
            "during a meeting in Brussels on Tuesday.",
            [],
        ),
        (
            "US President Thomas Harding and Chinese President Zhang Hua will both attend the G20 summit. A "
            "meeting between the two men has not been confirmed.",
            [],
        ),
        (
            "Indian Prime Minister Arjun Rao and Pakistani Prime Minister Nawaz Haider will be in Astana next "
            "week. Officials ruled out any talks between the two men.",
            [],
        ),
        (
            "Estonian Prime Minister Kaja Tamm met Finnish President Alexander Stubb in Helsinki on Monday. "
            '"Kaja Tamm is a strong voice," Stubb said. She later met Swedish Prime Minister Ulf Kristersson.',
            [
                ("2024-03-04", "in-person", ["Alexander Stubb", "Kaja Tamm"]),
                ("2024-03-04", "in-person", ["Kaja Tamm", "Ulf Kristersson"]),
            ],
        ),
    ],
)
def test_what_spacy_21s_rules_leave_alone(text: str, meetings: list[tuple[str, str, list[str]]]) -> None:
    """A second reader's counterexamples to spacy-21's rules, each once misread by them: talks "with X" still
    to come are no held meeting; a teller of what someone else raised or discussed ("by his minister")
    is not at it; a meeting "between the two men" not confirmed or ruled out was not held; "she" after
    a quotation about her is the one it is about, not the one who said it."""
    found = meetings_of(text, published="2024-03-06")
    found_as = [(m.date.to_str(), m.meeting_kind, sorted(p.name for p in m.participants)) for m in found]
    assert sorted(found_as) == meetings


def test_a_meeting_noun_held_in_its_own_clause_is_the_clauses_subjects() -> None:
    """ "X has revealed the details of a phone call he held on Tuesday with Y": his call."""
    meeting = only(
        "Kenyan President Daniel Mwangi has revealed the details of a phone call he held on Tuesday with "
        "Ghanaian Foreign Minister Kwame Asante.",
        published="2024-03-06",
    )
    assert {p.name for p in meeting.participants} == {"Daniel Mwangi", "Kwame Asante"}


def test_two_titles_joined_of_one_person_keep_the_country_before_and_the_higher_office() -> None:
    """ "U.S. Secretary of State and National Security Advisor X": American, and the foreign minister."""
    meeting = only(
        "Kenyan President Daniel Mwangi held a phone call on Monday with U.S. Secretary of State and National "
        "Security Advisor Thomas Reed.",
        published="2024-03-06",
    )
    assert ("Thomas Reed", "US", "foreign minister") in who(meeting)


def test_he_after_a_titled_subject_named_beside_its_title_is_that_person() -> None:
    """ "The Ethiopian Prime Minister, X, is in Ghana this week ... He met President Y on Wednesday": X met
    Y, on Wednesday; the week's plan is that meeting, not one still to come."""
    found = meetings_of(
        "The Ethiopian Prime Minister, Tesfaye Girma, is in Ghana this week to hold bilateral discussions "
        "with President Kofi Mensah. He met President Mensah at the Jubilee House on Wednesday.",
        published="2024-03-07",
    )
    assert [(m.date.to_str(), m.meeting_kind, {p.name for p in m.participants}) for m in found] == [
        ("2024-03-06", "in-person", {"Tesfaye Girma", "Kofi Mensah"})
    ]
    again = meetings_of(  # a plan told after the meeting is another meeting
        "Ethiopian Prime Minister Tesfaye Girma met Ghanaian President Kofi Mensah in Accra on March 1. The "
        "two leaders will meet again later this month.",
        published="2024-03-07",
    )
    assert sorted(m.meeting_kind for m in again) == ["in-person", "planned"]


def test_talks_still_going_on_the_day_of_a_meeting_are_that_meeting() -> None:
    """ "X on Monday received Y ... The pair, with their delegations, have since gone into talks, where
    discussions will center on ...": Monday's meeting, not one to come (its report names one more person);
    "will meet again on Wednesday" is one to come."""

    def report(sentence: int, kind: str, day: str, *names: str) -> tuple[SimpleNamespace, SimpleNamespace]:
        meeting = SimpleNamespace(told=(SimpleNamespace(frame=SimpleNamespace(sentence=sentence)),))
        event = SimpleNamespace(
            meeting_kind=kind,
            date=TextDate.from_iso(day),
            place=None,
            participants=tuple(SimpleNamespace(name=n) for n in names),
        )
        return meeting, event

    held = report(0, "in-person", "2024-03-04", "Kofi Mensah", "Anne Harper")
    going_on = report(3, "planned", "2024-03-04", "Kofi Mensah", "Anne Harper", "John Harper")
    again = report(3, "planned", "2024-03-06", "Kofi Mensah", "Anne Harper")
    assert pipeline._plans_carried_out([held, going_on], None, None) == [held]  # type: ignore[arg-type]
    assert pipeline._plans_carried_out([held, again], None, None) == [held, again]  # type: ignore[arg-type]


def test_a_weekday_in_a_captions_present_is_the_one_just_past_when_those_people_met_then() -> None:
    """ "X meets with Y in Washington Sunday", a photo's caption, and "Y met with X Sunday night": one
    meeting, last Sunday's; "will meet ... Sunday" is one to come."""
    met = (
        "The Secretary of State Mike Pompeo met with his Mexican counterpart, Marcelo Ebrard, Sunday night in "
        "Washington."
    )
    caption = "Mexico Foreign Minister Marcelo Ebrard meets with U.S. Secretary of State Mike Pompeo Sunday. "
    found = meetings_of(caption + met, published="2018-12-03")
    assert [(m.date.to_str(), m.meeting_kind) for m in found] == [("2018-12-02", "in-person")]
    coming = caption.replace("meets", "will meet")
    found = meetings_of(coming + met, published="2018-12-03")
    assert sorted((m.date.to_str(), m.meeting_kind) for m in found) == [
        ("2018-12-02", "in-person"),
        ("2018-12-09", "planned"),
    ]


def test_cast_the_secretary_of_state_for_a_foreign_minister_is_not_washingtons_by_the_words_alone() -> None:
    """ "Foreign Minister X met ... With him, the Secretary of State discussed ...": other countries call
    their foreign minister so too; the words of the title alone make X no American."""
    text = (
        "Foreign Minister Roberto Soto met Argentine Foreign Minister Jorge Paz in Lima on Friday. With him, "
        "the Secretary of State discussed the agenda of visits."
    )
    assert person(text, "Roberto Soto").country != "US"


def test_a_quotation_opening_with_its_verb_is_the_speakers_meeting() -> None:
    """ '"Had an excellent meeting with X, President of Guyana," PM Y said in a post': Y's meeting, the
    quotation's "I" left out."""
    found = meetings_of(
        "Indian Prime Minister Ravi Kumar arrived in Georgetown on Tuesday.\n\n\"Had an excellent meeting "
        'with David Persaud, President of Guyana. He enjoys a strong bond with India," PM Kumar said in a post '
        "on Wednesday.",
        published="2024-03-06",
    )
    assert {"Ravi Kumar", "David Persaud"} in [{p.name for p in m.participants} for m in found]


def test_his_majesty_alone_is_the_one_king_of_the_story() -> None:
    """ "King X received a call from Y ... On Monday, His Majesty stressed during a phone conversation with Z":
    the King's call with Z."""
    found = meetings_of(
        "King Hamad received a phone call on Tuesday from Turkish President Mehmet Yilmaz. On Monday, His "
        "Majesty stressed during a phone conversation with French President Pierre Laurent that the region "
        "needs calm.",
        published="2024-03-06",
    )
    assert {"Hamad", "Pierre Laurent"} in [{p.name for p in m.participants} for m in found]


def test_discussing_ways_to_do_something_with_someone_however_deep_the_with_hangs() -> None:
    """ "X discussed ways to strengthen bilateral cooperation in areas of common interest with Y": with Y,
    though the parse hangs "with" on "interest"."""
    meeting = only(
        "Moroccan Foreign Minister Karim Alaoui on Wednesday discussed ways to strengthen bilateral "
        "cooperation in areas of common interest with Mauritanian Foreign Minister Sidi Ould Ahmed.",
        published="2024-03-06",
    )
    assert {p.name for p in meeting.participants} == {"Karim Alaoui", "Sidi Ould Ahmed"}


def test_cast_the_plural_of_someones_family_name_is_their_family() -> None:
    """ "The Obamas received a warm welcome": the family, no one met ("James Jones" stays a person)."""
    found = meetings_of(
        "US President Barack Obama met Tanzanian President Juma Mwinyi in Dar es Salaam on Monday. The "
        "Obamas received a warm airport welcome from the president and his wife. Foreign Minister James "
        "Jones met Tanzanian Foreign Minister Amina Salim on Monday.",
        published="2024-03-06",
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Amina Salim", "James Jones"],
        ["Barack Obama", "Juma Mwinyi"],
    ]


def test_calls_on_several_are_a_call_on_each() -> None:
    """ "X called on National Assembly Speaker A and Senate Chairman B": a call on each, not one meeting of
    three."""
    found = meetings_of(
        "Iranian Foreign Minister Reza Karimi arrived in Islamabad on Tuesday. Karimi called on National "
        "Assembly Speaker Raja Ashraf and Senate Chairman Sadiq Khan on Wednesday.",
        published="2024-03-06",
    )
    assert sorted(len(m.participants) for m in found) == [2, 2]
    together = meetings_of(
        "Secretary Tom Reed, Foreign Minister Anna Berg and Foreign Minister Ravi Menon later called on "
        "Prime Minister Kenji Sato on Monday.",
        published="2024-03-06",
    )
    assert [len(m.participants) for m in together] == [4]


def test_a_year_already_past_does_not_date_a_meeting_to_come() -> None:
    """ "During their meeting, X and Y are expected to reaffirm the relations, which were elevated into a
    partnership in 2011": 2011 is the partnership's, not the coming meeting's; "will meet in March 2025" is
    ("will meet in 2025", a year only, is an intention: no planned meeting)."""
    past = meetings_of(
        "During their meeting, Prime Minister Taro Sato and President Ana Cruz are expected to reaffirm the "
        "relations between the two countries, which were elevated into a Strategic Partnership in 2011.",
        published="2023-11-01",
    )
    assert [m.date.to_str() for m in past if m.date is not None and m.date.to_str().startswith("2011")] == []
    coming = meetings_of(
        "Prime Minister Taro Sato and President Ana Cruz will meet in March 2025.", published="2023-11-01"
    )
    assert [(m.date.to_str(), m.meeting_kind) for m in coming] == [("2025-03", "planned")]
    vague = meetings_of("Prime Minister Taro Sato and President Ana Cruz will meet in 2025.", published="2023-11-01")
    assert vague == ()


KUWAIT = (
    "Kuwait's Foreign Minister Sheikh Dr. Ahmad Nasser Al-Mohammad Al- Sabah on Friday underlined the "
    "partnership with the United States. "
)


def test_a_countrys_title_alone_is_the_one_the_story_follows_and_names_whose_counterpart() -> None:
    """ "Kuwait's FM received his Rwanda counterpart X": the Kuwaiti foreign minister named before, and X
    holds his office; "Al- Sabah" is one name's part."""
    meeting = only(KUWAIT + "Also, Kuwait's FM received his Rwanda counterpart Vincent Biruta on Saturday.")
    assert who(meeting) == {
        ("Ahmad Nasser Al-Mohammad Al-Sabah", "KW", "foreign minister"),
        ("Vincent Biruta", "RW", "foreign minister"),
    }


def test_names_in_a_list_each_after_its_countrys_possessive_are_people() -> None:
    """ "met separately with Brunei's Dato Erywan Yusof and Algeria's Ramtane Lamamra": two people (the model
    calls the second a firm); "Dato" is an honorific."""
    found = meetings_of(
        "Sheikh Ahmad Al-Nasser met separately with Brunei's Dato Erywan Yusof and Algeria's Ramtane Lamamra "
        "on Saturday."
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Ahmad Al-Nasser", "Erywan Yusof"],
        ["Ahmad Al-Nasser", "Ramtane Lamamra"],
    ]
    assert {p.country for m in found for p in m.participants if p.name != "Ahmad Al-Nasser"} == {"BN", "DZ"}


def test_a_date_in_a_clause_about_a_person_is_not_the_meetings() -> None:
    """ "Rubio, whom the Senate confirmed on Monday, met X": the confirmation's Monday; the story's Tuesday
    is the meeting's. "met X, who arrived in Tokyo on Monday" keeps the arrival's day."""
    meeting = only(
        "WASHINGTON, Nov 12 (Wire desk) - Marco Rubio, whom the Senate confirmed on Monday, met Australia's "
        "Foreign Minister Penny Wong for about an hour.",
        published="2024-11-12",
    )
    assert meeting.date.to_str() == "2024-11-12"
    arrived = only(
        "Marco Rubio met Australia's Foreign Minister Penny Wong, who arrived in Washington on Monday.",
        published="2024-11-14",
    )
    assert arrived.date.to_str() == "2024-11-11"


def test_days_later_count_from_the_day_told_before_and_he_again_is_the_same_one() -> None:
    """ "On Dec 8, he received X and four days later, he received Y": Y on Dec 12, by the same host."""
    found = meetings_of(
        "Prime Minister Anwar Ibrahim met Indonesian President Joko Widodo on Nov 28. On Dec 8, he received "
        "Thai deputy prime minister Prawit Wongsuwan and four days later, he received Timor-Leste's president "
        "José Ramos-Horta.",
        published="2023-03-01",
    )
    assert sorted((m.date.to_str(), m.meeting_kind, sorted(p.name for p in m.participants)) for m in found) == [
        ("2022-11-28", "in-person", ["Anwar Ibrahim", "Joko Widodo"]),
        ("2022-12-08", "in-person", ["Anwar Ibrahim", "Prawit Wongsuwan"]),
        ("2022-12-12", "in-person", ["Anwar Ibrahim", "José Ramos-Horta"]),
    ]


def test_a_sentence_dating_meetings_already_told_dates_the_ones_told_next() -> None:
    """ "The meetings took place on the fringes of the Assembly on Saturday. X met separately with A and B":
    Saturday's; "The talks focused on trade" dates nothing."""
    lead = "Kuwait's Foreign Minister Ahmad Nasser met his counterparts from Brunei and Algeria. "
    after = " Ahmad Nasser met separately with Brunei's Erywan Yusof and Algeria's Ramtane Lamamra."
    found = meetings_of(
        lead + "The meetings took place on the fringes of the UN General Assembly on Saturday." + after,
        published="2022-09-26",
    )
    assert sorted(m.date.to_str() for m in found) == ["2022-09-24", "2022-09-24"]
    undated = meetings_of(lead + "The meetings focused on trade on Saturday." + after, published="2022-09-26")
    assert "2022-09-24" not in {m.date.to_str() for m in undated}


def test_two_titles_of_one_person_in_apposition_do_not_hide_them() -> None:
    """ "received the Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan
    X": the two titles are X's, and X was received."""
    meeting = only(
        "On March 9, President of Tajikistan Emomali Rahmon received the Deputy Chairman of the Cabinet of "
        "Ministers, Minister of Foreign Affairs of Turkmenistan Rashid Meredov.",
        published="2023-03-09",
    )
    assert who(meeting) == {
        ("Emomali Rahmon", "TJ", "head of state"),
        ("Rashid Meredov", "TM", "foreign minister"),
    }


def test_a_higher_office_after_the_name_keeps_its_own_country() -> None:
    """ "Senator X, Minister of Foreign Affairs of Australia": Australia's foreign minister; "President Macron
    of France" stays France's president."""
    meeting = only(
        "Senator Penny Wong, Minister of Foreign Affairs of Australia, met Prime Minister Jotham Napat.",
        published="2025-05-22",
    )
    assert ("Penny Wong", "AU", "foreign minister") in who(meeting)
    macron = only("President Macron of France met Prime Minister Jotham Napat.", published="2025-05-22")
    assert ("Macron", "FR", "head of state") in who(macron)


def test_a_transcript_speakers_meeting_told_in_the_first_person_is_theirs() -> None:
    """ "X, Prime Minister of Vanuatu: ... it is my privilege to address you today following a bilateral
    meeting with Y": the speaker met Y; with no "I", "my", "we" or "our", no one is added."""
    label = "Jotham Napat, Prime Minister of Vanuatu: Thank you all. "
    told = (
        "It is {} privilege to address you today following a bilateral meeting with Australia's Foreign "
        "Minister Penny Wong."
    )
    meeting = only(label + told.format("my"), published="2025-05-22")
    assert {p.name for p in meeting.participants} == {"Jotham Napat", "Penny Wong"}
    alone = meetings_of(label + told.format("a"), published="2025-05-22")
    assert all("Jotham Napat" not in {p.name for p in m.participants} for m in alone)


def test_presidents_of_countries_listed_either_way_each_with_their_own() -> None:
    """ "with presidents of Djibouti, A, B of Tunisia and C of Estonia": each a president of their country
    (B untagged by the model, a name joined to A with "of Tunisia" after it); "The presidents of Bolivia, A
    and Peru, B" as before."""
    found = meetings_of(
        "Prime Minister Abiy Ahmed held a bilateral discussion with presidents of Djibouti, Ismail Omar "
        "Guelleh, Beji Caid Essebsi of Tunisia and Kersti Kaljulad of Estonia.",
        published="2019-02-11",
    )
    assert {p for m in found for p in who(m) if p[0] != "Abiy Ahmed"} == {
        ("Ismail Omar Guelleh", "DJ", "head of state"),
        ("Beji Caid Essebsi", "TN", "head of state"),
        ("Kersti Kaljulad", "EE", "head of state"),
    }
    pair = only("The presidents of Bolivia, Luis Arce and Peru, Pedro Castillo met in La Paz on Monday.")
    assert who(pair) == {("Luis Arce", "BO", "head of state"), ("Pedro Castillo", "PE", "head of state")}


def test_a_date_in_a_clause_about_a_thing_is_not_the_meetings_but_a_gatherings_is() -> None:
    """ "to revive the working group, which collapsed in 2006": the group's year; "at the summit, which
    opened on Monday": the summit's day is the meeting's."""
    thing = only(
        "Prime Minister Ana Lee met President Bo Kim to revive the working group, which collapsed in 2006.",
        published="2024-11-14",
    )
    assert thing.date.to_str() == "2024-11-14"
    summit = only("Prime Minister Ana Lee met President Bo Kim at the summit, which opened on Monday.")
    assert summit.date.to_str() == "2024-11-11"


def test_a_meeting_told_as_background_and_dated_by_its_year_is_not_the_storys() -> None:
    """ "had last met him in 2018, when he delivered a lecture": background, a year only; "last met in
    March 2024" keeps its month."""
    call = (
        "Prime Minister Lee Hsien Loong spoke with Prime Minister Anwar Ibrahim on Friday. Mr Lee added that "
        "he had last met Mr Anwar in {}."
    )
    found = meetings_of(call.format("2018"), published="2022-11-26")
    assert [(m.date.to_str(), m.meeting_kind) for m in found] == [("2022-11-25", "call")]
    kept = meetings_of(call.format("March 2021"), published="2022-11-26")
    assert sorted(m.date.to_str() for m in kept) == ["2021-03", "2022-11-25"]


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        pytest.param(
            "Prime Minister Rishi Sunak met Polish Prime Minister Donald Tusk in Warsaw on Saturday. Sunak meets "
            "Tusk again Saturday at a NATO gathering in Brussels.",
            [
                ("2024-03-02", "in-person", ["Donald Tusk", "Rishi Sunak"]),
                ("2024-03-09", "planned", ["Donald Tusk", "Rishi Sunak"]),
            ],
            id="a-present-weekday-met-again-is-another-meeting",
        ),
        pytest.param(
            "President Bola Tinubu received Ghanaian Foreign Minister Shirley Ayorkor Botchwey, who began a "
            "three-day visit to Nigeria on Monday, at the Presidential Villa in Abuja.",
            [("2024-03-04", "in-person", ["Bola Tinubu", "Shirley Ayorkor Botchwey"])],
            id="a-guests-visit-begun-dates-the-meeting",
        ),
        pytest.param(
            "German Foreign Minister Annalena Baerbock met Moldovan President Maia Sandu, who was in Berlin on "
            "Monday for a donors' conference.",
            [("2024-03-04", "in-person", ["Annalena Baerbock", "Maia Sandu"])],
            id="a-guest-in-town-that-day-dates-the-meeting",
        ),
        pytest.param(
            "Austrian Chancellor Karl Nehammer said he met Hungarian Prime Minister Viktor Orban on Monday, and "
            "Orban said he had received Slovak Prime Minister Robert Fico on Sunday.",
            [
                ("2024-03-03", "in-person", ["Robert Fico", "Viktor Orban"]),
                ("2024-03-04", "in-person", ["Karl Nehammer", "Viktor Orban"]),
            ],
            id="each-tellers-he-is-their-own",
        ),
        pytest.param(
            "Transcript:\nPRIME MINISTER ALBANESE: Thank you. I had a productive meeting with Prime Minister "
            "Fumio Kishida.\nQUESTION: Prime Minister, will we see a meeting with President Xi Jinping before "
            "the APEC summit?",
            [("2024-03-06", "in-person", ["Albanese", "Fumio Kishida"])],
            id="a-question-is-no-ones-meeting",
        ),
        pytest.param(
            "Transcript:\nForeign Minister Ana Costa: Good morning. I understand the meeting with President "
            "Gustavo Petro went well for our trade minister. I did not attend.",
            [],
            id="a-meeting-talked-of-is-not-the-speakers",
        ),
        pytest.param(
            "Secretary-General Antonio Guterres met President William Ruto of Kenya, Siemens Energy of Germany "
            "and Safaricom of Kenya at the summit in Nairobi on Monday.",
            [("2024-03-04", "in-person", ["Antonio Guterres", "William Ruto"])],
            id="a-firm-listed-with-its-country-is-no-one",
        ),
    ],
)
def test_what_spacy_22s_rules_leave_alone(text: str, meetings: list[tuple[str, str, list[str]]]) -> None:
    """A second reader's counterexamples to spacy-22's rules, each once misread by them: a present weekday
    told as another meeting ("again", elsewhere); a guest's visit begun or stay that day; a second teller's
    "he"; a journalist's question; a meeting talked of; a firm in a list of people."""
    found = meetings_of(text, published="2024-03-06")
    found_as = [(m.date.to_str(), m.meeting_kind, sorted(p.name for p in m.participants)) for m in found]
    assert sorted(found_as) == meetings


def test_a_meeting_one_side_approached_the_other_to_arrange_is_none_held() -> None:
    """ "Bangladesh has approached India to arrange a meeting between X and Y in Bangkok in April": asked for,
    neither held nor set."""
    found = meetings_of(
        "Bangladesh has approached India to arrange a meeting between its Chief Adviser, Muhammad Yunus and "
        "Prime Minister Narendra Modi in Bangkok in the first week of April.",
        published="2025-03-20",
    )
    assert [m.meeting_kind for m in found if m.meeting_kind != "planned"] == []


SAFADI = (
    "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi, on Saturday, concluded "
    "his meetings with a number of counterparts in New York. "
)


@pytest.mark.parametrize(
    ("told", "other"),
    [
        pytest.param(
            "Safadi along with his Jamaican Foreign Minister Kamina Johnson Smith signed a joint statement on "
            "the establishment of diplomatic relations.",
            ("Kamina Johnson Smith", "JM", "foreign minister"),
            id="along-with-signed",
        ),
        pytest.param(
            "Safadi along with his Dutch counterpart Hanke Bruins Slot, discussed bilateral ties.",
            ("Hanke Bruins Slot", "NL", "foreign minister"),
            id="along-with-discussed",
        ),
        pytest.param(
            "Bilateral ties were covered during a meeting that brought together Safadi and his Croatian "
            "counterpart Gordan Radman.",
            ("Gordan Radman", "HR", "foreign minister"),
            id="a-meeting-that-brought-together",
        ),
        pytest.param(
            "A memorandum of understanding was inked by Safadi and his Indonesian counterpart Retno Marsudi.",
            ("Retno Marsudi", "ID", "foreign minister"),
            id="inked-by-the-two",
        ),
    ],
)
def test_a_ministers_round_of_meetings_each_told_its_own_way(told: str, other: tuple[str, str, str]) -> None:
    """A readout of a minister's meetings at an assembly, one sentence each: "X along with his counterpart Y
    signed ...", "a meeting that brought together X and Y", "was inked by X and Y". X's title ends with a
    portfolio ("... Foreign Affairs and Expatriates"), his country the publishing agency's."""
    meeting = only(SAFADI + told, source="Jordan News Gazette (Petra)", published="2023-09-23")
    assert who(meeting) == {("Ayman Safadi", "JO", "foreign minister"), other}


def test_a_guests_onward_journey_does_not_hide_where_they_came() -> None:
    """ "X called on acting President Y ... X flies on to Tokyo": Y is the host of the country X came to first,
    the onward trip told after the call notwithstanding."""
    found = meetings_of(
        "U.S. Secretary of State Antony Blinken arrived in South Korea on Monday. Blinken called on acting "
        "President Choi Sang-mok. Blinken flies on to Tokyo, where he is scheduled to meet Japanese Foreign "
        "Minister Takeshi Iwaya on Tuesday.",
        published="2025-01-06",
    )
    assert ("Choi Sang-mok", "KR", "head of state") in {p for m in found for p in who(m)}


def test_a_visitor_under_the_hosts_dateline_is_not_the_hosts() -> None:
    """ "BEIJING - President X says he hopes his first state visit to China will ...": X is the guest, not
    China's; "SEOUL -- Foreign Minister Y will travel to Washington" stays Seoul's, and so does a host named
    beside a guest on a visit."""
    guest = person(
        "BEIJING - President Cyril Ramaphosa says he hopes his first state visit to China will consolidate the "
        "relationship.",
        "Cyril Ramaphosa",
    )
    assert guest.country is None
    home = person("SEOUL -- Foreign Minister Cho Tae-yul will travel to Washington next week.", "Cho Tae-yul")
    assert home.country == "KR"
    host = person(
        "BEIJING - President Xi Jinping received Prime Minister Ana Lee, who is on a three-day visit to China.",
        "Xi Jinping",
    )
    assert host.country == "CN"  # the visit is the guest's, named beside him


def test_a_name_broken_after_its_hyphen_is_one_name_and_no_dateline() -> None:
    """ "Iran's Foreign Minister Mohammad- Javad Zarif arrived ...": one name (the line opens with no place, so
    it is no dateline); "Addis Ababa — Prime Minister X" is one."""
    zarif = person("Iran's Foreign Minister Mohammad- Javad Zarif arrived in Baghdad.", "Mohammad-Javad Zarif")
    assert zarif.country == "IR"
    dateline = normalize.normalize("Addis Ababa — Prime Minister Abiy Ahmed met leaders.")
    assert dateline.text.startswith("Addis Ababa\n")


def test_a_guest_arrived_and_was_received_by_the_host() -> None:
    """ "X and his delegation arrived in Baghdad and was received by his Iraqi counterpart Y": X met Y."""
    meeting = only(
        "Iran's Foreign Minister Mohammad Zarif arrived in Baghdad on Tuesday. Zarif and his accompanying "
        "delegation arrived in Baghdad airport and was received by his Iraqi counterpart Hoshyar Zebari.",
        published="2014-01-14",
    )
    assert {p.name for p in meeting.participants} == {"Mohammad Zarif", "Hoshyar Zebari"}


def test_he_in_a_clause_on_a_visit_by_someone_is_the_visitor() -> None:
    """ "X's visit came a day after a visit by the UN Secretary General Y to Baghdad, in which he met Prime
    Minister Z": Y met Z, not X."""
    found = meetings_of(
        "Iran's Foreign Minister Mohammad Zarif arrived in Baghdad on Tuesday. Zarif's visit came one day "
        "after an official visit by the UN Secretary General Ban Ki-moon to Baghdad, in which he met Prime "
        "Minister Nuri al-Maliki.",
        published="2014-01-14",
    )
    assert names_met(found) == [["Ban Ki-moon", "Nuri al-Maliki"]]


def test_a_call_between_the_presidents_of_two_countries_each_named_after_theirs() -> None:
    """ "A telephone conversation took place today between the Presidents of Kyrgyzstan X and Tajikistan, Y":
    X untagged by the model, found after the plural title and its country; each their country's president;
    "today" between "took place" and "between" no obstacle."""
    meeting = only(
        "A telephone conversation took place today between the Presidents of Kyrgyzstan Sadyr Japarov and "
        "Tajikistan, Emomali Rahmon.",
        published="2021-05-01",
    )
    assert (meeting.date.to_str(), meeting.meeting_kind) == ("2021-05-01", "call")
    assert who(meeting) == {("Sadyr Japarov", "KG", "head of state"), ("Emomali Rahmon", "TJ", "head of state")}


def test_a_photos_caption_with_two_people_shows_them_meeting() -> None:
    """ "NZ Deputy Prime Minister X with Samoan Prime Minister Y at Samoa's Government House." (no verb): they
    met; "X with reporters" shows no one else."""
    meeting = only(
        "NZ Deputy Prime Minister Winston Peters with Samoan Prime Minister Fiame Naomi Mataafa at Samoa's "
        "Government House.",
        published="2024-02-09",
    )
    assert {p.name for p in meeting.participants} == {"Winston Peters", "Fiame Naomi Mataafa"}
    assert meetings_of("NZ Deputy Prime Minister Winston Peters with reporters at the airport.") == ()


def test_a_title_glued_to_an_accented_name_is_set_off_again() -> None:
    """ "the President of Finland Sauli NiinistöPrime minister Sanna Marin": two people, the comma lost."""
    text = normalize.normalize("They met the President of Finland Sauli NiinistöPrime minister Sanna Marin.").text
    assert "Niinistö, Prime minister" in text


def test_a_meeting_told_as_done_often_is_none() -> None:
    """ "I know that Secretary X talks to his counterpart all the time", "they regularly speak": a habit, no
    meeting; "X talks with Y on Monday" is one."""
    habit = '"Secretary Robert Gates talks to his Australian counterpart all the time," she said.'
    assert meetings_of(habit) == ()
    assert meetings_of("Foreign Minister Ana Lee regularly speaks with Foreign Minister Bo Kim.") == ()
    assert len(meetings_of("Foreign Minister Ana Lee talks with Foreign Minister Bo Kim on Monday.")) == 1


def test_each_joined_verb_takes_its_own_day() -> None:
    """ "X met A on Wednesday evening and called on B on Thursday morning": A on Wednesday, B on Thursday."""
    found = meetings_of(
        "Foreign Minister Moosa Zameer met President Ranil Wickremesinghe on Wednesday evening and called on "
        "Prime Minister Dinesh Gunawardena on Thursday morning.",
        published="2024-06-06",
    )
    assert sorted((m.date.to_str(), sorted(p.name for p in m.participants)) for m in found) == [
        ("2024-06-05", ["Moosa Zameer", "Ranil Wickremesinghe"]),
        ("2024-06-06", ["Dinesh Gunawardena", "Moosa Zameer"]),
    ]


def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister_the_story_follows() -> None:
    """ "The head of the foreign policy agency of Turkey was received by President X": Turkey's foreign
    minister, the one the story follows; "the head of the agency" of another country is not him."""
    lead = "Turkish Foreign Minister Mevlut Cavusoglu arrived in Ashgabat on Friday. "
    meeting = only(
        lead + "The head of the foreign policy agency of Turkey was received by President Gurbanguly "
        "Berdimuhamedov.",
        published="2021-03-06",
    )
    assert {p.name for p in meeting.participants} == {"Mevlut Cavusoglu", "Gurbanguly Berdimuhamedov"}
    other = meetings_of(
        lead + "The head of the foreign policy agency of Iran was received by President Gurbanguly "
        "Berdimuhamedov.",
        published="2021-03-06",
    )
    assert all("Mevlut Cavusoglu" not in {p.name for p in m.participants} for m in other)


def test_counterparts_told_by_their_countries_then_named_hold_the_owners_office() -> None:
    """ "Foreign Minister X met his counterparts from Brunei and Algeria. ... X met separately with Brunei's A
    and Algeria's B": A and B are foreign ministers."""
    found = meetings_of(
        "Kuwait's Foreign Minister Ahmad Nasser met his counterparts from Brunei and Algeria on Saturday. "
        "Ahmad Nasser met separately with Brunei's Erywan Yusof and Algeria's Ramtane Lamamra.",
        published="2022-09-26",
    )
    roles = {p.name: p.role for m in found for p in m.participants}
    assert roles["Erywan Yusof"] == roles["Ramtane Lamamra"] == "foreign minister"


def test_a_dateline_with_its_year_is_no_day_of_the_story() -> None:
    """ "WASHINGTON, Aug. 25, 2017 — ... met X yesterday": the 24th, the day the lead tells, not the dateline's."""
    found = meetings_of(
        "Defense News, Media Desk\n\n"
        "WASHINGTON, Aug. 14, 2019 — Defense Secretary Mark Esper praised Poland's commitment to modernizing "
        "its army in meetings with two of the country's top leaders yesterday in Warsaw, a spokesman said.\n\n"
        "Esper met with Polish President Andrzej Duda and later with Polish Defense Minister Mariusz Blaszczak "
        "as part of a trip to Europe.",
        published="2019-08-14",
    )
    assert {m.date.to_str() for m in found} == {"2019-08-13"}


@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("The next day, she held talks with South Korean Foreign Minister Cho Tae-yul.", "2024-03-05"),
        ("The following morning she held talks with South Korean Foreign Minister Cho Tae-yul.", "2024-03-05"),
        ("A day later, she held talks with South Korean Foreign Minister Cho Tae-yul.", "2024-03-05"),
        ("Two days later, she held talks with South Korean Foreign Minister Cho Tae-yul.", "2024-03-06"),
        ("Hours later, she held talks with South Korean Foreign Minister Cho Tae-yul.", "2024-03-04"),
        ("The previous evening she held talks with South Korean Foreign Minister Cho Tae-yul.", "2024-03-03"),
    ],
)
def test_a_day_counted_from_the_day_told_before_counts_from_that_day(second: str, day: str) -> None:
    """ "On Monday, X arrived in Seoul. The next day, she held talks with Y": Tuesday, not the day of
    publication nor Monday."""
    found = meetings_of(
        "On Monday, Japanese Foreign Minister Yoko Kamikawa arrived in Seoul for a three-day visit. " + second,
        published="2024-03-08",
    )
    assert [m.date.to_str() for m in found] == [day]


def test_days_counted_from_before_follow_one_another() -> None:
    """ "On Monday ... The next day, she met Y. Hours later, she met Z": Y and Z on Tuesday."""
    found = meetings_of(
        "On Monday, Japanese Foreign Minister Yoko Kamikawa arrived in Seoul. The next day, she held talks "
        "with South Korean Foreign Minister Cho Tae-yul. Hours later, Kamikawa met President Yoon Suk Yeol.",
        published="2024-03-08",
    )
    assert sorted(m.date.to_str() for m in found) == ["2024-03-05", "2024-03-05"]


def test_earlier_in_the_day_is_not_counted_from_the_sentence_before() -> None:
    """ "Earlier in the day" is the story's day more often than the day told just before (here an accord's):
    it is not read from that day."""
    found = meetings_of(
        "Japanese Foreign Minister Yoko Kamikawa held talks with Chinese Foreign Minister Wang Yi in Beijing "
        "on Tuesday. The two signed a fisheries accord on 5 January. Earlier in the day, Kamikawa was "
        "received by Premier Li Qiang.",
        published="2024-03-06",
    )
    assert [m.date.to_str() for m in found] == ["2024-03-05", "2024-03-05"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "British Foreign Secretary David Cameron held talks with Secretary of State Antony Blinken in "
            "Washington on Tuesday, a day after flying to Florida to have dinner with Canadian Prime Minister "
            "Justin Trudeau.",
            {"Antony Blinken": "2024-04-09", "Justin Trudeau": "2024-04-08"},
        ),
        (
            "British Foreign Secretary David Cameron held talks with Secretary of State Antony Blinken in "
            "Washington on Tuesday, a day after he had dinner with Canadian Prime Minister Justin Trudeau.",
            {"Antony Blinken": "2024-04-09", "Justin Trudeau": "2024-04-08"},
        ),
        (
            "U.S. President Joe Biden held talks with Japanese Prime Minister Fumio Kishida in San Francisco on "
            "Monday, two days before meeting Chinese President Xi Jinping.",
            {"Fumio Kishida": "2024-04-08", "Xi Jinping": "2024-04-10"},
        ),
    ],
)


def test_a_meeting_a_day_after_or_before_another_is_that_far_from_its_day(text: str, dates: dict[str, str]) -> None:
    """ "held talks with X on Tuesday, a day after ... dinner with Y": Y on Monday; "held talks with Y on
    Monday, two days before meeting Xi": Xi on Wednesday."""
    found = meetings_of(text, published="2024-04-12")
    got = {p.name: m.date.to_str() for m in found for p in m.participants if p.name in dates}
    assert got == dates


def test_a_meeting_a_day_after_another_told_undated_counts_from_the_day_told_before() -> None:
    """ "The summit came a day after a meeting in which X sat down with Y", the summit on Monday: Sunday."""
    found = meetings_of(
        "The foreign ministers of Australia and Japan met in Tokyo on Monday. Japan's Yoko Kamikawa hosted "
        "Australia's Penny Wong at the Iikura Guest House.\n\n"
        "The talks came a day after a meeting in which U.S. Secretary of State Antony Blinken sat down with "
        "Japanese Defence Minister Minoru Kihara.",
        published="2024-07-29",
    )
    got = {m.date.to_str() for m in found if "Minoru Kihara" in {p.name for p in m.participants}}
    assert got == {"2024-07-28"}


def test_the_style_written_before_a_name_is_the_persons_title_not_a_small_written_reference() -> None:
    """ "PM Nawaz Sharif welcomed ... The premier later hosted": his title is "PM", which Pakistan has, not
    "premier" (China's style), so the dateline's country is his."""
    found = only(
        "ISLAMABAD: President of Kazakhstan Kassym-Jomart Tokayev arrived at the Prime Minister House on "
        "Tuesday.\n\nUpon his arrival, PM Nawaz Sharif welcomed President Tokayev. The premier later hosted a "
        "lunch for the guest.",
        published="2015-05-06",
    )
    assert who(found) == {("Kassym-Jomart Tokayev", "KZ", "head of state"), ("Nawaz Sharif", "PK", "head of government")}


def test_an_office_told_by_a_countrys_description_is_its_one_unplaced_officials() -> None:
    """ "met Tánaiste Micheál Martin ... the Irish Foreign Minister discussed": Martin is Ireland's foreign
    minister. Not when two of Ireland's officials could be, nor when someone holds the office already."""
    text = (
        "The Foreign Secretary met Tánaiste Micheál Martin in London today. The Foreign Secretary and the Irish "
        "Foreign Minister discussed trade and the Northern Ireland protocol."
    )
    assert person(text, "Micheál Martin", "GOV.UK").role == "foreign minister"
    two = text + " Irish Minister of State Peter Burke joined the talks."
    assert person(two, "Micheál Martin", "GOV.UK").role == "other"
    held = text + " Irish Foreign Minister Simon Harris was in Brussels."
    assert person(held, "Micheál Martin", "GOV.UK").role == "other"


@pytest.mark.parametrize("title", ["high commissioner", "Ambassador"])
def test_an_office_told_by_a_description_is_not_an_envoys(title: str) -> None:
    """ "outgoing Indian high commissioner X called on him ... an invitation from the Indian External Affairs
    Minister": the envoy brings the minister's word; a title the classes leave out on purpose is no open
    seat."""
    text = (
        f"Foreign Minister Ana Costa on Tuesday received outgoing Indian {title} Ravi Menon at the ministry. "
        "The envoy conveyed an invitation from the Indian External Affairs Minister to a dinner in New York."
    )
    assert person(text, "Ravi Menon").role == "other"


def test_titles_each_holding_a_name_hung_in_apposition_are_a_list_of_people_met() -> None:
    """ "will have meetings with President A, Speaker of the Chamber of Deputies B, Acting President of the
    Senate C": the parser hangs each title on the name before; each holds a name of its own, and each is
    met (apart: "meetings"). Not the one an envoy serves, nor a body named after "of"."""
    found = meetings_of(
        "Within the visit to Bucharest, Moldovan Prime Minister Ion Rusu will have meetings on Thursday with "
        "President Mihai Popa, Speaker of the Chamber of Deputies Dan Ionescu, Acting President of the "
        "Senate Ana Stan and will be welcomed by the Custodian of the Romanian Crown, Margareta.",
        published="2023-03-01",
    )
    assert names_met(found) == [
        ["Ion Rusu", "Mihai Popa"],
        ["Dan Ionescu", "Ion Rusu"],
        ["Ana Stan", "Ion Rusu"],
    ]
    assert all(m.meeting_kind == "planned" for m in found)
    served = meetings_of(
        "President Masisi also received a courtesy call from Prince Tumo Dlamini, a special envoy of the "
        "eSwatini monarch and head of state King Sobhuza IV. Mr Chris Maurice, chief executive officer of "
        "Yellow Card, a financial technology firm that largely operates in Africa also paid a courtesy call "
        "on the President.",
        published="2023-03-01",
    )
    assert sorted(names_met(served)) == [
        ["Chris Maurice", "Masisi"],
        ["Masisi", "Tumo Dlamini"],
    ]


def test_a_visit_from_today_dates_the_meetings_told_of_its_visitor_after_it() -> None:
    """ "announced that she will travel to Mexico from June 25 to 27", published on the 25th: a visit from
    today on; each meeting she "will also" hold, told in the sentences after, is one of its days, though the
    visit is more than three sentences back."""
    found = meetings_of(
        "The Honourable Anne Tremblay, Minister of Foreign Affairs, today announced that she will travel to "
        "Mexico City, Mexico, for a bilateral visit from June 25 to 27.\n\nWhile there, Minister Tremblay "
        "will meet with Rosa Vargas, Mexico's president-elect, to discuss the strong bilateral relations "
        "between Canada and Mexico.\n\nMinister Tremblay will also meet with Juan Ramos, Mexico's incoming "
        "Secretary of Foreign Affairs, to discuss shared priorities. Additionally, Minister Tremblay will "
        "meet with Pedro Ortiz, the incoming Secretary of Economy, to reaffirm the importance of economic "
        "ties.",
        published="2024-06-25",
    )
    assert [(m.meeting_kind, m.date.to_str(), sorted(p.name for p in m.participants)) for m in found] == [
        ("planned", "2024-06-25", ["Anne Tremblay", "Rosa Vargas"]),
        ("planned", "2024-06-25", ["Anne Tremblay", "Juan Ramos"]),
        ("planned", "2024-06-25", ["Anne Tremblay", "Pedro Ortiz"]),
    ]


def test_she_after_a_sentence_about_her_visit_is_the_visitor() -> None:
    """ "X's visit to Brazil coincides with ... On Tuesday, she met Y": the visit's owner is the one the story
    follows, not the host named as a subject before."""
    found = meetings_of(
        "President Paulo Costa welcomed Canadian Foreign Minister Anne Tremblay to the presidential palace "
        "on Wednesday. During the meeting, Minister Tremblay extended an invitation to President Costa to "
        "visit Canada. In return, President Costa reciprocated the invitation. Anne Tremblay's visit to "
        "Brazil coincides with the fourth meeting of the Brazil-Canada Strategic Dialogue. On Tuesday, she "
        "met with Brazilian Minister of Foreign Affairs Mario Vieira at the Itamaraty Palace.",
        published="2023-06-29",
    )
    assert names_met(found) == [
        ["Anne Tremblay", "Paulo Costa"],
        ["Anne Tremblay", "Mario Vieira"],
    ]


def test_counterparts_in_one_country_and_another_each_named_after_their_country() -> None:
    """ "held bilateral talks with his counterparts in Zimbabwe, X, and Mozambique, Y": a meeting with each,
    each of the country before the name (the model read "Mozambique, Y" as one body and found no one)."""
    found = meetings_of(
        "South African President Sipho Dlamini held bilateral talks on Sunday with his counterparts in "
        "Zimbabwe, Tendai Moyo, and Mozambique, Armando Guebuza.",
        published="2018-03-19",
    )
    assert [who(m) for m in found] == [
        {("Sipho Dlamini", "ZA", "head of state"), ("Tendai Moyo", "ZW", "head of state")},
        {("Sipho Dlamini", "ZA", "head of state"), ("Armando Guebuza", "MZ", "head of state")},
    ]


def test_a_call_the_parser_hung_on_the_occasion_is_the_verbs() -> None:
    """ "X has congratulated Y on his assumption of office in a phone call on Friday": the call is made with
    the verb's object, though the parser hung it on "assumption"."""
    found = only(
        "Russian President Ivan Petrov has congratulated Mongolian President Bat Erdene on his assumption of "
        "office in a phone call on Friday.",
        published="2021-07-10",
    )
    assert who(found) == {("Ivan Petrov", "RU", "head of state"), ("Bat Erdene", "MN", "head of state")}
    assert (found.meeting_kind, found.date.to_str()) == ("call", "2021-07-09")


def test_spoken_by_phone_with_several_of_several_countries_is_a_call_with_each() -> None:
    """ "has spoken by phone today with the French President A, the Chancellor of Germany B, and British Prime
    Minister C": the means is the phone, a call with each, as "had telephone conversations with" is."""
    found = meetings_of(
        "Taoiseach Sean Byrne has spoken by phone today with the French President Paul Martin, the "
        "Chancellor of Germany Anna Weber, and British Prime Minister Jane Hill.",
        published="2021-07-10",
    )
    assert [(m.meeting_kind, sorted(p.name for p in m.participants)) for m in found] == [
        ("call", ["Paul Martin", "Sean Byrne"]),
        ("call", ["Anna Weber", "Sean Byrne"]),
        ("call", ["Jane Hill", "Sean Byrne"]),
    ]


def test_a_countrys_title_in_small_letters_set_off_before_its_holder() -> None:
    """ "Italy's premier, X held talks": the country's own title, though in small letters and set off by a
    comma; and "Palazzo Chigi", where she received him, is a palace, no one."""
    found = meetings_of(
        "Italy's premier, Giulia Conti held talks on Wednesday with her Albanian counterpart Arben Hoxha at "
        "the prime minister's office, Palazzo Chigi, in Rome. Hoxha was greeted with an honour guard upon "
        "his arrival at Palazzo Chigi.",
        published="2023-09-28",
    )
    assert [who(m) for m in found] == [
        {("Giulia Conti", "IT", "head of government"), ("Arben Hoxha", "AL", "head of government")}
    ]


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        ("Earlier today, members of The Elders had a meeting with Iranian President Reza Karimi.", "Elders"),
        (
            "Finnish Prime Minister Aino Virtanen took part today in a meeting at the castle retreat of "
            "Schloss Meseberg near Berlin at the invitation of Federal Chancellor Karl Weber.",
            "Schloss Meseberg",
        ),
    ],
)
def test_a_body_and_a_castle_are_no_one(text: str, nobody: str) -> None:
    """ "members of The Elders" (a body's name after a capital "The"), "Schloss Meseberg" (a castle): no one
    met."""
    assert all(nobody not in {p.name for p in m.participants} for m in meetings_of(text))


def test_the_head_of_state_after_an_opening_phrase_with_no_comma_meets_the_one_named_in_it() -> None:
    """ "During the meeting with Russian ambassador X the Head of State noted ...": the phrase ends before
    "the Head of State", who is the president the story opened on, not X's title."""
    found = only(
        "ASTANA – President Erlan Sadykov of Kazakhstan received ambassadors of Russia and China.\n\nDuring "
        "the meeting with Russian ambassador Oleg Petrov the Head of State noted the importance of trade.",
        published="2023-03-14",
    )
    assert who(found) == {("Erlan Sadykov", "KZ", "head of state"), ("Oleg Petrov", "RU", "other")}


def test_meetings_kicked_off_with_someone_are_held() -> None:
    """ "The president kicked off back-to-back meetings with the lead U.S. delegate, X": meetings begun are
    held, as "began a meeting with X" is."""
    found = only(
        "South Korean President Kim Min-jun was sworn in on Tuesday. The president kicked off back-to-back "
        "meetings at 1:30 p.m. with the lead U.S. delegate, Daniel Ross.",
        published="2022-05-11",
    )
    assert {p.name for p in found.participants} == {"Kim Min-jun", "Daniel Ross"}


def test_the_countrys_statesman_is_its_leader_named_before() -> None:
    """ "In Lusaka, the Angolan statesman was welcomed by the Zambian President, Y": the Angolan leader the
    story named."""
    found = only(
        "Angolan President Manuel Neto left Luanda on Wednesday for Zambia. In Lusaka, the Angolan statesman "
        "was welcomed by the Zambian President, Peter Banda.",
        published="2022-05-11",
    )
    assert who(found) == {("Manuel Neto", "AO", "head of state"), ("Peter Banda", "ZM", "head of state")}


def test_a_joint_presser_is_a_joint_press_conference() -> None:
    """ "Speaking in a joint presser with Turkish Foreign Minister X": news slang for the joint press
    conference two who met give."""
    found = only(
        "Speaking in a joint presser with Turkish Foreign Minister Emre Aydin in Ankara, Iranian Foreign "
        "Minister Reza Ahmadi said the talks were useful.",
        published="2016-08-13",
    )
    assert who(found) == {("Emre Aydin", "TR", "foreign minister"), ("Reza Ahmadi", "IR", "foreign minister")}


def test_those_present_at_a_gathering_just_told_are_at_it() -> None:
    """ "X and other Heads of State are meeting in Abuja. Other Heads of State present include the President
    of Niger, A; President B of Ghana; ...": one gathering, with each listed; not a meeting to come."""
    found = only(
        "President Musa Bello of Nigeria and other Heads of State of ECOWAS are meeting in Abuja on "
        "Saturday.\n\nOther Heads of State present include the President of Niger, Ali Moussa; President "
        "Kofi Mensah of Ghana; and President Jean Kabore of Burkina Faso.",
        published="2018-12-22",
    )
    assert {(p.name, p.country) for p in found.participants} == {
        ("Musa Bello", "NG"),
        ("Ali Moussa", "NE"),
        ("Kofi Mensah", "GH"),
        ("Jean Kabore", "BF"),
    }
    assert (found.meeting_kind, found.date.to_str()) == ("in-person", "2018-12-22")


def test_a_description_without_the_is_someone_else_not_the_open_holder() -> None:
    """ "... seven world presidents including President X. ... Turkmen president also attends the meeting
    as a special guest": no "the", and "also": another president, not X made Turkmen."""
    text = (
        "Upon arrival at the airport, Russian President Ivan Petrov was welcomed by Minister of "
        "Communications Ali Vaezi.\n\nThe gas summit is planned for today in the Iranian capital with "
        "participation of seven world presidents including President Reza Karimi. Algerian prime minister "
        "also takes part in the event.\n\nPresidents of Bolivia, Russia, Nigeria and Iraq as well as the "
        "prime minister of Algeria are participating the Tehran gas event. Turkmen president also attends "
        "the meeting as a special guest."
    )
    assert person(text, "Reza Karimi").country != "TM"


def test_one_call_told_by_each_side_on_its_own_day_is_one_call() -> None:
    """ "in a Monday phone call" (Beijing's day) and "spoke ... on a call on Sunday" (Washington's): the
    same two, a day apart, one call; the first told keeps its day."""
    found = only(
        "BEIJING, Oct 31 – Chinese Foreign Minister Li Wei told his U.S. counterpart that the United States "
        "should stop containment, the ministry said on Monday.\n\nLi also said in a Monday phone call with "
        "U.S. Secretary of State John Carter that export controls must be rectified.\n\nU.S. Secretary of "
        "State John Carter spoke with China's Foreign Minister Li Wei on a call on Sunday and discussed the "
        "war in Ukraine, the State Department said.",
        published="2022-10-31",
    )
    assert (found.meeting_kind, found.date.to_str()) == ("call", "2022-10-31")


def test_the_sides_at_a_meeting_with_someone_new_are_the_host_and_the_one_met() -> None:
    """ "received ambassadors of Russia and China. During the meeting with Russian ambassador A, ... At
    the meeting with Chinese ambassador B, the sides pointed out ...": the sides are the host and B, not A
    too."""
    found = meetings_of(
        "ASTANA – President Erlan Sadykov of Kazakhstan received ambassadors of Russia and China on Tuesday."
        "\n\nDuring the meeting with Russian ambassador Oleg Petrov, the Head of State noted the importance "
        "of trade.\n\nAt the meeting with Chinese ambassador Wang Lei, the sides pointed out the relevance "
        "of cooperation.",
        published="2023-03-15",
    )
    assert names_met(found) == [
        ["Erlan Sadykov", "Oleg Petrov"],
        ["Erlan Sadykov", "Wang Lei"],
    ]


def test_a_teller_after_a_countrys_s_is_a_person_though_the_model_read_a_body() -> None:
    """ "Turkey's Kemal Yavuzoglu said he discussed ... with his Norwegian counterpart Y": the model reads
    the name as an organisation; the subject of a verb of saying after a country's "'s" is a person. Not
    "Turkey's Foreign Ministry said", a body."""
    found = only(
        "In a Twitter post, Turkey's Kemal Yavuzoğlu said he discussed bilateral relations with his "
        "Norwegian counterpart Ine Berg.",
        published="2021-02-03",
    )
    met = {(p.name, p.country) for p in found.participants}
    assert met == {("Kemal Yavuzoğlu", "TR"), ("Ine Berg", "NO")}
    body = meetings_of(
        "Turkey's Foreign Ministry said Norwegian Foreign Minister Ine Berg discussed trade.",
        published="2021-02-03",
    )
    assert all("Foreign Ministry" not in {p.name for p in m.participants} for m in body)


def test_talks_carried_out_are_held() -> None:
    """ "will carry out official talks with President X": "carry out" holds talks as "hold" does."""
    found = only(
        "Prime Minister of Croatia Ante Horvat started his official visit to Romania on Thursday evening. On "
        "Friday, the Croatian PM will carry out official talks with President Mihai Popa at the Cotroceni "
        "Presidential Palace.",
        published="2018-05-17",
    )
    assert who(found) == {("Ante Horvat", "HR", "head of government"), ("Mihai Popa", "RO", "head of state")}
    assert (found.meeting_kind, found.date.to_str()) == ("planned", "2018-05-18")


def test_a_teller_after_a_quotation_is_a_person_though_the_model_read_a_title() -> None:
    """ "\"We have discussed our ties,\" Kemal Yavuzoglu said": the model reads the name after the closing
    mark as a work's title; the subject of a verb of saying is a person, here the foreign minister the lead
    told of."""
    found = only(
        "Turkey and Turkmenistan have reached a joint understanding on working more closely, the Turkish "
        "foreign minister said Monday.\n\n\"We have discussed our bilateral ties during our one-on-one "
        "meeting,\" Kemal Yavuzoğlu said at a joint press conference with his Turkmen counterpart Rashid "
        "Orazov in Ankara."
    )
    minister = "foreign minister"
    assert who(found) == {("Kemal Yavuzoğlu", "TR", minister), ("Rashid Orazov", "TM", minister)}


def test_an_office_told_by_a_description_is_not_a_mayors() -> None:
    """ "a delegation led by Lord Mayor of the City of London X ... hailed the British Prime Minister's
    attention": a mayor holds an office of his own, not the open seat of the country's head of government."""
    text = (
        "BAKU, June 1 - President of Azerbaijan Ilham Aliyev has received a delegation led by Lord Mayor of "
        "the City of London Alderman Alan Jones. Jones said he would address the conference on behalf of the "
        "British Prime Minister. Aliyev hailed the British Prime Minister's attention to the event."
    )
    assert (person(text, "Alan Jones").country, person(text, "Alan Jones").role) == ("GB", "other")


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (  # "the same day as the talks" is the talks' day, not the vote's told just before
            "Ukrainian Foreign Minister Dmytro Kuleba met Moldovan President Maia Sandu on Monday.\n\n"
            "Moldova's government survived a confidence vote on Wednesday.\n\n"
            "On the same day as the talks, Kuleba also met Romanian Foreign Minister Luminita Odobescu.",
            "Luminita Odobescu",
            "2024-03-04",
        ),
        (  # a coming meeting counts from a coming day
            "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Wednesday. He will "
            "arrive in Tokyo on Monday. The next day, he will meet Japanese Prime Minister Fumio Kishida.",
            "Fumio Kishida",
            "2024-03-12",
        ),
        (  # the main clause's day, not a summit's in a clause of its own
            "Rwandan President Paul Kagame arrived in Luanda on Wednesday for a summit that opens on Friday. "
            "That evening, he met Angolan President Joao Lourenco.",
            "Joao Lourenco",
            "2024-03-06",
        ),
        (  # a quotation's "The following day" is no day to count from
            'Egyptian President Abdel Fattah al-Sisi met CIA Director William Burns on Sunday. "The following '
            'day will be decisive," al-Sisi said. Hours later, al-Sisi called Qatari Emir Sheikh Tamim bin '
            "Hamad Al Thani.",
            "Tamim bin Hamad Al Thani",
            "2024-03-03",
        ),
        (  # a look back in the past perfect is passed over
            "Tunisian President Kais Saied hosted Algerian President Abdelmadjid Tebboune on Saturday. Tebboune "
            "had also visited Tripoli in January. The next day, Saied met Libyan Presidential Council head "
            "Mohamed al-Menfi.",
            "Mohamed al-Menfi",
            "2024-03-03",
        ),
        (  # the quotation's own "The next day" dates the meeting it tells
            'Australian Foreign Minister Penny Wong arrived in Beijing on Monday. "The next day, we sat down '
            'with Chinese Foreign Minister Wang Yi," Wong told reporters on Thursday.',
            "Wang Yi",
            "2024-03-05",
        ),
        (  # a date line that writes its year is the day the story was filed, whatever the page's header
            "LONDON, Jan. 5, 2023 - British Prime Minister Rishi Sunak met Irish Taoiseach Leo Varadkar at "
            "Downing Street on Thursday.",
            "Leo Varadkar",
            "2023-01-05",
        ),
    ],
)
def test_what_the_days_counted_from_before_leave_alone(text: str, name: str, day: str) -> None:
    """Counterexamples to the days counted from the day told before, found by a review of made-up texts."""
    found = meetings_of(text, published="2024-03-08")
    assert {m.date.to_str() for m in found if name in {p.name for p in m.participants}} == {day}


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Foreign Minister Toshimitsu Motegi said the Japan-U.S. Foreign Ministers' Telephone Talk was held "
            "this morning, soon after Secretary of State Antony Blinken was confirmed.",
            {("Toshimitsu Motegi", "JP", "foreign minister"), ("Antony Blinken", "US", "foreign minister")},
        ),
        (
            "Indian Defence Minister Rajnath Singh and Nepalese Defence Minister Ishwar Pokhrel spoke to reporters "
            "before the India-Nepal Defence Ministers' talks opened in Kathmandu on Monday.",
            {("Rajnath Singh", "IN", "defence minister"), ("Ishwar Pokhrel", "NP", "defence minister")},
        ),
    ],
)
def test_a_meeting_named_by_its_countries_and_office_is_their_holders(text: str, met: set[tuple[str, str, str]]) -> None:
    """ "the Japan-U.S. Foreign Ministers' Telephone Talk": the story's one foreign minister of each, the one
    the text leaves without a country taking the open seat."""
    assert who(only(text, published="2021-01-27")) == met


def test_a_meeting_named_by_its_countries_needs_one_holder_in_each() -> None:
    """A former Japanese foreign minister is no side of the talk: with no Japanese holder named, no one is
    made its Japanese side."""
    found = meetings_of(
        "Former Japanese Foreign Minister Taro Kono praised the new administration on Tuesday. The Japan-U.S. "
        "Foreign Ministers' Telephone Talk with Secretary of State Antony Blinken was held this morning.",
        published="2021-01-27",
    )
    assert all("Taro Kono" not in {p.name for p in m.participants} for m in found)


def test_two_officials_told_by_office_discussing_somewhere_met() -> None:
    """ "X and his Nepalese counterpart Y urged ... The two Foreign Ministers discussed bilateral issues on
    the sidelines of the summit in Colombo today": they met. Not "The two leaders discussed" with no place,
    which tells more of a meeting already told, or of none."""
    lead = (
        "Foreign Minister Hasan Mahmud and his Nepalese counterpart Arzu Rana Deuba urged closer bilateral "
        "relations between the two countries.\n\n"
    )
    held = meetings_of(
        lead + "The two Foreign Ministers discussed bilateral issues on the sidelines of the BIMSTEC ministerial "
        "meeting in Colombo today.",
        published="2024-07-11",
    )
    assert [sorted(p.name for p in m.participants) for m in held] == [["Arzu Rana Deuba", "Hasan Mahmud"]]
    assert not meetings_of(lead + "The two Foreign Ministers discussed bilateral issues.", published="2024-07-11")


def test_he_of_a_joined_clause_is_the_main_clauses_subject() -> None:
    """ "Mr Kenny held a meeting with X, who also hosted a lunch, and he also met Y": Kenny met Y, not X."""
    found = meetings_of(
        "Taoiseach Enda Kenny held talks in Oslo yesterday.\n\nMr Kenny held a half-hour meeting with the "
        "Norwegian prime minister Jens Stoltenberg, who also hosted a lunch for all the European Union leaders, "
        "and he also met Helle Thorning-Schmidt, the Danish prime minister.",
        published="2012-12-11",
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Enda Kenny", "Helle Thorning-Schmidt"],
        ["Enda Kenny", "Jens Stoltenberg"],
    ]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Ministers of Foreign Affairs of Kazakhstan Murat Nurtleu and Uzbekistan Bakhtiyor Saidov held a "
            "phone conversation on Thursday.",
            {("Murat Nurtleu", "KZ", "foreign minister"), ("Bakhtiyor Saidov", "UZ", "foreign minister")},
        ),
        (
            "Heads of the Ministry of Foreign Affairs of Kyrgyzstan Jeenbek Kulubaev and Tajikistan Sirojiddin "
            "Muhriddin held negotiations in Xi'an on Thursday.",
            {("Jeenbek Kulubaev", "KG", "foreign minister"), ("Sirojiddin Muhriddin", "TJ", "foreign minister")},
        ),
    ],
)
def test_a_plural_title_with_its_portfolio_gives_each_listed_name_the_office(
    text: str, met: set[tuple[str, str, str]]
) -> None:
    """ "Ministers of Foreign Affairs of A X and B Y", "Heads of the Ministry of Foreign Affairs of ...": each
    their country's foreign minister, the country read where the model tags it no place; "held
    negotiations" is a meeting."""
    assert who(only(text, published="2023-05-12")) == met


def test_negotiations_are_a_meeting_only_when_held() -> None:
    """ "held negotiations" is a meeting; "the negotiations on a trade deal between X and Y" tells none."""
    assert not meetings_of(
        "The negotiations on a trade deal between Kazakh Foreign Minister Murat Nurtleu and Uzbek Foreign "
        "Minister Bakhtiyor Saidov have stalled, officials said.",
        published="2023-05-12",
    )


def test_hosts_met_on_a_visit_abroad_are_not_the_datelines() -> None:
    """ "NEW DELHI: ... X, who is on a two-day visit to Nepal, also met President A and Prime Minister B": A
    and B are not India's, though the dateline is New Delhi's; a foreign secretary's counterpart is no
    minister, and "Bharat", tagged a people by the model, is part of his name."""
    found = meetings_of(
        "NEW DELHI: Foreign secretary Vinay Kwatra and his Nepal counterpart Bharat Raj Paudyal reviewed the "
        "bilateral partnership at a meeting in Kathmandu on Monday.\n\nKwatra, who is on a two-day visit to "
        "Nepal, also met President Bidya Devi Bhandari and Prime Minister Pushpa Kamal Dahal on Monday.",
        source="Hindustan Times",
        published="2023-02-13",
    )
    people = {(p.name, p.country, p.role) for m in found for p in m.participants}
    assert ("Pushpa Kamal Dahal", "IN", "head of government") not in people
    assert ("Bharat Raj Paudyal", "NP", "other") in people


def test_ahead_of_hosting_is_the_speakers_coming_meeting() -> None:
    """ "he said ahead of hosting Y in Geelong on Thursday": he hosts Y, a meeting still to come."""
    found = only(
        "Australian Defence Minister Richard Marles said the two countries shared a deep defence relationship.\n\n"
        "“But we can always do more together,” he said ahead of hosting Papua New Guinea Defence Minister Win "
        "Bakri Daki in Geelong on Thursday.",
        published="2023-10-05",
    )
    assert (found.meeting_kind, {p.name for p in found.participants}) == (
        "planned",
        {"Richard Marles", "Win Bakri Daki"},
    )


def test_a_title_ending_in_a_second_portfolio_stands_before_a_name() -> None:
    """ "Ghana's Minister for Foreign Affairs and Regional Integration Shirley Ayorkor Botchwey": the name
    after the portfolio, with the title's office and country; "Chair of the Economic Community of West
    African States" names no one called "Community"."""
    found = only(
        "The new Ambassador of the United States to Ghana, Virginia Palmer, paid a courtesy call on Ghana's "
        "Minister for Foreign Affairs and Regional Integration Shirley Ayorkor Botchwey on Tuesday. The "
        "Ambassador commended Ghana for its tenure as Chair of the Economic Community of West African States.",
        published="2022-07-06",
    )
    assert ("Shirley Ayorkor Botchwey", "GH", "foreign minister") in who(found)
    chaired = cast_of("Ghana served as Chair of the Economic Community of West African States.")
    assert "Community" not in {p.name for p in chaired.people}


def test_he_of_a_trip_told_by_its_owner_is_the_owner() -> None:
    """ "the Qatari foreign minister's trip last week to Iran where he met Y": the minister met Y, not the
    subject of the sentence."""
    found = meetings_of(
        "Qatari Foreign Minister Mohammed bin Abdulrahman Al-Thani met Lebanese Prime Minister Saad Hariri in "
        "Doha on Wednesday. Hariri's trip came days after the Qatari foreign minister's trip last week to Iran "
        "where he met Iranian counterpart Mohammad Javad Zarif.",
        published="2021-02-18",
    )
    met = [sorted(p.name for p in m.participants) for m in found if "Zarif" in str(m.participants)]
    assert met == [["Mohammad Javad Zarif", "Mohammed bin Abdulrahman Al-Thani"]]


def test_a_president_elect_is_no_president_of_a_monarchy() -> None:
    """ "President-elect" fits a republic, as "President" does: not Britain."""
    assert not gazetteer.title_fits("President-elect", "GB")
    assert gazetteer.title_fits("President-elect", "US")


def test_a_dateline_with_a_numeric_date_and_an_agency_is_a_line_of_its_own() -> None:
    """ "DUSHANBE, 14.09.2023 (NIAT Khovar) – On September 14, President X met ...": the agency is no one."""
    text = (
        "DUSHANBE, 14.09.2023 (NIAT Khovar) – On September 14, President of the Republic of Tajikistan Emomali "
        "Rahmon met with the President of the Kyrgyz Republic Sadyr Japarov."
    )
    assert "Niat Khovar" not in {p.name for p in cast_of(text).people}
    assert {p.name for p in only(text, published="2023-09-14").participants} == {"Emomali Rahmon", "Sadyr Japarov"}


def test_a_dateline_naming_its_country_in_brackets_dates_and_places_the_story() -> None:
    """ "New Delhi [India], March 15 : ... on Thursday": Thursday the 14th, not the dateline's day, and the
    bare "Prime Minister Narendra Modi" is India's."""
    found = meetings_of(
        "New Delhi [India], March 15 : External Affairs Minister S Jaishankar called on Bhutan's Prime Minister "
        "Tshering Tobgay on Thursday.\n\nEarlier, Bhutanese PM Tobgay, who is on a five-day official visit to "
        "India, called on Prime Minister Narendra Modi at his official residence on Thursday.",
        source="Lokmat Times (ANI)",
        published="2024-03-15",
    )
    assert {m.date.to_str() for m in found} == {"2024-03-14"}
    assert ("Narendra Modi", "IN", "head of government") in {(p.name, p.country, p.role) for m in found for p in m.participants}


def test_a_journey_in_the_present_with_its_day_is_a_coming_meeting_with_the_named_counterpart() -> None:
    """ "X travels to Warsaw on Tuesday for discussions with Y, her Polish counterpart", published that
    Tuesday: a planned meeting, and Y (a name the model tagged an organisation) is in it."""
    found = only(
        "German Chancellor Angela Merkel travels to Warsaw on Tuesday for political discussions with Beata "
        "Szydlo, her Polish counterpart, with the future of the European Union top of the agenda.",
        published="2017-02-07",
    )
    assert (found.meeting_kind, found.date.to_str()) == ("planned", "2017-02-07")
    assert ("Beata Szydlo", "PL", "head of government") in who(found)


def test_a_negation_with_a_curly_apostrophe_holds_no_meeting() -> None:
    """ "“I haven’t spoken to the president in recent days,” Carney said": no call, as with "haven't"."""
    for apostrophe in ("’", "'"):
        found = meetings_of(
            f"Prime Minister Mark Carney met reporters. “I haven{apostrophe}t spoken to U.S. President Donald Trump "
            "in recent days,” Carney said during a press conference.",
            published="2025-08-06",
        )
        assert not [m for m in found if "Donald Trump" in {p.name for p in m.participants}]


def test_the_ruling_partys_leader_named_bare_is_the_home_countrys() -> None:
    """ "On February 7, Party General Secretary X received Lao Prime Minister Y in Hanoi", from a Vietnamese
    broadcaster: X is Vietnam's (an office of no class, the party's leader)."""
    found = only(
        "On February 7, Party General Secretary Nguyen Van Thanh received Lao Prime Minister Sonexay Siphandone "
        "in Hanoi.",
        source="VTV (Vietnam Television)",
        published="2024-02-08",
    )
    assert ("Nguyen Van Thanh", "VN", "other") in who(found)


def test_a_demonym_before_a_party_title_and_a_state_title_is_the_persons_country() -> None:
    """ "Lao Party General Secretary and President X", in a Vietnamese broadcaster's story: Laos's."""
    lao = person(
        "The Lao Prime Minister conveyed the New Year wishes of Lao Party General Secretary and President "
        "Bounhang Volachith to the Vietnamese Party leader.",
        "Bounhang Volachith",
        "VTV (Vietnam Television)",
    )
    assert (lao.country, lao.role) == ("LA", "head of state")


def test_a_cabinet_minister_named_bare_by_a_home_paper_is_its_countrys() -> None:
    """ "Home Minister Rajnath Singh met Sri Lankan Prime Minister X" in an Indian paper: an office of no class
    (a minister of another portfolio), the paper's country; not an envoy, nor a deputy."""
    text = "NEW DELHI: Sri Lankan Prime Minister Ranil Wickremesinghe met {} on Saturday."
    assert person(text.format("Home Minister Rajnath Singh"), "Rajnath Singh", "The Hindu").country == "IN"
    assert person(text.format("Deputy Minister Arun Patel"), "Arun Patel", "The Hindu").country is None


def test_a_title_listed_before_the_next_name_is_not_the_names_before() -> None:
    """ "received by his host Magufuli, the Zambian High Commissioner to Tanzania, Grace Mujuma, and
    officials": the High Commissioner is Mujuma, and Magufuli stays the dateline's; the meeting of the two
    presidents is between two countries."""
    text = (
        "Dar es Salaam — President John Magufuli yesterday received his Zambian counterpart Edgar Lungu. The "
        "plane carrying President Lungu landed at the airport and was received by his host Magufuli, the "
        "Zambian High Commissioner to Tanzania, Grace Mujuma, and senior government officials. President Lungu "
        "will today hold talks with President Magufuli at the State House."
    )
    paper = "Daily News, Tanzania"
    assert person(text, "John Magufuli", paper).country == "TZ"
    assert (person(text, "Grace Mujuma", paper).country, person(text, "Grace Mujuma", paper).title) == (
        "ZM",
        "High Commissioner",
    )
    held = [(m.meeting_kind, sorted(m.countries)) for m in meetings_of(text, paper, published="2016-11-28")]
    assert ("planned", ["TZ", "ZM"]) in held


def test_a_last_portfolio_of_three_words_ends_a_title_before_a_name() -> None:
    """ "the Minister for Foreign Affairs and East African Cooperation, Augustine Mahiga": the foreign minister."""
    found = person(
        "Dar es Salaam — Officials included the minister for Foreign Affairs and East African Cooperation, "
        "Augustine Mahiga, and heads of security organs.",
        "Augustine Mahiga",
        "Daily News, Tanzania",
    )
    assert (found.role, found.country) == ("foreign minister", "TZ")


def test_a_dateline_city_in_mixed_case_with_its_date_is_the_home_of_officials_named_bare() -> None:
    """ "Addis Ababa, February 11, 2019 (FBC) – Prime Minister X today held talks with presidents ...", in a
    paper of another country that reprints the agency: X is Ethiopia's, and each president met apart."""
    found = meetings_of(
        "Addis Ababa, February 11, 2019 (FBC) – Prime Minister Dr Abiy Tesfaye today held talks with presidents "
        "of different African countries on the sidelines of the summit.\n\nHe conferred with President of "
        "Botswana Mokgweetsi Kgosi, President of Djibouti Ismail Omar Hassan and President of Ghana Kwame "
        "Mensah.",
        "Somaliland Standard (FBC)",
        published="2019-02-11",
    )
    assert sorted(sorted(m.countries) for m in found) == [["BW", "ET"], ["DJ", "ET"], ["ET", "GH"]]


def test_the_office_of_a_country_told_first_is_the_next_named_subjects() -> None:
    """ "welcoming the Emir of Qatar to Downing Street ... Sheikh Tamim said": the emir named next is Qatar's,
    and he is the one welcomed; not "his first visit as foreign minister of Japan", a predicate."""
    found = only(
        "Britain's relationship with Qatar is growing, Prime Minister Boris Wells said after welcoming the "
        "Emir of Qatar to Downing Street for bilateral talks.\n\nSheikh Tamim bin Khalid al-Thani said he was "
        "excited to attend Friday's meeting.",
        published="2019-09-20",
    )
    assert ("Tamim bin Khalid al-Thani", "QA", "head of state") in who(found)
    locsin = person(
        "Japanese Minister Toshio Motegawa is on an official visit to Manila, his first visit to the country as "
        "foreign minister of Japan. In a joint press briefing Thursday, Foreign Affairs Secretary Teodoro Lopez "
        "said he and his Japanese counterpart discussed security.",
        "Teodoro Lopez",
        "The Philippine Star",
    )
    assert locsin.country != "JP"


def test_a_dateline_in_capitals_with_its_day_and_a_colon_is_the_home_of_officials_named_bare() -> None:
    """ "KATHMANDU, Jan 7: Minister for Foreign Affairs X and his Indian counterpart Y held a telephone
    conversation on Thursday": X is Nepal's."""
    found = only(
        "KATHMANDU, Jan 7: Minister for Foreign Affairs, Dr Narayan Kharel and his Indian counterpart Dr S "
        "Ravishankar held a telephone conversation on Thursday",
        "Republica",
        published="2022-01-07",
    )
    assert (found.meeting_kind, found.date.to_str(), sorted(found.countries)) == ("call", "2022-01-06", ["IN", "NP"])


def test_a_dateline_with_capitals_and_a_colon_is_the_home_of_a_long_subject() -> None:
    """ "Abu Dhabi: Sheikh X, Minister of Foreign Affairs and International Cooperation, on Monday received US
    Secretary of State Y": the city and its colon are a line of their own, and X is the UAE's."""
    found = only(
        "Abu Dhabi: Sheikh Karim bin Saleh Al Harbi, Minister of Foreign Affairs and International "
        "Cooperation, on Monday received US Secretary of State Ana Ruiz.",
        "Gulf News",
        published="2022-05-17",
    )
    assert found.date.to_str() == "2022-05-16"
    assert who(found) == {
        ("Karim bin Saleh Al Harbi", "AE", "foreign minister"),
        ("Ana Ruiz", "US", "foreign minister"),
    }


def test_a_title_of_two_offices_opening_the_sentence_before_its_subjects_comma() -> None:
    """ "Addis Ababa February 15/2023 /ENA/Deputy Prime Minister and Minister of Foreign Affairs, X has
    conferred with ... Minister of Cote d'Ivoire, Y": X holds the title ("Affairs" is a portfolio's word, no
    plural of a list's titles), the story is Ethiopia's, and "d'Ivoire" ends a country's name."""
    found = only(
        "Addis Ababa February 15/2023 /ENA/Deputy Prime Minister and Minister of Foreign Affairs, Tesfaye "
        "Alemu has conferred with Foreign Affairs Minister of Cote d'Ivoire, Awa Kone on the margins of the "
        "session.",
        "Ethiopian News Agency",
        published="2023-02-15",
    )
    assert found.date.to_str() == "2023-02-15"
    assert who(found) == {
        ("Tesfaye Alemu", "ET", "foreign minister"),
        ("Awa Kone", "CI", "foreign minister"),
    }


def _meetings_of_page(page: str) -> list[MeetingReported]:
    events, _ = extract(article.from_bytes(page.encode(), source_name="t.txt"))
    return [e for e in events if isinstance(e, MeetingReported)]


def test_a_papers_own_story_filed_from_abroad_gives_the_paper_no_bare_foreign_officials() -> None:
    """An Indonesian site's story datelined CANBERRA: the officials Australia's minister will meet "in
    Timor-Leste, where" are Timor-Leste's, not the paper's country's."""
    found = _meetings_of_page(
        "title: Australian minister to tour two neighbours\nsource: Medcom.id\n"
        "url: https://www.medcom.id/english/world/abc\npublished: 2022-08-29\n\n"
        "CANBERRA: Australian Minister for Foreign Affairs Ann Lee is set to visit Papua New Guinea and "
        "Timor-Leste this week.\n\n"
        '"I will meet Prime Minister James Tovo," Minister Lee said on Sunday.\n\n'
        "On Wednesday, Australia's top diplomat will travel to Timor-Leste, where she will meet President "
        "Jose Amaral.\n\nShe will also meet with Minister of Finance Rui Soares."
    )
    countries = {p.name: p.country for m in found for p in m.participants}
    assert countries.get("Jose Amaral") == "TL"
    assert countries.get("Rui Soares") == "TL"


def test_a_papers_story_from_abroad_opening_on_that_countrys_official_gives_the_paper_no_bare_ones() -> None:
    """A Vietnamese agency's story datelined Kuala Lumpur, opening on "Malaysia's Prime Minister X": the
    ministers of the reshuffle it tells, named bare, are not Vietnam's."""
    page = (
        "title: Malaysia reshuffles cabinet\nsource: Vietnam News Agency (VietnamPlus)\n"
        "url: https://en.vietnamplus.vn/malaysia-reshuffles-cabinet/274757.vnp\npublished: 2023-12-12\n\n"
        "Kuala Lumpur (VNA) – Malaysia's Prime Minister Osman Rahim announced a major cabinet reshuffle on "
        "December 12.\n\nDefence Minister Hamid Yusof is now Minister of Foreign Affairs to replace Zainal "
        "Kadir, who will assume the post of Minister of Higher Education."
    )
    events, _ = extract(article.from_bytes(page.encode(), source_name="t.txt"))
    countries = {e.name: e.country for e in events if isinstance(e, OfficeObserved)}
    assert countries == {"Osman Rahim": "MY", "Hamid Yusof": None, "Zainal Kadir": None}


def test_wire_copy_filed_from_abroad_names_its_own_countrys_official_bare() -> None:
    """An Indian agency's copy datelined KATHMANDU: "Prime Minister X ... a day after meeting Nepal's top
    leadership", with Nepal's prime minister named: X, named bare, is India's."""
    found = _meetings_of_page(
        "title: Prime Minister holds talks in Nepal\nsource: PTI (via State Times)\n"
        "url: http://news.statetimes.in/abc\npublished: 2018-05-12\n\n"
        "KATHMANDU: Prime Minister Ravi Mehta and Nepal's former prime minister Ram Thapa today exchanged "
        "views on bilateral ties, a day after meeting Nepal's top leadership.\n\n"
        "On Friday, Mehta held talks with Nepal's Prime Minister Hari Karki."
    )
    countries = {p.name: p.country for m in found for p in m.participants}
    assert countries == {"Ravi Mehta": "IN", "Ram Thapa": "NP", "Hari Karki": "NP"}


def test_one_met_in_a_sentence_going_on_from_a_journey_is_the_hosts_under_the_travellers_dateline() -> None:
    """ "CANBERRA: ... will travel to Timor-Leste, where she will meet President X. She will also meet with
    Minister of Finance Y": Y is met abroad too, not Australia's (the dateline's)."""
    found = meetings_of(
        "CANBERRA: Australian Minister for Foreign Affairs Ann Lee is set to visit Timor-Leste this week.\n\n"
        "On Wednesday, Australia's top diplomat will travel to Timor-Leste, where she will meet President "
        "Jose Amaral.\n\nShe will also meet with Minister of Finance Rui Soares.",
        published="2022-08-29",
    )
    countries = {p.name: p.country for m in found for p in m.participants}
    assert countries.get("Rui Soares") == "TL"


def test_sultan_before_a_name_with_a_ministers_title_after_it_is_a_given_name() -> None:
    """ "Sultan Mohammed Al Rumaithi, Assistant Minister of Foreign Affairs ..., received X": "Sultan" is his
    given name and his office the one after it; "Sultan Qaboos bin Said, the Sultan of Oman" stays a ruler."""
    found = only(
        "Sultan Mohammed Al Rumaithi, Assistant Minister of Foreign Affairs and International Cooperation "
        "for Development Affairs, received Ambassador Ana Ruiz of Peru in Abu Dhabi on Monday.",
        published="2022-05-17",
    )
    assert ("Sultan Mohammed Al Rumaithi", "AE", "other") in who(found)
    ruler = only(
        "Sultan Qaboos bin Said, the Sultan of Oman, received President Ana Ruiz of Peru in Muscat on "
        "Monday.",
        published="2022-05-17",
    )
    assert ("Qaboos bin Said", "OM", "head of state") in who(ruler)


def test_a_leaders_styles_joined_by_of_after_the_are_no_one() -> None:
    """ "a telephone conversation took place between the Founder of Peace and National Unity - Leader of the
    Nation, President of the Republic of Tajikistan X and the President of ... Uzbekistan Y": one call of X
    and Y, no "Founder of Peace" in it."""
    found = meetings_of(
        "TAJIKISTAN, May 4 - Today, a telephone conversation took place between the Founder of Peace and "
        "National Unity - Leader of the Nation, President of the Republic of Tajikistan Emomali Sharipov and "
        "the President of the Republic of Uzbekistan Shavkat Aliyev.",
        published="2022-05-04",
    )
    assert names_met(found) == [["Emomali Sharipov", "Shavkat Aliyev"]]


def test_calling_a_thing_something_is_no_phone_call() -> None:
    """ "X called parts of A and B, which C has recognised, "quasi-states"": a naming, no call with anyone;
    "X called his Russian counterpart Y" is one."""
    assert not meetings_of(
        "At the forum in June, President Kassym Omarov called parts of Ukraine's Donetsk and Luhansk, which "
        'Moscow has recognized as the LNR and DNR, as "quasi-states" that Kazakhstan will not recognize.',
        published="2022-09-01",
    )
    found = only(
        "President Kassym Omarov called his Russian counterpart Ivan Petrov on Monday.",
        published="2022-09-01",
    )
    assert found.meeting_kind == "call"


def test_gatherings_to_be_held_that_a_talk_discussed_are_no_planned_meetings_of_the_talkers() -> None:
    """ "they also discussed the conference to be held on 12-13 May here in Dhaka, and the G20 summit to be
    held in India in September next": the talk is a meeting; the gatherings are what it was about."""
    found = meetings_of(
        "External Affairs Minister Ravi Sharma called on Prime Minister Sheikh Amina in Dhaka on "
        "Thursday.\n\nBesides, they also discussed the 6th Indian Ocean Conference to be held on 12-13 May "
        "here in Dhaka, and the G20 summit to be held in India in September next.",
        published="2023-05-11",
    )
    assert [m.meeting_kind for m in found] == ["in-person"]


def test_a_whitehall_title_in_a_leaders_suite_abroad_is_the_homes() -> None:
    """ "President Ali was accompanied by the Minister of Tourism, A; Foreign Secretary, B; ..." in a
    Guyanese paper: B is Guyana's (its foreign secretary a civil servant), and so is the president; "a
    delegation likely to include External Affairs Minister A, Foreign Secretary B and NSA C" in an Indian
    agency's story that names the UK among the G7: B and C are not Britain's."""
    found = only(
        "President Irfan Alli held bilateral discussions on Tuesday with the Dominican Republic's President "
        "Luis Abreu at the National Palace in Santo Domingo.\n\nPresident Alli was accompanied by the "
        "Minister of Tourism, Industry and Commerce, Ann Walcott; Foreign Secretary, Robert Persad; and "
        "other government representatives.",
        "Guyana Chronicle",
        published="2023-08-09",
    )
    assert ("Irfan Alli", "GY", "head of state") in who(found)
    people = {
        p.name: p
        for p in cast_of(
            "Prime Minister Ravi Mehta will travel to Italy this week for the G7 summit.\n\nMehta will be "
            "accompanied by a high-level delegation that is likely to include External Affairs Minister Anil "
            "Rao, Foreign Secretary Vijay Kumar and NSA Ajay Dev, sources said.\n\nThe G7 comprises the US, "
            "the UK, France, Italy, Germany, Canada and Japan.",
            "Press Trust of India",
        ).people
    }
    assert people["Vijay Kumar"].country == "IN"
    assert people["Ajay Dev"].country != "GB"


def test_a_british_title_beside_another_countrys_title_of_its_class_stays_british() -> None:
    """ "Foreign Secretary A and Defence Secretary B met US Secretary of State C": "US" tells C's title
    from nobody's; A is still Britain's (only the same title written with a country makes the bare one
    another's)."""
    found = only(
        "Foreign Secretary David Lamb and Defence Secretary John Heal met US Secretary of State Ann Blake in "
        "London on Monday.",
        published="2024-08-06",
    )
    assert ("David Lamb", "GB", "foreign minister") in who(found)


def test_a_nickname_in_brackets_and_a_rank_before_a_given_name_are_the_same_person() -> None:
    """ "President Joko Widada (Jokowi) received ... Jokowi said": one president; "Gen. Prayat Chan-ocha ...
    Gen Prayat said": one prime minister."""
    president = cast_of(
        "President Joko Widada (Jokowi) received a visit from Papua New Guinea's Prime Minister James Marapa "
        "at the Bogor Palace on Thursday.\n\nFurthermore, President Jokowi and Prime Minister James Marapa "
        "held a face-to-face meeting."
    )
    assert sorted(p.name for p in president.people) == ["James Marapa", "Joko Widada"]
    prime = cast_of(
        "Chinese Foreign Minister Wang Lei called on Prime Minister Gen. Prayat Chan-ocha in Bangkok on "
        "Monday.\n\nGen Prayat said ties were strong."
    )
    assert sorted(p.name for p in prime.people) == ["Prayat Chan-ocha", "Wang Lei"]


def test_a_format_named_by_a_place_and_a_schools_place_are_no_one() -> None:
    """ "on the sidelines of the informal meeting in the Gymnich format": a format, no Italian official;
    "Prior to ... at the University of Fribourg, Foreign Minister X received ...": the school's place, no one
    in apposition to the minister."""
    gymnich = only(
        "The Minister of Foreign Affairs, Bogdan Aurel, had a bilateral meeting with his Italian "
        "counterpart, Luigi Maio, on the sidelines of the informal meeting in the Gymnich format of the "
        "foreign ministers of EU member-states, which is taking place in Berlin.",
        published="2020-08-28",
    )
    assert {p.name for p in gymnich.participants} == {"Bogdan Aurel", "Luigi Maio"}
    fribourg = only(
        "Prior to the announcement of the canceled podium at the University of Fribourg, Foreign Minister "
        "Ignaz Cassel received his Slovakian counterpart Juraj Blana in Bern on Tuesday.",
        published="2024-11-20",
    )
    assert {p.name for p in fribourg.participants} == {"Ignaz Cassel", "Juraj Blana"}


def test_a_talk_one_is_ordered_to_hold_is_no_talk_held() -> None:
    """ "This is exactly the order the president gave me yesterday, to talk with Lavrin," X said: what he is
    to do; "X travelled to Lima on Monday to meet Y" and "X was in Brussels Wednesday to meet Y" are
    meetings."""
    doc = parsed(
        '"This is exactly the order the president gave me yesterday, to talk with Lavrin," Foreign Minister '
        "Dmytro Kulik said on Monday, September 7."
    ).sentences[0].doc
    talk = next(t for t in doc if t.lower_ == "talk")
    assert meetings.trigger_anchor(talk) is None
    assert only(
        "Foreign Minister Ana Ruiz travelled to Lima on Monday to meet her Peruvian counterpart Luis Paz.",
        published="2022-05-17",
    )
    assert only(
        "Brussels, April 23 (RHC) - Cuba's foreign minister Bruno Ruiz was in Brussels Wednesday to meet "
        "with his European Union counterpart, Federica Moreno.",
        published="2015-04-23",
    )


def test_a_meeting_dated_by_a_year_alone_is_no_meeting_one_can_place() -> None:
    """ "In 2022, X, then chairman of the council, paid a two-day state visit to Y": a year alone places no
    meeting (a month at least does); a meeting told as held beside "this year" is of its report's day."""
    assert not meetings_of(
        "Foreign Minister Olivier Ndayi met President Mahamat Deba in N'Djamena on Tuesday.\n\nIn 2022, "
        "Deba paid a two-day state visit to Kigali, where he held talks with President Paul Kagara.",
        published="2025-07-17",
    )[1:]
    found = only(
        "Foreign Minister Winston Peta has landed in Solomon Islands for the first leg of his Pacific tour, "
        "and an audience with the newly elected Prime Minister Jeremiah Manela.\n\nPeta said the visit would "
        "be the first of a range of high-level engagements between the two countries this year.",
        published="2024-05-12",
    )
    assert found.date.to_str() == "2024-05-12"


def test_a_day_told_with_a_nouns_participle_takes_the_tense_of_its_clause() -> None:
    """ "X will attend a dinner hosted by Y on Tuesday": the coming Tuesday ("hosted" describes the dinner);
    "X attended a dinner hosted by Y on Tuesday": the last one."""
    coming = only(
        "President Ana Kask will attend a dinner hosted by U.S. National Security Advisor John Black on "
        "Tuesday.",
        published="2018-04-02",
    )
    assert (coming.meeting_kind, coming.date.to_str()) == ("planned", "2018-04-03")
    held = only(
        "President Ana Kask attended a dinner hosted by U.S. National Security Advisor John Black on "
        "Tuesday.",
        published="2018-04-02",
    )
    assert (held.meeting_kind, held.date.to_str()) == ("in-person", "2018-03-27")


def test_a_suite_accompanying_a_visitor_during_his_visit_is_no_meeting() -> None:
    """ "During his visit, X will be accompanied by a high-level delegation including Deputy Prime Minister
    Y": Y is of X's suite; they do not meet."""
    assert not meetings_of(
        "Prime Minister Pravin Jugnath will arrive in New Delhi on Friday. During his visit, Jugnath will be "
        "accompanied by a high-level delegation including Deputy Prime Minister Ivan Collen, and the cabinet "
        "and finance secretaries.",
        "The Hindu",
        published="2017-05-24",
    )


def test_a_list_of_titles_each_before_its_name_set_off_by_commas() -> None:
    """ "Jamaican Prime Minister A, Bahamas Prime Minister, Dr B, President of the Dominican Republic, C,
    President of Haiti, D": each title is the name's after it, not the one before (B stays the Bahamas'
    prime minister)."""
    people = {
        p.name: (p.country, p.role)
        for p in cast_of(
            "The meeting at the resort on Friday will feature Jamaican Prime Minister Andrew Holnes, Bahamas "
            "Prime Minister, Dr Hubert Minns, President of the Dominican Republic, Danilo Medin, President "
            "of Haiti, Jovenel Mose and Prime Minister of St Lucia, Allen Chastan."
        ).people
    }
    assert people["Hubert Minns"] == ("BS", "head of government")
    assert people["Danilo Medin"] == ("DO", "head of state")


def test_a_summits_host_is_at_no_bilateral_told_before_and_his_higher_office_told_after_him_wins() -> None:
    """ "Earlier, A also held bilateral talks with Iranian President B. Leaders ... gathered at the summit,
    which was hosted by Crown Prince C, who is also the Prime Minister of the Kingdom of Saudi Arabia": C is
    no party to A's talks with B, and he is Saudi Arabia's head of government."""
    found = only(
        "Earlier, Malaysian Prime Minister Anwar Ismail also held bilateral talks with Iranian President "
        "Ebrahim Raisa.\n\nLeaders and delegates from OIC member states gathered at the summit, which was "
        "hosted by Crown Prince Mohammed bin Salim, who is also the Prime Minister of the Kingdom of Saudi "
        "Arabia.",
        published="2023-11-12",
    )
    assert {p.name for p in found.participants} == {"Anwar Ismail", "Ebrahim Raisa"}
    host = person(
        "The summit was hosted by Crown Prince Mohammed bin Salim, who is also the Prime Minister of the "
        "Kingdom of Saudi Arabia.",
        "Mohammed bin Salim",
    )
    assert (host.country, host.role) == ("SA", "head of government")


def test_the_dead_of_a_funeral_is_neither_he_nor_the_prime_minister_after_it() -> None:
    """ "He then attends the funeral of former Japanese Prime Minister X before he travels to ... meet Y",
    "... The Prime Minister will leave Japan ... to meet Y": the traveller, not the one mourned."""
    pronoun = only(
        "Prime Minister James Marapa will travel to Tokyo on Monday. He then attends the funeral of former "
        "Japanese Prime Minister Shinzo Abo before he travels to Washington to attend the first-ever Pacific "
        "Island Summit with U.S. President Joe Bidden.",
        published="2022-09-20",
    )
    assert {p.name for p in pronoun.participants} == {"James Marapa", "Joe Bidden"}
    title = only(
        "Papua New Guinea Prime Minister James Marapa arrived in Tokyo on Monday. He then attended the "
        "funeral of former Japanese Prime Minister Shinzo Abo in the afternoon. The Prime Minister will "
        "leave Japan for Washington on Tuesday to meet U.S. President Joe Bidden.",
        published="2022-09-27",
    )
    assert {p.name for p in title.participants} == {"James Marapa", "Joe Bidden"}


def test_a_governments_envoy_is_of_the_governments_country() -> None:
    """ "Chinese Government Special Envoy for African Affairs, X": China's envoy, though the story is
    another country's."""
    found = person(
        "Addis Ababa, February 15, 2023\nState Minister Abebe Tola has also conferred with Chinese "
        "Government Special Envoy for African Affairs, Liu Wenbo on bilateral issues.",
        "Liu Wenbo",
        "Ethiopian News Agency",
    )
    assert (found.country, found.role) == ("CN", "other")


def test_talks_between_a_plural_title_and_the_names_set_off_after_it() -> None:
    """ "talks between the two countries' presidents, A of Tajikistan and B of Russia, in Dushanbe ... B
    arrived in Dushanbe earlier on Friday": the presidents met, on Friday, each their country's president."""
    found = only(
        "15 June 2019 04:55 (UTC+04:00)\n\nCooperation was in focus of talks between the two countries’ "
        "presidents, Emomali Sharipov of Tajikistan and Vladimir Volkov of Russia, in Dushanbe, the press "
        "service said.\n\nVolkov arrived in Dushanbe earlier on Friday to attend a summit on June 15.",
        published="2019-06-15",
    )
    assert who(found) == {
        ("Emomali Sharipov", "TJ", "head of state"),
        ("Vladimir Volkov", "RU", "head of state"),
    }
    assert found.date.to_str() == "2019-06-14"


def test_a_parliaments_written_answer_is_the_answering_members_and_the_question_is_no_meeting() -> None:
    """A record of written answers: "Name (Seat, Party)" opens each member's words; the question "if he met
    with X" tells no meeting; "the President of the European Council, X ... President X" is the EU's."""
    found = only(
        "Written answers\n\nMichael Byrne (Cork South Central, Fianna Fail)\n\n160. To ask the Taoiseach if he "
        "met with Mr. Donald Tuskan when he attended the October 2018 EU Council meeting.\n\nLeo Ward (Dublin "
        "West, Fine Gael)\n\nI had a bilateral meeting with the President of the European Council, Donald "
        "Tuskan, in Brussels on 4 October.\n\nPresident Tuskan re-iterated his ongoing solidarity for Ireland.",
        "KildareStreet.com (Dáil Éireann written answers)",
        published="2018-10-23",
    )
    assert {(p.name, p.role) for p in found.participants} == {("Leo Ward", "other"), ("Donald Tuskan", "other")}
    assert found.date.to_str() == "2018-10-04"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("President of Cuba's Councils of State and Ministers", "head of state"),
        ("President of the Councils of State and Ministers", "head of state"),
        ("President of the Senate", "other"),
    ],
)
def test_office_a_council_of_states_president_heads_the_state(title: str, role: str) -> None:
    assert office.title_class(title) == role


def test_a_visitor_meets_the_head_of_state_and_the_head_of_government_one_by_one() -> None:
    """ "X, on a visit to Colombo, is scheduled to meet President A and Prime Minister B on Thursday": two
    calls, not one meeting of three; a foreign minister and her deputy met together stay one meeting."""
    found = meetings_of(
        "Colombo, Jun 5 (PTI) Maldivian foreign minister Moosa Zaheer, who is on a three-day visit to Colombo, is "
        "scheduled to meet President Ranil Perera and Prime Minister Dinesh Silva on Thursday, officials said.",
        published="2024-06-05",
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Dinesh Silva", "Moosa Zaheer"],
        ["Moosa Zaheer", "Ranil Perera"],
    ]
    together = meetings_of(
        "Maldivian foreign minister Moosa Zaheer met Sri Lankan Foreign Minister Ali Rahman and State Minister "
        "Tharaka Perera in Colombo on Wednesday.",
        published="2024-06-05",
    )
    assert len(together) == 1


def test_a_delegation_listed_by_semicolons_holds_one_meeting_with_the_host() -> None:
    """ "Mr. A, Deputy Speaker of the Maldives; Dr. B, Minister of Foreign Affairs; ...; and Mr. E, Minister of
    Home Security, held talks with the President during the meeting": one meeting of all, each of the one
    country the list places; an official who "also participated in the discussions" is at it too."""
    found = only(
        "Deputy Speaker of the Maldives and four other Maldivian ministers met with President Anura Perera today "
        "(29) at a resort and held discussions.\n\nAccordingly, Mr. Ahmed Naseem, Deputy Speaker of the "
        "Maldives; Dr. Abdulla Khalid, Minister of Foreign Affairs; Mr. Mohamed Saeed, Minister of Economic "
        "Development and Trade; Mr. Moosa Zahir, Minister of Finance and Planning; and Mr. Ali Ihsan, Minister "
        "of Home Security and Technology, held talks with the President during the meeting, the President’s "
        "Media Division (PMD) said.\n\nA group of senior government officials, including Sri Lanka’s Minister "
        "of Foreign Affairs, Vijitha Herath, also participated in the discussions.",
        "Ada Derana",
        published="2025-07-29",
    )
    assert {(p.name, p.country) for p in found.participants} == {
        ("Anura Perera", "LK"),
        ("Ahmed Naseem", "MV"),
        ("Abdulla Khalid", "MV"),
        ("Mohamed Saeed", "MV"),
        ("Moosa Zahir", "MV"),
        ("Ali Ihsan", "MV"),
        ("Vijitha Herath", "LK"),
    }


def test_meetings_during_a_visit_begun_today_are_of_its_month() -> None:
    """ "On Monday, X began an official visit to Vilnius. During the visit, X will discuss ... with Y": a
    meeting of this month; "..., the chairman of the parliament, B, and the Prime Minister of Lithuania, C":
    the Prime Minister is C, not B."""
    text = (
        "On Monday, Foreign Minister Zbigniew Rawicz began an official visit to Vilnius.\n\nDuring the visit, "
        "Polish Foreign Minister Zbigniew Rawicz will discuss multiple issues with the head of Lithuanian "
        "diplomacy, Gabrielius Landis.\n\nThe head of the Polish Foreign Ministry will also meet with the "
        "President of the Republic of Lithuania, Gitanas Nauseda, the chairman of the Lithuanian lower house of "
        "parliament, Viktorija Cmilyte, and the Prime Minister of Lithuania, Ingrida Simonyte."
    )
    found = [(m.meeting_kind, m.date.to_str(), sorted(p.name for p in m.participants)) for m in meetings_of(
        text, "Warsaw Point", published="2021-09-06"
    )]
    assert ("planned", "2021-09", ["Gabrielius Landis", "Zbigniew Rawicz"]) in found
    assert person(text, "Viktorija Cmilyte").role == "other"
    assert person(text, "Ingrida Simonyte").role == "head of government"


def test_a_visiting_leader_parsed_as_an_object_holds_the_talks() -> None:
    """ "Visiting Maldives President X had talks with President A and Prime Minister B today": the parser
    makes X the object of "Visiting"; X met each. "the “Prime Minister B Trophy 2021” tournament": B's name
    ends before "Trophy"."""
    text = (
        "Visiting Maldives President Ibrahim Mohamed Salih had talks with President Gotabaya Perera and Prime "
        "Minister Mahinda Perera today.\n\nThe visit is to officiate the opening ceremony of the “Prime "
        "Minister Mahinda Perera Trophy 2021” football tournament."
    )
    found = sorted(sorted(p.name for p in m.participants) for m in meetings_of(text, "Colombo Gazette"))
    assert found == [
        ["Gotabaya Perera", "Ibrahim Mohamed Salih"],
        ["Ibrahim Mohamed Salih", "Mahinda Perera"],
    ]


def test_a_dinner_held_by_a_president_abroad_is_a_meeting_with_the_host_of_the_visited_country() -> None:
    """ "PM X attended a dinner last evening held by President Y as they concluded Day One of her visit in
    Georgetown", in a Barbadian paper: X met Y, Guyana's president (not the paper's), the evening before."""
    found = only(
        "The leaders of Barbados and Guyana expressed their commitment to building on trade links.\n\n"
        "Prime Minister Mia Amor Motley attended a dinner last evening held by President Dr Mohammed Irfan Alli as "
        "they concluded Day One of her four-day working visit in Georgetown.\n\nAlli thanked Motley for her "
        "commitment to regional integration.",
        "Barbados Gazette (Loop Barbados)",
        published="2022-02-14",
    )
    assert who(found) == {
        ("Mia Amor Motley", "BB", "head of government"),
        ("Mohammed Irfan Alli", "GY", "head of state"),
    }
    assert found.date.to_str() == "2022-02-13"


def test_whoever_sends_greetings_is_of_the_conveyors_country_and_not_at_the_meeting() -> None:
    """ "Prince Faisal conveyed to the Amir the greetings of King Salman and Crown Prince X", "X conveyed
    greetings on behalf of President Y": the senders are the conveyor's country's, and not at the meeting."""
    text = (
        "Saudi Foreign Minister Prince Faisal bin Fahd met Kuwait's Amir Sheikh Meshal Al-Sabah on Monday. Prince "
        "Faisal conveyed to the Amir the greetings of Custodian of the Two Holy Mosques King Salman and Crown "
        "Prince and Prime Minister Mohammed bin Salem to the Kuwaiti leadership."
    )
    assert person(text, "Mohammed bin Salem", "KUNA").country == "SA"
    found = only(
        "Foreign secretary Vinay Kumar met Nepal's President Bidya Devi Bhandari on Monday. During his meeting with "
        "Bhandari at Sheetal Niwas, Kumar conveyed greetings on behalf of President Droupadi Murmu.",
        published="2023-02-13",
    )
    assert "Droupadi Murmu" not in {p.name for p in found.participants}


def test_a_civil_servant_foreign_secretary_under_a_dateline_is_its_countrys() -> None:
    """ "NEW DELHI: Foreign secretary X and his Nepal counterpart Y reviewed ...": X is India's (no British
    minister, the story never naming Britain), Y Nepal's."""
    found = only(
        "NEW DELHI: Foreign secretary Vinay Kumar and his Nepal counterpart Bharat Raj Paudel reviewed the "
        "bilateral partnership at a meeting in Kathmandu on Monday.",
        "Hindustan Times",
        published="2023-02-13",
    )
    assert who(found) == {("Vinay Kumar", "IN", "other"), ("Bharat Raj Paudel", "NP", "other")}


def test_bilaterals_on_a_summits_sidelines_in_a_home_paper_section() -> None:
    """ "KUALA LUMPUR – President X ... made time for three bilateral meetings ... the President discussed ways
    to expand bilateral cooperation with Laos PM A, Thailand PM B, and Vietnamese PM C on the ASEAN Summit
    sidelines", in a Philippine paper's section "(Global Nation)", no wire: X is the Philippines', and met
    each apart."""
    found = meetings_of(
        "KUALA LUMPUR – President Ferdinand Marquez Jr. got busy on his first day at the Asean Summit here and "
        "made time for three bilateral meetings with the leaders of Laos, Thailand, and Vietnam.\nMalacanang "
        "said the President discussed ways to expand bilateral cooperation with Laos Prime Minister Sonexay "
        "Siphan, Thailand Prime Minister Paetong Shinawat, and Vietnamese Prime Minister Pham Minh Chau on the "
        "ASEAN Summit sidelines here.",
        "Inquirer.net (Global Nation)",
        published="2025-05-26",
    )
    assert sorted(sorted(m.countries) for m in found) == [["LA", "PH"], ["PH", "TH"], ["PH", "VN"]]


def test_a_meeting_between_one_in_apposition_and_another_after_and() -> None:
    """ "A meeting between A, Minister of Defence of Iran, and Eritrean President B took place": the parser
    reads B as a second subject of "took"; both are the meeting's."""
    found = only(
        "A meeting between H.E. Trokous bin Ribai Al Maiskoun, Minister of Defence of Iran, and Eritrean "
        "President H.E. Rabous Ronpusbai took place in Geneva on Tuesday.",
        published="2024-05-02",
    )
    assert {(p.country, p.role) for p in found.participants} == {("IR", "defence minister"), ("ER", "head of state")}


def test_a_countrys_office_described_later_is_the_counterpart_named_before() -> None:
    """ "X and his Bahraini counterpart, Y, have highlighted ... In a phone call, the Bahraini Foreign Minister
    congratulated X": the call is X's with Y, Bahrain's foreign minister."""
    found = only(
        "Tehran, Sep 6 (IANS) Iranian Foreign Minister Seyyed Abbas Arabi and his Bahraini counterpart, Abdullatif "
        "bin Rashid Al Zayed, have highlighted the necessity to continue political talks.\n\nIn a phone call, the "
        "Bahraini Foreign Minister congratulated Arabi on his recent appointment, according to a statement "
        "released by the Iranian Foreign Ministry on Thursday.",
        "Sakshi Post (IANS)",
        published="2024-09-06",
    )
    assert who(found) == {
        ("Seyyed Abbas Arabi", "IR", "foreign minister"),
        ("Abdullatif bin Rashid Al Zayed", "BH", "foreign minister"),
    }


def test_a_date_of_an_event_the_call_speaks_of_is_not_the_calls() -> None:
    """ "In his call to X, Y extended condolences over the loss of lives in a terrorist incident on July 21":
    July 21 is the incident's; the call is the one told on Friday."""
    found = meetings_of(
        "ISLAMABAD - Turkish President Recep Tayyar Erdem on Friday made a telephone call to Prime Minister Imran "
        "Kamal.\n\nIn his call to Kamal, President Erdem extended sympathies and condolences over the loss of "
        "precious lives in terrorist incident in Dera Ismail Khan on July 21 in which seven people were killed.",
        "The Nation",
        published="2019-07-27",
    )
    assert [(m.meeting_kind, m.date.to_str()) for m in found] == [("call", "2019-07-26")]


def test_a_list_of_titles_each_with_its_name_in_apposition_met_one_by_one() -> None:
    """ "met on the sidelines of the summit with the Chadian President, A, the Rwandan President, B, and the
    Ethiopian Prime Minister, C": three meetings, the list going on past each title and its name."""
    found = meetings_of(
        "Khartoum — President Omer Al-Bakri has met on the sidelines of the summit with the Chadian President, "
        "Idris Debbo, the Rwandan President, Paul Kagabo, and the Ethiopian Prime Minister, Abiy Ahmedo, and "
        "discussed issues of mutual concern.",
        published="2018-11-19",
    )
    assert sorted(next(p.name for p in m.participants if p.name != "Omer Al-Bakri") for m in found) == [
        "Abiy Ahmedo",
        "Idris Debbo",
        "Paul Kagabo",
    ]


def test_views_exchanged_with_a_minister_of_a_country_named_after_it() -> None:
    """ "X exchanged views with Minister of Foreign Affairs of Belarus Y in Geneva": Y's name, after the title's
    last "of", the model tagged no person; a meeting all the same. "the 31st ASEAN Summit and Related
    Summits" is no one."""
    found = only(
        "Fannankir Amfair, Prime Minister of Belize, exchanged views with Minister of Foreign Affairs of Belarus "
        "Shasnouspair Dashor in Geneva on Tuesday, on the sidelines of the 31st ASEAN Summit and Related Summits.",
        published="2024-05-02",
    )
    assert {(p.country, p.role) for p in found.participants} == {
        ("BZ", "head of government"),
        ("BY", "foreign minister"),
    }


def test_pipeline_one_named_alone_at_a_meeting_takes_no_seat_of_the_side_met() -> None:
    """ "He ... was received by President X, on the first trip to China by a U.S. secretary of state": the open
    American seat is the visitor's, the side X meets, never X's own."""
    text = (
        "WASHINGTON, July 14 (Wire) - Secretary of State Tom Reed met Foreign Minister Li Bo of China in Jakarta on "
        "Thursday.\n\nWhen Reed visited Beijing in June, he held talks with Li and was received by President Ming "
        "Zhao, on the first trip to China by a U.S. secretary of state since 2018."
    )
    item = article.from_bytes(text.encode(), source_name="t.txt", published="2023-07-14")
    events, _ = extract(item)
    countries = {e.country for e in events if isinstance(e, OfficeObserved) and e.name == "Ming Zhao"}
    assert countries and "US" not in countries


def test_cast_an_acronym_in_capitals_after_the_is_no_family_name() -> None:
    """ "the MEA said" (the Ministry of External Affairs) is no person "Mea"; "met with PARK Jin" is Park Jin."""
    found = cast_of('"We had a great conversation," the MEA said. Later the minister met with PARK Jin in Seoul.')
    assert sorted(p.name for p in found.people) == ["Park Jin"]


def test_pipeline_an_open_seat_goes_only_to_one_whose_title_the_country_has() -> None:
    """ "Prime Minister Modi met ... his Fijian counterpart Rabuka and Palau's president": Palau has no prime
    minister, so its open seat is not Modi's."""
    text = (
        "Prime Minister Narendra Modi on Monday met with his Fijian counterpart Sitiveni Rabuka and Palau's "
        "president.\n\nModi later held a meeting with President Surangel Whipps of Palau."
    )
    countries = {
        p.country for m in meetings_of(text, published="2023-05-22") for p in m.participants if p.name == "Narendra Modi"
    }
    assert countries and "PW" not in countries


@pytest.mark.parametrize(
    ("title", "name", "country"),
    [
        pytest.param(
            "Turkish president, US secretary of state meet in Ankara", "Recep Tayyip Erdogan", "TR", id="by-demonym"
        ),
        pytest.param(
            "Turkish foreign minister, US secretary of state meet in Ankara",
            "Recep Tayyip Erdogan",
            "AZ",
            id="another-office-than-his-leaves-the-papers-default",
        ),
    ],
)
def test_cast_a_headline_office_without_a_name_places_its_one_holder(
    title: str, name: str, country: str | None
) -> None:
    """ "Turkish president, US secretary of state meet" over "President Erdogan met the U.S. Secretary of State,
    Rex Tillerson", in a foreign agency's copy: the one president the body leaves open is Turkey's."""
    text = "President Recep Tayyip Erdogan met the U.S. Secretary of State, Rex Tillerson, in Ankara on Thursday."
    people = {p.name: p for p in cast.build(parsed(text), "news.az", title=title).people}
    assert people[name].country == country


def test_cast_a_headline_office_is_not_one_the_headline_names() -> None:
    """ "Visited by Australian Defense Minister, Defense Minister Prabowo holds talks": the Australian defence
    minister is not Prabowo, whom the headline names."""
    text = "JAKARTA - Defense Minister Prabowo Subianto received Deputy Prime Minister Richard Marles."
    title = "Visited By Deputy PM And Australian Defense Minister, Defense Minister Prabowo Holds Closed Meeting"
    people = {p.name: p for p in cast.build(parsed(text), None, title=title).people}
    assert people["Prabowo Subianto"].country == "ID"


def test_meetings_one_met_before_another_in_an_opening_phrase_is_a_meeting_of_its_own() -> None:
    """ "Following his meeting with President Trump on Wednesday, Prime Minister Netanyahu met President Sisi":
    two meetings, Netanyahu's with each, not one of three."""
    text = (
        "Following his meeting with President Donald Trump on Wednesday, Israeli Prime Minister Benjamin Netanyahu "
        "met with Egyptian President Abdel Fattah El-Sisi in New York."
    )
    found = sorted(sorted(p.name for p in m.participants) for m in meetings_of(text))
    assert found == [
        ["Abdel Fattah El-Sisi", "Benjamin Netanyahu"],
        ["Benjamin Netanyahu", "Donald Trump"],
    ]


def test_attributes_for_the_nth_time_this_year_is_no_date() -> None:
    """ "welcomed X, who has arrived for the fourth time this year": the year a count runs over; the meeting is
    the story's day. "Have met five times this year" stays a year (several meetings, none of them today)."""
    text = "President Lula welcomed Argentine President Alberto Fernandez, who has arrived in Brazil for the fourth time this year."
    assert str(only(text).date) == PUBLISHED


@pytest.mark.parametrize(
    ("text", "date", "kind"),
    [
        pytest.param(
            "Chilean President Gabriel Boric will travel to Argentina in April for a meeting with President Alberto "
            "Fernandez. The visit, which will be his first trip abroad, is planned for April 5.",
            "2025-04-05",
            "planned",
            id="the-visit-is-planned-for-a-day",
        ),
        pytest.param(
            "Chilean President Gabriel Boric held talks with Argentine President Alberto Fernandez in Quito. The "
            "meeting, held on Monday afternoon, focused on trade.",
            "2024-11-11",
            "in-person",
            id="the-meeting-held-on-a-day",
        ),
    ],
)
def test_meetings_the_meeting_told_next_gives_its_day(text: str, date: str, kind: str) -> None:
    """The sentence after a meeting, its subject the meeting noun ("The visit", "The meeting, held on ..."),
    tells that meeting's day."""
    found = only(text)
    assert (str(found.date), found.meeting_kind) == (date, kind)


def test_meetings_the_previous_session_told_next_is_another_meeting() -> None:
    """ "The previous session took place in Busan in November 2023" after a meeting set for Saturday: not its day."""
    text = (
        "Foreign Minister Cho Tae-yul of South Korea will meet Japanese Foreign Minister Takeshi Iwaya in Tokyo on "
        "Saturday. The previous session took place in Busan in November 2023."
    )
    assert str(only(text).date) == "2024-11-16"


def test_cast_a_headline_naming_a_leader_by_country_comes_before_a_leader_told_beside_him() -> None:
    """ "Equatorial Guinea leader Obiang meets Mnangagwa in Harare" over a story that later says "the Zimbabwean
    leader played a key role in thwarting a coup attempt against Nguema": Obiang is Equatorial Guinea's."""
    text = (
        "Visiting Equatorial Guinea strongman Teodoro Obiang Nguema Mbasogo met President Emmerson Mnangagwa in "
        "Harare on Wednesday.\n\nPresident Mbasogo has been coming here in the past.\n\nIronically, the Zimbabwean leader played a key role in thwarting a coup attempt "
        "against Nguema in 2004."
    )
    title = "Equatorial Guinea leader Obiang meets Mnangagwa in Harare"
    people = {p.name: p for p in cast.build(parsed(text), None, title=title).people}
    assert people["Teodoro Obiang Nguema Mbasogo"].country == "GQ"


def test_cast_a_plural_title_of_countries_then_as_many_names_gives_each_its_country() -> None:
    """ "The Prime Ministers of Armenia and Georgia Nikol Pashinyan and Irakli Garibashvili held talks": in
    order, Armenia's and Georgia's prime ministers; the name run into "Georgia" is a name still."""
    text = (
        "The Prime Ministers of Armenia and Georgia Nikol Pashinyan and Irakli Garibashvili held a meeting in "
        "Tbilisi."
    )
    people = {p.name: (p.country, p.role) for p in cast_of(text).people}
    assert people == {
        "Nikol Pashinyan": ("AM", "head of government"),
        "Irakli Garibashvili": ("GE", "head of government"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Trade was at the centre of a tete a tete between President Nikos Christodoulides and Greek Prime Minister "
        "Kyriakos Mitsotakis on Monday.",
        "Trade was at the centre of a tête-à-tête between President Nikos Christodoulides and Greek Prime Minister "
        "Kyriakos Mitsotakis on Monday.",
    ],
)
def test_meetings_a_tete_a_tete_is_a_meeting(text: str) -> None:
    assert {p.name for p in only(text).participants} == {"Nikos Christodoulides", "Kyriakos Mitsotakis"}


@pytest.mark.parametrize("text", ["Kerry met Guterres.\n\nMr. Secr", "of Antonio Guterres and Ban Ki-moon."])
def test_mentions_a_name_opening_a_cut_line_reads_nothing_before_it(text: str) -> None:
    """A page cut after "Mr. Secr" leaves a name alone on its line: no title, no list before it, no error."""
    assert all(p.title is None for p in cast_of(text).people)


def test_meetings_sat_down_with_a_friend_named_in_apposition() -> None:
    """ "he sat down with his old friend President X": a meeting with X; "the Bellevue presidential palace" is
    where, no one."""
    text = (
        "Chancellor Olaf Berg of Germany began the day at the Bellevue presidential palace, where he sat down with "
        "his old friend President Isaac Herzog of Israel."
    )
    assert {p.name for p in only(text).participants} == {"Olaf Berg", "Isaac Herzog"}
    assert "Bellevue" not in {p.name for p in cast_of(text).people}


@pytest.mark.parametrize(
    "text",
    [
        "The meeting between Chancellor Olaf Scholz and President Joe Biden is not taking place at all.",
        "The meeting between Chancellor Olaf Scholz and President Joe Biden will not go ahead.",
    ],
)
def test_meetings_a_meeting_that_is_not_taking_place_is_none(text: str) -> None:
    assert meetings_of(text) == ()


def test_mentions_a_titles_holder_named_like_a_country_is_a_person() -> None:
    """ "the Prime Minister of Portugal, Luis Montenegro": a name ending in a country's name, after a title, is
    a person's; "in Kurumba Maldives" is still a place."""
    text = (
        "The President of the Government of Spain, Pedro Sanchez, met with the Prime Minister of Portugal, Luis "
        "Montenegro, in Madrid on Monday."
    )
    assert ("Luis Montenegro", "PT", "head of government") in who(only(text))
    assert cast_of("He stayed in Kurumba Maldives, the President's office said.").people == ()


def test_meetings_a_host_next_week_is_a_planned_meeting() -> None:
    text = "President Cyril Ramaphosa will next week host President Bola Tinubu of Nigeria."
    found = only(text)
    assert (found.meeting_kind, {p.name for p in found.participants}) == (
        "planned",
        {"Cyril Ramaphosa", "Bola Tinubu"},
    )


def test_meetings_he_also_met_goes_on_from_who_met_before() -> None:
    """ "He also met Prime Minister Mottley" after Modi's meeting with President Ali and a quotation of Ali's: he
    is Modi, who met someone last, not Ali, named last."""
    text = (
        "Prime Minister Narendra Modi met President Irfaan Ali of Guyana in Georgetown on Wednesday.\n\n"
        "President Irfaan Ali said the ties were strong.\n\nHe also met Barbados Prime Minister Mia Mottley."
    )
    pairs = {frozenset(p.name for p in m.participants) for m in meetings_of(text)}
    assert frozenset({"Narendra Modi", "Mia Mottley"}) in pairs
    assert frozenset({"Irfaan Ali", "Mia Mottley"}) not in pairs


def test_pipeline_a_visitor_on_his_own_visit_is_not_the_visited_countrys() -> None:
    """ "Modi arrived here on Sunday on his maiden visit to Papua New Guinea": the visit is his own (its "his"
    under "arrived"), so the country he goes to is not his."""
    text = (
        "Prime Minister Narendra Modi arrived here on Sunday on his maiden visit to Papua New Guinea.\n\n"
        "Prime Minister Narendra Modi held a meeting with President Surangel Whipps of Palau on Monday."
    )
    countries = {p.country for m in meetings_of(text) for p in m.participants if p.name == "Narendra Modi"}
    assert countries and "PG" not in countries


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Trudeau spoke with the President of Colombia, Ivan Duque.\n\nTrudeau spoke with the President of "
            "Colombia, Iv",
            {"Trudeau", "Ivan Duque"},
            id="a-name-cut-at-the-pages-end-is-the-one-told-before",
        ),
        pytest.param("Trudeau spoke with Xi", {"Trudeau", "Xi"}, id="a-short-name-at-the-end-is-a-name"),
    ],
)
def test_cast_a_page_cut_mid_name_names_no_one_new(text: str, names: set[str]) -> None:
    assert {p.name for p in cast_of(text).people} == names


def test_pipeline_a_date_line_read_only_to_its_year_gives_way_to_the_pages_day() -> None:
    """ "26. oktobar 2023 15:42" (a month in another language) reads as the year alone; the page's day, in that
    year, is the story's."""
    text = (
        "26. oktobar 2023 15:42\n\nPresident Aleksandar Vucic met French President Emmanuel Macron in Brussels."
    )
    assert str(only(text, published="2023-10-26").date) == "2023-10-26"


def test_meetings_another_call_told_next_is_the_two_again_another_day() -> None:
    """ "X held a phone conversation with Y on Tuesday. Earlier, another phone conversation took place on
    Saturday": a second call of the two, on its own day."""
    text = (
        "Russian Foreign Minister Sergey Lavrov held a phone conversation with US Secretary of State Antony "
        "Blinken on Tuesday.\n\nEarlier, another phone conversation initiated by the US took place on Saturday."
    )
    found = sorted((str(m.date), m.meeting_kind) for m in meetings_of(text, published="2022-02-15"))
    assert found == [("2022-02-12", "call"), ("2022-02-15", "call")]


def test_pipeline_a_date_atop_the_page_after_publication_is_not_the_storys() -> None:
    """ "Fri Mar 29 2024" over a story published in 2022: the day the page was kept, not the story's day,
    so the meeting "today" is the day of publication, held."""
    [meeting] = meetings_of(
        "Fri Mar 29 2024\nLogo\n\nNepalese Foreign Minister Hari Karki today held a meeting in Colombo with "
        "his Indian counterpart Ravi Menon.",
        published="2022-03-29",
    )
    assert (meeting.date.to_str(), meeting.meeting_kind) == ("2022-03-29", "in-person")


def test_cast_a_dateline_alone_on_its_line_below_the_pages_furniture() -> None:
    """ "KATHMANDU:" as the sixth line, under a date, "Logo", the headline and a caption, is the dateline; a
    wire's foreign desk ("VIENNA, November 23. /TASS/.") that deep is not."""
    furniture = "Fri Mar 29 2024\nLogo\nMinister meets counterpart\nthe two ministers\nA caption line here.\n"
    nepal = parsed(furniture + "KATHMANDU: Foreign Minister Hari Karki met him.")
    vienna = parsed(furniture + "VIENNA, November 23. /TASS/. President Putin spoke.")
    assert (cast.dateline_country(nepal), cast.dateline_country(vienna)) == ("NP", None)


def test_pipeline_a_title_the_person_holds_under_one_class_is_observed_once() -> None:
    """Nepal's "foreign secretary" is a civil servant (class other): the mentions' default class for the same
    title (foreign minister) is no second office observed."""
    item = article.from_bytes(
        "Nepalese Foreign Secretary Hari Karki and his Bangladeshi counterpart Shahidul Haque will meet in "
        "Dhaka on Sunday. Foreign Secretary Karki said the talks matter.".encode(),
        source_name="t.txt",
        published=PUBLISHED,
    )
    events, _ = extract(item)
    karki = {(e.role, e.title) for e in events if isinstance(e, OfficeObserved) and e.name == "Hari Karki"}
    assert karki == {("other", "Foreign Secretary")}


def test_pipeline_a_home_papers_head_with_its_own_speaker_is_no_diplomacy() -> None:
    """In Kenya's paper, "President X met Speaker of the National Assembly Y" is Kenya among itself, Y named
    with no country; the same sentence in another country's readout may be a foreign speaker, and stays."""
    text = "Kenyan President Amina Wanjiru on Monday met Speaker of the National Assembly Peter Otieno."
    assert meetings_of(text, source="Daily Nation (Kenya)") == ()
    assert [who(m) for m in meetings_of(text, source="MOFA Japan")] == [
        {("Amina Wanjiru", "KE", "head of state"), ("Peter Otieno", None, "other")}
    ]


def test_pipeline_an_official_with_a_counterpart_of_one_country_is_of_the_storys_other() -> None:
    """India's foreign secretary, a civil servant (class other), "held talks with his Nepalese counterpart"
    in a story of India and Nepal: he is India's at each of his meetings, not Nepal's at the first."""
    text = (
        "Kathmandu, Nov 26: India and Nepal on Thursday agreed to step up cooperation as Foreign Secretary "
        "Ravi Menon met the country's top leadership and held talks with his Nepalese counterpart.\n\n"
        "Menon was welcomed on his maiden visit to Nepal at the invitation of Foreign Secretary Hari "
        "Karki.\n\n"
        "India and Nepal share an open border. Menon also called on Nepal's Foreign Minister Sita Rai."
    )
    found = meetings_of(text, published="2020-11-27")
    countries = {p.country for m in found for p in m.participants if p.name == "Ravi Menon"}
    assert countries == {"IN"}


def test_pipeline_the_journey_told_just_before_a_meeting_names_the_hosts_country() -> None:
    """ "The Secretary traveled to Sokoto, and Abuja, Nigeria ... He met with President X": the one country of
    a journey told in the sentence before, in the same paragraph, however the parser hung its places."""
    text = (
        "The Secretary traveled to Sokoto, and Abuja, Nigeria, on November 12-13. He met with President Musa "
        "Bello to discuss trade."
    )
    host = person(text, "Musa Bello")
    found = (
        pipeline._visited_beside(host, parsed(text), theirs=False),
        pipeline._visited_beside(host, parsed(text), theirs=False, before=True),
    )
    assert found == (set(), {"NG"})


def test_pipeline_tomorrow_in_a_quotation_counts_from_the_day_it_was_said() -> None:
    """ "'Tomorrow there will be a brief meeting between X and Y,' Z announced Sunday", published on the
    Monday: the meeting is Monday's, not Tuesday's."""
    [meeting] = meetings_of(
        "\u201cTomorrow there will be a brief meeting between President Jorge Vera of Ecuador and President "
        "Ana Quispe of Peru,\u201d Foreign Minister Luis Paz announced Sunday.",
        published="2023-01-02",
    )
    assert meeting.date.to_str() == "2023-01-02"


def test_cast_an_envoy_a_head_of_state_sends_abroad_is_the_senders() -> None:
    """ "Kenyan President X on Tuesday sent Interior Cabinet Secretary Y to Somalia. Y ... engage President
    Z": Y is Kenya's, not the visited country's; Z, of no cue of his own, is the visited country's."""
    text = (
        "Kenyan President Samuel Owino on Tuesday sent Interior Cabinet Secretary Jane Wanjiku to Somalia. "
        "Wanjiku led a team of five to the country to engage President Ali Juma."
    )
    found = meetings_of(text, published="2024-03-06")
    countries = {p.name: p.country for m in found for p in m.participants}
    assert countries == {"Jane Wanjiku": "KE", "Ali Juma": "SO"}


@pytest.mark.parametrize(
    "closing",
    [
        "U.S. Secretary of State John Doe and Britain's Foreign Secretary Tom Hill also attended.",
        "U.S. Secretary of State John Doe and Britain's Foreign Secretary Tom Hill were also at the table, along "
        "with the foreign ministers of France and Italy.",
        "U.S. Secretary of State John Doe and Britain's Foreign Secretary Tom Hill were also in attendance.",
    ],
)
def test_meetings_more_at_the_table_join_the_meeting_just_told(closing: str) -> None:
    """ "X chaired the meeting. A and B also attended" ("were also at the table", "in attendance"): more
    people at the meeting just told, named in a sentence of its own."""
    [meeting] = meetings_of(
        "Foreign ministers of the Group of Seven met in Tokyo on Tuesday. Japan's Foreign Minister Aiko Sato "
        "chaired the meeting. " + closing,
        published="2023-11-08",
    )
    assert {p.name for p in meeting.participants} == {"Aiko Sato", "John Doe", "Tom Hill"}


def test_meetings_at_the_table_elsewhere_is_no_one_at_the_meeting() -> None:
    """ "were also at the table in Geneva": a place of its own, not the meeting just told."""
    [meeting] = meetings_of(
        "Japan's Foreign Minister Aiko Sato met U.S. Secretary of State John Doe in Tokyo on Tuesday. British "
        "Foreign Secretary Tom Hill and French Foreign Minister Anne Roux were also at the table of the "
        "Geneva talks.",
        published="2023-11-08",
    )
    assert {p.name for p in meeting.participants} == {"Aiko Sato", "John Doe"}


@pytest.mark.parametrize(
    ("text", "country", "role"),
    [
        ("Japan's Aiko Sato, the foreign minister, met Chinese Foreign Minister Li Wen on Tuesday.", "JP",
         "foreign minister"),
        ("Japan's Aiko Sato, who became foreign minister in September, met Chinese Foreign Minister Li Wen on "
         "Tuesday.", "JP", "foreign minister"),
        ("Aiko Sato, who was appointed defence minister last week, met Chinese Foreign Minister Li Wen on "
         "Tuesday.", None, "defence minister"),
        ("Aiko Sato, who will be sworn in as president next week, met Chinese Foreign Minister Li Wen on "
         "Tuesday.", None, "other"),
        ("Incoming Prime Minister Aiko Sato met Chinese Foreign Minister Li Wen on Tuesday.", None, "other"),
    ],
)
def test_pipeline_an_office_told_after_the_name_keeps_the_country_before_it(
    text: str, country: str | None, role: str
) -> None:
    """ "Japan's X, the foreign minister,": the office after the name, the country before it; "X, who became
    foreign minister in September,": the relative clause's office; one still to take office ("who will be
    sworn in as president", "Incoming Prime Minister") holds none at the meeting."""
    [meeting] = meetings_of(text, published="2023-11-08")
    sato = next(p for p in meeting.participants if p.name == "Aiko Sato")
    assert (sato.country, sato.role) == (country, role)


def test_pipeline_talks_over_days_take_the_day_they_began() -> None:
    """ "Foreign ministers called on Wednesday for calm, as they closed two days of talks in Tokyo that began on
    Tuesday. X chaired the meeting": a meeting over days takes its first day."""
    [meeting] = meetings_of(
        "TOKYO, Nov 8 - Foreign ministers of the Group of Seven called on Wednesday for calm in the region, as "
        "they closed two days of talks in Tokyo that began on Tuesday.\n\nJapan's Foreign Minister Aiko Sato "
        "chaired the meeting. U.S. Secretary of State John Doe also attended.",
        published="2023-11-08",
    )
    assert meeting.date.to_str() == "2023-11-07"


def test_pipeline_others_at_the_dinner_join_the_dinner_not_the_storys_meeting() -> None:
    """ "X and Y met yesterday at a dinner hosted by Z. Other leaders at the dinner included A, B and C. X and Y
    will hold talks on Friday": A, B and C were at the dinner, the meeting just told, not at Friday's talks."""
    found = meetings_of(
        "Indian Prime Minister Ravi Kumar and Bangladesh's Chief Adviser Anwar Hossain met for the first time "
        "yesterday, during a dinner hosted by Thailand's Prime Minister Suda Chai.\n\nOther leaders at the "
        "dinner included Nepal PM KP Sharma Oli and Myanmar's top leader Senior General Min Thein.\n\nKumar "
        "and Hossain will hold bilateral talks on Friday.",
        published="2025-04-03",
    )
    dinner = max((m for m in found if m.date.to_str() == "2025-04-02"), key=lambda m: len(m.participants))
    assert {(p.name, p.country) for p in dinner.participants} >= {
        ("KP Sharma Oli", "NP"),
        ("Min Thein", "MM"),
        ("Suda Chai", "TH"),
    }
    [talks] = [m for m in found if m.date.to_str() == "2025-04-04"]
    assert {p.name for p in talks.participants} == {"Ravi Kumar", "Anwar Hossain"}


@pytest.mark.parametrize(
    "opening",
    [
        "Finnish Prime Minister Anna Virta arrived in Seoul on Monday and held talks with Prime Minister Han "
        "Min-soo.",
        "South Korean Prime Minister Han Min-soo received Finnish Prime Minister Anna Virta in Seoul on Monday.",
    ],
)
def test_cast_the_visiting_premier_is_the_one_who_came(opening: str) -> None:
    """ "X arrived in Seoul and held talks with Prime Minister Y. The visiting premier will also meet Z": the
    visitor, X, though Y holds the same office and was named last."""
    text = opening + " The visiting premier will also meet President Park Ji-hoon on Wednesday."
    found = meetings_of(text, published="2024-03-05")
    assert {"Anna Virta", "Park Ji-hoon"} in [{p.name for p in m.participants} for m in found]


def test_meetings_among_the_ministers_listed_each_met_the_one_who_held_the_series() -> None:
    """ "Harbour City, June 11 - The Daily Wire: Minister X held a series of bilateral meetings on Tuesday with
    several African foreign ministers ... Among the African dignitaries were A of K, B of S and C of T": a
    meeting with each, a foreign minister, though the dateline's outlet stands as a second subject."""
    found = meetings_of(
        "Harbour City, June 11, 2025 - The Daily Wire: Chinese Foreign Minister Li Wen held a series of bilateral "
        "meetings on Tuesday with several African foreign ministers attending the ministerial meeting.\n\n"
        "Among the African dignitaries were Joseph Kamau of Kenya, Awa Diallo of Senegal and Tete Mbala of "
        "Angola.",
        published="2025-06-11",
    )
    assert sorted(sorted(who(m)) for m in found) == [
        sorted([("Li Wen", "CN", "foreign minister"), (name, country, "foreign minister")])
        for name, country in sorted([("Awa Diallo", "SN"), ("Joseph Kamau", "KE"), ("Tete Mbala", "AO")])
    ]
    assert {m.date.to_str() for m in found} == {"2025-06-10"}


def test_pipeline_yesterday_with_its_day_in_brackets_is_that_day() -> None:
    """ "Yesterday (23), President X met Y", published on the 25th: the 23rd the brackets name, as news
    translated from Portuguese writes it."""
    found = only(
        "Yesterday (23), Brazilian President Paulo Lima met Argentine President Jorge Vera in Buenos Aires.",
        published="2023-01-25",
    )
    assert found.date.to_str() == "2023-01-23"


def test_meetings_discussed_a_thing_between_two_with_a_titled_one_is_a_meeting() -> None:
    """ "X said he had discussed the conflict between A and B with Angolan president Y": the "with" hung on
    the thing's own words, deep under the verb."""
    found = only(
        "U.S. Secretary of State John Doe visited Luanda on Thursday. Doe said he had discussed the conflict "
        "between Rwanda and the DRC with Angolan president Paulo Neto.",
        published="2024-01-26",
    )
    assert who(found) == {("John Doe", "US", "foreign minister"), ("Paulo Neto", "AO", "head of state")}


def test_meetings_one_of_the_meetings_was_with_someone() -> None:
    """ "X spent Monday receiving heads of state. One of the meetings was with Argentine President Y": X's
    meeting with Y, though no meeting of X's was told before it."""
    found = only(
        "Brazilian President Paulo Lima spent Monday receiving heads of state in Brasilia. One of the meetings "
        "was with Argentine President Jorge Vera.",
        published="2023-01-03",
    )
    assert {p.name for p in found.participants} == {"Paulo Lima", "Jorge Vera"}


def test_cast_he_before_a_name_is_an_honorific() -> None:
    """ "The Amir met HE Antony Blinken": a Gulf agency's "HE" (His Excellency) is no part of the name."""
    found = only(
        "Qatari Prime Minister Sheikh Khalid bin Ali met HE Antony Blinken, US Secretary of State, on Monday.",
        "QNA",
        published="2024-03-05",
    )
    assert "Antony Blinken" in {p.name for p in found.participants}


def test_cast_premier_before_a_thing_is_no_office() -> None:
    """ "the Raisina Dialogue, India's premier foreign policy and geo-economics conference": the adjective, no
    head of government (the Dialogue no person)."""
    text = (
        "Indian External Affairs Minister S Jaishankar met Greek Foreign Minister Nikos Dendias in New Delhi on "
        "Monday. The foreign dignitaries are in India to participate in the three-day Raisina Dialogue, India\u2019s "
        "premier foreign policy and geo-economics conference."
    )
    assert {p.name for p in cast_of(text).people} == {"S Jaishankar", "Nikos Dendias"}


def test_cast_one_in_the_home_country_for_a_summit_is_a_guest() -> None:
    """ "OSAKA (PTI): Prime Minister X ... X, who was in Osaka, Japan for the G20 Summit, held talks with Y":
    there for a gathering, a guest, not Japan's though the dateline is."""
    text = (
        "OSAKA: Prime Minister Ravi Kumar on Saturday held separate bilateral meetings with several leaders.\n\n"
        "Kumar, who was in Osaka, Japan for the two-day G20 Summit, held his first official engagement on the "
        "last day of the summit with Indonesian President Budi Santoso."
    )
    assert person(text, "Ravi Kumar", "The Daily (PTI)").country is None
    found = meetings_of(text, "The Daily (PTI)", published="2019-06-29")
    assert {"Ravi Kumar", "Budi Santoso"} in [{p.name for p in m.participants} for m in found]


def test_meetings_called_for_something_on_a_day_is_no_call_on_anyone() -> None:
    """ "X called for deeper ties with President Y on Monday": an appeal, not "called on" (the day's "on")."""
    text = "Indian Prime Minister Ravi Kumar called for deeper ties with Indonesian President Budi Santoso on Monday."
    assert meetings_of(text, published="2024-03-05") == ()


def test_meetings_a_meeting_not_got_at_a_summit_is_none() -> None:
    """ "X did not get a meeting with Y at today's summit": no meeting, neither the one not got nor the
    summit as a meeting of the two (the summit is where)."""
    text = "Turkish President Ali Demir did not get a meeting with U.S. President John Doe at today's summit."
    assert meetings_of(text, published="2024-03-07") == ()
    held = "Turkish President Ali Demir held a meeting with U.S. President John Doe at today's summit."
    assert len(meetings_of(held, published="2024-03-07")) == 1


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        ("Chinese Premier Li Wen said he would meet Philippine President Jose Cruz on Tuesday on the island of "
         "Bali.", True),
        ("Chinese Premier Li Wen said he would meet Philippine President Jose Cruz if invited.", False),
        ("Chinese Premier Li Wen said he would meet Philippine President Jose Cruz.", False),
    ],
)
def test_meetings_said_he_would_meet_on_a_day_is_planned(text: str, planned: bool) -> None:
    """ "X said he would meet Y on Tuesday": a plan told in reported speech, set for a day; not one hung on a
    condition, nor one with no day."""
    found = meetings_of(text, published="2024-03-07")
    assert [(m.meeting_kind, m.date.to_str()) for m in found] == ([("planned", "2024-03-12")] if planned else [])


@pytest.mark.parametrize(
    ("text", "published", "pairs"),
    [
        pytest.param(
            "Prime Minister Ravi Kumar held bilateral talks with several leaders on the sidelines of CHOGM "
            "in London on Thursday. The pull-aside meetings with world leaders included an interaction with "
            "Australian Prime Minister Tom Hale, Ugandan President Moses Okello and Fiji Prime Minister "
            "Jone Rabuka.",
            "2018-04-20",
            [["Jone Rabuka", "Ravi Kumar"], ["Moses Okello", "Ravi Kumar"], ["Ravi Kumar", "Tom Hale"]],
            id="the-pull-aside-meetings-included",
        ),
        pytest.param(
            "Australian Prime Minister Tom Grey has pushed trade and defence ties in a series of "
            "back-to-back meetings with world leaders, as the G20 summit wraps up in Bali.\n\nAs some "
            "leaders made a dash to the airport after the final session of the talks wrapped up, Mr Grey met "
            "with French President Paul Roux, Indian Prime Minister Ravi Kumar and new UK Prime Minister Ann "
            "Hale.",
            "2022-11-16",
            [["Ann Hale", "Tom Grey"], ["Paul Roux", "Tom Grey"], ["Ravi Kumar", "Tom Grey"]],
            id="a-series-of-meetings-then-a-list-met",
        ),
    ],
)
def test_meetings_a_list_met_after_several_meetings_told_is_one_with_each(
    text: str, published: str, pairs: list[list[str]]
) -> None:
    """ "X held talks on the sidelines of CHOGM. The pull-aside meetings with world leaders included an
    interaction with A, B and C" (CHOGM, an acronym after "of", no one); "X pushed ties in a series of
    back-to-back meetings with world leaders ... After the final session wrapped up, X met with A, B and C"
    (the session told before the verb is no occasion they met at together): the one the story follows met
    each."""
    found = meetings_of(text, published=published)
    assert sorted(sorted(p.name for p in m.participants) for m in found) == pairs


def test_mentions_the_place_of_a_title_is_no_part_of_the_name_after_it() -> None:
    """ "met President of Zanzibar Hussein Mwinyi": the model's one person "Zanzibar Hussein Mwinyi" is the
    place of the title and the name after it."""
    text = "Tanzanian President Samia Hassan met President of Zanzibar Hussein Mwinyi on Monday."
    assert {p.name for p in cast_of(text).people} == {"Samia Hassan", "Hussein Mwinyi"}


def test_meetings_one_named_for_a_day_of_their_own_is_not_at_the_meeting() -> None:
    """ "X and Y spoke by phone after President Z's inauguration": Z is named for the day, not at the call."""
    [found] = meetings_of(
        "Indian Foreign Minister Ravi Kumar and U.S. Secretary of State Mark Rubin spoke by phone after "
        "President Donald Trump's inauguration in January.",
        published="2025-02-05",
    )
    assert {p.name for p in found.participants} == {"Ravi Kumar", "Mark Rubin"}


def test_mentions_words_inside_a_bodys_name_are_no_one() -> None:
    """ "met the President of the National Coalition of Syrian Revolution and Opposition Forces, X": neither
    "Coalition" nor "Revolution", words inside the body's name, is a person."""
    text = (
        "Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman met with the President of the National "
        "Coalition of Syrian Revolution and Opposition Forces, Nasr Musa Al Hariri, on Monday."
    )
    assert {p.name for p in cast_of(text).people} == {"Mohammed bin Abdulrahman", "Nasr Musa Al Hariri"}


@pytest.mark.parametrize("day", ["Saturday", "on Saturday"])
def test_meetings_both_due_to_hold_talks_are_at_them(day: str) -> None:
    """ "X and Y are due to hold talks Saturday": both subjects, the verb of scheduling an adjective ("due")
    after "are"."""
    found = only(
        f"U.S. President John Doe and Chinese President Li Wen are due to hold talks {day}.", published="2024-11-14"
    )
    assert ({p.name for p in found.participants}, found.meeting_kind, found.date.to_str()) == (
        {"John Doe", "Li Wen"},
        "planned",
        "2024-11-16",
    )


def test_pipeline_the_day_of_an_ouster_is_no_meetings_and_the_meeting_to_come_is_planned() -> None:
    """ "X is set to hold talks with Y today ... The meeting between X and Y would mark the first since Y took
    office, following the ouster of Z on August 5": one planned meeting today, none on the ouster's day."""
    found = meetings_of(
        "Prime Minister Ravi Kumar is set to hold bilateral talks with Chief Adviser Anwar Hossain in Bangkok "
        "today.\n\nThe meeting between Kumar and Hossain would mark the first talks between the two since "
        "Hossain took office in August last year, following the ouster of then Prime Minister Lina Begum on "
        "August 5.",
        published="2025-04-04",
    )
    assert [(m.date.to_str(), m.meeting_kind) for m in found] == [("2025-04-04", "planned")]


def test_meetings_talks_with_someone_are_the_storys_protagonists() -> None:
    """ "PM X met A ... President A thanked PM X ... Talks with President B focused on rail": X's talks with B,
    though A was the subject just before."""
    found = meetings_of(
        "Prime Minister Ali Khan met Iranian President Reza Tehrani on Friday.\n\nPM Khan praised Iran's "
        "decision.\n\nPresident Tehrani thanked PM Khan for his support.\n\nTalks with Uzbek President Bakhtiyor "
        "Karimov focused on connectivity projects.",
        published="2025-07-05",
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Ali Khan", "Bakhtiyor Karimov"],
        ["Ali Khan", "Reza Tehrani"],
    ]


def test_cast_a_readouts_list_of_ministers_each_with_a_country() -> None:
    """ "Chief Pentagon Spokesman X provided the following readout: ... Y met with his Baltic counterparts,
    Minister A, Estonia; Minister B, Latvia; and Minister C, Lithuania": each of the country after the name;
    "Pentagon", a word inside a title, no one."""
    text = (
        "Chief Pentagon Spokesman Tom Pike provided the following readout:\n\nOn July 25, U.S. Secretary of "
        "Defense John Hale met with his Baltic counterparts, Minister Aho, Estonia; Minister Berg, Latvia; and "
        "Minister Dahl, Lithuania at the Pentagon."
    )
    people = {p.name: (p.country, p.role) for p in cast_of(text, "U.S. Department of Defense").people}
    minister = "defence minister"  # his counterparts: his office
    assert people == {
        "Tom Pike": (None, "other"),
        "John Hale": ("US", minister),
        "Aho": ("EE", minister),
        "Berg": ("LV", minister),
        "Dahl": ("LT", minister),
    }


def test_pipeline_a_ministrys_saying_day_and_a_photos_day_give_way_to_the_meetings() -> None:
    """ "This photo, provided by the ministry on Nov. 15, Friday, shows X and Y meeting ... on Nov. 14" /
    "Foreign Minister X and his Japanese counterpart Y have held talks, Seoul's foreign ministry said Friday. The
    top diplomats of the two nations held a meeting in Lima on Thursday": one meeting, Thursday's; X is
    Korea's, the ministry that tells it."""
    found = meetings_of(
        "This photo, provided by South Korea's foreign ministry on Nov. 15, Friday, shows Foreign Minister Kim "
        "Min-jun (right) and his Japanese counterpart, Aiko Sato, meeting in Lima, Peru, on Nov. 14, Thursday.\n\n"
        "Foreign Minister Kim Min-jun and his Japanese counterpart, Aiko Sato, have held talks on the sidelines "
        "of the APEC meeting in Peru, Seoul's foreign ministry said Friday.\n\nThe top diplomats of the two "
        "nations held a meeting in Lima on Thursday to discuss bilateral ties.",
        published="2024-11-15",
    )
    assert [(m.date.to_str(), sorted(who(m))) for m in found] == [
        ("2024-11-14", [("Aiko Sato", "JP", "foreign minister"), ("Kim Min-jun", "KR", "foreign minister")])
    ]


@pytest.mark.parametrize("voice", ["Seoul's foreign ministry said", "the South Korean foreign ministry said"])
def test_cast_a_minister_of_no_country_is_the_country_whose_ministry_tells_it(voice: str) -> None:
    """ "Foreign Minister X and his Japanese counterpart Y held talks in Lima, Seoul's foreign ministry said": X
    is Korea's (not Peru's, where they met)."""
    text = f"Foreign Minister Kim Min-jun and his Japanese counterpart, Aiko Sato, held talks in Lima, {voice}."
    assert person(text, "Kim Min-jun").country == "KR"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vietnamese General Secretary To Lam met Chinese President Li Wen in Beijing on Monday.", "Tô Lam"),
        ("Malaysian Foreign Minister Dato' Seri Utama Aziz Hasan met Chinese Foreign Minister Li Wen on Monday.",
         "Aziz Hasan"),
    ],
)
def test_mentions_a_name_after_a_title_that_looks_like_a_word(text: str, name: str) -> None:
    """ "General Secretary To Lam": the Vietnamese name "Tô" after a title, no preposition; "Dato' Seri Utama
    X": all of Malaysia's honorific goes."""
    found = only(text, published="2024-08-20")
    assert name in {p.name for p in found.participants}


def test_cast_one_a_visitor_carries_a_message_to_is_the_visitors() -> None:
    """ "X asked Rubio to convey the congratulations of Vietnam's leaders to President Y": Y is the carrier's
    country's, not the paper's."""
    text = (
        "Foreign Minister Bui Van Son held phone talks with U.S. Secretary of State John Doe on Friday. Son asked "
        "Doe to once again convey the congratulations of leaders of Vietnam to President Tom Ward."
    )
    assert person(text, "Tom Ward", "Saigon Giai Phong").country == "US"


def test_pipeline_a_guest_agreeing_at_the_meeting_here_on_the_day_the_talks_were_held() -> None:
    """ "OSLO, May 9 - Prime Minister X and visiting Finnish President Y agreed to deepen ties during their
    meeting here. The talks, held on Tuesday, focused on energy": held, not to come (agreed at it); X is the
    dateline's (a guest's demonym is no visit to Finland); Tuesday, the day the talks were held."""
    found = only(
        "OSLO, May 9 - Prime Minister Jonas Aro and visiting Finnish President Ville Bek agreed to deepen ties "
        "during their meeting here. The talks, held on Tuesday, focused on energy.",
        published="2024-05-09",
    )
    assert (found.date.to_str(), found.meeting_kind, sorted(who(found))) == (
        "2024-05-07",
        "in-person",
        [("Jonas Aro", "NO", "head of government"), ("Ville Bek", "FI", "head of state")],
    )


def test_meetings_the_meeting_told_next_dates_a_host_for_talks() -> None:
    """ "President X will host Prime Minister Y for talks, her office said. The meeting will take place in
    Lisbon on June 3": the talks' noun a frame of its own (X alone) does not keep the next sentence from
    dating the meeting of the two."""
    found = only(
        "President Ana Vel will host Prime Minister Karl Ost of Norway for talks, her office said. The meeting "
        "will take place in Lisbon on June 3.",
        published="2025-05-28",
    )
    assert (found.date.to_str(), found.meeting_kind) == ("2025-06-03", "planned")


def test_meetings_also_present_at_the_meeting_were_more_people_at_it() -> None:
    """ "X held a bilateral meeting with Y. Also present at the bilateral meeting were A and B": A and B too."""
    found = only(
        "Malaysian Prime Minister Anwar Ibrahim held a bilateral meeting with Pakistani Prime Minister Anwaar "
        "Kakar in Riyadh on Saturday. Also present at the bilateral meeting were Foreign Minister Zambry Kadir "
        "and Secretary-General Amran Zin.",
        published="2023-11-12",
    )
    assert {p.name for p in found.participants} == {"Anwar Ibrahim", "Anwaar Kakar", "Zambry Kadir", "Amran Zin"}


def test_pipeline_a_posts_today_and_sec_def_are_the_meeting_told() -> None:
    """ "X met Y at the Pentagon on Thursday ... Y shared pictures of his meeting with X on his X handle and said,
    'Today at the Pentagon, I spoke with X.' ... 'Among the topics we discussed with Sec Def (X) were ...'":
    one meeting, Thursday's; the post's "today" is not the story's day, and "Sec Def" is a title."""
    found = only(
        "Washington DC [US], August 30 : U.S. Secretary of Defense Lloyd Hale praised Poland for its support of "
        "Ukraine.\n\nThe remarks by Hale came as he met with Polish Defense Minister Piotr Nowak at the Pentagon "
        "on Thursday.\n\nMeanwhile, Piotr Nowak shared pictures of his meeting with Hale on his X handle and said, "
        "\"Today at the Pentagon, I spoke with Lloyd Hale about the strategic partnership.\"\n\n\"Among the topics "
        "we discussed with Sec Def (Hale) were also matters related to Ukraine,\" Nowak said.",
        published="2024-08-30",
    )
    assert (found.date.to_str(), {p.name for p in found.participants}) == (
        "2024-08-29",
        {"Lloyd Hale", "Piotr Nowak"},
    )


def test_pipeline_the_visiting_prime_ministers_other_meeting_is_on_the_visits_day() -> None:
    """ "Estonian Prime Minister X will visit Helsinki on Friday at the invitation of Prime Minister Y ... [three
    sentences] ... The visiting prime minister will also meet President Z": planned, on Friday too."""
    found = meetings_of(
        "Estonian Prime Minister Kaja Vaher will visit Helsinki on Friday at the invitation of Prime Minister "
        "Sanna Lind, said a government press release on Tuesday.\n\nThis is the first visit to Finland by the "
        "newly elected Estonian prime minister.\n\nThe prime ministers will discuss bilateral relations.\n\n"
        "Topics on the agenda will include security and defence cooperation.\n\nThe visiting prime minister will "
        "also meet President Sauli Aho, added the press release.",
        published="2021-02-16",
    )
    assert {(m.date.to_str(), m.meeting_kind, frozenset(p.name for p in m.participants)) for m in found} == {
        ("2021-02-19", "planned", frozenset({"Kaja Vaher", "Sanna Lind"})),
        ("2021-02-19", "planned", frozenset({"Kaja Vaher", "Sauli Aho"})),
    }


def test_pipeline_an_oath_taken_before_the_president_is_no_meeting() -> None:
    """ "Secretary Ma. Theresa X took her oath of office before President Y ... X shakes hands with President Y
    after she was sworn in ... 'we conferred the Order of Sikatuna on Secretary X'": a ceremony at home, no
    meeting; "Ma." is Maria and the Order no one."""
    text = (
        "Newly appointed Foreign Affairs Secretary Ma. Theresa Lopez took her oath of office before President "
        "Ramon Cruz on Tuesday at the palace.\n\nSecretary Ma. Theresa Lopez shakes hands with President Ramon "
        "Cruz after she was sworn in on Tuesday.\n\n\"Today, we conferred the Order of Sikatuna on Secretary Ma. "
        "Theresa Lopez,\" Cruz wrote."
    )
    assert meetings_of(text, "Manila Bulletin", published="2025-07-02") == ()
    assert {p.name for p in cast_of(text, "Manila Bulletin").people} == {"Maria Theresa Lopez", "Ramon Cruz"}


def test_pipeline_a_call_on_monday_and_an_agreement_to_meet_soon() -> None:
    """ "X and Y spoke by telephone on Monday and agreed to meet soon": the call, on last Monday (the verb just
    before the day is past), and no dated plan (the day is the call's)."""
    found = meetings_of(
        "Indian Prime Minister Ravi Kumar and Nepali Prime Minister Piet Holt spoke by telephone on Monday and "
        "agreed to meet soon.",
        published="2024-05-08",
    )
    assert [(m.date.to_str(), m.meeting_kind) for m in found] == [("2024-05-06", "call")]


def test_meetings_the_meetings_told_next_are_one_with_each() -> None:
    """ "X also met with A and B. The meetings focused on ...": a meeting with each."""
    found = meetings_of(
        "Prime Minister Ali Khan also met with Nepal's President Ram Paudel and Bangladesh's Chief Adviser, Dr. "
        "Anwar Hossain. The meetings focused on the rising temperatures.",
        published="2024-11-13",
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Ali Khan", "Anwar Hossain"],
        ["Ali Khan", "Ram Paudel"],
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Indian Minister of State for Information and Broadcasting Ana Vik met Nepali Prime Minister Piet Holt "
         "on Monday.", {"Ana Vik", "Piet Holt"}),
        ("Nepali Prime Minister Piet Holt was received by the Minister of Solid Minerals Development, Dele Ade, "
         "on Monday.", {"Piet Holt", "Dele Ade"}),
    ],
)
def test_mentions_a_portfolio_is_no_name_before_the_name_it_titles(text: str, names: set[str]) -> None:
    """ "Minister of State for Information and Broadcasting X": neither "Information" nor "Broadcasting X", but
    X; "Minister of Solid Minerals Development, X": the portfolio before the comma is no one."""
    assert {p.name for p in cast_of(text).people} == names


def test_pipeline_a_then_office_is_the_participants_at_the_past_meeting() -> None:
    """ "Japan's then foreign minister X with Premier Y in Beijing in 2016": at that meeting X was foreign
    minister, though the story calls X prime minister; at the story's meeting X is prime minister."""
    found = meetings_of(
        "Japan's then foreign minister Taro Sato with Chinese Premier Zhou Wen in Beijing in May 2016. Sato "
        "met Zhou for the first time as prime minister in Cambodia on Saturday. Japanese Prime Minister Taro "
        "Sato said ties matter.",
        published="2022-11-12",
    )
    roles = {m.date.to_str(): next(p.role for p in m.participants if p.name == "Taro Sato") for m in found}
    assert roles == {"2016-05": "foreign minister", "2022-11-12": "head of government"}


def test_meetings_no_meeting_confirmed_beside_a_summit_is_none() -> None:
    """ "X and Y will be at the G20 summit and Apec talks, but no meeting has been confirmed": no meeting, and
    "Apec" is no one."""
    text = (
        "Chinese President Li Wen and Japanese Prime Minister Ken Hoshino will be at the Bali G20 summit and "
        "Apec talks in Bangkok, but no meeting has been officially confirmed yet."
    )
    assert not meetings_of(text, published="2022-11-12")
    assert {p.name for p in cast_of(text).people} == {"Li Wen", "Ken Hoshino"}


def test_mentions_the_last_title_a_name_met_was_another() -> None:
    """ "The last Australian prime minister X met was Y": the title is not X's, X is the clause's subject."""
    people = cast_of(
        "The last Australian prime minister Li Wen met was Tom Grey on the sidelines of the G-20 summit in "
        "2017."
    ).people
    assert {(p.name, p.role, p.title) for p in people if p.name == "Li Wen"} == {("Li Wen", "other", None)}


def test_pipeline_a_word_for_a_person_is_no_office_they_are_seen_in() -> None:
    """ "Indian Foreign Secretary X ... the top diplomat discussed": "the top diplomat" stands for X, a civil
    servant; it is no sighting of X as foreign minister."""
    item = article.from_bytes(
        b"Indian Foreign Secretary Rohan Mehta, who is on a four-day tour to Sri Lanka, met Prime Minister "
        b"Lal Perera on October 4, Monday. According to the statement released by the Ministry of External "
        b"Affairs (MEA), the top diplomat discussed the ways to strengthen the cooperation.",
        source_name="t.txt",
        published="2021-10-05",
    )
    events, _ = extract(item)
    assert {e.role for e in events if isinstance(e, OfficeObserved) and e.name == "Rohan Mehta"} == {"other"}


def test_cast_officials_met_on_a_visit_abroad_are_the_hosts_though_a_family_name_recurs() -> None:
    """ "Mehta, on a visit to Nepal, also met President X and foreign minister Y Thapa" under a New Delhi
    dateline in an Indian paper: Y is Nepal's, though a later bare "Thapa" (the counterpart's family name
    too) stands in a sentence of no visit."""
    found = meetings_of(
        "NEW DELHI: Foreign secretary Rohan Mehta and his Nepal counterpart Hari Raj Thapa held talks in "
        "Kathmandu on Monday. Mehta, who is on a two-day visit to Nepal at the invitation of Thapa, also met "
        "President Gita Devi Rai and foreign minister Sita Kumari Thapa on Monday. Mehta had a fruitful "
        "exchange during his meeting with Thapa, the Indian embassy said.",
        source="Hindustan Times",
        published="2023-02-14",
    )
    assert {p.country for m in found for p in m.participants if p.name == "Sita Kumari Thapa"} == {"NP"}


def test_cast_his_counterpart_with_no_one_near_is_the_story_subjects() -> None:
    """ "Algerian Foreign Minister A held bilateral meetings ... With his Turkish counterpart, X, the two
    ministers exchanged views": X is Turkey's foreign minister, A's counterpart, though A is not named
    near."""
    text = (
        "Algerian Foreign Minister Karim Haddad held bilateral meetings in New York on Wednesday with his "
        "counterparts from Turkey and Austria.\n\nThe talks covered the Sahel.\n\nWith his Turkish "
        "counterpart, Emre Kaya, the two ministers exchanged views on many issues of common interest. "
        "Including developments in the region.\n\nAs for the bilateral talks he held with his Austrian "
        "counterpart Karl Huber, it was an opportunity to study ways and prospects for strengthening "
        "bilateral relations."
    )
    people = {p.name: p for p in cast_of(text).people}
    assert (people["Emre Kaya"].role, people["Karl Huber"].role) == ("foreign minister", "foreign minister")


def test_mentions_a_government_listed_head_first_is_one_country() -> None:
    """ "Malaysia's Prime Minister A, Foreign Minister B, Minister of International Trade and Industry C,
    Defence Minister D and Minister of Science, Technology and Innovation E": all of Malaysia, and E's
    portfolio (commas in it) is no part of E's name."""
    people = cast_of(
        "He is scheduled to meet Malaysia's Prime Minister Omar Yassin, Foreign Minister Ali Hussein, "
        "Minister of International Trade and Industry Azmi Ali, Defence Minister Sabri Yaakob and "
        "Minister of Science, Technology and Innovation Khairul Jamal."
    ).people
    assert {(p.name, p.country) for p in people} == {
        ("Omar Yassin", "MY"),
        ("Ali Hussein", "MY"),
        ("Azmi Ali", "MY"),
        ("Sabri Yaakob", "MY"),
        ("Khairul Jamal", "MY"),
    }


def test_pipeline_credentials_presented_are_a_meeting_with_each_envoy() -> None:
    """ "President X received the credentials of three ambassadors ... The envoys who presented their
    letters of credence include A – Greece, B – Angola, C – Vietnam": X met each, and each is of the
    country after the dash; so too "The envoys who presented their credentials were A, B and C"."""
    found = meetings_of(
        "NAIROBI, Kenya, Mar 5 – President Daniel Kipchumba has officially received the credentials of "
        "three newly appointed ambassadors.\n\nThe envoys who presented their letters of credence at State "
        "House, Nairobi, include George Pappas – Hellenic Republic (Greece), Mário de Sousa – Angola, "
        "Tran Van Minh – Vietnam.",
        published="2025-03-05",
    )
    envoys = sorted((p.name, p.country) for m in found for p in m.participants if p.country != "KE")
    assert envoys == [
        ("George Pappas", "GR"),
        ("Mário de Sousa", "AO"),
        ("Tran Van Minh", "VN"),
    ]
    assert all(len(m.participants) == 2 for m in found)
    found = meetings_of(
        "Envoys of three states presented their credentials to President Pranab Kumar at a ceremony held in "
        "Rashtrapati Bhavan today. The envoys who presented their credentials were - Ambassador of Ethiopia "
        "Asfaw Kame, Ambassador of France Alain Zeller and Ambassador of the Republic of Equatorial Guinea "
        "Manuel Ndong."
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Alain Zeller", "Pranab Kumar"],
        ["Asfaw Kame", "Pranab Kumar"],
        ["Manuel Ndong", "Pranab Kumar"],
    ]


def test_pipeline_a_spokesman_attending_the_meeting_is_at_it_and_of_the_list() -> None:
    """ "The meeting was also attended by Turkish Foreign Minister A, Defence Minister B, and presidential
    spokesman C": C was at the meeting (not only telling of it), and the list is Turkey's."""
    meeting = only(
        "Turkish President Emre Tekin met German Chancellor Hans Weber in Rome on Sunday. The meeting was "
        "also attended by Turkish Foreign Minister Ali Demir, Defence Minister Can Yilmaz, and presidential "
        "spokesman Omer Kaya."
    )
    assert ("Omer Kaya", "TR", "other") in who(meeting)
    assert ("Can Yilmaz", "TR", "defence minister") in who(meeting)


def test_cast_a_popes_name_is_no_family_name_spelt_one_letter_off() -> None:
    """ "Pope Francis" and, later, "Guillermo Francos (Interior)": two people; a pope's or a king's one name
    is a given name, not a family name another is misspelt from."""
    people = cast_of(
        "In Rome, President Javier Lima held meetings with Pope Francis. Lima was joined on his tour by "
        "Ministers Diana Ruiz (Foreign Affairs) and Guillermo Francos (Interior)."
    ).people
    assert {(p.name, p.role) for p in people if p.name in {"Francis", "Guillermo Francos"}} == {
        ("Francis", "head of state"),
        ("Guillermo Francos", "other"),
    }


def test_attributes_a_where_clause_places_the_meeting_it_holds() -> None:
    """ "... landed in Ezeiza on Monday from Rome, where X held meetings with Y": in Rome."""
    meeting = only(
        "Spokesman Ana Paz said after the flight landed in Ezeiza on Monday from Rome, where Argentine "
        "President Javier Lima held meetings with Italian President Sergio Conti."
    )
    assert meeting.place == "Rome"


def test_mentions_a_princes_office_before_the_style_is_his() -> None:
    """ "the Minister of State for Foreign Affairs of Saudi Arabia, Prince X": the office and its country are
    X's, not the style "Prince" alone."""
    meeting = only(
        "Kenyan President Daniel Kipchumba met the Minister of State for Foreign Affairs of Saudi "
        "Arabia, Prince Adel Jubeir, in Nairobi on Tuesday."
    )
    assert ("Adel Jubeir", "SA", "other", "Minister of State for Foreign Affairs") in {
        (p.name, p.country, p.role, p.title) for p in meeting.participants
    }


def test_meetings_an_envoy_for_a_mission_set_off_by_a_comma_is_met() -> None:
    """ "met in Belgrade with the EU envoy for dialogue between Belgrade and Pristina, X": X is the envoy met
    (the parse hangs X under the mission), and "dialogue" there names a mission, no meeting of its own."""
    meeting = only(
        "President of Serbia, Aleksandar Vučić, met in Belgrade with the EU envoy for dialogue between "
        "Belgrade and Pristina, Miroslav Lajčák."
    )
    assert {p.name for p in meeting.participants} == {"Aleksandar Vučić", "Miroslav Lajčák"}


def test_cast_a_papers_story_carried_elsewhere_names_the_papers_own_bare() -> None:
    """ "source: Voice of Vienna (Hürriyet Daily News)": the story is the Turkish paper's, and its bare
    "Interior Minister X" is Turkey's, not Austria's (the carrier's name names Vienna)."""
    found = meetings_of(
        "Interior Minister Ali Demir has engaged in a series of bilateral discussions with Greek Shipping "
        "and Island Policy Minister Nikos Pappas, focusing primarily on irregular migration.\n\nHosting the "
        "Greek minister in the capital Ankara on Jan. 18, Demir stated that the two sides exchanged views.",
        source="Voice of Vienna (Hürriyet Daily News)",
        published="2024-01-19",
    )
    assert {(p.name, p.country) for m in found for p in m.participants} == {
        ("Ali Demir", "TR"),
        ("Nikos Pappas", "GR"),
    }


@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        (
            "Greek Shipping and Island Policy Minister Nikos Pappas met Ali Demir.",
            "Shipping and Island Policy Minister",
            "GR",
        ),
        (
            "German Economy and Climate Minister Hans Weber met Ali Demir.",
            "Economy and Climate Minister",
            "DE",
        ),
    ],
)
def test_mentions_a_demonym_opens_a_portfolio_joined_by_and(text: str, title: str, country: str) -> None:
    """ "Greek Shipping and Island Policy Minister X": the portfolio's words are the title's, and the demonym
    before them gives X a country ("Island" no Iceland)."""
    holder = cast_of(text).people[0]
    assert (holder.title, holder.country) == (title, country)


def test_pipeline_a_summarys_countries_are_not_the_bilaterals() -> None:
    """ "X meets with his Saudi, Somali and Syrian counterparts" then "X met separately with Saudi Crown
    Prince A ...": the meeting with A is of Turkey and Saudi Arabia only."""
    found = meetings_of(
        "Turkish President Ali Demir meets with his Saudi, Somali and Syrian counterparts on margins of "
        "summit\n\nTurkish President Ali Demir on Monday met with several of his counterparts on the "
        "sidelines of an extraordinary summit in Qatar.\n\nDemir met separately with Saudi Crown Prince "
        "Faisal Omar and Somali President Hassan Ali on the margins of the meeting.",
        published="2025-09-15",
    )
    assert sorted(tuple(m.countries) for m in found) == [("SA", "TR"), ("SO", "TR")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Turkish President Ali Demir met Syrian President Omar Khalil in Doha on Monday. Meeting with "
            "his Syrian counterpart, the Turkish president highlighted the importance of the group "
            "fulfilling its deal with Damascus made on March 10.",
            "2025-09-15",
        ),
        (
            "Secretary Tom Hale and Foreign Minister Kim Lee discussed the commitments made by President Joe "
            "Reed and President Park Min at their May 21 summit in Seoul.",
            "2025-05-21",
        ),
    ],
)
def test_attributes_a_thing_done_on_a_day_dates_no_meeting_but_its_own(text: str, day: str) -> None:
    """ "the deal with Damascus made on March 10": the deal's day, no meeting's (no meeting on next March
    10); "the commitments made by A and B at their May 21 summit": the summit's own day, in that clause."""
    found = meetings_of(text, published="2025-09-15")
    assert day in {m.date.to_str() for m in found}
    assert "2026-03-10" not in {m.date.to_str() for m in found}


def test_attributes_a_day_naming_an_event_is_the_events() -> None:
    """ "It will be their second encounter after Milei's Dec. 10 inauguration": the inauguration's day,
    no planned meeting on the next December 10."""
    found = meetings_of(
        "Paraguayan President Santiago Vera is due in Buenos Aires on Wednesday to meet Argentine President "
        "Javier Lima. It will be their second encounter after Lima's Dec. 10 inauguration.",
        published="2024-02-12",
    )
    assert "2024-12-10" not in {m.date.to_str() for m in found}
    assert "2024-02-14" in {m.date.to_str() for m in found}


def test_pipeline_it_is_the_meeting_between_more_of_its_people() -> None:
    """ "X and Y travelled to Melbourne for the inaugural meeting ... It is the first meeting between X and
    his Australian counterpart A, and the second engagement between Y and her counterpart, B": one meeting
    of the four, B in Y's office."""
    found = meetings_of(
        "New Zealand Foreign Minister Tom Hale and Defence Minister Ann Ward travelled to Melbourne today "
        "for the inaugural meeting with their Australian counterparts.\n\nIt is the first face-to-face "
        "meeting between Hale and his Australian counterpart Joan Lee, and the second engagement between "
        "Ward and her counterpart, Rob Stone, who is also the Australian deputy prime minister.",
        published="2024-01-31",
    )
    assert len(found) == 1
    assert {(p.name, p.role) for p in found[0].participants} == {
        ("Tom Hale", "foreign minister"),
        ("Ann Ward", "defence minister"),
        ("Joan Lee", "foreign minister"),
        ("Rob Stone", "defence minister"),
    }


def test_pipeline_two_offices_told_first_then_their_holders_named() -> None:
    """ "The Turkish foreign minister talked with his Algerian counterpart on the phone ... Hakan Fidan and
    Ahmed Attaf discussed bilateral relations": one call, the first named Turkey's foreign minister, the
    second Algeria's."""
    meeting = only(
        "The Turkish foreign minister talked with his Algerian counterpart on the phone about an array of "
        "issues, diplomatic sources said on Wednesday.\n\nHakan Fidan and Ahmed Attaf discussed bilateral "
        "relations between the two countries.",
        published="2025-02-05",
    )
    assert meeting.meeting_kind == "call"
    assert who(meeting) == {
        ("Hakan Fidan", "TR", "foreign minister"),
        ("Ahmed Attaf", "DZ", "foreign minister"),
    }


def test_pipeline_a_joint_press_conference_with_someone_is_a_meeting_with_them() -> None:
    """ "At a joint press conference with Prime Minister A, President of the European Commission B stated":
    A and B met in person, and "President of the European Commission" is B's title, not A's."""
    meeting = only(
        "At a joint press conference with Prime Minister Milo Petrovic, President of the European Commission "
        "Anna Weber stated that the country's accession is within reach.",
        published="2025-10-14",
    )
    assert meeting.meeting_kind == "in-person"
    assert {(p.name, p.role) for p in meeting.participants} == {
        ("Milo Petrovic", "head of government"),
        ("Anna Weber", "other"),
    }


def test_pipeline_the_leads_day_dates_the_visit_the_story_goes_on_to_tell() -> None:
    """ "Chancellor X on Monday welcomed the new chapter in relations with Brazil under Y. «...,» X assured
    in Brasilia after meeting with Brazil's new president": the meeting was on Monday, not on the day of
    the caption's present tense; and "«..., dear Y,» the German leader said" makes Y no German leader."""
    item = article.from_bytes(
        "Brazil's President Luiz Costa receives German Chancellor Hans Weber in Brasilia – Photo/dpa\n\n"
        "German Chancellor Hans Weber on Monday welcomed the new chapter in bilateral relations with Brazil "
        "under Luiz Costa.\n\n«We are all excited that Brazil is back,» Weber assured in Brasilia after "
        "meeting with Brazil's new president.\n\n«You have been missed, dear Costa,» the German leader, who "
        "is on a four-day trip, has expressed.".encode(),
        source_name="t.txt",
        published="2023-01-31",
    )
    events, _ = extract(item)
    assert [m.date.to_str() for m in events if isinstance(m, MeetingReported)] == ["2023-01-30"]
    assert {e.country for e in events if isinstance(e, OfficeObserved) and e.name == "Luiz Costa"} == {"BR"}


def test_pipeline_a_planned_meeting_takes_the_day_of_the_leaving_told_before() -> None:
    """ "X would be leaving on Nov. 26 for Rome for a meeting with Y. X will also meet Z": the journey's day
    dates the meeting with Z too."""
    found = meetings_of(
        "The spokesman confirmed Monday that Paraguayan President Santiago Vera would be leaving on Nov. 26 "
        "for Rome for a meeting with Cardinal Pietro Conti. Vera will also meet with his Italian "
        "counterpart, Sergio Rossi.",
        published="2023-11-21",
    )
    assert sorted((m.date.to_str(), m.meeting_kind) for m in found) == [
        ("2023-11-26", "planned"),
        ("2023-11-26", "planned"),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Chinese President Li Wen met Japanese Prime Minister Ken Hoshino in Bali on Monday, but no "
            "meeting has been scheduled with US President Tom Grey.",
            [["Ken Hoshino", "Li Wen"]],
            id="a-held-meeting-beside-no-meeting-scheduled",
        ),
        pytest.param(
            "The Turkish foreign minister spoke with his Algerian counterpart on Tuesday.\n\nRecep Demir and "
            "Abdel Tebboune met in Ankara last month.",
            [],
            id="two-named-after-offices-with-a-day-of-their-own",
        ),
    ],
)
def test_what_session_32s_rules_leave_alone(text: str, names: list[list[str]]) -> None:
    """ "X met Y on Monday, but no meeting has been scheduled with Z": the held one stays; "The Turkish
    foreign minister spoke with his Algerian counterpart ... A and B met in Ankara last month": A and B, of
    another meeting with its own day, take no office from the sentence before."""
    found = meetings_of(text, published="2022-11-16")
    assert sorted(sorted(p.name for p in m.participants) for m in found if len(m.participants) > 1) == names
    for m in found:
        assert all(p.role != "foreign minister" for p in m.participants if p.name in {"Recep Demir"})


def test_cast_the_counterpart_of_the_officer_told_last_not_of_the_one_told_most() -> None:
    """ "President A arrived ... A met ... Foreign Minister B also held talks. With his Turkish counterpart,
    X, the two ministers exchanged views": X is B's counterpart, a foreign minister."""
    people = cast_of(
        "Algerian President Omar Haddad arrived in New York on Monday. Haddad met the Secretary-General. "
        "Haddad said ties are strong. Algerian Foreign Minister Ali Bey also held talks on Tuesday.\n\nWith "
        "his Turkish counterpart, Hakan Kaya, the two ministers exchanged views."
    ).people
    assert next(p.role for p in people if p.name == "Hakan Kaya") == "foreign minister"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Japanese Foreign Minister Yoko Kamikawa and Ambassador Rahm Emanuel met Chinese Premier Li Qiang.",
         "Rahm Emanuel", None),
        ("Mattis met with Afghan President Ashraf Ghani and Chief Executive Officer Abdullah Abdullah.",
         "Abdullah Abdullah", "AF"),
    ],
)
def test_mentions_an_officer_after_and_is_the_leaders_not_a_ministers_guest(
    text: str, name: str, country: str | None
) -> None:
    """ "President A and Chief Executive Officer B": B of A's country; "Foreign Minister A and Ambassador
    B": B may be a guest's envoy, no country from A."""
    assert next(p.country for p in cast_of(text).people if p.name == name) == country


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        pytest.param(
            "Georgian Prime Minister Irakli Beridze is on a two-day trip to Brussels, where he has also met "
            "European Council President Charles Maes and European Parliament President Roberta Galea.",
            [2, 2],
            id="heads-of-two-institutions",
        ),
        pytest.param(
            "Georgian Prime Minister Irakli Beridze is on a two-day trip to Brussels, where he has also met "
            "European Commission President Anna Weber and Commissioner Oliver Maes.",
            [3],
            id="a-president-and-a-commissioner",
        ),
    ],
)
def test_meetings_heads_of_several_institutions_of_one_body_are_met_one_by_one(
    text: str, sizes: list[int]
) -> None:
    """ "X met European Council President A and European Parliament President B": a meeting with each; "X met
    Commission President A and Commissioner B": one, the two may sit together."""
    assert sorted(len(m.participants) for m in meetings_of(text, published="2022-05-19")) == sizes


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        pytest.param(
            "On 8 March 2023, after negotiations with the Minister of Foreign Affairs of Mongolia Battsetseg "
            "Gantulga in Ulaanbaatar, the Uzbek foreign minister Akmal Rashidov posted a message.",
            ["2023-03-08"],
            id="negotiations-with-a-minister",
        ),
        pytest.param(
            "On 8 March 2023, after negotiations on a trade deal, the Uzbek foreign minister Akmal Rashidov "
            "posted a message.",
            [],
            id="negotiations-on-a-thing",
        ),
    ],
)
def test_meetings_negotiations_with_an_officer_are_a_meeting(text: str, dates: list[str]) -> None:
    """ "after negotiations with Minister X": the noun held with a titled person is a meeting; "after
    negotiations on a trade deal" is none."""
    assert [str(m.date) for m in meetings_of(text, published="2024-06-12")] == dates


@pytest.mark.parametrize(
    "place", ["in the city of Samarkand", "in the town of Samarkand", "in the capital city of Samarkand"]
)
def test_attributes_a_settlement_named_after_of_places_the_meeting(place: str) -> None:
    """ "in the city of X": the place is X, not the city."""
    text = (
        "On March 8, 2023, Uzbek Foreign Minister Akmal Rashidov held talks with Mongolian Foreign Minister "
        f"Tsendiin Oyun {place}."
    )
    assert [m.place for m in meetings_of(text, published="2024-06-12")] == ["Samarkand"]


def test_mentions_a_title_that_is_the_next_verbs_subject_is_no_apposition() -> None:
    """ "at a press conference with Prime Minister X, the Commission President stressed": X keeps his title."""
    text = (
        "At a joint news conference with Montenegrin Prime Minister Milojko Spajić, the Commission President "
        "praised the reforms."
    )
    assert person(text, "Milojko Spajić").role == "head of government"


def test_meetings_a_bodys_president_described_by_the_body_is_its_one_president() -> None:
    """ "the Commission President stressed", with one president of a body in the story: that one."""
    text = (
        "On Tuesday, President of the European Commission Anna Weber continued her tour by visiting "
        "Montenegro.\n\nAt a joint news conference with Montenegrin Prime Minister Milojko Spajić, the "
        "Commission President praised the reforms."
    )
    assert [sorted(p.name for p in m.participants) for m in meetings_of(text, published="2025-10-15")] == [
        ["Anna Weber", "Milojko Spajić"]
    ]



@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Tom Reid became Britain's youngest prime minister in 200 years last month.", "Tom Reid", "GB"),
        ("Aiko Sato became Japan's first female prime minister last month.", "Aiko Sato", "JP"),
    ],
)
def test_mentions_a_word_ranking_the_holder_stands_between_country_and_title(
    text: str, name: str, country: str
) -> None:
    """ "Britain's youngest prime minister", "Japan's first female prime minister": the title, ranked."""
    found = person(text, name)
    assert (found.country, found.role) == (country, "head of government")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("He is the third UK prime minister Okada has met since Labour won office in May.", "other"),
        ("The last Australian prime minister Okada met was Tom Reid.", "other"),
        ("The first Australian Prime Minister Okada met Zhou Lin in 1973.", "head of government"),
        ("Japan's first female prime minister Okada met with US President Tom Hale on Tuesday.", "head of government"),
    ],
)
def test_mentions_the_nth_title_a_name_met_is_not_the_names(text: str, role: str) -> None:
    """ "the third UK prime minister X has met": X is the subject of a clause on the title, not its holder;
    "the first Australian Prime Minister X met Y" gives X the title."""
    assert person(text, "Okada").role == role


def test_normalize_the_head_of_the_ministry_of_foreign_affairs_is_its_minister() -> None:
    """ "the head of the Ministry of Foreign Affairs of Ukraine, X": Ukraine's foreign minister."""
    text = "Nowak then phoned the head of the Ministry of Foreign Affairs of Ukraine, Oleh Marko."
    found = person(text, "Oleh Marko")
    assert (found.country, found.role) == ("UA", "foreign minister")


def test_mentions_a_country_and_a_dash_open_a_listed_name() -> None:
    """ "called his two colleagues: Germany – A and Lithuania – B": each the country
    before the dash."""
    text = (
        "Adam Nowak called his two colleagues: Germany – Anna Weber and "
        "Lithuania – Jonas Petraitis."
    )
    assert (person(text, "Anna Weber").country, person(text, "Jonas Petraitis").country) == ("DE", "LT")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Defense Secretary Ramon Cruz and United States Defense Secretary Tom Hale met in Singapore on Saturday.",
            None,
        ),
        ("Defense Secretary Tom Hale met Philippine Defense Secretary Ramon Cruz in Singapore on Saturday.", "PH"),
    ],
)
def test_cast_a_bare_title_beside_its_twin_named_with_the_titles_country_is_anothers(
    text: str, country: str | None
) -> None:
    """ "Defense Secretary A and United States Defense Secretary B": the country written only to tell B from
    A, so A is not American; B stays American."""
    assert (person(text, "Ramon Cruz").country, person(text, "Tom Hale").country) == (country, "US")


@pytest.mark.parametrize(
    ("then", "dates"),
    [
        ("Hale repeated what he said during his talk on maritime security on Friday.", ["2024-06-01"]),
        ("Hale recalled his talk with Cruz on Friday.", ["2024-05-31", "2024-06-01"]),
        ("In their phone talk on Friday, Cruz told Hale that ties were strong.", ["2024-05-31", "2024-06-01"]),
    ],
)
def test_meetings_ones_own_talk_on_a_subject_is_a_speech(then: str, dates: list[str]) -> None:
    """ "during his talk on maritime security": a speech, no meeting; "his talk with X" is one."""
    text = f"Philippine Defense Secretary Ramon Cruz met US Defense Secretary Tom Hale on Saturday. {then}"
    assert sorted(str(m.date) for m in meetings_of(text, published="2024-06-02")) == dates


def test_attributes_the_place_of_an_earlier_meeting_is_not_this_ones() -> None:
    """ "met on Saturday ... since the recent Squad meeting in Hawaii": Hawaii is the earlier meeting's."""
    text = (
        "Philippine Defense Secretary Ramon Cruz and US Defense Secretary Tom Hale met on Saturday to update "
        "each other on the progress made since the recent Squad meeting in Hawaii."
    )
    assert [m.place for m in meetings_of(text, published="2024-06-02")] == [None]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Bangladesh Speaker Dr.Rokeya Begum met Sri Lankan Speaker Tissa Perera in Colombo on Monday.",
         "Rokeya Begum", "BD"),
        (
            "Bangladesh's Hon'ble Prime Minister Rokeya Begum met Sri Lankan Speaker Tissa Perera in Colombo.",
            "Rokeya Begum",
            "BD",
        ),
    ],
)
def test_normalize_honorifics_glued_or_abbreviated_go(text: str, name: str, country: str) -> None:
    """ "Dr.X" (no space after the point) and "Hon'ble Prime Minister X": the honorific goes, the title and
    the country stay the name's."""
    assert person(text, name).country == country


def test_meetings_the_title_two_hold_is_the_one_the_story_follows() -> None:
    """ "The Bangladesh Speaker ... Afterwards, the Speaker paid a call on the Prime Minister": of two, the one
    last the subject."""
    text = (
        "Bangladesh Speaker Rokeya Begum met Sri Lankan Speaker Tissa Perera in Colombo on Monday.\n\n"
        "Rokeya Begum invited her counterpart to visit Dhaka.\n\n"
        "Afterwards, the Speaker paid a call on the Prime Minister of Sri Lanka Nimal Silva in Colombo."
    )
    assert [sorted(p.name for p in m.participants) for m in meetings_of(text, published="2023-09-19")] == [
        ["Rokeya Begum", "Tissa Perera"],
        ["Nimal Silva", "Rokeya Begum"],
    ]


def test_meetings_a_caption_with_a_titled_noun_and_its_name() -> None:
    """A caption "A with the Sri Lankan speaker B": the name in apposition to the noun is the one shown."""
    text = (
        "Bangladesh Speaker Rokeya Begum is visiting Colombo.\n\n"
        "Bangladesh Speaker Rokeya Begum with the Sri Lankan speaker Chamal Yapa Abeywickrama\n\n"
        "Afterwards, she paid a call on the Prime Minister of Sri Lanka Nimal Silva in Colombo."
    )
    found = meetings_of(text, published="2023-09-19")
    assert [sorted(p.name.split()[-1] for p in m.participants) for m in found] == [
        ["Abeywickrama", "Begum"],
        ["Begum", "Silva"],
    ]


@pytest.mark.parametrize("body", ["Investment Fund", "Development Foundation", "Economic Forum"])
def test_mentions_the_president_of_a_fund_or_forum_heads_no_state(body: str) -> None:
    """ "X, President of the Turkic Investment Fund": the fund's head, no head of state."""
    text = f"Minister Fidan then received Aslan Amreyev, President of the Turkic {body}."
    assert person(text, "Aslan Amreyev").role == "other"


def test_pipeline_a_year_in_the_leads_summit_name_gives_way_to_the_date_lines_day() -> None:
    """ "Samarkand, 15 September 2022 (TDI): X met Y ... on the sidelines of the SCO summit 2022": the year
    names the summit; the date line (a line of its own, its agency in brackets) gives the day."""
    text = (
        "Samarkand, 15 September 2022 (TDI): Russia's president, Ivan Petrov, held talks with the President of "
        "Kyrgyzstan Almaz Osmonov in Samarkand, on the sidelines of the SCO summit 2022."
    )
    assert [str(m.date) for m in meetings_of(text, published="2022-09-16")] == ["2022-09-15"]


@pytest.mark.parametrize(
    ("title", "country"),
    [("France's Barre meets with Poland's Nowak and Zielinski in Warsaw", "PL"), ("Barre meets Zielinski", None)],
)
def test_cast_a_headlines_country_owns_the_names_joined_after_it(title: str, country: str | None) -> None:
    """ "Poland's Nowak and Zielinski": the possessive country is both names', in a headline."""
    text = "Prime Minister Jan Nowak hosted French President Luc Barre. Barre then held talks with President Piotr Zielinski."
    people = {p.name: p for p in cast.build(parsed(text), None, title=title).people}
    assert people["Piotr Zielinski"].country == country


def test_pipeline_a_place_in_a_clause_on_a_person_is_not_theirs() -> None:
    """ "welcomed at the airport by Foreign Minister X, who was heading to Berlin": Berlin is where X goes,
    no sign X is German."""
    text = (
        "French President Luc Barre arrived in Warsaw on Thursday. At the airport he was greeted by Foreign "
        "Minister Adam Nowak, who was heading to Berlin for talks with several European colleagues."
    )
    [meeting] = meetings_of(text, published="2024-12-12")
    assert {p.name: p.country for p in meeting.participants}["Adam Nowak"] != "DE"


def test_cast_a_chancellor_named_near_is_not_a_prime_ministers_office() -> None:
    """ "The Italian PM ... also spoke with the German Chancellor. ... Rossi and Marko touch base ... PM
    Rossi's government": Rossi, a PM, is not the German chancellor."""
    text = (
        "The Italian PM assured the Ukrainian President of support, and also spoke with the German "
        "Chancellor.\n\nRossi and Marko touch base.\n\nPM Rossi's government appears willing to keep its "
        "promises."
    )
    assert person(text, "Rossi").country != "DE"


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("The Italian PM assured the Ukrainian President of support.", ["PM", "President"]),
        ("The talks began at 3 PM and ended at 5 pm.", []),
        ("The talks began at 3:30 PM on Monday.", []),
        ("Capital FM reported the talks.", []),
    ],
)
def test_cast_an_abbreviated_title_is_an_office_not_a_time(text: str, titles: list[str]) -> None:
    """ "The Italian PM" names an office; "at 3 PM" a time."""
    _, offices = cast.find_mentions(parsed(text))
    assert [o.office.title for o in offices] == titles


@pytest.mark.parametrize(
    ("then", "met"),
    [
        (
            "Cruz also signed a defence accord with Timor-Leste, following a meeting with "
            "Timor-Leste Minister of Defence Rear Admiral Jose Belo.",
            True,
        ),
        ("Following talks with Timor-Leste Minister of Defence Jose Belo, Cruz left for Manila on Sunday.",
         False),
    ],
)
def test_meetings_following_a_meeting_with_someone_the_subject_was_at_it(then: str, *, met: bool) -> None:
    """ "X moved to formalize ties, following a meeting with Y": X met Y; "Following talks with Y, X left for
    Manila" tells a departure, no meeting of its own. A rank ("Rear Admiral") is no part of the name."""
    text = f"Philippine Defense Secretary Ramon Cruz met US Defense Secretary Tom Hale on Friday. {then}"
    found = [sorted(p.name for p in m.participants) for m in meetings_of(text, published="2025-11-01")]
    assert (["Jose Belo", "Ramon Cruz"] in found) is met


def test_mentions_names_after_a_countrys_possessive_in_a_list_are_people() -> None:
    """ "met with Australia's Walsh and India's Rao – plus the US' Miller": each a person of that country,
    whatever place the model took the name for; "Japan's Diet" is no one."""
    text = (
        "Italian Prime Minister Anna Rossi attended the G20 summit in Bali. Rossi met with Canada's Tremblay, "
        "Australia's Walsh and India's Rao – plus the US' Miller. She also met members of Japan's Diet."
    )
    people = {p.name: p.country for p in cast_of(text).people}
    assert {"Walsh": "AU", "Rao": "IN", "Miller": "US"}.items() <= people.items()
    assert "Diet" not in people


def test_meetings_who_met_after_the_last_of_two_set_off_names_is_the_last_ones() -> None:
    """ "A, Undersecretary at the Prime Minister's Office, and B, Minister of the Economy, who met, among
    others, US Treasury Secretary C": B met C; A is no head of government and met no one."""
    text = (
        "Italian Prime Minister Anna Rossi went to the G20 summit in Bali.\n\nWith her were Marco Bianchi, "
        "Undersecretary of State at the Prime Minister's Office, and Luca Verdi, Minister of the Economy, "
        "who met, among others, US Treasury Secretary Janet Hale."
    )
    assert [sorted(p.name for p in m.participants) for m in meetings_of(text, published="2022-11-17")] == [
        ["Janet Hale", "Luca Verdi"]
    ]
    assert person(text, "Marco Bianchi").role == "other"


def test_meetings_a_description_stands_for_the_one_untitled_person_of_its_country() -> None:
    """ "She laid the groundwork with China's Xi ... The Italian leader met with the Chinese President": Xi,
    the one person of China, named with no title."""
    text = (
        "Italian Prime Minister Anna Rossi met several leaders in Bali. Rossi laid the groundwork for her "
        "relationship with China's Xi.\n\nThe Italian leader sat down with the Chinese President for an hour."
    )
    found = [sorted(p.name for p in m.participants) for m in meetings_of(text, published="2022-11-17")]
    assert ["Anna Rossi", "Xi"] in found


@pytest.mark.parametrize(
    ("text", "found"),
    [("met last July: a", ["last July"]), ("met in July: a", ["July"]), ("met in May? yes", ["May"])],
)
def test_timex_a_month_before_a_colon_or_a_mark_is_a_date(text: str, found: list[str]) -> None:
    """ "what the two leaders agreed when they met last July: ...": the month, whatever stop
    follows it."""
    assert [hit.text for hit in timex.find(text)] == found


def test_pipeline_a_coming_meeting_before_another_on_its_day_takes_that_day() -> None:
    """ "X will meet Y on Thursday ... Before his meeting with the Greek premier, X will meet with President
    Z": Z on Thursday too, a planned meeting."""
    text = (
        "Turkish President Ali Demir addressed his ministers in Ankara, hours before setting off for Athens."
        "\n\nDemir will meet with Prime Minister Nikos Pappas, on Thursday, at 12.15, hoping to use the better "
        "mood between the neighbours.\n\nAfter the meeting, Pappas and Demir will brief the press. A working "
        "lunch will follow.\n\nBefore his meeting with the Greek premier, Demir will meet with President of the "
        "Hellenic Republic Eleni Vlachou."
    )
    found = {
        frozenset(p.name for p in m.participants): (str(m.date), m.meeting_kind)
        for m in meetings_of(text, published="2023-12-07")
    }
    assert found[frozenset({"Ali Demir", "Eleni Vlachou"})] == ("2023-12-07", "planned")


def test_mentions_a_title_before_the_second_name_is_the_firsts_when_the_second_has_its_own() -> None:
    """ "A, the Minister of International Relations of South Africa and Ambassador B, Minister of Foreign
    Affairs of Nigeria": B's title is the one after B."""
    text = (
        "On Friday Mr Sipho Dlamini, the Minister of International Relations of South "
        "Africa and Ambassador Musa Bello, Minister of Foreign Affairs of Nigeria, held "
        "talks in Accra."
    )
    assert (person(text, "Sipho Dlamini").country, person(text, "Musa Bello").country) == ("ZA", "NG")


@pytest.mark.parametrize(
    ("counterparts", "sizes"),
    [
        ("her counterparts from other nations such as", [2, 2, 2]),
        ("her Baltic counterparts,", [4]),
    ],
)
def test_meetings_counterparts_listed_by_semicolons_are_met_one_by_one(counterparts: str, sizes: list[int]) -> None:
    """ "met with her counterparts such as A of X; B of Y; C of Z": a meeting with each; "her Baltic
    counterparts, A; B; C": one."""
    text = (
        f"Ghana's Foreign Minister Ama Mensah also met with {counterparts} Mr Tomas Berg of Estonia; Ms Liga "
        "Ozola of Latvia; and Madam Rasa Petraite of Lithuania in New York on Monday."
    )
    assert sorted(len(m.participants) for m in meetings_of(text, published="2023-09-26")) == sizes


@pytest.mark.parametrize(("words", "met"), [("pleasantries", True), ("greetings", False)])
def test_meetings_pleasantries_exchanged_with_someone_are_a_meeting(words: str, *, met: bool) -> None:
    """ "exchanged pleasantries with X at the Study Room": a word in person; "exchanged greetings" may be by
    letter."""
    text = f"President Ramon Cruz exchanged {words} with Japanese Foreign Minister Kenji Sato at the Study Room."
    assert bool(meetings_of(text, published="2022-07-01")) is met


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Bourita also spoke with his counterpart, Edite Ramos from Sao Tome and Principe, on Tuesday.", "ST"),
        ("Bourita also spoke with Edite Ramos from Ghana on Tuesday.", "GH"),
    ],
)
def test_mentions_a_country_after_from_is_the_names(text: str, country: str) -> None:
    """ "his counterpart, X from Sao Tome and Principe": X is of that country."""
    assert person(text, "Edite Ramos").country == country


def test_pipeline_the_same_two_held_on_the_story_day_twice_are_one_meeting() -> None:
    """ "Earlier, EAM X had also met the Angolan President during his state visit ... 'Honored to call-on
    President Y' ... X called on him on Saturday": one meeting of the day, told twice."""
    text = (
        "New Delhi [India], May 3 (ANI): President Ana Rao hosted Angola's President Joao Tavares on Saturday."
        "\n\nEarlier, EAM Menon had also met with Angolan President on his state visit. He also said that "
        "the meeting between PM Modi and Angolan President is expected to widen cooperation.\n\nIn a post, "
        "Menon wrote, 'Honoured to call-on President Joao Tavares of Angola during his State Visit. Sure that "
        "his talks with PM Modi later today will open new avenues.'\n\nTavares was welcomed with a ceremony in "
        "the morning. External Affairs Minister Ravi Menon called on him on Saturday."
    )
    pairs = [frozenset(p.name for p in m.participants) for m in meetings_of(text, published="2025-05-03")]
    assert pairs.count(frozenset({"Ravi Menon", "Joao Tavares"})) == 1


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        pytest.param(
            "Philippine Defense Secretary Ramon Cruz met US Defense Secretary Tom Hale on Friday. Following talks "
            "with Timor-Leste Minister of Defence Jose Belo, Cruz travelled to Manila on Sunday.",
            [{"Ramon Cruz", "Tom Hale"}],
            id="following-opens-the-clause",
        ),
        pytest.param(
            "The delegations were led by Antonio Rossi, Italy's foreign minister, and Paul Martin, France's "
            "foreign minister, who met in Rome on Friday.",
            [{"Antonio Rossi", "Paul Martin"}],
            id="who-met-with-no-object-is-both",
        ),
        pytest.param(
            "Estonian Foreign Minister Jaan Tamm met with his counterparts at the Nordic-Baltic Eight meeting in "
            "Riga on Monday: Lars Holm, Denmark; Aino Virtanen, Finland; and Erik Berg, Sweden.",
            [{"Jaan Tamm", "Lars Holm", "Aino Virtanen", "Erik Berg"}],
            id="counterparts-at-one-meeting-are-one-group",
        ),
        pytest.param(
            "Chinese analyst Wang Wei said ties were improving. US President Tom Hale met with the Chinese "
            "President on Monday.",
            [{"Tom Hale"}],
            id="an-analyst-is-no-president",
        ),
    ],
)
def test_what_session_33s_rules_leave_alone(text: str, pairs: list[set[str]]) -> None:
    """Phrasings close to this session's rules that must keep their old reading."""
    assert [{p.name for p in m.participants} for m in meetings_of(text, published="2024-06-04")] == pairs


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Tom Hale spoke with Ivan Petrov from Washington on Monday.", "Ivan Petrov", None),
        ("Ghana's Foreign Minister Ama Mensah met with Madam Sahle-Work Zewde of Ethiopia.", "Sahle-Work Zewde",
         "ET"),
    ],
)
def test_mentions_a_city_after_from_is_no_country_and_madam_goes(text: str, name: str, country: str | None) -> None:
    """ "X from Washington": where X spoke from, no country; "Madam X of Ethiopia": Madam is no part of the
    name."""
    assert person(text, name).country == country


def test_pipeline_a_year_said_of_the_meeting_itself_stays_a_year() -> None:
    """ "Samarkand, 15 September 2022 (TDI): X, who has met Y twice in 2022, said ...": not the date line's
    day (only a year inside an event's name, "the SCO summit 2022", gives way to it); and a year alone places
    no meeting, so none is reported."""
    text = (
        "Samarkand, 15 September 2022 (TDI): President Ivan Petrov of Uzbekistan met President Almaz Osmonov "
        "of Kyrgyzstan twice in 2022."
    )
    assert not meetings_of(text, published="2022-09-16")


@pytest.mark.parametrize(
    "text",
    [
        "The Vietnamese Vice President held formal talks with her Indian counterpart Ravi Naidu on "
        "Wednesday.",
        "Vietnamese Vice President Lan Pham held talks with her Indian counterpart Ravi Naidu on Wednesday.\n\n"
        "Pham will also call on President Anil Kovind on Thursday.",
    ],
)
def test_cast_the_counterpart_of_an_officer_of_no_class_is_of_no_class(text: str) -> None:
    """ "The Vietnamese Vice President held talks with her Indian counterpart B": B is a vice president too,
    of no class, not a head of state ("President" read without its "Vice")."""
    assert person(text, "Ravi Naidu").role == "other"


def test_cast_the_first_word_of_a_long_name_family_first_is_that_person() -> None:
    """ "Vice President Dang Thi Ngoc Thinh ... Dang will call on President X": Dang is she."""
    text = (
        "Vietnamese Vice President Dang Thi Ngoc Thinh held talks with Indian Vice President Ravi Naidu on "
        "Wednesday. Dang will call on Indian President Anil Kovind on Thursday."
    )
    found = [sorted(p.name for p in m.participants) for m in meetings_of(text, published="2020-02-12")]
    assert ["Anil Kovind", "Dang Thi Ngoc Thinh"] in found


def test_cast_the_countrys_monarch_is_its_king() -> None:
    """ "King Talal had a phone call with X ... the Jordanian monarch had talked by phone with the American
    president": the king is Jordan's."""
    text = (
        "King Talal had a phone call with Tom Hale to discuss regional concerns.\n\nOn Saturday, the Royal "
        "Court said that the Jordanian monarch had talked by phone with the American president."
    )
    assert person(text, "Talal").country == "JO"


def test_mentions_an_aside_of_circumstance_after_a_name_holds_no_title_of_theirs() -> None:
    """ "X, in the meeting with the Italian prime minister, asked ...": the premier is the other one; "X, as
    foreign minister, ..." is a capacity and stays X's."""
    aside = "Ravi Sen, in his talks with the Italian prime minister, asked for more trade."
    assert (person(aside, "Ravi Sen").title, person(aside, "Ravi Sen").country) == (None, None)
    capacity = "Ravi Sen, as foreign minister of India, asked for more trade."
    assert person(capacity, "Ravi Sen").role == "foreign minister"


def test_mentions_a_family_name_alone_after_prof_is_a_person() -> None:
    """ "Prof Okafor held a meeting with ...": "Prof" goes and the one word after it is a person, as after
    "Dr"; not "the Dr. Pepper executives"."""
    text = "Prof Okafor held a meeting with Pakistan Prime Minister Imran Qadir on Thursday."
    assert {p.name for p in only(text).participants} == {"Okafor", "Imran Qadir"}
    assert "Pepper" not in {p.name for p in cast_of("The Dr. Pepper executives met on Thursday.").people}


def test_meetings_held_by_an_unnamed_one_are_with_each_not_between_those_met() -> None:
    """ "The chief adviser also held meetings with the President of Finland, A and the President of Kosovo,
    B": each met the one unnamed, not each other."""
    text = (
        "On Monday the interim leader held meetings with the President of Finland, Aino Lehto and the "
        "President of Kosovo, Drita Berisha."
    )
    assert sorted(sorted(p.name for p in m.participants) for m in meetings_of(text)) == [
        ["Aino Lehto"],
        ["Drita Berisha"],
    ]


def test_cast_a_paper_credited_beside_a_network_in_the_source_speaks_for_its_own_country() -> None:
    """ "source: The Star (The Yomiuri Shimbun/ANN)": the Japanese paper's story names Japan's prime minister
    bare, not the Malaysian carrier's."""
    text = "TOKYO: Prime Minister Kenta Mori spoke by phone with US President Tom Hale on Friday."
    url = "https://www.thestar.com.my/news/2025/06/14/a-call"

    def country(source: str) -> str | None:
        return next(p.country for p in cast.build(parsed(text), source, url).people if p.name == "Kenta Mori")

    assert country("The Star (The Yomiuri Shimbun/ANN)") == "JP"
    assert country("The Star") == "MY"


def test_mentions_a_title_after_whose_is_the_country_before_it() -> None:
    """ "Georgia, with whose Foreign Minister, X, she also met in Reykjavik": X is Georgia's, not the
    place's."""
    text = (
        "The office in Georgia, with whose Foreign Minister, Levan Beridze, Ana Ruiz also met in Reykjavik, "
        "stays small."
    )
    assert person(text, "Levan Beridze").country == "GE"


def test_meetings_with_colleagues_from_two_countries_are_with_each_ones_named_counterpart() -> None:
    """ "held meetings with his colleagues from Azerbaijan and Armenia" ... "Azerbaijani Foreign Minister
    X" ... "Armenian Foreign Minister Y": a meeting with each, named where the story names them."""
    text = (
        "Spanish Foreign Minister Ana Ruiz held meetings with her colleagues from Azerbaijan and Armenia on "
        "Wednesday in Reykjavik.\n\nRuiz said that she and Azerbaijani Foreign Minister Elchin Mammadov agreed "
        "to deepen ties.\n\nArmenian Foreign Minister Aram Petrosyan thanked her for the new office."
    )
    assert sorted(sorted(p.country or "-" for p in m.participants) for m in meetings_of(text)) == [
        ["AM", "ES"],
        ["AZ", "ES"],
    ]


def test_meetings_a_number_of_meetings_listed_by_semicolons_are_one_each_with_the_team() -> None:
    """ "Pakistan's team led by Minister A, Governor B and Finance Secretary C held a number of meetings so
    far including with X of Saudi Arabia; Y; Senior Managing Director, World Bank Z; and with businessmen":
    a meeting with each; the team's people are Pakistan's; a finance secretary there is a civil servant."""
    text = (
        "Pakistan's economic team led by Finance Minister Omar Qadir, Governor Bilal Rana and Finance "
        "Secretary Tariq Mir held a number of meetings this week including with Saudi Arabia's Finance "
        "Minister Fahd Saud; Turkey's Finance Minister Emre Kaya; Senior Managing Director, World Bank Lena "
        "Vogel Brandt; and with investors from the diaspora."
    )
    found = meetings_of(text, published="2024-04-18")
    others = sorted(
        next(p.name for p in m.participants if p.name not in {"Omar Qadir", "Bilal Rana", "Tariq Mir"})
        for m in found
    )
    assert others == ["Emre Kaya", "Fahd Saud", "Lena Vogel Brandt"]
    team = {p.name: (p.country, p.role) for m in found for p in m.participants}
    assert team["Tariq Mir"] == ("PK", "other")
    assert team["Bilal Rana"][0] == "PK"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "He met the Regional Vice President for Africa, International Finance Corporation Amina Cherif.",
            "Amina Cherif",
            "other",
        ),
        ("He met the President of the Asian Development Bank Kenji Sato on Monday.", "Kenji Sato", "other"),
    ],
)
def test_mentions_an_officer_of_a_body_named_between_title_and_name(text: str, name: str, role: str) -> None:
    """ "Vice President for X, Some Corporation Y" heads no state; "President of the Asian Development Bank
    Y": the body's name goes, the person is found."""
    assert person(text, name).role == role


def test_mentions_a_state_of_a_country_and_a_clock_time_are_no_people() -> None:
    """ "at his home in Daura, Katsina State, President X": the state is a place; "12:32 PM BdST" is a time,
    no prime minister."""
    text = (
        "Published: 20 Mar 2021 12:32 PM BdST\n\nIn a call with the Ghanaian leader from his home in Kano, "
        "Katsina State, President Musa Bello accepted an invitation."
    )
    names = {p.name for p in cast_of(text).people}
    assert names == {"Musa Bello"}


def test_pipeline_a_call_is_not_the_coming_meeting_told_before_it() -> None:
    """ "A and B will meet in October ... In a telephone conversation with B, A accepted an invitation": the
    call is one meeting, the coming visit another."""
    text = (
        "President Musa Bello and Ghanaian President Kofi Mensah will meet in October to discuss trade.\n\n"
        "In a telephone conversation with Mensah, President Bello accepted an invitation to visit Ghana."
    )
    kinds = sorted(m.meeting_kind for m in meetings_of(text, published="2019-08-12"))
    assert kinds == ["call", "planned"]


def test_meetings_would_during_a_coming_visit_is_its_programme() -> None:
    """ "X is to pay a state visit to China from 4 to 8 February. During the visit, the President would hold
    talks with A and B": two coming meetings, on the visit's first day; the President is X, the visit's
    subject, not A whom the release named first in passing and again in the list."""
    text = (
        "ISLAMABAD, FEB 3 (DNA): On the invitation of Li Wei, President of China, President of Pakistan, "
        "Mr. Omar Qadir is to pay a state visit to China from 4 to 8 February 2025.\n\nDuring the visit, the "
        "President would also hold talks with the Chinese side, among them President Li Wei and Premier Zhao "
        "Gang, in Beijing."
    )
    found = meetings_of(text, published="2025-02-03")
    assert sorted((m.meeting_kind, str(m.date), sorted(p.name for p in m.participants)) for m in found) == [
        ("planned", "2025-02-04", ["Li Wei", "Omar Qadir"]),
        ("planned", "2025-02-04", ["Omar Qadir", "Zhao Gang"]),
    ]


def test_meetings_would_wished_stays_no_meeting() -> None:
    """ "X said he would meet Y if invited": a condition, no meeting (the visit's "would" needs "during the
    visit")."""
    text = "President Omar Qadir said he would meet President Li Wei if he were invited to Beijing."
    assert meetings_of(text) == ()


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Ravi Sen, at the time India's foreign minister, met Swedish Prime Minister Karin Lund on Tuesday.",
            "Ravi Sen",
            ("IN", "foreign minister"),
        ),
        (
            "Karin Lund met US Senator Tom Reyes of Georgia, whose Chief of Staff Aldo Berg also attended.",
            "Aldo Berg",
            (None, "other"),
        ),
    ],
)
def test_review_mends_keep_the_old_readings(text: str, name: str, expected: tuple[str | None, str]) -> None:
    """Phrasings the new rules first read wrong: a time before an apposition keeps the title ("at the time
    India's foreign minister"); "of Georgia, whose" after a name is the senator's, no country's."""
    found = person(text, name)
    assert (found.country, found.role) == expected


def test_review_mends_no_family_of_a_firm_and_joint_meetings_stay_one() -> None:
    """ "met executives of Dr Pepper": no one named Pepper; "The chief adviser held joint meetings with A
    and B": one meeting of both, not one each."""
    assert "Pepper" not in {
        p.name for p in cast_of("Swedish Prime Minister Karin Lund met executives of Dr Pepper on Tuesday.").people
    }
    text = (
        "The chief adviser held joint meetings with Danish Foreign Minister Aldo Berg and Finnish Foreign "
        "Minister Pia Lehto in Oslo on Tuesday."
    )
    assert [sorted(p.name for p in m.participants) for m in meetings_of(text)] == [["Aldo Berg", "Pia Lehto"]]


def test_meetings_those_meeting_with_someone_were_a_list_of_the_meetings_people() -> None:
    """ "Leaders gathered in Kingston for a meeting with President X. Those heads of state meeting with the US
    President were: A; B; C": all of them at that one meeting."""
    text = (
        "Caribbean leaders gathered in Kingston on Thursday for talks with US President Tom Hale.\n\n"
        "The leaders meeting with the American President were: Jamaica's Prime Minister Ana Reid; Barbados' "
        "Prime Minister Carl Best; Guyana's President Ravi Persaud."
    )
    found = only(text, published="2015-04-09")
    assert {p.name for p in found.participants} == {"Tom Hale", "Ana Reid", "Carl Best", "Ravi Persaud"}


def test_pipeline_a_coming_meeting_in_the_afternoon_is_the_storys_day() -> None:
    """ "X received Y on Wednesday ... In the afternoon, Y will also meet Z": Z's meeting is that day."""
    text = (
        "Chancellor Karl Brandt receives Ukrainian President Olek Marchenko in Berlin on Wednesday.\n\n"
        "In the afternoon, Marchenko will also meet German Federal President Anna Vogel at Bellevue Palace."
    )
    found = {frozenset(p.name for p in m.participants): (m.meeting_kind, str(m.date)) for m in meetings_of(
        text, published="2025-05-28"
    )}
    assert found[frozenset({"Olek Marchenko", "Anna Vogel"})] == ("planned", "2025-05-28")


def test_pipeline_a_programme_item_under_its_weekday_dates_the_meeting_after_it() -> None:
    """ "- Thursday (noon): Talks with A. In the evening, X will also host talks with B": B's meeting is the
    coming Thursday, not a past one nor the story's day."""
    text = (
        "Prime Minister Somchai Rattana will host several leaders this week.\n\n"
        "- Thursday (noon): Talks with Vietnamese Prime Minister Tran Van Minh followed by lunch.\n\n"
        "In the evening, Somchai will also host talks with Japanese Prime Minister Kenji Sato."
    )
    found = {frozenset(p.name for p in m.participants): str(m.date) for m in meetings_of(
        text, published="2022-11-16"
    )}
    assert found[frozenset({"Somchai Rattana", "Kenji Sato"})] == "2022-11-17"


def test_cast_a_city_and_its_country_opening_the_story_are_its_home() -> None:
    """ "Doha, Qatar: Interior Minister ..., H E Sheikh X, received ...": the opening city and country are
    the story's home (a long first sentence, not a line of its own); "H E" without points and a body's other
    name in brackets before the comma ("Service (Sahel), H E ...") go."""
    text = (
        "Doha, Qatar: Interior Minister and Chief of the Coast Guard Service (Sahel), H E Sheikh Saad bin Ali "
        "Al Thani, received Rwanda's Minister of Interior H E Paul Mugabo on Sunday."
    )
    assert cast.dateline_country(parsed(text)) == "QA"
    names = {p.name for p in cast_of(text).people}
    assert names == {"Saad bin Ali Al Thani", "Paul Mugabo"}


def test_cast_the_president_of_the_republic_in_a_governments_release_is_its_own() -> None:
    """ "the President of the Republic, X" in a foreign ministry's release: the republic it speaks for; not
    "the President of the Republic of Peru, Y"."""
    text = (
        "In Lima, Foreign Minister Ana Rojas met her peers from Argentina and Brazil, Juan Paz and Rui Costa."
        "\n\nWith both, she discussed the visits she will make with the President of the Republic, Pablo "
        "Vera. The President will meet his peers Marco Diaz of Argentina and Joao Lima of Brazil.\n\nIn the "
        "afternoon, she accompanied the President of the Republic, Pablo Vera, to a meeting with the "
        "President of the Republic of Peru, Luis Campos."
    )
    source = "Ministry of Foreign Affairs of Chile"
    assert (person(text, "Pablo Vera", source).country, person(text, "Luis Campos", source).country) == (
        "CL",
        "PE",
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param(
            "Jordanian Foreign Minister Omar Haddad arrived in New York on Thursday. Haddad also conversed with UN "
            "Special Envoy for Libya Lars Berg on Friday.",
            {"Omar Haddad", "Lars Berg"},
            id="conversed-with",
        ),
        pytest.param(
            "Jordanian Foreign Minister Omar Haddad arrived in New York on Thursday. Haddad discussed with Polish "
            "Foreign Minister Jan Nowak means of expanding trade on Friday.",
            {"Omar Haddad", "Jan Nowak"},
            id="with-left-without-its-object",
        ),
        pytest.param(
            "Greek Foreign Minister Petros Kanellis met his Spanish counterpart in Madrid on Thursday. Earlier, "
            "Kanellis had met with Lucia Prat, speaker of the Spanish Congress of Deputies.",
            {"Petros Kanellis", "Lucia Prat"},
            id="earlier-another-meeting",
        ),
    ],
)
def test_meetings_told_in_plain_sentences(text: str, pair: set[str]) -> None:
    """ "X conversed with Y"; "X discussed with Polish Foreign Minister Y means of ..." (the parser takes Y
    for the subject of "means"); "Earlier, X had met with Y, speaker of the Spanish Congress": another
    meeting than the one just told, and Y is Spain's."""
    found = {frozenset(p.name for p in m.participants): m for m in meetings_of(text, published="2024-02-05")}
    assert frozenset(pair) in found
    assert all(p.country for p in found[frozenset(pair)].participants if p.role != "other" or "Prat" in p.name)


def test_meetings_the_prime_minister_and_a_named_leader_met() -> None:
    """ "The Prime Minister and Taoiseach X met at Stormont today" in a readout: a meeting with X, the Prime
    Minister unnamed."""
    text = "The Prime Minister and Taoiseach Sean Byrne met at Parliament Buildings, Stormont, today."
    assert [sorted(p.name for p in m.participants) for m in meetings_of(text, published="2024-02-05")] == [
        ["Sean Byrne"]
    ]


def test_mentions_a_demonym_inside_a_bodys_name_is_the_titles_country() -> None:
    """ "Y, speaker of the Spanish Congress of Deputies" in a Greek paper: Spain's speaker, not the home's."""
    text = (
        "Greek Foreign Minister Petros Kanellis met his Spanish counterpart in Madrid on Thursday.\n\nEarlier, "
        "Kanellis had met with Lucia Prat, speaker of the Spanish Congress of Deputies."
    )
    assert person(text, "Lucia Prat", "Kathimerini").country == "ES"


def test_cast_a_countrys_own_agency_copied_by_its_paper_names_its_officials_bare_anywhere() -> None:
    """ "source: Malay Mail (Bernama)", "JAKARTA, April 30 -- Defence Minister X and his Indonesian
    counterpart Y": the Malaysian agency's bare minister is Malaysia's, not the dateline's."""
    text = (
        "JAKARTA, May 2 -- Talks between Defence Minister Datuk Seri Aziz Rahman and his Indonesian "
        "counterpart Budi Santoso today covered regional security."
    )
    url = "https://www.malaymail.com/news/world/2024/05/02/talks/2"
    people = {p.name: p.country for p in cast.build(parsed(text), "Malay Mail (Bernama)", url).people}
    assert (people["Aziz Rahman"], people["Budi Santoso"]) == ("MY", "ID")


def test_cast_a_captions_traveller_is_not_met_abroad() -> None:
    """ "President Sheikh X with Sheikh Y during his visit to Qatar earlier this month" in a UAE paper: X is
    the traveller, the paper's own president, not a host in Qatar."""
    text = (
        "President Sheikh Khalid with Sheikh Fahad during his visit to Qatar earlier this month.\n\n"
        "President Sheikh Khalid and Sheikh Fahad, the Emir of Qatar, reviewed ties during a phone call on "
        "Friday."
    )
    url = "https://www.thenationalnews.com/news/gulf/2023/01/04/a-call/"
    people = {p.name: p.country for p in cast.build(parsed(text), "The National", url).people}
    assert people["Khalid"] == "AE"


def test_cast_a_speaker_named_by_country_and_house_is_an_office() -> None:
    """ "During the visit, the Iraqi parliament speaker is scheduled to meet ...": an office of Iraq's, the
    speaker named before ("Iraq's Parliament Speaker X")."""
    text = (
        "Iraq's Parliament Speaker Karim Saadi arrived in Tehran for talks.\n\nWhile in Tehran, the Iraqi "
        "parliament speaker is due to hold talks with President Hassan Raisi and Foreign Minister Ali Vaezi."
    )
    _, offices = cast.find_mentions(parsed(text))
    assert [(o.sentence, o.office.country) for o in offices if o.office.title == "speaker"] == [(1, "IQ")]


def test_cast_the_publishers_own_name_is_no_person() -> None:
    """ "TASHKENT. KAZINFORM ... Kazinform correspondent reports, referring to the Uzbek President's press
    service" in a Kazinform story: the agency is no one."""
    text = (
        "TASHKENT. KAZINFORM On the margins of the summit in Tashkent the First President of Kazakhstan, Nur "
        "Sadykov, held talks with President of Uzbekistan Ali Karimov, Kazinform correspondent reports "
        "referring now to the Uzbek President's press service."
    )
    assert "Kazinform" not in {p.name for p in cast_of(text, "Kazinform").people}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Minister for Defence, Senator Tom Avery praised the summit.", "Tom Avery", (None, "defence minister")),
        ("Australian Minister for Foreign Affairs, Senator Jane Holt met him.", "Jane Holt", ("AU", "foreign minister")),
        ("He met the Governor of Texas, Senator Tom Hale.", "Tom Hale", (None, "other")),
        ("He met Professor Budi Hartono, Indonesia's defence minister.", "Budi Hartono", ("ID", "defence minister")),
    ],
)
def test_mentions_the_office_before_a_seat_or_style_after_a_comma(
    text: str, name: str, expected: tuple[str | None, str]
) -> None:
    """ "Minister for Defence, Senator X": the office before the comma, not the seat; a governor's seat stays
    the seat; "Professor" before a full name goes."""
    found = person(text, name)
    assert found.role == expected[1]
    assert expected[0] is None or found.country == expected[0]


def test_mentions_a_portfolio_of_peoples_and_samoan_styles_are_no_part_of_a_name() -> None:
    """ "Minister for Pacific Peoples Dr X" (the portfolio's last word, then the name) and "Head of State
    Afioga Y" (a Samoan style): the names alone."""
    text = (
        "Deputy Prime Minister Tom Avery and Minister for Pacific Peoples Dr Sam Tane were received by "
        "Samoa's Head of State, Afioga Tui Malietoa, in Apia."
    )
    names = {p.name for p in cast_of(text).people}
    assert {"Sam Tane", "Tui Malietoa"} <= names


def test_cast_a_description_right_after_an_untitled_name_is_theirs() -> None:
    """ "Rossi and Petrenko touch base. The Italian PM had a telephone conversation with the Ukrainian
    President on Friday": Petrenko, named bare just before, is Ukraine's president."""
    text = (
        "Prime Minister Anna Rossi took office on Saturday.\n\nRossi and Petrenko touch base. On Friday the "
        "new Italian PM held a phone conversation with the Ukrainian President."
    )
    found = person(text, "Petrenko")
    assert (found.country, found.role) == ("UA", "head of state")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Caribbean leaders gathered in Kingston on Thursday for talks with US President Tom Hale.\n\nThe "
            "leaders who skipped the meeting were Prime Minister of Jamaica Ana Reid and President of Guyana "
            "Ravi Persaud.",
            "2015-04-10",
            [],
            id="those-who-skipped-the-meeting-were-not-at-it",
        ),
        pytest.param(
            "Iraqi Foreign Minister Ahmed Jassim met Jordanian Foreign Minister Omar Haddad in Amman on Tuesday. "
            "Also present was Ahmed Yassin.",
            "2024-05-10",
            [["Ahmed Jassim", "Ahmed Yassin", "Omar Haddad"]],
            id="jassim-and-yassin-are-two",
        ),
        pytest.param(
            "Prime Minister Somchai Rattana will pay his first official visit to Japan, his office said. In the "
            "afternoon, Somchai will hold talks with Japanese Prime Minister Kenji Sato.",
            "2024-05-10",
            [],
            id="in-the-afternoon-of-no-day-told",
        ),
        pytest.param(
            "The Prime Minister and Minister of Finance Kenji Sato met business leaders in Osaka on Tuesday.",
            "2024-05-10",
            [],
            id="one-man-of-two-titles",
        ),
    ],
)
def test_second_review_mends_keep_the_old_readings(text: str, published: str, expected: list[list[str]]) -> None:
    """Phrasings this session's later rules first read wrong, found by a review: those who skipped a meeting
    were not at it; "Jassim" and "Yassin" are two men; "In the afternoon" of a visit with no day told gives no
    day; "The Prime Minister and Minister of Finance X met business leaders" is one man."""
    found = sorted(sorted(p.name for p in m.participants) for m in meetings_of(text, published=published))
    assert found == expected


def test_second_review_mends_a_host_abroad_and_a_dailys_namesake() -> None:
    """ "During her visit to Peru, Foreign Minister X was received in Lima by the President of the Republic,
    Y" in Chile's release: Y is Peru's host, not Chile's; "Sheikh Sabah al-Ahmad ... Sabah thanked" in the
    daily Sabah: still a person."""
    visit = (
        "During her official visit to Peru, Foreign Minister Ana Rojas was received in Lima by the President "
        "of the Republic, Luis Campos, at the Government Palace on Tuesday."
    )
    assert person(visit, "Luis Campos", "Ministry of Foreign Affairs of Chile").country != "CL"
    sabah = (
        "Turkish President Erdem Kaya met Kuwaiti Emir Sheikh Sabah al-Ahmad in Ankara on Tuesday. Sabah "
        "thanked Kaya for the warm welcome."
    )
    assert "Sabah al-Ahmad" in {p.name for p in cast_of(sabah, "Sabah").people}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param(
            "President Ana Obeng received two delegations on Sunday. The Kingdom of Saudi Arabia representation "
            "was led by Fahd Rashid, Vice-Minister for Defence.",
            "Fahd Rashid",
            "SA",
            id="a-side-was-led-by",
        ),
        pytest.param(
            "President Ana Obeng then met the senior delegation from the People's Republic of China, led by "
            "Wei Tao, Minister for Defence.",
            "Wei Tao",
            "CN",
            id="a-side-from-a-country-led-by",
        ),
    ],
)
def test_cast_a_side_of_a_country_was_led_by_its_own(text: str, name: str, country: str) -> None:
    """ "The Kingdom of Saudi Arabia representation was led by A", "the delegation from China, led by B": A is
    Saudi Arabia's, B China's."""
    assert person(text, name).country == country


def test_cast_a_gulf_style_alone_is_the_full_name_before() -> None:
    """ "Sheikh Khalid" after "H.H. Sheikh Khalid bin Rashid Al Mansoori" is the same man, though a son of
    another Khalid is named between; the style goes from the long name, so "Sheikh Khalid" holds no word
    of it but the given name."""
    text = (
        "ABU DHABI, 3rd May, 2021 (WAM) -- H.H. Sheikh Khalid bin Rashid Al Mansoori, Minister of Foreign "
        "Affairs, and Prince Saud bin Fahd, Saudi Arabia's Foreign Minister, discussed the relations "
        "between the two nations. Sheikh Khalid stressed the deep ties binding the two nations. The Saudi "
        "minister was welcomed at the airport by Sheikh Khalid. Attending the meeting were Sheikh Hamad bin "
        "Sultan Al Mansoori, Minister of State, and Nasser bin Khalid Al Otaibi, Saudi Ambassador to the UAE."
    )
    names = {p.name for p in cast_of(text).people}
    assert "Khalid bin Rashid Al Mansoori" in names
    assert "Sheikh Khalid" not in names
    assert "Nasser bin Khalid Al Otaibi" in names  # a son of a Khalid stays his own man


def test_office_after_stops_at_the_next_name() -> None:
    """ "X, Prime Minister of Slovenia and Y, President of Croatia": the title after Y is Y's, not X's."""
    text = "Marko Petrov, Prime Minister of Slovenia and Ivan Horvat, President of Croatia, met in Zagreb on Monday."
    assert ("Marko Petrov", "SI", "head of government") in who(only(text))


def _pacific_story(walker_says: str) -> str:
    return (
        "title: Trade plan for the Pacific partners\nsource: Pacific Wire\n"
        "url: https://pacificwire.co.nz/read/trade-plan\npublished: 2025-04-16\n\n"
        "Jone Ratu and Tom Walker in Fiji on Tuesday.\n\n"
        "Fiji and New Zealand agreed on a trade plan on Tuesday.\n\n"
        "Deputy Prime Minister and Foreign Minister Tom Walker met Fiji's Prime Minister, Jone Ratu, in Nadi on "
        f"Tuesday.\n\n{walker_says}\n\n"
        "The United States has raised its tariffs on Fiji. New Zealand and Australia face lower tariffs than "
        "the US sets for Fiji, and the United States may raise them again.\n"
    )


def test_an_official_of_the_country_a_text_speaks_from_and_names_most() -> None:
    """A New Zealand site's story naming New Zealand most, by two though not twice as often as the United
    States: the foreign minister it names with no country, visiting Fiji, is New Zealand's."""
    says = (
        '"New Zealand wants more trade with Fiji, and New Zealand exporters are ready," Walker said. New '
        "Zealand's aid to Fiji grows next year."
    )
    item = article.from_bytes(_pacific_story(says).encode(), source_name="t.txt")
    (met,) = [e for e in extract(item)[0] if isinstance(e, MeetingReported)]
    assert {p.name: p.country for p in met.participants}["Tom Walker"] == "NZ"


def test_a_host_met_only_by_guests_where_the_story_is_filed() -> None:
    """ "KYIV - ... In the evening they met President Volodymyr Zelenskyy", the two guests American and
    British (the dev corpus's article): the president is Ukraine's."""
    path = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "17_blinken_lammy_kyiv_2024.txt"
    events, _ = extract(article.from_bytes(path.read_bytes(), source_name=path.name))
    countries = {p.name: p.country for e in events if isinstance(e, MeetingReported) for p in e.participants}
    assert countries["Volodymyr Zelenskyy"] == "UA"


@pytest.mark.parametrize(
    "text",
    [
        (
            "On Friday, expectations of a bilateral talk between Chinese Premier Li Wen and Japanese Prime "
            "Minister Ken Mori were dashed when Beijing called it off."
        ),
        "The prospect of talks between Chinese Premier Li Wen and Japanese Prime Minister Ken Mori faded on Friday.",
    ],
)
def test_expected_talks_are_no_meeting(text: str) -> None:
    """ "Expectations of a talk between X and Y were dashed", "the prospect of talks ... faded": hoped for,
    not held."""
    assert meetings_of(text) == ()


def test_a_chance_to_meet_is_still_a_meeting() -> None:
    """ "He had a chance to meet Y": the chance was taken (no guess from the noun)."""
    text = "Chinese Premier Li Wen said he had a chance to meet Japanese Prime Minister Ken Mori on Friday."
    assert len(meetings_of(text)) == 1


def test_review_mends_of_session_35_keep_the_old_readings() -> None:
    """A review's findings on this session's rules: a sheikh named by a word of another's family name is
    another man; an armed group's commander met abroad is not the host's; a home named once more than
    another is no evidence; "expectations for the talks were low, but they agreed" tells talks held."""
    maktoum = (
        "Hamdan bin Rashid Al Maktoum, Crown Prince of Dubai, met Indian Prime Minister Raj Mehta in Dubai "
        "on Thursday. Separately, Sheikh Maktoum met British Foreign Secretary Tom Reed."
    )
    assert "Sheikh Maktoum" in {p.name for p in cast_of(maktoum).people}
    jeddah = (
        "JEDDAH - Sudanese army chief Omar Bashir Idris met Rapid Support Forces commander Hamid Dagal in "
        "Jeddah on Thursday."
    )
    assert ("Hamid Dagal", None, "other") in who(only(jeddah, "Features desk"))
    patrols = (
        "New Zealand has pledged new funding for Pacific fisheries patrols, the New Zealand government said. "
        "Fijian Prime Minister Joni Vakaloa met Foreign Minister Manu Lavea on Thursday to discuss illegal "
        "fishing. Samoa has long pushed for joint patrols, and Samoa's fisheries ministry welcomed the talks."
    )
    assert ("Manu Lavea", None, "foreign minister") in who(only(patrols, "RNZ"))
    low = (
        "Expectations for the talks between Norwegian Prime Minister Lars Holm and Swedish Prime Minister "
        "Eva Lind on Thursday in Oslo were low, but they agreed on a new border deal."
    )
    assert {p.name for p in only(low).participants} == {"Lars Holm", "Eva Lind"}


def test_attending_a_meeting_at_home_is_the_homes() -> None:
    """ "The meeting was attended by Sheikh X and Y, Minister of State" in an Emirati agency's story of its
    President receiving a Turkish minister: X and Y are the Emirates'."""
    text = (
        "President Sheikh Khalid bin Rashid Al Mansoori received on Monday Turkish Defence Minister Ali "
        "Demir, who is visiting the country. The meeting was attended by Sheikh Hamad bin Saeed Al Mansoori "
        "and Omar Saeed Al Ketbi, Minister of State."
    )
    countries = {p.name: p.country for p in only(text, "Emirates News Agency").participants}
    assert countries["Hamad bin Saeed Al Mansoori"] == countries["Omar Saeed Al Ketbi"] == "AE"


@pytest.mark.parametrize(
    "present",
    [
        pytest.param("Also present was Prince Abdul Bolkiah.", id="the-guests-family-name"),
        pytest.param("The meeting was attended by Abdul Karim, accompanying the Sultan.", id="accompanying"),
    ],
)
def test_attending_a_meeting_at_home_not_the_guests_own(present: str) -> None:
    """A prince bearing the visiting Sultan's family name, or one accompanying him, is not the host's."""
    text = "Sultan Hamid Bolkiah of Brunei met Malaysian Prime Minister Anwar Rahman in Putrajaya on Monday. "
    countries = {p.name: p.country for p in only(text + present, "Bernama").participants}
    assert "MY" not in {c for name, c in countries.items() if name != "Anwar Rahman"}


def test_a_title_word_after_bin_is_a_name() -> None:
    """ "Sheikh Hamad bin Sultan Al Mansoori": "Sultan" is his father's name, no title of a head of state."""
    text = "The meeting was attended by Sheikh Hamad bin Sultan Al Mansoori and Omar Saeed, Minister of State"
    found = cast.find_mentions(parsed(text))[0]
    assert all(m.office is None or m.office.title != "Sultan" for m in found)


def test_one_whose_counterpart_is_the_homes_is_not() -> None:
    """ "Dhaka [Bangladesh] ...: Foreign Secretary X met his Bangladesh counterpart Y": X is no Bangladeshi
    (the date line's default), so the meeting is no domestic one to drop; the story's other country is X's."""
    text = (
        "Dhaka [Bangladesh], December 7 (ANI): Foreign Secretary Ravi Kumar met his Bangladesh counterpart "
        "Karim Uddin on Tuesday and discussed ties between India and Bangladesh. India and Bangladesh mark "
        "fifty years of ties, and India's envoy attended."
    )
    expected = {("Ravi Kumar", "IN", "other"), ("Karim Uddin", "BD", "other")}
    assert who(only(text, "LatestLY (ANI)")) == expected


def test_a_captions_called_beside_called_on_is_in_person() -> None:
    """A caption's "X called Y, Minister of ..." beside the story's "X called on Y": a courtesy call, in
    person."""
    text = (
        "title: Envoy calls on minister\nsource: Capital Wire\npublished: 2021-12-07\n\n"
        "Foreign Minister Ravi Kumar called Karim Uddin, Minister of Road Transport (Photo: Embassy)\n\n"
        "Dhaka [Bangladesh], December 7 (ANI): Indian Foreign Minister Ravi Kumar on Tuesday called on Karim "
        "Uddin, Bangladesh's Minister of Road Transport, and discussed trade.\n"
    )
    events, _ = extract(article.from_bytes(text.encode(), source_name="t.txt"))
    assert [e.meeting_kind for e in events if isinstance(e, MeetingReported)] == ["in-person"]


def test_office_after_stops_at_a_styled_next_name() -> None:
    """ "X, Prime Minister and Senator the Honourable Dr. Y, Minister of Foreign Affairs": the title after Y
    is Y's, and "Prime Minister and Senator" is no title run of X's that a name ends."""
    text = (
        "Dr. the Honourable Mark Benn, Prime Minister and Senator the Honourable Dr. Lisa Grant, Minister of "
        "Foreign Affairs, met Canadian Prime Minister Paul Roy in Ottawa on Monday."
    )
    assert ("Mark Benn", None, "head of government") in who(only(text))


@pytest.mark.parametrize(
    ("guest", "count"),
    [
        pytest.param(
            "Paul Grant, the Co-Chairman of the Board of Northern Mines Ltd", 0, id="a-company"
        ),
        pytest.param(
            "Paul Grant, President of the European Bank for Reconstruction and Development", 1, id="a-bank-of-states"
        ),
    ],
)
def test_a_companys_chairman_is_a_private_person(guest: str, count: int) -> None:
    """A leader meeting a company's chairman or chief executive holds no diplomatic meeting; the head of a
    bank that states own still does."""
    text = f"The Kazakh President Arman Seitov also met {guest}, in Astana on Monday."
    assert len(meetings_of(text)) == count


def test_a_listed_title_after_and_is_the_next_names() -> None:
    """ "met Bosnia's Chairman of the Council of Ministers, A, and Prime Minister of Kosovo, B": B's title
    is none of A's ("the" or not before it); "Bosnia" is Bosnia and Herzegovina, and its Chairman of the
    Council of Ministers heads its government."""
    text = (
        "Croatian Prime Minister Ana Kovac met Bosnia's Chairman of the Council of Ministers, Edin Hadzic, and "
        "Prime Minister of Kosovo, Arben Gashi, in Sofia on Monday."
    )
    assert ("Edin Hadzic", "BA", "head of government") in who(only(text))


def test_second_review_of_session_35_keeps_the_old_readings() -> None:
    """A review's findings on this session's later rules: the head of an agency or a Senate committee named
    with "Energy" is no company's man; those "from the Turkish side", or a guest "attending the Forum" with
    his envoy, are not the host's; a home minister is not made foreign by another's counterpart in the same
    sentence; a prime minister's telephone call with the home's own president stays no diplomacy."""
    agency = (
        "Iranian Foreign Minister Ali Karimi met Marco Ferri, the Director General of the International Atomic "
        "Energy Agency, in Tehran on Thursday."
    )
    assert {p.name for p in only(agency).participants} == {"Ali Karimi", "Marco Ferri"}
    senate = (
        "Indian Ambassador Vinay Kumar met Senator John Harlow, the Chairman of the Senate Committee on Energy "
        "and Natural Resources, in Washington on Thursday."
    )
    assert {p.name for p in only(senate).participants} == {"Vinay Kumar", "John Harlow"}
    opening = (
        "ABU DHABI, 9th May, 2024 (WAM) -- President Sheikh Mohamed bin Zayed received Turkish Foreign "
        "Minister Hakan Fidan at Qasr Al Shati. "
    )
    for rest in (
        "Attending the talks from the Turkish side were Deputy Minister Mehmet Kaya and Ambassador Tugay Tuncer.",
        "Fidan, who is attending the Abu Dhabi Forum together with Special Envoy Tugay Tuncer, discussed trade.",
    ):
        countries = {p.name: p.country for p in only(opening + rest, "Emirates News Agency").participants}
        assert countries.get("Tugay Tuncer") != "AE"
    dhaka = (
        "DHAKA: Foreign Minister Karim Hossain received Nepali Foreign Minister Hari Joshi on Thursday, a day "
        "after Indian Foreign Secretary Arun Verma held talks with his Bangladeshi counterpart Selim Reza in Delhi."
    )
    people = {p.name: p.country for m in meetings_of(dhaka, "The Daily Star") for p in m.participants}
    assert people["Karim Hossain"] == "BD"
    domestic = (
        "LAHORE: Prime Minister Rashid Malik on Thursday held a telephone conversation with President Asif Noor "
        "and discussed the budget. Separately, President Asif Noor received Chinese Ambassador Li Wen."
    )
    assert [m.meeting_kind for m in meetings_of(domestic, "The Nation (Pakistan)")] == ["in-person"]


# -- session 36 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Foreign Minister Aroha Tane met in Nuku'alofa with Tonga's PM, Hon. Dr 'Sione Latu.",
            ("Sione Latu", "TO", "head of government"),
            id="glottal-stop-after-styles",
        ),
        pytest.param(
            "Foreign Minister Aroha Tane met Tonga's Prime Minister 'Sione Latu on Monday.",
            ("Sione Latu", "TO", "head of government"),
            id="glottal-stop-after-a-title",
        ),
        pytest.param(
            "New Zealand's Foreign Minister, the Rt. Hon. Aroha Tane, met Tonga's Prime Minister Sione Latu.",
            ("Aroha Tane", "NZ", "foreign minister"),
            id="lowercase-the-before-the-style",
        ),
    ],
)
def test_polynesian_names_and_styles_keep_the_title(text: str, expected: tuple[str, str, str]) -> None:
    """The glottal stop opening a Polynesian name, typed as an apostrophe, and "the Rt. Hon." between a title
    and its name hide neither the name nor its title."""
    assert expected in who(only(text))


def test_a_glottal_stop_inside_a_name_keeps_it_one_person() -> None:
    """ "Crown Prince Tevita 'Ulu" is one person; a quotation in single quotes that closes stays as written."""
    assert {p.name for p in only("Foreign Minister Aroha Tane met Crown Prince Tevita 'Ulu.").participants} == {
        "Aroha Tane",
        "Tevita Ulu",
    }
    quoted = "Prime Minister Sione Latu met Aroha Tane and called the talks 'Historic' on Monday."
    assert normalize.normalize(quoted).text == quoted
    said = "He said 'President Kofi Arden met our delegation on Monday. It was good.'"
    assert normalize.normalize(said).text == said  # a quotation running past its first sentence


def test_an_ambassadors_full_rank_is_no_person() -> None:
    """ "the Ambassador Extraordinary and Plenipotentiary of India to Mongolia, X": the rank is the title's."""
    meeting = only(
        "Prime Minister Bat Dorj today met with the newly appointed Ambassador Extraordinary and "
        "Plenipotentiary of the Republic of India to Mongolia, Ravi Menon."
    )
    assert {p.name for p in meeting.participants} == {"Bat Dorj", "Ravi Menon"}


def test_the_chairman_of_a_cabinet_of_ministers_heads_the_government_and_his_deputy_does_not() -> None:
    """Kyrgyzstan's "Chairman of the Cabinet of Ministers" is its head of government; a "Deputy Chairman" of
    one is not."""
    head = only(
        "Chairman of the Cabinet of Ministers of Kyrgyzstan Talant Osmonov said at a meeting with Russian "
        "Prime Minister Ivan Petrov in Moscow on Monday."
    )
    assert ("Talant Osmonov", "KG", "head of government") in who(head)
    deputy = only(
        "Prime Minister Ivan Petrov met Turkmenistan's Deputy Chairman of the Cabinet of Ministers Merdan "
        "Orazov in Moscow on Monday."
    )
    assert ("Merdan Orazov", "TM", "other") in who(deputy)


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Chinese Minister of Public Security", id="minister-of-a-portfolio"),
        pytest.param("China's Minister of Science and Technology", id="minister-of-two-portfolios"),
        pytest.param("Chinese Public Security Minister", id="portfolio-before-the-head"),
        pytest.param("China's Health Minister", id="portfolio-after-a-possessive"),
    ],
)
def test_a_ministers_portfolio_keeps_the_country_before_it(title: str) -> None:
    """A portfolio the title words do not know ("Public Security", "Health") stands between the country and
    the name, and the country is still the minister's."""
    meeting = only(f"Prime Minister Anwar Salleh received {title} Wang Hong in Putrajaya on Saturday.")
    assert ("Wang Hong", "CN") in {(p.name, p.country) for p in meeting.participants}


def test_a_country_after_of_is_no_portfolio() -> None:
    """ "the President of Kenya X" is still the country's head of state."""
    assert ("Jomo Wanjiru", "KE", "head of state") in who(
        only("Prime Minister Anwar Salleh met the President of Kenya Jomo Wanjiru on Saturday.")
    )


def test_an_undated_meeting_takes_the_day_of_its_peoples_sentence_before() -> None:
    """ "X opened a trade fair on Monday. He also held talks with Y": the talks were that Monday. Not the day
    of a thing the sentence tells of ("welcomed the pact signed on Monday"), which is the thing's."""
    day = only(
        "Indian Foreign Minister Arjun Rao opened a trade fair in Dubai on Monday. He also held talks with "
        "UAE Foreign Minister Saeed Al Mansoori."
    )
    assert day.date.to_str() == "2024-11-11"
    signed = only(
        "Indian Foreign Minister Arjun Rao welcomed the trade pact signed in Dubai on Monday. He also held "
        "talks with UAE Foreign Minister Saeed Al Mansoori."
    )
    assert signed.date.to_str() != "2024-11-11"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("PM Hana Kovac opened the embassy on Tuesday. The day before, she met {guest}.", id="the-day-before"),
        pytest.param("PM Hana Kovac opened the embassy on Tuesday. Since then she met {guest}.", id="since-then"),
        pytest.param("PM Hana Kovac returned home on Tuesday after a tour. She met {guest}.", id="an-end"),
        pytest.param("PM Hana Kovac had signed the accord on Tuesday. She met {guest}.", id="a-look-back"),
        pytest.param("PM Hana Kovac posted on X on Tuesday. She met {guest}.", id="a-telling"),
        pytest.param("PM Hana Kovac signed the accord on November 3, 2016. She met {guest}.", id="years-before"),
        pytest.param("PM Hana Kovac won the election on 3 October. She met {guest}.", id="weeks-before"),
        pytest.param("PM Hana Kovac opened the embassy on Tuesday. She is meeting {guest}.", id="not-past"),
    ],
)
def test_the_day_before_is_not_a_meetings_day_told_at_another_time(text: str) -> None:
    """The day of the sentence before is the meeting's only for its people's own act of the story's week,
    the meeting told in the past at no other time."""
    found = meetings_of(text.format(guest="Chancellor Olaf Brandt in Berlin"))
    assert "2024-11-12" not in {m.date.to_str() for m in found}
    assert not {m.date.to_str() for m in found} & {"2016-11-03", "2024-10-03"}


def test_bruneis_princely_style_is_no_name() -> None:
    """ "Pengiran Muda Abdul Rahim" is a prince of Brunei styled so, named Abdul Rahim."""
    meeting = only(
        "Sultan Omar Ali met Prime Minister Anwar Salleh on Monday, with Pengiran Muda Abdul Rahim present."
    )
    assert "Pengiran Muda Abdul Rahim" not in {p.name for p in meeting.participants}
    crown = only(
        "Sultan Omar Ali met Prime Minister Anwar Salleh on Monday, with Pengiran Muda Mahkota Abdul Rahim "
        "present."
    )
    assert not any(p.name.startswith("Mahkota") for p in crown.participants)


@pytest.mark.parametrize(
    ("title", "country"),
    [
        pytest.param("the Chilean Minister of Agriculture", "CL", id="portfolio-the-model-reads-into-the-name"),
        pytest.param("the Chilean Minister of Agriculture and Livestock", "CL", id="two-portfolio-words"),
        pytest.param("the Indonesian Coordinating Minister for Maritime Affairs", "ID", id="coordinating-minister"),
    ],
)
def test_a_portfolio_is_no_part_of_the_name_after_it(title: str, country: str) -> None:
    """ "Minister of Agriculture Jonas Mendez": the model may read the portfolio into the name; it is the
    title's, and "Coordinating" is a word of Indonesia's ministers' titles, no one's name."""
    meeting = only(f"President Arman Seitov of Kazakhstan received {title} Jonas Mendez in Astana on Monday.")
    assert ("Jonas Mendez", country, "other") in who(meeting)
    assert len(meeting.participants) == 2  # noqa: PLR2004 - the host and the minister


def test_a_portfolio_alone_before_a_comma_is_no_person() -> None:
    """ "Minister for Road and Transport Development, D. Bold": the portfolio's last word is no one."""
    meeting = only(
        "Prime Minister Taro Sato met President Batu Erdene in Vladivostok on Monday. Present at the meeting "
        "were Mongolian Minister for Road and Transport Development, D. Bold, and Minister of Solid Minerals "
        "Development, Sukh Bat."
    )
    assert not {p.name for p in meeting.participants} & {"Development", "Transport Development"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param("The two leaders spoke at 11.30 pm IST (1 pm Washington time) on Tuesday.", "IST", id="time-zone"),
        pytest.param("The ministers met at the 18th IISS Manama Dialogue in Bahrain.", "IISS", id="after-an-ordinal"),
    ],
)
def test_capitals_after_a_clock_or_the_are_no_family_name(text: str, kept: str) -> None:
    """A word in capitals after a clock's time is a time zone, and after "the" or an ordinal an acronym: no
    family name to write as one ("IWAYA Takeshi" still is)."""
    assert kept in normalize.normalize(text).text
    assert "Iwaya Takeshi" in normalize.normalize("Foreign Minister IWAYA Takeshi met him.").text
    assert "Park Jin" in normalize.normalize("In 2024 PARK Jin met him.").text  # a year, no clock


def test_a_portfolio_before_the_second_of_two_titles_is_no_one() -> None:
    """ "China's State Councillor and Public Security Minister Wang Hong": the portfolio is the title's, no
    person of its own, and the country before the first title is the minister's."""
    meeting = only(
        "Prime Minister Anwar Salleh today received a courtesy call from China’s State Councillor and Public "
        "Security Minister Wang Hong, who is on a three-day working visit to Malaysia."
    )
    assert {(p.name, p.country) for p in meeting.participants} >= {("Wang Hong", "CN")}
    assert "Public Security" not in {p.name for p in meeting.participants}


def test_an_envoys_introductory_call_is_a_visit_and_a_ministers_a_phone_call() -> None:
    """An envoy's "introductory call from" or "farewell call from" is a visit, as a courtesy call is; two
    ministers' "introductory call with" each other is by phone."""
    visit = only(
        "Prime Minister Sione Rabu received an introductory call from Australian High Commissioner John Wills "
        "on Monday."
    )
    assert visit.meeting_kind == "in-person"
    phone = only("Foreign Minister Park Min held an introductory call with Secretary Tom Blake on Monday.")
    assert phone.meeting_kind == "call"
    leader = only(
        "Prime Minister Arjun Mehta received a farewell call from outgoing US President John Harlan on Monday."
    )
    assert leader.meeting_kind == "call"


def test_the_cancellation_of_a_meeting_is_no_meeting() -> None:
    """ "commented on the cancellation of the meeting of X with Y": the meeting was called off; "After the
    postponement of the summit, X met Y" still tells a meeting."""
    assert not meetings_of(
        "The spokeswoman commented on the cancellation of the meeting of Azerbaijani Foreign Minister Elnur "
        "Aliyev with Armenian Foreign Minister Aram Petrosyan in Stockholm."
    )
    held = only(
        "After the postponement of the summit, Azerbaijani Foreign Minister Elnur Aliyev met Armenian Foreign "
        "Minister Aram Petrosyan in Stockholm on Friday."
    )
    assert {p.name for p in held.participants} == {"Elnur Aliyev", "Aram Petrosyan"}


def test_an_envoys_name_after_his_mission_is_a_person_whatever_the_model_calls_it() -> None:
    """ "the EU's special representative for dialogue between Belgrade and Priština, Miroslav Lajčak": the
    name the mission's comma closes is the envoy's, even when the model reads it as an organisation."""
    meeting = only(
        "Serbian President Aleksandar Vučić met today with the EU's special representative for dialogue "
        "between Belgrade and Priština, Miroslav Lajčak."
    )
    assert "Miroslav Lajčak" in {p.name for p in meeting.participants}


def test_two_named_in_the_subject_holding_separate_meetings_met_no_one_together() -> None:
    """ "A and B held separate meetings with EU representatives": each met them on their own, not A with B;
    "will hold separate discussions with their counterparts" is left to the counterparts' rules."""
    found = meetings_of(
        "On Monday, Serbian President Dragan Ilic and Kosovo Prime Minister Arben Gashi held separate meetings "
        "with EU representatives in Brussels."
    )
    assert sorted(len(m.participants) for m in found) == [1, 1]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Australian Minister for Climate Change and Energy Chris Bowen met Indian Power Minister Manohar "
            "Lal in New Delhi on Monday.",
            {"Chris Bowen", "Manohar Lal"},
            id="a-word-no-portfolio-list-holds",
        ),
        pytest.param(
            "Director of Public Prosecutions Noor Hassan met British High Commissioner Neil Wade in Nairobi "
            "on Monday.",
            {"Noor Hassan", "Neil Wade"},
            id="a-portfolio-of-two-words",
        ),
    ],
)
def test_a_portfolio_is_trimmed_from_a_name_only_whole(text: str, names: set[str]) -> None:
    """A name keeps no piece of a portfolio: the words between "for" and the name are all the portfolio's,
    or none is taken for one."""
    assert {p.name for p in only(text).participants} == names


def test_a_guest_the_parser_made_a_subject_is_still_received() -> None:
    """ "X received on Sunday 27/6/2021 his Yemeni counterpart Y currently visiting Egypt": the day between
    the verb and its object, the parser makes Y the subject of "visiting"; Y is still the one received."""
    meeting = only(
        "Minister of Interior Mahmoud Tawfeeq received on Sunday 27/6/2021 his Yemeni counterpart Ibrahim Ali Hadi "
        "currently visiting Egypt.",
        published="2021-06-28",
    )
    assert {p.name for p in meeting.participants} == {"Mahmoud Tawfeeq", "Ibrahim Ali Hadi"}


def test_the_honourable_style_without_its_point_is_no_name() -> None:
    """ "The Speaker Hon Milton Reed", ", Hon Milton Reed": the style written without its point goes, as
    "Hon." does; "Finance Minister Hon Sui Lim" keeps a family name."""
    assert "Hon Milton Reed" not in normalize.normalize("The Speaker Hon Milton Reed recalled it.").text
    apposed = normalize.normalize("They met the Speaker, Hon Milton Reed, on Friday.").text
    assert "Hon Milton Reed" not in apposed
    assert "Hon Sui Lim" in normalize.normalize("Finance Minister Hon Sui Lim met him.").text


def test_a_word_of_a_two_syllable_given_name_is_no_other_persons_name() -> None:
    """ "Sung Ahn" and "Ahn Sung-min" are two people: "Sung" of "Sung-min" is half a given name; "Akufo-Addo"
    and "Simpson-Miller" are names joined, whose halves may stand alone."""
    meeting = only(
        "U.S. envoy Sung Ahn met Ahn Sung-min, chief of the transition team's foreign policy subcommittee, "
        "on Monday."
    )
    assert {p.name for p in meeting.participants} == {"Sung Ahn", "Ahn Sung-min"}
    joined = cast_of("President Nana Kofi Addo-Mensah met Abiy Ahmed. Addo-Mensah said the talks were good.")
    assert [p.name for p in joined.people if "Mensah" in p.name] == ["Nana Kofi Addo-Mensah"]


def test_an_agencys_head_is_an_official_of_it() -> None:
    """ "UNDP Administrator X": the acronym before a title is the agency's (not a family name written in
    capitals), "Administrator" heads it, and the United Nations' programmes are organisations of their own."""
    assert "UNDP Administrator" in normalize.normalize("Rao also met UNDP Administrator Jon Berg.").text
    meeting = only("Indian Foreign Minister Arjun Rao also met UNDP Administrator Jon Berg on Monday.")
    assert {p.name for p in meeting.participants} == {"Arjun Rao", "Jon Berg"}
    assert mentions.organisation_of_words("United Nations Development Programme") == "UNDP"


def test_he_also_met_goes_on_from_the_one_who_met_someone() -> None:
    """ "A met the Secretary-General B and the President of the 78th session of the General Assembly C. He
    also met D": he is A; a session a title names is no meeting of C's."""
    found = meetings_of(
        "Indian Foreign Minister Arjun Rao met UN Secretary-General Tomas Berg and President of the 78th "
        "session of the General Assembly Dennis Ford on Monday.\n\nHe also met UNDP Administrator Jon Lind."
    )
    assert {"Arjun Rao", "Jon Lind"} in [{p.name for p in m.participants} for m in found]
    assert not [m for m in found if {p.name for p in m.participants} == {"Dennis Ford", "Jon Lind"}]


def test_a_plural_secretaries_title_goes_to_each_name() -> None:
    """ "Secretaries A, B and Security Adviser C": each of A and B is a Secretary, and the plural is no part
    of A's name; C keeps the title written before C."""
    text = normalize.normalize(
        "He met with Secretaries Tom Blake, Ann Mora and Homeland Security Adviser Liz Rand on Wednesday."
    ).text
    assert "Secretary Tom Blake, Secretary Ann Mora and Homeland Security Adviser Liz Rand" in text


def test_lawmakers_led_by_one_are_of_their_countrys_house() -> None:
    """ "A delegation of U.S. lawmakers led by Senator X": the lawmakers' country is X's, as a delegation's is."""
    meeting = only(
        "A delegation of U.S. lawmakers led by Senator Tom Reed met President Lin Mei-hua in Taipei on Monday."
    )
    assert ("Tom Reed", "US") in {(p.name, p.country) for p in meeting.participants}


def test_the_secretary_of_homeland_security_is_american_a_navy_secretary_not_always() -> None:
    """The Secretary of Homeland Security is an office of the United States only; a Secretary of the Navy is
    Mexico's too."""
    meeting = only(
        "Prime Minister Arnold Clarke met Secretary of Homeland Security Carl Dunn in Washington on Tuesday."
    )
    assert ("Carl Dunn", "US") in {(p.name, p.country) for p in meeting.participants}
    navy = only("Navy Secretary Raul Mora met US Ambassador Ken Salas in Mexico City on Tuesday.")
    assert ("Raul Mora", "US") not in {(p.name, p.country) for p in navy.participants}


def test_a_secretary_to_the_prime_minister_serves_him() -> None:
    """ "Secretary to the Prime Minister X" is the prime minister's staff, not a head of government, and the
    title is his own words, not the name before them."""
    meeting = only(
        "Defence Minister of the Maldives, Mariya Didi called on Prime Minister Mahinda Perera at his "
        "official residence on Friday. The meeting was attended by Maldivian Ambassador Omar Razzak and "
        "Secretary to the Prime Minister Gamini Silva."
    )
    assert ("Gamini Silva", None, "other") in who(meeting)


def test_those_present_with_the_participation_of_are_at_the_meeting_told() -> None:
    """ "The meeting took place on Friday, with the participation of X and Y": more people at the meeting just
    told, not a meeting of theirs."""
    meeting = only(
        "Defence Minister of the Maldives, Mariya Didi called on Prime Minister Mahinda Perera at his "
        "official residence. The meeting took place on Friday, with the participation of Maldivian Ambassador "
        "Omar Razzak and Secretary to the Prime Minister Gamini Silva.",
        published="2020-11-28",
    )
    named = {p.name for p in meeting.participants}
    assert named == {"Mariya Didi", "Mahinda Perera", "Omar Razzak", "Gamini Silva"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "North Korean leader Kim Jong-un met Russian President Ivan Orlov in Vostochny on Tuesday. On "
            "Wednesday, Kim Jong Un met Russian Defence Minister Pavel Sokolov.",
            [{"Kim Jong Un", "Ivan Orlov"}, {"Kim Jong Un", "Pavel Sokolov"}],
            id="a-given-name-with-and-without-its-hyphen-is-one",
        ),
        pytest.param(
            "President Tomas Varga met with business leaders in Cairo on Sunday, Prime Minister Andrei Rusu "
            "meanwhile visiting Paris.",
            [],
            id="an-absolute-clause-after-a-comma-is-no-guest",
        ),
        pytest.param(
            "Defence Minister Mariya Didi called on Prime Minister Mahinda Perera at his residence. The "
            "meeting between President Ali Rasheed and Chinese Ambassador Wu Gang took place in the "
            "presence of Foreign Minister Omar Razzak.",
            [{"Mariya Didi", "Mahinda Perera"}, {"Ali Rasheed", "Wu Gang"}],
            id="another-meeting-in-the-presence-of-someone",
        ),
        pytest.param(
            "Prime Minister Narendra Rao met President Joe Barden in Washington on Tuesday amid protests by "
            "opposition lawmakers led by Rahul Mehta.",
            [{"Narendra Rao", "Joe Barden"}],
            id="lawmakers-led-by-one-outside-a-delegation",
        ),
        pytest.param(
            "Former Kenyan President Jomo Wanjiru was chair of the talks between Ethiopian Prime Minister "
            "Abebe Kebede and Tigray leader Gebre Hailu in Pretoria on Monday.",
            [{"Abebe Kebede", "Gebre Hailu"}],
            id="the-chair-of-talks-between-two",
        ),
    ],
)
def test_second_review_of_session_36_keeps_the_old_readings(text: str, expected: list[set[str]]) -> None:
    """A review's findings on this session's later rules: each reading as before them."""
    found = [{p.name for p in m.participants} for m in meetings_of(text)]
    assert all(any(names <= got for got in found) for names in expected), found
    assert len(found) == len(expected), found


def test_a_style_opening_the_last_name_of_a_plural_title_takes_the_title() -> None:
    """ "Foreign Ministers A and Prince B": B is a foreign minister too, the style no title of its own."""
    meeting = only(
        "The Secretary met Foreign Ministers Ayman Safi and Prince Faisal Hamad in Riyadh on Tuesday."
    )
    assert ("Faisal Hamad", "foreign minister") in {(p.name, p.role) for p in meeting.participants}


# Session 37.


def test_a_meeting_joined_to_a_planned_event_is_planned() -> None:
    """ "is planning to attend a forum as well as a meeting with Y": the meeting is in the plan, as the forum
    is; and "during his visit" under that plan is no visit already made."""
    text = (
        "During his visit, Prime Minister Tomas Arlo of Fiji is planning to attend an economic forum as well "
        "as a meeting with Mr. Kenji Sato, Speaker of the House."
    )
    found = meetings.frames(parsed(text), cast_of(text))
    assert {parsed(text).sentences[0].doc[f.trigger].text for f in found} == {"visit", "meeting"}
    assert all(f.future for f in found)
    held = text.replace("is planning to attend", "attended")
    assert not any(f.future for f in meetings.frames(parsed(held), cast_of(held)))


def test_a_visit_paid_to_a_country_makes_its_office_holders_the_hosts() -> None:
    """ "X of Mongolia is paying an official visit to Japan ... a meeting with Y, Speaker of the House": Y is
    Japan's, as the one the visitor goes to; a visit to a summit there tells no host."""
    meeting = only(
        "Batbold Erdene, Prime Minister of Mongolia, is paying an official visit to Japan. On Wednesday he "
        "held a meeting with Mr. Kenji Sato, Speaker of the House of Representatives."
    )
    assert ("Kenji Sato", "JP") in {(p.name, p.country) for p in meeting.participants}
    briefing = meetings_of(
        "Batbold Erdene, Prime Minister of Mongolia, is paying an official working visit to Japan from "
        "December 12 to 15. Tomorrow, Prime Minister Kenji Sato is to hold a meeting with Prime Minister "
        "Erdene. In addition, during Prime Minister Erdene's visit, he is planning to attend an economic "
        "event as well as a meeting with Mr. Taro Ishida, Speaker of the House of Representatives and "
        "others.",
        published="2024-12-11",
    )
    assert {(p.name, p.country) for m in briefing for p in m.participants} >= {
        ("Kenji Sato", "JP"),
        ("Taro Ishida", "JP"),
    }
    at_a_summit = only(
        "Batbold Erdene, Prime Minister of Mongolia, is paying a visit to Japan for the G20 summit. On "
        "Wednesday he held a meeting with Mr. Kenji Sato, Speaker of the House of Representatives."
    )
    assert ("Kenji Sato", None) in {(p.name, p.country) for p in at_a_summit.participants}


def test_an_official_met_in_a_countrys_city_is_its_own() -> None:
    """ "X met Home Minister Y in Kathmandu": Y, of no country and no class, is Nepal's, as one met on a visit
    there; not one met in a city that houses international bodies ("in Addis Ababa", "in Brussels")."""
    found = meetings_of(
        "Indian Foreign Secretary Vikram Rao met Home Minister Ram Thapa in Kathmandu on Tuesday. Rao also "
        "called on Finance Minister Bishnu Koirala."
    )
    assert ("Ram Thapa", "NP") in {(p.name, p.country) for m in found for p in m.participants}
    seat = only("Indian Foreign Secretary Vikram Rao met Commissioner Ram Thapa in Brussels on Tuesday.")
    assert ("Ram Thapa", None) in {(p.name, p.country) for p in seat.participants}


def test_meetings_with_each_told_again_in_a_quotation_are_the_same() -> None:
    """ "X has discussed with President A and President B ... X said "Good discussions with President A and
    President B"": the speaker's two meetings told again, not a meeting of A with B."""
    found = meetings_of(
        "Prime Minister Abebe Kebede has discussed with Nigerian President Musa Bello and President of "
        "Zambia Joseph Mwale on bilateral issues. Following his discussions on the margins of the summit, "
        'Abebe said "Good discussions with President Bello and President Mwale on bilateral and regional '
        'issues".'
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Abebe Kebede", "Joseph Mwale"],
        ["Abebe Kebede", "Musa Bello"],
    ]


def test_a_captions_name_goes_on_with_a_word_written_only_in_names() -> None:
    """ "PM Tariq Dar meets President Xi Jinping ... — APP", a caption with no stop: the story writes "Tariq
    Dar" elsewhere, so "Dar" is no headline's verb ("HICHILEMA HOLDS TALKS"): one person, not a "Tariq" and
    a "Dar"."""
    text = (
        "PM Tariq Dar meets Chinese President Xi Jinping in Beijing on 7 June 2024. — APP\n\n"
        "Prime Minister Tariq Dar and Chinese President Xi Jinping on Friday affirmed consensus in a meeting "
        "in Beijing\n\n"
        "PM Tariq held a long discussion with President Xi in the Chinese capital."
    )
    assert [p.name for p in cast_of(text).people if "Tariq" in p.name or p.name == "Dar"] == ["Tariq Dar"]


def test_an_outlets_story_from_abroad_speaks_from_its_dateline() -> None:
    """A paper named for one country, datelined in another that its story names and never its own: the bare
    officials are the dateline's ("JEDDAH ... Crown Prince and Prime Minister X" in a Kenyan-named paper)."""
    text = (
        "JEDDAH (Kenya Point News - 28th Mar, 2023) : His Royal Highness Prince Faisal bin Nayef, Crown "
        "Prince and Prime Minister made a phone call today to President Li Wen of the People's Republic of "
        "China.\n\n"
        "During the phone call, they stressed the strategic relations between Saudi Arabia and China.\n\n"
        "The Crown Prince expressed Saudi Arabia's appreciation for the Chinese initiative."
    )
    assert person(text, "Faisal bin Nayef", "Kenya Point News").country == "SA"


def test_a_city_and_an_agency_opening_the_story_are_its_dateline() -> None:
    """ "Jakarta, MINA – Indonesian President X received ...": the city and the agency's initials before a
    dash are a dateline, and the foreign minister named bare is Indonesia's."""
    text = (
        "Jakarta, MINA – Indonesian President Joko Santoso received Malaysian Foreign Minister Ahmad Razak "
        "at the palace on Monday.\n\nAfter the meeting, Foreign Minister Dewi Lestari, who was also present, "
        "said Indonesia and Malaysia will deepen ties."
    )
    assert cast.dateline_country(parsed(text)) == "ID"


def test_the_honourable_without_its_point_before_a_name_the_story_shortens_is_a_style() -> None:
    """ "Prime Minister Hon Tomas Kapi ... Kapi said": "Hon" is the style, as the story calls him by his last
    name alone; "Minister Hon Sui Lim ... Mr Hon" keeps a family name."""
    styled = "Prime Minister Hon Tomas Kapi met Jacinda Marsh on Friday. Kapi thanked her for the welcome."
    assert "Tomas Kapi" in {p.name for p in cast_of(styled).people}
    family = "Finance Minister Hon Sui Lim met Jacinda Marsh on Friday. Mr Hon thanked her."
    assert "Hon Sui Lim" in {p.name for p in cast_of(family).people}


def test_looking_forward_to_a_meeting_is_to_come() -> None:
    """ "X will visit New Zealand from 13 to 15 November ... 'I look forward to welcoming Prime Minister X,'
    Y said": the welcome is the coming visit's, planned, not held the day the release is out."""
    meeting = only(
        "Papua New Guinea's Prime Minister Tomas Kapi will visit New Zealand from 13 to 15 November, Prime "
        "Minister Jane Marsh announced today.\n\n\"I look forward to welcoming Prime Minister Kapi,\" Jane "
        "Marsh said.",
        published="2019-11-05",
    )
    assert (meeting.meeting_kind, str(meeting.date)) == ("planned", "2019-11-13")


def test_a_plural_noun_of_offices_or_bodies_is_no_name() -> None:
    """ "PM meets Ambassadors, Chiefs of Vietnamese Representative Missions abroad": no one is called
    "Ambassadors" or "Missions"; a family name ending in s stays ("President Ramos")."""
    text = (
        "PM meets Ambassadors, Chiefs of Vietnamese Representative Missions abroad\n\n"
        "Prime Minister Tran Van Long meets Ambassadors, Chiefs of Vietnamese Representative Missions abroad."
    )
    assert {p.name for p in cast_of(text).people} == {"Tran Van Long"}
    assert {p.name for p in cast_of("President Ramos met Prime Minister Tran Van Long.").people} == {
        "Ramos",
        "Tran Van Long",
    }


def test_several_to_call_on_him_separately_each_meet_the_one_he_stands_for() -> None:
    """ "A, B and C are also scheduled to separately call on him on Tuesday": each meets the visitor "him"
    stands for, on the coming Tuesday ("are also scheduled" is a future as "are scheduled" is)."""
    found = meetings_of(
        "President Batbold Erdene of Mongolia arrived in New Delhi on Monday for a State visit. Vice "
        "President Ram Prasad, Defence Minister Vijay Rao and Lok Sabha Speaker Om Gupta are also scheduled "
        "to separately call on him on Tuesday.",
        published="2025-10-13",
    )
    callers = ("Om Gupta", "Ram Prasad", "Vijay Rao")
    assert sorted((sorted(p.name for p in m.participants), str(m.date), m.meeting_kind) for m in found) == [
        (["Batbold Erdene", name], "2025-10-14", "planned") for name in callers
    ]
    assert timex.tense("They are also scheduled to meet on Tuesday.", "on Tuesday") == 1


def test_the_second_day_of_a_visit_counts_from_the_arrival() -> None:
    """ "X arrived in Beijing on 27 November ... On the second day of the two-day visit, X met Y": the 28th,
    not the day the arrival sentence gives."""
    found = meetings_of(
        "Beijing, 28 November 2022: President of Mongolia, Batbold Erdene arrived in Beijing on 27 "
        "November 2022 for a state visit to China.\n\nOn the second day of the two-day visit, the President "
        "of Mongolia met the Premier of China, Wang Lei at the Great Hall of the People.",
        published="2022-11-28",
    )
    assert [str(m.date) for m in found if "Wang Lei" in {p.name for p in m.participants}] == ["2022-11-28"]


def test_a_country_named_before_the_title_of_one_spoken_to_is_theirs() -> None:
    """ "spoke to Uganda Foreign Minister X", "a call from Kenya President Y": the country's name before the
    title is whose office it is, not where anyone went ("In Warsaw Angela Merkel ..." stays a place)."""
    spoken = "Foreign Minister Ravi Kumar of India spoke to Uganda Foreign Minister Sam Odongo on Friday."
    assert person(spoken, "Sam Odongo").country == "UG"
    called = "Prime Minister Ravi Kumar of India received a call from Kenya President Samuel Otieno."
    assert person(called, "Samuel Otieno").country == "KE"


def test_a_title_set_off_by_commas_in_a_list_of_titled_names_is_the_next_names() -> None:
    """ "President of Botswana A, President of Somalia, B, President of Djibouti C": the list writes titles
    before names, so "President of Somalia" is B's, not A's title after him."""
    text = (
        "He conferred with President of Botswana Mokgweetsi Tau, President of Somalia, Abdi Hassan Warsame, "
        "President of Djibouti Omar Guelleh and President of Ghana Kwame Mensah."
    )
    assert person(text, "Abdi Hassan Warsame").country == "SO"
    assert person(text, "Mokgweetsi Tau").country == "BW"


def test_a_critics_quoted_words_on_talks_make_no_meeting_of_the_critic() -> None:
    """ 'Opposition leader Z tweeted: "Useless talks with X"': Z speaks of X's talks, at none of them."""
    found = meetings_of(
        "French Ambassador Jean Dupont met Ghanaian Foreign Minister Ama Owusu on Monday. Ghanaian "
        'opposition leader Kwame Asante tweeted: "Useless talks with Dupont while Ghanaians suffer."',
        published="2026-10-07",
    )
    assert names_met(found) == [["Ama Owusu", "Jean Dupont"]]


@pytest.mark.parametrize(
    ("text", "published", "source", "expected"),
    [
        pytest.param(
            "British Foreign Secretary Tom Hale is paying a visit to Qatar. In Doha on Monday, Hale met "
            "Prime Minister Ahmed Nasser. He also met Special Envoy Steve Carter, who mediates the talks.",
            "2026-07-15",
            None,
            {("Ahmed Nasser", "QA"), ("Steve Carter", None)},
            id="an-envoy-met-on-a-visit-is-no-hosts",
        ),
        pytest.param(
            "Pakistani Prime Minister Imran Qadir is paying a visit to Azerbaijan for COP31. On Monday he "
            "met Executive Secretary Simon Stiell and Director-General Ngozi Okafor.",
            "2026-11-10",
            None,
            {("Simon Stiell", None), ("Ngozi Okafor", None)},
            id="officers-met-at-a-gathering-are-no-hosts",
        ),
        pytest.param(
            "Indonesian Foreign Minister Retno Sari is undertaking a visit to Thailand. On Monday she met "
            "Foreign Minister Anan Chai to discuss the crisis in Myanmar.",
            "2026-09-03",
            None,
            {("Anan Chai", "TH")},
            id="a-country-discussed-is-not-the-hosts-own",
        ),
        pytest.param(
            "KAMPALA, April 2 - President Daniel Mwangi on Tuesday held talks with President Joseph Okello "
            "at State House Entebbe. Mwangi said Uganda was a brother nation, and thanked Uganda for hosting "
            "him.",
            "2026-04-02",
            "Kenya Daily Nation",
            {("Daniel Mwangi", "KE"), ("Joseph Okello", "UG")},
            id="a-papers-own-president-abroad-stays-its-own",
        ),
        pytest.param(
            "London, ON – Ukrainian Ambassador Olena Koval met Mayor Josh Morgan on Tuesday.",
            "2026-04-02",
            None,
            {("Josh Morgan", None)},
            id="a-provinces-code-is-no-agency",
        ),
        pytest.param(
            "Foreign Minister Ama Owusu held separate meetings with Ambassador Jean Dupont and Ambassador "
            "Karl Schmidt on Monday. On Thursday, Owusu, Dupont and Schmidt held a joint trilateral meeting "
            "in Accra.",
            "2026-10-07",
            None,
            {("Karl Schmidt", None)},
            id="a-joint-meeting-of-a-group-met-one-by-one-is-its-own",
        ),
    ],
)
def test_review_of_session_37_keeps_the_old_readings(
    text: str, published: str, source: str | None, expected: set[tuple[str, str | None]]
) -> None:
    """A review's findings on this session's rules: each reading as before them."""
    found = meetings_of(text, source, published)
    assert expected <= {(p.name, p.country) for m in found for p in m.participants}, [who(m) for m in found]
    if "joint" in text:
        assert len(found) == 3  # noqa: PLR2004 - two one by one, then the joint one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On the flight to Kenya President Samuel Kato told reporters he would raise trade issues. On "
            "Tuesday Kato met Kenyan President Daniel Mwangi in Nairobi.",
            {("Samuel Kato", None), ("Daniel Mwangi", "KE")},
            id="a-place-a-comma-left-out-would-set-off",
        ),
        pytest.param(
            "Shipments from China President Emeka Obi inspected on Monday included rail cars. Obi later met "
            "Chinese Ambassador Li Wei in Abuja on Tuesday.",
            {("Li Wei", "CN")},
            id="things-from-a-country-are-no-ones-heard-from",
        ),
        pytest.param(
            "Chinese Foreign Minister Wang Lei is making a visit to Pakistan. In Islamabad on Monday he "
            "met Prime Minister Shehzad Akhtar. He also met Afghan acting Foreign Minister Amir Karimi and "
            "Foreign Minister Ishaq Rana at a trilateral dialogue.",
            {("Ishaq Rana", "PK")},
            id="another-persons-demonym-keeps-the-host-the-hosts",
        ),
        pytest.param(
            "Indian Prime Minister Ravi Sharma held separate meetings with Japanese Prime Minister Kenji "
            "Morita and Australian Prime Minister Tom Hale in Tokyo on Monday. Morita and Hale later held "
            "their own bilateral talks in Kyoto.",
            {("Kenji Morita", "JP"), ("Tom Hale", "AU")},
            id="some-of-a-group-met-one-by-one-meeting-on-their-own",
        ),
        pytest.param(
            "Foreign Minister Andrzej Kowalski of Poland held talks with Foreign Minister Andrzej "
            "Kowalsky of Slovakia in Warsaw on Tuesday.",
            {("Andrzej Kowalski", "PL"), ("Andrzej Kowalsky", "SK")},
            id="one-letter-apart-of-two-countries-are-two",
        ),
        pytest.param(
            "Egyptian Foreign Minister Sameh Fawzy spoke regarding his upcoming meeting with Jordanian "
            "Foreign Minister Ayman Haddad on March 17.",
            {("Sameh Fawzy", "EG"), ("Ayman Haddad", "JO")},
            id="spoken-of-a-meeting-keeps-its-day",
        ),
        pytest.param(
            "Polish President Tomasz Nowak told reporters about his meeting with Lithuanian President Jonas "
            "Kairys on Tuesday in Vilnius.",
            {("Tomasz Nowak", "PL"), ("Jonas Kairys", "LT")},
            id="ones-own-meeting-told-about-is-a-meeting",
        ),
        pytest.param(
            "Japanese Prime Minister Kenji Aso met Australian Prime Minister Anthony Burke, Indian Prime "
            "Minister Arjun Mehta and U.S. President Robert Hale in Washington on Tuesday. The Quad leaders "
            "issued a joint statement. In these meetings, they reaffirmed a free and open Indo-Pacific.",
            {("Kenji Aso", "JP"), ("Anthony Burke", "AU"), ("Arjun Mehta", "IN"), ("Robert Hale", "US")},
            id="these-meetings-two-sentences-on-split-no-group",
        ),
        pytest.param(
            "Visiting Sri Lankan President Anura Perera and Prime Minister Harini Silva met Indian President "
            "Droupadi Sinha on Tuesday.",
            {("Anura Perera", "LK"), ("Harini Silva", "LK"), ("Droupadi Sinha", "IN")},
            id="the-visitors-side-shares-the-demonym",
        ),
        pytest.param(
            "Chinese Premier Li Wenbo is on an official visit to Brazil. Li, who made a trip to Argentina "
            "last year, met Vice President Geraldo Alves in Brasilia on Tuesday.",
            {("Geraldo Alves", "BR")},
            id="a-trip-in-a-relative-clause-is-background",
        ),
        pytest.param(
            "German Chancellor Hans Richter met French President Claire Dubois in Paris on Tuesday. The "
            "visit comes after the two last met in Berlin at a dinner hosted by the president, who visited "
            "on February 2.",
            {("Hans Richter", "DE"), ("Claire Dubois", "FR")},
            id="a-visit-in-a-clause-on-a-person-still-dates",
        ),
    ],
)
def test_reviews_of_the_rules_keep_the_old_readings(text: str, expected: set[tuple[str, str | None]]) -> None:
    """Reviews' findings on the rules of sessions 37 (the second review) and 38: each reading as before
    them (one meeting with all of ``expected`` in it)."""
    found = meetings_of(text, published="2026-03-12")
    named = [{(p.name, p.country) for p in m.participants} for m in found]
    assert any(expected <= people for people in named), named
    if "spoke regarding" in text:
        assert [m.meeting_kind for m in found] == ["planned"], [(m.meeting_kind, str(m.date)) for m in found]
    if "February 2" in text:
        assert "2026-02-02" in {str(m.date) for m in found}, [str(m.date) for m in found]


# -- session 38 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Chilean Foreign Minister Ana Lopes met Peruvian Foreign Minister Luis Prado in Lima on Tuesday. "
            "The two ministers also held discussions about President Juan Ortiz's coming state visit to "
            "Peru.",
            id="a-visit-talked-about-is-no-one-at-the-talks",
        ),
        pytest.param(
            "Chilean Foreign Minister Ana Lopes met Peruvian Foreign Minister Luis Prado in Lima on Tuesday. "
            "The two ministers also held discussions on trade, taking place from next Friday, March 20.",
            id="talks-told-as-held-take-no-day-after-the-story",
        ),
    ],
)
def test_talks_held_are_the_meeting_told_before(text: str) -> None:
    """Talks told in the past tense are held: a day after publication in their sentence is not theirs, and
    a visit they were about brings no one to them."""
    found = only(text, published="2026-03-12")
    assert {(p.name, p.country) for p in found.participants} == {("Ana Lopes", "CL"), ("Luis Prado", "PE")}
    assert (str(found.date), found.meeting_kind) == ("2026-03-10", "in-person")


def test_the_two_told_again_with_a_day_date_the_meeting_told_undated() -> None:
    """ "X has met Y ... The two ministers held a bilateral meeting on Friday": one meeting, on the Friday."""
    found = only(
        "Kenyan Foreign Minister Ruth Wanjiru has met her Indian counterpart Arjun Mehta on the sidelines "
        "of a regional forum in Tashkent.\n\nThis is the first meeting between the two since Mehta took "
        "office.\n\nThe two ministers held a bilateral meeting at a hotel in Tashkent on Friday. They "
        "discussed trade.",
        published="2026-03-14",
    )
    assert (str(found.date), found.meeting_kind) == ("2026-03-13", "in-person")


@pytest.mark.parametrize(
    "text",
    [
        "Japanese Foreign Minister Taro Sato is scheduled to hold a working lunch tomorrow with Mr. Bat "
        "Erdene, Minister for Foreign Affairs of Mongolia, who is accompanying Prime Minister Dorj Ganbold.",
        "Japanese Foreign Minister Taro Sato met on Tuesday with Mongolian Foreign Minister Bat Erdene, who "
        "accompanied Prime Minister Dorj Ganbold on his visit.",
    ],
)
def test_whom_a_participant_accompanies_is_not_at_the_meeting(text: str) -> None:
    """ "lunch with Y, who is accompanying Prime Minister X": X is whom Y came with, not at the lunch."""
    found = only(text, published="2026-03-12")
    assert {p.name for p in found.participants} == {"Taro Sato", "Bat Erdene"}


def test_one_received_in_a_clause_joined_to_his_talks_is_at_the_reception() -> None:
    """ "He held talks with A and was received by B": he, the subject of the first verb, was received."""
    found = meetings_of(
        "Indian Foreign Minister Ravi Rao arrived in Beijing on Monday. He held talks with Foreign Minister "
        "Li Ming and was received by President Zhao Wei.",
        published="2026-03-12",
    )
    named = [{p.name for p in m.participants} for m in found]
    assert {"Ravi Rao", "Zhao Wei"} in named, named


def test_a_visit_spoken_of_with_a_year_of_another_thing_is_no_meeting_of_its_own() -> None:
    """ "The brief visit is intended to deepen cooperation between A and B, which established relations in
    1994": the year is the relations', so the sentence dates no meeting the one before told."""
    found = meetings_of(
        "President Kofi Mensah of Ghana has arrived in Barbados for a two-day official visit. He was warmly "
        "received by Prime Minister Ann Walters. He was also greeted by Foreign Minister Tom Best and Trade "
        "Minister Kay Lowe.\n\nThe brief visit is intended to deepen cooperation between Barbados and Ghana, "
        "which established diplomatic relations in 1994.",
        published="2026-03-12",
    )
    assert [m.meeting_kind for m in found] == ["in-person", "in-person"], [who(m) for m in found]


def test_a_meeting_after_which_another_was_requested_was_held() -> None:
    """ "talked to Y at the latter's request after her telephone conversation with Z": the conversation with
    Z dates the request; it is no request of its own."""
    found = meetings_of(
        "South Korean Foreign Minister Kang Mi-ra talked to Foreign Minister Taro Sato of Japan over the "
        "phone on Tuesday at the latter's request after her telephone conversation with Secretary of State "
        "Tom Reed of the US earlier in the day.",
        published="2026-03-12",
    )
    named = [({p.name for p in m.participants}, m.meeting_kind) for m in found]
    assert ({"Kang Mi-ra", "Tom Reed"}, "call") in named, named


def test_a_date_in_a_clause_on_a_person_is_not_the_meetings() -> None:
    """ "where he is due to meet President-elect Y, who takes office in January": January is Y's taking
    office; the meeting has no day of its own, so it is an intention, not a meeting planned for January."""
    found = meetings_of(
        "Mexican President Andres Lopez spoke to reporters in Merida, where he is due to meet Guatemalan "
        "President-elect Alejandro Gomez, who takes office in January.",
        published="2019-09-18",
    )
    assert not found, [(str(m.date), who(m)) for m in found]


def test_her_meetings_two_sentences_on_count_the_officials_she_met_one_each() -> None:
    """ "she met A, B and C. During the visit ... In her meetings with the officials, ...": one each."""
    found = meetings_of(
        "On 6 May, Foreign Minister Anna Berzina of Latvia was in Estonia on a working visit. While in "
        "Tallinn, she met the President of Estonia, Jaan Tamm, the Prime Minister, Kristi Kask, and the "
        "Speaker of the Riigikogu, Mart Saar. During the visit views were exchanged on regional matters. In "
        "her meetings with the Estonian officials, Berzina underlined the close partnership.",
        published="2026-05-07",
    )
    named = sorted(sorted(p.name for p in m.participants) for m in found)
    assert named == [["Anna Berzina", other] for other in ("Jaan Tamm", "Kristi Kask", "Mart Saar")], named


def test_a_holder_named_again_one_letter_off_with_the_same_title_is_the_same_person() -> None:
    """ "Mongolian President Batbayar Tsogtgerelsukh ... President Tsogtgerelsuk held talks": one."""
    found = meetings_of(
        "Hanoi - Mongolian President Batbayar Tsogtgerelsukh paid a state visit to Vietnam from November 1-5 "
        "at the invitation of Vietnamese President Vo Minh Tan.\n\nDuring the visit, President Tsogtgerelsuk "
        "held talks with President Vo Minh Tan.",
        published="2026-11-06",
    )
    assert [{(p.name, p.country) for p in m.participants} for m in found] == [
        {("Batbayar Tsogtgerelsukh", "MN"), ("Vo Minh Tan", "VN")}
    ], [who(m) for m in found]


def test_an_official_titled_otherwise_one_letter_off_is_another_person() -> None:
    """ "Foreign Minister Fuad Hussein" and "Ambassador Hussain": two people."""
    people = {
        p.name: p.role
        for p in cast_of(
            "Iraqi Foreign Minister Fuad Hussein spoke in Baghdad on Monday. Pakistani Ambassador Hussain "
            "said trade would grow."
        ).people
    }
    assert people.get("Fuad Hussein") == "foreign minister", people
    assert "Hussain" in people, people


def test_a_verb_joined_to_a_will_verb_shares_its_future_even_tagged_present() -> None:
    """ "He will hold talks with A, meet with B and visit a monastery": "meet" (which the tagger may read
    as a present) is to come too."""
    found = meetings_of(
        "Russian Foreign Minister Ivan Petrov arrived in Ulaanbaatar on Tuesday for a working visit. He will "
        "hold talks with Mongolian Foreign Minister Bat Erdene, meet with President Dorj Ganbold and visit a "
        "monastery.",
        published="2026-03-10",
    )
    assert {m.meeting_kind for m in found} == {"planned"}, [(m.meeting_kind, who(m)) for m in found]
    assert len(found) == 2  # noqa: PLR2004 - the talks and the meeting


def test_talks_owned_by_someone_named_are_not_the_followers() -> None:
    """ "followed up on Prime Minister X's talks with President Y": X's talks; the one following up was not
    at them."""
    found = meetings_of(
        "Indian Foreign Minister Ravi Rao spoke to Ugandan Foreign Minister Sam Okello on Saturday and "
        "followed up on Prime Minister Arun Mehta's talks with President John Kato.",
        published="2026-03-14",
    )
    named = [{p.name for p in m.participants} for m in found]
    assert {"Ravi Rao", "Sam Okello"} in named, named
    assert not any({"Ravi Rao", "John Kato"} <= people for people in named), named


def test_an_official_met_on_another_journey_is_not_the_visits_host() -> None:
    """The story's visit goes to Denmark; "In August, X headed to Europe with visits to Berlin, Paris and
    Rome. He met French President A and consulted with Foreign Minister B" makes B no Dane (France's, as
    the sentence says)."""
    found = meetings_of(
        "Egyptian Foreign Minister Sameh Adel met his Saudi counterpart in Paris on Monday. The visit comes "
        "as Adel travels to Denmark to start a European tour.\n\nIn August, Adel headed to Europe with "
        "visits to Berlin, Paris and Rome. He met French President Louis Girard and consulted with Foreign "
        "Minister Paul Marchand.",
        published="2026-03-12",
    )
    countries = {p.name: p.country for m in found for p in m.participants}
    assert countries.get("Paul Marchand") == "FR", countries


def test_the_visitor_and_the_host_between_whom_a_meeting_is_are_two_sides() -> None:
    """ "A bilateral meeting between visiting Maldives President A and Prime Minister B": "Maldives" is
    the visitor's; B is the other side, not a Maldivian (the meeting is no domestic one)."""
    found = only(
        "A bilateral meeting between visiting Maldives President Ali Rasheed and Prime Minister Farida "
        "Khanam is underway at the premier's office in Dhaka.",
        published="2026-03-12",
    )
    countries = {p.name: p.country for p in found.participants}
    assert countries["Ali Rasheed"] == "MV", countries
    assert countries["Farida Khanam"] != "MV", countries


@pytest.mark.parametrize(
    "first",
    [
        "YEREVAN, SEPTEMBER 13: The visit of Minister Aram Petrosyan to Georgia started September 12.",
        "Minister Aram Petrosyan arrived in Georgia on September 12, the ministry said on September 13.",
    ],
)
def test_the_day_a_visit_began_is_the_day_of_a_meeting_on_arrival(first: str) -> None:
    """ "The visit of X to Georgia started September 12. Immediately after arriving in Tbilisi, X met Y": the
    arrival's day is the visit's first, the verb's own of the days its sentence tells."""
    text = f"{first} Immediately after arriving in Tbilisi, Petrosyan met Foreign Minister Eka Kapanadze."
    found = pipeline._arrival_day_before(parsed(text), 1, pendulum.date(2026, 9, 13))
    assert found is not None
    assert str(found.date) == "2026-09-12"


def test_him_whom_a_countrys_officials_call_on_is_not_their_own_president() -> None:
    """ "He will meet Indian President A ... Indian Vice President B and Defence Minister C are to call on
    him": him is the guest, not A, India's own."""
    found = meetings_of(
        "Mongolian President Bat Ganbold arrived in New Delhi on Monday on a state visit. He will meet "
        "Indian President Anita Rao on Tuesday evening. Indian Vice President Ravi Kumar and Defence "
        "Minister Sunil Mehta are also scheduled to separately call on him on Tuesday.",
        published="2026-03-09",
    )
    named = sorted(sorted(p.name for p in m.participants) for m in found)
    guest = "Bat Ganbold"
    assert named == [["Anita Rao", guest], [guest, "Ravi Kumar"], [guest, "Sunil Mehta"]], named


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Samuel Otieno arrived in New Delhi on Monday. Indian Foreign Minister Rakesh Verma "
        "received him at the airport. Later in the day, Verma briefed the cabinet. He met Indian Home "
        "Minister Amit Rai afterwards.",
        "German Foreign Minister Katrin Vogel visited Warsaw on Monday. Polish Foreign Minister Radek Wolski "
        "said the visit showed unity. Later, he met Polish President Tomasz Nowak to report on the talks.",
    ],
)
def test_he_who_meets_his_compatriots_is_not_made_the_guest(text: str) -> None:
    """ "Verma briefed the cabinet. He met Indian Home Minister A": he is Verma, at a meeting at home; the
    guest is not put there (a rule that did so was reviewed and taken out)."""
    found = meetings_of(text, published="2026-03-12")
    named = [{p.name for p in m.participants} for m in found]
    made_up = ({"Amit Rai", "Samuel Otieno"}, {"Tomasz Nowak", "Katrin Vogel"})
    assert not any(pair <= people for pair in made_up for people in named), named


def test_talks_after_which_a_meeting_was_requested_are_the_requesters_and_his_partners_only() -> None:
    """ "X requested a meeting with Y after his talks with Z on Monday": X and Z talked; Y was not there."""
    found = only(
        "The Indian prime minister Arjun Mehta requested a meeting with U.S. President Robert Hale after his "
        "talks with Canadian Prime Minister Emily Grant on Monday.",
        published="2026-03-12",
    )
    assert {p.name for p in found.participants} == {"Arjun Mehta", "Emily Grant"}


def test_spoke_highly_of_is_no_meeting() -> None:
    """ "He spoke highly of the cooperation ... for the 2024-2030 period": praise, not a meeting; its years
    do not make the reception told after it one planned for 2030."""
    found = meetings_of(
        "Hanoi - Foreign Minister Van Thanh on November 25 hosted a reception for Lao Ambassador Khampheng "
        "Vong. He spoke highly of the cooperation between the foreign ministries of Vietnam and Laos on the "
        "basis of the agreement they reached for the 2024-2030 period. Later the same day, Thanh received "
        "newly-accredited Ambassador of Saudi Arabia Fahad Al Otaibi.",
        published="2026-11-25",
    )
    named = [({p.name for p in m.participants}, str(m.date)) for m in found]
    assert ({"Van Thanh", "Fahad Al Otaibi"}, "2026-11-25") in named, named


@pytest.mark.parametrize(
    ("text", "source", "name", "country"),
    [
        pytest.param(
            "The Prime Minister spoke to President-elect Tom Hardy this evening to congratulate him on his "
            "victory.\n\nThe leaders agreed that the relationship between the UK and US was incredibly "
            "strong.",
            "GOV.UK",
            "Tom Hardy",
            "US",
            id="the-other-side-of-the-relationship-a-government-tells",
        ),
        pytest.param(
            "Over the weekend, President William Otieno held talks with his South Sudanese counterpart "
            "President Peter Deng at State House. Kenya committed to strengthening bilateral relations with "
            "South Sudan.",
            None,
            "William Otieno",
            "KE",
            id="the-other-side-of-the-relations-told-next",
        ),
    ],
)
def test_one_of_no_country_is_of_the_other_side_of_the_relations_told(
    text: str, source: str | None, name: str, country: str
) -> None:
    """The one participant of no country said, met by one side, is of the other country of the two whose
    relations the report tells next."""
    found = only(text, source, published="2026-11-06")
    assert {p.name: p.country for p in found.participants}[name] == country


def test_the_relations_of_a_country_someone_else_is_of_give_no_one_its_country() -> None:
    """ "India's ties with Tajikistan" told near a meeting with an envoy of no country said: Tajikistan is
    its foreign minister's, named in the story, not the envoy's."""
    found = meetings_of(
        "Foreign Minister Ravi Rao of India met special envoy Omar Haidari on Monday. Both discussed the "
        "peace process. He boosted India's strategic ties with Tajikistan, and later met the foreign "
        "minister of Tajikistan, Sirojiddin Rahimov.",
        published="2026-11-06",
    )
    countries = {p.name: p.country for m in found for p in m.participants}
    assert countries.get("Sirojiddin Rahimov") == "TJ", countries
    assert countries.get("Omar Haidari") != "TJ", countries


def test_the_name_before_a_small_particle_after_two_given_names_stands_for_the_person() -> None:
    """ "Lula" of "Luiz Inácio Lula da Silva", standing alone where the model tags no one: him."""
    lula = person(
        "The Brazilian delegation was led by President Luiz Inácio Lula da Silva. Lula thanked the leaders "
        "for coming and met President Gustavo Petro of Colombia.",
        "Luiz Inácio Lula da Silva",
    )
    assert 1 in {m.sentence for m in lula.mentions}


def test_there_were_meetings_with_someone_the_story_follows_held_them() -> None:
    """ "There were also bilateral meetings with the president of Portugal, X": the one the story follows
    met X."""
    found = only(
        "Brazilian President Luiz Costa received foreign leaders in Brasilia on Monday. There were also "
        "bilateral meetings with the president of Portugal, Marcelo Vieira.",
        published="2023-01-03",
    )
    expected = {("Luiz Costa", "BR"), ("Marcelo Vieira", "PT")}
    assert {(p.name, p.country) for p in found.participants} == expected


def test_a_visit_of_someone_named_is_his_not_the_clauses_subjects() -> None:
    """ "The two countries had reached a partnership in 2015 during the visit of Prime Minister X to
    Mongolia": X's journey; the two leaders just told did not meet in 2015."""
    found = meetings_of(
        "Mongolian President Bat Ganbold met Indian President Ravi Kumar in New Delhi on Friday. The two "
        "countries had reached a strategic partnership in 2015 during the visit of Prime Minister Arun Mehta "
        "to Mongolia.",
        published="2019-09-21",
    )
    assert [str(m.date) for m in found] == ["2019-09-20"], [(str(m.date), who(m)) for m in found]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "The Prime Minister spoke to President Ivan Kravets this morning. He reiterated the UK's support "
            "for Ukraine. The leaders also discussed the UK's relations with Russia.",
            "GOV.UK",
            id="relations-discussed-are-a-topic",
        ),
        pytest.param(
            "The Prime Minister met businessman James Holloway at Downing Street on Monday. Holloway, who "
            "runs a steel firm, briefed him on UK-India trade ties.",
            "GOV.UK",
            id="no-state-office-no-country-from-relations",
        ),
    ],
)
def test_relations_told_only_as_a_topic_give_no_one_a_country(text: str, source: str | None) -> None:
    """Relations discussed, or near someone holding no state office, say nothing of whose a participant
    is."""
    found = meetings_of(text, source, published="2026-03-12")
    countries = {p.name: p.country for m in found for p in m.participants}
    assert countries.get("Ivan Kravets") != "RU", countries
    assert countries.get("James Holloway") != "IN", countries


def test_he_is_not_the_one_he_meets() -> None:
    """ "the party led by Hope won ... He said he had lunch with Hope": he is the story's other leader,
    not Hope, the last one named."""
    found = only(
        "Prime Minister Roosevelt Charles of Dominica has congratulated the new Prime Minister of Barbados, "
        "Mia Hope, on her win. Last Thursday, the Labour Party, led by Hope won a landslide victory. He said "
        "while in transit in Barbados on Sunday he had lunch with Hope.",
        published="2018-05-29",
    )
    assert {p.name for p in found.participants} == {"Roosevelt Charles", "Mia Hope"}
    assert str(found.date) == "2018-05-27"


def test_relations_a_journey_aims_at_give_no_one_a_country() -> None:
    """ "The governor later flew to Dhaka to strengthen India's ties with Bangladesh": the journey's aim
    says nothing of whose the governor is."""
    found = meetings_of(
        "Prime Minister met Governor Ravi Reddy in New Delhi on Monday. The governor later flew to Dhaka to "
        "strengthen India's ties with Bangladesh.",
        "Ministry of External Affairs (India)",
        published="2026-03-12",
    )
    assert {p.name: p.country for m in found for p in m.participants}.get("Ravi Reddy") != "BD"


def test_hosts_of_no_country_told_at_a_summit_stay_one_meeting() -> None:
    """ "X hosted President A, King B and Prime Minister C for a summit": maybe three countries' leaders, so
    hosts whose country is not known are not called on one by one."""
    found = meetings_of(
        "Egypt's President Adel Mansour hosted President Anton Weber, King Hamad Salem and Prime Minister "
        "Luc Martens for a summit on Gaza in Cairo on Tuesday.",
        published="2026-03-12",
    )
    assert [len(m.participants) for m in found] == [4], [who(m) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "At Egypt's Sharm El-Sheikh, King Abdullah Hamid met President Adel Mansour on Tuesday.",
        "Trade Minister Ravi Menon spoke to India's Tata Sons on Tuesday.",
        "Trade Minister Ravi Menon met with Qatar's Al Jazeera on Tuesday.",
    ],
)
def test_a_place_or_a_body_after_a_countrys_possessive_is_no_one(text: str) -> None:
    """ "At Egypt's Sharm El-Sheikh" is where; "India's Tata Sons" a company the model calls a body."""
    names = {p.name for m in meetings_of(text, published="2026-03-12") for p in m.participants}
    assert not names & {"Sharm El-Sheikh", "Tata Sons", "Al Jazeera"}, names


def test_the_countrys_diplomat_is_its_one_envoy() -> None:
    """ "On August 24, the Russian diplomat met Serbia's Foreign Minister X": Russia's ambassador, the one
    Russian envoy the story names, though another was the last subject."""
    found = meetings_of(
        "President Milan Jovic said he knows Russia's ambassador Pavel Orlov well. Jovic and Orlov held a "
        "meeting on August 28. On August 24, the Russian diplomat met Serbia's Foreign Minister Zoran Ilic.",
        published="2023-08-29",
    )
    assert sorted((str(m.date), sorted(p.name for p in m.participants)) for m in found) == [
        ("2023-08-24", ["Pavel Orlov", "Zoran Ilic"]),
        ("2023-08-28", ["Milan Jovic", "Pavel Orlov"]),
    ], [who(m) for m in found]


def test_hosts_met_on_a_visit_by_a_visitor_named_under_his_title_are_the_visited_countrys() -> None:
    """ "the Minister of Foreign Affairs of Lithuania X met with A, the Marshal of the Sejm, and the Minister
    of Foreign Affairs B on his first visit to Poland": X is the subject though the parse hangs him under
    his title's "of"; A and B are Poland's, and a marshal holds an office."""
    found = meetings_of(
        "On 8 February, the Minister of Foreign Affairs of Lithuania Linas Kazlauskas met with Elżbieta "
        "Nowak, the Marshal of the Sejm, and the Minister of Foreign Affairs Piotr Zielinski on his first "
        "visit to Poland. During the meetings, the interlocutors discussed regional security.",
        published="2021-02-08",
    )
    assert sorted(sorted(who(m)) for m in found) == [
        [("Elżbieta Nowak", "PL", "other"), ("Linas Kazlauskas", "LT", "foreign minister")],
        [("Linas Kazlauskas", "LT", "foreign minister"), ("Piotr Zielinski", "PL", "foreign minister")],
    ], [who(m) for m in found]


@pytest.mark.parametrize(
    ("word", "wished"),
    [("likely", False), ("likes", True), ("liked", True), ("hoping", True), ("hopeful", False)],
)
def test_an_inflected_blocking_head_is_found_and_a_look_alike_is_not(word: str, wished: bool) -> None:
    """ "likes", "liked", "hoping" are the wish words inflected; "likely" and "hopeful" only look like
    them."""
    token = parse.parse(f"She {word} it.").sentences[0].doc[1]
    assert meetings._is(token, frozenset({"like", "hope"})) is wished


def test_calls_with_each_told_again_together_are_those_calls() -> None:
    """ "X spoke by phone with A, and with B ... In the telephone conversation with A and B, X informed":
    the two calls told at once, not a third call of three."""
    found = meetings_of(
        "President Milan Jovic of Serbia spoke by phone last night with the High Representative of the "
        "European Union for Foreign Affairs, Josep Marin, and with the Minister of Foreign Affairs of Italy, "
        "Paolo Greco. In the telephone conversation with Marin and Greco, Jovic informed the interlocutors "
        "about the situation in the north.",
        published="2023-05-30",
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Josep Marin", "Milan Jovic"],
        ["Milan Jovic", "Paolo Greco"],
    ], [who(m) for m in found]


def test_a_title_after_an_opening_company_phrase_is_the_subjects() -> None:
    """ "Accompanied by Foreign Minister A and Economy Minister B, the Georgian Prime Minister also on
    September 29 met his counterpart C": the Prime Minister is the subject, not B's title."""
    people = cast_of(
        "Accompanied by Deputy PM, Foreign Minister Levan Beridze and Economy Minister Nino Kapanadze, the "
        "Georgian Prime Minister also on September 29 met his counterpart Rashad Aliyev."
    ).people
    assert {p.name: p.role for p in people}.get("Nino Kapanadze") == "other", [
        (p.name, p.title) for p in people
    ]


@pytest.mark.parametrize("between", ["on Monday", "also"])
def test_a_title_set_off_before_the_next_verb_is_its_subjects(between: str) -> None:
    """ "At a press conference with Prime Minister X, the Commission President on Monday stressed": the
    title is the next clause's subject, however many words stand before its verb."""
    people = cast_of(
        f"At a press conference with Prime Minister Jan Novak, the Commission President {between} stressed "
        "the need for unity."
    ).people
    assert [(p.name, p.role) for p in people] == [("Jan Novak", "head of government")]


@pytest.mark.parametrize(
    "second",
    [
        pytest.param(
            "Vidal and Dalton agreed that their foreign ministers, who on Thursday will meet in Germany, "
            "will coordinate a visit by Vidal.",
            id="others-meeting-in-a-relative-clause",
        ),
        pytest.param("Vidal and Dalton will meet in Germany during the G-20 meeting.", id="hyphenated-g20"),
    ],
)
def test_a_meeting_place_of_others_or_of_a_gathering_makes_no_one_its_host(second: str) -> None:
    """ "the ministers, who will meet in Germany", "in Germany during the G-20 meeting": no one of the call
    is German."""
    found = meetings_of(
        "President Mark Dalton on Wednesday spoke by telephone with his Argentine counterpart, Mauricio "
        "Vidal. " + second,
        published="2017-02-15",
    )
    assert "DE" not in {p.country for m in found for p in m.participants}, [who(m) for m in found]


@pytest.mark.parametrize(
    "second",
    [
        pytest.param(
            "Vidal and Dalton agreed that their foreign ministers, who on Thursday will meet in Germany, "
            "will coordinate a visit by Vidal.",
            id="their-ministers-are-not-they",
        ),
        pytest.param(
            "Vidal and Dalton agreed that the secretary of state and the foreign minister, who on Thursday "
            "will meet in Germany, will coordinate the scheduling for a visit by Vidal to Washington.",
            id="the-ministers-day-is-not-the-visits",
        ),
    ],
)
def test_a_day_told_of_others_ministers_plans_nothing_for_the_leaders(second: str) -> None:
    """ "X and Y agreed that their foreign ministers, who on Thursday will meet, will coordinate a visit by
    X": the ministers meet on Thursday; the leaders plan nothing that day, and the visit has no day."""
    found = meetings_of(
        "President Mark Dalton on Wednesday spoke by telephone with his Argentine counterpart, Mauricio "
        "Vidal. " + second,
        published="2017-02-15",
    )
    assert [m.meeting_kind for m in found] == ["call"], [(m.meeting_kind, who(m)) for m in found]


def test_i_beside_a_name_in_a_transcript_is_the_speaker() -> None:
    """ "MINISTER JANE ROWE: ... Minister Tane Hemi and I had a very warm meeting today": I is the speaker the
    line's label names, a speaker in capitals with a title and no comma."""
    text = (
        "MINISTER JANE ROWE: Thank you very much. Minister Tane Hemi and I had a very warm and productive "
        "meeting today."
    )
    people = cast_of(text)
    frames = meetings.frames(parsed(text), people)
    assert {"Jane Rowe", "Tane Hemi"} in [{people.people[k].name for k in f.people} for f in frames], [
        [people.people[k].name for k in f.people] for f in frames
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Yildiz later held a three-way call with Morozov and Hrynko.",
        "Yildiz, Morozov and Hrynko also spoke together in a three-way phone call.",
    ],
)
def test_a_call_of_three_told_as_its_own_stays_beside_the_calls_of_two(second: str) -> None:
    """ "X held phone calls on Monday with A and B. X later held a three-way call with A and B": three
    calls."""
    found = meetings_of(
        "Turkish Foreign Minister Ahmet Yildiz held phone calls on Monday with Russian Foreign Minister Oleg "
        "Morozov and with Ukrainian Foreign Minister Viktor Hrynko. " + second,
        published="2026-03-12",
    )
    assert sorted(len(m.participants) for m in found) == [2, 2, 3], [who(m) for m in found]


def test_a_visits_own_relative_clause_tells_its_day() -> None:
    """ "Zhao's visit, which will begin on March 25, includes a meeting. Zhao will meet Dubois in Paris": the
    visit's own clause tells the meeting's day."""
    found = meetings_of(
        "Officials said Chinese President Zhao Ming's visit, which will begin on March 25, includes a "
        "meeting. Zhao will meet French President Claire Dubois in Paris.",
        published="2026-03-12",
    )
    assert [(m.meeting_kind, str(m.date)) for m in found if len(m.participants) == 2] == [
        ("planned", "2026-03-25")
    ], [who(m) for m in found]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chinese Foreign Minister Wang Lei met Field Marshal Aung Min in Naypyitaw on Tuesday.", "Aung Min"),
        (
            "Libyan leader Field Marshal Khalil Haddar met Egyptian President Adel Mansour in Cairo on "
            "Tuesday.",
            "Khalil Haddar",
        ),
    ],
)
def test_a_field_marshal_is_titled_not_named_field(text: str, name: str) -> None:
    """ "Field Marshal Aung Min": a rank of two words before the name, not a name "Field"."""
    names = {p.name for m in meetings_of(text, published="2026-03-12") for p in m.participants}
    assert name in names and not any(n.startswith("Field") for n in names), names


def test_hopeful_to_meet_is_a_wish() -> None:
    """ "said he was hopeful to meet X at the summit on March 20": a wish, not a plan."""
    assert not meetings_of(
        "Kenyan President Daniel Otieno said he was hopeful to meet French President Claire Dubois at the "
        "summit on March 20.",
        published="2026-03-12",
    )


def test_the_one_sent_to_meet_meets_not_the_sender() -> None:
    """ "President X sent Foreign Minister Y to meet President Z": Y meets Z; X stays home."""
    found = meetings_of(
        "Kenyan President Daniel Otieno sent Foreign Minister Grace Wanjiru to meet Tanzanian President Asha "
        "Mwinyi in Dar es Salaam on Saturday.",
        published="2026-03-15",
    )
    assert names_met(found) == [["Asha Mwinyi", "Grace Wanjiru"]], [
        who(m) for m in found
    ]


def test_a_portfolio_joined_by_an_ampersand_is_no_name() -> None:
    """ "Minister of Sports, Culture & Heritage, Ambassador Y": "Heritage" is the portfolio's last word."""
    names = {
        p.name
        for p in cast_of(
            "President Otieno sent Kenyan Minister of Sports, Culture & Heritage, Ambassador Dr Grace "
            "Wanjiru to meet President Mwinyi."
        ).people
    }
    assert "Heritage" not in names, names



def test_a_lineage_name_cut_short_is_the_same_person() -> None:
    """ "Yusuf bin Alawi bin Abdullah" ... "bin Alawi" ... "Yusuf bin Alawi": one man, his name cut short
    (though "Alawi" alone may name a father, "Yusuf bin Alawi" opens his own name)."""
    people = cast_of(
        "Iranian Foreign Minister Hamid Rezaei and his Omani counterpart Salim bin Nasser bin Hamad "
        "exchanged views. Rezaei and bin Nasser also highlighted the cooperation. Rezaei and Salim bin "
        "Nasser held a meeting in Muscat."
    ).people
    assert [p.name for p in people] == ["Hamid Rezaei", "Salim bin Nasser bin Hamad"], [
        (p.name, [m.name for m in p.mentions]) for p in people
    ]


def test_the_hr_vp_is_the_eus_and_meets_on_an_itinerary() -> None:
    """ "High Representative/Vice President X will travel ... In Uruguay, the High Representative will meet
    President Y on 24 October": the EU's officer, of no country (not the dateline's), meets Y."""
    found = meetings_of(
        "Brussels, 21 October 2022\n\nHigh Representative/Vice President Josep Moreno will travel to Latin "
        "America, starting in Uruguay on 24 October. In Uruguay, the High Representative will meet President "
        "Luis Ortega on 24 October.",
        published="2022-10-21",
    )
    assert [(str(m.date), sorted(who(m))) for m in found] == [
        ("2022-10-24", [("Josep Moreno", None, "foreign minister"), ("Luis Ortega", "UY", "head of state")])
    ], [who(m) for m in found]


def test_their_talks_after_separate_calls_are_those_calls() -> None:
    """ "X held separate phone talks with A, and B on February 11. During their talks, the sides expressed
    joy": their talks are the calls just told, not a meeting of A with B."""
    found = meetings_of(
        "Hanoi - Prime Minister Tran Van Minh held separate phone talks with Lao Prime Minister Somsak "
        "Vongsa, and Cambodian Prime Minister Sok Chenda on February 11. During their talks, the sides "
        "expressed their joy at the fine cooperation outcomes over the past year.",
        published="2021-02-12",
    )
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Sok Chenda", "Tran Van Minh"],
        ["Somsak Vongsa", "Tran Van Minh"],
    ], [who(m) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "U.S. President Daniel Hayes arrived in Bali. The Hayes-Zhao summit will take place on Monday, with "
        "Chinese President Zhao Ming expected to attend.",
        "Colombia's President Luis Ortega spoke with Venezuela's President Ana Mora on Thursday. The top "
        "topic at the Ortega-Mora meeting on Monday will be the border.",
    ],
)
def test_a_meeting_named_after_two_hyphened_names_is_theirs(text: str) -> None:
    """ "the Biden-Xi summit", "the Petro-Rodriguez meeting on Friday": the two named in full elsewhere."""
    found = meetings_of(text, published="2022-11-12")
    planned = [(str(m.date), len(m.participants)) for m in found if m.meeting_kind == "planned"]
    assert planned == [("2022-11-14", 2)], [(m.meeting_kind, str(m.date), who(m)) for m in found]


@pytest.mark.parametrize(
    ("where", "split"),
    [("in Budapest on Monday", True), ("for a summit in Budapest on Monday", False)],
)
def test_hosts_met_in_one_countrys_city_are_called_on_one_by_one(where: str, split: bool) -> None:
    """ "X met President A, Prime Minister B and Speaker C in Budapest": hosts of no country said, met in a
    city of one country, are that country's and met one by one; at a summit there they may be any
    country's."""
    found = meetings_of(
        "German Foreign Minister Anna Keller met President Tamas Varga, Prime Minister Gabor Balogh and "
        f"Speaker Laszlo Kiss {where}.",
        published="2026-03-12",
    )
    sizes = sorted(len(m.participants) for m in found)
    assert sizes == ([2, 2, 2] if split else [4]), [who(m) for m in found]
    assert not split or {p.country for m in found for p in m.participants} == {"DE", "HU"}


@pytest.mark.parametrize(
    "heading",
    ["SUMMARY OF REMARKS BY PRIME MINISTER OLIVER GRANT", "PRESIDENT AND PRIME MINISTER MEET"],
)
def test_a_heading_in_capitals_is_no_speakers_label(heading: str) -> None:
    """ "SUMMARY OF REMARKS BY PRIME MINISTER X:" is a heading, not a transcript's speaker: no person
    "Remarks" or "Meet"."""
    text = f"{heading}: Indian President Ravi Pillai met Nepali Prime Minister Ram Thapa."
    names = {p.name for p in cast_of(text).people}
    assert not names & {"Remarks", "Meet", "Summary"}, names


@pytest.mark.parametrize(
    ("text", "name", "country", "role"),
    [
        pytest.param(
            "China sent a special message through Indian Ambassador to Beijing Vikram K Rao during his "
            "meetings with officials.",
            "Vikram K Rao",
            "IN",
            "other",
            id="a-name-after-an-envoys-post-in-a-city",
        ),
        pytest.param(
            "Momen spoke with British Secretary of State for Foreign, Commonwealth and Development Affairs "
            "James Cleverly on Monday.",
            "James Cleverly",
            "GB",
            "foreign minister",
            id="a-secretary-of-states-portfolios-are-one-title",
        ),
        pytest.param(
            "Prime Minister, the Most Hon. Marcia Grant, converses with Prime Minister of Japan, His "
            "Excellency Mr. Kenji Sato.",
            "Marcia Grant",
            None,
            "head of government",
            id="a-title-after-with-is-not-the-names-before",
        ),
        pytest.param(
            "Prime Minister, the Most Hon. Marcia Grant, converses with Prime Minister of Japan, His "
            "Excellency Mr. Kenji Sato.",
            "Kenji Sato",
            "JP",
            "head of government",
            id="a-title-after-with-is-the-one-mets",
        ),
    ],
)
def test_cast_titles_the_model_splits_or_joins(text: str, name: str, country: str | None, role: str) -> None:
    """ "Ambassador to Beijing X" names X though the model joins city and name; "Secretary of State for
    Foreign, Commonwealth and Development Affairs X" is one title, its comma inside; in "Prime Minister X,
    converses with Prime Minister of Japan Y" (the model reads "converses" as a noun) the title after
    "with" is Y's."""
    people = {p.name: (p.country, p.role) for p in cast_of(text).people}
    assert people.get(name) == (country, role), people


_WITH_BLAIR = (
    "Other top government officials, who joined President Tinubu to receive Blair, included the Chief of "
    "Staff to the President, Hon Femi Gbajabiamila; Foreign Affairs Minister, Ambassador Yusuf Tuggar; his "
    "Information and National Orientation counterpart, Mohammed Idris and the Special Adviser to the "
    "President on Policy Coordination, Hadiza Bala Usman."
)


@pytest.mark.parametrize(
    ("text", "name", "country", "role"),
    [
        pytest.param(
            "Tinubu met Blair. Also present was the Chief of Staff to the President, Hon Femi Gbajabiamila.",
            "Femi Gbajabiamila",
            None,
            "other",
            id="a-chief-of-staff-to-the-president-serves-him",
        ),
        pytest.param(
            "Tinubu met Blair. Officials present included Foreign Affairs Minister, Ambassador Yusuf Tuggar.",
            "Yusuf Tuggar",
            None,
            "foreign minister",
            id="an-ambassador-after-a-ministers-title-and-a-comma-is-his-style",
        ),
        pytest.param(
            _WITH_BLAIR,
            "Mohammed Idris",
            None,
            "other",
            id="a-counterpart-of-a-portfolio-is-a-colleague-of-that-portfolio",
        ),
        pytest.param(
            _WITH_BLAIR,
            "Hadiza Bala Usman",
            None,
            "other",
            id="one-counterpart-is-the-first-named-after-it",
        ),
        pytest.param(
            "Foreign Minister Othman Jerandi spoke with UK Minister of State for the Middle East and North "
            "Africa James Cleverly.",
            "James Cleverly",
            "GB",
            "other",
            id="a-place-of-the-portfolio-is-no-part-of-the-name",
        ),
        pytest.param(
            "Minister of Foreign Affairs, Migration and Tunisians Abroad Othman Jerandi spoke with Cleverly.",
            "Othman Jerandi",
            "TN",
            "foreign minister",
            id="a-name-after-a-ministry-of-several-portfolios",
        ),
    ],
)
def test_cast_titles_and_names_of_staff_styles_and_long_portfolios(
    text: str, name: str, country: str | None, role: str
) -> None:
    """Titles that serve another ("Chief of Staff to the President"), styles after a minister's title and a
    comma ("Ambassador"), counterparts of a portfolio (a colleague, not the other side), one counterpart
    named first, and names after long portfolios."""
    people = {p.name: (p.country, p.role) for p in cast_of(text).people}
    assert people.get(name) == (country, role), people


def test_a_gerund_opening_a_sentence_is_no_part_of_a_name() -> None:
    """ "Receiving Khamchen, who ..., PM Chinh asked": the clause's verb, tagged with the name, goes."""
    text = (
        "Lao Minister Khamchen Vongphosy came. Receiving Khamchen, who is also head of the Committee, in "
        "Hanoi, Prime Minister Pham Minh Chinh asked the two ministries to work closely."
    )
    assert sorted(p.name for p in cast_of(text).people) == ["Khamchen Vongphosy", "Pham Minh Chinh"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tinubu Receives Ex-British PM, Tony Blair\n\nPresident Bola Tinubu on Tuesday received former "
            "British Prime Minister Tony Blair at the State House, Abuja.",
            {("Bola Tinubu", "head of state"), ("Tony Blair", "other")},
            id="ex-before-a-demonym-is-former",
        ),
        pytest.param(
            "Tinubu received Embalo at his Lagos residence on Saturday. President Embalo has become the "
            "first leader to visit Tinubu since he was sworn in on May 29.",
            {("Tinubu", "other"), ("Embalo", "head of state")},
            id="a-time-since-an-oath-is-no-oath-taken",
        ),
        pytest.param(
            "Zambian President Hakainde Hichilema and Mozambican President Daniel Chapo met on the sidelines "
            "of the inauguration of Namibia's fifth President, Dr Netumbo Nandi-Ndaitwah.",
            {("Hakainde Hichilema", "head of state"), ("Daniel Chapo", "head of state")},
            id="the-one-an-inauguration-is-of-is-not-at-the-meeting",
        ),
    ],
)
def test_who_meets_past_former_titles_oaths_and_own_days(text: str, expected: set[tuple[str, str]]) -> None:
    """ "Ex-British PM" is a former one; "the first leader to visit X since he was sworn in" tells a time,
    no ceremony at home; "the inauguration of X" is X's own day, not X at the meeting."""
    found = meetings_of(text, published="2024-05-28")
    assert [{(p.name, p.role) for p in m.participants} for m in found] == [expected]


def test_a_trip_to_come_does_not_date_a_meeting_told_as_held() -> None:
    """ "X will visit Brazil from September 17 ... X shakes hands with Y": the held meeting is not on the
    trip's day, nor planned."""
    found = meetings_of(
        "Prime Minister Pham Minh Chinh will pay an official visit to Brazil from September 17-26.\n\n"
        "Prime Minister Pham Minh Chinh shakes hands with Lao Minister of Planning Khamchen Vongphosy in "
        "Hanoi.",
        published="2023-09-15",
    )
    assert [(m.meeting_kind, m.date.to_str()) for m in found] == [("in-person", "2023-09-15")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Momen recalled the support that Sheikh Mujibur Rahman received from Prime Minister Edward Heath in "
        "1971.",
        "Sheikh Mujibur Rahman received support from British Prime Minister Edward Heath in 1971.",
    ],
)
def test_support_received_from_someone_is_no_reception(sentence: str) -> None:
    """What one receives from another (support, aid, a request) is a thing, not a visit received: also when
    the clause is the thing's ("the support that X received from Y")."""
    text = f"Foreign Minister Abdul Momen spoke to reporters. {sentence}"
    assert meetings_of(text, published="2022-11-20") == ()


def test_two_capitals_before_a_given_name_are_initials_unless_a_syllable() -> None:
    """ "AK Abdul Momen": initials, kept as written, no family name put first; "LI Qiang": a family name."""
    names = {p.name for p in cast_of("LI Qiang met AK Abdul Momen in Dhaka.").people}
    assert names == {"Li Qiang", "AK Abdul Momen"}


def test_the_date_a_day_is_kept_on_is_not_the_calls() -> None:
    """ "extended felicitations on the Republic Day of Turkey – celebrated on October 29": the day's."""
    found = only(
        "Foreign Minister Shah Mehmood Qureshi held a telephone call with Turkish Foreign Minister Mevlut "
        "Cavusoglu. In his conversation with Cavusoglu, Qureshi extended felicitations to Cavusoglu on 97th "
        "Republic Day of Turkey – celebrated on October 29.",
        published="2020-10-30",
    )
    assert (found.date.to_str(), found.date_from) == ("2020-10-30", "published")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param(
            "Prime Minister Sanae Takaichi said she and U.S. President Donald Trump agreed in phone talks "
            "Friday to arrange a summit, Kyodo reports. They affirmed close Japan-U.S. cooperation.",
            "Sanae Takaichi",
            "JP",
            id="the-agencys-country-named-beside-a-title-it-has",
        ),
        pytest.param(
            "President Ilham Aliyev received Prime Minister Sanae Takaichi's envoy in Baku on Friday.",
            "Ilham Aliyev",
            None,
            id="a-title-the-agencys-country-has-not",
        ),
    ],
)
def test_a_foreign_agencys_copy_names_the_agencys_officials_not_the_carriers(
    text: str, name: str, country: str | None
) -> None:
    """ "Kazinform (Kyodo)": a Kazakh site's copy of a Japanese agency's story names no Kazakh official bare;
    its bare "Prime Minister Sanae Takaichi", in sentences naming Japan, is Japan's; a bare president is
    not (Japan has none)."""
    assert person(text, name, source="Kazinform (Kyodo)").country == country


def test_a_caption_glued_to_the_next_sentence_is_cut_before_it() -> None:
    """ "EAM JaishankarThe telephonic conversation took place": a line between, not a name "JaishankarThe"."""
    glued = normalize.normalize("EAM JaishankarThe telephonic call took place.").text
    assert "Jaishankar\nThe telephonic" in glued
    assert normalize.normalize("McDonald The Great met DeSantis.").text == "McDonald The Great met DeSantis."


def test_a_credit_line_after_a_title_is_no_name() -> None:
    """ "... of the President of the Republic of Serbia Source: B92": no official named "Source"."""
    text = (
        "Aleksandar Vucic canceled today's meetings with the ambassadors, it was announced from the Office "
        "for Media relations of the President of the Republic of Serbia Source: B92 Tuesday, September 28"
    )
    assert "Source" not in {p.name for p in cast_of(text).people}


def test_a_deputy_prime_minister_is_the_foreign_minister_a_description_names() -> None:
    """A deputy prime minister often holds foreign affairs too: "Pakistan's Deputy Prime Minister Ishaq Dar
    ... the Pakistani Foreign Minister" is one person (only an envoy's post is kept from the open seat)."""
    text = (
        "Chinese Foreign Minister Wang Yi met Pakistan's Deputy Prime Minister Ishaq Dar in Beijing on "
        "Thursday. The Chinese side told the Pakistani Foreign Minister that Beijing values the corridor."
    )
    assert person(text, "Ishaq Dar").role == "foreign minister"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "President Joao Lourenco received a request from Congolese President Felix Tshisekedi, who he "
            "met in Luanda on Thursday, to mediate with Rwanda.",
            {("Joao Lourenco", "head of state"), ("Felix Tshisekedi", "head of state")},
            id="a-request-received-from-one-met",
        ),
        pytest.param(
            "Kenya's Treasury Cabinet Secretary Njuguna Ndung'u met his Rwandan Finance and Economic "
            "Planning counterpart Uzziel Ndagijimana in Kigali on Monday.",
            {("Njuguna Ndung'u", "finance minister"), ("Uzziel Ndagijimana", "finance minister")},
            id="a-counterpart-of-a-portfolio-of-a-class-holds-it",
        ),
        pytest.param(
            "Chinese Foreign Minister Wang Yi met the Head of the Administration of the President of "
            "Kazakhstan, Aibek Dzhaksybekov, in Astana on Wednesday.",
            # (the class is wrong: a staff head's title the rules do not read yet; the meeting stands)
            {("Wang Yi", "foreign minister"), ("Aibek Dzhaksybekov", "head of state")},
            id="the-administration-of-a-president-is-no-day-of-his",
        ),
        pytest.param(
            "Australian Defence Minister Richard Marles met the Minister of Defence, Prabowo, and the "
            "Minister of Foreign Affairs, Retno Marsudi, in Jakarta on Wednesday.",
            {
                ("Richard Marles", "defence minister"),
                ("Prabowo", "defence minister"),
                ("Retno Marsudi", "foreign minister"),
            },
            id="a-one-word-name-after-a-title-and-a-comma-is-no-portfolio",
        ),
    ],
)
def test_readings_a_review_kept(text: str, expected: set[tuple[str, str]]) -> None:
    """Look-alikes of this change's rules, which they must leave alone."""
    found = meetings_of(text, published="2024-04-20")
    assert [{(p.name, p.role) for p in m.participants} for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sterling Mitchell, the US envoy to Liberia, met President Joseph Boakai.", "Sterling Mitchell"),
        ("Japanese Ambassador ISHIKANE Kimihiro met South Korean Ambassador OH Joon in New York.", "Oh Joon"),
        ("US Ambassador Philip Goldberg met North Korean envoy AN Myong-hun in New York.", "An Myong-hun"),
    ],
)
def test_names_a_review_kept(text: str, name: str) -> None:
    """A given name ending in -ing opening a sentence is a name; two capitals with one name after are a
    Korean family name, not initials."""
    assert name in {p.name for p in cast_of(text).people}


def test_a_word_of_a_portfolio_listed_with_a_comma_before_and_is_no_name() -> None:
    """ "the Commissioner for Political Affairs, Peace, and Security of ECOWAS, Dr X": "Peace" is listed."""
    text = (
        "A team led by the Commissioner for Political Affairs, Peace, and Security of ECOWAS, Dr Abdel-Fatau "
        "Musah, paid a courtesy call on Foreign Minister Shirley Ayorkor Botchwey in Accra on Thursday."
    )
    assert "Peace" not in {p.name for p in cast_of(text).people}


def test_a_subject_described_bare_goes_on_from_the_last_subject() -> None:
    """ "Jaishankar later talked to Brazil Foreign Minister Ernesto Araujo. The minister also spoke to US
    Secretary of State Mike Pompeo": the minister is Jaishankar, the subject before, not Araujo."""
    found = meetings_of(
        "External Affairs Minister S Jaishankar held calls on Thursday. Jaishankar later talked to Brazil "
        "Foreign Minister Ernesto Araujo. The minister also spoke to US Secretary of State Mike Pompeo.",
        published="2020-04-23",
    )
    assert {frozenset(p.name for p in m.participants) for m in found} == {
        frozenset({"S Jaishankar", "Ernesto Araujo"}),
        frozenset({"S Jaishankar", "Mike Pompeo"}),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Foreign Minister Andrii Sybiha and Defense Minister Rustem Umerov have begun a meeting in "
            "London with British Foreign Secretary David Lammy.",
            [{"Andrii Sybiha", "Rustem Umerov", "David Lammy"}],
            id="a-meeting-begun-is-held",
        ),
        pytest.param(
            "Putin began the meeting with a minute of silence for the late Iranian President Ebrahim Raisi.",
            [],
            id="a-meeting-begun-with-a-tribute-to-someone-is-not-with-them",
        ),
        pytest.param(
            "Prime Minister Anwar Ibrahim received Indian Defence Minister Rajnath Singh today. Earlier, "
            "Rajnath, who started his working visit to Malaysia yesterday, held a bilateral meeting with his "
            "counterpart Mohamad Hasan.",
            [{"Anwar Ibrahim", "Rajnath Singh"}, {"Rajnath Singh", "Mohamad Hasan"}],
            id="a-visit-started-is-no-meeting",
        ),
    ],
)
def test_a_meeting_begun_with_someone(text: str, expected: list[set[str]]) -> None:
    """ "have begun a meeting with X" holds one, as "held a meeting with X" does; a visit begun meets no
    one."""
    found = meetings_of(text, published="2025-04-23")
    assert [{p.name for p in m.participants} for m in found] == expected


def test_counterparts_listed_with_their_titles_in_brackets_are_of_the_country_said() -> None:
    """ "their British counterparts, A (Foreign Secretary) and B (Defense Secretary)": both British, though
    "Defense Secretary" alone is Washington's title; one named after the bracketed list is not of it."""
    found = only(
        "Ukrainian Foreign Minister Andrii Sybiha met in London with their British counterparts, David Lammy "
        "(Foreign Secretary) and John Healey (Defense Secretary).",
        published="2025-04-23",
    )
    assert ("John Healey", "GB", "defence minister") in who(found)
    found = only(
        "Australian Foreign Minister Penny Wong and Defence Minister Richard Marles met their British "
        "counterparts, Lammy (Foreign) and Healey (Defence), and Hegseth in Canberra on Monday.",
        published="2024-09-10",
    )
    assert "GB" not in {country for name, country, _ in who(found) if name == "Hegseth"}


@pytest.mark.parametrize(
    "text",
    [
        "The Italian ministers met their German counterparts, Annalena Baerbock (Foreign Minister) and Boris "
        "Pistorius (Defence Minister), in Rome on Monday.",
        "Indian officials met their US counterparts, Antony Blinken and Lloyd Austin, in New Delhi on "
        "Friday.",
    ],
)
def test_a_subject_of_a_country_with_no_name_is_a_side(text: str) -> None:
    """ "The Italian ministers met their German counterparts, A and B": Italy is a side, so the meeting is no
    meeting of one country's people among themselves."""
    found = only(text, published="2024-10-22")
    assert len(set(found.countries)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "American business leaders met Chinese Premier Li Qiang in Beijing on Wednesday.",
        "Venezuelan opposition leaders met US Secretary of State Antony Blinken in Washington on Wednesday.",
    ],
)
def test_a_group_of_no_state_is_no_side(text: str) -> None:
    """Business leaders, opposition leaders: a country's people but no side of its state."""
    assert meetings_of(text, published="2024-10-07") == ()


def test_a_pages_name_card_glued_into_a_sentence_goes() -> None:
    """The full name, headlines and "MORE" of a page's card of a name, glued to the name in the text."""
    text = (
        "Foreign Secretary Marcelo Ebrard told reporters after meeting with Vice President Mike PenceMichael "
        "(Mike) Richard PenceShort defends Trump's tweets as a 'very effective way' to talk   MORE and "
        "Secretary of State Mike PompeoMichael (Mike) Richard PompeoPompeo promotes economic ties   MORE."
    )
    assert normalize.normalize(text).text == (
        "Foreign Secretary Marcelo Ebrard told reporters after meeting with Vice President Mike Pence and "
        "Secretary of State Mike Pompeo."
    )


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param(
            "Foreign Minister receives telephone call of the Foreign Minister of Iran\n\nForeign Minister, "
            "Jalil Abbas Jilani, received a telephone call from the Foreign Minister of Iran, Hossein Amir "
            "Abdollahian, today.",
            "Hossein Amir Abdollahian",
            "IR",
            id="a-description-of-a-country-names-its-own-of-several",
        ),
        pytest.param(
            "The Chinese foreign minister said on Tuesday he hoped for stable ties. Secretary of State "
            "Antony Blinken met Wang Yi in Bali on Monday.",
            "Antony Blinken",
            "US",
            id="a-title-that-names-its-country-is-not-the-description-of-another",
        ),
    ],
)
def test_a_described_country_goes_to_the_one_named_next(text: str, name: str, country: str | None) -> None:
    """A description with a country, told before the names, is of the one named next in its office and of
    its country, of several the one of its country; not of one whose own title names another."""
    assert person(text, name).country == country


@pytest.mark.parametrize(
    "text",
    [
        "Jordan's King Abdullah II on Sunday affirmed his country's support for stability in Iraq during a "
        "meeting with visiting premier Nuri al-Maliki, a palace statement said.",
        "Jordan's King Abdullah II on Sunday affirmed his country's \"total support\" for stability in Iraq "
        "and the unity of its people during a meeting with visiting premier Nuri al-Maliki, a palace "
        "statement said.",
    ],
)
def test_a_meeting_with_a_visiting_guest(text: str) -> None:
    """ "during a meeting with visiting premier X": the guest the parser made the object of "visiting" (or
    the subject of "said"), the time it hung on the verb's object."""
    found = only(text, published="2010-10-18")
    assert {p.name for p in found.participants} == {"Abdullah II", "Nuri al-Maliki"}


def test_an_outlets_credit_before_the_lead_goes() -> None:
    """ "Ammon News - AMONNEWS - His Majesty King Abdullah II and ...": the outlet and its name in
    capitals; not "Reuters - WASHINGTON - ", whose city is the dateline."""
    found = only(
        "Ammon News - AMONNEWS - His Majesty King Abdullah II and Iraqi Prime Minister Nuri Al Maliki held "
        "talks on Monday on ways of cementing Jordanian-Iraqi ties.",
        published="2012-12-26",
    )
    assert {p.name for p in found.participants} == {"Abdullah II", "Nuri Al Maliki"}
    found = only(
        "Reuters - WASHINGTON - President Joe Biden met Kenyan President William Ruto at the White House on "
        "Thursday.",
        published="2023-03-30",
    )
    assert ("Joe Biden", "US", "head of state") in who(found)


def test_counterparts_from_countries_each_before_its_name() -> None:
    """ "his counterparts from the UAE, A; Bahrain, B; Libya C; and Somalia D": each of the country before
    the name, in the office of the one whose counterparts they are."""
    found = only(
        "Foreign Minister Nasser Bourita also met with his counterparts from the UAE, Khalifa Shaheen "
        "Almarar; Bahrain, Abdullatif Bin Rashid Al Zayani; Libya Najla Mangoush; and Somalia Absher Omar "
        "Jama.",
        published="2022-09-07",
    )
    assert {
        ("Abdullatif Bin Rashid Al Zayani", "BH", "foreign minister"),
        ("Khalifa Shaheen Almarar", "AE", "foreign minister"),
    } <= who(found)


def test_a_departments_bare_title_is_its_head_unless_the_story_has_one() -> None:
    """In a department's release its bare "Secretary" or "Minister" is its head (Mexico's foreign ministry's
    "Secretary Barcena"); not where the story names its head already: Japan's foreign ministry's release of
    its minister's words makes "Secretary Blinken" no Japanese foreign minister."""
    text = "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs: I held a telephone meeting with Secretary "
    assert person(text + "Blinken.", "Blinken", source="Ministry of Foreign Affairs of Japan").country != "JP"
    barcena = person(
        "Secretary Barcena met with U.S. Homeland Security Secretary Alejandro Mayorkas in Mexico City.",
        "Barcena",
        source="Ministry of Foreign Affairs of Mexico",
    )
    assert (barcena.country, barcena.role) == ("MX", "foreign minister")


def test_a_sentence_run_into_a_name_the_text_writes_alone_is_cut() -> None:
    """ "the health and food securityJaishankar also spoke to ...": a line before the name; a word run into
    one the text never writes alone ("LinkedIn") is left, and so is a word a name goes on from ("met
    withJapanese", "Mohammed binSalman")."""
    text = "Jaishankar spoke to Lavrov. They discussed securityJaishankar also spoke to Alawi on LinkedIn."
    assert normalize.normalize(text).text == (
        "Jaishankar spoke to Lavrov. They discussed security\nJaishankar also spoke to Alawi on LinkedIn."
    )
    for text in (
        "Crown Prince Mohammed binSalman met Chinese Foreign Minister Wang Yi. King Salman was not present.",
        "Biden met withJapanese Prime Minister Fumio Kishida on Wednesday. Japanese officials welcomed it.",
    ):
        assert normalize.normalize(text).text == text


def test_a_minister_named_after_a_portfolio_of_two_and_a_comma_is_met() -> None:
    """ "meet with his counterpart Minister of International Relations and Cooperation, Mrs X": the name
    the parser hung on the main verb is the title's, and meets whom it meets."""
    found = only(
        "Foreign Affairs Minister Geoffrey Onyeama is expected to meet with his counterpart Minister of "
        "International Relations and Cooperation, Mrs Netumbo Nandi-Ndaitwah, on Monday.",
        published="2019-10-06",
    )
    assert {p.name for p in found.participants} == {"Geoffrey Onyeama", "Netumbo Nandi-Ndaitwah"}


def test_the_minister_after_according_to_is_not_the_one_telling() -> None:
    """ "According to Sanda, the Minister is expected to meet ...": the title is the clause's subject, no
    apposition of Sanda's."""
    found = only(
        "Nigeria's Foreign Affairs Minister, Geoffrey Onyeama, is on a visit to Namibia. According to Sanda, "
        "the Minister is expected to meet Namibian President Hage Geingob on Monday.",
        published="2019-10-06",
    )
    assert {p.name for p in found.participants} == {"Geoffrey Onyeama", "Hage Geingob"}


def test_a_photos_caption_naming_more_of_a_meeting_is_that_meeting() -> None:
    """ "X (left) speaks with Y (second from right), accompanied by Z (second from left) and W (right), in a
    meeting at ...": the caption of the meeting just told, with more of its people, not a second one."""
    found = meetings_of(
        "President Joko Widodo on Monday held a bilateral meeting with US Foreign Minister Antony Blinken at "
        "Merdeka Palace, Jakarta. Indonesian President Joko Widodo (left) speaks with US Foreign Minister "
        "Antony Blinken (second from right), accompanied by US Ambassador to Indonesia Sung Kim (second from "
        "left) and Indonesian Foreign Minister Retno Marsudi (right), in a meeting at the Merdeka Palace, "
        "Jakarta on Monday.",
        published="2021-12-13",
    )
    assert [{p.name for p in m.participants} for m in found] == [
        {"Joko Widodo", "Antony Blinken", "Sung Kim", "Retno Marsudi"}
    ]


@pytest.mark.parametrize(
    ("text", "published", "day", "kind"),
    [
        (
            "Foreign Minister Ana Lopes will travel to Seoul this weekend for talks with her South Korean "
            "counterpart Kim Min-jun. The talks, set for Saturday, will be the first between them this year.",
            "2025-03-20",
            "2025-03-22",
            "planned",
        ),
        (
            "Indian Prime Minister Narendra Modi will meet Japanese Prime Minister Shigeru Ishiba in Tokyo "
            "this week. The meeting, planned for Friday, will focus on trade.",
            "2024-11-04",
            "2024-11-08",
            "planned",
        ),
        (
            "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Iwaya Takeshi in Tokyo on Tuesday. "
            "The meeting, set for Monday but delayed by a day, focused on trade.",
            "2025-03-20",
            "2025-03-18",
            "in-person",
        ),
        (
            "Foreign Minister Cho Tae-yul will meet Japanese Foreign Minister Iwaya Takeshi in Tokyo. The "
            "meeting, first scheduled for May, will now take place on June 17.",
            "2025-03-20",
            "2025-06-17",
            "planned",
        ),
    ],
    ids=["set-for-saturday", "planned-for-friday-ahead", "set-for-and-delayed", "first-scheduled-for"],
)
def test_a_meetings_day_in_the_clause_setting_it(text: str, published: str, day: str, kind: str) -> None:
    """ "The talks, set for Saturday, ...": the day a clause on the meeting noun sets is the meeting's,
    though written after "for" (not "discussed the elections set for March 12"), and "planned for Friday"
    is the Friday to come; not a day set and since moved ("set for Monday but delayed by a day", "first
    scheduled for May, will now take place on June 17")."""
    found = only(text, source="Southern Wire", published=published)
    assert (str(found.date), found.meeting_kind) == (day, kind)


def test_bilaterals_on_the_sidelines_take_the_day_of_the_gathering_told_before() -> None:
    """ "X will hold separate bilateral talks with A and with B on the sidelines": of the coming gathering
    told before, which all three attend; its day is theirs."""
    found = meetings_of(
        "Foreign Minister Park Jin will travel to Tokyo this weekend for a trilateral meeting with his "
        "Japanese and Chinese counterparts, Hayashi Yoshimasa and Qin Gang, the ministry said Monday. The "
        "meeting, scheduled for Sunday, follows months of preparation. Park is also expected to hold "
        "separate bilateral talks with Hayashi and with Qin on the sidelines.",
        published="2023-03-20",
    )
    assert sorted((len(m.participants), str(m.date)) for m in found) == [
        (2, "2023-03-26"),
        (2, "2023-03-26"),
        (3, "2023-03-26"),
    ]
    elsewhere = meetings_of(
        "Foreign Minister Park Jin will travel to Tokyo this weekend for a trilateral meeting with his "
        "Japanese and Chinese counterparts, Hayashi Yoshimasa and Qin Gang, the ministry said Monday. The "
        "meeting, scheduled for Sunday, follows months of preparation. Park then flies to Brussels for a "
        "NATO partners' meeting next week. He is expected to hold bilateral talks with Hayashi on the "
        "sidelines.",
        published="2023-03-20",
    )
    assert "2023-03-26" not in {str(m.date) for m in elsewhere if len(m.participants) == 2}


def test_a_subject_pronoun_goes_on_with_the_subject_before_it() -> None:
    """ "X opened the session after a meeting with Y, in which she said ...; later she held talks with Z":
    she is X, who the sentence is about, not Y, named last."""
    found = meetings_of(
        "Canadian Foreign Minister Melanie Joly hosted the conference in Quebec. Joly opened it on Monday "
        "after a one-on-one meeting with U.S. Secretary of State Marco Rubio, in which she said they "
        "discussed tariffs; later that day she held bilateral talks with Indian External Affairs Minister "
        "Subrahmanyam Jaishankar.",
        published="2025-03-11",
    )
    assert {frozenset(p.name for p in m.participants) for m in found} == {
        frozenset({"Melanie Joly", "Marco Rubio"}),
        frozenset({"Melanie Joly", "Subrahmanyam Jaishankar"}),
    }
    told = meetings_of(  # another's voice may speak of either: the one it is of
        "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman met Egyptian Foreign Minister Badr "
        "Abdelatty, and Egyptian media said he would also meet Emir Sheikh Tamim bin Hamad on Wednesday.",
        published="2025-09-10",
    )
    assert frozenset({"Badr Abdelatty", "Sheikh Tamim bin Hamad"}) in {
        frozenset(p.name for p in m.participants) for m in told
    }


def test_a_gatherings_host_is_of_the_country_it_is_held_in() -> None:
    """ "Defence ministers of NATO ended their meeting in Bavaria's capital ... with host Anna Weber": Weber
    is Germany's, and one of the defence ministers; "co-host" and a show's host are not."""
    host = person(
        "Defence ministers of the alliance ended their meeting in Munich on Friday with host Anna Weber "
        "saying the group had held together.",
        "Anna Weber",
    )
    assert (host.country, host.role) == ("DE", "defence minister")
    for text in (
        "Leaders ended their summit in Munich on Friday with co-host Anna Weber saying it had gone well.",
        "Viewers in Munich watched the summit on Friday with talk show host Anna Weber.",
        "Erdogan will host Anna Weber for talks in Ankara on Friday.",  # the verb: Weber the guest
        "The summit's host, Anna Weber, was in Ankara on Monday for talks ahead of the gathering.",
        "Leaders of the European Union gathered for a summit in Brussels, with host Anna Weber presiding.",
    ):
        assert person(text, "Anna Weber").country is None, text
    leader = person(  # the ministers are not the sentence's subject: the host is no minister of theirs
        "Leaders met in Baku for the climate summit with host Anna Weber, while their foreign ministers held "
        "separate talks.",
        "Anna Weber",
    )
    assert (leader.country, leader.role) == ("AZ", "other")


def test_a_third_countrys_person_does_not_join_a_bilateral() -> None:
    """ "X held bilateral talks with Japan's Y. Britain's Z and the foreign ministers of A, B and C also took
    part in the meeting": the meeting they took part in is not the bilateral, whose two sides are known."""
    found = meetings_of(
        "Canadian Foreign Minister Melanie Joly held bilateral talks with Japanese Foreign Minister Takeshi "
        "Iwaya on Thursday. Britain's David Lammy and the foreign ministers of France, Germany and Italy also "
        "took part in the meeting.",
        published="2025-03-14",
    )
    assert [{p.country for p in m.participants} for m in found] == [{"CA", "JP"}]
    joined = only(  # one more at it, of one country: at the bilateral
        "Canadian Foreign Minister Melanie Joly held bilateral talks with Japanese Foreign Minister Takeshi "
        "Iwaya on Thursday. Polish Foreign Minister Radoslaw Sikorski also took part in the meeting.",
        published="2025-03-14",
    )
    assert {p.country for p in joined.participants} == {"CA", "JP", "PL"}


def test_a_meeting_others_allege_is_not_reported() -> None:
    """ "rejected accusations that he was meeting with the Russian diplomat": others' word, no meeting."""
    assert not meetings_of(
        "Serbian President Aleksandar Vucic on Tuesday rejected accusations that he was meeting with Russian "
        "ambassador Alexander Botsan-Kharchenko to take instructions.",
        published="2023-08-29",
    )
    for text in (  # borne out, or a claim made as a verb: a report
        "Slovak Prime Minister Robert Fico on Tuesday confirmed claims that he had met Hungarian Prime "
        "Minister Viktor Orban in Budapest on Monday.",
        "The White House claimed Tuesday that President Joe Biden met Chinese President Xi Jinping in Lima "
        "on Monday.",
    ):
        assert len(meetings_of(text, published="2024-11-19")) == 1, text


def test_the_four_ministers_are_the_four_just_named() -> None:
    """ "X hosted A, B and C ... Before the talks began, the four ministers called on Prime Minister Y": a
    second meeting, of the four and Y; the parser hangs "called" on "ministers" and leaves it no subject."""
    found = meetings_of(
        "Australian Foreign Minister Marise Payne hosted India's External Affairs Minister Subrahmanyam "
        "Jaishankar, Japan's Yoshimasa Hayashi and U.S. Secretary of State Antony Blinken in Melbourne on "
        "Friday. Before the talks began, the four ministers called on Prime Minister Scott Morrison.",
        published="2022-02-11",
    )
    assert sorted(len(m.participants) for m in found) == [4, 5]
    some = meetings_of(  # no "the": some three, not those told
        "Secretary of State Antony Blinken met Egyptian Foreign Minister Sameh Shoukry and Israeli Minister "
        "Benny Gantz in Cairo on Sunday. On Monday, Blinken held talks with Qatar's Prime Minister Mohammed "
        "bin Abdulrahman Al Thani. Three Arab foreign ministers later met Palestinian Prime Minister "
        "Mohammad Mustafa in Ramallah.",
        published="2024-07-08",
    )
    assert all(
        "Benny Gantz" not in {p.name for p in m.participants}
        for m in some
        if "Mohammad Mustafa" in {p.name for p in m.participants}
    )


def test_an_office_a_group_gives_at_one_meeting_is_held_at_the_others() -> None:
    """ "the foreign ministers of A, B, C and D" make untitled "Japan's Y" a foreign minister at their
    meeting, and so at the day before's "2+2" with Y."""
    found = meetings_of(
        "The foreign ministers of Australia, India, Japan and the United States met in Tokyo on Monday. "
        "Japan's Yoko Kamikawa hosted Australia's Penny Wong, India's External Affairs Minister S. "
        "Jaishankar and U.S. Secretary of State Antony Blinken. The meeting came a day after a security "
        "meeting in which Blinken and Defense Secretary Lloyd Austin sat down with Kamikawa and Defence "
        "Minister Minoru Kihara.",
        published="2024-07-29",
    )
    roles = {p.role for m in found for p in m.participants if p.name == "Yoko Kamikawa"}
    assert roles == {"foreign minister"}


def test_a_title_of_two_offices_is_classed_by_the_higher() -> None:
    """ "Foreign Minister and Director of the Office of the Central Foreign Affairs Commission": a foreign
    minister."""
    assert office.title_class("Foreign Minister and Director") == "foreign minister"
    assert office.title_class("President and Director-General") == "other"  # one office, a body's


def test_a_title_after_and_with_a_name_of_its_own_is_the_next_ones() -> None:
    """ "The President of the Republic, X, and the President of the French Republic, Y, had a telephone
    interview": the second title is Y's, not X's."""
    first = person(
        "The President of the Republic, Abdelmadjid Tebboune, and the President of the French Republic, "
        "Emmanuel Macron, had a telephone conversation on Friday.",
        "Abdelmadjid Tebboune",
    )
    assert first.country != "FR"


def test_an_invitation_to_meet_taken_up_is_the_meeting() -> None:
    """ "X was invited to meet with Y in Washington. The meeting took place on Monday, September 30 at the
    White House": the invitation taken up, a meeting held that day (not last week's, of the Assembly the
    opening phrase follows)."""
    found = only(
        "Following Jamaica's participation in the United Nations General Assembly last week, Prime Minister "
        "Andrew Holness of Jamaica was invited to meet with U.S. Vice President Mike Pence in Washington. "
        "The meeting took place on Monday, September 30, 2019 at the White House.",
        published="2019-10-03",
    )
    assert (str(found.date), found.meeting_kind) == ("2019-09-30", "in-person")


def test_calls_a_person_had_previously_in_their_clause_are_not_the_storys() -> None:
    """ "X, who has previously confirmed that he has had conversations with A and B, on Thursday confirmed
    the call": A's and B's calls are X's past, undated; the day is the confirmation's."""
    found = meetings_of(
        "South African President Cyril Ramaphosa has finally had his phone call with Ukrainian President "
        "Volodymyr Zelensky. Ramaphosa, who has previously confirmed that he has had telephonic "
        "conversations with Russia's President Vladimir Putin and US President Joe Biden, on Thursday "
        "confirmed the phone call.",
        published="2022-04-21",
    )
    assert [{p.name for p in m.participants} for m in found] == [{"Cyril Ramaphosa", "Volodymyr Zelensky"}]


def test_a_leader_home_again_and_the_counterpart_of_the_countrys_leader() -> None:
    """ "X arrived back in Hanoi, wrapping up a State visit to Indonesia at the invitation of President Y.
    During the trip, the Vietnamese leader held talks with his counterpart Y": X is home, not visiting
    Vietnam, and Y, the leader's counterpart, is not the Vietnamese leader."""
    found = meetings_of(
        "Hanoi (VNA) - President Nguyen Xuan Phuc arrived back in Hanoi on December 23, wrapping up a State "
        "visit to Indonesia at the invitation of President Joko Widodo. During the trip, the Vietnamese "
        "leader held talks with his counterpart Joko Widodo.",
        source="VietnamPlus (VNA)",
        published="2022-12-23",
    )
    countries = {p.name: p.country for m in found for p in m.participants}
    assert countries.get("Nguyen Xuan Phuc") == "VN"
    assert countries.get("Joko Widodo") != "VN"


def test_a_capitalised_bin_past_a_names_first_word_is_a_lineage() -> None:
    """ "Yusuf Bin Alawi Bin Abdullah", as Gulf papers write it: "Abdullah" is his forebear, and "His Majesty
    King Abdullah" named before him is someone else."""
    people = cast_of(
        "Safadi travelled to Amman to meet with His Majesty King Abdullah. In a meeting with Omani Foreign "
        "Minister Yusuf Bin Alawi Bin Abdullah, both men reviewed preparations for the summit."
    ).people
    assert {p.name for p in people} >= {"Abdullah", "Yusuf Bin Alawi Bin Abdullah"}


def test_a_pair_the_story_then_calls_ministers_are_of_that_office() -> None:
    """ "Cabinet Secretary X held bilateral talks with her counterpart Y ... The Foreign Ministers also
    launched the Joint Commission": both are foreign ministers, at this meeting and at X's next; not "the
    two foreign secretaries", civil servants in many states."""
    found = meetings_of(
        "Cabinet Secretary Raychelle Omamo of Kenya on Sunday held bilateral talks with her Saudi "
        "counterpart Prince Faisal bin Farhan Al Saud in Riyadh. The Foreign Ministers also launched the "
        "first session of the Joint Commission for Cooperation. Omamo later met Saudi Minister of Commerce "
        "Majid Al-Kassabi.",
        published="2022-03-14",
    )
    assert {(p.name, p.role) for m in found for p in m.participants if p.name == "Raychelle Omamo"} == {
        ("Raychelle Omamo", "foreign minister")
    }
    secretaries = meetings_of(
        "Foreign Secretary Vinay Kwatra of India met his Nepalese counterpart Bharat Raj Paudyal in "
        "Kathmandu on Monday. The two foreign secretaries reviewed the partnership.",
        published="2023-02-14",
    )
    assert "foreign minister" not in {p.role for m in secretaries for p in m.participants}


def test_a_leader_who_returned_home_is_the_home_papers() -> None:
    """ "President X has returned to Manila following his meeting with ... \\n X arrived in Manila on Sunday"
    in a Philippine paper: he came home, no visitor to the Philippines, and is its president."""
    found = meetings_of(
        "President Bongbong Marcos has returned to Manila following his trilateral meeting with United "
        "States President Joe Biden and Japanese Prime Minister Fumio Kishida.\n\n"
        "Marcos arrived in Manila at 3:03 AM on Sunday.",
        source="The Filipino Times",
        published="2024-04-14",
    )
    assert {p.country for m in found for p in m.participants if p.name == "Bongbong Marcos"} == {"PH"}


def test_a_meeting_named_by_its_day_later_in_the_story_has_that_day() -> None:
    """ "... a highly anticipated meeting between X and Y has ended cordially ... speculation that Tuesday's
    meeting could see a repeat": the story's one meeting was on Tuesday, not on the day of publication."""
    found = only(
        "After months of barbs, a highly anticipated meeting between US President Donald Trump and his "
        "Colombian counterpart, Gustavo Petro, has ended cordially. Trump described Petro as terrific. The "
        "acrimony had stoked speculation that Tuesday's meeting could see a repeat of an altercation.",
        published="2026-02-04",
    )
    assert str(found.date) == "2026-02-03"


@pytest.mark.parametrize(
    ("text", "name", "holding"),
    [
        pytest.param(
            "Petro met with representatives of U.S. President Joe Biden's administration in Bogota.",
            "Joe Biden",
            ("US", "head of state", "holder"),
            id="a-title-after-of-ends-the-run",
        ),
        pytest.param(
            "Petro met with U.S. principal deputy national security adviser Jon Finer in Bogota.",
            "Jon Finer",
            ("US", "other", "holder"),
            id="principal-is-a-title-word",
        ),
        pytest.param(
            "Incoming government officials said future foreign minister Marcelo Ebrard of Mexico met Pompeo.",
            "Marcelo Ebrard",
            ("MX", "foreign minister", "designate"),
            id="future-is-not-yet-in-office",
        ),
    ],
)
def test_titles_before_a_name(text: str, name: str, holding: tuple[str, str, str]) -> None:
    found = person(text, name)
    assert (found.country, found.role, found.status) == holding


def test_a_meeting_recalled_is_not_the_storys() -> None:
    """ "X received Y on Wednesday. X noted that he discussed with Ukrainian President Z ... During the
    meeting, the sides discussed ...": Z is not met in this story, and "the sides" are X and Y. Not "said
    that he spoke to", which a readout of a day's calls writes of each."""
    found = meetings_of(
        "President Ilham Aliyev received Borys Lozhkin, head of the Presidential Administration of Ukraine, "
        "on Wednesday. Aliyev noted that he discussed with Ukrainian President Petro Poroshenko the "
        "development of bilateral ties. During the meeting, the sides exchanged views.",
        published="2015-12-02",
    )
    assert [{p.name for p in m.participants} for m in found] == [{"Ilham Aliyev", "Borys Lozhkin"}]
    recalled = meetings_of(
        "Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida on Thursday. Modi recalled "
        "that he discussed trade with President Joe Biden when they met in Washington.",
        published="2024-05-02",
    )
    assert "Joe Biden" not in {p.name for m in recalled for p in m.participants}
    calls = meetings_of(
        "External Affairs Minister S Jaishankar on Saturday spoke with Mali's Foreign Minister Tiebile "
        "Drame. Jaishankar stated that he spoke to Uganda Foreign Minister Sam Kutesa.",
        published="2020-04-25",
    )
    assert {"Tiebile Drame", "Sam Kutesa"} <= {p.name for m in calls for p in m.participants}


def test_separate_meetings_with_a_president_of_a_country_and_a_minister() -> None:
    """ "held separate meetings with Mr X, the President of Cyprus and Dr Y, the Minister of Foreign Affairs":
    the parse hangs Y on "Cyprus", but Y is met too."""
    found = meetings_of(
        "Accra, June 27, GNA - Madam Shirley Ayorkor Botchwey, the Minister of Foreign Affairs of Ghana, has "
        "paid a working visit to Cyprus. Madam Ayorkor Botchwey held separate meetings with Mr Nikos "
        "Christodoulides, the President of Cyprus and Dr Constantinos Kombos, the Minister of Foreign "
        "Affairs.",
        published="2024-06-27",
    )
    assert {p.name for m in found for p in m.participants} >= {"Nikos Christodoulides", "Constantinos Kombos"}


def test_a_name_after_a_long_portfolio_is_met() -> None:
    """ "When meeting with Vanuatu's Minister of Foreign Affairs, International Cooperation and External Trade
    Marc Ati, Wang said": the name after the portfolio's last word ("Trade") is the minister met, though the
    model tags no person and the parse hangs him on "said"."""
    found = only(
        "XIAMEN, May 29 (Xinhua) -- Chinese Foreign Minister Wang Yi on Thursday held meetings with guests. "
        "When meeting with Vanuatu's Minister of Foreign Affairs, International Cooperation and External "
        "Trade Marc Ati, Wang said China values ties.",
        published="2025-05-29",
    )
    assert who(found) == {("Wang Yi", "CN", "foreign minister"), ("Marc Ati", "VU", "foreign minister")}


def test_a_headlines_amir_is_the_title() -> None:
    """ "Amir, British PM hold talks": the Gulf's spelling of Emir, not a man called Amir ("Amir Hatami")."""
    assert normalize.normalize("Amir, British PM hold talks on ties\n\nThe Amir met").text.startswith("Emir,")
    assert normalize.normalize("Amir Hatami met Shoigu.").text.startswith("Amir Hatami")


def test_a_country_talked_of_gives_no_seat() -> None:
    """ "She was met by Foreign Minister X, with speculation mounting over discussions regarding the Cambodian
    border situation", in a Thai paper: X is Thailand's, and no meeting of two countries."""
    found = meetings_of(
        "Thailand's Prime Minister Paetongtarn Shinawatra is set to hold a telephone conversation with "
        "French President Emmanuel Macron this evening, as tensions escalate between Thailand and "
        "neighbouring Cambodia. The call takes place against the backdrop of Cambodian Senate President "
        "Hun Sen's recent threat. Reporters observed Paetongtarn arriving at Government House at 09:15 AM "
        "today. She was met by Foreign Minister Maris Sangiampongsa, with speculation mounting over "
        "discussions regarding the Cambodian border situation.",
        source="The Nation (Thailand)",
        published="2025-06-27",
    )
    assert "KH" not in {p.country for m in found for p in m.participants}


def test_a_name_beside_an_owners_noun_is_the_one_met_not_the_owner() -> None:
    """ "Pompeo also met Kim's right-hand man Kim Yong Chol": the right-hand man is met, not Kim."""
    found = meetings_of(
        "US Secretary of State Mike Pompeo met North Korean leader Kim Jong Un's right-hand man Kim Yong "
        "Chol in New York on Wednesday.",
        published="2018-05-31",
    )
    assert "Kim Jong Un" not in {p.name for m in found for p in m.participants}


def test_one_met_at_another_meeting_the_call_was_before_is_not_on_the_call() -> None:
    """ "X spoke to Y by telephone on Wednesday ahead of the Secretary of State's dinner meeting with Z": Z is
    at the dinner, not on the call."""
    found = only(
        "Russian Foreign Minister Sergei Lavrov spoke to his US counterpart Mike Pompeo by telephone on "
        "Wednesday ahead of the Secretary of State's dinner meeting with Kim Yong Chol.",
        published="2018-05-31",
    )
    assert {p.name for p in found.participants} == {"Sergei Lavrov", "Mike Pompeo"}


def test_the_countrys_minister_is_of_the_country_just_named() -> None:
    """ "visited Russia, where he met with President X and the country's Foreign Minister Y": both Russia's,
    in a Ukrainian paper whose own foreign minister is named bare too."""
    found = meetings_of(
        "UN Secretary General Antonio Guterres arrived in Ukraine today. Tomorrow he will meet with "
        "President Volodymyr Zelenskyy and Foreign Minister Dmytro Kuleba.\n\nGuterres was in Poland and "
        "this morning went to Ukraine.\n\nAs Ukrainian News Agency earlier reported, on Tuesday, April 26, "
        "the UN Secretary General visited Russia, where he met with President Vladimir Putin and the "
        "country's Foreign Minister Sergei Lavrov.",
        source="Ukrainian News Agency",
        published="2022-04-27",
    )
    countries = {p.name: p.country for m in found for p in m.participants}
    assert (countries["Sergei Lavrov"], countries["Vladimir Putin"], countries["Dmytro Kuleba"]) == (
        "RU",
        "RU",
        "UA",
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on "
            "Thursday. "
            "Monday's cabinet meeting approved a budget.",
            id="another-bodys-meeting",
        ),
        pytest.param(
            "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on "
            "Thursday. "
            "Friday's meeting will address trade.",
            id="a-meeting-to-come",
        ),
    ],
)
def test_a_days_meeting_that_is_another_leaves_the_storys_day(text: str) -> None:
    found = meetings_of(text, published="2023-03-17")
    assert [str(m.date) for m in found] == ["2023-03-16"]


def test_what_others_note_of_a_meeting_is_no_recollection() -> None:
    """ "The Kremlin noted that Putin also discussed with X": the Kremlin reports the day's other call."""
    found = meetings_of(
        "Russian President Vladimir Putin held a phone call with Kazakh President Kassym-Jomart Tokayev on "
        "Friday. The Kremlin noted that Putin also discussed with Uzbek President Shavkat Mirziyoyev the "
        "preparations for the summit.",
        published="2023-09-29",
    )
    assert "Shavkat Mirziyoyev" in {p.name for m in found for p in m.participants}


def test_a_file_photos_caption_tells_no_meeting_of_the_story() -> None:
    """ "FILE PHOTO: X speaks during the signing ceremony ... in Santiago, March 8, 2018": a photo from the
    files, whose day is not that of the exchange the story tells."""
    found = meetings_of(
        "FILE PHOTO: Japan's Economy Minister Toshimitsu Motegi speaks during the signing ceremony for the "
        "trade deal, in Santiago, Chile March 8, 2018. REUTERS/File Photo\n\n"
        "WASHINGTON (Reuters) - Japanese Economy Minister Toshimitsu Motegi said on Monday that he had "
        "confirmed with U.S. Trade Representative Robert Lighthizer that talks would proceed.\n\n"
        "Speaking to reporters in Washington, Motegi said he had a frank and good exchange with Lighthizer.",
        source="Reuters",
        published="2019-04-16",
    )
    assert [str(m.date) for m in found] == ["2019-04-15"]


def test_an_ayatollah_is_a_style_not_a_name() -> None:
    """ "met Ayatollah Ali Khamenei": the cleric's rank before the name, not the name's first word."""
    found = person("Iraq's Prime Minister met Ayatollah Ali Khamenei in Tehran.", "Ali Khamenei")
    assert found.name == "Ali Khamenei"


@pytest.mark.parametrize(
    ("text", "source", "name", "country"),
    [
        pytest.param(
            "President Joko Widodo returned to Manila on Tuesday for his second visit in as many years.\n\n"
            "Widodo arrived in Manila on Monday night for a three-day state visit.\n\nHe held talks with "
            "President Ferdinand Marcos Jr. at Malacanang Palace on Wednesday.",
            "The Filipino Times",
            "Joko Widodo",
            None,
            id="a-return-for-a-visit-is-a-guests",
        ),
        pytest.param(
            "President Samia Suluhu Hassan arrived in Nairobi on Monday for a two-day state visit.\n\nSamia "
            "held "
            "talks with President William Ruto at State House on Tuesday, hours after Ruto flew back to "
            "Nairobi "
            "from Washington.",
            "Daily Nation (Kenya)",
            "Samia Suluhu Hassan",
            None,
            id="another-ones-return-makes-no-one-home",
        ),
        pytest.param(
            "Foreign Minister Maris Sangiampongsa flew to Phnom Penh on Sunday.\n\nOn Monday he met Prime "
            "Minister "
            "Hun Manet, who talked about Cambodia's plans for the Funan Techo canal.",
            "The Nation (Thailand)",
            "Hun Manet",
            "KH",
            id="a-countrys-own-plans-talked-of-are-its-seat",
        ),
    ],
)
def test_guards_of_the_home_rules(text: str, source: str, name: str, country: str | None) -> None:
    """Review B's cases: a guest's return is no coming home, nor is someone else's; a country whose own
    affairs an official talks of ("Cambodia's plans") is still his."""
    found = meetings_of(text, source=source, published="2024-05-07")
    assert {p.country for m in found for p in m.participants if p.name == name} <= {country}
    assert found


@pytest.mark.parametrize(
    ("text", "name", "holding"),
    [
        pytest.param(
            "Chinese Foreign Minister Wang Yi held talks on Wednesday with the Minister of Foreign Affairs "
            "of "
            "Pakistan Senator Mohammad Ishaq Dar.",
            "Mohammad Ishaq Dar",
            ("PK", "foreign minister"),
            id="a-style-after-the-country",
        ),
    ],
)
def test_guards_of_the_title_rules(text: str, name: str, holding: tuple[str | None, str]) -> None:
    found = person(text, name)
    assert (found.country, found.role) == holding


def test_the_future_a_president_envisions_is_no_title() -> None:
    """ "the peaceful future President X envisions": the noun "future", no designate before his title."""
    found = meetings_of(
        "Japanese Prime Minister Fumio Kishida said Japan would support the peaceful future President "
        "Ferdinand Marcos Jr. envisions for the region, after the two leaders met in Washington on Thursday.",
        published="2024-04-15",
    )
    assert {p.role for m in found for p in m.participants if p.name == "Ferdinand Marcos Jr."} == {"head of state"}


def test_a_body_line_opening_amir_is_the_man() -> None:
    """ "Amir, a former Pakistan fast bowler, met ...": a man called Amir, not the Emir (a headline's title)."""
    text = normalize.normalize("Amir, a former Pakistan fast bowler, met Prime Minister Shehbaz Sharif.").text
    assert text.startswith("Amir,")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param(
            "During his visit to Slovakia on Monday, Chinese Premier Li Qiang met President Peter Pellegrini, "
            "Prime Minister Robert Fico and the country's Foreign Minister Juraj Blanar.",
            "Juraj Blanar",
            "SK",
            id="the-place-visited-not-the-visitors-demonym",
        ),
        pytest.param(
            "U.S. Secretary of State Antony Blinken, who arrived in Cairo from Israel on Tuesday, met the "
            "country's Foreign Minister Sameh Shoukry.",
            "Sameh Shoukry",
            "EG",
            id="where-one-arrived-not-whence",
        ),
    ],
)
def test_the_countrys_is_the_place_gone_to(text: str, name: str, country: str) -> None:
    """Review C's cases: "the country's" is the country visited or arrived in, not a demonym or a "from"."""
    found = meetings_of(text, published="2024-03-07")
    assert {p.country for m in found for p in m.participants if p.name == name} == {country}


def test_guards_of_the_meeting_rules() -> None:
    """Review C's cases: one's own next meeting ("ahead of his meeting with Y") is a meeting; "X's guest, Y"
    met X; "a call for solidarity" received is a call."""
    own_next = meetings_of(
        "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow on Monday ahead "
        "of his meeting with President Vladimir Putin on Tuesday.",
        published="2024-03-07",
    )
    assert {"Wang Yi", "Vladimir Putin"} <= {p.name for m in own_next for p in m.participants}
    guest = meetings_of(
        "Japanese Prime Minister Fumio Kishida's guest, Indian Prime Minister Narendra Modi, held talks at the "
        "prime minister's office in Tokyo on Monday.",
        published="2024-05-14",
    )
    assert {"Fumio Kishida", "Narendra Modi"} in [{p.name for p in m.participants} for m in guest]
    call = only(
        "Ugandan President Yoweri Museveni received a call for solidarity from Kenyan President William Ruto "
        "on Wednesday.",
        published="2024-03-07",
    )
    assert call.meeting_kind == "call"
    assert office.title_class("Principal Secretary of State for Foreign Affairs") == "foreign minister"


def test_the_countrys_is_the_first_place_gone_to() -> None:
    """ "On his visit to Beijing, which came after a stop in Japan, X met Premier Y and the nation's President
    Z": China's, the visit's, not the stop's."""
    found = meetings_of(
        "On his visit to Beijing, which came after a stop in Japan, Australian Prime Minister Anthony Albanese "
        "met Premier Li Qiang and the nation's President Xi Jinping.",
        published="2024-03-07",
    )
    assert {p.country for m in found for p in m.participants if p.name in {"Li Qiang", "Xi Jinping"}} == {"CN"}


def test_the_two_ministers_after_a_summit_of_leaders_leave_the_leaders_offices() -> None:
    """ "... a landmark summit between Donald Trump and Kim, with Pompeo also meeting Kim Yong Chol ... Tass
    said the two foreign ministers had begun talks": the ministers are Lavrov and Ri, so neither Trump, named
    bare beside a head of state, nor Kim Yong Chol, beside a foreign minister, is one."""
    found = meetings_of(
        "North Korean leader Kim Jong Un received Russian Foreign Minister Sergei Lavrov on Thursday. Lavrov's "
        "visit comes amid a flurry of diplomatic activity to organise a landmark summit between Donald Trump "
        "and Kim, with US Secretary of State Mike Pompeo also meeting Kim's right-hand man Kim Yong Chol in "
        "New York late Wednesday. Sergei Lavrov, foreign minister of the Russian Federation, arrived here on "
        "Thursday at the invitation of Ri Yong Ho, foreign minister of North Korea, KCNA said. Tass said the "
        "two foreign ministers had begun talks.",
        published="2018-05-31",
    )
    roles = {p.name: p.role for m in found for p in m.participants}
    assert (roles["Donald Trump"], roles["Kim Yong Chol"]) == ("other", "other")


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("Inspector General of the Royal Moroccan Armed Forces", "MA"),
        ("Commander of the Royal Thai Army", "TH"),
        ("Chief of Staff of the Royal Saudi Air Force", "SA"),
        ("Commander of the Nigerian Army", "NG"),
    ],
)
def test_a_kingdoms_forces_give_their_officers_country(title: str, country: str) -> None:
    """ "of the Royal Moroccan Armed Forces": "Royal" opens a state's forces as "the" does."""
    found = meetings_of(
        f"US Defense Secretary Lloyd Austin met Lieutenant General Ali Hassan, {title}, at the Pentagon on "
        "Monday.",
        published="2022-11-09",
    )
    assert {p.country for m in found for p in m.participants if p.name == "Ali Hassan"} == {country}


def test_a_zone_and_a_roadmap_are_no_one() -> None:
    """ "Inspector General of the Royal Moroccan Armed Forces and Southern Zone Commander, co-chaired the
    committee": a zone commanded is no person co-chairing, and "the U.S.-Morocco Roadmap" no one at all."""
    found = meetings_of(
        "Under Secretary of Defense for Policy Dr. Colin Kahl and Lieutenant General Ali Hassan, Inspector "
        "General of the Royal Moroccan Armed Forces and Southern Zone Commander, co-chaired the 12th "
        "U.S.-Morocco Defense Consultative Committee on November 7, 2022 at the Pentagon. Both sides reviewed "
        "the 2020-2030 U.S.-Morocco Roadmap for Defense Cooperation.",
        published="2022-11-09",
        source="U.S. Department of Defense",
    )
    assert [{p.name: p.country for p in m.participants} for m in found] == [
        {"Colin Kahl": None, "Ali Hassan": "MA"}
    ]


@pytest.mark.parametrize(
    ("title", "anaphor"),
    [
        ("Deputy Crown Prince and Minister of Defense", "the deputy crown prince's meeting with"),
        ("Crown Prince and Prime Minister", "the crown prince's meeting with"),
        ("Crown Prince", "the crown prince's meeting with"),
    ],
)
def test_the_crown_prince_is_the_one_so_titled(title: str, anaphor: str) -> None:
    """ "met with Deputy Crown Prince and Minister of Defense X ... The meeting follows the deputy crown
    prince's meeting with President Trump": a prince's title, even the first of two, names him again."""
    found = meetings_of(
        f"Secretary of Defense Jim Mattis met with {title} of Saudi Arabia Mohammed bin Salman at the "
        f"Pentagon today. The meeting follows {anaphor} President Donald Trump at the White House on Tuesday.",
        published="2017-03-16",
    )
    assert {p.name for m in found for p in m.participants if str(m.date) == "2017-03-14"} == {
        "Mohammed bin Salman",
        "Donald Trump",
    }


def test_a_long_titles_last_words_name_its_country() -> None:
    """ "Director General of Regional Agencies and Mechanisms of Mexico": the country closes the title."""
    found = only(
        "Cuba's Vice-Minister of Foreign Affairs Anayansi Rodriguez met on Wednesday with Efrain Guadarrama, "
        "Director General of Regional Agencies and Mechanisms of Mexico.",
        published="2020-01-08",
    )
    assert ("Efrain Guadarrama", "MX", "other") in who(found)
    assert "Regional Agencies" not in {p.name for p in found.participants}


def test_a_party_in_brackets_is_no_one() -> None:
    """ "Foreign minister Pekka Haavisto (Vihr) has talked on the phone with ...": his party, not a person."""
    found = only(
        "Foreign minister Pekka Haavisto (Vihr) has talked on the phone with the Swedish Foreign Minister "
        "Tobias Billström.",
        published="2023-03-18",
    )
    assert {p.name for p in found.participants} == {"Pekka Haavisto", "Tobias Billström"}


def test_a_page_date_after_the_publication_makes_no_held_meeting_planned() -> None:
    """ "Sunday, March 19, 2023" atop a story published on the 18th, which "has talked on the phone": the
    call was held, by the 18th."""
    found = only(
        "Sunday, March 19, 2023\n\nFinnish Foreign Minister Pekka Haavisto has talked on the phone with the "
        "Swedish Foreign Minister Tobias Billström.",
        published="2023-03-18",
    )
    assert (str(found.date), found.meeting_kind) == ("2023-03-18", "call")


def test_a_guests_own_visit_to_the_home_makes_him_no_home_official() -> None:
    """ "discussed agenda items for President Lopez Obrador's planned visit to the White House in July", in
    a U.S. readout: the visitor is no U.S. president, and July is the visit's month, not the call's."""
    text = (
        "Secretary of State Antony J. Blinken spoke yesterday with Mexican Foreign Secretary Marcelo Ebrard. "
        "Secretary Blinken and Foreign Secretary Ebrard spoke about building on the momentum of the Summit "
        "and discussed notional agenda items for President Lopez Obrador's planned visit to the White House "
        "in July."
    )
    item = article.from_bytes(
        text.encode(), source_name="t.txt", published="2022-06-17", source="U.S. Department of State"
    )
    events, _ = extract(item)
    assert [str(e.date) for e in events if isinstance(e, MeetingReported)] == ["2022-06-16"]
    assert {e.country for e in events if isinstance(e, OfficeObserved) and e.name == "Lopez Obrador"} == {None}


@pytest.mark.parametrize("verb", ["also gathered", "also brought together", "also assembled"])
def test_a_meeting_that_gathered_people_had_them_at_it(verb: str) -> None:
    """ "X participated in the ministerial meeting held Nov. 17. The virtual meeting also gathered ... the EU
    High Representative Josep Borrell": he was at the meeting told."""
    found = only(
        "Kazakh Minister of Foreign Affairs Mukhtar Tileuberdi participated in the 16th EU-Central Asia "
        f"ministerial meeting held Nov. 17. The virtual meeting {verb} the EU High Representative for Foreign "
        "Affairs and Security Policy Josep Borrell.",
        published="2020-11-18",
    )
    assert {p.name for p in found.participants} == {"Mukhtar Tileuberdi", "Josep Borrell"}


@pytest.mark.parametrize(
    "told",
    [
        "Finnish President Sauli Niinisto travels to Ankara to meet Turkish President Recep Tayyip Erdogan.",
        "Finnish Foreign Minister Pekka Haavisto is meeting Swedish Foreign Minister Tobias Billström.",
    ],
)
def test_a_page_date_after_the_publication_still_dates_a_meeting_told_in_the_present(told: str) -> None:
    """Review A's cases: only a meeting told in a past tense ("has talked") is taken back to the publication's
    day; "travels to Ankara to meet" under "Sunday, March 19, 2023" is one of the 19th, still to come."""
    found = only(f"Sunday, March 19, 2023\n\n{told}", published="2023-03-18")
    assert (str(found.date), found.meeting_kind) == ("2023-03-19", "planned")


@pytest.mark.parametrize(
    ("text", "source", "name", "country"),
    [
        (
            "Secretary Blinken met with Mexican Foreign Secretary Alicia Barcena on Monday before President "
            "Biden's return trip to Washington.",
            "U.S. Department of State",
            "Biden",
            "US",
        ),
        (
            "Foreign Minister Hayashi met with Ukrainian Foreign Minister Kuleba on Monday. Prime Minister "
            "Kishida's visit to Japan's disaster areas was also mentioned, and Kishida met Kuleba on Tuesday.",
            "Ministry of Foreign Affairs of Japan",
            "Kishida",
            "JP",
        ),
    ],
)
def test_a_return_home_or_a_journey_at_home_is_no_guests_visit(
    text: str, source: str, name: str, country: str
) -> None:
    """Review A's cases: "President Biden's return trip to Washington", "Kishida's visit to Japan's disaster
    areas" leave each his own country's official."""
    found = meetings_of(text, source=source, published="2023-05-02")
    assert {p.country for m in found for p in m.participants if p.name == name} == {country}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Chinese Foreign Minister Qin Gang held talks with Brazilian Foreign Minister Mauro Vieira on "
            "Wednesday, reviewing the schedule for President Lula's state visit to China in June.",
            "Xinhua",
        ),
        (
            "Foreign Minister Sergei Lavrov held talks with Chinese Ambassador Zhang Hanhui on Monday, focusing "
            "on President Xi Jinping's forthcoming visit to Russia.",
            "TASS",
        ),
    ],
)
def test_a_visit_a_talk_is_about_is_no_meeting_of_the_talks_day(text: str, source: str) -> None:
    """Review A's cases: the guest of a visit talked of, no longer the home's official, is met by no one."""
    found = meetings_of(text, source=source, published="2023-05-02")
    assert len(found) == 1


def test_the_prince_is_the_one_named_prince_last() -> None:
    """Review A's case: "Prince Khalid bin Salman, the defense minister, also attended. The prince then met
    Chinese envoy Zhai Jun": Khalid, named Prince last, not the crown prince before him."""
    found = meetings_of(
        "Crown Prince and Prime Minister Mohammed bin Salman received US national security adviser Jake "
        "Sullivan on Monday. Prince Khalid bin Salman, the defense minister, also attended. The prince then "
        "met Chinese envoy Zhai Jun on Tuesday.",
        source="Saudi Press Agency",
        published="2023-05-10",
    )
    assert {p.name for m in found for p in m.participants if str(m.date) == "2023-05-09"} == {
        "Khalid bin Salman",
        "Zhai Jun",
    }


@pytest.mark.parametrize(
    ("named", "chief", "name"),
    [
        ("UN Secretary-General Antonio Guterres", "The UN chief", "Antonio Guterres"),
        ("NATO Secretary General Jens Stoltenberg", "The NATO chief", "Jens Stoltenberg"),
        ("EU High Representative Josep Borrell", "The EU foreign policy chief", "Josep Borrell"),
    ],
)
def test_a_bodys_chief_is_its_head_named_before(named: str, chief: str, name: str) -> None:
    """ "UN Secretary-General Antonio Guterres arrived in Kyiv on Monday. The UN chief met ...": Guterres."""
    found = only(
        f"{named} arrived in Kyiv on Monday. {chief} met Ukrainian President Volodymyr Zelensky on Tuesday.",
        published="2025-06-07",
    )
    assert {p.name for p in found.participants} == {name, "Volodymyr Zelensky"}


def test_a_chief_whose_title_goes_on_is_no_bodys_chief() -> None:
    """ "the Press Secretary to Bangladesh's Chief Advisor", "a call from the chief of staff": no one named
    before is made the chief."""
    found = meetings_of(
        "Indian Foreign Secretary Vikram Misri met Bangladesh Foreign Adviser Touhid Hossain in Dhaka on "
        "Monday. Shafiqul Alam, the Press Secretary to Bangladesh's Chief Advisor, said the meetings went well.",
        published="2024-12-10",
    )
    assert [{p.name for p in m.participants} for m in found] == [{"Vikram Misri", "Touhid Hossain"}]


def test_a_title_closed_by_its_place_and_date_in_brackets_is_the_texts_meeting() -> None:
    """ "Meetings held by A and B with C, Minister of Foreign Affairs (Paris, 6 November 2017)": a title,
    whose meeting the text then tells with all three, one meeting."""
    found = meetings_of(
        "Netherlands – Meetings held by Jean-Yves Le Drian and Nathalie Loiseau with Halbe Zijlstra, Minister of "
        "Foreign Affairs (Paris, 6 November 2017)\n\nJean-Yves Le Drian, Minister for Europe and Foreign "
        "Affairs, and Nathalie Loiseau, Minister for European Affairs, met with Dutch Minister of Foreign "
        "Affairs Halbe Zijlstra, today.",
        published="2017-11-06",
    )
    assert [{p.name for p in m.participants} for m in found] == [
        {"Jean-Yves Le Drian", "Nathalie Loiseau", "Halbe Zijlstra"}
    ]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "European Commission President Ursula von der Leyen arrived in Tokyo on Friday. The EU foreign "
            "policy chief met Japanese Foreign Minister Yoshimasa Hayashi on Saturday in Brussels.",
            "2023-05-22",
        ),
        (
            "UN envoy Hans Grundberg arrived in Riyadh on Monday. The UN chief met Saudi Foreign Minister Prince "
            "Faisal bin Farhan in New York on Tuesday.",
            "2023-03-14",
        ),
        (
            "NATO Secretary General Jens Stoltenberg spoke in Brussels on Monday. The former NATO chief met Dutch "
            "Prime Minister Mark Rutte in The Hague on Tuesday.",
            "2024-06-20",
        ),
        (
            "UN Secretary-General Antonio Guterres arrived in Dubai on Tuesday. The UN chief's envoy met Emirati "
            "Foreign Minister Sheikh Abdullah bin Zayed on Wednesday.",
            "2023-11-28",
        ),
    ],
)
def test_a_bodys_chief_is_only_its_head(text: str, published: str) -> None:
    """Review C's cases: the Commission's President is no foreign policy chief, an envoy no Secretary-General;
    "the former NATO chief" and "the UN chief's envoy" are not the one named."""
    found = meetings_of(text, published=published)
    assert [len(m.participants) for m in found] == [1]


@pytest.mark.parametrize(
    "gathered",
    [
        "The BRICS summit also gathered leaders from across Africa, including Ethiopian Prime Minister Abiy "
        "Ahmed.",
        "The Quad meeting on Friday also gathered Ethiopian Prime Minister Abiy Ahmed.",
    ],
)
def test_a_summit_or_a_named_meeting_that_also_gathered_people_is_another(gathered: str) -> None:
    """Review B's cases: "Ramaphosa met Xi on Tuesday. The BRICS summit also gathered ... Abiy Ahmed": the
    summit is not the two's meeting, and Abiy did not join it."""
    found = meetings_of(
        f"South African President Cyril Ramaphosa met Chinese President Xi Jinping on Tuesday. {gathered}",
        published="2023-08-24",
    )
    assert {"Cyril Ramaphosa", "Xi Jinping"} in [{p.name for p in m.participants} for m in found]


def test_a_meeting_put_off_under_a_later_page_date_stays_one_to_come() -> None:
    """Review B's case: "The meeting between X and Y was postponed" is a past tense of a meeting not held."""
    found = only(
        "Sunday, March 19, 2023\n\nThe meeting between President Sauli Niinisto and President Recep Tayyip "
        "Erdogan was postponed.",
        published="2023-03-18",
    )
    assert (str(found.date), found.meeting_kind) == ("2023-03-19", "planned")


def test_the_prince_of_wales_and_the_nearest_prince() -> None:
    """Review B's cases: "The Prince of Wales later met X" is not the crown prince named before; "Blinken
    also met Prince Faisal bin Farhan. The prince later held talks with Y": Faisal, the prince named last."""
    wales = meetings_of(
        "King Charles met Saudi Crown Prince Mohammed bin Salman in London on Friday. The Prince of Wales later "
        "met Jordanian Crown Prince Hussein bin Abdullah.",
        published="2023-05-07",
    )
    assert {"Mohammed bin Salman", "Hussein bin Abdullah"} not in [{p.name for p in m.participants} for m in wales]
    nearest = meetings_of(
        "Saudi Crown Prince Mohammed bin Salman received U.S. Secretary of State Antony Blinken in Jeddah on "
        "Tuesday. Blinken also met Prince Faisal bin Farhan. The prince later held talks with Chinese envoy Zhai "
        "Jun on Wednesday.",
        published="2023-06-10",
    )
    assert {p.name for m in nearest for p in m.participants if str(m.date) == "2023-06-07"} == {
        "Faisal bin Farhan",
        "Zhai Jun",
    }


def test_a_named_meeting_that_also_brought_together_people_is_another() -> None:
    """Review B's case: "The Ukraine Defense Contact Group meeting also brought together ... Ben Wallace":
    a meeting told by its name is not the bilateral told before."""
    found = meetings_of(
        "U.S. Secretary of Defense Lloyd Austin met Ukrainian Defense Minister Oleksii Reznikov in Brussels on "
        "Thursday. The Ukraine Defense Contact Group meeting also brought together defence chiefs of about 50 "
        "nations, including British Defence Secretary Ben Wallace.",
        published="2023-06-16",
    )
    assert "Ben Wallace" not in {p.name for m in found for p in m.participants}


def test_a_call_under_a_later_page_date_is_held_on_the_publications_day() -> None:
    """Re-read: "called his counterpart" is a past tense of a call held, not one "called off"."""
    found = only(
        "Sunday, March 19, 2023\n\nFinnish Foreign Minister Pekka Haavisto called Swedish Foreign Minister "
        "Tobias Billström.",
        published="2023-03-18",
    )
    assert (str(found.date), found.meeting_kind) == ("2023-03-18", "call")


def test_a_name_after_a_bodys_last_word_cut_from_its_run_is_found() -> None:
    """ "received Secretary General of the Digital Cooperation Organization Deemah Al-Yahya": the run of
    capitals is cut after "Cooperation" (a portfolio's last word), and the name follows "Organization"."""
    found = meetings_of(
        "Kuwait's Foreign Minister Sheikh Ahmad Nasser Al-Sabah received Secretary General of the Digital "
        "Cooperation Organization Deemah Al-Yahya on Saturday.",
        source="KUNA",
        published="2022-09-25",
    )
    assert "Deemah Al-Yahya" in {p.name for m in found for p in m.participants}


@pytest.mark.parametrize("rank", ["fifth", "youngest", "first"])
def test_a_rank_between_the_possessive_and_the_title_keeps_the_country(rank: str) -> None:
    """ "Kenya's fifth president, William Ruto": the rank stands between the country and the title."""
    found = meetings_of(
        f"Uganda's President Yoweri Museveni on Monday hosted Kenya's {rank} president, William Ruto, at "
        "State House Entebbe.",
        source="Daily Monitor",
        published="2023-05-09",
    )
    assert {(p.name, p.country) for m in found for p in m.participants} >= {("William Ruto", "KE")}



@pytest.mark.parametrize("written", ["Sept.24", "Sep.24", "Sept. 24"])
def test_a_months_short_form_run_into_its_day_dates_the_day(written: str) -> None:
    """ "met ... on Sept.24 in Tbilisi": the model reads "Sept.24" as one word; the day is not lost."""
    found = only(
        "Georgian Prime Minister Giorgi Gakharia met Azerbaijani Foreign Minister Jeyhun Bayramov on "
        f"{written} in Tbilisi.",
        published="2020-09-25",
    )
    assert str(found.date) == "2020-09-24"


def test_two_named_who_began_a_conversation_held_a_call() -> None:
    """ "X and Kremlin chief Y began a telephone conversation": the parse hangs X on Y, the subject."""
    found = only(
        "Later, US President Donald Trump and Kremlin chief Vladimir Putin began a telephone conversation.",
        published="2025-05-19",
    )
    assert (found.meeting_kind, {p.name for p in found.participants}) == (
        "call",
        {"Donald Trump", "Vladimir Putin"},
    )


@pytest.mark.parametrize(
    "title",
    [
        "EU foreign policy and security chief",
        "EU foreign affairs and security policy chief",
        "foreign affairs chief",
    ],
)
def test_a_foreign_policy_chief_is_a_foreign_minister(title: str) -> None:
    assert office.title_class(title) == "foreign minister"
    assert office.title_class(title.replace("foreign", "security")) == "other"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Gen Jeje Odongo", "Jeje Odongo"),
        ("Lt Gen Samuel Okiding", "Samuel Okiding"),
        ("Maj Gen Samuel Okiding", "Samuel Okiding"),
        ("Col Assimi Goita", "Assimi Goita"),
        ("Gen Nakatani", "Gen Nakatani"),  # a given name, not a rank
    ],
)
def test_a_rank_without_points_is_no_part_of_the_name(written: str, name: str) -> None:
    found = only(
        f"Kenyan President William Ruto on Monday met Ugandan Defence Minister {written} in Nairobi.",
        published="2024-05-10",
    )
    assert name in {p.name for p in found.participants}


def test_a_gulf_ruling_familys_style_is_no_part_of_the_name() -> None:
    """ "Sheikh Mohamed" of the UAE, "Sayyid Badr bin Hamad" of Oman: a style; Bangladesh's "Sheikh Hasina":
    a name."""
    gulf = only(
        "UAE President Sheikh Mohamed received a phone call on Friday from Qatar's Emir Sheikh Tamim.",
        source="WAM",
        published="2022-12-31",
    )
    oman = only(
        "Oman's Foreign Minister Sayyid Badr bin Hamad al Busaidy held a phone call with Syrian Foreign "
        "Minister Faisal al-Miqdad on Wednesday.",
        published="2020-12-03",
    )
    dhaka = only(
        "Prime Minister Sheikh Hasina met Indian Prime Minister Narendra Modi in New Delhi on Tuesday.",
        source="BSS",
        published="2022-09-07",
    )
    assert {p.name for p in gulf.participants} == {"Mohamed", "Tamim"}
    assert "Badr bin Hamad al Busaidy" in {p.name for p in oman.participants}
    assert "Sheikh Hasina" in {p.name for p in dhaka.participants}


def test_a_summit_where_one_will_not_meet_another_is_no_meeting_of_theirs() -> None:
    """ "she won't meet with her Russian counterpart Y at the G20 summit": not met, at the summit either."""
    assert not meetings_of(
        "Canadian Foreign Minister Melanie Joly said Friday she won't meet with her Russian counterpart "
        "Sergey Lavrov at the G20 summit in Bali.",
        published="2022-11-12",
    )


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("Ambassador of Canada to Mongolia", "CA"),
        ("Ambassador Extraordinary and Plenipotentiary of Canada to Mongolia", "CA"),
        ("Ambassador of the People's Republic of China to Mongolia", "CN"),
        ("U.S. Ambassador to Mongolia", "US"),
    ],
)
def test_an_ambassador_of_one_country_to_another_is_of_the_first(title: str, country: str) -> None:
    found = only(
        f"Foreign Minister B. Battsetseg met with {title} Catherine Ivkoff on Friday.",
        source="Montsame",
        published="2020-05-16",
    )
    assert ("Catherine Ivkoff", country) in {(p.name, p.country) for p in found.participants}


@pytest.mark.parametrize("house", ["the Sejm", "the Knesset", "the Bundestag"])
def test_a_house_of_parliament_named_before_its_chair_is_no_part_of_the_name(house: str) -> None:
    found = only(
        f"Chinese President Xi Jinping met the Chairman of {house} Vyacheslav Volodin in Beijing on Friday.",
        published="2023-09-26",
    )
    assert "Vyacheslav Volodin" in {p.name for p in found.participants}


def test_a_given_name_spelt_as_a_house_of_parliament_stays() -> None:
    """ "with Duma Gideon Boko": Botswana's president's given name, not the Russian house."""
    found = only(
        "UN Secretary-General Antonio Guterres held talks with Duma Gideon Boko, the President of Botswana, in "
        "New York on Monday.",
        published="2025-09-23",
    )
    assert "Duma Gideon Boko" in {p.name for p in found.participants}


def test_an_ambassador_of_a_body_to_a_country_is_the_bodys() -> None:
    people = cast_of(
        "Foreign Minister B. Battsetseg met with Ambassador of the European Union to Mongolia Axel Sparmann "
        "on Friday.",
        "Montsame",
    ).people
    assert ("Axel Sparmann", None, "EU") in {(p.name, p.country, p.organisation) for p in people}


def test_a_country_that_sends_its_official_is_the_officials_not_the_hosts() -> None:
    """ "Peru sent the Prime Minister, X": X is Peru's, and Peru is no journey's end that makes the host
    Peruvian."""
    found = meetings_of(
        "President Luiz Inacio Lula da Silva hosts his counterpart from Colombia, Gustavo Petro, today. "
        "Peru sent the Prime Minister, Alberto Otárola, since President Dina Boluarte cannot travel abroad. "
        "Lula welcomed the President of Venezuela, Nicolás Maduro, on Monday.",
        published="2023-05-31",
    )
    countries = {p.name: p.country for m in found for p in m.participants}
    assert countries["Luiz Inacio Lula da Silva"] != "PE"
    assert person(
        "Peru sent the Prime Minister, Alberto Otárola, to the summit in Brasilia.", "Alberto Otárola"
    ).country == "PE"


def test_a_leader_going_abroad_is_not_hosted_by_the_home_minister_who_meets_him_there() -> None:
    """A Nairobi paper's "President X arrived in Kigali, Rwanda ... was received by Cabinet Secretary Y": X is
    Kenya's, not Rwanda's, and meeting his own minister is no diplomatic meeting."""
    text = (
        "Nairobi — President Uhuru Kenyatta arrived in Kigali, Rwanda, on Thursday evening for the "
        "Commonwealth summit.\n\n"
        "At the airport, President Kenyatta was welcomed by Foreign Affairs Cabinet Secretary Raychelle "
        "Omamo and Kenya's High Commissioner to the United Kingdom Manoah Esipisu.\n\n"
        "CS Omamo had arrived in Kigali before the President for the ministers' talks."
    )
    assert person(text, "Uhuru Kenyatta", "Capital FM").country == "KE"
    assert not meetings_of(text, "Capital FM", "2022-06-24")


def test_the_hosts_of_a_two_country_tour_are_of_the_country_told_last_before_the_meeting() -> None:
    """ "X is set to visit A and B ... will travel to B, where she will meet Y. She will also meet Z": Z is
    B's; one met in A, before the journey to B, is not."""
    text = (
        "Canberra: Australian Minister for Foreign Affairs Penny Wong is set to visit Papua New Guinea and "
        "Timor-Leste this week.\n\n"
        "Minister Wong said the ties with Papua New Guinea matter greatly to Australia.\n\n"
        '"I will meet with Prime Minister James Marape after his re-election, and with other members of '
        'PNG\'s new Cabinet," Minister Wong said.\n\n'
        "On Wednesday, Australia's top diplomat will travel to Timor-Leste, where she will meet President "
        "Jose Ramos-Horta.\n\n"
        "She will also meet with Minister of Finance Rui Augusto Gomes."
    )
    found = meetings_of(text, published="2022-08-29")
    countries = {p.name: p.country for m in found for p in m.participants}
    assert countries.get("Rui Augusto Gomes") == "TL"
    assert countries.get("Jose Ramos-Horta") == "TL"
    events, _ = extract(article.from_bytes(text.encode(), source_name="t.txt", published="2022-08-29"))
    marape = {e.country for e in events if isinstance(e, OfficeObserved) and e.name == "James Marape"}
    assert marape and "TL" not in marape


def test_two_of_one_ruling_family_who_tell_different_names_between_are_two() -> None:
    """ "Sheikh Sabah Al Khalid Al Sabah", Kuwait's foreign minister, is not "Sabah Al Ahmad Al Jaber Al
    Sabah", its emir, though both open on Sabah and close on Al Sabah."""
    text = (
        "Iran's Foreign Minister Mohammad Javad Zarif held talks in Kuwait City on Sunday with his Kuwaiti "
        "counterpart, Sheikh Sabah Al Khalid Al Sabah.\n\n"
        "Zarif was unable to see Kuwaiti Emir Sabah Al Ahmad Al Jaber Al Sabah, who is unwell."
    )
    found = only(text, published="2019-08-18")
    assert ("Sabah Al Khalid Al Sabah", "KW", "foreign minister") in who(found)


def test_a_foreign_minister_under_a_london_dateline_is_not_britains() -> None:
    """Britain's is its Foreign Secretary: a bare "Foreign Minister X" under LONDON is someone else's;
    "British Foreign Minister X", as foreign papers write, is still Britain's."""
    text = (
        "LONDON — Foreign Minister Ararat Mirzoyan held four days of talks near Washington with his "
        "Azerbaijani counterpart Jeyhun Bayramov."
    )
    assert person(text, "Ararat Mirzoyan").country != "GB"
    british = person("British Foreign Minister Boris Johnson met Sergei Lavrov.", "Boris Johnson")
    assert british.country == "GB"


def test_a_coming_meeting_told_twice_is_one() -> None:
    """ "X and Y will meet in Brussels on Sunday ... the meeting will be hosted by Z next Sunday": one."""
    found = meetings_of(
        "LONDON — Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev will meet "
        "in Brussels on Sunday.\n\n"
        "A newspaper said on Monday that the meeting will be hosted by Charles Michel, the head of the "
        "European Council, next Sunday.",
        published="2023-05-08",
    )
    assert len(found) == 1, [sorted(who(m)) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese Vice President Han Zheng met the President of the European Parliament Roberta Metsola in "
        "Brussels on Friday.",
        "Chinese Vice President Han Zheng met Deputy Speaker of National Parliament Roberta Metsola in "
        "Brussels on Friday.",
    ],
)
def test_a_house_named_before_a_name_is_no_part_of_it(text: str) -> None:
    assert "Roberta Metsola" in {p.name for p in only(text).participants}


def test_an_organisations_body_named_short_is_the_organisations() -> None:
    """ "EU Commission President X" is the EU's, as "European Commission President X" is: no head of state."""
    found = only(
        "Chancellor Alexander Schallenberg (ÖVP) and EU Commission President Ursula von der Leyen talked by "
        "phone on Saturday.",
        source="APA",
        published="2025-01-11",
    )
    assert ("Ursula von der Leyen", None, "other") in who(found)
    assert found.meeting_kind == "call"


def test_who_took_a_picture_is_at_no_meeting() -> None:
    """A caption run into its credit: "... met in Berlin in December 2022Image: Kay Nietfeld/dpa"."""
    found = only(
        "NATO Secretary General Jens Stoltenberg and German Chancellor Olaf Scholz met in Berlin on Monday"
        "Image: Anna Berger/dpa",
        published="2023-06-20",
    )
    assert "Anna Berger" not in {p.name for p in found.participants}


def test_a_name_the_model_takes_for_a_body_is_a_person_with_a_heads_title_after_it() -> None:
    """ "met Ignazio Cassis, the head of the Federal Department of Foreign Affairs": a person (the model
    reads the name as an organisation's)."""
    found = only(
        "Russian Foreign Minister Sergei Lavrov met Ignazio Cassis, the head of the Federal Department of "
        "Foreign Affairs, in Geneva on Monday.",
    )
    assert "Ignazio Cassis" in {p.name for p in found.participants}


def test_the_counterpart_told_unnamed_is_the_one_named_bare_next() -> None:
    """ "Wang Yi told his Russian counterpart on Monday. Wang was speaking at a meeting with Sergei Lavrov in
    Kazakhstan's capital Astana": Lavrov is Russia's foreign minister, not Kazakhstan's, where they met."""
    found = only(
        "BEIJING, May 20 (Reuters) - Beijing and Moscow must back each other more closely, Chinese Foreign "
        "Minister Wang Yi told his Russian counterpart on Monday.\n\n"
        "Wang spoke at a meeting with Sergei Lavrov in Kazakhstan's capital Astana, according to a ministry "
        "statement.",
        source="Reuters",
        published="2024-05-20",
    )
    assert ("Sergei Lavrov", "RU", "foreign minister") in who(found)


def test_a_headline_possessive_gives_a_bare_name_its_country() -> None:
    """ "Chinese foreign minister meets Russia's Lavrov": the body's bare "Sergei Lavrov" is Russia's."""
    text = (
        "Wang Yi and Sergei Lavrov discussed the situation in the Middle East in Astana, Kazakhstan, on "
        "Monday."
    )
    people = cast.build(parsed(text), None, title="Chinese foreign minister meets Russia's Lavrov").people
    assert {p.name: p.country for p in people}["Sergei Lavrov"] == "RU"


def test_a_regions_president_is_no_head_of_state() -> None:
    found = person(
        "Kurdistan Region President Nechirvan Barzani on Wednesday met with King Abdullah in Amman.",
        "Nechirvan Barzani",
    )
    assert found.role == "other"


def test_a_country_whose_leader_is_its_president_gives_a_prime_minister_beside_it_nothing() -> None:
    """ "... with the Chinese leader, citing officials accompanying the prime minister": China's leader is
    its president, so the prime minister told beside him is not China's."""
    text = (
        "Prime Minister Sheikh Hasina and Chinese President Xi Jinping held talks in Johannesburg on "
        "Wednesday.\n\n"
        "Dhaka hopes to raise trade and loans with the Chinese leader, said officials travelling with the "
        "prime minister."
    )
    assert person(text, "Sheikh Hasina").country != "CN"


def test_the_end_of_a_citys_name_is_no_person() -> None:
    """ "While in New York City, the president will meet X": "York City" is no president (the model's place
    "the Republic of India Narendra Modi" still ends on a name)."""
    found = only(
        "While in New York City, the president will meet with European Council President Charles Michel on "
        "Wednesday.",
        published="2022-09-19",
    )
    assert "York City" not in {p.name for p in found.participants}
    modi = only(
        "Vladimir Putin spoke by telephone on Wednesday with Prime Minister of the Republic of India "
        "Narendra Modi.",
        published="2024-06-06",
    )
    assert ("Narendra Modi", "IN", "head of government") in who(modi)


def test_a_meeting_it_became_known_someone_would_hold_on_a_day_is_planned() -> None:
    found = only(
        "It later became known that Ukrainian President Volodymyr Zelenskyy would meet US President Joe "
        "Biden in Washington next Thursday, 21 September.",
        published="2023-09-16",
    )
    assert (found.meeting_kind, str(found.date)) == ("planned", "2023-09-21")
    assert not meetings_of("Zelenskyy said he would meet Biden on Thursday if the talks went well.")


def test_a_caption_title_between_two_names_ending_it_is_the_last_ones() -> None:
    """ "Chargé d'affaires John Williams (left), Prime Minister, Sitiveni Rabuka.": the Prime Minister is
    Rabuka, who ends the caption, not Williams."""
    text = (
        "The High Commission's Chargé d'affaires Tom Lane (left), Prime Minister, Sitiveni Rabuka. [Photo: "
        "Fiji Government]"
    )
    assert person(text, "Sitiveni Rabuka").role == "head of government"
    assert person(text, "Tom Lane").role != "head of government"


def test_a_house_speaker_described_by_the_house_is_the_one_of_that_country() -> None:
    """ "The Israeli Knesset Speaker will meet with X" after Israel's speaker Y and Georgia's speaker Z were
    named: Y, the Israeli."""
    found = meetings_of(
        "Amir Ohana, the Speaker of the Israeli Knesset, arrived in Georgia on Sunday for an official "
        "visit.\n\nOhana will hold meetings with Georgian officials on Monday. The Israeli official will be "
        "hosted by Georgian Parliament Speaker Shalva Papuashvili.\n\n"
        "The Israeli Knesset Speaker will meet with Georgian Prime Minister Irakli Garibashvili, and with "
        "Foreign Minister Ilia Darchiashvili.",
        "Agenda.ge",
        "2023-09-03",
    )
    assert {("Amir Ohana", "IL", "other"), ("Irakli Garibashvili", "GE", "head of government")} in [
        who(m) for m in found
    ]


def test_a_meeting_told_under_a_dateline_takes_the_day_its_talks_are_told() -> None:
    """ "Rome, Oct 24, (dpa/GNA) – X has met Y in Rome ... During the informal talks on Sunday evening,
    ...": one meeting, on Sunday; the dateline's day is the report's."""
    found = only(
        "Rome, Oct 24, (dpa/GNA) – Italy's new Prime Minister, Giorgia Meloni, has met French President "
        "Emmanuel Macron in Rome.\n\n"
        "During the informal talks on Sunday evening, the two spoke about energy prices and Ukraine.",
        published="2022-10-24",
    )
    assert str(found.date) == "2022-10-23"


def test_one_hoped_to_visit_the_country_is_no_host_there() -> None:
    """ "... he hoped Prime Minister Christopher Luxon would be able to visit China": Luxon is no Chinese
    official, though the story's visit is to China."""
    text = (
        "Foreign Minister Winston Peters of New Zealand is on a visit to China. Peters met Foreign Minister "
        "Wang Yi in Beijing on Wednesday.\n\n"
        "Peters added that he hoped Prime Minister Christopher Luxon could visit China soon."
    )
    assert person(text, "Christopher Luxon").country != "CN"


def test_a_meeting_told_in_ones_remarks_at_it_is_the_speakers() -> None:
    found = only(
        "Foreign Minister Winston Peters said New Zealand and China would sometimes differ, in his opening "
        "remarks at today's meeting with Chinese Vice President Han Zheng in Beijing.",
        "Otago Daily Times (RNZ)",
        "2025-02-26",
    )
    assert {p.name for p in found.participants} == {"Winston Peters", "Han Zheng"}


@pytest.mark.parametrize("when", ["later tonight", "later today", "tomorrow"])
def test_a_meeting_in_the_present_progressive_later_is_planned(when: str) -> None:
    found = only(
        f"Foreign Minister Winston Peters is also meeting Wang Yi, China's Foreign Minister, {when}.",
        "Otago Daily Times (RNZ)",
        "2025-02-26",
    )
    assert found.meeting_kind == "planned"


def test_a_name_after_a_body_of_a_state_is_found() -> None:
    """ "after a meeting with Deputy Head of the Russian Presidential Administration Dmitry Kozak": the model
    ran the body into the given name ("Administration Dmitry"); the name is found after it."""
    found = only(
        "Moldovan President Maia Sandu said after a meeting with Deputy Head of the Russian Presidential "
        "Administration Dmitry Kozak that she wants closer contacts with Moscow.",
        published="2021-08-12",
    )
    assert "Dmitry Kozak" in {p.name for p in found.participants}


def test_a_home_agencys_subject_is_not_the_other_side_of_the_relations() -> None:
    """A Vietnamese agency's "Deputy Minister X held a phone talk with Y ... the US - Vietnam relations": X,
    the subject, is no American."""
    text = (
        "Hanoi (VNA) – Deputy Minister of Foreign Affairs Le Van Minh held a phone talk with the "
        "Coordinator for Pacific Affairs at the US National Security Council Robert Hale on May 4.\n\n"
        "Minh said that the country values its cooperation with the US.\n\n"
        "He praised Hale's work for the growth of the US – Vietnam relations over many years.\n\n"
        "For his part, Hale said that the US values its relations with Vietnam."
    )
    found = meetings_of(text, "Vietnam News Agency", "2021-05-04")
    assert all(p.country != "US" for m in found for p in m.participants if p.name == "Le Van Minh")


def test_the_prime_ministers_of_countries_listed_each_head_a_government() -> None:
    """ "the Prime Ministers of A X, B Y and C Z": each the head of his country's government (the model leaves
    the proper noun "Ministers" plural)."""
    found = only(
        "President Shavkat Mirziyoyev welcomed the Prime Ministers of Tajikistan Kokhir Rasulzoda, "
        "Kazakhstan Bakytzhan Sagintayev, and Belarus Andrei Kobyakov in Tashkent on Tuesday.",
        published="2017-11-01",
    )
    assert ("Bakytzhan Sagintayev", "KZ", "head of government") in who(found)


def test_the_president_of_the_state_of_palestine_heads_it() -> None:
    """ "President of the sisterly State of Palestine HE X": a head of state (epithet and style gone)."""
    found = only(
        "The Amir of Qatar met on Thursday with President of the sisterly State of Palestine HE Mahmoud "
        "Abbas in Astana.",
        published="2022-10-13",
    )
    assert ("Mahmoud Abbas", "PS", "head of state") in who(found)


def test_one_of_a_ruling_house_is_of_the_houses_country() -> None:
    """A Qatari agency's "Minister of Foreign Affairs Sheikh X Al-Thani" beside the Amir Y Al-Thani of Qatar:
    Qatar's, by the house, where the story places others of it in one country."""
    found = only(
        "Qatar's Amir Sheikh Tamim bin Hamad Al-Thani met Palestinian President Mahmoud Abbas in Astana on "
        "Thursday.\n\n"
        "Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al-Thani and Minister of Transport "
        "Jassim bin Saif Al Sulaiti attended the meeting.",
        published="2022-10-13",
    )
    assert ("Mohammed bin Abdulrahman Al-Thani", "QA", "foreign minister") in who(found)


def test_the_envoys_a_credentials_story_lists_are_at_the_ceremony_each_of_his_country() -> None:
    """ "X received the letters of credence of four new ambassadors ... The envoys included A (Chile), B
    (Peru), ...": each envoy at the ceremony, of the country in brackets."""
    found = meetings_of(
        "President William Ruto received letters of credence from four newly appointed ambassadors at State "
        "House, Nairobi, on Wednesday.\n"
        "The envoys included Farid Ouahid Dahmane (Algeria), Ana Rojas (Chile), Petra Novak (Slovenia), and "
        "Omar Haddad (Jordan).",
        "The Star",
        "2025-09-11",
    )
    envoys = {(p.name, p.country) for m in found for p in m.participants if p.name != "William Ruto"}
    assert envoys == {
        ("Farid Ouahid Dahmane", "DZ"),
        ("Ana Rojas", "CL"),
        ("Petra Novak", "SI"),
        ("Omar Haddad", "JO"),
    }


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Russia sent Evan Gershkovich to Ankara on Thursday in the exchange. Gershkovich met President "
            "Joe Biden at Joint Base Andrews late that night.",
            "2024-08-02",
            {("Evan Gershkovich", None), ("Joe Biden", None)},
            id="a-country-sending-a-prisoner-gives-neither-him-nor-his-host-a-country",
        ),
        pytest.param(
            "ROME - President Volodymyr Zelenskyy, who visited Germany on Friday, was received by Italian "
            "Prime Minister Giorgia Meloni at Palazzo Chigi on Saturday.",
            "2024-05-18",
            {("Volodymyr Zelenskyy", None), ("Giorgia Meloni", "IT")},
            id="a-journey-told-by-the-way-makes-no-home-leader",
        ),
        pytest.param(
            "Arab League Council chairman Nasser Bourita met Arab League Secretary General Ahmed Aboul Gheit "
            "in Cairo on Wednesday.",
            "2024-03-06",
            {("Nasser Bourita", None), ("Ahmed Aboul Gheit", None)},
            id="a-councils-chair-is-no-officer-of-the-organisation",
        ),
        pytest.param(
            "Photo: Narendra Modi meets Vladimir Putin at the Kremlin on Monday. The Indian Prime Minister "
            "held talks with the Russian President on energy.",
            "2024-07-08",
            {("Narendra Modi", "IN"), ("Vladimir Putin", "RU")},
            id="a-caption-opened-by-photo-names-its-people",
        ),
        pytest.param(
            "Ukrainian President Volodymyr Zelenskyy met Prime Minister Mateusz Morawiecki in Kyiv on "
            "Friday, the Polish leader's fourth visit since the invasion.",
            "2023-06-16",
            {("Volodymyr Zelenskyy", "UA"), ("Mateusz Morawiecki", "PL")},
            id="a-prime-minister-called-his-countrys-leader",
        ),
        pytest.param(
            "Kremlin spokesman Dmitry Peskov said Turkish President Recep Tayyip Erdogan, in his speech at "
            "the meeting with Ukrainian President Volodymyr Zelenskyy, had offered to mediate.",
            "2024-03-08",
            {("Recep Tayyip Erdogan", "TR"), ("Volodymyr Zelenskyy", "UA")},
            id="whose-speech-at-the-meeting-is-the-clauses-subject",
        ),
        pytest.param(
            "New Zealand Prime Minister Christopher Luxon is on a visit to China. President Xi Jinping "
            "welcomed Luxon on his first official visit to China on Tuesday.",
            "2024-06-18",
            {("Christopher Luxon", "NZ"), ("Xi Jinping", "CN")},
            id="a-host-welcoming-a-guest-on-his-visit-is-the-visited-countrys",
        ),
    ],
)
def test_rules_of_this_round_leave_ordinary_phrasing_alone(
    text: str, published: str, expected: set[tuple[str, str | None]]
) -> None:
    """Cases a review wrote against this round's rules (a country that sends, a leader going abroad, bodies'
    ends, credits, "the X leader", remarks at a meeting, going to the visited country): each still read as
    before the round."""
    found = only(text, published=published)
    assert {(p.name, p.country) for p in found.participants} == expected


def test_a_counterpart_met_unnamed_gives_no_office_to_another_met_after() -> None:
    found = meetings_of(
        "US Secretary of State Antony Blinken spoke by phone with his Chinese counterpart on Tuesday. "
        "Blinken later met Nancy Pelosi on Capitol Hill.",
        published="2024-02-06",
    )
    roles = {p.role for m in found for p in m.participants if p.name == "Nancy Pelosi"}
    assert "foreign minister" not in roles


def test_a_coming_call_is_not_the_coming_summit_of_the_same_day() -> None:
    found = meetings_of(
        "Japanese Prime Minister Fumio Kishida will meet South Korean President Yoon Suk Yeol in Tokyo on "
        "Thursday. Kishida will hold a phone call with Yoon on Thursday evening after the summit.",
        published="2023-03-14",
    )
    assert len(found) == 2, [sorted(who(m)) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Foreign Minister Penny Wong also held separate talks with her counterparts from Indonesia, "
            "Retno Marsudi, and Malaysia, Saifuddin Abdullah, on Monday.",
            {("Retno Marsudi", "ID", "foreign minister"), ("Saifuddin Abdullah", "MY", "foreign minister")},
            id="each-name-after-its-country",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met his counterparts from Japan and South Korea, Yoko "
            "Kamikawa and Park Jin, in Jakarta on Friday.",
            {("Yoko Kamikawa", "JP", "foreign minister"), ("Park Jin", "KR", "foreign minister")},
            id="a-country-of-two-words-in-the-list",
        ),
    ],
)
def test_counterparts_from_countries_listed_each_take_their_own(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {who_ for m in meetings_of(text, published="2024-07-27") for who_ in who(m)}
    assert expected <= found


def test_articles_parsed_together_read_as_each_alone() -> None:
    """``parse_all`` hands spaCy several articles' lines in one pass: each article's sentences, tokens, tags,
    parse and entities are those it has parsed alone."""
    texts = [
        "Minister Ana Sato met Foreign Minister Ben Okafor in Lagos on Monday.\n\nThey signed two accords.",
        "Tokyo, July 17 (Kyodo)--The talks ended. President Lena Park will visit Seoul next week.",
        "No sentence here ends",
    ]

    def shape(item: parse.Parsed) -> list[tuple[str, list[tuple[str, str, str, int, str]]]]:
        return [
            (s.text, [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in s.doc]) for s in item.sentences
        ]

    together = parse.parse_all(texts)
    assert [shape(item) for item in together] == [shape(parse.parse_all([text])[0]) for text in texts]
    assert [item.original for item in together] == texts


@functools.cache
def _sentence_docs() -> tuple[Doc, ...]:
    """Sentence documents of several shapes: a line's own, copied out of a longer line, with curly quotes,
    a trailing space and a hyphened name."""
    text = (
        "Japanese Foreign Minister Yoko Kamikawa met “her counterpart” Park Jin in Seoul on Monday. "
        "They agreed to meet again.\n\nGonzalez-Olaechea (Peru) said: the talks were  good ."
    )
    return tuple(s.doc for s in parse.parse_all([text])[0].sentences)


_BOUNDS = st.one_of(st.none(), st.integers(min_value=-25, max_value=25))


@given(which=st.integers(min_value=0, max_value=2), start=_BOUNDS, end=_BOUNDS)
def test_a_documents_kept_tokens_and_span_text_read_as_spacys_slices(
    which: int, start: int | None, end: int | None
) -> None:
    """``span_text`` and ``tokens`` stand for ``doc[start:end].text`` and the tokens of ``doc[start:end]``
    in the stages' hot loops: the same text and tokens for every bound, negative and past either end, as
    for a Span's own slices."""
    doc = _sentence_docs()[which]
    assert parse.span_text(doc, start, end) == doc[start:end].text
    assert [t.i for t in parse.tokens(doc)[start:end]] == [t.i for t in doc[start:end]]
    span = doc[1:-1]
    assert parse.span_text(span, start, end) == span[start:end].text
    assert [t.i for t in parse.tokens(span)[start:end]] == [t.i for t in span[start:end]]
    assert parse.tokens(doc) is parse.tokens(doc)  # made once, kept with the document


def test_texts_announced_ahead_are_parsed_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside ``ahead``, the first text asked for parses the whole batch; the others come from it, a text
    told twice is parsed twice, and a text not announced is parsed on its own."""
    passes: list[int] = []
    real = parse.parse_all

    def counting(texts: list[str]) -> list[parse.Parsed]:
        passes.append(len(texts))
        return real(texts)

    monkeypatch.setattr(parse, "parse_all", counting)
    batch = ["A met B.", "C met D.", "A met B."]
    with parse.ahead(batch):
        found = [parse.parse(text) for text in [*batch, "E met F."]]
    assert passes == [3, 1]
    assert [item.sentences[0].text for item in found] == ["A met B.", "C met D.", "A met B.", "E met F."]
    assert found[0] is not found[2]
    parse.parse("C met D.")  # after the block nothing is kept
    assert passes == [3, 1, 1]


def test_a_batch_that_cannot_be_parsed_whole_is_parsed_text_by_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """One text that breaks the batch's pass fails alone: the others are parsed on their own."""
    real = parse.parse_all

    def failing(texts: list[str]) -> list[parse.Parsed]:
        if "poison" in texts:
            raise RuntimeError("a text the parser cannot take")
        return real(texts)

    monkeypatch.setattr(parse, "parse_all", failing)
    with parse.ahead(["A met B.", "poison"]):
        assert parse.parse("A met B.").sentences[0].text == "A met B."
        with pytest.raises(RuntimeError):
            parse.parse("poison")


@pytest.mark.parametrize(
    "text",
    [
        "It is a direct reference to Pakistan Prime Minister Imran Khan's comments.",
        "According to Pakistan Prime Minister Imran Khan, the talks went well.",
    ],
)
def test_a_country_before_a_title_after_a_word_of_address_is_the_titles(text: str) -> None:
    """ "a reference to Pakistan Prime Minister X", "according to ...": whom words are addressed to or
    heard from, not a place ("On the flight to Kenya President X told reporters")."""
    assert person(text, "Imran Khan", source="PTI").country == "PK"


def test_one_who_made_a_state_visit_is_no_host_of_the_visit_told() -> None:
    """ "X's meeting in the US follows the State Visit by President Y in May": Y was a guest there, not
    the host, though "by" hangs on the verb in the parse."""
    text = (
        "Musalia Mudavadi, the Cabinet Secretary for Foreign and Diaspora Affairs, has arrived in Washington "
        "for bilateral talks.\n\n"
        "Mudavadi’s US meeting follows the State Visit by H.E. President William Ruto in May 2024, the "
        "first State Visit by an African leader to the US since 2008."
    )
    people = cast.build(
        parsed(text), "KDRTV", "https://www.kdrtv.co.ke/news/a-visit/", title="Mudavadi's visit to Washington"
    ).people
    assert {p.name: p.country for p in people} == {"Musalia Mudavadi": "KE", "William Ruto": None}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Iran's foreign minister raised the issue with NSA Ajit Doval on Wednesday.", "Ajit Doval",
         "national security adviser"),
        ("Victoria Nuland paid a courtesy call on DFA Secretary Enrique Manalo in Manila.", "Enrique Manalo",
         "foreign minister"),
        ("NSA Director Paul Nakasone spoke at the hearing.", "Paul Nakasone", "other"),
    ],
)  # fmt: skip
def test_abbreviated_offices_before_a_name_are_read_whole(text: str, name: str, role: str) -> None:
    assert person(text, name).role == role


def test_a_title_set_off_before_the_one_who_says_the_statement_is_his() -> None:
    """ "A is committed to ties with B, the country's Minister of ..., Mr X has said": X is A's minister, the
    one who said it; not "As prime minister, Cameron had denounced it", a clause's subject."""
    text = (
        "South Africa is committed to strengthen its relations with Zimbabwe, the country's Minister of "
        "International Relations and Cooperation, Mr Ronald Lamola has said."
    )
    found = person(text, "Ronald Lamola", source="The Herald")
    assert (found.country, found.role) == ("ZA", "foreign minister")
    cameron = person("As prime minister, David Cameron had said so.", "David Cameron")
    assert cameron.role != "head of government"


def test_the_two_sides_a_lead_names_give_the_one_met_of_no_country_the_other() -> None:
    """ "Senior US and Pakistani diplomats discussed ... Foreign Minister X spoke with US Secretary of State
    Y": X is Pakistan's, also at their meeting told later."""
    text = (
        "Senior US and Pakistani diplomats discussed trade and regional security, Pakistan's Foreign "
        "Ministry said on Monday, a day after Islamabad hosted the Iranian president.\n\n"
        "Foreign Minister Ishaq Dar spoke with US Secretary of State Marco Rubio by phone, a ministry "
        "statement in Islamabad said.\n\n"
        "Iranian President Masoud Pezeshkian ended a two-day visit to Islamabad on Sunday. During the visit, "
        "which came after a war between Israel and Iran in June, Pakistan voiced its support for Tehran's "
        "nuclear programme for peaceful ends.\n\n"
        "Dar and Rubio met late last month in Washington."
    )
    found = [
        m
        for m in meetings_of(text, source="TRT World", published="2025-08-04")
        if "Marco Rubio" in {p.name for p in m.participants}
    ]
    assert len(found) == 2  # noqa: PLR2004 - the call and the meeting before it
    assert all(("Ishaq Dar", "PK", "foreign minister") in who(m) for m in found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Congolese President Felix Tshisekedi has once again exchanged with Uhuru Kenyatta, his Kenyan "
         "counterpart, on Monday in Addis Ababa.", {"Felix Tshisekedi", "Uhuru Kenyatta"}),
        ("Iranian Foreign Minister Hossein Amir-Abdollahian raised the issue with National Security Adviser "
         "Ajit Doval on Wednesday.", {"Hossein Amir-Abdollahian", "Ajit Doval"}),
        ("With his Egyptian counterpart, Sameh Shoukry, Indian Foreign Minister S Jaishankar took stock of "
         "progress in ties on Monday in New York.", {"Sameh Shoukry", "S Jaishankar"}),
    ],
)  # fmt: skip
def test_a_conversation_told_without_a_verb_of_meeting_is_a_meeting(text: str, names: set[str]) -> None:
    """ "exchanged with X", "raised the issue with X", a sentence opened "With his counterpart, X, Y ...":
    the two spoke; not "exchanged gifts", a thing given (see the next test)."""
    assert {p.name for p in only(text, source="Wire").participants} == names


def test_things_exchanged_or_raised_with_no_one_make_no_meeting() -> None:
    assert not meetings_of("Ghana exchanged instruments of ratification with Togo on Monday.")
    assert not meetings_of("Prime Minister Ana Sato raised the issue with the council on Monday.")


def test_a_capital_hosting_a_leader_is_his_meeting_with_that_country() -> None:
    """ "Islamabad hosted Iranian President X": X met Pakistan, its hosts unnamed."""
    found = only("Islamabad hosted Iranian President Masoud Pezeshkian on Saturday.", published="2025-08-04")
    assert who(found) == {("Masoud Pezeshkian", "IR", "head of state")}
    assert set(found.countries) == {"IR", "PK"}
    assert not meetings_of("Islamabad hosted a cricket final on Saturday.", published="2025-08-04")


def test_counterparts_of_two_countries_one_of_two_words_take_each_their_own() -> None:
    """ "his Australian and New Zealand counterparts X and Y": Y is New Zealand's, a name of two words."""
    text = (
        "Chinese Foreign Minister Wang Yi will visit at the invitation of his Australian and New Zealand "
        "counterparts Julie Bishop and Murray McCully."
    )
    assert person(text, "Murray McCully").country == "NZ"
    assert person(text, "Julie Bishop").country == "AU"


def test_a_date_line_ending_on_its_agency_dates_today() -> None:
    """ "Addis Ababa, August 11, 2023 (Addis Walta) ... received X at his office earlier today", copied by a
    site three days later: today is the date line's day."""
    text = (
        "Addis Ababa, August 11, 2023 (Addis Walta) Ethiopian Prime Minister Abiy Ahmed received Rwanda's "
        "Foreign Minister Vincent Biruta at his office earlier today.\n\n"
        "The two countries have worked together for decades."
    )
    assert only(text, source="A news site", published="2023-08-14").date == TextDate.from_iso("2023-08-11")


def test_one_met_in_a_meeting_recalled_is_there_though_with_hangs_on_the_verb() -> None:
    """ "X recalled his meeting with Y last November": a meeting of the two in that month, the "with" hung on
    "recalled" in the parse."""
    found = meetings_of(
        "Chinese President Xi Jinping held talks with Vietnamese President Tran Dai Quang in Beijing on "
        "Thursday. Xi recalled his meeting with Quang last November on the sidelines of a summit in Lima.",
        source="Xinhua",
        published="2017-05-12",
    )
    assert {str(m.date) for m in found} == {"2017-05-11", "2016-11"}
    assert all({p.name for p in m.participants} == {"Xi Jinping", "Tran Dai Quang"} for m in found)


def test_a_visit_in_capitals_at_an_invitation_is_a_planned_meeting_with_the_host() -> None:
    """ "X, at the invitation of President Y, will undertake a Working Visit to South Africa on 17 June": the
    visit written as a name is a visit all the same."""
    found = only(
        "Meanwhile, the Prime Minister of the Republic of the Sudan, Dr Abdalla Hamdok, at the invitation of "
        "President Ramaphosa, will undertake a Working Visit to South Africa on 17 June 2021.",
        source="SAnews",
        published="2021-05-28",
    )
    assert (found.meeting_kind, str(found.date)) == ("planned", "2021-06-17")
    assert {p.name for p in found.participants} == {"Abdalla Hamdok", "Ramaphosa"}


@pytest.mark.parametrize(
    "text",
    [
        "In response to Nepal Prime Minister Narendra Modi met Nepali Prime Minister Pushpa Kamal Dahal in "
        "New Delhi on Monday.",
        "Prime Minister Anthony Albanese raised the issue with President Xi Jinping in a letter sent on "
        "Wednesday.",
        "President Ruto raised the issue with President Museveni through his envoy on Monday.",
        "Prime Minister Trudeau said he had raised the issue with President Xi many times over the years.",
        "With his Chinese counterpart, Wang Yi, absent, Foreign Minister Sergey Lavrov addressed the forum "
        "in Moscow on Monday.",
        "Washington received Israeli Prime Minister Benjamin Netanyahu's request coolly, officials said on "
        "Tuesday.",
        "Qatar has hosted Hamas leader Ismail Haniyeh for years, officials said on Monday.",
        "Indian Prime Minister Narendra Modi met US President Joe Biden at the G7 on Thursday. Modi skipped "
        "his meeting with Biden last year in Sydney.",
    ],
)
def test_near_misses_of_this_rounds_rules_read_as_before(text: str) -> None:
    """A fronted phrase with its comma left out, a matter raised by letter or over the years, a counterpart
    away, a thing received, a stay hosted, a meeting skipped: the rules of session 47 stay out (each of
    these made a wrong meeting or country in review)."""
    found = meetings_of(text, source="Wire", published="2024-05-10")
    got = {(p.name, p.country) for m in found for p in m.participants}
    assert ("Narendra Modi", "NP") not in got
    away = {"Xi Jinping", "Xi", "Museveni", "Wang Yi"}
    assert not any(p.name in away for m in found for p in m.participants)
    assert not any("Netanyahu" in p.name or "Haniyeh" in p.name for m in found for p in m.participants)
    assert not any(str(m.date).startswith("2023") for m in found)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("NSA General Counsel Glenn Gerstell met EU officials in Brussels on Monday.", "Glenn Gerstell",
         "other"),
        ("DFA Secretary General Joe Hackett met India's Foreign Secretary Vinay Kwatra in Dublin.",
         "Joe Hackett", "other"),
    ],
)  # fmt: skip
def test_an_abbreviated_department_before_another_title_keeps_it(text: str, name: str, role: str) -> None:
    assert person(text, name).role == role


def test_a_date_line_ending_on_an_update_note_is_not_the_stories_day() -> None:
    text = (
        "Addis Ababa, August 11, 2023 (Updated March 20, 2024)\n"
        "Prime Minister Abiy Ahmed met Kenyan President William Ruto today at his office."
    )
    assert str(only(text, source="A site", published="2024-03-20").date) == "2024-03-20"


def test_the_city_hosting_a_leader_for_a_visit_or_with_his_name_set_off_is_his_meeting() -> None:
    for text in (
        "Islamabad hosted Iranian President Ebrahim Raisi on Monday for a three-day visit.",
        "Brussels hosted the Ukrainian president, Volodymyr Zelensky, on Thursday.",
        "Delhi hosted Sri Lankan President Ranil Wickremesinghe on Friday.",
    ):
        assert len(meetings_of(text, published="2024-04-23")) == 1, text


def test_a_previous_minister_is_a_former_one() -> None:
    item = article.from_bytes(
        b"A previous Latvian foreign minister, Edgars Rinkevics, is now head of state.",
        source_name="t.txt",
        published=PUBLISHED,
    )
    seen = [e for e in extract(item)[0] if isinstance(e, OfficeObserved)]
    assert [(e.name, e.role, e.status) for e in seen] == [("Edgars Rinkevics", "foreign minister", "former")]


def test_those_joining_a_leader_at_the_meeting_are_there_and_of_his_country() -> None:
    """ "President X was joined by Prime Minister A and Foreign Minister B": his side at the meeting just
    told; "The Emir was accompanied by Foreign Minister C": the Emir's. Not "joined by A in calling for
    calm", another deed."""
    told = (
        "President Irfaan Ali of Guyana met the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, in "
        "Georgetown on Monday. "
    )
    joined = only(
        told + "President Ali was joined by Prime Minister Mark Phillips and Foreign Minister Hugh Todd."
    )
    side = {("Mark Phillips", "GY", "head of government"), ("Hugh Todd", "GY", "foreign minister")}
    assert side <= who(joined)
    escorted = only(told + "The Emir was accompanied by Foreign Minister Mohammed bin Abdulrahman.")
    assert ("Mohammed bin Abdulrahman", "QA", "foreign minister") in who(escorted)
    calling = only(told + "President Ali was joined by Prime Minister Mark Phillips in calling for calm.")
    assert "Mark Phillips" not in {p.name for p in calling.participants}


@pytest.mark.parametrize(
    "text",
    [
        "Georgian Foreign Minister David Zalkaliani met the High Representative of the European Union for "
        "Foreign Affairs and Security Policy, Josep Borrell, in Brussels on Monday.",
        "Cuban Foreign Minister Bruno Rodriguez met his European Union counterpart, Josep Borrell, in "
        "Brussels on Monday.",
    ],
)
def test_an_organisations_officer_met_in_its_seat_is_the_organisations(text: str) -> None:
    """A title naming the EU after "of", or opening with it: Borrell is the EU's, no country's, though the
    meeting was in Brussels."""
    found = only(text)
    borrell = next(p for p in found.participants if p.name == "Josep Borrell")
    assert (borrell.country, borrell.role) == (None, "foreign minister")


def test_a_plan_told_in_the_past_perfect_and_crossed_by_but_is_no_meeting() -> None:
    """ "X had been due to make her first official visit to Tallinn this week, but was unwell": no planned
    meeting with Tallinn's minister; "was due to meet Y on Friday" still plans one."""
    told = (
        "Estonian Foreign Minister Margus Tsahkna met Latvian Foreign Minister Krisjanis Karins in Tallinn on "
        "Wednesday. "
    )
    undone = meetings_of(
        told + "Latvia's new prime minister, Evika Silina, had been due to make her first official visit to "
        "Tallinn this week, but was unwell.",
        source="ERR",
        published="2023-10-12",
    )
    held = [sorted(p.name for p in m.participants) for m in undone]
    assert held == [["Krisjanis Karins", "Margus Tsahkna"]]
    planned = only(
        "Estonian Foreign Minister Margus Tsahkna was due to meet Latvian Prime Minister Evika Silina on "
        "Friday.",
        source="ERR",
        published="2023-10-12",
    )
    assert planned.meeting_kind == "planned"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Gil met with the envoy in March to discuss the agenda.", ["March"]),
        ("He saw her in May to talk about trade.", ["May"]),
        ("Protesters march to the palace.", []),
        ("They may be late.", []),
    ],
)
def test_a_month_after_a_word_leading_a_date_is_a_month_before_to(text: str, found: list[str]) -> None:
    """ "in March to discuss": the month, not the verb "march to" (nor "may be", the modal)."""
    assert [hit.text for hit in timex.find(text)] == found


def test_envoys_listed_as_present_after_the_paragraph_of_a_meeting_are_at_it() -> None:
    """ "The Spanish ambassador, A, the French ambassador, B, ... were present", the paragraph after the
    meeting's (whose last sentence told something else): each at the meeting."""
    found = only(
        "Venezuela's Foreign Minister Yvan Gil met the heads of the missions of Spain and France on "
        "Wednesday. He announced it on social media.\n\n"
        "The Spanish ambassador to Venezuela, Ramon Santos, and the French ambassador, Romain Nadal, were "
        "present.",
        published="2023-06-15",
    )
    assert {"Ramon Santos", "Romain Nadal"} <= {p.name for p in found.participants}


def test_the_president_of_a_countrys_society_heads_no_state_and_its_name_is_no_ones() -> None:
    """ "X was the President of the Peruvian Society of International Law": the society's president, not
    Peru's; "Law" is the end of its name, no one; "Minister of Foreign Affairs of the Russian Federation"
    stays a foreign minister."""
    text = "Oscar Maurtua was the President of the Peruvian Society of International Law."
    people = {p.name: p for p in cast_of(text).people}
    assert set(people) == {"Oscar Maurtua"}
    assert (people["Oscar Maurtua"].country, people["Oscar Maurtua"].role) == (None, "other")
    lavrov = person(
        "Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation, arrived in Yerevan.",
        "Sergey Lavrov",
    )
    assert (lavrov.country, lavrov.role) == ("RU", "foreign minister")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev in Beijing on Tuesday. Xi "
         "was joined by President Alexander Lukashenko.", ("Alexander Lukashenko", "CN")),
        ("President Cyril Ramaphosa arrived in Beijing on Sunday for a state visit. Ramaphosa was joined by "
         "Minister of International Relations Naledi Pandor.", ("Naledi Pandor", None)),
        ("Ukrainian President Volodymyr Zelenskiy met U.S. President Joe Biden in Washington on Thursday.\n\n"
         "Later, Zelenskiy was joined by Senator Chuck Schumer.", ("Chuck Schumer", "UA")),
        ("Venezuelan President Nicolas Maduro met Colombian President Gustavo Petro in Caracas on Saturday. "
         "Supporters of Juan Guaido were present.", ("Juan Guaido", None)),
        ("Iraqi Prime Minister Mohammed Shia al-Sudani received Iranian Foreign Minister Abbas Araqchi in "
         "Baghdad on Sunday.\n\nOn Monday, Sudani laid a wreath at a monument. Defence Minister Thabet "
         "al-Abbasi was present.", ("Thabet al-Abbasi", "IQ")),
    ],
)  # fmt: skip
def test_companions_and_those_present_stay_out_where_they_are_no_ones_side(
    text: str, absent: tuple[str, str | None]
) -> None:
    """A foreign president joining a leader takes no country from him, one joining a leader who only
    arrived makes no meeting, "Later, X was joined by Y" is another moment, supporters of someone are not
    that someone, and officials present at a wreath-laying are not at the day before's talks."""
    found = meetings_of(text, source="Wire", published="2024-05-10")
    name, country = absent
    assert not any((p.name, p.country) == (name, country) for m in found for p in m.participants)


def test_a_ministry_of_european_affairs_keeps_its_countrys_minister() -> None:
    found = person(
        "Romanian Minister of European Affairs Daniel Ionescu met Moldovan President Maia Sandu in "
        "Bucharest.",
        "Daniel Ionescu",
    )
    assert (found.country, found.organisation) == ("RO", None)


def test_having_to_travel_to_meet_someone_is_no_plan_undone() -> None:
    """ "X had to travel to Riyadh to meet Y, but the talks lasted only an hour": they met."""
    found = meetings_of(
        "Italian Foreign Minister Antonio Tajani had to travel to Riyadh to meet Saudi Foreign Minister "
        "Prince Faisal bin Farhan, but the talks lasted only an hour.",
        published="2024-05-10",
    )
    assert [m.meeting_kind for m in found] == ["in-person"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param(
            "Lok Sabha Speaker Ravi Menon met President of the Italian Senate Giulia Ferrante in Rome on Friday.",
            "Giulia Ferrante",
            ("IT", "other", "President of the Italian Senate"),
            id="president-of-a-demonyms-senate",
        ),
        pytest.param(
            "Lok Sabha Speaker Ravi Menon met President of the Italian Senate Giulia Ferrante in Rome on Friday.",
            "Ravi Menon",
            ("IN", "other", "Speaker"),
            id="a-parliaments-own-name-before-the-title",
        ),
        pytest.param(
            "Menon also called on Indonesian Speaker of the House of Representatives Dewi Lestari in Rome.",
            "Dewi Lestari",
            ("ID", "other", "Speaker of the House of Representatives"),
            id="the-house-of-representatives-the-model-made-one-body-with-the-name",
        ),
        pytest.param(
            "The delegation met the Speaker of the Knesset Yoav Peretz in Jerusalem on Monday.",
            "Yoav Peretz",
            ("IL", "other", "Speaker of the Knesset"),
            id="speaker-of-a-named-parliament",
        ),
    ],
)
def test_a_houses_head_is_the_houses_and_of_its_country(
    text: str, name: str, expected: tuple[str, str, str]
) -> None:
    """ "President of the Italian Senate X" heads the senate, not Italy; "Lok Sabha Speaker X", "Speaker of the
    Knesset X": the parliament's own name stands for its state, as a capital does, and is no one."""
    found = person(text, name)
    assert (found.country, found.role, found.title) == expected
    assert not any(p.name in {"Lok Sabha", "Knesset"} for p in cast_of(text).people)


def test_a_meeting_of_no_one_named_stays_only_when_the_text_dates_it_as_held() -> None:
    """ "bilateral meetings will also take place": no one named, no day of its own, nothing to record; "the
    trilateral summit at Camp David in August" (the seed's) is a held meeting of countries, and stays."""
    held = only("Foreign Minister Ana Sato of Japan met Foreign Minister Ben Okafor of Nigeria in Tokyo on Monday.")
    assert pipeline.worth_reporting(held)
    nobody = attrs.evolve(held, participants=())
    assert pipeline.worth_reporting(nobody)  # countries only, dated by the text, held
    assert not pipeline.worth_reporting(attrs.evolve(nobody, date_from="published"))
    assert not pipeline.worth_reporting(attrs.evolve(nobody, meeting_kind="planned"))
    assert pipeline.worth_reporting(attrs.evolve(held, date_from="published"))


def test_one_sentences_two_triggers_of_the_same_meeting_are_told_once() -> None:
    """ "X and Y also exchanged views on next month's summit ... adding that they agreed to meet": two triggers
    of one sentence that come out as the same meeting are one report, not two with one id."""
    found = meetings_of(
        "Turkish adviser Emre Kaya and U.S. National Security Adviser Tom Hollis held a phone call on Tuesday. "
        "Kaya and Hollis also exchanged views on next month's NATO summit in Vilnius, the statement said, "
        "adding that they agreed to meet at the earliest opportunity.",
        published="2023-06-28",
    )
    keys = [(str(m.date), m.meeting_kind, tuple(sorted(p.name for p in m.participants))) for m in found]
    assert len(keys) == len(set(keys))


def test_a_fijian_chiefly_style_and_a_captions_credit_are_no_part_of_the_name() -> None:
    """ "Fiji Foreign Minister Ratu Josefa Naivalu Photo: supplied": the style goes as an honorific does, the
    credit after the name is the picture's, and the minister is Fiji's."""
    text = (
        "Fiji Foreign Minister Ratu Josefa Naivalu Photo: supplied\n\n"
        "The talks between Ratu Josefa Naivalu and New Zealand Foreign Minister Murray Hale focused on trade."
    )
    found = person(text, "Josefa Naivalu")
    assert (found.country, found.role) == ("FJ", "foreign minister")
    assert not any("Photo" in p.name or "Ratu" in p.name for p in cast_of(text).people)


def test_a_posts_opening_verb_is_no_given_name() -> None:
    """ '"Met HE Ms. Carla Bertoni Rossi, ...," X said in a tweet': the post's verb, its writer left out, opens
    the line; the honorifics gone, it is not read as the first word of her name."""
    text = (
        '"Met HE Ms. Maria Elena Bertoni Rossi, President-Italian Senate on sidelines of #G20 Parliamentary '
        'Speakers Summit. Congratulated her for hosting the Summit," Menon said in a tweet.'
    )
    assert "Maria Elena Bertoni Rossi" in {p.name for p in cast_of(text).people}


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Treasurer", "other"),  # Australia and Papua New Guinea have a Minister for Finance beside him
        ("Finance Minister", "finance minister"),
        ("president and CEO", "other"),
        ("President of the Center for Strategic Studies", "other"),
        ("President", "head of state"),
    ],
)
def test_a_treasurer_and_a_chief_executive_hold_no_class_of_their_own(title: str, role: str) -> None:
    """A Treasurer sits beside a Minister for Finance (Australia, Papua New Guinea): no finance minister by the
    title alone; a think tank's president and CEO heads no state."""
    assert office.title_class(title) == role


def test_a_lists_first_name_the_parse_hung_apart_is_in_the_meeting() -> None:
    """ "Turkish President A, Russian President B and Iranian President C are due to hold talks": the parse
    hangs A on the verb apart from the subject B heads; all three hold them."""
    found = meetings_of(
        "Turkish President Kerem Aslan, Russian President Ilya Varin and Iranian President Davud Rezai are due "
        "to hold talks in Tehran next week.",
        published="2022-07-12",
    )
    assert names_met(found) == [
        ["Davud Rezai", "Ilya Varin", "Kerem Aslan"]
    ]


def test_members_of_a_parliament_are_no_one_named() -> None:
    """ "met with Speaker A, President B and Riigikogu MPs": the members are many, and no person."""
    text = "On Monday, Foreign Minister Ieva Ozola met with Speaker Jaan Tamm, President Mart Kask and Riigikogu MPs."
    assert not any("MPs" in p.name for p in cast_of(text).people)


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        pytest.param(
            "In line with the efforts for a truce between Israel and Hamas, Egyptian Foreign Minister Samir Adel "
            "held talks with Foreign Minister Kaan Demir in Ankara on April 20.",
            "Hamas",
            id="a-body-before-the-next-names-title",
        ),
        pytest.param(
            "Sisi met King Abdullah II of Jordan in the northern coastal city of El Alamein, Egyptian "
            "presidential spokesman Ahmed Fathy said.",
            "El Alamein",
            id="a-city-before-the-next-names-title",
        ),
    ],
)
def test_a_title_after_a_comma_that_goes_on_to_its_own_holder_is_not_the_word_befores(
    text: str, nobody: str
) -> None:
    """ ", Egyptian Foreign Minister X held talks": the title is X's, so the word before the comma ("Hamas",
    "El Alamein") is not a person it stands after in apposition."""
    assert nobody not in {p.name for m in meetings_of(text, published="2024-04-21") for p in m.participants}
    assert nobody not in {p.name for p in cast_of(text).people}


def test_a_family_name_the_model_made_a_body_of_stays_with_the_name() -> None:
    """ "Gabon's Foreign Minister Regis Onanga Ndiaye, and ...": the model's organisation of one word right
    after the person is the family name."""
    text = (
        "The guests were Senegal's Foreign Minister Moussa Fall, Gabon's Foreign Minister Regis Onanga Ndiaye, "
        "and Kenya's Foreign Minister Peter Wanjala, officials said."
    )
    assert "Regis Onanga Ndiaye" in {p.name for p in cast_of(text).people}


def test_a_plural_title_before_names_each_of_a_country_is_each_ones() -> None:
    """ "Presidents A of Kyrgyzstan, B of Tajikistan, and C of Uzbekistan arrived": each is their country's
    president, read from the words alone (the parse of such a list may make the first given name a verb);
    the list ends at its first word in small letters."""
    text = (
        "Presidents Kanat Beisov of Kazakhstan, Emil Rustamov of Tajikistan, and Ulugbek Nazarov of "
        "Uzbekistan arrived in Bishkek on Monday with Minister Ivan Petrov of Russia."
    )
    people = cast_of(text).people
    by_mention = {(m.sentence, m.token): p for p in people for m in p.mentions}
    given = cast._each_of_a_country(parsed(text).sentences[0].doc, 1, 0, by_mention, "head of state")
    assert sorted((people[key].name, code) for key, (code, _) in given.items()) == [
        ("Emil Rustamov", "TJ"),
        ("Kanat Beisov", "KZ"),
        ("Ulugbek Nazarov", "UZ"),
    ]


def test_those_also_on_the_call_join_the_call_just_told() -> None:
    """ "A, B and C were also on the call": more people on the call the story just told, not a call of their
    own."""
    found = meetings_of(
        "U.S. President Joe Baines held a call with German Chancellor Olaf Rein and French President Marc Lenoir "
        "on Monday.\n\nEuropean Commission President Ulla Voss and NATO Secretary General Jan Stolt were also on "
        "the call.",
        published="2022-03-01",
    )
    assert names_met(found) == [
        ["Jan Stolt", "Joe Baines", "Marc Lenoir", "Olaf Rein", "Ulla Voss"]
    ]


def test_a_counsel_and_a_chief_executive_have_titles_and_a_nominee_is_no_one_of_his_nominators() -> None:
    """ "A, the chief trade counsel for the U.S. House ...": a title, of the country in it; "B, president and CEO
    of the Center for ...": a body's head, no state's; "met with President-elect C's nominee": the nominee
    is the one met, not C."""
    text = (
        "Trade Minister Lee Min-ho has met with U.S. President-elect Sam Carter's nominee for trade "
        "representative, the ministry said on Friday. Lee also met Karen Dale, the chief trade counsel for the "
        "U.S. House of Representatives' Ways and Means Committee, and Tom Hale, president and CEO of the "
        "Center for Pacific Studies, in Washington on Thursday."
    )
    dale, hale = person(text, "Karen Dale"), person(text, "Tom Hale")
    assert (dale.country, dale.title) == ("US", "chief trade counsel")
    assert (hale.role, hale.title) == ("other", "president and CEO of the Center")
    met = {p.name for m in meetings_of(text, published="2020-12-12") for p in m.participants}
    assert "Sam Carter" not in met


def test_a_seat_before_a_title_is_the_titles_country_and_a_family_name_stands_without_its_article() -> None:
    """ "Abu Dhabi Crown Prince X": the seat before the title is its country's (not a given name, as
    "Santiago" is before "Peña"); "Sisi met ..." after "Abdel Fattah al-Sisi's spokesman": the family name
    is known without its article."""
    prince = person(
        "Abu Dhabi Crown Prince Mohammed bin Zayed Al-Nahyan met Iraqi Prime Minister Saad al-Hakim in Aqaba.",
        "Mohammed bin Zayed Al-Nahyan",
    )
    assert (prince.country, prince.title) == ("AE", "Crown Prince")
    text = (
        "Abdel Fattah al-Sisi's office said on Tuesday that Sisi met with Jordan's King Abdullah II and "
        "Palestinian President Mahmoud Abbas in the city of Aqaba on Monday."
    )
    met = {p.name for m in meetings_of(text, published="2023-08-15") for p in m.participants}
    assert "Abdel Fattah al-Sisi" in met


def test_a_treasurer_is_a_title_not_a_part_of_the_name() -> None:
    """ "met with Treasurer Ian Ling Stuckey": the title stands before the name, which it is no part of."""
    found = person("Motegi met with Treasurer Ian Ling Stuckey after dinner in Port Moresby on Friday.", "Ian Ling Stuckey")
    assert found.title == "Treasurer"


def test_the_leader_of_a_demonym_places_that_countrys_one_head_of_no_country() -> None:
    """ "Lim briefed the Vietnamese leader": the one head of state or government the text leaves without a
    country is Vietnam's; "the opposition leader" places no one."""
    text = (
        "Prime Minister Pham Van Long had talks with Secretary General Lim Jock Hoi in Jakarta on Saturday. "
        "Lim Jock Hoi briefed the Vietnamese leader on the work of the secretariat."
    )
    assert person(text, "Pham Van Long").country == "VN"
    text = (
        "Prime Minister Pham Van Long had talks with Secretary General Lim Jock Hoi in Jakarta on Saturday. "
        "Lim Jock Hoi briefed the opposition leader on the work of the secretariat."
    )
    assert person(text, "Pham Van Long").country is None


def test_a_held_clause_after_the_meetings_phrase_dates_the_meeting_though_the_parse_hangs_it_higher() -> None:
    """ "the agreements reached at the meeting between A and B held on February 17, 2016": the parse hangs
    "held" on the agreements, but the day is the meeting's, not the day the story was published."""
    text = (
        "MOSCOW, January 19. Hungarian Foreign Minister Peter Nagy will make a working visit to Moscow on "
        "January 23 to meet with Russian Foreign Minister Oleg Volkov, the spokeswoman said on Thursday.\n\n"
        "According to the spokeswoman, the two ministers will continue to discuss bilateral relations focusing "
        "on the implementation of the agreements reached at the meeting between Russian President Ivan Sokolov "
        "and Hungarian Prime Minister Laszlo Kovacs held on February 17, 2016."
    )
    [meeting] = [m for m in meetings_of(text, published="2017-01-19") if "Laszlo Kovacs" in str(m.participants)]
    assert str(meeting.date) == "2016-02-17"


@pytest.mark.parametrize(
    ("text", "name", "title", "body"),
    [
        pytest.param(
            "Director General of the International Atomic Energy Agency (IAEA) Rafael Ortiz said on Wednesday "
            "that diplomacy is needed.",
            "Rafael Ortiz",
            "Director General",
            "IAEA",
            id="a-body-by-its-full-name-and-acronym",
        ),
        pytest.param(
            "Managing Director of the International Monetary Fund Kristina Georgeva met Finance Minister Ana Paz "
            "of Peru in Lima on Monday.",
            "Kristina Georgeva",
            "Managing Director",
            "IMF",
            id="managing-is-part-of-the-title",
        ),
    ],
)
def test_an_official_of_a_body_named_in_full_is_that_bodys(text: str, name: str, title: str, body: str) -> None:
    """ "Director General of the International Atomic Energy Agency X": the body written in full is known as
    its acronym is; the official speaks for it, no state."""
    found = person(text, name)
    assert (found.title, found.organisation, found.country) == (title, body, None)


def test_a_leader_chairing_a_body_of_states_in_turn_stays_his_states() -> None:
    """ "Prime Minister X ... In his capacity as the new Chair for the Pacific Islands Forum, X": the chair
    is his besides his office; he does not become the Forum's."""
    text = (
        "Prime Minister Sitiveni Lagi met Kiribati President Taneti Mamau in Suva on Friday. "
        "In his capacity as the new Chair for the Pacific Islands Forum, Lagi says he will serve the region."
    )
    found = person(text, "Sitiveni Lagi")
    assert (found.role, found.organisation) == ("head of government", None)


def test_the_head_of_a_body_stands_for_the_one_of_it_named_before() -> None:
    """ "NATO Secretary General X arrived ... The NATO head met Y": X met Y, as "the NATO chief" does; "the
    delegation head" is no one named."""
    text = (
        "NATO Secretary General Jens Berg arrived in Bucharest on Monday. The NATO head met President Klaus "
        "Ionescu of Romania in Bucharest on Monday."
    )
    [meeting] = meetings_of(text, published="2022-11-29")
    assert {p.name for p in meeting.participants} == {"Jens Berg", "Klaus Ionescu"}
    assert not meetings_of(text.replace("The NATO head", "The delegation head"), published="2022-11-29")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Karen Dale, Deputy United States Secretary of State, met Prime Minister Albin Kurti in Pristina.",
            id="after-the-name",
        ),
        pytest.param(
            "Deputy United States Secretary of State Karen Dale met Prime Minister Albin Kurti in Pristina.",
            id="before-the-name",
        ),
    ],
)
def test_a_rank_before_the_country_in_a_title_is_the_titles(text: str) -> None:
    """ "Deputy United States Secretary of State": the deputy's office, not the Secretary's, though the
    country's name stands between the rank and the title."""
    found = person(text, "Karen Dale")
    assert (found.country, found.role, found.title) == ("US", "other", "Deputy Secretary of State")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Dacic met Foreign Minister of the Democratic People's Republic of Korea, Ri Yong Chol, in Baku.",
            id="with-its-comma",
        ),
        pytest.param(
            "Dacic met the Foreign Minister of the Democratic People's Republic of Korea Ri Yong Chol in Baku.",
            id="without",
        ),
    ],
)
def test_a_title_of_a_state_named_in_seven_words_is_that_states(text: str) -> None:
    """ "of the Democratic People's Republic of Korea": seven words after "of", the state's whole name; not
    "Secretary of State A and Japanese Foreign Minister B", where the seven words hold another's title."""
    found = person(text, "Ri Yong Chol")
    assert (found.country, found.role) == ("KP", "foreign minister")
    text = (
        "Foreign Minister Chung Ho-jin, U.S. Secretary of State Adam Blake and Japanese Foreign Minister "
        "Hayashi Kenji held the trilateral talks in Honolulu."
    )
    assert person(text, "Hayashi Kenji").role == "foreign minister"


def test_engaged_in_a_series_of_meetings_gives_them_the_subject() -> None:
    """ "X engaged in a series of bilateral meetings with counterparts from A and B": X was at each, as in
    "held a series of meetings"; not meetings of no one."""
    text = (
        "Turkish Foreign Minister Hakan Tas on Wednesday engaged in a series of bilateral meetings with "
        "counterparts from Greece and Finland on the sidelines of the NATO meeting in Brussels."
    )
    found = meetings_of(text, published="2024-04-04")
    assert found
    assert all({p.name for p in m.participants} == {"Hakan Tas"} for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "There are currently no plans for Russian President Ivan Sokolov's phone call with his French counterpart "
        "Emile Martin, the Kremlin spokesman said on Friday.",
        "There are no concrete plans for any talks between President Ivan Sokolov and President Emile Martin as "
        "of yet, the spokesman said.",
    ],
)
def test_no_plans_for_a_meeting_is_no_meeting(text: str) -> None:
    """ "There are no plans for X's phone call with Y": denied, as "no talks were held" is."""
    assert not meetings_of(text, published="2022-09-23")


def test_a_bureaus_dateline_far_from_the_story_gives_no_country() -> None:
    """ "CAIRO (AP) — Tunisia's president met ... in Tripoli ... also met with Prime Minister X": Egypt is only
    where the bureau sits, the story never names it, so X is not Egypt's; under "TOKYO --" a story of a
    Japanese minister's talks in Beijing, the dateline stays the minister's."""
    text = (
        "CAIRO (AP) — Tunisia's president met Wednesday with Libya's newly appointed government officials in "
        "Tripoli, becoming the first head of state to visit the country.\n\n"
        "President Kamel Saidi landed in the capital and was received by officials. The Tunisian leader also met "
        "with Prime Minister Abdul Hamid Dabiba."
    )
    assert person(text, "Abdul Hamid Dabiba").country != "EG"
    text = (
        "TOKYO, Dec. 26 (Asia wire) -- Foreign Minister Iwata Ken and his Chinese counterpart Wang Lin agreed in "
        "Beijing on Wednesday to expand high-level exchanges between the two countries."
    )
    assert person(text, "Iwata Ken").country == "JP"


def test_a_country_talked_about_is_no_ones_side() -> None:
    """ "spoke with President Putin about Syria and Ukraine ... On Syria, ... the civil war in Syria": Syria
    is what they talked of, named most, but not the side of the one the text leaves without a country."""
    text = (
        "Prime Minister David Hale spoke with President Orlov about Syria and Ukraine. During the call, the two "
        "leaders focused on Syria and Ukraine. On Syria, both leaders agreed to help find a solution to the civil "
        "war in Syria. The Prime Minister said President Assad could not be part of the solution in Syria."
    )
    [meeting] = meetings_of(text, source="10 Downing Street", published="2015-05-26")
    assert {p.country for p in meeting.participants if p.name == "Orlov"} != {"SY"}
    assert {p.country for p in meeting.participants if p.name == "Orlov"} != {"UA"}


def test_a_country_a_mediator_works_for_is_not_his() -> None:
    """ "X visited as the Facilitator for the Democratic Republic of Congo Peace Process ... a mediator in the
    eastern part of the Democratic Republic of the Congo": the country he works on, not his own."""
    text = (
        "Ugandan President Yoweri Kagame met former President Uhuru Kamau at State House Entebbe on Sunday.\n\n"
        "Kamau visited in his capacity as the Facilitator of the East Africa Community for the Democratic Republic "
        "of Congo (DRC) Peace Process.\n\n"
        "Kamau is currently a mediator in the troubled eastern part of the Democratic Republic of the Congo (DRC)."
    )
    assert person(text, "Uhuru Kamau").country != "CD"
    assert all(
        p.country != "CD" for m in meetings_of(text, published="2023-08-07") for p in m.participants
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "During their bilateral meeting in Kumamoto city, Japan on the sidelines of the Water Summit, the two "
            "Premiers were delighted with the achievements.",
            "Kumamoto",
            id="a-name-before-city",
        ),
        pytest.param(
            "He will end his tour in the Italian cities of Bari and Matera at a meeting of G20 foreign ministers.",
            "Bari",
            id="the-cities-of",
        ),
        pytest.param(
            '"Blinken will travel to Berlin, Paris, Rome, Bari, and Matera, June 22-29," Price said.',
            "Bari",
            id="listed-with-known-places",
        ),
        pytest.param(
            "During the meeting held at the Office of the President- Shital Niwas- President Bhandari thanked "
            "the visiting Director General.",
            "Shital Niwas",
            id="the-office-of-a-president-is-a-house",
        ),
    ],
)
def test_a_place_named_as_a_place_is_no_person(text: str, place: str) -> None:
    """ "in Kumamoto city", "the cities of Bari and Matera", a list of known cities, "the Office of the
    President- Shital Niwas-": places the model may take for people."""
    assert place not in {p.name for p in cast_of(text, None).people}


def test_a_portfolio_ending_in_logistics_is_no_name() -> None:
    """ "Iran's Minister of Defence and Armed Forces Logistics, Brigadier General X": the portfolio's last
    word is no person; the title is the one named after the comma."""
    text = (
        "Defence Minister Rajan Singh held talks with Iran's Minister of Defence and Armed Forces Logistics, "
        "Brigadier General Amir Hosseini on issues of regional security."
    )
    names = {p.name for p in cast_of(text, None).people}
    assert "Logistics" not in names
    assert (person(text, "Amir Hosseini").country, person(text, "Amir Hosseini").role) == ("IR", "defence minister")


def test_one_who_describes_the_conversation_between_the_two_leaders_was_not_at_it() -> None:
    """ "Spokesman X described the conversation between the two leaders as cordial": the call told again, by
    one not at it, not a second meeting with X."""
    text = (
        "President Musa Bello spoke with President Donald Hart by phone on Monday. Presidential spokesman Femi "
        "Adeyemi described the conversation between the two leaders as cordial."
    )
    [call] = meetings_of(text, published="2017-02-14")
    assert {p.name for p in call.participants} == {"Musa Bello", "Donald Hart"}


def test_a_new_president_whose_inauguration_is_to_come_is_its_designate() -> None:
    """ "will be present at the inauguration ceremony of Argentina's new president, X, on December 10": X is
    president-elect, of no class yet, and "spoke to him by phone" is still his call; "attended the
    inauguration of the new president, X" makes him the holder."""
    text = (
        "The government confirmed on Wednesday that the country's president, Gabriel Rojas, will be present at "
        "the inauguration ceremony of Argentina's new president, Javier Molina, on December 10. Rojas "
        "congratulated Molina on social media and spoke to him by phone on Tuesday."
    )
    found = person(text, "Javier Molina")
    assert (found.role, found.status) == ("other", "designate")
    [call] = meetings_of(text, published="2023-11-22")
    assert {p.name for p in call.participants} == {"Gabriel Rojas", "Javier Molina"}
    text = text.replace("will be present at", "was present at").replace("on December 10", "on Sunday")
    assert person(text, "Javier Molina").role == "head of state"


def test_an_envoys_posting_between_title_and_comma_keeps_the_title() -> None:
    """ "the Ambassador of Great Britain in BiH, Matthew Field": the post's place stands between the title and
    the name's comma; the title is still his, and its country."""
    text = "Sefik Dzafic spoke with the Ambassador of Great Britain in BiH, Matthew Fields today."
    found = person(text, "Matthew Fields")
    assert (found.title, found.country) == ("Ambassador", "GB")


def test_a_title_opening_the_sentence_before_the_subjects_comma_is_the_subjects() -> None:
    """ "Chairman of the Presidency of Bosnia and Herzegovina, Šefik Džaferović spoke with ...": the title
    opens the sentence, and the name after its comma is the subject it belongs to, whatever label the model
    gave the name; not "As prime minister, X had denounced ..."."""
    text = (
        "SARAJEVO, April 10 (FENA) - Chairman of the Presidency of Bosnia and Herzegovina, Šefik Džaferović "
        "spoke with the Ambassador of Great Britain in BiH, Matthew Fields today."
    )
    found = person(text, "Šefik Džaferović")
    assert (found.title, found.country) == ("Chairman", "BA")


def test_telephone_calls_received_from_several_are_a_call_with_each() -> None:
    """ "received telephone calls from A, President of Korea; B, President of Zimbabwe; and C, ...": a call
    with each caller, none between the callers."""
    text = (
        "Prime Minister Narendra Mohan today received telephone calls from Moon Jae-won, President of Korea; "
        "Emmerson Mutasa, President of Zimbabwe; and Filipe Nhassengo, President of Mozambique."
    )
    found = meetings_of(text, published="2019-06-05")
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Emmerson Mutasa", "Narendra Mohan"],
        ["Filipe Nhassengo", "Narendra Mohan"],
        ["Moon Jae-won", "Narendra Mohan"],
    ]
    assert all(m.meeting_kind == "call" for m in found)


def test_calls_from_the_presidents_of_several_countries_are_one_each_with_the_ones_named_after() -> None:
    """ "received congratulatory calls from the Presidents of the Republic of Korea, Zimbabwe and Mozambique"
    and the presidents named after: a call with each, each with its president (the last country one the
    model took for an organisation)."""
    text = (
        "On Tuesday, Prime Minister Narendra Mohan received congratulatory calls from the Presidents of the "
        "Republic of Korea, Zimbabwe and Mozambique, a statement from his office said.\n\n"
        "Mohan thanked President Moon Jae-won of the Republic of Korea for his greetings.\n\n"
        "President Emmerson Mutasa of Zimbabwe congratulated Mohan.\n\n"
        "Mohan conveyed his condolences to President Filipe Nhassengo of Mozambique."
    )
    found = meetings_of(text, published="2019-06-05")
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Emmerson Mutasa", "Narendra Mohan"],
        ["Filipe Nhassengo", "Narendra Mohan"],
        ["Moon Jae-won", "Narendra Mohan"],
    ]


def test_two_met_on_one_day_and_two_on_the_next_each_take_their_own_day() -> None:
    """ "will meet with A and B on Tuesday and with C and D on Wednesday": A and B are Tuesday's, C and D
    Wednesday's; each name takes the first date after it."""
    text = (
        "Putin will meet with Indian Prime Minister Narendra Mohan and Chinese President Xi Ping on Tuesday and "
        "with Iranian President Masoud Rahimi and Turkish President Tayyip Ozturk on Wednesday."
    )
    days = {p.name: str(m.date) for m in meetings_of(text, published="2024-10-21") for p in m.participants}
    assert days["Narendra Mohan"] == days["Xi Ping"] == "2024-10-22"
    assert days["Masoud Rahimi"] == days["Tayyip Ozturk"] == "2024-10-23"


def test_an_earlier_call_on_its_own_day_is_not_joined_through_a_year_a_later_sentence_names() -> None:
    """ "A and B spoke by phone on Thursday ... the second time this year that the two leaders have held a
    call. A and B previously spoke on Jan. 17": "this year" spans both days, but the earlier call has a day
    of its own, not the story's."""
    text = (
        "President Donald Hart and President Xi Ping spoke by phone on Thursday.\n\n"
        "The call was the second time this year that the two leaders have held a one-on-one call. Hart and Xi "
        "previously spoke on Jan. 17, prior to the inauguration."
    )
    days = sorted(str(m.date) for m in meetings_of(text, published="2025-06-06"))
    assert days == ["2025-01-17", "2025-06-05"]


def test_welcomed_on_a_day_at_a_place_then_the_guest_is_a_meeting() -> None:
    """ "X welcomed on Monday, at the Victoria Palace, Secretary General Y": the guest after the asides, which
    the parse hangs on the verb as no object, is the one received."""
    text = "Prime Minister Nicolae Ionescu welcomed on Monday, at the Victoria Palace, NATO Secretary General Jens Berg."
    [meeting] = meetings_of(text, published="2022-11-28")
    assert {p.name for p in meeting.participants} == {"Nicolae Ionescu", "Jens Berg"}


def test_an_ambassador_of_one_country_to_another_is_the_senders() -> None:
    """ "Ambassador of the United States of America to the Co-operative Republic of Guyana, Her Excellency X":
    the country posted to stands between title and name; the title and its country are still X's."""
    text = (
        "Newly accredited Ambassador of the United States of America to the Co-operative Republic of Guyana, "
        "Her Excellency Sarah Ann Lyle, today paid a courtesy call on Foreign Minister Carl Green."
    )
    found = person(text, "Sarah Ann Lyle")
    assert (found.title, found.country) == ("Ambassador", "US")


def test_listed_envoys_each_of_a_country_after_a_comma() -> None:
    """ "These are A, of Chile and B, of the Czech Republic": each listed envoy's country, set off after the
    name."""
    text = (
        "President Irfaan Alli on Monday received the Letters of Credence of two new Ambassadors to Guyana. "
        "These are Bernardo Jose Del Pico, of Chile and Pavla Havlova, of the Czech Republic."
    )
    assert person(text, "Bernardo Jose Del Pico").country == "CL"
    assert person(text, "Pavla Havlova").country == "CZ"


def test_a_month_in_phrases_running_on_after_since_is_not_the_meetings() -> None:
    """ "This is the PM's first meeting with the Chinese premier since his re-election in the Lok Sabha
    elections in May": May is the election's, though the parse hangs "in May" on the meeting; the meeting
    is the one just told, not another in May."""
    text = (
        "Indian Prime Minister Narendra Mohan met Chinese President Xi Ping on Thursday in Bishkek.\n\n"
        "This is the PM's first meeting with the Chinese premier since his re-election in the Lok Sabha "
        "elections in May."
    )
    assert [str(m.date) for m in meetings_of(text, published="2019-06-14")] == ["2019-06-13"]


def test_that_countrys_president_is_of_the_country_just_named() -> None:
    """ "visited South Africa last month and met with President X and was recently in Angola to meet that
    country's President Y": Y is Angola's, the place named last; X, named after South Africa, South Africa's."""
    text = (
        "Mnangagwa visited South Africa last month and met with President Jacob Zulu and was recently in Angola "
        "to meet that country's President Joao Lopes."
    )
    assert person(text, "Joao Lopes").country == "AO"
    assert person(text, "Jacob Zulu").country == "ZA"


def test_spending_time_with_someone_is_meeting_them() -> None:
    """ "X also spent time with Prime Minister Y on Saturday": they met; "spent time with students" names no
    one."""
    text = "President Cyril Ramos also spent time with Prime Minister Anthony Albers on Saturday."
    [meeting] = meetings_of(text, published="2023-08-27")
    assert {p.name for p in meeting.participants} == {"Cyril Ramos", "Anthony Albers"}


def test_one_named_in_a_clause_after_the_meeting_is_not_at_it() -> None:
    """ "X met Y on Friday after taking over power from Z": Z is of the taking over, not the meeting; "after
    meeting Z" is a meeting of its own with Z."""
    text = "President Emmerson Mutasa met President Edgar Lumbe on Friday after taking over power from Robert Mabuza."
    met = {p.name for m in meetings_of(text, published="2018-01-19") for p in m.participants}
    assert met == {"Emmerson Mutasa", "Edgar Lumbe"}


def test_meetings_in_a_list_of_events_are_the_subjects_with_each() -> None:
    """ "President Yoon Suk-ho took part in 16 events -- 10 summits, meetings with King Felipe VI of Spain and
    NATO Secretary-General Jens Berg, ...": the subject's meetings, one with each, not Felipe's with Berg."""
    text = (
        "South Korean President Yoon Suk-ho returned home on Friday.\n\n"
        "During his four-day visit to Madrid, Yoon took part in a total of 16 diplomatic events -- 10 bilateral "
        "summits, three multilateral summits, meetings with King Felipe VI of Spain and NATO Secretary-General "
        "Jens Berg, and a luncheon meeting with Spanish businesspeople -- according to his office."
    )
    pairs = {frozenset(p.name for p in m.participants) for m in meetings_of(text, published="2022-07-01")}
    assert frozenset({"Felipe VI", "Jens Berg"}) not in pairs
    assert frozenset({"Yoon Suk-ho", "Felipe VI"}) in pairs


def test_separate_calls_with_two_named_after_and_a_clause_after_them() -> None:
    """ "held separate calls on October 3 with Foreign Minister A and Japanese Foreign Minister B immediately
    following the launch": "calls" is a meeting noun like "talks", and B, whom the parser made the subject of
    "following", is the second one called."""
    text = (
        "Secretary of State Anton Blinov held separate calls on October 3 with Republic of Korea (ROK) "
        "Foreign Minister Pak Jinho and Japanese Foreign Minister Hayase Yoshiro immediately following the "
        "launch of a missile."
    )
    found = meetings_of(text, published="2022-10-04")
    assert names_met(found) == [["Anton Blinov", "Pak Jinho"], ["Anton Blinov", "Hayase Yoshiro"]]
    assert {(m.meeting_kind, str(m.date)) for m in found} == {("call", "2022-10-03")}


def test_their_respective_meetings_with_one_are_each_ones_meeting_with_them() -> None:
    """ "they agreed ..., based on the outcomes of their respective meetings with Chinese President X": each
    of the two met X, not one the other a second time."""
    text = (
        "Japanese Prime Minister Fumiaki Kishimoto and his Australian counterpart, Andrew Albury, met in San "
        "Francisco on Friday.\n\n"
        "In the meeting, they agreed to closely cooperate, based on the outcomes of their respective "
        "meetings with Chinese President Xu Jinming held earlier this month."
    )
    pairs = {frozenset(p.name for p in m.participants) for m in meetings_of(text, published="2023-11-18")}
    assert pairs == {
        frozenset({"Fumiaki Kishimoto", "Andrew Albury"}),
        frozenset({"Fumiaki Kishimoto", "Xu Jinming"}),
        frozenset({"Andrew Albury", "Xu Jinming"}),
    }


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        pytest.param(
            "met",
            [["Dinesh Gunaratna", "Wang Yu"], ["Dinesh Gunaratna", "Sergei Lavrin"]],
            id="each-minister-named-before-meets-the-one-named",
        ),
        pytest.param("joined", [["Dinesh Gunaratna", "Sergei Lavrin", "Wang Yu"]], id="joining-is-together"),
    ],
)
def test_ministers_described_by_demonyms_meet_the_one_named(verb: str, expected: list[list[str]]) -> None:
    """ "Chinese and Russian Foreign Ministers met their local counterpart X": the Chinese and the Russian
    foreign minister the story named each met X; X is not dropped for a group with no names of its own.
    Those who "joined" X came together: one meeting."""
    text = (
        "Chinese Foreign Minister Wang Yu and his Russian counterpart Sergei Lavrin arrived in Colombo on "
        "Monday.\n\n"
        f"Meanwhile, Chinese and Russian Foreign Ministers {verb} Foreign Minister Dinesh Gunaratna for "
        "talks at his office this morning."
    )
    assert names_met(meetings_of(text, published="2020-01-14")) == expected


def test_an_appointment_titles_the_one_appointed() -> None:
    """ "announced the appointment of X as the country's new ambassador to Japan": X is an ambassador of the
    country the sentence named, not of Japan; "The President appointed Y as Foreign Affairs Cabinet
    Secretary" makes Y foreign minister; "proposed appointing Z as defence minister" is not done yet."""
    text = (
        "The South Korean government announced on Tuesday the appointment of Yun Dong-min as the country's "
        "new ambassador to Japan.\n\n"
        "President William Rutto appointed Musa Mudavi as Foreign Affairs Cabinet Secretary on Monday.\n\n"
        "Putin has proposed appointing Andrei Belov as the new defence minister."
    )
    yun = person(text, "Yun Dong-min")
    assert (yun.country, yun.role, yun.title) == ("KR", "other", "ambassador")
    assert person(text, "Musa Mudavi").role == "foreign minister"
    assert person(text, "Andrei Belov").role == "other"


def test_an_election_makes_one_elect_not_holder() -> None:
    """ "the recent election of Mr. X as President of the Republic of Korea": X is president-elect."""
    text = "I congratulate on the recent election of Mr. Moon Jae-ho as President of the Republic of Korea."
    moon = person(text, "Moon Jae-ho")
    assert (moon.country, moon.status) == ("KR", "designate")


def test_an_ambassador_to_a_country_is_not_its_own() -> None:
    """ "X, the ambassador to Japan, met Prime Minister Y": Japan is where X serves, not X's country."""
    text = "Rahm Emmet, the ambassador to Japan, met Prime Minister Fumio Kishimoto on Monday."
    assert person(text, "Rahm Emmet").country is None


@pytest.mark.parametrize(
    "description",
    [
        pytest.param("ambassador-nominee", id="ambassador-nominee"),
        pytest.param("ambassador", id="the-ambassador"),
    ],
)
def test_the_ambassador_described_is_the_one_named_ambassador(description: str) -> None:
    """ "Fluent in Japanese, the ambassador-nominee met Japanese Prime Minister X in April": the one the story
    named ambassador met X."""
    text = (
        "The South Korean government announced on Tuesday the appointment of Yun Dong-min as the country's "
        "new ambassador to Japan.\n\n"
        "Yun is an expert in relations between the two countries.\n\n"
        f"Fluent in Japanese, the {description} met Japanese Prime Minister Kishimoto Fumiaki in April."
    )
    meeting = only(text, published="2022-06-07")
    assert who(meeting) == {
        ("Yun Dong-min", "KR", "other"),
        ("Kishimoto Fumiaki", "JP", "head of government"),
    }
    assert str(meeting.date) == "2022-04"


def test_the_president_elect_described_is_the_one_named_so() -> None:
    """ "On Saturday, the President-elect met with the Saudi Arabian Ambassador": the story's president-elect,
    the ambassador unnamed."""
    text = (
        "Maldives President-elect Mohamed Muizz met Indian High Commissioner Munu Mahavar on Friday. On "
        "Saturday, the President-elect met with the Saudi Arabian Ambassador."
    )
    found = meetings_of(text, published="2023-10-08")
    assert [(names, str(m.date)) for names, m in zip(names_met(found), found, strict=True)] == [
        (["Mohamed Muizz", "Munu Mahavar"], "2023-10-06"),
        (["Mohamed Muizz"], "2023-10-07"),
    ]
    assert found[1].countries == ("MV", "SA")


def test_the_calls_told_again_together_are_no_meeting_of_their_own() -> None:
    """ "X called on President A, Prime Minister B, and Senior Minister C. During the meetings, A, B and C
    reaffirmed ...": those three calls, not one more among A, B and C."""
    text = (
        "Malaysian Foreign Minister Mohamad Hassan called on President Tharman Shan, Prime Minister "
        "Lawrence Wang, and Senior Minister Lee Hsien Long earlier today. During the meetings, President "
        "Tharman, Prime Minister Wang, and Senior Minister Lee reaffirmed the robust partnership between "
        "Singapore and Malaysia."
    )
    source = "Ministry of Foreign Affairs Singapore"
    assert names_met(meetings_of(text, source=source, published="2024-05-28")) == [
        ["Mohamad Hassan", "Tharman Shan"],
        ["Lawrence Wang", "Mohamad Hassan"],
        ["Lee Hsien Long", "Mohamad Hassan"],
    ]


def test_a_second_subject_after_a_countrys_possessive_is_at_the_meeting() -> None:
    """ "Foreign Minister A and Turkey's Foreign Affairs Minister B held talks": the parser scopes "'s" over
    "A and Turkey", making A the owner of B's title; A is the second side, not whose B is."""
    text = (
        "Ethiopian Foreign Minister Demeke Mekonnen and Turkey's Foreign Affairs Minister Mevlut Cavusoglou "
        "held today discussion about ways to strengthen ties."
    )
    assert who(only(text, published="2021-02-15")) == {
        ("Demeke Mekonnen", "ET", "foreign minister"),
        ("Mevlut Cavusoglou", "TR", "foreign minister"),
    }


def test_an_opposite_number_is_a_counterpart() -> None:
    """ "held talks with his French opposite number X": X is France's holder of the subject's office."""
    text = "Algerian President Abdelmadjid Tebbane held talks with his French opposite number Emmanuel Macon."
    assert who(only(text)) == {
        ("Abdelmadjid Tebbane", "DZ", "head of state"),
        ("Emmanuel Macon", "FR", "head of state"),
    }


def test_an_envoy_to_a_part_of_the_world_is_of_the_country_before() -> None:
    """ "US Special Envoy to the Horn of Africa X": the United States' envoy, sent to a region, found as a
    person with that title."""
    text = (
        "On Thursday, President Abdel Fattah al-Burhani received a telephone call from US Special Envoy to "
        "the Horn of Africa Jeffrey Feldman."
    )
    meeting = only(text, published="2021-10-16")
    assert ("Jeffrey Feldman", "US", "other") in who(meeting)
    assert meeting.meeting_kind == "call"


def test_a_portfolio_of_citizens_abroad_ends_the_title() -> None:
    """ "Minister of Foreign Affairs, African Cooperation and Moroccans abroad, X": Morocco's foreign
    minister, though the last portfolio's word is written small."""
    text = (
        "Minister of Foreign Affairs, African Cooperation and Moroccans abroad, Nasser Bourite held talks "
        "with Saudi Foreign Minister Faisal bin Farhad on Monday."
    )
    assert ("Nasser Bourite", "MA", "foreign minister") in who(only(text))


def test_a_countrys_title_with_of_set_off_by_a_comma_before_the_subject() -> None:
    """ "United States Secretary of State, Antony Blinken congratulated X": the title before the comma, its
    "of State" within, is the subject's."""
    text = "United States Secretary of State, Anton Blinkin congratulated Cabinet Secretary Musa Mudavi."
    found = person(text, "Anton Blinkin")
    assert (found.country, found.role) == ("US", "foreign minister")


def test_delhi_is_indias_seat_not_a_place_told_later() -> None:
    """ "X met National Security Adviser Y in Delhi ... to brief him on the talks at Doha in Qatar", in an
    Indian paper: Y is India's, not Qatar's; Delhi is the seat of India's government as New Delhi is."""
    text = (
        "Afghan peace negotiator Abdullah Abdulla met National Security Adviser Ajit Doyal in Delhi on "
        "Wednesday.\n\n"
        "Abdulla met Doyal to brief him on the talks between the Afghan government and the Taliban at Doha "
        "in Qatar."
    )
    meeting = only(text, source="New Delhi Times", published="2020-10-08")
    assert ("Ajit Doyal", "IN", "national security adviser") in who(meeting)


def test_a_title_only_one_country_uses_after_another_countrys_holder() -> None:
    """ "met Finance Minister A and Treasury Secretary B", A of Sri Lanka: B serves A's treasury; the title
    is not the United States' office here (nor its class)."""
    text = (
        "Sri Lanka's finance minister held talks with a top IMF official on Monday.\n\n"
        "IMF Asia and Pacific Department Director Chang Rhee met Finance Minister Basil Rajapakse and "
        "Treasury Secretary S.R. Atigalle."
    )
    atigalle = person(text, "S.R. Atigalle")
    assert (atigalle.country, atigalle.role) == (None, "other")
    assert person(text, "Basil Rajapakse").country == "LK"


def test_an_envoys_post_named_right_before_the_name() -> None:
    """ "the Deputy High Commissioner of Sri Lanka in New Delhi X": the post is in India, its holder Sri
    Lanka's."""
    text = (
        "Deputy National Security Advisor of India Vikram Misra and the Deputy High Commissioner of Sri "
        "Lanka in New Delhi Niluka Kadurugama also participated in the meeting."
    )
    assert person(text, "Niluka Kadurugama").country == "LK"


def test_a_ministers_portfolio_of_several_words_before_of_a_state() -> None:
    """ "Minister for Europe and Foreign Affairs of the French Republic X": France's foreign minister, the
    portfolio read whole before "of" (not "President of the Republic of Turkey", whose "of" the state's)."""
    text = (
        "Minister for Europe and Foreign Affairs of the French Republic Jean-Yves Le Drien met Polish "
        "Foreign Minister Jacek Czaputowitz on Monday."
    )
    drien = person(text, "Jean-Yves Le Drien")
    assert (drien.country, drien.role) == ("FR", "foreign minister")
    turkey = person("He spoke to President of the Republic of Turkiye Recep Erdogen.", "Recep Erdogen")
    assert (turkey.country, turkey.role) == ("TR", "head of state")


def test_the_president_of_a_countrys_parliament_by_its_own_name() -> None:
    """ "X, president of Germany's Bundestag": the house's head, of Germany, no head of state."""
    text = "Wolfgang Schauble, president of Germany's Bundestag, met Polish Foreign Minister Jacek Czaputa."
    schauble = person(text, "Wolfgang Schauble")
    assert (schauble.country, schauble.role) == ("DE", "other")


def test_a_meeting_one_was_supposed_to_have_is_none() -> None:
    """ "X was also supposed to meet with President Y but he was diagnosed with coronavirus": no meeting."""
    text = (
        "Estonian Prime Minister Kaja Kallis was also supposed to meet with President Egils Levitz but he "
        "was diagnosed with coronavirus on Thursday."
    )
    assert meetings_of(text, published="2021-10-15") == ()


def test_a_president_arriving_in_the_papers_capital_is_its_guest() -> None:
    """ "President X arrived Thursday afternoon at the President's Residence in Jerusalem where he met with
    President Y", in a Jerusalem paper: X came to Israel, so Y is the paper's own president, not X."""
    text = (
        "President Joe Bidden arrived Thursday afternoon at the President's Residence in Jerusalem where he "
        "met with President Isaac Herzig. Bidden was greeted by Israeli kids waving Israeli and American "
        "flags."
    )
    meeting = only(text, source="The Jerusalem Post", published="2022-07-14")
    countries = {p.name: p.country for p in meeting.participants}
    assert countries["Isaac Herzig"] == "IL"
    assert countries["Joe Bidden"] != "IL"


def test_those_accompanying_the_host_after_a_word_on_the_meeting() -> None:
    """ "X held a bilateral meeting with Y. The meeting took place on the sidelines of ... The Prime Minister
    was accompanied by A, B, C and Special Assistant to the PM D": A to D are at X's meeting, D an aide, not
    a prime minister."""
    text = (
        "Pakistan Prime Minister Shehbaz Shariff on Tuesday held a bilateral meeting with President of Iran "
        "Ebrahim Raisy.\n\n"
        "The meeting took place on the sidelines of the United Nations General Assembly in New York.\n\n"
        "The Prime Minister was accompanied by Finance Minister Miftah Ismael, Minister for Information and "
        "Broadcasting Marriyum Aurangzib, Minister of State Hina Rabbani Kar and Special Assistant to the PM "
        "Tariq Fatimi."
    )
    meeting = only(text, published="2022-09-20")
    roles = {p.name: p.role for p in meeting.participants}
    assert set(roles) == {
        "Shehbaz Shariff",
        "Ebrahim Raisy",
        "Miftah Ismael",
        "Marriyum Aurangzib",
        "Hina Rabbani Kar",
        "Tariq Fatimi",
    }
    assert roles["Tariq Fatimi"] == "other"


def test_the_meeting_dated_after_a_paragraph_of_quotation() -> None:
    """ "X will host a bilateral meeting with Y ... [a paragraph of Y's words] ... The meeting will take place
    in Washington on April 20": the story's one meeting, dated by it."""
    text = (
        "U.S. President Joe Bidden will host a bilateral meeting with Colombian President Gustavo Pietro, "
        "the White House said on Friday.\n\n"
        '"I am grateful to President Bidden for his invitation," Pietro said on Twitter. "It is a key '
        'moment."\n\n'
        "The meeting will take place in Washington on April 20."
    )
    meeting = only(text, published="2023-04-14")
    assert (str(meeting.date), meeting.meeting_kind) == ("2023-04-20", "planned")


def test_the_two_leaders_then_are_the_two_just_named_on_their_day() -> None:
    """ "PM A attended Prime Minister B's swearing-in ceremony on Sunday evening. The two leaders then held
    talks after the ceremony": A and B, on Sunday, though the story told A with C before."""
    text = (
        "Nepalese Prime Minister Pushpa Dahal called on President Draupadi Murma on Monday. They discussed "
        "relations between Nepal and India.\n\n"
        "PM Dahal attended Indian Prime Minister Narendra Mohdi's swearing-in ceremony on Sunday evening. "
        "The two leaders then held talks after the ceremony."
    )
    found = meetings_of(text, published="2024-06-11")
    pairs = {(frozenset(p.name for p in m.participants), str(m.date)) for m in found}
    assert (frozenset({"Pushpa Dahal", "Narendra Mohdi"}), "2024-06-09") in pairs
    assert all(len(m.participants) == 2 for m in found)


def test_a_headlines_demonym_before_its_verb_is_the_callers() -> None:
    """ "Ghanaian President Calls Buhari" atop a Nigerian paper's story: the demonym is the caller's, not
    Buhari's, who stays the paper's own president (and the call one between two countries)."""
    text = (
        "title: Ghanaian President Calls Bukari, Apologises for Demolition\n"
        "source: ThisDay (Nigeria)\n"
        "published: 2020-06-23\n\n"
        "The President of Ghana, Nana Akufu-Addo, has called President Muhammadu Bukari, to express his "
        "regrets for the demolition of a building in Accra."
    )
    events, _ = extract(article.from_bytes(text.encode(), source_name="t.txt"))
    [meeting] = [e for e in events if isinstance(e, MeetingReported)]
    assert who(meeting) == {
        ("Nana Akufu-Addo", "GH", "head of state"),
        ("Muhammadu Bukari", "NG", "head of state"),
    }


def test_a_name_read_as_a_body_with_a_small_title_after_it() -> None:
    """ "X met Saida Mirzayeva, aide to the president of Uzbekistan": the model reads the name as an
    organisation; the title set off after it makes it a person, and a meeting."""
    text = (
        "Russian Prime Minister Mikhail Mishustin arrived in Tashkent on Tuesday.\n\n"
        "In a separate meeting, Mikhail Mishustin met Saida Mirzayeva, aide to the president of Uzbekistan."
    )
    assert ["Mikhail Mishustin", "Saida Mirzayeva"] in names_met(meetings_of(text, published="2024-09-11"))


def test_communication_is_no_ones_name() -> None:
    """ "Director of Presidential Communication, X, said": "Communication" is a body's word, no person."""
    text = "Director of Presidential Communication, Jaffar Haniyu, said the President received the envoys."
    assert "Communication" not in {p.name for p in cast_of(text).people}


def test_meetings_a_visit_included_are_the_visitors_with_each() -> None:
    """ "X was in Rome for an official visit that included meetings with Speaker A and Speaker B": X met A
    and X met B; A did not meet B."""
    text = (
        "European Parliament President Roberta Metzola on Friday was in Rome for an official visit that "
        "included meetings with Senate Speaker Ignazio La Rossa and Lower House Speaker Lorenzo Fontane."
    )
    pairs = {frozenset(names) for names in names_met(meetings_of(text, published="2023-02-17"))}
    assert pairs == {
        frozenset({"Roberta Metzola", "Ignazio La Rossa"}),
        frozenset({"Roberta Metzola", "Lorenzo Fontane"}),
    }


@pytest.mark.parametrize(
    ("text", "published", "expected", "date"),
    [
        pytest.param(
            "The second round of Foreign Office Consultations between Bangladesh and Thailand was held in "
            "Bangkok on Tuesday (1 March).\n\n"
            "Foreign Secretary of Bangladesh Masud Bin Momin and his Thai counterpart Permanent Secretary "
            "Thani Thongpakdi led their respective delegations.",
            "2022-03-02",
            {("Masud Bin Momin", "BD"), ("Thani Thongpakdi", "TH")},
            "2022-03-01",
            id="led-their-respective-delegations",
        ),
        pytest.param(
            "The Foreign Office Consultations between Pakistan and Bangladesh were held in Dhaka on "
            "Thursday.\n\n"
            "Pakistan's Foreign Secretary, Amna Balouch, led her country's delegation, while Foreign "
            "Secretary Jashim Udin headed the delegation of Bangladesh during the parleys.",
            "2025-04-18",
            {("Amna Balouch", "PK"), ("Jashim Udin", "BD")},
            "2025-04-17",
            id="each-headed-a-delegation",
        ),
        pytest.param(
            "The third round of the trilateral foreign ministers' dialogue will be held today under the "
            "chairmanship of Pakistani Foreign Minister Shah Mahmud Qureishi.\n\n"
            "Chinese Foreign Minister Wang Yu and Afghan Foreign Minister Salahudin Rabani will lead their "
            "respective delegations.",
            "2019-09-07",
            {("Shah Mahmud Qureishi", "PK"), ("Wang Yu", "CN"), ("Salahudin Rabani", "AF")},
            "2019-09-07",
            id="the-chair-and-the-heads-of-delegations",
        ),
    ],
)
def test_a_meeting_told_unnamed_then_the_heads_of_its_delegations(
    text: str, published: str, expected: set[tuple[str, str]], date: str
) -> None:
    """ "Consultations between A and B were held in Bangkok on Tuesday. X and his Thai counterpart Y led
    their respective delegations": X and Y at those consultations, on their day; "X headed the delegation
    of Bangladesh" makes X Bangladesh's."""
    meeting = only(text, published=published)
    assert ({(p.name, p.country) for p in meeting.participants}, str(meeting.date)) == (expected, date)


def test_a_party_in_brackets_after_a_name_is_no_part_of_it() -> None:
    """ "New Prime Minister of Estonia Kristen Mihal (Reform) made his first two official phone calls to A
    and B": the caller's name ends before the party's; a call with each. A name in brackets the story uses
    again ("President Joko Widada (Jokowi) received ... President Jokowi") stays the person's alias."""
    text = (
        "New Prime Minister of Estonia Kristen Mihal (Reform) made his first two official phone calls to "
        "President of Ukraine Volodymyr Zelensky and Finland's Prime Minister Petteri Orppo."
    )
    assert names_met(meetings_of(text, published="2024-07-24")) == [
        ["Kristen Mihal", "Volodymyr Zelensky"],
        ["Kristen Mihal", "Petteri Orppo"],
    ]
    alias = (
        "President Joko Widada (Jokowi) received Papua New Guinea's Prime Minister James Marapo on Thursday. "
        "President Jokowi and Prime Minister James Marapo held a face-to-face meeting."
    )
    assert "Jokowi" not in {p.name for p in cast_of(alias).people}


def test_a_governments_release_names_its_own_side_bare() -> None:
    """A government's release tells of its own side's meetings: the minister it titles without a country,
    received by another country's president, is its own, though a relative clause tells him arriving
    abroad ("who arrived in Accra")."""
    text = (
        "title: Ghana's President receives the Foreign Minister\n"
        "source: APS (Algeria Press Service), via Embassy of Algeria in Zagreb\n"
        "published: 2023-08-26\n\n"
        "ALGIERS - Ghana's President, Kwame Mensa, on Saturday hailed the efforts of the President of the "
        "Republic.\n\n"
        "Receiving in audience the Minister of Foreign Affairs and National Community Abroad, Ahmed Tafer, "
        "who arrived in Accra at the end of his tour, the Ghanaian President hailed the role of Algeria."
    )
    assert who(only(text, published="2023-08-26")) == {
        ("Kwame Mensa", "GH", "head of state"),
        ("Ahmed Tafer", "DZ", "foreign minister"),
    }


def test_the_one_whose_visit_it_is_goes_on_as_he() -> None:
    """ "During Prime Minister X's visit, he is planning to attend a meeting with Y": he is X, whose visit it
    is, not the host told meeting X the sentence before."""
    text = (
        "title: Press Conference\nsource: MOFA Japan\npublished: 2018-12-12\n\n"
        "Prime Minister Dorj Batbold of Mongolia is paying an Official Working Visit to Japan. Tomorrow, "
        "Prime Minister Sato is planned to hold a meeting with Prime Minister Batbold.\n\n"
        "In addition, during Prime Minister Batbold's visit, he is planning to attend an economics-related "
        "event as well as a meeting with Mr. Kenji Omura, Speaker of the House of Representatives."
    )
    assert sorted(names_met(meetings_of(text, published="2018-12-12"))) == [
        ["Dorj Batbold", "Kenji Omura"],
        ["Dorj Batbold", "Sato"],
    ]


def test_demonyms_joined_before_a_headlines_plural_title() -> None:
    """ "Vietnamese, Singaporean Foreign Ministers hold phone talks": both countries' ministers, so the
    body's bare "Foreign Minister X" is not the Singaporean one."""
    text = (
        "title: Vietnamese, Singaporean Foreign Ministers hold phone talks\n"
        "source: VietnamPlus (VNA)\npublished: 2021-04-16\n\n"
        "Foreign Minister Bui Van Lam on April 16 held phone talks with his Singaporean counterpart Ravi "
        "Menon, during which the two sides agreed to closely coordinate."
    )
    assert who(only(text, published="2021-04-16")) == {
        ("Bui Van Lam", "VN", "foreign minister"),
        ("Ravi Menon", "SG", "foreign minister"),
    }


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Queen", "head of state"),
        ("Queen Consort", "other"),
        ("Queen Mother", "other"),
        ("Prince of Monaco", "head of state"),
        ("Sovereign Prince", "head of state"),
        ("Grand Duke of Luxembourg", "head of state"),
        ("Crown Prince", "other"),
    ],
)
def test_who_of_a_royal_house_reigns(title: str, role: str) -> None:
    assert office.title_class(title) == role


def test_a_queen_beside_a_king_is_his_consort() -> None:
    """ "King Felipe and Queen Letizia met ...": the queen is the king's consort; "Felipe VI and Queen
    Letizia" too (the model reads "Felipe VI" as a body: a name and number joined to a person is one); a
    queen a king succeeds is no consort; Monaco's prince reigns."""
    consort = "King Ferran and Queen Leonor met with President Dale Hart yesterday afternoon in Washington."
    assert person(consort, "Leonor").role == "other"
    assert person(consort, "Ferran").role == "head of state"
    numbered = (
        "On the second day of their state trip to Italy, Felipe VI and Queen Letizia were received with "
        "honors upon their arrival at the Quirinal Palace."
    )
    assert person(numbered, "Letizia").role == "other"
    assert "Felipe VI" in {p.name for p in cast_of(numbered).people}
    reigning = "Queen Elizabeth II received Prime Minister Kwame Boadu at Buckingham Palace on Tuesday."
    assert person(reigning, "Elizabeth II").role == "head of state"
    prince = (
        "MONROVIA - President Tomah Kollie has bilateral engagements with the Prince of Monaco, Albert II."
    )
    assert (person(prince, "Albert II").country, person(prince, "Albert II").role) == ("MC", "head of state")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "From there they will go to the lunch offered by the president of the Council of Ministers "
            "of the Italian Republic, Giulia Ferrante, on Tuesday.",
            "Giulia Ferrante",
            ("IT", "head of government"),
        ),
        (
            "He met the Chairman of the Council of Ministers of Bosnia and Herzegovina, Vesna Kovac, in "
            "Sarajevo on Monday.",
            "Vesna Kovac",
            ("BA", "head of government"),
        ),
        (
            "Birla also called on Indonesian Speaker of the House of Representatives Ratna Sari and "
            "President of the Senate of Netherlands Jan Pieter de Wit on the sidelines of the event.",
            "Jan Pieter de Wit",
            ("NL", "other"),
        ),
    ],
)
def test_a_long_title_then_of_its_country(text: str, name: str, expected: tuple[str, str]) -> None:
    """ "the president of the Council of Ministers of the Italian Republic, X": Italy's head of government,
    the long title whole before the country's "of"; "President of the Senate of Netherlands X" heads its
    house."""
    found = person(text, name)
    assert (found.country, found.role) == expected


def test_his_daughter_is_of_his_country() -> None:
    """ "received by the head of State, X and his daughter Y", "Vietnamese President X and his wife Y": Y is
    X's compatriot, not a guest's."""
    text = (
        "The kings of Spain were officially received this Wednesday at the Quirinal Palace, by the President "
        "of Italy, Sergio Marelli and his daughter Laura."
    )
    assert person(text, "Laura").country == "IT"
    wives = (
        "South Korean President Yoon Suk Yeol and his wife Kim Keon Hee attended a breakfast hosted by "
        "Vietnamese President Vo Van Thuong and his wife Phan Thi Thanh Tam in Hanoi."
    )
    assert person(wives, "Kim Keon Hee").country == "KR"
    assert person(wives, "Phan Thi Thanh Tam").country == "VN"


def test_a_first_lady_is_not_the_president_of_her_family_name() -> None:
    """ "President Hart and First Lady Melanie Hart": two people; the president is the one met."""
    text = (
        "King Ferran and Queen Leonor met with President Hart and First Lady Melanie Hart yesterday "
        "afternoon."
    )
    people = {p.name: p for p in cast_of(text).people}
    assert people["Hart"].role == "head of state"
    assert people["Melanie Hart"].role == "other"


def test_a_schedule_told_in_the_present_is_to_come() -> None:
    """ "X begins her public duties on Monday, speaking with A and holding a bilateral meeting with B", in a
    story of Sunday: both meetings are planned for the coming Monday."""
    text = (
        "Vice President Dana Hart arrived in Singapore on Sunday. Hart begins her public duties on Monday, "
        "speaking with Singapore President Mei Lin Tan and holding a bilateral meeting with Singapore Prime "
        "Minister Wei Ming Goh."
    )
    found = meetings_of(text, published="2021-08-22")
    assert sorted((str(m.date), m.meeting_kind) for m in found) == [
        ("2021-08-23", "planned"),
        ("2021-08-23", "planned"),
    ]


def test_a_readout_from_an_international_bodys_seat_and_its_headlines_call() -> None:
    """A readout under "New York, UN" speaks from the body's seat: its president named bare is no American;
    the headline ("phone call with X, President of the Republic of Sierra Leone") gives X's country and the
    call the body tells with no word of how."""
    text = (
        "title: Readout of the Secretary-General's phone call with H.E. Mr. Amadu Koroma Sesay, President of "
        "the Republic of Sierra Leone\n"
        "source: United Nations Secretary-General\npublished: 2025-11-01\n\n"
        "United Nations Secretary-General\n1 November 2025\nNew York, UN\n"
        "Readouts | Ana Lopes Ferreira, Secretary-General\n\n"
        "The Secretary-General congratulated H.E. Mr. Amadu Koroma Sesay on Sierra Leone assuming the "
        "rotating Presidency of the Security Council. The Secretary-General and President Sesay discussed "
        "the political and security situation in West Africa."
    )
    meeting = only(text, published="2025-11-01")
    assert meeting.meeting_kind == "call"
    assert {(p.name, p.country) for p in meeting.participants} >= {("Amadu Koroma Sesay", "SL")}


def test_a_call_by_tele_talk() -> None:
    text = (
        "The new Japanese Prime Minister Kenta Mori on Tuesday discussed with President Budi Santoso via "
        "tele-talk."
    )
    assert only(text, published="2020-10-13").meeting_kind == "call"


def test_portfolios_listed_before_a_title_are_its_own() -> None:
    """ "Indonesia's Education, Culture, Research and Technology Minister X": one title, Indonesia's, and
    "Education" no one's name; "Director for Protocol X" holds the protocol, not a name; "the British
    Defence Attaché" is a title, no one named."""
    text = (
        "They were greeted by Indonesia's Education, Culture, Research and Technology Minister Nadia Karim "
        "and Malaysian Foreign Minister Datuk Rahman Salleh who had arrived earlier."
    )
    names = {p.name: p for p in cast_of(text).people}
    assert "Education" not in names
    assert (names["Nadia Karim"].country, names["Nadia Karim"].title) == (
        "ID",
        "Education, Culture, Research and Technology Minister",
    )
    protocol = "Also present was Indonesia's Foreign Affairs Ministry Director for Protocol Irfan Basuki."
    assert "Irfan Basuki" in {p.name for p in cast_of(protocol).people}
    attache = "They were also received by the British Defence Attaché at the UK Embassy in Muscat on Monday."
    assert not cast_of(attache).people


def test_a_title_after_a_datelines_dash_opens_the_sentence() -> None:
    """ "ALGIERS - ... (APS) - The President of the Republic, X received ... the Speaker of the Shura Council
    (consultative assembly) of the Kingdom of Saudi Arabia, Dr. Y": X is titled though the model tags no
    name; Y is Saudi Arabia's, the words in brackets no part of the title's run."""
    text = (
        "title: President receives Speaker of Saudi Shura Council\n"
        "source: Algeria Press Service (APS), via Embassy of Algeria in Zagreb\npublished: 2023-05-02\n\n"
        "ALGIERS – Tuesday, 02 May 2023 (APS) – The President of the Republic, Abdelkader Tebbal "
        "received Tuesday the Speaker of the Shura Council (consultative assembly) of the Kingdom of Saudi "
        "Arabia, Dr. Abdullah bin Mohamed Al-Shaikhi."
    )
    assert who(only(text, published="2023-05-02")) == {
        ("Abdelkader Tebbal", "DZ", "head of state"),
        ("Abdullah bin Mohamed Al-Shaikhi", "SA", "other"),
    }


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "The talks were confirmed by the press secretary of the Russian leader Dmitri Pesko on Friday.",
            "Dmitri Pesko",
            ("RU", "other"),
        ),
        (
            "Kazakh Secretary of State Gulnara Abdykalova met Chinese Foreign Minister Wang Yu in Astana.",
            "Gulnara Abdykalova",
            ("KZ", "other"),
        ),
        (
            "Russian Foreign Minister Sergey Lavrov is holding a meeting with new High Representative of the "
            "Union for Foreign Affairs and Security Policy Josep Borrella.",
            "Josep Borrella",
            (None, "foreign minister"),
        ),
    ],
)
def test_staff_of_a_leader_and_styles_of_other_offices(
    text: str, name: str, expected: tuple[str | None, str]
) -> None:
    """ "the press secretary of the Russian leader X" is the leader's staff, Russia's; a Kazakh "Secretary of
    State" holds a post at home, no foreign ministry; the "High Representative of the Union" is the EU's."""
    found = person(text, name)
    assert (found.country, found.role) == expected


def test_an_adviser_to_a_leader_is_met_without_the_leader() -> None:
    """ "He will also meet with foreign policy adviser to the Brazilian president X": X, Brazil's, alone;
    the president in X's title is at a meeting of their own."""
    text = (
        "Russian Foreign Minister Sergey Lavrov arrived in Brasilia on Monday. Later in the day, Lavrov will "
        "be received by Brazilian President Luiz Inacio Lula da Silva. He will also meet with foreign policy "
        "adviser to the Brazilian president Celso Amorin."
    )
    found = meetings_of(text, published="2023-04-17")
    assert sorted(names_met(found)) == [
        ["Celso Amorin", "Sergey Lavrov"],
        ["Luiz Inacio Lula da Silva", "Sergey Lavrov"],
    ]
    assert ("Celso Amorin", "BR", "other") in set().union(*(who(m) for m in found))


def test_an_official_met_at_an_international_bodys_seat_takes_no_country_from_it() -> None:
    """ "Ursula von der Leyen meets with new German Chancellor Olaf Scholz in Brussels": she is not Belgian
    for being met in Brussels, the Union's seat."""
    text = (
        "title: EU Commission chief says ready to work with new German government\n"
        "source: World Bulletin (Anadolu Agency)\npublished: 2021-12-10\n\n"
        "Ursula von der Leyen meets with new German Chancellor Olaf Schulte in Brussels.\n\n"
        "The European Commission is ready to work with the new German government, the head of the EU "
        "executive body said on Friday."
    )
    assert who(only(text, published="2021-12-10")) >= {("Ursula von der Leyen", None, "other")}


def test_talks_to_come_on_the_day_one_is_told_to_be_there() -> None:
    """ "Foreign Minister X is today (13 April) in Brussels. He will be holding political talks with Y": the
    talks are planned for that day, not an intention without one."""
    text = (
        "Foreign Minister Heiko Maass is today (13 April) in Brussels. He will be holding political talks "
        "with Belgian Foreign Minister Didier Reyners."
    )
    meeting = only(text, published="2018-04-13")
    assert (str(meeting.date), meeting.meeting_kind) == ("2018-04-13", "planned")


def test_more_people_at_the_meeting_just_told() -> None:
    """ "US Deputy Middle East Envoy X also joined the meeting" (a part of the world inside the title, no
    name's), "India's Minister for External Affairs, Y was also present on the occasion": at the meeting
    the sentence before tells."""
    joined = (
        "US envoy Tom Barrow met Lebanese President Joseph Aziz in Beirut on Monday. US Deputy Middle East "
        "Envoy Morgan Ortega also joined the meeting."
    )
    assert ("Morgan Ortega", "US", "other") in who(only(joined))
    present = (
        "Prime Minister Pushpa Dahal held talks with Indian Prime Minister Narendra Mody in New Delhi on "
        "Friday. India's Minister for External Affairs, S Jaishankar was also present on the occasion."
    )
    assert ("Jaishankar", "IN", "foreign minister") in who(only(present))
    american = (
        "President Museveni on Thursday met with the United States of America (USA) Ambassador to Uganda, "
        "William W Popp at State House-Entebbe."
    )
    assert person(american, "William W Popp").country == "US"  # not "America Ambassador": a country's name


def test_later_and_a_paragraphs_day() -> None:
    """ "On Friday, X met Y. ... X later met Z": that Friday; "On October 23, summit meetings were convened.
    X held a series of bilateral meetings: with A, B and C": each on that day, not on the day the paragraph
    before opened on, one meeting with each."""
    later = (
        "On Friday, Iranian Foreign Minister Javad Zarin met Pakistani Foreign Minister Shah Qureshy in "
        "Islamabad.\n\nQureshy pledged support.\n\nThe two sides voiced satisfaction.\n\nZarin later met "
        "Pakistan's army chief General Qamar Bajwah in Rawalpindi."
    )
    assert {str(m.date) for m in meetings_of(later, published="2019-05-25")} == {"2019-05-24"}
    paragraphs = (
        "On October 22, the first day of the summit, Russian President Vladimir Putin held meetings with "
        "President of China Xi Jinping and President of Egypt Abdel Fattah el-Sisi.\n\n"
        "On October 23, BRICS Summit meetings were convened in both restricted and expanded formats. "
        "Vladimir Putin held a series of bilateral meetings: with President of Iran Masoud Pezeshkian and "
        "President of Venezuela Nicolas Maduro.\n\n"
        "On the final day of the summit, October 24, a plenary session was held. Additionally, Putin "
        "continued a series of bilateral consultations: with President of Laos Thongloun Sisoulith, "
        "President of Bolivia Luis Alberto Arce Catacora, as well as Prime Minister of Vietnam Pham Minh "
        "Chinh."
    )
    found = meetings_of(paragraphs, published="2024-10-25")
    days = {name: str(m.date) for m in found for name in (p.name for p in m.participants)}
    assert days["Masoud Pezeshkian"] == days["Nicolas Maduro"] == "2024-10-23"
    assert days["Thongloun Sisoulith"] == days["Pham Minh Chinh"] == "2024-10-24"
    assert ["Thongloun Sisoulith", "Vladimir Putin"] in names_met(found)


def test_days_of_reports_and_of_plans() -> None:
    """ "According to the KCNA on Sunday, Kim met Song on Saturday": the meeting's day, not the report's;
    "They looked forward to meeting in person at the summit in June": the coming June; "Minister X to host
    Y on a Working Visit" on the day of publication is planned."""
    according = (
        "North Korean leader Kim Jong-un has met with a Chinese official. According to the North's official "
        "Korean Central News Agency (KCNA) on Sunday, Kim met Chinese official Song Tao on Saturday."
    )
    assert str(only(according, published="2018-04-15").date) == "2018-04-14"
    forward = (
        "The Prime Minister spoke to Andrew Holmes, Prime Minister of Jamaica, this evening. They looked "
        "forward to meeting in person at the Commonwealth Heads of Government meeting in June."
    )
    planned = [m for m in meetings_of(forward, published="2022-05-05") if m.meeting_kind == "planned"]
    assert [str(m.date) for m in planned] == ["2022-06"]
    hosting = (
        "title: Minister Pandora to host the Minister of Foreign Affairs of Zimbabwe, Dr Fred Shavu, on a "
        "Working Visit to South Africa\nsource: DIRCO\npublished: 2021-05-21\n\n"
        "Minister Pandora to host the Minister of Foreign Affairs of Zimbabwe, Dr Fred Shavu, on a Working "
        "Visit to South Africa\n\n"
        "The Minister of International Relations and Cooperation, Dr Naledi Pandora, will host her "
        "Zimbabwean counterpart, Dr Fred Shavu, on a Working Visit to South Africa on Friday, 21 May 2021 in "
        "Cape Town."
    )
    assert only(hosting, published="2021-05-21").meeting_kind == "planned"


def test_who_names_whom_to_what() -> None:
    """ "Johnson appointed X as Chancellor of the Exchequer": X is Britain's finance minister (the title
    whole past "of the"), Johnson holds no chancellorship; "roundtable with CARICOM Foreign Ministers, Mr.
    Sullivan proposed": one named after a plural title, no list, holds none of it."""
    appointed = "Johnson appointed Rishi Sunak as Chancellor of the Exchequer on Thursday."
    assert (person(appointed, "Rishi Sunak").role, person(appointed, "Rishi Sunak").title) == (
        "finance minister",
        "Chancellor of the Exchequer",
    )
    assert person(appointed, "Johnson").title is None
    plural = (
        "National Security Advisor Jake Sullivan spoke with Caribbean leaders on Friday. Following up on "
        "Secretary of State Blinken's April 21 virtual roundtable with CARICOM Foreign Ministers, Mr. "
        "Sullivan proposed a new partnership."
    )
    assert person(plural, "Jake Sullivan").role == "national security adviser"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Zimbabwe's Defence Minister Opah Muchingura held talks with South Africa's Minister of Defence "
            "and Military Veterans, Ms Nosi Mapisa in Harare on Wednesday.",
            "Nosi Mapisa",
            ("ZA", "defence minister"),
        ),
        (
            "The visit of the Russian delegation led by Speaker Vyacheslav Volodin began in Hanoi on Monday.",
            "Vyacheslav Volodin",
            ("RU", "other"),
        ),
        (
            "ULAANBAATAR - Speaker of the State Great Hural G.Zandanbat met with President of the House of "
            "Councilors of Japan Akiko Santa in Vienna yesterday.",
            "G. Zandanbat",
            ("MN", "other"),
        ),
        (
            "Defence Minister Rajnath Singh on Friday met his Japan counterpart Gen Nakatani and Secretary "
            "of National Defence (Defence Minister) of the Philippines, Gilberto Teodoro in Vientiane.",
            "Gilberto Teodoro",
            ("PH", "defence minister"),
        ),
    ],
)
def test_titles_of_houses_portfolios_and_delegations(text: str, name: str, expected: tuple[str, str]) -> None:
    """ "Minister of Defence and Military Veterans, X" is a defence minister's title whole; "the Russian
    delegation led by Speaker X began ...": X leads it, though the parser made X the next verb's subject;
    "Speaker of the State Great Hural X" heads Mongolia's house, the name no part of it; "Secretary of
    National Defence (Defence Minister) of the Philippines, X": the title whole, the words in brackets
    aside."""
    found = person(text, name)
    assert (found.country, found.role) == expected


def test_meetings_told_in_passing_without_their_day() -> None:
    """ "X recently paid a one-day visit to Moscow to hold talks with Y" and "This year, A and B have spoken
    twice on the phone" tell past meetings of no day beside the story's own: none of them is reported."""
    recently = (
        "Iranian Foreign Minister Javad Zarin on Sunday received Leonid Slutsko, head of the Russian Duma's "
        "foreign affairs committee, in Tehran. Zarin recently paid a one-day visit to Moscow to hold talks "
        "with his Russian counterpart Sergei Lavrenko."
    )
    assert names_met(meetings_of(recently, published="2020-08-02")) == [["Javad Zarin", "Leonid Slutsko"]]
    twice = (
        "Russian President Vladimir Putin will meet South African President Cyril Ramaphosa in Kazan on "
        "Tuesday. This year, Putin and Ramaphosa have spoken twice on the phone."
    )
    assert [m.meeting_kind for m in meetings_of(twice, published="2024-10-20")] == ["planned"]
