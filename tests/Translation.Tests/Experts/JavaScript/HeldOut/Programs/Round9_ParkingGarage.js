'use strict';

class GarageFullError extends Error {
  constructor(size) {
    super(`No free spot for size ${size}`);
    this.name = 'GarageFullError';
    this.size = size;
  }
}

const SIZES = ['compact', 'regular', 'large'];
const RATES = { compact: 1.5, regular: 2.25, large: 3.75 };

class Spot {
  constructor(level, index, size) {
    this.level = level;
    this.index = index;
    this.size = size;
    this.vehicle = null;
  }
  get id() {
    return `L${this.level}-${String(this.index).padStart(2, '0')}`;
  }
  get free() {
    return this.vehicle === null;
  }
  fits(vehicleSize) {
    return SIZES.indexOf(vehicleSize) <= SIZES.indexOf(this.size);
  }
}

class Garage {
  static instances = 0;

  constructor(name, layout) {
    Garage.instances++;
    this.name = name;
    this.spots = [];
    layout.forEach((row, level) => {
      row.split('').forEach((ch, i) => {
        const size = { c: 'compact', r: 'regular', l: 'large' }[ch];
        this.spots.push(new Spot(level + 1, i + 1, size));
      });
    });
    this.tickets = new Map();
    this.revenue = 0;
    this.log = [];
  }

  park(plate, size, minute) {
    const candidates = this.spots
      .filter(s => s.free && s.fits(size))
      .sort((a, b) => SIZES.indexOf(a.size) - SIZES.indexOf(b.size) || a.level - b.level || a.index - b.index);
    if (candidates.length === 0) throw new GarageFullError(size);
    const spot = candidates[0];
    spot.vehicle = { plate, size };
    this.tickets.set(plate, { spot, minute });
    this.log.push(`${String(minute).padStart(4)}m IN  ${plate.padEnd(8)} -> ${spot.id} (${spot.size})`);
    return spot.id;
  }

  leave(plate, minute) {
    const ticket = this.tickets.get(plate);
    if (!ticket) throw new Error(`Unknown plate ${plate}`);
    const { spot, minute: start } = ticket;
    const hours = Math.ceil((minute - start) / 60);
    let fee = hours * RATES[spot.size];
    if (hours > 4) fee = Math.min(fee, 4 * RATES[spot.size] + (hours - 4) * 0.5);
    fee = Math.round(fee * 100) / 100;
    spot.vehicle = null;
    this.tickets.delete(plate);
    this.revenue += fee;
    this.log.push(`${String(minute).padStart(4)}m OUT ${plate.padEnd(8)} <- ${spot.id} ${hours}h $${fee.toFixed(2)}`);
    return fee;
  }

  occupancy() {
    const byLevel = {};
    for (const s of this.spots) {
      byLevel[s.level] ??= { used: 0, total: 0 };
      byLevel[s.level].total++;
      if (!s.free) byLevel[s.level].used++;
    }
    return byLevel;
  }
}

const garage = new Garage('Central', ['ccrr', 'rrl', 'cl']);
const events = [
  [0, 'in', 'ABC123', 'compact'],
  [5, 'in', 'TRUCK1', 'large'],
  [12, 'in', 'XYZ789', 'regular'],
  [20, 'in', 'VAN42', 'large'],
  [33, 'in', 'MINI1', 'compact'],
  [40, 'in', 'BUS9', 'large'],
  [61, 'out', 'ABC123'],
  [75, 'in', 'SEDAN7', 'regular'],
  [90, 'in', 'CAR555', 'regular'],
  [125, 'in', 'CAR556', 'regular'],
  [130, 'in', 'CAR557', 'compact'],
  [200, 'out', 'TRUCK1'],
  [210, 'in', 'BUS9', 'large'],
  [400, 'out', 'XYZ789'],
  [515, 'out', 'VAN42'],
  [600, 'out', 'GHOST'],
  [610, 'out', 'MINI1'],
];

let failures = 0;
for (const [minute, kind, plate, size] of events) {
  try {
    if (kind === 'in') garage.park(plate, size, minute);
    else garage.leave(plate, minute);
  } catch (e) {
    failures++;
    const tag = e instanceof GarageFullError ? 'FULL' : 'ERR ';
    garage.log.push(`${String(minute).padStart(4)}m ${tag} ${e.message}`);
  }
}

console.log(`=== Garage ${garage.name} (${garage.spots.length} spots) ===`);
garage.log.forEach(line => console.log(line));
console.log('--- Occupancy ---');
for (const [level, { used, total }] of Object.entries(garage.occupancy())) {
  const bar = '#'.repeat(used) + '.'.repeat(total - used);
  console.log(`Level ${level}: [${bar}] ${used}/${total} ${(100 * used / total).toFixed(1)}%`);
}
console.log('--- Still parked ---');
const parked = [...garage.tickets.entries()].sort(([a], [b]) => a.localeCompare(b));
for (const [plate, { spot, minute }] of parked) {
  console.log(`${plate} at ${spot.id} since minute ${minute}`);
}
console.log(`Revenue: $${garage.revenue.toFixed(2)}, failures: ${failures}, garages: ${Garage.instances}`);
