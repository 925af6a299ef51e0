"""Trains the language gate's lexical stage and writes src/Parsing/Languages/Detection/language-gate.json.

    python3 training/language-gate/train.py            # from the repository root
    python3 training/language-gate/train.py --help

Reads ../shared/data (relative to the repository root), the grammar packages under
src/Parsing/Native/node_modules (present after the first `dotnet build src/Parsing`) and the hand-written
fixtures beside this script. Prints the held-out accuracy and confusion matrix, snippets of 3 to 30 lines.
"""

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

import corpora
import features
from logreg import SoftmaxRegression

CLASSES = ["c", "cpp", "csharp", "java", "javascript", "typescript", "php", "python", "text"]
DIGITS = 2  # weights are stored rounded; every figure printed below is computed with the rounded weights

PARITY_TEXTS = [
    "def add(a, b):\n    return a + b\n",
    "#include <vector>\nstd::vector<int> v;\nfor (auto& x : v) { std::cout << x; }\n",
    "<?php\n$name = $_GET['name'];\necho \"Hello $name\";\n",
    "interface Point { x: number; y: number }\nconst p: Point = { x: 1, y: 2 };\n",
    "The quick brown fox jumps over the lazy dog.",
]


def main() -> int:
    here = Path(__file__).resolve().parent
    repo = here.parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=repo.parent / "shared" / "data")
    parser.add_argument("--node-modules", type=Path, default=repo / "src" / "Parsing" / "Native" / "node_modules")
    parser.add_argument("--out", type=Path, default=repo / "src" / "Parsing" / "Languages" / "Detection" / "language-gate.json")
    parser.add_argument("--cap", type=int, default=1200, help="most training snippets per source and class")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--ensemble", type=int, default=5, help="models averaged, seeds seed, seed+1, ...")
    args = parser.parse_args()

    samples = corpora.load_all(args.data, args.node_modules, here / "fixtures", repo)
    if not samples:
        print("error: no training data found; pass --data and --node-modules", file=sys.stderr)
        return 1
    print_inventory(samples)

    # Several models, each on its own sample and shuffle, averaged: the boundary between C# and Java (often
    # token for token the same code) moves by half a point from one seed to the next; the average does not.
    # The models are linear, so averaging weights is averaging their logits.
    models = [fit_one(samples, args.cap, args.epochs, args.seed + i) for i in range(args.ensemble)]
    model = SoftmaxRegression(features.FEATURE_COUNT, len(CLASSES))
    for f in range(model.features):
        model.weights[f] = [sum(m.weights[f][c] for m in models) / len(models) for c in range(model.classes)]
    model.bias = [sum(m.bias[c] for m in models) / len(models) for c in range(model.classes)]
    model = model.rounded(DIGITS)

    held = [s for s in samples if s.held_out]
    evaluate(model, held)
    write_model(model, args.out)
    return 0


def fit_one(samples: list[corpora.Sample], cap: int, epochs: int, seed: int) -> SoftmaxRegression:
    rng = random.Random(seed)
    # Capped per source, not per class: 10,000 CodeXGLUE methods would otherwise drown the 400 TransCoder
    # functions that show what Java written like C looks like.
    by_source: dict[tuple[str, str], list[corpora.Sample]] = defaultdict(list)
    for s in samples:
        if not s.held_out:
            by_source[(s.label, s.source)].append(s)
    train: list[corpora.Sample] = []
    for key in sorted(by_source):
        pool = by_source[key]
        rng.shuffle(pool)
        train.extend(pool[: cap])
    train = [with_shebang(s, rng) for s in train]
    train += [short for s in train if (short := short_window(s, rng)) is not None]
    counts = Counter(s.label for s in train)
    # Every class carries the same total weight, so 30 PHP fixtures count as much as 2,500 Java methods.
    weights = [len(train) / (len(counts) * counts[s.label]) for s in train]
    xs = [features.extract(s.text) for s in train]
    ys = [CLASSES.index(s.label) for s in train]

    model = SoftmaxRegression(features.FEATURE_COUNT, len(CLASSES))
    model.fit(xs, ys, weights, epochs=epochs, seed=seed, log=lambda m: print(m, file=sys.stderr))
    return model


SHEBANGS = {
    "python": ["#!/usr/bin/env python3", "#!/usr/bin/python"],
    "javascript": ["#!/usr/bin/env node"],
    "php": ["#!/usr/bin/env php\n<?php"],
}


