// Number formatting utilities: Roman numerals, English words, ordinals, grouping and bases.
const ROMAN = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

class FormatError extends Error {
  constructor(kind, input) {
    super(`cannot format ${JSON.stringify(input)} as ${kind}`);
    this.name = 'FormatError';
    this.kind = kind;
  }
}

const toRoman = (n) => {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new FormatError('roman', n);
  let out = '';
  for (const [value, sym] of ROMAN) {
    while (n >= value) {
      out += sym;
      n -= value;
    }
  }
  return out;
};

function fromRoman(text) {
  const values = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  const upper = text.toUpperCase();
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const cur = values[upper[i]];
    if (cur === undefined) throw new FormatError('roman', text);
    const next = values[upper[i + 1]] ?? 0;
    total += cur < next ? -cur : cur;
  }
  if (toRoman(total) !== upper) throw new FormatError('canonical roman', text);
  return total;
}

const SMALL = ('zero one two three four five six seven eight nine ten eleven twelve thirteen ' +
  'fourteen fifteen sixteen seventeen eighteen nineteen').split(' ');
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['', 'thousand', 'million', 'billion'];

function chunkWords(n) {
  const parts = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds) parts.push(`${SMALL[hundreds]} hundred`);
  if (rest >= 20) parts.push(TENS[Math.floor(rest / 10)] + (rest % 10 ? `-${SMALL[rest % 10]}` : ''));
  else if (rest > 0 || !hundreds) parts.push(SMALL[rest]);
  return parts.join(' and ');
}

function toWords(n) {
  if (n === 0) return 'zero';
  if (n < 0) return `minus ${toWords(-n)}`;
  const groups = [];
  for (let rem = n, scale = 0; rem > 0; rem = Math.floor(rem / 1000), scale++) {
    const chunk = rem % 1000;
    if (chunk) groups.unshift(`${chunkWords(chunk)}${SCALES[scale] ? ` ${SCALES[scale]}` : ''}`);
  }
  return groups.join(', ');
}

const ordinal = (n) => {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
  return `${n}${suffix}`;
};

const group = (n, { sep = ',', size = 3 } = {}) => {
  const [int, frac] = Math.abs(n).toFixed(2).split('.');
  const chunks = [];
  for (let end = int.length; end > 0; end -= size) chunks.unshift(int.slice(Math.max(0, end - size), end));
  return `${n < 0 ? '-' : ''}${chunks.join(sep)}.${frac}`;
};

const compact = (n) => {
  const units = [[1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  const hit = units.find(([limit]) => Math.abs(n) >= limit);
  return hit ? `${(n / hit[0]).toFixed(1).replace(/\.0$/, '')}${hit[1]}` : String(n);
};

for (const year of [1987, 2024, 3999, 444, 14]) console.log(`${String(year).padStart(4)} => ${toRoman(year)}`);
for (const text of ['mcmxciv', 'XLII', 'IIII', 'MMXZ', 'cdxliv']) {
  try {
    console.log(`${text.padEnd(8)} <= ${fromRoman(text)}`);
  } catch (e) {
    console.log(`${text.padEnd(8)} !! ${e.name}(${e.kind}): ${e.message}`);
  }
}
try {
  toRoman(4000);
} catch ({ message }) {
  console.log(`4000 => error: ${message}`);
}
for (const n of [0, 7, 13, 40, 99, 105, 1001, 21512, 1000000, 2047483647, -315]) {
  console.log(`${n}: ${toWords(n)}`);
}
console.log([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 123].map(ordinal).join(' '));
console.log([0, 999.5, 1234.567, -9876543.21, 1e9].map((n) => group(n)).join(' | '));
console.log(group(12345678.9, { sep: "'", size: 4 }));
console.log([512, 1500, 25000, 999999, 1260000, -3400000, 7e9].map(compact).join(', '));
const bases = [2, 8, 16, 36].map((b) => `${b}:${(255).toString(b).toUpperCase()}`);
console.log(`255 in bases -> ${bases.join(' ')}; parseInt('ff', 16)=${parseInt('ff', 16)}, parseInt('z', 36)=${parseInt('z', 36)}`);
