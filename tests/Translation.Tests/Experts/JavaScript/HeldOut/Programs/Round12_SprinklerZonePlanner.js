// Sprinkler irrigation zone planner: allocates watering windows under a flow budget.
class IrrigationError extends Error {
  constructor(message, zone) {
    super(message);
    this.name = 'IrrigationError';
    this.zone = zone;
  }
}

class Zone {
  static #count = 0;
  static PLANT_FACTORS;
  static {
    Zone.PLANT_FACTORS = Object.freeze({ turf: 0.8, shrubs: 0.5, veggies: 1.0, succulents: 0.2 });
  }
  #moisture;
  constructor({ name, plant = 'turf', areaM2, heads = [], moisture = 50 }) {
    if (!(plant in Zone.PLANT_FACTORS)) throw new IrrigationError(`Unknown plant type "${plant}"`, name);
    this.id = ++Zone.#count;
    this.name = name;
    this.plant = plant;
    this.areaM2 = areaM2;
    this.heads = heads;
    this.#moisture = moisture;
  }
  get flowLpm() {
    return this.heads.reduce((sum, { lpm, count = 1 }) => sum + lpm * count, 0);
  }
  get moisture() { return this.#moisture; }
  set moisture(v) { this.#moisture = Math.max(0, Math.min(100, Math.round(v))); }
  // liters needed to reach target, based on evapotranspiration (mm) and plant factor
  litersNeeded(etMm) {
    const deficit = Math.max(0, 70 - this.#moisture) / 100;
    return Math.ceil(etMm * Zone.PLANT_FACTORS[this.plant] * this.areaM2 * (0.5 + deficit));
  }
  minutesFor(liters) {
    if (this.flowLpm === 0) throw new IrrigationError(`Zone ${this.name} has no heads`, this.name);
    return Math.ceil(liters / this.flowLpm);
  }
}

function* timeSlots(startMin, endMin, step) {
  for (let t = startMin; t < endMin; t += step) yield t;
}

const fmtTime = (m) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

class Planner {
  #zones = new Map();
  #maxFlow;
  constructor(maxFlowLpm) { this.#maxFlow = maxFlowLpm; }
  add(zone) { this.#zones.set(zone.name, zone); return this; }
  get size() { return this.#zones.size; }
  plan(etMm, window = { start: 300, end: 420 }) {
    const { start, end } = window;
    const jobs = [...this.#zones.values()]
      .map((z) => {
        const liters = z.litersNeeded(etMm);
        return { zone: z, liters, minutes: liters > 0 ? z.minutesFor(liters) : 0 };
      })
      .filter((j) => j.minutes > 0)
      .sort((a, b) => b.zone.flowLpm - a.zone.flowLpm || a.zone.name.localeCompare(b.zone.name));
    const schedule = [];
    const usage = new Map();
    const pending = [...jobs];
    outer: for (const t of timeSlots(start, end, 5)) {
      for (let i = 0; i < pending.length; i++) {
        const job = pending[i];
        let fits = true;
        for (let k = t; k < t + job.minutes; k += 5) {
          if ((usage.get(k) ?? 0) + job.zone.flowLpm > this.#maxFlow || k >= end) { fits = false; break; }
        }
        if (!fits) continue;
        for (let k = t; k < t + job.minutes; k += 5) usage.set(k, (usage.get(k) ?? 0) + job.zone.flowLpm);
        schedule.push({ ...job, start: t });
        pending.splice(i, 1);
        i--;
        if (pending.length === 0) break outer;
      }
    }
    return { schedule, unscheduled: pending.map((p) => p.zone.name), peak: Math.max(0, ...usage.values()) };
  }
}

const planner = new Planner(60);
const zoneSpecs = [
  { name: 'FrontLawn', plant: 'turf', areaM2: 80, heads: [{ lpm: 8, count: 4 }], moisture: 35 },
  { name: 'Hedge', plant: 'shrubs', areaM2: 30, heads: [{ lpm: 4, count: 3 }], moisture: 55 },
  { name: 'VeggieBed', plant: 'veggies', areaM2: 12, heads: [{ lpm: 2, count: 6 }], moisture: 20 },
  { name: 'Rockery', plant: 'succulents', areaM2: 10, heads: [{ lpm: 3 }], moisture: 80 },
  { name: 'BackLawn', plant: 'turf', areaM2: 120, heads: [{ lpm: 10, count: 3 }], moisture: 40 },
];
for (const spec of zoneSpecs) planner.add(new Zone(spec));
console.log(`Zones registered: ${planner.size}`);

try {
  planner.add(new Zone({ name: 'Pond', plant: 'lilies', areaM2: 5 }));
} catch (e) {
  console.log(`${e.name}: ${e.message} (zone=${e.zone})`);
}

try {
  new Zone({ name: 'Dry', areaM2: 5 }).minutesFor(10);
} catch (e) {
  console.log(`Caught: ${e.message}`);
}

for (const et of [4, 7]) {
  const { schedule, unscheduled, peak } = planner.plan(et);
  console.log(`--- ET ${et} mm, peak flow ${peak} L/min ---`);
  for (const { zone, liters, minutes, start } of schedule) {
    console.log(`${fmtTime(start)}-${fmtTime(start + minutes)} ${zone.name.padEnd(10)} ${String(liters).padStart(5)} L ${zone.flowLpm} L/min`);
  }
  console.log(`Unscheduled: ${unscheduled.length ? unscheduled.join(', ') : 'none'}`);
  const total = schedule.reduce((s, j) => s + j.liters, 0);
  console.log(`Total water: ${total} L (${(total / 1000).toFixed(2)} m3)`);
}

const rock = new Zone({ name: 'Test', plant: 'succulents', areaM2: 1, heads: [{ lpm: 1 }] });
rock.moisture = 140;
console.log(`Clamped moisture high: ${rock.moisture}`);
rock.moisture = -7.6;
console.log(`Clamped moisture low: ${rock.moisture}`);
rock.moisture = 33.5;
console.log(`Rounded moisture: ${rock.moisture}, needs ${rock.litersNeeded(5)} L`);
console.log(JSON.stringify(Zone.PLANT_FACTORS));
console.log(`Frozen factors: ${Object.isFrozen(Zone.PLANT_FACTORS)}`);
console.log(`Slots 05:00-05:20: ${[...timeSlots(300, 320, 5)].map(fmtTime).join(' ')}`);
console.log(`Midnight wrap: ${fmtTime(1445)}`);
