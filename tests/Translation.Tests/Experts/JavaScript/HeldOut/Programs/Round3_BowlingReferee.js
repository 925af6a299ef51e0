'use strict';

class BowlingError extends Error {
  constructor(message, frame) {
    super(frame ? `frame ${frame}: ${message}` : message);
    this.name = 'BowlingError';
  }
}

class Frame {
  constructor(index) {
    this.index = index;
    this.rolls = [];
  }
  get isLast() { return this.index === 10; }
  get isStrike() { return this.rolls[0] === 10; }
  get isSpare() { return !this.isStrike && this.rolls[0] + (this.rolls[1] ?? 0) === 10; }
  get pins() { return this.rolls.reduce((a, b) => a + b, 0); }

  get isComplete() {
    const n = this.rolls.length;
    if (!this.isLast) return this.isStrike || n === 2;
    return n === 3 || (n === 2 && this.rolls[0] + this.rolls[1] < 10);
  }

  validate(pins) {
    if (!Number.isInteger(pins) || pins < 0 || pins > 10) throw new BowlingError(`invalid roll ${pins}`, this.index);
    const [a, b] = this.rolls;
    const n = this.rolls.length;
    let standing = 10;
    if (n === 1 && a !== 10) standing = 10 - a;
    if (this.isLast && n === 2 && a === 10 && b !== 10) standing = 10 - b;
    if (pins > standing) throw new BowlingError(`only ${standing} pins standing, got ${pins}`, this.index);
  }

  symbols() {
    return this.rolls.map((r, i) => {
      const prev = this.rolls[i - 1];
      const freshRack = i === 0 || prev === 10 || (this.isLast && i === 2 && this.isSpare);
      if (r === 10 && freshRack) return 'X';
      if (!freshRack && prev + r === 10) return '/';
      return r === 0 ? '-' : String(r);
    }).join('');
  }
}

class Game {
  #frames = [new Frame(1)];
  static PERFECT = 300;

  constructor(player) { this.player = player; }
  get current() { return this.#frames.at(-1); }
  get over() { return this.#frames.length === 10 && this.current.isComplete; }

  roll(pins) {
    if (this.over) throw new BowlingError(`${this.player}'s game is already over`);
    this.current.validate(pins);
    this.current.rolls.push(pins);
    if (this.current.isComplete && !this.current.isLast) this.#frames.push(new Frame(this.#frames.length + 1));
    return this;
  }

  *runningTotals() {
    const all = this.#frames.flatMap((f) => f.rolls);
    let cursor = 0;
    let total = 0;
    for (const frame of this.#frames) {
      if (!frame.isComplete) return;
      const bonus = frame.isLast ? 0 : frame.isStrike ? 2 : frame.isSpare ? 1 : 0;
      const needed = all.slice(cursor, cursor + frame.rolls.length + bonus);
      total += frame.isLast ? frame.pins : needed.reduce((a, b) => a + b, 0);
      cursor += frame.rolls.length;
      yield { frame, total };
    }
  }

  get score() { return [...this.runningTotals()].at(-1)?.total ?? 0; }

  card() {
    const rows = [...this.runningTotals()];
    const top = rows.map(({ frame }) => frame.symbols().padEnd(3)).join('|');
    const bottom = rows.map(({ total }) => String(total).padStart(3)).join('|');
    return `${this.player.padEnd(6)}|${top}|\n${''.padEnd(6)}|${bottom}|`;
  }
}

const play = (player, rolls) => rolls.reduce((game, pins) => game.roll(pins), new Game(player));

const games = [
  play('Ana', [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1]),
  play('Ben', [3, 4, 5, 5, 10, 0, 0, 2, 8, 6, 1, 9, 1, 10, 4, 4, 7, 3, 5]),
  play('Cruz', Array(12).fill(10)),
  play('Dee', Array(20).fill(1)),
  play('Eli', [9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9]),
];
for (const game of games) console.log(game.card());

const ranking = [...games].sort((a, b) => b.score - a.score || (a.player < b.player ? -1 : 1));
ranking.forEach((g, i) => {
  const note = g.score === Game.PERFECT ? ' (perfect game!)' : '';
  console.log(`${i + 1}. ${g.player.padEnd(5)} ${String(g.score).padStart(3)}${note}`);
});
const avg = games.reduce((s, g) => s + g.score, 0) / games.length;
console.log(`league average: ${avg.toFixed(2)}`);

const partial = play('Fay', [10, 3, 4, 6]);
console.log(`Fay in progress: score so far ${partial.score}, frame ${partial.current.index}`);

const bad = [['Gus', [7, 5]], ['Hal', Array(13).fill(10)], ['Ivy', [4, 2.5]], ['Jo', [...Array(18).fill(0), 10, 6, 5]]];
for (const [player, rolls] of bad) {
  try {
    play(player, rolls);
    console.log(`${player}: accepted`);
  } catch (err) {
    console.log(`${player}: ${err.name} - ${err.message}`);
  }
}
