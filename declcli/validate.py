"""Reading declcli output back (for `validate` and `diff`), safely, and
checking it against the contract.

Loading is defensive: a size limit, JSON or JSON Lines with the standard
parser, YAML with the safe loader and no anchors or aliases at all (declcli
never writes them, and refusing them stops alias bombs).
"""

from __future__ import annotations

import json
from functools import lru_cache

from . import patterns
from .errors import NotText
from .model import Problem

MAX_OUTPUT_BYTES = 64 * 1024 * 1024


class AliasRefused(ValueError):
    pass


@lru_cache(maxsize=1)
def _yaml_loader():
    yaml = patterns.import_module("yaml")  # its patterns from declcli's cache

    class NoAliasLoader(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                raise AliasRefused("YAML aliases are not accepted")
            event = self.peek_event()
            if getattr(event, "anchor", None):
                raise AliasRefused("YAML anchors are not accepted")
            return super().compose_node(parent, index)

    return NoAliasLoader


def read_limited(path: str) -> bytes:
    """The bytes of a file of declcli output, or of stdin for '-' (never a terminal)."""
    from .source import read_file

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


def parse_documents(text: str, location: str) -> list:
    """The documents of a JSON value, a JSON array, JSON Lines or a YAML stream."""
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            value = json.loads(text)
            return value if isinstance(value, list) else [value]
        except RecursionError:
            raise NotText(location, "JSON nested too deeply") from None
        except ValueError:
            lines = [ln for ln in text.splitlines() if ln.strip()]
            try:
                return [json.loads(ln) for ln in lines]
            except (ValueError, RecursionError) as exc:
                raise NotText(location, f"not JSON, JSON Lines or YAML: {exc}") from None
    yaml = patterns.import_module("yaml")

    try:
        docs = list(yaml.load_all(text, Loader=_yaml_loader()))
    except AliasRefused as exc:
        raise NotText(location, str(exc)) from None
    except (yaml.YAMLError, RecursionError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise NotText(location, f"not valid YAML: {first}") from None
    return [d for d in docs if d is not None]


def load_documents(path: str) -> list:
    data = read_limited(path)
    text = data.decode("utf-8", errors="replace")
    return parse_documents(text, path)


def looks_like_output(data: bytes) -> bool:
    head = data[:4096].lstrip()
    return head.startswith((b"schema: declcli/", b"---\nschema: declcli/", b"{", b"[")) or b'"schema": "declcli/' in head[:200] or b'"schema":"declcli/' in head[:200]


@lru_cache(maxsize=1)
def _validator():
    from importlib import resources

    import jsonschema

    schema = json.loads(resources.files("declcli").joinpath("data", "schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


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


def check_document(doc, location: str, number: int) -> list[Problem]:
    problems: list[Problem] = []
    for error in sorted(_validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))):
        for leaf in _best_errors(error):
            problems.append(Problem(location, number, _json_path(leaf.absolute_path), leaf.message))
    if problems or not isinstance(doc, dict) or "claims" not in doc:
        return problems
    text = doc["article"]["text"]
    previous_end = -1
    for i, claim in enumerate(doc["claims"]):
        where = f"$.claims[{i}]"
        if text[claim["start"]:claim["end"]] != claim["text"]:
            problems.append(Problem(location, number, where + ".text", "is not article.text[start:end]"))
        if claim["id"] != f"c{i + 1}":
            problems.append(Problem(location, number, where + ".id", f"expected c{i + 1}"))
        if claim["start"] < previous_end:
            problems.append(Problem(location, number, where + ".start", "overlaps the claim before it"))
        previous_end = claim["end"]
    return problems


def validate_file(path: str) -> tuple[int, list[Problem]]:
    """(number of documents, problems) for one file of declcli output."""
    docs = load_documents(path)
    if not docs:
        return 0, [Problem(path, 0, "$", "no documents in the file")]
    problems: list[Problem] = []
    for n, doc in enumerate(docs, 1):
        problems += check_document(doc, path, n)
    return len(docs), problems
