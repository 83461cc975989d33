"""A reserved top-five place for the best one or two files of one signal. CONTRIB=… python3 reserved_places.py"""
import os,sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from replay import *
tasks=load()
base=rank(tasks, lambda t,c: base_score(t,c))
def fmt(rows): return " ".join(f"{k.split('/')[-1][:6]}={v[0]:.3f}/{v[1]:.3f}" for k,v in rows.items() if k in ('large','all') or os.environ.get('V'))
print("base", fmt(report(tasks, base)))
for sig in ("lexical","symbol","past_commit","path","mention"):
  for k in (1,2):
    for pos in (3,5):
        out={}
        for t in tasks:
            order=[p for p in base[t["id"]]]
            src=[p for p in order if not is_test(p)]
            cs=[c for c in t["ranked"] if not c["test"] and not isdoc(c) and c["by"].get(sig,0)>0]
            cs.sort(key=lambda c:-c["by"][sig])
            for c in cs[:k]:
                p=c["path"]
                if p in src and src.index(p)>=pos:
                    src.remove(p); src.insert(pos-1,p)
            out[t["id"]]=src
        print(sig,k,pos,fmt(report(tasks,out)))
