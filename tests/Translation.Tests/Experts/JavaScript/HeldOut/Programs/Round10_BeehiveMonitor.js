'use strict';

class SensorError extends Error {
  constructor(hiveId, message) {
    super(`[hive ${hiveId}] ${message}`);
    this.name = 'SensorError';
    this.hiveId = hiveId;
  }
}

class Hive {
  #readings = [];
  static count = 0;
  static MAX_TEMP = 37.5;

  constructor(id, { apiary = 'Home', queenYear = 2022 } = {}) {
    this.id = id;
    this.apiary = apiary;
    this.queenYear = queenYear;
    Hive.count++;
  }

  record(reading) {
    const { day, weightKg, tempC, humidity = null } = reading;
    if (weightKg < 0 || weightKg > 150) throw new SensorError(this.id, `impossible weight ${weightKg}`);
    if (tempC > Hive.MAX_TEMP + 10) throw new SensorError(this.id, `probe fault ${tempC}C`);
    this.#readings.push({ day, weightKg, tempC, humidity });
  }

  get latest() { return this.#readings.at(-1) ?? null; }
  get size() { return this.#readings.length; }

  get netGain() {
    if (this.#readings.length < 2) return 0;
    return this.#readings.at(-1).weightKg - this.#readings[0].weightKg;
  }

  *dailyDeltas() {
    for (let i = 1; i < this.#readings.length; i++) {
      const prev = this.#readings[i - 1], cur = this.#readings[i];
      yield { day: cur.day, delta: +(cur.weightKg - prev.weightKg).toFixed(2) };
    }
  }

  alerts() {
    const out = [];
    for (const { day, delta } of this.dailyDeltas()) {
      if (delta <= -1.5) out.push(`day ${day}: possible swarm (${delta} kg)`);
    }
    const hot = this.#readings.filter(r => r.tempC > Hive.MAX_TEMP);
    if (hot.length) out.push(`overheating on days ${hot.map(r => r.day).join(',')}`);
    const humid = this.#readings.filter(r => (r.humidity ?? 0) > 80).length;
    if (humid >= 2) out.push(`high humidity on ${humid} days`);
    return out;
  }

  stats() {
    const temps = this.#readings.map(r => r.tempC);
    const avg = temps.reduce((a, b) => a + b, 0) / (temps.length || 1);
    return { min: Math.min(...temps), max: Math.max(...temps), avg };
  }
}

function seededRandom(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) / 16777216;
  };
}

const rand = seededRandom(7);
const hives = [
  new Hive('A1', { queenYear: 2023 }),
  new Hive('A2'),
  new Hive('B1', { apiary: 'Orchard', queenYear: 2021 }),
];

const errors = [];
for (const [index, hive] of hives.entries()) {
  let weight = 30 + index * 4;
  for (let day = 1; day <= 8; day++) {
    let change = Math.round((rand() * 2.4 - 0.6) * 100) / 100;
    if (hive.id === 'A2' && day === 5) change = -3.2;
    weight = Math.round((weight + change) * 100) / 100;
    const tempC = Math.round((34 + rand() * 4.5) * 10) / 10;
    const humidity = Math.floor(55 + rand() * 35);
    try {
      hive.record({ day, weightKg: hive.id === 'B1' && day === 6 ? -1 : weight, tempC, humidity });
    } catch (e) {
      if (e instanceof SensorError) errors.push(e.message);
      else throw e;
    }
  }
}

console.log(`Monitoring ${Hive.count} hives`);
for (const hive of hives) {
  const { min, max, avg } = hive.stats();
  const gain = hive.netGain;
  console.log(`${hive.id.padEnd(3)} ${hive.apiary.padEnd(8)} queen ${hive.queenYear} readings=${hive.size} ` +
    `net=${gain >= 0 ? '+' : ''}${gain.toFixed(2)}kg temp ${min}-${max} avg ${avg.toFixed(2)}`);
  const deltas = [...hive.dailyDeltas()].map(d => d.delta.toFixed(2).padStart(6));
  console.log(`    deltas:${deltas.join('')}`);
  for (const alert of hive.alerts()) console.log(`    ALERT ${alert}`);
}

console.log('Sensor errors:');
errors.forEach((msg, i) => console.log(`  ${i + 1}. ${msg}`));

const ranking = [...hives].sort((a, b) => b.netGain - a.netGain || a.id.localeCompare(b.id));
console.log('Ranking by honey gain: ' + ranking.map(h => h.id).join(' > '));
const summary = Object.fromEntries(hives.map(h => [h.id, { last: h.latest?.weightKg, alerts: h.alerts().length }]));
console.log(JSON.stringify(summary));
const byApiary = hives.reduce((acc, h) => {
  (acc[h.apiary] ??= []).push(h.id);
  return acc;
}, {});
console.log(`By apiary: ${Object.entries(byApiary).map(([k, v]) => `${k}=[${v}]`).join('; ')}`);
