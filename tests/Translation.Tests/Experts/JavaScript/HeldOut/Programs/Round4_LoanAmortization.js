// Loan amortization tables using integer cents to keep every figure exact.

class LoanError extends Error {
  constructor(message, field) {
    super(message);
    this.name = 'LoanError';
    this.field = field;
  }
}

const money = (cents) => {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${whole}.${String(abs % 100).padStart(2, '0')}`;
};

class Loan {
  static #count = 0;
  #extras = new Map();

  constructor({ name, principal, annualBps, months }) {
    if (principal <= 0) throw new LoanError(`principal must be positive, got ${principal}`, 'principal');
    if (months < 1 || months > 480) throw new LoanError(`term of ${months} months is out of range`, 'months');
    if (annualBps < 0) throw new LoanError('rate cannot be negative', 'annualBps');
    this.id = ++Loan.#count;
    Object.assign(this, { name, principal, annualBps, months });
    this.payment = this.#solvePayment();
  }

  static get created() { return Loan.#count; }

  interestFor(balance) {
    return Math.floor((balance * this.annualBps) / 120000);
  }

  #monthsToPayOff(payment) {
    let balance = this.principal;
    for (let m = 1; m <= this.months; m++) {
      balance += this.interestFor(balance) - payment;
      if (balance <= 0) return m;
    }
    return Infinity;
  }

  #solvePayment() {
    let lo = 1, hi = this.principal + this.interestFor(this.principal);
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.#monthsToPayOff(mid) <= this.months) hi = mid; else lo = mid + 1;
    }
    return lo;
  }

  addExtra(month, cents) {
    this.#extras.set(month, (this.#extras.get(month) ?? 0) + cents);
    return this;
  }

  *schedule() {
    let balance = this.principal;
    for (let month = 1; balance > 0; month++) {
      const interest = this.interestFor(balance);
      const extra = this.#extras.get(month) ?? 0;
      const due = Math.min(this.payment + extra, balance + interest);
      const principalPart = due - interest;
      balance -= principalPart;
      yield { month, interest, principalPart, paid: due, balance, extra };
    }
  }

  summary() {
    const rows = [...this.schedule()];
    const totalInterest = rows.reduce((sum, r) => sum + r.interest, 0);
    const totalPaid = rows.reduce((sum, r) => sum + r.paid, 0);
    return { months: rows.length, totalInterest, totalPaid, last: rows.at(-1) };
  }
}

const printTable = (loan, limit = 6) => {
  console.log(`Loan #${loan.id} "${loan.name}": ${money(loan.principal)} at ${(loan.annualBps / 100).toFixed(2)}% for ${loan.months} months`);
  console.log(`  monthly payment ${money(loan.payment)}`);
  console.log('  ' + ['Mo', 'Interest', 'Principal', 'Balance'].map((h, i) => (i === 0 ? h.padEnd(4) : h.padStart(13))).join(''));
  const rows = [...loan.schedule()];
  const shown = rows.length > limit ? [...rows.slice(0, limit - 2), null, rows.at(-1)] : rows;
  for (const row of shown) {
    if (row === null) { console.log('  ...'); continue; }
    const { month, interest, principalPart, balance, extra } = row;
    const note = extra ? ` (+${money(extra)} extra)` : '';
    console.log(`  ${String(month).padEnd(4)}${money(interest).padStart(13)}${money(principalPart).padStart(13)}${money(balance).padStart(13)}${note}`);
  }
};

const specs = [
  { name: 'Car', principal: 1850000, annualBps: 695, months: 48 },
  { name: 'Laptop', principal: 240000, annualBps: 0, months: 12 },
  { name: 'Bad term', principal: 500000, annualBps: 500, months: 0 },
  { name: 'Home office', principal: 960000, annualBps: 1125, months: 24 },
  { name: 'Negative', principal: -100, annualBps: 300, months: 10 },
];

const loans = [];
for (const spec of specs) {
  try {
    loans.push(new Loan(spec));
  } catch (err) {
    if (err instanceof LoanError) console.log(`Skipped ${spec.name}: ${err.message} [${err.field}]`);
    else throw err;
  }
}
loans.forEach((loan) => printTable(loan));

const office = loans.find((l) => l.name === 'Home office');
const before = office.summary();
office.addExtra(3, 50000).addExtra(6, 100000).addExtra(6, 25000);
const after = office.summary();
console.log(`Extra payments on "${office.name}":`);
console.log(`  months ${before.months} -> ${after.months}, interest ${money(before.totalInterest)} -> ${money(after.totalInterest)}`);
console.log(`  saved ${money(before.totalInterest - after.totalInterest)}, final payment ${money(after.last.paid)}`);
printTable(office, 8);

const ranked = [...loans].sort((a, b) => b.summary().totalInterest - a.summary().totalInterest);
console.log('Interest ranking: ' + ranked.map((l) => `${l.name}=${money(l.summary().totalInterest)}`).join(', '));
console.log(`Loans created: ${Loan.created}, all paid off: ${loans.every((l) => l.summary().last.balance === 0)}`);
