"""Out-of-sample rule output: each test part read by the code that had never been tuned on it.

    python benchmarks/oos_dumps.py /work/s47/oos --first 30 --last 67

A test part was scored once with the code of that moment and then joined the tune list, so the rules'
output on it today is in-sample. The commit whose code had not seen part testNN is the parent of the
commit that added "testNN" to claims_real_eval's PARTS (the join commit; it changes no code, and its
message names the commit scored). That commit's declcli is unpacked with `git archive` and run on the
part's articles only; the claims are assigned to today's gold units by today's claims_real_eval, and
saved in claims_real_diff's dump format ({article id: [[claim records of unit 1], ...]}) as
OUT/testNN.json, with OUT/commits.txt (part, commit, articles) beside them.

The old code runs in a child process whose sys.path starts with the old tree, so that `import declcli`
is the old package while the benchmark helpers (load_set, owners_of, claim_record) are today's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout.strip()


def unseen_commit(part: str) -> str:
    """The parent of the commit that first put `"part"` into claims_real_eval.py."""
    joins = _git("log", "--format=%H", f'-S"{part}"', "--", "benchmarks/claims_real_eval.py").split()
    if not joins:
        raise SystemExit(f"{part}: no commit adds it to claims_real_eval.py")
    return _git("rev-parse", f"{joins[-1]}^")


def ids_by_part() -> dict[str, list[str]]:
    """Each part's article ids, from one read of the articles' metadata."""
    ids: dict[str, list[str]] = {}
    for path in sorted((HERE / "claims_real" / "articles").glob("*.json")):
        meta = json.loads(path.read_text(encoding="utf-8"))
        ids.setdefault(meta["part"], []).append(meta["id"])
    return ids


def _child(tree: str, part: str, out: str) -> None:
    """Run in the child: the old tree's declcli on the part's articles, today's unit assignment."""
    sys.path.insert(0, tree)
    sys.path.insert(1, str(HERE))
    import claims_real_diff  # today's claim_record
    import claims_real_eval as real_eval  # today's load_set and owners_of

    # claims_real_eval puts today's root first on sys.path: the old tree must win the import.
    sys.path[:] = [tree] + [p for p in sys.path if Path(p or ".").resolve() != ROOT]
    import declcli

    assert Path(declcli.__file__).resolve().is_relative_to(Path(tree).resolve()), declcli.__file__
    from declcli.model import Article
    from declcli.pipeline import analyze

    runs = {}
    for meta, text, units in real_eval.load_set(part, real_eval.SET / "gold"):
        result = analyze(Article(text=text), meta["reference_date"])
        # Older pipelines returned the claims alone; newer ones (claims, extras).
        claims = result[0] if isinstance(result, tuple) else result
        owners = real_eval.owners_of(claims, meta["sentences"])
        runs[meta["id"]] = [[claims_real_diff.claim_record(c) for c in owners[i]] for i in range(len(units))]
    Path(out).write_text(json.dumps(dict(sorted(runs.items())), ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--first", type=int, default=30)
    parser.add_argument("--last", type=int, default=67)
    parser.add_argument("--child", nargs=3, metavar=("TREE", "PART", "OUT"))
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    import claims_real_eval as real_eval

    released = real_eval.PARTS["tune"]  # (a part joins tune once it has been scored; the others are unseen)
    parts_ids = ids_by_part()
    args.out.mkdir(parents=True, exist_ok=True)
    listing = args.out / "commits.txt"
    done = {line.split()[0] for line in listing.read_text().splitlines()} if listing.exists() else set()
    for n in range(args.last, args.first - 1, -1):
        part = "test" if n == 1 else f"test{n}"
        target = args.out / f"{part}.json"
        if part in done and target.exists():
            continue
        if part not in released:
            raise SystemExit(f"{part}: not in the tune list, unseen: never run")
        ids = parts_ids.get(part, [])
        commit = unseen_commit(part)
        with tempfile.TemporaryDirectory(prefix=f"oos_{part}_") as tree:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "declcli"], check=True, capture_output=True)
            subprocess.run(["tar", "-x", "-C", tree], input=archive.stdout, check=True)
            child = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), str(args.out), "--child", tree, part, str(target)],
                capture_output=True,
                text=True,
            )
        if child.returncode != 0:
            print(f"{part} {commit[:8]}: FAILED\n{child.stderr[-2000:]}", flush=True)
            continue
        with listing.open("a", encoding="utf-8") as handle:
            handle.write(f"{part} {commit} {','.join(ids)}\n")
        print(f"{part} {commit[:8]} {len(ids)} articles", flush=True)


if __name__ == "__main__":
    main()
