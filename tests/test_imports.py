"""The read side's imports, read with ``ast``: one way only, and the pure core free of IO."""

from __future__ import annotations

import ast
import itertools
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "timeline"

# The pure core: records, names and identity, corrections, tenures, meetings, changes, state, the fold,
# the views' filter and the people and offices lists.
PURE_CORE = {
    "timeline.errors",
    "timeline.vocabulary",  # the kinds, office classes and country codes as plain strings
    "timeline.textdate",
    "timeline.model",
    "timeline.names",
    "timeline.world",
    "timeline.identity",
    "timeline.corrections",
    "timeline.tenures",
    "timeline.meetings",
    "timeline.changes",
    "timeline.state",
    "timeline.fold",
    "timeline.selection",  # the filter and the one definition of a flagged change (issue #16)
    "timeline.roster",
}
FORBIDDEN_IN_CORE = ("timeline.codec", "timeline.store", "timeline.store_pg", "timeline.cli", "click")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at any depth of its code (``from timeline import x`` as ``timeline.x``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else _module_name(path)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([base] if base else [])])
            submodules = {f"{base}.{alias.name}" for alias in node.names} & _ALL
            found.update(submodules)
            if len(submodules) < len(node.names):  # a name defined in the module itself
                found.add(base)
    return found


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
_ALL = set(MODULES)
GRAPH = {
    name: {other for other in _imports(path) if other in MODULES and other != name} for name, path in MODULES.items()
}


@pytest.mark.parametrize("module", sorted(PURE_CORE))
def test_the_pure_core_imports_no_codec_store_cli_or_click(module: str) -> None:
    """A module of the pure core imports neither the codec, a store, the CLI nor click."""
    imported = _imports(MODULES[module])
    bad = sorted(i for i in imported if any(i == f or i.startswith(f + ".") for f in FORBIDDEN_IN_CORE))
    assert not bad, f"{module} imports {bad}"


def test_no_two_modules_import_each_other() -> None:
    """No two modules of the package import each other."""
    both = [(a, b) for a, b in itertools.combinations(sorted(GRAPH), 2) if b in GRAPH[a] and a in GRAPH[b]]
    assert not both


def test_the_storage_interface_imports_no_backend() -> None:
    """``storage`` (the interface) and ``chain`` (what both backends share) import neither backend."""
    for module in ("timeline.storage", "timeline.chain"):
        assert not GRAPH[module] & {"timeline.store", "timeline.store_pg", "timeline.backend"}
    assert "timeline.store_pg" not in GRAPH["timeline.store"]
    assert "timeline.store" not in GRAPH["timeline.store_pg"]


def test_the_pure_core_imports_only_the_pure_core() -> None:
    """What the pure core imports of the package is itself pure core: it stands on nothing with IO."""
    outside = {m: sorted(GRAPH[m] - PURE_CORE - {"timeline"}) for m in PURE_CORE}
    assert not {m: found for m, found in outside.items() if found}


def test_nothing_imports_the_cli() -> None:
    """Only the entry point imports the CLI."""
    assert sorted(m for m, found in GRAPH.items() if "timeline.cli" in found) == ["timeline.__main__"]


# What no read-only view loads: the extractor and spaCy, and what only the commands that write or copy
# use (cli.py imports these inside those commands).
NOT_FOR_VIEWS = (
    "timeline.extract",
    "spacy",
    "thinc",
    "timeline.store_pg",
    "psycopg",
    "timeline.output",
    "timeline.superseded",
)
_VIEW_PROBE = f"""
import sys
NOT_FOR_VIEWS = {NOT_FOR_VIEWS!r}
from timeline.cli import cli
try:
    cli(["--log", sys.argv[1], *sys.argv[2:]], standalone_mode=False)
finally:
    loaded = sorted(m for m in sys.modules if m.startswith(NOT_FOR_VIEWS))
    sys.stderr.write("LOADED " + " ".join(loaded) + "\\n")
"""


@pytest.mark.parametrize(
    "view",
    [("meetings",), ("country", "KR", "--format", "jsonl"), ("changes",), ("state", "2024-11-14"), ("verify",)],
)
def test_a_read_only_view_loads_no_extraction_code(tmp_path: Path, view: tuple[str, ...]) -> None:
    """A view of the log, in a fresh process, imports nothing of the extractor, spaCy, nor the writers' modules."""
    log = tmp_path / "events"
    log.mkdir()
    for name in ("log.jsonl", "HEAD"):
        shutil.copy(PACKAGE.parent.parent / "events" / name, log / name)
    for _ in range(2):  # a cold cache (a full fold), then a warm one
        done = subprocess.run(
            [sys.executable, "-c", _VIEW_PROBE, str(log), *view], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        loaded = done.stderr.rsplit("LOADED", 1)[1].split()
        assert not loaded


_WARM_PROBE = """
import sys
from timeline.cli import cli
cli(["--log", sys.argv[1], "country", "KR", "--format", "jsonl"], standalone_mode=False)
loaded = sorted(m for m in sys.modules if m in {"cattrs", "timeline.codec", "timeline.fold", "timeline.project"})
sys.stderr.write("LOADED " + " ".join(loaded) + "\\n")
"""


def test_a_warm_json_lines_view_loads_no_codec_and_no_fold(tmp_path: Path) -> None:
    """With the projection store up to date, a JSON-lines view prints stored lines: no converter, no fold."""
    log = tmp_path / "events"
    log.mkdir()
    for name in ("log.jsonl", "HEAD"):
        shutil.copy(PACKAGE.parent.parent / "events" / name, log / name)
    loaded = []
    for _ in range(2):  # the first makes the store (and folds); the second is warm
        done = subprocess.run([sys.executable, "-c", _WARM_PROBE, str(log)], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        loaded.append(done.stderr.rsplit("LOADED", 1)[1].split())
    assert loaded[0]
    assert not loaded[1]


def _bound_twice(source: str) -> list[str]:
    """The top-level names a module's source binds more than once (a function, class or assignment)."""
    bound: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.append(node.name)
        elif isinstance(node, ast.Assign):
            bound += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound.append(node.target.id)
    return sorted({name for name in bound if bound.count(name) > 1})


def test_a_name_bound_twice_at_the_top_of_a_module_is_found() -> None:
    """The check below finds a second binding of a module's name, which silently replaces the first."""
    source = '_PEERS = frozenset({"a"})\n\ndef f() -> None:\n    pass\n\n_PEERS = frozenset({"b"})\n'
    assert _bound_twice(source) == ["_PEERS"]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_binds_a_top_level_name_twice(module: str) -> None:
    """No module binds a name twice at its top level: a later word list of the same name had replaced an
    earlier one that other rules read (an extraction rule's "_PEERS" emptied another's)."""
    assert not _bound_twice(MODULES[module].read_text(encoding="utf-8"))
