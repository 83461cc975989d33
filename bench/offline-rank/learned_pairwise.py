import sys
from features import *
from sklearn.linear_model import LogisticRegression
tasks = load()
repos = sorted({t["repo"] for t in tasks})
C = float(sys.argv[1]) if len(sys.argv)>1 else 1.0
rk = {}
for held in repos:
    tr = [t for t in tasks if t["repo"]!=held]; te=[t for t in tasks if t["repo"]==held]
    X,y,q = build(tr); A,b = pairwise(X,y,q)
    m = LogisticRegression(C=C, fit_intercept=False, max_iter=2000).fit(A,b)
    w = m.coef_[0]
    rk.update(rank_with(te, lambda X: X@w))
show(report(tasks, {t["id"]: [c["path"] for c in t["ranked"]] for t in tasks}), "engine ")
show(report(tasks, rk), f"LOROcv ")
X,y,q = build(tasks); A,b = pairwise(X,y,q)
w = LogisticRegression(C=C, fit_intercept=False, max_iter=2000).fit(A,b).coef_[0]
print(np.round(w,2))
show(report(tasks, rank_with(tasks, lambda X: X@w)), "fit-all")
