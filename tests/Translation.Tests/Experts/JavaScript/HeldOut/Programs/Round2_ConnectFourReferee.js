class MoveError extends Error {
  constructor(message, move) {
    super(message);
    this.name = 'MoveError';
    this.move = move;
  }
}

class Board {
  static ROWS = 6;
  static COLS = 7;
  static DIRECTIONS = [[0, 1], [1, 0], [1, 1], [1, -1]];
  #grid;
  constructor() {
    this.#grid = Array.from({ length: Board.ROWS }, () => Array(Board.COLS).fill('.'));
  }
  cell(r, c) { return this.#grid[r]?.[c]; }
  drop(col, piece) {
    if (!Number.isInteger(col) || col < 0 || col >= Board.COLS) throw new MoveError(`column ${col + 1} does not exist`, col);
    for (let r = Board.ROWS - 1; r >= 0; r--) {
      if (this.#grid[r][col] === '.') {
        this.#grid[r][col] = piece;
        return r;
      }
    }
    throw new MoveError(`column ${col + 1} is full`, col);
  }
  lineThrough(r, c, [dr, dc]) {
    let [sr, sc] = [r, c];
    const line = [];
    while (this.cell(sr - dr, sc - dc) === this.cell(r, c)) { sr -= dr; sc -= dc; }
    while (this.cell(sr, sc) === this.cell(r, c)) {
      line.push([sr, sc]);
      sr += dr; sc += dc;
    }
    return line;
  }
  get full() { return this.#grid[0].every((v) => v !== '.'); }
  render() {
    const rows = this.#grid.map((row) => `|${row.join(' ')}|`);
    return [...rows, `+${'-'.repeat(Board.COLS * 2 - 1)}+`, ` ${[...Array(Board.COLS).keys()].map((i) => i + 1).join(' ')}`].join('\n');
  }
}

class Referee {
  #board = new Board();
  #players;
  #turn = 0;
  moves = [];
  winner = null;
  winningCells = [];
  constructor(players = ['X', 'O']) { this.#players = players; }
  get current() { return this.#players[this.#turn % 2]; }
  get over() { return this.winner !== null || this.#board.full; }
  play(col) {
    if (this.over) throw new MoveError('game is already over', col);
    const piece = this.current;
    const row = this.#board.drop(col, piece);
    this.moves.push(col + 1);
    for (const dir of Board.DIRECTIONS) {
      const cells = this.#board.lineThrough(row, col, dir);
      if (cells.length >= 4) {
        this.winner = piece;
        this.winningCells = cells;
        break;
      }
    }
    this.#turn++;
    return row;
  }
  get board() { return this.#board; }
}

const games = [
  { name: 'Vertical rush', script: '1212121' },
  { name: 'Diagonal duel', script: '12233434474' },
  { name: 'Sloppy input', script: '3333333x49' },
  { name: 'Mirror diagonal', script: '76655454414' },
  { name: 'Full board', script: '444444333333555555122222266666611111777777' },
  { name: 'Played past the end', script: '5566774' + '123' },
];

const summary = [];
for (const { name, script } of games) {
  const ref = new Referee();
  const rejected = [];
  for (const ch of script) {
    try {
      if (!/^[0-9]$/.test(ch)) throw new MoveError(`'${ch}' is not a column`, ch);
      ref.play(Number(ch) - 1);
    } catch (e) {
      if (!(e instanceof MoveError)) throw e;
      rejected.push(`${ch}: ${e.message}`);
    }
  }
  console.log(`=== ${name} (${ref.moves.length} moves) ===`);
  console.log(ref.board.render());
  const outcome = ref.winner ? `${ref.winner} wins` : ref.over ? 'draw' : 'unfinished';
  console.log(`Outcome: ${outcome}`);
  if (ref.winningCells.length) {
    console.log(`Winning line: ${ref.winningCells.map(([r, c]) => `(${r},${c})`).join(' ')}`);
  }
  rejected.forEach((msg) => console.log(`  rejected ${msg}`));
  summary.push({ name, outcome, moves: ref.moves.length, rejected: rejected.length });
}

const byOutcome = summary.reduce((acc, { outcome }) => {
  acc[outcome] = (acc[outcome] || 0) + 1;
  return acc;
}, {});
console.log(JSON.stringify(byOutcome));
const longest = summary.reduce((a, b) => (b.moves > a.moves ? b : a));
console.log(`Longest game: ${longest.name} with ${longest.moves} moves`);
console.log(JSON.stringify(summary.filter((g) => g.rejected > 0), null, 2));
