"""Symbol names the task names only in another inflection: "registering" → `register`, "deletes the
facts" → `deleteFacts`. The engine's symbol signal matches a whole name or a compound's parts exactly; this
adds the names whose every part has a Porter stem among the task words' stems (and that the exact rules
miss), counted like the engine's (idf of the name's definers in the view, a compound by its parts at
.5 of a unique compound, the best three per file summed) and added at weight W.
    EVAL_DB=… VERSIONS=… CONTRIB=… python3 stemmed_symbols.py        (needs: pip install snowballstemmer)"""
import os, sys, json, sqlite3, re, math
from collections import defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from replay import *
import snowballstemmer
PORTER = snowballstemmer.stemmer("porter")
STOP = set("""the and for with from into onto this that these those when then than not are was were been being has have had
its their there here which what who how why use used using also only just more most some any all each every can could should
would will may might must does did done make made get set add added adds fix fixed fixes issue issues""".split())
tasks = load()
queries = {json.loads(l)["id"]: json.loads(l)["query"] for l in open(os.environ.get("TASKS", "/work/shared/eval/dev-tasks.jsonl"))}
db = sqlite3.connect("file:%s?mode=ro" % os.environ["EVAL_DB"], uri=True)
ver = {l.split()[0]: (l.split()[1], int(l.split()[2])) for l in open(os.environ["VERSIONS"])}
sid = {(p, v): i for i, p, v in db.execute("select id, project_id, version from snapshots where status='ready'")}
CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
def parts(name):
    out = []
    for piece in re.split(r"[_$]+", name):
        out += [p.lower() for p in CAMEL.findall(piece)]
    return [p for p in out if p]
STEM = {}
def stem(w):
    s = STEM.get(w)
    if s is None: s = STEM[w] = PORTER.stemWord(w)
    return s
print("loading symbols", file=sys.stderr)
by_hash = defaultdict(list)
ext_hash = dict(db.execute("select id, content_hash from extractions"))
for eid, name, kind, exported in db.execute("select extraction_id, name, kind, exported from symbols"):
    by_hash[ext_hash[eid]].append((name, kind, exported))
DATA = {"variable", "field", "property", "constant"}
VIEWS = {}
def view(pid, v):
    """path → [(lower name, parts, compound, local data)], and lower name → definers, for the snapshot."""
    key = (pid, v)
    if key not in VIEWS:
        s = sid[key]; files = {}; definers = defaultdict(int)
        for path, h in db.execute("select path, content_hash from manifest where project_id=? and start_snapshot<=? and (end_snapshot is null or end_snapshot>?)", (pid, s, s)):
            names = {}
            for name, kind, exported in by_hash.get(h, ()):
                if len(name) < 3: continue
                low = name.lower()
                if low in names: continue
                ps = parts(name)
                names[low] = (ps, len(ps) >= 2, kind in DATA and not exported)
            files[path] = names
            for low in names: definers[low] += 1
        VIEWS.clear(); VIEWS[key] = (files, definers)
    return VIEWS[key]
STEMMED = {}
for t in sorted(tasks, key=lambda t: ver[t["id"]]):
    pid, v = ver[t["id"]]
    files, definers = view(pid, v)
    n = len(files)
    words = set(w.lower() for ident in re.findall(r"[A-Za-z0-9_$]+", queries[t["id"]]) for w in [ident] + parts(ident))
    words = {w for w in words if len(w) >= 3 and w not in STOP and not w.isdigit()}
    stems = {stem(w) for w in words}
    scale = 2.0 * math.log(1 + n)
    per = {}
    for c in t["ranked"]:
        hits = []
        for low, (ps, compound, local) in files.get(c["path"], {}).items():
            if not ps: continue
            exact = low in words or (compound and all(p in words for p in ps))
            if exact or not all(stem(p) in stems for p in ps): continue
            idf = math.log(1 + n / definers[low])
            val = idf * (2.0 * 0.5 if compound else 1.0) * (0.4 if local else 1.0)
            hits.append(val / scale)
        per[c["path"]] = sum(sorted(hits, reverse=True)[:3])
    STEMMED[t["id"]] = per
def fmt(rows): return " ".join(f"{k.split('/')[-1][:6]}={v[0]:.3f}/{v[1]:.3f}" for k, v in rows.items())
print("base     ", fmt(report(tasks, rank(tasks, lambda t, c: base_score(t, c)))))
for w in (0.1, 0.25, 0.5):
    def f(t, c, w=w):
        by = dict(c["by"]); by["stem"] = w * STEMMED[t["id"]].get(c["path"], 0.0)
        return base_score(t, c, by, extra=("stem",))
    print(f"stem {w:<4}", fmt(report(tasks, rank(tasks, f))))
hit = sum(1 for t in tasks for p, s in STEMMED[t["id"]].items() if s > 0 and p in t["gold"])
any_ = sum(1 for t in tasks for p, s in STEMMED[t["id"]].items() if s > 0)
print(f"candidates with a stemmed match: {any_}, of them gold: {hit}")
