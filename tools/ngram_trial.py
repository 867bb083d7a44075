"""Would a character n-gram model be a useful second opinion? A trial on the DEV split only.

    .venv/bin/python tools/ngram_trial.py no-arguing en
    .venv/bin/python tools/ngram_trial.py ownership zh --no-fresh

Issue 14 allows a statistical second opinion "only if it beats the grammar on the held-back
part". Before spending a held measurement on one, this trial trains a naive Bayes model over
character n-grams (Chinese: 2-3 characters; English: words and word pairs) on the replies of
``tests/corpus/real/<lang>.csv`` labelled for one principle, and scores it by 5-fold
cross-validation on the dev split (folds by reply id), next to the rules' flags on the same
replies. Good fresh rewrites (dev) are added as extra "not violated" examples unless
``--no-fresh``. The held rows are never read.

Round 48's reading (December 2026): the model does not beat the rules on any principle tried.
For no-arguing its precision only equals the share of violations among the labelled replies
(the model learns "real reply vs rewrite", not "arguing"); for ownership it is 0.44-0.68 against
the rules' 0.82-0.97. The labelled corpus has too few "ok" replies per principle for a model to
learn the difference, so no model ships.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from exercises.api import check  # noqa: E402
from exercises.normalize import normalize  # noqa: E402
from exercises.scoring import flagged  # noqa: E402


def features(text: str, lang: str) -> set[str]:
    t = normalize(text).text
    if lang == "zh":
        t = re.sub(r"\s+", "", t)
        return {t[i:i + n] for n in (2, 3) for i in range(len(t) - n + 1)}
    words = re.findall(r"[a-z']+|[0-9]+", t)
    return set(words) | {" ".join(words[i:i + 2]) for i in range(len(words) - 1)}


def train(items: list[tuple[str, bool]], lang: str) -> tuple[dict[str, float], float]:
    pos: Counter[str] = Counter()
    neg: Counter[str] = Counter()
    n_pos = n_neg = 0
    for text, violated in items:
        if violated:
            pos.update(features(text, lang))
            n_pos += 1
        else:
            neg.update(features(text, lang))
            n_neg += 1
    weights = {f: math.log((pos[f] + 0.5) / (n_pos + 1)) - math.log((neg[f] + 0.5) / (n_neg + 1))
               for f in set(pos) | set(neg) if pos[f] + neg[f] >= 2}
    return weights, math.log(max(n_pos, 1) / max(n_neg, 1))


def tally(said: dict[str, bool], truth: dict[str, bool]) -> str:
    tp = sum(said[i] and truth[i] for i in truth)
    fp = sum(said[i] and not truth[i] for i in truth)
    fn = sum(not said[i] and truth[i] for i in truth)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return f"tp {tp:3} fp {fp:3} fn {fn:3}  precision {precision:.3f}  recall {recall:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("principle")
    parser.add_argument("lang", choices=("zh", "en"))
    parser.add_argument("--no-fresh", action="store_true", help="no fresh rewrites as extra negatives")
    args = parser.parse_args()
    corpus = ROOT / "tests" / "corpus"
    replies: dict[str, tuple[str, bool]] = {}
    with (corpus / "real" / f"{args.lang}.csv").open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["split"] == "dev" and row["principle"] == args.principle:
                replies[row["id"]] = (row["answer"], row["verdict"] == "violated")
    extra: list[tuple[str, bool]] = []
    if not args.no_fresh:
        with (corpus / "fresh" / "rewrites.csv").open(encoding="utf-8-sig", newline="") as handle:
            extra = [(r["answer"], False) for r in csv.DictReader(handle)
                     if r["split"] == "dev" and r["lang"] == args.lang]
    ids = sorted(replies)
    fold = {i: int(hashlib.sha1(i.encode()).hexdigest(), 16) % 5 for i in ids}
    score: dict[str, float] = {}
    for k in range(5):
        weights, bias = train([replies[i] for i in ids if fold[i] != k] + extra, args.lang)
        for i in ids:
            if fold[i] == k:
                score[i] = bias + sum(weights.get(f, 0.0) for f in features(replies[i][0], args.lang))
    truth = {i: replies[i][1] for i in ids}
    rules = {i: args.principle in flagged(check(replies[i][0], args.lang)) for i in ids}
    print(f"{args.principle} [{args.lang}]: {len(ids)} dev replies labelled, {sum(truth.values())} violated")
    print(f"  rules (tuned on dev, so optimistic)  {tally(rules, truth)}")
    for threshold in (0, 4, 8):
        model = {i: score[i] > threshold for i in ids}
        print(f"  model, threshold {threshold:2}             {tally(model, truth)}")


if __name__ == "__main__":
    main()
