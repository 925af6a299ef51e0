'use strict';

class CronSyntaxError extends Error {
  constructor(field, token, detail) {
    super(`invalid ${field} field '${token}': ${detail}`);
    this.name = 'CronSyntaxError';
    this.field = field;
  }
}

const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'dayOfMonth', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, aliases: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] },
  { name: 'dayOfWeek', min: 0, max: 6, aliases: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
];
const MACROS = { '@hourly': '0 * * * *', '@daily': '0 0 * * *', '@weekly': '0 0 * * 0', '@monthly': '0 0 1 * *', '@yearly': '0 0 1 1 *' };

function parseField(text, { name, min, max, aliases = [] }) {
  const values = new Set();
  const resolve = tok => {
    const idx = aliases.indexOf(tok.toUpperCase());
    const n = idx >= 0 ? idx + min : Number(tok);
    if (!Number.isInteger(n)) throw new CronSyntaxError(name, text, `'${tok}' is not a number`);
    if (name === 'dayOfWeek' && n === 7) return 0;
    if (n < min || n > max) throw new CronSyntaxError(name, text, `${n} outside ${min}-${max}`);
    return n;
  };
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new CronSyntaxError(name, text, `bad step '${stepText}'`);
    let [lo, hi] = range === '*' ? [min, max] : range.split('-').map(resolve);
    hi ??= stepText === undefined ? lo : max;
    if (lo > hi) throw new CronSyntaxError(name, text, `range ${lo}-${hi} is reversed`);
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return { values: [...values].sort((a, b) => a - b), star: text === '*' };
}

class CronSchedule {
  #fields;
  constructor(expr) {
    this.expr = MACROS[expr] ?? expr;
    const parts = this.expr.trim().split(/\s+/);
    if (parts.length !== 5) throw new CronSyntaxError('expression', expr, `expected 5 fields, got ${parts.length}`);
    this.#fields = Object.fromEntries(FIELDS.map((f, i) => [f.name, parseField(parts[i], f)]));
  }
  get describe() {
    return Object.entries(this.#fields).map(([k, { values, star }]) => `${k}=${star ? '*' : values.join(',')}`).join(' ');
  }
  #dayMatches(d) {
    const { dayOfMonth: dom, dayOfWeek: dow } = this.#fields;
    const domOk = dom.values.includes(d.getUTCDate());
    const dowOk = dow.values.includes(d.getUTCDay());
    // classic cron: when both are restricted, either may match
    if (!dom.star && !dow.star) return domOk || dowOk;
    return domOk && dowOk;
  }
  *occurrences(startMs, endMs) {
    const { minute, hour, month } = this.#fields;
    const day = new Date(Date.UTC(new Date(startMs).getUTCFullYear(), new Date(startMs).getUTCMonth(), new Date(startMs).getUTCDate()));
    for (let t = day.getTime(); t < endMs; t += 86400000) {
      const d = new Date(t);
      if (!month.values.includes(d.getUTCMonth() + 1) || !this.#dayMatches(d)) continue;
      for (const h of hour.values) {
        for (const m of minute.values) {
          const ms = t + (h * 60 + m) * 60000;
          if (ms >= startMs && ms < endMs) yield new Date(ms);
        }
      }
    }
  }
  next(n, fromMs) {
    const out = [];
    for (const d of this.occurrences(fromMs, fromMs + 400 * 86400000)) {
      out.push(d);
      if (out.length === n) break;
    }
    return out;
  }
}

const DAY_NAMES = FIELDS[4].aliases;
const fmt = d => `${d.toISOString().slice(0, 16).replace('T', ' ')} ${DAY_NAMES[d.getUTCDay()].charAt(0)}${DAY_NAMES[d.getUTCDay()].slice(1).toLowerCase()}`;
const start = Date.UTC(2024, 1, 27, 22, 30); // 2024-02-27 22:30 (leap year)

const cases = [
  ['*/20 9-10 * * MON-FRI', 5],
  ['0 0 29 2 *', 2],
  ['15 14 1,15 * *', 4],
  ['0 12 13 * FRI', 4],
  ['@weekly', 3],
  ['30 23 L * *', 1],
  ['0 8 * JAN-MAR/2 7', 3],
];

for (const [expr, n] of cases) {
  try {
    const sched = new CronSchedule(expr);
    console.log(`${expr.padEnd(24)} => ${sched.describe}`);
    sched.next(n, start).forEach((d, i) => console.log(`   ${i + 1}. ${fmt(d)}`));
  } catch (e) {
    if (!(e instanceof CronSyntaxError)) throw e;
    console.log(`${expr.padEnd(24)} !! ${e.name}(${e.field}): ${e.message}`);
  }
}

// count occurrences within March 2024 per hour bucket
const marchStart = Date.UTC(2024, 2, 1), marchEnd = Date.UTC(2024, 3, 1);
const hist = new Map();
for (const d of new CronSchedule('0,30 8-17/3 * * 1-5').occurrences(marchStart, marchEnd)) {
  const key = String(d.getUTCHours()).padStart(2, '0');
  hist.set(key, (hist.get(key) ?? 0) + 1);
}
console.log('March weekday slots by hour:', JSON.stringify(Object.fromEntries(hist)));
console.log('total:', [...hist.values()].reduce((a, b) => a + b, 0));

for (const bad of ['61 * * * *', '* * * *', '5-1 * * * *', '*/0 * * * *', '0 0 * FOO *']) {
  try { new CronSchedule(bad); console.log('accepted', bad); }
  catch (e) { console.log(`reject '${bad}': ${e.message}`); }
}
