#!/usr/bin/env python3
"""Mine held-out commit-localization tasks from other repositories, by the dev set's recipe.

The dev set (../shared/eval/README.md, "How tasks were selected") is the only ground the engine's weights
were chosen on; the same engine is scored on tasks nobody here has seen. This miner applies that README's
recipe to repositories outside the dev set, so the team can check that a change generalizes beyond the
seven dev repositories before trusting a dev-set gain:

  python3 bench/heldout/mine.py --repo pallets/click=/path/to/git[@REV] [--repo …] [--per-repo 30]
                                [--large owner/name] > heldout.jsonl
  scripts/eval --tasks heldout.jsonl --repo pallets/click=/path/to/git … --large owner/name … --out DIR

REV (default HEAD; the commit each repository's history is read at, printed on stderr) pins the tasks: the
same REVs give the same tasks.

Same output format as dev-tasks.jsonl. Never commit the mined tasks or the repositories' code: the tasks
quote their commit messages. Deterministic (seed 20240601, as the dev set's sampling).
"""
import argparse, json, random, re, subprocess, sys

SOURCE_EXT = (".java", ".kt", ".scala", ".py", ".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".go", ".rs",
              ".c", ".h", ".cpp", ".cc", ".hpp", ".cs", ".rb", ".php", ".swift")
TEST_DIRS = {"test", "tests", "__tests__", "testdata", "fixtures", "spec", "specs", "e2e", "testsuite", "testing"}
NOT_SOURCE_DIRS = {"vendor", "node_modules", "dist", "build", "target", "docs", "_vendor", "vendors"}
TRAILER = re.compile(r"^(signed-off-by|co-authored-by|reviewed-by|acked-by|change-id|cc):", re.I)
SKIP_SUBJECT = re.compile(
    r"^(merge\b|revert\b|release\b|prepare release|bump\b|v?\d+\.\d+(\.\d+)?\b|version\b|update (changelog|readme)"
    r"|(docs?|chore|ci|build|style|test|tests|lint)(\(.*?\))?!?:|typo|fix(ed)? typo|format(ting)?\b|lint\b"
    r"|update dependenc|upgrade dependenc|deps\b|license|licence|update \S+\.\w+$|.*previous commit)", re.I)
SKIP_ANYWHERE = re.compile(r"\b(typo|typos|bump version|release v?\d|dependabot)\b", re.I)
BUG_LIKE = re.compile(r"\b(fix(es|ed)?|bug|issue|#\d+|npe|crash|error|exception|wrong|incorrect|handle|support"
                      r"|regression|fail(s|ed|ure)?|panic)\b", re.I)


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], capture_output=True, text=True,
                          errors="replace", check=True).stdout


def is_test(path):
    parts = path.split("/")
    low = [p.lower() for p in parts]
    if any(p in TEST_DIRS for p in low[:-1]) or any(p.startswith("test-") or p.endswith("-tests") for p in low[:-1]):
        return True
    if "src/test/" in path.lower():
        return True
    name = parts[-1]
    stem = name.rsplit(".", 1)[0]
    return (name.endswith("_test.go") or (name.startswith("test_") and name.endswith(".py"))
            or name.endswith("_test.py") or name == "conftest.py" or name == "tests.rs"
            or re.search(r"(Test|Tests|IT)\.(java|kt|scala)$", name) is not None
            or re.search(r"\.(test|spec|test-d)\.[cm]?[jt]sx?$", name) is not None
            or stem.endswith("_spec"))


def is_source(path):
    low = path.lower()
    parts = low.split("/")
    if not low.endswith(SOURCE_EXT) or any(p in NOT_SOURCE_DIRS or p.startswith(".") for p in parts[:-1]):
        return False
    name = parts[-1]
    return not (name.endswith(".min.js") or re.search(r"\.config\.[cm]?[jt]s$", name) or name.startswith("zz_generated")
                or name.endswith(".pb.go") or name == "conf.py" or ".autogen." in name)


def clean(message):
    lines = [l for l in message.strip().splitlines() if not TRAILER.match(l.strip())]
    return "\n".join(lines).strip()


