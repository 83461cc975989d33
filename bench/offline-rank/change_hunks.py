# Experiment: Locus-style change-hunk evidence. Each (past commit, file it changed) is a BM25 document: the
# words of the added and removed lines (mode "ar"), plus the commit's message ("arm"), or the message only ("m");
# only commits the task's parent reaches, at most MAXF source files each. A file's evidence is its best document
# ("max") or the sum of its best three ("top3"), fused as + w × evidence / the task's best.
#   for each repo: python3 change_hunks_extract.py owner/name GIT_DIR;  then  python3 change_hunks.py
import json, math, os, pickle
from collections import Counter, defaultdict
from replay import *
from words import toks

HUNKS = os.environ.get("HUNKS", "hunks")
T = {json.loads(l)["id"]: json.loads(l) for l in open(os.environ.get("TASKS", "../shared/eval/dev-tasks.jsonl"))}
MAXF = int(os.environ.get("MAXF", "30"))
_commits, _graph = {}, {}

def commits(repo):
    if repo not in _commits:
        _commits[repo] = pickle.load(open(os.path.join(HUNKS, repo.replace("/", "+") + ".pkl"), "rb"))
    return _commits[repo]

def reachable(repo, start):
    """Every commit the start reaches, with its distance in commits (breadth first)."""
    if repo not in _graph:
        _graph[repo] = {p[0]: p[1:] for p in (l.split() for l in open(os.path.join(HUNKS, repo.replace("/", "+") + ".parents")))}
    g, depth, queue = _graph[repo], {start: 0}, [start]
    for s in queue:
        for p in g.get(s, ()):
            if p not in depth:
                depth[p] = depth[s] + 1
                queue.append(p)
    return depth

def evidence(task, mode, agg, k1=1.2, b=0.75):
    cs = commits(task["repo"])
    docs, decay = [], float(os.environ.get("DECAY", "0"))  # > 0: a document's score × exp(−distance / DECAY)
    for sha, distance in reachable(task["repo"], task["parent"]).items():
        if sha not in cs: continue
        message, files = cs[sha]
        if not files or len(files) > MAXF: continue
        for path, (add, rem) in files.items():
            d = Counter()
            if "a" in mode: d.update(add)
            if "r" in mode: d.update(rem)
            if "m" in mode: d.update(message)
            if d: docs.append((path, d, sum(d.values()), math.exp(-distance / decay) if decay else 1.0))
    if not docs: return {}
    n, avgdl = len(docs), sum(dl for _, _, dl, _ in docs) / len(docs)
    df = Counter()
    for _, d, _, _ in docs: df.update(d.keys())
    idf = {w: math.log(1 + (n - df[w] + 0.5) / (df[w] + 0.5)) for w in set(toks(task["query"]))}
    per = defaultdict(list)
    for path, d, dl, recency in docs:
        s = recency * sum(idf[w] * d[w] * (k1 + 1) / (d[w] + k1 * (1 - b + b * dl / avgdl)) for w in idf if d.get(w))
        if s > 0: per[path].append(s)
    return {p: (max(ss) if agg == "max" else sum(sorted(ss, reverse=True)[:3])) for p, ss in per.items()}

def fused(H, w):
    def fn(t, c):
        h = H[t["id"]]; best = max(h.values()) if h else 1
        return base_score(t, c, dict(c["by"], hunk=w * h.get(c["path"], 0) / best), extra=("hunk",))
    return fn

if __name__ == "__main__":
    tasks = load()
    show(report(tasks, rank(tasks, lambda t, c: base_score(t, c), True)), "base")
    for mode in os.environ.get("MODES", "ar,arm,m").split(","):
        for agg in os.environ.get("AGGS", "max,top3").split(","):
            H = {t["id"]: evidence(T[t["id"]], mode, agg) for t in tasks}
            show(report(tasks, rank(tasks, lambda t, c: H[t["id"]].get(c["path"], 0) * (0.4 if c["test"] else 1), True)),
                 f"{mode} {agg} alone")
            for w in [float(x) for x in os.environ.get("WS", "0.1,0.2,0.3").split(",")]:
                show(report(tasks, rank(tasks, fused(H, w), True)), f"{mode} {agg} w{w}")
