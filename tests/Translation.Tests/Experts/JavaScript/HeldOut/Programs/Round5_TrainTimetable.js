// Train timetable: parses service definitions, prints departure boards and finds
// earliest-arrival journeys with transfers using a connection scan.

const toMinutes = (hhmm) => {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!match) throw new SyntaxError(`Bad time "${hhmm}"`);
  const [, h, m] = match.map(Number);
  return h * 60 + m;
};
const fmt = (mins) => `${String(Math.floor(mins / 60) % 24).padStart(2, '0')}:${String(mins % 60).padStart(2, '0')}`;

class Service {
  static #count = 0;
  constructor(id, kind, stops) {
    this.id = id;
    this.kind = kind;
    this.stops = stops.map(([station, time]) => ({ station, time: toMinutes(time) }));
    Service.#count++;
  }
  static get count() { return Service.#count; }
  get origin() { return this.stops[0].station; }
  get terminus() { return this.stops.at(-1).station; }
  get duration() { return this.stops.at(-1).time - this.stops[0].time; }
  *legs() {
    for (let i = 0; i + 1 < this.stops.length; i++) {
      yield { service: this, from: this.stops[i], to: this.stops[i + 1] };
    }
  }
}

class Timetable {
  constructor(transferMinutes = 5) {
    this.services = [];
    this.transferMinutes = transferMinutes;
  }
  parse(text) {
    for (const line of text.trim().split('\n')) {
      const match = line.trim().match(/^(?<id>\w+)(?:\s+(?<kind>\w+))?:\s*(?<route>.+)$/);
      if (!match) throw new SyntaxError(`Bad service line "${line.trim()}"`);
      const { id, kind = 'local', route } = match.groups;
      const stops = route.split(/\s*,\s*/).map((s) => s.split('@').map((x) => x.trim()));
      this.services.push(new Service(id, kind, stops));
    }
    return this;
  }
  get stations() {
    return [...new Set(this.services.flatMap((s) => s.stops.map((st) => st.station)))].sort();
  }
  board(station, after, limit = 4) {
    return this.services
      .flatMap((s) => s.stops.slice(0, -1).filter((st) => st.station === station && st.time >= after)
        .map((st) => ({ id: s.id, kind: s.kind, time: st.time, to: s.terminus })))
      .sort((a, b) => a.time - b.time || a.id.localeCompare(b.id))
      .slice(0, limit);
  }
  journey(from, to, departAfter) {
    const connections = this.services.flatMap((s) => [...s.legs()]).sort((a, b) => a.from.time - b.from.time);
    const best = new Map([[from, { time: departAfter, via: null }]]);
    for (const conn of connections) {
      const here = best.get(conn.from.station);
      if (!here) continue;
      const sameTrain = here.via?.service === conn.service;
      const ready = sameTrain ? here.time : here.time + (here.via ? this.transferMinutes : 0);
      if (conn.from.time < ready) continue;
      const current = best.get(conn.to.station);
      if (!current || conn.to.time < current.time) {
        best.set(conn.to.station, { time: conn.to.time, via: conn, prev: conn.from.station });
      }
    }
    if (!best.has(to)) return null;
    const legs = [];
    for (let st = to; st !== from; st = best.get(st).prev) legs.unshift(best.get(st).via);
    const merged = legs.reduce((out, leg) => {
      const last = out.at(-1);
      if (last?.service === leg.service) last.to = leg.to;
      else out.push({ ...leg });
      return out;
    }, []);
    return { arrive: best.get(to).time, legs: merged };
  }
}

// ---- main ----
const tt = new Timetable(4).parse(`
  R101 regional: Ashford@06:40, Brindle@07:05, Carrow@07:30, Dunmore@08:10
  X7 express: Ashford@07:00, Carrow@07:38, Elmsby@08:05
  L21: Brindle@07:10, Fenwick@07:35, Dunmore@07:58
  L22: Carrow@07:44, Dunmore@08:02, Gale@08:30
  R103 regional: Ashford@07:40, Brindle@08:05, Carrow@08:30, Dunmore@09:10
  X9 express: Elmsby@08:15, Gale@08:50
`);
console.log(`Loaded ${Service.count} services covering ${tt.stations.length} stations: ${tt.stations.join(', ')}`);
for (const s of tt.services) {
  console.log(`  ${s.id.padEnd(5)} ${s.kind.padEnd(9)} ${s.origin} -> ${s.terminus} (${s.duration} min, ${s.stops.length} stops)`);
}

for (const [station, after] of [['Ashford', '06:30'], ['Carrow', '07:35']]) {
  console.log(`\nDepartures from ${station} after ${after}:`);
  for (const { id, kind, time, to } of tt.board(station, toMinutes(after))) {
    console.log(`  ${fmt(time)}  ${id.padEnd(5)} ${to.padEnd(8)} ${kind === 'express' ? 'EXPRESS' : ''}`.trimEnd());
  }
}

const queries = [['Ashford', 'Dunmore', '06:30'], ['Ashford', 'Gale', '06:30'], ['Brindle', 'Gale', '07:00'], ['Gale', 'Ashford', '06:00'], ['Ashford', 'Dunmore', '7:1']];
for (const [from, to, at] of queries) {
  try {
    const result = tt.journey(from, to, toMinutes(at));
    console.log(`\n${from} -> ${to} leaving after ${at}:`);
    if (!result) { console.log('  no connection'); continue; }
    result.legs.forEach(({ service, from: a, to: b }) =>
      console.log(`  ${service.id.padEnd(5)} ${a.station}@${fmt(a.time)} -> ${b.station}@${fmt(b.time)}`));
    console.log(`  arrive ${fmt(result.arrive)} with ${result.legs.length - 1} transfer(s)`);
  } catch (err) {
    console.log(`\n${err.name}: ${err.message}`);
  }
}
