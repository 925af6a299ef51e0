// Football league: round-robin fixtures, result parsing and a sorted standings table.

class ResultError extends Error {
  constructor(line, reason) {
    super(`"${line}" - ${reason}`);
    this.name = 'ResultError';
  }
}

function* roundRobin(teams) {
  const list = teams.length % 2 ? [...teams, null] : [...teams];
  const n = list.length;
  for (let round = 0; round < n - 1; round++) {
    const pairs = [];
    for (let i = 0; i < n / 2; i++) {
      const [home, away] = round % 2 ? [list[n - 1 - i], list[i]] : [list[i], list[n - 1 - i]];
      if (home && away) pairs.push([home, away]);
    }
    yield { round: round + 1, pairs };
    list.splice(1, 0, list.pop());
  }
}

class TeamRecord {
  static POINTS = { W: 3, D: 1, L: 0 };
  played = 0; won = 0; drawn = 0; lost = 0; scored = 0; conceded = 0;
  #form = [];

  constructor(name) { this.name = name; }

  record(forGoals, againstGoals) {
    this.played++;
    this.scored += forGoals;
    this.conceded += againstGoals;
    const outcome = forGoals > againstGoals ? 'W' : forGoals < againstGoals ? 'L' : 'D';
    if (outcome === 'W') this.won++;
    else if (outcome === 'L') this.lost++;
    else this.drawn++;
    this.#form = [...this.#form, outcome].slice(-5);
  }

  get points() { return this.won * TeamRecord.POINTS.W + this.drawn * TeamRecord.POINTS.D; }
  get diff() { return this.scored - this.conceded; }
  get form() { return this.#form.join('') || '-'; }
}

class League {
  #teams = new Map();
  rejected = [];

  constructor(names) {
    names.forEach((n) => this.#teams.set(n, new TeamRecord(n)));
  }

  report(line) {
    const match = line.match(/^\s*(.+?)\s+(\d+)\s*-\s*(\d+)\s+(.+?)\s*$/);
    try {
      if (!match) throw new ResultError(line, 'unrecognised format');
      const [, home, hg, ag, away] = match;
      const [h, a] = [this.#teams.get(home), this.#teams.get(away)];
      if (!h || !a) throw new ResultError(line, `unknown team ${h ? away : home}`);
      if (h === a) throw new ResultError(line, 'team cannot play itself');
      h.record(+hg, +ag);
      a.record(+ag, +hg);
    } catch (e) {
      if (!(e instanceof ResultError)) throw e;
      this.rejected.push(e.message);
    }
  }

  standings() {
    const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    return [...this.#teams.values()].sort(
      (a, b) => b.points - a.points || b.diff - a.diff || b.scored - a.scored || byName(a, b),
    );
  }

  print() {
    console.log(`${'#'.padStart(2)} ${'Team'.padEnd(10)} P  W  D  L  GF GA  GD Pts Form`);
    this.standings().forEach((t, i) => {
      const gd = t.diff > 0 ? `+${t.diff}` : String(t.diff);
      const cols = [t.played, t.won, t.drawn, t.lost].map((v) => String(v).padEnd(2)).join(' ');
      console.log(`${String(i + 1).padStart(2)} ${t.name.padEnd(10)} ${cols} ${String(t.scored).padStart(2)} ${String(t.conceded).padStart(2)} ${gd.padStart(3)} ${String(t.points).padStart(3)} ${t.form}`);
    });
  }
}

const teams = ['Harbor', 'Ironside', 'Kestrels', 'Millers', 'Rovers', 'Wanderers'];
const scoreFor = (round, i) => [(round * 7 + i * 3) % 5, (round * 3 + i * 5 + 1) % 4];
const league = new League(teams);
const played = [];
for (const { round, pairs } of roundRobin(teams)) {
  const lines = pairs.map(([home, away], i) => {
    const [hg, ag] = scoreFor(round, i);
    return `${home} ${hg}-${ag} ${away}`;
  });
  console.log(`Round ${round}: ${lines.join(' | ')}`);
  played.push(...lines);
}
played.forEach((line) => league.report(line));
['Rovers 2-2 Rovers', 'Harbor vs Millers', 'Millers 1-0 Athletic'].forEach((l) => league.report(l));
league.print();
console.log('Rejected results:');
league.rejected.forEach((r) => console.log(`  ${r}`));
const [leader, ...rest] = league.standings();
const chasers = rest.filter((t) => leader.points - t.points <= 3).map((t) => t.name);
console.log(`Leader: ${leader.name} with ${leader.points} pts; within 3 pts: ${chasers.join(', ') || 'nobody'}`);
const goals = played.flatMap((l) => l.match(/\d+/g).map(Number)).reduce((a, b) => a + b, 0);
console.log(`Matches: ${played.length}, goals: ${goals}, per match: ${(goals / played.length).toFixed(2)}`);
const unbeaten = league.standings().filter((t) => t.lost === 0).map((t) => t.name);
console.log(`Unbeaten: ${unbeaten.length ? unbeaten.join(', ') : 'none'}`);
