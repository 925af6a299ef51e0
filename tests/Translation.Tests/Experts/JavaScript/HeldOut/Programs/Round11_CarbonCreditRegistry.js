'use strict';

class RegistryError extends Error {
  constructor(code, message) { super(message); this.name = 'RegistryError'; this.code = code; }
}
class InsufficientCreditsError extends RegistryError {
  constructor(account, wanted, have) {
    super('INSUFFICIENT', `${account} needs ${wanted} t but holds ${have} t`);
    this.name = 'InsufficientCreditsError';
  }
}

const fnv1a = text => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0).toString(16).padStart(8, '0');
};
class SerialBlock {
  constructor(project, vintage, start, end) { Object.assign(this, { project, vintage, start, end }); }
  get size() { return this.end - this.start + 1; }
  take(n) {
    const head = new SerialBlock(this.project, this.vintage, this.start, this.start + n - 1);
    this.start += n;
    return head;
  }
  toString() { return `${this.project}-${this.vintage}-${String(this.start).padStart(6, '0')}..${String(this.end).padStart(6, '0')}`; }
}

class CarbonRegistry {
  #holdings = new Map();
  #retired = [];
  #journal = [];
  #nextSerial = new Map();
  static RETIREMENT_ACCOUNT = '__retired__';

  #blocks(account) {
    if (!this.#holdings.has(account)) this.#holdings.set(account, []);
    return this.#holdings.get(account);
  }
  #log(kind, details) {
    const prev = this.#journal.at(-1)?.hash ?? '00000000';
    const body = JSON.stringify({ kind, ...details });
    this.#journal.push({ seq: this.#journal.length + 1, kind, body, hash: fnv1a(prev + body) });
  }
  balance(account) { return this.#blocks(account).reduce((s, b) => s + b.size, 0); }

  issue(project, vintage, tonnes, to) {
    if (!/^[A-Z]{2,5}\d{2,4}$/.test(project)) throw new RegistryError('BAD_PROJECT', `invalid project id '${project}'`);
    if (!Number.isInteger(tonnes) || tonnes <= 0) throw new RegistryError('BAD_AMOUNT', `cannot issue ${tonnes} t`);
    const key = `${project}/${vintage}`;
    const start = this.#nextSerial.get(key) ?? 1;
    this.#nextSerial.set(key, start + tonnes);
    const block = new SerialBlock(project, vintage, start, start + tonnes - 1);
    this.#blocks(to).push(block);
    this.#log('issue', { to, block: String(block) });
    return block;
  }

  #withdraw(account, tonnes, { vintageFloor = 0 } = {}) {
    const blocks = this.#blocks(account);
    const eligible = blocks.filter(b => b.vintage >= vintageFloor).sort((a, b) => a.vintage - b.vintage || a.project.localeCompare(b.project) || a.start - b.start);
    const have = eligible.reduce((s, b) => s + b.size, 0);
    if (have < tonnes) throw new InsufficientCreditsError(account, tonnes, have);
    const taken = [];
    let need = tonnes;
    for (const b of eligible) {
      if (need === 0) break;
      const n = Math.min(need, b.size);
      taken.push(b.take(n));
      need -= n;
    }
    this.#holdings.set(account, blocks.filter(b => b.size > 0));
    return taken;
  }

  transfer(from, to, tonnes, opts) {
    if (to === CarbonRegistry.RETIREMENT_ACCOUNT) throw new RegistryError('RESERVED', 'use retire() instead');
    const moved = this.#withdraw(from, tonnes, opts);
    this.#blocks(to).push(...moved);
    this.#log('transfer', { from, to, tonnes, blocks: moved.map(String) });
    return moved;
  }

  retire(account, tonnes, beneficiary) {
    const moved = this.#withdraw(account, tonnes);
    this.#retired.push(...moved.map(block => ({ block, beneficiary })));
    this.#log('retire', { account, tonnes, beneficiary });
    return moved;
  }

  get retiredByBeneficiary() {
    return this.#retired.reduce((acc, { block, beneficiary }) => ({ ...acc, [beneficiary]: (acc[beneficiary] ?? 0) + block.size }), {});
  }
  get journal() { return this.#journal.map(({ seq, kind, hash }) => `${seq}:${kind}:${hash}`); }
  verify() {
    let prev = '00000000';
    return this.#journal.every(e => { const ok = fnv1a(prev + e.body) === e.hash; prev = e.hash; return ok; });
  }
  holdingsOf(account) { return this.#blocks(account).map(String); }
}

const reg = new CarbonRegistry();
reg.issue('REDD042', 2019, 500, 'ForestCo');
reg.issue('SOLAR07', 2021, 300, 'ForestCo');
reg.issue('REDD042', 2019, 120, 'ForestCo');
reg.issue('WIND113', 2022, 1000, 'WindGen');
console.log('ForestCo:', reg.balance('ForestCo'), reg.holdingsOf('ForestCo').join(', '));

const moved = reg.transfer('ForestCo', 'AirlineX', 550);
console.log('moved to AirlineX:', moved.join(' + '));
reg.transfer('WindGen', 'AirlineX', 250, { vintageFloor: 2022 });
reg.transfer('ForestCo', 'BankY', 60, { vintageFloor: 2021 });
for (const acct of ['ForestCo', 'WindGen', 'AirlineX', 'BankY']) {
  console.log(`${acct.padEnd(9)} ${String(reg.balance(acct)).padStart(5)} t  ${reg.holdingsOf(acct).join(', ') || '(empty)'}`);
}

const retired = reg.retire('AirlineX', 600, 'Flight offsets Q1');
console.log('retired:', retired.map(String).join(' | '));
reg.retire('BankY', 60, 'Scope 2 2023');
reg.retire('WindGen', 15, 'Flight offsets Q1');
console.log('retired by beneficiary:', JSON.stringify(reg.retiredByBeneficiary));

const failures = [
  () => reg.retire('AirlineX', 500, 'too much'),
  () => reg.transfer('ForestCo', 'BankY', 10, { vintageFloor: 2030 }),
  () => reg.issue('bad-id', 2020, 5, 'X'),
  () => reg.issue('HYDRO19', 2020, 2.5, 'X'),
  () => reg.transfer('ForestCo', CarbonRegistry.RETIREMENT_ACCOUNT, 1),
];
failures.forEach((fn, i) => {
  try { fn(); console.log(`#${i} ok`); }
  catch (e) { console.log(`#${i} ${e.name}/${e.code} ${e instanceof InsufficientCreditsError ? '[funds]' : ''}: ${e.message}`); }
});

const total = ['ForestCo', 'WindGen', 'AirlineX', 'BankY'].map(a => reg.balance(a)).reduce((a, b) => a + b, 0);
const retiredTotal = Object.values(reg.retiredByBeneficiary).reduce((a, b) => a + b, 0);
console.log(`conservation: ${total} held + ${retiredTotal} retired = ${total + retiredTotal} (issued 1920)`);
console.log('journal:', reg.journal.length, 'entries, chain valid:', reg.verify());
reg.journal.slice(-4).forEach(j => console.log('  ', j));
console.log('fnv1a("") =', fnv1a(''), 'fnv1a("a") =', fnv1a('a'));
