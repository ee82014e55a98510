"""Office titles: which words make one, its class, and the country or organisation a title alone implies.

A title is a run of title words holding a head word ("minister",
"president", "secretary", ...): "Minister for Foreign Affairs",
"Union Defence Minister", "Secretary of State for Foreign, Commonwealth and
Development Affairs", "Armed Forces Minister", "High Representative". Its
class comes from what the words say (foreign, defence, finance, ...), not
from a list of whole titles, so titles no list foresaw still get one.
"""

from __future__ import annotations

import functools
import re

from timeline import gazetteer
from timeline.gazetteer import TITLE_COUNTRY

# Words a title is made of (lowercase). Connectors ("of", "for", "and", "the") may stand inside one.
TITLE_WORDS = frozenset(
    [
        "prime",
        "presidential",
        "pm",  # "PM Trudeau", "FM Wang": the headline abbreviations
        "fm",
        "eam",  # "EAM Jaishankar": India's External Affairs Minister
        "tánaiste",  # Ireland's deputy prime minister
        "tanaiste",
        "press",  # "Pentagon Press Secretary": a spokesman, not the department's Secretary
        "minister",
        "ministers",
        "president",
        "vice",
        "deputy",
        "delegate",  # "Minister Delegate to the Minister of External Relations"
        "foreign",
        "affairs",
        "external",
        "relations",
        "secretary",
        "state",
        "defence",
        "defense",
        "armed",
        "forces",
        "national",
        "security",
        "adviser",
        "advisor",
        "finance",
        "treasury",
        "exchequer",
        "trade",
        "commerce",
        "representative",
        "king",
        "queen",
        "lady",  # "the First Lady": a head of state's spouse, no name
        "consort",  # "Queen Consort Camilla": a monarch's wife (her office's class is "other")
        "emperor",
        "emir",
        "monarch",
        "sultan",
        "crown",
        "prince",
        "princess",
        "chancellor",
        "premier",
        "taoiseach",
        "high",
        "ambassador",
        "coordinating",  # Indonesia's "Coordinating Minister for Maritime Affairs"
        "extraordinary",  # "Ambassador Extraordinary and Plenipotentiary": an ambassador's full rank
        "plenipotentiary",
        "nuncio",  # the Holy See's ambassador: "Apostolic Nuncio to Chile"
        "attaché",  # "the British Defence Attaché": an embassy's officer
        "attache",
        "apostolic",
        "general",
        "secretary-general",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "chief",
        "economy",
        "economic",
        "industry",
        "international",
        "cooperation",
        "development",
        "commonwealth",
        "home",
        "interior",
        "justice",
        "counsel",  # "the chief trade counsel for the House Ways and Means Committee"
        "ceo",  # "X, president and CEO of the Center for ...": a body's head, no state's
        "treasurer",  # "Treasurer Ian Ling-Stuckey" (beside a Minister for Finance: no class of its own)
        "counsellor",
        "counselor",
        "councillor",
        "councilor",
        "senior",
        "principal",  # "Principal Deputy National Security Adviser", "Principal Deputy Assistant Secretary"
        "first",
        "second",  # "Second Minister for Finance": Singapore's and Brunei's ministers under the minister
        "leader",
        "opposition",  # "Leader of the Opposition, Sajith Premadasa"
        "supreme",
        "head",
        "elect",
        "president-elect",
        "acting",
        "interim",
        "designate",
        "union",
        "federal",
        "cabinet",
        "permanent",
        "under",
        "assistant",
        "special",
        "envoy",
        "governor",
        "mayor",
        "senator",
        "congressman",
        "congresswoman",
        "mp",  # "Labour MP X": a member of a parliament (no office of state)
        "mep",
        "speaker",
        "marshal",  # "Marshal of the Sejm": a house's speaker; "Field Marshal", a rank
        "field",
        "commissioner",
        "executive",
        "director",
        "managing",  # "Managing Director of the International Monetary Fund X"
        "administrator",  # "UNDP Administrator X", "USAID Administrator Y": an agency's head
        "chair",
        "chairman",
        "chairperson",
        "chairwoman",
        "policy",
        "european",
        "integration",
        "overseas",
        "staff",
        "joint",
        "chiefs",
        "commander",
        "war",
        "navy",
        "army",
        "minister-president",
        "vice-president",
        "deputy-prime",
        "counterpart",
        "counterparts",
        "diaspora",
        "cabinet",
        "officer",
        "inspector",
        "predecessor",
        "successor",
        "pope",
    ]
)
CONNECTORS = frozenset({"of", "for", "and", "the", "&"})
# Words of a minister's portfolio the title words do not hold, as written after "Minister of" or "for":
# "Minister of Agriculture X", which the model may read as part of X's name.
PORTFOLIOS = frozenset(
    {"agrarian", "agriculture", "arts", "aviation", "broadcasting", "budget", "cabinet", "care",
     "children", "climate", "commerce", "communications", "culture", "customs", "development", "digital",
     "disaster", "education", "electricity", "emergencies", "emergency", "employment", "endowments",
     "energy", "environment", "family", "fisheries", "food", "forestry", "gas", "gender", "health",
     "heritage", "higher", "homeland", "housing", "hydrocarbons", "immigration", "industries", "industry",
     "information", "infrastructure", "innovation", "investment", "irrigation", "labor", "labour", "land",
     "lands", "legal", "livestock", "local", "manpower", "maritime", "media", "mineral", "minerals",
     "mines", "mining", "natural", "ocean", "oceans", "oil", "orientation", "parliamentary", "petroleum",
     "planning", "population", "power", "privatisation", "privatization", "prosecutions", "protection",
     "protocol",
     "public", "religious", "research", "resources", "road", "roads", "rural", "sanitation", "schools",
     "science", "social", "solid", "sports", "strategic", "supply", "technology", "telecommunications",
     "tourism", "transport", "transportation", "urban", "veterans", "water", "welfare", "women", "works",
     "youth"}
)  # fmt: skip
LISTED_PEERS = frozenset({"counterparts", "peers"})  # "his Turkish and Georgian counterparts, X and Y"
HEADS = frozenset(
    [
        "minister",
        "pm",
        "fm",
        "eam",
        "tánaiste",
        "tanaiste",
        "president",
        "secretary",
        "king",
        "queen",
        "emperor",
        "emir",
        "monarch",
        "sultan",
        "prince",
        "princess",
        "chancellor",
        "premier",
        "taoiseach",
        "adviser",
        "advisor",
        "representative",
        "ambassador",
        "nuncio",
        "envoy",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "leader",
        "governor",
        "mayor",
        "senator",
        "congressman",
        "congresswoman",
        "mp",
        "mep",
        "speaker",
        "marshal",
        "commissioner",
        "chair",
        "chairman",
        "chairperson",
        "chairwoman",
        "director",
        "administrator",
        "secretary-general",
        "counsel",
        "ceo",
        "treasurer",
        "counsellor",
        "counselor",
        "councillor",
        "councilor",
        "president-elect",
        "minister-president",
        "vice-president",
        "commander",
        "chief",
        "counterpart",
        "officer",
        "inspector",
        "predecessor",
        "successor",
        "pope",
    ]
)
QUALIFIERS = {
    "former": "former",
    "ex": "former",
    "then": "former",
    "late": "former",
    "previous": "former",  # "a previous Latvian foreign minister, X, is now head of state"
    "erstwhile": "former",
    "outgoing": "holder",
    "acting": "acting",
    "interim": "acting",
    "caretaker": "acting",  # "the caretaker Prime Minister of Pakistan"
    "incoming": "designate",
    "next": "designate",
    "future": "designate",  # "future foreign minister Marcelo Ebrard": named, not yet in office
    "designate": "designate",
    "designated": "designate",  # "the Designated Foreign Minister of Colombia, X": named, not yet sworn in
    "nominee": "designate",
    "new": "holder",
    "newly": "holder",
    "appointed": "holder",
    "elected": "holder",  # "Australia's newly elected Foreign Minister X"
    "re-elected": "holder",
    "recently": "holder",
    "current": "holder",
    "sitting": "holder",
    "visiting": "holder",
    "guest": "holder",  # "the guest minister also met X": the visitor
    "top": "holder",  # "Myanmar's top leader X"
    "then-": "former",
}
# Houses of parliament English news calls by their own name: "the State Duma", "the Sejm", "the Knesset"
NAMED_HOUSES = frozenset(
    {"duma", "sejm", "knesset", "bundestag", "bundesrat", "storting", "riksdag", "folketing", "eduskunta",
     "althing", "sabor", "seimas", "saeima", "riigikogu", "mazhilis", "majlis", "khural", "hural", "kenesh",
     "oireachtas", "seanad"}
)  # fmt: skip
# A state's houses, whose speakers and presidents are no state's heads.
HOUSES = frozenset({"assembly", "senate", "parliament", "house", "congress", "council", "chamber", "duma"})
# The two offices that lead a state: a head of state and a head of government.
LEADERS = frozenset({"head of state", "head of government"})
# How much an office class says of its holder: of two titles seen on one person, the higher is theirs.
RANK = {
    "head of state": 7,
    "head of government": 6,
    "foreign minister": 5,
    "defence minister": 4,
    "finance minister": 3,
    "trade minister": 2,
    "national security adviser": 2,
    "other": 0,
}
# Organisations whose officials speak for no one country.
ORGANISATIONS = {
    "nato": "NATO",
    "north atlantic treaty organization": "NATO",
    "eu": "EU",
    "european union": "EU",
    "european commission": "EU",
    "european council": "EU",
    "european parliament": "EU",
    "european": "EU",  # "European Commissioner Janez Lenarčič"
    "un": "UN",
    "u.n.": "UN",
    "united nations": "UN",
    "unga": "UN",  # "UNGA president X": the General Assembly's, the UN's
    "un general assembly": "UN",
    "united nations general assembly": "UN",
    "african union": "AU",
    "au": "AU",
    "asean": "ASEAN",
    "osce": "OSCE",
    "organization for security and co-operation in europe": "OSCE",
    "organization for security and cooperation in europe": "OSCE",
    "iaea": "IAEA",
    "international atomic energy agency": "IAEA",
    "who": "WHO",
    "world health organization": "WHO",
    "imf": "IMF",
    "international monetary fund": "IMF",
    "world bank": "World Bank",
    "world bank group": "World Bank",
    "opec": "OPEC",
    "wto": "WTO",
    "world trade organization": "WTO",
    "ecowas": "ECOWAS",
    "economic community of west african states": "ECOWAS",
    "association of southeast asian nations": "ASEAN",
    "oecd": "OECD",
    "organisation for economic co-operation and development": "OECD",
    "organization for economic cooperation and development": "OECD",
    "council of europe": "Council of Europe",
    "shanghai cooperation organisation": "SCO",
    "shanghai cooperation organization": "SCO",
    "pacific islands forum": "Pacific Islands Forum",
    "east african community": "EAC",
    "igad": "IGAD",
    "intergovernmental authority on development": "IGAD",
    "icrc": "ICRC",
    "international committee of the red cross": "ICRC",
    "opcw": "OPCW",
    "organisation for the prohibition of chemical weapons": "OPCW",
    "fao": "FAO",
    "food and agriculture organization": "FAO",
    "wfp": "WFP",
    "world food programme": "WFP",
    "unrwa": "UNRWA",
    "asian development bank": "ADB",
    "european investment bank": "EIB",
    "ebrd": "EBRD",
    "european bank for reconstruction and development": "EBRD",
    "international energy agency": "IEA",
    "interpol": "Interpol",
    "arab league": "Arab League",
    "francophonie": "Francophonie",
    # the United Nations' own agencies and programmes, each its own
    "undp": "UNDP",
    "united nations development programme": "UNDP",
    "un development programme": "UNDP",
    "unicef": "UNICEF",
    "unhcr": "UNHCR",
    "unesco": "UNESCO",
    "unfpa": "UNFPA",
    "unep": "UNEP",
    "un environment programme": "UNEP",
    "united nations environment programme": "UNEP",
    "international labour organization": "ILO",
    "iom": "IOM",
    "international organization for migration": "IOM",
    "unctad": "UNCTAD",
    # regional banks and bodies
    "african development bank": "AfDB",
    "afdb": "AfDB",
    "gulf cooperation council": "GCC",
    "gcc": "GCC",
    "caricom": "CARICOM",
    "sadc": "SADC",
    "organization of american states": "OAS",
    "oas": "OAS",
    "organisation of islamic cooperation": "OIC",
    "organization of islamic cooperation": "OIC",
    "oic": "OIC",
}
# The words of a title that serves another's office ("Head of the Office of the President", "National Security
# Advisor to the President"), and the words such a title opens with.
SERVING = frozenset(
    {
        "office",
        "administration",
        "advisor",
        "adviser",
        "assistant",
        "aide",
        "counsel",
        "counsellor",
        "counselor",
        "envoy",
        "staff",  # "Chief of Staff to the President"
    }
)
STAFF_HEADS = SERVING | {"head", "chief", "deputy", "director", "national", "senior", "special", "principal"}

