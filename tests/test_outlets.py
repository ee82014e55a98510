"""The outlets table: well formed, looked up by domain and by name, and used for a home paper's officials."""

from __future__ import annotations

from importlib import resources

import pytest

from timeline import article, gazetteer
from timeline.extract import extract, outlets
from timeline.model import MeetingReported


def _rows() -> list[list[str]]:
    text = resources.files("timeline.extract").joinpath("outlets.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].split("\t") == ["country", "kind", "names", "domains"]
    return [line.split("\t") for line in lines[1:] if line.strip()]


def test_every_row_has_a_country_a_kind_names_and_no_shared_forms() -> None:
    rows = _rows()
    assert len(rows) > 1000
    codes = gazetteer.countries()
    names: dict[str, int] = {}
    domains: dict[str, int] = {}
    for number, row in enumerate(rows, start=2):
        assert len(row) == 4, f"line {number}: {row}"
        country, kind, written, sites = row
        assert country in codes, f"line {number}: {country}"
        assert kind in outlets.KINDS, f"line {number}: {kind}"
        assert written.strip(), f"line {number}: no name"
        for name in written.split(" | "):
            assert names.setdefault(name.casefold(), number) == number, f"line {number}: {name} twice"
        for domain in filter(None, sites.split(" | ")):
            assert "/" not in domain and not domain.startswith("www."), f"line {number}: {domain}"
            assert domains.setdefault(domain, number) == number, f"line {number}: {domain} twice"


@pytest.mark.parametrize(
    ("source", "url", "country"),
    [
        pytest.param("ARY News", None, "PK", id="by-name"),
        pytest.param("ary news", None, "PK", id="by-name-any-case"),
        pytest.param(None, "https://arynews.tv/pm-meets-president/", "PK", id="by-domain"),
        pytest.param(None, "https://qa.philstar.com/headlines/2024/x", "PH", id="by-parent-domain"),
        pytest.param("The Korea Herald (Yonhap)", None, "KR", id="the-paper-not-its-wire"),
        pytest.param("Reuters", "https://www.reuters.com/world/x", None, id="written-for-the-world"),
        pytest.param("The Nation", None, None, id="a-name-several-papers-share"),
        pytest.param("Some Blog", "https://example.org/x", None, id="unknown"),
    ],
)
def test_home_country_of_an_outlet(source: str | None, url: str | None, country: str | None) -> None:
    assert outlets.home_country(source, url) == country


def test_a_home_outlets_prime_minister_abroad_is_its_countrys() -> None:
    """ "NEW YORK: Prime Minister Shehbaz Sharif ... met President of France Emmanuel Macron" in ARY News."""
    item = article.from_bytes(
        b"title: PM meets Macron\nsource: ARY News\npublished: 2022-09-20\n\n"
        b"NEW YORK: Prime Minister Shehbaz Sharif on Tuesday met with President of France Emmanuel Macron on the "
        b"sidelines of the General Assembly.",
        source_name="t.txt",
    )
    events, _ = extract(item)
    [meeting] = [e for e in events if isinstance(e, MeetingReported)]
    assert {(p.name, p.country) for p in meeting.participants} == {
        ("Shehbaz Sharif", "PK"),
        ("Emmanuel Macron", "FR"),
    }
