"""Graph neighbours of the top-ranked file(s): a bonus w for a direct neighbour (any edge kind, either way)."""
import os, sys, json, sqlite3
from collections import defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from replay import *
tasks = load()
db = sqlite3.connect("file:%s?mode=ro" % os.environ["EVAL_DB"], uri=True)
ver = {l.split()[0]: (l.split()[1], int(l.split()[2])) for l in open(os.environ["VERSIONS"])}
sid = {(p, v): i for i, p, v in db.execute("select id, project_id, version from snapshots where status='ready'")}
def fmt(rows): return " ".join(f"{k.split('/')[-1][:6]}={v[0]:.3f}/{v[1]:.3f}" for k, v in rows.items() if k in ('large', 'all') or os.environ.get('V'))
base = rank(tasks, lambda t, c: base_score(t, c))
print("base", fmt(report(tasks, base)))
NB = {}
for t in tasks:
    pid, v = ver[t["id"]]; s = sid[(pid, v)]
    tops = [p for p in base[t["id"]] if not is_test(p)][:3]
    nbs = []
    for g1 in tops:
        nb = set()
        for a, b in db.execute("select src, dst from edges where project_id=? and start_snapshot<=? and (end_snapshot is null or end_snapshot>?) and (src=? or dst=?)", (pid, s, s, g1, g1)):
            nb.add(b if a == g1 else a)
        nb.discard(g1); nbs.append(nb)
    NB[t["id"]] = nbs
for K in (1, 2, 3):
    for w in (0.05, 0.1, 0.2, 0.3):
        def f(t, c, K=K, w=w):
            b = sum((1.0 / (i + 1)) for i, nb in enumerate(NB[t["id"]][:K]) if c["path"] in nb)
            by = dict(c["by"]); by["nb"] = w * b
            return base_score(t, c, by, extra=("nb",))
        print(K, w, fmt(report(tasks, rank(tasks, f))))