NOT_IN_NAME = re.compile(  # words no person's name holds: "Presidential Palace", "Foreign Ministry"
    r"\b(?:Airport|Palace|House|Street|Hall|Center|Centre|Ministry|University|Office|Council|Committee|"
    r"Cmte|Cttee|"
    r"Service|Unit|Division|Secretariat|Communications?|"
    r"Market|Bazaar|Museum|Mosque|Church|Cathedral|Temple|Memorial|Cemetery|Mausoleum|Stadium|Knesset|"
    r"Services|Cabinet|Bureau|Directorate|Authority|Institute|Binational|Bilateral|Ministerial|"
    r"Government|Presidency|Administration|Union|Television|Radio|Airlines|"  # "Britain's Labour Government"
    r"Commission|Summits?|Conferences?|Forum|Agency|Agencies|Department|Embassy|Room|Square|Building|Base|"
    r"Hotel|Group|Party|Army|Forces|Navy|Force|Bank|Fund|Organization|Organisation|News|Press|Times|Post|"
    r"Twitter|Facebook|Instagram|Telegram|Xinhua|Reuters|Kyodo|Yonhap|Jiji|Tass|TASS|CCTV|Cctv|Initiative|"
    r"Program|Programme|Plan|Roadmap|Act|Treaty|Declaration|Statement|Day|Week|Year|Games|Cup|Trophy|"
    r"Tournament|Olympic|Olympics|Paralympic|"
    r"Order|Medal|Award|Prize|"  # "the Order of Sikatuna", an honour conferred
    r"Palazzo|Palais|Palacio|Palácio|Schloss|Château|Chateau|Castle|Casa|Residence|"  # "at Palazzo Chigi"
    r"Province|Region|Zone|District|County|Governorate|Prefecture|Oblast|State$|"  # "in Daura, Katsina State"
    r"Source|Sources|Credit|"  # "... of the Republic of Serbia Source: B92": a page's credit line
    r"Readout|Photo|Photos|Tweet|Meeting|Talks|Affairs|People|Shimbun|Herald|Tribune|Gazette|Daily|"
    r"Republic|Kingdom|Federation|Emirates|Command|Fleet|Corps|USS|Uss|HMS|Talk|Telephone|Call|Visit|"
    r"Relations|Meets|Holds|Receives|Hosts|With|Cooperation|Expatriates|Abroad|Diaspora|Integration|"
    r"Minister|Ministers|Secretary|President|Majesty|Highness|Excellency|"
    r"Majority|Minority)\b"  # "Senate Minority Leader X": a house's leaders
)


