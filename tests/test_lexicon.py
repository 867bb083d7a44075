"""Word classes: a trainer adds an entry once and every pack rule that names the class
knows it; entries are plain text unless written as patterns; bad entries are refused."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from exercises.api import check
from exercises.lexicon import Lexicon, phrase_regex
from exercises.packs import load_extra
from exercises.sources import LoadError

ROOT = Path(__file__).resolve().parent.parent


def blamed(text: str, lang: str, extra: str | None = None) -> bool:
    return any(f["principle"] == "no-blame" or "no-blame" in f["also"]
               for f in check(text, lang, extra_rules=extra)["findings"])


def test_a_trainers_partner_is_known_to_every_rule_that_names_the_class() -> None:
    text = "It's down to Speedyship."
    assert not blamed(text, "en")
    extra = 'lang = "en"\n[lexicon.party]\nphrases = ["Speedyship"]\n'
    assert blamed(text, "en", extra)
    zh = "这是顺风达定的。"
    extra_zh = 'lang = "zh"\n[lexicon.party]\nphrases = ["顺风达"]\n'
    assert not blamed(zh, "zh")
    assert blamed(zh, "zh", extra_zh)


def test_an_entry_for_both_languages_when_the_file_has_no_lang() -> None:
    extra = '[lexicon.party]\nphrases = ["Speedyship"]\n'
    assert blamed("It's down to Speedyship.", "en", extra)
    assert blamed("这是Speedyship定的。", "zh", extra)


def test_a_partner_with_an_accent_is_known_however_the_reply_spells_it() -> None:
    """Replies are read without accents (round 194), so a trainer's phrase is too: "Crédit Rapide"
    in the class meets "crédit rapide", "CRÉDIT RAPIDE" and "Credit Rapide" in a reply."""
    extra = 'lang = "en"\n[lexicon.party]\nphrases = ["Crédit Rapide"]\n'
    for text in ["It's down to Crédit Rapide.", "It's down to CRÉDIT RAPIDE.", "It's down to Credit Rapide."]:
        assert not blamed(text, "en")
        assert blamed(text, "en", extra), text


def test_phrases_are_escaped_and_take_either_apostrophe() -> None:
    regex = phrase_regex("the company's (new) app", "en")
    assert re.search(regex, "blame the company’s (new) app")
    assert re.search(regex, "the company's (new) app")
    assert not re.search(regex, "the company's new app")
    assert phrase_regex("顺风达", "zh") == "顺风达"


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        ('[lexicon.nosuchclass]\nphrases = ["x"]\n', "not a class"),
        ('[lexicon.party]\npatterns = ["(a|aa)+$"]\n', "party"),
        ('[lexicon.party]\nphrases = []\n', "non-empty"),
        # round 95: "(x)\\1" inside a class points at another group once the class is expanded in a rule
        ("[lexicon.party]\npatterns = ['([a-z])\\1 team']\n", "backreference"),
        ('[[rule]]\nid = "no-blame/x"\nprinciple = "no-blame"\ntype = "forbid"\nseverity = "error"\n'
         'patterns = ["{nope} fault"]\nmessage = "m"\n', "nope"),
    ],
)
def test_bad_word_class_entries_are_refused_with_file_and_line(extra: str, needle: str) -> None:
    with pytest.raises(LoadError) as info:
        load_extra(extra, "company.toml")
    assert "company.toml:" in str(info.value) and needle in str(info.value)


def test_a_class_may_not_name_itself() -> None:
    lex = Lexicon({"a": ["x{a}"]})
    with pytest.raises(ValueError):
        lex.expand("{a}")


def test_lint_show_prints_templates_and_class_entries() -> None:
    out = subprocess.run([sys.executable, "-m", "exercises", "lint", "--show", "no-blame/party-fault"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "{party}" in out and "courier" in out and "快递" in out
