"""Byte-level BPE written for this project: trains merges, encodes like Hugging Face tokenizers, and writes a
tokenizer.json that the tokenizers library (and so Tokenizers.DotNet) loads with the same ids."""
import collections
import json
import re

# Words: an identifier, a number or a punctuation run, each with at most one leading space; other whitespace alone.
PATTERN = r" ?[A-Za-z_]+| ?[0-9]+| ?[^A-Za-z0-9_\s]+|\s+"
SPECIALS = ["<pad>", "</s>", "<unk>", "<2cs>", "<2java>", "<2py>"]


def bytes_to_unicode():
    """GPT-2's reversible byte -> printable character map, the one the ByteLevel pre-tokenizer uses."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("\u00a1"), ord("\u00ac") + 1)) + list(range(ord("\u00ae"), ord("\u00ff") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


BYTE_MAP = bytes_to_unicode()
_regex = re.compile(PATTERN)


def words(text):
    return ["".join(BYTE_MAP[b] for b in w.encode("utf-8")) for w in _regex.findall(text)]


def train(texts, merges_wanted):
    freq = collections.Counter()
    for t in texts:
        freq.update(words(t))
    vocab_words = [list(w) for w in freq]
    counts = [freq[w] for w in freq]
    pairs = collections.Counter()
    where = collections.defaultdict(set)
    for i, w in enumerate(vocab_words):
        for a, b in zip(w, w[1:]):
            pairs[(a, b)] += counts[i]
            where[(a, b)].add(i)
    merges = []
    for _ in range(merges_wanted):
        if not pairs:
            break
        best = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
        if best[1] < 2:
            break
        (a, b) = best[0]
        merges.append((a, b))
        for i in list(where[(a, b)]):
            w = vocab_words[i]
            for x, y in zip(w, w[1:]):
                pairs[(x, y)] -= counts[i]
                if pairs[(x, y)] <= 0:
                    del pairs[(x, y)]
            j, out = 0, []
            while j < len(w):
                if j + 1 < len(w) and w[j] == a and w[j + 1] == b:
                    out.append(a + b)
                    j += 2
                else:
                    out.append(w[j])
                    j += 1
            vocab_words[i] = out
            for x, y in zip(out, out[1:]):
                pairs[(x, y)] += counts[i]
                where[(x, y)].add(i)
        pairs.pop((a, b), None)
        where.pop((a, b), None)
    return merges


class Tokenizer:
    def __init__(self, merges):
        self.merges = merges
        self.ranks = {m: i for i, m in enumerate(merges)}
        vocab = list(SPECIALS) + sorted(set(BYTE_MAP.values()))
        vocab += [a + b for a, b in merges if a + b not in vocab]
        self.vocab = {t: i for i, t in enumerate(dict.fromkeys(vocab))}
        self.inverse = {i: t for t, i in self.vocab.items()}
        self.byte_decoder = {c: b for b, c in BYTE_MAP.items()}
        self.cache = {}

    def _bpe(self, word):
        if word in self.cache:
            return self.cache[word]
        parts = list(word)
        while len(parts) > 1:
            ranked = [(self.ranks.get((x, y), 1 << 30), k) for k, (x, y) in enumerate(zip(parts, parts[1:]))]
            rank, k = min(ranked)
            if rank == 1 << 30:
                break
            parts = parts[:k] + [parts[k] + parts[k + 1]] + parts[k + 2:]
        self.cache[word] = parts
        return parts

    def encode(self, text):
        return [self.vocab[p] for w in words(text) for p in self._bpe(w)]

    def decode(self, ids):
        text = "".join(self.inverse[i] for i in ids if i >= len(SPECIALS))
        return bytes(self.byte_decoder[c] for c in text).decode("utf-8", errors="replace")

    def special(self, token):
        return self.vocab[token]

    def to_json(self):
        return {
            "version": "1.0",
            "truncation": None,
            "padding": None,
            "added_tokens": [
                {"id": i, "content": t, "single_word": False, "lstrip": False, "rstrip": False, "normalized": False, "special": True}
                for i, t in enumerate(SPECIALS)
            ],
            "normalizer": None,
            "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
                {"type": "Split", "pattern": {"Regex": PATTERN}, "behavior": "Isolated", "invert": False},
                {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": False, "use_regex": False},
            ]},
            "post_processor": None,
            "decoder": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": False, "use_regex": False},
            "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": None,
                      "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False, "ignore_merges": False,
                      "vocab": self.vocab, "merges": [[a, b] for a, b in self.merges]},
        }