# Bodies other than a state whose presidents and chairs news names with the same titles.
# bodies of members, whose presidents and chairs hold no state's office: "the Peruvian Society of ..."
_SOCIETY_WORDS = (
    "society", "association", "institute", "academy", "foundation", "chamber", "club", "university", "college",
)  # fmt: skip
INSTITUTIONS = re.compile(
    r"\b(?:senate|court|assembly|parliament|congress|party|bank|league|committee|tribunal|council|"
    rf"house of representatives|fund|company|corporation|forum|{'|'.join(_SOCIETY_WORDS)}|"
    r"ceo|chief executive|cent(?:er|re)|think tank)\b"
)
SOCIETIES = re.compile(rf"\b(?:{'|'.join(w.capitalize() for w in (*_SOCIETY_WORDS, 'bar'))})\b")  # as written
ELECT_WORDS = frozenset({"elect", "designate", "nominee"})  # "President-elect", "ambassador-nominee"
_ELECT = re.compile(rf"\b(?:{'|'.join(sorted(ELECT_WORDS))})\b")  # "Foreign Minister-designate"
_LEGISLATURES = re.compile(  # houses known by a name of their own: "President of the Bundestag"
    "|".join(rf"\b{re.escape(name.lower())}\b" for name in sorted(gazetteer.LEGISLATURE_NAMES))
)
_ENVOY_POSTS = r"ambassador|nuncio|envoy|high commissioner|charg[eé] d['’]affaires|consul"  # posts abroad
_JUNIOR = re.compile(
    r"\b(?:vice|deputy|under|assistant|parliamentary|state minister|minister of state|second minister|"
    rf"permanent|principal(?! secretary of state)|spokes\w+|press|{_ENVOY_POSTS}|"
    r"director|governor|mayor|senator|congress(?:wo)?man|speaker|commander|chief of|staff|delegate)\b"
)
_FOREIGN = re.compile(
    r"\b(?:foreign|external)\b(?! (?:trade|commerce|economic))|\binternational relations\b|"
    r"\beuropean and international affairs\b|"  # Austria's "Federal Minister for European and ..."
    r"^secretary of state$|\bhigh representative\b|\bdiplomat\b"
)
_POLICY_CHIEF = re.compile(r"\bforeign (?:policy|affairs)(?: and security(?: policy)?)? (?:chief|head)$")
_DEFENCE = re.compile(r"\b(?:defen[cs]e|armed forces|war)\b")
_FINANCE = re.compile(r"\b(?:finance|treasury|exchequer)\b")
_TRADE = re.compile(r"\b(?:trade|commerce)\b")
_SECURITY = re.compile(
    r"\bnational security advis[eo]r\b"
    r"|\bsecretary of the (?:\w+ )?security council\b|\bsecurity council secretary\b"  # Russia's, Armenia's
)
_SERVING = re.compile(
    r"\b(?:advis[eo]r|assistant|aide|counsell?or|secretary|envoy|staff) to\b"
    r"|\b(?:head|chief|director) of the office of\b"  # "Head of the Office of the President": his staff
)
_GOVERNMENT = re.compile(
    r"\b(?:prime minister|premier|taoiseach|head of government)\b|^(?:federal )?chancellor$|"
    r"^(?:president|chairman) of the (?:council of ministers|cabinet of ministers|government)\b|"
    r"^government president$"
)  # Italy's and Spain's; Bosnia and Herzegovina's "Chairman of the Council of Ministers"; Kyrgyzstan's
# "Chairman of the Cabinet of Ministers"
# the councils that head a state for a time, and their heads' titles: "Chairman of the Sovereign Council"
RULING_COUNCILS = (
    "transitional military",
    "transitional",
    "sovereign",
    "sovereignty",
    "presidential",
    "military",
)
COUNCIL_HEADS = ("chairman", "chairperson", "chair", "president", "head")
_COUNCIL = rf"(?:{'|'.join(RULING_COUNCILS)}) council"
_COUNCIL_HEAD = rf"(?:{'|'.join(COUNCIL_HEADS)})"
_COLLECTIVE_HEAD = re.compile(
    rf"^{_COUNCIL_HEAD} of (?:the |\S+['’]s )?{_COUNCIL}$|^{_COUNCIL} {_COUNCIL_HEAD}$"
)
# a region's or province's words: "Kurdistan Region President", "Regional Prime Minister", heads of no state
REGION_WORDS = frozenset({"region", "regional", "province", "provincial", "autonomous"})
_SUBNATIONAL = re.compile(rf"\b(?:{'|'.join(sorted(REGION_WORDS))})\b")
_STATE = re.compile(
    r"\b(?:president|king|queen|emperor|emir|sultan|monarch|pope|head of state)\b"
)  # (not Iran's "Supreme Leader": a president heads that state, as every president is taken to)


