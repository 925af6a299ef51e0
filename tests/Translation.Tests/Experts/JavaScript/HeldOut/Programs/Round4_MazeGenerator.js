// Maze generation (iterative backtracker) with a seeded PRNG, plus BFS solving.

class ParkMiller {
  static MOD = 2147483647;
  #state;
  constructor(seed) {
    this.#state = seed % ParkMiller.MOD || 1;
  }
  next() {
    this.#state = (this.#state * 48271) % ParkMiller.MOD;
    return this.#state;
  }
  pick(items) {
    return items[this.next() % items.length];
  }
}

const DIRS = {
  N: { dx: 0, dy: -1, wall: 1, opposite: 'S' },
  S: { dx: 0, dy: 1, wall: 2, opposite: 'N' },
  E: { dx: 1, dy: 0, wall: 4, opposite: 'W' },
  W: { dx: -1, dy: 0, wall: 8, opposite: 'E' },
};

class Maze {
  constructor(width, height, seed) {
    this.width = width;
    this.height = height;
    this.seed = seed;
    this.cells = Array.from({ length: height }, () => new Array(width).fill(0));
    this.#carve(new ParkMiller(seed));
  }

  inside(x, y) {
    return x >= 0 && y >= 0 && x < this.width && y < this.height;
  }

  open(x, y, dir) {
    return (this.cells[y][x] & DIRS[dir].wall) !== 0;
  }

  #carve(rng) {
    const visited = new Set(['0,0']);
    const stack = [[0, 0]];
    while (stack.length) {
      const [x, y] = stack.at(-1);
      const options = Object.entries(DIRS)
        .map(([name, d]) => ({ name, ...d, nx: x + d.dx, ny: y + d.dy }))
        .filter(({ nx, ny }) => this.inside(nx, ny) && !visited.has(`${nx},${ny}`));
      if (options.length === 0) {
        stack.pop();
        continue;
      }
      const { name, nx, ny, opposite } = rng.pick(options);
      this.cells[y][x] |= DIRS[name].wall;
      this.cells[ny][nx] |= DIRS[opposite].wall;
      visited.add(`${nx},${ny}`);
      stack.push([nx, ny]);
    }
  }

  solve(from = [0, 0], to = [this.width - 1, this.height - 1]) {
    const key = ([x, y]) => `${x},${y}`;
    const prev = new Map([[key(from), null]]);
    const queue = [from];
    while (queue.length) {
      const cur = queue.shift();
      if (key(cur) === key(to)) break;
      for (const dir of Object.keys(DIRS)) {
        if (!this.open(cur[0], cur[1], dir)) continue;
        const next = [cur[0] + DIRS[dir].dx, cur[1] + DIRS[dir].dy];
        if (!prev.has(key(next))) {
          prev.set(key(next), cur);
          queue.push(next);
        }
      }
    }
    const path = [];
    for (let at = to; at; at = prev.get(key(at))) path.unshift(at);
    return path;
  }

  deadEnds() {
    return this.cells.flat().filter((c) => [1, 2, 4, 8].includes(c)).length;
  }

  render(path = []) {
    const onPath = new Set(path.map(([x, y]) => `${x},${y}`));
    const lines = ['+' + '--+'.repeat(this.width)];
    this.cells.forEach((row, y) => {
      let mid = '|';
      let bottom = '+';
      row.forEach((cell, x) => {
        mid += (onPath.has(`${x},${y}`) ? '()' : '  ') + (cell & DIRS.E.wall ? ' ' : '|');
        bottom += (cell & DIRS.S.wall ? '  ' : '--') + '+';
      });
      lines.push(mid, bottom);
    });
    return lines.join('\n');
  }
}

const describe = (maze) => {
  const path = maze.solve();
  const turns = path.slice(2).filter((p, i) => {
    const [a, b] = [path[i], path[i + 1]];
    return p[0] - b[0] !== b[0] - a[0] || p[1] - b[1] !== b[1] - a[1];
  }).length;
  console.log(`Maze ${maze.width}x${maze.height} seed=${maze.seed}: path ${path.length} cells, ${turns} turns, ${maze.deadEnds()} dead ends`);
  return path;
};

const small = new Maze(6, 4, 42);
console.log(small.render(describe(small)));
const wide = new Maze(10, 5, 2024);
console.log(wide.render(describe(wide)));
const stats = [7, 99, 12345, 31337].map((seed) => {
  const m = new Maze(12, 12, seed);
  return { seed, length: m.solve().length, dead: m.deadEnds() };
});
stats.sort((a, b) => b.length - a.length);
for (const { seed, length, dead } of stats) {
  console.log(`seed ${String(seed).padStart(5)} -> path ${String(length).padStart(3)}, dead ends ${dead}`);
}
const avg = stats.reduce((s, x) => s + x.length, 0) / stats.length;
console.log(`Average path length: ${avg.toFixed(2)}`);
