// Tennis match scorer: points -> games -> sets, with deuce/advantage and tiebreaks.

const POINT_NAMES = ['0', '15', '30', '40'];

function makeRng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

class TennisMatch {
  #points = [0, 0];
  #games = [0, 0];
  #sets = [];
  #setsWon = [0, 0];

  constructor(players, { bestOf = 3 } = {}) {
    this.players = players;
    this.bestOf = bestOf;
    this.server = 0;
    this.winner = null;
    this.events = [];
    this.stats = players.map(() => ({ points: 0, aces: 0, breaks: 0 }));
  }

  get inTiebreak() {
    return this.#games[0] === 6 && this.#games[1] === 6;
  }

  get setsNeeded() {
    return Math.floor(this.bestOf / 2) + 1;
  }

  pointScore() {
    const [a, b] = this.#points;
    if (this.inTiebreak) return `${a}-${b}`;
    if (a >= 3 && b >= 3) {
      if (a === b) return 'Deuce';
      return `Ad ${this.players[a > b ? 0 : 1]}`;
    }
    return `${POINT_NAMES[a]}-${POINT_NAMES[b]}`;
  }

  scoreline() {
    const done = this.#sets.map(([a, b]) => `${a}-${b}`);
    const current = this.winner === null ? [`${this.#games[0]}-${this.#games[1]}`] : [];
    return [...done, ...current].join(' ');
  }

  addPoint(p, { ace = false } = {}) {
    if (this.winner !== null) return false;
    this.stats[p].points++;
    if (ace) this.stats[p].aces++;
    this.#points[p]++;
    const [mine, theirs] = [this.#points[p], this.#points[1 - p]];
    const target = this.inTiebreak ? 7 : 4;
    if (mine >= target && mine - theirs >= 2) {
      this.#winGame(p);
    } else if (this.inTiebreak && (this.#points[0] + this.#points[1]) % 2 === 1) {
      this.server = 1 - this.server;
    }
    return true;
  }

  #winGame(p) {
    const wasTiebreak = this.inTiebreak;
    if (!wasTiebreak && p !== this.server) {
      this.stats[p].breaks++;
      this.events.push(`Break of serve: ${this.players[p]} (${this.#games[0]}-${this.#games[1]})`);
    }
    this.#points = [0, 0];
    this.#games[p]++;
    const [g, o] = [this.#games[p], this.#games[1 - p]];
    if (wasTiebreak || (g >= 6 && g - o >= 2)) {
      this.#sets.push([...this.#games]);
      this.#setsWon[p]++;
      this.events.push(`Set ${this.#sets.length} to ${this.players[p]} ${this.#games.join('-')}${wasTiebreak ? ' (TB)' : ''}`);
      this.#games = [0, 0];
      if (this.#setsWon[p] === this.setsNeeded) {
        this.winner = p;
        this.events.push(`Match: ${this.players[p]} wins ${this.scoreline()}`);
      }
    }
    if (!wasTiebreak) this.server = 1 - this.server;
  }
}

function simulate(names, seed, skill, bestOf) {
  const rand = makeRng(seed);
  const match = new TennisMatch(names, { bestOf });
  let rallies = 0;
  while (match.winner === null && rallies < 2000) {
    const serveEdge = match.server === 0 ? 0.12 : -0.12;
    const pA = Math.min(0.95, Math.max(0.05, skill + serveEdge));
    const r = rand();
    const winner = r < pA ? 0 : 1;
    const ace = winner === match.server && r % 0.1 < 0.012;
    match.addPoint(winner, { ace });
    rallies++;
  }
  return { match, rallies };
}

// A scripted game to show the point-level display with deuce/advantage.
const demo = new TennisMatch(['Ruiz', 'Okafor']);
const script = 'AABBABABBAAA';
const snapshots = [];
for (const ch of script) {
  demo.addPoint(ch === 'A' ? 0 : 1);
  snapshots.push(demo.pointScore());
}
console.log('Demo game point by point:');
console.log('  ' + snapshots.join(' | '));
console.log(`  Games after demo: ${demo.scoreline()}`);

const fixtures = [
  { names: ['Ruiz', 'Okafor'], seed: 7, skill: 0.52, bestOf: 3 },
  { names: ['Lindqvist', 'Tanaka'], seed: 2024, skill: 0.5, bestOf: 5 },
  { names: ['Moreau', 'Singh'], seed: 99, skill: 0.44, bestOf: 3 },
];

for (const { names, seed, skill, bestOf } of fixtures) {
  const { match, rallies } = simulate(names, seed, skill, bestOf);
  console.log(`\n${names.join(' vs ')} (best of ${bestOf}, seed ${seed})`);
  match.events.forEach((e) => console.log(`  - ${e}`));
  const rows = match.players.map((name, i) => {
    const { points, aces, breaks } = match.stats[i];
    const pct = ((points / rallies) * 100).toFixed(1);
    return `  ${name.padEnd(10)} pts ${String(points).padStart(3)} (${pct}%) aces ${aces} breaks ${breaks}`;
  });
  console.log(rows.join('\n'));
  console.log(`  Total points played: ${rallies}`);
}
