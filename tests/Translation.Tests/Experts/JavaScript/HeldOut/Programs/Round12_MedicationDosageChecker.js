// Hospital medication dosage checker: weight-based limits, renal adjustment, interactions, and order parsing.
class DosageError extends Error {
  constructor(severity, message) {
    super(message);
    this.name = 'DosageError';
    this.severity = severity;
  }
}
class InteractionError extends DosageError {
  constructor(drugs) {
    super('critical', `Interaction between ${drugs.join(' and ')}`);
    this.name = 'InteractionError';
    this.drugs = drugs;
  }
}

const FORMULARY = Object.freeze({
  paracetamol: { mgPerKg: 15, maxDailyMg: 4000, minIntervalH: 4, renal: false },
  ibuprofen: { mgPerKg: 10, maxDailyMg: 2400, minIntervalH: 6, renal: true },
  amoxicillin: { mgPerKg: 25, maxDailyMg: 3000, minIntervalH: 8, renal: true },
  warfarin: { mgPerKg: 0.1, maxDailyMg: 10, minIntervalH: 24, renal: false },
  morphine: { mgPerKg: 0.1, maxDailyMg: 60, minIntervalH: 4, renal: true },
});
const INTERACTIONS = new Set(['ibuprofen|warfarin', 'morphine|paracetamol-x']);
const ORDER_RE = /^(?<drug>[a-z]+)\s+(?<dose>\d+(?:\.\d+)?)\s*(?<unit>mg|g|mcg)\s+(?:q(?<every>\d+)h|(?<freq>once|bid|tid|qid))$/i;
const FREQ_HOURS = { once: 24, bid: 12, tid: 8, qid: 6 };

class Patient {
  #orders = [];
  constructor({ name, weightKg, ageYears, creatinineClearance = 100 }) {
    Object.assign(this, { name, weightKg, ageYears, crcl: creatinineClearance });
  }
  get renalFactor() {
    if (this.crcl >= 50) return 1;
    if (this.crcl >= 30) return 0.75;
    return this.crcl >= 10 ? 0.5 : 0.25;
  }
  get isPaediatric() { return this.ageYears < 12; }
  get orders() { return this.#orders.map((o) => ({ ...o })); }
  #checkInteractions(drug) {
    for (const { drug: other } of this.#orders) {
      const key = [drug, other].sort().join('|');
      if (INTERACTIONS.has(key)) throw new InteractionError([other, drug]);
    }
  }
  prescribe(text) {
    const m = text.trim().match(ORDER_RE);
    if (!m) throw new DosageError('format', `Cannot parse order "${text}"`);
    const { drug: rawDrug, dose, unit, every, freq } = m.groups;
    const drug = rawDrug.toLowerCase();
    const spec = FORMULARY[drug];
    if (!spec) throw new DosageError('formulary', `${drug} is not on the formulary`);
    const factor = { mg: 1, g: 1000, mcg: 0.001 }[unit.toLowerCase()];
    const doseMg = Number(dose) * factor;
    const intervalH = every ? Number(every) : FREQ_HOURS[freq.toLowerCase()];
    const dosesPerDay = Math.floor(24 / intervalH);
    const warnings = [];
    if (intervalH < spec.minIntervalH) throw new DosageError('high', `${drug} interval ${intervalH}h < minimum ${spec.minIntervalH}h`);
    const perDoseCap = spec.mgPerKg * this.weightKg;
    if (doseMg > perDoseCap * 1.1) warnings.push(`single dose ${doseMg}mg exceeds ${perDoseCap.toFixed(1)}mg (${spec.mgPerKg}mg/kg)`);
    let dailyCap = spec.maxDailyMg;
    if (spec.renal) dailyCap *= this.renalFactor;
    if (this.isPaediatric) dailyCap = Math.min(dailyCap, perDoseCap * 4);
    const daily = doseMg * dosesPerDay;
    if (daily > dailyCap) throw new DosageError('high', `${drug} daily ${daily}mg exceeds cap ${dailyCap.toFixed(1)}mg`);
    this.#checkInteractions(drug);
    this.#orders.push({ drug, doseMg, intervalH, daily, warnings });
    return { drug, daily, dailyCap, warnings };
  }
}

const patients = [
  new Patient({ name: 'Mr. Okafor', weightKg: 82, ageYears: 67, creatinineClearance: 38 }),
  new Patient({ name: 'Lily (child)', weightKg: 18, ageYears: 5 }),
  new Patient({ name: 'Ms. Haddad', weightKg: 60, ageYears: 44, creatinineClearance: 8 }),
];
const orderSets = [
  ['paracetamol 1 g q6h', 'ibuprofen 400mg tid', 'Warfarin 5 mg once', 'amoxicillin 500 mg q4h', 'aspirin 100 mg once'],
  ['paracetamol 250 mg qid', 'ibuprofen 200mg tid', 'amoxicillin 450 mg tid', 'morphine 2 mg q4h'],
  ['morphine 5mg q4h', 'amoxicillin 250 mg bid', 'paracetamol 500mg every day', 'ibuprofen 600 mg bid'],
];

const tally = new Map();
patients.forEach((p, i) => {
  console.log(`== ${p.name}: ${p.weightKg}kg, age ${p.ageYears}, CrCl ${p.crcl} (renal x${p.renalFactor})${p.isPaediatric ? ' [paeds]' : ''}`);
  for (const order of orderSets[i]) {
    try {
      const { drug, daily, dailyCap, warnings } = p.prescribe(order);
      console.log(`  OK   ${order.padEnd(24)} ${drug}: ${daily}mg/day of ${dailyCap}mg`);
      warnings.forEach((w) => console.log(`       warning: ${w}`));
      tally.set('ok', (tally.get('ok') ?? 0) + 1);
    } catch (err) {
      const kind = err instanceof InteractionError ? 'INTERACTION' : `BLOCK:${err.severity}`;
      console.log(`  FAIL ${order.padEnd(24)} ${kind} - ${err.message}`);
      tally.set(err.severity, (tally.get(err.severity) ?? 0) + 1);
    }
  }
  const total = p.orders.reduce((s, o) => s + o.daily, 0);
  console.log(`  active orders: ${p.orders.map((o) => o.drug).join(', ') || 'none'}; total ${total.toFixed(1)} mg/day`);
});

console.log(`Outcome tally: ${JSON.stringify(Object.fromEntries(tally))}`);
const renalDrugs = Object.entries(FORMULARY).filter(([, s]) => s.renal).map(([d]) => d);
console.log(`Renally adjusted: ${renalDrugs.join(', ')}`);
const copy = patients[0].orders;
copy[0].doseMg = 99999;
console.log(`Orders are copies: ${patients[0].orders[0].doseMg !== 99999}`);
console.log(`Regex named groups: ${JSON.stringify('Morphine 2.5 MG q3h'.match(ORDER_RE).groups)}`);
