from replay import *
tasks = load()
both(tasks, lambda t,c: base_score(t,c), "base")
def text(t,c): return max(norm(t,c,s) for s in ("lexical","symbol","mention","path"))
def gate(f, sigs=("cochange",), cond=None):
    def fn(t,c):
        by = dict(c["by"])
        if cond is None or cond(t):
            g = f + (1-f)*text(t,c)
            for s in sigs:
                if s in by: by[s] *= g
        return base_score(t,c,by)
    return fn
for f in (0.25, 0.5):
    both(tasks, gate(f), f"gate cc f{f}")
# task-level strength: the best lexical contribution among candidates relative... lexical is normalized so max=1 always.
