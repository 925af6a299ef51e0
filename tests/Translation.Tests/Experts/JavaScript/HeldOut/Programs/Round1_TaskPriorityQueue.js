// A binary-heap priority queue driving a simulated single-worker task runner with dependencies.
class PriorityQueue {
  constructor(compare = (a, b) => a - b) {
    this.heap = [];
    this.compare = compare;
  }
  get size() {
    return this.heap.length;
  }
  isEmpty() {
    return this.heap.length === 0;
  }
  push(...items) {
    for (const item of items) {
      this.heap.push(item);
      this.#siftUp(this.heap.length - 1);
    }
  }
  peek() {
    return this.heap[0];
  }
  pop() {
    if (this.isEmpty()) return undefined;
    const top = this.heap[0];
    const last = this.heap.pop();
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.#siftDown(0);
    }
    return top;
  }
  #siftUp(i) {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(this.heap[i], this.heap[parent]) >= 0) break;
      [this.heap[i], this.heap[parent]] = [this.heap[parent], this.heap[i]];
      i = parent;
    }
  }
  #siftDown(i) {
    const n = this.heap.length;
    for (;;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let smallest = i;
      if (l < n && this.compare(this.heap[l], this.heap[smallest]) < 0) smallest = l;
      if (r < n && this.compare(this.heap[r], this.heap[smallest]) < 0) smallest = r;
      if (smallest === i) return;
      [this.heap[i], this.heap[smallest]] = [this.heap[smallest], this.heap[i]];
      i = smallest;
    }
  }
}

const PRIORITY = { critical: 0, high: 1, normal: 2, low: 3 };
const tasks = [
  { id: 'T1', name: 'provision db', priority: 'high', cost: 4 },
  { id: 'T2', name: 'write schema', priority: 'normal', cost: 2, deps: ['T1'] },
  { id: 'T3', name: 'hotfix login', priority: 'critical', cost: 3 },
  { id: 'T4', name: 'update docs', priority: 'low', cost: 1 },
  { id: 'T5', name: 'seed data', priority: 'high', cost: 2, deps: ['T2'] },
  { id: 'T6', name: 'load test', priority: 'normal', cost: 5, deps: ['T5', 'T3'] },
  { id: 'T7', name: 'rotate keys', priority: 'critical', cost: 1, deps: ['T3'] },
  { id: 'T8', name: 'tidy backlog', priority: 'low', cost: 2 },
  { id: 'T9', name: 'broken job', priority: 'high', cost: 1, deps: ['T0'] },
];

const byId = new Map(tasks.map((t) => [t.id, { ...t, deps: t.deps ?? [], waiting: 0 }]));
const dependents = new Map();
for (const task of byId.values()) {
  for (const dep of task.deps) {
    if (!byId.has(dep)) {
      console.log(`warning: ${task.id} depends on unknown ${dep}; it will never run`);
    }
    task.waiting++;
    if (!dependents.has(dep)) dependents.set(dep, []);
    dependents.get(dep).push(task.id);
  }
}

// Order: priority, then age (lower sequence first) so equal priorities stay FIFO.
let seq = 0;
const queue = new PriorityQueue((a, b) => PRIORITY[a.priority] - PRIORITY[b.priority] || a.seq - b.seq);
const enqueue = (task, clock) => {
  queue.push({ ...task, seq: seq++, readyAt: clock });
};
[...byId.values()].filter((t) => t.waiting === 0).forEach((t) => enqueue(t, 0));
console.log(`initially ready: ${queue.heap.map((t) => t.id).sort().join(', ')}`);

let clock = 0;
const timeline = [];
while (!queue.isEmpty()) {
  const next = queue.pop();
  const start = clock;
  clock += next.cost;
  timeline.push({ id: next.id, start, end: clock, waited: start - next.readyAt });
  const label = `[${String(start).padStart(2)}-${String(clock).padStart(2)}]`;
  console.log(`${label} ${next.id} ${next.name.padEnd(13)} (${next.priority})`);
  for (const depId of dependents.get(next.id) ?? []) {
    const dependent = byId.get(depId);
    if (--dependent.waiting === 0) {
      enqueue(dependent, clock);
      console.log(`        unlocked ${depId} (${dependent.name})`);
    }
  }
}

const stuck = [...byId.values()].filter((t) => !timeline.some((x) => x.id === t.id));
console.log(`finished ${timeline.length}/${byId.size} tasks at t=${clock}`);
console.log(`never ran: ${stuck.map(({ id, deps }) => `${id}(needs ${deps.join('+')})`).join(', ') || 'none'}`);
const avgWait = timeline.reduce((s, t) => s + t.waited, 0) / timeline.length;
console.log(`average wait: ${avgWait.toFixed(3)}, longest: ${JSON.stringify(timeline.reduce((a, b) => (b.waited > a.waited ? b : a)))}`);
const heap = new PriorityQueue((a, b) => b - a);
heap.push(5, 1, 9, 3, 7, 9, 2);
const drained = [];
while (heap.size) drained.push(heap.pop());
console.log(`max-heap drain: ${drained.join(' ')}`);
