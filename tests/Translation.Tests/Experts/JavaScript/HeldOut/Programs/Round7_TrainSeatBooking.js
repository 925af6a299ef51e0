// Train seat booking: coaches, seat maps, segment-based availability, and booking errors.
class BookingError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'BookingError';
    this.code = code;
  }
}
class SeatTakenError extends BookingError {
  constructor(seat, segment) {
    super('SEAT_TAKEN', `seat ${seat} already booked on ${segment}`);
    this.name = 'SeatTakenError';
    this.seat = seat;
  }
}

const STOPS = ['Paris', 'Lyon', 'Valence', 'Avignon', 'Marseille'];

class Coach {
  constructor(label, rows, layout = 'AB_CD', firstClass = false) {
    this.label = label;
    this.firstClass = firstClass;
    this.seats = [];
    for (let r = 1; r <= rows; r++) {
      for (const letter of layout.replace('_', '')) this.seats.push(`${label}${r}${letter}`);
    }
    this.layout = layout;
    this.rows = rows;
  }
  isWindow(seat) {
    const letter = seat.at(-1);
    return letter === this.layout[0] || letter === this.layout.at(-1);
  }
}

class Train {
  #bookings = new Map(); // seat -> array of {from, to, ref}
  static #refCounter = 0;
  constructor(number, coaches) {
    this.number = number;
    this.coaches = coaches;
  }
  static legIndex(stop) {
    const i = STOPS.indexOf(stop);
    if (i < 0) throw new BookingError('BAD_STOP', `unknown stop "${stop}"`);
    return i;
  }
  coachOf(seat) {
    return this.coaches.find(c => c.seats.includes(seat));
  }
  isFree(seat, from, to) {
    return (this.#bookings.get(seat) ?? []).every(b => b.to <= from || b.from >= to);
  }
  book({ passenger, from, to, seat = null, prefer = 'any', firstClass = false }) {
    const [a, b] = [Train.legIndex(from), Train.legIndex(to)];
    if (a >= b) throw new BookingError('BAD_ROUTE', `${from} -> ${to} runs backwards or is empty`);
    if (!passenger?.trim()) throw new BookingError('NO_NAME', 'passenger name required');
    let chosen = seat;
    if (chosen) {
      const coach = this.coachOf(chosen);
      if (!coach) throw new BookingError('NO_SEAT', `seat ${chosen} does not exist on train ${this.number}`);
      if (!this.isFree(chosen, a, b)) throw new SeatTakenError(chosen, `${from}-${to}`);
    } else {
      const candidates = this.coaches
        .filter(c => c.firstClass === firstClass)
        .flatMap(c => c.seats.map(s => ({ s, c })))
        .filter(({ s }) => this.isFree(s, a, b));
      const preferred = candidates.find(({ s, c }) => (prefer === 'window' ? c.isWindow(s) : prefer === 'aisle' ? !c.isWindow(s) : true));
      chosen = (preferred ?? candidates[0])?.s;
      if (!chosen) throw new BookingError('SOLD_OUT', `no ${firstClass ? 'first' : 'second'} class seat ${from}-${to}`);
    }
    const ref = `${this.number}-${(++Train.#refCounter).toString().padStart(4, '0')}`;
    const list = this.#bookings.get(chosen) ?? [];
    list.push({ from: a, to: b, ref, passenger });
    this.#bookings.set(chosen, list);
    return { ref, seat: chosen, legs: b - a };
  }
  occupancyByLeg() {
    const counts = new Array(STOPS.length - 1).fill(0);
    for (const list of this.#bookings.values()) {
      for (const { from, to } of list) for (let i = from; i < to; i++) counts[i]++;
    }
    return counts;
  }
  seatMap(coachLabel, legIdx) {
    const coach = this.coaches.find(c => c.label === coachLabel);
    const lines = [];
    for (let r = 1; r <= coach.rows; r++) {
      const row = [...coach.layout].map(ch => {
        if (ch === '_') return ' ';
        return this.isFree(`${coach.label}${r}${ch}`, legIdx, legIdx + 1) ? ch.toLowerCase() : 'X';
      });
      lines.push(`  ${String(r).padStart(2)} ${row.join('')}`);
    }
    return lines.join('\n');
  }
}

const train = new Train('TGV6111', [new Coach('F', 2, 'A_BC', true), new Coach('S', 4)]);
const requests = [
  { passenger: 'M. Durand', from: 'Paris', to: 'Marseille', prefer: 'window' },
  { passenger: 'L. Petit', from: 'Paris', to: 'Lyon', seat: 'S1B' },
  { passenger: 'K. Haddad', from: 'Lyon', to: 'Avignon', seat: 'S1B' },
  { passenger: 'A. Roux', from: 'Valence', to: 'Marseille', seat: 'S1B' },
  { passenger: 'J. Blanc', from: 'Paris', to: 'Valence', firstClass: true, prefer: 'aisle' },
  { passenger: 'R. Moreau', from: 'Avignon', to: 'Lyon' },
  { passenger: '  ', from: 'Paris', to: 'Lyon' },
  { passenger: 'T. Girard', from: 'Paris', to: 'Nice' },
  { passenger: 'E. Faure', from: 'Lyon', to: 'Marseille', seat: 'S9Z' },
  ...['P1', 'P2', 'P3', 'P4', 'P5', 'P6'].map(p => ({ passenger: p, from: 'Paris', to: 'Avignon', firstClass: true })),
];
const stats = { ok: 0, failed: {} };
for (const req of requests) {
  try {
    const { ref, seat, legs } = train.book(req);
    stats.ok++;
    console.log(`OK   ${ref} ${req.passenger.padEnd(10)} ${seat.padEnd(4)} ${req.from}->${req.to} (${legs} leg${legs > 1 ? 's' : ''})`);
  } catch (err) {
    if (!(err instanceof BookingError)) throw err;
    stats.failed[err.code] = (stats.failed[err.code] ?? 0) + 1;
    const extra = err instanceof SeatTakenError ? ` [try another than ${err.seat}]` : '';
    console.log(`FAIL ${err.name}/${err.code}: ${err.message}${extra}`);
  }
}
console.log(`Summary: ${JSON.stringify(stats)}`);
train.occupancyByLeg().forEach((n, i) => console.log(`  ${STOPS[i]} -> ${STOPS[i + 1]}: ${'*'.repeat(n)} ${n}`));
console.log('Coach S seat map Lyon->Valence (X = taken):');
console.log(train.seatMap('S', Train.legIndex('Lyon')));
