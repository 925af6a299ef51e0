// Chemistry helper: parse molecular formulas, compute molar masses, check equation balance, find limiting reagents.
class FormulaError extends Error {
  constructor(formula, position, reason) {
    super(`${reason} in "${formula}" at ${position}`);
    this.name = 'FormulaError';
    this.formula = formula;
    this.position = position;
  }
}

const ATOMIC_MASS = new Map(Object.entries({
  H: 1.008, C: 12.011, N: 14.007, O: 15.999, Na: 22.99, Mg: 24.305, Al: 26.982, S: 32.06,
  Cl: 35.45, K: 39.098, Ca: 40.078, Fe: 55.845, Cu: 63.546, P: 30.974,
}));

class Composition {
  #counts = new Map();
  add(element, n = 1) { this.#counts.set(element, (this.#counts.get(element) ?? 0) + n); return this; }
  merge(other, factor = 1) {
    for (const [el, n] of other) this.add(el, n * factor);
    return this;
  }
  [Symbol.iterator]() { return this.#counts.entries(); }
  get mass() { return [...this].reduce((sum, [el, n]) => sum + ATOMIC_MASS.get(el) * n, 0); }
  equals(other) {
    const a = Object.fromEntries(this), b = Object.fromEntries(other);
    return Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);
  }
  toString() {
    return [...this].sort(([a], [b]) => a.localeCompare(b)).map(([el, n]) => (n === 1 ? el : `${el}${n}`)).join(' ');
  }
}

function parseFormula(formula) {
  let pos = 0;
  const readNumber = () => {
    const m = /^\d+/.exec(formula.slice(pos));
    if (!m) return 1;
    pos += m[0].length;
    return parseInt(m[0], 10);
  };
  const parseGroup = (closing) => {
    const comp = new Composition();
    while (pos < formula.length) {
      const ch = formula[pos];
      if (ch === '(' || ch === '[') {
        pos++;
        const inner = parseGroup(ch === '(' ? ')' : ']');
        comp.merge(inner, readNumber());
      } else if (ch === ')' || ch === ']') {
        if (ch !== closing) throw new FormulaError(formula, pos, `unexpected "${ch}"`);
        pos++;
        return comp;
      } else if (ch === '·' || ch === '.') {
        pos++;
        const k = readNumber();
        comp.merge(parseGroup(null), k);
      } else {
        const m = /^[A-Z][a-z]?/.exec(formula.slice(pos));
        if (!m) throw new FormulaError(formula, pos, `bad character "${ch}"`);
        if (!ATOMIC_MASS.has(m[0])) throw new FormulaError(formula, pos, `unknown element ${m[0]}`);
        pos += m[0].length;
        comp.add(m[0], readNumber());
      }
    }
    if (closing) throw new FormulaError(formula, pos, `missing "${closing}"`);
    return comp;
  };
  return parseGroup(null);
}

function parseSide(side) {
  return side.split('+').map((term) => {
    const { coef = '1', formula } = term.trim().match(/^(?<coef>\d+)?\s*(?<formula>.+)$/).groups;
    return { coef: Number(coef), formula, comp: parseFormula(formula) };
  });
}

function checkEquation(equation) {
  const [left, right] = equation.split(/\s*->\s*/).map(parseSide);
  const total = (terms) => terms.reduce((acc, t) => acc.merge(t.comp, t.coef), new Composition());
  const [l, r] = [total(left), total(right)];
  return { balanced: l.equals(r), left: l, right: r, terms: { left, right } };
}

function limitingReagent(equation, grams) {
  const { terms } = checkEquation(equation);
  const moles = terms.left.map(({ formula, coef, comp }) => {
    const mol = (grams[formula] ?? 0) / comp.mass;
    return { formula, mol, ratio: mol / coef };
  });
  const limiting = moles.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  const products = terms.right.map(({ formula, coef, comp }) => [formula, limiting.ratio * coef * comp.mass]);
  return { limiting: limiting.formula, products: Object.fromEntries(products) };
}

// ---- main ----
const formulas = ['H2O', 'C6H12O6', 'Ca(OH)2', 'Al2(SO4)3', 'CuSO4·5H2O', 'K4[Fe(CN)6]', 'NaCl', 'Mg(OH', 'Xe2', 'h2o', 'Fe2)O3'];
for (const f of formulas) {
  try {
    const comp = parseFormula(f);
    const mass = comp.mass;
    const pct = [...comp].map(([el, n]) => `${el} ${((ATOMIC_MASS.get(el) * n * 100) / mass).toFixed(1)}%`);
    console.log(`${f.padEnd(12)} ${mass.toFixed(3).padStart(8)} g/mol  [${comp}]  ${pct.join(', ')}`);
  } catch (e) {
    if (!(e instanceof FormulaError)) throw e;
    console.log(`${f.padEnd(12)} error: ${e.message}`);
  }
}
const equations = [
  '2H2 + O2 -> 2H2O',
  'CH4 + O2 -> CO2 + H2O',
  'CH4 + 2O2 -> CO2 + 2H2O',
  'Fe2O3 + 3CO -> 2Fe + 3CO2',
  '2Al + 3CuSO4 -> Al2(SO4)3 + 3Cu',
  'C3H8 + 5O2 -> 3CO2 + 3H2O',
];
for (const eq of equations) {
  const { balanced, left, right } = checkEquation(eq);
  console.log(`${balanced ? 'OK ' : 'BAD'} ${eq}${balanced ? '' : `  (left ${left} | right ${right})`}`);
}
const { limiting, products } = limitingReagent('CH4 + 2O2 -> CO2 + 2H2O', { CH4: 16, O2: 48 });
console.log(`Burning 16 g CH4 in 48 g O2: limiting ${limiting}`);
for (const [formula, g] of Object.entries(products)) console.log(`  produces ${g.toFixed(2)} g ${formula}`);
const r2 = limitingReagent('2Al + 3CuSO4 -> Al2(SO4)3 + 3Cu', { Al: 10, CuSO4: 50 });
console.log(`Al + CuSO4: limiting ${r2.limiting}, copper ${r2.products.Cu.toFixed(3)} g`);
