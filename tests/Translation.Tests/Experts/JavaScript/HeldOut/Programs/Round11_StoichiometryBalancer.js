'use strict';

class ChemistryError extends Error {
  constructor(message, { equation = null } = {}) {
    super(message);
    this.name = 'ChemistryError';
    this.equation = equation;
  }
}

const gcd = (a, b) => { a = Math.abs(a); b = Math.abs(b); while (b) [a, b] = [b, a % b]; return a; };
const lcm = (a, b) => (a / gcd(a, b)) * b;

class Fraction {
  #n; #d;
  constructor(n, d = 1) {
    if (d === 0) throw new ChemistryError('zero denominator');
    const g = gcd(n, d) || 1;
    const s = d < 0 ? -1 : 1;
    this.#n = (s * n) / g; this.#d = (s * d) / g;
  }
  get n() { return this.#n; }
  get d() { return this.#d; }
  static ZERO = new Fraction(0);
  add(o) { return new Fraction(this.#n * o.d + o.n * this.#d, this.#d * o.d); }
  sub(o) { return new Fraction(this.#n * o.d - o.n * this.#d, this.#d * o.d); }
  mul(o) { return new Fraction(this.#n * o.n, this.#d * o.d); }
  div(o) { return new Fraction(this.#n * o.d, this.#d * o.n); }
  isZero() { return this.#n === 0; }
  toString() { return this.#d === 1 ? `${this.#n}` : `${this.#n}/${this.#d}`; }
}

function parseFormula(formula) {
  const stack = [new Map()];
  const re = /([A-Z][a-z]?)(\d*)|(\()|(\))(\d*)/g;
  let m, consumed = 0;
  while ((m = re.exec(formula)) !== null) {
    if (m.index !== consumed) throw new ChemistryError(`bad token near '${formula.slice(consumed)}'`);
    consumed = re.lastIndex;
    const [, el, cnt, open, close, mult] = m;
    if (el) {
      const top = stack.at(-1);
      top.set(el, (top.get(el) ?? 0) + Number(cnt || 1));
    } else if (open) stack.push(new Map());
    else if (close) {
      if (stack.length < 2) throw new ChemistryError(`unbalanced ')' in ${formula}`);
      const inner = stack.pop();
      const k = Number(mult || 1);
      for (const [e, c] of inner) stack.at(-1).set(e, (stack.at(-1).get(e) ?? 0) + c * k);
    }
  }
  if (consumed !== formula.length || stack.length !== 1) throw new ChemistryError(`cannot parse ${formula}`);
  return stack[0];
}

function balance(equation) {
  const [lhs, rhs] = equation.split('->').map(side => side?.split('+').map(s => s.trim()).filter(Boolean));
  if (!lhs?.length || !rhs?.length) throw new ChemistryError('equation needs both sides', { equation });
  const species = [...lhs, ...rhs];
  const parsed = species.map(parseFormula);
  const elements = [...new Set(parsed.flatMap(p => [...p.keys()]))].sort();
  // rows: elements, cols: species (products negated)
  const rows = elements.map(el => species.map((_, j) => {
    const c = parsed[j].get(el) ?? 0;
    return new Fraction(j < lhs.length ? c : -c);
  }));
  const cols = species.length;
  let pivotRow = 0;
  const pivotCols = [];
  for (let c = 0; c < cols && pivotRow < rows.length; c++) {
    const r = rows.findIndex((row, i) => i >= pivotRow && !row[c].isZero());
    if (r < 0) continue;
    [rows[pivotRow], rows[r]] = [rows[r], rows[pivotRow]];
    const pv = rows[pivotRow][c];
    rows[pivotRow] = rows[pivotRow].map(v => v.div(pv));
    rows.forEach((row, i) => {
      if (i === pivotRow || row[c].isZero()) return;
      const f = row[c];
      rows[i] = row.map((v, k) => v.sub(f.mul(rows[pivotRow][k])));
    });
    pivotCols.push(c);
    pivotRow++;
  }
  const free = Array.from({ length: cols }, (_, i) => i).filter(i => !pivotCols.includes(i));
  if (free.length !== 1) throw new ChemistryError(`solution space has dimension ${free.length}`, { equation });
  const f = free[0];
  const sol = new Array(cols).fill(Fraction.ZERO);
  sol[f] = new Fraction(1);
  pivotCols.forEach((c, r) => { sol[c] = new Fraction(0).sub(rows[r][f]); });
  const denom = sol.reduce((acc, x) => lcm(acc, x.d), 1);
  let ints = sol.map(x => (x.n * denom) / x.d);
  const g = ints.reduce((a, b) => gcd(a, b));
  ints = ints.map(x => x / g);
  if (ints.some(x => x <= 0)) throw new ChemistryError('no positive solution', { equation });
  const fmt = (list, off) => list.map((s, i) => (ints[i + off] === 1 ? s : `${ints[i + off]}${s}`)).join(' + ');
  return { coefficients: ints, text: `${fmt(lhs, 0)} -> ${fmt(rhs, lhs.length)}`, elements };
}

const molarMass = { H: 1.008, C: 12.011, O: 15.999, N: 14.007, Fe: 55.845, Ca: 40.078, Al: 26.982, S: 32.06, K: 39.098, Mn: 54.938, Cl: 35.45, Na: 22.99, P: 30.974 };
const massOf = formula => [...parseFormula(formula)].reduce((s, [el, c]) => s + (molarMass[el] ?? NaN) * c, 0);

for (const f of ['H2O', 'Ca(OH)2', 'Al2(SO4)3', 'K4(Fe(CN)6)']) {
  const comp = Object.fromEntries([...parseFormula(f)].sort(([a], [b]) => a.localeCompare(b)));
  console.log(`${f.padEnd(12)} ${JSON.stringify(comp).padEnd(34)} M=${massOf(f).toFixed(3)}`);
}

const equations = [
  'H2 + O2 -> H2O',
  'CH4 + O2 -> CO2 + H2O',
  'Fe + O2 -> Fe2O3',
  'Al + H2SO4 -> Al2(SO4)3 + H2',
  'KMnO4 + HCl -> KCl + MnCl2 + H2O + Cl2',
  'C3H8 + O2 -> CO2 + H2O',
  'Ca3(PO4)2 + SiO2 + C -> CaSiO3 + P4 + CO',
  'H2O -> H2O2',
  'NaCl ->',
  'Fe + Xy9( -> Fe',
];

for (const eq of equations) {
  try {
    const { text, coefficients, elements } = balance(eq);
    console.log(`OK   ${text}`);
    console.log(`     coeffs=[${coefficients}] elements=${elements.join(',')}`);
  } catch (e) {
    if (!(e instanceof ChemistryError)) throw e;
    console.log(`FAIL ${eq} :: ${e.message}${e.equation ? ' (eq recorded)' : ''}`);
  }
}

// Yield calculation: grams of water from 10 g of propane
const { coefficients: [cProp, , , cWater] } = balance('C3H8 + O2 -> CO2 + H2O');
const moles = 10 / massOf('C3H8');
const grams = moles * (cWater / cProp) * massOf('H2O');
console.log(`10 g C3H8 -> ${grams.toFixed(2)} g H2O (ratio ${cWater}:${cProp})`);
console.log('fraction check', new Fraction(6, -4).toString(), new Fraction(3, 9).add(new Fraction(1, 6)).toString());
