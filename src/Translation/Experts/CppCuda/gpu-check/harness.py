#!/usr/bin/env python3
"""Writes a main() that calls one C++ function on deterministic inputs and prints every array argument afterwards.

The same main is linked against the original C++ (g++) and against the generated CUDA wrapper (nvcc); compare.py
then compares the two printouts. Usage: harness.py FILE [NAME] > main.cpp (NAME: the function to call; default the first one defined). A trailing
`long X_count` parameter that the CUDA wrapper adds for an array of unknown extent gets that array's element count.
"""
import re
import sys

SCALAR_INT = 64        # every integer argument: sizes, strides, counts
ELEMENTS = 1 << 20     # every array argument gets this many elements, enough for SCALAR_INT-sized loops nests


def split_params(text):
    depth, cur, out = 0, "", []
    for ch in text:
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
            continue
        depth += ch in "(<[" and 1 or (ch in ")>]" and -1 or 0)
        cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def main():
    source = open(sys.argv[1]).read()
    wanted = sys.argv[2] if len(sys.argv) > 2 else r"\w+"
    m = None
    for m in re.finditer(r"(?:^|[;}\n])\s*([\w\s\*]*?)\b(" + wanted + r")\s*\(([^()]*)\)\s*\{", source):
        if "__global__" not in m.group(1):
            break
    else:
        m = None
    if not m:
        sys.exit("no function definition found")
    ret, name, params = m.group(1).strip(), m.group(2), split_params(m.group(3))
    decls, args, dumps = [], [], []
    for k, p in enumerate(params):
        if p == "void":
            continue
        ident = re.findall(r"\w+", p)[-1]
        pointer = "*" in p or "[" in p
        base = " ".join(t for t in re.findall(r"\w+", p)[:-1] if t != "const") or "int"
        var = f"arg{k}"
        if pointer:
            decls.append(f"  {base}* {var} = new {base}[{ELEMENTS}];")
            integral = not any(t in base for t in ("float", "double"))
            fill = "(seed >> 16) % 16" if integral else "(seed >> 8) % 1000 / 1000.0"
            decls.append(f"  for (long e = 0; e < {ELEMENTS}; ++e) {{ seed = seed * 1103515245u + 12345u; {var}[e] = ({base})({fill}); }}")
            args.append(var)
            dumps.append(f'  for (long e = 0; e < {ELEMENTS}; e += 997) std::printf("{ident} %ld %.9g\\n", e, (double){var}[e]);')
        else:
            value = "0.5" if any(t in base for t in ("float", "double")) else str(ELEMENTS if ident.endswith("_count") else SCALAR_INT)
            decls.append(f"  {base} {var} = ({base}){value};")
            args.append(var)
    print("#include <cstdio>")
    print(f"{ret} {name}({', '.join(params)});")
    print("int main() {")
    print("  unsigned seed = 12345u;")
    print("\n".join(decls))
    call = f"{name}({', '.join(args)})"
    if ret not in ("void", ""):
        print(f'  std::printf("return %.9g\\n", (double){call});')
    else:
        print(f"  {call};")
    print("\n".join(dumps))
    print("  return 0;\n}")


if __name__ == "__main__":
    main()
