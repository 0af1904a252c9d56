"""The on-disk index store: segments opened by memory map, and the state that ties them together.

:mod:`~index.store.files` writes and checks files (atomic, no pickle, sizes and CRCs);
:mod:`~index.store.vocabulary` is a segment's sorted term array; :mod:`~index.store.segment` one
segment's flat arrays (passages, texts, postings); :mod:`~index.store.assemble` merges encoded
chunks of documents into a segment; :mod:`~index.store.segments` sees several segments with
deletion marks as one index with corpus-wide statistics; :mod:`~index.store.state` records which
segments and files make the current index; :mod:`~index.store.key` says what the cache depends on.
"""
