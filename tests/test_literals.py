"""Required literals (exercises/literals.py): a pattern is skipped when the reply holds none
of its literals, so a literal must be in every match. Checked on every pattern of the packs
and the bank against every text the repository has, and on hand-made patterns."""

from __future__ import annotations

import csv
import multiprocessing
import os
import re
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest
from literal_workers import index_agrees, literal_in_every_match

from exercises.exercise_bank import load_bank
from exercises.literals import required, required_all, shipped
from exercises.normalize import normalize
from exercises.packs import load_pack
from exercises.sources import content_key

T = TypeVar("T")

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("calm down", ("calm down",)),
        (r"\b(calm|settle) (yourself )?down\b", ("down",)),
        ("(你|您)(先|要)?(冷静|淡定)", ("冷静", "淡定")),
        ("a(bc)?d", ()),  # "a" and "d" alone are too short to be worth a test
        ("(foo)+bar", ("foo",)),
        ("x*yz", ("yz",)),
        ("(?!no)yes", ("yes",)),
        ("(?i)abc", ()),
        ("abc|de?", ()),
        ("[ab]cd", ("cd",)),
        ("ab{0,3}cd", ("cd",)),
        # an escape stands for its character, and the alternatives after it still count
        (r"calm down|\x63alm yourself|settle\N{SPACE}down", ("calm down", "calm yourself", "settle")),
    ],
)
def test_required_literals(pattern: str, expected: tuple[str, ...]) -> None:
    assert required(pattern) == expected


def _texts() -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "tests").rglob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                texts += [row.get("answer") or "", row.get("text") or ""]
    for ex in load_bank().values():
        for lang in ("zh", "en"):
            data = ex.lang(lang)
            texts += [data.bad_reply, *data.model_answers, *(b.text for b in data.known_bad)]
    # A reply is labelled once per principle, so the corpora repeat it on several rows: each text
    # once, in first-seen order (the same texts, checked once instead of up to ten times).
    return list(dict.fromkeys(normalize(t).text for t in texts if t))


# The two whole-pack checks below run every pattern against thousands of texts (minutes of CPU).
# They are divided into shares, handed to worker processes when the machine has more than one CPU.
_SHARES = 8


def _map(work: Callable[..., T], shares: list[Any], texts: list[str]) -> list[T]:
    workers = min(len(shares), os.cpu_count() or 1)
    if workers < 2:
        return [work(share, texts) for share in shares]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(work, shares, [texts] * len(shares)))


def _spread(texts: list[str], limit: int) -> list[str]:
    """At most ``limit`` texts, evenly spaced through the list (the same ones on every run). The
    corpora grow with every blind batch; a fixed-size spread keeps these two whole-pack tests to a
    bounded time in CI while still drawing on every corpus."""
    if len(texts) <= limit:
        return texts
    step = len(texts) / limit
    return [texts[int(i * step)] for i in range(limit)]


def test_a_literal_is_in_every_match_of_every_shipped_pattern() -> None:
    texts = _spread(_texts(), 3000)
    assert len(texts) > 1000
    sources: list[str] = []
    for lang in ("zh", "en"):
        for rule in load_pack(lang):
            for patterns in rule.patterns():
                sources += patterns.sources
    sources = list(dict.fromkeys(sources))  # a pattern several rules share is checked once
    assert len(sources) > 3000
    shares = [sources[i::_SHARES] for i in range(_SHARES)]
    wrong = [w for part in _map(literal_in_every_match, shares, texts) for w in part]
    assert wrong == []


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(你|您)[^，]{0,4}(没有|没)(仔细|认真)看",
         (("你", "您"), ("没有", "没"), ("仔细", "认真"), ("看",))),
        (r"\bcalm (yourself )?down\b", (("calm ",), ("down",))),
        ("abc|de", (("abc", "de"),)),
        ("(?!no)yes(sir)?", (("yes",),)),
        ("a(bc)?d", ()),
        (r"(sorry to hear|the bms(\x27s)? makers|charlie)|pleased",
         (("sorry to hear", "the bms", "charlie", "pleased"),)),
    ],
)
def test_every_required_part(pattern: str, expected: tuple[tuple[str, ...], ...]) -> None:
    """A pattern with no top-level "|" needs a member of each part; the filter asks for all."""
    assert required_all(pattern) == expected


def test_the_shipped_table_is_current() -> None:
    out = subprocess.run([sys.executable, "-m", "exercises.tools.make_literals", "--check"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    some = next(iter(r for r in load_pack("en") if r.id == "no-taboo/calm-down"))
    assert content_key(some.pattern_set.sources[0]) in shipped()


def test_the_literal_index_picks_exactly_the_patterns_that_may_match() -> None:
    """``PatternSet.candidates`` (the text's literals found once, then a set test per pattern)
    keeps exactly the patterns whose every literal set has a member in the text, and
    ``tagged_spans`` finds what those patterns find one by one. With the check above (no pattern
    matches where a literal of it is missing, on every text chosen here), that is the same spans
    as running every pattern of every rule."""
    texts = _spread(_spread(_texts(), 3000), 500) + ["", "a", "您", "x" * 3]  # within the above
    rules = [(lang, i) for lang in ("zh", "en") for i in range(len(load_pack(lang)))]
    shares = [rules[i::_SHARES] for i in range(_SHARES)]
    results = _map(index_agrees, shares, texts)
    assert [w for wrong, _ in results for w in wrong] == []
    assert sum(checked for _, checked in results) > 100_000


def test_a_shared_word_edge_in_front_of_a_class_matches_as_one_on_each_entry() -> None:
    """A word class expands with one look-behind in front of a run of entries that all start
    with it; it must find what the plain alternation finds, on every class of both lexicons."""
    from exercises.lexicon import _START, _join
    from exercises.packs import pack_lexicon

    texts = _spread(_texts(), 2000)
    seen = 0
    for lang in ("zh", "en"):
        lex = pack_lexicon(lang)[0]
        for name in lex.classes:
            alts = sorted((lex.expand(a) for a in lex.classes[name]), key=lambda a: (-len(a), a))
            hoisted, plain = _join(alts), "|".join(alts)
            if hoisted == plain:
                continue
            assert hoisted.count(_START) < plain.count(_START)
            one, other = re.compile(f"(?:{hoisted})"), re.compile(f"(?:{plain})")
            for text in texts:
                spans = [m.span() for m in one.finditer(text)]
                assert spans == [m.span() for m in other.finditer(text)], name
            seen += 1
    assert seen >= 3  # the classes written as plain phrases (party, outside …)
