'use strict';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MINUTES_PER_DAY = 24 * 60;

class CronSyntaxError extends Error {
  constructor(expr, reason) {
    super(`invalid cron "${expr}": ${reason}`);
    this.name = 'CronSyntaxError';
  }
}

class Field {
  constructor(name, min, max, aliases = []) {
    Object.assign(this, { name, min, max, aliases });
  }

  parse(text) {
    const values = new Set();
    for (const part of text.split(',')) {
      const [rangeText, stepText] = part.split('/');
      const step = stepText === undefined ? 1 : Number(stepText);
      if (!Number.isInteger(step) || step < 1) throw new Error(`bad step "${stepText}" in ${this.name}`);
      let [lo, hi] = [this.min, this.max];
      if (rangeText !== '*') {
        [lo, hi = lo] = rangeText.split('-').map((t) => this.#value(t));
        if (stepText !== undefined && !rangeText.includes('-')) hi = this.max;
      }
      if (lo > hi) throw new Error(`empty range ${rangeText} in ${this.name}`);
      for (let v = lo; v <= hi; v += step) values.add(v);
    }
    return values;
  }

  #value(token) {
    const alias = this.aliases.indexOf(token.slice(0, 3).toLowerCase());
    const v = alias >= 0 ? alias + this.min : Number(token);
    if (!Number.isInteger(v) || v < this.min || v > this.max) {
      throw new Error(`${this.name} value "${token}" out of ${this.min}-${this.max}`);
    }
    return v;
  }
}

class CronJob {
  static FIELDS = [
    new Field('minute', 0, 59),
    new Field('hour', 0, 23),
    new Field('weekday', 1, 7, DAY_NAMES.map((d) => d.toLowerCase())),
  ];

  constructor(name, expr) {
    this.name = name;
    this.expr = expr;
    const parts = expr.trim().split(/\s+/);
    if (parts.length !== CronJob.FIELDS.length) {
      throw new CronSyntaxError(expr, `expected ${CronJob.FIELDS.length} fields, got ${parts.length}`);
    }
    try {
      [this.minutes, this.hours, this.days] = parts.map((p, i) => CronJob.FIELDS[i].parse(p));
    } catch (err) {
      throw new CronSyntaxError(expr, err.message);
    }
  }

  matches(t) {
    const day = Math.floor(t / MINUTES_PER_DAY) % 7 + 1;
    const hour = Math.floor((t % MINUTES_PER_DAY) / 60);
    return this.days.has(day) && this.hours.has(hour) && this.minutes.has(t % 60);
  }

  *upcoming(from, limit = Infinity) {
    for (let t = from, found = 0; t < from + 7 * MINUTES_PER_DAY && found < limit; t++) {
      if (this.matches(t)) {
        found++;
        yield t;
      }
    }
  }

  get runsPerWeek() { return this.minutes.size * this.hours.size * this.days.size; }
}

const fmt = (t) => {
  const w = t % (7 * MINUTES_PER_DAY);
  const day = DAY_NAMES[Math.floor(w / MINUTES_PER_DAY)];
  const hh = String(Math.floor((w % MINUTES_PER_DAY) / 60)).padStart(2, '0');
  return `${day} ${hh}:${String(w % 60).padStart(2, '0')}`;
};

const specs = [
  ['backup', '30 2 *'],
  ['report', '0 9 mon-fri'],
  ['cache-warm', '*/20 8-10 1,3,5'],
  ['payroll', '0 17 fri'],
  ['heartbeat', '*/15 * sat-sun'],
  ['broken-range', '0 25 *'], ['broken-count', '0 9'],
  ['broken-step', '*/0 * *'], ['broken-alias', '0 9 fun'],
];

const jobs = [];
for (const [name, expr] of specs) {
  try {
    jobs.push(new CronJob(name, expr));
  } catch (err) {
    console.log(`skip ${name}: ${err.message}`);
  }
}

const start = 3 * MINUTES_PER_DAY + 8 * 60 + 50; // Thu 08:50
console.log(`now: ${fmt(start)}`);
for (const job of jobs) {
  const next = [...job.upcoming(start, 3)].map(fmt);
  console.log(`${job.name.padEnd(11)} ${job.expr.padEnd(16)} x${String(job.runsPerWeek).padStart(3)}/wk next: ${next.join(', ')}`);
}

console.log('--- timeline until Sat 00:30 ---');
const end = 5 * MINUTES_PER_DAY + 30;
const timeline = jobs
  .flatMap((job) => [...job.upcoming(start)].filter((t) => t <= end).map((t) => ({ t, job: job.name })))
  .sort((a, b) => a.t - b.t || (a.job < b.job ? -1 : 1));
let lastDay = '';
for (const { t, job } of timeline) {
  const [day, time] = fmt(t).split(' ');
  if (day !== lastDay) console.log(`${day}:`);
  lastDay = day;
  console.log(`  ${time} ${job}`);
}
const perJob = timeline.reduce((acc, { job }) => ({ ...acc, [job]: (acc[job] ?? 0) + 1 }), {});
console.log(`${timeline.length} runs: ${JSON.stringify(perJob)}`);
