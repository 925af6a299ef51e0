const Direction = Object.freeze({ UP: 1, IDLE: 0, DOWN: -1 });
const arrow = (d) => ({ 1: '^', 0: '-', '-1': 'v' })[d];

class Car {
  #stops = new Set();
  constructor(name, floor = 0, capacity = 4) {
    Object.assign(this, { name, floor, capacity, direction: Direction.IDLE, riders: [], traveled: 0 });
  }
  get stops() { return [...this.#stops].sort((a, b) => a - b); }
  addStop(floor) { if (floor !== this.floor || this.direction !== Direction.IDLE) this.#stops.add(floor); }
  get load() { return this.riders.length; }
  cost(floor, dir) {
    const distance = Math.abs(this.floor - floor);
    if (this.direction === Direction.IDLE) return distance;
    const onTheWay = (floor - this.floor) * this.direction >= 0 && (dir === this.direction || dir === Direction.IDLE);
    const penalty = this.load >= this.capacity ? 100 : 0;
    return (onTheWay ? distance : distance + 2 * this.#stops.size + 6) + penalty;
  }
  step(log) {
    if (this.#stops.has(this.floor)) return this.#arrive(log);
    if (this.#stops.size === 0) { this.direction = Direction.IDLE; return; }
    const ahead = this.stops.filter((f) => (f - this.floor) * this.direction > 0);
    if (this.direction === Direction.IDLE || ahead.length === 0) {
      const nearest = this.stops.reduce((best, f) => (Math.abs(f - this.floor) < Math.abs(best - this.floor) ? f : best));
      this.direction = Math.sign(nearest - this.floor);
    }
    this.floor += this.direction;
    this.traveled++;
    if (this.#stops.has(this.floor)) this.#arrive(log);
  }
  #arrive(log) {
    this.#stops.delete(this.floor);
    const leaving = this.riders.filter((r) => r.to === this.floor);
    this.riders = this.riders.filter((r) => r.to !== this.floor);
    leaving.forEach((r) => log.push({ type: 'dropoff', rider: r, car: this.name }));
    log.push({ type: 'doors', car: this.name, floor: this.floor });
  }
}

class Building {
  static FLOORS = 10;
  constructor(carNames) {
    this.cars = carNames.map((n, i) => new Car(n, i * 5));
    this.waiting = [];
    this.time = 0;
    this.log = [];
    this.completed = [];
  }
  call({ name, from, to }) {
    if ([from, to].some((f) => f < 0 || f >= Building.FLOORS) || from === to) throw new RangeError(`bad trip for ${name}: ${from}->${to}`);
    const dir = Math.sign(to - from);
    const ranked = this.cars.map((car) => ({ car, cost: car.cost(from, dir) })).sort((a, b) => a.cost - b.cost || a.car.name.localeCompare(b.car.name));
    const { car, cost } = ranked[0];
    car.addStop(from);
    this.waiting.push({ name, from, to, car, calledAt: this.time });
    return `${name} @${from}->${to} assigned ${car.name} (cost ${cost})`;
  }
  tick() {
    this.time++;
    const events = [];
    for (const car of this.cars) {
      const boardHere = () => {
        const boarding = this.waiting.filter((w) => w.car === car && w.from === car.floor && car.load < car.capacity);
        for (const rider of boarding) {
          this.waiting.splice(this.waiting.indexOf(rider), 1);
          car.riders.push({ ...rider, boardedAt: this.time });
          car.addStop(rider.to);
          events.push(`${rider.name} boards ${car.name}@${car.floor}`);
        }
      };
      const stepLog = [];
      car.step(stepLog);
      for (const e of stepLog) {
        if (e.type === 'dropoff') {
          events.push(`${e.rider.name} exits ${car.name}@${car.floor}`);
          this.completed.push({ ...e.rider, doneAt: this.time });
        }
        if (e.type === 'doors') boardHere();
      }
      if (car.direction === Direction.IDLE) boardHere();
    }
    const status = this.cars.map((c) => `${c.name}:${String(c.floor).padStart(2)}${arrow(c.direction)}${c.load}`).join(' ');
    console.log(`t=${String(this.time).padStart(2)} ${status}${events.length ? ' | ' + events.join('; ') : ''}`);
  }
}

const building = new Building(['A', 'B']);
const schedule = new Map([
  [0, [{ name: 'Ivy', from: 0, to: 7 }, { name: 'Max', from: 6, to: 1 }]],
  [2, [{ name: 'Noor', from: 3, to: 9 }]],
  [4, [{ name: 'Oto', from: 9, to: 0 }, { name: 'Pia', from: 2, to: 2 }]],
  [7, [{ name: 'Quin', from: 5, to: 8 }, { name: 'Rey', from: 1, to: 4 }]],
  [11, [{ name: 'Sol', from: 12, to: 3 }, { name: 'Tam', from: 8, to: 2 }]],
]);
for (let t = 0; t < 28; t++) {
  for (const req of schedule.get(t) ?? []) {
    try {
      console.log(`      call: ${building.call(req)}`);
    } catch (err) {
      console.log(`      rejected: ${err.message}`);
    }
  }
  building.tick();
}
const stats = building.completed.map(({ name, calledAt, boardedAt, doneAt }) => ({ name, wait: boardedAt - calledAt, ride: doneAt - boardedAt }));
stats.sort((a, b) => a.name.localeCompare(b.name)).forEach(({ name, wait, ride }) => console.log(`${name.padEnd(5)} waited ${wait}, rode ${ride}`));
const avgWait = stats.reduce((s, x) => s + x.wait, 0) / (stats.length || 1);
console.log(`served ${stats.length}, still waiting ${building.waiting.length}, avg wait ${avgWait.toFixed(2)}`);
console.log(JSON.stringify(Object.fromEntries(building.cars.map((c) => [c.name, { floor: c.floor, traveled: c.traveled, stops: c.stops }]))));
