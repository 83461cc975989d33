from replay import *
import sys
tasks = load()
H = json.load(open(sys.argv[1]))
show(report(tasks, rank(tasks, lambda t,c: base_score(t,c), True)), "base      ")
for w in [float(x) for x in __import__("os").environ.get("WS","0.1,0.2,0.3,0.5").split(",")]:
    def fn(t,c):
        h = H[t["id"]]; m = max(h.values()) if h else 1
        return base_score(t, c, dict(c["by"], hist=w * h.get(c["path"],0)/m), extra=("hist",))
    show(report(tasks, rank(tasks, fn, True)), f"hist w{w} ")
# alone
show(report(tasks, rank(tasks, lambda t,c: H[t["id"]].get(c["path"],0) * (0.4 if c["test"] else 1), True)), "hist alone")
