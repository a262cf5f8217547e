"""tests/gates/baselines.json, the quality floors' one home: every gate names a corpus
the digest function knows and a test that reads it, and the digest moves with
a corpus file's content and name, not with the order the files are listed in."""

import json

from baselines import BASELINES, CORPORA, ROOT, corpus_sha256


def test_every_gate_names_a_known_corpus_its_test_and_how_to_measure():
    gates = json.loads(BASELINES.read_text(encoding="utf-8"))["gates"]
    for name, entry in gates.items():
        assert entry["corpus"] in CORPORA, name
        assert len(entry["corpus_sha256"]) == 64, name
        assert entry["floors"] and all(isinstance(v, float) for v in entry["floors"].values()), name
        test = ROOT / entry["test"]
        assert f'"{name}"' in test.read_text(encoding="utf-8"), f"{entry['test']} does not read gate {name}"


def test_the_digest_follows_content_and_names_not_order(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"one")
    (tmp_path / "b.txt").write_bytes(b"two")
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    before = corpus_sha256(tmp_path, files)
    assert corpus_sha256(tmp_path, files[::-1]) == before
    (tmp_path / "b.txt").write_bytes(b"two!")
    assert corpus_sha256(tmp_path, files) != before
    (tmp_path / "b.txt").write_bytes(b"two")
    (tmp_path / "b.txt").rename(tmp_path / "c.txt")
    assert corpus_sha256(tmp_path, [tmp_path / "a.txt", tmp_path / "c.txt"]) != before
