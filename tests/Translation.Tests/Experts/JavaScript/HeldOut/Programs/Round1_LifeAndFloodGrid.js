// Conway's Game of Life on a bounded grid, plus flood-fill region labelling.
class Grid {
  constructor(rows, cols, fill = 0) {
    this.rows = rows;
    this.cols = cols;
    this.cells = Array.from({ length: rows }, () => new Array(cols).fill(fill));
  }
  static parse(text) {
    const lines = text.trim().split('\n').map((l) => l.trim());
    const grid = new Grid(lines.length, Math.max(...lines.map((l) => l.length)));
    lines.forEach((line, r) => {
      [...line].forEach((ch, c) => {
        grid.cells[r][c] = ch === '#' ? 1 : 0;
      });
    });
    return grid;
  }
  inBounds(r, c) {
    return r >= 0 && r < this.rows && c >= 0 && c < this.cols;
  }
  get(r, c) {
    return this.inBounds(r, c) ? this.cells[r][c] : 0;
  }
  *neighbors(r, c, diagonal = true) {
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        if (dr === 0 && dc === 0) continue;
        if (!diagonal && dr !== 0 && dc !== 0) continue;
        if (this.inBounds(r + dr, c + dc)) yield [r + dr, c + dc];
      }
    }
  }
  get population() {
    return this.cells.flat().filter((v) => v === 1).length;
  }
  render(symbols = '.#') {
    return this.cells.map((row) => row.map((v) => symbols[v] ?? '?').join(''));
  }
}

function step(grid) {
  const next = new Grid(grid.rows, grid.cols);
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      let live = 0;
      for (const [nr, nc] of grid.neighbors(r, c)) live += grid.get(nr, nc);
      const alive = grid.get(r, c) === 1;
      next.cells[r][c] = (alive && (live === 2 || live === 3)) || (!alive && live === 3) ? 1 : 0;
    }
  }
  return next;
}

const start = Grid.parse(`
  ..........
  ..#.......
  ...#......
  .###......
  ..........
  ......##..
  ......##..
  ..........
`);

let g = start;
const seen = new Map();
for (let gen = 0; gen <= 4; gen++) {
  const key = g.render().join('/');
  console.log(`Generation ${gen} (population ${g.population})${seen.has(key) ? ` repeats gen ${seen.get(key)}` : ''}`);
  if (gen % 2 === 0) g.render().forEach((line) => console.log(`  ${line}`));
  seen.set(key, gen);
  g = step(g);
}

function labelRegions(grid) {
  const labels = new Grid(grid.rows, grid.cols, -1);
  const sizes = [];
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      if (grid.get(r, c) !== 0 || labels.cells[r][c] !== -1) continue;
      const id = sizes.length;
      const stack = [[r, c]];
      labels.cells[r][c] = id;
      let size = 0;
      while (stack.length) {
        const [cr, cc] = stack.pop();
        size++;
        for (const [nr, nc] of grid.neighbors(cr, cc, false)) {
          if (grid.get(nr, nc) === 0 && labels.cells[nr][nc] === -1) {
            labels.cells[nr][nc] = id;
            stack.push([nr, nc]);
          }
        }
      }
      sizes.push(size);
    }
  }
  return { labels, sizes };
}

const maze = Grid.parse(`
  #########
  #...#...#
  #.#.#.#.#
  #.#...#.#
  ###.###.#
  #...#.###
  #.#.#...#
  #########
`);
const { labels, sizes } = labelRegions(maze);
console.log(`Maze regions: ${sizes.length}, sizes=${JSON.stringify(sizes)}`);
const letters = 'abcdefghijklmnopqrstuvwxyz';
labels.cells
  .map((row) => row.map((id) => (id < 0 ? '#' : letters[id % letters.length])).join(''))
  .forEach((line) => console.log(`  ${line}`));
const biggest = sizes.indexOf(Math.max(...sizes));
console.log(`Largest region '${letters[biggest]}' covers ${sizes[biggest]} of ${maze.rows * maze.cols} cells`);
