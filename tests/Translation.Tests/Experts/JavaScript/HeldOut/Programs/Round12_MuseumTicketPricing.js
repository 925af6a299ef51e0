// Museum ticket pricing engine with visitor categories, group discounts, and promo codes.
class PricingError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'PricingError';
    this.code = code;
  }
}

const CATEGORY_PRICES = Object.freeze({ adult: 1800, senior: 1200, student: 1000, child: 600, infant: 0 });

class Rule {
  constructor(label) { this.label = label; }
  apply(ctx) { return 0; }
  toString() { return `Rule<${this.label}>`; }
}

class GroupDiscount extends Rule {
  #tiers;
  constructor(tiers) {
    super('group');
    this.#tiers = [...tiers].sort((a, b) => b.min - a.min);
  }
  apply({ paidCount, subtotal }) {
    const tier = this.#tiers.find(({ min }) => paidCount >= min);
    return tier ? Math.round((subtotal * tier.pct) / 100) : 0;
  }
}

class FamilyBundle extends Rule {
  constructor() { super('family'); }
  apply({ counts }) {
    const { adult = 0, child = 0 } = counts;
    const bundles = Math.min(Math.floor(adult / 2), Math.floor(child / 2));
    // each bundle of 2 adults + 2 children costs 4200 instead of 4800
    return bundles * (2 * CATEGORY_PRICES.adult + 2 * CATEGORY_PRICES.child - 4200);
  }
}

class PromoCode extends Rule {
  static #registry = new Map();
  static {
    for (const [code, pct, minSpend] of [['SPRING10', 10, 0], ['MEMBER25', 25, 3000], ['BIGDAY', 15, 10000]]) {
      PromoCode.#registry.set(code, { pct, minSpend });
    }
  }
  #code;
  constructor(code) {
    const normalized = code.trim().toUpperCase();
    super(`promo:${normalized}`);
    if (!PromoCode.#registry.has(normalized)) throw new PricingError('E_PROMO', `Promo code '${normalized}' is not valid`);
    this.#code = normalized;
  }
  apply({ runningTotal }) {
    const { pct, minSpend } = PromoCode.#registry.get(this.#code);
    if (runningTotal < minSpend) return 0;
    return Math.floor((runningTotal * pct) / 100);
  }
  static get codes() { return [...PromoCode.#registry.keys()]; }
}

const money = (cents) => `${cents < 0 ? '-' : ''}€${(Math.abs(cents) / 100).toFixed(2)}`;

function quote(visitors, { promo, exhibition = false } = {}) {
  const counts = visitors.reduce((acc, v) => {
    if (!(v in CATEGORY_PRICES)) throw new PricingError('E_CAT', `Unknown visitor category: ${v}`);
    acc[v] = (acc[v] ?? 0) + 1;
    return acc;
  }, {});
  const lines = Object.entries(counts)
    .sort(([a], [b]) => CATEGORY_PRICES[b] - CATEGORY_PRICES[a] || a.localeCompare(b))
    .map(([cat, n]) => ({ cat, n, unit: CATEGORY_PRICES[cat] + (exhibition && cat !== 'infant' ? 500 : 0) }));
  const subtotal = lines.reduce((s, { n, unit }) => s + n * unit, 0);
  const paidCount = visitors.filter((v) => CATEGORY_PRICES[v] > 0).length;
  const rules = [new FamilyBundle(), new GroupDiscount([{ min: 10, pct: 10 }, { min: 20, pct: 18 }, { min: 40, pct: 25 }])];
  if (promo) rules.push(new PromoCode(promo));
  const discounts = [];
  let runningTotal = subtotal;
  for (const rule of rules) {
    const amount = rule.apply({ counts, paidCount, subtotal, runningTotal });
    if (amount > 0) {
      discounts.push({ label: rule.label, amount });
      runningTotal -= amount;
    }
  }
  return { lines, subtotal, discounts, total: runningTotal };
}

function printQuote(title, visitors, opts) {
  console.log(`### ${title}`);
  try {
    const { lines, subtotal, discounts, total } = quote(visitors, opts);
    for (const { cat, n, unit } of lines) console.log(`  ${cat.padEnd(8)} x${String(n).padStart(2)} @ ${money(unit).padStart(7)} = ${money(n * unit)}`);
    console.log(`  subtotal: ${money(subtotal)}`);
    discounts.forEach(({ label, amount }) => console.log(`  - ${label}: ${money(-amount)}`));
    console.log(`  TOTAL: ${money(total)}`);
    return total;
  } catch (err) {
    console.log(`  ${err.name}[${err.code}]: ${err.message}`);
    return null;
  } finally {
    console.log(`  (${visitors.length} visitor(s) processed)`);
  }
}

const repeat = (cat, n) => Array(n).fill(cat);
const totals = [
  printQuote('Solo adult', ['adult']),
  printQuote('Family of five', ['adult', 'adult', 'child', 'child', 'infant']),
  printQuote('School trip', [...repeat('student', 22), ...repeat('adult', 2)], { exhibition: true }),
  printQuote('Members couple', ['senior', 'senior', 'adult'], { promo: ' member25 ' }),
  printQuote('Bad promo', ['adult'], { promo: 'FREEBIE' }),
  printQuote('Alien visitor', ['adult', 'martian']),
  printQuote('Huge tour', [...repeat('adult', 30), ...repeat('senior', 15)], { promo: 'bigday', exhibition: true }),
];
const valid = totals.filter((t) => t !== null);
console.log(`Valid quotes: ${valid.length}/${totals.length}`);
console.log(`Revenue: ${money(valid.reduce((a, b) => a + b, 0))}`);
console.log(`Largest: ${money(Math.max(...valid))}, smallest: ${money(Math.min(...valid))}`);
console.log(`Promo codes: ${PromoCode.codes.join(', ')}`);
console.log(`Rule display: ${String(new GroupDiscount([]))} / ${new FamilyBundle()}`);
