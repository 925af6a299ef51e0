// Line-based diff (LCS) and patch applier with hunk verification.
class PatchConflictError extends Error {
  constructor(hunkIndex, expected, actual) {
    super(`hunk #${hunkIndex + 1} failed: expected "${expected}" but found "${actual ?? '<EOF>'}"`);
    this.name = 'PatchConflictError';
    this.hunkIndex = hunkIndex;
  }
}

function lcsTable(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = Array.from({ length: rows }, () => new Array(cols).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  return table;
}

function* diffOps(a, b) {
  const t = lcsTable(a, b);
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      yield { op: ' ', text: a[i], oldLine: i + 1, newLine: j + 1 };
      i++; j++;
    } else if (t[i + 1][j] >= t[i][j + 1]) {
      yield { op: '-', text: a[i], oldLine: i + 1, newLine: j + 1 };
      i++;
    } else {
      yield { op: '+', text: b[j], oldLine: i + 1, newLine: j + 1 };
      j++;
    }
  }
  while (i < a.length) yield { op: '-', text: a[i], oldLine: ++i, newLine: j + 1 };
  while (j < b.length) yield { op: '+', text: b[j], oldLine: i + 1, newLine: ++j };
}

function buildHunks(ops, context = 1) {
  const changed = ops.map((o, idx) => (o.op !== ' ' ? idx : -1)).filter(idx => idx >= 0);
  const hunks = [];
  let current = null;
  for (const idx of changed) {
    const start = Math.max(0, idx - context);
    const end = Math.min(ops.length - 1, idx + context);
    if (current && start <= current.end + 1) {
      current.end = end;
    } else {
      current = { start, end };
      hunks.push(current);
    }
  }
  return hunks.map(({ start, end }) => {
    const lines = ops.slice(start, end + 1);
    const oldStart = lines[0].oldLine;
    const oldCount = lines.filter(l => l.op !== '+').length;
    const newCount = lines.filter(l => l.op !== '-').length;
    return { oldStart, oldCount, newStart: lines[0].newLine, newCount, lines };
  });
}

function formatPatch(hunks) {
  const out = [];
  for (const h of hunks) {
    out.push(`@@ -${h.oldStart},${h.oldCount} +${h.newStart},${h.newCount} @@`);
    for (const { op, text } of h.lines) out.push(`${op}${text}`);
  }
  return out.join('\n');
}

function parsePatch(text) {
  const hunks = [];
  const headerRe = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$/;
  for (const line of text.split('\n')) {
    const m = line.match(headerRe);
    if (m) {
      const [, oldStart, oldCount, newStart, newCount] = m.map(Number);
      hunks.push({ oldStart, oldCount, newStart, newCount, lines: [] });
    } else if (hunks.length) {
      hunks.at(-1).lines.push({ op: line[0], text: line.slice(1) });
    }
  }
  return hunks;
}

function applyPatch(source, hunks) {
  const result = [...source];
  let offset = 0;
  hunks.forEach((hunk, hi) => {
    let pos = hunk.oldStart - 1 + offset;
    for (const { op, text } of hunk.lines) {
      switch (op) {
        case ' ':
          if (result[pos] !== text) throw new PatchConflictError(hi, text, result[pos]);
          pos++;
          break;
        case '-':
          if (result[pos] !== text) throw new PatchConflictError(hi, text, result[pos]);
          result.splice(pos, 1);
          offset--;
          break;
        case '+':
          result.splice(pos++, 0, text);
          offset++;
          break;
        default:
          throw new Error(`bad op ${op}`);
      }
    }
  });
  return result;
}

const original = ['# Config', 'host = localhost', 'port = 8080', 'debug = false',
  'workers = 4', 'timeout = 30', 'log = /var/log/app.log'];
const revised = ['# Config', 'host = 0.0.0.0', 'port = 8080', 'debug = false',
  'workers = 8', 'retries = 3', 'timeout = 30'];

const ops = [...diffOps(original, revised)];
const stats = ops.reduce((acc, { op }) => ({ ...acc, [op]: (acc[op] ?? 0) + 1 }), {});
console.log(`Diff stats: ${stats[' ']} same, ${stats['-']} removed, ${stats['+']} added`);
for (const ctx of [1, 0]) {
  const patchText = formatPatch(buildHunks(ops, ctx));
  console.log(`--- context=${ctx} ---\n${patchText}`);
  const parsed = parsePatch(patchText);
  console.log(`Parsed ${parsed.length} hunk(s); sizes: ${parsed.map(h => h.lines.length).join('/')}`);
  const patched = applyPatch(original, parsed);
  console.log(`Round-trip ok: ${patched.join('\n') === revised.join('\n')}`);
}
const drifted = original.map(l => l.replace(/^workers = \d+$/, 'workers = 16'));
try {
  applyPatch(drifted, parsePatch(formatPatch(buildHunks(ops, 0))));
  console.log('unexpected success');
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
} finally {
  console.log(`Drifted file still has ${drifted.length} lines`);
}