_CONSORT = re.compile(r"\bqueen[ -](?:consort|mother)\b|\bconsort\b")
# the princes and dukes who reign: Monaco's and Liechtenstein's princes, Luxembourg's grand duke
_REIGNING_PRINCE = re.compile(
    r"^(?:sovereign prince|(?:reigning )?prince of (?:monaco|liechtenstein)|grand duke(?: of luxembourg)?)$"
)


_TWO_OFFICES = re.compile(
    r" and (?=(?:\w+ ){0,2}(?:minister|secretary)\b|(?:\w+ ){0,2}advis[eo]r\b)"
    r"|(?<=minister) and (?=director\b)|(?<=secretary) and (?=director\b)"
    r"|(?<=minister) ?[-–—] ?(?=(?:\w+ ){0,2}minister\b)"
)  # "Foreign Minister and Director of the Office of the Central Foreign Affairs Commission"; not "President
# and Director-General of the Institute", one office; "Deputy Prime Minister - Minister of Foreign Affairs"


@functools.lru_cache(maxsize=1 << 12)  # the same few titles come back mention after mention
def title_class(title: str) -> str:
    """The office class of a title as written; a title no rule places is ``other``.

    "Minister for Foreign Affairs" and "Secretary of State" are foreign
    ministers; "Armed Forces Minister" a defence minister; "Vice President",
    "Deputy Foreign Minister" and "President-elect" are ``other``.
    """
    key = " ".join(title.lower().replace("-", " - ").replace(" - ", "-").split())
    key = re.sub(r"^(?:the |union |federal )", "", key)
    key = {"pm": "prime minister", "fm": "foreign minister", "eam": "external affairs minister"}.get(key, key)
    offices = _TWO_OFFICES.split(key)
    if len(offices) > 1 and HEADS.intersection(offices[0].split()):
        # "deputy prime minister and minister of economy and finance": the higher office; not "international
        # relations and cooperation minister", one portfolio of two words
        return max((title_class(one) for one in offices), key=RANK.__getitem__)
    if _ELECT.search(key) or _JUNIOR.search(key):
        return "other"
    if key.endswith("commissioner for trade") or key in {
        "eu trade commissioner",
        "european trade commissioner",
    }:
        return "trade minister"  # the EU's, who negotiates its trade as a minister does a country's (not a
        # "Trade Commissioner" at a consulate)
    if _SECURITY.search(key):
        return "national security adviser"
    if _SERVING.search(key):
        return "other"  # "Diplomatic Advisor to the UAE President": the president's aide, not the president
    if _COLLECTIVE_HEAD.search(key):
        return "head of state"  # "Chairman of the Transitional Military Council": the state's head for a time
    if key in {"secretary of state", "u.s. secretary of state"}:
        return "foreign minister"
    if key in {"chief adviser", "chief advisor"}:
        return "head of government"  # heading an interim government, as Bangladesh's (not "Chief Adviser to")
    if key in {"foreign affairs adviser", "foreign affairs advisor"}:
        return "foreign minister"  # that interim government's foreign minister
    if " for " in key or " of " in key:  # "Cabinet Secretary for Foreign and Diaspora Affairs"
        domain = key.split(" for ", 1)[-1] if " for " in key else key.split(" of ", 1)[-1]
    else:
        domain = key
    for pattern, role in (
        (_FOREIGN, "foreign minister"),
        (_DEFENCE, "defence minister"),
        (_FINANCE, "finance minister"),
        (_TRADE, "trade minister"),
    ):
        if pattern.search(domain) and (
            "minister" in key
            or "secretary" in key
            or "representative" in key
            or "diplomat" in key
            or _POLICY_CHIEF.search(key)  # "EU foreign policy chief", "foreign policy and security chief"
            or key.startswith("chancellor of")  # "Chancellor of the Exchequer"
            or _MINISTRY_HEAD.match(key)  # "head of the Federal Department of Foreign Affairs"
        ):
            return role
    if _CONSORT.search(key):
        return "other"  # "Queen Consort", "Queen Mother": a monarch's wife or mother, not the monarch
    if _REIGNING_PRINCE.search(key):
        return "head of state"  # "Prince of Monaco", "Sovereign Prince", "Grand Duke of Luxembourg"
    if _SUBNATIONAL.search(key):
        return "other"  # "Kurdistan Region President", "Regional Prime Minister": a region's, not a state's
    if _GOVERNMENT.search(key):
        return "head of government"
    if INSTITUTIONS.search(key) or _LEGISLATURES.search(key):
        # "Senate President", "President of the National Assembly", "party president", "of the Bundestag"
        return "other"
    if (
        _STATE.search(key)
        and " of the european" not in key
        and "commission" not in key
        and _of_a_state(title)
    ):
        return "head of state"
    return "other"


