"""The `==` and repr() of a dataclass, written once for every data type.

@dataclass generates and compiles these two methods (and __init__) for each
class it decorates, which cost about 2 ms of every run's start-up for
declcli's types (declcli.model); the shared ones of `Record` behave the
same: equal when of the same class with equal fields, compared as tuples;
repr like `Actor(name='Russia', type='country', country='RUS')`; unhashable,
as a dataclass with eq is (defining __eq__ clears __hash__).

Off switch: DECLCLI_NO_SPEEDUPS=record (or =1): `record` is then plain
@dataclass and `Record` an empty base. Measured again in issue 16: importing
declcli.model takes 7.0 ms of CPU with it, 9.8 without (medians of 20 fresh
interpreters); `validate` and `diff` 1.05-1.09x off / on, `read` no
measurable change (benchmarks/speedups.py; docs/performance.md, "Speed
devices").
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TypeVar, dataclass_transform

from . import enabled

_T = TypeVar("_T")

if enabled("record"):

    class Record:
        """The base of every data type: their shared `==` and repr()."""

        __slots__ = ()

        def _values(self) -> tuple:
            return tuple(getattr(self, f.name) for f in fields(self))  # type: ignore[arg-type]  # every Record is a dataclass

        def __eq__(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return self._values() == other._values()

        def __repr__(self) -> str:
            inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)  # type: ignore[arg-type]
            return f"{self.__class__.__qualname__}({inner})"

    @dataclass_transform(eq_default=False)  # type checkers see the generated __init__
    def record(cls: type[_T]) -> type[_T]:
        """@dataclass, with the __eq__ and __repr__ the class inherits from Record."""
        return dataclass(cls, repr=False, eq=False)

else:

    class Record:  # type: ignore[no-redef]
        """The base of every data type (the device is off: nothing shared)."""

        __slots__ = ()

    @dataclass_transform()
    def record(cls: type[_T]) -> type[_T]:  # type: ignore[misc]
        """@dataclass, as it is."""
        return dataclass(cls)
