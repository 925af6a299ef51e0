#!/usr/bin/env bash
# For a machine with an NVIDIA GPU and the CUDA toolkit (nvcc); CI never runs this.
# Translates each C++ function of the CodeRosetta C++/CUDA set with `codeintel translate --to cuda`, builds the
# original with g++ and the generated kernels + wrapper with nvcc against the same harness (harness.py: fixed
# random inputs), runs both and compares every array argument afterwards (compare.py).
# Usage: run.sh [CPP_TOK_FILE] [LIMIT]   (run from the repository root)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="${1:-../shared/data/coderosetta/cpp-cuda/cpp.para.valid.tok}"
limit="${2:-1000}"
for tool in nvcc g++ python3; do command -v "$tool" >/dev/null || { echo "gpu-check: $tool not found" >&2; exit 2; }; done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prelude="-include cmath -include cstdlib -include cstdio -include algorithm"
equal=0; differ=0; skipped=0; n=0
while IFS= read -r line && [ "$n" -lt "$limit" ]; do
  n=$((n + 1)); f="$work/f$n"
  printf '%s\n' "$line" > "$f.cpp"
  ./codeintel translate "$f.cpp" --to cuda --out "$f.cu" 2>/dev/null || { skipped=$((skipped + 1)); continue; }
  grep -q "__global__" "$f.cu" || { skipped=$((skipped + 1)); continue; }
  name=$(sed -E 's/^[^(]*\b([A-Za-z_][A-Za-z0-9_]*) *\(.*/\1/' "$f.cpp" | head -1)
  python3 "$here/harness.py" "$f.cpp" "$name" > "$f.main.cpp" || { skipped=$((skipped + 1)); continue; }
  python3 "$here/harness.py" "$f.cu" "$name" > "$f.gpu.main.cpp" || { skipped=$((skipped + 1)); continue; }
  if ! g++ -O1 -w $prelude "$f.cpp" "$f.main.cpp" -o "$f.cpu" 2>/dev/null || ! nvcc -O1 -w $prelude "$f.cu" "$f.gpu.main.cpp" -o "$f.gpu" 2>"$f.nvcc.log"; then
    echo "f$n: build failed: $(head -c 300 "$f.nvcc.log")"; skipped=$((skipped + 1)); continue
  fi
  timeout 60 "$f.cpu" > "$f.cpu.txt"; timeout 60 "$f.gpu" > "$f.gpu.txt"
  if python3 "$here/compare.py" "$f.cpu.txt" "$f.gpu.txt"; then equal=$((equal + 1)); else differ=$((differ + 1)); echo "f$n: results differ"; fi
done < "$data"
echo "gpu-check: $equal equal, $differ differ, $skipped skipped (no kernel or build failure) of $n functions"
[ "$differ" -eq 0 ]
