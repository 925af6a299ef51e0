'use strict';

const State = Object.freeze({
  IDLE: 'IDLE',
  COLLECTING: 'COLLECTING',
  DISPENSING: 'DISPENSING',
  MAINTENANCE: 'MAINTENANCE',
});

const COINS = [200, 100, 25, 10, 5];

class VendingMachine {
  #state = State.IDLE;
  #credit = 0;

  constructor(products) {
    this.slots = new Map(products.map(p => [p.code, { ...p }]));
    this.coinBox = new Map(COINS.map(c => [c, 4]));
    this.sales = [];
    this.transitions = 0;
  }

  get state() { return this.#state; }
  get credit() { return this.#credit; }

  #go(next) {
    if (next !== this.#state) this.transitions++;
    this.#state = next;
  }

  static formatCents(cents) {
    const sign = cents < 0 ? '-' : '';
    const abs = Math.abs(cents);
    return `${sign}$${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  }

  insert(coin) {
    if (this.#state === State.MAINTENANCE) return 'rejected: maintenance';
    if (!COINS.includes(coin)) return `rejected coin ${coin}`;
    this.#credit += coin;
    this.coinBox.set(coin, this.coinBox.get(coin) + 1);
    this.#go(State.COLLECTING);
    return `credit ${VendingMachine.formatCents(this.#credit)}`;
  }

  makeChange(amount) {
    const result = [];
    let rest = amount;
    for (const coin of COINS) {
      let available = this.coinBox.get(coin);
      while (rest >= coin && available > 0) {
        rest -= coin;
        available--;
        result.push(coin);
      }
    }
    if (rest !== 0) return null;
    result.forEach(c => this.coinBox.set(c, this.coinBox.get(c) - 1));
    return result;
  }

  select(code) {
    switch (this.#state) {
      case State.MAINTENANCE:
        return 'out of service';
      case State.IDLE:
        return 'insert coins first';
      case State.COLLECTING: {
        const item = this.slots.get(code);
        if (!item) return `no slot ${code}`;
        if (item.stock === 0) return `${item.name} sold out`;
        if (this.#credit < item.price) {
          return `need ${VendingMachine.formatCents(item.price - this.#credit)} more for ${item.name}`;
        }
        const change = this.makeChange(this.#credit - item.price);
        if (change === null) return 'exact change only';
        this.#go(State.DISPENSING);
        item.stock--;
        this.sales.push({ code, price: item.price });
        this.#credit = 0;
        this.#go(State.IDLE);
        const changeText = change.length ? change.join('+') : 'none';
        return `dispensed ${item.name}, change ${changeText}`;
      }
      default:
        throw new Error(`bad state ${this.#state}`);
    }
  }

  refund() {
    const change = this.makeChange(this.#credit) ?? [];
    this.#credit = 0;
    this.#go(State.IDLE);
    return `refunded [${change.join(', ')}]`;
  }

  service(on) {
    this.#go(on ? State.MAINTENANCE : State.IDLE);
    if (!on) for (const slot of this.slots.values()) slot.stock = Math.max(slot.stock, 3);
    return on ? 'maintenance mode' : 'restocked';
  }
}

const vm = new VendingMachine([
  { code: 'A1', name: 'Cola', price: 125, stock: 2 },
  { code: 'A2', name: 'Water', price: 90, stock: 5 },
  { code: 'B1', name: 'Chips', price: 150, stock: 1 },
  { code: 'B2', name: 'Candy', price: 65, stock: 0 },
]);

const script = [
  ['select', 'A1'], ['insert', 100], ['select', 'A1'], ['insert', 25], ['select', 'A1'],
  ['insert', 200], ['select', 'A2'], ['insert', 3], ['insert', 100], ['insert', 100],
  ['select', 'B1'], ['insert', 200], ['select', 'B1'], ['select', 'B2'], ['refund'],
  ['service', true], ['insert', 25], ['select', 'A1'], ['service', false],
  ['insert', 200], ['select', 'B2'], ['insert', 100], ['insert', 25], ['select', 'Z9'], ['select', 'A1'],
];

script.forEach(([op, arg], i) => {
  const before = vm.state;
  const msg = vm[op](arg);
  const step = String(i + 1).padStart(2, '0');
  console.log(`${step} ${op.padEnd(7)} ${String(arg ?? '').padEnd(5)} ${before.padEnd(11)} -> ${vm.state.padEnd(11)} | ${msg}`);
});

const total = vm.sales.reduce((sum, s) => sum + s.price, 0);
const counts = vm.sales.reduce((acc, { code }) => ({ ...acc, [code]: (acc[code] ?? 0) + 1 }), {});
console.log('Sales by slot:', Object.entries(counts).map(([k, v]) => `${k}x${v}`).join(' '));
console.log(`Total sales ${VendingMachine.formatCents(total)} in ${vm.sales.length} items, ${vm.transitions} transitions`);
const box = [...vm.coinBox].map(([coin, n]) => `${coin}c:${n}`).join(' ');
console.log(`Coin box: ${box}`);
console.log(`Stock: ${[...vm.slots.values()].map(s => `${s.name}=${s.stock}`).join(', ')}`);
