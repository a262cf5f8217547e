"""Regular expressions compiled once per installation instead of once per run.

`compile(pattern, flags)` returns what `re.compile(pattern, flags)` returns.
Most of re.compile's time is pure Python (re._parser.parse and
re._compiler._code turn the pattern into a list of opcodes); only the last
step, `_sre.compile`, builds the Pattern in C. declcli compiles about a
hundred patterns, many of them long word-list alternations, and that took
about 18 ms of a 120 ms `declcli read` on a short article. So, as Python does
for modules with .pyc files, the arguments of `_sre.compile` for each
(pattern, flags) are kept in a file and the next run builds its Patterns
from them directly:

- the file sits in the package's `__pycache__` folder (or under
  `sys.pycache_prefix`, where the package's .pyc files go), named as the
  bytecode of the placeholder module `declcli/_speedups/_pattern_cache.py`
  (`_pattern_cache.<cache tag>.pyc`) so that `pip uninstall` removes it; it is written at exit, atomically, when the run compiled
  a pattern the file lacked, and never when `sys.dont_write_bytecode` is set
  (PYTHONDONTWRITEBYTECODE, `-B`); a folder that cannot be written is
  silently left alone;
- it is used only by the interpreter that wrote it (`sys.version`, the
  cache tag, `_sre.MAGIC` and `_sre.CODESIZE`) and when its CRC-32 holds;
- an entry is stored only after the Pattern built from it compared equal to
  re.compile's (flags, opcodes and pattern: Pattern equality; groups and
  group names) and it is keyed by the pattern text itself, so an edited
  pattern is a new entry, never a stale one;
- anything unexpected (no file, a corrupt or foreign file, an entry
  `_sre.compile` refuses, a Python whose private re modules differ) falls
  back to re.compile, so the cache can make a run slower, never different
  (one exception: a pattern re warns about, FutureWarning for a possible set
  operation say, warns only in the run that compiles it; declcli's patterns
  raise no warning, which running it with `-W error` shows).

`import_module(name)` does the same for a library that compiles its patterns
as it is imported: PyYAML spends about 4 ms of its 8 ms import compiling
ten patterns (one character class over all of Unicode most of all), in
every run that writes YAML. re.compile looks in re's own cache first
(`re._cache`, keyed by the pattern's type, the pattern and the flags); the
patterns the file holds for that import are put there before it, and the
ones it compiled that the file lacks (the first run, a new version of the
library) are found by comparing re's cache before and after, and stored.

Only patterns fixed by declcli's code and data files (and by the libraries
it imports that way) belong here: a pattern built from the input text would
make the file grow with every article.
Like a .pyc file, the file is trusted (marshal is not meant for hostile
data); it lives where the package's bytecode does.

Off switch: DECLCLI_NO_SPEEDUPS=pattern_cache (or =1): `compile` is then
re.compile and `import_module` importlib.import_module, and no file is read
or written. Measured again in issue 16 (benchmarks/speedups.py, CPU time
off / on): `validate` and `diff` 1.08-1.09x (PyYAML's patterns), `--help`
1.00x (it compiles none), `read` 0.98x (its ~18 ms lost in spaCy's second);
docs/performance.md ("Speed devices") has the tables.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib

from . import enabled

try:
    import _sre
    from re import _compiler, _parser

    _STAMP = (sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)
except (ImportError, AttributeError):  # another implementation, or re's internals moved
    _STAMP = None

if not enabled("pattern_cache"):
    _STAMP = None  # as on an interpreter whose re internals are unknown: re.compile, no file

# Beyond this many entries only the patterns of the current run are kept, so
# a file that collected test patterns or old word lists does not grow forever.
MAX_ENTRIES = 1000

_stored: dict | None = None  # (pattern, flags) -> arguments of _sre.compile after the pattern, from the file
_new: dict = {}  # the same for patterns this run compiled and the file lacked
_used: set = set()  # keys looked up in this run
_imports: dict = {}  # module name -> the keys of the patterns its import compiles, from the file
_new_imports: dict = {}  # the same, where this run saw a different list
_primed: set = set()  # keys put in re's cache before an import in this run
_save_registered = False


def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), built from the cache file when it holds the pattern."""
    flags = int(flags)
    if _STAMP is None or type(pattern) not in (str, bytes) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    stored = _stored if _stored is not None else _load()
    key = (pattern, flags)
    _used.add(key)
    args = stored.get(key)
    if args is not None:
        try:
            return _sre.compile(pattern, *args)
        except Exception:  # a bad entry must only cost the time of re.compile
            pass
    compiled = re.compile(pattern, flags)
    if not sys.dont_write_bytecode:
        _remember(key, compiled)
    return compiled


