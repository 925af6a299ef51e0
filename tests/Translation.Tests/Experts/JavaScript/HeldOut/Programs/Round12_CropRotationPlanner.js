// Farmer's crop rotation planner: plans multi-year rotations per field, tracking soil nitrogen and family gaps.
class RotationError extends Error {
  constructor(field, year, reason) {
    super(`Field ${field}, year ${year}: ${reason}`);
    this.name = 'RotationError';
    Object.assign(this, { field, year });
  }
}

const CROPS = {
  wheat: { family: 'grass', nDelta: -40, yieldT: 8, price: 210, minGap: 1 },
  barley: { family: 'grass', nDelta: -30, yieldT: 7, price: 190, minGap: 1 },
  peas: { family: 'legume', nDelta: 35, yieldT: 4, price: 260, minGap: 4 },
  clover: { family: 'legume', nDelta: 60, yieldT: 0, price: 0, minGap: 3 },
  potatoes: { family: 'nightshade', nDelta: -55, yieldT: 45, price: 140, minGap: 4 },
  rapeseed: { family: 'brassica', nDelta: -50, yieldT: 4, price: 450, minGap: 4 },
  fallow: { family: 'none', nDelta: 15, yieldT: 0, price: 0, minGap: 0 },
};

class Field {
  #history = [];
  #nitrogen;
  constructor(name, hectares, { nitrogen = 100, soil = 'loam' } = {}) {
    Object.assign(this, { name, hectares, soil });
    this.#nitrogen = nitrogen;
  }
  get nitrogen() { return this.#nitrogen; }
  get history() { return this.#history.slice(); }
  yearsSinceFamily(family) {
    const idx = this.#history.findLastIndex((c) => CROPS[c].family === family);
    return idx < 0 ? Infinity : this.#history.length - idx;
  }
  canPlant(crop) {
    const { family, minGap, nDelta } = CROPS[crop];
    if (family !== 'none' && this.yearsSinceFamily(family) < minGap) return `${family} planted too recently`;
    if (nDelta < 0 && this.#nitrogen + nDelta < 20) return `nitrogen ${this.#nitrogen} too low for ${crop}`;
    return null;
  }
  plant(crop, year) {
    if (!(crop in CROPS)) throw new RotationError(this.name, year, `unknown crop '${crop}'`);
    const reason = this.canPlant(crop);
    if (reason) throw new RotationError(this.name, year, reason);
    this.#history.push(crop);
    this.#nitrogen = Math.min(200, this.#nitrogen + CROPS[crop].nDelta);
    const { yieldT, price } = CROPS[crop];
    const soilFactor = { loam: 1, clay: 0.9, sand: 0.8 }[this.soil];
    return Math.round(yieldT * price * this.hectares * soilFactor);
  }
}

// Greedy planner: picks the most profitable legal crop, preferring legumes when nitrogen is low.
const choose = (field, preferences) => {
  const legal = preferences.filter((c) => field.canPlant(c) === null);
  if (field.nitrogen < 60) return legal.find((c) => CROPS[c].nDelta > 0) ?? 'fallow';
  return legal.sort((a, b) => CROPS[b].yieldT * CROPS[b].price - CROPS[a].yieldT * CROPS[a].price)[0] ?? 'fallow';
};

function* seasons(start, count) {
  for (let y = start; y < start + count; y++) yield y;
}

const fields = [
  new Field('North', 12, { nitrogen: 110 }),
  new Field('River', 8.5, { nitrogen: 70, soil: 'clay' }),
  new Field('Hilltop', 5, { nitrogen: 45, soil: 'sand' }),
];
const preferences = ['potatoes', 'rapeseed', 'wheat', 'barley', 'peas', 'clover'];
const revenue = new Map(fields.map((f) => [f.name, 0]));
const START = 2025;

for (const year of seasons(START, 6)) {
  const row = fields.map((f) => {
    const crop = choose(f, [...preferences]);
    const income = f.plant(crop, year);
    revenue.set(f.name, revenue.get(f.name) + income);
    return `${f.name}:${crop.padEnd(8)} N=${String(f.nitrogen).padStart(3)}`;
  });
  console.log(`${year} | ${row.join(' | ')}`);
}

console.log('--- Rotation summaries ---');
for (const f of fields) {
  const hist = f.history;
  const families = new Set(hist.map((c) => CROPS[c].family));
  const abbrev = hist.map((c) => c.slice(0, 3).toUpperCase()).join('>');
  console.log(`${f.name.padEnd(8)} ${f.hectares}ha ${f.soil.padEnd(5)} ${abbrev} families=${families.size} revenue=${String(revenue.get(f.name)).replace(/\B(?=(\d{3})+$)/g, ',')}`);
}
const grand = [...revenue.values()].reduce((a, b) => a + b, 0);
console.log(`Grand total revenue: ${grand} (avg/yr ${(grand / 6).toFixed(2)})`);
const cropCounts = fields.flatMap((f) => f.history).reduce((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {});
console.log(`Crop counts: ${JSON.stringify(cropCounts)}`);

const test = new Field('Test', 1, { nitrogen: 50 });
const attempts = ['wheat', 'potatoes', 'peas', 'peas', 'maize', 'potatoes', 'potatoes', 'clover'];
let year = 2040;
attempt: for (const crop of attempts) {
  year++;
  try {
    const income = test.plant(crop, year);
    console.log(`Test ${year}: planted ${crop}, income ${income}, N=${test.nitrogen}`);
  } catch (err) {
    console.log(`${err.name}: ${err.message}`);
    if (err.message.includes('unknown')) continue attempt;
    if (test.history.length >= 2) break attempt;
  }
}
console.log(`Test history: ${test.history.join(',') || '(empty)'}; years since legume: ${test.yearsSinceFamily('legume')}`);
console.log(`Years since brassica on Test: ${test.yearsSinceFamily('brassica')}`);
console.log(`Legal on North now: ${preferences.filter((c) => fields[0].canPlant(c) === null).join(', ') || 'none'}`);
