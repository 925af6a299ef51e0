// Single-elimination tournament with seeding, byes, Elo-weighted results and rating updates.
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

class BracketError extends Error {
  constructor(message) { super(message); this.name = 'BracketError'; }
}

class Player {
  #history = [];
  constructor(name, rating = 1500) { this.name = name; this.rating = rating; }
  static expected(a, b) { return 1 / (1 + 10 ** ((b.rating - a.rating) / 400)); }
  record(opponent, won, delta) { this.#history.push({ opponent: opponent.name, won, delta }); }
  get wins() { return this.#history.filter((h) => h.won).length; }
  get ratingChange() { return this.#history.reduce((s, h) => s + h.delta, 0); }
  toString() { return `${this.name} (${Math.round(this.rating)})`; }
}

const BYE = Object.freeze({ name: 'BYE', rating: 0, toString: () => 'BYE' });

function seedOrder(size) {
  let order = [1];
  while (order.length < size) {
    const n = order.length * 2 + 1;
    order = order.flatMap((s) => [s, n - s]);
  }
  return order;
}

class Tournament {
  static K = 32;
  #rounds = [];
  constructor(name, players, rng) {
    if (players.length < 2) throw new BracketError('need at least two players');
    const names = new Set(players.map((p) => p.name));
    if (names.size !== players.length) throw new BracketError('duplicate player names');
    this.name = name;
    this.rng = rng;
    this.seeds = [...players].sort((a, b) => b.rating - a.rating || a.name.localeCompare(b.name));
  }
  get size() { return 2 ** Math.ceil(Math.log2(this.seeds.length)); }
  firstRound() {
    const slots = seedOrder(this.size).map((s) => this.seeds[s - 1] ?? BYE);
    const pairs = [];
    for (let i = 0; i < slots.length; i += 2) pairs.push([slots[i], slots[i + 1]]);
    return pairs;
  }
  playMatch(a, b) {
    if (b === BYE) return { winner: a, loser: b, note: 'bye' };
    if (a === BYE) return { winner: b, loser: a, note: 'bye' };
    const pA = Player.expected(a, b);
    const aWins = this.rng() < pA;
    const [winner, loser] = aWins ? [a, b] : [b, a];
    const pWinner = aWins ? pA : 1 - pA;
    const delta = Tournament.K * (1 - pWinner);
    winner.rating += delta;
    loser.rating -= delta;
    winner.record(loser, true, delta);
    loser.record(winner, false, -delta);
    return { winner, loser, note: pWinner < 0.5 ? `upset! p=${pWinner.toFixed(2)}` : `p=${pWinner.toFixed(2)}` };
  }
  *rounds() {
    let pairs = this.firstRound();
    let roundNo = 1;
    while (pairs.length > 0) {
      const results = pairs.map(([a, b]) => this.playMatch(a, b));
      this.#rounds.push(results);
      yield { roundNo, results };
      const winners = results.map((r) => r.winner);
      if (winners.length === 1) return;
      pairs = [];
      for (let i = 0; i < winners.length; i += 2) pairs.push([winners[i], winners[i + 1]]);
      roundNo++;
    }
  }
  get champion() { return this.#rounds.at(-1)?.[0].winner ?? null; }
  static roundName(remaining) {
    return { 2: 'Final', 4: 'Semifinals', 8: 'Quarterfinals' }[remaining] ?? `Round of ${remaining}`;
  }
}

// ---- main ----
console.log('Seed order for 8:', seedOrder(8).join(' '));
const roster = [
  ['Kasparova', 1820], ['Ndlovu', 1760], ['Petrov', 1745], ['Osei', 1690], ['Lindgren', 1655],
  ['Yamada', 1610], ['Costa', 1580], ['Farouk', 1540], ['Brennan', 1495], ['Quispe', 1470],
];
const players = roster.map(([name, rating]) => new Player(name, rating));
const cup = new Tournament('Spring Open', players, mulberry32(2024));
console.log(`${cup.name}: ${players.length} players, bracket of ${cup.size}`);
for (const { roundNo, results } of cup.rounds()) {
  console.log(`== ${Tournament.roundName(results.length * 2)} (round ${roundNo}) ==`);
  for (const { winner, loser, note } of results) {
    console.log(`  ${winner.name.padEnd(10)} def. ${loser.name.padEnd(10)} ${note}`);
  }
}
console.log(`Champion: ${cup.champion}`);
const table = [...players].sort((a, b) => b.wins - a.wins || b.ratingChange - a.ratingChange);
for (const p of table) {
  const sign = p.ratingChange >= 0 ? '+' : '';
  console.log(`${p.name.padEnd(10)} wins ${p.wins} rating ${Math.round(p.rating)} (${sign}${p.ratingChange.toFixed(1)})`);
}
for (const bad of [[players[0]], [players[0], players[0]]]) {
  try { new Tournament('Broken', bad, mulberry32(1)); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
