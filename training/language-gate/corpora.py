"""Reads the labelled snippets the gate learns from. Every corpus is optional: a missing folder is reported."""

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import snippets


@dataclass(frozen=True)
class Sample:
    label: str      # a language id of the model's classes ("text" for prose)
    source: str     # which corpus it came from, for the per-source report
    text: str
    held_out: bool


def load_all(data: Path, node_modules: Path, fixtures: Path, own: Path | None = None) -> list[Sample]:
    samples: list[Sample] = []
    for loader, root in (
        *(((_own_sources, own),) if own is not None else ()),
        (_codexglue, data / "codexglue-java-cs"),
        (_transcoder, data / "transcoder-gfg"),
        (_cosqa_code, data / "cosqa"),
        (_prose_from_data, data),
        (_node_modules, node_modules),
        (_fixtures, fixtures),
    ):
        if not root.exists():
            print(f"warning: {root} not found; its samples are skipped", file=sys.stderr)
            continue
        samples.extend(loader(root))
    return _dedupe(samples)


def _codexglue(root: Path) -> list[Sample]:
    # The upstream split is kept: train records train, valid records are held out.
    out: list[Sample] = []
    for split, held in (("train", False), ("valid", True)):
        for ext, label in (("java", "java"), ("cs", "csharp")):
            path = root / f"{split}.java-cs.txt.{ext}"
            for line in path.read_text(encoding="utf-8").splitlines():
                text = snippets.reflow(line)
                if snippets.in_range(text):
                    out.append(Sample(label, "codexglue-java-cs", text, held))
    return out


