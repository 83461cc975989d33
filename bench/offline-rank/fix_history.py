"""Study: a FixCache-style prior (Kim et al. 2007): files that past bug-fix commits touched lately are likelier
to be fixed again. Per task, for each candidate: sum over earlier bug-like commits touching it of
exp(-age / TAU days) (age from the parent's commit time; commits of more than BIG files skipped), scaled to the
task's best candidate, + W × that, for INTENTS (comma list, default bugfix). ALL=1 counts every commit instead
(the control: that is the recency prior we already have). Needs REPOS=owner/name=GIT_DIR,...
CONTRIB=… TASKS=… REPOS=… W=.1 TAU=90 python3 fix_history.py"""
import json, math, os, re, subprocess, sys
from collections import defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score
BUG = re.compile(r"\b(fix(e[sd])?|fixing|bug(s|fix)?|issue|error|crash(es)?|regression|wrong|incorrect|broken|"
                 r"fail(s|ed|ure)?|panic|exception|npe|typo)\b", re.I)
W = float(os.environ.get("W", ".1")); TAU = float(os.environ.get("TAU", "90")); BIG = 30
INTENTS = set(os.environ.get("INTENTS", "bugfix").split(","))
ALL = os.environ.get("ALL") == "1"
repos = dict(kv.split("=", 1) for kv in os.environ["REPOS"].split(","))
tasks = score.load()
meta = {json.loads(l)["id"]: json.loads(l) for l in open(os.environ["TASKS"])}
import pickle
CACHE = os.environ.get("CACHE")
history = pickle.load(open(CACHE, "rb")) if CACHE and os.path.exists(CACHE) else {}
def commits(repo, parent):
    if (repo, parent) not in history:
        history[(repo, parent)] = log(repo, parent)
    return history[(repo, parent)]
def log(repo, parent):
    git = repos[repo]
    out = subprocess.run(["git", "--git-dir", git, "log", "--no-renames", "--name-only", "--format=@@%ct %s",
                          "-n", "3000", parent], capture_output=True, text=True).stdout
    res = []
    for block in out.split("@@")[1:]:
        lines = block.strip().split("\n")
        ct, _, subject = lines[0].partition(" ")
        files = [l for l in lines[1:] if l.strip()]
        res.append((int(ct), subject, files))
    return res
rank = {}
for t in tasks:
    m = meta[t["id"]]
    cs = commits(t["repo"], m["parent"])
    now = cs[0][0] if cs else 0
    feat = defaultdict(float)
    for ct, subj, files in cs:
        if len(files) > BIG or not (ALL or BUG.search(subj)):
            continue
        w = math.exp(-(now - ct) / 86400 / TAU)
        if w < 1e-3: break
        for f in files: feat[f] += w
    best = max([feat.get(c["path"], 0) for c in t["ranked"]] + [1e-9])
    use = t["intent"] in INTENTS
    sc = [(c["score"] + (W * feat.get(c["path"], 0) / best if use else 0), c["path"]) for c in t["ranked"]]
    sc.sort(key=lambda x: -x[0])
    rank[t["id"]] = score.diversify([p for _, p in sc], scores=[s for s, _ in sc])
if CACHE: pickle.dump(history, open(CACHE, "wb"))
score.show(score.report(tasks, rank), f"W={W} TAU={TAU} ALL={int(ALL)} {','.join(sorted(INTENTS))}")
