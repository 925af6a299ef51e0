// Tiny spreadsheet: numbers, text, or formulas like =A1+B2*2 or =SUM(A1:A3); detects cycles and bad refs.

class FormulaError extends Error {
  constructor(code, detail) {
    super(`${code}: ${detail}`);
    this.name = 'FormulaError';
    this.code = code;
  }
}

const TOKEN_RE = /\s*(?:(\d+(?:\.\d+)?)|([A-Z]+\d+(?::[A-Z]+\d+)?)|([A-Z]+)\(|(.))/g;
const tokenize = (src) =>
  [...src.matchAll(TOKEN_RE)]
    .filter(([, , , , sym]) => sym === undefined || sym.trim() !== '')
    .map(([, num, ref, fn, sym]) =>
      num !== undefined ? { type: 'num', value: parseFloat(num) }
      : ref !== undefined ? { type: ref.includes(':') ? 'range' : 'ref', value: ref }
      : fn !== undefined ? { type: 'fn', value: fn } : { type: 'sym', value: sym });

function* expandRange(range) {
  const [, c1, r1, c2, r2] = range.match(/^([A-Z])(\d+):([A-Z])(\d+)$/) ?? [];
  if (!c1) throw new FormulaError('#REF!', `bad range ${range}`);
  for (let c = c1.charCodeAt(0); c <= c2.charCodeAt(0); c++) {
    for (let r = Number(r1); r <= Number(r2); r++) yield `${String.fromCharCode(c)}${r}`;
  }
}
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const FUNCTIONS = {
  SUM: sum, AVG: (xs) => (xs.length ? sum(xs) / xs.length : 0),
  MIN: (xs) => Math.min(...xs), MAX: (xs) => Math.max(...xs), COUNT: (xs) => xs.length,
};

class Sheet {
  #raw = new Map();
  #cache = new Map();
  #visiting = new Set();
  set(cell, value) { this.#raw.set(cell, value); this.#cache.clear(); }
  get(cell) {
    if (this.#cache.has(cell)) return this.#cache.get(cell);
    if (this.#visiting.has(cell)) throw new FormulaError('#CYCLE!', `circular reference at ${cell}`);
    this.#visiting.add(cell);
    try {
      const raw = this.#raw.get(cell);
      const value = raw === undefined ? 0 : typeof raw === 'string' && raw.startsWith('=') ? this.#evaluate(raw.slice(1)) : raw;
      this.#cache.set(cell, value);
      return value;
    } finally {
      this.#visiting.delete(cell);
    }
  }

  #evaluate(src) {
    const tokens = tokenize(src);
    let pos = 0;
    const [peek, next] = [() => tokens[pos], () => tokens[pos++]];
    const num = (cell) => {
      const v = this.get(cell);
      if (typeof v !== 'number') throw new FormulaError('#VALUE!', `${cell} is not numeric`);
      return v;
    };
    const primary = () => {
      const t = next();
      if (!t) throw new FormulaError('#PARSE!', 'unexpected end');
      switch (t.type) {
        case 'num': return t.value;
        case 'ref': return num(t.value);
        case 'fn': {
          const impl = FUNCTIONS[t.value];
          if (!impl) throw new FormulaError('#NAME?', t.value);
          const args = [];
          while (peek() && peek().value !== ')') {
            if (peek().type === 'range') args.push(...[...expandRange(next().value)].map(num));
            else args.push(expr());
            if (peek()?.value === ',') next();
          }
          next();
          return impl(args);
        }
        case 'sym':
          if (t.value === '-') return -primary();
          if (t.value === '(') {
            const v = expr();
            if (next()?.value !== ')') throw new FormulaError('#PARSE!', 'missing )');
            return v;
          }
      }
      throw new FormulaError('#PARSE!', `unexpected '${t.value}'`);
    };
    const term = () => {
      let v = primary();
      while (peek() && '*/'.includes(peek().value)) {
        const [op, rhs] = [next().value, primary()];
        if (op === '/' && rhs === 0) throw new FormulaError('#DIV/0!', 'division by zero');
        v = op === '*' ? v * rhs : v / rhs;
      }
      return v;
    };
    const expr = () => {
      let v = term();
      while (peek() && '+-'.includes(peek().value)) v = next().value === '+' ? v + term() : v - term();
      return v;
    };
    const result = expr();
    if (pos < tokens.length) throw new FormulaError('#PARSE!', `trailing '${tokens[pos].value}'`);
    return result;
  }
  display(cell) {
    try {
      const v = this.get(cell);
      return typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : v;
    } catch (e) {
      if (e instanceof FormulaError) return e.code;
      throw e;
    }
  }
  cells() { return [...this.#raw.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })); }
  formula(cell) { return this.#raw.get(cell); }
}

const sheet = new Sheet();
const initial = {
  A1: 'Item', B1: 'Qty', C1: 'Price', D1: 'Total', A2: 'Bolts', B2: 120, C2: 0.15, D2: '=B2*C2',
  A3: 'Nuts', B3: 200, C3: 0.08, D3: '=B3*C3', A4: 'Washers', B4: 75, C4: 0.05, D4: '=B4*C4',
  D5: '=SUM(D2:D4)', D6: '=D5*(1+E1/100)', E1: 8.5, E2: '=AVG(C2:C4)', E3: '=MAX(B2:B4)-MIN(B2:B4)',
  E4: '=D2/(B4-75)', E5: '=F1+1', F1: '=E5*2', E6: '=A2+1', E7: '=FOO(1)', E8: '=COUNT(B2:C4, 3)',
};
Object.entries(initial).forEach(([cell, value]) => sheet.set(cell, value));
console.log('--- Initial sheet ---');
for (const cell of sheet.cells()) {
  const f = sheet.formula(cell);
  const src = typeof f === 'string' && f.startsWith('=') ? f : '';
  console.log(`${cell.padEnd(3)} ${String(sheet.display(cell)).padStart(10)}  ${src}`);
}
const edits = [['B2', 150], ['E1', 10], ['E4', '=D2/(B4-70)'], ['E5', '=D3+1'], ['E7', '=(D2+D3']];
for (const [cell, value] of edits) {
  sheet.set(cell, value);
  console.log(`edit ${cell} := ${value} -> D6=${sheet.display('D6')} E4=${sheet.display('E4')} F1=${sheet.display('F1')} E7=${sheet.display('E7')}`);
}
const healthy = sheet.cells().filter((c) => String(sheet.formula(c)).startsWith('=') && !sheet.display(c).startsWith('#'));
console.log(`Healthy formulas: ${healthy.join(', ')}`);
