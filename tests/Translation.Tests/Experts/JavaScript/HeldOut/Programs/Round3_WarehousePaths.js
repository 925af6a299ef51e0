'use strict';

const FLOOR_PLAN = [
  '##############',
  '#D...#.......#',
  '#.##.#.####..#',
  '#.#..A.#..#..#',
  '#.#.####..#.##',
  '#...#..B..#..#',
  '###.#.###.##.#',
  '#C..........E#',
  '##############',
];

class NoRouteError extends Error {
  constructor(from, to) {
    super(`no route from ${from} to ${to}`);
    this.name = 'NoRouteError';
  }
}

class Grid {
  #cells;
  static DIRS = [[0, -1, 'N'], [1, 0, 'E'], [0, 1, 'S'], [-1, 0, 'W']];

  constructor(rows) {
    this.#cells = rows.map((r) => [...r]);
    this.height = rows.length;
    this.width = rows[0].length;
  }
  static key(x, y) { return `${x},${y}`; }
  at(x, y) { return this.#cells[y]?.[x] ?? '#'; }
  set(x, y, ch) { this.#cells[y][x] = ch; }
  isOpen(x, y) { return this.at(x, y) !== '#'; }

  *neighbors(x, y) {
    for (const [dx, dy, dir] of Grid.DIRS) {
      if (this.isOpen(x + dx, y + dy)) yield { x: x + dx, y: y + dy, dir };
    }
  }
  findLabels() {
    const labels = new Map();
    this.#cells.forEach((row, y) => row.forEach((ch, x) => {
      if (/[A-Z]/.test(ch)) labels.set(ch, { x, y });
    }));
    return labels;
  }
  render() { return this.#cells.map((r) => r.join('')); }
  clone() { return new Grid(this.render()); }
}

function bfs(grid, start, goal) {
  const prev = new Map([[Grid.key(start.x, start.y), null]]);
  const queue = [start];
  let explored = 0;
  while (queue.length > 0) {
    const cur = queue.shift();
    explored++;
    if (cur.x === goal.x && cur.y === goal.y) break;
    for (const next of grid.neighbors(cur.x, cur.y)) {
      const k = Grid.key(next.x, next.y);
      if (!prev.has(k)) {
        prev.set(k, { ...cur, dir: next.dir });
        queue.push(next);
      }
    }
  }
  const goalKey = Grid.key(goal.x, goal.y);
  if (!prev.has(goalKey)) return null;
  const steps = [];
  for (let k = goalKey; prev.get(k); ) {
    const p = prev.get(k);
    steps.unshift({ dir: p.dir, from: { x: p.x, y: p.y } });
    k = Grid.key(p.x, p.y);
  }
  return { steps, explored };
}

const compress = (dirs) =>
  dirs.reduce((runs, d) => {
    const last = runs.at(-1);
    if (last && last.dir === d) last.count++;
    else runs.push({ dir: d, count: 1 });
    return runs;
  }, []).map(({ dir, count }) => `${dir}${count}`).join(' ');

function route(grid, labels, from, to) {
  const result = bfs(grid, labels.get(from), labels.get(to));
  if (!result) throw new NoRouteError(from, to);
  return result;
}

const grid = new Grid(FLOOR_PLAN);
const labels = grid.findLabels();
console.log(`grid ${grid.width}x${grid.height}, stations: ${[...labels.keys()].sort().join('')}`);

const pickList = ['A', 'B', 'C', 'E', 'D'];
let total = 0;
for (const [i, from] of pickList.entries()) {
  const to = pickList[(i + 1) % pickList.length];
  const { steps, explored } = route(grid, labels, from, to);
  total += steps.length;
  console.log(`${from} -> ${to}: ${String(steps.length).padStart(2)} steps (explored ${explored}) ${compress(steps.map((s) => s.dir))}`);
}
console.log(`round trip length: ${total}`);

const shown = grid.clone();
const { steps } = route(grid, labels, 'D', 'E');
steps.slice(1).forEach(({ from: { x, y } }) => shown.set(x, y, '*'));
shown.render().forEach((line) => console.log(`  ${line}`));

const blocked = grid.clone();
blocked.set(3, 6, '#');
blocked.set(12, 6, '#');
blocked.set(9, 5, '#');
for (const [from, to] of [['A', 'B'], ['C', 'E'], ['D', 'C']]) {
  try {
    const { steps: s } = route(blocked, labels, from, to);
    console.log(`blocked map ${from}->${to}: ${s.length} steps`);
  } catch (err) {
    console.log(`blocked map: ${err.message}`);
  }
}
