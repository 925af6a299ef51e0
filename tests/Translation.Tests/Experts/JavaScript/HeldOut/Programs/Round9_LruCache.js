'use strict';

class CacheStats {
  constructor() {
    this.hits = 0;
    this.misses = 0;
    this.evictions = 0;
  }
  get ratio() {
    const total = this.hits + this.misses;
    return total === 0 ? 0 : this.hits / total;
  }
  toString() {
    return `hits=${this.hits} misses=${this.misses} evictions=${this.evictions} ratio=${(this.ratio * 100).toFixed(1)}%`;
  }
}

class LruCache {
  constructor(capacity, onEvict = null) {
    if (!Number.isInteger(capacity) || capacity <= 0) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.capacity = capacity;
    this.map = new Map();
    this.stats = new CacheStats();
    this.onEvict = onEvict;
  }

  get size() { return this.map.size; }

  get(key) {
    if (!this.map.has(key)) {
      this.stats.misses++;
      return undefined;
    }
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    this.stats.hits++;
    return value;
  }

  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      const [oldKey, oldValue] = this.map.entries().next().value;
      this.map.delete(oldKey);
      this.stats.evictions++;
      this.onEvict?.(oldKey, oldValue);
    }
    this.map.set(key, value);
    return this;
  }

  *keysNewestFirst() {
    const keys = [...this.map.keys()];
    for (let i = keys.length - 1; i >= 0; i--) yield keys[i];
  }

  describe() {
    return `[${Array.from(this.keysNewestFirst()).join(' ')}]`;
  }
}

function memoize(fn, cache) {
  return (...args) => {
    const key = args.join(',');
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const result = fn(...args);
    cache.set(key, result);
    return result;
  };
}

function* lcg(seed) {
  let state = seed >>> 0;
  while (true) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    yield (state >>> 16) & 0x7fff;
  }
}

// Part 1: basic behaviour
const evicted = [];
const cache = new LruCache(3, (k, v) => evicted.push(`${k}:${v}`));
cache.set('a', 1).set('b', 2).set('c', 3);
console.log('after a,b,c        ', cache.describe());
cache.get('a');
console.log('after get a        ', cache.describe());
cache.set('d', 4);
console.log('after set d        ', cache.describe());
cache.set('c', 30);
console.log('after update c     ', cache.describe());
cache.set('e', 5).set('f', 6);
console.log('after e,f          ', cache.describe());
console.log('get b ->', cache.get('b'), '| get c ->', cache.get('c'));
console.log('evicted:', evicted.join(', '));
console.log('stats:', String(cache.stats));

// Part 2: invalid capacities
for (const cap of [0, -2, 2.5, 'x']) {
  try {
    new LruCache(cap);
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}

// Part 3: memoized grid path counting
const pathCache = new LruCache(64);
let calls = 0;
const paths = memoize((r, c) => {
  calls++;
  if (r === 0 || c === 0) return 1;
  return paths(r - 1, c) + paths(r, c - 1);
}, pathCache);
for (const [r, c] of [[2, 2], [5, 5], [8, 6], [10, 10]]) {
  calls = 0;
  console.log(`paths(${r},${c}) = ${paths(r, c)} using ${calls} calls, cache size ${pathCache.size}`);
}
console.log('path cache:', String(pathCache.stats));

// Part 4: workload simulation with different capacities
const rng = lcg(2024);
const workload = Array.from({ length: 400 }, () => {
  const x = rng.next().value % 100;
  return x < 70 ? `hot${x % 8}` : `cold${x % 40}`;
});
const uniq = new Set(workload);
console.log(`workload: ${workload.length} requests, ${uniq.size} distinct keys`);
for (const cap of [2, 4, 8, 16, 32]) {
  const c = new LruCache(cap);
  for (const key of workload) {
    if (c.get(key) === undefined) c.set(key, key.length);
  }
  const bar = '*'.repeat(Math.round(c.stats.ratio * 40));
  console.log(`cap ${String(cap).padStart(2)} ${bar.padEnd(40)} ${c.stats}`);
}
