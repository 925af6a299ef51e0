class LRUCache {
  #map = new Map();
  #clock = 0;
  #capacity = 1;
  hits = 0;
  misses = 0;
  evictions = [];

  constructor(capacity, { ttl = Infinity, onEvict = null } = {}) {
    this.capacity = capacity;
    this.ttl = ttl;
    this.onEvict = onEvict;
  }

  get capacity() { return this.#capacity; }
  set capacity(n) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`capacity must be a positive integer, got ${n}`);
    this.#capacity = n;
    while (this.#map.size > n) this.#evict(this.#map.keys().next().value, 'shrink');
  }
  tick(n = 1) { this.#clock += n; return this; }
  get size() { return this.#map.size; }
  get hitRate() {
    const total = this.hits + this.misses;
    return total === 0 ? 0 : (this.hits * 100) / total;
  }

  #expired(entry) { return this.#clock - entry.stored >= this.ttl; }

  #evict(key, reason) {
    const entry = this.#map.get(key);
    this.#map.delete(key);
    this.evictions.push(`${key}(${reason})`);
    this.onEvict?.(key, entry.value, reason);
  }

  get(key) {
    const entry = this.#map.get(key);
    if (!entry) { this.misses++; return undefined; }
    if (this.#expired(entry)) {
      this.#evict(key, 'ttl');
      this.misses++;
      return undefined;
    }
    this.#map.delete(key);
    this.#map.set(key, entry);
    this.hits++;
    return entry.value;
  }

  set(key, value) {
    if (this.#map.has(key)) this.#map.delete(key);
    else if (this.#map.size >= this.capacity) this.#evict(this.#map.keys().next().value, 'lru');
    this.#map.set(key, { value, stored: this.#clock });
    return this;
  }

  entries() { return [...this.#map].map(([key, { value, stored }]) => [key, value, this.#clock - stored]); }

  getOrCompute(key, compute) {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const value = compute(key);
    this.set(key, value);
    return value;
  }
}

const backendCalls = [];
const evictedBytes = { total: 0 };
const fetchPage = (url) => {
  backendCalls.push(url);
  const body = `<html>${url.toUpperCase()}</html>`;
  return { url, bytes: body.length * 3 + (url.match(/\//g) ?? []).length, body };
};

const cache = new LRUCache(4, {
  ttl: 9,
  onEvict: (key, page, reason) => {
    evictedBytes.total += page.bytes;
    if (reason === 'ttl') console.log(`    (expired ${key} after ttl)`);
  },
});

const trace = '/home /about /home /blog/1 /contact /home /about /blog/1 /blog/2 /home /blog/3 /contact /about /home'.split(' ');
trace.forEach((url, step) => {
  const before = cache.hits;
  const page = cache.getOrCompute(url, fetchPage);
  const status = cache.hits > before ? 'HIT ' : 'MISS';
  const keys = cache.entries().map(([k, , age]) => `${k}:${age}`).join(' ');
  console.log(`t=${String(step).padStart(2, '0')} ${status} ${url.padEnd(8)} ${String(page.bytes).padStart(4)}B  [${keys}]`);
  cache.tick(step % 4 === 3 ? 4 : 1);
});

console.log(`hits=${cache.hits} misses=${cache.misses} rate=${cache.hitRate.toFixed(1)}%`);
console.log(`backend calls: ${backendCalls.length} unique: ${new Set(backendCalls).size}`);
console.log(`evicted: ${cache.evictions.join(', ')}`);
console.log(`evicted bytes: ${evictedBytes.total}`);

const fibCache = new LRUCache(50);
let computeCount = 0;
const fib = (n) => fibCache.getOrCompute(n, (k) => {
  computeCount++;
  return k < 2 ? k : fib(k - 1) + fib(k - 2);
});
for (const n of [10, 30, 45, 20]) console.log(`fib(${n}) = ${fib(n)} (computed so far: ${computeCount})`);
console.log(`fib cache size=${fibCache.size}, hit rate ${fibCache.hitRate.toFixed(2)}%`);

const byCount = backendCalls.reduce((m, u) => m.set(u, (m.get(u) ?? 0) + 1), new Map());
const ranking = [...byCount].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
console.log(JSON.stringify(Object.fromEntries(ranking)));
cache.capacity = 2;
console.log(`after shrink: ${cache.entries().map(([k]) => k).join(' ')} | last evicted ${cache.evictions.slice(-2).join(', ')}`);
for (const bad of [0, -3]) {
  try {
    cache.capacity = bad;
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
