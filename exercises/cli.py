"""``python -m exercises``: check, list, lint, batch, eval, roleplay (see CONTRACT.md).

Exit status: ``check`` 0 passed / 1 not passed; every command 2 for a usage error or bad
input (unknown exercise, unreadable file, not UTF-8, broken TOML, bad CSV) with one line
on stderr and no traceback. ``lint`` exits 1 when it finds problems (one per line on
stderr, ``path:line: message``).

``check`` and ``batch`` (per answer) stop after ``--timeout`` seconds (default 10; 0: no
limit) with exit 2 and one line on stderr. Python's ``re`` cannot be interrupted, so the
command runs in a forked child that tells the parent when each answer starts; the parent
kills it when one overruns. Where there is no ``fork`` (Windows, Pyodide) there is no limit.
"""

from __future__ import annotations

import argparse
import os
import select
import sys
import time
from collections.abc import Callable
from functools import cache

from .api import check, to_json
from .csvinput import InputError, read_text
from .locale import default_language, languages
from .report import render
from .sources import LoadError

TYPE_CHECKING = False  # typing is not imported at run time: importing it cost a check 3 ms
if TYPE_CHECKING:
    from typing import Any, NoReturn

DEFAULT_TIMEOUT = 10.0  # seconds per check


class UsageError(Exception):
    """Raised instead of argparse's multi-line exit."""


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


