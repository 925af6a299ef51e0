// Parses an inline CSV of sales (with quoted fields) and prints grouped reports.
const RAW = `region,rep,product,units,unit_price,date
North,"Okafor, Chi",Widget,12,4.50,2023-01-14
South,Lindqvist,Gadget,3,19.99,2023-01-15
North,"Okafor, Chi",Gadget,5,19.99,2023-02-02
East,Mbeki,"Widget ""Pro""",7,8.25,2023-02-10
South,Lindqvist,Widget,,4.50,2023-02-11
West,Tanaka,Gizmo,20,2.10,2023-02-28
East,Mbeki,Gadget,1,19.99,2023-03-01
North,Ruiz,Widget,30,4.50,2023-03-03
West,Tanaka,Gadget,two,19.99,2023-03-09
South,Ng,Gizmo,15,2.10,2023-03-17
East,"Mbeki",Gizmo,9,2.10,2023-03-30`;

function parseLine(line) {
  const fields = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (inQuotes) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        inQuotes = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      inQuotes = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  fields.push(field);
  return fields;
}

class RowError extends Error {
  constructor(lineNo, message) {
    super(`line ${lineNo}: ${message}`);
    this.lineNo = lineNo;
  }
}

const [headerLine, ...bodyLines] = RAW.split('\n');
const headers = parseLine(headerLine);
const rows = [];
const problems = [];
bodyLines.forEach((line, idx) => {
  const lineNo = idx + 2;
  try {
    const values = parseLine(line);
    if (values.length !== headers.length) throw new RowError(lineNo, `expected ${headers.length} fields`);
    const rec = Object.fromEntries(headers.map((h, i) => [h, values[i]]));
    const units = Number.parseInt(rec.units, 10);
    if (rec.units === '' || Number.isNaN(units)) throw new RowError(lineNo, `bad units "${rec.units}"`);
    const [year, month] = rec.date.split('-').map(Number);
    rows.push({ ...rec, units, unit_price: parseFloat(rec.unit_price), year, month });
  } catch (e) {
    problems.push(e.message);
  }
});

console.log(`Parsed ${rows.length} rows, skipped ${problems.length}`);
problems.forEach((p) => console.log(`  ! ${p}`));

const revenueCents = ({ units, unit_price }) => units * Math.round(unit_price * 100);
const fmt = (cents) => (cents / 100).toFixed(2).padStart(9);

function groupBy(list, keyFn) {
  const groups = {};
  for (const item of list) {
    const key = keyFn(item);
    (groups[key] ||= []).push(item);
  }
  return groups;
}

const printTable = (title, groups) => {
  console.log(`\n${title}`);
  console.log(`${'key'.padEnd(16)}${'rows'.padStart(5)}${'units'.padStart(7)}${'revenue'.padStart(9)}`);
  console.log('-'.repeat(37));
  const summary = Object.entries(groups).map(([key, items]) => ({
    key,
    count: items.length,
    units: items.reduce((s, r) => s + r.units, 0),
    cents: items.reduce((s, r) => s + revenueCents(r), 0),
  }));
  summary.sort((a, b) => b.cents - a.cents);
  for (const { key, count, units, cents } of summary) {
    console.log(`${key.padEnd(16)}${String(count).padStart(5)}${String(units).padStart(7)}${fmt(cents)}`);
  }
  const grand = summary.reduce((s, x) => s + x.cents, 0);
  console.log(`${'TOTAL'.padEnd(28)}${fmt(grand)}`);
};

printTable('By region', groupBy(rows, (r) => r.region));
printTable('By product', groupBy(rows, (r) => r.product));
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr'];
printTable('By month', groupBy(rows, ({ year, month }) => `${year}-${MONTHS[month - 1]}`));

const reps = groupBy(rows, (r) => r.rep);
const best = Object.keys(reps).reduce((a, b) =>
  reps[a].reduce((s, r) => s + revenueCents(r), 0) >= reps[b].reduce((s, r) => s + revenueCents(r), 0) ? a : b);
console.log(`\nTop rep: ${best} with ${reps[best].length} sales`);
const quoted = rows.filter((r) => /[",]/.test(r.product) || r.rep.includes(','));
console.log('Rows needing quotes on export:', JSON.stringify(quoted.map(({ rep, product }) => [rep, product])));
