// Tire-wear and pit-stop strategy simulator: enumerates compound sequences and simulates lap times.
class StrategyError extends Error {
  constructor(message, strategy) {
    super(message);
    this.name = 'StrategyError';
    this.strategy = strategy;
  }
}

const COMPOUNDS = Object.freeze({
  S: { name: 'soft', paceMs: -700, wearPerLap: 4.2, cliff: 70 },
  M: { name: 'medium', paceMs: 0, wearPerLap: 2.6, cliff: 75 },
  H: { name: 'hard', paceMs: 450, wearPerLap: 1.7, cliff: 80 },
});

class Tire {
  #wear = 0;
  constructor(code) {
    this.code = code;
    this.spec = COMPOUNDS[code];
  }
  get wear() { return this.#wear; }
  get overCliff() { return this.#wear > this.spec.cliff; }
  lapPenaltyMs() {
    const base = Math.round(this.#wear * 18);
    return this.overCliff ? base + Math.round((this.#wear - this.spec.cliff) ** 2 * 12) : base;
  }
  runLap(fuelKg) { this.#wear += this.spec.wearPerLap * (1 + fuelKg / 400); }
}

class Race {
  static BASE_LAP_MS = 92000;
  static PIT_LOSS_MS = 21500;
  static FUEL_PER_LAP = 1.6;
  #laps;
  constructor(laps) { this.#laps = laps; }
  get laps() { return this.#laps; }
  validate(plan) {
    const { stints } = plan;
    const total = stints.reduce((s, [, laps]) => s + laps, 0);
    if (total !== this.#laps) throw new StrategyError(`Stints cover ${total} laps, race is ${this.#laps}`, plan.label);
    if (new Set(stints.map(([c]) => c)).size < 2) throw new StrategyError('Must use at least two compounds', plan.label);
  }
  simulate(plan) {
    this.validate(plan);
    let fuel = this.#laps * Race.FUEL_PER_LAP;
    let totalMs = 0;
    const stintTimes = [];
    for (const [i, [code, laps]] of plan.stints.entries()) {
      const tire = new Tire(code);
      let stintMs = i > 0 ? Race.PIT_LOSS_MS : 0;
      for (let lap = 0; lap < laps; lap++) {
        const fuelMs = Math.round(fuel * 30);
        stintMs += Race.BASE_LAP_MS + tire.spec.paceMs + tire.lapPenaltyMs() + fuelMs;
        tire.runLap(fuel);
        fuel -= Race.FUEL_PER_LAP;
      }
      stintTimes.push({ code, laps, ms: stintMs, endWear: tire.wear.toFixed(1) });
      totalMs += stintMs;
    }
    return { label: plan.label, totalMs, stintTimes };
  }
}

const fmtRace = (ms) => {
  const h = Math.floor(ms / 3600000);
  const m = Math.floor((ms % 3600000) / 60000);
  const s = ((ms % 60000) / 1000).toFixed(3).padStart(6, '0');
  return `${h}:${String(m).padStart(2, '0')}:${s}`;
};
const fmtGap = (ms) => (ms === 0 ? 'leader' : `${ms < 0 ? '-' : '+'}${(Math.abs(ms) / 1000).toFixed(3)}s`);

function* candidateStrategies(laps, maxStops) {
  const codes = Object.keys(COMPOUNDS);
  for (let stops = 1; stops <= maxStops; stops++) {
    const stintCount = stops + 1;
    const splits = Array.from({ length: stintCount }, (_, i) =>
      Math.floor(laps / stintCount) + (i < laps % stintCount ? 1 : 0));
    const seqs = [[]];
    for (let k = 0; k < stintCount; k++) {
      const next = seqs.splice(0).flatMap((seq) => codes.map((c) => [...seq, c]));
      seqs.push(...next);
    }
    for (const seq of seqs) {
      if (new Set(seq).size < 2) continue;
      yield { label: `${stops}-stop ${seq.join('-')}`, stints: seq.map((c, i) => [c, splits[i]]) };
    }
  }
}

const race = new Race(57);
const results = [];
let rejected = 0;
for (const plan of candidateStrategies(race.laps, 2)) {
  try { results.push(race.simulate(plan)); } catch { rejected++; }
}
results.sort((a, b) => a.totalMs - b.totalMs || a.label.localeCompare(b.label));
console.log(`Simulated ${results.length} strategies (${rejected} rejected) over ${race.laps} laps`);
const leader = results[0].totalMs;
results.slice(0, 6).forEach(({ label, totalMs }, i) =>
  console.log(`${String(i + 1).padStart(2)}. ${label.padEnd(16)} ${fmtRace(totalMs)} ${fmtGap(totalMs - leader)}`));
console.log('...');
const worst = results.at(-1);
console.log(`Worst: ${worst.label} ${fmtRace(worst.totalMs)} ${fmtGap(worst.totalMs - leader)}`);

console.log('--- Best strategy stints ---');
for (const { code, laps, ms, endWear } of results[0].stintTimes) {
  console.log(`  ${COMPOUNDS[code].name.padEnd(6)} ${String(laps).padStart(2)} laps ${fmtRace(ms)} wear ${endWear}%`);
}
const oneStopBest = results.find((r) => r.label.startsWith('1-stop'));
console.log(`Best 1-stop: ${oneStopBest.label} ${fmtGap(oneStopBest.totalMs - leader)}`);
const cliffers = results.filter((r) => r.stintTimes.some(({ code, endWear }) => Number(endWear) > COMPOUNDS[code].cliff));
console.log(`Strategies that hit a tire cliff: ${cliffers.length}`);

const custom = [
  { label: 'aggressive', stints: [['S', 15], ['S', 15], ['M', 27]] },
  { label: 'short', stints: [['M', 20], ['H', 30]] },
  { label: 'mono', stints: [['H', 30], ['H', 27]] },
  { label: 'long-soft', stints: [['S', 30], ['H', 27]] },
];
for (const plan of custom) {
  try {
    const { totalMs, stintTimes } = race.simulate(plan);
    console.log(`${plan.label}: ${fmtRace(totalMs)} ${fmtGap(totalMs - leader)} wear=[${stintTimes.map((s) => s.endWear).join(', ')}]`);
  } catch (e) {
    console.log(`${e.name} (${e.strategy}): ${e.message}`);
  }
}
console.log(`Edge formats: ${fmtRace(0)} | ${fmtRace(3599999)} | ${fmtGap(1)} | ${fmtGap(-250)}`);
const avgLap = results[0].totalMs / race.laps;
console.log(`Leader average lap: ${(avgLap / 1000).toFixed(3)}s; median strategy: ${results[Math.floor(results.length / 2)].label}`);
