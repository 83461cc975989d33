"""History signals (past commits, co-change, churn, recency) scaled down when the text is clear: the task's lexical
scores fall off steeply after the best few files."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from replay import *
tasks = load()
HIST = ("past_commit", "cochange", "churn", "recency")
def fmt(rows): return " ".join(f"{k.split('/')[-1][:6]}={v[0]:.3f}/{v[1]:.3f}" for k, v in rows.items() if k in ('large', 'all') or os.environ.get('V'))
print("base", fmt(report(tasks, rank(tasks, lambda t, c: base_score(t, c)))))
CL = {}
for t in tasks:
    lx = sorted([c["by"].get("lexical", 0) for c in t["ranked"] if not c["test"] and not isdoc(c)], reverse=True) + [0] * 10
    CL[t["id"]] = (lx[0] - lx[4]) if lx[0] > 0 else 0.0   # lexical is scaled to [0, 1]
for a in (0.25, 0.5, 1.0):
    for mode in ("hist", "hist+graph"):
        keys = HIST + (("graph",) if mode == "hist+graph" else ())
        def f(t, c, a=a, keys=keys):
            m = max(0.0, 1 - a * CL[t["id"]])
            by = {k: (v * m if k in keys else v) for k, v in c["by"].items()}
            return base_score(t, c, by)
        print(a, mode, fmt(report(tasks, rank(tasks, f))))
    def g(t, c, a=a):
        m = 1 + a * (0.5 - CL[t["id"]])
        by = {k: (v * m if k in HIST else v) for k, v in c["by"].items()}
        return base_score(t, c, by)
    print(a, "centred", fmt(report(tasks, rank(tasks, g))))
