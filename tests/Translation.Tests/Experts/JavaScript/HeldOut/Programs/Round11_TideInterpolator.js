'use strict';

class TideRangeError extends RangeError {
  constructor(minute, first, last) {
    super(`time ${TideTable.clock(minute)} is outside table ${TideTable.clock(first)}..${TideTable.clock(last)}`);
    this.name = 'TideRangeError';
  }
}

class TideTable {
  #events;
  static TWELFTHS = [1, 2, 3, 3, 2, 1];

  constructor(port, rows) {
    this.port = port;
    this.#events = rows
      .map(row => {
        const [, day, hh, mm, kind, h] = row.match(/^D(\d)\s+(\d{2}):(\d{2})\s+(HW|LW)\s+(-?\d+\.\d+)$/) ?? [];
        if (!kind) throw new SyntaxError(`bad tide row: ${row}`);
        return { t: (Number(day) - 1) * 1440 + Number(hh) * 60 + Number(mm), kind, h: parseFloat(h) };
      })
      .sort((a, b) => a.t - b.t);
    for (let i = 1; i < this.#events.length; i++) {
      if (this.#events[i].kind === this.#events[i - 1].kind) throw new SyntaxError(`two ${this.#events[i].kind} in a row at ${TideTable.clock(this.#events[i].t)}`);
    }
  }

  static clock(minute) {
    const day = Math.floor(minute / 1440) + 1;
    const inDay = ((minute % 1440) + 1440) % 1440;
    return `D${day} ${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
  }

  get range() { return [this.#events[0].t, this.#events.at(-1).t]; }
  get events() { return this.#events.map(e => ({ ...e })); }

  #bracket(minute) {
    const [first, last] = this.range;
    if (minute < first || minute > last) throw new TideRangeError(minute, first, last);
    const i = this.#events.findIndex(e => e.t >= minute);
    return i === 0 ? [this.#events[0], this.#events[1]] : [this.#events[i - 1], this.#events[i]];
  }

  heightAt(minute, method = 'cosine') {
    const [a, b] = this.#bracket(minute);
    const frac = (minute - a.t) / (b.t - a.t);
    switch (method) {
      case 'cosine':
        return a.h + (b.h - a.h) * (1 - Math.cos(Math.PI * frac)) / 2;
      case 'twelfths': {
        const pos = frac * 6;
        const whole = Math.min(5, Math.floor(pos));
        const done = TideTable.TWELFTHS.slice(0, whole).reduce((s, x) => s + x, 0) + TideTable.TWELFTHS[whole] * (pos - whole);
        return a.h + (b.h - a.h) * done / 12;
      }
      case 'linear':
        return a.h + (b.h - a.h) * frac;
      default:
        throw new TypeError(`unknown method ${method}`);
    }
  }

  *samples(from, to, step) {
    for (let t = from; t <= to; t += step) yield [t, this.heightAt(t)];
  }

  windows(minDepth, chartDatumDepth, step = 10) {
    const [first, last] = this.range;
    const result = [];
    let open = null;
    for (const [t, h] of this.samples(first, last, step)) {
      const ok = chartDatumDepth + h >= minDepth;
      if (ok && open === null) open = t;
      if (!ok && open !== null) { result.push([open, t - step]); open = null; }
    }
    if (open !== null) result.push([open, last - ((last - first) % step)]);
    return result;
  }
}

const rows = [
  'D1 04:12 LW 0.62', 'D1 10:31 HW 4.87', 'D1 16:40 LW 0.55', 'D1 22:58 HW 4.95',
  'D2 05:05 LW 0.48', 'D2 11:20 HW 5.10', 'D2 17:31 LW 0.41', 'D2 23:47 HW 5.02',
];
const table = new TideTable('Porthaven', rows);
const [first, last] = table.range;
console.log(`${table.port}: ${table.events.length} events ${TideTable.clock(first)} .. ${TideTable.clock(last)}`);
table.events.forEach(({ t, kind, h }, i, arr) => {
  const prev = arr[i - 1];
  const delta = prev ? `${(h - prev.h >= 0 ? '+' : '')}${(h - prev.h).toFixed(2)}m over ${t - prev.t}min` : '';
  console.log(`  ${TideTable.clock(t)} ${kind} ${h.toFixed(2)}m ${delta}`);
});

console.log('time      cosine twelfths linear');
for (const q of ['D1 06:00', 'D1 07:21', 'D1 09:00', 'D1 13:35', 'D2 02:00', 'D2 14:25']) {
  const [, d, hh, mm] = q.match(/D(\d) (\d\d):(\d\d)/).map(Number);
  const t = (d - 1) * 1440 + hh * 60 + mm;
  const [c, tw, li] = ['cosine', 'twelfths', 'linear'].map(m => table.heightAt(t, m).toFixed(2).padStart(6));
  console.log(`${q}  ${c}  ${tw}  ${li}`);
}

const bars = [...table.samples(first, first + 720, 60)]
  .map(([t, h]) => `${TideTable.clock(t).slice(3)} ${'#'.repeat(Math.round(h * 4)).padEnd(21)}|${h.toFixed(1)}`);
bars.forEach(b => console.log(b));

const draft = 2.4, datum = -0.3;
const wins = table.windows(draft, datum, 5);
console.log(`windows for draft ${draft}m over datum ${datum}m: ${wins.length}`);
wins.forEach(([a, b]) => console.log(`  ${TideTable.clock(a)} -> ${TideTable.clock(b)} (${Math.floor((b - a) / 60)}h${String((b - a) % 60).padStart(2, '0')})`));

const attempts = [() => table.heightAt(100), () => table.heightAt(2000, 'spline'), () => new TideTable('Bad', ['D1 01:00 HW 3.00', 'D1 07:00 HW 3.10']), () => new TideTable('Bad', ['D1 1:00 HW 3'])];
for (const attempt of attempts) {
  try { attempt(); }
  catch (e) { console.log(`${e.constructor.name} (${e instanceof RangeError ? 'range' : 'other'}): ${e.message}`); }
}
console.log('clock of negative minute:', TideTable.clock(-90), '| -90 % 1440 =', -90 % 1440);
