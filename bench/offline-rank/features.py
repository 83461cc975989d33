import json, math, sys
import numpy as np
from collections import defaultdict
from score import *
SIG = ["lexical","symbol","path","mention","past_commit","graph","cochange","churn","recency","scope"]
DOC = {"markdown","text","json","yaml","toml","xml","properties"}
def feats(t, c, extra=True):
    by = c["by"]
    v = [by.get(s,0.0) for s in SIG]
    if extra:
        text = by.get("lexical",0)+by.get("symbol",0)+by.get("path",0)+by.get("mention",0)
        v += [1.0 if c["test"] else 0.0,
              1.0 if (c["lang"] in DOC or (c["lang"]=="other" and "." not in c["path"].rsplit("/",1)[-1])) else 0.0,
              math.log1p(c["lines"])/8,
              text*by.get("cochange",0), text*by.get("graph",0), text*by.get("past_commit",0),
              1.0 if by.get("lexical",0)>0 else 0.0,
              ]
    return v
def build(tasks, extra=True):
    X, y, qid = [], [], []
    for i,t in enumerate(tasks):
        gold=set(t["gold"])
        for c in t["ranked"]:
            X.append(feats(t,c,extra)); y.append(1 if c["path"] in gold else 0); qid.append(i)
    return np.array(X), np.array(y), np.array(qid)
def rank_with(tasks, scorefn):
    out = {}
    for t in tasks:
        X = np.array([feats(t,c) for c in t["ranked"]])
        s = scorefn(X)
        order = sorted(range(len(t["ranked"])), key=lambda i: (-s[i], t["ranked"][i]["path"]))
        out[t["id"]] = diversify([t["ranked"][i]["path"] for i in order])
    return out
def pairwise(X, y, qid, per_q=200, rng=np.random.default_rng(0)):
    A, b = [], []
    for q in np.unique(qid):
        idx = np.where(qid==q)[0]
        pos = idx[y[idx]==1]; neg = idx[y[idx]==0]
        if len(pos)==0 or len(neg)==0: continue
        # hard negatives: top by current sum
        for p in pos:
            ns = neg if len(neg)<=per_q else rng.choice(neg, per_q, replace=False)
            for n in ns:
                A.append(X[p]-X[n]); b.append(1)
                A.append(X[n]-X[p]); b.append(0)
    return np.array(A), np.array(b)
