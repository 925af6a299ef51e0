'use strict';

function money(strings, ...values) {
  return strings.reduce((out, s, i) => {
    const v = values[i - 1];
    return out + (typeof v === 'number' ? `$${v.toFixed(2)}` : v) + s;
  });
}

class LoanError extends Error {}

class Item {
  static #nextId = 1000;
  constructor(title, loanDays, dailyFine) {
    this.id = Item.#nextId++;
    this.title = title;
    this.loanDays = loanDays;
    this.dailyFine = dailyFine;
    this.borrower = null;
    this.dueDay = null;
    this.timesLoaned = 0;
  }
  get kind() { return this.constructor.name; }
  get available() { return this.borrower === null; }
  fineFor(daysLate) { return Math.max(0, daysLate) * this.dailyFine; }
  label() { return `${this.kind}#${this.id} "${this.title}"`; }
}

class Book extends Item {
  constructor(title, author, pages) {
    super(title, pages > 400 ? 28 : 21, 0.25);
    this.author = author;
  }
  label() { return `${super.label()} by ${this.author}`; }
}

class Dvd extends Item {
  constructor(title, minutes) {
    super(title, 7, 1.0);
    this.minutes = minutes;
  }
  fineFor(daysLate) { return Math.min(super.fineFor(daysLate), 10); }
}

class Member {
  constructor(name, limit = 3) {
    this.name = name;
    this.limit = limit;
    this.loans = new Set();
    this.finesOwed = 0;
  }
}

class Library {
  constructor() {
    this.catalog = new Map();
    this.members = new Map();
    this.events = [];
  }
  add(...items) { items.forEach(it => this.catalog.set(it.id, it)); }
  join(member) { this.members.set(member.name, member); }

  *[Symbol.iterator]() {
    yield* [...this.catalog.values()].sort((a, b) => a.title.localeCompare(b.title));
  }

  checkout(name, id, day) {
    const member = this.members.get(name);
    const item = this.catalog.get(id);
    if (!member || !item) throw new LoanError(`unknown ${member ? 'item ' + id : 'member ' + name}`);
    if (!item.available) throw new LoanError(`${item.title} is out until day ${item.dueDay}`);
    if (member.finesOwed > 5) throw new LoanError(money`${name} owes ${member.finesOwed}`);
    if (member.loans.size >= member.limit) throw new LoanError(`${name} reached limit ${member.limit}`);
    item.borrower = member;
    item.dueDay = day + item.loanDays;
    item.timesLoaned++;
    member.loans.add(item);
    this.events.push(`day ${day}: ${name} borrows ${item.label()} due ${item.dueDay}`);
  }

  giveBack(id, day) {
    const item = this.catalog.get(id);
    const member = item?.borrower;
    if (!member) throw new LoanError(`item ${id} is not on loan`);
    const fine = item.fineFor(day - item.dueDay);
    member.finesOwed += fine;
    member.loans.delete(item);
    item.borrower = null;
    const late = fine > 0 ? money` late, fine ${fine}` : '';
    this.events.push(`day ${day}: ${member.name} returns ${item.title}${late}`);
  }

  pay(name, amount) {
    const m = this.members.get(name);
    const paid = Math.min(amount, m.finesOwed);
    m.finesOwed -= paid;
    this.events.push(money`${name} pays ${paid}, still owes ${m.finesOwed}`);
  }
}

const lib = new Library();
const [dune, sicp, hobbit] = [
  new Book('Dune', 'Herbert', 612), new Book('SICP', 'Abelson', 657), new Book('The Hobbit', 'Tolkien', 310),
];
const [alien, heat] = [new Dvd('Alien', 117), new Dvd('Heat', 170)];
lib.add(dune, sicp, hobbit, alien, heat);
['ana', 'ben', 'cy'].forEach((n, i) => lib.join(new Member(n, i + 1)));

const actions = [
  () => lib.checkout('ana', dune.id, 1), () => lib.checkout('ben', alien.id, 1),
  () => lib.checkout('ben', dune.id, 2), () => lib.checkout('ben', hobbit.id, 3),
  () => lib.checkout('ben', heat.id, 3), () => lib.checkout('cy', sicp.id, 4),
  () => lib.giveBack(alien.id, 20), () => lib.checkout('ben', heat.id, 21),
  () => lib.giveBack(dune.id, 35), () => lib.giveBack(hobbit.id, 30),
  () => lib.checkout('zed', dune.id, 31), () => lib.checkout('ana', 42, 31),
  () => lib.pay('ben', 4), () => lib.checkout('ben', dune.id, 36),
  () => lib.giveBack(sicp.id, 30), () => lib.giveBack(sicp.id, 31), () => lib.checkout('cy', alien.id, 40),
];
for (const act of actions) {
  try { act(); } catch (e) { lib.events.push(`refused: ${e.message}`); }
}
lib.events.forEach((e, i) => console.log(`${String(i + 1).padStart(2)}. ${e}`));

console.log('--- Catalog ---');
for (const item of lib) {
  const status = item.available ? 'available' : `with ${item.borrower.name} until ${item.dueDay}`;
  console.log(`${item.kind.padEnd(4)} ${item.title.padEnd(10)} loans=${item.timesLoaned} ${status}`);
}
console.log('--- Members ---');
for (const { name, loans, finesOwed, limit } of lib.members.values()) {
  const titles = Array.from(loans, it => it.title).join(', ') || '(none)';
  console.log(money`${name.padEnd(4)} limit ${String(limit)} owes ${finesOwed} holds: ${titles}`);
}
