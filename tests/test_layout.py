"""The package's shape, as ARCHITECTURE.md draws it: no import circle, dependencies pointing one way
(cli → pipeline → stages → judging/backends/cache → records), no module over 400 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import cot_synth

PACKAGE = Path(cot_synth.__file__).resolve().parent
MAX_LINES = 400
STAGES = ("ingest", "clean", "synthesize", "render", "export", "report", "merge")
# the foundations every stage may use, which use no stage
BASE = (
    "judging", "backends", "cache", "records", "errors", "config", "content", "runfolder", "stats", "shard",
)  # fmt: skip


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(path: Path) -> set[str]:
    """The cot_synth modules a module imports, deferred imports included, ``if TYPE_CHECKING`` excluded."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {
        id(n)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for n in ast.walk(node)
    }
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("cot_synth")}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("cot_synth"):
            submodules = {f"{node.module}.{a.name}" for a in node.names} & MODULES.keys()
            found |= submodules or {node.module}
    return found - {_name(path)}


GRAPH = {name: _imports(path) for name, path in MODULES.items()}


def _top(module: str) -> str:
    return module.split(".")[1] if "." in module else ""


def test_the_import_walk_sees_the_package():
    assert len(MODULES) > 40 and "cot_synth.pipeline" in GRAPH["cot_synth.cli.commands"]
    assert "cot_synth.report.analyse" in GRAPH["cot_synth.report"]


def test_no_import_circle():
    """Depth-first search for a back edge; the circle found is named in full."""
    state: dict[str, int] = {}

    def visit(module: str, path: list[str]) -> list[str] | None:
        state[module] = 1
        for target in sorted(GRAPH.get(module, ())):
            if state.get(target) == 1:
                return path[path.index(target) :] + [target]
            if target not in state and (circle := visit(target, path + [target])):
                return circle
        state[module] = 2
        return None

    for module in sorted(GRAPH):
        if module not in state:
            circle = visit(module, [module])
            assert circle is None, " → ".join(circle)


def test_dependencies_point_one_way():
    wrong = []
    for module, targets in GRAPH.items():
        top = _top(module)
        for target in targets:
            upward = _top(target) == "cli" and top not in ("cli", "__main__")
            upward |= _top(target) == "pipeline" and top not in ("cli", "pipeline")
            # the foundations use no stage; ``judging.traces`` is the `judge` command, which reads MCQ rows
            upward |= top in BASE and _top(target) in STAGES and module != "cot_synth.judging.traces"
            if upward:
                wrong.append(f"{module} → {target}")
    assert not wrong, wrong


def test_no_module_over_400_lines():
    lines = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    assert not {name: n for name, n in lines.items() if n > MAX_LINES}
