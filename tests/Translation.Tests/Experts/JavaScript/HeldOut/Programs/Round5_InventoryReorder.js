// Inventory reorder planner: simulates daily demand, computes reorder points
// with safety stock, and groups purchase orders by supplier.

class InventoryError extends Error {
  constructor(sku, message) {
    super(`[${sku}] ${message}`);
    this.name = 'InventoryError';
    this.sku = sku;
  }
}

class Item {
  #onHand;
  #history = [];
  constructor({ sku, name, supplier, onHand = 0, leadDays = 3, unitCost, packSize = 1 }) {
    Object.assign(this, { sku, name, supplier, leadDays, unitCost, packSize });
    this.#onHand = onHand;
  }
  get onHand() { return this.#onHand; }
  get averageDemand() {
    if (this.#history.length === 0) return 0;
    return this.#history.reduce((a, b) => a + b, 0) / this.#history.length;
  }
  get peakDemand() { return Math.max(0, ...this.#history); }
  get reorderPoint() {
    const safety = (this.peakDemand - this.averageDemand) * this.leadDays;
    return Math.ceil(this.averageDemand * this.leadDays + safety);
  }
  consume(qty) {
    const shipped = Math.min(qty, this.#onHand);
    this.#onHand -= shipped;
    this.#history.push(qty);
    return { shipped, shortfall: qty - shipped };
  }
  receive(qty) {
    if (qty <= 0 || !Number.isInteger(qty)) throw new InventoryError(this.sku, `invalid receipt qty ${qty}`);
    this.#onHand += qty;
  }
}

// Small deterministic LCG so demand is reproducible.
function makeRng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

class Planner {
  static TARGET_DAYS = 10;
  constructor(items) {
    this.items = new Map(items.map((i) => [i.sku, i]));
    this.backorders = new Map();
  }
  simulate(days, demandProfile, rng) {
    for (let day = 1; day <= days; day++) {
      for (const [sku, [lo, hi]] of Object.entries(demandProfile)) {
        const qty = lo + Math.floor(rng() * (hi - lo + 1));
        const { shortfall } = this.items.get(sku).consume(qty);
        if (shortfall > 0) this.backorders.set(sku, (this.backorders.get(sku) ?? 0) + shortfall);
      }
    }
  }
  plan() {
    const orders = [];
    for (const item of this.items.values()) {
      if (item.onHand > item.reorderPoint) continue;
      const target = Math.ceil(item.averageDemand * Planner.TARGET_DAYS) + item.reorderPoint;
      const raw = target - item.onHand + (this.backorders.get(item.sku) ?? 0);
      const packs = Math.ceil(raw / item.packSize);
      orders.push({ sku: item.sku, supplier: item.supplier, qty: packs * item.packSize, cost: packs * item.packSize * item.unitCost });
    }
    return orders;
  }
  static groupBySupplier(orders) {
    const groups = new Map();
    for (const order of orders) {
      const list = groups.get(order.supplier) ?? [];
      list.push(order);
      groups.set(order.supplier, list);
    }
    return [...groups].sort(([a], [b]) => a.localeCompare(b));
  }
}

const money = (n) => `$${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

// ---- main ----
const items = [
  new Item({ sku: 'BOLT-M6', name: 'Hex bolt M6', supplier: 'Fastenco', onHand: 400, leadDays: 4, unitCost: 0.12, packSize: 100 }),
  new Item({ sku: 'NUT-M6', name: 'Hex nut M6', supplier: 'Fastenco', onHand: 900, leadDays: 4, unitCost: 0.05, packSize: 250 }),
  new Item({ sku: 'GLUE-50', name: 'Epoxy 50ml', supplier: 'Adhesa', onHand: 30, leadDays: 7, unitCost: 6.5 }),
  new Item({ sku: 'TAPE-W', name: 'Duct tape white', supplier: 'Adhesa', onHand: 60, unitCost: 3.25, packSize: 6 }),
  new Item({ sku: 'DRILL-8', name: 'Drill bit 8mm', supplier: 'ToolWorks', onHand: 15, leadDays: 5, unitCost: 4.8, packSize: 5 }),
];
const planner = new Planner(items);
planner.simulate(14, {
  'BOLT-M6': [20, 45], 'NUT-M6': [30, 60], 'GLUE-50': [1, 4], 'TAPE-W': [2, 6], 'DRILL-8': [0, 3],
}, makeRng(2024));

console.log('SKU       Name              OnHand  AvgDay  Peak  ROP');
for (const item of planner.items.values()) {
  console.log([
    item.sku.padEnd(9), item.name.padEnd(17), String(item.onHand).padStart(6),
    item.averageDemand.toFixed(1).padStart(7), String(item.peakDemand).padStart(5), String(item.reorderPoint).padStart(4),
  ].join(' '));
}
console.log('Backorders:', JSON.stringify(Object.fromEntries(planner.backorders)));

const orders = planner.plan();
let grandTotal = 0;
for (const [supplier, list] of Planner.groupBySupplier(orders)) {
  const subtotal = list.reduce((sum, { cost }) => sum + cost, 0);
  grandTotal += subtotal;
  console.log(`\nPO to ${supplier} (${list.length} line${list.length > 1 ? 's' : ''})`);
  list.forEach(({ sku, qty, cost }) => console.log(`  ${sku.padEnd(8)} x${String(qty).padStart(5)}  ${money(cost).padStart(10)}`));
  console.log(`  ${'subtotal'.padEnd(15)}${money(subtotal).padStart(11)}`);
}
console.log(`\nGrand total: ${money(grandTotal)}`);

for (const [sku, qty] of [['GLUE-50', 24], ['TAPE-W', -3], ['DRILL-8', 2.5]]) {
  try {
    planner.items.get(sku).receive(qty);
    console.log(`Received ${qty} of ${sku}; now ${planner.items.get(sku).onHand}`);
  } catch (e) {
    console.log(`${e.name}: ${e.message} (sku=${e.sku})`);
  }
}
console.log('Bulk value check:', money(1234567.891), money(0.5));
