"""Deterministic synthetic articles that the extractor understands.

Templates over real countries, offices and capitals, invented person names,
dates, meeting kinds and noise paragraphs, at sizes like wire copy.

    python -m bench.generate OUT_DIR COUNT [--seed N]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import pendulum

COUNTRIES = [
    ("US", "U.S.", "Washington", "Secretary of State"),
    ("JP", "Japanese", "Tokyo", "Foreign Minister"),
    ("KR", "South Korean", "Seoul", "Foreign Minister"),
    ("CN", "Chinese", "Beijing", "Foreign Minister"),
    ("GB", "British", "London", "Foreign Secretary"),
    ("IN", "Indian", "New Delhi", "External Affairs Minister"),
    ("AU", "Australian", "Canberra", "Foreign Minister"),
    ("CA", "Canadian", "Ottawa", "Foreign Minister"),
    ("FR", "French", "Paris", "Foreign Minister"),
    ("DE", "German", "Berlin", "Foreign Minister"),
]
GIVEN = [
    "Arlen",
    "Boris",
    "Celia",
    "Dario",
    "Elin",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Joran",
    "Kaia",
    "Lior",
]
FAMILY = [
    "Varnen",
    "Ostrow",
    "Quillan",
    "Demarsh",
    "Telford",
    "Ruvane",
    "Sorrel",
    "Amberg",
    "Lindqvist",
    "Marrow",
]
SUFFIX = ["", "ov", "son", "ler", "ane", "ez", "ini", "berg", "ova", "ley"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TOPICS = [
    "North Korea",
    "trade",
    "climate",
    "Ukraine",
    "the Taiwan Strait",
    "supply chains",
    "energy security",
]
NOISE = (
    "Officials said the talks were candid and constructive, and that both sides agreed to keep lines of "
    "communication open. Analysts noted that the relationship had been strained by disputes over tariffs, "
    "technology controls and maritime claims, though neither side pointed to a concrete breakthrough. "
)


def person(rng: random.Random) -> str:
    """An invented name: no real person is meant."""
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}{rng.choice(SUFFIX)}"


def article(rng: random.Random, index: int) -> str:
    """One article: header, dateline, a meeting sentence, topics, noise."""
    published = pendulum.date(2020, 1, 1).add(days=rng.randint(0, 2000))
    a, b = rng.sample(COUNTRIES, 2)
    host = rng.choice([a, b])
    day = rng.choice(WEEKDAYS)
    kind = rng.choice(["held talks with", "met", "spoke by phone with", "is scheduled to meet"])
    when = f"on {day}"
    body = (
        f"{host[2].upper()}, {published.format('MMM')}. {published.day} (Synthetic wire) -- "
        f"{a[1]} {a[3]} {person(rng)} {kind} {b[1]} {b[3]} {person(rng)} in {host[2]} {when}, "
        f"article {index}.\n\n"
        f"The two discussed {rng.choice(TOPICS)} and {rng.choice(TOPICS)}.\n\n" + NOISE * rng.randint(1, 4)
    )
    return f"title: Synthetic story {index}\nsource: Synthetic wire\npublished: {published.isoformat()}\n\n{body}\n"


def write(out: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` articles into ``out``; the same seed gives the same files."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = out / f"a{index:06d}.txt"
        path.write_text(article(rng, index), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    """Command line: write the articles."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write(args.out, args.count, args.seed)


if __name__ == "__main__":
    main()
