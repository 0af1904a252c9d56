"""Which translator path gave each searched term of the English dev questions, and where it is written.

``python -m tests.english_term_paths OUT.json [SET ...]`` (default: every ``english_*`` dev set, never a
frozen one): per question its translations (one row per searched Chinese word), each word's path --
``direct`` (the word's first senses), ``widen.deep`` / ``widen.kind`` / ``widen.syn`` /
``widen.unwritten`` (:func:`index.english.senses.widen`: deeper senses, kinds, near-synonyms, a
thing's unwritten other name), ``compound``, ``head``, ``kin``, ``joint``, ``stand_in``, ``agreed``,
``other`` --, whether CC-CEDICT glosses the term as the English word (``own``), as something else
(``foreign``) or lacks it (``corpus``), and whether the term is written in the right passage, in the
first shown one; ``python -m tests.english_term_paths --count OUT.json``: the counts per path.
Round eng86w (docs/evaluation.md). Patches the translator's module functions for the run only.
"""

import sys, json
from collections import Counter, defaultdict
import index.english.translator as T
from tests.census import Census, DATA, dev_sets
from tests.evaluation import load_questions, judge
from bot.answer import consider
from bot.answer.reading import Reading
from index.normalize import normalize


import re
from index.english.cedict import load_dictionary
from index.english.lemmas import lemmatize


def _owned(english: str, term: str) -> str:
    """own: the term's CC-CEDICT gloss writes the English word (or its lemma); foreign: a headword
    glossed otherwise; corpus: no headword."""
    dictionary = load_dictionary()
    gloss = dictionary.glosses.get(term)
    if gloss is None:
        return "corpus"
    gloss = gloss.lower()
    def forms(word):
        out = {word.lower(), lemmatize(word.lower(), dictionary.known)}
        return out | {f[:-2] + "er" for f in out if f.endswith("re")}  # metre / meter
    words = [w for w in english.split() if len(w) > 2] or english.split()
    return "own" if all(
        any(re.search(rb"\b" + re.escape(f.encode()) + rb"\b", gloss) for f in forms(w)) for w in words
    ) else "foreign"


def _count(path: str) -> None:
    d = json.load(open(path))
    C = defaultdict(Counter)
    for x in d:
        wf = (not x["neg"]) and x["shown"] and not x["pok"]
        for e, t in x["terms"]:
            u = x["units"].get(e)
            if u and u["name"]: continue
            p = x["paths"][t].split(".")[0] + "/" + x["own"][t]
            c = C[p]
            if not x["neg"]:
                c["ans"] += 1; c["want"] += t in x["in_want"]
                if wf: c["wf"] += 1; c["wfnw"] += t in x["in_first"] and t not in x["in_want"]
            else:
                c["neg"] += 1
                if x["shown"]: c["ns"] += 1; c["ns_in"] += t in x["in_first"]
    print(f"{'path':20} {'ans':>6} {'want%':>6} {'wf':>5} {'wfnw%':>6} {'neg':>5} {'ns':>4} {'ns_in%':>6}")
    for p, c in sorted(C.items(), key=lambda kv: -kv[1]["ans"]):
        print(f"{p:20} {c['ans']:6} {100*c['want']/max(1,c['ans']):6.1f} {c['wf']:5} {100*c['wfnw']/max(1,c['wf']):6.1f} {c['neg']:5} {c['ns']:4} {100*c['ns_in']/max(1,c['ns']):6.1f}")


REC: dict[str, str] = {}
def note(term, path):
    REC.setdefault(term, path)

_widen = T.widen
def widen(pools, *a, **k):
    out = _widen(pools, *a, **k)
    for i, pool in pools.items():
        for c in pool: note(c.term, "direct")
    for i, pool in out.items():
        for c in pool: note(c.term, "widen")
    return out
