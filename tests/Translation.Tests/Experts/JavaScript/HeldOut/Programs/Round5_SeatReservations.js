// Theater seat reservation system with holds, bookings and pricing tiers.

class ReservationError extends Error {
  constructor(message, seatId) {
    super(message);
    this.name = 'ReservationError';
    this.seatId = seatId;
  }
}

class SeatTakenError extends ReservationError {
  constructor(seatId, owner) {
    super(`Seat ${seatId} is already taken by ${owner}`, seatId);
    this.name = 'SeatTakenError';
  }
}

class Seat {
  #status = 'free';
  #owner = null;
  constructor(row, number, tier) { Object.assign(this, { row, number, tier }); }
  get id() { return `${this.row}${String(this.number).padStart(2, '0')}`; }
  get status() { return this.#status; }
  get owner() { return this.#owner; }

  assign(owner, status) {
    if (this.#status !== 'free' && this.#owner !== owner) throw new SeatTakenError(this.id, this.#owner);
    this.#status = status;
    this.#owner = owner;
  }
  release() { [this.#status, this.#owner] = ['free', null]; }
}

class Theater {
  static PRICES = { premium: 85, standard: 55, balcony: 30 };
  #seats = new Map();
  constructor(name, layout) {
    this.name = name;
    for (const { row, count, tier = 'standard' } of layout) {
      for (let n = 1; n <= count; n++) {
        const seat = new Seat(row, n, tier);
        this.#seats.set(seat.id, seat);
      }
    }
  }
  seat(id) {
    const s = this.#seats.get(id);
    if (!s) throw new ReservationError(`Unknown seat ${id}`, id);
    return s;
  }
  hold(owner, ...ids) {
    const seats = ids.map((id) => this.seat(id));
    const blocked = seats.find((s) => s.status !== 'free' && s.owner !== owner);
    if (blocked) throw new SeatTakenError(blocked.id, blocked.owner);
    seats.forEach((s) => s.assign(owner, 'held'));
    return seats.length;
  }
  confirm(owner) {
    const mine = [...this.#seats.values()].filter((s) => s.owner === owner && s.status === 'held');
    mine.forEach((s) => s.assign(owner, 'booked'));
    const total = mine.reduce((sum, s) => sum + Theater.PRICES[s.tier], 0);
    return { count: mine.length, total };
  }
  cancel(owner) {
    const mine = [...this.#seats.values()].filter((s) => s.owner === owner);
    mine.forEach((s) => s.release());
    return mine.length;
  }
  bestAvailable(row, size) {
    const free = [...this.#seats.values()].filter((s) => s.row === row && s.status === 'free');
    for (let i = 0; i + size <= free.length; i++) {
      const block = free.slice(i, i + size);
      if (block.every((s, k) => k === 0 || s.number === block[k - 1].number + 1)) return block.map((s) => s.id);
    }
    return null;
  }
  render() {
    const rows = new Map();
    for (const s of this.#seats.values()) {
      const mark = { free: '.', held: 'h', booked: 'X' }[s.status];
      rows.set(s.row, (rows.get(s.row) ?? '') + mark);
    }
    return [...rows].map(([row, marks]) => `${row} |${marks}|`);
  }
  summary() {
    const counts = { free: 0, held: 0, booked: 0 };
    for (const s of this.#seats.values()) counts[s.status]++;
    return counts;
  }
}

// ---- main ----
const theater = new Theater('Riverside Playhouse', [
  { row: 'A', count: 8, tier: 'premium' },
  { row: 'B', count: 10 },
  { row: 'C', count: 10 },
  { row: 'D', count: 12, tier: 'balcony' },
]);

console.log(`Welcome to ${theater.name}`);
console.log(`Hold for alice: ${theater.hold('alice', 'A03', 'A04', 'A05')} seats`);
console.log(`Hold for bob: ${theater.hold('bob', 'B01', 'B02')} seats`);

for (const [who, ids] of [['carol', ['A05', 'A06']], ['dave', ['Z99']], ['bob', ['B02', 'B03']]]) {
  try {
    const n = theater.hold(who, ...ids);
    console.log(`${who} now holds ${n} more seat(s): ${ids.join(', ')}`);
  } catch (err) {
    const kind = err instanceof SeatTakenError ? 'conflict' : 'invalid';
    console.log(`${who} failed (${kind}/${err.name}): ${err.message} [seat=${err.seatId}]`);
  }
}

for (const who of ['alice', 'bob', 'zoe']) {
  const { count, total } = theater.confirm(who);
  console.log(`${who} booked ${count} seats for $${total.toFixed(2)}`);
}

for (const [row, size] of [['A', 3], ['B', 4], ['D', 12], ['A', 6]]) {
  const block = theater.bestAvailable(row, size);
  console.log(`Best ${size} in row ${row}: ${block ? block.join(' ') : 'none'}`);
}

theater.hold('erin', ...theater.bestAvailable('C', 5));
console.log('Seating chart:');
theater.render().forEach((line) => console.log('  ' + line));
console.log('Summary:', JSON.stringify(theater.summary()));
console.log(`erin cancels, released ${theater.cancel('erin')} seats`);
const final = Object.entries(theater.summary()).map(([k, v]) => `${k}=${v}`).join('; ');
console.log(`Final state: ${final}`);
