'use strict';

class CycleError extends Error {
  constructor(nodes) {
    super(`dependency cycle among: ${nodes.join(', ')}`);
    this.name = 'CycleError';
    this.nodes = nodes;
  }
}

class Project {
  constructor(name) {
    this.name = name;
    this.tasks = new Map();
  }

  add(id, duration, deps = [], { skill = 'dev' } = {}) {
    this.tasks.set(id, { id, duration, deps, skill });
    return this;
  }

  validate() {
    for (const { id, deps } of this.tasks.values()) {
      const unknown = deps.filter(d => !this.tasks.has(d));
      if (unknown.length) throw new ReferenceError(`${id} depends on unknown ${unknown.join('/')}`);
    }
  }

  topoOrder() {
    this.validate();
    const indegree = new Map([...this.tasks.keys()].map(k => [k, 0]));
    const dependents = new Map();
    for (const { id, deps } of this.tasks.values()) {
      for (const d of deps) {
        indegree.set(id, indegree.get(id) + 1);
        dependents.set(d, [...(dependents.get(d) ?? []), id]);
      }
    }
    const ready = [...indegree].filter(([, n]) => n === 0).map(([k]) => k).sort();
    const order = [];
    while (ready.length > 0) {
      const id = ready.shift();
      order.push(id);
      for (const next of dependents.get(id) ?? []) {
        indegree.set(next, indegree.get(next) - 1);
        if (indegree.get(next) === 0) {
          ready.push(next);
          ready.sort();
        }
      }
    }
    if (order.length < this.tasks.size) {
      throw new CycleError([...this.tasks.keys()].filter(k => !order.includes(k)));
    }
    return order;
  }

  criticalPath() {
    const order = this.topoOrder();
    const earliest = new Map();
    const via = new Map();
    for (const id of order) {
      const { deps, duration } = this.tasks.get(id);
      let start = 0;
      for (const d of deps) {
        if (earliest.get(d) > start) {
          start = earliest.get(d);
          via.set(id, d);
        }
      }
      earliest.set(id, start + duration);
    }
    let [end, finish] = [...earliest].reduce((best, cur) => (cur[1] > best[1] ? cur : best));
    const path = [end];
    while (via.has(end)) path.unshift(end = via.get(end));
    return { finish, path };
  }

  schedule(workers) {
    const order = this.topoOrder();
    const done = new Map();
    const free = Object.fromEntries(Object.entries(workers).map(([name]) => [name, 0]));
    const plan = [];
    for (const id of order) {
      const task = this.tasks.get(id);
      const readyAt = Math.max(0, ...task.deps.map(d => done.get(d)));
      const candidates = Object.keys(workers).filter(w => workers[w].includes(task.skill));
      if (candidates.length === 0) throw new Error(`nobody can do ${task.skill} for ${id}`);
      const worker = candidates.reduce((a, b) => (Math.max(free[b], readyAt) < Math.max(free[a], readyAt) ? b : a));
      const start = Math.max(free[worker], readyAt);
      free[worker] = start + task.duration;
      done.set(id, free[worker]);
      plan.push({ id, worker, start, end: free[worker] });
    }
    return plan;
  }
}

const web = new Project('Website relaunch')
  .add('spec', 3).add('design', 5, ['spec'], { skill: 'design' })
  .add('db', 4, ['spec']).add('api', 6, ['db']).add('ui', 7, ['design', 'api'])
  .add('copy', 2, ['spec'], { skill: 'design' }).add('qa', 3, ['ui', 'copy'], { skill: 'qa' })
  .add('launch', 1, ['qa']);

console.log(`# ${web.name}`);
console.log('Order:', web.topoOrder().join(' -> '));
const { finish, path } = web.criticalPath();
console.log(`Critical path (${finish} days): ${path.join(' > ')}`);

const teams = {
  'small team': { ana: ['dev', 'qa'], bo: ['design'] },
  'full team': { ana: ['dev'], bo: ['design'], cyd: ['dev', 'qa'], dee: ['design', 'dev'] },
  'no testers': { ana: ['dev'], bo: ['design'] },
};
for (const [label, workers] of Object.entries(teams)) {
  try {
    const plan = web.schedule(workers);
    const makespan = Math.max(...plan.map(p => p.end));
    console.log(`\n${label}: makespan ${makespan} days (${(finish / makespan * 100).toFixed(0)}% of ideal)`);
    for (const { id, worker, start, end } of plan) {
      const bar = ' '.repeat(start) + '#'.repeat(end - start);
      console.log(`  ${id.padEnd(7)}${worker.padEnd(4)}|${bar.padEnd(makespan)}| ${start}-${end}`);
    }
    const load = plan.reduce((acc, p) => ({ ...acc, [p.worker]: (acc[p.worker] ?? 0) + p.end - p.start }), {});
    console.log('  load:', Object.entries(load).map(([w, d]) => `${w}=${d}`).join(', '));
  } catch (e) {
    console.log(`\n${label}: cannot schedule (${e.message})`);
  }
}

const broken = new Project('Broken').add('a', 1, ['c']).add('b', 2, ['a']).add('c', 1, ['b']).add('d', 1);
const typo = new Project('Typo').add('x', 1, ['y', 'z']);
for (const p of [broken, typo]) {
  try {
    p.topoOrder();
  } catch (e) {
    console.log(`${p.name}: ${e.name} - ${e.message}${e instanceof CycleError ? ` [${e.nodes.length} tasks]` : ''}`);
  }
}
