// Pharmacy prescription refill tracker
// Tracks prescriptions, dispenses refills on simulated days, flags early refills.

class RefillError extends Error {
  constructor(message, rxId) {
    super(message);
    this.name = 'RefillError';
    this.rxId = rxId;
  }
}

class Prescription {
  static #nextId = 1000;
  #refillsLeft;

  constructor({ patient, drug, dosePerDay = 1, quantity = 30, refills = 0, controlled = false }) {
    this.id = `RX${Prescription.#nextId++}`;
    this.patient = patient;
    this.drug = drug;
    this.dosePerDay = dosePerDay;
    this.quantity = quantity;
    this.#refillsLeft = refills;
    this.controlled = controlled;
    this.history = [];
  }

  get refillsLeft() {
    return this.#refillsLeft;
  }

  get daysSupply() {
    return Math.floor(this.quantity / this.dosePerDay);
  }

  nextEligibleDay() {
    const last = this.history.at(-1);
    if (!last) return 0;
    // controlled substances may refill at 90% of supply, others at 75%
    const ratio = this.controlled ? 0.9 : 0.75;
    return last.day + Math.ceil(this.daysSupply * ratio);
  }

  dispense(day) {
    if (this.history.length > 0 && this.#refillsLeft <= 0) {
      throw new RefillError(`No refills remaining for ${this.drug}`, this.id);
    }
    const eligible = this.nextEligibleDay();
    if (day < eligible) {
      throw new RefillError(`Too early: eligible on day ${eligible}`, this.id);
    }
    if (this.history.length > 0) this.#refillsLeft--;
    this.history.push({ day, qty: this.quantity });
    return { day, qty: this.quantity, runsOut: day + this.daysSupply };
  }
}

class Pharmacy {
  constructor(name) {
    this.name = name;
    this.scripts = new Map();
    this.log = [];
  }

  add(opts) {
    const rx = new Prescription(opts);
    this.scripts.set(rx.id, rx);
    return rx.id;
  }

  request(rxId, day) {
    const rx = this.scripts.get(rxId);
    try {
      if (!rx) throw new RefillError('Unknown prescription', rxId);
      const { qty, runsOut } = rx.dispense(day);
      this.log.push({ rxId, day, ok: true, note: `${qty} units, lasts to day ${runsOut}` });
    } catch (err) {
      if (!(err instanceof RefillError)) throw err;
      this.log.push({ rxId, day, ok: false, note: err.message });
    } finally {
      this.log.at(-1).patient = rx?.patient ?? 'n/a';
    }
  }

  dueSoon(today, window = 5) {
    return [...this.scripts.values()]
      .filter((rx) => rx.history.length > 0 && rx.refillsLeft > 0)
      .map((rx) => ({ rx, due: rx.history.at(-1).day + rx.daysSupply }))
      .filter(({ due }) => due - today <= window)
      .sort((a, b) => a.due - b.due || a.rx.id.localeCompare(b.rx.id));
  }
}

const pharm = new Pharmacy('Main Street Pharmacy');
const ids = [
  pharm.add({ patient: 'Alvarez', drug: 'Lisinopril 10mg', quantity: 30, refills: 3 }),
  pharm.add({ patient: 'Brooks', drug: 'Metformin 500mg', dosePerDay: 2, quantity: 60, refills: 5 }),
  pharm.add({ patient: 'Chen', drug: 'Oxycodone 5mg', dosePerDay: 4, quantity: 40, refills: 1, controlled: true }),
  pharm.add({ patient: 'Alvarez', drug: 'Atorvastatin 20mg', quantity: 90, refills: 1 }),
];

const schedule = [
  [0, 0], [0, 1], [0, 2], [0, 3],
  [15, 0], [23, 0], [9, 2], [10, 2], [20, 2],
  [30, 1], [48, 0], [70, 3], [74, 0], [99, 0], [101, 'RX9999'],
];

for (const [day, who] of schedule) {
  const id = typeof who === 'number' ? ids[who] : who;
  pharm.request(id, day);
}

console.log(`=== ${pharm.name} refill log ===`);
for (const { rxId, day, ok, note, patient } of pharm.log) {
  const status = ok ? 'FILLED ' : 'DENIED ';
  console.log(`Day ${String(day).padStart(3)} ${rxId.padEnd(7)} ${patient.padEnd(8)} ${status} ${note}`);
}

console.log('\n=== Prescription summary ===');
for (const rx of pharm.scripts.values()) {
  const fills = rx.history.map((h) => h.day).join(', ') || 'none';
  console.log(`${rx.id} ${rx.drug.padEnd(18)} supply=${String(rx.daysSupply).padStart(2)}d refillsLeft=${rx.refillsLeft} fills=[${fills}]`);
}

const byPatient = pharm.log.reduce((acc, entry) => {
  const key = entry.patient;
  acc[key] ??= { filled: 0, denied: 0 };
  acc[key][entry.ok ? 'filled' : 'denied']++;
  return acc;
}, {});
console.log('\n=== By patient ===');
Object.entries(byPatient)
  .sort(([a], [b]) => a.localeCompare(b))
  .forEach(([name, { filled, denied }]) => console.log(`${name.padEnd(8)} filled ${filled}, denied ${denied}`));

console.log('\n=== Due within 5 days of day 100 ===');
const due = pharm.dueSoon(100);
if (due.length === 0) console.log('(nothing due)');
due.forEach(({ rx, due: d }) => console.log(`${rx.patient}: ${rx.drug} due day ${d} (${d - 100 < 0 ? 'overdue' : 'upcoming'})`));
const fillRate = pharm.log.filter((e) => e.ok).length / pharm.log.length;
console.log(`Fill rate: ${(fillRate * 100).toFixed(1)}%`);
