"""EVAL_DB=… VERSIONS=… CONTRIB=… python3 type_siblings.py. Type siblings: files that extend or implement the same type as a seed (a parent with at most MAXKIDS children)."""
import os, sys, json, sqlite3
from collections import defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from replay import *
tasks = load()
db = sqlite3.connect("file:%s?mode=ro" % os.environ["EVAL_DB"], uri=True)
ver = {l.split()[0]: (l.split()[1], int(l.split()[2])) for l in open(os.environ["VERSIONS"])}
sid = {(p, v): i for i, p, v in db.execute("select id, project_id, version from snapshots where status='ready'")}
EDGES = {}
def parents_of(pid, s):
    if (pid, s) not in EDGES:
        up = defaultdict(set); down = defaultdict(set)
        for src, dst in db.execute("select src, dst from edges where project_id=? and kind='type' and start_snapshot<=? and (end_snapshot is null or end_snapshot>?)", (pid, s, s)):
            if src != dst: up[src].add(dst); down[dst].add(src)
        EDGES[(pid, s)] = (up, down)
    return EDGES[(pid, s)]
DIRECT = ("pinned", "mention", "path", "lexical", "symbol", "past_commit")
def fmt(rows): return " ".join(f"{k.split('/')[-1][:6]}={v[0]:.3f}/{v[1]:.3f}" for k, v in rows.items() if k in ('large', 'all') or os.environ.get('V'))
print("base", fmt(report(tasks, rank(tasks, lambda t, c: base_score(t, c)))))
SIB = {}
for t in tasks:
    pid, v = ver[t["id"]]
    up, down = parents_of(pid, sid[(pid, v)])
    cs = [c for c in t["ranked"] if not c["test"] and not isdoc(c)]
    cs.sort(key=lambda c: -sum(c["by"].get(k, 0) for k in DIRECT))
    seeds = cs[:5]
    if not seeds: SIB[t["id"]] = {}; continue
    top = sum(seeds[0]["by"].get(k, 0) for k in DIRECT) or 1
    sib = defaultdict(float)
    for s in seeds:
        st = sum(s["by"].get(k, 0) for k in DIRECT) / top
        for par in up.get(s["path"], ()):
            kids = down.get(par, ())
            for k in kids:
                if k != s["path"]:
                    sib[(k, len(kids))] = max(sib[(k, len(kids))], st)
    SIB[t["id"]] = sib
for maxkids in (5, 10, 20):
    for w in (0.1, 0.2, 0.3):
        def f(t, c, maxkids=maxkids, w=w):
            b = max([v for (k, n), v in SIB[t["id"]].items() if k == c["path"] and n <= maxkids], default=0)
            by = dict(c["by"]); by["sib"] = w * b
            return base_score(t, c, by, extra=("sib",))
        print(maxkids, w, fmt(report(tasks, rank(tasks, f))))
