import json, math, os, re, sys
from importlib.machinery import SourceFileLoader
from collections import defaultdict
LARGE = {"assertj/assertj","gohugoio/hugo","prettier/prettier"}
# The test-file rule of scripts/eval (itself the mirror of shared-model TestPaths), not a third copy of it.
is_test = SourceFileLoader("memlayer_eval", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                                         "scripts", "eval")).load_module().is_test
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
def diversify(paths, top=10, per=4, crowding=0.75, scores=None, counts=lambda p: True):
    """FusionRanker.diversify: a directory's files beyond `per` compete for the top at score × crowding^k.
    Without scores (score order only) the hard cap (crowding 0) is applied. `counts` says which placed files use
    up their directory's places (all, as the engine does)."""
    if scores is None:
        scores = [1.0] * len(paths); crowding = 0.0
    placed = [False] * len(paths); out = []; cnt = defaultdict(int)
    d = lambda p: p.rsplit("/", 1)[0] if "/" in p else ""
    while len(out) < min(top, len(paths)):
        best, chosen, looked = None, None, 0
        for i, p in enumerate(paths):
            if placed[i]: continue
            looked += 1
            if looked > 50: break
            f = 1.0 if cnt[d(p)] < per else crowding ** (cnt[d(p)] - per + 1)
            v = scores[i] * f
            if best is None or v > best: best, chosen = v, i
        placed[chosen] = True; out.append(paths[chosen])
        if counts(paths[chosen]): cnt[d(paths[chosen])] += 1
    pushed = [paths[i] for i in range(min(top, len(paths))) if not placed[i]]
    for i in range(min(top, len(paths))): placed[i] = True
    return out + pushed + [p for i, p in enumerate(paths) if not placed[i]]
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
