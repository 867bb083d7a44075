"""``python -m exercises``: check, list, lint, batch, eval (see shared/contract.md).

Exit status: ``check`` 0 passed / 1 not passed; every command 2 for a usage error or bad
input (unknown exercise, unreadable file, not UTF-8, broken TOML, bad CSV) with one line
on stderr and no traceback. ``lint`` exits 1 when it finds problems (one per line on
stderr, ``path:line: message``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

from . import batch, evaluate
from .api import check, to_json
from .bank import load_bank
from .csvinput import InputError, read_text
from .lint import describe, lint
from .loader import LANGS
from .report import render
from .sources import LoadError


class UsageError(Exception):
    """Raised instead of argparse's multi-line exit."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m exercises", description="Customer-service reply checker.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    c = sub.add_parser("check", help="check one reply")
    c.add_argument("--lang", required=True, choices=LANGS)
    c.add_argument("--exercise")
    c.add_argument("--rules", help="a trainer's extra rules (TOML)")
    c.add_argument("--json", action="store_true")
    c.add_argument("--explain", action="store_true", help="name the pattern that fired for each finding")
    src = c.add_mutually_exclusive_group(required=True)
    src.add_argument("--text")
    src.add_argument("--file")
    src.add_argument("stdin", nargs="?", choices=["-"], help="read the reply from standard input")
    ls = sub.add_parser("list", help="list the exercises")
    ls.add_argument("--lang", choices=LANGS, default="zh")
    ls.add_argument("--json", action="store_true")
    li = sub.add_parser("lint", help="validate every rule and exercise file")
    li.add_argument("--rules")
    li.add_argument("--show", metavar="RULE",
                    help="print a pack rule's templates and the word classes they use")
    b = sub.add_parser("batch", help="check a CSV of trainee answers")
    b.add_argument("--exercise")
    b.add_argument("--rules")
    b.add_argument("--json", action="store_true")
    b.add_argument("answers")
    e = sub.add_parser("eval", help="agreement with a trainer's marked answers")
    e.add_argument("--json", action="store_true")
    e.add_argument("marked")
    return parser


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
    for ex in load_bank().values():
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
    report = batch.run_batch(args.answers, args.exercise, extra, name)
    out = to_json(report) + "\n" if args.json else batch.to_csv(report)
    sys.stdout.write(out)
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    report = evaluate.run_eval(args.marked)
    out = to_json(report) + "\n" if args.json else evaluate.to_csv(report)
    sys.stdout.write(out)
    return 0


COMMANDS = {"check": _cmd_check, "list": _cmd_list, "lint": _cmd_lint, "batch": _cmd_batch, "eval": _cmd_eval}


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    try:
        args = _parser().parse_args(argv)
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