def import_module(name: str):
    """importlib.import_module(name), the patterns it compiles as it is
    imported built from the cache file (see the module's docstring)."""
    import importlib

    module = sys.modules.get(name)
    if module is not None:
        return module
    re_cache = getattr(re, "_cache", None)
    if _STAMP is None or not isinstance(re_cache, dict):
        return importlib.import_module(name)
    stored = _stored if _stored is not None else _load()
    before = set(re_cache)
    for key in _imports.get(name, ()):
        args = stored.get(key)
        entry = (type(key[0]), *key)
        if args is None or entry in before:
            continue
        try:
            re_cache[entry] = _sre.compile(key[0], *args)
        except Exception:  # a bad entry: the import compiles it as usual
            continue
        _primed.add(key)
    module = importlib.import_module(name)
    if sys.dont_write_bytecode:
        return module
    # The import's patterns are what re's cache gained (the primed ones
    # included). re's keys are (type(pattern), pattern, flags); another shape
    # (another version of re) is left alone, and the next run compiles as
    # usual. The list only grows, so a run never rewrites the file for a
    # pattern that was in re's cache before the import.
    group = list(_imports.get(name, ()))
    listed = set(group)
    for entry in list(re_cache):
        if (
            entry in before
            or type(entry) is not tuple
            or len(entry) != 3
            or entry[0] not in (str, bytes)
            or type(entry[1]) is not entry[0]
            or type(entry[2]) is not int
        ):
            continue
        key = entry[1:]
        _used.add(key)
        if key not in stored and key not in _new:
            _remember(key, re_cache[entry])
        if key not in listed and (key in stored or key in _new):
            group.append(key)
            listed.add(key)
    if len(group) != len(_imports.get(name, ())):
        _new_imports[name] = group
        _register_save()
    return module


def cache_path() -> str | None:
    """Where the cache file is read and written (None: nowhere)."""
    if _STAMP is None:
        return None
    try:
        from importlib.util import cache_from_source

        # The bytecode path of a placeholder module, so that pip removes the
        # file on uninstall (see declcli/_speedups/_pattern_cache.py); the plain name
        # whatever -O says, as pip compiles without optimisation.
        placeholder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_pattern_cache.py")
        return cache_from_source(placeholder, optimization="")
    except Exception:  # no cache tag, no __file__: no cache
        return None


def _load() -> dict:
    global _stored
    _stored = {}
    path = cache_path()
    if path is None:
        return _stored
    try:
        with open(path, "rb") as f:
            stamp, checksum, payload = marshal.loads(f.read())
        if stamp == _STAMP and zlib.crc32(payload) == checksum:
            entries, imports = marshal.loads(payload)
            if isinstance(entries, dict) and isinstance(imports, dict):
                _stored = entries
                _imports.clear()
                _imports.update(imports)
    except Exception:  # missing, unreadable, truncated or foreign: compile as usual
        pass
    return _stored


def _remember(key: tuple, compiled: re.Pattern) -> None:
    """Keep the arguments of _sre.compile for `compiled` if they rebuild it exactly."""
    pattern, flags = key
    try:
        tree = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(tree, flags)]  # opcodes are int subclasses, which marshal refuses
        groupindex = dict(tree.state.groupdict)
        indexgroup = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args = (int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup))
        rebuilt = _sre.compile(pattern, *args)
    except Exception:  # re's internals differ from what this module knows: no cache
        return
    if (
        rebuilt != compiled
        or rebuilt.flags != compiled.flags
        or rebuilt.groups != compiled.groups
        or rebuilt.groupindex != compiled.groupindex
    ):
        return
    _new[key] = args
    _register_save()


def _register_save() -> None:
    global _save_registered
    if not _save_registered:
        import atexit

        atexit.register(save)
        _save_registered = True


def save() -> None:
    """Write the stored and the new entries to the cache file, if there are new ones (at exit)."""
    global _stored
    if not (_new or _new_imports) or sys.dont_write_bytecode:
        return
    path = cache_path()
    if path is None:
        return
    entries = dict(_stored or {})
    entries.update(_new)
    if len(entries) > MAX_ENTRIES:
        entries = {key: args for key, args in entries.items() if key in _used}
        entries = dict(list(entries.items())[:MAX_ENTRIES])
    imports = {**_imports, **_new_imports}
    payload = marshal.dumps((entries, imports))
    data = marshal.dumps((_STAMP, zlib.crc32(payload), payload))
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with open(fd, "wb") as f:
                f.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:  # a read-only install, a full disk: the next run compiles again
        return
    _new.clear()
    _new_imports.clear()
    _stored = entries
    _imports.clear()
    _imports.update(imports)
