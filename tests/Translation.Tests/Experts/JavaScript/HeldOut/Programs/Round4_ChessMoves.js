class MoveError extends Error {
  constructor(move, reason) {
    super(`${move}: ${reason}`);
    Object.assign(this, { name: 'MoveError', move });
  }
}

const FILES = 'abcdefgh';
const toSquare = (s) => ({ x: FILES.indexOf(s[0]), y: Number(s[1]) - 1 });
const toName = ({ x, y }) => `${FILES[x]}${y + 1}`;

class Piece {
  constructor(color, symbol) { this.color = color; this.symbol = symbol; }
  get label() { return this.color === 'white' ? this.symbol.toUpperCase() : this.symbol; }
  canReach(board, from, to) { return false; }
  pathClear(board, from, to) {
    const dx = Math.sign(to.x - from.x);
    const dy = Math.sign(to.y - from.y);
    let x = from.x + dx, y = from.y + dy;
    while (x !== to.x || y !== to.y) {
      if (board.at({ x, y })) return false;
      x += dx; y += dy;
    }
    return true;
  }
}

class Rook extends Piece {
  constructor(color) { super(color, 'r'); }
  canReach(board, f, t) {
    return (f.x === t.x || f.y === t.y) && this.pathClear(board, f, t);
  }
}
class Bishop extends Piece {
  constructor(color) { super(color, 'b'); }
  canReach(board, f, t) {
    return Math.abs(f.x - t.x) === Math.abs(f.y - t.y) && this.pathClear(board, f, t);
  }
}
class Queen extends Piece {
  constructor(color) { super(color, 'q'); }
  canReach(board, f, t) {
    return Rook.prototype.canReach.call(this, board, f, t) || Bishop.prototype.canReach.call(this, board, f, t);
  }
}
class Knight extends Piece {
  constructor(color) { super(color, 'n'); }
  canReach(board, f, t) {
    const [dx, dy] = [Math.abs(f.x - t.x), Math.abs(f.y - t.y)];
    return (dx === 1 && dy === 2) || (dx === 2 && dy === 1);
  }
}
class King extends Piece {
  constructor(color) { super(color, 'k'); }
  canReach(board, f, t) {
    return Math.max(Math.abs(f.x - t.x), Math.abs(f.y - t.y)) === 1;
  }
}
class Pawn extends Piece {
  constructor(color) { super(color, 'p'); }
  canReach(board, f, t) {
    const dir = this.color === 'white' ? 1 : -1;
    const startRank = this.color === 'white' ? 1 : 6;
    const target = board.at(t);
    if (f.x === t.x && !target) {
      if (t.y - f.y === dir) return true;
      return f.y === startRank && t.y - f.y === 2 * dir && this.pathClear(board, f, t);
    }
    return Math.abs(f.x - t.x) === 1 && t.y - f.y === dir && !!target;
  }
}

const FACTORY = { r: Rook, n: Knight, b: Bishop, q: Queen, k: King, p: Pawn };

class Board {
  #grid = Array.from({ length: 8 }, () => Array(8).fill(null));
  static fromRows(rows) {
    const board = new Board();
    rows.forEach((row, i) => {
      [...row].forEach((ch, x) => {
        if (ch === '.') return;
        const Kind = FACTORY[ch.toLowerCase()];
        board.#grid[7 - i][x] = new Kind(ch === ch.toUpperCase() ? 'white' : 'black');
      });
    });
    return board;
  }
  at({ x, y }) { return this.#grid[y]?.[x] ?? null; }
  move(text, turn) {
    const m = /^([a-h][1-8])-([a-h][1-8])$/.exec(text);
    if (!m) throw new MoveError(text, 'bad notation');
    const [from, to] = [toSquare(m[1]), toSquare(m[2])];
    const piece = this.at(from);
    if (!piece) throw new MoveError(text, 'no piece on ' + m[1]);
    if (piece.color !== turn) throw new MoveError(text, `it is ${turn}'s turn`);
    const captured = this.at(to);
    if (captured?.color === turn) throw new MoveError(text, 'own piece on target');
    if (!piece.canReach(this, from, to)) throw new MoveError(text, `${piece.constructor.name} cannot move there`);
    this.#grid[to.y][to.x] = piece;
    this.#grid[from.y][from.x] = null;
    return captured ? `${piece.label}x${captured.label} on ${toName(to)}` : `${piece.label} to ${toName(to)}`;
  }
  render() {
    return this.#grid.map((row, y) => `${y + 1} ` + row.map((p) => p?.label ?? '.').join('')).reverse().join('\n') + '\n  abcdefgh';
  }
  material() {
    const values = { p: 1, n: 3, b: 3, r: 5, q: 9, k: 0 };
    const totals = { white: 0, black: 0 };
    for (const row of this.#grid) for (const p of row) if (p) totals[p.color] += values[p.symbol];
    return totals;
  }
}

const board = Board.fromRows(['rnbqkbnr', 'pppppppp', '........', '........', '........', '........', 'PPPPPPPP', 'RNBQKBNR']);
const moves = ['e2-e4', 'e7-e5', 'g1-f3', 'b8-c6', 'f1-c4', 'f8-c5', 'c4-f7', 'e8-f7', 'a1-a3', 'z9-a1',
  'f3-e5', 'c6-e5', 'd1-h5', 'd8-h4', 'g7-g6', 'h5-e5', 'h4-f2', 'e1-f2', 'g8-f6', 'e1-e2', 'e5-c7', 'd7-d5'];
let turn = 'white';
moves.forEach((mv, i) => {
  try {
    console.log(`${String(i + 1).padStart(2)}. ${mv} -> ${board.move(mv, turn)}`);
    turn = turn === 'white' ? 'black' : 'white';
  } catch (e) {
    if (!(e instanceof MoveError)) throw e;
    console.log(`${String(i + 1).padStart(2)}. rejected (${e.message})`);
  }
});
console.log(board.render());
const { white, black } = board.material();
console.log(`Material: white=${white} black=${black} diff=${white - black}`);
console.log(`Next to move: ${turn}`);
