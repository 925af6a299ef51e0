"""Writes the gate's held-out code snippets (3 to 30 lines) as JSON lines, for `codeintel bench gate`.

    python3 training/language-gate/held_out.py --out held-out.jsonl      # from the repository root

Uses the same corpora and the same train/held-out split as train.py (nothing here is trained on), so the .NET
detector, with both of its stages, is measured on exactly the snippets the training script holds out.
Each line: {"label": language id, "source": corpus name, "text": snippet}.
"""

import argparse
import json
from pathlib import Path

import corpora


def main() -> int:
    repo = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=repo.parent / "shared" / "data")
    parser.add_argument("--node-modules", type=Path, default=repo / "src" / "Parsing" / "Native" / "node_modules")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    samples = corpora.load_all(args.data, args.node_modules, Path(__file__).resolve().parent / "fixtures", repo)
    held = [s for s in samples if s.held_out and s.label != "text"]
    with args.out.open("w", encoding="utf-8") as out:
        for s in held:
            out.write(json.dumps({"label": s.label, "source": s.source, "text": s.text}) + "\n")
    print(f"wrote {len(held)} held-out code snippets to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
