"""Rule engine and exercise bank of the customer-service training handbook.

Standard library only; the same code runs under CPython (3.11+) and Pyodide.

Public surface (see ``CONTRACT.md`` and ``exercises/FORMAT.md``):

- ``exercises.api.check(text, lang, exercise=None, extra_rules=None) -> dict``
- ``exercises.api.check_json(text, lang, exercise=None, extra_rules=None) -> str``
- ``exercises.exercise_bank.load_bank() -> dict[str, Exercise]``
- ``exercises.principles.load_principles() -> list[Principle]``
- ``exercises.lint.lint(extra_rules_path=None) -> list[Problem]``
- ``exercises.roleplay.play(scenario, lang, replies) -> dict`` (role-play; ``api.roleplay_json``)
- ``python -m exercises check|list|lint|batch|eval|roleplay``
"""

__version__ = "0.1.0"
