"""Issue 15, YAML 1.2: a string in declcli's YAML comes back as that string
whatever YAML version reads it. PyYAML quotes only what its YAML 1.1
resolvers would take for another type; a YAML 1.2 reader takes `0o17` for 15
and `1e3` for 1000.0. The 1.2 reading here is the core schema's resolvers as
the spec gives them (YAML 1.2.2, section 10.3.2), written out independently
of declcli's own table."""

import math
import re

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from declcli.render import to_yaml


class Yaml12CoreLoader(yaml.SafeLoader):
    """PyYAML's parser with the YAML 1.2 core schema's tag resolution in
    place of YAML 1.1's."""


Yaml12CoreLoader.yaml_implicit_resolvers = {}
CORE_SCHEMA = [
    ("tag:yaml.org,2002:null", r"null|Null|NULL|~|"),
    ("tag:yaml.org,2002:bool", r"true|True|TRUE|false|False|FALSE"),
    ("tag:yaml.org,2002:int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"),
    (
        "tag:yaml.org,2002:float",
        r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
        r"|[-+]?(\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN",
    ),
]
for _tag, _pattern in CORE_SCHEMA:
    Yaml12CoreLoader.add_implicit_resolver(_tag, re.compile(f"^(?:{_pattern})$"), None)


def _int12(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


def _float12(loader, node):
    text = loader.construct_scalar(node)
    if text.lower().lstrip("+-") == ".inf":
        return -math.inf if text.startswith("-") else math.inf
    if text.lower() == ".nan":
        return math.nan
    return float(text)


Yaml12CoreLoader.add_constructor("tag:yaml.org,2002:int", _int12)
Yaml12CoreLoader.add_constructor("tag:yaml.org,2002:float", _float12)
Yaml12CoreLoader.add_constructor("tag:yaml.org,2002:bool", lambda loader, node: loader.construct_scalar(node).lower() == "true")
Yaml12CoreLoader.add_constructor("tag:yaml.org,2002:null", lambda loader, node: None)


class Yaml11SpecLoader(yaml.SafeLoader):
    """PyYAML's YAML 1.1 reading plus the forms of the 1.1 type repository
    (yaml.org/type) that PyYAML leaves out: y/n booleans and its float
    pattern, which needs no digit after the dot."""


Yaml11SpecLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:y|Y|n|N)$"), list("yYnN"))
Yaml11SpecLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float", re.compile(r"^[-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?$"), None
)
Yaml11SpecLoader.add_constructor("tag:yaml.org,2002:bool", lambda loader, node: loader.construct_scalar(node) in "yY")
Yaml11SpecLoader.add_constructor("tag:yaml.org,2002:float", lambda loader, node: ("float", loader.construct_scalar(node)))


def _readings(text: str):
    return {
        "YAML 1.2 core": yaml.load(text, Loader=Yaml12CoreLoader),
        "PyYAML (1.1)": yaml.safe_load(text),
        "YAML 1.1 type repository": yaml.load(text, Loader=Yaml11SpecLoader),
    }


def _tree(value: str) -> dict:
    return {"value": value, "items": [value, "x"], "nested": {"key": value}}


LOOK_ALIKES = [
    # YAML 1.2 core schema
    "0o17",
    "0o0",
    "1e3",
    "1E3",
    "-1e+3",
    "+12",
    ".5",
    "+.5",
    "1.",
    "-0",
    "0x1F",
    "0xff",
    ".inf",
    "-.Inf",
    "+.INF",
    ".nan",
    ".NaN",
    ".NAN",
    "true",
    "False",
    "NULL",
    "null",
    "~",
    "",
    # YAML 1.1 (PyYAML's resolvers, and the type repository's forms PyYAML leaves out)
    "yes",
    "No",
    "ON",
    "off",
    "y",
    "Y",
    "n",
    "N",
    "0b101",
    "017",
    "1_000",
    "1_000.5",
    "12:30:00",
    "-1:20",
    "190:20:30.15",
    "2001-12-14",
    "2001-12-14t21:59:43.10-05:00",
    "1.2.3",
    ".",
    "<<",
    "=",
]


@pytest.mark.parametrize("value", LOOK_ALIKES)
def test_look_alikes_come_back_as_strings_in_yaml_1_1_and_1_2(value):
    text = to_yaml(_tree(value))
    for name, loaded in _readings(text).items():
        assert loaded == _tree(value), f"{name} read {value!r} as {loaded['value']!r} from:\n{text}"


def test_the_loaders_read_plain_scalars_as_their_yaml_version_does():
    # The check itself: unquoted, these are not strings to a YAML 1.2 reader.
    assert yaml.load("[0o17, 1e3, .inf, ~, 0x1F, yes, 1_000]", Loader=Yaml12CoreLoader) == [
        15,
        1000.0,
        math.inf,
        None,
        31,
        "yes",
        "1_000",
    ]
    assert yaml.load("[y, N, 1.2.3, .]", Loader=Yaml11SpecLoader) == [True, False, ("float", "1.2.3"), ("float", ".")]


LOOKING_LIKE_NUMBERS = st.text(alphabet="0123456789+-._:eEoxXabcdfinlrstuyINANLTY~ ", max_size=12)


@settings(max_examples=300, derandomize=True, deadline=None, database=None)
@given(
    st.one_of(
        LOOKING_LIKE_NUMBERS,
        st.sampled_from(LOOK_ALIKES),
        st.from_regex(re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"), fullmatch=True),
        st.from_regex(re.compile(r"0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+"), fullmatch=True),
    )
)
@pytest.mark.slow
def test_every_string_comes_back_as_a_string_in_both_readings(value):
    text = to_yaml(_tree(value))
    for name, loaded in _readings(text).items():
        assert loaded == _tree(value), f"{name} read {value!r} as {loaded['value']!r}"
