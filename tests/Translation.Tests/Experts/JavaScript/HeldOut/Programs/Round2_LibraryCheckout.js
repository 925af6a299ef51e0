class LibraryError extends Error {
  constructor(message, code) { super(message); this.name = 'LibraryError'; this.code = code; }
}

class Book {
  #copies;
  #onLoan = 0;
  static created = 0;
  constructor({ isbn, title, author, copies = 1 }) {
    Object.assign(this, { isbn, title, author });
    this.#copies = copies;
    Book.created++;
  }
  get available() { return this.#copies - this.#onLoan; }
  get copies() { return this.#copies; }
  lend() {
    if (this.available <= 0) throw new LibraryError(`No copies of "${this.title}" left`, 'UNAVAILABLE');
    this.#onLoan++;
  }
  giveBack() { this.#onLoan = Math.max(0, this.#onLoan - 1); }
}
class Member {
  static LIMITS = { basic: 2, premium: 4, staff: 6 };
  constructor(id, name, tier = 'basic') {
    Object.assign(this, { id, name, tier });
    this.loans = new Map();
    this.fines = 0;
  }
  get limit() { return Member.LIMITS[this.tier] ?? 2; }
}

const money = (cents) => `$${(cents / 100).toFixed(2)}`;
class Library {
  static FINE_PER_DAY = 25;
  static LOAN_DAYS = 14;
  #books = new Map();
  #members = new Map();
  #log = [];

  addBook(data) { const b = new Book(data); this.#books.set(b.isbn, b); return this; }
  addMember(...args) { const m = new Member(...args); this.#members.set(m.id, m); return this; }

  #find(map, key, kind) {
    return map.get(key) ?? (() => { throw new LibraryError(`Unknown ${kind}: ${key}`, 'NOT_FOUND'); })();
  }

  checkout(memberId, isbn, day) {
    const [member, book] = [this.#find(this.#members, memberId, 'member'), this.#find(this.#books, isbn, 'book')];
    if (member.fines > 100) throw new LibraryError(`${member.name} owes ${money(member.fines)}`, 'FINES');
    if (member.loans.size >= member.limit) throw new LibraryError(`${member.name} is at limit ${member.limit}`, 'LIMIT');
    if (member.loans.has(isbn)) throw new LibraryError(`${member.name} already has "${book.title}"`, 'DUPLICATE');
    book.lend();
    const due = day + (member.tier === 'staff' ? 2 : 1) * Library.LOAN_DAYS;
    member.loans.set(isbn, due);
    this.#log.push({ day, type: 'out', memberId, isbn });
    return `${member.name} borrowed "${book.title}", due day ${due}`;
  }

  checkin(memberId, isbn, day) {
    const [member, book] = [this.#find(this.#members, memberId, 'member'), this.#find(this.#books, isbn, 'book')];
    const due = member.loans.get(isbn);
    if (due === undefined) throw new LibraryError(`${member.name} never borrowed ${isbn}`, 'NOT_LOANED');
    member.loans.delete(isbn);
    book.giveBack();
    const late = Math.max(0, day - due);
    member.fines += late * Library.FINE_PER_DAY;
    this.#log.push({ day, type: 'in', memberId, isbn, late });
    return late > 0 ? `${member.name} returned "${book.title}" ${late} days late` : `${member.name} returned "${book.title}" on time`;
  }

  pay(memberId, cents) {
    const member = this.#find(this.#members, memberId, 'member');
    const paid = Math.min(cents, member.fines);
    member.fines -= paid;
    return `${member.name} paid ${money(paid)}, balance ${money(member.fines)}`;
  }

  get books() { return [...this.#books.values()]; }
  get members() { return [...this.#members.values()]; }
  get log() { return this.#log.slice(); }
}
const lib = new Library();
[
  { isbn: '978-0141', title: 'Dune', author: 'Herbert', copies: 2 },
  { isbn: '978-0307', title: 'The Road', author: 'McCarthy' },
  { isbn: '978-0553', title: 'Foundation', author: 'Asimov', copies: 3 },
  { isbn: '978-0060', title: 'Brave New World', author: 'Huxley' },
].forEach((b) => lib.addBook(b));
lib.addMember('M1', 'Alice', 'premium').addMember('M2', 'Bob').addMember('M3', 'Chen', 'staff');

const events = [
  ['out', 'M1', '978-0141', 1], ['out', 'M2', '978-0141', 2], ['out', 'M3', '978-0141', 3],
  ['out', 'M2', '978-0307', 3], ['out', 'M2', '978-0553', 4], ['in', 'M1', '978-0141', 10],
  ['out', 'M3', '978-0141', 11], ['in', 'M2', '978-0307', 25], ['out', 'M2', '978-0060', 26],
  ['pay', 'M2', 150], ['out', 'M2', '978-0060', 27], ['out', 'M9', '978-0553', 28],
  ['in', 'M1', '978-0553', 29], ['in', 'M2', '978-0141', 30], ['out', 'M1', '978-0060', 31],
  ['in', 'M3', '978-0141', 50], ['pay', 'M2', 1000],
];

for (const [type, member, arg, day] of events) {
  try {
    let msg;
    switch (type) {
      case 'out': msg = lib.checkout(member, arg, day); break;
      case 'in': msg = lib.checkin(member, arg, day); break;
      case 'pay': msg = lib.pay(member, arg); break;
      default: throw new Error(`bad event ${type}`);
    }
    console.log(`[day ${String(day ?? '-').padStart(2)}] ${msg}`);
  } catch (err) {
    if (!(err instanceof LibraryError)) throw err;
    console.log(`[day ${String(day ?? '-').padStart(2)}] DENIED (${err.code}): ${err.message}`);
  }
}

console.log('--- Shelf ---');
for (const { title, author, available, copies } of lib.books.sort((a, b) => a.title.localeCompare(b.title))) {
  console.log(`${title.padEnd(18)}${author.padEnd(10)}${available}/${copies}`);
}
console.log('--- Members ---');
lib.members.forEach(({ name, tier, loans, fines }) => {
  const held = [...loans.entries()].map(([isbn, due]) => `${isbn}@${due}`).join(', ') || 'none';
  console.log(`${name} (${tier}) fines=${money(fines)} loans: ${held}`);
});
const stats = lib.log.reduce((acc, { type, late = 0 }) => {
  acc[type] = (acc[type] ?? 0) + 1;
  return { ...acc, lateDays: acc.lateDays + late };
}, { lateDays: 0 });
console.log(`Stats: ${JSON.stringify(stats)} booksCreated=${Book.created}`);
