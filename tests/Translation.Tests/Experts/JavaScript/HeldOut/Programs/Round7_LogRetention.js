// Log rotation and retention policy simulator over a 40-day window.
class PolicyError extends Error {
  constructor(field, value) {
    super(`invalid policy field ${field}=${JSON.stringify(value)}`);
    this.name = 'PolicyError';
    this.field = field;
  }
}

function seededRandom(seed) {
  let x = seed;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x / 0x100000000;
  };
}

const KB = 1024;
const MB = 1024 * KB;
const human = bytes => {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes, u = 0;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  return `${v.toFixed(u === 0 ? 0 : 1)}${units[u]}`;
};

class RetentionPolicy {
  constructor({ maxSizeMB = 50, keepDaily = 7, keepWeekly = 4, compress = true, maxTotalMB = Infinity } = {}) {
    const checks = { maxSizeMB, keepDaily, keepWeekly };
    for (const [field, value] of Object.entries(checks)) {
      if (!Number.isInteger(value) || value < 0) throw new PolicyError(field, value);
    }
    Object.assign(this, { maxSizeMB, keepDaily, keepWeekly, compress, maxTotalMB });
  }
  describe() {
    const total = Number.isFinite(this.maxTotalMB) ? `, cap ${this.maxTotalMB}MB` : '';
    return `rotate@${this.maxSizeMB}MB daily=${this.keepDaily} weekly=${this.keepWeekly}${this.compress ? ' gz' : ''}${total}`;
  }
}

class LogDirectory {
  #archives = [];
  constructor(name, policy) {
    this.name = name;
    this.policy = policy;
    this.activeSize = 0;
    this.seq = 0;
    this.deleted = 0;
    this.events = [];
  }
  get archives() {
    return this.#archives.map(a => ({ ...a }));
  }
  get totalBytes() {
    return this.activeSize + this.#archives.reduce((s, a) => s + a.size, 0);
  }
  rotate(day, reason) {
    if (this.activeSize === 0) return;
    const size = this.policy.compress ? Math.round(this.activeSize * 0.12) : this.activeSize;
    const file = `${this.name}.${String(day).padStart(2, '0')}-${++this.seq}${this.policy.compress ? '.gz' : ''}`;
    this.#archives.push({ file, day, size, weekly: false });
    this.events.push(`d${day} rotate(${reason}) -> ${file} ${human(size)}`);
    this.activeSize = 0;
  }
  write(day, bytes) {
    const limit = this.policy.maxSizeMB * MB;
    while (bytes > 0) {
      const room = limit - this.activeSize;
      const chunk = Math.min(room, bytes);
      this.activeSize += chunk;
      bytes -= chunk;
      if (this.activeSize >= limit) this.rotate(day, 'size');
    }
  }
  enforce(today) {
    const { keepDaily, keepWeekly, maxTotalMB } = this.policy;
    // Newest archive of each week (day 0-6 = week 0) is promoted to weekly.
    const lastPerWeek = new Map();
    for (const a of this.#archives) lastPerWeek.set(Math.floor(a.day / 7), a);
    const weeklies = [...lastPerWeek.values()].slice(-keepWeekly);
    this.#archives = this.#archives.filter(a => {
      const keep = today - a.day < keepDaily || weeklies.includes(a);
      a.weekly = weeklies.includes(a) && today - a.day >= keepDaily;
      if (!keep) this.deleted++;
      return keep;
    });
    while (this.totalBytes > maxTotalMB * MB && this.#archives.length > 0) {
      const victim = this.#archives.shift();
      this.deleted++;
      this.events.push(`d${today} cap-evict ${victim.file}`);
    }
  }
}

function simulate(label, policyOptions, days = 40) {
  let policy;
  try {
    policy = new RetentionPolicy(policyOptions);
  } catch (e) {
    console.log(`[${label}] rejected: ${e.message}`);
    return null;
  }
  const rand = seededRandom(label.length * 7919 + 17);
  const dir = new LogDirectory('app.log', policy);
  for (let day = 0; day < days; day++) {
    const weekend = day % 7 >= 5;
    const burst = rand() < 0.1 ? 4 : 1;
    dir.write(day, Math.floor((weekend ? 4 : 18) * MB * burst * (0.5 + rand())));
    dir.rotate(day, 'daily');
    dir.enforce(day);
  }
  console.log(`[${label}] ${policy.describe()}`);
  dir.events.filter(e => /size|evict/.test(e)).slice(0, 4).forEach(e => console.log(`   ${e}`));
  const arch = dir.archives;
  const weekly = arch.filter(a => a.weekly).map(a => a.file);
  console.log(`   kept ${arch.length} archives (${weekly.length} weekly: ${weekly.join(', ') || '-'}), deleted ${dir.deleted}`);
  console.log(`   disk used ${human(dir.totalBytes)}; oldest retained day ${arch[0]?.day ?? 'n/a'}`);
  return { label, kept: arch.length, bytes: dir.totalBytes };
}

const scenarios = [
  ['default', {}],
  ['verbose-raw', { maxSizeMB: 20, compress: false, keepDaily: 3, keepWeekly: 2 }],
  ['capped', { maxSizeMB: 10, keepDaily: 14, keepWeekly: 8, compress: false, maxTotalMB: 150 }],
  ['broken', { keepDaily: -1 }],
  ['fractional', { maxSizeMB: 2.5 }],
];
const results = scenarios.map(([label, opts]) => simulate(label, opts)).filter(Boolean);
const ranked = results.toSorted((a, b) => a.bytes - b.bytes);
console.log(`Smallest footprint: ${ranked.map(r => `${r.label}=${human(r.bytes)}`).join(' < ')}`);
