"""Turning corpus records into snippets of a few lines, the unit the gate is trained and evaluated on."""

import hashlib

MIN_LINES = 3
MAX_LINES = 30


def held_out(key: str) -> bool:
    """A record is held out when the first byte of SHA-1(key) is divisible by 5 (about 20%).

    The C# held-out test applies the same rule, so both sides agree on the split without sharing a list.
    """
    return hashlib.sha1(key.encode("utf-8")).digest()[0] % 5 == 0


def line_count(text: str) -> int:
    return len(text.strip("\n").split("\n")) if text.strip() else 0


def in_range(text: str) -> bool:
    return MIN_LINES <= line_count(text) <= MAX_LINES


def reflow(one_line: str) -> str:
    """Lays a one-line brace-language function out one statement per line, indented by brace depth.

    CodeXGLUE stores each Java/C# method on a single line; detection sees multi-line snippets, so the
    records are re-laid out before use. Strings and char literals are copied untouched, and a `;` inside
    parentheses (a `for` header) does not break the line.
    """
    lines: list[str] = []
    current: list[str] = []
    depth = 0
    parens = 0
    quote = ""
    escaped = False

    def flush() -> None:
        text = "".join(current).strip()
        if text:
            lines.append("    " * max(depth, 0) + text)
        current.clear()

    for ch in one_line:
        if quote:
            current.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                quote = ""
            continue
        if ch in "\"'":
            quote = ch
            current.append(ch)
        elif ch == "(":
            parens += 1
            current.append(ch)
        elif ch == ")":
            parens -= 1
            current.append(ch)
        elif ch == "{":
            current.append(ch)
            flush()
            depth += 1
        elif ch == "}":
            flush()
            depth -= 1
            current.append(ch)
            flush()
        elif ch == ";" and parens <= 0:
            current.append(ch)
            flush()
        else:
            current.append(ch)
    flush()
    return "\n".join(lines)


def gold_function(harness: str) -> str:
    """The `f_gold` function of a TransCoder harness: from its first mention to the TOFILL marker."""
    lines = harness.replace("\r\n", "\n").split("\n")
    start = next((i for i, line in enumerate(lines) if "f_gold" in line), None)
    end = next((i for i, line in enumerate(lines) if "TOFILL" in line), None)
    if start is None or end is None or end <= start:
        return ""
    return "\n".join(lines[start:end]).strip("\n")


def file_head(harness: str) -> str:
    """A TransCoder harness from its first line of code (after the licence comment) to the TOFILL marker."""
    lines = harness.replace("\r\n", "\n").split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith(("//", "#"))
                  or line.startswith("#include")), None)
    end = next((i for i, line in enumerate(lines) if "TOFILL" in line), None)
    if start is None or end is None or end <= start:
        return ""
    return "\n".join(lines[start:end]).strip("\n")


def chunks(text: str, key: str) -> list[str]:
    """Cuts a whole file into snippets at blank lines, each aiming at 6 to 30 lines (fixed per file and index)."""
    lines = text.replace("\r\n", "\n").split("\n")
    blocks: list[list[str]] = []
    block: list[str] = []
    for line in lines:
        if line.strip():
            block.append(line.rstrip())
        elif block:
            blocks.append(block)
            block = []
    if block:
        blocks.append(block)

    pieces: list[list[str]] = []
    for b in blocks:
        for i in range(0, len(b), MAX_LINES):
            pieces.append(b[i:i + MAX_LINES])

    result: list[str] = []
    current: list[str] = []
    target = _target(key, 0)
    for piece in pieces:
        if current and len(current) + 1 + len(piece) > target:
            result.append("\n".join(current))
            current = []
            target = _target(key, len(result))
        if current:
            current.append("")
        current.extend(piece)
    if current:
        result.append("\n".join(current))
    return [c for c in result if in_range(c) and not _mostly_comment(c)]


def _target(key: str, index: int) -> int:
    digest = hashlib.sha1(f"{key}#{index}".encode("utf-8")).digest()
    return 6 + digest[0] % 25


def _mostly_comment(snippet: str) -> bool:
    lines = [line.strip() for line in snippet.split("\n") if line.strip()]
    comments = sum(1 for line in lines if line.startswith(("//", "/*", "*", "#!")))
    return comments * 5 >= len(lines) * 4


def split_fixture(text: str) -> list[str]:
    """Fixture files hold snippets separated by a line of four tildes."""
    parts = text.replace("\r\n", "\n").split("\n~~~~\n")
    return [p.strip("\n") for p in parts if p.strip()]
