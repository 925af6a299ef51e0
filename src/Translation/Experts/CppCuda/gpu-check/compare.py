#!/usr/bin/env python3
"""Compares two harness printouts; reals match within a relative 1e-4 (atomic sums add in another order).
Usage: compare.py CPU.txt GPU.txt; exit 0 when equal."""
import sys

a = open(sys.argv[1]).read().split("\n")
b = open(sys.argv[2]).read().split("\n")
if len(a) != len(b):
    sys.exit(f"different line counts: {len(a)} vs {len(b)}")
for x, y in zip(a, b):
    if x == y:
        continue
    xs, ys = x.split(), y.split()
    if len(xs) != len(ys) or xs[:-1] != ys[:-1]:
        sys.exit(f"differ: {x!r} vs {y!r}")
    u, v = float(xs[-1]), float(ys[-1])
    if abs(u - v) > 1e-4 * max(1.0, abs(u), abs(v)):
        sys.exit(f"differ: {x!r} vs {y!r}")
