"""idf-weighted share of the task's distinct terms a file contains (coordination), from the git mirrors."""
import json, sys, os, math, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plain_bm25 as pb
from collections import Counter
out=open(sys.argv[1],'w')
for l in open(os.environ.get('TASKS','../shared/eval/dev-tasks.jsonl')):
    t=json.loads(l); gd=pb.gitdir(t['repo'])
    ls=pb.git(gd,"ls-tree","-r",t["parent"]).decode().splitlines()
    files=[]
    for x in ls:
        meta,p=x.split("\t",1); _,typ,sha=meta.split()
        if typ=="blob" and not pb.is_test(p) and not re.search(r"\.(png|jpg|gif|ico|jar|zip|gz|woff2?|ttf|eot|pdf|wasm)$",p): files.append((p,sha))
    tfs=pb.blobs_tf(gd,[s for _,s in files])
    docs=[set(tf.keys())|set(pb.toks(p)) for (p,_),tf in zip(files,tfs)]
    N=len(docs); df=Counter()
    for d in docs: df.update(d)
    q=set(pb.toks(t['query']))
    q={w for w in q if df[w]>0}
    idf={w:math.log(1+(N-df[w]+.5)/(df[w]+.5)) for w in q}
    tot=sum(idf.values()) or 1
    cov={p:round(sum(idf[w] for w in q if w in d)/tot,4) for (p,_),d in zip(files,docs)}
    out.write(json.dumps({"id":t['id'],"cov":{p:v for p,v in cov.items() if v>0}})+"\n")
