'use strict';

class Pipe {
  constructor(from, to, capacity, { material = 'pvc', ageYears = 0 } = {}) {
    Object.assign(this, { from, to, capacity, material, ageYears, flow: 0 });
  }
  get residual() { return this.capacity - this.flow; }
  get utilization() { return this.capacity ? this.flow / this.capacity : 0; }
}

class Network {
  #adj = new Map();
  #pipes = [];
  addPipe(from, to, capacity, opts) {
    const fwd = new Pipe(from, to, capacity, opts);
    const back = new Pipe(to, from, 0);
    fwd.reverse = back;
    back.reverse = fwd;
    for (const p of [fwd, back]) {
      if (!this.#adj.has(p.from)) this.#adj.set(p.from, []);
      this.#adj.get(p.from).push(p);
    }
    this.#pipes.push(fwd);
    return fwd;
  }
  get pipes() { return this.#pipes; }
  get nodes() { return [...this.#adj.keys()]; }
  reset() { for (const list of this.#adj.values()) for (const p of list) p.flow = 0; }

  #bfs(source, sink) {
    const parent = new Map([[source, null]]);
    const queue = [source];
    search:
    while (queue.length) {
      const node = queue.shift();
      for (const pipe of this.#adj.get(node) ?? []) {
        if (pipe.residual > 0 && !parent.has(pipe.to)) {
          parent.set(pipe.to, pipe);
          if (pipe.to === sink) break search;
          queue.push(pipe.to);
        }
      }
    }
    if (!parent.has(sink)) return null;
    const path = [];
    for (let n = sink; parent.get(n); n = parent.get(n).from) path.unshift(parent.get(n));
    return path;
  }

  maxFlow(source, sink, log = () => {}) {
    this.reset();
    let total = 0;
    let path;
    while ((path = this.#bfs(source, sink))) {
      const bottleneck = Math.min(...path.map(p => p.residual));
      for (const p of path) { p.flow += bottleneck; p.reverse.flow -= bottleneck; }
      total += bottleneck;
      log(`augment ${bottleneck} via ${[path[0].from, ...path.map(p => p.to)].join('>')}`);
    }
    return total;
  }

  minCut(source) {
    const seen = new Set([source]);
    const stack = [source];
    while (stack.length) {
      const n = stack.pop();
      for (const p of this.#adj.get(n) ?? []) {
        if (p.residual > 0 && !seen.has(p.to)) { seen.add(p.to); stack.push(p.to); }
      }
    }
    return this.#pipes.filter(p => seen.has(p.from) && !seen.has(p.to));
  }
}

const net = new Network();
const spec = [
  ['Reservoir', 'PumpA', 900, 'steel', 40], ['Reservoir', 'PumpB', 700, 'steel', 12],
  ['PumpA', 'TowerN', 500, 'iron', 55], ['PumpA', 'Junction', 350, 'pvc', 8],
  ['PumpB', 'Junction', 400, 'pvc', 5], ['PumpB', 'TowerS', 300, 'iron', 61],
  ['Junction', 'TowerN', 200, 'pvc', 3], ['Junction', 'TowerS', 450, 'pvc', 9],
  ['TowerN', 'City', 600, 'steel', 20], ['TowerS', 'City', 650, 'steel', 18],
];
for (const [from, to, cap, material, ageYears] of spec) net.addPipe(from, to, cap, { material, ageYears });

const steps = [];
const flow = net.maxFlow('Reservoir', 'City', msg => steps.push(msg));
steps.forEach((s, i) => console.log(`step ${i + 1}: ${s}`));
console.log(`Max supply to City: ${flow} m3/h`);
for (const p of net.pipes) {
  const pct = (p.utilization * 100).toFixed(0).padStart(3);
  const flag = p.utilization === 1 ? ' SATURATED' : p.flow === 0 ? ' idle' : '';
  console.log(`  ${`${p.from}->${p.to}`.padEnd(20)} ${String(p.flow).padStart(4)}/${String(p.capacity).padEnd(4)} ${pct}%${flag}`);
}
const cut = net.minCut('Reservoir');
console.log(`Min cut: ${cut.map(p => `${p.from}->${p.to}`).join(', ')} = ${cut.reduce((s, p) => s + p.capacity, 0)}`);

const scenarios = [
  { name: 'old iron pipes at 50%', filter: p => p.material === 'iron', factor: 0.5 },
  { name: 'PumpB offline', filter: p => p.from === 'PumpB', factor: 0 },
  { name: 'upgrade towers to City +30%', filter: p => p.to === 'City', factor: 1.3 },
];
for (const { name, filter, factor } of scenarios) {
  const saved = net.pipes.map(p => p.capacity);
  net.pipes.filter(filter).forEach(p => { p.capacity = Math.floor(p.capacity * factor); });
  const f = net.maxFlow('Reservoir', 'City');
  console.log(`Scenario "${name}": ${f} m3/h (${f - flow >= 0 ? '+' : ''}${f - flow})`);
  net.pipes.forEach((p, i) => { p.capacity = saved[i]; });
}
const byMaterial = net.pipes.reduce((m, p) => m.set(p.material, (m.get(p.material) ?? 0) + p.capacity), new Map());
console.log('Capacity by material:', [...byMaterial].map(([k, v]) => `${k}=${v}`).join(' '));
const oldest = net.pipes.toSorted((a, b) => b.ageYears - a.ageYears).slice(0, 2);
console.log(`Replace first: ${oldest.map(p => `${p.from}->${p.to} (${p.ageYears}y)`).join(', ')}`);
