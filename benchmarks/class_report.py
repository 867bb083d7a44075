"""How long the class report page takes to check a class, in headless Chromium on 127.0.0.1.

A class of 30 trainees with 15 answers each (450 answers: bad replies, model answers and
half-mended replies, in both languages; each file as the exercises page downloads it, with a
BOM) is dropped on the page "Trainer: class report" once the checker has loaded. Printed, as
the median of 3 fresh browser contexts:

- drop → report shown (reading the files, checking every answer in the worker, drawing);
- the longest the page's main thread was blocked meanwhile (a 10 ms timer's largest gap):
  the page stays responsive while the worker checks;
- for comparison, ``python -m exercises batch`` on the same 30 files (CPython, one process).

Usage: python benchmarks/class_report.py [--site DIR]   (default: site/, built by `make build`)
"""

from __future__ import annotations

import argparse
import base64
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from browser_helpers import block_external, chromium_missing, launch  # noqa: E402
from site_server import serve  # noqa: E402

from exercises.exercise_bank import load_bank  # noqa: E402

TRAINEES = 30
PER_TRAINEE = 15
RUNS = 3

DROP = """files => {
  const root = document.querySelector('[data-class-report]');
  let last = performance.now(), worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 10);
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.b64), c => c.charCodeAt(0))], f.name));
  const started = performance.now();
  return new Promise((resolve) => {
    new MutationObserver((_, observer) => {
      if (root.dataset.state === 'done' || root.dataset.state === 'failed') {
        observer.disconnect(); clearInterval(timer);
        resolve({ms: performance.now() - started, worst, state: root.dataset.state,
                 answers: root.querySelector('[data-role=totals]')?.textContent || ''});
      }
    }).observe(root, {attributes: true});
    const zone = root.querySelector('[data-role=drop]');
    zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true}));
  });
}"""


def field(text: str) -> str:
    quoted = "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text
    return '"' + quoted.replace('"', '""') + '"'


def class_files(folder: Path) -> list[Path]:
    bank = sorted(load_bank().values(), key=lambda e: (e.order, e.id))
    paths = []
    for n in range(TRAINEES):
        lang = "zh" if n % 2 == 0 else "en"
        rows = [["trainee", "answer", "exercise", "lang"]]
        for i, ex in enumerate(bank[:PER_TRAINEE]):
            texts = ex.lang(lang)
            kind = (n + i) % 3
            if kind == 0:
                answer = texts.bad_reply
            elif kind == 1:
                answer = texts.model_answers[(n + i) % len(texts.model_answers)]
            else:  # half mended: the model answer's first half, then the bad reply
                model = texts.model_answers[0]
                answer = model[: len(model) // 2] + " " + texts.bad_reply
            rows.append([f"Trainee {n + 1:02d}", answer, ex.id, lang])
        path = folder / f"trainee-{n + 1:02d}.csv"
        path.write_text("\ufeff" + "\r\n".join(",".join(field(c) for c in r) for r in rows) + "\r\n", "utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    args = parser.parse_args(argv)
    if not (args.site / "class-report" / "index.html").exists():
        print(f"class_report: no class report page in {args.site}: run `make build` first", file=sys.stderr)
        return 2
    missing = chromium_missing()
    if missing:
        print(f"class_report: {missing}", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        paths = class_files(Path(tmp))
        files = [{"name": p.name, "b64": base64.b64encode(p.read_bytes()).decode()} for p in paths]
        started = time.perf_counter()
        batch = subprocess.run([sys.executable, "-m", "exercises", "batch", *map(str, paths)],
                               cwd=ROOT, capture_output=True, text=True)
        batch_s = time.perf_counter() - started
        if batch.returncode != 0:
            print(f"class_report: batch failed: {batch.stderr}", file=sys.stderr)
            return 1
        results = []
        with serve(args.site) as base, sync_playwright() as pw:
            browser = launch(pw)
            for _ in range(RUNS):
                context = browser.new_context()
                block_external(context)
                page = context.new_page()
                page.goto(f"{base}en/class-report/")
                page.wait_for_selector("[data-class-report][data-engine=ready]", timeout=120_000)
                result = page.evaluate(DROP, files)
                context.close()
                if result["state"] != "done":
                    print(f"class_report: the page failed: {result}", file=sys.stderr)
                    return 1
                results.append(result)
            browser.close()
    ms = statistics.median(r["ms"] for r in results)
    worst = statistics.median(r["worst"] for r in results)
    answers = TRAINEES * PER_TRAINEE
    print(f"class report, {TRAINEES} trainees x {PER_TRAINEE} exercises ({answers} answers),"
          f" median of {RUNS}:")
    print(f"  drop -> report shown      {ms / 1000:6.2f} s  ({ms / answers:.1f} ms per answer)")
    print(f"  main thread blocked       {worst:6.0f} ms at most (the worker checks)")
    print(f"  batch (CPython, 30 files) {batch_s:6.2f} s")
    print(f"  page says: {results[0]['answers']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