# the head of a whole ministry, as Switzerland's federal councillors are styled: "head of the Federal
# Department of Foreign Affairs", "head of the Foreign Ministry" (not "head of the Foreign Ministry's Asia
# department")
_MINISTRY_HEAD = re.compile(
    r"^head of (?:the )?(?:federal |state )?"
    r"(?:(?:department|ministry) (?:of|for) [\w ,&-]+|[\w-]+ (?:ministry|department))$"
)


def junior(title: str) -> bool:
    """Whether a title is of an office below a minister's, or of an envoy's or an aide's ("Vice Minister",
    "Deputy Foreign Minister", "Ambassador", "Permanent Secretary"): no minister's office to be given."""
    return bool(_JUNIOR.search(" ".join(title.lower().split())))


def an_envoys(title: str) -> bool:
    """Whether a title is an envoy's post abroad ("High Commissioner", "Ambassador", "Chargé d'Affaires"):
    not a minister at home, whatever office a description leaves open (a deputy prime minister may well
    hold foreign affairs too)."""
    return bool(_ENVOYS.search(" ".join(title.lower().split())))


_ENVOYS = re.compile(rf"\b(?:{_ENVOY_POSTS})\b")


def outside_the_cabinet(title: str) -> bool:
    """Whether a title is a post no minister holds: an envoy's abroad, a city's or a province's, a seat in
    a legislature ("Lord Mayor", "Governor", "Senator", "Speaker"); a cabinet office a description leaves
    open is not theirs."""
    return an_envoys(title) or bool(_OUTSIDE.search(" ".join(title.lower().split())))


