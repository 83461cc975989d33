"""Area prior: the share of recent changes (files of the last N small commits before the snapshot) falling
in the file's extension / top directory; score × (smoothed share)^γ."""
import os, sys, json, pickle, math
from collections import defaultdict, Counter, deque
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from replay import *
tasks = load()
parents, files, snap = pickle.load(open(os.environ["EVAL_DB"] + ".hist.pkl", "rb"))
ver = {l.split()[0]: (l.split()[1], int(l.split()[2])) for l in open(os.environ["VERSIONS"])}
def ext(p):
    n = p.rsplit("/", 1)[-1]
    return n.rsplit(".", 1)[-1].lower() if "." in n[1:] else "(none)"
def topdir(p):
    return p.split("/", 1)[0] if "/" in p else "(root)"
N = int(os.environ.get("N", "300"))
def recent(pid, head, n):
    out = []; seen = {head}; q = deque([head])
    while q and len(out) < n:
        s = q.popleft()
        fs = files.get((pid, s), [])
        if 0 < len(fs) <= 30: out.append(fs)
        for p in parents.get((pid, s), []):
            if p not in seen: seen.add(p); q.append(p)
    return out
PRI = {}
for t in tasks:
    pid, v = ver[t["id"]]
    cs = recent(pid, snap[(pid, v)], N)
    e = Counter(); d = Counter(); tot = 0
    for fs in cs:
        for f in fs:
            if is_test(f): continue
            e[ext(f)] += 1; d[topdir(f)] += 1; tot += 1
    PRI[t["id"]] = (e, d, max(1, tot))
def fmt(rows): return " ".join(f"{k.split('/')[-1][:6]}={v[0]:.3f}/{v[1]:.3f}" for k, v in rows.items() if k in ('large', 'all') or os.environ.get('V'))
print("base", fmt(report(tasks, rank(tasks, lambda t, c: base_score(t, c)))))
for kind in ("ext", "dir"):
    for g in (0.05, 0.1, 0.2):
        def f(t, c, kind=kind, g=g):
            e, d, tot = PRI[t["id"]]
            cnt = e[ext(c["path"])] if kind == "ext" else d[topdir(c["path"])]
            share = (cnt + 1) / (tot + 10)
            return base_score(t, c) * share ** g
        print(kind, g, fmt(report(tasks, rank(tasks, f))))
