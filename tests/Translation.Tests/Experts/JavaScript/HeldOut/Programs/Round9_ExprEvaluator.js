'use strict';

class ParseError extends Error {
  constructor(message, pos) {
    super(`${message} at position ${pos}`);
    this.name = 'ParseError';
  }
}

const TOKEN_RE = /(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*\/%^(),=])/y;

function tokenize(src) {
  const tokens = [];
  let pos = 0;
  for (;;) {
    while (src[pos] === ' ') pos++;
    if (pos >= src.length) break;
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(src);
    if (!m) throw new ParseError(`Unexpected character '${src[pos]}'`, pos);
    const [, num, ident, op] = m;
    if (num !== undefined) tokens.push({ type: 'num', value: parseFloat(num), pos });
    else if (ident !== undefined) tokens.push({ type: 'ident', value: ident, pos });
    else tokens.push({ type: 'op', value: op === '^' ? '**' : op, pos });
    pos = TOKEN_RE.lastIndex;
  }
  tokens.push({ type: 'eof', value: null, pos: src.length });
  return tokens;
}

class Evaluator {
  static FUNCS = {
    sqrt: Math.sqrt, abs: Math.abs, max: (...xs) => Math.max(...xs), min: (...xs) => Math.min(...xs),
    avg: (...xs) => xs.reduce((a, b) => a + b, 0) / xs.length,
  };
  vars = new Map([['pi', Math.PI]]);

  run(src) {
    this.tokens = tokenize(src);
    this.i = 0;
    const target = this.peek().type === 'ident' && this.tokens[1]?.value === '=' ? this.next().value : null;
    if (target) this.next();
    const value = this.expr();
    if (this.peek().type !== 'eof') throw new ParseError(`Unexpected '${this.peek().value}'`, this.peek().pos);
    if (target) this.vars.set(target, value);
    return { target, value };
  }

  peek() { return this.tokens[this.i]; }
  next() { return this.tokens[this.i++]; }
  accept(op) {
    const hit = this.peek().type === 'op' && this.peek().value === op;
    if (hit) this.i++;
    return hit;
  }
  expect(op) {
    if (!this.accept(op)) throw new ParseError(`Expected '${op}'`, this.peek().pos);
  }

  expr() {
    let left = this.term();
    for (;;) {
      if (this.accept('+')) left += this.term();
      else if (this.accept('-')) left -= this.term();
      else return left;
    }
  }

  term() {
    let left = this.power();
    for (;;) {
      const tok = this.peek();
      if (tok.type !== 'op' || !['*', '/', '%'].includes(tok.value)) return left;
      this.next();
      const right = this.power();
      switch (tok.value) {
        case '*': left *= right; break;
        case '/':
          if (right === 0) throw new RangeError(`Division by zero at position ${tok.pos}`);
          left /= right; break;
        case '%': left %= right; break;
      }
    }
  }

  power() {
    const base = this.unary();
    return this.accept('**') ? base ** this.power() : base;
  }

  unary() {
    if (this.accept('-')) return -this.unary();
    return this.accept('+') ? this.unary() : this.primary();
  }

  primary() {
    const tok = this.next();
    if (tok.type === 'num') return tok.value;
    if (tok.type === 'op' && tok.value === '(') {
      const v = this.expr();
      this.expect(')');
      return v;
    }
    if (tok.type === 'ident') {
      if (this.accept('(')) {
        const fn = Evaluator.FUNCS[tok.value];
        if (!fn) throw new ParseError(`Unknown function ${tok.value}`, tok.pos);
        const args = [];
        if (!this.accept(')')) {
          do { args.push(this.expr()); } while (this.accept(','));
          this.expect(')');
        }
        return fn(...args);
      }
      if (!this.vars.has(tok.value)) throw new ReferenceError(`Undefined variable ${tok.value}`);
      return this.vars.get(tok.value);
    }
    throw new ParseError(`Unexpected '${tok.value ?? 'end'}'`, tok.pos);
  }
}

const fmt = v => Number.isInteger(v) ? String(v) : v.toFixed(4).replace(/0+$/, '');
const ev = new Evaluator();
const lines = [
  '1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ** 2', '17 % 5 + 10 / 4',
  'x = 12', 'y = x * 1.5 + 2', 'r = sqrt(x * 3)', 'area = pi * r ^ 2',
  'max(x, y, 7) - min(3, avg(1, 2, 3, 4))', 'abs(-7.25) * 4', '10 / (x - 12)', 'z + 1', '3 + * 4',
  'foo(2)', '(1 + 2', '4 $ 4', 'total = x + y + r', 'w = -(3 - 10) * 2 % 5', '2 ** -1 + 0.125'];
let ok = 0;
for (const line of lines) {
  try {
    const { target, value } = ev.run(line);
    ok++;
    console.log(`${line.padEnd(40)} => ${target ? target + ' := ' : ''}${fmt(value)}`);
  } catch (e) {
    console.log(`${line.padEnd(40)} !! ${e.name}: ${e.message}`);
  }
}
const names = [...ev.vars.keys()].filter(k => k !== 'pi').sort();
console.log(`${ok}/${lines.length} succeeded; variables: ${names.map(n => `${n}=${fmt(ev.vars.get(n))}`).join(', ')}`);
