"""Writes ``exercises/data/literals.json``: the required literals of every pattern of the
shipped packs and bank, and of the branches of their long alternations (see
``exercises/literals.py``, ``ruletypes.base.split_branches``) and, under ``starts``, the start
characters of those worth screening on (``exercises/startchars.py``), so start-up need not
work them out.

    .venv/bin/python -m exercises.tools.make_literals          # rewrite the file
    .venv/bin/python -m exercises.tools.make_literals --check  # exit 1 when it is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

from exercises.exercise_bank import bank_problems
from exercises.literals import encode, required_all
from exercises.locale import languages
from exercises.normalize import fold_pattern
from exercises.packs import pack_problems
from exercises.ruletypes.base import split_branches
from exercises.sources import content_key
from exercises.startchars import start_chars
from exercises.tools.generated import render, write_or_check

OUT = Path(__file__).resolve().parent.parent / "data" / "literals.json"


def tables() -> tuple[dict[str, str], dict[str, str]]:
    rules = []
    for lang in languages():
        rules += pack_problems(lang)[0]
    for ex in bank_problems()[0].values():
        for lang in languages():
            rules += list(ex.lang(lang).rules)
    out: dict[str, str] = {}
    starts: dict[str, str] = {}
    for rule in rules:
        for patterns in rule.patterns():
            for whole in patterns.sources:
                for source in (whole, *split_branches(whole)):  # a long alternation's branches too
                    folded = fold_pattern(source)
                    out[content_key(source)] = encode(required_all(folded))
                    if chars := start_chars(folded):
                        starts[content_key(source)] = chars
    return dict(sorted(out.items())), dict(sorted(starts.items()))


def main(argv: list[str]) -> int:
    literals, starts = tables()
    text = render("make_literals", "literals", literals, starts=starts)
    return write_or_check(OUT, text, "make_literals", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
