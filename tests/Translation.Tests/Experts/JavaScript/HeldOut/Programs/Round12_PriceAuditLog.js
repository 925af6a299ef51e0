// Retail price-change audit log with undo/redo, approval thresholds, and a tamper-evident checksum chain.
class AuditError extends Error {
  constructor(message, { sku, cause } = {}) {
    super(message, { cause });
    this.name = 'AuditError';
    this.sku = sku;
  }
}

const checksum = (str, seed = 0x811c9dc5) => {
  let h = seed >>> 0;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
};

class PriceBook {
  #prices = new Map();
  #log = [];
  #redo = [];
  #tick = 0;
  static APPROVAL_PCT = 20;
  constructor(initial) {
    for (const [sku, cents] of Object.entries(initial)) this.#prices.set(sku, cents);
  }
  get(sku) { return this.#prices.get(sku); }
  get entries() { return this.#log.length; }
  #append(entry) {
    const prevHash = this.#log.at(-1)?.hash ?? '00000000';
    const body = JSON.stringify({ ...entry, prevHash });
    this.#log.push({ ...entry, prevHash, hash: checksum(body) });
  }
  change(sku, newCents, { user, reason = 'unspecified', approvedBy } = {}) {
    const old = this.#prices.get(sku);
    if (old === undefined) throw new AuditError(`Unknown SKU ${sku}`, { sku });
    if (!Number.isInteger(newCents) || newCents <= 0) throw new AuditError(`Invalid price ${newCents} for ${sku}`, { sku });
    const pct = ((newCents - old) / old) * 100;
    if (Math.abs(pct) > PriceBook.APPROVAL_PCT && !approvedBy) {
      throw new AuditError(`Change of ${pct.toFixed(1)}% on ${sku} needs approval`, { sku });
    }
    this.#prices.set(sku, newCents);
    this.#append({ t: ++this.#tick, op: 'set', sku, old, new: newCents, user, reason, approvedBy: approvedBy ?? null });
    this.#redo.length = 0;
    return pct;
  }
  undo(user) {
    const target = this.#log.findLast((e) => e.op === 'set' && !e.undone);
    if (!target) return false;
    target.undone = true;
    this.#prices.set(target.sku, target.old);
    this.#redo.push(target);
    this.#append({ t: ++this.#tick, op: 'undo', sku: target.sku, old: target.new, new: target.old, user, ref: target.t });
    return true;
  }
  redo(user) {
    const target = this.#redo.pop();
    if (!target) return false;
    target.undone = false;
    this.#prices.set(target.sku, target.new);
    this.#append({ t: ++this.#tick, op: 'redo', sku: target.sku, old: target.old, new: target.new, user, ref: target.t });
    return true;
  }
  verify() {
    let prev = '00000000';
    for (const [i, { hash, undone, ...rest }] of this.#log.entries()) {
      if (rest.prevHash !== prev) return { ok: false, at: i };
      if (checksum(JSON.stringify(rest)) !== hash) return { ok: false, at: i };
      prev = hash;
    }
    return { ok: true, at: -1 };
  }
  tamper(index, field, value) { this.#log[index][field] = value; }
  *history(filter = () => true) {
    for (const e of this.#log) if (filter(e)) yield e;
  }
  snapshot() { return Object.fromEntries([...this.#prices].sort(([a], [b]) => a.localeCompare(b))); }
}

const fmt = (c) => `$${Math.trunc(c / 100)}.${String(c % 100).padStart(2, '0')}`;
const book = new PriceBook({ 'MILK-1L': 189, 'BREAD-WH': 349, 'EGGS-12': 499, 'COFFEE-500': 1299, 'APPLE-KG': 420 });

const ops = [
  ['change', 'MILK-1L', 199, { user: 'ana', reason: 'supplier increase' }],
  ['change', 'EGGS-12', 699, { user: 'ben', reason: 'shortage' }],
  ['change', 'EGGS-12', 699, { user: 'ben', reason: 'shortage', approvedBy: 'mgr-kim' }],
  ['change', 'TOFU-400', 250, { user: 'ana' }],
  ['change', 'APPLE-KG', 379, { user: 'cy', reason: 'promo' }],
  ['change', 'BREAD-WH', -5, { user: 'cy' }],
  ['undo', 'dana'], ['undo', 'dana'], ['redo', 'dana'],
  ['change', 'COFFEE-500', 1199, { user: 'ana', reason: 'competitor match' }],
  ['redo', 'dana'],
];
for (const [op, ...args] of ops) {
  try {
    switch (op) {
      case 'change': {
        const [sku, cents, meta] = args;
        const pct = book.change(sku, cents, meta);
        console.log(`SET  ${sku.padEnd(11)} -> ${fmt(cents).padStart(7)} (${pct >= 0 ? '+' : ''}${pct.toFixed(2)}%) by ${meta.user}`);
        break;
      }
      case 'undo':
      case 'redo':
        console.log(`${op.toUpperCase()} by ${args[0]}: ${book[op](args[0]) ? 'applied' : 'nothing to ' + op}`);
        break;
      default:
        throw new Error(`bad op ${op}`);
    }
  } catch (e) {
    console.log(`REJECTED [${e.sku ?? '?'}] ${e.message}`);
  }
}

console.log('--- Audit trail ---');
for (const { t, op, sku, old, new: nu, user, hash, ref } of book.history()) {
  console.log(`#${String(t).padStart(2, '0')} ${op.padEnd(4)} ${sku.padEnd(11)} ${fmt(old)} -> ${fmt(nu)} ${user.padEnd(5)} ${hash}${ref ? ` ref#${ref}` : ''}`);
}
console.log(`Snapshot: ${JSON.stringify(book.snapshot())}`);
console.log(`Approved changes: ${[...book.history((e) => e.approvedBy)].map((e) => `${e.sku}<-${e.approvedBy}`).join(', ')}`);
const byUser = [...book.history()].reduce((m, { user }) => ({ ...m, [user]: (m[user] ?? 0) + 1 }), {});
console.log(`Entries per user: ${Object.entries(byUser).map(([u, n]) => `${u}:${n}`).join(' ')}`);
console.log(`Chain verify: ${JSON.stringify(book.verify())}`);
book.tamper(1, 'new', 599);
console.log(`After tamper: ${JSON.stringify(book.verify())}`);
console.log(`Checksum of "" = ${checksum('')}, of "abc" = ${checksum('abc')}`);
try {
  throw new AuditError('wrapped failure', { sku: 'X', cause: new TypeError('inner') });
} catch (e) {
  console.log(`${e.name}: ${e.message}; cause=${e.cause?.name}:${e.cause?.message}`);
}
