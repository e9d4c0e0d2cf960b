"""Locate, load and fingerprint the content folders (``prompts/``, ``judges/``).

Prompts and judge definitions are content, not code: they ship inside the wheel, can be overridden per
run, and their hash goes into provenance and the cache key so an edit re-generates exactly what it touches.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import jinja2
import yaml

from cot_synth.errors import UserError

_PACKAGE_DIR = Path(__file__).resolve().parent


def safe_load(text: str) -> Any:
    """YAML through libyaml when PyYAML has it: the judges' files took 0.1 s to parse in pure Python, a
    fifth of starting a run."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def yaml_problem(exc: yaml.YAMLError) -> str:
    """A YAML error on one line (PyYAML's spans four, with a caret under the place)."""
    return " ".join(str(exc).split())


def default_dir(name: str) -> Path:
    """The bundled folder: inside the installed wheel, else the source checkout's top level."""
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise UserError(f"cannot find the bundled '{name}/' folder; reinstall cot_synth or pass --{name} DIR")


def folder_hash(folder: Path) -> str:
    """Hash of every file's relative path and bytes: changes whenever any content file changes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


@cache
def code_hash() -> str:
    """The package's own files: what was built by other code (a prepared set, a report) is built again."""
    return folder_hash(_PACKAGE_DIR)


class _Environment(jinja2.Environment):
    """Jinja with each template's globals in a plain dict: every render copies them into its context, and
    copying jinja's ChainMap was a third of rendering a user message (30k renders in a rerun of a 10k job).
    Nothing here changes globals after loading, which is what the ChainMap is for."""

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


@dataclass(frozen=True)
class ContentDir:
    """One content folder: renders its Jinja2 templates and reads its YAML files."""

    path: Path

    @classmethod
    def resolve(cls, name: str, override: str | Path | None) -> ContentDir:
        path = Path(override) if override else default_dir(name)
        if not path.is_dir():
            raise UserError(f"--{name} {path}: not a directory")
        return cls(path.resolve())

    @cached_property
    def hash(self) -> str:
        return folder_hash(self.path)

    @cached_property
    def _env(self) -> jinja2.Environment:
        return _Environment(
            loader=jinja2.FileSystemLoader(str(self.path)),
            auto_reload=False,  # a run renders a template thousands of times: no stat of its file each time
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=False,
            autoescape=False,
        )

    def render(self, template: str, **context: Any) -> str:
        """Render a template; surrounding whitespace is stripped so files may end with a newline."""
        with self._errors(template):
            return self._env.get_template(template).render(**context).strip()

    def check(self, *templates: str) -> None:
        """Compile templates now, so that one that cannot be read fails before any paid model call."""
        for template in templates:
            with self._errors(template):
                self._env.get_template(template)

    @contextmanager
    def _errors(self, template: str) -> Iterator[None]:
        """A template error as one line naming the template at fault, which may be one ``template``
        includes (the loader reads those when it renders)."""
        try:
            yield
        except jinja2.TemplateNotFound as exc:
            raise UserError(f"{self.path}: missing template '{exc.name or template}'") from exc
        except jinja2.TemplateSyntaxError as exc:
            where = self.path / (exc.name or template)
            raise UserError(f"{where}: line {exc.lineno}: {exc.message}") from exc
        except jinja2.TemplateError as exc:
            raise UserError(f"{self.path / template}: {exc}") from exc
        except UnicodeDecodeError:  # the loader does not say which file: name the folder's first that is not
            for file in sorted(self.path.glob("*.j2")):
                self.read_text(file.name)
            raise

    def read_text(self, name: str) -> str:
        """A file of the folder as text; missing or not UTF-8 is one line naming it."""
        file = self.path / name
        try:
            return file.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise UserError(f"{self.path}: missing '{name}'") from exc
        except UnicodeDecodeError as exc:
            raise UserError(f"{file}: not UTF-8 (byte {exc.start}); save it as UTF-8") from None

    def load_yaml(self, name: str) -> dict[str, Any]:
        file = self.path / name
        try:
            data = safe_load(self.read_text(name))
        except yaml.YAMLError as exc:
            raise UserError(f"{file}: invalid YAML ({yaml_problem(exc)})") from exc
        if not isinstance(data, dict):
            raise UserError(f"{file}: expected a mapping at the top level")
        return data