@cache
def _help_width() -> int:
    """The width argparse would find (``shutil.get_terminal_size``, less 2), found once: argparse
    asks for it at every argument it adds, and importing shutil for that cost a check 2 ms."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns or 80) - 2


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _help_width() if width is None else width)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m exercises", description="Customer-service reply checker.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    c = sub.add_parser("check", help="check one reply")
    c.add_argument("--lang", required=True, choices=languages())
    c.add_argument("--exercise")
    c.add_argument("--rules", help="a trainer's extra rules (TOML)")
    c.add_argument("--json", action="store_true")
    c.add_argument("--explain", action="store_true", help="name the pattern that fired for each finding")
    src = c.add_mutually_exclusive_group(required=True)
    src.add_argument("--text")
    src.add_argument("--file")
    src.add_argument("stdin", nargs="?", choices=["-"], help="read the reply from standard input")
    _timeout_option(c)
    ls = sub.add_parser("list", help="list the exercises")
    ls.add_argument("--lang", choices=languages(), default=default_language())
    ls.add_argument("--json", action="store_true")
    li = sub.add_parser("lint", help="validate every rule and exercise file")
    li.add_argument("--rules")
    li.add_argument("--show", metavar="RULE",
                    help="print a pack rule's templates and the word classes they use")
    b = sub.add_parser("batch", help="check a CSV of trainee answers")
    b.add_argument("--exercise")
    b.add_argument("--rules")
    b.add_argument("--json", action="store_true")
    _timeout_option(b)
    b.add_argument("answers", nargs="+", help="one CSV file or several (e.g. each trainee's download)")
    r = sub.add_parser("roleplay", help="play a role-play scenario (replies from stdin, one a line)")
    r.add_argument("scenario", nargs="?", help="scenario id (without it: list the scenarios)")
    r.add_argument("--lang", choices=languages(), default=default_language())
    r.add_argument("--script", "--replies", dest="script", metavar="FILE",
                   help="replay a file of replies (one a line) and print the path as JSON")
    r.add_argument("--json", action="store_true", help="print the path as JSON (replies from stdin)")
    e = sub.add_parser("eval", help="agreement with a trainer's marked answers")
    e.add_argument("--json", action="store_true")
    e.add_argument("marked")
    return parser


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if seconds < 0 or seconds != seconds:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}")
    return seconds


def _timeout_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on a check that takes longer (exit 2); default {DEFAULT_TIMEOUT:g}, 0: no limit",
    )


def _extra(path: str | None) -> tuple[str | None, str]:
    return (read_text(path), path) if path else (None, "extra rules")


def _cmd_check(args: argparse.Namespace) -> int:
    if args.text is not None:
        reply = args.text
    else:
        reply = read_text(args.file)
    extra, name = _extra(args.rules)
    result = check(reply, args.lang, args.exercise, extra, extra_name=name, explain=args.explain)
    sys.stdout.write(to_json(result) + "\n" if args.json else render(reply, result))
    return 0 if result["passed"] else 1


def _cmd_list(args: argparse.Namespace) -> int:
    entries: list[dict[str, Any]] = []
    from .exercise_bank import load_bank

    for ex in load_bank().values():
        if args.lang not in ex.data:
            continue  # not translated yet (lint says so)
        data = ex.lang(args.lang)
        entries.append(
            {
                "id": ex.id,
                "title": data.title,
                "principles": list(ex.principles),
                "case": ex.case,
                "order": ex.order,
                "lang": args.lang,
            }
        )
    if args.json:
        sys.stdout.write(to_json({"exercises": entries}) + "\n")
    else:
        for e in entries:
            sys.stdout.write(f"{e['id']}\t{e['title']}\t{', '.join(e['principles'])}\n")
    return 0


def _cmd_lint(args: argparse.Namespace) -> int:
    from .lint import describe, lint

    if args.show:
        sys.stdout.write(describe(args.show))
        return 0
    if args.rules:
        read_text(args.rules)  # an unreadable file is a usage error (exit 2), not a lint problem
    problems = lint(args.rules)
    for problem in problems:
        sys.stderr.write(f"{problem}\n")
    if not problems:
        sys.stdout.write("lint: all rule and exercise files are fine\n")
    return 1 if problems else 0


def _cmd_batch(args: argparse.Namespace) -> int:
    extra, name = _extra(args.rules)
    from . import batch

    report = batch.run_batch(args.answers, args.exercise, extra, name, progress=getattr(args, "beat", None))
    for skipped in report["skipped"]:
        sys.stderr.write(
            f"warning: {skipped.get('file', args.answers[0])}:{skipped['line']}: row skipped:"
            f" {_one_line(skipped['reason'])}\n"
        )
    out = to_json(report) + "\n" if args.json else batch.to_csv(report)
    sys.stdout.write(out)
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from . import evaluate

    report = evaluate.run_eval(args.marked)
    out = to_json(report) + "\n" if args.json else evaluate.to_csv(report)
    sys.stdout.write(out)
    return 0


def _cmd_roleplay(args: argparse.Namespace) -> int:
    from .roleplay_cli import run

    return run(args.scenario, args.lang, args.script, args.json)


COMMANDS = {"check": _cmd_check, "list": _cmd_list, "lint": _cmd_lint, "batch": _cmd_batch, "eval": _cmd_eval,
            "roleplay": _cmd_roleplay}


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    try:
        args = _parser().parse_args(argv)
    except UsageError as exc:
        return _fail(f"usage error: {exc} (see python -m exercises --help)")
    seconds = getattr(args, "timeout", 0)
    if seconds and hasattr(os, "fork") and sys.platform != "emscripten":
        return _supervised(args, seconds)
    return _run(args)


def _supervised(args: argparse.Namespace, seconds: float) -> int:
    """Run the command in a forked child; kill it when one check overruns ``seconds``."""
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child does the work and says when each check starts
        os.close(read_fd)
        code = 2
        try:
            args.beat = _beat(write_fd)
            code = _run(args)
        finally:
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except Exception:  # noqa: BLE001 - nothing more can be said
                    pass
            os._exit(code)
    os.close(write_fd)
    label, pending = "", b""
    deadline = time.monotonic() + seconds
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([read_fd], [], [], remaining)[0]:
                _kill(pid)
                where = f" ({label})" if label else ""
                return _fail(
                    f"a check took longer than {seconds:g} s{where} and was stopped (--timeout); "
                    "a rule pattern may backtrack catastrophically: run python -m exercises lint"
                )
            chunk = os.read(read_fd, 4096)
            if not chunk:
                break
            *lines, pending = (pending + chunk).split(b"\n")
            if lines:
                label = lines[-1].decode("utf-8", "replace")
                deadline = time.monotonic() + seconds
    finally:
        os.close(read_fd)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    return code if code >= 0 else 2


def _beat(fd: int) -> Callable[[str], None]:
    def beat(label: str) -> None:
        os.write(fd, (" ".join(label.split()) + "\n").encode("utf-8", "replace"))

    return beat


def _kill(pid: int) -> None:
    try:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    except OSError:
        pass


def _run(args: argparse.Namespace) -> int:
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        return _fail(f"usage error: {exc} (see python -m exercises --help)")
    except (LoadError, InputError) as exc:
        return _fail(str(exc))
    except KeyError as exc:
        return _fail(str(exc.args[0]) if exc.args else "unknown key")
    except ValueError as exc:
        return _fail(str(exc))
    except BrokenPipeError:
        return 0


def _fail(message: str) -> int:
    sys.stderr.write(f"error: {_one_line(message)}\n")
    return 2
