// Choir seating arranger: places singers by voice part into risers, taller singers at the back.
class SeatingError extends Error {
  constructor(message, details = {}) {
    super(message);
    this.name = 'SeatingError';
    this.details = details;
  }
}

const VOICE_ORDER = ['soprano', 'alto', 'tenor', 'bass'];
const ROSTER_RE = /(?<name>[A-Z][a-z]+)\s*\((?<part>[SATB])(?<div>[12])?,\s*(?<cm>\d{3})cm\)/g;
const PART_CODES = { S: 'soprano', A: 'alto', T: 'tenor', B: 'bass' };

class Singer {
  constructor(name, part, division, heightCm) {
    Object.assign(this, { name, part, division: division ?? 1, heightCm });
  }
  get tag() { return `${this.part[0].toUpperCase()}${this.division}`; }
}

function parseRoster(text) {
  return [...text.matchAll(ROSTER_RE)].map(({ groups: { name, part, div, cm } }) =>
    new Singer(name, PART_CODES[part], div ? Number(div) : undefined, Number(cm)));
}

class Riser {
  #rows;
  #layout;
  constructor(rowSizes) {
    this.#rows = rowSizes;
    this.#layout = rowSizes.map((n) => Array(n).fill(null));
  }
  get capacity() { return this.#rows.reduce((a, b) => a + b, 0); }
  get rows() { return this.#layout.map((r) => [...r]); }
  place(singers, { blockOrder = VOICE_ORDER } = {}) {
    if (singers.length > this.capacity) {
      throw new SeatingError(`Riser holds ${this.capacity}, got ${singers.length}`, { overflow: singers.length - this.capacity });
    }
    const byPart = singers.reduce((m, s) => m.set(s.part, [...(m.get(s.part) ?? []), s]), new Map());
    const columns = [];
    for (const part of blockOrder) {
      const group = (byPart.get(part) ?? []).sort((a, b) => a.division - b.division || b.heightCm - a.heightCm || a.name.localeCompare(b.name));
      columns.push(...group);
    }
    // Fill back row first with tallest overall, keeping each part's relative left-to-right position.
    const rankByHeight = [...columns].sort((a, b) => b.heightCm - a.heightCm || a.name.localeCompare(b.name));
    const rowOf = new Map();
    let cursor = 0;
    for (let r = this.#rows.length - 1; r >= 0; r--) {
      for (let k = 0; k < this.#rows[r] && cursor < rankByHeight.length; k++) rowOf.set(rankByHeight[cursor++], r);
    }
    for (let r = 0; r < this.#rows.length; r++) {
      const members = columns.filter((s) => rowOf.get(s) === r);
      const offset = Math.floor((this.#rows[r] - members.length) / 2);
      members.forEach((s, i) => { this.#layout[r][offset + i] = s; });
    }
    return this;
  }
  render(width = 6) {
    return this.#layout.map((row, r) => {
      const indent = ' '.repeat((Math.max(...this.#rows) - this.#rows[r]) * Math.floor(width / 2));
      return `R${r + 1} ${indent}${row.map((s) => (s ? s.name.slice(0, width - 1) : '-').padEnd(width)).join('')}`.trimEnd();
    }).reverse();
  }
  *[Symbol.iterator]() {
    for (const [r, row] of this.#layout.entries()) for (const [c, s] of row.entries()) if (s) yield { row: r + 1, col: c + 1, singer: s };
  }
}

const rosterText = `
  Amelia (S1, 162cm) Beatrix (S2, 158cm) Chloe (S1, 170cm) Dana (A1, 166cm)
  Esme (A2, 159cm) Farah (A, 174cm) Gustav (T1, 181cm) Hugo (T2, 176cm)
  Ivan (B1, 190cm) Jonas (B2, 185cm) Kofi (B1, 178cm) Leo (T1, 172cm)
  Mira (S2, 155cm) Nils (B2, 193cm) invalid-entry (X9, 12cm) Olga (A1, 168cm)
`;
const singers = parseRoster(rosterText);
console.log(`Parsed ${singers.length} singers`);
const counts = VOICE_ORDER.map((p) => `${p}:${singers.filter((s) => s.part === p).length}`);
console.log(`Section sizes: ${counts.join(' ')}`);
const avg = (arr) => (arr.reduce((s, x) => s + x.heightCm, 0) / arr.length).toFixed(1);
for (const part of VOICE_ORDER) {
  const group = singers.filter((s) => s.part === part);
  const tallest = group.reduce((a, b) => (b.heightCm > a.heightCm ? b : a));
  console.log(`  ${part.padEnd(8)} avg ${avg(group)}cm, tallest ${tallest.name}, divisions ${[...new Set(group.map((s) => s.division))].join('/')}`);
}

const riser = new Riser([4, 5, 6]).place(singers);
console.log('--- Standard SATB block (audience below) ---');
riser.render().forEach((line) => console.log(line));
const backRow = [...riser].filter(({ row }) => row === 3).map(({ singer }) => singer.tag);
console.log(`Back row tags: ${backRow.join(',')}`);
const frontRow = riser.rows[0].filter(Boolean);
console.log(`Front row min height: ${Math.min(...frontRow.map((s) => s.heightCm))}cm`);

const mixed = new Riser([5, 6, 6]).place(singers, { blockOrder: ['bass', 'soprano', 'alto', 'tenor'] });
console.log('--- Alternate order B-S-A-T ---');
mixed.render(7).forEach((line) => console.log(line));
const seatMap = Object.fromEntries([...mixed].map(({ row, col, singer }) => [singer.name, `${row}-${col}`]));
console.log(`Seat of Nils: ${seatMap.Nils}, Mira: ${seatMap.Mira}, Zed: ${seatMap.Zed ?? 'not seated'}`);
const empty = mixed.rows.flat().filter((s) => s === null).length;
console.log(`Empty seats: ${empty}`);

try {
  new Riser([3, 3]).place(singers);
} catch (e) {
  console.log(`${e.name}: ${e.message} -> ${JSON.stringify(e.details)}`);
}
const rename = rosterText.replace(ROSTER_RE, (m, ...args) => {
  const { name, part } = args.at(-1);
  return `${name.toUpperCase()}/${part}`;
}).trim().split(/\s+/).slice(0, 5);
console.log(`Compact roster: ${rename.join(' ')}`);
const lineup = [...riser].map(({ singer }) => singer.name[0]).join('');
console.log(`Initials in seat order: ${lineup} (${lineup.length} seated, ${riser.capacity - lineup.length} free)`);
