"""Extraction on the real corpus beside bare spaCy: articles per CPU second, measured in one run.

    python -m bench.extraction              # 5 rounds: about two minutes of CPU
    python -m bench.extraction --rounds 3
    python -m bench.extraction --profile    # then where our own stages spend their time

Three ways of reading the same articles (``../shared/corpus/real/*.txt``; the
figures are skipped when the corpus is not beside the project), each timed by
this process's CPU clock with the one pipeline ``timeline.extract.nlp()``, our
sentence component included:

- *ours*: ``extract(article)``, from the repairs of the text to the events,
  each share announced to the parser first (``parse.ahead``), as ``ingest``
  announces each chunk it extracts;
- *bare spaCy, whole text*: ``nlp().pipe(texts)`` over the articles' bodies, as
  a user of spaCy would run it;
- *bare spaCy, line by line*: ``nlp().pipe(lines)`` per share over the lines
  our parse stage hands spaCy (the non-empty lines of the repaired text), so
  that ours over it is what our own stages cost.

A round reads the whole corpus the three ways, taking turns share by share
(13 articles at a time, ``nlp().pipe`` batching each share's texts together);
a figure is the best round of its kind, as a neighbour on a shared machine
only ever slows a round down.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from timeline import article
from timeline.extract import extract, nlp
from timeline.extract.normalize import normalize
from timeline.extract.parse import ahead

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
MAX_LINE = 20_000  # as parse.py: longer lines go to spaCy in pieces this size
GOAL = 1.3  # issue 15: our own stages cost at most 30% on top of spaCy
OURS = "ours"
WHOLE = "whole"
LINES = "lines"


def load(folder: Path = CORPUS) -> list[article.Article]:
    """The corpus's articles, read as ``timeline ingest`` reads them; empty when the folder is missing."""
    if not folder.is_dir():
        return []
    return [
        article.from_bytes(path.read_bytes(), source_name=str(path)) for path in sorted(folder.glob("*.txt"))
    ]


def parsed_lines(item: article.Article) -> list[str]:
    """The strings our parse stage gives spaCy for this article: the repaired text's non-empty lines."""
    found: list[str] = []
    for line in normalize(item.text).text.split("\n"):
        stripped = line.strip()
        found.extend(stripped[piece : piece + MAX_LINE] for piece in range(0, len(stripped), MAX_LINE))
    return found


def runners(items: list[article.Article]) -> dict[str, Callable[[], None]]:
    """One pass over the corpus for each way of reading it."""
    texts = [item.text for item in items]
    lines = [parsed_lines(item) for item in items]

    def ours() -> None:
        with ahead(texts):  # as ``ingest`` reads a chunk: spaCy parses the share's lines in one pass
            for item in items:
                extract(item)

    def whole() -> None:
        for _ in nlp().pipe(texts):
            pass

    def line_by_line() -> None:
        for _ in nlp().pipe(line for article_lines in lines for line in article_lines):
            pass

    return {OURS: ours, WHOLE: whole, LINES: line_by_line}


def measure(items: list[article.Article], rounds: int = 5, share: int = 13) -> dict[str, list[float]]:
    """CPU seconds of each way of reading the corpus, one total per round.

    The corpus is read in shares of ``share`` articles, and on each share the
    three ways take turns, in an order that rotates from share to share and
    round to round: a neighbour that slows the machine for a few seconds then
    slows all three alike. A pass of each, untimed, warms the caches first
    (gazetteers, the model's first batches), so no round pays for loading them.
    """
    passes = [runners(items[first : first + share]) for first in range(0, len(items), share)]
    for runs in passes:
        for run in runs.values():
            run()
    order = [OURS, WHOLE, LINES]
    seconds = {name: [0.0] * rounds for name in order}
    for turn in range(rounds):
        for number, runs in enumerate(passes):
            shift = (turn + number) % len(order)
            for name in order[shift:] + order[:shift]:
                start = time.process_time()
                runs[name]()
                seconds[name][turn] += time.process_time() - start
    return seconds


