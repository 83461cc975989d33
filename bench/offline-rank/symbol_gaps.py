"""Extractor gap audit: identifiers a task writes (camelCase, PascalCase compounds, snake_case, dotted parts,
backticked) that a gold file defines in a declaration-like line at the parent commit but that are no symbol of that
file in an eval database. Each line printed is a candidate gap to read (most are assignments to a field).

    python3 symbol_gaps.py TASKS.jsonl DIR/eval.db      # git mirrors under /work/.mirror/<owner>+<name>/repo
"""
import json,re,sqlite3,subprocess,sys,hashlib
tasks=[json.loads(l) for l in open(sys.argv[1])]
db=sqlite3.connect(f"file:{sys.argv[2]}?mode=ro",uri=True)
M='/work/.mirror/'
def idents(q):
    out=set()
    for m in re.findall(r"`([^`]+)`",q): out|=set(re.findall(r"[A-Za-z_][A-Za-z0-9_]{2,}",m))
    out|=set(re.findall(r"\b[a-z]+[A-Z][A-Za-z0-9]*\b",q))      # camelCase
    out|=set(re.findall(r"\b[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*\b",q)) # PascalCase compound
    out|=set(re.findall(r"\b[a-z0-9]+_[a-z0-9_]+\b",q))          # snake
    for d in re.findall(r"\b[\w$]+(?:\.[\w$]+)+\b",q): out|=set(p for p in d.split('.') if len(p)>2 and not p.isdigit())
    return {x for x in out if len(x)>=3}
stats=0
for t in tasks:
    ids=idents(t['query'])
    if not ids: continue
    g=M+t['repo'].replace('/','+')+'/repo'
    for path in t['gold']:
        text=subprocess.run(['git','--git-dir',g,'show',f"{t['parent']}:{path}"],capture_output=True,text=True).stdout
        if not text: continue
        # symbols: any extraction of a content hash that this path had in the eval db with this size — find by manifest path + size
        rows=db.execute("SELECT DISTINCT s.name FROM manifest m JOIN extractions e ON e.content_hash=m.content_hash JOIN symbols s ON s.extraction_id=e.id JOIN projects p ON p.id=m.project_id WHERE p.root LIKE ? AND m.path=? AND m.size=?",('%'+t['repo'].replace('/','+')+'%',path,len(text.encode()))).fetchall()
        names={r[0] for r in rows}
        if not names and not rows: 
            continue
        for i in ids:
            if i in names: continue
            # defined-looking occurrence
            pat=re.compile(r"(def|func|function|class|interface|type|const|let|var|fn)\s+(\([^)]*\)\s*)?"+re.escape(i)+r"\b|\b"+re.escape(i)+r"\s*[:=]\s*(function|\(|async)|\b[\w.]+\."+re.escape(i)+r"\s*=|\b"+re.escape(i)+r"\s*\([^)]*\)\s*\{")
            m=pat.search(text)
            if m:
                ln=text[:m.start()].count('\n')+1
                print(t['id'],path,i,'L%d'%ln,text.split('\n')[ln-1].strip()[:100])
