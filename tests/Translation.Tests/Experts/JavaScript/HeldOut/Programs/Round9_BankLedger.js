'use strict';

class InsufficientFunds extends Error {
  constructor(account, amount) {
    super(`${account.id} cannot cover ${Bank.cents(amount)} (available ${Bank.cents(account.available)})`);
    this.name = 'InsufficientFunds';
  }
}

class Account {
  static #count = 0;
  constructor(owner, openingCents = 0) {
    this.id = `${this.constructor.prefix}-${String(++Account.#count).padStart(3, '0')}`;
    this.owner = owner;
    this.balance = openingCents;
    this.entries = [{ memo: 'opening', amount: openingCents }];
    this.frozen = false;
  }

  static get prefix() { return 'ACC'; }
  get available() { return this.balance; }

  post(memo, amount) {
    if (this.frozen) throw new Error(`${this.id} is frozen`);
    if (amount < 0 && -amount > this.available) throw new InsufficientFunds(this, -amount);
    this.balance += amount;
    this.entries.push({ memo, amount });
  }

  monthEnd() { return []; }
}

class Savings extends Account {
  static get prefix() { return 'SAV'; }
  constructor(owner, opening, annualRatePct) {
    super(owner, opening);
    this.rate = annualRatePct;
    this.withdrawalsThisMonth = 0;
  }
  post(memo, amount) {
    if (amount < 0 && ++this.withdrawalsThisMonth > 2) {
      this.withdrawalsThisMonth--;
      throw new Error(`${this.id} withdrawal limit reached`);
    }
    super.post(memo, amount);
  }
  monthEnd() {
    const interest = Math.round(this.balance * this.rate / 100 / 12);
    this.withdrawalsThisMonth = 0;
    if (interest <= 0 || this.frozen) return [];
    super.post('interest', interest);
    return [`interest ${Bank.cents(interest)}`];
  }
}

class Checking extends Account {
  static get prefix() { return 'CHK'; }
  constructor(owner, opening, overdraft) {
    super(owner, opening);
    this.overdraft = overdraft;
  }
  get available() { return this.balance + this.overdraft; }
  monthEnd() {
    if (this.balance >= 0) return [];
    const fee = 1500 + Math.round(-this.balance * 0.02);
    this.balance -= fee;
    this.entries.push({ memo: 'overdraft fee', amount: -fee });
    return [`overdraft fee ${Bank.cents(fee)}`];
  }
}

class Bank {
  constructor() { this.accounts = new Map(); }
  static cents(v) {
    const s = (Math.abs(v) / 100).toFixed(2).replace(/\B(?=(\d{3})+\.)/g, ',');
    return v < 0 ? `-$${s}` : `$${s}`;
  }

  open(account) {
    this.accounts.set(account.id, account);
    return account;
  }
  transfer(fromId, toId, amount) {
    const from = this.accounts.get(fromId);
    const to = this.accounts.get(toId);
    if (!from || !to) throw new Error(`no such account ${from ? toId : fromId}`);
    from.post(`to ${toId}`, -amount);
    try {
      to.post(`from ${fromId}`, amount);
    } catch (e) {
      from.balance += amount;
      from.entries.push({ memo: `reversal ${toId}`, amount });
      throw e;
    }
  }

  get totalDeposits() { return [...this.accounts.values()].reduce((s, a) => s + a.balance, 0); }
}

const bank = new Bank();
const chk = bank.open(new Checking('Mara', 120000, 50000));
const sav = bank.open(new Savings('Mara', 1500000, 3.6));
const biz = bank.open(new Checking('Ortega LLC', 40000, 0));
const kid = bank.open(new Savings('Tomas', 2500, 1.2));

const months = [
  [['deposit', chk.id, 250000], ['transfer', chk.id, sav.id, 100000], ['withdraw', chk.id, 310000]],
  [['transfer', sav.id, chk.id, 20000], ['transfer', sav.id, kid.id, 5000], ['transfer', sav.id, biz.id, 1000],
    ['withdraw', biz.id, 45000], ['freeze', kid.id], ['transfer', chk.id, kid.id, 700]],
  [['withdraw', chk.id, 90000], ['transfer', biz.id, 'CHK-999', 100], ['deposit', biz.id, 125050]],
];

months.forEach((ops, m) => {
  console.log(`== Month ${m + 1} ==`);
  for (const [op, ...args] of ops) {
    try {
      switch (op) {
        case 'deposit': bank.accounts.get(args[0]).post('deposit', args[1]); break;
        case 'withdraw': bank.accounts.get(args[0]).post('withdrawal', -args[1]); break;
        case 'transfer': bank.transfer(...args); break;
        case 'freeze': bank.accounts.get(args[0]).frozen = true; break;
        default: throw new Error(`unknown op ${op}`);
      }
      console.log(`  ok   ${op} ${args.join(' ')}`);
    } catch (e) {
      console.log(`  FAIL ${op}: ${e.name === 'Error' ? '' : e.name + ': '}${e.message}`);
    }
  }
  for (const acct of bank.accounts.values()) {
    acct.monthEnd().forEach(note => console.log(`  ${acct.id} ${note}`));
  }
});

console.log('== Balances ==');
for (const a of [...bank.accounts.values()].sort((x, y) => y.balance - x.balance)) {
  console.log(`${a.id} ${a.owner.padEnd(11)} ${Bank.cents(a.balance).padStart(12)}  entries=${a.entries.length}`);
}
console.log(`Total deposits: ${Bank.cents(bank.totalDeposits)}`);
console.log('Statement', chk.id + ':', chk.entries.map(({ memo, amount }) => `${memo} ${Bank.cents(amount)}`).join('; '));
