#!/usr/bin/env python3
"""Every commit of the given repositories that mine.py's recipe accepts and whose message matches a pattern: a
check set for a signal that only fires on one kind of task (the dev and held-out sets hold too few of any one kind).

    python3 bench/heldout/mine_topic.py --pattern deprecat --repo jhy/jsoup=/path/to/git [--repo …]
                                        [--per-repo 20] [--skip dev-tasks.jsonl --skip heldout.jsonl] > topic.jsonl
    scripts/eval --tasks topic.jsonl --repo jhy/jsoup=/path/to/git … --out DIR --keep-db

Tasks already in a --skip file are left out; at most --per-repo per repository, sampled with mine.py's seed. A
repository whose history git cannot list in full (a snapshot missing objects) is skipped with a line on stderr.
Same output format as dev-tasks.jsonl; never commit the mined tasks (they quote commit messages).
"""
import argparse, importlib.util, json, os, random, re, sys

spec = importlib.util.spec_from_file_location("mine", os.path.join(os.path.dirname(os.path.abspath(__file__)), "mine.py"))
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pattern", required=True, help="regular expression, case-insensitive, searched in the message")
    ap.add_argument("--repo", action="append", required=True, help="owner/name=GIT_DIR")
    ap.add_argument("--per-repo", type=int, default=20)
    ap.add_argument("--skip", action="append", default=[], help="a tasks file whose ids to leave out")
    args = ap.parse_args()
    pattern = re.compile(args.pattern, re.I)
    known = {json.loads(l)["id"] for f in args.skip for l in open(f)}
    rng = random.Random(20240601)
    for spec_ in args.repo:
        repo, gitdir = spec_.split("=", 1)
        try:
            history = list(mine.commits(gitdir, "HEAD"))
        except Exception as e:  # a partial snapshot: git log stops at a missing object
            print(f"{repo}: skipped ({str(e)[:80]})", file=sys.stderr)
            continue
        found = []
        for sha, parents, date, message, changes in history:
            q = mine.qualifies(parents, message, changes) if pattern.search(message) else None
            if q is None or f"{repo}@{sha[:12]}" in known:
                continue
            gold, added, tests = q
            existing = set(mine.git(gitdir, "ls-tree", "-r", "--name-only", parents[0]).splitlines())
            gold = [p for p in gold if p in existing]
            if gold:
                found.append(dict(id=f"{repo}@{sha[:12]}", repo=repo, parent=parents[0], commit=sha, query=message,
                                  gold=gold, gold_tests=tests, gold_new=added, date=date,
                                  bug_like=bool(mine.BUG_LIKE.search(message))))
        chosen = found if len(found) <= args.per_repo else rng.sample(found, args.per_repo)
        print(f"{repo}: {len(found)} matching, {len(chosen)} kept", file=sys.stderr)
        for t in chosen:
            print(json.dumps(t))


if __name__ == "__main__":
    main()
