"""Paired bootstrap of two rankings of the same dev tasks: is B's recall@5 / MRR difference from A more than noise?

    python3 paired.py A.jsonl B.jsonl [resamples]

Each file is either ContributionLab output (`ranked` is a list of {path, ...}) or scripts/eval's ranks.jsonl
(`ranked` is a list of paths). Tasks are resampled with replacement within each repository (so every resample keeps
40 tasks per repository), and the 95 % interval of the mean difference is printed per repository, for the large
repositories and for all. An interval that contains 0 is a change the dev set cannot tell from noise.
"""
import json, os, random, sys
from collections import defaultdict
from score import metrics, LARGE

def rankings(path):
    out = {}
    for line in open(path):
        r = json.loads(line)
        out[r["id"]] = [x["path"] if isinstance(x, dict) else x for x in r["ranked"]]
    return out

def main():
    a, b = rankings(sys.argv[1]), rankings(sys.argv[2])
    resamples = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    tasks = [json.loads(l) for l in open(os.environ.get("TASKS", "../../../shared/eval/dev-tasks.jsonl"))]
    diffs = defaultdict(list)
    for t in tasks:
        if t["id"] in a and t["id"] in b:
            ma, mb = metrics(a[t["id"]], t["gold"]), metrics(b[t["id"]], t["gold"])
            diffs[t["repo"]].append((mb["r5"] - ma["r5"], mb["mrr"] - ma["mrr"]))
    rng = random.Random(20261128)
    groups = {repo: [repo] for repo in sorted(diffs)}
    groups["large"] = [r for r in diffs if r in LARGE]
    groups["all"] = list(diffs)
    for name, repos in groups.items():
        observed = [sum(d[k] for r in repos for d in diffs[r]) / sum(len(diffs[r]) for r in repos) for k in (0, 1)]
        boots = [[], []]
        for _ in range(resamples):
            sample = [d for r in repos for d in (rng.choice(diffs[r]) for _ in diffs[r])]
            for k in (0, 1):
                boots[k].append(sum(d[k] for d in sample) / len(sample))
        cells = []
        for k, label in ((0, "r@5"), (1, "MRR")):
            lo, hi = sorted(boots[k])[int(.025 * resamples)], sorted(boots[k])[int(.975 * resamples) - 1]
            cells.append(f"{label} {observed[k]:+.3f} [{lo:+.3f}, {hi:+.3f}]")
        print(f"{name.split('/')[-1]:10s} " + "   ".join(cells))

if __name__ == "__main__":
    main()
