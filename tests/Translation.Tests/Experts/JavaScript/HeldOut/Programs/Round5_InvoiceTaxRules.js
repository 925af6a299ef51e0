// Invoice builder with per-region tax rules, category exemptions, thresholds,
// coupons and banker's-style rounding in integer cents.

class TaxRuleError extends Error {
  constructor(region) {
    super(`No tax rules defined for region "${region}"`);
    this.name = 'TaxRuleError';
  }
}

const cents = (amount) => Math.round(amount * 100);
const dollars = (c) => `${c < 0 ? '-' : ''}$${(Math.abs(c) / 100).toFixed(2)}`;

function roundHalfEven(value) {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (Math.abs(diff - 0.5) < 1e-9) return floor % 2 === 0 ? floor : floor + 1;
  return Math.round(value);
}

const TAX_RULES = {
  NY: { base: 0.04, local: 0.045, exempt: ['grocery'], thresholds: { clothing: 110 } },
  CA: { base: 0.0725, local: 0.0125, exempt: ['grocery', 'medicine'] },
  OR: { base: 0, local: 0 },
  TX: { base: 0.0625, local: 0.02, exempt: ['grocery'], overrides: { digital: 0.05 } },
};

class Invoice {
  static #sequence = 1000;
  #lines = [];
  #coupons = [];

  constructor(customer, region) {
    if (!(region in TAX_RULES)) throw new TaxRuleError(region);
    this.number = `INV-${++Invoice.#sequence}`;
    this.customer = customer;
    this.region = region;
  }

  add(description, { price, qty = 1, category = 'general' }) {
    this.#lines.push({ description, unitCents: cents(price), qty, category });
    return this;
  }

  applyCoupon(code) {
    const m = /^(?<kind>PCT|OFF)(?<value>\d+)(?:-(?<category>[a-z]+))?$/.exec(code);
    if (!m) throw new Error(`Invalid coupon "${code}"`);
    const { kind, value, category } = m.groups;
    this.#coupons.push({ code, kind, value: Number(value), category: category ?? null });
    return this;
  }

  rateFor(line) {
    const { base, local, exempt = [], thresholds = {}, overrides = {} } = TAX_RULES[this.region];
    if (exempt.includes(line.category)) return 0;
    const limit = thresholds[line.category];
    if (limit !== undefined && line.unitCents < cents(limit)) return 0;
    return overrides[line.category] ?? base + local;
  }

  compute() {
    const rows = this.#lines.map((line) => ({ ...line, gross: line.unitCents * line.qty, discount: 0 }));
    const applied = [];
    for (const { kind, value, category, code } of this.#coupons) {
      const targets = rows.filter((r) => category === null || r.category === category);
      const pool = targets.reduce((sum, r) => sum + r.gross - r.discount, 0);
      if (pool === 0) continue;
      const total = kind === 'PCT' ? roundHalfEven((pool * value) / 100) : Math.min(cents(value), pool);
      let assigned = 0;
      targets.forEach((r, i) => {
        const share = i === targets.length - 1 ? total - assigned : Math.floor((total * (r.gross - r.discount)) / pool);
        r.discount += share;
        assigned += share;
      });
      applied.push(`${code} (-${dollars(total)})`);
    }
    for (const r of rows) {
      r.rate = this.rateFor(r);
      r.tax = roundHalfEven((r.gross - r.discount) * r.rate);
    }
    const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
    return { rows, coupons: applied, subtotal: sum('gross'), discount: sum('discount'), tax: sum('tax') };
  }

  print() {
    const { rows, coupons, subtotal, discount, tax } = this.compute();
    const out = [`${this.number}  ${this.customer}  [${this.region}]`];
    for (const r of rows) {
      const rate = `${(r.rate * 100).toFixed(3).replace(/\.?0+$/, '')}%`;
      out.push(`  ${r.description.padEnd(18)} ${String(r.qty).padStart(2)} x ${dollars(r.unitCents).padStart(8)} ${dollars(r.gross).padStart(9)}  tax ${rate.padStart(6)} ${dollars(r.tax).padStart(7)}`);
    }
    if (coupons.length) out.push(`  coupons: ${coupons.join(', ')}`);
    out.push(`  subtotal ${dollars(subtotal)} | discount ${dollars(-discount)} | tax ${dollars(tax)} | TOTAL ${dollars(subtotal - discount + tax)}`);
    return out.join('\n');
  }
}

// ---- main ----
console.log('Half-even rounding:', [0.5, 1.5, 2.5, 2.4999, 3.6, 7.5].map(roundHalfEven).join(', '));

const orders = [
  ['Acme Corp', 'NY', [['Wool coat', { price: 189.99, category: 'clothing' }], ['T-shirt', { price: 19.5, qty: 3, category: 'clothing' }],
    ['Coffee beans', { price: 12.75, qty: 2, category: 'grocery' }], ['Desk lamp', { price: 45 }]], ['PCT10']],
  ['Beta LLC', 'CA', [['Aspirin', { price: 6.49, qty: 4, category: 'medicine' }], ['Monitor', { price: 229.99 }],
    ['Cable', { price: 8.99, qty: 5 }]], ['OFF25', 'PCT20-general']],
  ['Gamma Inc', 'TX', [['Ebook bundle', { price: 29.99, category: 'digital' }], ['Printer paper', { price: 7.49, qty: 10 }]], ['PCT15-digital']],
  ['Delta Co', 'OR', [['Standing desk', { price: 499 }]], []],
];
for (const [customer, region, items, coupons] of orders) {
  const invoice = new Invoice(customer, region);
  items.forEach(([desc, opts]) => invoice.add(desc, opts));
  coupons.forEach((c) => invoice.applyCoupon(c));
  console.log(invoice.print());
}

for (const attempt of [() => new Invoice('Zeta', 'WA'), () => new Invoice('Eta', 'CA').applyCoupon('FREE50')]) {
  try {
    attempt();
  } catch (err) {
    console.log(`${err.name}: ${err.message}`);
  }
}
