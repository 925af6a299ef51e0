// Recipe nutrition aggregator: parse ingredient lines, convert units, total per serving.
const FOODS = {
  'rolled oats': { per: 100, kcal: 389, protein: 16.9, carbs: 66.3, fat: 6.9, fiber: 10.6 },
  milk: { per: 100, kcal: 61, protein: 3.2, carbs: 4.8, fat: 3.3, fiber: 0 },
  banana: { per: 100, kcal: 89, protein: 1.1, carbs: 22.8, fat: 0.3, fiber: 2.6, each: 118 },
  honey: { per: 100, kcal: 304, protein: 0.3, carbs: 82.4, fat: 0, fiber: 0.2 },
  'peanut butter': { per: 100, kcal: 588, protein: 25, carbs: 20, fat: 50, fiber: 6 },
  egg: { per: 100, kcal: 143, protein: 12.6, carbs: 0.7, fat: 9.5, fiber: 0, each: 50 },
  flour: { per: 100, kcal: 364, protein: 10.3, carbs: 76.3, fat: 1, fiber: 2.7 },
  butter: { per: 100, kcal: 717, protein: 0.9, carbs: 0.1, fat: 81, fiber: 0 },
  sugar: { per: 100, kcal: 387, protein: 0, carbs: 100, fat: 0, fiber: 0 },
  blueberries: { per: 100, kcal: 57, protein: 0.7, carbs: 14.5, fat: 0.3, fiber: 2.4 },
};
const DENSITY = { milk: 1.03, honey: 1.42, flour: 0.53, sugar: 0.85, 'rolled oats': 0.38, blueberries: 0.62 };
const UNIT_ML = { ml: 1, l: 1000, tsp: 4.93, tbsp: 14.79, cup: 236.6 };
const UNIT_G = { g: 1, kg: 1000, oz: 28.35 };
const NUTRIENTS = ['kcal', 'protein', 'carbs', 'fat', 'fiber'];

class UnknownIngredientError extends Error {
  constructor(name, line) {
    super(`no nutrition data for "${name}"`);
    this.name = 'UnknownIngredientError';
    this.line = line;
  }
}

function parseQuantity(text) {
  const mixed = text.match(/^(\d+)\s+(\d+)\/(\d+)$/);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const frac = text.match(/^(\d+)\/(\d+)$/);
  if (frac) return Number(frac[1]) / Number(frac[2]);
  return parseFloat(text);
}

const LINE_RE = /^(?<qty>\d+(?:\.\d+)?(?:\s+\d+\/\d+)?|\d+\/\d+)\s*(?<unit>[a-z]+\b)?\s+(?<name>.+?)(?:,\s*(?<note>.*))?$/i;

function toGrams(qty, unit, name) {
  const u = unit?.toLowerCase().replace(/s$/, '');
  if (u && u in UNIT_G) return qty * UNIT_G[u];
  if (u && u in UNIT_ML) return qty * UNIT_ML[u] * (DENSITY[name] ?? 1);
  const each = FOODS[name]?.each;
  if (each) return qty * each;
  throw new Error(`cannot convert ${qty} ${unit ?? '(count)'} of ${name}`);
}

function analyze({ title, servings = 1, lines }) {
  const rows = [];
  const problems = [];
  for (const line of lines) {
    const m = line.trim().match(LINE_RE);
    if (!m) {
      problems.push(`unparsed: "${line}"`);
      continue;
    }
    let { qty, unit, name, note } = m.groups;
    name = name.toLowerCase().replace(/\s+/g, ' ').trim();
    if (unit && !(unit.toLowerCase().replace(/s$/, '') in { ...UNIT_G, ...UNIT_ML })) {
      name = `${unit.toLowerCase()} ${name}`;
      unit = undefined;
    }
    if (name.endsWith('s') && !FOODS[name] && FOODS[name.slice(0, -1)]) name = name.slice(0, -1);
    try {
      const food = FOODS[name];
      if (!food) throw new UnknownIngredientError(name, line);
      const grams = toGrams(parseQuantity(qty), unit, name);
      const factor = grams / food.per;
      const values = Object.fromEntries(NUTRIENTS.map(n => [n, food[n] * factor]));
      rows.push({ name, grams, note: note ?? '', ...values });
    } catch (e) {
      problems.push(`${e.name}: ${e.message}`);
    }
  }
  const totals = Object.fromEntries(NUTRIENTS.map(n => [n, rows.reduce((s, r) => s + r[n], 0)]));
  const perServing = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v / servings]));
  return { title, servings, rows, problems, totals, perServing };
}

function report(result) {
  const { title, servings, rows, problems, perServing } = result;
  console.log(`## ${title} (serves ${servings})`);
  const sorted = [...rows].sort((a, b) => b.kcal - a.kcal);
  for (const r of sorted) {
    const noteText = r.note ? ` [${r.note}]` : '';
    console.log(`  ${r.name.padEnd(14)} ${r.grams.toFixed(0).padStart(5)} g ${r.kcal.toFixed(0).padStart(5)} kcal${noteText}`);
  }
  const macroKcal = { protein: perServing.protein * 4, carbs: perServing.carbs * 4, fat: perServing.fat * 9 };
  const macroSum = Object.values(macroKcal).reduce((a, b) => a + b, 0);
  const split = Object.entries(macroKcal).map(([k, v]) => `${k} ${Math.round((v / macroSum) * 100)}%`).join(' / ');
  console.log(`  per serving: ${NUTRIENTS.map(n => `${n}=${perServing[n].toFixed(1)}`).join(' ')}`);
  console.log(`  macro split: ${split}`);
  problems.forEach(p => console.log(`  warning: ${p}`));
}

const recipes = [
  {
    title: 'Overnight Oats',
    servings: 2,
    lines: ['1 cup rolled oats', '1 1/2 cups milk, cold', '1 banana, mashed', '2 tbsp peanut butter', '1 tbsp honey', '3/4 cup blueberries'],
  },
  {
    title: 'Blueberry Muffins',
    servings: 12,
    lines: ['2 cups flour, sifted', '3/4 cup sugar', '115 g butter, melted', '2 eggs', '1 cup milk', '1.5 cups blueberries', '2 tsp baking powder', 'a pinch of salt'],
  },
];
const results = recipes.map(analyze);
results.forEach(report);
const lightest = results.reduce((a, b) => (a.perServing.kcal < b.perServing.kcal ? a : b));
console.log(`Lightest per serving: ${lightest.title} at ${Math.round(lightest.perServing.kcal)} kcal`);
const shared = results[0].rows.map(r => r.name).filter(n => results[1].rows.some(r => r.name === n));
console.log(`Shared ingredients: ${shared.join(', ')}`);
