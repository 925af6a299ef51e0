// Invoice report: line items in integer cents, discounts, per-category tax, banker's rounding.
class InvoiceError extends Error {
  constructor(message, field) {
    super(message);
    this.name = 'InvoiceError';
    this.field = field;
  }
}

const TAX_RATES = { standard: 0.0825, food: 0.02, exempt: 0 };

// Round half to even on a value expressed in cents (may be fractional).
function roundHalfEven(x) {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (Math.abs(diff - 0.5) < 1e-9) return floor % 2 === 0 ? floor : floor + 1;
  return Math.round(x);
}

const money = (cents, currency = 'USD') => {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const symbol = { USD: '$', EUR: '€', GBP: '£' }[currency] ?? `${currency} `;
  return `${sign}${symbol}${whole}.${String(abs % 100).padStart(2, '0')}`;
};

class LineItem {
  constructor({ sku, description, qty = 1, unitPrice, category = 'standard', discountPct = 0 }) {
    if (!Number.isInteger(qty) || qty <= 0) throw new InvoiceError(`bad quantity for ${sku}: ${qty}`, 'qty');
    if (!(category in TAX_RATES)) throw new InvoiceError(`unknown tax category "${category}"`, 'category');
    Object.assign(this, { sku, description, qty, category, discountPct });
    this.unitCents = Math.round(unitPrice * 100);
  }
  get gross() {
    return this.qty * this.unitCents;
  }
  get discount() {
    return roundHalfEven((this.gross * this.discountPct) / 100);
  }
  get net() {
    return this.gross - this.discount;
  }
}

class Invoice {
  static #counter = 4100;
  constructor(customer, currency = 'USD') {
    this.number = `INV-${++Invoice.#counter}`;
    this.customer = customer;
    this.currency = currency;
    this.items = [];
    this.rejected = [];
  }
  add(raw) {
    try {
      this.items.push(new LineItem(raw));
    } catch (e) {
      if (!(e instanceof InvoiceError)) throw e;
      this.rejected.push(`${raw.sku}: ${e.message} [${e.field}]`);
    }
    return this;
  }
  totals() {
    const subtotal = this.items.reduce((s, it) => s + it.net, 0);
    const byCategory = {};
    for (const it of this.items) byCategory[it.category] = (byCategory[it.category] ?? 0) + it.net;
    const taxes = Object.entries(byCategory)
      .map(([cat, base]) => ({ cat, base, tax: roundHalfEven(base * TAX_RATES[cat]) }))
      .sort((a, b) => b.base - a.base);
    const tax = taxes.reduce((s, t) => s + t.tax, 0);
    return { subtotal, taxes, tax, total: subtotal + tax };
  }
  print() {
    const m = c => money(c, this.currency).padStart(12);
    const rule = '-'.repeat(64);
    console.log(`${this.number}  Bill to: ${this.customer.name} <${this.customer.email ?? 'no email'}>`);
    console.log(rule);
    console.log(`${'SKU'.padEnd(8)}${'Description'.padEnd(22)}${'Qty'.padStart(4)}${'Unit'.padStart(10)}${'Amount'.padStart(12)}`);
    for (const it of this.items) {
      const desc = it.description.length > 20 ? `${it.description.slice(0, 19)}…` : it.description;
      const unit = (it.unitCents / 100).toFixed(2);
      console.log(`${it.sku.padEnd(8)}${desc.padEnd(22)}${String(it.qty).padStart(4)}${unit.padStart(10)}${m(it.net)}`);
      if (it.discount) console.log(`${''.padEnd(10)}less ${it.discountPct}% discount (${money(it.discount, this.currency)})`);
    }
    console.log(rule);
    const { subtotal, taxes, tax, total } = this.totals();
    console.log(`${'Subtotal'.padStart(52)}${m(subtotal)}`);
    for (const { cat, base, tax: t } of taxes) {
      const label = `Tax ${cat} ${(TAX_RATES[cat] * 100).toFixed(2)}% on ${money(base, this.currency)}`;
      console.log(`${label.padStart(52)}${m(t)}`);
    }
    console.log(`${'TOTAL'.padStart(52)}${m(total)}`);
    this.rejected.forEach(r => console.log(`  ! rejected ${r}`));
    return { number: this.number, currency: this.currency, total, tax };
  }
}

const inv = new Invoice({ name: 'Harbor Cafe LLC', email: 'ap@harborcafe.example' });
inv
  .add({ sku: 'ESP-01', description: 'Espresso beans 1kg', qty: 12, unitPrice: 18.45, category: 'food', discountPct: 5 })
  .add({ sku: 'MUG-12', description: 'Ceramic mug, 12oz, matte black', qty: 48, unitPrice: 6.25, discountPct: 12.5 })
  .add({ sku: 'GRN-BX', description: 'Grinder burr set', qty: 2, unitPrice: 139.99 })
  .add({ sku: 'SVC-MT', description: 'Maintenance visit', unitPrice: 85, category: 'exempt' })
  .add({ sku: 'CUP-8', description: 'Paper cups', qty: 0, unitPrice: 0.08 })
  .add({ sku: 'SYR-VN', description: 'Vanilla syrup', qty: 6, unitPrice: 7.1, category: 'luxury' });
const summaryA = inv.print();

console.log('');
const inv2 = new Invoice({ name: 'Nordlicht GmbH' }, 'EUR');
inv2.add({ sku: 'LIC-Y', description: 'Annual license', qty: 3, unitPrice: 1199.5, discountPct: 10 });
const summaryB = inv2.print();
console.log(JSON.stringify({ invoices: [summaryA, summaryB].map(s => ({ ...s, total: money(s.total, s.currency) })) }, null, 2));
console.log(`Half-even checks: ${[0.5, 1.5, 2.5, 2.4999, 3.5001].map(roundHalfEven).join(' ')}`);
