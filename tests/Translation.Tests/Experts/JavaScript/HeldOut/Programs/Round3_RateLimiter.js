'use strict';

class RateLimitError extends Error {
  constructor(clientId, retryAfter) {
    super(`client ${clientId} is rate limited, retry after ${retryAfter}ms`);
    this.name = 'RateLimitError';
    this.clientId = clientId;
    this.retryAfter = retryAfter;
  }
}

class FakeClock {
  #now = 0;
  get now() { return this.#now; }
  advance(ms) { this.#now += ms; return this.#now; }
}

class TokenBucket {
  #tokens;
  #lastRefill;
  static DEFAULT_CAPACITY = 5;

  constructor(clock, { capacity = TokenBucket.DEFAULT_CAPACITY, refillPerSecond = 1 } = {}) {
    this.clock = clock;
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.#tokens = capacity;
    this.#lastRefill = clock.now;
  }

  #refill() {
    const elapsed = this.clock.now - this.#lastRefill;
    const earned = Math.floor((elapsed * this.refillPerSecond) / 1000);
    if (earned > 0) {
      this.#tokens = Math.min(this.capacity, this.#tokens + earned);
      this.#lastRefill += Math.floor((earned * 1000) / this.refillPerSecond);
    }
  }

  get tokens() {
    this.#refill();
    return this.#tokens;
  }

  tryTake(cost = 1) {
    this.#refill();
    if (this.#tokens >= cost) {
      this.#tokens -= cost;
      return { ok: true, retryAfter: 0 };
    }
    const missing = cost - this.#tokens;
    const retryAfter = Math.ceil((missing * 1000) / this.refillPerSecond) - (this.clock.now - this.#lastRefill);
    return { ok: false, retryAfter };
  }
}

class SlidingWindowLimiter {
  #hits = [];
  constructor(clock, limit, windowMs) {
    this.clock = clock;
    this.limit = limit;
    this.windowMs = windowMs;
  }
  tryTake() {
    const cutoff = this.clock.now - this.windowMs;
    this.#hits = this.#hits.filter((t) => t > cutoff);
    if (this.#hits.length < this.limit) {
      this.#hits.push(this.clock.now);
      return { ok: true, retryAfter: 0 };
    }
    return { ok: false, retryAfter: this.#hits[0] + this.windowMs - this.clock.now };
  }
}

class Gateway {
  #limiters = new Map();
  #stats = new Map();
  constructor(clock, factory) {
    this.clock = clock;
    this.factory = factory;
  }
  handle(clientId, path, cost = 1) {
    if (!this.#limiters.has(clientId)) this.#limiters.set(clientId, this.factory(this.clock));
    const stat = this.#stats.get(clientId) ?? { allowed: 0, denied: 0 };
    this.#stats.set(clientId, stat);
    const { ok, retryAfter } = this.#limiters.get(clientId).tryTake(cost);
    if (!ok) {
      stat.denied++;
      throw new RateLimitError(clientId, retryAfter);
    }
    stat.allowed++;
    return `200 ${path}`;
  }
  *report() {
    const ids = [...this.#stats.keys()].sort();
    for (const id of ids) yield [id, this.#stats.get(id)];
  }
}

const traffic = [
  [0, 'alice', '/home'], [100, 'alice', '/feed'], [50, 'bob', '/home'],
  [10, 'alice', '/feed'], [10, 'alice', '/feed', 2], [10, 'alice', '/feed'],
  [200, 'bob', '/search', 3], [400, 'alice', '/feed'], [1200, 'alice', '/feed'],
  [0, 'carol', '/export', 4], [300, 'carol', '/export', 4], [2500, 'carol', '/export', 4],
  [0, 'bob', '/search', 3], [0, 'bob', '/home'],
];

function simulate(label, factory) {
  console.log(`=== ${label} ===`);
  const clock = new FakeClock();
  const gw = new Gateway(clock, factory);
  for (const [delta, client, path, cost] of traffic) {
    clock.advance(delta);
    const stamp = String(clock.now).padStart(5, ' ');
    try {
      console.log(`${stamp}ms ${client.padEnd(6)} ${gw.handle(client, path, cost)}`);
    } catch (err) {
      if (!(err instanceof RateLimitError)) throw err;
      console.log(`${stamp}ms ${client.padEnd(6)} 429 retry in ${err.retryAfter}ms`);
    }
  }
  for (const [id, { allowed, denied }] of gw.report()) {
    const rate = ((allowed / (allowed + denied)) * 100).toFixed(1);
    console.log(`  ${id}: allowed=${allowed} denied=${denied} (${rate}% ok)`);
  }
}

simulate('token bucket', (clock) => new TokenBucket(clock, { capacity: 4, refillPerSecond: 2 }));
simulate('sliding window', (clock) => new SlidingWindowLimiter(clock, 3, 1000));
