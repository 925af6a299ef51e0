// Multi-level parking garage: vehicle classes with spot requirements, ticketing,
// tiered fees with grace period and daily cap, and an event-driven day replay.

class GarageFullError extends Error {
  constructor(vehicle) {
    super(`No space for ${vehicle.describe()}`);
    this.name = 'GarageFullError';
  }
}
class TicketError extends Error {
  name = 'TicketError';
}

const SIZES = ['moto', 'compact', 'large'];

class Vehicle {
  constructor(plate) { this.plate = plate; }
  get needs() { return { size: 'compact', count: 1 }; }
  get rateMultiplier() { return 1; }
  describe() { return `${this.constructor.name} ${this.plate}`; }
  fits(spotSize) { return SIZES.indexOf(spotSize) >= SIZES.indexOf(this.needs.size); }
}
class Motorcycle extends Vehicle {
  get needs() { return { size: 'moto', count: 1 }; }
  get rateMultiplier() { return 0.5; }
}
class Car extends Vehicle {}
class Bus extends Vehicle {
  get needs() { return { size: 'large', count: 3 }; }
  get rateMultiplier() { return 2.5; }
}

class Level {
  constructor(name, layout) {
    this.name = name;
    this.spots = [...layout].map((ch, i) => ({ id: `${name}-${String(i + 1).padStart(2, '0')}`, size: { m: 'moto', c: 'compact', L: 'large' }[ch], plate: null }));
  }
  *freeRuns(vehicle) {
    const { count } = vehicle.needs;
    for (let i = 0; i + count <= this.spots.length; i++) {
      const run = this.spots.slice(i, i + count);
      if (run.every((s) => s.plate === null && vehicle.fits(s.size))) yield run;
    }
  }
  render() { return this.spots.map((s) => (s.plate ? '#' : s.size[0])).join(''); }
}

class Garage {
  static RATES = { graceMinutes: 15, firstHour: 4, perHour: 2.5, dailyCap: 24, lostTicket: 40 };
  #tickets = new Map();
  #nextTicket = 100;
  revenue = 0;

  constructor(levels) { this.levels = levels; }
  park(vehicle, minute) {
    for (const level of this.levels) {
      const { value: run } = level.freeRuns(vehicle).next();
      if (!run) continue;
      run.forEach((s) => { s.plate = vehicle.plate; });
      const ticket = `T${this.#nextTicket++}`;
      this.#tickets.set(ticket, { vehicle, spots: run, minute });
      return { ticket, where: run.map((s) => s.id).join('+') };
    }
    throw new GarageFullError(vehicle);
  }
  static fee(minutes, multiplier = 1) {
    const { graceMinutes, firstHour, perHour, dailyCap } = Garage.RATES;
    if (minutes <= graceMinutes) return 0;
    const days = Math.floor(minutes / 1440);
    const rest = minutes % 1440;
    const hours = Math.ceil(rest / 60);
    const partial = rest === 0 ? 0 : Math.min(dailyCap, firstHour + Math.max(0, hours - 1) * perHour);
    return (days * dailyCap + partial) * multiplier;
  }
  leave(ticket, minute, { lost = false } = {}) {
    const entry = this.#tickets.get(ticket);
    if (!entry) throw new TicketError(`Unknown or used ticket ${ticket}`);
    this.#tickets.delete(ticket);
    entry.spots.forEach((s) => { s.plate = null; });
    const stay = minute - entry.minute;
    const amount = lost ? Garage.RATES.lostTicket * entry.vehicle.rateMultiplier : Garage.fee(stay, entry.vehicle.rateMultiplier);
    this.revenue += amount;
    return { vehicle: entry.vehicle, stay, amount };
  }
  get occupancy() {
    const all = this.levels.flatMap((l) => l.spots);
    return `${all.filter((s) => s.plate).length}/${all.length}`;
  }
}

const clock = (m) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

// ---- main ----
console.log('Fee table:', [10, 16, 60, 61, 185, 600, 1440, 1500].map((m) => `${m}m=$${Garage.fee(m).toFixed(2)}`).join(' '));
const garage = new Garage([new Level('P1', 'mmccccLL'), new Level('P2', 'ccLLLLcc')]);
const vehicles = { A: new Car('KX-101'), B: new Motorcycle('MC-7'), C: new Bus('BUS-42'), D: new Car('QR-555'),
  E: new Bus('BUS-43'), F: new Car('ZZ-900'), G: new Motorcycle('MC-8'), H: new Motorcycle('MC-9') };
const tickets = {};
const events = [
  [420, 'in', 'A'], [425, 'in', 'B'], [430, 'in', 'C'], [431, 'in', 'E'], [440, 'in', 'D'], [445, 'in', 'G'],
  [450, 'in', 'H'], [452, 'out', 'G'], [455, 'in', 'F'], [600, 'out', 'A'], [610, 'out', 'A'], [720, 'out', 'C'],
  [725, 'in', 'E'], [1020, 'out', 'B', { lost: true }], [1100, 'out', 'D'], [1400, 'out', 'F'], [2000, 'out', 'E'],
];
for (const [minute, action, key, opts] of events) {
  const v = vehicles[key];
  try {
    if (action === 'in') {
      const { ticket, where } = garage.park(v, minute);
      tickets[key] = ticket;
      console.log(`${clock(minute)} IN  ${v.describe().padEnd(18)} ${ticket} @ ${where}`);
    } else {
      const { stay, amount } = garage.leave(tickets[key], minute, opts);
      const note = opts?.lost ? ' (lost ticket)' : '';
      console.log(`${clock(minute)} OUT ${v.describe().padEnd(18)} ${Math.floor(stay / 60)}h${String(stay % 60).padStart(2, '0')} $${amount.toFixed(2)}${note}`);
    }
  } catch (err) {
    console.log(`${clock(minute)} !!  ${err.name}: ${err.message}`);
  } finally {
    if (minute === 455 || minute === 725) console.log(`      map ${garage.levels.map((l) => `${l.name}[${l.render()}]`).join(' ')} occ ${garage.occupancy}`);
  }
}
console.log(`Revenue: $${garage.revenue.toFixed(2)}; still parked: ${garage.occupancy}`);
garage.levels.forEach((level) => console.log(`${level.name} free spots: ${[...level.render()].filter((c) => c !== '#').length} [${level.render()}]`));
