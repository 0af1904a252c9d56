"""English questions to corpus terms, offline, through the CC-CEDICT dictionary.

Readers who cannot type Chinese ask in English ("How many workshops for common prosperity are
there?"). Without a translation model, the question's English words and phrases are mapped to
Chinese terms that occur in the corpus index, each with a weight, and the ordinary BM25 engine
ranks passages with them. How the parts fit:

- :mod:`~index.english.forms` -- English words and their base forms ("held" -> "hold");
- :mod:`~index.english.focus` -- what the question asks (content words, the thing asked
  about), with :mod:`~index.english.kinds` (the kind of answer, from its question words) and
  :mod:`~index.english.actions` (which words are verbs);
- :mod:`~index.english.cedict` -- the dictionary, read once;
  :mod:`~index.english.cedict_senses` -- its glosses parsed into senses;
  :mod:`~index.english.glosses` -- what the whole dictionary says about English words;
- :mod:`~index.english.links` -- headwords linked to one corpus's terms;
- :mod:`~index.english.units` -- content words grouped into units (longest phrases first:
  :mod:`~index.english.phrases`, :mod:`~index.english.idioms`; a weak word's second tries:
  :mod:`~index.english.weak_words`);
  :mod:`~index.english.compounds` -- corpus terms spelled by several units' headwords;
  :mod:`~index.english.names` -- names however the corpus writes them (other characters for
  the same sounds, pinyin in several words); :mod:`~index.english.dynasties` -- Chinese
  dynasties by their character's name ("the Liao": 辽, "Later Liao": 后辽);
- :mod:`~index.english.translator` -- :class:`EnglishTranslator` puts them together and returns
  an :class:`EnglishQuery` of :class:`EnglishUnit` values (:mod:`~index.english.query`).
"""

from index.english.cedict import load_dictionary
from index.english.cedict_senses import headword_senses
from index.english.query import EnglishQuery, EnglishUnit
from index.english.translator import EnglishTranslator

__all__ = ["EnglishQuery", "EnglishTranslator", "EnglishUnit", "headword_senses", "load_dictionary"]
