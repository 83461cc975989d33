"""A plain BM25 over whole files, after ../shared/eval/baseline.md's description, from the git mirrors (a study, not
the baseline itself: its exact tokenizer is unknown). Writes per task the files in BM25 order with their scores.

    [TASKS=…] [ALL=1] [PATH_IN=0] [WHOLE=1] [CAP=4] [B=0.6] [STEM=0] [PORTER=1] python3 plain_bm25.py OUT.jsonl [owner/name]

ALL=1 ranks every non-test text file (as the engine does), not only the source files of the task rules;
PATH_IN=0 leaves the path out of the document; WHOLE=1 adds whole identifiers beside their parts; CAP caps a
term's count per file; B is BM25's length normalisation; STEM=0 keeps words unstemmed,
PORTER=1 stems them as FTS5's porter tokenizer does (pip install snowballstemmer). MIRRORS is the folder of fetched git mirrors."""
import json, re, subprocess, sys, math, os
from collections import Counter, defaultdict
from score import is_test
SRC=set(".java .kt .scala .py .ts .tsx .js .jsx .mjs .cjs .go .rs .c .h .cpp .cs .rb .php .swift".split())
EXCL_DIR=("vendor/","node_modules/","dist/","build/","target/","docs/","_vendor/","vendors/","src/main/javadoc/")
def is_src(p):
    name=p.rsplit('/',1)[-1]
    if any(seg.startswith('.') for seg in p.split('/')[:-1]): return False
    if any(('/'+p).find('/'+d)>=0 for d in EXCL_DIR): return False
    if re.search(r'\.config\.(js|ts|mjs|cjs)$',name) or name.endswith('.min.js') or name.startswith('zz_generated') or name.endswith('.pb.go') or name.endswith('.autogen.go'): return False
    if name=='conf.py' and 'doc' in p: return False
    ext='.'+name.rsplit('.',1)[-1] if '.' in name else ''
    return ext in SRC and not is_test(p)
STOP=set("""a an the and or but if then else of to in on at by for with from into onto is are was were be been being it its this that these those as not no
do does did done can could should would will shall may might must have has had having i we you he she they them our your their my me us so such than too very
just also only all any some each every more most other same own both few new now when where which who whom whose why how what there here up down out over under again
further once about after before between through during without within while use used using get set add added adds make made fix fixed fixes fixing issue issues""".split())
STEM=os.environ.get("STEM","1")=="1"
PORTER=None
if os.environ.get("PORTER")=="1":
    import snowballstemmer
    PORTER=snowballstemmer.stemmer("porter")
def stem(w):
    if not STEM: return w
    if PORTER: return PORTER.stemWord(w)
    for suf in ("ies","es","s","ing","ed"):
        if w.endswith(suf) and len(w)-len(suf)>=3:
            if suf=="ies": return w[:-3]+"y"
            return w[:-len(suf)]
    return w
CAMEL=re.compile(r'[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+')
def toks(text, whole=False):
    out=[]
    for ident in re.findall(r'[A-Za-z0-9_]+', text):
        parts=[]
        for piece in ident.split('_'):
            parts+=CAMEL.findall(piece)
        for p in parts:
            p=p.lower()
            if len(p)<2 or p.isdigit() or p in STOP: continue
            out.append(stem(p))
        if whole and len(parts)>1:
            out.append(ident.lower())
    return out
def git(gd,*a, inp=None):
    return subprocess.run(["git","--git-dir",gd,*a],input=inp,capture_output=True,check=True).stdout
CACHE={}
ALL=os.environ.get("ALL")=="1"
PATH_IN=os.environ.get("PATH_IN","1")=="1"
WHOLE=os.environ.get("WHOLE")=="1"
CAP=int(os.environ.get("CAP","0"))
MAXB=int(os.environ.get("MAXB","0"))
def blobs_tf(gd, shas):
    need=[s for s in shas if s not in CACHE]
    if need:
        out=git(gd,"cat-file","--batch",inp=("\n".join(need)+"\n").encode())
        i=0
        for s in need:
            nl=out.index(b"\n",i); hdr=out[i:nl].split(); size=int(hdr[2])
            data=out[nl+1:nl+1+size]; i=nl+1+size+1
            txt=data.decode('utf-8','replace')
            if MAXB: txt=txt[:MAXB]
            c=Counter(toks(txt,WHOLE))
            if CAP: c=Counter({k:min(v,CAP) for k,v in c.items()})
            CACHE[s]=c
    return [CACHE[s] for s in shas]
def rank_task(gd, t, k1=1.2, b=float(os.environ.get('B','0.75')), path_in=None, weights=None, expand=None):
    """Files of the task's parent by BM25 of its query; `weights` (term → factor) weighs query terms, 1 by default;
    `expand(docs, first_ranking)` may return more query terms with their weights for a second pass (feedback)."""
    path_in=PATH_IN if path_in is None else path_in
    ls=git(gd,"ls-tree","-r",t["parent"]).decode().splitlines()
    files=[]
    for l in ls:
        meta,p=l.split("\t",1); _,typ,sha=meta.split()
        if typ=="blob" and (is_src(p) if not ALL else (not is_test(p) and not re.search(r"\.(png|jpg|gif|ico|jar|zip|gz|woff2?|ttf|eot|pdf|svg|wasm|lock)$",p) and not p.endswith("package-lock.json"))): files.append((p,sha))
    tfs=blobs_tf(gd,[s for _,s in files])
    docs=[]
    for (p,_),tf in zip(files,tfs):
        d=Counter(tf)
        if path_in: d.update(toks(p))
        docs.append(d)
    N=len(docs); avg=sum(sum(d.values()) for d in docs)/N
    df=Counter()
    for d in docs: df.update(d.keys())
    q=Counter(toks(t["query"]))
    def idf(w): return math.log(1+(N-df[w]+.5)/(df[w]+.5))
    scores=score_docs(files, docs, q, idf, avg, k1, b, weights)
    if expand:
        extra=expand([d for _,d in sorted(zip([p for p,_ in files], docs), key=lambda x: x[0])], scores, idf, dict(zip([p for p,_ in files], docs)))
        if extra:
            w2=dict(weights or {}); w2.update({w: v for w, v in extra.items() if w not in q})
            q2=Counter(q); q2.update({w: 1 for w in extra if w not in q})
            scores=score_docs(files, docs, q2, idf, avg, k1, b, w2)
    return [(p,s) for s,p in scores]
def score_docs(files, docs, q, idf, avg, k1, b, weights):
    scores=[]
    for (p,_),d in zip(files,docs):
        L=sum(d.values()); s=0.0
        for w,qf in q.items():
            f=d.get(w,0)
            if not f: continue
            s+=(weights.get(w,1.0) if weights else 1.0)*idf(w)*f*(k1+1)/(f+k1*(1-b+b*L/avg))
        scores.append((s,p))
    scores.sort(key=lambda x:(-x[0],x[1]))
    return scores
def gitdir(repo):
    d=os.path.join(os.environ.get("MIRRORS","/work/.mirror"), repo.replace("/","+"), "repo")
    return d
if __name__=="__main__":
    out=open(sys.argv[1],"w")
    repo_only=sys.argv[2] if len(sys.argv)>2 else None
    for l in open(os.environ.get('TASKS','../shared/eval/dev-tasks.jsonl')):
        t=json.loads(l)
        if repo_only and t["repo"]!=repo_only: continue
        r=rank_task(gitdir(t["repo"]),t)
        out.write(json.dumps({"id":t["id"],"ranked":[p for p,_ in r[:400]],"scores":[round(s,4) for _,s in r[:400]]})+"\n"); out.flush()
