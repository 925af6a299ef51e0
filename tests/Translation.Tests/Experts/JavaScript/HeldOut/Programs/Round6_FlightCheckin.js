// Flight check-in desk: seat assignment, baggage fees and boarding groups.
class CheckinError extends Error {
  constructor(pnr, reason) {
    super(`${pnr}: ${reason}`);
    this.name = 'CheckinError';
    this.pnr = pnr;
  }
}
class SeatTakenError extends CheckinError {
  constructor(pnr, seat) { super(pnr, `seat ${seat} already taken`); this.name = 'SeatTakenError'; }
}

class SeatMap {
  static LETTERS = 'ABCDEF';
  #occupied = new Map();
  constructor(rows, { businessRows = 2, exitRows = [] } = {}) {
    this.rows = rows;
    this.businessRows = businessRows;
    this.exitRows = new Set(exitRows);
  }
  static parse(seat) {
    const m = /^(\d{1,2})([A-F])$/.exec(seat);
    return m ? { row: Number(m[1]), letter: m[2] } : null;
  }
  cabinOf(row) { return row <= this.businessRows ? 'business' : 'economy'; }
  isFree(seat) { return !this.#occupied.has(seat); }
  take(seat, pnr) {
    if (!this.isFree(seat)) throw new SeatTakenError(pnr, seat);
    this.#occupied.set(seat, pnr);
  }
  *freeSeats(cabin) {
    for (let row = 1; row <= this.rows; row++) {
      if (this.cabinOf(row) !== cabin) continue;
      for (const letter of SeatMap.LETTERS) if (this.isFree(`${row}${letter}`)) yield `${row}${letter}`;
    }
  }
  render() {
    const lines = [];
    for (let row = 1; row <= this.rows; row++) {
      const cells = [...SeatMap.LETTERS].map((l) => (this.isFree(`${row}${l}`) ? '.' : 'X'));
      cells.splice(3, 0, ' ');
      lines.push(`${String(row).padStart(2)} ${cells.join('')}${this.exitRows.has(row) ? ' EXIT' : ''}`);
    }
    return lines;
  }
  get loadFactor() { return this.#occupied.size / (this.rows * 6); }
}

const BAG_RULES = { business: { free: 2, maxKg: 32 }, economy: { free: 1, maxKg: 23 } };

function bagFees(cabin, bags, status) {
  const rule = BAG_RULES[cabin];
  const free = rule.free + (status === 'gold' ? 1 : 0);
  return bags.reduce((total, kg, i) => {
    let fee = i < free ? 0 : 35;
    if (kg > rule.maxKg) fee += kg > 32 ? 120 : 60;
    return total + fee;
  }, 0);
}

class CheckinDesk {
  passengers = [];
  constructor(seatMap) { this.seatMap = seatMap; }
  checkIn({ pnr, name, cabin = 'economy', seat = null, bags = [], status = 'none', age = 30 }) {
    if (this.passengers.some((p) => p.pnr === pnr)) throw new CheckinError(pnr, 'already checked in');
    if (seat) {
      const parsed = SeatMap.parse(seat);
      if (!parsed || parsed.row > this.seatMap.rows) throw new CheckinError(pnr, `invalid seat ${seat}`);
      if (this.seatMap.cabinOf(parsed.row) !== cabin) throw new CheckinError(pnr, `seat ${seat} not in ${cabin}`);
      if (this.seatMap.exitRows.has(parsed.row) && age < 15) throw new CheckinError(pnr, 'minors cannot sit in exit row');
    } else {
      seat = this.seatMap.freeSeats(cabin).next().value;
      if (!seat) throw new CheckinError(pnr, `${cabin} cabin full`);
    }
    this.seatMap.take(seat, pnr);
    const fee = bagFees(cabin, bags, status);
    const passenger = { pnr, name, cabin, seat, status, fee, bags: bags.length };
    this.passengers.push(passenger);
    return passenger;
  }
  boardingGroup({ cabin, status, seat }) {
    if (cabin === 'business' || status === 'gold') return 1;
    const { row, letter } = SeatMap.parse(seat);
    if ('AF'.includes(letter)) return 2;
    return row >= 8 ? 3 : 4;
  }
  boardingOrder() {
    return this.passengers
      .map((p) => ({ ...p, group: this.boardingGroup(p), row: SeatMap.parse(p.seat).row }))
      .sort((a, b) => a.group - b.group || b.row - a.row || a.seat.localeCompare(b.seat));
  }
}

// ---- main ----
const desk = new CheckinDesk(new SeatMap(10, { businessRows: 2, exitRows: [5] }));
const arrivals = [
  { pnr: 'QX7P2A', name: 'Okafor', cabin: 'business', bags: [20, 25, 30] },
  { pnr: 'LM3R9T', name: 'Lindqvist', seat: '7A', bags: [22] },
  { pnr: 'ZZ1B4C', name: 'Moreau', seat: '7A', bags: [18] },
  { pnr: 'HK8D2E', name: 'Tanaka', seat: '5C', age: 12 },
  { pnr: 'HK8D2F', name: 'Tanaka Sr', seat: '5C', age: 44, bags: [26, 15] },
  { pnr: 'PL0W1N', name: 'Nowak', status: 'gold', bags: [23, 23] },
  { pnr: 'AB2C3D', name: 'Silva', seat: '1A', bags: [35] },
  { pnr: 'RT5Y6U', name: 'Haddad', seat: '12B' },
  { pnr: 'LM3R9T', name: 'Lindqvist', seat: '9F' },
  { pnr: 'GH4J5K', name: 'Kowalski', seat: '9D', bags: [10, 10, 40] },
  { pnr: 'VB6N7M', name: 'Ibrahim', cabin: 'business', seat: '2F', status: 'gold', bags: [31, 31, 31] },
];
for (const a of arrivals) {
  try {
    const p = desk.checkIn(a);
    console.log(`OK   ${p.pnr} ${p.name.padEnd(10)} ${p.cabin.padEnd(8)} seat ${p.seat.padEnd(3)} bags ${p.bags} fee $${p.fee}`);
  } catch (e) {
    if (!(e instanceof CheckinError)) throw e;
    console.log(`FAIL ${e.name}: ${e.message}`);
  }
}
desk.seatMap.render().forEach((line) => console.log(line));
console.log('--- Boarding order ---');
for (const { group, seat, name } of desk.boardingOrder()) console.log(`G${group} ${seat.padStart(3)} ${name}`);
const fees = desk.passengers.reduce((sum, p) => sum + p.fee, 0);
console.log(`Checked in ${desk.passengers.length}, load ${(desk.seatMap.loadFactor * 100).toFixed(1)}%, bag fees $${fees}`);
console.log(`Next free business seats: ${[...desk.seatMap.freeSeats('business')].slice(0, 4).join(', ')}`);
