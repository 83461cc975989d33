"""MaxP: BM25 over line windows of each file; a file's score = its best window. OUT.jsonl [repo]"""
import json, os, re, sys, math
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("ALL", "1")
import plain_bm25 as pb
W = int(os.environ.get("WIN", "40")); S = W // 2
PCACHE = {}
def windows(gd, shas):
    need = [s for s in shas if s not in PCACHE]
    if need:
        out = pb.git(gd, "cat-file", "--batch", inp=("\n".join(need) + "\n").encode())
        i = 0
        for s in need:
            nl = out.index(b"\n", i); size = int(out[i:nl].split()[2])
            txt = out[nl+1:nl+1+size].decode("utf-8", "replace"); i = nl + 1 + size + 1
            lines = txt.split("\n")[:5000]
            post = defaultdict(list); lens = []
            starts = list(range(0, max(1, len(lines) - S), S)) or [0]
            for wi, st in enumerate(starts):
                c = Counter(pb.toks("\n".join(lines[st:st+W])))
                lens.append(sum(c.values()))
                for k, v in c.items(): post[k].append((wi, v))
            PCACHE[s] = (lens, dict(post))
    return [PCACHE[s] for s in shas]
def rank_task(gd, t, k1=1.2, b=0.75):
    ls = pb.git(gd, "ls-tree", "-r", t["parent"]).decode().splitlines()
    files = []
    for l in ls:
        meta, p = l.split("\t", 1); _, typ, sha = meta.split()
        if typ == "blob" and not pb.is_test(p) and not re.search(r"\.(png|jpg|gif|ico|jar|zip|gz|woff2?|ttf|eot|pdf|svg|wasm|lock)$", p) and not p.endswith("package-lock.json"):
            files.append((p, sha))
    ws = windows(gd, [s for _, s in files])
    q = [w for w in Counter(pb.toks(t["query"]))]
    ptoks = [Counter(pb.toks(p)) for p, _ in files]
    nwin = sum(len(l) for l, _ in ws); avg = sum(sum(l) for l, _ in ws) / max(1, nwin)
    avg += sum(sum(c.values()) for c in ptoks) / max(1, len(files))
    df = Counter()
    for (lens, post), pt in zip(ws, ptoks):
        for w in q:
            if w in pt: df[w] += len(lens)
            elif w in post: df[w] += len(post[w])
    out = []
    for (p, _), (lens, post), pt in zip(files, ws, ptoks):
        acc = defaultdict(float); plen = sum(pt.values())
        for w in q:
            if not df[w]: continue
            idf = math.log(1 + (nwin - df[w] + .5) / (df[w] + .5))
            tfw = {wi: v for wi, v in post.get(w, [])}
            wins = range(len(lens)) if pt.get(w) else tfw.keys()
            for wi in wins:
                f = tfw.get(wi, 0) + pt.get(w, 0)
                L = lens[wi] + plen
                acc[wi] += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * L / avg))
        if acc: out.append((max(acc.values()), p))
    out.sort(key=lambda x: (-x[0], x[1]))
    return [(p, s) for s, p in out]
if __name__ == "__main__":
    out = open(sys.argv[1], "w"); repo_only = sys.argv[2] if len(sys.argv) > 2 else None
    for l in open(os.environ.get("TASKS", "/work/shared/eval/dev-tasks.jsonl")):
        t = json.loads(l)
        if repo_only and t["repo"] != repo_only: continue
        r = rank_task(pb.gitdir(t["repo"]), t)
        out.write(json.dumps({"id": t["id"], "ranked": [p for p, _ in r[:400]], "scores": [round(s, 4) for _, s in r[:400]]}) + "\n"); out.flush()
