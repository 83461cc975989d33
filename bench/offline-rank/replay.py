from score import *
W = dict(lexical=1.0, symbol=0.6, mention=1.0, path=0.4, graph=0.25, cochange=0.25, churn=0.1, recency=0.3, scope=0.5, past_commit=0.5, pinned=10.0)
DOC = {"markdown","text","json","yaml","toml","xml","properties"}
def wt(intent, s):
    if intent=="incident" and s=="mention": return 1.25
    if intent=="explore" and s=="path": return 0.7
    return W[s]
DATA_EXT = {"ini","cfg","conf","lock","mod","sum","svg"}
DOC_NAMES = {"readme", "license", "licence", "copying", "notice", "authors", "contributors", "maintainers", "owners",
             "codeowners", "changes", "changelog", "history", "news", "todo", "install", "patents", "version"}
def isdoc(c):
    """ManifestEntry.isDocument: by language, or an `other` file: without extension written in capitals or named like
    a document, a dotfile, a data format, a man page (another name without extension is a script: code)."""
    if c["lang"] in DOC: return True
    if c["lang"] != "other": return False
    written = c["path"].rsplit("/",1)[-1]; name = written.lower(); dot = name.rfind(".")
    if dot < 0: return written == written.upper() or name in DOC_NAMES
    ext = name[dot+1:]
    return dot == 0 or ext in DATA_EXT or (len(ext)==1 and "1" <= ext <= "9")
def base_score(t, c, by=None, extra=()):
    """The engine's score from contributions; `extra` names experimental signals to add in too."""
    by = by if by is not None else c["by"]
    s = sum(v for k,v in by.items() if k in W or k in extra)
    if c["test"] and t["intent"]!="test": s *= 0.4
    elif isdoc(c): s *= (0.7 if t["intent"]=="explore" else 0.15)
    return s
def norm(t, c, s): return c["by"].get(s,0.0)/wt(t["intent"], s)
def rank(tasks, fn, div=True):
    out = {}
    for t in tasks:
        sc = [(fn(t,c), c["path"]) for c in t["ranked"]]
        order = [p for s,p in sorted(sc, key=lambda x:(-x[0], x[1])) if s>0]
        ranked = sorted(sc, key=lambda x:(-x[0], x[1]))
        out[t["id"]] = diversify(order, scores=[s for s,p in ranked if s > 0]) if div else order
    return out
def both(tasks, fn, label):
    show(report(tasks, rank(tasks, fn, False)), label+" nodiv")
    show(report(tasks, rank(tasks, fn, True)),  label+" div  ")
