"""Write the brief a blind writer works from: every exercise as a trainee sees it.

    .venv/bin/python tools/blind_batch/make_brief.py OUT_DIR

Writes ``OUT_DIR/brief.md`` (title, situation, customer, bad reply, task and length limits of
each exercise in both languages, and the principle ids; never the model answers, hints,
known-bad replies or rules) and ``OUT_DIR/guide.md`` (the per-principle part of
``tests/corpus/LABELLING.md``). See ``README.md`` beside this file.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def brief() -> str:
    principles = tomllib.loads((ROOT / "exercises" / "principles.toml").read_text(encoding="utf-8"))
    out = [
        "# The 15 exercises, as a trainee sees them\n",
        "Each exercise trains the principles listed. A *good rewrite* must do everything the task asks;",
        "a *violation* breaks exactly one principle (preferably one the exercise trains).\n",
        "## The principles (ids are exact)\n",
    ]
    out += [
        f"- `{p['id']}` — {p['en']} / {p['zh']}" for p in principles["principle"] if p.get("checked") != "no"
    ]
    out.append("")
    for path in sorted((ROOT / "exercises" / "bank").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        out.append(f"## `{data['id']}` — trains: {', '.join(data['principles'])}\n")
        for lang in ("en", "zh"):
            part = data[lang]
            out += [
                f"**{lang}: {part['title']}**\n",
                f"- Situation: {part['situation']}",
                f"- Customer: {part['customer']}",
                f"- Bad reply: {part['bad_reply']}",
                f"- Task: {part['task']}",
            ]
            if lang in data.get("length", {}):
                low, high = data["length"][lang]
                out.append(f"- Length allowed: {low}–{high} characters")
            out.append("")
    return "\n".join(out) + "\n"


def guide() -> str:
    lines = (ROOT / "tests" / "corpus" / "LABELLING.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("## Per principle")
    end = lines.index("## Form")
    return "\n".join(lines[start:end]).rstrip() + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    (out / "brief.md").write_text(brief(), encoding="utf-8")
    (out / "guide.md").write_text(guide(), encoding="utf-8")
    print(f"wrote {out / 'brief.md'} and {out / 'guide.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
