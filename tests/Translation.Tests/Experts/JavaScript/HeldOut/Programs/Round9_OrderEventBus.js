'use strict';

class EventBus {
  constructor() {
    this.handlers = new Map();
    this.history = [];
    this.nextId = 1;
  }

  on(pattern, handler, { priority = 0, once = false } = {}) {
    const regex = new RegExp('^' + pattern.split('.').map(p => (p === '*' ? '[^.]+' : p)).join('\\.') + '$');
    const entry = { id: this.nextId++, pattern, regex, handler, priority, once };
    const list = this.handlers.get(pattern) ?? [];
    list.push(entry);
    this.handlers.set(pattern, list);
    return () => this.off(entry.id);
  }

  off(id) {
    for (const [pattern, list] of this.handlers) {
      const kept = list.filter(e => e.id !== id);
      if (kept.length) this.handlers.set(pattern, kept);
      else this.handlers.delete(pattern);
    }
  }

  emit(topic, payload = {}) {
    const matching = [...this.handlers.values()]
      .flat()
      .filter(e => e.regex.test(topic))
      .sort((a, b) => b.priority - a.priority || a.id - b.id);
    this.history.push({ topic, listeners: matching.length });
    const errors = [];
    for (const entry of matching) {
      if (entry.once) this.off(entry.id);
      try {
        entry.handler(payload, topic);
      } catch (err) {
        errors.push(`${entry.pattern}#${entry.id}: ${err.message}`);
      }
    }
    return errors;
  }
}

class Warehouse {
  constructor(stock) {
    this.stock = { ...stock };
  }
  reserve(items) {
    const missing = Object.entries(items).filter(([sku, qty]) => (this.stock[sku] ?? 0) < qty);
    if (missing.length) {
      throw new Error(`insufficient ${missing.map(([sku]) => sku).join(',')}`);
    }
    for (const [sku, qty] of Object.entries(items)) this.stock[sku] -= qty;
  }
}

const PRICES = Object.freeze({ widget: 4.5, gadget: 12.0, gizmo: 7.25, doohickey: 1.1 });
const bus = new EventBus();
const warehouse = new Warehouse({ widget: 10, gadget: 3, gizmo: 5, doohickey: 40 });
const ledger = [];
const audit = [];

bus.on('*.*', (p, topic) => audit.push(`${topic}(${p.id ?? '-'})`), { priority: -10 });

bus.on('order.placed', order => {
  const total = Object.entries(order.items).reduce((sum, [sku, qty]) => sum + PRICES[sku] * qty, 0);
  order.total = Math.round(total * 100) / 100;
  console.log(`  [pricing] order ${order.id} total ${order.total.toFixed(2)}`);
}, { priority: 10 });

bus.on('order.placed', order => {
  try {
    warehouse.reserve(order.items);
    bus.emit('order.reserved', order);
  } catch (err) {
    bus.emit('order.rejected', { ...order, reason: err.message });
  }
});

bus.on('order.reserved', order => {
  const discount = order.total >= 50 ? 0.1 : order.total >= 25 ? 0.05 : 0;
  const charged = +(order.total * (1 - discount)).toFixed(2);
  ledger.push({ id: order.id, customer: order.customer, charged });
  console.log(`  [billing] ${order.customer} charged ${charged.toFixed(2)} (discount ${discount * 100}%)`);
});

bus.on('order.rejected', ({ id, reason }) => console.log(`  [support] order ${id} rejected: ${reason}`));

const unsubscribeVip = bus.on('order.reserved', ({ customer }) => {
  if (customer.startsWith('vip')) console.log(`  [vip] thank-you note for ${customer}`);
});

bus.on('order.*', () => { throw new Error('flaky analytics'); }, { once: true, priority: 5 });

const orders = [
  { id: 101, customer: 'alice', items: { widget: 2, gizmo: 1 } },
  { id: 102, customer: 'vip-bob', items: { gadget: 3, doohickey: 10 } },
  { id: 103, customer: 'carol', items: { gadget: 1 } },
  { id: 104, customer: 'vip-dana', items: { widget: 6, gizmo: 4 } },
  { id: 105, customer: 'erin', items: { doohickey: 25, widget: 1 } },
  { id: 106, customer: 'vip-finn', items: { widget: 5 } },
];

orders.forEach((order, index) => {
  if (index === 4) {
    unsubscribeVip();
    console.log('(vip notes disabled)');
  }
  console.log(`Order ${order.id} from ${order.customer}`);
  const errors = bus.emit('order.placed', order);
  errors.forEach(e => console.log(`  ! handler error ${e}`));
});

console.log('--- Ledger ---');
const byCustomer = [...ledger].sort((a, b) => b.charged - a.charged);
byCustomer.forEach(({ id, customer, charged }, i) =>
  console.log(`${i + 1}. #${id} ${customer.padEnd(10)} ${charged.toFixed(2).padStart(8)}`));
const revenue = ledger.reduce((s, r) => s + r.charged, 0);
console.log(`Revenue ${revenue.toFixed(2)} from ${ledger.length}/${orders.length} orders`);
console.log('Stock left:', Object.entries(warehouse.stock).map(([k, v]) => `${k}=${v}`).join(' '));
const counts = bus.history.reduce((m, { topic }) => m.set(topic, (m.get(topic) ?? 0) + 1), new Map());
console.log('Emitted:', [...counts].map(([t, n]) => `${t} x${n}`).join(', '));
console.log(`Audit trail (${audit.length}): ${audit.slice(0, 6).join(' ')} ...`);
