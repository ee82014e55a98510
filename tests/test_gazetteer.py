"""The gazetteer's countries: the codes written out for views are the package's."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline import gazetteer


def test_the_codes_written_out_are_every_country_the_package_gives() -> None:
    """``CODES`` (what a view checks a typed code against) is exactly the codes of ``countries()``."""
    assert set(gazetteer.countries()) == gazetteer.CODES


def test_a_code_is_found_in_any_case_and_a_name_still_through_the_package() -> None:
    """A two-letter code in any case is that country; a name or an unknown code goes through the names."""
    assert gazetteer.find_country("kr") == "KR"
    assert gazetteer.find_country("XK") == "XK"
    assert gazetteer.find_country("South Korea") == "KR"
    assert gazetteer.find_country("QQ") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Argentine Ministry of Foreign Affairs and Worship", "AR"),
        ("his Slovenian counterpart", "SI"),
        ("the Ecuadorian president", "EC"),
        ("Nepali Prime Minister", "NP"),
        ("Djiboutian President", "DJ"),
        ("Luxembourgish Foreign Minister", "LU"),
        ("St Vincent and the Grenadines Prime Minister", "VC"),
        ("the Burkinabé junta leader", "BF"),
        ("the Bajan Prime Minister", "BB"),
        ("his Vanuatuan counterpart", "VU"),
        ("his Bissau-Guinean counterpart", "GW"),
        ("Foreign Affairs Minister of Cote d’ivoire", "CI"),  # the elided article's name in small letters
    ],
)
def test_demonyms_and_names_news_writes_are_found_in_text(text: str, code: str) -> None:
    """Forms the country package lacks ("Argentine", "St Vincent") are found in running text, as the story's."""
    assert [hit.code for hit in gazetteer.find_countries(text)] == [code]


def test_a_given_name_is_no_country() -> None:
    """ "Dominique" (Dominica in French) names a person far more often: no country in running text."""
    assert gazetteer.find_countries("French High Commissioner Dominique Sorain") == [
        gazetteer.find_countries("French")[0]
    ]


def test_the_shipped_cities_table_is_what_geonames_gives() -> None:
    made = gazetteer.cities_table(gazetteer.cities_from_geonames())
    shipped = (Path(gazetteer.__file__).parent / gazetteer.CITIES).read_text(encoding="utf-8")
    assert shipped == made, "cities.tsv is out of date: run python -c 'import timeline.gazetteer as g; g.write_cities()'"


@pytest.mark.parametrize(
    ("place", "code"),
    [("Melbourne", "AU"), ("Busan", "KR"), ("Sao Paulo", "BR"), ("São Paulo", "BR"), ("Ha Noi", "VN")],
)
def test_a_city_is_placed_in_its_country(place: str, code: str) -> None:
    assert gazetteer.place_country(place) == code
