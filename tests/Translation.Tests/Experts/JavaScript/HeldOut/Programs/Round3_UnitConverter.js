'use strict';

class ConversionError extends Error {
  constructor(message, { from, to } = {}) {
    super(message);
    this.name = 'ConversionError';
    this.from = from;
    this.to = to;
  }
}

class Unit {
  constructor(symbol, dimension, factor, offset = 0) {
    this.symbol = symbol;
    this.dimension = dimension;
    this.factor = factor;
    this.offset = offset;
  }
  toBase(value) { return value * this.factor + this.offset; }
  fromBase(value) { return (value - this.offset) / this.factor; }
}

class UnitRegistry {
  #units = new Map();
  #aliases = new Map();
  static #instanceCount = 0;

  constructor() { UnitRegistry.#instanceCount++; }
  static get instances() { return UnitRegistry.#instanceCount; }

  define(symbol, dimension, factor, { offset = 0, aliases = [] } = {}) {
    this.#units.set(symbol, new Unit(symbol, dimension, factor, offset));
    aliases.forEach((a) => this.#aliases.set(a.toLowerCase(), symbol));
    return this;
  }

  lookup(name) {
    const symbol = this.#units.has(name) ? name : this.#aliases.get(name.toLowerCase());
    const unit = symbol && this.#units.get(symbol);
    if (!unit) throw new ConversionError(`unknown unit "${name}"`);
    return unit;
  }

  convert(value, fromName, toName) {
    const from = this.lookup(fromName);
    const to = this.lookup(toName);
    if (from.dimension !== to.dimension) {
      throw new ConversionError(`cannot convert ${from.dimension} to ${to.dimension}`, { from: from.symbol, to: to.symbol });
    }
    return to.fromBase(from.toBase(value));
  }

  unitsOf(dimension) {
    return [...this.#units.values()].filter((u) => u.dimension === dimension).map((u) => u.symbol);
  }

  get dimensions() {
    return [...new Set([...this.#units.values()].map((u) => u.dimension))].sort();
  }
}

const registry = new UnitRegistry()
  .define('m', 'length', 1, { aliases: ['meter', 'metre', 'meters'] })
  .define('km', 'length', 1000, { aliases: ['kilometer', 'kilometers'] })
  .define('cm', 'length', 0.01)
  .define('in', 'length', 0.0254, { aliases: ['inch', 'inches'] })
  .define('ft', 'length', 0.3048, { aliases: ['foot', 'feet'] })
  .define('mi', 'length', 1609.344, { aliases: ['mile', 'miles'] })
  .define('g', 'mass', 1, { aliases: ['gram', 'grams'] })
  .define('kg', 'mass', 1000, { aliases: ['kilogram', 'kilograms'] })
  .define('lb', 'mass', 453.59237, { aliases: ['pound', 'pounds'] })
  .define('oz', 'mass', 28.349523125, { aliases: ['ounce', 'ounces'] })
  .define('C', 'temperature', 1, { offset: 273.15, aliases: ['celsius'] })
  .define('F', 'temperature', 5 / 9, { offset: 273.15 - (32 * 5) / 9, aliases: ['fahrenheit'] })
  .define('K', 'temperature', 1, { aliases: ['kelvin'] })
  .define('L', 'volume', 1, { aliases: ['liter', 'litre', 'liters'] })
  .define('mL', 'volume', 0.001)
  .define('gal', 'volume', 3.785411784, { aliases: ['gallon', 'gallons'] });

const QUERY = /^\s*(-?\d+(?:\.\d+)?)\s*([a-zA-Z]+)\s+(?:to|in|->)\s+([a-zA-Z]+)\s*$/;

function answer(query) {
  const match = query.match(QUERY);
  if (!match) throw new ConversionError(`cannot parse "${query}"`);
  const [, amount, from, to] = match;
  const result = registry.convert(Number(amount), from, to);
  return `${amount} ${registry.lookup(from).symbol} = ${result.toFixed(2)} ${registry.lookup(to).symbol}`;
}

const queries = [
  '5 km to miles', '26.2 mi in km', '6 feet to cm', '12 inches -> ft', '100 C to F',
  '-40 F to celsius', '300 kelvin to C', '2.5 kg to pounds', '16 oz in g', '3 gallons to L',
  '750 mL to gal', '10 parsecs to m', '5 kg to m', 'how far is the moon',
];

for (const q of queries) {
  try {
    console.log(answer(q));
  } catch (err) {
    if (!(err instanceof ConversionError)) throw err;
    const detail = err.from ? ` [${err.from}->${err.to}]` : '';
    console.log(`error: ${err.message}${detail}`);
  }
}

console.log('--- conversion table (length, 1 unit) ---');
const lengths = registry.unitsOf('length');
console.log(['', ...lengths].map((s) => s.padStart(10)).join(''));
for (const from of lengths) {
  const row = lengths.map((to) => {
    const v = registry.convert(1, from, to);
    const text = v >= 1000 ? v.toFixed(0) : v < 0.01 ? '<0.01' : v.toFixed(2);
    return text.padStart(10);
  });
  console.log(from.padStart(10) + row.join(''));
}

const recipeTotal = [['1.5 lb', 'g'], ['8 oz', 'g'], ['0.25 kg', 'g']]
  .map(([q, to]) => {
    const [amt, unit] = q.split(' ');
    return registry.convert(parseFloat(amt), unit, to);
  })
  .reduce((sum, grams) => sum + grams, 0);
console.log(`recipe flour total: ${recipeTotal.toFixed(2)} g`);
console.log(`dimensions: ${registry.dimensions.join(', ')}; registries created: ${UnitRegistry.instances}`);
