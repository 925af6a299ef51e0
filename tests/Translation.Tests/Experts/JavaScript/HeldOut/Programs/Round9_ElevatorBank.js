'use strict';

const Dir = { UP: 1, DOWN: -1, IDLE: 0 };
const dirName = d => (d === Dir.UP ? 'up' : d === Dir.DOWN ? 'down' : 'idle');

class Elevator {
  static CAPACITY = 6;

  constructor(name, floor) {
    this.name = name;
    this.floor = floor;
    this.dir = Dir.IDLE;
    this.stops = new Set();
    this.riders = [];
    this.moved = 0;
    this._load = 0;
  }

  get load() { return this._load; }
  set load(v) {
    if (v < 0 || v > Elevator.CAPACITY) throw new RangeError(`${this.name} load ${v} out of range`);
    this._load = v;
  }

  costTo(floor, dir) {
    const distance = Math.abs(this.floor - floor);
    if (this.dir === Dir.IDLE) return distance;
    const onTheWay = this.dir === dir && (floor - this.floor) * this.dir >= 0;
    return onTheWay ? distance : distance + 2 * this.stops.size + 4;
  }

  step(tick, log) {
    if (this.stops.has(this.floor)) {
      this.stops.delete(this.floor);
      const leaving = this.riders.filter(r => r.to === this.floor);
      this.riders = this.riders.filter(r => r.to !== this.floor);
      this.load -= leaving.length;
      leaving.forEach(r => log.push(`t=${tick} ${this.name} drops ${r.id} at ${this.floor} (waited ${r.boarded - r.at}, rode ${tick - r.boarded})`));
      return 'door';
    }
    if (this.stops.size === 0) {
      this.dir = Dir.IDLE;
      return 'idle';
    }
    const targets = [...this.stops];
    const ahead = targets.filter(f => (f - this.floor) * this.dir > 0);
    if (this.dir === Dir.IDLE || ahead.length === 0) {
      const nearest = targets.reduce((a, b) => (Math.abs(a - this.floor) <= Math.abs(b - this.floor) ? a : b));
      this.dir = Math.sign(nearest - this.floor);
    }
    this.floor += this.dir;
    this.moved++;
    return 'move';
  }
}

class Controller {
  constructor(elevators) {
    this.elevators = elevators;
    this.waiting = [];
    this.log = [];
    this.served = 0;
  }

  request(p) {
    const dir = Math.sign(p.to - p.from);
    const ranked = this.elevators
      .map(e => ({ e, cost: e.costTo(p.from, dir) }))
      .sort((a, b) => a.cost - b.cost || a.e.name.localeCompare(b.e.name));
    const { e } = ranked[0];
    e.stops.add(p.from);
    this.waiting.push({ ...p, car: e });
    this.log.push(`t=${p.at} ${p.id} calls ${p.from}->${p.to}, assigned ${e.name} (cost ${ranked[0].cost})`);
  }

  tick(t) {
    for (const e of this.elevators) {
      const boarding = this.waiting.filter(w => w.car === e && w.from === e.floor && e.stops.has(e.floor));
      for (const w of boarding) {
        try {
          e.load += 1;
          e.riders.push({ ...w, boarded: t });
          e.stops.add(w.to);
          this.waiting.splice(this.waiting.indexOf(w), 1);
          this.served++;
        } catch (err) {
          this.log.push(`t=${t} ${err.message}; ${w.id} waits`);
        }
      }
      e.step(t, this.log);
    }
  }
}

const cars = [new Elevator('A', 0), new Elevator('B', 9)];
const ctl = new Controller(cars);
const schedule = [
  { id: 'p1', at: 0, from: 0, to: 7 }, { id: 'p2', at: 1, from: 5, to: 1 },
  { id: 'p3', at: 2, from: 3, to: 9 }, { id: 'p4', at: 4, from: 8, to: 0 },
  { id: 'p5', at: 6, from: 2, to: 4 }, { id: 'p6', at: 9, from: 9, to: 3 },
  { id: 'p7', at: 12, from: 1, to: 6 }, { id: 'p8', at: 15, from: 6, to: 2 },
];
let t = 0;
let snapshot = '';
do {
  schedule.filter(p => p.at === t).forEach(p => ctl.request(p));
  ctl.tick(t);
  if (t % 5 === 0) {
    snapshot += `t=${String(t).padStart(2)} ` + cars.map(c => `${c.name}@${c.floor}(${dirName(c.dir)},${c.load})`).join(' ') + '\n';
  }
  t++;
} while ((t < 20 || cars.some(c => c.stops.size > 0) || ctl.waiting.length) && t < 80);

ctl.log.forEach(line => console.log(line));
console.log('--- Snapshots ---');
process.stdout.write(snapshot);
console.log('--- Summary ---');
for (const c of cars) console.log(`Car ${c.name}: floor ${c.floor}, moved ${c.moved} floors, ${c.riders.length} aboard`);
console.log(`Served ${ctl.served}/${schedule.length} passengers in ${t} ticks`);
try {
  cars[0].load = 9;
} catch (e) {
  console.log(`${e.constructor.name}: ${e.message}`);
}
