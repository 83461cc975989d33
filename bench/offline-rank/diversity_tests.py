"""Directory diversity where test files do not use up a directory's free places (or are left out of it)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from replay import *
from collections import defaultdict
tasks = load()
def fmt(rows): return " ".join(f"{k.split('/')[-1][:6]}={v[0]:.3f}/{v[1]:.3f}" for k, v in rows.items() if k in ('large', 'all') or os.environ.get('V'))
def div2(paths, scores, top=10, per=4, crowding=0.75, count_tests=False, window=50):
    placed = [False] * len(paths); out = []; cnt = defaultdict(int)
    d = lambda p: p.rsplit("/", 1)[0] if "/" in p else ""
    while len(out) < min(top, len(paths)):
        best, chosen, looked = None, None, 0
        for i, p in enumerate(paths):
            if placed[i]: continue
            looked += 1
            if looked > window: break
            f = 1.0 if cnt[d(p)] < per else crowding ** (cnt[d(p)] - per + 1)
            v = scores[i] * f
            if best is None or v > best: best, chosen = v, i
        placed[chosen] = True; out.append(paths[chosen])
        if count_tests or not is_test(paths[chosen]): cnt[d(paths[chosen])] += 1
    pushed = [paths[i] for i in range(min(top, len(paths))) if not placed[i]]
    for i in range(min(top, len(paths))): placed[i] = True
    return out + pushed + [p for i, p in enumerate(paths) if not placed[i]]
def run(mode):
    out = {}
    for t in tasks:
        sc = sorted([(base_score(t, c), c["path"]) for c in t["ranked"]], key=lambda x: (-x[0], x[1]))
        sc = [x for x in sc if x[0] > 0]
        paths = [p for s, p in sc]; scores = [s for s, p in sc]
        if mode == "base": out[t["id"]] = div2(paths, scores, count_tests=True)
        elif mode == "nocount": out[t["id"]] = div2(paths, scores, count_tests=False)
        elif mode == "sources":  # diversify the sources alone; tests keep their score places after
            src = [(s, p) for s, p in sc if not is_test(p)]
            out[t["id"]] = div2([p for s, p in src], [s for s, p in src], count_tests=True)
    return out
for m in ("base", "nocount", "sources"):
    print(m, fmt(report(tasks, run(m))))
