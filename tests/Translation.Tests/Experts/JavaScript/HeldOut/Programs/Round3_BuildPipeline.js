'use strict';

class CycleError extends Error {
  constructor(cycle) {
    super(`dependency cycle: ${cycle.join(' -> ')}`);
    this.name = 'CycleError';
    this.cycle = cycle;
  }
}

class Task {
  constructor(name, duration, deps = []) {
    Object.assign(this, { name, duration, deps });
  }
}

class Pipeline {
  #tasks = new Map();
  add(name, duration, ...deps) {
    this.#tasks.set(name, new Task(name, duration, deps));
    return this;
  }

  get size() { return this.#tasks.size; }
  #findCycle() {
    const state = new Map();
    const stack = [];
    const visit = (name) => {
      state.set(name, 'active');
      stack.push(name);
      for (const dep of this.#tasks.get(name)?.deps ?? []) {
        if (state.get(dep) === 'active') return [...stack.slice(stack.indexOf(dep)), dep];
        if (!state.has(dep)) {
          const found = visit(dep);
          if (found) return found;
        }
      }
      stack.pop();
      state.set(name, 'done');
      return null;
    };
    for (const name of this.#tasks.keys()) {
      const found = state.has(name) ? null : visit(name);
      if (found) return found;
    }
  }

  order() {
    const cycle = this.#findCycle();
    if (cycle) throw new CycleError(cycle);
    const missing = [...this.#tasks.values()].flatMap((t) => t.deps.filter((d) => !this.#tasks.has(d)));
    if (missing.length) throw new Error(`unknown dependencies: ${[...new Set(missing)].join(', ')}`);
    const indegree = new Map([...this.#tasks.keys()].map((n) => [n, this.#tasks.get(n).deps.length]));
    const ready = [...indegree].filter(([, d]) => d === 0).map(([n]) => n).sort();
    const result = [];
    while (ready.length) {
      const name = ready.shift();
      result.push(name);
      for (const t of this.#tasks.values()) {
        if (t.deps.includes(name) && indegree.set(t.name, indegree.get(t.name) - 1).get(t.name) === 0) {
          ready.push(t.name);
          ready.sort();
        }
      }
    }
    return result;
  }

  simulate(workers = 2) {
    const order = this.order();
    const finish = new Map();
    const free = Array(workers).fill(0);
    const log = [];
    for (const name of order) {
      const task = this.#tasks.get(name);
      const depsDone = Math.max(0, ...task.deps.map((d) => finish.get(d)));
      const w = free.indexOf(Math.min(...free));
      const start = Math.max(free[w], depsDone);
      free[w] = start + task.duration;
      finish.set(name, free[w]);
      log.push({ name, worker: w + 1, start, end: free[w] });
    }
    return { log, makespan: Math.max(...finish.values()) };
  }

  criticalPath() {
    const best = new Map();
    for (const name of this.order()) {
      const { duration, deps } = this.#tasks.get(name);
      const prev = deps.map((d) => best.get(d)).sort((a, b) => b.total - a.total || (a.path.join() < b.path.join() ? -1 : 1))[0];
      best.set(name, { total: (prev?.total ?? 0) + duration, path: [...(prev?.path ?? []), name] });
    }
    return [...best.values()].reduce((a, b) => (b.total > a.total ? b : a));
  }
}

const pipeline = new Pipeline()
  .add('checkout', 2)
  .add('install', 8, 'checkout')
  .add('lint', 3, 'install')
  .add('compile', 10, 'install')
  .add('unit-tests', 6, 'compile')
  .add('assets', 5, 'install')
  .add('bundle', 4, 'compile', 'assets')
  .add('e2e-tests', 9, 'bundle')
  .add('docs', 3, 'checkout')
  .add('deploy', 2, 'lint', 'unit-tests', 'e2e-tests', 'docs');

console.log(`tasks: ${pipeline.size}`);
console.log(`order: ${pipeline.order().join(', ')}`);
for (const workers of [1, 2, 3]) {
  const { log, makespan } = pipeline.simulate(workers);
  console.log(`--- ${workers} worker(s): done at t=${makespan} ---`);
  if (workers === 2) {
    log.forEach(({ name, worker, start, end }) => console.log(
      `  w${worker} ${String(start).padStart(3)}-${String(end).padEnd(3)} ${'.'.repeat(Math.floor(start / 2))}${'#'.repeat(Math.max(1, Math.floor((end - start) / 2)))} ${name}`));
  }
}
const { total, path } = pipeline.criticalPath();
console.log(`critical path (${total}): ${path.join(' > ')}`);

const broken = new Pipeline().add('a', 1, 'c').add('b', 1, 'a').add('c', 1, 'b').add('d', 1);
const dangling = new Pipeline().add('a', 1, 'x', 'y').add('b', 1, 'x');
for (const p of [broken, dangling]) {
  try {
    p.order();
  } catch (err) {
    console.log(`${err.name}: ${err.message}${err instanceof CycleError ? ` (length ${err.cycle.length - 1})` : ''}`);
  }
}
