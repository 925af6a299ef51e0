// Conference room booking calendar: rooms with capacities, booking requests
// with overlap detection, automatic room suggestion, and a daily agenda view.

class BookingError extends Error {
  constructor(message, request) {
    super(message);
    this.name = 'BookingError';
    this.request = request;
  }
}

class ConflictError extends BookingError {
  constructor(request, existing) {
    super(`${request.room} busy ${fmt(existing.start)}-${fmt(existing.end)} (${existing.title})`, request);
    this.name = 'ConflictError';
    this.existing = existing;
  }
}

const toMinutes = (hhmm) => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new BookingError(`bad time "${hhmm}"`);
  return Number(m[1]) * 60 + Number(m[2]);
};
const fmt = (mins) => `${String(Math.floor(mins / 60)).padStart(2, '0')}:${String(mins % 60).padStart(2, '0')}`;

class Calendar {
  static OPEN = toMinutes('08:00');
  static CLOSE = toMinutes('18:00');
  #nextId = 1;

  constructor(rooms) {
    this.rooms = new Map(rooms.map(({ name, capacity, features = [] }) => [name, { capacity, features: new Set(features) }]));
    this.bookings = [];
  }

  overlaps(room, start, end, day) {
    return this.bookings.find((b) => b.room === room && b.day === day && start < b.end && b.start < end);
  }

  book({ title, day, from, to, people = 1, room, needs = [] }) {
    const start = toMinutes(from);
    const end = toMinutes(to);
    const request = { title, day, start, end, people, room, needs };
    if (end <= start) throw new BookingError(`"${title}" ends before it starts`, request);
    if (start < Calendar.OPEN || end > Calendar.CLOSE) throw new BookingError(`"${title}" outside office hours`, request);
    if (!room) {
      room = this.suggest(request);
      if (!room) throw new BookingError(`no room fits "${title}" (${people} people, ${needs.join('+') || 'no needs'})`, request);
      request.room = room;
    }
    const info = this.rooms.get(room);
    if (!info) throw new BookingError(`unknown room ${room}`, request);
    if (people > info.capacity) throw new BookingError(`${room} holds ${info.capacity}, "${title}" needs ${people}`, request);
    const clash = this.overlaps(room, start, end, day);
    if (clash) throw new ConflictError(request, clash);
    const booking = { id: this.#nextId++, ...request };
    this.bookings.push(booking);
    return booking;
  }

  suggest({ start, end, day, people, needs }) {
    const fits = [...this.rooms]
      .filter(([, { capacity, features }]) => capacity >= people && needs.every((n) => features.has(n)))
      .filter(([name]) => !this.overlaps(name, start, end, day))
      .sort(([, a], [, b]) => a.capacity - b.capacity);
    return fits[0]?.[0] ?? null;
  }

  cancel(id) {
    const idx = this.bookings.findIndex((b) => b.id === id);
    if (idx === -1) return false;
    this.bookings.splice(idx, 1);
    return true;
  }

  *agenda(day) {
    const todays = this.bookings.filter((b) => b.day === day).sort((a, b) => a.start - b.start || a.room.localeCompare(b.room));
    yield* todays;
  }

  utilization(day) {
    const open = Calendar.CLOSE - Calendar.OPEN;
    return Object.fromEntries(
      [...this.rooms.keys()].map((room) => {
        const used = this.bookings.filter((b) => b.day === day && b.room === room).reduce((s, b) => s + b.end - b.start, 0);
        return [room, `${Math.round((used / open) * 100)}%`];
      })
    );
  }
}

const cal = new Calendar([
  { name: 'Fjord', capacity: 4, features: ['tv'] },
  { name: 'Summit', capacity: 10, features: ['tv', 'video'] },
  { name: 'Atrium', capacity: 30, features: ['projector', 'video'] },
  { name: 'Nook', capacity: 2 },
]);

const requests = [
  { title: 'Standup', day: 'Mon', from: '09:00', to: '09:15', people: 8, room: 'Summit' },
  { title: 'Design review', day: 'Mon', from: '09:00', to: '10:30', people: 6, room: 'Summit' },
  { title: 'Design review', day: 'Mon', from: '09:30', to: '10:30', people: 6 },
  { title: '1:1 Dana/Lee', day: 'Mon', from: '10:00', to: '10:30', people: 2 },
  { title: 'All hands', day: 'Mon', from: '16:00', to: '17:30', people: 45 },
  { title: 'All hands', day: 'Mon', from: '16:00', to: '17:30', people: 28, needs: ['projector'] },
  { title: 'Vendor call', day: 'Mon', from: '10:15', to: '11:00', people: 3, needs: ['video'] },
  { title: 'Late sync', day: 'Mon', from: '17:30', to: '18:30', people: 3 },
  { title: 'Backwards', day: 'Mon', from: '14:00', to: '13:00' },
  { title: 'Sprint planning', day: 'Tue', from: '9:00', to: '11:30', people: 9, needs: ['tv'] },
  { title: 'Interview', day: 'Mon', from: '10:00', to: '11:00', people: 3, room: 'Fjord' },
  { title: 'Interview 2', day: 'Mon', from: '10:45', to: '11:30', people: 2, room: 'Boardroom' },
  { title: 'Lunch & learn', day: 'Mon', from: '12:00', to: '13:00', people: 12, room: 'Summit' },
];

const outcomes = { booked: 0, conflict: 0, rejected: 0 };
for (const req of requests) {
  try {
    const b = cal.book(req);
    outcomes.booked++;
    console.log(`#${b.id} OK   ${b.day} ${fmt(b.start)}-${fmt(b.end)} ${b.room.padEnd(7)} ${b.title}`);
  } catch (err) {
    if (!(err instanceof BookingError)) throw err;
    const kind = err instanceof ConflictError ? 'conflict' : 'rejected';
    outcomes[kind]++;
    console.log(`   ${kind === 'conflict' ? 'BUSY' : 'FAIL'} ${err.message}`);
  }
}
console.log(`Cancel #1: ${cal.cancel(1)}, cancel #99: ${cal.cancel(99)}`);
const retry = cal.book({ title: 'Design review (moved)', day: 'Mon', from: '09:00', to: '09:30', people: 6, room: 'Summit' });
console.log(`Rebooked as #${retry.id} in ${retry.room}`);

for (const day of ['Mon', 'Tue']) {
  console.log(`\n== Agenda ${day} ==`);
  for (const { start, end, room, title, people } of cal.agenda(day)) {
    console.log(`  ${fmt(start)}-${fmt(end)}  ${room.padEnd(7)} ${title} (${people})`);
  }
  console.log(`  utilization: ${JSON.stringify(cal.utilization(day))}`);
}
console.log(`\nSummary: ${Object.entries(outcomes).map(([k, v]) => `${k}=${v}`).join(', ')}`);
