// Issue tracker with a workflow state machine, SLA tracking and simple search.
class WorkflowError extends Error {
  constructor(ticket, from, to) {
    super(`${ticket}: cannot move ${from} -> ${to}`);
    this.name = 'WorkflowError';
    Object.assign(this, { ticket, from, to });
  }
}
class NotFoundError extends Error {
  constructor(key) { super(`no ticket ${key}`); this.name = 'NotFoundError'; }
}

const TRANSITIONS = {
  open: ['triaged', 'closed'], triaged: ['in_progress', 'closed'], in_progress: ['review', 'triaged'],
  review: ['in_progress', 'resolved'], resolved: ['closed', 'open'], closed: ['open'],
};
const SLA_HOURS = { P1: 8, P2: 48, P3: 168, P4: Infinity };

class Ticket {
  static #seq = 100;
  #events = [];
  constructor(project, title, { priority = 'P3', reporter, labels = [] }, at) {
    this.key = `${project}-${++Ticket.#seq}`;
    Object.assign(this, { title, priority, reporter, labels: new Set(labels), createdAt: at });
    [this.state, this.assignee] = ['open', null];
    this.#log(at, 'created', reporter);
  }
  #log(at, what, who) { this.#events.push({ at, what, who }); }
  get kind() { return 'task'; }
  get events() { return this.#events.map((e) => ({ ...e })); }
  move(to, at, who) {
    if (!TRANSITIONS[this.state].includes(to)) throw new WorkflowError(this.key, this.state, to);
    if (to === 'in_progress' && !this.assignee) throw new Error(`${this.key}: assign before starting`);
    this.#log(at, `${this.state}->${to}`, who);
    this.state = to;
    if (to === 'resolved') this.resolvedAt = at;
    if (to === 'open') this.resolvedAt = undefined;
  }
  assign(user, at) { this.assignee = user; this.#log(at, `assigned ${user}`, user); }
  hoursOpen(now) { return (this.resolvedAt ?? now) - this.createdAt; }
  breached(now) { return this.hoursOpen(now) > SLA_HOURS[this.priority]; }
  summary(now) {
    const flag = this.breached(now) ? ' [SLA BREACH]' : '';
    return `${this.key} ${this.kind.padEnd(7)} ${this.priority} ${this.state.padEnd(11)} ${(this.assignee ?? '-').padEnd(6)} ${this.title}${flag}`;
  }
}
class Bug extends Ticket {
  constructor(project, title, opts, at) {
    super(project, title, opts, at);
    this.steps = opts.steps ?? [];
  }
  get kind() { return 'bug'; }
  move(to, at, who) {
    if (to === 'triaged' && this.steps.length === 0) throw new Error(`${this.key}: bug needs repro steps`);
    super.move(to, at, who);
  }
}
class Feature extends Ticket {
  get kind() { return 'feature'; }
}
class Tracker {
  #tickets = new Map();
  file(TicketClass, ...args) {
    const t = new TicketClass(...args);
    this.#tickets.set(t.key, t);
    return t.key;
  }
  get(key) {
    const t = this.#tickets.get(key);
    if (!t) throw new NotFoundError(key);
    return t;
  }
  search(query) {
    const terms = query.trim().split(/\s+/).map((t) => t.match(/^(\w+):(.+)$/)?.slice(1) ?? ['text', t]);
    return [...this.#tickets.values()].filter((t) => terms.every(([field, value]) => {
      switch (field) {
        case 'state': return t.state === value;
        case 'label': return t.labels.has(value);
        case 'is': return t.kind === value;
        case 'assignee': return t.assignee === value;
        case 'priority': return value.split(',').includes(t.priority);
        default: return t.title.toLowerCase().includes(value.toLowerCase());
      }
    }));
  }
  stats() {
    const byState = {};
    for (const t of this.#tickets.values()) byState[t.state] = (byState[t.state] ?? 0) + 1;
    return byState;
  }
  all() { return [...this.#tickets.values()]; }
}

// ---- main ----
const tracker = new Tracker();
const a = tracker.file(Bug, 'WEB', 'Login button unresponsive', { priority: 'P1', reporter: 'sam', labels: ['auth', 'ui'], steps: ['open /login', 'click'] }, 0);
const b = tracker.file(Bug, 'WEB', 'Typo in footer', { priority: 'P4', reporter: 'lee', labels: ['ui'] }, 2);
const c = tracker.file(Feature, 'API', 'Add pagination to /orders', { priority: 'P2', reporter: 'kim', labels: ['api'] }, 3);
const d = tracker.file(Ticket, 'OPS', 'Rotate TLS certificates', { reporter: 'ops', labels: ['security'] }, 5);
const e = tracker.file(Bug, 'API', 'Timeout on bulk export', { priority: 'P2', reporter: 'kim', labels: ['api', 'perf'], steps: ['POST /export'] }, 6);

const script = [
  [a, 'triaged', 1], [a, 'in_progress', 2], ['assign', a, 'rosa', 2], [a, 'in_progress', 3], [a, 'review', 9],
  [a, 'resolved', 12], [b, 'triaged', 4], [b, 'closed', 5], [c, 'triaged', 10], ['assign', c, 'dev', 11],
  [c, 'in_progress', 12], [c, 'resolved', 30], [e, 'triaged', 8], ['assign', e, 'rosa', 9], [e, 'in_progress', 10],
  [e, 'review', 40], [e, 'in_progress', 44], [d, 'in_progress', 6], ['WEB-999', 'closed', 50], [a, 'open', 60],
];
for (const step of script) {
  try {
    if (step[0] === 'assign') {
      const [, key, user, at] = step;
      tracker.get(key).assign(user, at);
      continue;
    }
    const [key, to, at] = step;
    tracker.get(key).move(to, at, 'bot');
  } catch (err) {
    console.log(`! ${err.name}: ${err.message}`);
  }
}
const now = 72;
console.log(`--- Board at hour ${now} ---`);
tracker.all().forEach((t) => console.log(t.summary(now)));
console.log('State counts:', JSON.stringify(tracker.stats()));
for (const q of ['is:bug label:api', 'assignee:rosa', 'priority:P1,P2 state:in_progress', 'footer', 'label:ui state:closed']) {
  console.log(`search "${q}": ${tracker.search(q).map((t) => t.key).join(', ') || '(none)'}`);
}
console.log(`History of ${a}:`);
for (const { at, what, who } of tracker.get(a).events) console.log(`  h${String(at).padStart(2, '0')} ${what} by ${who}`);
