"""Companion study: after ranking, lift files that co-changed with the top-ranked file(s).
CONTRIB, TASKS, EVAL_DB, VERSIONS env."""
import os, sys, json, sqlite3, math, pickle
from collections import defaultdict, Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from replay import *
tasks = load()
db = sqlite3.connect("file:%s?mode=ro" % os.environ["EVAL_DB"], uri=True)
ver = {}
for l in open(os.environ["VERSIONS"]):
    tid, pid, v = l.split(); ver[tid] = (pid, int(v))
CAP = int(os.environ.get("FCAP", "30"))
cache_file = os.environ["EVAL_DB"] + ".hist.pkl"
if os.path.exists(cache_file):
    parents, files, snap = pickle.load(open(cache_file, "rb"))
else:
    parents = {}; files = defaultdict(list); snap = {}
    for pid, sha, ps in db.execute("select project_id, sha, parents from commit_messages"):
        parents[(pid, sha)] = ps.split()
    for pid, sha, path in db.execute("select project_id, sha, path from commit_files"):
        files[(pid, sha)].append(path)
    for pid, v, c in db.execute("select project_id, version, commit_sha from snapshots where status='ready'"):
        snap[(pid, v)] = c
    files = dict(files)
    pickle.dump((parents, files, snap), open(cache_file, "wb"))
def history(pid, head):
    seen = set(); stack = [head]
    while stack:
        s = stack.pop()
        if s in seen: continue
        seen.add(s); stack.extend(parents.get((pid, s), []))
    return seen
HIST = {}
for t in tasks:
    pid, v = ver[t["id"]]
    shas = history(pid, snap[(pid, v)])
    # for each file: the commits (≤ CAP files) that touched it
    per = defaultdict(set)
    for s in shas:
        fs = files.get((pid, s), [])
        if 1 < len(fs) <= CAP:
            for f in fs: per[f].add(s)
    HIST[t["id"]] = per
print("history loaded", file=sys.stderr)
def fmt(rows): return " ".join(f"{k.split('/')[-1][:6]}={v[0]:.3f}/{v[1]:.3f}" for k,v in rows.items() if k in ('large','all') or os.environ.get('V'))
base = rank(tasks, lambda t,c: base_score(t,c))
print("base        ", fmt(report(tasks, base)))
def companion(t, order, K, w, half, mode):
    per = HIST[t["id"]]
    tops = [p for p in order if not is_test(p)][:K]
    bonus = defaultdict(float)
    for i, top in enumerate(tops):
        ct = per.get(top, set())
        if not ct: continue
        for c in t["ranked"]:
            p = c["path"]
            if p == top: continue
            sh = len(ct & per.get(p, set()))
            if sh == 0: continue
            if mode == "sat": v = sh / (sh + half)
            elif mode == "conf": v = sh / len(ct)
            elif mode == "jac": v = sh / len(ct | per.get(p, set()))
            bonus[p] += v / (i + 1)
    return bonus
for mode in ("sat", "conf", "jac"):
  for K in (1, 2):
    for w in (0.1, 0.2, 0.3, 0.5):
        out = {}
        for t in tasks:
            order = base[t["id"]]
            b = companion(t, order, K, w, 2.0, mode)
            out[t["id"]] = rank([t], lambda t,c: base_score(t,c) + w * b.get(c["path"], 0) * (0 if c["test"] or isdoc(c) else 1))[t["id"]]
        print(f"{mode} K{K} w{w}", fmt(report(tasks, out)))
