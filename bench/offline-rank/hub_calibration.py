"""Hub calibration (leave one task out): a file's score × ((times gold + α·P) / (times in the top five + α) / P)^β,
counted over the other tasks of the same repository, P the share of top-five places that are gold. CONTRIB=… python3 hub_calibration.py"""
import os,sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from replay import *
from collections import defaultdict, Counter
tasks=load()
base=rank(tasks, lambda t,c: base_score(t,c))
def fmt(rows): return " ".join(f"{k.split('/')[-1][:6]}={v[0]:.3f}/{v[1]:.3f}" for k,v in rows.items() if k in ('large','all') or os.environ.get('V'))
print("base", fmt(report(tasks, base)))
byrepo=defaultdict(list)
for t in tasks: byrepo[t["repo"]].append(t)
top5={t["id"]:[p for p in base[t["id"]] if not is_test(p)][:5] for t in tasks}
for alpha in (1,2,5):
  for beta in (0.25,0.5,1.0):
    out={}
    for t in tasks:
        n5=Counter(); g=Counter()
        others=[o for o in byrepo[t["repo"]] if o["id"]!=t["id"]]
        for o in others:
            for p in top5[o["id"]]: n5[p]+=1
            for p in o["gold"]: g[p]+=1
        P=sum(g.values())/max(1,sum(n5.values()))
        def f(t,c):
            p=c["path"]
            r=((g[p]+alpha*P)/(n5[p]+alpha))/P
            return base_score(t,c)*r**beta
        out[t["id"]]=rank([t],f)[t["id"]]
    print(alpha,beta,fmt(report(tasks,out)))
