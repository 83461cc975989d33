# Experiment: per-file "history document" (messages of past commits that touched the file), BM25 vs the task.
import sqlite3, json, re, math, sys, pickle, os
from collections import defaultdict, Counter
from score import *
from words import toks
con = sqlite3.connect("file:" + __import__("os").environ.get("EVAL_DB","eval.db") + "?mode=ro", uri=True)
cache = "hist-commits.pkl"
if os.path.exists(cache):
    P = pickle.load(open(cache,"rb"))
else:
    P = {}
    for pid, root in con.execute("select id, root from projects"):
        repo = root.split("/")[-2].replace("+","/")
        commits = {}
        for sha, parents, subj, body in con.execute("select sha, parents, subject, body from commit_messages where project_id=?", (pid,)):
            commits[sha] = [parents.split() if parents else [], toks(subj + "\n" + body), []]
        for sha, path, old in con.execute("select sha, path, old_path from commit_files where project_id=?", (pid,)):
            if sha in commits: commits[sha][2].append((path, old))
        P[repo] = commits
    pickle.dump(P, open(cache,"wb"))
def reachable(commits, start):
    seen = set(); st = [start]
    while st:
        s = st.pop()
        if s in seen or s not in commits: continue
        seen.add(s); st.extend(commits[s][0])
    return seen
tasks = load()
T = {json.loads(l)["id"]: json.loads(l) for l in open(__import__("os").environ.get("TASKS","../shared/eval/dev-tasks.jsonl"))}
MAXF = int(sys.argv[1]) if len(sys.argv)>1 else 30
out = {}
for t in tasks:
    commits = P[t["repo"]]; task = T[t["id"]]
    reach = reachable(commits, task["parent"])
    cands = {c["path"] for c in t["ranked"]}
    docs = defaultdict(Counter)
    for sha in reach:
        parents, words, files = commits[sha]
        if len(parents) > 1 or not files or len(files) > MAXF: continue
        for path, old in files:
            docs[path].update(words)   # (renames ignored in this experiment)
    N = len(docs); avgdl = sum(sum(d.values()) for d in docs.values())/max(1,N)
    df = Counter()
    for d in docs.values(): df.update(d.keys())
    q = set(toks(task["query"]))
    sc = {}
    for path in cands:
        d = docs.get(path)
        if not d: continue
        dl = sum(d.values()); s = 0.0
        for w in q:
            tf = d.get(w, 0)
            if tf == 0: continue
            idf = math.log(1 + (N - df[w] + 0.5)/(df[w] + 0.5))
            s += idf * tf*(1.2+1)/(tf + 1.2*(1-0.75+0.75*dl/avgdl))
        if s > 0: sc[path] = s
    out[t["id"]] = sc
json.dump(out, open(f"hist-{MAXF}.json","w"))
print("done", len(out))
