"""Reading declcli output back (for `validate` and `diff`), safely, and
checking it against the contract.

Loading is defensive: a size limit; JSON or JSON Lines with the standard
parser; YAML through its events (libyaml's parser where PyYAML has it),
built into plain dicts, lists and scalars by the safe loader's own rules,
with no anchors or aliases at all (declcli never writes them, and refusing
them stops alias bombs), no tags but the standard scalar ones, no merge
keys and nothing nested deeper than MAX_DEPTH. A YAML stream is cut into
its documents at their `---` lines first, so a stream of many documents
(even millions of empty ones) costs what its text costs.

A duplicate key (the last one is what a parser reads, so two readers may
disagree) and bytes that are not UTF-8 are problems of the file, reported
by `validate` beside the schema's.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from . import patterns
from .defaults import MAX_OUTPUT_BYTES
from .errors import NotText
from .model import Problem

# Deeper than any declcli output (5 levels); libyaml stops at 1000 itself.
MAX_DEPTH = 200
# Problems listed per document: a wholly wrong file of 100,000 claims gets
# the first ones and a count, not 100,000 lines.
MAX_PROBLEMS = 100
# A problem's message quotes the value at fault: a 5 MB string is cut.
MAX_MESSAGE = 300


class Documents(list):
    """The documents of a file; the keys that a mapping in them held twice,
    as (document number from 1, JSON path of the mapping, key); the strings
    holding a lone surrogate (escaped `\\ud800` in JSON or YAML: not text,
    and no UTF-8 writer can write it), as (document number, JSON path)."""

    duplicates: list
    surrogates: list = []


class _DuplicateKeys(dict):
    """A JSON object that held a key twice (the last value kept, as parsers do)."""

    duplicates: list


def _json_hook(found: list):
    """An object_pairs_hook that keeps what a key held twice (in `found` too)."""

    def hook(pairs):
        mapping = dict(pairs)
        if len(mapping) != len(pairs):
            seen: set = set()
            mapping = _DuplicateKeys(mapping)
            mapping.duplicates = [k for k, _ in pairs if k in seen or seen.add(k)]
            found.append(mapping)
        return mapping

    return hook


# An escaped surrogate (`\\ud800`, `\\U0000dc00`): only then can a parsed string hold one alone.
_SURROGATE_ESCAPE = re.compile(r"\\(?:u|U0000)[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _walk(docs: list):
    """(document number, JSON path, value) of every value in `docs`, keys
    (as "<path> (a key)") included."""
    for n, doc in enumerate(docs, 1):
        todo = [(doc, "$")]
        while todo:
            value, path = todo.pop()
            yield n, path, value
            if isinstance(value, dict):
                for k, v in value.items():
                    todo.append((k, f"{path} (a key)"))
                    todo.append((v, f"{path}.{k}"))
            elif isinstance(value, list):
                todo += [(v, f"{path}[{i}]") for i, v in enumerate(value)]


def _lone_surrogates(docs: list) -> list:
    """(document number, path) of every string (value or key) holding a lone surrogate."""
    return sorted((n, path) for n, path, value in _walk(docs) if isinstance(value, str) and _LONE_SURROGATE.search(value))


def _json_duplicates(docs: list) -> list:
    """(document number, path, key) of every _DuplicateKeys in `docs`."""
    return sorted(
        (n, path, key) for n, path, value in _walk(docs) if isinstance(value, _DuplicateKeys) for key in value.duplicates
    )


def read_limited(path: str) -> bytes:
    """The bytes of a file of declcli output, or of stdin for '-' (never a terminal)."""
    from .input.source import read_file

    if path == "-":
        import sys

        from .errors import UsageProblem

        if sys.stdin is None or sys.stdin.isatty():
            raise UsageProblem("-", "stdin is a terminal; pipe declcli output in or name a file")
        data = sys.stdin.buffer.read(MAX_OUTPUT_BYTES + 1)
    else:
        data = read_file(path, MAX_OUTPUT_BYTES + 1)
    if len(data) > MAX_OUTPUT_BYTES:
        raise NotText(path, f"larger than {MAX_OUTPUT_BYTES} bytes")
    return data


def _json_loads(text: str, location: str, found: list):
    try:
        return json.loads(text, object_pairs_hook=_json_hook(found))
    except RecursionError:
        raise NotText(location, "JSON nested too deeply") from None
    except ValueError as exc:
        if "integer string conversion" in str(exc):
            raise NotText(location, "a number with too many digits") from None
        raise


def parse_documents(text: str, location: str) -> Documents:
    """The documents of a JSON value, a JSON array, JSON Lines or a YAML stream."""
    docs = _parse(text, location)
    if _SURROGATE_ESCAPE.search(text):
        docs.surrogates = _lone_surrogates(docs)
    return docs


def _parse(text: str, location: str) -> Documents:
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        found: list = []
        try:
            value = _json_loads(text, location, found)
            docs = Documents(value if isinstance(value, list) else [value])
        except ValueError:
            lines = [ln for ln in text.splitlines() if ln.strip()]
            try:
                docs = Documents(_json_loads(ln, location, found) for ln in lines)
            except ValueError as exc:
                raise NotText(location, f"not JSON, JSON Lines or YAML: {exc}") from None
        docs.duplicates = _json_duplicates(docs) if found else []
        return docs
    return _yaml_documents(text, location)


# A line that starts a YAML document: `---` at the start of a line, then a
# space, a tab or the line's end. Inside a document no line can start so
# (libyaml ends a block scalar there and refuses it in a quoted one), so the
# text between two of them is one document.
_DOCUMENT_START = re.compile(r"^---(?=[ \t\r\n]|\Z)", re.M)


def _yaml_documents(text: str, location: str) -> Documents:
    if re.search(r"^%", text, re.M):
        chunks = [text]  # directives belong to the document after them: read the stream whole
    else:
        starts = [m.start() for m in _DOCUMENT_START.finditer(text)]
        bounds = ([0] if not starts or starts[0] else []) + starts + [len(text)]
        chunks = [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    builder = _YamlBuilder(location)
    for chunk in chunks:
        body = chunk[3:] if chunk.startswith("---") else chunk
        if body.strip():  # else an empty document: null, which a stream's reader skips
            builder.load(chunk)
    return builder.docs


class _Refused(Exception):
    pass


@lru_cache(maxsize=1)
def _yaml_parts():
    yaml = patterns.import_module("yaml")  # its patterns from declcli's cache
    loader = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
    return yaml, loader, yaml.resolver.Resolver(), yaml.constructor.SafeConstructor()


_NO_KEY = object()
_COLLECTION_TAGS = (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


class _YamlBuilder:
    """Plain Python values from YAML events, by the safe loader's rules
    (scalars resolved and constructed as yaml.safe_load does); the
    documents that are not null collect in `docs`."""

    def __init__(self, location: str):
        self.location = location
        self.docs = Documents()
        self.docs.duplicates = []

    def load(self, text: str) -> None:
        yaml, loader, _, _ = _yaml_parts()
        try:
            self._build(yaml.parse(text, Loader=loader))
        except _Refused as exc:
            raise NotText(self.location, str(exc)) from None
        except (yaml.YAMLError, ValueError, OverflowError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if "integer string conversion" in first:
                first = "a number with too many digits"
            raise NotText(self.location, f"not valid YAML: {first}") from None

    def _build(self, events) -> None:
        yaml, _, resolver, constructor = _yaml_parts()
        scalar_node, str_tag = yaml.ScalarNode, "tag:yaml.org,2002:str"
        constructors = constructor.yaml_constructors
        # One entry per open collection: [the collection, its pending key
        # (mappings), the key or index its open child sits under].
        stack: list = []
        root = None

        def add(value, opens: bool) -> None:
            nonlocal root
            if not stack:
                root = value
                return
            top = stack[-1]
            container = top[0]
            if type(container) is list:
                container.append(value)
                if opens:
                    top[2] = len(container) - 1
            elif top[1] is _NO_KEY:
                if opens:
                    raise _Refused("a YAML mapping key that is a mapping or a sequence is not accepted")
                top[1] = value
            else:
                key = top[1]
                if key in container:
                    self.docs.duplicates.append((len(self.docs) + 1, self._path(stack), key))
                container[key] = value
                top[1] = _NO_KEY
                if opens:
                    top[2] = key

        for event in events:
            kind = type(event)
            if kind is yaml.ScalarEvent:
                if event.anchor:
                    raise _Refused("YAML anchors are not accepted")
                tag = event.tag
                if tag is None or tag == "!":
                    tag = resolver.resolve(scalar_node, event.value, event.implicit)
                if tag == str_tag:
                    value = event.value
                elif tag == "tag:yaml.org,2002:merge":
                    raise _Refused("YAML merge keys (<<) are not accepted")
                elif tag in constructors and tag != "tag:yaml.org,2002:value":
                    value = constructors[tag](constructor, scalar_node(tag, event.value))
                else:
                    raise _Refused(f"the YAML tag {tag} is not accepted")
                add(value, False)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if event.anchor:
                    raise _Refused("YAML anchors are not accepted")
                if event.tag not in _COLLECTION_TAGS:
                    raise _Refused(f"the YAML tag {event.tag} is not accepted")
                if len(stack) >= MAX_DEPTH:
                    raise _Refused(f"YAML nested deeper than {MAX_DEPTH} levels")
                value = {} if kind is yaml.MappingStartEvent else []
                add(value, True)
                stack.append([value, _NO_KEY, None])
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                stack.pop()
            elif kind is yaml.AliasEvent:
                raise _Refused("YAML aliases are not accepted")
            elif kind is yaml.DocumentStartEvent:
                root = None
            elif kind is yaml.DocumentEndEvent and root is not None:
                self.docs.append(root)

    @staticmethod
    def _path(stack: list) -> str:
        """The JSON path of the innermost open mapping."""
        out = "$"
        for entry in stack[:-1]:
            where = entry[2]
            out += f"[{where}]" if type(entry[0]) is list else f".{where}"
        return out


def load_documents(path: str) -> tuple[list, list[Problem]]:
    """The documents of a file and the problems of the file as a whole (not UTF-8)."""
    data = read_limited(path)
    problems: list[Problem] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(path, 0, "$", f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}"))
        text = data.decode("utf-8", errors="replace")
    return parse_documents(text, path), problems


def looks_like_output(data: bytes) -> bool:
    head = data[:4096].lstrip()
    return (
        head.startswith((b"schema: declcli/", b"---\nschema: declcli/", b"{", b"["))
        or b'"schema": "declcli/' in head[:200]
        or b'"schema":"declcli/' in head[:200]
    )


@lru_cache(maxsize=1)
def _schema() -> dict:
    from importlib import resources

    return json.loads(resources.files("declcli").joinpath("data", "schema.json").read_text(encoding="utf-8"))


def _claim_schema() -> dict:
    return _schema()["$defs"]["document"]["properties"]["claims"]["items"]


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    return jsonschema.Draft202012Validator(_schema())


@lru_cache(maxsize=1)
def _claim_validator():
    import jsonschema

    return jsonschema.Draft202012Validator(_claim_schema())


@lru_cache(maxsize=1)
def _fast_validators():
    """(document, claim) checks by jsonschema-rs, which says whether a value
    is valid some fifty times as fast as jsonschema; jsonschema then says
    why, for the parts that are not (None without jsonschema-rs)."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return (jsonschema_rs.Draft202012Validator(_schema()).is_valid, jsonschema_rs.Draft202012Validator(_claim_schema()).is_valid)


