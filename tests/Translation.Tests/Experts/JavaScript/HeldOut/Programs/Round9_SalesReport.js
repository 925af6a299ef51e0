'use strict';

const CSV = `region,rep,quarter,product,units,unit_price
North,"Smith, J",Q1,Laptop,12,899.99
North,"Smith, J",Q2,Laptop,9,879.5
North,Okafor,Q1,Monitor,30,189
South,Garcia,Q1,Laptop,7,915
South,Garcia,Q3,Dock,44,79.95
South,"Lee ""Ace"" Park",Q2,Monitor,18,175.25
East,Novak,Q2,Laptop,15,905
East,Novak,Q3,Monitor,22,180
East,Novak,Q4,Dock,60,74.5
West,Ito,Q4,Laptop,20,860
West,Ito,Q1,Dock,bad,80
West,Ferreira,Q3,Monitor,25,182.4
North,Okafor,Q4,Dock,35,77`;

function parseLine(line) {
  const fields = [];
  const re = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  let m;
  while ((m = re.exec(line)) !== null) {
    fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    if (re.lastIndex === line.length) break;
  }
  return fields;
}

class Report {
  constructor(rows) {
    this.rows = rows;
  }

  static fromCsv(text) {
    const [header, ...lines] = text.trim().split('\n');
    const cols = header.split(',');
    const rows = [];
    const rejected = [];
    lines.forEach((line, i) => {
      const rec = Object.fromEntries(parseLine(line).map((v, j) => [cols[j], v]));
      const units = Number(rec.units);
      const price = Number(rec.unit_price);
      if (!Number.isFinite(units) || !Number.isFinite(price)) {
        rejected.push(`line ${i + 2}: units='${rec.units}'`);
        return;
      }
      rows.push({ ...rec, units, price, revenue: units * price });
    });
    return { report: new Report(rows), rejected };
  }

  groupBy(key) {
    return this.rows.reduce((acc, r) => {
      (acc[r[key]] ||= []).push(r);
      return acc;
    }, {});
  }

  pivot(rowKey, colKey) {
    const rowsVals = [...new Set(this.rows.map(r => r[rowKey]))].sort();
    const colVals = [...new Set(this.rows.map(r => r[colKey]))].sort();
    const cell = (rv, cv) => this.rows
      .filter(r => r[rowKey] === rv && r[colKey] === cv)
      .reduce((s, r) => s + r.revenue, 0);
    return { rowsVals, colVals, data: rowsVals.map(rv => colVals.map(cv => cell(rv, cv))) };
  }
}

const fmt = n => n.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const { report, rejected } = Report.fromCsv(CSV);

console.log(`Loaded ${report.rows.length} rows, rejected ${rejected.length}`);
rejected.forEach(r => console.log(`  rejected ${r}`));

console.log('\n== Revenue by region / quarter ==');
const { rowsVals, colVals, data } = report.pivot('region', 'quarter');
const width = 10;
console.log('Region'.padEnd(8) + colVals.map(c => c.padStart(width)).join('') + 'Total'.padStart(width + 1));
const colTotals = new Array(colVals.length).fill(0);
rowsVals.forEach((rv, i) => {
  const rowTotal = data[i].reduce((a, b) => a + b, 0);
  data[i].forEach((v, j) => { colTotals[j] += v; });
  const cells = data[i].map(v => (v ? fmt(v) : '-').padStart(width)).join('');
  console.log(rv.padEnd(8) + cells + fmt(rowTotal).padStart(width + 1));
});
const grand = colTotals.reduce((a, b) => a + b, 0);
console.log('-'.repeat(8 + width * colVals.length + width + 1));
console.log('All'.padEnd(8) + colTotals.map(v => fmt(v).padStart(width)).join('') + fmt(grand).padStart(width + 1));

console.log('\n== Reps ranked ==');
const reps = Object.entries(report.groupBy('rep'))
  .map(([rep, rs]) => ({
    rep,
    revenue: rs.reduce((s, r) => s + r.revenue, 0),
    products: [...new Set(rs.map(r => r.product))].sort(),
    deals: rs.length,
  }))
  .sort((a, b) => b.revenue - a.revenue);
reps.forEach(({ rep, revenue, products, deals }, i) => {
  const share = (revenue / grand) * 100;
  const bar = '='.repeat(Math.round(share / 2));
  console.log(`${String(i + 1).padStart(2)}. ${rep.padEnd(16)} ${fmt(revenue).padStart(7)} ${share.toFixed(1).padStart(5)}% ${bar.padEnd(12)} ${deals}d [${products.join('/')}]`);
});

console.log('\n== Product stats ==');
for (const [product, rs] of Object.entries(report.groupBy('product')).sort()) {
  const units = rs.reduce((s, r) => s + r.units, 0);
  const avgPrice = rs.reduce((s, r) => s + r.revenue, 0) / units;
  const prices = rs.map(r => r.price);
  const [lo, hi] = [Math.min(...prices), Math.max(...prices)];
  console.log(`${product.padEnd(8)} units=${String(units).padStart(3)} avg=${avgPrice.toFixed(2)} range=${lo}..${hi}`);
}

const best = report.rows.reduce((a, b) => (b.revenue > a.revenue ? b : a));
console.log(`\nLargest deal: ${best.rep} sold ${best.units} x ${best.product} in ${best.quarter} (${best.region}) = ${fmt(best.revenue)}`);
console.log(JSON.stringify({ quarters: colVals, totals: colTotals.map(Math.round) }));
