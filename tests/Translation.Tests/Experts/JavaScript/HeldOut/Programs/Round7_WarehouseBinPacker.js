// Warehouse bin-packing planner: first-fit decreasing vs best-fit, with zones.
class PackingError extends Error {
  constructor(message, item) {
    super(message);
    this.name = 'PackingError';
    this.item = item;
  }
}

class Bin {
  static #nextId = 1;
  #items = [];
  constructor(capacity, zone = 'A') {
    this.id = `BIN-${String(Bin.#nextId++).padStart(3, '0')}`;
    this.capacity = capacity;
    this.zone = zone;
  }
  get used() {
    return this.#items.reduce((sum, it) => sum + it.volume, 0);
  }
  get free() {
    return this.capacity - this.used;
  }
  get items() {
    return [...this.#items];
  }
  fits(item) {
    return item.volume <= this.free;
  }
  add(item) {
    if (!this.fits(item)) throw new PackingError(`${item.sku} does not fit in ${this.id}`, item);
    this.#items.push(item);
  }
  static resetIds() {
    Bin.#nextId = 1;
  }
}

function makeRng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function generateItems(count, rng) {
  const categories = ['tools', 'toys', 'food', 'books', 'garden'];
  return Array.from({ length: count }, (_, i) => ({
    sku: `SKU${(1000 + i * 7).toString(36).toUpperCase()}`,
    volume: 5 + Math.floor(rng() * 46),
    category: categories[Math.floor(rng() * categories.length)],
    fragile: rng() < 0.2,
  }));
}

function firstFitDecreasing(items, capacity) {
  Bin.resetIds();
  const bins = [];
  const sorted = [...items].sort((a, b) => b.volume - a.volume);
  for (const item of sorted) {
    let target = bins.find(b => b.fits(item));
    if (!target) {
      target = new Bin(capacity, item.fragile ? 'F' : 'A');
      bins.push(target);
    }
    target.add(item);
  }
  return bins;
}

function bestFit(items, capacity) {
  Bin.resetIds();
  const bins = [];
  for (const item of items) {
    let best = null;
    for (const b of bins) {
      if (b.fits(item) && (best === null || b.free < best.free)) best = b;
    }
    if (best === null) {
      best = new Bin(capacity);
      bins.push(best);
    }
    best.add(item);
  }
  return bins;
}

function summarize(label, bins) {
  const totalCap = bins.reduce((s, b) => s + b.capacity, 0);
  const totalUsed = bins.reduce((s, b) => s + b.used, 0);
  const util = ((totalUsed / totalCap) * 100).toFixed(1);
  console.log(`${label.padEnd(22)} bins=${String(bins.length).padStart(3)} utilization=${util}%`);
  return { label, count: bins.length, util: Number(util) };
}

const rng = makeRng(20240607);
const items = generateItems(28, rng);
const CAPACITY = 100;

console.log('=== Inventory ===');
const byCategory = new Map();
for (const { category, volume } of items) {
  byCategory.set(category, (byCategory.get(category) ?? 0) + volume);
}
for (const [cat, vol] of [...byCategory].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(`  ${cat.padEnd(8)} ${String(vol).padStart(5)} units`);
}
console.log(`  fragile items: ${items.filter(i => i.fragile).map(i => i.sku).join(', ') || 'none'}`);

console.log('=== Strategies ===');
const ffd = firstFitDecreasing(items, CAPACITY);
const bf = bestFit(items, CAPACITY);
const results = [summarize('first-fit decreasing', ffd), summarize('best-fit (arrival)', bf)];
const winner = results.reduce((a, b) => (b.count < a.count ? b : a));
console.log(`Winner: ${winner.label} with ${winner.count} bins`);

console.log('=== FFD bin layout ===');
for (const bin of ffd) {
  const bar = '#'.repeat(Math.round(bin.used / 5)).padEnd(20, '.');
  const skus = bin.items.map(i => `${i.sku}(${i.volume}${i.fragile ? '!' : ''})`).join(' ');
  console.log(`${bin.id} [${bin.zone}] ${bar} ${String(bin.used).padStart(3)}/${bin.capacity} ${skus}`);
}

console.log('=== Oversized attempt ===');
const tiny = new Bin(30, 'Z');
const attempts = [{ sku: 'BIG-1', volume: 25 }, { sku: 'BIG-2', volume: 10 }, { sku: 'SML-3', volume: 5 }];
for (const item of attempts) {
  try {
    tiny.add(item);
    console.log(`  placed ${item.sku}, free now ${tiny.free}`);
  } catch (err) {
    if (err instanceof PackingError) console.log(`  ${err.name}: ${err.message} (needs ${err.item.volume})`);
    else throw err;
  } finally {
    console.log(`  -> ${tiny.id} holds ${tiny.items.length} item(s)`);
  }
}
const fullBins = ffd.filter(b => b.free === 0).length;
console.log(`Perfectly full bins: ${fullBins}; every bin under capacity: ${ffd.every(b => b.used <= b.capacity)}`);
