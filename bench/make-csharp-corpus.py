#!/usr/bin/env python3
"""Lay out the C# side of the CodeXGLUE Java<->C# training set as a repository of C# files.

The 10,295 methods are real code from Lucene.Net, NPOI, NGit and Antlr, one method per line. This groups
them into classes (--methods-per-class each) spread over namespaces and folders, one class per file, and
reformats each method over several lines so chunkers see ordinary source. It writes only generated files
under --out; the data set itself is read where it is.

    python3 bench/make-csharp-corpus.py --data ../shared/data/codexglue-java-cs --out CORPUS_DIR
    dotnet run --project src/Cli -c Release -- bench chunks CORPUS_DIR
"""
import argparse
import os
import re
import sys


def reflow(method: str) -> str:
    """Break a one-line method at braces and semicolons, indenting by nesting depth."""
    out, depth, line, in_string = [], 2, "", None
    i = 0
    while i < len(method):
        c = method[i]
        line += c
        if in_string:
            if c == "\\":
                line += method[i + 1:i + 2]
                i += 1
            elif c == in_string:
                in_string = None
        elif c in "\"'":
            in_string = c
        elif c == "{":
            out.append("    " * depth + line.strip())
            depth, line = depth + 1, ""
        elif c == "}":
            depth = max(2, depth - 1)
            before = line[:-1].strip()
            if before:
                out.append("    " * (depth + 1) + before)
            out.append("    " * depth + "}")
            line = ""
        elif c == ";" and not re.search(r"\bfor\s*\([^)]*$", line):
            out.append("    " * depth + line.strip())
            line = ""
        i += 1
    if line.strip():
        out.append("    " * depth + line.strip())
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True, help="the codexglue-java-cs folder")
    parser.add_argument("--out", required=True, help="folder to create the corpus in")
    parser.add_argument("--methods-per-class", type=int, default=10)
    args = parser.parse_args()

    source = os.path.join(args.data, "train.java-cs.txt.cs")
    if not os.path.exists(source):
        print(f"make-csharp-corpus: {source} not found; pass the codexglue-java-cs folder with --data", file=sys.stderr)
        return 1
    with open(source, encoding="utf-8") as f:
        methods = [m.strip() for m in f if m.strip()]

    areas = ["Index", "Search", "Analysis", "Store", "Util", "Codecs", "Documents", "Queries", "Formats", "Transport"]
    files = 0
    for start in range(0, len(methods), args.methods_per_class):
        n = start // args.methods_per_class
        area = areas[n % len(areas)]
        folder = os.path.join(args.out, area, f"Part{n // 100:02d}")
        os.makedirs(folder, exist_ok=True)
        body = "\n\n".join(reflow(m) for m in methods[start:start + args.methods_per_class])
        text = (f"using System;\nusing System.Collections.Generic;\nusing System.IO;\n\n"
                f"namespace Corpus.{area}.Part{n // 100:02d}\n{{\n    public partial class Generated{n:05d}\n    {{\n"
                f"{body}\n    }}\n}}\n")
        with open(os.path.join(folder, f"Generated{n:05d}.cs"), "w", encoding="utf-8") as f:
            f.write(text)
        files += 1
    print(f"wrote {files} files with {len(methods)} methods under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
