'use strict';

const parseDuration = text => {
  const [m, s] = text.split(':').map(Number);
  return m * 60 + s;
};
const fmtDuration = secs => {
  const h = Math.floor(secs / 3600), m = Math.floor((secs % 3600) / 60), s = secs % 60;
  const mm = String(m).padStart(h ? 2 : 1, '0'), ss = String(s).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
};

class Track {
  static #nextId = 1;
  constructor(title, artist, duration, { genre = 'misc', bpm = 100, rating = 3 } = {}) {
    this.id = Track.#nextId++;
    Object.assign(this, { title, artist, seconds: parseDuration(duration), genre, bpm, rating });
  }
  toString() { return `${this.title} - ${this.artist} (${fmtDuration(this.seconds)})`; }
}

class Playlist {
  #tracks = [];
  #listeners = [];
  constructor(name) { this.name = name; }
  on(fn) { this.#listeners.push(fn); return () => { this.#listeners = this.#listeners.filter(f => f !== fn); }; }
  #emit(type, payload) { this.#listeners.forEach(fn => fn(type, payload)); }
  add(...tracks) {
    for (const t of tracks) {
      if (this.#tracks.some(x => x.id === t.id)) { this.#emit('duplicate', t); continue; }
      this.#tracks.push(t);
      this.#emit('added', t);
    }
    return this;
  }
  remove(pred) {
    const removed = this.#tracks.filter(pred);
    this.#tracks = this.#tracks.filter(t => !pred(t));
    removed.forEach(t => this.#emit('removed', t));
    return removed.length;
  }
  get totalSeconds() { return this.#tracks.reduce((s, t) => s + t.seconds, 0); }
  get length() { return this.#tracks.length; }
  [Symbol.iterator]() { return this.#tracks[Symbol.iterator](); }

  *shuffled(seed) {
    const arr = [...this.#tracks];
    let state = seed;
    const next = () => (state = (state * 48271) % 2147483647);
    for (let i = arr.length - 1; i > 0; i--) {
      const j = next() % (i + 1);
      [arr[i], arr[j]] = [arr[j], arr[i]];
    }
    yield* arr;
  }

  *smartMix(maxBpmJump = 20) {
    const pool = [...this.#tracks].sort((a, b) => a.bpm - b.bpm || a.id - b.id);
    let current = pool.shift();
    while (current) {
      yield current;
      const idx = pool.findIndex(t => Math.abs(t.bpm - current.bpm) <= maxBpmJump && t.artist !== current.artist);
      current = idx >= 0 ? pool.splice(idx, 1)[0] : pool.shift();
    }
  }
}

const library = [
  new Track('Morning Tide', 'Lumen', '3:42', { genre: 'ambient', bpm: 72, rating: 4 }),
  new Track('Neon Run', 'Pulse Unit', '4:05', { genre: 'electronic', bpm: 128, rating: 5 }),
  new Track('Paper Boats', 'Mira Vale', '2:58', { genre: 'folk', bpm: 96, rating: 4 }),
  new Track('Static Bloom', 'Pulse Unit', '5:31', { genre: 'electronic', bpm: 124 }),
  new Track('Quiet Harbor', 'Lumen', '6:12', { genre: 'ambient', bpm: 68, rating: 2 }),
  new Track('Copper Sky', 'The Wrens', '3:33', { genre: 'rock', bpm: 140, rating: 5 }),
  new Track('Field Notes', 'Mira Vale', '3:07', { genre: 'folk', bpm: 104, rating: 3 }),
  new Track('Glasshouse', 'The Wrens', '4:44', { genre: 'rock', bpm: 132, rating: 4 }),
  new Track('Afterglow', 'Solen', '3:59', { bpm: 110, rating: 1 }),
];

const events = [];
const pl = new Playlist('Road Trip');
const unsubscribe = pl.on((type, t) => events.push(`${type}:${t.id}`));
pl.add(...library.slice(0, 6)).add(library[2], ...library.slice(6));
pl.remove(t => t.rating <= 1);
unsubscribe();
pl.remove(t => t.title.startsWith('Quiet'));

console.log(`Playlist "${pl.name}": ${pl.length} tracks, ${fmtDuration(pl.totalSeconds)}`);
console.log(`Events: ${events.join(' ')}`);
let n = 1;
for (const t of pl) console.log(`  ${String(n++).padStart(2)}. ${t}`);

console.log('Shuffle (seed 42):');
console.log('  ' + [...pl.shuffled(42)].map(t => t.id).join(' '));
console.log('Shuffle (seed 7):');
console.log('  ' + [...pl.shuffled(7)].map(t => t.id).join(' '));

console.log('Smart mix:');
let prevBpm = null;
for (const t of pl.smartMix(15)) {
  const jump = prevBpm === null ? '' : ` (${t.bpm - prevBpm >= 0 ? '+' : ''}${t.bpm - prevBpm})`;
  console.log(`  ${String(t.bpm).padStart(3)} bpm ${t.title}${jump}`);
  prevBpm = t.bpm;
}

const byGenre = new Map();
for (const t of pl) byGenre.set(t.genre, [...(byGenre.get(t.genre) ?? []), t]);
for (const [genre, ts] of [...byGenre].sort(([a], [b]) => a.localeCompare(b))) {
  const avg = ts.reduce((s, t) => s + t.rating, 0) / ts.length;
  console.log(`${genre.padEnd(10)} ${ts.length} track(s), avg rating ${avg.toFixed(2)}, ${fmtDuration(ts.reduce((s, t) => s + t.seconds, 0))}`);
}
const fitsInHour = [...pl].sort((a, b) => b.rating - a.rating || a.seconds - b.seconds)
  .reduce((acc, t) => (acc.total + t.seconds <= 1200 ? { total: acc.total + t.seconds, picks: [...acc.picks, t.title] } : acc), { total: 0, picks: [] });
console.log(`20-minute best-of: ${fitsInHour.picks.join(', ')} [${fmtDuration(fitsInHour.total)}]`);
console.log(`Long set: ${fmtDuration(pl.totalSeconds * 3)}; all rated >= 2: ${[...pl].every(t => t.rating >= 2)}`);
