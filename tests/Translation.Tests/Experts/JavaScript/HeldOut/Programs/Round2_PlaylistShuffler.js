class Lcg {
  static #M = 2147483648;
  static #A = 1103515245;
  static #C = 12345;
  #state;
  constructor(seed) { this.#state = seed % Lcg.#M; }
  next() {
    // split the multiplier so every intermediate product stays below 2^53
    const [lo, hi] = [Lcg.#A % 65536, Math.floor(Lcg.#A / 65536)];
    const product = (lo * this.#state + hi * ((this.#state * 65536) % Lcg.#M)) % Lcg.#M;
    this.#state = (product + Lcg.#C) % Lcg.#M;
    return this.#state;
  }
  int(n) { return Math.floor((this.next() / Lcg.#M) * n); }
}

const parseDuration = (text) => {
  const [, m, s] = /^(\d+):([0-5]\d)$/.exec(text) ?? [];
  if (m === undefined) throw new SyntaxError(`bad duration "${text}"`);
  return Number(m) * 60 + Number(s);
};
const formatDuration = (secs) => {
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = String(secs % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
};

const LIBRARY = `
Nightcall | Kavinsky | 4:18 | synth
Midnight City | M83 | 4:03 | synth
Teardrop | Massive Attack | 5:29 | trip-hop
Angel | Massive Attack | 6:19 | trip-hop
Glory Box | Portishead | 5:06 | trip-hop
Roads | Portishead | 5:05 | trip-hop
Outro | M83 | 4:07 | synth
Intro | The xx | 2:07 | indie
Crystalised | The xx | 3:21 | indie
Islands | The xx | 2:41 | indie
Broken Track | Nobody | 3:75 | noise
Windowlicker | Aphex Twin | 6:07 | idm`;

const tracks = [];
for (const line of LIBRARY.trim().split('\n')) {
  const [title, artist, duration, genre = 'unknown'] = line.split('|').map((f) => f.trim());
  try {
    tracks.push({ id: tracks.length + 1, title, artist, genre, secs: parseDuration(duration) });
  } catch (e) {
    console.log(`skipping "${title}": ${e.message}`);
  }
}

function fisherYates(items, rng) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function spreadArtists(items, rng) {
  const pool = fisherYates(items, rng);
  const result = [];
  while (pool.length) {
    const last = result.at(-1)?.artist;
    let idx = pool.findIndex((t) => t.artist !== last);
    if (idx === -1) idx = 0;
    result.push(...pool.splice(idx, 1));
  }
  return result;
}

function* playQueue(queue, { limitSecs = Infinity, repeat = false } = {}) {
  let elapsed = 0;
  do {
    for (const track of queue) {
      if (elapsed + track.secs > limitSecs) return elapsed;
      yield { ...track, startsAt: elapsed };
      elapsed += track.secs;
    }
  } while (repeat);
  return elapsed;
}

const rng = new Lcg(20240607);
console.log(`first draws: ${Array.from({ length: 6 }, () => rng.int(100)).join(' ')}`);

const plain = fisherYates(tracks, new Lcg(42));
const smart = spreadArtists(tracks, new Lcg(42));
const backToBack = (list) => list.slice(1).filter((t, i) => t.artist === list[i].artist).length;
console.log(`plain shuffle:  ${plain.map((t) => t.id).join(',')} (same-artist pairs: ${backToBack(plain)})`);
console.log(`smart shuffle:  ${smart.map((t) => t.id).join(',')} (same-artist pairs: ${backToBack(smart)})`);

console.log('--- 30 minute commute ---');
const session = playQueue(smart, { limitSecs: 30 * 60 });
let step = session.next();
while (!step.done) {
  const { startsAt, title, artist, secs } = step.value;
  console.log(`${formatDuration(startsAt).padStart(5)}  ${title.padEnd(14)} ${artist.padEnd(15)} ${formatDuration(secs)}`);
  step = session.next();
}
console.log(`played ${formatDuration(step.value)} of music`);

const looped = [...playQueue(fisherYates(tracks.filter(({ genre }) => genre === 'indie'), new Lcg(7)), { limitSecs: 1200, repeat: true })];
console.log(`indie loop: ${looped.length} plays -> ${looped.map((t) => t.title).join(' / ')}`);

const byGenre = tracks.reduce((acc, { genre, secs }) => {
  acc[genre] ??= { count: 0, secs: 0 };
  acc[genre].count++;
  acc[genre].secs += secs;
  return acc;
}, {});
for (const [genre, { count, secs }] of Object.entries(byGenre).sort((a, b) => b[1].secs - a[1].secs)) {
  console.log(`${genre.padEnd(9)} ${count} tracks ${formatDuration(secs).padStart(7)} avg ${(secs / count / 60).toFixed(2)} min`);
}
console.log(`total: ${formatDuration(tracks.reduce((s, t) => s + t.secs, 0))}`);
