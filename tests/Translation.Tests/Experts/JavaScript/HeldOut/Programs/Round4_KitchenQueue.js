// Restaurant kitchen: tickets are split across stations and simulated minute by minute.

class KitchenError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'KitchenError';
    this.code = code;
  }
}

const MENU = new Map([
  ['burger', { station: 'grill', minutes: 8 }],
  ['steak', { station: 'grill', minutes: 12 }],
  ['fries', { station: 'fryer', minutes: 4 }],
  ['wings', { station: 'fryer', minutes: 7 }],
  ['caesar', { station: 'cold', minutes: 3 }],
  ['soup', { station: 'cold', minutes: 2 }],
]);

class Station {
  #queue = [];
  busyMinutes = 0;

  constructor(name, parallel = 1) {
    this.name = name;
    this.parallel = parallel;
    this.slots = [];
  }

  enqueue(task) {
    this.#queue.push(task);
    this.#queue.sort((a, b) => b.priority - a.priority || a.ticket.id - b.ticket.id);
  }

  get backlog() { return this.#queue.length + this.slots.length; }

  tick(now, log) {
    while (this.slots.length < this.parallel && this.#queue.length) {
      const task = this.#queue.shift();
      task.startedAt = now;
      this.slots.push(task);
    }
    if (this.slots.length) this.busyMinutes++;
    this.slots.forEach((t) => t.remaining--);
    const finished = this.slots.filter((t) => t.remaining === 0);
    this.slots = this.slots.filter((t) => t.remaining > 0);
    finished.forEach((t) => {
      log.push(`[${String(now + 1).padStart(2, '0')}] ${this.name}: ${t.dish} for #${t.ticket.id} done`);
      t.ticket.complete(t, now + 1);
    });
  }
}

class Ticket {
  static #nextId = 100;
  constructor(table, dishes, { vip = false, placedAt = 0 } = {}) {
    this.id = Ticket.#nextId++;
    Object.assign(this, { table, vip, placedAt });
    this.pending = new Set();
    this.readyAt = null;
    this.tasks = dishes.map((dish) => {
      const spec = MENU.get(dish);
      if (!spec) throw new KitchenError(`table ${table}: "${dish}" is not on the menu`, 'E_MENU');
      const task = { dish, ticket: this, remaining: spec.minutes, station: spec.station, priority: vip ? 2 : 1 };
      this.pending.add(task);
      return task;
    });
  }
  complete(task, at) {
    this.pending.delete(task);
    if (this.pending.size === 0) this.readyAt = at;
  }
  get waitTime() { return this.readyAt === null ? null : this.readyAt - this.placedAt; }
}

class Kitchen {
  stations = new Map([['grill', new Station('grill', 2)], ['fryer', new Station('fryer')], ['cold', new Station('cold')]]);
  tickets = [];
  log = [];

  place(table, dishes, opts) {
    try {
      const ticket = new Ticket(table, dishes, opts);
      this.tickets.push(ticket);
      return ticket;
    } catch (err) {
      if (err instanceof KitchenError) {
        this.log.push(`REJECTED ${err.code}: ${err.message}`);
        return null;
      }
      throw err;
    }
  }

  run(maxMinutes = 60) {
    let now = 0;
    const pending = () => this.tickets.some((t) => t.readyAt === null);
    while (pending() && now < maxMinutes) {
      this.tickets.filter((t) => t.placedAt === now).forEach((t) => t.tasks.forEach((task) => this.stations.get(task.station).enqueue(task)));
      for (const station of this.stations.values()) station.tick(now, this.log);
      now++;
    }
    return now;
  }
}

const kitchen = new Kitchen();
kitchen.place(4, ['burger', 'fries', 'caesar']);
kitchen.place(7, ['steak', 'steak', 'soup'], { placedAt: 1 });
kitchen.place(2, ['pizza', 'fries']);
kitchen.place(9, ['wings', 'fries', 'burger'], { vip: true, placedAt: 2 });
kitchen.place(1, ['soup', 'caesar', 'wings'], { placedAt: 3 });
const elapsed = kitchen.run();

kitchen.log.forEach((line) => console.log(line));
console.log(`Service finished after ${elapsed} minutes`);
for (const t of kitchen.tickets) {
  console.log(`Ticket #${t.id} table ${t.table}${t.vip ? ' (VIP)' : ''}: ${t.tasks.length} dishes, waited ${t.waitTime} min`);
}
for (const [name, st] of kitchen.stations) {
  const pct = ((st.busyMinutes / elapsed) * 100).toFixed(1);
  console.log(`${name.padEnd(6)} busy ${String(st.busyMinutes).padStart(2)} min (${pct}%), backlog ${st.backlog}`);
}
const slowest = kitchen.tickets.reduce((a, b) => (b.waitTime > a.waitTime ? b : a));
console.log(`Slowest ticket: #${slowest.id} (${slowest.waitTime} min)`);
const avg = kitchen.tickets.reduce((s, t) => s + t.waitTime, 0) / kitchen.tickets.length;
console.log(`Average wait: ${avg.toFixed(2)} min`);
