// Ferry vehicle-deck loading planner: assigns vehicles to lanes balancing length, weight and trim.
class LoadingError extends Error {
  constructor(plate, reason) {
    super(`Cannot load ${plate}: ${reason}`);
    this.name = 'LoadingError';
    this.plate = plate;
  }
}

class Vehicle {
  static TYPES = { car: { len: 5, kg: 1500 }, van: { len: 6, kg: 2800 }, truck: { len: 16, kg: 30000 }, bike: { len: 2, kg: 250 } };
  constructor(plate, type, { extraKg = 0, hazardous = false } = {}) {
    const spec = Vehicle.TYPES[type];
    if (!spec) throw new TypeError(`Unknown vehicle type '${type}'`);
    Object.assign(this, { plate, type, hazardous, length: spec.len, weight: spec.kg + extraKg });
  }
  toString() { return `${this.plate}(${this.type}${this.hazardous ? ',HAZ' : ''})`; }
}

class Lane {
  #vehicles = [];
  constructor(index, lengthM, side) {
    this.index = index;
    this.lengthM = lengthM;
    this.side = side; // -1 port, 0 center, 1 starboard
  }
  get used() { return this.#vehicles.reduce((s, v) => s + v.length + 1, 0); }
  get free() { return this.lengthM - this.used; }
  get weight() { return this.#vehicles.reduce((s, v) => s + v.weight, 0); }
  get count() { return this.#vehicles.length; }
  fits(v) { return v.length + 1 <= this.free; }
  push(v) { this.#vehicles.push(v); }
  pop() { return this.#vehicles.pop(); }
  *[Symbol.iterator]() { yield* this.#vehicles; }
}

class Deck {
  #lanes;
  #log = [];
  static MAX_HEEL_KGM = 250000;
  constructor(laneSpecs) {
    this.#lanes = laneSpecs.map(([len, side], i) => new Lane(i + 1, len, side));
  }
  get heelMoment() {
    return this.#lanes.reduce((m, l) => m + l.side * l.weight * 4, 0);
  }
  load(vehicle) {
    const candidates = this.#lanes
      .filter((l) => l.fits(vehicle))
      .filter((l) => !vehicle.hazardous || l.side !== 0)
      .map((l) => ({ lane: l, heel: Math.abs(this.heelMoment + l.side * vehicle.weight * 4) }))
      .sort((a, b) => a.heel - b.heel || b.lane.free - a.lane.free || a.lane.index - b.lane.index);
    const best = candidates[0];
    if (!best) throw new LoadingError(vehicle.plate, 'no lane with enough space');
    if (best.heel > Deck.MAX_HEEL_KGM) throw new LoadingError(vehicle.plate, `heel ${best.heel} exceeds limit`);
    best.lane.push(vehicle);
    this.#log.push({ plate: vehicle.plate, lane: best.lane.index });
    return best.lane.index;
  }
  unloadLast() {
    const last = this.#log.pop();
    if (!last) return null;
    return this.#lanes[last.lane - 1].pop();
  }
  summary() {
    return this.#lanes.map((l) => {
      const bar = '#'.repeat(Math.round((l.used / l.lengthM) * 20)).padEnd(20, '.');
      const side = ['P', 'C', 'S'][l.side + 1];
      return `L${l.index}${side} [${bar}] ${String(l.used).padStart(3)}/${l.lengthM}m ${(l.weight / 1000).toFixed(1).padStart(5)}t  ${[...l].join(' ')}`;
    });
  }
  get totals() {
    const all = this.#lanes.flatMap((l) => [...l]);
    const byType = all.reduce((m, v) => m.set(v.type, (m.get(v.type) ?? 0) + 1), new Map());
    return { vehicles: all.length, tonnes: all.reduce((s, v) => s + v.weight, 0) / 1000, byType };
  }
}

const deck = new Deck([[40, -1], [40, 0], [40, 1], [25, -1], [25, 1]]);
const arrivals = [
  ['TRK-001', 'truck', { extraKg: 4000 }], ['CAR-101', 'car'], ['CAR-102', 'car'], ['VAN-201', 'van', { extraKg: 600 }],
  ['TRK-002', 'truck', { hazardous: true }], ['BIK-301', 'bike'], ['CAR-103', 'car'], ['TRK-003', 'truck', { extraKg: 8000 }],
  ['VAN-202', 'van'], ['CAR-104', 'car'], ['TRK-004', 'truck'], ['CAR-105', 'car'], ['BOAT-9', 'yacht'],
  ['TRK-005', 'truck', { hazardous: true }], ['CAR-106', 'car'], ['BIK-302', 'bike'], ['TRK-006', 'truck'],
];

const rejected = [];
for (const [plate, type, opts] of arrivals) {
  try {
    const lane = deck.load(new Vehicle(plate, type, opts));
    console.log(`${plate.padEnd(8)} -> lane ${lane}, heel moment ${deck.heelMoment}`);
  } catch (err) {
    if (err instanceof LoadingError) rejected.push(err.plate);
    console.log(`${err.name}: ${err.message}`);
  }
}

console.log('--- Deck plan ---');
deck.summary().forEach((line) => console.log(line));
const { vehicles, tonnes, byType } = deck.totals;
console.log(`Loaded ${vehicles} vehicles, ${tonnes.toFixed(2)} t`);
console.log(`By type: ${[...byType].map(([t, n]) => `${t}=${n}`).join(', ')}`);
console.log(`Rejected: ${rejected.join(', ') || 'none'}`);

const removed = deck.unloadLast();
console.log(`Undo last load: ${removed ?? 'nothing'}; heel now ${deck.heelMoment}`);
const heelDir = Math.sign(deck.heelMoment);
console.log(`List direction: ${heelDir < 0 ? 'port' : heelDir > 0 ? 'starboard' : 'level'}`);
console.log(`Empty deck undo: ${new Deck([[10, 0]]).unloadLast()}`);
console.log(`Vehicle types JSON: ${JSON.stringify(Object.keys(Vehicle.TYPES))}`);
