// Weather station network: parse raw telemetry, validate, aggregate and flag anomalies.
class ReadingError extends Error {
  constructor(line, reason) { super(`line ${line}: ${reason}`); this.name = 'ReadingError'; this.line = line; }
}

const LINE_RE = /^(?<station>[A-Z]{3}\d)\s+(?<hh>\d{2}):(?<mm>\d{2})\s+T=(?<temp>-?\d+(?:\.\d+)?)C\s+H=(?<hum>\d+)%\s+W=(?<wind>\d+(?:\.\d+)?)(?<unit>kt|ms)$/;

class Reading {
  constructor({ station, minute, temp, humidity, windMs }) {
    Object.assign(this, { station, minute, temp, humidity, windMs });
  }
  get dewPoint() {
    const a = 17.27, b = 237.7;
    const alpha = (a * this.temp) / (b + this.temp) + Math.log(this.humidity / 100);
    return (b * alpha) / (a - alpha);
  }
  get feelsLike() {
    const kmh = this.windMs * 3.6;
    if (this.temp <= 10 && kmh > 4.8) {
      const v = kmh ** 0.16;
      return 13.12 + 0.6215 * this.temp - 11.37 * v + 0.3965 * this.temp * v;
    }
    return this.temp;
  }
  get time() {
    const h = String(Math.floor(this.minute / 60)).padStart(2, '0');
    return `${h}:${String(this.minute % 60).padStart(2, '0')}`;
  }
}

function parseTelemetry(text) {
  const readings = [], rejected = [];
  text.split('\n').forEach((raw, idx) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    try {
      const m = line.match(LINE_RE);
      if (!m) throw new ReadingError(idx + 1, 'malformed');
      const { station, hh, mm, temp, hum, wind, unit } = m.groups;
      const humidity = parseInt(hum, 10);
      if (humidity > 100) throw new ReadingError(idx + 1, `humidity ${humidity}% out of range`);
      const windMs = unit === 'kt' ? parseFloat(wind) * 0.514444 : parseFloat(wind);
      readings.push(new Reading({ station, minute: +hh * 60 + +mm, temp: parseFloat(temp), humidity, windMs }));
    } catch (err) {
      rejected.push(err.message);
    }
  });
  return { readings, rejected };
}

class StationStats {
  #temps = [];
  constructor(id) { this.id = id; this.maxWind = 0; this.humiditySum = 0; this.anomalies = []; }
  add(reading) {
    const prev = this.#temps.at(-1);
    if (prev !== undefined && Math.abs(reading.temp - prev) > 5) {
      this.anomalies.push(`${reading.time} jump ${prev} -> ${reading.temp}`);
    }
    this.#temps.push(reading.temp);
    this.maxWind = Math.max(this.maxWind, reading.windMs);
    this.humiditySum += reading.humidity;
  }
  get count() { return this.#temps.length; }
  get min() { return Math.min(...this.#temps); }
  get max() { return Math.max(...this.#temps); }
  get mean() { return this.#temps.reduce((a, b) => a + b, 0) / this.count; }
  get median() {
    const s = [...this.#temps].sort((a, b) => a - b), mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  }
  toJSON() {
    return { id: this.id, n: this.count, min: this.min, max: this.max, mean: +this.mean.toFixed(2), rh: Math.round(this.humiditySum / this.count) };
  }
}

function aggregate(readings) {
  const stations = new Map();
  const sorted = [...readings].sort((a, b) => a.station.localeCompare(b.station) || a.minute - b.minute);
  for (const r of sorted) {
    if (!stations.has(r.station)) stations.set(r.station, new StationStats(r.station));
    stations.get(r.station).add(r);
  }
  return stations;
}

function hourlyBuckets(readings) {
  const buckets = {};
  for (const r of readings) (buckets[Math.floor(r.minute / 60)] ??= []).push(r.temp);
  return Object.entries(buckets).map(([h, ts]) => [Number(h), ts.reduce((a, b) => a + b) / ts.length]);
}

// ---- main ----
const telemetry = `
# network feed 2024-03-02
OSL1 06:00 T=-2.5C H=88% W=12kt
OSL1 06:30 T=-1.0C H=85% W=14kt
BER2 06:00 T=4.2C H=76% W=3.5ms
OSL1 07:00 T=-0.5C H=80% W=9kt
BER2 06:30 T=4.8C H=74% W=4ms
BER2 07:00 T=11.3C H=70% W=4.2ms
MAD3 06:00 T=9.0C H=55% W=2ms
MAD3 06:45 T=10.5C H=52% W=1.5ms
MAD3 07:15 T=12.0C H=140% W=1ms
LIS4 06:10 temp=15C
MAD3 07:30 T=13.5C H=48% W=2.5ms
BER2 07:30 T=5.1C H=73% W=5ms
OSL1 05:30 T=-3.0C H=90% W=20kt
`;
const { readings, rejected } = parseTelemetry(telemetry);
console.log(`Accepted ${readings.length}, rejected ${rejected.length}`);
rejected.forEach((r) => console.log(`  rejected ${r}`));
const stats = aggregate(readings);
for (const s of stats.values()) {
  console.log(`${s.id}: n=${s.count} min=${s.min} max=${s.max} mean=${s.mean.toFixed(2)} median=${s.median.toFixed(2)} gust=${s.maxWind.toFixed(1)}m/s`);
  s.anomalies.forEach((a) => console.log(`  ! ${a}`));
}
console.log('JSON:', JSON.stringify([...stats.values()]));
for (const r of readings.filter((x) => x.minute <= 420).sort((a, b) => a.minute - b.minute || a.station.localeCompare(b.station))) {
  console.log(`${r.station} @${r.time} T=${r.temp.toFixed(1).padStart(5)} dew=${r.dewPoint.toFixed(1)} feels=${r.feelsLike.toFixed(1)}`);
}
for (const [hour, avg] of hourlyBuckets(readings)) console.log(`hour ${hour}: avg ${avg.toFixed(2)}C`);
const coldest = readings.reduce((a, b) => (b.feelsLike < a.feelsLike ? b : a));
console.log(`Coldest feel: ${coldest.station} ${coldest.time} ${coldest.feelsLike.toFixed(2)}C`);
