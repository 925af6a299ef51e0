// Hotel housekeeping rota: assigns rooms to attendants balancing workload.
class RotaError extends Error {
  constructor(message, roomNumber) {
    super(message);
    this.name = 'RotaError';
    this.roomNumber = roomNumber;
  }
}

const CLEAN_MINUTES = { checkout: 45, stayover: 20, deep: 90, inspect: 10 };

class Room {
  static #count = 0;
  constructor(number, { floor = Math.floor(number / 100), status = 'stayover', vip = false } = {}) {
    if (!(status in CLEAN_MINUTES)) throw new RotaError(`Unknown status "${status}"`, number);
    this.number = number;
    this.floor = floor;
    this.status = status;
    this.vip = vip;
    Room.#count++;
  }
  get minutes() {
    const base = CLEAN_MINUTES[this.status];
    return this.vip ? Math.round(base * 1.25) : base;
  }
  static get created() { return Room.#count; }
  toString() { return `${this.number}${this.vip ? '*' : ''}(${this.status[0].toUpperCase()})`; }
}

class Attendant {
  #assigned = [];
  constructor(name, shiftMinutes = 240, floors = []) {
    this.name = name;
    this.shiftMinutes = shiftMinutes;
    this.floors = new Set(floors);
  }
  get load() { return this.#assigned.reduce((sum, r) => sum + r.minutes, 0); }
  get remaining() { return this.shiftMinutes - this.load; }
  get rooms() { return [...this.#assigned]; }
  canTake(room) {
    const floorOk = this.floors.size === 0 || this.floors.has(room.floor);
    return floorOk && room.minutes <= this.remaining;
  }
  assign(room) {
    if (!this.canTake(room)) throw new RotaError(`${this.name} cannot take room`, room.number);
    this.#assigned.push(room);
  }
}

class Rota {
  constructor(attendants) {
    this.attendants = attendants;
    this.unassigned = [];
  }
  build(rooms) {
    const ordered = [...rooms].sort((a, b) => (b.vip - a.vip) || (b.minutes - a.minutes) || (a.number - b.number));
    for (const room of ordered) {
      const candidates = this.attendants.filter((a) => a.canTake(room));
      if (candidates.length === 0) {
        this.unassigned.push(room);
        continue;
      }
      candidates.sort((a, b) => b.remaining - a.remaining || a.name.localeCompare(b.name));
      candidates[0].assign(room);
    }
    return this;
  }
  *entries() {
    for (const a of this.attendants) {
      yield [a.name, a.rooms.sort((x, y) => x.number - y.number), a.load, a.remaining];
    }
  }
  summary() {
    const byFloor = new Map();
    for (const a of this.attendants) {
      for (const r of a.rooms) byFloor.set(r.floor, (byFloor.get(r.floor) ?? 0) + 1);
    }
    return Object.fromEntries([...byFloor].sort(([a], [b]) => a - b));
  }
}

function parseBoard(text) {
  const rooms = [];
  const errors = [];
  for (const line of text.trim().split('\n')) {
    const m = line.trim().match(/^(\d{3})\s+(\w+)(\s+vip)?$/i);
    if (!m) { errors.push(`bad line: "${line.trim()}"`); continue; }
    const [, num, status, vip] = m;
    try {
      rooms.push(new Room(parseInt(num, 10), { status: status.toLowerCase(), vip: Boolean(vip) }));
    } catch (e) {
      if (e instanceof RotaError) errors.push(`${e.name} at ${e.roomNumber}: ${e.message}`);
      else throw e;
    }
  }
  return { rooms, errors };
}

// ---- main ----
const board = ['101 checkout', '102 stayover', '103 deep VIP', '104 checkout', '201 stayover vip',
  '202 checkout', '203 inspect', '204 repaint', '205 deep', '301 checkout VIP', '302 stayover',
  '303 stayover', '3x4 checkout', '305 checkout', '306 deep'].join('\n');
const { rooms, errors } = parseBoard(board);
console.log(`Parsed ${rooms.length} rooms (${Room.created} constructed), ${errors.length} errors`);
errors.forEach((e) => console.log(`  ! ${e}`));

function report(title, staff) {
  const rota = new Rota(staff).build(rooms);
  console.log(`--- ${title} ---`);
  for (const [name, list, load, remaining] of rota.entries()) {
    const pct = ((load / (load + remaining)) * 100).toFixed(1);
    console.log(`${name.padEnd(7)} ${String(load).padStart(3)} min (${pct}%) -> ${list.join(' ') || '(none)'}`);
  }
  console.log(`Unassigned: ${rota.unassigned.map(String).join(', ') || 'none'}`);
  console.log('Rooms per floor:', JSON.stringify(rota.summary()));
  const busiest = staff.reduce((best, a) => (a.load > best.load ? a : best));
  console.log(`Busiest: ${busiest.name}; all within shift: ${staff.every((a) => a.remaining >= 0)}`);
}

report('Full team', [new Attendant('Maria', 240, [1, 2]), new Attendant('Tomasz', 240),
  new Attendant('Aiko', 180, [3]), new Attendant('Femi', 120)]);
report('Femi off sick', [new Attendant('Maria', 240, [1, 2]), new Attendant('Tomasz', 200),
  new Attendant('Aiko', 180, [3])]);

console.log('--- Room detail ---');
for (const r of rooms.filter((x) => x.minutes >= 45)) {
  console.log(`${r.toString().padEnd(10)} floor ${r.floor} ${r.minutes} min`);
}
const totalMinutes = rooms.reduce((s, r) => s + r.minutes, 0);
console.log(`Total workload ${totalMinutes} min, ${(totalMinutes / 60).toFixed(2)} h`);
