'use strict';

const State = Object.freeze({ LOCKED: 'LOCKED', UNLOCKED: 'UNLOCKED', ALARM: 'ALARM', MAINTENANCE: 'MAINTENANCE' });

class FareCard {
  #balanceCents;
  constructor(id, balanceCents, { concession = false } = {}) {
    this.id = id;
    this.#balanceCents = balanceCents;
    this.concession = concession;
    this.trips = 0;
  }
  get balance() { return this.#balanceCents; }
  charge(cents) {
    if (cents > this.#balanceCents) return false;
    this.#balanceCents -= cents;
    this.trips++;
    return true;
  }
  topUp(cents) { this.#balanceCents += cents; }
}

class Turnstile {
  static BASE_FARE = 275;
  static #nextId = 1;
  #state = State.LOCKED;
  #log = [];
  #failedAttempts = 0;

  constructor(station) {
    this.id = `T${Turnstile.#nextId++}`;
    this.station = station;
    this.revenue = 0;
    this.passages = 0;
  }

  get state() { return this.#state; }

  static fareFor(card, hour) {
    const peak = (hour >= 7 && hour < 10) || (hour >= 16 && hour < 19);
    let fare = peak ? Turnstile.BASE_FARE + 50 : Turnstile.BASE_FARE;
    if (card.concession) fare = Math.floor(fare / 2);
    if (card.trips >= 10) fare -= 25;
    return fare;
  }

  #transition(next, reason) {
    this.#log.push(`${this.#state}->${next} (${reason})`);
    this.#state = next;
  }

  handle(event) {
    const { type, card = null, hour = 12 } = event;
    switch (this.#state) {
      case State.MAINTENANCE:
        if (type === 'service-done') this.#transition(State.LOCKED, 'serviced');
        return `ignored ${type}`;
      case State.ALARM:
        if (type === 'reset') { this.#failedAttempts = 0; this.#transition(State.LOCKED, 'reset'); return 'alarm cleared'; }
        return 'ALARM ACTIVE';
      case State.LOCKED:
        if (type === 'tap') {
          const fare = Turnstile.fareFor(card, hour);
          if (card.charge(fare)) {
            this.revenue += fare;
            this.#failedAttempts = 0;
            this.#transition(State.UNLOCKED, `paid ${fare}`);
            return `card ${card.id} charged $${(fare / 100).toFixed(2)}, left $${(card.balance / 100).toFixed(2)}`;
          }
          if (++this.#failedAttempts >= 3) this.#transition(State.ALARM, 'repeated failures');
          return `card ${card.id} declined`;
        }
        if (type === 'push') {
          this.#transition(State.ALARM, 'forced entry');
          return 'forced entry!';
        }
        if (type === 'service') { this.#transition(State.MAINTENANCE, 'service'); return 'out of order'; }
        return 'locked';
      case State.UNLOCKED:
        if (type === 'push') { this.passages++; this.#transition(State.LOCKED, 'passed'); return 'welcome'; }
        if (type === 'tap') return 'already unlocked';
        return 'waiting';
      default:
        throw new Error(`unknown state ${this.#state}`);
    }
  }

  get history() { return [...this.#log]; }
}

const cards = new Map([
  ['alice', new FareCard('A-100', 1000)],
  ['bob', new FareCard('B-200', 300, { concession: true })],
  ['carl', new FareCard('C-300', 100)],
]);

const gate = new Turnstile('Central');
const events = [
  { type: 'tap', card: 'alice', hour: 8 }, { type: 'push' },
  { type: 'tap', card: 'bob', hour: 8 }, { type: 'tap', card: 'bob', hour: 8 }, { type: 'push' },
  { type: 'tap', card: 'carl', hour: 13 }, { type: 'tap', card: 'carl', hour: 13 },
  { type: 'tap', card: 'carl', hour: 13 }, { type: 'tap', card: 'alice', hour: 13 },
  { type: 'reset' }, { type: 'push' }, { type: 'reset' },
  { type: 'tap', card: 'alice', hour: 17 }, { type: 'push' }, { type: 'service' },
  { type: 'tap', card: 'bob', hour: 18 }, { type: 'service-done' }, { type: 'tap', card: 'bob', hour: 20 }, { type: 'push' },
];

events.forEach((ev, i) => {
  const card = ev.card ? cards.get(ev.card) : undefined;
  const before = gate.state;
  const result = gate.handle({ ...ev, card });
  const label = `${ev.type}${ev.card ? `(${ev.card})` : ''}`;
  console.log(`${String(i + 1).padStart(2, '0')} ${before.padEnd(11)} ${label.padEnd(12)} -> ${result}`);
});

console.log(`Gate ${gate.id} at ${gate.station}: ${gate.passages} passages, revenue $${(gate.revenue / 100).toFixed(2)}`);
const transitions = gate.history;
console.log(`Transitions (${transitions.length}):`);
console.log('  ' + transitions.slice(-4).join('\n  '));
for (const [name, card] of cards) {
  console.log(`${name.padEnd(6)} trips=${card.trips} balance=${card.balance.toString().padStart(4)}c concession=${card.concession}`);
}
const alarmCount = transitions.filter(t => t.includes('->ALARM')).length;
console.log(`Alarms raised: ${alarmCount}, peak fare ${Turnstile.fareFor(new FareCard('x', 0), 8)}, off-peak ${Turnstile.fareFor(new FareCard('y', 0), 11)}`);
