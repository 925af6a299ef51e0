// Priority mail sorter: a binary heap orders pieces by service class and age,
// a routing table assigns bins by ZIP prefix and trucks are loaded by weight.

class AddressError extends Error {
  constructor(piece, reason) {
    super(`${piece.id}: ${reason}`);
    this.name = 'AddressError';
    this.piece = piece;
  }
}

class MinHeap {
  #items = [];
  constructor(compare) { this.compare = compare; }
  get size() { return this.#items.length; }
  push(item) {
    const a = this.#items;
    a.push(item);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (this.compare(a[i], a[parent]) >= 0) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }
  pop() {
    const a = this.#items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      while (true) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let smallest = i;
        if (l < a.length && this.compare(a[l], a[smallest]) < 0) smallest = l;
        if (r < a.length && this.compare(a[r], a[smallest]) < 0) smallest = r;
        if (smallest === i) break;
        [a[i], a[smallest]] = [a[smallest], a[i]];
        i = smallest;
      }
    }
    return top;
  }
  *drain() { while (this.size) yield this.pop(); }
}

const SERVICE = { express: { rank: 0, base: 24.5, perOz: 0.9 }, priority: { rank: 1, base: 8.7, perOz: 0.45 },
  standard: { rank: 2, base: 0.68, perOz: 0.24 }, bulk: { rank: 3, base: 0.32, perOz: 0.12 } };

class MailPiece {
  static #serial = 0;
  constructor({ zip, ounces, service = 'standard', receivedAt }) {
    this.id = `MP${String(++MailPiece.#serial).padStart(3, '0')}`;
    Object.assign(this, { zip, ounces, service, receivedAt });
  }
  get postage() {
    const { base, perOz } = SERVICE[this.service];
    return Math.round((base + perOz * Math.max(0, Math.ceil(this.ounces) - 1)) * 100) / 100;
  }
}

class Sorter {
  #routes;
  constructor(routes) {
    this.#routes = Object.entries(routes).sort(([a], [b]) => b.length - a.length);
    this.heap = new MinHeap((x, y) => SERVICE[x.service].rank - SERVICE[y.service].rank || x.receivedAt - y.receivedAt);
    this.rejected = [];
  }
  accept(piece) {
    try {
      if (!/^\d{5}$/.test(piece.zip)) throw new AddressError(piece, `malformed ZIP "${piece.zip}"`);
      if (!(piece.service in SERVICE)) throw new AddressError(piece, `unknown service ${piece.service}`);
      if (!this.binFor(piece.zip)) throw new AddressError(piece, `no route for ${piece.zip}`);
      this.heap.push(piece);
    } catch (e) {
      if (!(e instanceof AddressError)) throw e;
      this.rejected.push(e.message);
    }
  }
  binFor(zip) { return this.#routes.find(([prefix]) => zip.startsWith(prefix))?.[1]; }
  loadTrucks(capacityOz) {
    const trucks = new Map();
    for (const piece of this.heap.drain()) {
      const bin = this.binFor(piece.zip);
      const loads = trucks.get(bin) ?? [{ pieces: [], weight: 0 }];
      let truck = loads.at(-1);
      if (truck.pieces.length && truck.weight + piece.ounces > capacityOz) loads.push((truck = { pieces: [], weight: 0 }));
      truck.pieces.push(piece);
      truck.weight += piece.ounces;
      trucks.set(bin, loads);
    }
    return trucks;
  }
}

// ---- main ----
const sorter = new Sorter({ 9: 'WEST', 94: 'BAY-AREA', 100: 'NYC', 1: 'NORTHEAST', '02': 'BOSTON', 60: 'CHICAGO' });
const incoming = [
  { zip: '94107', ounces: 3.2, service: 'priority', receivedAt: 5 }, { zip: '10001', ounces: 0.8, receivedAt: 1 },
  { zip: '60614', ounces: 12, service: 'express', receivedAt: 9 }, { zip: '9410', ounces: 1, receivedAt: 2 },
  { zip: '98101', ounces: 40, service: 'bulk', receivedAt: 0 }, { zip: '02139', ounces: 2.5, service: 'express', receivedAt: 3 },
  { zip: '10027', ounces: 16, service: 'priority', receivedAt: 4 }, { zip: '30301', ounces: 1, receivedAt: 6 },
  { zip: '94110', ounces: 22, service: 'standard', receivedAt: 7 }, { zip: '60601', ounces: 5, service: 'drone', receivedAt: 8 },
  { zip: '94016', ounces: 30.5, service: 'bulk', receivedAt: 10 }, { zip: '10013', ounces: 7, service: 'express', receivedAt: 11 },
];
const pieces = incoming.map((spec) => new MailPiece(spec));
pieces.forEach((p) => sorter.accept(p));
console.log(`Accepted ${sorter.heap.size} of ${pieces.length} pieces`);
sorter.rejected.forEach((msg) => console.log(`  rejected ${msg}`));

const revenue = pieces.filter((p) => p.service in SERVICE).reduce((sum, p) => sum + p.postage, 0);
console.log(`Postage table: ${pieces.slice(0, 6).map((p) => `${p.id}=$${p.postage.toFixed(2)}`).join(' ')}`);
console.log(`Total postage: $${revenue.toFixed(2)}`);

const trucks = sorter.loadTrucks(35);
for (const [bin, loads] of [...trucks].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${bin}:`);
  loads.forEach(({ pieces: ps, weight }, i) => {
    const list = ps.map((p) => `${p.id}(${p.service[0].toUpperCase()})`).join(' ');
    console.log(`  truck ${i + 1} ${weight.toFixed(1).padStart(5)} oz  ${list}`);
  });
}
console.log(`Trucks dispatched: ${[...trucks.values()].reduce((n, loads) => n + loads.length, 0)}`);
for (const [name, { rank }] of Object.entries(SERVICE)) {
  const group = pieces.filter((p) => p.service === name);
  const postage = group.reduce((sum, p) => sum + p.postage, 0);
  console.log(`  #${rank} ${name.padEnd(9)} ${String(group.length).padStart(2)} pcs  $${postage.toFixed(2).padStart(7)}`);
}
