// Tokenizer + recursive-descent parser for arithmetic with variables, functions and assignment.
class ParseError extends Error {
  constructor(message, pos) {
    super(`${message} at column ${pos + 1}`);
    Object.assign(this, { name: 'ParseError', pos });
  }
}
class EvaluationError extends Error {
  name = 'EvaluationError';
}

const TOKEN_RE = /(?:(?<num>\d+(?:\.\d+)?(?:e[+-]?\d+)?)|(?<id>[A-Za-z_]\w*)|(?<op>\*\*|[-+*/%^(),=]))/y;

function* tokenize(src) {
  let pos = 0;
  for (;;) {
    while (pos < src.length && /\s/.test(src[pos])) pos++;
    if (pos >= src.length) break;
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(src);
    if (!m) throw new ParseError(`unexpected character '${src[pos]}'`, pos);
    const { num, id, op } = m.groups;
    if (num !== undefined) yield { type: 'num', value: Number(num), pos };
    else yield id !== undefined ? { type: 'id', value: id, pos } : { type: 'op', value: op === '**' ? '^' : op, pos };
    pos = TOKEN_RE.lastIndex;
  }
  yield { type: 'eof', value: null, pos: src.length };
}

class Parser {
  #tokens;
  #i = 0;
  constructor(src) { this.#tokens = [...tokenize(src)]; }
  get peek() { return this.#tokens[this.#i]; }
  next() { return this.#tokens[this.#i++]; }
  accept(value) {
    return this.peek.type === 'op' && this.peek.value === value ? this.next() : null;
  }
  expect(value) {
    return this.accept(value) ?? this.fail(`expected '${value}' but found ${this.peek.value ?? 'end of input'}`);
  }
  fail(message, tok = this.peek) {
    throw new ParseError(message, tok.pos);
  }
  parse() {
    const node = this.statement();
    if (this.peek.type !== 'eof') throw new ParseError(`unexpected '${this.peek.value}'`, this.peek.pos);
    return node;
  }
  statement() {
    const [a, b] = this.#tokens.slice(this.#i, this.#i + 2);
    if (a.type !== 'id' || b?.value !== '=') return this.expression();
    this.#i += 2;
    return { kind: 'assign', name: a.value, expr: this.expression() };
  }
  expression() {
    let left = this.term();
    for (let t; (t = this.accept('+') ?? this.accept('-')); ) left = { kind: 'bin', op: t.value, left, right: this.term() };
    return left;
  }
  term() {
    let left = this.unary();
    for (let t; (t = this.accept('*') ?? this.accept('/') ?? this.accept('%')); ) left = { kind: 'bin', op: t.value, left, right: this.unary() };
    return left;
  }
  unary() {
    if (this.accept('-')) return { kind: 'neg', expr: this.unary() };
    return this.power();
  }
  power() {
    const base = this.primary();
    return this.accept('^') /* right-assoc */ ? { kind: 'bin', op: '^', left: base, right: this.unary() } : base;
  }
  primary() {
    const tok = this.next();
    switch (tok.type) {
      case 'num': return { kind: 'num', value: tok.value };
      case 'id':
        if (this.accept('(')) {
          const args = [];
          if (!this.accept(')')) {
            do args.push(this.expression()); while (this.accept(','));
            this.expect(')');
          }
          return { kind: 'call', name: tok.value, args };
        }
        return { kind: 'var', name: tok.value };
      case 'op':
        if (tok.value === '(') {
          const inner = this.expression();
          this.expect(')');
          return inner;
        }
      // falls through
      default:
        throw new ParseError(`unexpected ${tok.value ?? 'end of input'}`, tok.pos);
    }
  }
}

const FUNCS = { sqrt: Math.sqrt, abs: Math.abs, min: Math.min, max: Math.max, round: Math.round, hypot: Math.hypot };
const OPS = { '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b, '%': (a, b) => a % b, '^': (a, b) => a ** b };

function evaluate(node, env) {
  switch (node.kind) {
    case 'num': return node.value;
    case 'var':
      if (!env.has(node.name)) throw new EvaluationError(`undefined variable '${node.name}'`);
      return env.get(node.name);
    case 'neg': return -evaluate(node.expr, env);
    case 'assign': { const v = evaluate(node.expr, env); env.set(node.name, v); return v; }
    case 'call':
      if (!(node.name in FUNCS)) throw new EvaluationError(`unknown function ${node.name}()`);
      return FUNCS[node.name](...node.args.map(a => evaluate(a, env)));
    case 'bin': {
      const [l, r] = [evaluate(node.left, env), evaluate(node.right, env)];
      if ((node.op === '/' || node.op === '%') && r === 0) throw new EvaluationError('division by zero');
      return OPS[node.op](l, r);
    }
  }
}

const show = n => n.kind === 'num' ? String(n.value) : n.kind === 'var' ? n.name : n.kind === 'neg' ? `(-${show(n.expr)})`
  : n.kind === 'assign' ? `${n.name} := ${show(n.expr)}` : n.kind === 'call' ? `${n.name}(${n.args.map(show).join(', ')})`
  : `(${show(n.left)} ${n.op} ${show(n.right)})`;

const env = new Map([['pi', Math.PI]]);
const session = ['1 + 2 * 3', 'x = 4', 'y = x ** 2 - 3 * x + 1', '-2^2 + 2^3^2', 'r = sqrt(x*x + y*y)', 'round(pi * r^2 * 100) / 100',
  'max(x, y, 7 % 4, hypot(3, 4))', '(x + y) * (x - y', 'z + 1', '10 / (x - 4)', '3 $ 4', 'foo(1)', 'area = 2 * pi * 1.5e2', '  '];
session.forEach((line, idx) => {
  try {
    const ast = new Parser(line).parse();
    const value = evaluate(ast, env);
    const shown = Number.isInteger(value) ? value : value.toFixed(4);
    console.log(`[${String(idx + 1).padStart(2)}] ${show(ast).padEnd(40)} => ${shown}`);
  } catch (e) {
    console.log(`[${String(idx + 1).padStart(2)}] ${line.padEnd(40)} !! ${e.name}: ${e.message}`);
  }
});
console.log(`Variables: ${[...env].filter(([k]) => k !== 'pi').map(([k, v]) => `${k}=${+v.toFixed(3)}`).join(', ')}`);
