// Online auction house with proxy (maximum) bidding and reserve prices.
class BidError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'BidError';
    this.code = code;
  }
}

const INCREMENTS = [
  [0, 0.5], [5, 1], [25, 2.5], [100, 5], [250, 10], [1000, 25],
];

function incrementFor(price) {
  return INCREMENTS.findLast(([floor]) => price >= floor)[1];
}

const money = (n) => `$${n.toFixed(2)}`;

class Lot {
  #maxBids = new Map();
  #history = [];
  #closed = false;
  static nextId = 1;

  constructor(title, { start = 1, reserve = null, seller } = {}) {
    this.id = `L${String(Lot.nextId++).padStart(3, '0')}`;
    this.title = title;
    this.start = start;
    this.reserve = reserve;
    this.seller = seller;
    this.price = start;
    this.leader = null;
  }

  get closed() { return this.#closed; }
  get history() { return this.#history.slice(); }
  get reserveMet() { return this.reserve === null || this.price >= this.reserve; }

  bid(bidder, max) {
    if (this.#closed) throw new BidError('CLOSED', `${this.id} is closed`);
    if (bidder === this.seller) throw new BidError('SELF', `${bidder} cannot bid on own lot`);
    const minimum = this.leader ? this.price + incrementFor(this.price) : this.start;
    if (max < minimum) throw new BidError('LOW', `${bidder} bid ${money(max)} below minimum ${money(minimum)}`);
    const previous = this.#maxBids.get(bidder) ?? 0;
    if (max <= previous) throw new BidError('LOWER', `${bidder} cannot lower max bid`);
    this.#maxBids.set(bidder, max);
    this.#resolve();
    this.#history.push({ bidder, max, price: this.price, leader: this.leader });
    return this.leader === bidder;
  }

  #resolve() {
    const ranked = [...this.#maxBids].sort(([, a], [, b]) => b - a);
    const [topName, topMax] = ranked[0];
    const second = ranked[1]?.[1];
    let price = second === undefined ? this.start : Math.min(topMax, second + incrementFor(second));
    if (this.reserve !== null && topMax >= this.reserve && price < this.reserve) price = this.reserve;
    if (this.leader && this.leader !== topName && this.#maxBids.get(this.leader) === topMax) return;
    this.leader = topName;
    this.price = Math.round(price * 100) / 100;
  }

  close() {
    this.#closed = true;
    return this.reserveMet && this.leader
      ? { lot: this.id, winner: this.leader, price: this.price }
      : { lot: this.id, winner: null, price: null };
  }
}

class AuctionHouse {
  lots = new Map();
  log = [];
  list(title, opts) {
    const lot = new Lot(title, opts);
    this.lots.set(lot.id, lot);
    return lot.id;
  }
  placeBid(lotId, bidder, max) {
    const lot = this.lots.get(lotId);
    try {
      if (!lot) throw new BidError('NOLOT', `no lot ${lotId}`);
      const leading = lot.bid(bidder, max);
      this.log.push(`${lotId} ${bidder} max ${money(max)} -> ${leading ? 'LEADING' : 'outbid'} at ${money(lot.price)}`);
    } catch (err) {
      if (!(err instanceof BidError)) throw err;
      this.log.push(`${lotId} rejected [${err.code}] ${err.message}`);
    }
  }
  closeAll(feeRate = 0.1) {
    return [...this.lots.values()].map((lot) => {
      const result = lot.close();
      const fee = result.price ? result.price * feeRate : 0;
      return { ...result, title: lot.title, seller: lot.seller, fee, payout: (result.price ?? 0) - fee };
    });
  }
}

// ---- main ----
const house = new AuctionHouse();
const guitar = house.list('Vintage guitar', { start: 80, reserve: 150, seller: 'ana' });
const lamp = house.list('Brass lamp', { start: 4, seller: 'ben' });
const stamps = house.list('Stamp album', { start: 20, reserve: 500, seller: 'ana' });

const script = [
  [guitar, 'carl', 100], [guitar, 'dina', 95], [guitar, 'dina', 120], [guitar, 'ana', 200],
  [guitar, 'eve', 160], [guitar, 'carl', 90], [guitar, 'carl', 175], [lamp, 'dina', 4],
  [lamp, 'eve', 4.25], [lamp, 'eve', 12], [lamp, 'carl', 12], [stamps, 'ben', 60],
  [stamps, 'dina', 140], ['L999', 'eve', 10], [lamp, 'frank', 30],
];
for (const [id, who, max] of script) house.placeBid(id, who, max);
house.log.forEach((line, i) => console.log(`${String(i + 1).padStart(2)}. ${line}`));

console.log('--- Guitar bid history ---');
for (const { bidder, max, price, leader } of house.lots.get(guitar).history) {
  console.log(`${bidder.padEnd(6)} ${money(max).padStart(8)} | price ${money(price)} leader ${leader}`);
}
console.log(`Increment at $3: ${incrementFor(3)}, at $300: ${incrementFor(300)}, at $5000: ${incrementFor(5000)}`);

console.log('--- Results ---');
const results = house.closeAll();
for (const r of results) {
  const outcome = r.winner ? `sold to ${r.winner} for ${money(r.price)}` : 'unsold (reserve not met)';
  console.log(`${r.lot} ${r.title}: ${outcome}, seller ${r.seller} nets ${money(r.payout)}`);
}
house.placeBid(lamp, 'gina', 100);
console.log(house.log.at(-1));
const bySeller = results.reduce((acc, r) => ({ ...acc, [r.seller]: (acc[r.seller] ?? 0) + r.payout }), {});
console.log('Payouts:', JSON.stringify(bySeller));
