"""The handbook is written afresh: no run of 12 Chinese characters in docs/ is copied from a seed.

Both sides are normalised the same way before comparing: the engine's normaliser
(NFKC, traditional → simplified), then spaces, punctuation and symbols removed. The
seeds' pinyin inserts such as `服務(wù)` are stripped first. Skips when the shared
folder with the seeds (../shared/seeds next to the repository) is absent.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from exercises.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__file__).parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
DOCS = ROOT / "docs"
RUN = 12

PINYIN = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)")
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def fold(text: str) -> str:
    """Simplified characters with spaces, punctuation, symbols and controls removed."""
    text = normalize(PINYIN.sub("", text)).text
    return "".join(c for c in text if unicodedata.category(c)[0] not in "PZSC")


def grams(text: str, size: int = RUN) -> set[str]:
    out: set[str] = set()
    for run in HAN_RUN.findall(fold(text)):
        out.update(run[i : i + size] for i in range(len(run) - size + 1))
    return out


@cache
def seed_grams() -> frozenset[str]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed folder {SEEDS} not found: originality not checked")
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        pytest.skip(f"no seed articles in {SEEDS}")
    found: set[str] = set()
    for path in files:
        found |= grams(path.read_text(encoding="utf-8"))
    return frozenset(found)


def copied_runs(text: str) -> list[str]:
    """12-character windows of `text` that also occur in a seed, merged into longer runs."""
    seeds = seed_grams()
    runs: list[str] = []
    for run in HAN_RUN.findall(fold(text)):
        i = 0
        while i + RUN <= len(run):
            if run[i : i + RUN] in seeds:
                j = i + 1
                while j + RUN <= len(run) and run[j : j + RUN] in seeds:
                    j += 1
                runs.append(run[i : j + RUN - 1])
                i = j + RUN - 1
            else:
                i += 1
    return runs


def test_the_check_catches_a_copied_sentence() -> None:
    """A seed sentence, turned simplified and re-punctuated, is still caught."""
    seed = (SEEDS / "003_cb983261a0e6215e.txt") if SEEDS.is_dir() else None
    if seed is None or not seed.is_file():
        pytest.skip("seed 003 not available")
    raw = seed.read_text(encoding="utf-8")
    original = next(r for r in HAN_RUN.findall(fold(raw)) if len(r) >= 20)[:20]
    disguised = "，".join(original[i : i + 5] for i in range(0, 20, 5)) + "。"
    assert copied_runs(f"开头一句话。{disguised}结尾。") == [original]
    assert copied_runs("这一句是全新写成的，没有任何一段与原文相同的十二个字。") == []


def test_pinyin_inserts_are_ignored() -> None:
    assert fold("服務(wù)質(zhì)量") == "服务质量"


def test_no_seed_text_in_the_docs() -> None:
    seed_grams()  # skips early without seeds
    pages = sorted(DOCS.rglob("*.md"))
    assert pages, "no pages in docs/"
    problems = [
        f"{page.relative_to(ROOT)}: {run}"
        for page in pages
        for run in copied_runs(page.read_text(encoding="utf-8"))
    ]
    assert problems == [], "text copied from a seed:\n" + "\n".join(problems)
