// A vending machine modelled as an explicit state machine driven by a scripted event stream.
const COINS = { nickel: 5, dime: 10, quarter: 25, dollar: 100 };

class TransitionError extends Error {
  constructor(state, event) {
    super(`event '${event}' not allowed in state ${state}`);
    this.name = 'TransitionError';
  }
}

class VendingMachine {
  #state = 'IDLE';
  constructor(slots) {
    this.slots = new Map(slots.map(([code, name, price, stock]) => [code, { name, price, stock }]));
    this.credit = 0;
    this.bank = 0;
    this.transitions = [];
  }
  get state() {
    return this.#state;
  }
  set state(next) {
    if (next !== this.#state) this.transitions.push(`${this.#state}->${next}`);
    this.#state = next;
  }
  static makeChange(amount) {
    const result = [];
    for (const [name, value] of Object.entries(COINS).sort(([, a], [, b]) => b - a)) {
      const count = Math.floor(amount / value);
      if (count > 0 && name !== 'dollar') {
        result.push(`${count}x${name}`);
        amount %= value;
      }
    }
    return result.length ? result.join(' ') : 'none';
  }
  handle({ type, payload }) {
    switch (this.state) {
      case 'IDLE':
      case 'COLLECTING':
        if (type === 'coin') {
          const value = COINS[payload];
          if (value === undefined) return `rejected unknown coin "${payload}"`;
          this.credit += value;
          this.state = 'COLLECTING';
          return `credit now ${this.credit}c`;
        }
        if (type === 'select') return this.select(payload);
        if (type === 'cancel' && this.state === 'COLLECTING') {
          const change = VendingMachine.makeChange(this.credit);
          this.credit = 0;
          this.state = 'IDLE';
          return `refunded: ${change}`;
        }
        if (type === 'service' && this.state === 'IDLE') {
          this.state = 'MAINTENANCE';
          return 'entering maintenance';
        }
        break;
      case 'MAINTENANCE':
        if (type === 'restock') {
          const [code, qty = 5] = payload;
          const slot = this.slots.get(code);
          if (!slot) return `no slot ${code}`;
          slot.stock += qty;
          return `${code} restocked to ${slot.stock}`;
        }
        if (type === 'service') {
          this.state = 'IDLE';
          const collected = this.bank;
          this.bank = 0;
          return `leaving maintenance, collected ${collected}c`;
        }
        break;
    }
    throw new TransitionError(this.state, type);
  }
  select(code) {
    const slot = this.slots.get(code);
    if (!slot) return `invalid selection ${code}`;
    if (slot.stock === 0) return `${slot.name} is SOLD OUT`;
    if (this.credit < slot.price) return `${slot.name} costs ${slot.price}c, insert ${slot.price - this.credit}c more`;
    slot.stock--;
    const change = this.credit - slot.price;
    this.bank += slot.price;
    this.credit = 0;
    this.state = 'IDLE';
    return `dispensed ${slot.name}, change: ${VendingMachine.makeChange(change)}`;
  }
}

function* script(text) {
  for (const raw of text.split(';')) {
    const [type, ...args] = raw.trim().split(/\s+/);
    if (!type) continue;
    const payload = type === 'restock' ? [args[0], args[1] ? Number(args[1]) : undefined] : args[0];
    yield { type, payload };
  }
}

const vm = new VendingMachine([
  ['A1', 'Cola', 125, 2], ['A2', 'Water', 90, 0], ['B1', 'Chips', 65, 3], ['B2', 'Gum', 35, 1],
]);
const events = `coin quarter; coin quarter; select B1; coin dime; coin dollar; select A1;
  coin peso; select A2; service; coin dollar; restock A2 4; restock Z9; restock B2; service; cancel;
  coin quarter; service; coin dollar; select A2; coin quarter; coin dime; select B2; coin nickel; cancel`;
let n = 0;
for (const event of script(events)) {
  n++;
  const label = `${String(n).padStart(2, '0')} [${vm.state.padEnd(11)}] ${event.type} ${[event.payload].flat().filter((x) => x !== undefined).join(' ')}`;
  try {
    console.log(`${label.padEnd(40)}| ${vm.handle(event)}`);
  } catch (err) {
    console.log(`${label.padEnd(40)}| ERROR ${err.message}`);
  }
}
const stock = [...vm.slots].map(([code, { name, stock }]) => `${code}:${name}=${stock}`);
console.log(`Stock: ${stock.join(', ')}`);
console.log(`Bank: ${vm.bank}c, credit: ${vm.credit}c, final state: ${vm.state}`);
console.log(`Transitions (${vm.transitions.length}): ${vm.transitions.join(' ')}`);
