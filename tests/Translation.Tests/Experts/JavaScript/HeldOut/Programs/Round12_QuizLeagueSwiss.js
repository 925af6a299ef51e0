// Swiss-system pairing for a pub quiz league: teams meet opponents with similar scores, no rematches.
class PairingError extends Error {
  constructor(round, detail) {
    super(`Round ${round}: ${detail}`);
    this.name = 'PairingError';
  }
}

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

class Team {
  #opponents = new Set();
  #history = [];
  constructor(name, rating) {
    this.name = name;
    this.rating = rating;
    this.points = 0;
    this.byes = 0;
  }
  hasPlayed(other) { return this.#opponents.has(other.name); }
  record(opponent, result, quizScore) {
    if (opponent) this.#opponents.add(opponent.name);
    this.#history.push({ vs: opponent?.name ?? 'BYE', result, quizScore });
    this.points += { W: 2, D: 1, L: 0 }[result];
  }
  get buchholz() {
    return [...this.#opponents].reduce((s, n) => s + (Team.registry.get(n)?.points ?? 0), 0);
  }
  get form() { return this.#history.map(({ result }) => result).join(''); }
  get totalQuizScore() { return this.#history.reduce((s, h) => s + h.quizScore, 0); }
  static registry = new Map();
}

class SwissLeague {
  #teams;
  #round = 0;
  #rand;
  constructor(teams, seed) {
    this.#teams = teams;
    this.#rand = mulberry32(seed);
    teams.forEach((t) => Team.registry.set(t.name, t));
  }
  #standings() {
    return [...this.#teams].sort((a, b) =>
      b.points - a.points || b.buchholz - a.buchholz || b.rating - a.rating || a.name.localeCompare(b.name));
  }
  #pair() {
    const pool = this.#standings();
    const pairs = [];
    let bye = null;
    if (pool.length % 2 === 1) {
      const idx = pool.findLastIndex((t) => t.byes === 0);
      if (idx < 0) throw new PairingError(this.#round, 'every team already had a bye');
      [bye] = pool.splice(idx, 1);
    }
    while (pool.length) {
      const first = pool.shift();
      const j = pool.findIndex((t) => !first.hasPlayed(t));
      if (j < 0) throw new PairingError(this.#round, `no fresh opponent for ${first.name}`);
      pairs.push([first, ...pool.splice(j, 1)]);
    }
    return { pairs, bye };
  }
  #simulate(a, b) {
    const score = (t) => Math.floor(20 + t.rating / 10 + this.#rand() * 15);
    const [sa, sb] = [score(a), score(b)];
    const result = sa === sb ? ['D', 'D'] : sa > sb ? ['W', 'L'] : ['L', 'W'];
    a.record(b, result[0], sa);
    b.record(a, result[1], sb);
    return `${a.name.padEnd(14)} ${String(sa).padStart(2)} - ${String(sb).padEnd(2)} ${b.name}`;
  }
  playRound() {
    this.#round++;
    const { pairs, bye } = this.#pair();
    console.log(`== Round ${this.#round} ==`);
    for (const [a, b] of pairs) console.log(this.#simulate(a, b));
    if (bye) {
      bye.byes++;
      bye.record(null, 'W', 30);
      console.log(`${bye.name} receives a bye`);
    }
  }
  table() {
    return this.#standings().map((t, i) =>
      `${String(i + 1).padStart(2)}. ${t.name.padEnd(14)} pts=${t.points} bh=${String(t.buchholz).padStart(2)} form=${t.form.padEnd(4, '.')} quiz=${t.totalQuizScore}`);
  }
}

const teamData = [
  ['Quizzly Bears', 88], ['Trivia Newton', 92], ['Les Quizerables', 75], ['Agatha Quiztie', 81],
  ['Sherlock Homies', 70], ['Know It Owls', 95], ['Brainy Bunch', 64],
];
const teams = teamData.map(([name, rating]) => new Team(name, rating));
const league = new SwissLeague(teams, 20240611);

for (let r = 0; r < 4; r++) {
  try {
    league.playRound();
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
    break;
  }
}
console.log('== Final table ==');
league.table().forEach((line) => console.log(line));

const unbeaten = teams.filter((t) => !t.form.includes('L')).map((t) => t.name);
console.log(`Unbeaten: ${unbeaten.length ? unbeaten.join(', ') : 'nobody'}`);
const byeTeams = teams.filter((t) => t.byes > 0).map(({ name }) => name).sort();
console.log(`Bye recipients: ${byeTeams.join(' | ')}`);
const best = teams.reduce((a, b) => (b.totalQuizScore > a.totalQuizScore ? b : a));
console.log(`Highest quiz aggregate: ${best.name} (${best.totalQuizScore})`);

// Exhaust: tiny league of 3 teams runs out of fresh opponents
const tiny = new SwissLeague(['Alpha', 'Beta', 'Gamma'].map((n, i) => new Team(n, 50 + i)), 7);
for (let r = 0; r < 5; r++) {
  try { tiny.playRound(); } catch (e) { console.log(`Stopped: ${e.message}`); break; }
}
const rng = mulberry32(1);
console.log(`PRNG check: ${Array.from({ length: 4 }, () => rng().toFixed(6)).join(', ')}`);
