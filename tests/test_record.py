"""``exercises.record`` against ``dataclasses``: the same classes, made both ways, behave alike
(fields and their order with inheritance, defaults and factories, ``==``, hashing, frozen,
``replace``); and a command-line check no longer imports ``dataclasses`` or ``inspect``."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from exercises import record as rec

ROOT = Path(__file__).resolve().parent.parent


def _pair(frozen: bool) -> tuple[tuple[type, type], tuple[type, type]]:
    made = []
    for deco, fld in ((dataclasses.dataclass, dataclasses.field), (rec.record, rec.field)):
        class Base:
            id: str
            count: int = 0
            tags: list[str] = fld(default_factory=list)
            note: str = fld(default="", compare=False)
            kind = "plain"  # not annotated: not a field

        base = deco(frozen=frozen)(Base)

        class Child(base):  # type: ignore[misc, valid-type]
            count: int = 5  # a base field's default changed: keeps its place
            extra: dict[str, int] = fld(default_factory=dict, repr=False)

        made.append((base, deco(frozen=frozen)(Child)))
    return made[0], made[1]


@pytest.mark.parametrize("frozen", [False, True])
def test_same_fields_defaults_and_order(frozen: bool) -> None:
    (dbase, dchild), (rbase, rchild) = _pair(frozen)
    for d, r in ((dbase, rbase), (dchild, rchild)):
        assert [f.name for f in dataclasses.fields(d)] == list(r.__record_fields__)
        a, b = d("x"), r("x")
        assert vars(a) == vars(b)
        assert d("y", 2, ["t"]).__dict__ == r("y", 2, ["t"]).__dict__
        assert a.kind == b.kind == "plain"
    assert dchild("x").count == rchild("x").count == 5
    assert rbase("x").tags is not rbase("x").tags  # a new list for each
    with pytest.raises(TypeError):
        rbase()
    with pytest.raises(TypeError):
        rbase("x", 1, [], "n", "too many")


@pytest.mark.parametrize("frozen", [False, True])
def test_same_equality_hash_and_repr(frozen: bool) -> None:
    (dbase, dchild), (rbase, rchild) = _pair(frozen)
    for base, child in ((dbase, dchild), (rbase, rchild)):
        assert base("x", note="a") == base("x", note="b")  # compare=False
        assert base("x", 1) != base("x", 2)
        assert base("x") != child("x")  # another class is never equal
        if frozen:
            assert hash(base("x", tags=())) == hash(base("x", tags=(), note="z"))
            assert len({base("x", tags=()), base("x", tags=())}) == 1
        else:
            assert base.__hash__ is None
    shown = [repr(child("x", extra={"a": 1})).split("(", 1)[1] for child in (dchild, rchild)]
    assert shown[0] == shown[1]


def test_frozen_cannot_change() -> None:
    (_, _), (rbase, _) = _pair(True)
    item = rbase("x")
    with pytest.raises(rec.FrozenInstanceError):
        item.id = "y"
    with pytest.raises(AttributeError):
        del item.count
    (_, _), (mutable, _) = _pair(False)
    changed = mutable("x")
    changed.id = "y"
    assert changed.id == "y"


def test_replace_like_dataclasses() -> None:
    (dbase, dchild), (rbase, rchild) = _pair(True)
    d = dataclasses.replace(dchild("x", 1, ("a",)), count=9)
    r = rec.replace(rchild("x", 1, ("a",)), count=9)
    assert vars(d) == vars(r) and type(r) is rchild
    with pytest.raises(TypeError):
        rec.replace(r, nope=1)


def test_default_before_required_is_refused() -> None:
    with pytest.raises(TypeError):
        @rec.record
        class Wrong:
            a: int = 1
            b: int


def test_engine_types_are_records() -> None:
    from exercises.engine import Finding, Settings
    from exercises.ruletypes.forbid import ForbidRule

    assert rec.is_record(Settings()) and "severity" in Finding.__record_fields__
    assert list(ForbidRule.__record_fields__)[:3] == ["id", "principle", "severity"]


def test_cli_check_does_not_import_dataclasses() -> None:
    code = (
        "import sys, runpy\n"
        "sys.argv = ['exercises', 'check', '--lang', 'en', '--text', 'Sorry, I will call you at 5pm.']"
        "\ntry:\n    runpy.run_module('exercises', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "print('\\n', 'dataclasses' in sys.modules, 'inspect' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    out = run.stdout
    assert out.split()[-2:] == ["False", "False"], out
