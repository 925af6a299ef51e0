// Block dominoes with a double-six set, a seeded shuffle and two player strategies.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Tile {
  constructor(a, b) { [this.a, this.b] = [a, b]; }
  get pips() { return this.a + this.b; }
  get isDouble() { return this.a === this.b; }
  matches(n) { return this.a === n || this.b === n; }
  flipped() { return new Tile(this.b, this.a); }
  oriented(n) { return this.a === n ? this : this.flipped(); }
  toString() { return `[${this.a}|${this.b}]`; }
  static fullSet(max = 6) {
    const set = [];
    for (let a = 0; a <= max; a++) for (let b = a; b <= max; b++) set.push(new Tile(a, b));
    return set;
  }
}

class Player {
  hand = [];
  constructor(name) { this.name = name; }
  get total() { return this.hand.reduce((s, t) => s + t.pips, 0); }
  options(ends) {
    if (!ends) return this.hand.map((tile) => ({ tile, side: 'right' }));
    const [left, right] = ends;
    return this.hand.flatMap((tile) => [
      ...(tile.matches(left) ? [{ tile, side: 'left' }] : []),
      ...(tile.matches(right) && left !== right ? [{ tile, side: 'right' }] : []),
    ]);
  }
  choose(options) { return options[0]; }
  play(ends) {
    const choice = this.choose(this.options(ends), ends);
    if (choice) this.hand.splice(this.hand.indexOf(choice.tile), 1);
    return choice ?? null;
  }
}

class GreedyPlayer extends Player {
  choose(options) {
    return [...options].sort((x, y) => y.tile.pips - x.tile.pips)[0];
  }
}

class DoublesFirstPlayer extends Player {
  choose(options) {
    return options.find(({ tile }) => tile.isDouble) ?? super.choose(options);
  }
}

class Game {
  line = [];
  log = [];
  constructor(players, seed) {
    this.players = players;
    const rng = mulberry32(seed);
    const tiles = Tile.fullSet();
    for (let i = tiles.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [tiles[i], tiles[j]] = [tiles[j], tiles[i]];
    }
    players.forEach((p, i) => { p.hand = tiles.slice(i * 7, i * 7 + 7); });
    this.boneyard = tiles.slice(players.length * 7);
  }
  get ends() { return this.line.length ? [this.line[0].a, this.line.at(-1).b] : null; }
  place({ tile, side }) {
    const ends = this.ends;
    if (!ends) this.line.push(tile);
    else if (side === 'left') this.line.unshift(tile.oriented(ends[0]).flipped());
    else this.line.push(tile.oriented(ends[1]));
  }
  run(maxTurns = 100) {
    let passes = 0;
    for (let turn = 0; turn < maxTurns; turn++) {
      const player = this.players[turn % this.players.length];
      const move = player.play(this.ends);
      if (!move) {
        this.log.push(`${player.name} passes`);
        if (++passes === this.players.length) return this.finish('blocked');
        continue;
      }
      passes = 0;
      this.place(move);
      this.log.push(`${player.name} plays ${move.tile} on ${move.side}`);
      if (player.hand.length === 0) return this.finish('domino', player);
    }
    return this.finish('turn limit');
  }
  finish(reason, winner) {
    const ranked = [...this.players].sort((p, q) => p.total - q.total);
    const champ = winner ?? ranked[0];
    const points = this.players.filter((p) => p !== champ).reduce((s, p) => s + p.total, 0);
    return { reason, winner: champ.name, points };
  }
}

// ---- main ----
console.log(`Double-six set: ${Tile.fullSet().length} tiles, ${Tile.fullSet().reduce((s, t) => s + t.pips, 0)} pips`);
for (const seed of [7, 42]) {
  const game = new Game([new GreedyPlayer('Gina'), new DoublesFirstPlayer('Dmitri'), new Player('Pat')], seed);
  console.log(`\n=== Game seed ${seed} (boneyard ${game.boneyard.length}) ===`);
  game.players.forEach((p) => console.log(`${p.name.padEnd(7)} ${p.hand.join(' ')}`));
  const { reason, winner, points } = game.run();
  game.log.slice(0, 8).forEach((entry) => console.log(`  ${entry}`));
  if (game.log.length > 8) console.log(`  ... ${game.log.length - 8} more moves`);
  console.log(`Line: ${game.line.join('')}`);
  const valid = game.line.every((t, i) => i === 0 || game.line[i - 1].b === t.a);
  console.log(`Line valid: ${valid}, ends: ${JSON.stringify(game.ends)}`);
  console.log(`Result: ${winner} wins by ${reason} for ${points} points`);
  console.log(`Remaining: ${game.players.map((p) => `${p.name}=${p.total}`).join(', ')}`);
}
