"""Languages are data: the locale files (exercises/locales/*.toml) and a throwaway language.

The throwaway language ``xx`` is added to a copy of the package the way a translator would
add one: a locale file, a rule pack folder, a name for each principle, a section in an
exercise. No Python file of the copy is touched, and the command line then checks, lists,
reports and lints in that language.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from exercises.exercise_bank import parse_exercise
from exercises.locale import default_language, get_locale, guess_lang, languages, locale_problems
from exercises.principles import load_principles

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "exercises"
TRANSLATED = "calm-down"  # gets an [xx] section in the copy
UNTRANSLATED = "passed-around"  # does not


def test_the_language_list_is_the_list_of_locale_files() -> None:
    files = sorted(p.stem for p in (PACKAGE / "locales").glob("*.toml"))
    assert sorted(languages()) == files
    assert languages()[0] == default_language() == "zh"  # 简体中文 first
    assert locale_problems() == []


def test_every_locale_has_every_text_of_the_first_one() -> None:
    first = get_locale(languages()[0])
    for lang in languages()[1:]:
        loc = get_locale(lang)
        for section in ("messages", "page", "widget", "print"):
            assert set(loc.texts(section)) == set(first.texts(section)), (lang, section)


def test_guess_and_defaults_come_from_the_locale_files() -> None:
    assert guess_lang("您好，请问") == "zh"
    assert guess_lang("Hello there") == "en"
    assert guess_lang("") == "en"
    assert get_locale("zh").html_lang == "zh-Hans"
    assert get_locale("zh").default("near_empty") < get_locale("en").default("near_empty")


def test_a_locale_that_takes_its_texts_from_another(tmp_path: Path) -> None:
    """What a generated edition (traditional Chinese from simplified) will rely on."""
    pkg = _copy_package(tmp_path)
    (pkg / "locales" / "zz.toml").write_text(
        '[locale]\nname = "Z"\nhtml_lang = "zh-Hant"\norder = 9\ndetect = "[ㄅ-ㄩ]"\ntexts_from = "zh"\n'
        '[messages]\npassed = "通過"\n',
        encoding="utf-8",
    )
    code = (
        "from exercises.locale import get_locale, locale_problems\n"
        "zz = get_locale('zz')\n"
        "print(zz.text('messages', 'passed'), zz.text('messages', 'failed'), zz.punct('colon'),"
        " zz.default('near_empty'), sorted(zz.texts('widget')) == sorted(get_locale('zh').texts('widget')))\n"
        "print([str(p) for p in locale_problems()])\n"
    )
    out = _run(tmp_path, "-c", code)
    assert out.stdout.splitlines() == ["通過 未通过 ： 6 True", "[]"]


def test_an_untranslated_section_is_named_as_such(tmp_path: Path) -> None:
    pkg = _copy_package(tmp_path)
    source = (pkg / "locales" / "en.toml").read_text(encoding="utf-8")
    start = source.index("[widget]")
    end = source.index("[print]")
    trimmed = source[:start] + source[end:]
    trimmed = re.sub(r'^idle_first = .*$', "", trimmed, flags=re.M)
    (pkg / "locales" / "en.toml").write_text(trimmed, encoding="utf-8")
    out = _run(tmp_path, "-c", "from exercises.locale import locale_problems\n"
               "for p in locale_problems(): print(p, p.kind)")
    lines = out.stdout.splitlines()
    head = "exercises/locales/en.toml:1: not translated into en yet:"
    assert f"{head} section [widget] is missing untranslated" in lines
    assert f"{head} [page] idle_first untranslated" in lines
    assert len(lines) == 2


# ---------------------------------------------------------------- a throwaway language


def _copy_package(tmp_path: Path) -> Path:
    target = tmp_path / "exercises"
    shutil.copytree(PACKAGE, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Python in ``tmp_path`` (the copy of the package, and no docs/ beside it)."""
    return subprocess.run([sys.executable, *args], cwd=tmp_path, capture_output=True, text=True, timeout=600)


def add_throwaway_language(pkg: Path) -> None:
    """Add language ``xx`` to the package at ``pkg`` by adding and editing data files only."""
    en = (pkg / "locales" / "en.toml").read_text(encoding="utf-8")
    for old, new in (
        ('name = "English"', 'name = "Test language"'),
        ("order = 2", "order = 3"),
        ('colon = ": "', 'colon = " => "'),
        ('mark_open = "[["', 'mark_open = "<<"'),
        ('mark_close = "]]"', 'mark_close = ">>"'),
        ('paren_open = " ("', 'paren_open = " {"'),
        ('paren_close = ")"', 'paren_close = "}"'),
        ('result = "Result"', 'result = "Verdict-xx"'),
    ):
        assert old in en, old
        en = en.replace(old, new, 1)
    (pkg / "locales" / "xx.toml").write_text(en, encoding="utf-8")
    shutil.copytree(pkg / "rules" / "en", pkg / "rules" / "xx")
    principles = pkg / "principles.toml"
    text = principles.read_text(encoding="utf-8")
    text = re.sub(r'^en = "(.*)"$', r'en = "\1"\nxx = "\1 (xx)"', text, flags=re.M)
    principles.write_text(text, encoding="utf-8")
    bank = pkg / "bank"
    for path in bank.glob("*.toml"):
        if path.stem not in (TRANSLATED, UNTRANSLATED):
            path.unlink()  # two exercises are enough, and lint stays quick
    path = bank / f"{TRANSLATED}.toml"
    source = path.read_text(encoding="utf-8")
    english = source[source.index("\n[en]\n") :]
    section = re.sub(r"^(\[\[?)en([.\]])", r"\1xx\2", english, flags=re.M)
    source = re.sub(r"^en = (\[.*\])$", r"en = \1\nxx = \1", source, flags=re.M)  # [length]
    path.write_text(source + section, encoding="utf-8")


