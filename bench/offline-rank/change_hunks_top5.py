# Experiment: the change-hunk evidence (change_hunks.py) as a second stage that only reorders the engine's top
# k non-test files (k 3, 5), so recall@k stays as it is: score + w × evidence / the task's best.  MODE as there.
import os
from change_hunks import *
tasks = load()
base = rank(tasks, lambda t, c: base_score(t, c), True)
show(report(tasks, base), "base")
mode = os.environ.get("MODE", "ar")
H = {t["id"]: evidence(T[t["id"]], mode, "max") for t in tasks}
for k in (3, 5):
    for w in (0.2, 0.3, 0.5, 1.0):
        out = {}
        for t in tasks:
            by = {c["path"]: c for c in t["ranked"]}
            h = H[t["id"]]; best = max(h.values()) if h else 1
            head = [p for p in base[t["id"]] if not is_test(p)][:k]
            fused = {p: base_score(t, by[p]) + w * h.get(p, 0) / best for p in head}
            out[t["id"]] = sorted(head, key=lambda p: -fused[p]) + [p for p in base[t["id"]] if p not in head]
        show(report(tasks, out), f"top{k} w{w}")
