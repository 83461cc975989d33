"""Directory diversity where test files do not use up a directory's free places (or are left out of it)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from replay import *
tasks = load()
def fmt(rows): return " ".join(f"{k.split('/')[-1][:6]}={v[0]:.3f}/{v[1]:.3f}" for k, v in rows.items() if k in ('large', 'all') or os.environ.get('V'))
def run(mode):
    out = {}
    for t in tasks:
        sc = sorted([(base_score(t, c), c["path"]) for c in t["ranked"]], key=lambda x: (-x[0], x[1]))
        sc = [x for x in sc if x[0] > 0]
        paths = [p for s, p in sc]; scores = [s for s, p in sc]
        if mode == "base": out[t["id"]] = diversify(paths, scores=scores)
        elif mode == "nocount": out[t["id"]] = diversify(paths, scores=scores, counts=lambda p: not is_test(p))
        elif mode == "sources":  # diversify the sources alone; tests keep their score places after
            src = [(s, p) for s, p in sc if not is_test(p)]
            out[t["id"]] = diversify([p for s, p in src], scores=[s for s, p in src])
    return out
for m in ("base", "nocount", "sources"):
    print(m, fmt(report(tasks, run(m))))
