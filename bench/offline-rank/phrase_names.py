"""Study: adjacent task words joined (template literal -> templateliteral, String assertion -> stringassert) as a
file-name match. Counts gold and other files in each task's top 30 whose file-name stem holds such a pair, and lists
the files below rank 5 it would concern.

    python3 phrase_names.py CONTRIB.jsonl TASKS.jsonl   # CONTRIB from ContributionLab
"""
import json,re,sys,os
sys.path.insert(0,'/work/main/bench/offline-rank')
from score import is_test
tasks={json.loads(l)["id"]:json.loads(l) for l in open(sys.argv[2])}
STOP=set("a an the of in on for to with and or is are be by at as from this that it its into when not no fix add use".split())
def stem(p):
    n=p.rsplit('/',1)[-1]; n=n.split('.')[0]
    return re.sub(r'[^a-z0-9]','',n.lower())
def pairs(q):
    w=re.findall(r"[A-Za-z][A-Za-z0-9]*",q)
    out=set()
    for i in range(len(w)-1):
        a,b=w[i].lower(),w[i+1].lower()
        if a in STOP or b in STOP or len(a)<3 or len(b)<3: continue
        out.add(a+b)
        # light: assertion->assert, s plural
        for bb in {b, b.rstrip('s'), re.sub(r'ion$','',b), re.sub(r'ions$','',b)}:
            if len(bb)>=3: out.add(a+bb)
        if w[i][0].isupper()==False and False: pass
    return out
g_hit=g_tot=o_hit=o_tot=0; moved=[]
for l in open(sys.argv[1]):
    t=json.loads(l); q=tasks[t["id"]]["query"]
    ps=pairs(q.split('\n')[0])
    r=[c for c in t["ranked"] if not is_test(c["path"])][:30]
    for i,c in enumerate(r):
        s=stem(c["path"]); hit=any(p in s for p in ps if p not in s[:0]) 
        # exclude pairs that are already a single written identifier? keep simple
        gold=c["path"] in t["gold"]
        if gold: g_tot+=1; g_hit+=hit
        else: o_tot+=1; o_hit+=hit
        if hit and i>=5: moved.append((t["id"],i+1,gold,c["path"],[p for p in ps if p in s]))
print("gold in top30 with phrase hit",g_hit,"/",g_tot,"  others",o_hit,"/",o_tot)
for m in moved[:60]: print(m)
