"""Pseudo-relevance feedback (RM3-style) on plain BM25: the words that stand out in the first pass's top K files
join the query at weight LAMBDA for a second pass. K, TERMS, LAMBDA by environment.
    [TASKS=…] ALL=1 K=5 TERMS=10 LAMBDA=0.3 python3 prf_bm25.py OUT.jsonl"""
import json, os, sys, math
from collections import Counter
from plain_bm25 import rank_task, gitdir
K=int(os.environ.get("K","5")); TERMS=int(os.environ.get("TERMS","10")); LAMBDA=float(os.environ.get("LAMBDA","0.3"))
def expand(_docs, first, idf, by_path):
    top=first[:K]
    if not top or top[0][0] <= 0: return {}
    mx=top[0][0]; rel=Counter()
    for s,p in top:
        d=by_path[p]; L=sum(d.values()) or 1
        for w,f in d.items(): rel[w]+= (s/mx) * (f/L) * idf(w)
    best=rel.most_common(TERMS)
    if not best: return {}
    m=best[0][1]
    return {w: LAMBDA*v/m for w,v in best}
if __name__=="__main__":
    out=open(sys.argv[1],"w")
    for l in open(os.environ.get('TASKS','../shared/eval/dev-tasks.jsonl')):
        t=json.loads(l)
        r=rank_task(gitdir(t["repo"]),t,expand=expand if LAMBDA>0 else None)
        out.write(json.dumps({"id":t["id"],"ranked":[p for p,_ in r[:400]],"scores":[round(s,4) for _,s in r[:400]]})+"\n"); out.flush()
