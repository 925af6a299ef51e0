'use strict';

class Clock {
  #now = 0;
  get now() { return this.#now; }
  advance(seconds) { this.#now += seconds; return this.#now; }
}

class ResolveError extends Error {
  constructor(name, code) {
    super(`${code} for ${name}`);
    this.name = 'ResolveError';
    this.code = code;
  }
}

const ZONE = {
  'example.com': [{ type: 'A', value: '93.184.216.34', ttl: 300 }],
  'www.example.com': [{ type: 'CNAME', value: 'example.com', ttl: 60 }],
  'api.shop.test': [{ type: 'A', value: '10.0.0.5', ttl: 30 }, { type: 'A', value: '10.0.0.6', ttl: 30 }],
  'shop.test': [{ type: 'CNAME', value: 'api.shop.test', ttl: 120 }],
  'loop-a.test': [{ type: 'CNAME', value: 'loop-b.test', ttl: 100 }],
  'loop-b.test': [{ type: 'CNAME', value: 'loop-a.test', ttl: 100 }],
  'mail.example.com': [{ type: 'MX', value: '10 mx1.example.com', ttl: 600 }, { type: 'MX', value: '5 mx0.example.com', ttl: 600 }],
};

class Upstream {
  constructor() { this.queries = 0; }
  lookup(name) {
    this.queries++;
    const records = ZONE[name.toLowerCase()];
    if (!records) throw new ResolveError(name, 'NXDOMAIN');
    return records.map(r => ({ ...r }));
  }
}

class CachingResolver {
  #cache = new Map();
  #negative = new Map();
  constructor(upstream, clock, { maxEntries = 4, negativeTtl = 45 } = {}) {
    Object.assign(this, { upstream, clock, maxEntries, negativeTtl });
    this.stats = { hits: 0, misses: 0, evictions: 0, negativeHits: 0 };
  }

  #fetch(name) {
    const key = name.toLowerCase();
    const neg = this.#negative.get(key);
    if (neg !== undefined && neg > this.clock.now) {
      this.stats.negativeHits++;
      throw new ResolveError(name, 'NXDOMAIN(cached)');
    }
    const entry = this.#cache.get(key);
    if (entry && entry.expires > this.clock.now) {
      this.stats.hits++;
      this.#cache.delete(key);
      this.#cache.set(key, entry);
      return entry.records;
    }
    this.stats.misses++;
    let records;
    try {
      records = this.upstream.lookup(name);
    } catch (e) {
      if (e instanceof ResolveError) this.#negative.set(key, this.clock.now + this.negativeTtl);
      throw e;
    }
    const ttl = Math.min(...records.map(r => r.ttl));
    this.#cache.set(key, { records, expires: this.clock.now + ttl });
    while (this.#cache.size > this.maxEntries) {
      const oldest = this.#cache.keys().next().value;
      this.#cache.delete(oldest);
      this.stats.evictions++;
    }
    return records;
  }

  resolve(name, type = 'A', depth = 0) {
    if (depth > 5) throw new ResolveError(name, 'CNAME_LOOP');
    const records = this.#fetch(name);
    const cname = records.find(r => r.type === 'CNAME');
    if (cname && type !== 'CNAME') {
      const { chain, answers } = this.resolve(cname.value, type, depth + 1);
      return { chain: [name, ...chain], answers };
    }
    return { chain: [name], answers: records.filter(r => r.type === type).map(r => r.value) };
  }

  get cachedNames() { return [...this.#cache.keys()]; }
}

const clock = new Clock();
const upstream = new Upstream();
const resolver = new CachingResolver(upstream, clock);

const script = [
  [0, 'www.example.com'], [10, 'WWW.Example.com'], [5, 'shop.test'], [20, 'shop.test'],
  [1, 'nope.invalid'], [10, 'nope.invalid'], [0, 'loop-a.test'], [40, 'www.example.com'],
  [0, 'mail.example.com', 'MX'], [50, 'nope.invalid'], [0, 'shop.test'], [0, 'example.com'],
  [400, 'example.com'],
];

for (const [delay, name, type = 'A'] of script) {
  const t = clock.advance(delay);
  const before = upstream.queries;
  let line;
  try {
    const { chain, answers } = resolver.resolve(name, type);
    const sorted = type === 'MX' ? [...answers].sort((a, b) => parseInt(a) - parseInt(b)) : answers;
    line = `${chain.join(' -> ')} ${type} = ${sorted.join(', ')}`;
  } catch (e) {
    if (!(e instanceof ResolveError)) throw e;
    line = `error ${e.message}`;
  }
  const upstreamUsed = upstream.queries - before;
  console.log(`t=${String(t).padStart(3)} ${line}${upstreamUsed ? ` [upstream x${upstreamUsed}]` : ' [cache]'}`);
}

const { hits, misses, evictions, negativeHits } = resolver.stats;
console.log(`hits=${hits} misses=${misses} negative=${negativeHits} evictions=${evictions}`);
console.log(`hit ratio ${(100 * hits / (hits + misses)).toFixed(1)}%`);
console.log(`cache now holds: ${resolver.cachedNames.join(', ')}`);
console.log(`upstream queries total: ${upstream.queries}`);
