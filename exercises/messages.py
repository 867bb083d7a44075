"""Fixed texts the engine and the command line show: ``[messages]`` of each locale file."""

from __future__ import annotations

from .locale import get_locale


def text(key: str, lang: str, **values: object) -> str:
    template = str(get_locale(lang).text("messages", key))
    return template.format(**values) if values else template
