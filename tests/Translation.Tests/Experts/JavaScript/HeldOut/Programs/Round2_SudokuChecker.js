class Grid {
  static SIZE = 9;
  constructor(cells) { this.cells = cells; }

  static fromString(text) {
    const digits = text.replace(/\s+/g, '').replace(/[._]/g, '0');
    if (!/^[0-9]{81}$/.test(digits)) throw new Error(`expected 81 digits, got ${digits.length}`);
    return new Grid([...digits].map(Number));
  }

  get(r, c) { return this.cells[r * 9 + c]; }
  set(r, c, v) { this.cells[r * 9 + c] = v; }
  clone() { return new Grid([...this.cells]); }

  static units = Array.from({ length: 9 }, (_, i) => {
    const [br, bc] = [Math.floor(i / 3) * 3, (i % 3) * 3];
    return [
      { kind: 'row', index: i + 1, cells: Array.from({ length: 9 }, (_, c) => [i, c]) },
      { kind: 'col', index: i + 1, cells: Array.from({ length: 9 }, (_, r) => [r, i]) },
      { kind: 'box', index: i + 1, cells: Array.from({ length: 9 }, (_, k) => [br + Math.floor(k / 3), bc + (k % 3)]) },
    ];
  }).flat();

  conflicts() {
    const found = [];
    for (const { kind, index, cells } of Grid.units) {
      const seen = new Map();
      for (const [r, c] of cells) {
        const v = this.get(r, c);
        if (v === 0) continue;
        if (seen.has(v)) found.push(`${kind} ${index}: ${v} at r${seen.get(v)[0] + 1}c${seen.get(v)[1] + 1} and r${r + 1}c${c + 1}`);
        else seen.set(v, [r, c]);
      }
    }
    return found;
  }

  candidates(r, c) {
    const used = new Set();
    for (let k = 0; k < 9; k++) {
      used.add(this.get(r, k)).add(this.get(k, c));
      used.add(this.get(Math.floor(r / 3) * 3 + Math.floor(k / 3), Math.floor(c / 3) * 3 + (k % 3)));
    }
    return [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => !used.has(d));
  }

  get filled() { return this.cells.filter((v) => v !== 0).length; }

  render() {
    const lines = [];
    for (let r = 0; r < 9; r++) {
      if (r && r % 3 === 0) lines.push('------+-------+------');
      const row = this.cells.slice(r * 9, r * 9 + 9).map((v) => (v ? String(v) : '.'));
      lines.push([row.slice(0, 3), row.slice(3, 6), row.slice(6)].map((g) => g.join(' ')).join(' | '));
    }
    return lines.join('\n');
  }
}

function solve(grid, stats = { guesses: 0, singles: 0 }) {
  let progress = true;
  while (progress) {
    progress = false;
    for (let i = 0; i < 81; i++) {
      const [r, c] = [Math.floor(i / 9), i % 9];
      if (grid.get(r, c)) continue;
      const cands = grid.candidates(r, c);
      if (cands.length === 0) return null;
      if (cands.length === 1) { grid.set(r, c, cands[0]); stats.singles++; progress = true; }
    }
  }
  let best = null;
  for (let i = 0; i < 81; i++) {
    const [r, c] = [Math.floor(i / 9), i % 9];
    if (grid.get(r, c)) continue;
    const cands = grid.candidates(r, c);
    if (!best || cands.length < best.cands.length) best = { r, c, cands };
  }
  if (!best) return grid;
  for (const d of best.cands) {
    stats.guesses++;
    const copy = grid.clone();
    copy.set(best.r, best.c, d);
    const result = solve(copy, stats);
    if (result) return result;
  }
  return null;
}

const puzzles = {
  classic: '530070000 600195000 098000060 800060003 400803001 700020006 060000280 000419005 000080079',
  harder: '..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..',
  broken: '553070000 600195000 098000060 800060003 400803001 700020006 060000280 000419005 000080077',
  short: '12345',
};

for (const [name, text] of Object.entries(puzzles)) {
  console.log(`### ${name}`);
  let grid;
  try {
    grid = Grid.fromString(text);
  } catch ({ message }) {
    console.log(`  invalid input: ${message}`);
    continue;
  }
  const problems = grid.conflicts();
  if (problems.length) {
    problems.forEach((p) => console.log(`  conflict in ${p}`));
    continue;
  }
  const stats = { guesses: 0, singles: 0 };
  const solved = solve(grid.clone(), stats);
  const first = grid.cells.indexOf(0);
  const [fr, fc] = [Math.floor(first / 9), first % 9];
  console.log(`  givens=${grid.filled} first empty r${fr + 1}c${fc + 1} candidates=[${grid.candidates(fr, fc).join(',')}]`);
  if (!solved) { console.log('  no solution'); continue; }
  console.log(solved.render());
  const ok = solved.conflicts().length === 0 && solved.filled === 81;
  console.log(`  valid=${ok} ${JSON.stringify(stats)} checksum=${solved.cells.reduce((h, v, i) => (h * 31 + v * (i + 1)) % 1000003, 7)}`);
}
