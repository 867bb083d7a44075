"""Plain data classes without ``dataclasses``: ``@record`` and ``@record(frozen=True)``.

Importing ``dataclasses`` pulls in ``inspect`` (and ``ast``, ``dis``, ``tokenize``, ``copy``):
about 12 ms of a command-line check whose whole budget is 100 ms. The engine needs only a
small part of it, so this module gives that part, with the same meaning:

- fields are the class's annotated attributes, after those of its record bases, in order;
  a default is the attribute's value, or ``field(default=…, default_factory=…)``;
- ``__init__`` takes the fields in order (defaults last, as ``dataclasses`` requires);
- ``__repr__``, and ``__eq__`` over the fields with ``compare=True`` (same class only);
- ``frozen=True``: assigning raises ``FrozenInstanceError`` and instances hash by their
  compared fields; otherwise ``__hash__`` is None, as with ``@dataclass``;
- ``replace(obj, **changes)``: a copy with some fields changed.

``tests/test_record.py`` checks each of these against ``dataclasses`` itself.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class FrozenInstanceError(AttributeError):
    """Raised on assigning to a field of a frozen record."""


class Field:
    __slots__ = ("name", "default", "default_factory", "repr", "compare")

    def __init__(self, default: Any = MISSING, default_factory: Any = MISSING, repr: bool = True,
                 compare: bool = True) -> None:
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot give both default and default_factory")
        self.name = ""
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.compare = compare


def field(*, default: Any = MISSING, default_factory: Any = MISSING, repr: bool = True,
          compare: bool = True) -> Any:
    """A field's default made by ``default_factory`` on each instance, or kept out of
    ``repr`` or ``==`` (as ``dataclasses.field``)."""
    return Field(default, default_factory, repr, compare)


def _fields_of(cls: type) -> dict[str, Field]:
    fields: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        fields.update(base.__dict__.get("__record_fields__", {}))
    for name in cls.__dict__.get("__annotations__", {}):
        value = cls.__dict__.get(name, MISSING)
        f = value if isinstance(value, Field) else Field(default=value)
        f.name = name
        fields[name] = f
        if isinstance(value, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    return fields


def _make_init(cls: type, fields: dict[str, Field], frozen: bool) -> None:
    args, body = ["self"], []
    scope: dict[str, Any] = {"MISSING": MISSING, "_set": object.__setattr__}
    seen_default = False
    for name, f in fields.items():
        if f.default is not MISSING:
            scope[f"_d_{name}"] = f.default
            args.append(f"{name}=_d_{name}")
            value = name
            seen_default = True
        elif f.default_factory is not MISSING:
            scope[f"_f_{name}"] = f.default_factory
            args.append(f"{name}=MISSING")
            value = f"_f_{name}() if {name} is MISSING else {name}"
            seen_default = True
        else:
            if seen_default:
                raise TypeError(f"non-default argument {name!r} follows default argument")
            args.append(name)
            value = name
        body.append(f"_set(self, {name!r}, {value})" if frozen else f"self.{name} = {value}")
    source = f"def __init__({', '.join(args)}):\n    " + "\n    ".join(body or ["pass"])
    exec(source, scope)  # the text is built from the class's own field names
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[misc]


def _repr(self: Any) -> str:
    shown = ", ".join(f"{n}={getattr(self, n)!r}" for n, f in self.__record_fields__.items() if f.repr)
    return f"{type(self).__qualname__}({shown})"


def _key(self: Any) -> tuple[Any, ...]:
    return tuple(getattr(self, n) for n, f in self.__record_fields__.items() if f.compare)


def _eq(self: Any, other: object) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _key(self) == _key(other)


def _hash(self: Any) -> int:
    return hash(_key(self))


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _process(cls: type, frozen: bool) -> type:
    fields = _fields_of(cls)
    cls.__record_fields__ = fields  # type: ignore[attr-defined]
    _make_init(cls, fields, frozen)
    if "__repr__" not in cls.__dict__:
        cls.__repr__ = _repr  # type: ignore[assignment]
    if "__eq__" not in cls.__dict__:
        cls.__eq__ = _eq  # type: ignore[assignment]
    if frozen:
        cls.__setattr__ = _frozen_setattr  # type: ignore[assignment]
        cls.__delattr__ = _frozen_delattr  # type: ignore[assignment]
        if "__hash__" not in cls.__dict__ or cls.__dict__["__hash__"] is None:
            cls.__hash__ = _hash  # type: ignore[assignment]
    elif cls.__dict__.get("__hash__") is None:
        cls.__hash__ = None  # type: ignore[assignment]
    return cls


def record(cls: Any = None, *, frozen: bool = False) -> Any:
    """Make ``cls`` a record (``@record`` or ``@record(frozen=True)``)."""
    if cls is None:
        return lambda c: _process(c, frozen)
    return _process(cls, frozen)


def is_record(obj: object) -> bool:
    return hasattr(type(obj), "__record_fields__")


def replace(obj: T, **changes: Any) -> T:
    """A copy of the record ``obj`` with ``changes`` (as ``dataclasses.replace``)."""
    fields = type(obj).__record_fields__  # type: ignore[attr-defined]
    for name in changes:
        if name not in fields:
            raise TypeError(f"{type(obj).__qualname__} has no field {name!r}")
    values = {n: changes[n] if n in changes else getattr(obj, n) for n in fields}
    return type(obj)(**values)


__all__ = ["FrozenInstanceError", "MISSING", "field", "is_record", "record", "replace"]
