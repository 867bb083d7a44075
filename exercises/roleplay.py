"""Role-play scenarios: the customer answers back (``exercises/roleplay/<id>.toml``, FORMAT.md).

A scenario is a small graph. Each node is one thing the customer says; the trainee's reply
to it is checked by the ordinary engine (``api.check``), and the first transition whose
``when`` conditions all hold decides how the customer's mood moves and what comes next:
another node, or an ending (resolved, lost, escalated) with a short debrief.

API::

    from exercises.roleplay import load_scenarios, play, play_json
    scenarios = load_scenarios()                  # id -> Scenario, sorted by (order, id)
    result = play("sofa", "zh", ["reply 1", ...])  # the path those replies take (dict)
    play_json("sofa", "zh", '["reply 1", ...]')   # the same as indented JSON (CLI and browser)

``play`` is pure: the same replies give the same path, byte for byte, under CPython and
Pyodide. Replies after an ending are ignored (counted in ``ignored``).

Conditions (``when``, all must hold; ``!`` in front negates one):

- ``followed:P`` the checker found the reply following principle P
- ``broke:P``    a finding for P with severity error or warning
- ``error:P``    a finding for P with severity error
- ``passed`` / ``failed``  no error finding / at least one
- ``P`` may list several principles separated by commas: any of them will do.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from .locale import language_choices, languages, untranslated
from .principles import load_principles
from .record import field, record
from .sources import (
    LoadError,
    Problem,
    display_name,
    key_line,
    list_package_dir,
    parse_package_files,
    parse_toml,
)

KINDS = ("resolved", "lost", "escalated")
TOP_KEYS = {
    "id",
    "case",
    "order",
    "principles",
    "mood",
    "start",
    "exercise",
    "hang_up",
    "zh",
    "en",
    "node",
    "ending",
    "example",
}
LANG_KEYS = {"title", "persona", "situation", "brief"}
NODE_KEYS = {"zh", "en", "on", "exercise"}
ON_KEYS = {"when", "mood", "goto"}
ENDING_KEYS = {"kind", "zh", "en", "debrief", "principles"}
TOKEN_KINDS = ("followed", "broke", "error")
MIN_TURNS, MAX_TURNS = 3, 6


@record(frozen=True)
class Transition:
    when: tuple[str, ...]
    mood: int
    goto: str
    line: int


@record(frozen=True)
class Node:
    id: str
    say: dict[str, str]
    on: tuple[Transition, ...]
    exercise: str | None
    line: int


@record(frozen=True)
class Ending:
    id: str
    kind: str
    say: dict[str, str]
    debrief: dict[str, str]
    principles: tuple[str, ...]
    line: int


@record(frozen=True)
class Example:
    lang: str
    replies: tuple[str, ...]
    path: tuple[str, ...]
    line: int


@record(frozen=True)
class Scenario:
    id: str
    case: str
    order: int
    principles: tuple[str, ...]
    mood: int
    start: str
    texts: dict[str, dict[str, str]]
    nodes: dict[str, Node]
    endings: dict[str, Ending]
    examples: tuple[Example, ...] = ()
    hang_up: tuple[int, str] | None = None  # (mood at or below which, ending id)
    file: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str, key: str) -> str:
        return self.texts[lang][key]


# ---------------------------------------------------------------- loading and validation


def _nth_header(source: str, header: str, n: int) -> int:
    """Line of the n-th (0-based) ``[[header]]`` table, else of ``header``."""
    seen = -1
    for number, line in enumerate(source.splitlines(), start=1):
        if line.strip().replace(" ", "") == f"[[{header}]]":
            seen += 1
            if seen == n:
                return number
    return key_line(source, header)


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def token_problem(token: Any, principles: set[str]) -> str | None:
    """Why a ``when`` condition cannot be read (None when it is fine)."""
    if not isinstance(token, str):
        return f"condition {token!r} must be a text"
    body = token[1:] if token.startswith("!") else token
    if body in ("passed", "failed"):
        return None
    kind, _, names = body.partition(":")
    if kind not in TOKEN_KINDS or not names:
        return f"condition {token!r}: use followed:P, broke:P, error:P, passed or failed"
    unknown = [p for p in names.split(",") if p.strip() not in principles]
    if unknown:
        return f"condition {token!r}: unknown principle {unknown[0].strip()!r}"
    return None


class _Reader:
    """Reads one scenario file, collecting every problem with its line."""

    def __init__(self, file_name: str, source: str) -> None:
        self.name = display_name("roleplay", file_name)
        self.source = source
        self.data = parse_toml(source, self.name)
        self.principles = {p.id for p in load_principles()}
        self.problems: list[Problem] = []
        self.untranslated: list[Problem] = []  # languages without a section: lint says so; not an error
        self.langs = [lang for lang in languages() if isinstance(self.data.get(lang), dict)]

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.name, line, message))

    def at(self, key: str, start: int = 1) -> int:
        return key_line(self.source, key, start)

    def table(self, what: str, table: Any, line: int, keys: set[str]) -> bool:
        """Whether ``table`` is a table; its unknown keys are problems."""
        if not isinstance(table, dict):
            self.problem(line, f"{what} must be a table")
            return False
        for key in table:
            if key not in keys:
                self.problem(self.at(key, line), f"{what}: unknown key {key!r}")
        return True

    def lang_pair(self, table: Any, line: int, what: str) -> dict[str, str]:
        pair: dict[str, str] = {}
        for lang in self.langs:
            value = table.get(lang) if isinstance(table, dict) else None
            if not _text(value):
                self.problem(line, f"{what}: {lang} is missing")
            else:
                pair[lang] = value.strip()
        return pair

    def top(self, file_name: str) -> dict[str, Any]:
        data, at = self.data, self.at
        for key in data:
            if key not in TOP_KEYS:
                self.problem(at(key), f"unknown key {key!r}")
        sc_id = data.get("id")
        if sc_id != file_name.removesuffix(".toml"):
            self.problem(
                at("id"), f"id {sc_id!r} must equal the file name {file_name.removesuffix('.toml')!r}"
            )
        if not _text(data.get("case")):
            self.problem(at("case"), "case is missing")
        order = data.get("order", 0)
        if not _int(order):
            self.problem(at("order"), "order must be a whole number")
            order = 0
        listed = data.get("principles")
        if not isinstance(listed, list) or not listed or not all(p in self.principles for p in listed):
            self.problem(at("principles"), "principles must be a non-empty list of principle ids")
            listed = []
        mood = data.get("mood")
        if not _int(mood) or not 0 <= mood <= 100:
            self.problem(
                at("mood"), "mood (the customer's starting mood) must be a whole number from 0 to 100"
            )
            mood = 50
        exercise = data.get("exercise")
        if exercise is not None and not _text(exercise):
            self.problem(at("exercise"), "exercise must be an exercise id")
        texts: dict[str, dict[str, str]] = {}
        for lang in languages():
            table = data.get(lang)
            if lang not in self.langs:
                message = untranslated(lang, f"the [{lang}] section is missing")
                self.untranslated.append(Problem(self.name, 1, message, kind="untranslated"))
                continue
            line = at(lang)
            self.table(f"[{lang}]", table, line, LANG_KEYS)
            for key in sorted(LANG_KEYS):
                if not _text(table.get(key)):
                    self.problem(line, f"[{lang}] {key} is missing")
            texts[lang] = {k: str(table.get(k, "")).strip() for k in LANG_KEYS}
        return {
            "id": str(sc_id),
            "case": str(data.get("case")),
            "order": int(order),
            "principles": tuple(listed),
            "mood": int(mood),
            "exercise": exercise,
            "texts": texts,
        }

    def transition(self, node_id: str, index: int, entry: Any, targets: set[str]) -> Transition | None:
        line = _nth_header(self.source, f"node.{node_id}.on", index)
        if not self.table(f"node {node_id!r}: transition", entry, line, ON_KEYS):
            return None
        when = entry.get("when", [])
        if isinstance(when, str):
            when = [when]
        if not isinstance(when, list):
            self.problem(line, f"node {node_id!r}: when must be a list of conditions")
            when = []
        for token in when:
            message = token_problem(token, self.principles)
            if message:
                self.problem(self.at("when", line), f"node {node_id!r}: {message}")
        delta = entry.get("mood", 0)
        if not _int(delta) or not -100 <= delta <= 100:
            self.problem(
                self.at("mood", line), f"node {node_id!r}: mood must be a whole number from -100 to 100"
            )
            delta = 0
        goto = entry.get("goto")
        if goto not in targets:
            self.problem(self.at("goto", line), f"node {node_id!r}: goto {goto!r} names no node or ending")
        return Transition(tuple(str(w) for w in when), int(delta), str(goto), line)

    def node(self, node_id: str, table: Any, targets: set[str], exercise: Any) -> Node | None:
        line = self.at(f"node.{node_id}")
        if not self.table(f"node {node_id!r}", table, line, NODE_KEYS):
            return None
        say = self.lang_pair(table, line, f"node {node_id!r}")
        node_exercise = table.get("exercise", exercise)
        if node_exercise is not None and not _text(node_exercise):
            self.problem(line, f"node {node_id!r}: exercise must be an exercise id")
        raw_on = table.get("on")
        if not isinstance(raw_on, list) or not raw_on:
            self.problem(line, f"node {node_id!r} needs at least one [[node.{node_id}.on]] transition")
            raw_on = []
        found = [self.transition(node_id, i, entry, targets) for i, entry in enumerate(raw_on)]
        on = [t for t in found if t is not None]
        if on and on[-1].when:
            self.problem(
                on[-1].line,
                f"node {node_id!r}: the last transition must have no 'when' (what happens otherwise)",
            )
        for t in on[:-1]:
            if not t.when:
                self.problem(
                    t.line,
                    f"node {node_id!r}: a transition without 'when' must come last (later ones never run)",
                )
        return Node(str(node_id), say, tuple(on), node_exercise, line)

    def ending(self, ending_id: str, table: Any) -> Ending | None:
        line = self.at(f"ending.{ending_id}")
        if not self.table(f"ending {ending_id!r}", table, line, ENDING_KEYS):
            return None
        kind = table.get("kind")
        if kind not in KINDS:
            self.problem(
                self.at("kind", line), f"ending {ending_id!r}: kind must be one of {', '.join(KINDS)}"
            )
        say = self.lang_pair(table, line, f"ending {ending_id!r}")
        debrief = self.lang_pair(table.get("debrief"), line, f"ending {ending_id!r} debrief")
        named = table.get("principles")
        if not isinstance(named, list) or not named or not all(p in self.principles for p in named):
            self.problem(
                self.at("principles", line),
                f"ending {ending_id!r}: principles must name the principles that led here",
            )
            named = []
        return Ending(str(ending_id), str(kind), say, debrief, tuple(named), line)

    def hang_up(self, endings: dict[str, Ending]) -> tuple[int, str] | None:
        raw = self.data.get("hang_up")
        if raw is None:
            return None
        if (
            isinstance(raw, dict)
            and _int(raw.get("at"))
            and 0 <= raw["at"] <= 100
            and raw.get("ending") in endings
            and set(raw) <= {"at", "ending"}
        ):
            return int(raw["at"]), str(raw["ending"])
        self.problem(self.at("hang_up"), 'hang_up must be { at = 0..100, ending = "ID" } naming an ending')
        return None

    def examples(self, targets: set[str]) -> list[Example]:
        raw = self.data.get("example", [])
        if not isinstance(raw, list):
            self.problem(self.at("example"), "examples must be [[example]] tables")
            return []
        examples: list[Example] = []
        for index, entry in enumerate(raw):
            line = _nth_header(self.source, "example", index)
            if not isinstance(entry, dict) or entry.get("lang") not in self.langs:
                langs = ", ".join(self.langs)
                self.problem(line, f"example: lang must be one of the scenario's languages ({langs})")
                continue
            replies, path = entry.get("replies"), entry.get("path")
            if not isinstance(replies, list) or not replies or not all(isinstance(r, str) for r in replies):
                self.problem(line, "example: replies must be a list of texts")
            elif not isinstance(path, list) or not all(p in targets for p in path):
                self.problem(line, "example: path must list node and ending ids")
            else:
                examples.append(Example(entry["lang"], tuple(replies), tuple(path), line))
        return examples


def parse_scenario(file_name: str, source: str) -> tuple[Scenario | None, list[Problem]]:
    """Parse and validate one scenario file (name like ``sofa.toml``)."""
    r = _Reader(file_name, source)
    top = r.top(file_name)
    raw_nodes, raw_endings = r.data.get("node", {}), r.data.get("ending", {})
    if not isinstance(raw_nodes, dict) or not raw_nodes:
        r.problem(1, "a scenario needs at least one [node.ID]")
        raw_nodes = {}
    if not isinstance(raw_endings, dict) or not raw_endings:
        r.problem(1, "a scenario needs at least one [ending.ID]")
        raw_endings = {}
    for dup in sorted(set(raw_nodes) & set(raw_endings)):
        r.problem(r.at(f"ending.{dup}"), f"{dup!r} is both a node and an ending")
    targets = set(raw_nodes) | set(raw_endings)
    found_nodes = {i: r.node(i, t, targets, top["exercise"]) for i, t in raw_nodes.items()}
    nodes = {i: n for i, n in found_nodes.items() if n is not None}
    found_endings = {i: r.ending(i, t) for i, t in raw_endings.items()}
    endings = {i: e for i, e in found_endings.items() if e is not None}
    start = r.data.get("start")
    if start not in nodes:
        r.problem(r.at("start"), f"start {start!r} names no node")
    hang_up = r.hang_up(endings)
    examples = r.examples(targets)
    if not r.langs:
        r.problem(1, "a scenario needs a section for at least one language")
    if r.problems:
        return None, r.problems + r.untranslated
    scenario = Scenario(
        id=top["id"],
        case=top["case"],
        order=top["order"],
        principles=top["principles"],
        mood=top["mood"],
        start=str(start),
        texts=top["texts"],
        nodes=nodes,
        endings=endings,
        examples=tuple(examples),
        hang_up=hang_up,
        file=r.name,
    )
    return scenario, graph_problems(scenario) + r.untranslated


def graph_problems(sc: Scenario) -> list[Problem]:
    """Every node and ending reachable, no loops (so every path ends), 3–6 turns on the longest path."""
    problems: list[Problem] = []
    reached: set[str] = set()
    todo = [sc.start]
    while todo:
        current = todo.pop()
        if current in reached:
            continue
        reached.add(current)
        if current in sc.nodes:
            todo += [t.goto for t in sc.nodes[current].on]
            if sc.hang_up:
                todo.append(sc.hang_up[1])
    for node in sc.nodes.values():
        if node.id not in reached:
            problems.append(
                Problem(sc.file, node.line, f"node {node.id!r} cannot be reached from {sc.start!r}")
            )
    for ending in sc.endings.values():
        if ending.id not in reached:
            problems.append(Problem(sc.file, ending.line, f"ending {ending.id!r} cannot be reached"))

    longest: dict[str, int] = {}
    visiting: set[str] = set()

    def depth(node_id: str) -> int:  # turns from this node to an ending, longest way
        if node_id in sc.endings:
            return 0
        if node_id in longest:
            return longest[node_id]
        if node_id in visiting:
            raise ValueError(node_id)
        visiting.add(node_id)
        value = 1 + max(depth(t.goto) for t in sc.nodes[node_id].on)
        visiting.discard(node_id)
        longest[node_id] = value
        return value

    try:
        turns = depth(sc.start)
    except ValueError as loop:
        node = sc.nodes[str(loop.args[0])]
        problems.append(Problem(sc.file, node.line, f"node {node.id!r} is on a loop: a path might never end"))
        return problems
    if not MIN_TURNS <= turns <= MAX_TURNS:
        problems.append(
            Problem(
                sc.file,
                sc.nodes[sc.start].line,
                f"the longest path has {turns} turns; a scenario has {MIN_TURNS} to {MAX_TURNS}",
            )
        )
    kinds = {e.kind for e in sc.endings.values()}
    if "resolved" not in kinds:
        problems.append(Problem(sc.file, 1, "a scenario needs an ending of kind 'resolved'"))
    return problems


def scenario_files() -> list[str]:
    return list_package_dir("roleplay", suffix=".toml")


def scenario_problems() -> tuple[dict[str, Scenario], list[Problem]]:
    """Every scenario that parses, plus every problem (TOML errors included)."""
    scenarios: dict[str, Scenario] = {}
    problems: list[Problem] = []
    for scenario, more in parse_package_files("roleplay", parse_scenario):
        problems += more
        if scenario is not None and all(p.kind == "untranslated" for p in more):
            scenarios[scenario.id] = scenario
    ordered = dict(sorted(scenarios.items(), key=lambda item: (item[1].order, item[0])))
    return ordered, problems


@cache
def _scenarios() -> dict[str, Scenario]:
    scenarios, problems = scenario_problems()
    problems = [p for p in problems if p.kind != "untranslated"]
    if problems:
        raise LoadError(problems[0])
    return scenarios


def load_scenarios() -> dict[str, Scenario]:
    """All scenarios, id → Scenario, sorted by ``order`` then id (a new dict each call)."""
    return dict(_scenarios())


def get_scenario(scenario_id: str) -> Scenario:
    scenarios = _scenarios()
    if scenario_id not in scenarios:
        raise KeyError(f"unknown role-play scenario {scenario_id!r}")
    return scenarios[scenario_id]


# ---------------------------------------------------------------- playing


def holds(token: str, result: dict[str, Any]) -> bool:
    """Whether one ``when`` condition holds for a check result."""
    if token.startswith("!"):
        return not holds(token[1:], result)
    if token == "passed":
        return bool(result["passed"])
    if token == "failed":
        return not result["passed"]
    kind, _, names = token.partition(":")
    wanted = {n.strip() for n in names.split(",")}
    if kind == "followed":
        return any(f["principle"] in wanted for f in result["followed"])
    levels = ("error",) if kind == "error" else ("error", "warning")
    return any(f["principle"] in wanted and f["severity"] in levels for f in result["findings"])


def _finding(f: dict[str, Any]) -> dict[str, Any]:
    keys = ("principle", "rule", "severity", "start", "end", "excerpt", "message", "suggest")
    return {k: f.get(k) for k in keys}


def play(scenario_id: str, lang: str, replies: list[str]) -> dict[str, Any]:
    """The path ``replies`` take through a scenario (see the module docstring)."""
    from .api import check

    if lang not in languages():
        raise ValueError(f"unknown language {lang!r} ({language_choices()})")
    sc = get_scenario(scenario_id)
    if lang not in sc.texts:
        raise ValueError(f"scenario {scenario_id!r} is not translated into {lang} yet")
    mood = sc.mood
    current = sc.start
    turns: list[dict[str, Any]] = []
    path = [current]
    used = 0
    for reply in replies:
        if current not in sc.nodes:
            break
        if not isinstance(reply, str):
            raise TypeError("every reply must be a str")
        node = sc.nodes[current]
        result = check(reply, lang, node.exercise)
        chosen = next(t for t in node.on if all(holds(w, result) for w in t.when))
        before = mood
        mood = max(0, min(100, mood + chosen.mood))
        target = chosen.goto
        if sc.hang_up and target in sc.nodes and mood <= sc.hang_up[0]:
            target = sc.hang_up[1]
        turns.append(
            {
                "node": node.id,
                "customer": node.say[lang],
                "reply": reply,
                "passed": result["passed"],
                "score": result["score"],
                "findings": [_finding(f) for f in result["findings"]],
                "followed": result["followed"],
                "because": list(chosen.when),
                "mood_before": before,
                "delta": mood - before,
                "mood": mood,
                "next": target,
            }
        )
        current = target
        path.append(current)
        used += 1
    out: dict[str, Any] = {
        "scenario": sc.id,
        "lang": lang,
        "title": sc.text(lang, "title"),
        "persona": sc.text(lang, "persona"),
        "mood_start": sc.mood,
        "mood": mood,
        "path": path,
        "turns": turns,
        "node": None,
        "ending": None,
        "ignored": len(replies) - used,
    }
    if current in sc.nodes:
        out["node"] = {"id": current, "customer": sc.nodes[current].say[lang]}
    else:
        ending = sc.endings[current]
        out["ending"] = {
            "id": ending.id,
            "kind": ending.kind,
            "customer": ending.say[lang],
            "debrief": ending.debrief[lang],
            "principles": list(ending.principles),
        }
    return out


def play_json(scenario_id: str, lang: str, replies_json: str) -> str:
    """``play`` with the replies as a JSON array and the result as JSON (the browser's call)."""
    from .api import to_json

    replies = json.loads(replies_json)
    if not isinstance(replies, list):
        raise ValueError("replies must be a JSON array of texts")
    return to_json(play(scenario_id, lang, replies))


def example_problems(sc: Scenario) -> list[Problem]:
    """Run each example: its replies must take exactly its path. Each language needs at least
    two examples that end differently (a calm path and an angry one)."""
    problems: list[Problem] = []
    for lang in sc.texts:
        mine = [e for e in sc.examples if e.lang == lang]
        kinds = set()
        for ex in mine:
            got = play(sc.id, lang, list(ex.replies))
            if tuple(got["path"]) != ex.path:
                problems.append(
                    Problem(
                        sc.file,
                        ex.line,
                        f"[{lang}] example takes {' → '.join(got['path'])}, not {' → '.join(ex.path)}",
                    )
                )
            elif got["ending"] is None:
                problems.append(Problem(sc.file, ex.line, f"[{lang}] example stops before an ending"))
            else:
                kinds.add(got["ending"]["kind"])
        if len(kinds) < 2:
            problems.append(
                Problem(sc.file, 1, f"[{lang}] needs examples that reach at least two kinds of ending")
            )
    return problems


def lint_problems(run_examples: bool = True) -> list[Problem]:
    """Everything ``lint`` checks for role-play: the files, the graphs, the examples (these
    only with ``run_examples``, i.e. when the packs and the bank are sound)."""
    scenarios, problems = scenario_problems()
    if not run_examples:
        return problems
    from .exercise_bank import load_bank

    bank = load_bank()
    for sc in scenarios.values():
        for node in sc.nodes.values():
            if node.exercise is not None and node.exercise not in bank:
                problems.append(
                    Problem(sc.file, node.line, f"node {node.id!r}: unknown exercise {node.exercise!r}")
                )
    if problems:
        return problems
    for sc in scenarios.values():
        problems += example_problems(sc)
    return problems