_OUTSIDE = re.compile(
    r"\b(?:mayor|governor|senator|congress(?:wo)?man|speaker|alderman|councillor|councilor)\b"
)


def _of_a_state(title: str) -> bool:
    """ "President of Kenya", "President of the Republic", "King", "President of the Council(s) of State"
    (Cuba's head of state until 2019): a state's; "President of the Senate" is not."""
    match = re.search(
        r"\b(?:president|king|queen|emperor|emir|sultan|head of state) of (.+)$", title, re.IGNORECASE
    )
    if match is None:
        return True
    rest = re.sub(
        r"^\S+['’]s ", "the ", match.group(1).lower()
    )  # "of Cuba's Councils of State": "the councils"
    return (
        rest.startswith(("the republic", "republic", "the council of state", "the councils of state"))
        or rest in {"the state", "state"}  # "President of the State [of Palestine]", its place cut off
        or bool(gazetteer.find_countries(match.group(1)))
    )


NATIONALS_ABROAD = frozenset({"abroad", "expatriates", "diaspora"})  # a ministry's last portfolio: "and
# Senegalese Abroad"
_OF_NATIONALS_ABROAD = re.compile(
    rf"\band (\w+?)s? (?:{'|'.join(sorted(NATIONALS_ABROAD))})$", re.IGNORECASE
)


