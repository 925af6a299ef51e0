// A small bank ledger: accounts with inheritance, transfers, validation errors and statements.
class LedgerError extends Error {
  constructor(message, account) {
    super(message);
    this.name = this.constructor.name;
    this.account = account;
  }
}
class InsufficientFunds extends LedgerError {}
class AccountFrozen extends LedgerError {}

class Account {
  static #nextId = 1000;
  static create(kind, owner, opening = 0) {
    const Cls = { checking: CheckingAccount, savings: SavingsAccount }[kind];
    if (!Cls) throw new LedgerError(`Unknown account kind: ${kind}`, null);
    return new Cls(owner, opening);
  }
  constructor(owner, opening = 0) {
    this.id = `AC${Account.#nextId++}`;
    this.owner = owner;
    this._balance = 0;
    this.frozen = false;
    this.history = [];
    if (opening > 0) this.deposit(opening, 'opening deposit');
  }
  get balance() {
    return this._balance;
  }
  set balance(value) {
    if (!Number.isInteger(value)) throw new LedgerError(`Balance must be whole cents, got ${value}`, this.id);
    this._balance = value;
  }
  get kind() {
    return 'account';
  }
  limit() {
    return 0;
  }
  record(amount, memo) {
    this.balance += amount;
    this.history.push({ amount, memo, balance: this.balance });
  }
  deposit(amount, memo = 'deposit') {
    if (this.frozen) throw new AccountFrozen(`${this.id} is frozen`, this.id);
    if (amount <= 0) throw new LedgerError(`Deposit must be positive`, this.id);
    this.record(amount, memo);
  }
  withdraw(amount, memo = 'withdrawal') {
    if (this.frozen) throw new AccountFrozen(`${this.id} is frozen`, this.id);
    if (this.balance - amount < -this.limit()) {
      throw new InsufficientFunds(`${this.id} cannot cover ${cents(amount)} (balance ${cents(this.balance)})`, this.id);
    }
    this.record(-amount, memo);
  }
}
class CheckingAccount extends Account {
  get kind() { return 'checking'; }
  limit() { return 5000; } // $50 overdraft
}
class SavingsAccount extends Account {
  constructor(owner, opening, rateBps = 125) {
    super(owner, opening);
    this.rateBps = rateBps;
    this.withdrawals = 0;
  }
  get kind() { return 'savings'; }
  withdraw(amount, memo) {
    if (this.withdrawals >= 2) throw new LedgerError(`${this.id} exceeded monthly withdrawals`, this.id);
    super.withdraw(amount, memo);
    this.withdrawals += 1;
  }
  accrue() {
    const interest = Math.floor((this.balance * this.rateBps) / 10000 / 12);
    if (interest > 0) this.record(interest, 'interest');
    return interest;
  }
}

function cents(n) {
  const abs = Math.abs(n);
  const dollars = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '(' : ''}$${dollars}.${String(abs % 100).padStart(2, '0')}${n < 0 ? ')' : ''}`;
}

const bank = new Map();
const open = (...args) => {
  const acct = Account.create(...args);
  bank.set(acct.id, acct);
  return acct.id;
};
const transfer = (from, to, amount) => {
  const [a, b] = [bank.get(from), bank.get(to)];
  if (!a || !b) throw new LedgerError(`Unknown account in transfer ${from}->${to}`, from);
  a.withdraw(amount, `transfer to ${to}`);
  b.deposit(amount, `transfer from ${from}`);
};

const alice = open('checking', 'Alice', 120000);
const aliceSav = open('savings', 'Alice', 2500000);
const bob = open('checking', 'Bob', 3000);
const ops = [
  ['withdraw', bob, 7500], ['withdraw', bob, 500], ['transfer', alice, bob, 45050],
  ['transfer', aliceSav, alice, 100000], ['transfer', aliceSav, bob, 100], ['transfer', aliceSav, bob, 100],
  ['freeze', bob], ['deposit', bob, 999], ['transfer', alice, 'AC9999', 1], ['open', 'brokerage', 'Carl'],
  ['deposit', alice, 10.5],
];
for (const [op, ...args] of ops) {
  try {
    switch (op) {
      case 'withdraw': bank.get(args[0]).withdraw(args[1]); break;
      case 'deposit': bank.get(args[0]).deposit(args[1]); break;
      case 'transfer': transfer(...args); break;
      case 'freeze': bank.get(args[0]).frozen = true; break;
      case 'open': open(...args); break;
    }
    console.log(`ok    ${op} ${args.join(' ')}`);
  } catch (e) {
    console.log(`FAIL  ${op} ${args.join(' ')} -> ${e.name}: ${e.message}${e.account ? ` [${e.account}]` : ''}`);
  }
}
console.log(`interest for ${aliceSav}: ${cents(bank.get(aliceSav).accrue())}`);
for (const acct of bank.values()) {
  console.log(`== ${acct.id} ${acct.owner} (${acct.kind})${acct.frozen ? ' FROZEN' : ''}`);
  acct.history.forEach(({ amount, memo, balance }) =>
    console.log(`   ${memo.padEnd(22)}${cents(amount).padStart(14)}${cents(balance).padStart(14)}`));
}
const total = [...bank.values()].reduce((s, a) => s + a.balance, 0);
console.log(`Bank holdings: ${cents(total)} across ${bank.size} accounts`);
