'use strict';

class LotteryError extends Error {
  constructor(message) { super(message); this.name = 'LotteryError'; }
}

class Mulberry32 {
  #state;
  constructor(seed) {
    if (!Number.isInteger(seed)) throw new LotteryError(`seed must be an integer, got ${seed}`);
    this.#state = seed >>> 0;
  }
  next() {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n) { return Math.floor(this.next() * n); }
}

class Team {
  constructor(name, wins, losses, pointDiff = 0) { Object.assign(this, { name, wins, losses, pointDiff }); }
  get pct() { return this.wins / (this.wins + this.losses); }
  get record() { return `${this.wins}-${this.losses}`; }
}

class DraftLottery {
  static ODDS = [140, 140, 140, 125, 105, 90, 75, 60, 45, 30, 20, 15, 10, 5]; // per 1000 combos
  static LOTTERY_PICKS = 4;
  #teams;
  constructor(teams) {
    const names = new Set();
    for (const t of teams) {
      if (names.has(t.name)) throw new LotteryError(`duplicate team ${t.name}`);
      names.add(t.name);
    }
    if (teams.length !== DraftLottery.ODDS.length) throw new LotteryError(`need ${DraftLottery.ODDS.length} teams, got ${teams.length}`);
    // worst record first; ties broken by point differential then name
    this.#teams = [...teams].sort((a, b) => a.pct - b.pct || a.pointDiff - b.pointDiff || a.name.localeCompare(b.name));
  }
  get seeding() { return this.#teams.map((t, i) => ({ seed: i + 1, team: t.name, record: t.record, combos: DraftLottery.ODDS[i] })); }

  *#drawOrder(rng) {
    const pool = this.#teams.map((t, i) => ({ t, w: DraftLottery.ODDS[i] }));
    for (let pick = 0; pick < DraftLottery.LOTTERY_PICKS; pick++) {
      const total = pool.reduce((s, p) => s + p.w, 0);
      let ticket = rng.int(total);
      const idx = pool.findIndex(p => (ticket -= p.w) < 0);
      yield pool.splice(idx, 1)[0].t;
    }
  }

  run(seed) {
    const rng = new Mulberry32(seed);
    const winners = [...this.#drawOrder(rng)];
    const rest = this.#teams.filter(t => !winners.includes(t));
    return [...winners, ...rest].map((t, i) => ({ pick: i + 1, team: t.name, seed: this.#teams.indexOf(t) + 1 }));
  }

  simulate(runs, seed) {
    const rng = new Mulberry32(seed);
    const firstPick = new Map(this.#teams.map(t => [t.name, 0]));
    const worstDrop = new Map();
    for (let r = 0; r < runs; r++) {
      const [first, ...others] = this.#drawOrder(rng);
      firstPick.set(first.name, firstPick.get(first.name) + 1);
      const lottery = new Set([first, ...others]);
      const worst = this.#teams[0];
      const pickOfWorst = lottery.has(worst) ? [first, ...others].indexOf(worst) + 1 : 5 + this.#teams.filter(t => !lottery.has(t)).indexOf(worst);
      worstDrop.set(pickOfWorst, (worstDrop.get(pickOfWorst) ?? 0) + 1);
    }
    return { firstPick, worstDrop };
  }
}

const raw = `Hawks 18-64 -610; Comets 19-63 -540; Otters 19-63 -480; Pilots 22-60 -300; Miners 25-57 -250;
Foxes 27-55 -210; Rangers 30-52 -150; Tides 30-52 -190; Bison 33-49 -80; Ravens 35-47 -40;
Kings 36-46 -10; Owls 38-44 12; Lynx 39-43 25; Storm 40-42 30`;
const teams = raw.split(/;\s*/).map(s => s.trim()).filter(Boolean).map(entry => {
  const [, name, w, l, diff] = entry.match(/^(\w+)\s+(\d+)-(\d+)\s+(-?\d+)$/);
  return new Team(name, +w, +l, +diff);
});

const lottery = new DraftLottery(teams);
console.log('SEED TEAM     REC    PCT   COMBOS');
for (const { seed, team, record, combos } of lottery.seeding) {
  const pct = teams.find(t => t.name === team).pct.toFixed(3).replace(/^0/, '');
  console.log(`${String(seed).padStart(4)} ${team.padEnd(8)} ${record.padEnd(6)} ${pct}  ${String(combos).padStart(4)}`);
}

const result = lottery.run(20240514);
console.log('--- lottery result (seed 20240514) ---');
result.forEach(({ pick, team, seed }) => {
  const move = seed - pick;
  const arrow = move > 0 ? `up ${move}` : move < 0 ? `down ${-move}` : 'same';
  console.log(`pick ${String(pick).padStart(2)}: ${team.padEnd(8)} (seed ${seed}, ${arrow})`);
});

const { firstPick, worstDrop } = lottery.simulate(20000, 7);
console.log('--- first pick frequency over 20000 runs ---');
[...firstPick].slice(0, 6).forEach(([name, n], i) => {
  const expected = DraftLottery.ODDS[i] / 10;
  console.log(`${name.padEnd(8)} ${(n / 200).toFixed(2).padStart(6)}% (expected ${expected.toFixed(1)}%)`);
});
const worstLine = [...worstDrop].sort(([a], [b]) => a - b).map(([p, n]) => `#${p}:${(n / 200).toFixed(1)}%`).join(' ');
console.log('worst team lands at', worstLine);

const rng = new Mulberry32(42);
console.log('rng sample', Array.from({ length: 5 }, () => rng.int(100)).join(','));

for (const bad of [() => new DraftLottery(teams.slice(0, 10)), () => new DraftLottery([...teams.slice(0, 13), teams[0]]), () => lottery.run(1.5)]) {
  try { bad(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
