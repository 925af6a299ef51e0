'use strict';

const FACTORS = {
  electricity: { unit: 'kWh', kgPerUnit: 0.233 },
  gas: { unit: 'kWh', kgPerUnit: 0.184 },
  car: { unit: 'km', kgPerUnit: 0.171 },
  bus: { unit: 'km', kgPerUnit: 0.097 },
  train: { unit: 'km', kgPerUnit: 0.035 },
  flight: { unit: 'km', kgPerUnit: 0.246 },
  beef: { unit: 'kg', kgPerUnit: 27.0 },
  chicken: { unit: 'kg', kgPerUnit: 6.9 },
  vegetables: { unit: 'kg', kgPerUnit: 2.0 },
};

const CATEGORY = { electricity: 'home', gas: 'home', car: 'travel', bus: 'travel', train: 'travel', flight: 'travel', beef: 'food', chicken: 'food', vegetables: 'food' };

class UnknownActivityError extends Error {
  constructor(activity) { super(`unknown activity "${activity}"`); this.name = 'UnknownActivityError'; }
}

function parseEntry(line) {
  const m = line.trim().match(/^(\d{4})-(\d{2})-(\d{2})\s+(\w+)\s+([\d.]+)\s*(\w+)?(?:\s+#(.*))?$/);
  if (!m) return null;
  const [, y, mo, d, activity, amount, unit, note] = m;
  const factor = FACTORS[activity];
  if (!factor) throw new UnknownActivityError(activity);
  if (unit && unit !== factor.unit) throw new TypeError(`expected ${factor.unit} for ${activity}, got ${unit}`);
  return { month: `${y}-${mo}`, day: Number(d), activity, amount: parseFloat(amount), note: note?.trim() ?? '' };
}

const LOG = `
2024-03-02 electricity 210 kWh
2024-03-02 gas 480 kWh # cold snap
2024-03-05 car 42.5 km
2024-03-09 beef 1.2 kg
2024-03-11 train 180 km # conference
2024-03-15 chicken 2.5
2024-03-21 vegetables 6 kg
2024-03-28 bus 36 km
2024-04-01 electricity 185 kWh
2024-04-01 gas 300 kWh
2024-04-06 flight 1650 km # holiday
2024-04-10 car 120 km
2024-04-13 beef 0.8 kg
2024-04-19 scooter 12 km
2024-04-22 vegetables 7.5 kg
2024-04-25 car 15 miles
garbage line here
2024-04-30 train 64 km
`;

const entries = [];
const problems = [];
LOG.split('\n').filter(Boolean).forEach((line, idx) => {
  try {
    const e = parseEntry(line);
    if (e) entries.push({ ...e, kg: e.amount * FACTORS[e.activity].kgPerUnit });
    else problems.push(`line ${idx + 1}: unparseable`);
  } catch (err) {
    problems.push(`line ${idx + 1}: ${err.name}: ${err.message}`);
  }
});

const months = [...new Set(entries.map(e => e.month))];
const fmt = (kg, width = 8) => kg.toFixed(1).padStart(width);

console.log(`Parsed ${entries.length} entries, ${problems.length} problems`);
problems.forEach(p => console.log(`  ! ${p}`));

for (const month of months) {
  const rows = entries.filter(e => e.month === month);
  const byCategory = rows.reduce((acc, { activity, kg }) => {
    const cat = CATEGORY[activity];
    acc[cat] = (acc[cat] ?? 0) + kg;
    return acc;
  }, {});
  const total = Object.values(byCategory).reduce((a, b) => a + b, 0);
  console.log(`== ${month} total ${total.toFixed(1)} kg CO2e ==`);
  for (const cat of ['home', 'travel', 'food']) {
    const kg = byCategory[cat] ?? 0;
    const share = total ? (kg / total) * 100 : 0;
    const bar = '\u2588'.repeat(Math.round(share / 5));
    console.log(`  ${cat.padEnd(7)}${fmt(kg)} kg ${share.toFixed(1).padStart(5)}% ${bar}`);
  }
  const worst = rows.reduce((w, e) => (e.kg > w.kg ? e : w));
  console.log(`  largest: ${worst.activity} on day ${worst.day} (${worst.kg.toFixed(2)} kg)${worst.note ? ` - ${worst.note}` : ''}`);
}

const travel = entries.filter(e => CATEGORY[e.activity] === 'travel');
const km = travel.reduce((s, e) => s + e.amount, 0);
const travelKg = travel.reduce((s, e) => s + e.kg, 0);
console.log(`Travel: ${km.toFixed(1)} km, avg ${(travelKg / km * 1000).toFixed(1)} g/km`);
const carKm = travel.filter(e => e.activity === 'car').reduce((s, e) => s + e.amount, 0);
const saved = carKm * (FACTORS.car.kgPerUnit - FACTORS.train.kgPerUnit);
console.log(`Switching ${carKm} car km to train would save ${saved.toFixed(2)} kg`);
const notes = entries.filter(e => e.note).map(({ month, day, note }) => ({ date: `${month}-${String(day).padStart(2, '0')}`, note }));
console.log(JSON.stringify(notes));
const ranked = Object.entries(entries.reduce((acc, e) => ({ ...acc, [e.activity]: (acc[e.activity] ?? 0) + e.kg }), {}))
  .sort(([, a], [, b]) => b - a).slice(0, 3);
console.log('Top activities: ' + ranked.map(([a, kg]) => `${a}=${Math.round(kg)}`).join(', '));
