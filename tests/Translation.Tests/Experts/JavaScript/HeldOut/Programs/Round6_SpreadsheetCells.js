// Tiny spreadsheet: cell references, ranges, SUM/AVG/MAX/MIN/IF and cycle detection.
class CellError extends Error {
  constructor(code, message) { super(message); this.name = 'CellError'; this.code = code; }
}
class CycleError extends CellError {
  constructor(path) { super('#CYCLE!', `cycle: ${path.join(' -> ')}`); this.name = 'CycleError'; }
}
const TOKEN_RE = /\s*(?:(\d+(?:\.\d+)?)|([A-Z]+\d+(?::[A-Z]+\d+)?)|([A-Z]+)\(|(<=|>=|<>|[-+*\/(),<>=]))/y;
function tokenize(src) {
  const tokens = [];
  src = src.trim();
  TOKEN_RE.lastIndex = 0;
  while (TOKEN_RE.lastIndex < src.length) {
    const start = TOKEN_RE.lastIndex;
    const m = TOKEN_RE.exec(src);
    if (!m) throw new CellError('#PARSE!', `bad input at ${start}: "${src.slice(start)}"`);
    const [, num, ref, fn, op] = m;
    if (num) tokens.push({ type: 'num', value: parseFloat(num) });
    else if (ref) tokens.push({ type: 'ref', value: ref });
    else if (fn) tokens.push({ type: 'fn', value: fn });
    else tokens.push({ type: 'op', value: op });
  }
  return tokens;
}
const colIndex = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colName = (n) => (n > 26 ? colName(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
function expandRange(ref) {
  const [a, b = a] = ref.split(':');
  const [, c1, r1] = a.match(/([A-Z]+)(\d+)/), [, c2, r2] = b.match(/([A-Z]+)(\d+)/);
  const cells = [];
  for (let c = colIndex(c1); c <= colIndex(c2); c++) {
    for (let r = +r1; r <= +r2; r++) cells.push(`${colName(c)}${r}`);
  }
  return cells;
}
const FUNCTIONS = {
  SUM: (xs) => xs.reduce((a, b) => a + b, 0),
  AVG: (xs) => (xs.length ? FUNCTIONS.SUM(xs) / xs.length : 0),
  MAX: (xs) => Math.max(...xs),
  MIN: (xs) => Math.min(...xs),
  IF: ([cond, yes, no = 0]) => (cond ? yes : no),
};
class Sheet {
  #raw = new Map();
  #cache = new Map();
  set(ref, value) { this.#raw.set(ref, String(value)); this.#cache.clear(); return this; }
  get(ref, stack = []) {
    if (stack.includes(ref)) throw new CycleError([...stack.slice(stack.indexOf(ref)), ref]);
    if (this.#cache.has(ref)) return this.#cache.get(ref);
    const raw = this.#raw.get(ref) ?? '';
    let value;
    if (raw.startsWith('=')) value = this.#evaluate(tokenize(raw.slice(1)), [...stack, ref]);
    else value = raw === '' ? 0 : Number(raw);
    if (Number.isNaN(value)) throw new CellError('#VALUE!', `${ref} is not numeric`);
    this.#cache.set(ref, value);
    return value;
  }
  #evaluate(tokens, stack) {
    let pos = 0;
    const peek = () => tokens[pos]?.value, next = () => tokens[pos++];
    const expect = (v) => { if (next()?.value !== v) throw new CellError('#PARSE!', `expected "${v}"`); };
    const comparison = () => {
      let left = additive();
      const ops = { '<': (a, b) => a < b, '>': (a, b) => a > b, '=': (a, b) => a === b,
        '<=': (a, b) => a <= b, '>=': (a, b) => a >= b, '<>': (a, b) => a !== b };
      while (peek() in ops) { const op = next().value; left = ops[op](left, additive()) ? 1 : 0; }
      return left;
    };
    const additive = () => {
      let left = term();
      while (peek() === '+' || peek() === '-') left = next().value === '+' ? left + term() : left - term();
      return left;
    };
    const term = () => {
      let left = factor();
      while (peek() === '*' || peek() === '/') {
        const op = next().value, right = factor();
        if (op === '/' && right === 0) throw new CellError('#DIV/0!', 'division by zero');
        left = op === '*' ? left * right : left / right;
      }
      return left;
    };
    const factor = () => {
      const tok = next();
      if (!tok) throw new CellError('#PARSE!', 'unexpected end');
      if (tok.type === 'num') return tok.value;
      if (tok.value === '-') return -factor();
      if (tok.value === '(') { const v = comparison(); expect(')'); return v; }
      if (tok.type === 'ref') return this.get(tok.value, stack);
      if (tok.type === 'fn') {
        const fn = FUNCTIONS[tok.value];
        if (!fn) throw new CellError('#NAME?', `unknown function ${tok.value}`);
        const args = [];
        while (peek() !== ')') {
          const t = tokens[pos];
          if (t?.type === 'ref' && t.value.includes(':')) { pos++; args.push(...expandRange(t.value).map((r) => this.get(r, stack))); }
          else args.push(comparison());
          if (peek() === ',') pos++;
        }
        expect(')');
        return fn(args);
      }
      throw new CellError('#PARSE!', `unexpected "${tok.value}"`);
    };
    const result = comparison();
    if (pos < tokens.length) throw new CellError('#PARSE!', `trailing "${peek()}"`);
    return result;
  }
  display(ref) {
    try {
      const v = this.get(ref);
      return Number.isInteger(v) ? String(v) : v.toFixed(2);
    } catch (e) {
      if (e instanceof CellError) return `${e.code} (${e.message})`;
      throw e;
    }
  }
}

// ---- main ----
const sheet = new Sheet();
const inputs = { A1: 12, A2: 7.5, A3: 30, A4: '=SUM(A1:A3)', B1: '=A1*2', B2: '=B1-A2/3', B3: '=AVG(A1:B2)',
  B4: '=IF(A4>40, MAX(A1:A3), MIN(A1:A3))', C1: '=(A1+A2)*-2', C2: '=A3/(A1-12)', C3: '=D1+1', D1: '=C3*2',
  C4: '=FOO(1)', D2: 'abc', D3: '=D2+1', D4: '=A1 + ', E1: '=AB1+1', AB1: 5, E2: '=A1<>A3' };
Object.entries(inputs).forEach(([ref, v]) => sheet.set(ref, v));
for (const ref of Object.keys(inputs)) console.log(`${ref.padEnd(3)} ${String(inputs[ref]).padEnd(36)} ${sheet.display(ref)}`);
console.log('Range B1:C2 ->', expandRange('B1:C2').join(','), '| col 28 =', colName(28), '| AB =', colIndex('AB'));
sheet.set('A1', 50);
console.log(`After A1=50: A4=${sheet.display('A4')} B3=${sheet.display('B3')} B4=${sheet.display('B4')} C2=${sheet.display('C2')}`);
console.log('Tokens:', JSON.stringify(tokenize('SUM(A1:A2)*3').map((t) => t.value)));
