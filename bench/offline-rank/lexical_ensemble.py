"""A second lexical ranker (plain_bm25.py's output) fused into the engine's contributions: alone, replacing the
engine's lexical, added beside it, or mixed into it. CONTRIB=… [TOPK=100] python3 lexical_ensemble.py BM25.jsonl"""
import sys, json, os
from replay import *
tasks=load()
TOPK=int(os.environ.get("TOPK","0")) or None  # only the plain ranker's best TOPK files count, as an index search would give
bm={}
for l in open(sys.argv[1]):
    r=json.loads(l); mx=max(r['scores']) or 1
    bm[r['id']]={p:s/mx for p,s in list(zip(r['ranked'],r['scores']))[:TOPK]}
def fmt(rows): return " ".join(f"{k.split('/')[-1][:6]}={v[0]:.3f}/{v[1]:.3f}/{v[2]:.3f}" for k,v in rows.items())
print("base      ", fmt(report(tasks, rank(tasks, lambda t,c: base_score(t,c)))))
# bm alone over engine candidates
print("bm alone  ", fmt(report(tasks, rank(tasks, lambda t,c: bm[t['id']].get(c['path'],0)+1e-9*c['score']))))
for w in (1.0,):
    def rep(t,c,w=w):
        by=dict(c['by']); by['lexical']=w*bm[t['id']].get(c['path'],0.0); return base_score(t,c,by)
    print(f"replace {w}", fmt(report(tasks, rank(tasks, rep))))
for w in (0.25,0.5,0.75,1.0):
    def add(t,c,w=w):
        by=dict(c['by']); by['bm']=w*bm[t['id']].get(c['path'],0.0); return base_score(t,c,by,extra=('bm',))
    print(f"add {w}    ", fmt(report(tasks, rank(tasks, add))))
for w in (0.5,0.75):
    def mix(t,c,w=w):
        by=dict(c['by']); by['lexical']=(1-w)*by.get('lexical',0)+w*bm[t['id']].get(c['path'],0.0); return base_score(t,c,by)
    print(f"mix {w}    ", fmt(report(tasks, rank(tasks, mix))))
