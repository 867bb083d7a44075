"""Fill a prompt template of this folder for one blind writer or collector.

    .venv/bin/python tools/blind_batch/make_prompt.py TEMPLATE OUT_FILE KEY=VALUE...

Every ``__KEY__`` in the template is replaced by its value (``REPO`` defaults to this checkout);
a placeholder left unfilled is an error. See ``README.md`` beside this file.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def fill(template: str, values: dict[str, str]) -> str:
    text = template
    for key, value in {"REPO": str(ROOT), **values}.items():
        text = text.replace(f"__{key}__", value)
    left = sorted(set(re.findall(r"__[A-Z]+__", text)))
    if left:
        raise SystemExit(f"unfilled placeholders: {', '.join(left)}")
    return text


def main(argv: list[str]) -> int:
    if len(argv) < 2 or any("=" not in a for a in argv[2:]):
        print(__doc__)
        return 2
    template = Path(argv[0])
    if not template.is_absolute() and not template.exists():
        template = Path(__file__).resolve().parent / template
    values = dict(a.split("=", 1) for a in argv[2:])
    out = Path(argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(fill(template.read_text(encoding="utf-8"), values), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