def commits(gitdir, rev):
    """Non-merge commits up to rev, oldest first: (sha, parents, date, message, [(status, path, old_path)])."""
    out = git(gitdir, "log", "--no-merges", "--reverse", "-M", "--name-status", "--date=short",
              "--format=%x1e%H%x1f%P%x1f%ad%x1f%B%x1f", rev)
    for record in out.split("\x1e")[1:]:
        sha, parents, date, message, files = record.split("\x1f", 4)
        changes = []
        for line in files.strip().splitlines():
            cols = line.split("\t")
            if len(cols) >= 2:
                status = cols[0][0]
                changes.append((status, cols[-1], cols[1] if status in "RC" and len(cols) == 3 else None))
        yield sha, parents.split(), date, clean(message), changes


def qualifies(parents, message, changes):
    if len(parents) != 1 or len(message.split()) < 5:
        return None
    subject = message.splitlines()[0].strip()
    if SKIP_SUBJECT.match(re.sub(r"^[\w./-]+:\s+(?=(release|bump|v?\d))", "", subject, flags=re.I)) or SKIP_ANYWHERE.search(subject):
        return None
    source = [(s, p, o) for s, p, o in changes if is_source(p) and not is_test(p)]
    if not 1 <= len(source) <= 6:
        return None
    added = [p for s, p, o in source if s == "A"]
    gold = [o if s == "R" and o else p for s, p, o in source if s != "A"]
    if len(added) * 2 > len(source) or not gold:
        return None
    tests = sorted({p for s, p, o in changes if is_source(p) and is_test(p)})
    return sorted(set(gold)), sorted(added), tests


def source_files_in(gitdir, sha):
    return sum(1 for p in git(gitdir, "ls-tree", "-r", "--name-only", sha).splitlines() if is_source(p) and not is_test(p))


def mine(repo, gitdir, rev, per_repo, min_files, rng):
    qualifying, seen = [], set()
    history = list(commits(gitdir, rev))
    for sha, parents, date, message, changes in history[len(history) // 10:]:
        q = qualifies(parents, message, changes)
        if q is None:
            continue
        gold, added, tests = q
        key = (message.splitlines()[0].strip(), tuple(gold))
        if key in seen:
            continue
        seen.add(key)
        qualifying.append(dict(sha=sha, parent=parents[0], date=date, message=message, gold=gold, added=added, tests=tests))
    # The tree grows with history: the first commit whose parent is large enough, by bisection.
    lo, hi = 0, len(qualifying)
    while lo < hi:
        mid = (lo + hi) // 2
        if source_files_in(gitdir, qualifying[mid]["parent"]) >= min_files:
            hi = mid
        else:
            lo = mid + 1
    qualifying = qualifying[lo:]
    tasks = []
    size = max(1, len(qualifying) // per_repo)
    for s in range(per_repo):
        slice_ = qualifying[s * size:(s + 1) * size]
        bug = [c for c in slice_ if BUG_LIKE.search(c["message"])]
        pool = bug if bug and rng.random() < 0.7 else slice_
        for c in rng.sample(pool, len(pool)):
            existing = set(git(gitdir, "ls-tree", "-r", "--name-only", c["parent"]).splitlines())
            gold = [p for p in c["gold"] if p in existing]
            if gold and source_files_in(gitdir, c["parent"]) >= min_files:
                tasks.append(dict(id=f"{repo}@{c['sha'][:12]}", repo=repo, parent=c["parent"], commit=c["sha"],
                                  query=c["message"], gold=gold, gold_tests=c["tests"], gold_new=c["added"],
                                  date=c["date"], bug_like=bool(BUG_LIKE.search(c["message"]))))
                break
    return tasks


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", action="append", required=True, help="owner/name=GIT_DIR")
    ap.add_argument("--per-repo", type=int, default=30)
    ap.add_argument("--large", action="append", default=[], help="owner/name whose parents need 300 source files")
    args = ap.parse_args()
    rng = random.Random(20240601)
    for spec in args.repo:
        repo, where = spec.split("=", 1)
        gitdir, _, rev = where.partition("@")
        rev = git(gitdir, "rev-parse", rev or "HEAD").strip()
        tasks = mine(repo, gitdir, rev, args.per_repo, 300 if repo in args.large else 30, rng)
        print(f"{repo}: {len(tasks)} tasks, history read at {rev}", file=sys.stderr)
        for t in tasks:
            print(json.dumps(t))


if __name__ == "__main__":
    main()
