'use strict';

class LineConfigError extends Error {
  constructor(message, station) { super(message); this.name = 'LineConfigError'; this.station = station; }
}

const lcg = seed => () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x80000000;

class Buffer {
  #items = [];
  constructor(capacity) { this.capacity = capacity; this.peak = 0; }
  get size() { return this.#items.length; }
  get full() { return this.#items.length >= this.capacity; }
  push(item) { this.#items.push(item); this.peak = Math.max(this.peak, this.#items.length); }
  shift() { return this.#items.shift(); }
}

class Station {
  static #count = 0;
  #remaining = 0; #job = null; #downFor = 0;
  constructor({ name, cycle, failRate = 0, repair = 0 }) {
    if (cycle <= 0) throw new LineConfigError(`cycle time must be positive (got ${cycle})`, name);
    Object.assign(this, { name, cycle, failRate, repair });
    this.id = ++Station.#count;
    this.stats = { busy: 0, starved: 0, blocked: 0, down: 0, done: 0 };
  }
  get state() {
    if (this.#downFor > 0) return 'down';
    if (this.#job && this.#remaining === 0) return 'holding';
    return this.#job ? 'busy' : 'idle';
  }
  tick(input, output, rand) {
    if (this.#downFor > 0) { this.#downFor--; this.stats.down++; return; }
    if (this.#job && this.#remaining === 0) {
      if (output.full) { this.stats.blocked++; return; }
      output.push(this.#job); this.#job = null; this.stats.done++;
    }
    if (!this.#job) {
      const next = input.shift();
      if (next === undefined) { this.stats.starved++; return; }
      this.#job = next; this.#remaining = this.cycle;
    }
    if (rand() < this.failRate) { this.#downFor = this.repair; this.stats.down++; return; }
    this.#remaining--; this.stats.busy++;
  }
}

class AssemblyLine {
  constructor(specs, { bufferSize = 2, seed = 1 } = {}) {
    const names = specs.map(s => s.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) throw new LineConfigError(`duplicate station '${dup}'`, dup);
    this.stations = specs.map(s => new Station(s));
    this.buffers = Array.from({ length: specs.length + 1 }, (_, i) => new Buffer(i === 0 || i === specs.length ? Infinity : bufferSize));
    this.rand = lcg(seed);
    this.clock = 0;
  }
  feed(n) { for (let i = 0; i < n; i++) this.buffers[0].push(`U${String(i + 1).padStart(3, '0')}`); }
  get finished() { return this.buffers.at(-1).size; }
  step() {
    // downstream first so freed space propagates within a tick
    for (let i = this.stations.length - 1; i >= 0; i--) this.stations[i].tick(this.buffers[i], this.buffers[i + 1], this.rand);
    this.clock++;
  }
  snapshot() {
    const glyph = { busy: 'B', idle: '.', holding: 'H', down: '!' };
    return this.stations.map((s, i) => `${glyph[s.state]}[${this.buffers[i + 1].size === Infinity ? '' : this.buffers[i + 1].size}]`).join(' ');
  }
  run(maxTicks, { traceEvery = 0 } = {}) {
    outer:
    while (this.clock < maxTicks) {
      this.step();
      if (traceEvery && this.clock % traceEvery === 0) console.log(`t=${String(this.clock).padStart(3)} ${this.snapshot()} out=${this.finished}`);
      for (const s of this.stations) if (s.state !== 'idle') continue outer;
      if (this.buffers.slice(0, -1).every(b => b.size === 0)) break;
    }
    return this.report();
  }
  report() {
    const rows = this.stations.map(({ name, stats }) => {
      const util = stats.busy / this.clock;
      return { name, util, ...stats };
    });
    const bottleneck = rows.reduce((a, b) => (b.util + b.down / this.clock > a.util + a.down / this.clock ? b : a));
    return { ticks: this.clock, finished: this.finished, rows, bottleneck: bottleneck.name, throughput: this.finished / this.clock };
  }
}

const specs = [
  { name: 'cut', cycle: 3 },
  { name: 'weld', cycle: 5, failRate: 0.02, repair: 8 },
  { name: 'paint', cycle: 4 },
  { name: 'inspect', cycle: 2, failRate: 0.01, repair: 3 },
];

const line = new AssemblyLine(specs, { bufferSize: 2, seed: 2024 });
line.feed(20);
const rep = line.run(500, { traceEvery: 15 });
console.log(`finished ${rep.finished} units in ${rep.ticks} ticks, throughput ${(rep.throughput * 60).toFixed(2)}/hour-equivalent`);
console.log('station  util   busy starv block down done');
for (const r of rep.rows) {
  console.log(`${r.name.padEnd(8)} ${(r.util * 100).toFixed(1).padStart(5)}% ${[r.busy, r.starved, r.blocked, r.down, r.done].map(v => String(v).padStart(5)).join('')}`);
}
console.log('bottleneck:', rep.bottleneck, '| buffer peaks:', line.buffers.slice(1, -1).map(b => b.peak).join(','));

const sweep = [1, 2, 4, 8].map(size => {
  const l = new AssemblyLine(specs, { bufferSize: size, seed: 2024 });
  l.feed(40);
  const { ticks, throughput } = l.run(2000);
  return { size, ticks, throughput: +throughput.toFixed(4) };
});
console.log('buffer sweep', JSON.stringify(sweep));
const best = [...sweep].sort((a, b) => a.ticks - b.ticks || a.size - b.size)[0];
console.log(`fastest with buffer ${best.size}: ${best.ticks} ticks`);

for (const bad of [[{ name: 'a', cycle: 1 }, { name: 'a', cycle: 2 }], [{ name: 'z', cycle: 0 }]]) {
  try { new AssemblyLine(bad); }
  catch (e) { console.log(`${e.name} at ${e.station}: ${e.message}`); }
}
const r = lcg(7);
console.log('lcg:', Array.from({ length: 4 }, () => Math.floor(r() * 1000)).join(' '), '| -7 % 3 =', -7 % 3, '| Math.floor(-7/3) =', Math.floor(-7 / 3));
