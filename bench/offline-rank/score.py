import json, math, re, sys
from collections import defaultdict
TEST_DIRS = {"test","tests","__tests__","spec","specs","testing","e2e","testsuite"}
TEST_SUFFIXES = ("Tests","Test","IT","Spec","_test","_spec",".test",".spec","-test","-spec")
LARGE = {"assertj/assertj","gohugoio/hugo","prettier/prettier"}
def is_test(path):
    parts = path.lower().split("/")
    if any(p in TEST_DIRS for p in parts[:-1]):
        return True
    name = path.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
    if any(len(stem) > len(s) and stem.endswith(s) for s in TEST_SUFFIXES):
        return True
    return (stem.startswith("test_") and len(stem) > 5) or (
        stem.startswith("Test") and len(stem) > 4 and stem[4].isupper())
def load(path=__import__("os").environ.get("CONTRIB","contrib.jsonl")):
    return [json.loads(l) for l in open(path)]
def metrics(ranked, gold):
    r = [p for p in ranked if not is_test(p)]
    g = set(gold)
    rec = lambda k: len(g & set(r[:k]))/len(g)
    mrr = 0.0
    for i,p in enumerate(r):
        if p in g: mrr = 1/(i+1); break
    return dict(r1=rec(1), r5=rec(5), r10=rec(10), mrr=mrr)
def diversify(paths, top=10, per=4):
    out, deferred, rest, cnt = [], [], [], defaultdict(int)
    for p in paths:
        if len(out) >= top: rest.append(p); continue
        d = p.rsplit("/",1)[0] if "/" in p else ""
        if cnt[d] >= per: deferred.append(p)
        else: cnt[d]+=1; out.append(p)
    return out+deferred+rest
def report(tasks, rankings, label=""):
    per = defaultdict(list)
    for t in tasks:
        m = metrics(rankings[t["id"]], t["gold"])
        per[t["repo"]].append(m)
        per["all"].append(m)
        if t["repo"] in LARGE: per["large"].append(m)
    avg = lambda ms,k: sum(m[k] for m in ms)/len(ms)
    rows = {}
    for k in sorted(per, key=lambda x: (x in ("large","all"), x)):
        rows[k] = (avg(per[k],"r5"), avg(per[k],"mrr"), avg(per[k],"r10"))
    return rows
def show(rows, label=""):
    print(label, " ".join(f"{k.split('/')[-1][:6]}={v[0]:.3f}/{v[1]:.3f}" for k,v in rows.items()))
if __name__ == "__main__":
    tasks = load()
    rk = {t["id"]: [c["path"] for c in t["ranked"]] for t in tasks}
    show(report(tasks, rk), "rank order (scripts/eval)")
    rk = {t["id"]: [c["path"] for c in sorted(t["ranked"], key=lambda c: -c["score"])] for t in tasks}
    show(report(tasks, rk), "score order (old harness)")