T.widen = widen
import index.english.senses as S
SUB = {}
_deep = S._deeper
def deeper(links, heads, pool):
    out = _deep(links, heads, pool)
    for t in out: SUB.setdefault(t, "deep")
    return out
S._deeper = deeper
_rel = S._related
def related(links, lemma, synonyms=True, kinds=True, unwritten=False):
    if kinds:
        for t in _rel(links, lemma, False, True, False): SUB.setdefault(t, "kind")
    if synonyms:
        for t in _rel(links, lemma, True, False, False): SUB.setdefault(t, "syn")
    out = _rel(links, lemma, synonyms, kinds, unwritten)
    for t in out: SUB.setdefault(t, "unwritten")
    return out
S._related = related
def wrapdict(name, path):
    f = getattr(T, name)
    def g(*a, **k):
        out = f(*a, **k)
        for i, c in out.items():
            note(c.term, path)
        return out
    setattr(T, name, g)
wrapdict("joined_senses", "joint"); wrapdict("joined_verb_senses", "joint_verb"); wrapdict("kin_terms", "kin")
_agreed = T.agreed
def agreed(direct, own):
    out = _agreed(direct, own)
    for i, pool in out.items():
        for c in pool: note(c.term, "agreed")
    return out
T.agreed = agreed
_fc = T.find_compounds
def fc(*a, **k):
    out = _fc(*a, **k)
    for c in out:
        for cand in c.candidates: note(cand.term, "compound")
    return out
T.find_compounds = fc
_si = T.with_stand_ins
def si(described, *a, **k):
    out = _si(described, *a, **k)
    for u in out:
        for t, w in u.terms: note(t, "stand_in")
    return out
T.with_stand_ins = si
_hs, _hw = T.head_senses, T.head_written
def hs(*a, **k):
    out = _hs(*a, **k)
    for t, w in out: note(t, "head")
    return out
def hw(*a, **k):
    out = _hw(*a, **k)
    for t, w in out: note(t, "head")
    return out
T.head_senses, T.head_written = hs, hw

LAST = {}
_tr = T.EnglishTranslator.translate
def tr(self, *a, **k):
    q = _tr(self, *a, **k)
    for u in q.units:
        LAST[u.english] = (dict(u.terms), u.understood, u.confidence, u.action, u.name, u.focus)
    return q
T.EnglishTranslator.translate = tr
if sys.argv[1] == "--count":
    _count(sys.argv[2])
    sys.exit(0)
c = Census()
names = sys.argv[2:] or [n for n in dev_sets() if 'english' in n]
out = []
for name in names:
    eng = c.engine(name)
    r = Reading(eng.index)
    for item in load_questions(DATA / f"{name}.jsonl"):
        REC.clear(); LAST.clear(); SUB.clear()
        k = consider(eng.index, item["q"])
        a = k.answer
        o = judge(item, a)
        neg = item.get("passage") is None
        first = normalize(a.results[0].text) if a.results else ""
        want = "" if neg else normalize(item["passage"])
        terms = [(t.english, x) for t in k.query.translations for x in t.term.split("/") if x != "?"]
        owned = {t: _owned(e, t) for e, t in terms}
        paths = {t: (REC.get(t, "other") + ("." + SUB.get(t, "?") if REC.get(t) == "widen" else "")) for _, t in terms}
        units = {e: dict(terms=w, understood=u, confidence=cf, action=ac, name=nm, focus=fo) for e, (w, u, cf, ac, nm, fo) in LAST.items()}
        out.append(dict(set=name, q=item["q"], neg=neg, pok=bool(o.passage_ok), ok=(not a.results) if neg else bool(o.passage_ok and (o.answer_ok or item.get("answer") is None)),
                        shown=bool(a.results), confident=bool(a.confident), terms=terms, paths=paths,
                        units=units, own=owned, in_want=[t for _, t in terms if want and t in want], in_first=[t for _, t in terms if first and t in first]))
json.dump(out, open(sys.argv[1], "w"), ensure_ascii=False)
