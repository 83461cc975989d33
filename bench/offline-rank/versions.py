"""task id, project id, snapshot version (tab-separated) for every dev task indexed in an eval database."""
import json, os, sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
found = {}
for pid, root, sha, v in con.execute("SELECT p.id, p.root, s.commit_sha, MAX(s.version) FROM projects p"
                                     " JOIN snapshots s ON s.project_id = p.id WHERE s.status = 'ready'"
                                     " GROUP BY p.id, s.commit_sha"):
    found[sha] = (pid, v)
for line in open(os.environ.get("TASKS", "../shared/eval/dev-tasks.jsonl")):
    t = json.loads(line)
    if t["parent"] in found:
        pid, v = found[t["parent"]]
        print(f"{t['id']}\t{pid}\t{v}")
