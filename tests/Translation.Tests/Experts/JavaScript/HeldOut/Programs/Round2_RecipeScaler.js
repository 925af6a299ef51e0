const gcd = (a, b) => (b === 0 ? Math.abs(a) : gcd(b, a % b));

class Fraction {
  constructor(num, den = 1) {
    if (den === 0) throw new RangeError('zero denominator');
    const sign = den < 0 ? -1 : 1;
    const g = gcd(num, den) || 1;
    this.num = (sign * num) / g;
    this.den = (sign * den) / g;
  }
  static parse(text) {
    const mixed = /^(\d+)\s+(\d+)\/(\d+)$/.exec(text);
    if (mixed) {
      const [, whole, n, d] = mixed.map(Number);
      return new Fraction(whole * d + n, d);
    }
    const simple = text.match(/^(\d+)\/(\d+)$/);
    if (simple) return new Fraction(Number(simple[1]), Number(simple[2]));
    if (/^\d+$/.test(text)) return new Fraction(Number(text));
    throw new SyntaxError(`cannot parse quantity "${text}"`);
  }
  times(other) { return new Fraction(this.num * other.num, this.den * other.den); }
  get value() { return this.num / this.den; }
  toString() {
    const whole = Math.floor(this.num / this.den);
    const rest = this.num % this.den;
    if (rest === 0) return `${whole}`;
    return whole > 0 ? `${whole} ${rest}/${this.den}` : `${rest}/${this.den}`;
  }
}

const UNITS = {
  tsp: { kind: 'volume', ml: 5, aliases: ['teaspoon', 'teaspoons'] },
  tbsp: { kind: 'volume', ml: 15, aliases: ['tablespoon', 'tablespoons'] },
  cup: { kind: 'volume', ml: 240, aliases: ['cups', 'c'] },
  oz: { kind: 'mass', g: 28.35, aliases: ['ounce', 'ounces'] },
  lb: { kind: 'mass', g: 453.6, aliases: ['lbs', 'pound', 'pounds'] },
  g: { kind: 'mass', g: 1, aliases: ['gram', 'grams'] },
};
const aliasTable = new Map(
  Object.entries(UNITS).flatMap(([unit, { aliases }]) => [unit, ...aliases].map((a) => [a, unit])),
);

function parseLine(line) {
  const m = line.trim().match(/^((?:\d+\s+)?\d+(?:\/\d+)?)\s+(\w+)\s+(.+)$/);
  if (!m) return { qty: null, unit: null, name: line.trim() };
  const [, qtyText, maybeUnit, rest] = m;
  const unit = aliasTable.get(maybeUnit.toLowerCase());
  return unit
    ? { qty: Fraction.parse(qtyText), unit, name: rest }
    : { qty: Fraction.parse(qtyText), unit: 'each', name: `${maybeUnit} ${rest}` };
}

function toMetric({ qty, unit }) {
  const info = UNITS[unit];
  if (!info || !qty) return null;
  if (info.kind === 'volume') {
    const ml = qty.value * info.ml;
    return ml >= 1000 ? `${(ml / 1000).toFixed(2)} l` : `${Math.round(ml)} ml`;
  }
  const grams = qty.value * info.g;
  return grams >= 1000 ? `${(grams / 1000).toFixed(2)} kg` : `${Math.round(grams)} g`;
}

const recipe = {
  title: 'Buttermilk Pancakes',
  serves: 4,
  lines: [
    '2 cups flour', '1 1/2 tbsp sugar', '2 teaspoons baking powder', '1/2 tsp salt',
    '3 large eggs', '1 3/4 cups buttermilk', '4 tablespoons melted butter', '6 oz blueberries',
    'a pinch of nutmeg',
  ],
};

function scale({ title, serves, lines }, target) {
  const factor = new Fraction(target, serves);
  console.log(`== ${title}: ${serves} -> ${target} servings (x${factor}) ==`);
  const parsed = lines.map(parseLine);
  for (const item of parsed) {
    const { qty, unit, name } = item;
    if (!qty) {
      console.log(`  ${'to taste'.padEnd(12)} ${name}`);
      continue;
    }
    const scaled = { ...item, qty: qty.times(factor) };
    const label = unit === 'each' ? `${scaled.qty}` : `${scaled.qty} ${unit}`;
    const metric = toMetric(scaled);
    console.log(`  ${label.padEnd(12)} ${name}${metric ? ` (${metric})` : ''}`);
  }
  return parsed;
}

const parsed = scale(recipe, 4);
scale(recipe, 6);
scale(recipe, 10);
scale(recipe, 1);

const byKind = parsed.reduce((acc, { unit }) => {
  const kind = UNITS[unit]?.kind ?? (unit ? 'count' : 'unmeasured');
  acc[kind] ||= [];
  acc[kind].push(unit);
  return acc;
}, {});
console.log(JSON.stringify(byKind));
const totalMl = parsed
  .filter(({ unit }) => UNITS[unit]?.kind === 'volume')
  .reduce((sum, { qty, unit }) => sum + qty.value * UNITS[unit].ml, 0);
console.log(`Total liquid+dry volume for 4: ${Math.round(totalMl)} ml`);
for (const bad of ['3//4', '1 1/0', 'two']) {
  try {
    console.log(`${bad} -> ${Fraction.parse(bad)}`);
  } catch (e) {
    console.log(`${bad} -> ${e.name}: ${e.message}`);
  }
}
