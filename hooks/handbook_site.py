"""What every hook needs from the build: the handbook's settings, the page's language, the site root,
and the markers (``<!-- exercise: ID -->``, ``<!-- roleplay: ID -->``) of a page's Markdown.

The settings live in mkdocs.yml under ``extra: exercises:`` (exercises/FORMAT.md, "Site
settings"). ``settings(config)`` reads and checks the whole block, once per build: a
misspelt setting, a value that is not allowed, or a trainer's rule file that does not load
stops the build with the file and the line — the same problems ``python -m exercises
lint --rules FILE`` reports — instead of a site whose checker fails in every page.

The hooks import this module by its bare name: MkDocs puts a hook's own folder on
``sys.path`` while it loads the hook (``mkdocs.config.config_options.Hooks``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

WHERE = "mkdocs.yml: extra.exercises"
CHOICES = {"prefill": ("bad_reply", "empty"), "prefetch": ("off", "idle")}
KEYS = ("prefill", "prefetch", "rules", "snapshot")


@dataclass(frozen=True)
class Settings:
    """``extra: exercises:`` of mkdocs.yml, checked."""

    prefill: str = "bad_reply"  # what the answer box starts with: the bad reply, or nothing
    prefetch: str = "off"  # "idle": load the checker when the browser is idle
    rules: str | None = None  # the trainer's extra rule file, as named in mkdocs.yml
    rules_text: str | None = None  # its text, loaded strictly (no problem in it)
    snapshot: bool = True  # let the worker keep a Pyodide memory snapshot in the browser


_checked: dict[tuple[str, str], None] = {}  # (file, text) of rule files that loaded cleanly


def config_dir(config: Any) -> Path:
    return Path(config.config_file_path).resolve().parent


def settings(config: Any) -> Settings:
    """The checked settings of this build; raises PluginError naming what is wrong."""
    block = (config.get("extra") or {}).get("exercises")
    return read_settings({} if block is None else block, config_dir(config))


def read_settings(block: Any, root: Path) -> Settings:
    if not isinstance(block, dict):
        raise PluginError(f"{WHERE} must be a table of settings ({', '.join(KEYS)})")
    for key in block:
        if key not in KEYS:
            raise PluginError(f"{WHERE}: unknown setting {key!r} ({', '.join(KEYS)})")
    values: dict[str, Any] = {}
    for key, allowed in CHOICES.items():
        value = block.get(key, allowed[0])
        if value is False:  # YAML reads a bare `off` as false
            value = "off"
        if value not in allowed:
            raise PluginError(f"{WHERE}.{key} must be {' or '.join(allowed)}, not {value!r}")
        values[key] = value
    snapshot = block.get("snapshot", True)
    if not isinstance(snapshot, bool):
        raise PluginError(f"{WHERE}.snapshot must be true or false, not {snapshot!r}")
    rules = block.get("rules") or None
    text = None
    if rules is not None:
        if not isinstance(rules, str):
            raise PluginError(f"{WHERE}.rules must be a file name, not {rules!r}")
        text = _checked_rules(rules, root)
    return Settings(values["prefill"], values["prefetch"], rules, text, snapshot)


def _checked_rules(name: str, root: Path) -> str:
    """The text of the trainer's rule file, after loading it as strictly as ``check --rules``."""
    from exercises.packs import extra_problems
    from exercises.sources import LoadError

    path = (root / name).resolve()
    if not path.is_file():
        raise PluginError(f"{WHERE}.rules: no such file {path}")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise PluginError(f"{WHERE}.rules: {name}:1: not UTF-8") from None
    if (name, text) not in _checked:
        try:
            _, problems = extra_problems(text, name)
        except LoadError as exc:  # a TOML syntax error
            problems = [exc.problem]
        if problems:
            raise PluginError(f"{WHERE}.rules: {name} does not load:\n"
                              + "\n".join(f"  {p}" for p in problems))
        _checked[(name, text)] = None
    return text


def _i18n(config: Any) -> Any:
    plugins = getattr(config, "plugins", None)
    return plugins.get("i18n") if plugins is not None else None


def languages(config: Any) -> list[str]:
    """The site's languages (mkdocs-static-i18n's list), the default first."""
    i18n = _i18n(config)
    if i18n is None:
        return [page_lang(config)]
    found = [str(lang.locale) for lang in i18n.config.languages]
    default = default_lang(config)
    return [default] + [lang for lang in found if lang != default]


def default_lang(config: Any) -> str:
    """The language whose pages sit at the site root."""
    i18n = _i18n(config)
    default = getattr(i18n, "default_language", None) if i18n is not None else None
    return str(default or page_lang(config))


def page_lang(config: Any) -> str:
    """The language of the pages being built: mkdocs-static-i18n builds one language at a
    time; without it, the theme's language."""
    i18n = _i18n(config)
    current = getattr(i18n, "current_language", None) if i18n is not None else None
    if current:
        return str(current)
    return str((config.get("theme") or {}).get("language") or "en")


def src_path(page: Any, config: Any) -> str:
    """The page's source path without its language folder (``zh/cases/sofa.md`` → ``cases/sofa.md``)."""
    src = str(page.file.src_uri)
    first, _, rest = src.partition("/")
    return rest if rest and first in languages(config) else src


def site_root(config: Any) -> Path:
    """The site folder of the default language, where the shared assets/ live
    (mkdocs-static-i18n builds the other languages into a sub-folder of it)."""
    site = Path(config.site_dir)
    lang = page_lang(config)
    if _i18n(config) is not None and lang != default_lang(config) and site.name == lang:
        return site.parent
    return site


FENCE = re.compile(r"^[ \t]*(```|~~~)")


def replace_markers(
    markdown: str, marker: re.Pattern[str], replace: Callable[[re.Match[str], int], str]
) -> str:
    """`markdown` with each line that matches `marker` replaced by ``replace(match, line_number)``.

    Markers shown inside code blocks (e.g. in the trainer guide) stay as they are."""
    out: list[str] = []
    fence: str | None = None
    for number, line in enumerate(markdown.split("\n"), start=1):
        opening = FENCE.match(line)
        if opening:
            fence = None if fence == opening.group(1) else (fence or opening.group(1))
        match = marker.match(line) if fence is None and not opening else None
        out.append(line if match is None else replace(match, number))
    return "\n".join(out)
