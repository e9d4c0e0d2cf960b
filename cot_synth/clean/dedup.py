"""Exact and near-duplicate detection over MCQs; the first occurrence is kept, every removal names it.

An item is its question *and* its options: MedQA has stems that repeat with other options, and those
are different items. So both checks compare both parts:

- exact: same normalised question and the same set of normalised option texts (order does not matter:
  the same item with shuffled options is still the same item);
- near: ``datasketch`` MinHash LSH over word 3-grams of the question proposes candidate pairs (its
  threshold set below the user's, for recall), and a pair counts only if the exact Jaccard similarity of
  the question's 3-grams *and* of the options' words both reach the threshold. Candidates are compared
  only with items already kept, in source order, so the earliest item of a cluster survives.

Speed: datasketch's ``update`` hashes shingle by shingle in Python, about 2 s for MedQA train on these
machines. Here shingles are hashed with CRC-32 (deterministic across processes, unlike ``hash``) and the
signatures of all items are computed at once with NumPy, using datasketch's own permutations and its
"affine32" scheme (MurmurHash3 finaliser, then ``a·h + b mod 2^32``); a test checks the sketches equal
datasketch's. datasketch then does the banding and the index.
"""

from __future__ import annotations

import itertools
import re
import zlib
from dataclasses import dataclass

import numpy as np

from cot_synth.records import MCQ, comparison_key

_TOKEN = re.compile(r"\w+")
NUM_PERM = 64
LSH_SLACK = 0.2  # the index proposes pairs this much below the threshold; exact Jaccard decides


@dataclass(frozen=True)
class Duplicate:
    """``removed`` duplicates ``kept`` (indices into the list checked) with this similarity."""

    removed: int
    kept: int
    similarity: float


def _key_text(text: str) -> str:
    return comparison_key(text).casefold()


def exact_duplicates(mcqs: list[MCQ]) -> list[Duplicate]:
    """Items whose normalised question and option set equal an earlier item's."""
    first: dict[tuple[str, frozenset[str]], int] = {}
    found = []
    for index, mcq in enumerate(mcqs):
        key = (_key_text(mcq.question), frozenset(_key_text(t) for t in mcq.options.values()))
        kept = first.setdefault(key, index)
        if kept != index:
            found.append(Duplicate(index, kept, 1.0))
    return found


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, as datasketch applies it before its affine permutations."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def shingle_hashes(texts: list[str]) -> list[np.ndarray]:
    """Per text, the sorted unique 32-bit hashes of its word 3-grams (of its words, if fewer than three).

    Vectorised over the whole corpus: one array of token hashes, 3-grams that do not cross a text's end,
    then one sort of (text, hash) keys; the result holds views into that one sorted array.
    """
    token_lists = [_TOKEN.findall(t.casefold()) for t in texts]
    lengths = np.fromiter(map(len, token_lists), dtype=np.int64, count=len(texts))
    tokens = list(itertools.chain.from_iterable(token_lists))
    vocab = {t: zlib.crc32(t.encode()) for t in set(tokens)}
    ids = np.fromiter(map(vocab.__getitem__, tokens), dtype=np.uint32, count=len(tokens))
    owner = np.repeat(np.arange(len(texts), dtype=np.uint64), lengths)
    grams = ids[:-2] * np.uint32(0x9E3779B1) + ids[1:-1] * np.uint32(0x85EBCA77) + ids[2:]
    inside = owner[:-2] == owner[2:]
    short = np.isin(owner, np.flatnonzero(lengths < 3).astype(np.uint64))
    keys = np.concatenate(
        ((owner[:-2][inside] << np.uint64(32)) | grams[inside], (owner[short] << np.uint64(32)) | ids[short])
    )
    keys.sort()  # sort + mask: np.unique (hash-based in NumPy 2) is ten times slower here
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if len(keys) else keys
    hashes = (keys & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    bounds = np.searchsorted(keys >> np.uint64(32), np.arange(len(texts) + 1, dtype=np.uint64))
    return [hashes[bounds[i] : bounds[i + 1]] for i in range(len(texts))]


def signatures(shingles: list[np.ndarray], permutations: np.ndarray, chunk: int = 1 << 16) -> np.ndarray:
    """MinHash signatures (one row per item) of many shingle sets at once; an empty set keeps the
    datasketch initial value 2^32 - 1."""
    a, b = (np.asarray(p, dtype=np.uint32) for p in permutations)
    result = np.full((len(shingles), len(a)), np.iinfo(np.uint32).max, dtype=np.uint32)
    start = 0
    while start < len(shingles):
        stop, size = start, 0
        while stop < len(shingles) and (size == 0 or size + len(shingles[stop]) <= chunk):
            size += len(shingles[stop])
            stop += 1
        block = shingles[start:stop]
        lengths = np.array([len(s) for s in block])
        filled = np.flatnonzero(lengths)
        if len(filled):
            values = a[:, None] * _fmix32(np.concatenate(block))[None, :] + b[:, None]  # permutation-major
            offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))[filled]
            result[start + filled] = np.minimum.reduceat(values, offsets, axis=1).T
        start = stop
    return result


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if not len(a) and not len(b):
        return 1.0
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / (len(a) + len(b) - shared)


def _option_words(mcq: MCQ) -> frozenset[str]:
    return frozenset(_TOKEN.findall(" ".join(mcq.options.values()).casefold()))


def near_duplicates(mcqs: list[MCQ], threshold: float) -> list[Duplicate]:
    """Items whose question and options are both at least ``threshold`` similar to a kept item's."""
    from datasketch import MinHash, MinHashLSH  # deferred: importing it (and scipy) costs half a second

    shingles = shingle_hashes([m.question for m in mcqs])
    permutations = MinHash(num_perm=NUM_PERM).permutations
    sketches = signatures(shingles, permutations)
    index = MinHashLSH(threshold=max(0.1, threshold - LSH_SLACK), num_perm=NUM_PERM)
    found = []
    for i, values in enumerate(sketches):
        sketch = MinHash(hashvalues=values, permutations=permutations, scheme="affine32")
        best: Duplicate | None = None
        for j in index.query(sketch):
            similarity = _jaccard(shingles[i], shingles[j])
            if similarity < threshold:
                continue
            a, b = _option_words(mcqs[i]), _option_words(mcqs[j])
            if len(a & b) < threshold * len(a | b):
                continue
            if best is None or (similarity, -j) > (best.similarity, -best.kept):
                best = Duplicate(i, j, round(similarity, 4))
        if best is None:
            index.insert(i, sketch)
        else:
            found.append(best)
    return found
