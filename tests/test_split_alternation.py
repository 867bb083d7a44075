"""A long alternation (a word class of many patterns, e.g. ``{own_commit}``) is matched branch
by branch (``ruletypes.base.split_branches``): a branch is compiled only when the reply holds its
literals. The matches must be exactly those of the whole pattern, which ``re`` would give."""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import pytest

from exercises.exercise_bank import load_bank
from exercises.literals import shipped
from exercises.normalize import fold_pattern, normalize
from exercises.packs import load_pack
from exercises.ruletypes import base
from exercises.ruletypes.base import PatternSet, split_branches
from exercises.sources import content_key

ROOT = Path(__file__).resolve().parent.parent
LONG = "(?:" + "|".join(f"(?:alpha{n}x|beta{n}x) (?:gamma|delta)" for n in range(40)) + ")"


def test_only_a_long_alternation_without_back_references_or_global_flags_is_split() -> None:
    assert len(LONG) >= base.SPLIT_MIN
    assert len(split_branches(LONG)) == 40
    assert split_branches("(?:ab|cd|ef)") == ()  # short: one compiled pattern is cheaper
    assert split_branches(LONG[:-1] + r"|(x)y\1)") == ()  # a numbered back-reference
    assert split_branches("(?i)" + LONG) == ()  # a global flag
    assert split_branches(LONG[:-1] + "|)") == ()  # an empty branch matches everywhere
    assert split_branches("(?:" + "a" * 500 + ")") == ()  # one branch


def test_a_short_reply_compiles_only_the_branches_whose_literals_it_holds() -> None:
    patterns = PatternSet([LONG])
    assert patterns.spans("say alpha7x gamma, then beta12x delta") == [(4, 17), (24, 37)]
    compiled = patterns.compiled[0]
    parts = compiled.parts()
    assert parts is not None and len(parts) == 40
    assert compiled._pattern is None  # the whole alternation was never compiled
    built = [index for index, part in enumerate(parts) if part._pattern is not None]
    assert built == [7, 12]


def test_at_one_place_the_first_branch_wins_as_in_re() -> None:
    source = "(?:" + "|".join(["ab", "abcd", *(f"filler{n}" for n in range(60)), "a"]) + ")"
    text = "xx abcd a abc"
    whole = [m.span() for m in re.finditer(source, text)]
    assert PatternSet([source]).spans(text) == whole == [(3, 5), (8, 9), (10, 12)]


def _texts(lang: str, limit: int) -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "tests" / "corpus").glob("*/*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if (row.get("lang") or path.stem) == lang:
                    texts.append(row["answer"])
    unique = list(dict.fromkeys(texts))
    random.Random(7).shuffle(unique)
    return [normalize(t).text for t in unique[:limit]]


def pattern_sets(lang: str) -> list[PatternSet]:
    """Every pattern set of the language's pack and of the bank's exercises."""
    sets: list[PatternSet] = []
    for rule in load_pack(lang):
        sets += rule.patterns()
    for ex in load_bank().values():
        for rule in ex.lang(lang).rules:
            sets += rule.patterns()
    return sets


def _split_patterns(lang: str) -> list[base._Compiled]:
    out = {c.source: c for s in pattern_sets(lang) for c in s.compiled if c.parts()}
    return list(out.values())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_split_pattern_of_the_packs_finds_what_the_whole_pattern_finds(lang: str) -> None:
    texts = _texts(lang, 250)
    texts.append(" ".join(texts[:120]))  # a long reply: the branches' screens are used
    assert len(texts[-1]) > base.LONG_TEXT
    patterns = _split_patterns(lang)
    assert len(patterns) >= 5, "the packs' word classes should give long alternations"
    for compiled in patterns:
        joined = "|".join(split_branches(compiled.source))
        assert compiled.source in (joined, f"(?:{joined})")
        folded = fold_pattern(joined)  # folding is per character, so the branches fold as the whole does
        assert fold_pattern(compiled.source) in (folded, f"(?:{folded})")
        for text in texts:
            whole = [m.span() for m in compiled.pattern.finditer(text)
                     if m.end() > m.start() and not compiled._excluded(m)]
            assert [m.span() for m in compiled._scan(text)] == whole, (compiled.source[:80], text[:80])


def test_the_branches_literals_are_in_the_shipped_table() -> None:
    missing = [b for lang in ("zh", "en") for c in _split_patterns(lang) for b in split_branches(c.source)
               if content_key(b) not in shipped()]
    assert missing == []
