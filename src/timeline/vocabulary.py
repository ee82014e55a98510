"""The fixed vocabularies every layer names things by, as plain strings: imports nothing.

Office classes, statuses, the kinds of meeting, event and change, and the
ISO country codes. The models validate against them (``model``), the fold
and the views use them, and so does the CLI when it declares its options:
a command line that only reads the projection store (a warm view) declares
``--kind`` and checks ``KR`` without importing the models (attrs classes on
pendulum dates), which would cost more than the answer.
``tests/test_vocabulary.py`` keeps the kinds equal to the classes'.
"""

from __future__ import annotations

ROLES: tuple[str, ...] = (
    "head of state",
    "head of government",
    "foreign minister",
    "defence minister",
    "finance minister",
    "trade minister",
    "national security adviser",
    "other",
)
MEETING_KINDS: tuple[str, ...] = ("in-person", "call", "video", "planned")
STATUSES: tuple[str, ...] = ("holder", "acting", "former", "designate")

# ``model.KINDS`` and ``world.CHANGE_KINDS`` map these to their classes, in this order
EVENT_KIND_NAMES: tuple[str, ...] = (
    "article-ingested",
    "meeting-reported",
    "office-observed",
    "article-reextracted",
    "people-merged",
    "person-split",
    "event-retracted",
    "name-set",
    "office-set",
    "correction-reverted",
)
CHANGE_KIND_NAMES: tuple[str, ...] = ("office-holder-change", "new-office", "first-meeting", "joined-grouping")
FLAGGED_KINDS = frozenset({"office-holder-change"})  # what "a flagged change" means when no --kind is given

# Every code ``gazetteer.countries()`` holds, written out: a view given a code (``timeline country KR``)
# checks it without loading the package's 250 data files (tests/test_gazetteer.py keeps the two equal).
CODES: frozenset[str] = frozenset(
    (
        "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AN", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX",
        "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR",
        "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM",
        "CN", "CO", "CR", "CS", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ",
        "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD",
        "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY",
        "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT",
        "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA",
        "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG",
        "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY",
        "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE",
        "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS",
        "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO",
        "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM",
        "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE",
        "VG", "VI", "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW",
    )
)


def country_code(query: str) -> str | None:
    """The ISO code ``query`` is, in any case and with spaces around (``kr`` -> ``KR``); None if it is no code."""
    code = query.strip().upper()
    return code if len(code) == 2 and code in CODES else None  # noqa: PLR2004 - an alpha-2 code's length
