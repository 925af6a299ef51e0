// Thermostat simulation in tenths of a degree: schedules, hysteresis and energy use.

class ConfigError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ConfigError';
  }
}

const fmtTemp = (tenths) => `${tenths < 0 ? '-' : ''}${Math.floor(Math.abs(tenths) / 10)}.${Math.abs(tenths) % 10}C`;
const parseTemp = (text) => {
  const m = /^(-?)(\d{1,2})(?:\.(\d))?$/.exec(text);
  if (!m) throw new ConfigError(`bad temperature "${text}"`);
  const value = Number(m[2]) * 10 + Number(m[3] ?? 0);
  return m[1] ? -value : value;
};

class Thermostat {
  static MIN = 50;
  static MAX = 300;
  #target = 200;
  mode = 'heat';
  heating = false;
  cooling = false;

  constructor(name, { band = 5, schedule = [] } = {}) {
    this.name = name;
    this.band = band;
    this.schedule = schedule
      .map(({ from, temp }) => ({ hour: Number(from.slice(0, 2)), temp: parseTemp(temp) }))
      .sort((a, b) => a.hour - b.hour);
  }

  get target() { return this.#target; }
  set target(value) {
    if (value < Thermostat.MIN || value > Thermostat.MAX) {
      throw new ConfigError(`${this.name}: target ${fmtTemp(value)} outside ${fmtTemp(Thermostat.MIN)}..${fmtTemp(Thermostat.MAX)}`);
    }
    this.#target = value;
  }

  targetAt(hour) {
    const active = this.schedule.filter((s) => s.hour <= hour).at(-1) ?? this.schedule.at(-1);
    return active?.temp ?? this.#target;
  }

  decide(indoor) {
    const { band } = this;
    switch (this.mode) {
      case 'off':
        this.heating = this.cooling = false;
        break;
      case 'heat':
        if (indoor <= this.target - band) this.heating = true;
        else if (indoor >= this.target + band) this.heating = false;
        break;
      case 'cool':
        if (indoor >= this.target + band) this.cooling = true;
        else if (indoor <= this.target - band) this.cooling = false;
        break;
      default:
        throw new ConfigError(`unknown mode ${this.mode}`);
    }
  }
}

class EcoThermostat extends Thermostat {
  constructor(name, opts) {
    super(name, opts);
    this.awayHours = new Set(opts.awayHours ?? []);
  }
  targetAt(hour) {
    const base = super.targetAt(hour);
    return this.awayHours.has(hour) ? base - 30 : base;
  }
}

class House {
  constructor(outdoor, { lossPerDegree = 8, heaterPower = 18 } = {}) {
    Object.assign(this, { outdoor, lossPerDegree, heaterPower });
  }

  *simulate(thermostat, startIndoor, hours = 24) {
    let indoor = startIndoor;
    for (let hour = 0; hour < hours; hour++) {
      thermostat.target = thermostat.targetAt(hour);
      thermostat.decide(indoor);
      const loss = Math.floor(((indoor - this.outdoor[hour]) * this.lossPerDegree) / 100);
      const gain = thermostat.heating ? this.heaterPower : thermostat.cooling ? -this.heaterPower : 0;
      indoor += gain - loss;
      yield { hour, indoor, target: thermostat.target, on: thermostat.heating || thermostat.cooling };
    }
  }
}

const outdoor = Array.from({ length: 24 }, (_, h) => 20 + Math.abs(12 - h) * -5 + 60);
const schedule = [{ from: '06:00', temp: '21' }, { from: '09:00', temp: '18.5' }, { from: '17:00', temp: '21.5' }, { from: '23:00', temp: '17' }];
const devices = [
  new Thermostat('Classic', { schedule }),
  new EcoThermostat('Eco', { schedule, band: 4, awayHours: [9, 10, 11, 12, 13, 14, 15] }),
];

const house = new House(outdoor);
const summaries = devices.map((dev) => {
  const rows = [...house.simulate(dev, 190)];
  const onHours = rows.filter((r) => r.on).length;
  const misses = rows.filter((r) => Math.abs(r.indoor - r.target) > 15).length;
  console.log(`${dev.name}: heater on ${onHours}h, ${misses}h more than 1.5C off target`);
  rows.filter((r) => r.hour % 3 === 0).forEach(({ hour, indoor, target, on }) => {
    console.log(`  ${String(hour).padStart(2, '0')}:00 out ${fmtTemp(outdoor[hour]).padStart(5)} in ${fmtTemp(indoor).padStart(5)} set ${fmtTemp(target).padStart(5)} ${on ? 'ON' : '--'}`);
  });
  return { name: dev.name, onHours };
});
const [classic, eco] = summaries;
console.log(`Eco saves ${classic.onHours - eco.onHours} heater hours (${((1 - eco.onHours / classic.onHours) * 100).toFixed(1)}%)`);

const cooler = new Thermostat('Summer', { band: 4 });
cooler.mode = 'cool';
cooler.target = 240;
const hot = new House(outdoor.map((t) => t + 220), { heaterPower: 20 });
const coolRows = [...hot.simulate(cooler, 260, 8)];
console.log('Cooling: ' + coolRows.map((r) => `${fmtTemp(r.indoor)}${r.on ? '*' : ''}`).join(' '));

for (const bad of [() => { cooler.target = 350; }, () => parseTemp('21,5'), () => { cooler.mode = 'turbo'; cooler.decide(200); }]) {
  try {
    bad();
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
