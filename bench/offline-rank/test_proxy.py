# Experiment: a test file's text evidence (lexical, or the signals in SIGS) credited to the source file it is
# named after (FooTest.java → Foo.java, test_foo.py / foo_test.py → foo.py, foo_test.go → foo.go,
# foo.test.js / foo.spec.ts → foo.js / foo.ts), + w × the best such test's evidence.
import os, re
from replay import *

NAMED_AFTER = [(r'^(.*)Tests?\.(java|kt)$', r'\1.\2'), (r'^(.*)IT\.java$', r'\1.java'), (r'^test_(.*)\.py$', r'\1.py'),
               (r'^(.*)_test\.(py|go)$', r'\1.\2'), (r'^(.*)\.(test|spec)\.([jt]sx?)$', r'\1.\3')]
SIGS = os.environ.get("SIGS", "lexical").split(",")

def source_name(path):
    name = path.rsplit('/', 1)[-1]
    for pattern, replacement in NAMED_AFTER:
        m = re.match(pattern, name)
        if m: return m.expand(replacement)
    return None

def proxies(t):
    best = {}
    for c in t["ranked"]:
        name = source_name(c["path"]) if c["test"] else None
        if name:
            best[name] = max(best.get(name, 0), sum(c["by"].get(k, 0) for k in SIGS))
    return best

if __name__ == "__main__":
    tasks = load()
    P = {t["id"]: proxies(t) for t in tasks}
    show(report(tasks, rank(tasks, lambda t, c: base_score(t, c), True)), "base")
    for w in (0.1, 0.2, 0.3, 0.5):
        fn = lambda t, c, w=w: base_score(t, c, dict(c["by"], proxy=0 if c["test"] else
                                                      w * P[t["id"]].get(c["path"].rsplit('/', 1)[-1], 0)), extra=("proxy",))
        show(report(tasks, rank(tasks, fn, True)), f"proxy w{w}")
