from replay import *
import sys
tasks = load()
H = json.load(open(sys.argv[1]))
show(report(tasks, rank(tasks, lambda t,c: base_score(t,c), True)), "base      ")
for w in [float(x) for x in __import__("os").environ.get("WS","0.1,0.2,0.3,0.5").split(",")]:
    def fn(t,c):
        h = H[t["id"]]; m = max(h.values()) if h else 1
        by = dict(c["by"]); by["hist"] = w * h.get(c["path"],0)/m
        s = sum(v for k,v in by.items() if k in W or k=="hist")
        if c["test"] and t["intent"]!="test": s *= 0.4
        elif isdoc(c): s *= (0.7 if t["intent"]=="explore" else 0.15)
        return s
    show(report(tasks, rank(tasks, fn, True)), f"hist w{w} ")
# alone
show(report(tasks, rank(tasks, lambda t,c: H[t["id"]].get(c["path"],0) * (0.4 if c["test"] else 1), True)), "hist alone")
