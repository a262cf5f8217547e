"""The data types: `==` and repr() as a dataclass would give them (declcli._speedups.record.Record)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, is_dataclass

import pytest

from declcli.model import Actor, Claim, DateRef, Record, Source, record


def test_every_type_is_still_a_dataclass_with_its_fields_and_defaults():
    assert is_dataclass(Claim)
    assert [f.name for f in fields(Actor)] == ["name", "type", "country", "role"]
    src = Source("file", "a.txt", b"x")
    assert (src.media_type, src.sha256) == (None, "")
    one, two = (
        Claim("c1", "t", 0, 1, 1, 1, "statement", "assertion", "affirmed"),
        Claim("c2", "t", 0, 1, 1, 1, "statement", "assertion", "affirmed"),
    )
    one.actors.append(Actor("Russia", "country", "RUS"))
    assert two.actors == []  # default_factory: no list shared between instances


def test_equal_when_same_class_and_equal_fields():
    assert Actor("Russia", "country", "RUS") == Actor("Russia", "country", "RUS")
    assert Actor("Russia", "country", "RUS") != Actor("Russia", "country", "AZE")
    assert DateRef("today", "2022-02-22") != Actor("today", "2022-02-22", None)
    assert Actor("Russia", "country", "RUS") != ("Russia", "country", "RUS")


def test_compares_like_dataclass_tuples_identity_first():
    @dataclass
    class Plain:
        x: float

    @record
    class Shared(Record):
        x: float

    nan = math.nan
    assert (Plain(nan) == Plain(nan)) == (Shared(nan) == Shared(nan))
    assert Shared(nan) == Shared(nan)  # the same object, as tuples compare it
    assert Shared(float("nan")) != Shared(float("nan"))


def test_repr_is_the_dataclass_repr():
    @dataclass
    class Plain:
        name: str
        items: list = field(default_factory=list)
        hidden: int = field(default=0, repr=False)

    @record
    class Shared(Record):
        name: str
        items: list = field(default_factory=list)
        hidden: int = field(default=0, repr=False)

    assert repr(Shared("a", [1])) == repr(Plain("a", [1])).replace("Plain", "Shared")
    assert repr(Actor("Russia", "country", "RUS")) == "Actor(name='Russia', type='country', country='RUS', role=None)"


def test_unhashable_like_a_dataclass_with_eq():
    with pytest.raises(TypeError):
        hash(Actor("Russia", "country", "RUS"))
