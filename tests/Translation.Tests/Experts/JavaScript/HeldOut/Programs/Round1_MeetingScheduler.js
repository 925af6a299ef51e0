// Schedules meetings into rooms using "HH:MM" time strings and reports conflicts.
class ScheduleError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ScheduleError';
  }
}
class TimeParseError extends ScheduleError {
  constructor(raw) {
    super(`Cannot parse time "${raw}"`);
    this.name = 'TimeParseError';
    this.raw = raw;
  }
}

const toMinutes = (raw) => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(raw.trim());
  if (!m) throw new TimeParseError(raw);
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) throw new TimeParseError(raw);
  return h * 60 + min;
};
const toClock = (mins) => {
  const h = Math.floor(mins / 60) % 24;
  const suffix = h < 12 ? 'am' : 'pm';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}:${String(mins % 60).padStart(2, '0')}${suffix}`;
};

class Meeting {
  constructor({ title, start, duration = 30, attendees = [], room = null }) {
    this.title = title;
    this.start = toMinutes(start);
    this.end = this.start + duration;
    this.attendees = attendees;
    this.room = room;
  }
  overlaps(other) {
    return this.start < other.end && other.start < this.end;
  }
  toString() {
    return `${toClock(this.start)}-${toClock(this.end)} ${this.title}`;
  }
}

class Scheduler {
  constructor(rooms) {
    this.rooms = new Map(rooms.map(({ name, capacity }) => [name, { capacity, booked: [] }]));
    this.log = [];
  }
  book(spec) {
    const meeting = new Meeting(spec);
    const size = meeting.attendees.length;
    const candidates = [...this.rooms.entries()]
      .filter(([, r]) => r.capacity >= size)
      .sort(([, a], [, b]) => a.capacity - b.capacity);
    if (!candidates.length) throw new ScheduleError(`No room fits ${size} people for "${meeting.title}"`);
    const busy = [...this.rooms.values()].flatMap((r) => r.booked)
      .filter((m) => m.overlaps(meeting) && m.attendees.some((a) => meeting.attendees.includes(a)));
    if (busy.length) {
      const who = [...new Set(busy.flatMap((m) => m.attendees.filter((a) => meeting.attendees.includes(a))))];
      throw new ScheduleError(`${who.join(', ')} double-booked by "${busy[0].title}"`);
    }
    const free = candidates.find(([, r]) => r.booked.every((m) => !m.overlaps(meeting)));
    if (!free) throw new ScheduleError(`All suitable rooms taken at ${toClock(meeting.start)}`);
    const [roomName, room] = free;
    meeting.room = roomName;
    room.booked.push(meeting);
    room.booked.sort((a, b) => a.start - b.start);
    return meeting;
  }
  freeSlots(roomName, dayStart = '08:00', dayEnd = '18:00') {
    const booked = this.rooms.get(roomName)?.booked ?? [];
    const slots = [];
    let cursor = toMinutes(dayStart);
    for (const m of booked) {
      if (m.start > cursor) slots.push([cursor, m.start]);
      cursor = Math.max(cursor, m.end);
    }
    if (cursor < toMinutes(dayEnd)) slots.push([cursor, toMinutes(dayEnd)]);
    return slots.map(([a, b]) => `${toClock(a)}-${toClock(b)} (${b - a}m)`);
  }
}

const scheduler = new Scheduler([
  { name: 'Huddle', capacity: 3 },
  { name: 'Board', capacity: 10 },
  { name: 'Atrium', capacity: 40 },
]);
const requests = [
  { title: 'Standup', start: '09:00', duration: 15, attendees: ['ana', 'ben', 'cy'] },
  { title: 'Design review', start: '09:30', duration: 60, attendees: ['ana', 'dee', 'eli', 'fay'] },
  { title: '1:1 ben/cy', start: '09:10', attendees: ['ben', 'cy'] },
  { title: 'Budget', start: '10:00', duration: 45, attendees: ['gus', 'hal'] },
  { title: 'Hiring sync', start: '10:15', attendees: ['eli', 'ivy'] },
  { title: 'Lunch talk', start: '12:00', duration: 90, attendees: Array.from({ length: 25 }, (_, i) => `p${i}`) },
  { title: 'All hands', start: '12:30', attendees: Array.from({ length: 50 }, (_, i) => `q${i}`) },
  { title: 'Late call', start: '25:00', attendees: ['ana'] },
  { title: 'Retro', start: '16:30', duration: 60, attendees: ['ana', 'ben'] },
  { title: 'Bug triage', start: '16:45', attendees: ['cy', 'dee'] },
  { title: 'Wrap-up', start: ' 17:00 ', duration: 20, attendees: ['fay'] },
];
for (const req of requests) {
  try {
    const m = scheduler.book(req);
    console.log(`BOOKED  ${m} in ${m.room}`);
  } catch (err) {
    const tag = err instanceof TimeParseError ? 'BADTIME' : err instanceof ScheduleError ? 'REJECT ' : 'ERROR  ';
    console.log(`${tag} ${req.title}: ${err.message}`);
  }
}
for (const [name, { capacity, booked }] of scheduler.rooms) {
  const minutes = booked.reduce((sum, m) => sum + (m.end - m.start), 0);
  console.log(`${name} (cap ${capacity}): ${booked.length} meetings, ${(minutes / 60).toFixed(2)}h used`);
  scheduler.freeSlots(name).forEach((slot) => console.log(`   free ${slot}`));
}
