const fmt = (cents) => `${cents < 0 ? '-' : ''}$${(Math.abs(cents) / 100).toFixed(2)}`;

class SplitError extends Error {}

class Trip {
  #people = new Set();
  #expenses = [];
  static #nextId = 1;

  constructor(name, people) {
    this.name = name;
    people.forEach((p) => this.#people.add(p));
  }

  add({ payer, amount, label, among = [...this.#people], weights = null, exact = null }) {
    if (!this.#people.has(payer)) throw new SplitError(`${payer} is not on the trip`);
    const cents = Math.round(amount * 100);
    let shares;
    if (exact) {
      const total = Object.values(exact).reduce((a, b) => a + b, 0);
      if (Math.round(total * 100) !== cents) throw new SplitError(`exact shares for "${label}" sum to ${fmt(Math.round(total * 100))}, not ${fmt(cents)}`);
      shares = Object.entries(exact).map(([who, amt]) => [who, Math.round(amt * 100)]);
    } else {
      const w = among.map((who) => weights?.[who] ?? 1);
      const totalW = w.reduce((a, b) => a + b, 0);
      shares = among.map((who, i) => [who, Math.floor((cents * w[i]) / totalW)]);
      let leftover = cents - shares.reduce((s, [, c]) => s + c, 0);
      for (let i = 0; leftover > 0; i = (i + 1) % shares.length, leftover--) shares[i][1] += 1;
    }
    const id = Trip.#nextId++;
    this.#expenses.push({ id, payer, cents, label, shares });
    return id;
  }

  balances() {
    const bal = new Map([...this.#people].map((p) => [p, 0]));
    for (const { payer, cents, shares } of this.#expenses) {
      bal.set(payer, bal.get(payer) + cents);
      for (const [who, share] of shares) bal.set(who, bal.get(who) - share);
    }
    return bal;
  }

  settle() {
    const entries = [...this.balances()].filter(([, v]) => v !== 0);
    const creditors = entries.filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const debtors = entries.filter(([, v]) => v < 0).map(([p, v]) => [p, -v]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const transfers = [];
    let [i, j] = [0, 0];
    while (i < debtors.length && j < creditors.length) {
      const amount = Math.min(debtors[i][1], creditors[j][1]);
      transfers.push({ from: debtors[i][0], to: creditors[j][0], amount });
      debtors[i][1] -= amount;
      creditors[j][1] -= amount;
      if (debtors[i][1] === 0) i++;
      if (creditors[j][1] === 0) j++;
    }
    return transfers;
  }

  get expenses() { return this.#expenses.map(({ shares, ...rest }) => ({ ...rest, people: shares.length })); }
}

const trip = new Trip('Lake cabin', ['Ana', 'Ben', 'Cleo', 'Dev']);
const attempts = [
  { payer: 'Ana', amount: 312.5, label: 'Cabin rental' },
  { payer: 'Ben', amount: 227.35, label: 'Groceries', among: ['Ana', 'Ben', 'Cleo'] },
  { payer: 'Cleo', amount: 160.4, label: 'Gas', weights: { Dev: 2, Cleo: 2 } },
  { payer: 'Dev', amount: 45.1, label: 'Dinner', exact: { Ana: 10, Ben: 12.6, Dev: 22.5 } },
  { payer: 'Eve', amount: 20, label: 'Snacks' },
  { payer: 'Dev', amount: 30, label: 'Kayaks', exact: { Ana: 15, Dev: 10 } },
  { payer: 'Dev', amount: 219.99, label: 'Firewood' },
  { payer: 'Ana', amount: 0.1, label: 'Rounding test', among: ['Ben', 'Cleo', 'Dev'] },
];
for (const attempt of attempts) {
  try {
    const id = trip.add(attempt);
    console.log(`#${id} ${attempt.label.padEnd(14)} ${fmt(Math.round(attempt.amount * 100)).padStart(9)} paid by ${attempt.payer}`);
  } catch (err) {
    if (!(err instanceof SplitError)) throw err;
    console.log(`rejected "${attempt.label}": ${err.message}`);
  }
}

console.log(`--- ${trip.name} balances ---`);
const balances = trip.balances();
for (const [person, cents] of [...balances.entries()].sort(([, a], [, b]) => b - a)) {
  const tag = cents > 0 ? 'is owed' : cents < 0 ? 'owes' : 'is even';
  console.log(`${person.padEnd(5)} ${tag.padEnd(8)} ${fmt(Math.abs(cents)).padStart(9)}`);
}
const net = [...balances.values()].reduce((a, b) => a + b, 0);
console.log(`Net check: ${net === 0 ? 'balanced' : `off by ${net}`}`);

console.log('--- Settle up ---');
const transfers = trip.settle();
transfers.forEach(({ from, to, amount }, n) => console.log(`${n + 1}. ${from} -> ${to}: ${fmt(amount)}`));
const total = trip.expenses.reduce((s, e) => s + e.cents, 0);
console.log(`Total spent ${fmt(total)} across ${trip.expenses.length} expenses; ${transfers.length} transfers needed`);
console.log(JSON.stringify(trip.expenses.at(-1)));
const perHead = Object.fromEntries([...balances.keys()].map((p) => [p, fmt(Math.floor(total / balances.size))]));
console.log(JSON.stringify(perHead, null, 1));
