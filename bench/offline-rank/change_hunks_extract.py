# Experiment input: per repository, every non-merge commit's message words and, per changed non-test source
# file, the words of its added and removed lines (git log -p -U0), plus the whole commit graph (git rev-list:
# a path-limited log leaves out the commits that touch no source file, task parents among them).
#   python3 change_hunks_extract.py owner/name GIT_DIR      → $HUNKS/owner+name.pkl and .parents
import os, pickle, re, subprocess, sys
from collections import Counter
from score import is_test
from words import toks

SRC = ('.java', '.kt', '.scala', '.py', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.go', '.rs', '.c', '.h',
       '.cpp', '.cs', '.rb', '.php', '.swift')  # the dev set's source extensions (../shared/eval/README.md)
MAX_LINES = 4000  # per file and side: a vendored or generated blob says nothing more past this
repo, gitdir = sys.argv[1], sys.argv[2]
out = os.path.join(os.environ.get("HUNKS", "hunks"), repo.replace("/", "+"))
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out + ".parents", "w") as f:
    subprocess.run(["git", "--git-dir", gitdir, "rev-list", "--all", "--parents"], stdout=f, check=True)
log = subprocess.Popen(["git", "--git-dir", gitdir, "log", "--all", "--no-merges", "-p", "-U0", "--no-renames",
                        "--format=@@@C %H%n%B@@@E", "--"] + ["*" + e for e in SRC],
                       stdout=subprocess.PIPE, errors="replace", text=True)
commits = {}  # sha → [message words, {path: (added words, removed words)}]
cur, path, in_message, message, added, removed = None, None, False, [], [], []

def flush_file():
    global path, added, removed
    if cur is not None and path is not None and path.endswith(SRC) and not is_test(path):
        cur[1][path] = (Counter(toks("\n".join(added))), Counter(toks("\n".join(removed))))
    path, added, removed = None, [], []

for line in log.stdout:
    if line.startswith("@@@C "):
        flush_file()
        cur = [None, {}]
        commits[line.split()[1]] = cur
        in_message, message = True, []
    elif in_message:
        if line.startswith("@@@E"):
            cur[0] = Counter(toks("".join(message)))
            in_message = False
        else:
            message.append(line)
    elif line.startswith("diff --git "):
        flush_file()
        m = re.match(r"diff --git a/(.*) b/(.*)$", line.rstrip("\n"))
        path = m.group(2) if m else None
    elif line.startswith("+++ ") or line.startswith("--- "):
        pass
    elif line.startswith("+"):
        if len(added) < MAX_LINES: added.append(line[1:])
    elif line.startswith("-"):
        if len(removed) < MAX_LINES: removed.append(line[1:])
flush_file()
pickle.dump(commits, open(out + ".pkl", "wb"))
print(repo, len(commits), "commits,", sum(len(c[1]) for c in commits.values()), "file changes")
