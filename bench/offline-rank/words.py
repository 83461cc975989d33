# The experiments' word splitter: identifiers split on camelCase/snake_case, lowercased, commit boilerplate
# and one-letter words dropped, a plural "s" folded (a crude stand-in for the engine's FTS5 tokenizer).
import re

STOP = set("""a an the and or of to in on for with by from is are was were be been it its this that these those as at into
not no fix fixes fixed add adds added update updates updated remove removes removed use uses used make makes when if
issue issues pr closes close resolve resolves should can will would could also via more less new old some all any
than then so but do does don don't doesn't""".split())
def toks(text):
    out = []
    for ident in re.findall(r"[A-Za-z0-9_$]+", text):
        parts = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", ident)
        parts = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", parts)
        for p in re.split(r"[_$\s]+", parts):
            p = p.lower()
            if len(p) < 2 or p in STOP or p.isdigit(): continue
            if p.endswith("s") and len(p) > 3 and not p.endswith("ss"): p = p[:-1]
            out.append(p)
    return out