def lines(rounds: int = 5, folder: Path = CORPUS) -> list[str]:
    """The table's lines: rates, ratios and the spread of the ratios from round to round."""
    items = load(folder)
    if not items:
        return [f"-- extraction beside bare spaCy: skipped, no articles in {folder}"]
    seconds = measure(items, rounds)
    best = {name: min(values) for name, values in seconds.items()}
    count = len(items)
    size = sum(len(item.text.encode()) for item in items) // count
    spread = {
        bare: sorted(ours / other for ours, other in zip(seconds[OURS], seconds[bare], strict=True))
        for bare in (WHOLE, LINES)
    }
    return [
        (
            f"-- extraction beside bare spaCy: {count} real articles ({size:,} bytes mean), "
            f"CPU time, best of {rounds} rounds"
        ),
        f"{'  ours, extract(): articles per CPU s':<52} {count / best[OURS]:>12.1f}",
        f"{'  bare spaCy, nlp.pipe(texts), whole text':<52} {count / best[WHOLE]:>12.1f}",
        f"{'  bare spaCy, nlp.pipe(lines), line by line as ours':<52} {count / best[LINES]:>12.1f}",
        f"{'  ours / bare whole text, CPU time':<52} {best[OURS] / best[WHOLE]:>12.2f}  <= {GOAL}",
        f"{'  ours / bare line by line: our stages alone':<52} {best[OURS] / best[LINES]:>12.2f}  <= {GOAL}",
        f"{'  bare line by line / bare whole text':<52} {best[LINES] / best[WHOLE]:>12.2f}",
        *(
            f"{'  ours / ' + label + ', round by round: median':<52} {statistics.median(spread[bare]):>12.2f}"
            f"  ({spread[bare][0]:.2f} .. {spread[bare][-1]:.2f})"
            for bare, label in ((WHOLE, "whole text"), (LINES, "line by line"))
        ),
    ]


def _site(filename: str) -> str:
    """A profiled function's file, from the package on ("spacy/tokens/doc.pyx", "extract/cast.py")."""
    return filename.rsplit("site-packages/", 1)[-1].rsplit("/timeline/", 1)[-1]


def profile(items: list[article.Article], top: int = 25) -> list[str]:
    """Where ``extract`` spends its time outside spaCy's pipeline, by cProfile over one pass of the corpus.

    Our functions by their own time, less our sentence component, which runs
    inside spaCy's pipeline and is counted in bare spaCy too; then the spaCy
    calls our stages make themselves (Token and Doc objects, ``Span.as_doc``),
    by the time they took for our callers. The profiler slows Python code more
    than compiled code, so read shares, not seconds.
    """
    for item in items:
        extract(item)
    profiler = cProfile.Profile()
    profiler.enable()
    for item in items:
        extract(item)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]  # undocumented, but pstats's own data
    total = sum(value[2] for value in stats.values())
    in_pipe = sum(
        value[3] for key, value in stats.items() if _site(key[0]) == "spacy/language.py" and key[2] == "pipe"
    )
    ours = {key: value for key, value in stats.items() if "/timeline/" in key[0]}
    component = sum(value[2] for key, value in ours.items() if key[0].endswith("extract/nlp.py"))
    asked: dict[str, float] = {}
    for key, value in stats.items():
        if not _site(key[0]).startswith("spacy/tokens/"):
            continue
        for caller, timing in value[4].items():
            if "/timeline/" in caller[0] and not caller[0].endswith("extract/nlp.py"):
                name = f"{_site(key[0])}:{key[2]}"
                asked[name] = asked.get(name, 0.0) + timing[3]
    out = [
        (
            f"-- profile of extract() over {len(items)} articles (cProfile): {total:.2f} s in all, "
            f"{in_pipe:.2f} s inside nlp.pipe ({component:.2f} s of it our sentence component), "
            f"{total - in_pipe:.2f} s our stages"
        ),
        f"   {'own s':>7} {'cum s':>7} {'calls':>8}  our function",
    ]
    listed = sorted(
        ((key, value) for key, value in ours.items() if not key[0].endswith("extract/nlp.py")),
        key=lambda pair: -pair[1][2],
    )
    out += [
        f"   {value[2]:>7.3f} {value[3]:>7.3f} {value[1]:>8}  {_site(key[0])}:{key[1]}({key[2]})"
        for key, value in listed[:top]
    ]
    out.append(
        f"   {sum(asked.values()):>7.3f} {'':>7} {'':>8}  spaCy's Doc, Span, Token asked for by our stages"
    )
    out += [
        f"   {seconds:>7.3f} {'':>7} {'':>8}    {name}"
        for name, seconds in sorted(asked.items(), key=lambda pair: -pair[1])[:6]
    ]
    return out


def main() -> int:
    """Print the figures (and the profile when asked)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the three in turn (default 5)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of *.txt articles")
    parser.add_argument("--profile", action="store_true", help="also profile our stages (cProfile)")
    args = parser.parse_args()
    table = lines(args.rounds, args.corpus)
    print("\n".join(table), flush=True)  # noqa: T201 - the bench's output is its table
    if args.profile and len(table) > 1:
        print("\n".join(profile(load(args.corpus))), flush=True)  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
