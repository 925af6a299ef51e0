// Sokoban-style grid puzzle: parse a level, validate a move string, replay with undo.
class IllegalMoveError extends Error {
  constructor(step, dir, reason) {
    super(`move ${step} (${dir}): ${reason}`);
    this.name = 'IllegalMoveError';
    Object.assign(this, { step, dir, reason });
  }
}

const DIRS = { U: [0, -1], D: [0, 1], L: [-1, 0], R: [1, 0] };
const key = (x, y) => `${x},${y}`;

class Level {
  constructor(text) {
    this.walls = new Set();
    this.goals = new Set();
    this.boxes = new Set();
    this.rows = text.split('\n').filter(r => r.trim().length > 0);
    this.height = this.rows.length;
    this.width = Math.max(...this.rows.map(r => r.length));
    this.rows.forEach((row, y) => {
      [...row].forEach((ch, x) => {
        const k = key(x, y);
        if (ch === '#') this.walls.add(k);
        if ('.*+'.includes(ch)) this.goals.add(k);
        if ('$*'.includes(ch)) this.boxes.add(k);
        if ('@+'.includes(ch)) this.player = { x, y };
      });
    });
    if (this.boxes.size !== this.goals.size) throw new Error(`boxes (${this.boxes.size}) != goals (${this.goals.size})`);
  }
  get solved() {
    return [...this.boxes].every(b => this.goals.has(b));
  }
  get boxesOnGoal() {
    return [...this.boxes].filter(b => this.goals.has(b)).length;
  }
  render() {
    const lines = [];
    for (let y = 0; y < this.height; y++) {
      let line = '';
      for (let x = 0; x < this.width; x++) {
        const k = key(x, y);
        const isPlayer = this.player.x === x && this.player.y === y;
        const goal = this.goals.has(k);
        if (this.walls.has(k)) line += '#';
        else if (this.boxes.has(k)) line += goal ? '*' : '$';
        else if (isPlayer) line += goal ? '+' : '@';
        else line += goal ? '.' : ' ';
      }
      lines.push(line.trimEnd());
    }
    return lines.join('\n');
  }
}

class Game {
  #history = [];
  constructor(level) {
    this.level = level;
    this.pushes = 0;
  }
  move(dir, step = 0) {
    const delta = DIRS[dir.toUpperCase()];
    if (!delta) throw new IllegalMoveError(step, dir, 'unknown direction');
    const { x, y } = this.level.player;
    const [dx, dy] = delta;
    const next = key(x + dx, y + dy);
    if (this.level.walls.has(next)) throw new IllegalMoveError(step, dir, 'walked into wall');
    let pushed = false;
    if (this.level.boxes.has(next)) {
      const beyond = key(x + 2 * dx, y + 2 * dy);
      if (this.level.walls.has(beyond) || this.level.boxes.has(beyond)) {
        throw new IllegalMoveError(step, dir, 'box is blocked');
      }
      this.level.boxes.delete(next);
      this.level.boxes.add(beyond);
      pushed = true;
      this.pushes++;
    }
    this.#history.push({ from: { x, y }, pushed, dx, dy });
    this.level.player = { x: x + dx, y: y + dy };
    return pushed;
  }
  undo() {
    const last = this.#history.pop();
    if (!last) return false;
    const { from, pushed, dx, dy } = last;
    if (pushed) {
      this.level.boxes.delete(key(from.x + 2 * dx, from.y + 2 * dy));
      this.level.boxes.add(key(from.x + dx, from.y + dy));
      this.pushes--;
    }
    this.level.player = from;
    return true;
  }
  get moves() {
    return this.#history.length;
  }
}

const LEVEL = `
#######
#.  $ #
# #@  #
# $ . #
#     #
#######`;

function validate(solution) {
  const game = new Game(new Level(LEVEL));
  const expanded = solution.replace(/(\d+)([UDLR])/gi, (_, n, d) => d.repeat(Number(n)));
  let i = 0;
  try {
    for (const ch of expanded) game.move(ch, ++i);
    return { ok: game.level.solved, moves: game.moves, pushes: game.pushes, game };
  } catch (e) {
    if (!(e instanceof IllegalMoveError)) throw e;
    return { ok: false, error: e.message, moves: game.moves, pushes: game.pushes, game };
  }
}

const initial = new Level(LEVEL);
console.log(`Level ${initial.width}x${initial.height}, ${initial.boxes.size} boxes, player at (${initial.player.x},${initial.player.y})`);
console.log(initial.render());
const candidates = ['DLRURRDL', 'D2LUUR', 'RRRD', 'LL2UR', '2ru3lr3d2lu2r', '2RU3L', '2RX', '2RU3LR3D2LU2R'];
for (const sol of candidates) {
  const { ok, error, moves, pushes, game } = validate(sol);
  const status = ok ? 'SOLVED' : error ? `ILLEGAL ${error}` : `unsolved (${game.level.boxesOnGoal}/${game.level.goals.size} on goal)`;
  console.log(`${sol.padEnd(14)} moves=${String(moves).padStart(2)} pushes=${pushes} ${status}`);
}
const { game } = validate('2RU3LR3D2LU2R');
console.log(game.level.render());
let undone = 0;
for (let n = 0; n < 4; n++) if (game.undo()) undone++;
console.log(`After undoing ${undone} moves (pushes=${game.pushes}):`);
console.log(game.level.render());
