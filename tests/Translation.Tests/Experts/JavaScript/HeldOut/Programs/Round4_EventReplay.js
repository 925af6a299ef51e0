// Event-sourced task board: rebuild state by replaying an append-only log.

class ReplayError extends Error {
  constructor(event, reason) {
    super(`event #${event.seq} (${event.type}) rejected: ${reason}`);
    Object.assign(this, { name: 'ReplayError', event });
  }
}

class EventStore {
  #events = [];
  #seq = 0;
  append(type, payload = {}) {
    const event = Object.freeze({ seq: ++this.#seq, type, ...payload });
    this.#events.push(event);
    return event;
  }
  *stream(fromSeq = 1, toSeq = Infinity) {
    for (const e of this.#events) if (e.seq >= fromSeq && e.seq <= toSeq) yield e;
  }
  get length() { return this.#events.length; }
}

const COLUMNS = ['todo', 'doing', 'review', 'done'];

class Board {
  tasks = new Map();
  version = 0;
  errors = [];
  static replay(store, { upTo = Infinity, from = null } = {}) {
    const board = from ? Board.fromSnapshot(from) : new Board();
    for (const event of store.stream(board.version + 1, upTo)) {
      try {
        board.apply(event);
      } catch (err) {
        if (!(err instanceof ReplayError)) throw err;
        board.errors.push(err.message);
      }
      board.version = event.seq;
    }
    return board;
  }

  static fromSnapshot(json) {
    const { version, tasks } = JSON.parse(json);
    const board = new Board();
    board.version = version;
    tasks.forEach((t) => board.tasks.set(t.id, { ...t, tags: new Set(t.tags) }));
    return board;
  }

  snapshot() {
    const tasks = [...this.tasks.values()].map((t) => ({ ...t, tags: [...t.tags] }));
    return JSON.stringify({ version: this.version, tasks });
  }

  #require(event) {
    const task = this.tasks.get(event.id);
    if (!task) throw new ReplayError(event, `unknown task ${event.id}`);
    return task;
  }

  apply(event) {
    switch (event.type) {
      case 'created':
        if (this.tasks.has(event.id)) throw new ReplayError(event, 'duplicate id');
        this.tasks.set(event.id, { id: event.id, title: event.title, column: 'todo', owner: null, points: 0, tags: new Set() });
        break;
      case 'assigned':
        this.#require(event).owner = event.owner;
        break;
      case 'estimated': {
        const task = this.#require(event);
        if (!Number.isInteger(event.points) || event.points <= 0) throw new ReplayError(event, 'points must be a positive integer');
        task.points = event.points;
        break;
      }
      case 'moved': {
        const task = this.#require(event);
        if (!COLUMNS.includes(event.to)) throw new ReplayError(event, `no column "${event.to}"`);
        const step = COLUMNS.indexOf(event.to) - COLUMNS.indexOf(task.column);
        if (step > 1) throw new ReplayError(event, `cannot skip from ${task.column} to ${event.to}`);
        task.column = event.to;
        break;
      }
      case 'tagged':
        event.tags.forEach((tag) => this.#require(event).tags.add(tag.toLowerCase()));
        break;
      default:
        throw new ReplayError(event, 'unknown event type');
    }
  }

  describe(label) {
    console.log(`== ${label} (v${this.version}, ${this.tasks.size} tasks) ==`);
    for (const col of COLUMNS) {
      const items = [...this.tasks.values()].filter((t) => t.column === col).sort((a, b) => b.points - a.points || (a.id < b.id ? -1 : 1));
      const text = items.map(({ id, owner, points, tags }) => `${id}[${points}pt${owner ? ' @' + owner : ''}${tags.size ? ' #' + [...tags].join('#') : ''}]`);
      console.log(`  ${col.padEnd(7)}| ${text.join(' ') || '-'}`);
    }
  }
}

const store = new EventStore();
const log = [
  ['created', { id: 'T1', title: 'Login page' }], ['created', { id: 'T2', title: 'Password reset' }], ['estimated', { id: 'T1', points: 5 }],
  ['assigned', { id: 'T1', owner: 'ana' }], ['moved', { id: 'T1', to: 'doing' }], ['created', { id: 'T3', title: 'Audit log' }],
  ['estimated', { id: 'T2', points: 3 }], ['tagged', { id: 'T2', tags: ['Auth', 'UX'] }], ['moved', { id: 'T2', to: 'done' }],
  ['estimated', { id: 'T3', points: 2.5 }], ['moved', { id: 'T1', to: 'review' }], ['assigned', { id: 'T9', owner: 'bo' }],
  ['created', { id: 'T1', title: 'Again' }], ['archived', { id: 'T3' }], ['estimated', { id: 'T3', points: 8 }],
  ['assigned', { id: 'T3', owner: 'bo' }], ['moved', { id: 'T3', to: 'doing' }], ['tagged', { id: 'T3', tags: ['Security'] }],
  ['moved', { id: 'T1', to: 'done' }], ['moved', { id: 'T2', to: 'doing' }], ['moved', { id: 'T3', to: 'backlog' }],
];log.forEach(([type, payload]) => store.append(type, payload));

Board.replay(store, { upTo: 6 }).describe('After 6 events');
const mid = Board.replay(store, { upTo: 12 });
mid.describe('After 12 events');
const snap = mid.snapshot();
console.log(`Snapshot size: ${snap.length} chars`);
const resumed = Board.replay(store, { from: snap });
const full = Board.replay(store);
resumed.describe('Resumed from snapshot');
console.log(`Resumed matches full replay: ${resumed.snapshot() === full.snapshot()}`);
console.log('Errors during full replay:');
full.errors.forEach((msg) => console.log(`  - ${msg}`));
const byOwner = [...full.tasks.values()].reduce((acc, t) => ({ ...acc, [t.owner ?? 'nobody']: (acc[t.owner ?? 'nobody'] ?? 0) + t.points }), {});
console.log('Points by owner: ' + JSON.stringify(byOwner));
const donePts = [...full.tasks.values()].filter((t) => t.column === 'done').reduce((s, t) => s + t.points, 0);
console.log(`Done points: ${donePts}, events stored: ${store.length}`);