def _transcoder(root: Path) -> list[Sample]:
    # Split by problem group (variants of one article stay together), from the manifest's group hash.
    groups = {}
    for line in (root / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        groups[record["id"]] = record["group_sha1"]
    out: list[Sample] = []
    for folder, label in (("cpp", "cpp"), ("java", "java"), ("python", "python")):
        for path in sorted((root / folder).iterdir()):
            group = groups.get(path.stem)
            if group is None:
                continue
            harness = path.read_text(encoding="utf-8")
            held = int(group[:2], 16) % 5 == 0
            text = snippets.gold_function(harness)
            if snippets.in_range(text):
                out.append(Sample(label, "transcoder-gfg", text, held))
            # Training also sees the function with the file's imports above it, as files show it; the
            # evaluation keeps to bare functions.
            head = snippets.file_head(harness)
            if not held and head and head != text:
                out.append(Sample(label, "transcoder-gfg-head", head, held))
    return out


def _cosqa_code(root: Path) -> list[Sample]:
    codes = json.loads((root / "code_idx_map.txt").read_text(encoding="utf-8"))
    out: list[Sample] = []
    for code in codes:
        text = code.replace("\r\n", "\n").strip("\n")
        if snippets.in_range(text):
            out.append(Sample("python", "cosqa", text, snippets.held_out(text)))
    return out


_DOCSTRING = re.compile(r'"""(.*?)"""', re.S)


def _prose_from_data(data: Path) -> list[Sample]:
    out: list[Sample] = []
    qa = data / "cosqa" / "cosqa-dev-qa.json"
    if qa.exists():
        for record in json.loads(qa.read_text(encoding="utf-8")):
            doc = record["doc"].strip()
            out.append(Sample("text", "cosqa-queries", doc, snippets.held_out(doc)))
    codes = data / "cosqa" / "code_idx_map.txt"
    if codes.exists():
        for code in json.loads(codes.read_text(encoding="utf-8")):
            for match in _DOCSTRING.finditer(code):
                doc = "\n".join(line.strip() for line in match.group(1).strip().split("\n"))
                # Doctests are code, not prose.
                if len(doc.split()) >= 6 and ">>>" not in doc:
                    out.append(Sample("text", "cosqa-docstrings", doc, snippets.held_out(doc)))
    sources = data / "SOURCES.md"
    if sources.exists():
        out.extend(_markdown_paragraphs(sources.read_text(encoding="utf-8"), "sources-md"))
    return out


def _markdown_paragraphs(markdown: str, source: str) -> list[Sample]:
    """Paragraphs of running text: fenced code, tables and headings are dropped."""
    out: list[Sample] = []
    fenced = False
    paragraph: list[str] = []
    for line in markdown.replace("\r\n", "\n").split("\n") + [""]:
        if line.startswith("```"):
            fenced = not fenced
            continue
        if fenced or line.startswith(("|", "#", "<", "[!")) or "](" in line:
            line = ""
        if line.strip():
            paragraph.append(line.rstrip())
        elif paragraph:
            text = "\n".join(paragraph)
            if len(text.split()) >= 6:
                out.append(Sample("text", source, text, snippets.held_out(text)))
            paragraph = []
    return out


def _node_label(path: Path) -> str | None:
    name = path.name
    if name == "parser.c" or name == "wasm-stdlib.h":
        return None  # generated tables, not code anyone writes
    if name.endswith(".d.ts"):
        return "typescript"
    if name.endswith(".js"):
        return "javascript"
    if name.endswith(".cc"):
        return "cpp"
    if name.endswith(".c"):
        return "c"
    if name.endswith(".h"):
        # A header is C++ in node-addon-api and beside C++ sources (the Node bindings), C elsewhere (runtime,
        # scanners).
        beside_cpp = any(p.suffix in (".cc", ".cpp") for p in path.parent.iterdir())
        return "cpp" if beside_cpp or "node-addon-api" in path.parts else "c"
    return None


def _node_modules(root: Path) -> list[Sample]:
    # The grammar packages the build installs: JavaScript grammars and bindings, the C runtime and scanners,
    # C++ Node bindings and their .d.ts typings. A file is held out by the hash of its content.
    out: list[Sample] = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and (label := _node_label(path)) is not None:
            text = path.read_text(encoding="utf-8", errors="replace")
            key = hashlib.sha1(text.encode("utf-8")).hexdigest()
            for chunk in snippets.chunks(text, key):
                out.append(Sample(label, "node_modules", chunk, snippets.held_out(text)))
        elif path.is_file() and path.name.lower().startswith(("readme", "license")):
            out.extend(_markdown_paragraphs(path.read_text(encoding="utf-8", errors="replace"), "node_modules-docs"))
    return out


# This repository's own C#: C# as it is written today (CodeXGLUE's C# side is Java ported line by line).
# Build output is skipped.
_OWN = (("src", ".cs", "csharp"),)
_SKIP = {"bin", "obj"}


def _own_sources(repo: Path) -> list[Sample]:
    # A file is held out by the hash of its path, so editing a file does not move it across the split.
    out: list[Sample] = []
    for folder, suffix, label in _OWN:
        for path in sorted((repo / folder).rglob(f"*{suffix}")):
            if _SKIP.intersection(path.relative_to(repo).parts):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            name = path.relative_to(repo).as_posix()
            key = hashlib.sha1(name.encode("utf-8")).hexdigest()
            held = snippets.held_out(name)
            for chunk in snippets.chunks(text, key):
                out.append(Sample(label, "own-sources", chunk, held))
    return out


def _fixtures(root: Path) -> list[Sample]:
    out: list[Sample] = []
    for name, label in (
        ("php.txt", "php"), ("typescript.txt", "typescript"), ("c.txt", "c"), ("javascript.txt", "javascript"),
        ("csharp.txt", "csharp"), ("java.txt", "java"), ("prose.txt", "text"),
    ):
        for text in snippets.split_fixture((root / name).read_text(encoding="utf-8")):
            out.append(Sample(label, "fixtures", text, snippets.held_out(text)))
    return out


def _dedupe(samples: list[Sample]) -> list[Sample]:
    # Copies of one grammar ship in several packages; a snippet seen twice is kept once (its first split).
    seen: set[str] = set()
    out: list[Sample] = []
    for s in samples:
        if s.text not in seen:
            seen.add(s.text)
            out.append(s)
    return out
