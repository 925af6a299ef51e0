// Warehouse robot simulator: robots on a grid execute command strings,
// pick up and drop crates, avoid shelves and each other.

const LAYOUT = [
  '..........',
  '.##..##...',
  '.##..##.D.',
  '..........',
  '.##..##...',
  '.##..##...',
  '..........',
];

const HEADINGS = ['N', 'E', 'S', 'W'];
const DELTA = { N: [0, -1], E: [1, 0], S: [0, 1], W: [-1, 0] };

class CollisionError extends Error {
  constructor(robot, x, y, what) {
    super(`${robot} blocked at (${x},${y}) by ${what}`);
    this.name = 'CollisionError';
  }
}

class Warehouse {
  constructor(layout) {
    this.grid = layout.map((row) => row.split(''));
    this.height = this.grid.length;
    this.width = this.grid[0].length;
    this.crates = new Map(); // "x,y" -> crate id
    this.robots = [];
    this.delivered = [];
  }

  static key(x, y) { return `${x},${y}`; }

  cellAt(x, y) {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return 'wall';
    if (this.grid[y][x] === '#') return 'shelf';
    return this.robots.find((r) => r.x === x && r.y === y)?.name ?? 'free';
  }

  render() {
    return this.grid.map((row, y) =>
      row.map((ch, x) => {
        const robot = this.robots.find((r) => r.x === x && r.y === y);
        if (robot) return robot.carrying ? robot.name.toLowerCase() : robot.name;
        return this.crates.has(Warehouse.key(x, y)) ? '$' : ch;
      }).join('')
    );
  }
}

class Robot {
  #moves = 0;
  constructor(name, x, y, heading = 'N') {
    Object.assign(this, { name, x, y, heading, carrying: null });
    this.log = [];
  }

  get moves() { return this.#moves; }

  turn(dir) {
    const i = HEADINGS.indexOf(this.heading);
    this.heading = HEADINGS[(i + (dir === 'R' ? 1 : 3)) % 4];
  }

  step(wh) {
    const [dx, dy] = DELTA[this.heading];
    const [nx, ny] = [this.x + dx, this.y + dy];
    const what = wh.cellAt(nx, ny);
    if (what !== 'free') throw new CollisionError(this.name, nx, ny, what);
    [this.x, this.y] = [nx, ny];
    this.#moves++;
  }

  act(wh, cmd) {
    const here = Warehouse.key(this.x, this.y);
    switch (cmd) {
      case 'L': case 'R': this.turn(cmd); break;
      case 'F': this.step(wh); break;
      case 'P':
        if (this.carrying || !wh.crates.has(here)) return this.log.push(`nothing to pick at ${here}`);
        this.carrying = wh.crates.get(here);
        wh.crates.delete(here);
        this.log.push(`picked ${this.carrying} at ${here}`);
        break;
      case 'D':
        if (!this.carrying) return this.log.push('drop with empty hands');
        if (wh.grid[this.y][this.x] === 'D') wh.delivered.push({ crate: this.carrying, by: this.name });
        else wh.crates.set(here, this.carrying);
        this.log.push(`dropped ${this.carrying} at ${here}`);
        this.carrying = null;
        break;
      default:
        this.log.push(`unknown command '${cmd}'`);
    }
  }
}

const expand = (program) => program.replace(/(\d+)([A-Z])/g, (_, n, c) => c.repeat(Number(n)));

const wh = new Warehouse(LAYOUT);
[['C1', 0, 0], ['C2', 4, 6], ['C3', 9, 5]].forEach(([id, x, y]) => wh.crates.set(Warehouse.key(x, y), id));
const programs = {
  A: { start: [0, 3, 'N'], code: '3FPR8FRF2L2RFD' },
  B: { start: [4, 3, 'S'], code: '3FPL4FL4FDXR2F' },
  C: { start: [9, 0, 'S'], code: '5FPL2FR2F' },
};
Object.entries(programs).forEach(([name, { start: [x, y, h] }]) => wh.robots.push(new Robot(name, x, y, h)));

console.log('Initial floor:');
wh.render().forEach((line) => console.log('  ' + line));

const queues = new Map(wh.robots.map((r) => [r, [...expand(programs[r.name].code)]]));
let tick = 0;
while ([...queues.values()].some((q) => q.length) && tick < 40) {
  tick++;
  for (const [robot, queue] of queues) {
    const cmd = queue.shift();
    if (!cmd) continue;
    try {
      robot.act(wh, cmd);
    } catch (err) {
      if (!(err instanceof CollisionError)) throw err;
      console.log(`tick ${String(tick).padStart(2)}: ${err.message}; ${robot.name} halts`);
      queue.length = 0;
    }
  }
}

console.log(`\nFinal floor after ${tick} ticks:`);
wh.render().forEach((line) => console.log('  ' + line));
for (const r of wh.robots) {
  console.log(`${r.name} at (${r.x},${r.y}) facing ${r.heading}, moves=${r.moves}, carrying=${r.carrying ?? '-'}`);
  r.log.forEach((entry) => console.log(`    ${entry}`));
}
console.log(`Delivered: ${wh.delivered.map(({ crate, by }) => `${crate} by ${by}`).join('; ') || 'none'}`);
console.log(`Crates left on floor: ${[...wh.crates.entries()].map(([k, v]) => `${v}@${k}`).join(' ') || 'none'}`);
