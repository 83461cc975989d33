"""Plain BM25 (baseline-like source files) with query terms weighted by their rarity in past commit messages:
(idf over the messages / its maximum)^alpha. EVAL_DB=… VERSIONS=… OUT=prefix [ALPHAS=0,0.5,1,2] python3 commitidf.py [owner/name]
(uses companion.py's history cache, EVAL_DB.hist.pkl); writes OUT-<alpha>.jsonl for lexical_ensemble.py or score.py."""
import os, sys, json, math, pickle, sqlite3
from collections import Counter, deque
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plain_bm25 as pb
ALPHA = [float(a) for a in os.environ.get("ALPHAS", "0,0.5,1,2").split(",")]
db = sqlite3.connect("file:%s?mode=ro" % os.environ["EVAL_DB"], uri=True)
parents, files, snap = pickle.load(open(os.environ["EVAL_DB"] + ".hist.pkl", "rb"))
msgs = {}
for pid, sha, s, b in db.execute("select project_id, sha, subject, body from commit_messages"):
    msgs[(pid, sha)] = s + "\n" + b
ver = {l.split()[0]: (l.split()[1], int(l.split()[2])) for l in open(os.environ["VERSIONS"])}
TOKCACHE = {}
def msgterms(k):
    if k not in TOKCACHE: TOKCACHE[k] = set(pb.toks(msgs.get(k, "")))
    return TOKCACHE[k]
def history(pid, head):
    seen = {head}; q = deque([head])
    while q:
        s = q.popleft()
        for p in parents.get((pid, s), []):
            if p not in seen: seen.add(p); q.append(p)
    return seen
out = {a: open(f"{os.environ.get('OUT', 'cidf')}-{a}.jsonl", "w") for a in ALPHA}
repo_only = sys.argv[1] if len(sys.argv) > 1 else None
for l in open(os.environ.get("TASKS", "../shared/eval/dev-tasks.jsonl")):
    t = json.loads(l)
    if repo_only and t["repo"] != repo_only: continue
    pid, v = ver[t["id"]]
    hs = history(pid, snap[(pid, v)])
    q = Counter(pb.toks(t["query"]))
    dfc = Counter(); Nc = 0
    for s in hs:
        if (pid, s) not in msgs: continue
        Nc += 1; mt = msgterms((pid, s))
        for w in q:
            if w in mt: dfc[w] += 1
    gd = pb.gitdir(t["repo"])
    for a in ALPHA:
        wq = {w: (math.log(1 + (Nc - dfc[w] + .5) / (dfc[w] + .5)) / math.log(1 + (Nc + .5) / .5)) ** a for w in q}
        sc = [(s, p) for p, s in pb.rank_task(gd, t, weights=wq)]
        out[a].write(json.dumps({"id": t["id"], "ranked": [p for _, p in sc[:400]], "scores": [round(s, 4) for s, _ in sc[:400]]}) + "\n")
