from features import *
from sklearn.ensemble import HistGradientBoostingClassifier
tasks = load()
def fit(ts):
    X,y,q = build([dict(t, ranked=[c for c in t["ranked"] if not is_test(c["path"])]) for t in ts])
    return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=50, l2_regularization=1.0).fit(X,y)
repos = sorted({t["repo"] for t in tasks})
rk = {}
for held in repos:
    m = fit([t for t in tasks if t["repo"]!=held])
    rk.update(rank_with([t for t in tasks if t["repo"]==held], lambda X: m.predict_proba(X)[:,1]))
show(report(tasks, {t["id"]: [c["path"] for c in t["ranked"]] for t in tasks}), "engine ")
show(report(tasks, rk), "GB-LORO")
m = fit(tasks)
show(report(tasks, rank_with(tasks, lambda X: m.predict_proba(X)[:,1])), "GB-all ")
