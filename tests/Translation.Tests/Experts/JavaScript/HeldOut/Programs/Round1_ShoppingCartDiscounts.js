// Shopping cart with tiered discounts, coupons and tax calculation.
class CartError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'CartError';
    this.code = code;
  }
}
class Product {
  constructor(sku, name, priceCents, category = 'general') {
    this.sku = sku;
    this.name = name;
    this.priceCents = priceCents;
    this.category = category;
  }
  get price() {
    return this.priceCents / 100;
  }
}
const formatMoney = (cents) => {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}$${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

class Cart {
  static TAX_RATES = { general: 0.08, food: 0.02, books: 0 };
  constructor(owner) {
    this.owner = owner;
    this.lines = new Map();
    this.coupons = [];
  }
  add(product, qty = 1) {
    if (qty <= 0) throw new CartError(`Invalid quantity ${qty} for ${product.sku}`, 'QTY');
    const existing = this.lines.get(product.sku);
    if (existing) existing.qty += qty;
    else this.lines.set(product.sku, { product, qty });
    return this;
  }
  remove(sku, qty = Infinity) {
    const line = this.lines.get(sku);
    if (!line) throw new CartError(`No such item: ${sku}`, 'MISSING');
    line.qty -= Math.min(qty, line.qty);
    if (line.qty === 0) this.lines.delete(sku);
  }
  applyCoupon(code) {
    const match = /^([A-Z]+)(\d+)$/.exec(code);
    if (!match) throw new CartError(`Malformed coupon "${code}"`, 'COUPON');
    const [, kind, amount] = match;
    if (this.coupons.some((c) => c.kind === kind)) {
      throw new CartError(`Coupon type ${kind} already applied`, 'DUP');
    }
    this.coupons.push({ kind, amount: Number(amount) });
  }
  lineTotal({ product, qty }) {
    const base = product.priceCents * qty;
    const rate = qty >= 10 ? 0.1 : qty >= 5 ? 0.05 : 0;
    return base - Math.round(base * rate);
  }
  get subtotal() {
    return [...this.lines.values()].reduce((sum, line) => sum + this.lineTotal(line), 0);
  }
  summary() {
    let total = this.subtotal;
    const adjustments = [];
    for (const { kind, amount } of this.coupons) {
      let off = 0;
      switch (kind) {
        case 'PCT': off = Math.round(total * amount / 100); break;
        case 'OFF': off = Math.min(amount * 100, total); break;
        default: off = 0;
      }
      total -= off;
      adjustments.push(`${kind}${amount}: -${formatMoney(off)}`);
    }
    const taxByCat = {};
    const ratio = this.subtotal === 0 ? 0 : total / this.subtotal;
    for (const line of this.lines.values()) {
      const cat = line.product.category;
      const rate = Cart.TAX_RATES[cat] ?? Cart.TAX_RATES.general;
      taxByCat[cat] = (taxByCat[cat] ?? 0) + Math.round(this.lineTotal(line) * ratio * rate);
    }
    const tax = Object.values(taxByCat).reduce((a, b) => a + b, 0);
    return { subtotal: this.subtotal, adjustments, taxByCat, tax, total: total + tax };
  }
}

const catalog = [
  new Product('A100', 'Coffee Beans', 1299, 'food'),
  new Product('B200', 'Paperback Novel', 899, 'books'),
  new Product('C300', 'USB Cable', 550),
  new Product('D400', 'Desk Lamp', 3499, 'home'),
];
const bySku = Object.fromEntries(catalog.map((p) => [p.sku, p]));

const cart = new Cart('dana');
cart.add(bySku.A100, 2).add(bySku.B200, 5).add(bySku.C300, 11).add(bySku.D400);
const attempts = [
  () => cart.add(bySku.C300, 0),
  () => cart.applyCoupon('PCT10'),
  () => cart.applyCoupon('pct5'),
  () => cart.applyCoupon('PCT15'),
  () => cart.applyCoupon('OFF5'),
  () => cart.remove('Z999'),
  () => cart.remove('B200', 1),
];
attempts.forEach((fn, i) => {
  try {
    fn();
    console.log(`step ${i + 1}: ok`);
  } catch (err) {
    if (err instanceof CartError) console.log(`step ${i + 1}: ${err.name}[${err.code}] ${err.message}`);
    else throw err;
  }
});

console.log(`Cart for ${cart.owner.toUpperCase()}`);
for (const line of cart.lines.values()) {
  const { product: { name, price }, qty } = line;
  console.log(`${name.padEnd(16)} x${String(qty).padStart(3)} @ ${price.toFixed(2).padStart(6)} = ${formatMoney(cart.lineTotal(line)).padStart(9)}`);
}
const { subtotal, adjustments, taxByCat, tax, total } = cart.summary();
console.log(`Subtotal: ${formatMoney(subtotal)}`);
adjustments.forEach((a) => console.log(`  ${a}`));
for (const cat in taxByCat) console.log(`  tax[${cat}] = ${formatMoney(taxByCat[cat])}`);
console.log(`Tax: ${formatMoney(tax)}`);
console.log(`Total: ${formatMoney(total)}`);
console.log(JSON.stringify({ items: cart.lines.size, coupons: cart.coupons.map((c) => c.kind) }));
