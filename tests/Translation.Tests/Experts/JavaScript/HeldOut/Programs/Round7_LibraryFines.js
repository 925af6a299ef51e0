// Library fine calculator: members, loans, tiered fines and caps.
const DAY_MS = 24 * 60 * 60 * 1000;
const day = iso => new Date(`${iso}T00:00:00Z`);
const daysBetween = (a, b) => Math.round((b.getTime() - a.getTime()) / DAY_MS);
const fmt = d => d.toISOString().slice(0, 10);

class LibraryError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'LibraryError';
    this.code = code;
  }
}

class Member {
  #balanceCents = 0;
  constructor({ id, name, tier = 'standard', joined }) {
    Object.assign(this, { id, name, tier, joined: day(joined) });
    this.loans = [];
  }
  get balance() {
    return this.#balanceCents / 100;
  }
  charge(cents) {
    this.#balanceCents += cents;
  }
  pay(cents) {
    if (cents <= 0) throw new LibraryError('E_PAY', `invalid payment ${cents}`);
    const applied = Math.min(cents, this.#balanceCents);
    this.#balanceCents -= applied;
    return cents - applied; // change returned
  }
  get canBorrow() {
    return this.#balanceCents < 1000 && this.loans.filter(l => !l.returned).length < Member.limits[this.tier];
  }
  static limits = { standard: 3, premium: 6, child: 2 };
}

class FinePolicy {
  static RATES = { book: 25, dvd: 100, magazine: 10 };
  static CAP = { book: 1500, dvd: 3000, magazine: 500 };
  static graceDays(tier) {
    switch (tier) {
      case 'premium': return 3;
      case 'child': return 7;
      default: return 1;
    }
  }
  static compute(loan, member, asOf) {
    const late = daysBetween(loan.due, loan.returned ?? asOf) - FinePolicy.graceDays(member.tier);
    if (late <= 0) return { late: 0, cents: 0 };
    const rate = FinePolicy.RATES[loan.kind];
    // Rate doubles after the second week.
    const base = Math.min(late, 14) * rate + Math.max(0, late - 14) * rate * 2;
    const discounted = member.tier === 'child' ? Math.floor(base / 2) : base;
    return { late, cents: Math.min(discounted, FinePolicy.CAP[loan.kind]) };
  }
}

const members = new Map(
  [
    { id: 'M1', name: 'Ada Park', tier: 'premium', joined: '2019-02-11' },
    { id: 'M2', name: 'Ben Ortiz', joined: '2022-08-30' },
    { id: 'M3', name: 'Cleo Ng', tier: 'child', joined: '2023-01-15' },
  ].map(m => [m.id, new Member(m)])
);

function checkout(memberId, title, kind, start, loanDays = 14) {
  const member = members.get(memberId);
  if (!member) throw new LibraryError('E_MEMBER', `unknown member ${memberId}`);
  if (!member.canBorrow) throw new LibraryError('E_LIMIT', `${member.name} cannot borrow "${title}"`);
  const out = day(start);
  const loan = { title, kind, out, due: new Date(out.getTime() + loanDays * DAY_MS), returned: null };
  member.loans.push(loan);
  return loan;
}

const ops = [
  ['M1', 'Dune', 'book', '2024-03-01'],
  ['M1', 'Alien', 'dvd', '2024-03-02', 7],
  ['M2', 'Wired 04/24', 'magazine', '2024-03-05', 7],
  ['M2', 'SICP', 'book', '2024-02-01'],
  ['M3', 'Matilda', 'book', '2024-03-10'],
  ['M3', 'Coraline', 'dvd', '2024-03-10', 7],
  ['M3', 'Holes', 'book', '2024-03-11'],
  ['M9', 'Ghost', 'book', '2024-03-11'],
];
for (const [id, title, kind, start, days] of ops) {
  try {
    const loan = checkout(id, title, kind, start, days);
    console.log(`OUT  ${id} ${title.padEnd(12)} due ${fmt(loan.due)}`);
  } catch (e) {
    console.log(`FAIL ${e.code}: ${e.message}`);
  }
}

const returns = { Dune: '2024-03-20', Alien: '2024-03-30', SICP: '2024-03-29', Matilda: '2024-04-06' };
for (const m of members.values()) {
  for (const loan of m.loans) {
    if (returns[loan.title]) loan.returned = day(returns[loan.title]);
  }
}

const asOf = day('2024-04-10');
console.log(`\nFine report as of ${fmt(asOf)}`);
const report = [];
for (const member of members.values()) {
  for (const loan of member.loans) {
    const { late, cents } = FinePolicy.compute(loan, member, asOf);
    member.charge(cents);
    report.push({ member: member.name, title: loan.title, late, fine: (cents / 100).toFixed(2), open: !loan.returned });
  }
}
report.sort((a, b) => Number(b.fine) - Number(a.fine) || a.title.localeCompare(b.title));
for (const { member, title, late, fine, open } of report) {
  console.log(`${member.padEnd(10)} ${title.padEnd(12)} late=${String(late).padStart(2)} $${fine.padStart(6)}${open ? ' (still out)' : ''}`);
}
const totals = Object.fromEntries([...members].map(([id, m]) => [id, m.balance.toFixed(2)]));
console.log('Balances:', JSON.stringify(totals));
const ben = members.get('M2');
const change = ben.pay(2000);
console.log(`Ben paid $20.00, change $${(change / 100).toFixed(2)}, balance $${ben.balance.toFixed(2)}`);
try {
  ben.pay(-5);
} catch ({ name, code, message }) {
  console.log(`${name}[${code}] ${message}`);
}
let firstOverdue = null;
search: for (const m of members.values()) {
  for (const loan of m.loans) {
    if (loan.returned || loan.due >= asOf) continue;
    firstOverdue = { who: m.name, title: loan.title, days: daysBetween(loan.due, asOf) };
    break search;
  }
}
console.log(`First overdue open loan: ${firstOverdue ? `${firstOverdue.title} (${firstOverdue.who}, ${firstOverdue.days}d)` : 'none'}`);
console.log(`Can borrow: ${[...members.values()].map(m => `${m.id}=${m.canBorrow}`).join(' ')}`);