@functools.lru_cache(maxsize=1 << 12)
def title_country(title: str) -> str | None:
    """The country a title alone names: "Secretary of State" the US, "Foreign Secretary" Britain."""
    key = " ".join(title.lower().split())
    key = re.sub(r"^(?:the |u\.s\. )", "", key)
    if key.startswith("union ") and "minister" in key:
        return "IN"  # India's cabinet ministers are "Union" ministers
    if key.startswith("secretary of state for "):
        return "GB"
    if re.search(r"\b(?:assistant|deputy) secretary of state\b", key):
        return (
            "US"  # "Acting Assistant Secretary of State for Near East Affairs": a title only Washington uses
        )
    abroad = _OF_NATIONALS_ABROAD.search(title.strip())
    if abroad:  # "Minister of Foreign Affairs and Senegalese Abroad": of the nationals' country
        hits = gazetteer.find_countries(abroad.group(1))
        return hits[0].code if hits and hits[0].kind == "demonym" else None
    return TITLE_COUNTRY.get(key)


def status_of(qualifiers: list[str], title: str) -> str:
    """holder, acting, former or designate, from the words before a title and the title itself."""
    if _ELECT.search(title.lower()):
        return "designate"
    for word in qualifiers:
        status = QUALIFIERS.get(word.lower())
        if status and status != "holder":
            return status
    return "holder"
