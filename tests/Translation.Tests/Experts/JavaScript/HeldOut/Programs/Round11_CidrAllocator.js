'use strict';

class AllocationError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'AllocationError';
    this.code = code;
  }
}

const ipToInt = ip => {
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some(p => !/^\d{1,3}$/.test(p) || Number(p) > 255)) {
    throw new AllocationError(`invalid IPv4 address '${ip}'`, 'EADDR');
  }
  return parts.reduce((acc, p) => ((acc << 8) | Number(p)) >>> 0, 0);
};
const intToIp = n => [24, 16, 8, 0].map(s => (n >>> s) & 255).join('.');
const maskOf = prefix => (prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0);

class Cidr {
  #base; #prefix;
  constructor(base, prefix) {
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) throw new AllocationError(`bad prefix /${prefix}`, 'EPREFIX');
    this.#base = (base & maskOf(prefix)) >>> 0;
    this.#prefix = prefix;
  }
  static parse(text) {
    const [ip, pre = '32'] = text.split('/');
    return new Cidr(ipToInt(ip), Number(pre));
  }
  get base() { return this.#base; }
  get prefix() { return this.#prefix; }
  get size() { return 2 ** (32 - this.#prefix); }
  get last() { return this.#base + this.size - 1; }
  get netmask() { return intToIp(maskOf(this.#prefix)); }
  contains(other) { return other.base >= this.#base && other.last <= this.last; }
  overlaps(other) { return other.base <= this.last && this.#base <= other.last; }
  split() {
    if (this.#prefix === 32) throw new AllocationError(`cannot split ${this}`, 'ESPLIT');
    const p = this.#prefix + 1;
    return [new Cidr(this.#base, p), new Cidr(this.#base + 2 ** (32 - p), p)];
  }
  toString() { return `${intToIp(this.#base)}/${this.#prefix}`; }
}

class SubnetAllocator {
  #free; #allocated = new Map();
  static #instances = 0;
  constructor(pool) {
    this.pool = Cidr.parse(pool);
    this.#free = [this.pool];
    SubnetAllocator.#instances++;
  }
  static get instances() { return SubnetAllocator.#instances; }

  allocate(name, prefix) {
    if (this.#allocated.has(name)) throw new AllocationError(`'${name}' already allocated`, 'EDUP');
    if (prefix < this.pool.prefix) throw new AllocationError(`/${prefix} larger than pool ${this.pool}`, 'EPREFIX');
    // best fit: smallest free block that can hold it, lowest address first
    const candidates = this.#free.filter(b => b.prefix <= prefix)
      .sort((a, b) => b.prefix - a.prefix || a.base - b.base);
    let block = candidates[0];
    if (!block) throw new AllocationError(`no room for /${prefix} (${name})`, 'EFULL');
    this.#free = this.#free.filter(b => b !== block);
    while (block.prefix < prefix) {
      const [lo, hi] = block.split();
      this.#free.push(hi);
      block = lo;
    }
    this.#allocated.set(name, block);
    return block;
  }

  release(name) {
    const block = this.#allocated.get(name);
    if (!block) throw new AllocationError(`unknown allocation '${name}'`, 'ENOENT');
    this.#allocated.delete(name);
    this.#free.push(block);
    this.#coalesce();
    return block;
  }

  #coalesce() {
    let merged = true;
    while (merged) {
      merged = false;
      this.#free.sort((a, b) => a.base - b.base || a.prefix - b.prefix);
      for (let i = 0; i + 1 < this.#free.length; i++) {
        const [a, b] = [this.#free[i], this.#free[i + 1]];
        const aligned = (a.base ^ b.base) === a.size && a.prefix === b.prefix && a.base % (a.size * 2) === 0;
        if (aligned) {
          this.#free.splice(i, 2, new Cidr(a.base, a.prefix - 1));
          merged = true;
          break;
        }
      }
    }
  }

  lookup(ip) {
    const n = ipToInt(ip);
    return [...this.#allocated].find(([, c]) => n >= c.base && n <= c.last)?.[0] ?? null;
  }
  get freeBlocks() { return this.#free.map(String).sort(); }
  get utilization() {
    const used = [...this.#allocated.values()].reduce((s, c) => s + c.size, 0);
    return (100 * used / this.pool.size).toFixed(2) + '%';
  }
}

const c = Cidr.parse('192.168.37.201/22');
console.log(`${c} mask=${c.netmask} size=${c.size} last=${intToIp(c.last)}`);
console.log('split:', c.split().join(' | '));
console.log('contains /24:', c.contains(Cidr.parse('192.168.38.0/24')), 'overlaps 10/8:', c.overlaps(Cidr.parse('10.0.0.0/8')));
console.log('int round trip:', ipToInt('255.255.255.255'), intToIp(ipToInt('10.1.2.3')), maskOf(0), maskOf(32).toString(16));

const alloc = new SubnetAllocator('10.20.0.0/20');
const plan = [['web', 24], ['db', 26], ['cache', 27], ['vpn', 22], ['mgmt', 28], ['lab', 23]];
for (const [name, prefix] of plan) {
  const block = alloc.allocate(name, prefix);
  console.log(`alloc ${name.padEnd(6)} /${String(prefix).padEnd(2)} -> ${String(block).padEnd(16)} util=${alloc.utilization}`);
}
console.log('free:', alloc.freeBlocks.join(', '));
for (const ip of ['10.20.0.77', '10.20.4.9', '10.20.15.255', '10.21.0.1']) console.log(`lookup ${ip} -> ${alloc.lookup(ip) ?? '(none)'}`);

for (const action of [() => alloc.allocate('big', 21), () => alloc.allocate('web', 30), () => alloc.release('ghost'), () => Cidr.parse('10.0.0.256/8'), () => Cidr.parse('1.2.3.4/33'), () => alloc.allocate('huge', 20)]) {
  try { console.log('ok:', String(action())); }
  catch (e) { console.log(`${e.code ?? 'E?'}: ${e.message}`); }
}
for (const name of ['db', 'cache', 'mgmt', 'web']) {
  console.log(`release ${name} (${alloc.release(name)}) free=${alloc.freeBlocks.length} util=${alloc.utilization}`);
}
console.log('free after release:', alloc.freeBlocks.join(', '));
console.log('instances:', SubnetAllocator.instances, 'hosts in /22:', Cidr.parse('0.0.0.0/22').size - 2);