@pytest.fixture(scope="module")
def with_xx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("throwaway-language")
    add_throwaway_language(_copy_package(tmp))
    return tmp


def test_the_throwaway_language_is_added_by_data_alone(with_xx: Path) -> None:
    changed = [
        p.relative_to(with_xx / "exercises")
        for p in (with_xx / "exercises").rglob("*.py")
        if p.read_bytes() != (PACKAGE / p.relative_to(with_xx / "exercises")).read_bytes()
    ]
    assert changed == []
    out = _run(with_xx, "-c", "from exercises.locale import languages; print(languages())")
    assert out.stdout.strip() == "('zh', 'en', 'xx')", out.stderr


def test_the_throwaway_language_checks_and_reports(with_xx: Path) -> None:
    data = tomllib.loads((with_xx / "exercises" / "bank" / f"{TRANSLATED}.toml").read_text(encoding="utf-8"))
    bad = data["xx"]["bad_reply"]
    check = ("-m", "exercises", "check", "--exercise", TRANSLATED, "--text", bad)
    report = _run(with_xx, *check, "--lang", "xx")
    assert report.returncode == 1, report.stderr  # the bad reply fails, in xx as in en
    lines = report.stdout.splitlines()
    assert lines[0] == f"Exercise => {data['xx']['title']} {{{TRANSLATED}}}"
    assert lines[1].startswith("Verdict-xx => not passed · Score ")
    marked = [line for line in lines if line.startswith("  ") and "<<" in line]
    assert marked and all(">>" in line and "[[" not in line for line in marked)  # xx's marks
    assert re.search(r"\(xx\) \{[a-z-]+\} — ", report.stdout)  # principle names of xx, its brackets
    as_xx = _run(with_xx, *check, "--json", "--lang", "xx")
    as_en = _run(with_xx, *check, "--json", "--lang", "en")
    xx, en = json.loads(as_xx.stdout), json.loads(as_en.stdout)
    assert xx["lang"] == "xx" and xx["findings"]
    assert [f["rule"] for f in xx["findings"]] == [f["rule"] for f in en["findings"]]  # same rules, same text
    listed = _run(with_xx, "-m", "exercises", "list", "--lang", "xx")
    assert data["xx"]["title"] in listed.stdout and listed.returncode == 0, listed.stderr


def test_lint_names_what_the_throwaway_language_still_lacks(with_xx: Path) -> None:
    out = _run(with_xx, "-m", "exercises", "lint")
    problems = [line for line in out.stdout.splitlines() + out.stderr.splitlines() if ": " in line]
    assert out.returncode == 1
    scenarios = sorted(p.name for p in (PACKAGE / "roleplay").glob("*.toml"))
    assert scenarios, "the role-play scenarios are part of what a language lacks"
    assert problems == [
        f"exercises/bank/{UNTRANSLATED}.toml:1: not translated into xx yet: the [xx] section is missing"
    ] + [
        f"exercises/roleplay/{name}:1: not translated into xx yet: the [xx] section is missing"
        for name in scenarios
    ], out.stdout + out.stderr


def test_a_section_in_no_language_of_the_handbook_is_unknown() -> None:
    source = (PACKAGE / "bank" / f"{TRANSLATED}.toml").read_text(encoding="utf-8")
    exercise, problems = parse_exercise(f"{TRANSLATED}.toml", source + '\n[yy]\ntitle = "?"\n')
    assert exercise is None
    assert [p.message for p in problems] == ["unknown key 'yy'"]


def test_principles_have_a_name_in_every_language() -> None:
    for p in load_principles():
        for lang in languages():
            assert p.name(lang) and p.name(lang) != p.id
        assert p.name("zh") != p.name("en")


def test_a_folder_of_data_files_is_read_whole_and_each_bad_file_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sources.parse_package_files (the locale files, the exercise bank and the role-plays): a
    file that is not TOML or not UTF-8 is one problem with its name; the other files are read."""
    from exercises import sources

    (tmp_path / "__init__.py").write_text("", encoding="utf-8")
    folder = tmp_path / "things"
    folder.mkdir()
    (folder / "a.toml").write_text('name = "a"\n', encoding="utf-8")
    (folder / "b.toml").write_text("name = \n", encoding="utf-8")
    (folder / "c.toml").write_bytes('name = "丙"\n'.encode("gb18030"))
    (folder / "d.toml").write_text('name = "d"\n', encoding="utf-8")
    (folder / "notes.txt").write_text("not a data file", encoding="utf-8")
    monkeypatch.setattr(sources, "_HERE", tmp_path)

    def parse(file_name: str, source: str) -> tuple[str | None, list[sources.Problem]]:
        return sources.parse_toml(source, sources.display_name("things", file_name))["name"], []

    got = sources.parse_package_files("things", parse)
    assert [item for item, _ in got] == ["a", None, None, "d"]
    assert [(p.file, p.line) for _, more in got for p in more] == [
        ("exercises/things/b.toml", 1),
        ("exercises/things/c.toml", 1),
    ]
    assert got[2][1][0].message == "not UTF-8"
