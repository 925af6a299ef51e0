// Markdown table generator from an array of records.
// Supports column specs, alignment, number formatting, sorting and grouping.

const records = [
  { sku: 'A-100', name: 'Desk Lamp', category: 'Lighting', price: 24.5, stock: 120, rating: 4.2 },
  { sku: 'A-101', name: 'Floor Lamp | Tall', category: 'Lighting', price: 89.99, stock: 14, rating: 4.7 },
  { sku: 'B-200', name: 'Office Chair', category: 'Furniture', price: 199, stock: 8, rating: 3.9 },
  { sku: 'B-201', name: 'Standing Desk', category: 'Furniture', price: 459.95, stock: 3 },
  { sku: 'C-300', name: 'USB-C Hub', category: 'Electronics', price: 34.0, stock: 250, rating: 4.4 },
  { sku: 'C-301', name: 'Webcam *HD*', category: 'Electronics', price: 59.5, stock: 0, rating: 3.1 },
  { sku: 'C-302', name: 'Monitor Arm', category: 'Furniture', price: 72.25, stock: 41, rating: 4.8 },
];

const escapeCell = (value) => String(value).replace(/([|*_`])/g, '\\$1');

const formatters = {
  text: (v) => (v == null ? '' : escapeCell(v)),
  money: (v) => (v == null ? '' : `$${v.toFixed(2)}`),
  int: (v) => (v == null ? '' : String(Math.round(v))),
  stars: (v) => (v == null ? '—' : '★'.repeat(Math.round(v)) + '☆'.repeat(5 - Math.round(v))),
};

class MarkdownTable {
  constructor(columns) {
    this.columns = columns.map(({ key, title = key, align = 'left', format = 'text' }) => ({
      key,
      title,
      align,
      format: typeof format === 'function' ? format : formatters[format],
    }));
  }

  static separator(width, align) {
    const dashes = '-'.repeat(Math.max(3, width));
    switch (align) {
      case 'right':
        return dashes.slice(1) + ':';
      case 'center':
        return ':' + dashes.slice(2) + ':';
      default:
        return dashes;
    }
  }

  static pad(text, width, align) {
    const gap = width - [...text].length;
    if (gap <= 0) return text;
    if (align === 'right') return ' '.repeat(gap) + text;
    if (align === 'center') {
      const left = Math.floor(gap / 2);
      return ' '.repeat(left) + text + ' '.repeat(gap - left);
    }
    return text + ' '.repeat(gap);
  }

  render(rows, { sortBy, descending = false, footer } = {}) {
    let data = [...rows];
    if (sortBy) {
      data.sort((a, b) => {
        const x = a[sortBy] ?? -Infinity;
        const y = b[sortBy] ?? -Infinity;
        const cmp = typeof x === 'string' ? x.localeCompare(y) : x - y;
        return descending ? -cmp : cmp;
      });
    }
    const body = data.map((row) => this.columns.map((c) => c.format(row[c.key])));
    if (footer) body.push(this.columns.map((c) => footer[c.key] ?? ''));
    const widths = this.columns.map((c, i) =>
      Math.max(3, [...c.title].length, ...body.map((cells) => [...cells[i]].length))
    );
    const line = (cells) =>
      '| ' + cells.map((t, i) => MarkdownTable.pad(t, widths[i], this.columns[i].align)).join(' | ') + ' |';
    return [
      line(this.columns.map((c) => c.title)),
      '|' + widths.map((w, i) => ' ' + MarkdownTable.separator(w, this.columns[i].align) + ' ').join('|') + '|',
      ...body.map(line),
    ].join('\n');
  }
}

const inventory = new MarkdownTable([
  { key: 'sku', title: 'SKU' },
  { key: 'name', title: 'Product' },
  { key: 'price', title: 'Price', align: 'right', format: 'money' },
  { key: 'stock', title: 'Qty', align: 'right', format: 'int' },
  { key: 'rating', title: 'Rating', align: 'center', format: 'stars' },
]);

console.log('## Inventory (by price, high to low)\n');
console.log(inventory.render(records, { sortBy: 'price', descending: true }));

const totalValue = records.reduce((sum, { price, stock }) => sum + price * stock, 0);
console.log('\n## Inventory (by SKU) with totals\n');
console.log(
  inventory.render(records, {
    sortBy: 'sku',
    footer: { sku: '**Total**', stock: String(records.reduce((s, r) => s + r.stock, 0)), price: `$${totalValue.toFixed(2)}` },
  })
);

const groups = new Map();
for (const rec of records) {
  if (!groups.has(rec.category)) groups.set(rec.category, []);
  groups.get(rec.category).push(rec);
}
const summaryRows = [...groups].map(([category, items]) => {
  const rated = items.filter((i) => i.rating !== undefined);
  return {
    category,
    count: items.length,
    avgPrice: items.reduce((s, i) => s + i.price, 0) / items.length,
    avgRating: rated.length ? rated.reduce((s, i) => s + i.rating, 0) / rated.length : null,
    outOfStock: items.filter((i) => i.stock === 0).map((i) => i.sku).join(', ') || 'none',
  };
});

const summary = new MarkdownTable([
  { key: 'category', title: 'Category' },
  { key: 'count', title: 'Items', align: 'center', format: 'int' },
  { key: 'avgPrice', title: 'Avg Price', align: 'right', format: 'money' },
  { key: 'avgRating', title: 'Avg Rating', align: 'right', format: (v) => (v === null ? 'n/a' : v.toFixed(2)) },
  { key: 'outOfStock', title: 'Out of stock' },
]);
console.log('\n## Category summary\n');
console.log(summary.render(summaryRows, { sortBy: 'category' }));

const lowStock = records.filter(({ stock }) => stock < 10).map(({ sku, stock }) => `${sku}(${stock})`);
console.log(`\nLow stock: ${lowStock.join(' ')}`);
