// Stamp collection valuation: condition grading, catalogue lookups, perforation codes and album summaries.
class CatalogueError extends Error {
  constructor(ref) {
    super(`Catalogue reference ${ref} not found`);
    this.name = 'CatalogueError';
    this.ref = ref;
  }
}

const CONDITION = Object.freeze({ MNH: 1.0, MH: 0.6, VFU: 0.45, FU: 0.3, POOR: 0.05 });
const CATALOGUE = new Map([
  ['GB-1', { title: 'Penny Black', year: 1840, base: 37500 }],
  ['GB-2', { title: 'Two Penny Blue', year: 1840, base: 98000 }],
  ['US-C3a', { title: 'Inverted Jenny', year: 1918, base: 160000000 }],
  ['FR-33', { title: 'Ceres 20c', year: 1853, base: 4200 }],
  ['DE-1', { title: 'Bayern Einser', year: 1849, base: 120000 }],
  ['CH-7', { title: 'Basel Dove', year: 1845, base: 2500000 }],
  ['JP-1', { title: 'Dragon 48 mon', year: 1871, base: 65000 }],
]);

class Stamp {
  static #serial = 1000;
  #flags;
  constructor(ref, condition, { perf = '', centering = 'F', flags = [] } = {}) {
    if (!CATALOGUE.has(ref)) throw new CatalogueError(ref);
    if (!(condition in CONDITION)) throw new TypeError(`Bad condition code: ${condition}`);
    this.id = `STP${(Stamp.#serial++).toString(16).toUpperCase()}`;
    Object.assign(this, { ref, condition, perf, centering });
    // bitmask: 1=certificate, 2=plate flaw, 4=thin, 8=crease, 16=on cover
    this.#flags = flags.reduce((m, f) => m | Stamp.FLAG_BITS[f], 0);
  }
  static FLAG_BITS = { cert: 1, flaw: 2, thin: 4, crease: 8, cover: 16 };
  hasFlag(name) { return (this.#flags & Stamp.FLAG_BITS[name]) !== 0; }
  get flagBits() { return this.#flags.toString(2).padStart(5, '0'); }
  get info() { return CATALOGUE.get(this.ref); }
  get perfGauge() {
    const m = this.perf.match(/^(?<h>\d+(?:\.\d+)?)(?:\s*x\s*(?<v>\d+(?:\.\d+)?))?$/);
    if (!m) return this.perf === '' ? 'imperf' : 'unknown';
    const { h, v = h } = m.groups;
    return h === v ? `perf ${h}` : `perf ${h} x ${v}`;
  }
  value() {
    let cents = this.info.base * CONDITION[this.condition];
    cents *= { VF: 1.25, F: 1, G: 0.7 }[this.centering] ?? 1;
    if (this.hasFlag('cert')) cents *= 1.15;
    if (this.hasFlag('flaw')) cents *= 1.4;
    if (this.hasFlag('thin')) cents *= 0.5;
    if (this.hasFlag('crease')) cents *= 0.6;
    if (this.hasFlag('cover')) cents += 2500;
    return Math.round(cents);
  }
}

class Album {
  #pages = new Map();
  constructor(owner) { this.owner = owner; }
  add(page, stamp) {
    this.#pages.has(page) || this.#pages.set(page, []);
    this.#pages.get(page).push(stamp);
    return this;
  }
  *stamps() { for (const list of this.#pages.values()) yield* list; }
  get total() { return [...this.stamps()].reduce((s, st) => s + st.value(), 0); }
  byDecade() {
    const out = {};
    for (const st of this.stamps()) {
      const decade = `${Math.floor(st.info.year / 10) * 10}s`;
      out[decade] = (out[decade] ?? 0) + st.value();
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
  }
  pageSummary() {
    return [...this.#pages].map(([page, list]) => ({ page, count: list.length, value: list.reduce((s, x) => s + x.value(), 0) }));
  }
}

const usd = (cents) => {
  const [whole, frac] = (cents / 100).toFixed(2).split('.');
  return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
};

const album = new Album('E. Marlowe');
const entries = [
  [1, 'GB-1', 'VFU', { perf: '', centering: 'VF', flags: ['cert'] }],
  [1, 'GB-1', 'FU', { centering: 'G', flags: ['thin', 'crease'] }],
  [1, 'GB-2', 'MH', { centering: 'F', flags: ['flaw'] }],
  [2, 'FR-33', 'FU', { perf: '', flags: ['cover'] }],
  [2, 'DE-1', 'MH', { perf: '', centering: 'VF', flags: ['cert', 'flaw'] }],
  [3, 'JP-1', 'MNH', { perf: '11.5', centering: 'G' }],
  [3, 'US-C3a', 'MNH', { perf: '11', centering: 'VF', flags: ['cert'] }],
  [3, 'XX-99', 'MNH', {}],
  [2, 'CH-7', 'EXQUISITE', {}],
  [3, 'CH-7', 'POOR', { perf: '12 x 11.5', flags: ['thin'] }],
];
for (const [page, ref, cond, opts] of entries) {
  try {
    const stamp = new Stamp(ref, cond, opts);
    album.add(page, stamp);
    const { title, year } = stamp.info;
    console.log(`${stamp.id} p${page} ${title.padEnd(16)} ${year} ${cond.padEnd(4)} ${stamp.perfGauge.padEnd(13)} flags=${stamp.flagBits} ${usd(stamp.value()).padStart(16)}`);
  } catch (err) {
    console.log(`Skipped ${ref}: ${err.name} - ${err.message}`);
  }
}

console.log(`Album of ${album.owner}: total ${usd(album.total)}`);
for (const { page, count, value } of album.pageSummary()) console.log(`  page ${page}: ${count} stamp(s), ${usd(value)}`);
for (const [decade, v] of Object.entries(album.byDecade())) console.log(`  ${decade}: ${usd(v)}`);
const all = [...album.stamps()];
const certified = all.filter((s) => s.hasFlag('cert')).map((s) => s.ref);
console.log(`Certified: ${certified.join(', ')}`);
const damaged = all.some((s) => s.hasFlag('thin') || s.hasFlag('crease'));
console.log(`Any damaged: ${damaged}; all pre-1920: ${all.every((s) => s.info.year < 1920)}`);
const top3 = [...all].sort((a, b) => b.value() - a.value());
console.log(`Top 3: ${top3.slice(0, 3).map((s) => `${s.info.title}(${usd(s.value())})`).join(' > ')}`);
const share = (album.total ? (top3[0].value() / album.total) * 100 : 0).toFixed(3);
console.log(`Top stamp share of album: ${share}%`);
console.log(`Flag bit for cover: 0b${Stamp.FLAG_BITS.cover.toString(2)} = 0x${Stamp.FLAG_BITS.cover.toString(16)}`);
