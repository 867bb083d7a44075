"""Speed figures of the rule engine (``make bench``).

Prints, each the median of several runs:

- CLI ``check``, the whole process, against a bare interpreter; target: at most 100 ms more
  (wall clock; its CPU time too, which moves much less when the machine is busy);
- load: ``import exercises`` + both general packs + the whole bank, in a fresh
  interpreter (interpreter start-up itself not counted); target < 150 ms;
- first check per language in a fresh interpreter (compiles that language's patterns);
- check of a 200-character and a 5 000-character reply, zh and en; targets < 2 ms and
  < 40 ms; and one 100 000-character reply (must stay well under a second).
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LOAD = """
import time
t = time.perf_counter()
import exercises.api
from exercises.exercise_bank import load_bank
from exercises.packs import load_pack
load_pack("zh"); load_pack("en"); load_bank()
print((time.perf_counter() - t) * 1000)
"""

FIRST_CHECK = """
import time
import exercises.api
from exercises.exercise_bank import load_bank
from exercises.packs import load_pack
load_pack("zh"); load_pack("en"); load_bank()
t = time.perf_counter()
exercises.api.check({text!r}, {lang!r})
print((time.perf_counter() - t) * 1000)
"""


def _fresh(code: str, runs: int = 7, bytecode: bool = True) -> float:
    """Median milliseconds printed by ``code`` in fresh interpreters.

    ``bytecode=True``: the package's .pyc files are cached (an installed package);
    ``False``: a copy of the package without .pyc is imported with ``-B``, so every
    module of ours is compiled from source (the standard library keeps its cache).
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cwd = ROOT
    args = [sys.executable, "-c", code]
    if not bytecode:
        cwd = Path(tempfile.mkdtemp(prefix="bench-engine-"))
        shutil.copytree(ROOT / "exercises", cwd / "exercises", ignore=shutil.ignore_patterns("__pycache__"))
        args = [
            sys.executable,
            "-B",
            "-c",
            "import exercises, sys; assert exercises.__file__.startswith(sys.argv[1])\n" + code,
            str(cwd),
        ]
    times = []
    for index in range(runs + 1):
        out = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=True, env=env)
        if index:  # the first run only warms the cache
            times.append(float(out.stdout.strip()))
    if not bytecode:
        shutil.rmtree(cwd, ignore_errors=True)
    return statistics.median(times)


def _sample(lang: str, size: int) -> str:
    from exercises.exercise_bank import load_bank

    pieces: list[str] = []
    for ex in load_bank().values():
        data = ex.lang(lang)
        pieces += [*data.model_answers, data.bad_reply, *(b.text for b in data.known_bad)]
    if not pieces:
        pieces = [
            "您好，我今天下午五点前给您回电话。" if lang == "zh" else "I'll call you back by 5 pm today."
        ]
    text = ""
    index = 0
    while len(text) < size:
        text += pieces[index % len(pieces)] + ("" if lang == "zh" else " ")
        index += 1
    return text[:size]


def _median_ms(text: str, lang: str, runs: int) -> float:
    from exercises.api import check

    check(text, lang)  # warm: patterns compiled
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        check(text, lang)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _process_ms(args: list[str], runs: int = 9, env: dict[str, str] | None = None, cwd: Path = ROOT,
                cpu: bool = False) -> float:
    """Median wall-clock milliseconds of a whole process (the first run only warms caches);
    ``cpu=True``: its CPU time (user + system), which a busy machine disturbs much less."""
    times = []
    for index in range(runs + 1):
        t = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(args, cwd=cwd, capture_output=True, check=False, env=env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        if index:
            times.append(used * 1000 if cpu else (time.perf_counter() - t) * 1000)
    return statistics.median(times)


CLI_TEXTS = (("zh", "非常抱歉让您久等了，我今天下午五点前给您回电话。"),
             ("en", "I'm sorry for the wait. I'll call you back by 5 pm today."))


def cli_figures() -> None:
    """``check`` as a trainer runs it: the whole process, less a bare interpreter's start.

    As installed, our modules' bytecode is cached (``pip install`` writes it; a first run
    does too unless PYTHONDONTWRITEBYTECODE is set, as it may be in a development shell, where
    every run would compile our modules again): the target is measured with it cached. The
    second line compiles them from source every time (a copy without ``__pycache__``, ``-B``)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    bare = _process_ms([sys.executable, "-c", "pass"], env=env)
    for lang, text in CLI_TEXTS:
        args = [sys.executable, "-m", "exercises", "check", "--lang", lang, "--text", text]
        whole = _process_ms(args, env=env)
        print(f"CLI check {lang}, whole process: {whole:.0f} ms = bare interpreter {bare:.0f} ms "
              f"+ {whole - bare:.0f} ms  (target: + 100 ms at most)")
    bare_cpu = _process_ms([sys.executable, "-c", "pass"], runs=15, env=env, cpu=True)
    for lang, text in CLI_TEXTS:
        args = [sys.executable, "-m", "exercises", "check", "--lang", lang, "--text", text]
        used = _process_ms(args, runs=15, env=env, cpu=True)
        print(f"CLI check {lang}, CPU time (steadier on a busy machine): {used:.0f} ms = bare interpreter "
              f"{bare_cpu:.0f} ms + {used - bare_cpu:.0f} ms")
    copy = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    shutil.copytree(ROOT / "exercises", copy / "exercises", ignore=shutil.ignore_patterns("__pycache__"))
    for lang, text in CLI_TEXTS:
        args = [sys.executable, "-B", "-m", "exercises", "check", "--lang", lang, "--text", text]
        whole = _process_ms(args, runs=5, env=env, cwd=copy)
        print(f"CLI check {lang}, our modules compiled from source (no .pyc): + {whole - bare:.0f} ms")
    shutil.rmtree(copy, ignore_errors=True)


def main() -> int:
    cli_figures()
    load = _fresh(LOAD)
    print(f"load (import + packs + bank, fresh interpreter): {load:.1f} ms  (target < 150 ms)")
    cold = _fresh(LOAD, runs=5, bytecode=False)
    print(f"load, our modules compiled from source (no .pyc): {cold:.1f} ms")
    for lang in ("zh", "en"):
        first = _fresh(FIRST_CHECK.format(text=_sample(lang, 200), lang=lang), runs=5)
        print(f"first check {lang} (compiles the {lang} patterns):       {first:.1f} ms")
    for lang in ("zh", "en"):
        for size, runs, target in ((200, 200, 2), (5000, 30, 40)):
            ms = _median_ms(_sample(lang, size), lang, runs)
            print(f"check {lang} {size:>6} chars: {ms:8.2f} ms  (target < {target} ms)")
        ms = _median_ms(_sample(lang, 100_000), lang, 3)
        print(f"check {lang} 100000 chars: {ms:8.2f} ms  (must stay well under 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
