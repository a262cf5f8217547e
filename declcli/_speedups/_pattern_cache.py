"""Not a module to import: a name for the pattern cache (declcli._speedups.pattern_cache).

The cache is written where this module's bytecode would go,
`__pycache__/_pattern_cache.<python>.pyc`, because that is a file pip knows:
it removes the bytecode of every module it installed, so `pip uninstall
declcli` leaves nothing behind (a file of another name would keep the folder,
and with it an importable `declcli` namespace package). Should this module
ever be imported, Python finds the cache is not bytecode and compiles it anew,
which only costs the next run its cached patterns.
"""
