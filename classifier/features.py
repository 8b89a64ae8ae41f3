"""Word and character n-gram features, computed cheaply one message at a time.

scikit-learn's TfidfVectorizer in a FeatureUnion costs several milliseconds per message: input
validation, joblib dispatch and a Python loop over every character n-gram of the text. Here the
character n-grams of a word are computed once per distinct word and cached as an array of
feature indices, so a message costs a regex tokenisation, two Counters and a few numpy calls.

Features (all lower-cased):

- words (letters only; digits carry dates and order numbers, not requests) and word bigrams;
  CJK text, written without spaces, gives character unigrams and bigrams instead;
- character 3- to 5-grams of each word padded with spaces (like ``char_wb``): inflections,
  compounds and typos.

Each block is weighted ``log(1 + count) * idf`` and L2-normalised. Text in ``context``
(quoted replies, signatures) counts ``CONTEXT_WEIGHT`` times as much as the writer's own.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
from scipy.sparse import csr_matrix

from classifier.textprep import Prepared

CONTEXT_WEIGHT = 0.3
NUMBER_UNIGRAMS = True
CHAR_RANGE = (3, 5)
_TOKEN = re.compile(r"[^\W\d_]+|(?<!\d)\d{1,3}(?!\d)", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CACHE_LIMIT = 300_000


def _tokens(text: str) -> tuple[list[str], list[str]]:
    """(words and word bigrams and CJK character grams, words for character n-grams)."""
    words: list[str] = []
    grams: list[str] = []
    previous = ""
    for token in _TOKEN.findall(text.lower()):
        if token.isdigit():
            # A short number only with its neighbours: "art 15", "15 gdpr", never alone.
            if previous:
                grams.append(f"{previous} {token}")
            if NUMBER_UNIGRAMS:
                grams.append(token)
            previous = token
            continue
        if not token.isascii() and _CJK.search(token):
            grams.extend(token)
            grams.extend(token[i : i + 2] for i in range(len(token) - 1))
            previous = ""
            continue
        words.append(token)
        grams.append(token)
        if previous:
            grams.append(f"{previous} {token}")
        previous = token
    return grams, words


def _char_grams(word: str) -> list[str]:
    padded = f" {word} "
    low, high = CHAR_RANGE
    return [padded[i : i + n] for n in range(low, high + 1) for i in range(len(padded) - n + 1)]


class Vectorizer:
    """Fitted vocabularies and idf weights of the word and character blocks."""

    def __init__(self, prepared: Sequence[Prepared], min_df: int = 2, max_chars: int = 150_000):
        word_df: Counter[str] = Counter()
        char_df: Counter[str] = Counter()
        for doc in prepared:
            grams, words = _tokens(f"{doc.main}\n{doc.context}")
            word_df.update(set(grams))
            char_df.update({g for w in set(words) for g in _char_grams(w)})
        n = len(prepared)
        kept_words = sorted(t for t, df in word_df.items() if df >= min_df)
        kept_chars = sorted(
            sorted((t for t, df in char_df.items() if df >= min_df), key=lambda t: -char_df[t])[
                :max_chars
            ]
        )
        self.word_index: dict[str, int] = {t: i for i, t in enumerate(kept_words)}
        offset = len(kept_words)
        self.char_index: dict[str, int] = {t: offset + i for i, t in enumerate(kept_chars)}
        self.names: list[str] = kept_words + kept_chars
        dfs = [word_df[t] for t in kept_words] + [char_df[t] for t in kept_chars]
        self.idf = np.array([math.log((1 + n) / (1 + df)) + 1.0 for df in dfs])
        self.n_words = offset
        self._cache: dict[str, np.ndarray] = {}

    @property
    def size(self) -> int:
        return len(self.names)

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state["_cache"] = {}
        return state

    def _word_chars(self, word: str) -> np.ndarray:
        found = self._cache.get(word)
        if found is None:
            index = self.char_index
            found = np.fromiter((index[g] for g in _char_grams(word) if g in index), dtype=np.int64)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = found
        return found

    def transform_one(self, doc: Prepared) -> csr_matrix:
        """The 1 x n feature row of one prepared message."""
        weights: dict[int, float] = {}
        chunks: list[np.ndarray] = []
        chunk_weights: list[float] = []
        for text, factor in ((doc.main, 1.0), (doc.context, CONTEXT_WEIGHT)):
            if not text:
                continue
            grams, words = _tokens(text)
            for gram, count in Counter(grams).items():
                i = self.word_index.get(gram)
                if i is not None:
                    weights[i] = weights.get(i, 0.0) + factor * count
            for word, count in Counter(words).items():
                found = self._word_chars(word)
                if len(found):
                    chunks.append(found)
                    chunk_weights.append(factor * count)
        word_idx = np.fromiter(weights, dtype=np.int64, count=len(weights))
        word_val = np.fromiter(weights.values(), dtype=np.float64, count=len(weights))
        char_idx: np.ndarray = np.empty(0, dtype=np.int64)
        char_val: np.ndarray = np.empty(0)
        if chunks:
            char_idx, inverse = np.unique(np.concatenate(chunks), return_inverse=True)
            lengths = [len(c) for c in chunks]
            char_val = np.bincount(inverse, weights=np.repeat(chunk_weights, lengths))
        parts: list[tuple[np.ndarray, np.ndarray]] = []
        for idx, counts in ((word_idx, word_val), (char_idx, char_val)):
            weighted = np.log1p(counts) * self.idf[idx]
            norm = float(np.sqrt(np.dot(weighted, weighted)))
            parts.append((idx, weighted / norm if norm else weighted))
        indices = np.concatenate([parts[0][0], parts[1][0]])
        data = np.concatenate([parts[0][1], parts[1][1]])
        order = np.argsort(indices)
        return csr_matrix(
            (data[order], indices[order], np.array([0, len(indices)])), shape=(1, self.size)
        )

    def transform(self, docs: Iterable[Prepared]) -> csr_matrix:
        """The feature matrix of many prepared messages."""
        from scipy.sparse import vstack

        rows = [self.transform_one(d) for d in docs]
        return csr_matrix(vstack(rows, format="csr")) if rows else csr_matrix((0, self.size))

    def display(self, index: int, text: str) -> str:
        """A feature as staff should read it: a word or bigram, or the word a gram is part of."""
        name = self.names[index]
        if index < self.n_words:
            return name
        core = name.strip()
        low = text.lower()
        at = low.find(core)
        if at < 0:
            return core
        start, end = at, at + len(core)
        while start > 0 and low[start - 1].isalpha():
            start -= 1
        while end < len(low) and low[end].isalpha():
            end += 1
        return text[start:end]