def _valid(check, value) -> bool:
    try:
        return check(value)
    except Exception:  # noqa: BLE001 - a value it cannot take (a YAML timestamp, bytes): let jsonschema say
        return False


def _json_path(parts) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def _best_errors(error):
    """The most specific errors under a oneOf (document or error record)."""
    if error.context:
        # Pick the branch the document was meant for: an error record has "error".
        by_branch: dict[int, list] = {}
        for sub in error.context:
            by_branch.setdefault(sub.schema_path[0] if sub.schema_path else 0, []).append(sub)
        # With added keys allowed, the number of errors no longer tells: a
        # document missing a key is closer to an error record, which needs fewer.
        meant = 1 if isinstance(error.instance, dict) and "error" in error.instance else 0
        branch = meant if meant in by_branch else min(by_branch, key=lambda b: len(by_branch[b]))
        out = []
        for sub in by_branch[branch]:
            out.extend(_best_errors(sub))
        return out
    return [error]


def _problems(validator, value, location: str, number: int, prefix: str = "") -> list[Problem]:
    out = []
    for error in sorted(validator.iter_errors(value), key=lambda e: list(map(str, e.absolute_path))):
        for leaf in _best_errors(error):
            message = leaf.message
            if len(message) > MAX_MESSAGE:  # the value it quotes is cut in the middle; what is wrong ends it
                message = message[: MAX_MESSAGE // 2] + " … " + message[-MAX_MESSAGE // 2 :]
            out.append(Problem(location, number, "$" + prefix + _json_path(leaf.absolute_path)[1:], message))
    return out


def schema_problems(doc, location: str, number: int) -> list[Problem]:
    """What is wrong with `doc` by the schema, at most MAX_PROBLEMS lines.

    A document's claims are checked one by one, so that a long document
    whose other parts are wrong does not cost a jsonschema pass over every
    claim, and only the claims that jsonschema-rs finds wrong are explained."""
    fast = _fast_validators()
    if fast is not None and _valid(fast[0], doc):
        return []
    claims = doc.get("claims") if isinstance(doc, dict) and "error" not in doc else None
    if not isinstance(claims, list) or not claims:
        return _problems(_validator(), doc, location, number)[:MAX_PROBLEMS]
    problems = _problems(_validator(), {**doc, "claims": []}, location, number)
    unexplained = 0
    for i, claim in enumerate(claims):
        if fast is not None and _valid(fast[1], claim):
            continue
        if len(problems) >= MAX_PROBLEMS:
            unexplained += 1
            continue
        problems += _problems(_claim_validator(), claim, location, number, f".claims[{i}]")
    if unexplained:
        problems.append(Problem(location, number, "$.claims", f"{unexplained} more claims with problems not listed"))
    return problems


def check_document(doc, location: str, number: int) -> list[Problem]:
    problems = schema_problems(doc, location, number)
    if problems or not isinstance(doc, dict) or "claims" not in doc:
        return problems
    text = doc["article"]["text"]
    previous_end = -1
    for i, claim in enumerate(doc["claims"]):
        where = f"$.claims[{i}]"
        # The schema's integers include 1.0 (JSON Schema counts it an integer).
        start, end = int(claim["start"]), int(claim["end"])
        if text[start:end] != claim["text"]:
            problems.append(Problem(location, number, where + ".text", "is not article.text[start:end]"))
        if claim["id"] != f"c{i + 1}":
            problems.append(Problem(location, number, where + ".id", f"expected c{i + 1}"))
        if start < previous_end:
            problems.append(Problem(location, number, where + ".start", "overlaps the claim before it"))
        previous_end = end
        if len(problems) >= MAX_PROBLEMS:
            problems.append(Problem(location, number, "$.claims", "further claims not checked"))
            break
    return problems


def validate_file(path: str) -> tuple[int, list[Problem]]:
    """(number of documents, problems) for one file of declcli output."""
    docs, problems = load_documents(path)
    problems += [
        Problem(
            path,
            n,
            where + (f".{key}" if isinstance(key, str) else f"[{key!r}]"),
            "a key given twice (readers disagree on which value counts)",
        )
        for n, where, key in docs.duplicates
    ]
    problems += [
        Problem(path, n, where, "a lone surrogate (such as \\ud800): not text, and not writable as UTF-8")
        for n, where in docs.surrogates
    ]
    if not docs:
        return 0, problems + [Problem(path, 0, "$", "no documents in the file")]
    for n, doc in enumerate(docs, 1):
        problems += check_document(doc, path, n)
    return len(docs), problems
