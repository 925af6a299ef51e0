// Budget envelope system: monthly allocations, spending, overdraft borrowing,
// and month-end rollover rules (carry, cap, or sweep to savings).

class EnvelopeError extends Error {
  constructor(message, envelope) {
    super(message);
    this.name = 'EnvelopeError';
    this.envelope = envelope;
  }
}

class Envelope {
  #balance = 0;
  constructor(name, { monthly, rollover = 'carry', cap = Infinity }) {
    this.name = name;
    this.monthly = monthly;
    this.rollover = rollover;
    this.cap = cap;
    this.spent = 0;
  }

  get balance() { return this.#balance; }
  set balance(v) { this.#balance = Math.round(v * 100) / 100; }

  fund(amount = this.monthly) {
    this.balance = this.#balance + amount;
  }

  spend(amount) {
    if (amount <= 0) throw new EnvelopeError(`Invalid amount ${amount}`, this.name);
    if (amount > this.#balance) throw new EnvelopeError(`${this.name} short by ${(amount - this.#balance).toFixed(2)}`, this.name);
    this.balance = this.#balance - amount;
    this.spent += amount;
  }
}

class Budget {
  static SAVINGS = 'Savings';
  constructor(income) {
    this.income = income;
    this.envelopes = new Map();
    this.savings = 0;
    this.notes = [];
  }

  add(name, opts) {
    this.envelopes.set(name, new Envelope(name, opts));
    return this;
  }

  startMonth(label) {
    const allocated = [...this.envelopes.values()].reduce((s, e) => s + e.monthly, 0);
    this.envelopes.forEach((e) => e.fund());
    const leftover = this.income - allocated;
    this.savings += leftover;
    this.notes.push(`${label}: allocated ${allocated.toFixed(2)}, unassigned ${leftover.toFixed(2)} -> savings`);
  }

  // Spend from an envelope; if it is short, borrow from the fullest flexible envelope.
  spend(name, amount, memo = '') {
    const env = this.envelopes.get(name);
    if (!env) throw new EnvelopeError(`No envelope "${name}"`, name);
    try {
      env.spend(amount);
    } catch (err) {
      if (!(err instanceof EnvelopeError) || amount <= 0) throw err;
      const need = amount - env.balance;
      const donor = [...this.envelopes.values()]
        .filter((e) => e !== env && e.rollover !== 'sweep' && e.balance >= need)
        .sort((a, b) => b.balance - a.balance)[0];
      if (!donor) throw err;
      donor.balance -= need;
      env.balance += need;
      env.spend(amount);
      this.notes.push(`  borrowed ${need.toFixed(2)} from ${donor.name} for ${name}${memo && ` (${memo})`}`);
    }
  }

  closeMonth(label) {
    const rows = [];
    for (const env of this.envelopes.values()) {
      const before = env.balance;
      let moved = 0;
      switch (env.rollover) {
        case 'sweep':
          moved = before;
          break;
        case 'cap':
          moved = Math.max(0, before - env.cap);
          break;
        default:
          moved = 0;
      }
      env.balance = before - moved;
      this.savings += moved;
      rows.push({ name: env.name, spent: env.spent, before, carried: env.balance, moved });
      env.spent = 0;
    }
    this.savings = Math.round(this.savings * 100) / 100;
    return { label, rows, savings: this.savings };
  }
}

const budget = new Budget(4200)
  .add('Rent', { monthly: 1600, rollover: 'sweep' })
  .add('Groceries', { monthly: 550 })
  .add('Dining', { monthly: 180, rollover: 'cap', cap: 50 })
  .add('Transport', { monthly: 220, rollover: 'cap', cap: 100 })
  .add('Fun', { monthly: 150 })
  .add('Gifts', { monthly: 60 });

const months = {
  January: [['Rent', 1600], ['Groceries', 480.35], ['Dining', 95.2], ['Transport', 140], ['Fun', 60], ['Gifts', 25]],
  February: [['Rent', 1600], ['Groceries', 612.4], ['Dining', 240, 'anniversary'], ['Fun', 180], ['Transport', 0]],
  March: [['Rent', 1600], ['Groceries', 505.1], ['Gifts', 400, 'wedding'], ['Vacation', 900], ['Transport', 260.75]],
};

for (const [month, spending] of Object.entries(months)) {
  budget.startMonth(month);
  for (const [env, amount, memo] of spending) {
    try {
      budget.spend(env, amount, memo);
    } catch (err) {
      if (!(err instanceof EnvelopeError)) throw err;
      budget.notes.push(`  FAILED ${env} ${amount}: ${err.message}`);
    }
  }
  const { label, rows, savings } = budget.closeMonth(month);
  budget.notes.forEach((n) => console.log(n));
  budget.notes = [];
  console.log(`${'Envelope'.padEnd(10)}${'Spent'.padStart(9)}${'End'.padStart(9)}${'Carry'.padStart(9)}${'ToSave'.padStart(9)}`);
  for (const { name, spent, before, carried, moved } of rows) {
    console.log(`${name.padEnd(10)}${[spent, before, carried, moved].map((v) => v.toFixed(2).padStart(9)).join('')}`);
  }
  console.log(`${label} closed. Savings now ${savings.toFixed(2)}\n`);
}
const totals = Object.fromEntries([...budget.envelopes].map(([k, e]) => [k, e.balance]));
console.log('Carry-over into April:', JSON.stringify(totals));
