"""coverage.py's output fused into the engine's contributions: added (w × coverage^p) or multiplying. CONTRIB=… python3 coverage_fuse.py COV.jsonl"""
import sys, json, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from replay import *
tasks=load()
C={}
for l in open(sys.argv[1]):
    r=json.loads(l); C[r['id']]=r['cov']
def fmt(rows): return " ".join(f"{k.split('/')[-1][:6]}={v[0]:.3f}/{v[1]:.3f}" for k,v in rows.items())
print("base        ", fmt(report(tasks, rank(tasks, lambda t,c: base_score(t,c)))))
for p in (1,2,3):
  for w in (0.1,0.2,0.3,0.5):
    def f(t,c,w=w,p=p):
        by=dict(c['by']); by['cov']=w*C[t['id']].get(c['path'],0.0)**p
        return base_score(t,c,by,extra=('cov',))
    print(f"cov^{p} w={w}", fmt(report(tasks, rank(tasks, f))))
  for w in (0.5,):
    def g(t,c,w=w,p=p):
        s=base_score(t,c); cv=C[t['id']].get(c['path'],0.0)**p
        return s*(1-w+w*cv)
    print(f"mult^{p} w={w}", fmt(report(tasks, rank(tasks, g))))
