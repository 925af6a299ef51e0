'use strict';

class SrtParseError extends Error {
  constructor(block, reason) {
    super(`block ${block}: ${reason}`);
    this.name = 'SrtParseError';
    this.block = block;
  }
}

class Timestamp {
  static #RE = /^(\d{2}):(\d{2}):(\d{2}),(\d{3})$/;
  #ms;
  constructor(ms) { this.#ms = Math.max(0, Math.round(ms)); }
  static parse(text) {
    const m = Timestamp.#RE.exec(text.trim());
    if (!m) return null;
    const [h, mi, s, ms] = m.slice(1).map(Number);
    if (mi > 59 || s > 59) return null;
    return new Timestamp(((h * 60 + mi) * 60 + s) * 1000 + ms);
  }
  get ms() { return this.#ms; }
  shift(delta) { return new Timestamp(this.#ms + delta); }
  scale(factor, anchor = 0) { return new Timestamp(anchor + (this.#ms - anchor) * factor); }
  toString() {
    let rest = this.#ms;
    const ms = rest % 1000; rest = Math.floor(rest / 1000);
    const s = rest % 60; rest = Math.floor(rest / 60);
    const m = rest % 60; const h = Math.floor(rest / 60);
    return `${[h, m, s].map(v => String(v).padStart(2, '0')).join(':')},${String(ms).padStart(3, '0')}`;
  }
}

class Cue {
  constructor(index, start, end, lines) { Object.assign(this, { index, start, end, lines }); }
  get duration() { return this.end.ms - this.start.ms; }
  get charsPerSecond() {
    const chars = this.lines.join(' ').replace(/<[^>]+>/g, '').length;
    return this.duration > 0 ? chars / (this.duration / 1000) : Infinity;
  }
}

function parseSrt(text) {
  const blocks = text.replace(/\r\n/g, '\n').trim().split(/\n{2,}/);
  return blocks.map((block, bi) => {
    const [idLine, timeLine, ...lines] = block.split('\n');
    if (!/^\d+$/.test(idLine ?? '')) throw new SrtParseError(bi + 1, `bad index '${idLine}'`);
    const parts = timeLine?.split(' --> ') ?? [];
    const [start, end] = parts.map(Timestamp.parse);
    if (parts.length !== 2 || !start || !end) throw new SrtParseError(bi + 1, `bad timing '${timeLine}'`);
    if (end.ms < start.ms) throw new SrtParseError(bi + 1, 'end before start');
    return new Cue(Number(idLine), start, end, lines);
  });
}

const serialize = cues => cues.map((c, i) => [i + 1, `${c.start} --> ${c.end}`, ...c.lines].join('\n')).join('\n\n');

function* overlaps(cues) {
  for (let i = 1; i < cues.length; i++) {
    const gap = cues[i].start.ms - cues[i - 1].end.ms;
    if (gap < 0) yield { a: cues[i - 1].index, b: cues[i].index, by: -gap };
  }
}

function transform(cues, { offset = 0, fps = null, minGap = 0 } = {}) {
  const factor = fps ? fps.to / fps.from : 1;
  const shifted = cues
    .map(c => new Cue(c.index, c.start.scale(factor).shift(offset), c.end.scale(factor).shift(offset), [...c.lines]))
    .filter(c => c.end.ms > 0);
  for (let i = 1; i < shifted.length; i++) {
    const prev = shifted[i - 1];
    if (shifted[i].start.ms - prev.end.ms < minGap) {
      prev.end = new Timestamp(Math.max(prev.start.ms, shifted[i].start.ms - minGap));
    }
  }
  return shifted;
}

const source = `1
00:00:01,000 --> 00:00:03,500
Hello there.

2
00:00:03,400 --> 00:00:06,000
<i>General Kenobi!</i>

3
00:00:06,000 --> 00:00:06,400
You are a bold one, I must say, very bold indeed.

4
00:01:59,990 --> 00:02:00,250
Tick.

5
01:00:00,000 --> 01:00:02,000
An hour later...`;

const cues = parseSrt(source);
console.log(`parsed ${cues.length} cues`);
for (const c of cues) {
  const cps = c.charsPerSecond;
  const flag = cps > 20 ? ' TOO FAST' : '';
  console.log(`#${c.index} ${c.start}->${c.end} dur=${c.duration}ms cps=${cps.toFixed(1)}${flag}`);
}
for (const o of overlaps(cues)) console.log(`overlap #${o.a}/#${o.b} by ${o.by}ms`);

const delayed = transform(cues, { offset: 2500 });
console.log('--- +2.5s ---');
console.log(serialize(delayed.slice(0, 2)));

const early = transform(cues, { offset: -2000, minGap: 100 });
console.log('--- -2s with 100ms min gap ---');
early.forEach(c => console.log(`${String(c.index).padStart(2)} ${c.start} --> ${c.end} ${c.lines[0].slice(0, 20)}`));
console.log('overlaps after fix:', [...overlaps(early)].length);

const pal = transform(cues, { fps: { from: 25, to: 23.976 } });
console.log('--- 25 -> 23.976 fps ---');
pal.forEach(c => console.log(`#${c.index} ${c.start} (${(c.start.ms - cues.find(x => x.index === c.index).start.ms)}ms)`));

const stats = Object.entries({ total: cues.reduce((s, c) => s + c.duration, 0), longest: Math.max(...cues.map(c => c.duration)), shortest: Math.min(...cues.map(c => c.duration)) });
console.log(stats.map(([k, v]) => `${k}=${v}`).join(' '));

const broken = ['1\n00:00:01,000 --> 00:00:02,000\nok\n\nx\n00:00:01,000 --> 00:00:02,000\nbad', '1\n00:00:05,000 --> 00:00:02,000\nback', '1\n00:61:00,000 --> 00:62:00,000\nmin'];
for (const b of broken) {
  try {
    parseSrt(b);
    console.log('parsed unexpectedly');
  } catch (e) {
    console.log(e instanceof SrtParseError ? `${e.name} [${e.block}] ${e.message}` : `other: ${e}`);
  }
}
console.log(new Timestamp(-500).toString(), new Timestamp(359999999).toString());
