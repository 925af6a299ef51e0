'use strict';

class BitArray {
  #words;
  constructor(size) {
    this.size = size;
    this.#words = new Uint32Array(Math.ceil(size / 32));
  }
  set(i) { this.#words[i >>> 5] |= 1 << (i & 31); }
  get(i) { return (this.#words[i >>> 5] & (1 << (i & 31))) !== 0; }
  popcount() {
    let total = 0;
    for (let w of this.#words) {
      w = w - ((w >>> 1) & 0x55555555);
      w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
      total += (Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
    }
    return total;
  }
  union(other) {
    const out = new BitArray(this.size);
    out.#words = this.#words.map((w, i) => w | other.#words[i]);
    return out;
  }
  toHex(limitWords = 4) {
    return [...this.#words.slice(0, limitWords)].map(w => (w >>> 0).toString(16).padStart(8, '0')).join(' ');
  }
}

function fnv1a(str, seed = 0x811c9dc5) {
  let h = seed >>> 0;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function murmurMix(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

class BloomFilter {
  static optimal(expected, fpRate) {
    const m = Math.ceil(-(expected * Math.log(fpRate)) / (Math.LN2 * Math.LN2));
    const k = Math.max(1, Math.round((m / expected) * Math.LN2));
    return new BloomFilter(m, k);
  }
  constructor(bits, hashes) {
    this.bits = new BitArray(bits);
    this.k = hashes;
    this.count = 0;
  }
  #positions(item) {
    const h1 = fnv1a(item), h2 = murmurMix(h1) | 1;
    return Array.from({ length: this.k }, (_, i) => ((h1 + Math.imul(i, h2)) >>> 0) % this.bits.size);
  }
  add(item) { this.#positions(item).forEach(p => this.bits.set(p)); this.count++; return this; }
  mightContain(item) { return this.#positions(item).every(p => this.bits.get(p)); }
  get fillRatio() { return this.bits.popcount() / this.bits.size; }
  get estimatedFpRate() { return Math.pow(this.fillRatio, this.k); }
}

const words = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew',
  'kiwi', 'lemon', 'mango', 'nectarine', 'orange', 'papaya', 'quince', 'raspberry'];
const probes = ['apple', 'apricot', 'blueberry', 'cherry', 'coconut', 'durian', 'grape', 'guava',
  'lime', 'lychee', 'mango', 'melon', 'olive', 'peach', 'pear', 'plum', 'tomato', 'yuzu'];

console.log(`fnv1a("hello") = 0x${fnv1a('hello').toString(16)}, mix = 0x${murmurMix(fnv1a('hello')).toString(16)}`);
console.log(`bit tricks: 0b1011 << 3 = ${0b1011 << 3}, -17 >> 2 = ${-17 >> 2}, -17 >>> 28 = ${-17 >>> 28}, ~42 = ${~42}, 0xF0 ^ 0x3C = ${0xF0 ^ 0x3C}`);

const demo = new BitArray(64);
[0, 5, 31, 32, 63].forEach(i => demo.set(i));
console.log(`demo bits: ${demo.toHex(2)} popcount=${demo.popcount()} get(31)=${demo.get(31)} get(30)=${demo.get(30)}`);

for (const [bits, k] of [[64, 2], [128, 3], [256, 4]]) {
  const bf = new BloomFilter(bits, k);
  words.forEach(w => bf.add(w));
  const members = new Set(words);
  const falsePositives = probes.filter(p => !members.has(p) && bf.mightContain(p));
  const missed = words.filter(w => !bf.mightContain(w));
  console.log(`m=${String(bits).padStart(3)} k=${k}: fill=${(bf.fillRatio * 100).toFixed(1)}% ` +
    `est.fp=${(bf.estimatedFpRate * 100).toFixed(2)}% false positives=${falsePositives.length} [${falsePositives.join(',')}] missed=${missed.length}`);
}

const tuned = BloomFilter.optimal(words.length, 0.01);
console.log(`optimal for n=${words.length}, p=1%: m=${tuned.bits.size} bits, k=${tuned.k}`);
words.forEach(w => tuned.add(w));
console.log(`tuned first words: ${tuned.bits.toHex(3)}`);
const results = probes.map(p => `${p}:${tuned.mightContain(p) ? 'Y' : 'n'}`);
for (let i = 0; i < results.length; i += 6) console.log('  ' + results.slice(i, i + 6).join(' '));

const a = new BloomFilter(96, 3), b = new BloomFilter(96, 3);
words.slice(0, 8).forEach(w => a.add(w));
words.slice(8).forEach(w => b.add(w));
const merged = a.bits.union(b.bits);
console.log(`a=${a.bits.popcount()} bits, b=${b.bits.popcount()} bits, union=${merged.popcount()} bits`);
console.log(`a hex: ${a.bits.toHex(3)}`);
console.log(`union hex: ${merged.toHex(3)}`);
const overlap = a.bits.popcount() + b.bits.popcount() - merged.popcount();
console.log(`shared bits: ${overlap}, jaccard~${(overlap / merged.popcount()).toFixed(3)}`);
