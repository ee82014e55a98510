"""News outlets and the country each reports for: a home paper names its own country's officials bare.

"Prime Minister Shehbaz Sharif met President Macron" is Pakistan's prime
minister in ARY News and may be anyone's in a wire story. ``outlets.tsv``
(shipped with the package) lists national news agencies, papers,
broadcasters and government news services of every country, each with the
names a ``source`` header gives it and its web domains; outlets written for
the whole world (Reuters, Al Jazeera, the BBC's world service) are listed as
``international`` and give no country. Names shared by papers of several
countries ("The Nation", "The Star") are listed only in their distinguishing
forms ("The Nation (Thailand)"), or by domain.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import attrs

KINDS = frozenset({"agency", "newspaper", "broadcaster", "government", "international"})


@attrs.frozen
class Outlet:
    country: str
    kind: str

    @property
    def home(self) -> str | None:
        """The country whose officials the outlet names bare; none for one written for the whole world."""
        return None if self.kind == "international" else self.country


@attrs.frozen
class Table:
    by_name: dict[str, Outlet]  # folded names; acronyms of up to four letters as written
    by_domain: dict[str, Outlet]


def _name_key(name: str) -> str:
    name = " ".join(name.split())
    return name if len(name) <= 4 and name.isupper() else name.casefold()


@functools.cache
def table() -> Table:
    """The outlets, read once per process."""
    text = resources.files("timeline.extract").joinpath("outlets.tsv").read_text(encoding="utf-8")
    by_name: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    for line in text.splitlines()[1:]:
        if not line.strip():
            continue
        country, kind, names, domains = line.split("\t")
        outlet = Outlet(country=country, kind=kind)
        for name in names.split(" | "):
            by_name.setdefault(_name_key(name), outlet)
        for domain in filter(None, (d.strip().lower() for d in domains.split(" | "))):
            by_domain.setdefault(domain, outlet)
    return Table(by_name=by_name, by_domain=by_domain)


def _host(url: str) -> str:
    return re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().lower()).split("/", 1)[0].split(":", 1)[0]


def of_url(url: str | None) -> Outlet | None:
    """The outlet of a page, by its domain or a parent of it ("qa.philstar.com" is philstar.com's)."""
    if not url:
        return None
    labels = _host(url).split(".")
    domains = table().by_domain
    for start in range(len(labels) - 1):
        found = domains.get(".".join(labels[start:]))
        if found is not None:
            return found
    return None


def named(name: str) -> Outlet | None:
    """The outlet of that name, as the table writes it ("Prensa Latina"), if any."""
    return table().by_name.get(_name_key(name))


def of_source(source: str | None) -> Outlet | None:
    """The outlet a ``source`` header names, before any wire it names in brackets ("The Korea Herald (Yonhap)")."""
    if not source:
        return None
    name = re.sub(r"\s*\([^()]*\)", "", source).strip()
    return named(name) if name else None


def home_country(source: str | None, url: str | None) -> str | None:
    """The country a known home outlet reports for: its domain first, then its name."""
    outlet = of_url(url) or of_source(source)
    return outlet.home if outlet is not None else None


def named_inside(source: str | None) -> list[str]:
    """What a ``source`` header names in brackets, each outlet of a shared credit apart: "The Star (The
    Yomiuri Shimbun/ANN)" names "The Yomiuri Shimbun" and "ANN"."""
    return [
        part.strip()
        for inner in re.findall(r"\(([^()]*)\)", source or "")
        for part in re.split(r"\s*/\s*", inner)
        if part.strip()
    ]


def wire_of(source: str | None) -> Outlet | None:
    """The known outlet with a home country a ``source`` names in brackets: "Emirates 24|7 (WAM)"."""
    known = [
        outlet
        for inner in named_inside(source)
        if (outlet := table().by_name.get(_name_key(inner))) is not None and outlet.home is not None
    ]
    return known[0] if len(known) == 1 else None  # "(Dawn/Xinhua)": two credits, no one home
