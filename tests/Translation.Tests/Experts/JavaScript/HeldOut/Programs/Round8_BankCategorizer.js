// Bank statement categorizer: parses CSV-ish statement lines, applies ordered rules,
// and prints a monthly category report plus unmatched transactions.

const STATEMENT = `
2024-03-01, ACH PAYROLL ACME CORP        , 3250.00
2024-03-02, WHOLEFDS MKT #1042           , -86.43
2024-03-02, SHELL OIL 5531               , -41.20
2024-03-04, NETFLIX.COM                  , -15.49
2024-03-05, RENT - OAK STREET APTS       , -1450.00
2024-03-07, TRADER JOE'S #55             , -54.18
2024-03-09, UBER *TRIP  HELP.UBER.COM    , -23.75
2024-03-11, SPOTIFY USA                  , -10.99
2024-03-12, ATM WITHDRAWAL 0042          , -60.00
2024-03-14, VENMO CASHOUT                , 120.00
2024-03-15, ACH PAYROLL ACME CORP        , 3250.00
2024-03-16, CHEVRON 0091                 , -38.65
2024-03-18, AMZN MKTP US*2K4             , -67.12
2024-03-20, CITY WATER UTIL              , -44.30
2024-03-22, WHOLEFDS MKT #1042           , -102.87
2024-03-25, BLUE BOTTLE COFFEE           , -6.50
2024-03-27, INTEREST PAYMENT             , 1.84
2024-03-28, PG&E WEB ONLINE              , -88.91
2024-03-30, MYSTERY VENDOR 7             , -19.99
bad line without commas
2024-04-01, RENT - OAK STREET APTS       , -1450.00
2024-04-02, SHELL OIL 5531               , -39.10
`;

class ParseError extends Error {
  constructor(lineNo, text) {
    super(`line ${lineNo}: cannot parse "${text}"`);
    this.name = 'ParseError';
    this.lineNo = lineNo;
  }
}

class Rule {
  constructor(category, pattern, { minAmount = -Infinity, maxAmount = Infinity } = {}) {
    this.category = category;
    this.pattern = pattern;
    this.minAmount = minAmount;
    this.maxAmount = maxAmount;
    this.hits = 0;
  }

  matches({ description, amount }) {
    return this.pattern.test(description) && amount >= this.minAmount && amount <= this.maxAmount;
  }
}

const rules = [
  new Rule('Income', /PAYROLL|INTEREST/, { minAmount: 0 }),
  new Rule('Transfers', /VENMO|ZELLE|ATM/),
  new Rule('Housing', /^RENT\b/),
  new Rule('Groceries', /WHOLEFDS|TRADER JOE|SAFEWAY/),
  new Rule('Transport', /SHELL|CHEVRON|UBER|LYFT/),
  new Rule('Subscriptions', /NETFLIX|SPOTIFY|HULU/),
  new Rule('Utilities', /WATER|PG&E|COMCAST/),
  new Rule('Dining', /COFFEE|CAFE|RESTAURANT/, { maxAmount: 0 }),
  new Rule('Shopping', /AMZN|TARGET/),
];

function parseStatement(text) {
  const rows = [];
  const errors = [];
  text.trim().split('\n').forEach((line, idx) => {
    const m = line.match(/^(\d{4})-(\d{2})-(\d{2}),\s*(.+?)\s*,\s*(-?\d+\.\d{2})$/);
    try {
      if (!m) throw new ParseError(idx + 1, line.trim());
      const [, year, month, day, description, amount] = m;
      rows.push({ date: `${year}-${month}-${day}`, month: `${year}-${month}`, description, amount: Number(amount) });
    } catch (err) {
      if (err instanceof ParseError) errors.push(err);
      else throw err;
    }
  });
  return { rows, errors };
}

function categorize(rows) {
  return rows.map((row) => {
    const rule = rules.find((r) => r.matches(row));
    if (rule) rule.hits++;
    return { ...row, category: rule?.category ?? 'Uncategorized' };
  });
}

const cents = (n) => Math.round(n * 100);
const money = (c) => {
  const sign = c < 0 ? '-' : ' ';
  const abs = Math.abs(c);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${whole}.${String(abs % 100).padStart(2, '0')}`;
};

const { rows, errors } = parseStatement(STATEMENT);
const tagged = categorize(rows);

const byMonth = new Map();
for (const { month, category, amount } of tagged) {
  const cats = byMonth.get(month) ?? new Map();
  cats.set(category, (cats.get(category) ?? 0) + cents(amount));
  byMonth.set(month, cats);
}

for (const [month, cats] of byMonth) {
  console.log(`=== ${month} ===`);
  const sorted = [...cats.entries()].sort(([, a], [, b]) => a - b);
  for (const [cat, total] of sorted) console.log(`  ${cat.padEnd(14)} ${money(total).padStart(12)}`);
  const net = [...cats.values()].reduce((s, v) => s + v, 0);
  const spend = [...cats.values()].filter((v) => v < 0).reduce((s, v) => s + v, 0);
  console.log(`  ${'NET'.padEnd(14)} ${money(net).padStart(12)}   (spending ${money(spend).trim()})`);
}

console.log('\nRule usage:');
console.log(rules.map(({ category, hits }) => `${category}=${hits}`).join(', '));
const unused = rules.filter((r) => r.hits === 0).map((r) => r.category);
console.log(`Unused rules: ${unused.length ? unused.join(', ') : 'none'}`);

const uncategorized = tagged.filter((t) => t.category === 'Uncategorized');
console.log(`\nUncategorized (${uncategorized.length}):`);
uncategorized.forEach(({ date, description, amount }) => console.log(`  ${date} ${description} ${amount.toFixed(2)}`));
errors.forEach((e) => console.log(`Skipped -> ${e.message}`));

const biggest = tagged.filter((t) => t.amount < 0).sort((a, b) => a.amount - b.amount).slice(0, 3);
console.log('\nTop 3 expenses:');
biggest.forEach((t, i) => console.log(`  ${i + 1}. ${t.description.toLowerCase()} [${t.category}] ${money(cents(t.amount)).trim()}`));
console.log(JSON.stringify(Object.fromEntries([...byMonth].map(([m, c]) => [m, c.size]))));
