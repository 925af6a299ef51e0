class CalcError extends Error {
  constructor(message, pos = -1) {
    super(pos >= 0 ? `${message} at column ${pos + 1}` : message);
    this.name = 'CalcError';
  }
}

const TOKEN_RE = /(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|(\*\*|[-+*\/%^(),=])/y;
function tokenize(src) {
  const tokens = [];
  let pos = 0;
  while (pos < src.length) {
    if (/\s/.test(src[pos])) { pos++; continue; }
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(src);
    if (!m) throw new CalcError(`unexpected '${src[pos]}'`, pos);
    const [, num, ident, op] = m;
    if (num !== undefined) tokens.push({ type: 'num', value: parseFloat(num), pos });
    else if (ident !== undefined) tokens.push({ type: 'ident', value: ident, pos });
    else tokens.push({ type: 'op', value: op === '^' ? '**' : op, pos });
    pos = TOKEN_RE.lastIndex;
  }
  tokens.push({ type: 'eof', value: null, pos: src.length });
  return tokens;
}

const BINARY = { '+': [10, 'left'], '-': [10, 'left'], '*': [20, 'left'], '/': [20, 'left'], '%': [20, 'left'], '**': [30, 'right'] };
const FUNCS = {
  max: (...xs) => Math.max(...xs), min: (...xs) => Math.min(...xs), abs: Math.abs,
  sqrt: (x) => { if (x < 0) throw new CalcError('sqrt of negative'); return Math.sqrt(x); },
  avg: (...xs) => xs.reduce((a, b) => a + b, 0) / xs.length, floor: Math.floor,
};

class Interpreter {
  vars = new Map([['pi', Math.PI]]);
  #tokens = [];
  #i = 0;

  get #peek() { return this.#tokens[this.#i]; }
  #next() { return this.#tokens[this.#i++]; }
  #expect(value) {
    const tok = this.#next();
    if (tok.value !== value) throw new CalcError(`expected '${value}' but found ${tok.value ?? 'end of input'}`, tok.pos);
    return tok;
  }

  run(src) {
    [this.#tokens, this.#i] = [tokenize(src), 0];
    let target = null;
    if (this.#tokens[0].type === 'ident' && this.#tokens[1]?.value === '=') {
      target = this.#tokens[0].value;
      this.#i = 2;
    }
    const value = this.#expr(0);
    if (this.#peek.type !== 'eof') throw new CalcError(`unexpected ${this.#peek.value}`, this.#peek.pos);
    if (!Number.isFinite(value)) throw new CalcError('result is not finite');
    if (target) this.vars.set(target, value);
    return { target, value };
  }

  #expr(minPrec) {
    let left = this.#unary();
    while (true) {
      const tok = this.#peek;
      const info = tok.type === 'op' ? BINARY[tok.value] : undefined;
      if (!info || info[0] < minPrec) break;
      const [prec, assoc] = info;
      this.#next();
      const right = this.#expr(assoc === 'left' ? prec + 1 : prec);
      left = this.#apply(tok.value, left, right, tok.pos);
    }
    return left;
  }

  #apply(op, a, b, pos) {
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '/': if (b === 0) throw new CalcError('division by zero', pos); return a / b;
      case '%': return ((a % b) + b) % b;
      case '**': return a ** b;
      default: throw new CalcError(`unknown operator ${op}`, pos);
    }
  }

  #unary() {
    const tok = this.#next();
    if (tok.value === '-') return -this.#expr(25);
    if (tok.value === '+') return this.#expr(25);
    if (tok.type === 'num') return tok.value;
    if (tok.value === '(') { const v = this.#expr(0); this.#expect(')'); return v; }
    if (tok.type === 'ident') {
      if (this.#peek.value === '(') {
        const fn = FUNCS[tok.value];
        if (!fn) throw new CalcError(`unknown function ${tok.value}`, tok.pos);
        this.#next();
        const args = [];
        if (this.#peek.value !== ')') do { args.push(this.#expr(0)); } while (this.#peek.value === ',' && this.#next());
        this.#expect(')');
        return fn(...args);
      }
      if (!this.vars.has(tok.value)) throw new CalcError(`undefined variable ${tok.value}`, tok.pos);
      return this.vars.get(tok.value);
    }
    throw new CalcError(`unexpected ${tok.value ?? 'end of input'}`, tok.pos);
  }
}

const show = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(4));
const calc = new Interpreter();
const lines = [
  '1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ** 2', 'rate = 7 / 100', 'principal = 2500',
  'years = 3', 'principal * (1 + rate) ^ years', 'r = 4', 'area = pi * r ^ 2', 'max(3, area / 10, 2 * 6)',
  'avg(1, 2, 3, 4)', '-17 % 5', 'sqrt(2) * sqrt(2)', 'floor(area) % 7', '10 / (5 - 5)', 'sqrt(-4)',
  'foo + 1', '3 + * 4', 'max(1, 2', '4 # 2', 'bar(2)', '  ', '2 ** 1024',
];
for (const line of lines) {
  try {
    const { target, value } = calc.run(line);
    console.log(`${line.padEnd(32)}=> ${target ? `${target} := ` : ''}${show(value)}`);
  } catch (err) {
    if (!(err instanceof CalcError)) throw err;
    console.log(`${line.padEnd(32)}!! ${err.message}`);
  }
}
const vars = Object.fromEntries([...calc.vars].filter(([k]) => k !== 'pi').map(([k, v]) => [k, show(v)]));
console.log(JSON.stringify(vars));
console.log(tokenize('x1=(y+2.5)').map(({ type, value }) => `${type}:${value}`).join(' '));
