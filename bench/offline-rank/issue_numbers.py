"""Study: how often an issue number a task cites (#1234) is cited by an earlier commit of the parent's history, and
whether those commits touched the task's gold files.

    python3 issue_numbers.py TASKS.jsonl                # git mirrors under /work/.mirror/<owner>+<name>/repo
"""
import json,re,subprocess,sys
tasks=[json.loads(l) for l in open(sys.argv[1])]
M='/work/.mirror/'
hit=tot=0; good=0
for t in tasks:
    nums=set(re.findall(r'#(\d{2,6})\b',t['query']))
    if not nums: continue
    tot+=1
    g=M+t['repo'].replace('/','+')+'/repo'
    found=[]
    for n in nums:
        out=subprocess.run(['git','--git-dir',g,'log','--format=%H %s',t['parent'],'-E','--grep',f'#{n}([^0-9]|$)','-n','5'],capture_output=True,text=True).stdout.strip()
        if out: found.append((n,out.split('\n')))
    if found:
        hit+=1
        # files changed by those commits
        files=set()
        for n,lines in found:
            for l in lines:
                h=l.split()[0]
                files|=set(subprocess.run(['git','--git-dir',g,'show','--name-only','--format=',h],capture_output=True,text=True).stdout.split())
        inter=set(t['gold'])&files
        good+=bool(inter)
        print(t['id'], [ (n,len(x)) for n,x in found], 'gold∩', len(inter),'/',len(t['gold']), found[0][1][0][:90])
print('tasks with #N',tot,'with earlier commit mentioning it',hit,'of which touching gold',good)