def with_shebang(sample: corpora.Sample, rng: random.Random) -> corpora.Sample:
    """Scripts start with a shebang but functions cut from them do not; one training snippet in ten gets one
    (held-out snippets are never changed), so that the shebang features are seen and weighed at all."""
    lines = SHEBANGS.get(sample.label)
    if not lines or rng.random() >= 0.1 or sample.text.startswith("#!"):
        return sample
    return corpora.Sample(sample.label, sample.source, rng.choice(lines) + "\n" + sample.text, sample.held_out)


def short_window(sample: corpora.Sample, rng: random.Random) -> corpora.Sample | None:
    """One code snippet in four also yields a window of one to three of its lines. Without them the model never
    sees a line or two of code, and calls `int main() { return 0; }` prose."""
    if sample.label == "text" or rng.random() >= 0.25:
        return None
    lines = [line for line in sample.text.split("\n") if line.strip()]
    size = rng.randint(1, 3)
    if len(lines) <= size:
        return None
    start = rng.randrange(len(lines) - size + 1)
    return corpora.Sample(sample.label, sample.source + "-window", "\n".join(lines[start:start + size]), False)


def print_inventory(samples: list[corpora.Sample]) -> None:
    table: Counter = Counter((s.source, s.label, s.held_out) for s in samples)
    print("snippets (train / held-out) by source and label:")
    for source, label in sorted({(s, l) for s, l, _ in table}):
        print(f"  {source:20s} {label:11s} {table[(source, label, False)]:6d} / {table[(source, label, True)]:5d}")


def evaluate(model: SoftmaxRegression, held: list[corpora.Sample]) -> None:
    predicted = [CLASSES[argmax(model.probabilities(features.extract(s.text)))] for s in held]
    code = [(s, p) for s, p in zip(held, predicted) if s.label != "text"]
    correct = sum(1 for s, p in code if s.label == p)
    print(f"\nheld-out accuracy, code snippets of 3-30 lines (lexical stage only): "
          f"{correct / len(code):.4f} ({correct}/{len(code)})")
    prose = [(s, p) for s, p in zip(held, predicted) if s.label == "text"]
    if prose:
        ok = sum(1 for s, p in prose if p == "text")
        print(f"held-out prose recognised as no code: {ok / len(prose):.4f} ({ok}/{len(prose)})")

    per_source: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for s, p in zip(held, predicted):
        cell = per_source[(s.source, s.label)]
        cell[0] += s.label == p
        cell[1] += 1
    print("\nper source:")
    for (source, label), (ok, n) in sorted(per_source.items()):
        print(f"  {source:20s} {label:11s} {ok / n:.3f} ({ok}/{n})")

    print("\nconfusion matrix (rows: truth, columns: prediction):")
    short = {"javascript": "js", "typescript": "ts", "csharp": "cs", "python": "py", "text": "none"}
    header = "".join(f"{short.get(c, c):>7s}" for c in CLASSES)
    print(f"  {'':11s}{header}")
    matrix = Counter((s.label, p) for s, p in zip(held, predicted))
    for truth in CLASSES:
        if any(matrix[(truth, c)] for c in CLASSES):
            row = "".join(f"{matrix[(truth, c)]:7d}" for c in CLASSES)
            print(f"  {truth:11s}{row}")


def write_model(model: SoftmaxRegression, path: Path) -> None:
    words = [{"word": w, "weights": model.weights[i]} for i, w in enumerate(features.WORDS)]
    patterns = [
        {"name": name, "regex": regex, "weights": model.weights[len(features.WORDS) + i]}
        for i, (name, regex) in enumerate(features.PATTERNS)
    ]
    parity = [
        {"text": t, "probabilities": [round(p, 6) for p in model.probabilities(features.extract(t))]}
        for t in PARITY_TEXTS
    ]
    document = {
        "description": "Language gate, lexical stage: multinomial logistic regression over log(1 + count) of "
                       "whole-word tokens and multiline regex matches (CRLF read as LF). Trained by "
                       "training/language-gate/train.py; class 'text' means no code.",
        "version": 1,
        "classes": CLASSES,
        "bias": model.bias,
        "words": words,
        "patterns": patterns,
        "parity": parity,
    }
    text = json.dumps(document, separators=(",", ":"), ensure_ascii=True)
    # One feature per line keeps diffs of a retrained model readable.
    text = text.replace(',{"word"', ',\n{"word"').replace(',{"name"', ',\n{"name"').replace(',{"text"', ',\n{"text"')
    path.write_text(text + "\n", encoding="utf-8")
    print(f"\nwrote {path.name} ({path.stat().st_size} bytes, {features.FEATURE_COUNT} features)")


def argmax(values: list[float]) -> int:
    return max(range(len(values)), key=values.__getitem__)


if __name__ == "__main__":
    sys.exit(main())
