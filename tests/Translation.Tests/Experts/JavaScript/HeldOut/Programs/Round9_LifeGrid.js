'use strict';

class XorShift32 {
  constructor(seed) {
    this.state = seed >>> 0 || 1;
  }
  next() {
    let x = this.state;
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    this.state = x;
    return x;
  }
  chance(percent) {
    return this.next() % 100 < percent;
  }
}

class Grid {
  constructor(width, height, cells = null) {
    this.width = width;
    this.height = height;
    this.cells = cells ?? new Uint8Array(width * height);
  }

  static random(width, height, seed, density) {
    const rng = new XorShift32(seed);
    const g = new Grid(width, height);
    for (let i = 0; i < g.cells.length; i++) g.cells[i] = rng.chance(density) ? 1 : 0;
    return g;
  }

  static parse(rows) {
    const g = new Grid(rows[0].length, rows.length);
    rows.forEach((row, y) => [...row].forEach((ch, x) => { g.cells[y * g.width + x] = ch === '#' ? 1 : 0; }));
    return g;
  }

  get(x, y) {
    const wx = (x + this.width) % this.width;
    const wy = (y + this.height) % this.height;
    return this.cells[wy * this.width + wx];
  }

  neighbours(x, y) {
    let n = 0;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        if (dx || dy) n += this.get(x + dx, y + dy);
      }
    }
    return n;
  }

  step(rule) {
    const next = new Uint8Array(this.cells.length);
    for (let y = 0; y < this.height; y++) {
      for (let x = 0; x < this.width; x++) {
        const alive = this.get(x, y) === 1;
        const n = this.neighbours(x, y);
        next[y * this.width + x] = (alive ? rule.survive : rule.birth).has(n) ? 1 : 0;
      }
    }
    return new Grid(this.width, this.height, next);
  }

  get population() {
    return this.cells.reduce((a, b) => a + b, 0);
  }

  key() {
    return Array.from(this.cells).join('');
  }

  render() {
    const lines = [];
    for (let y = 0; y < this.height; y++) {
      lines.push(Array.from(this.cells.subarray(y * this.width, (y + 1) * this.width), c => (c ? '#' : '.')).join(''));
    }
    return lines;
  }
}

function parseRule(text) {
  const m = /^B(\d*)\/S(\d*)$/.exec(text);
  if (!m) throw new SyntaxError(`bad rule "${text}"`);
  const toSet = digits => new Set([...digits].map(Number));
  return { name: text, birth: toSet(m[1]), survive: toSet(m[2]) };
}

function* evolve(grid, rule, maxSteps) {
  const seen = new Map([[grid.key(), 0]]);
  for (let gen = 1; gen <= maxSteps; gen++) {
    grid = grid.step(rule);
    const k = grid.key();
    const firstSeen = seen.get(k);
    yield { gen, grid, cycle: firstSeen === undefined ? 0 : gen - firstSeen };
    if (firstSeen !== undefined) return;
    seen.set(k, gen);
  }
}

const glider = Grid.parse(['.#......', '..#.....', '###.....', '........', '........', '........']);
console.log('Glider on 8x6 torus, rule B3/S23');
for (const { gen, grid, cycle } of evolve(glider, parseRule('B3/S23'), 30)) {
  if (gen % 4 === 0 || cycle) console.log(`gen ${String(gen).padStart(2)} pop=${grid.population}${cycle ? ` cycle length ${cycle}` : ''}`);
  if (gen === 4) grid.render().forEach(r => console.log('   ' + r));
}

for (const [ruleText, seed] of [['B3/S23', 7], ['B36/S23', 7], ['B2/S', 99], ['B3/S12345', 42], ['X3/S23', 1]]) {
  try {
    const rule = parseRule(ruleText);
    const start = Grid.random(12, 8, seed, 35);
    const history = [...evolve(start, rule, 60)];
    const last = history.at(-1);
    const pops = history.map(h => h.grid.population);
    const peak = Math.max(...pops);
    const outcome = last.cycle ? `settles into cycle of ${last.cycle} at gen ${last.gen}` : `still changing at gen ${last.gen}`;
    console.log(`${rule.name.padEnd(9)} seed ${String(seed).padStart(2)}: start ${start.population}, peak ${peak}, final ${last.grid.population}; ${outcome}`);
    console.log(`   first pops: ${pops.slice(0, 10).join(',')}`);
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
const final = [...evolve(Grid.random(12, 8, 7, 35), parseRule('B3/S23'), 60)].at(-1).grid;
final.render().forEach(r => console.log('   ' + r));
