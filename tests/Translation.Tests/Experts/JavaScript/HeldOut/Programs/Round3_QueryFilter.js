'use strict';

class QuerySyntaxError extends Error {
  name = 'QuerySyntaxError';
  constructor(message, position) {
    super(`${message} at position ${position}`);
  }
}

const TOKEN_SPEC = [
  ['ws', /^\s+/], ['lparen', /^\(/], ['rparen', /^\)/], ['not', /^-/], ['op', /^(AND|OR)\b/],
  ['field', /^([a-z]+):(>=|<=|>|<)?("[^"]*"|[^\s()]+)/],
  ['word', /^[^\s()"]+/],
];

function* tokenize(input) {
  let pos = 0;
  outer: while (pos < input.length) {
    const rest = input.slice(pos);
    for (const [type, re] of TOKEN_SPEC) {
      const m = re.exec(rest);
      if (!m) continue;
      if (type === 'field') {
        const [, name, cmp = '=', raw] = m;
        yield { type, name, cmp, value: raw.replace(/^"|"$/g, ''), pos };
      } else if (type !== 'ws') {
        yield { type, text: m[0], pos };
      }
      pos += m[0].length;
      continue outer;
    }
    throw new QuerySyntaxError(`unexpected "${input[pos]}"`, pos);
  }
}

class Parser {
  #tokens;
  #i = 0;
  #end;
  constructor(input) {
    this.#tokens = [...tokenize(input)];
    this.#end = input.length;
  }
  #peek() { return this.#tokens[this.#i]; }
  #next() { return this.#tokens[this.#i++]; }
  parse() {
    const node = this.#orExpr();
    const extra = this.#peek();
    if (extra) throw new QuerySyntaxError(`unexpected ${extra.type}`, extra.pos);
    return node;
  }
  #orExpr() {
    let left = this.#andExpr();
    while (this.#peek()?.text === 'OR') {
      this.#next();
      left = { kind: 'or', left, right: this.#andExpr() };
    }
    return left;
  }
  #andExpr() {
    let left = this.#unary();
    for (let t = this.#peek(); t && t.type !== 'rparen' && t.text !== 'OR'; t = this.#peek()) {
      if (t.text === 'AND') this.#next();
      left = { kind: 'and', left, right: this.#unary() };
    }
    return left;
  }
  #unary() {
    const t = this.#next();
    if (!t) throw new QuerySyntaxError('unexpected end of query', this.#end);
    switch (t.type) {
      case 'not': return { kind: 'not', expr: this.#unary() };
      case 'lparen': {
        const inner = this.#orExpr();
        if (this.#next()?.type !== 'rparen') throw new QuerySyntaxError('missing )', t.pos);
        return inner;
      }
      case 'field': return { kind: 'field', name: t.name, cmp: t.cmp, value: t.value };
      case 'word': return { kind: 'text', value: t.text.toLowerCase() };
      default: throw new QuerySyntaxError(`unexpected ${t.type}`, t.pos);
    }
  }
}

const compare = (actual, cmp, expected) => {
  if (Array.isArray(actual)) return actual.some((a) => compare(a, cmp, expected));
  if (cmp === '=') return String(actual).toLowerCase() === expected.toLowerCase();
  const [a, b] = [Number(actual), Number(expected)];
  return { '>': a > b, '<': a < b, '>=': a >= b, '<=': a <= b }[cmp];
};
function evaluate(node, item) {
  switch (node.kind) {
    case 'and': return evaluate(node.left, item) && evaluate(node.right, item);
    case 'or': return evaluate(node.left, item) || evaluate(node.right, item);
    case 'not': return !evaluate(node.expr, item);
    case 'field': return node.name in item && compare(item[node.name], node.cmp, node.value);
    case 'text': return item.title.toLowerCase().includes(node.value);
  }
  throw new Error(`bad node ${node.kind}`);
}
const show = (n) =>
  n.kind === 'field' ? `${n.name}${n.cmp}${n.value}`
  : n.kind === 'text' ? `"${n.value}"`
  : n.kind === 'not' ? `NOT(${show(n.expr)})`
  : `(${show(n.left)} ${n.kind.toUpperCase()} ${show(n.right)})`;

const issues = [
  { id: 101, title: 'Login page crashes on Safari', status: 'open', priority: 3, tags: ['bug', 'ui'] },
  { id: 102, title: 'Add CSV export', status: 'open', priority: 2, tags: ['feature'] },
  { id: 103, title: 'Typo in footer', status: 'closed', priority: 1, tags: ['ui'] },
  { id: 104, title: 'Export times out for large reports', status: 'open', priority: 4, tags: ['bug', 'perf'] },
  { id: 105, title: 'Dark mode', status: 'wontfix', priority: 2, tags: ['feature', 'ui'] },
  { id: 106, title: 'Crash when saving draft', status: 'closed', priority: 5, tags: ['bug'] },
];

const queries = [
  'status:open', 'tags:bug priority:>=4', 'export', 'status:open AND -tags:bug',
  '(tags:ui OR tags:perf) -status:closed', 'crash OR priority:<2', 'title:"Dark mode"',
  'status:open (', 'priority:>1 ) x', 'tags:bug AND', 'price:$5 & more', 'say "hi"',
];
for (const q of queries) {
  try {
    const ast = new Parser(q).parse();
    const hits = issues.filter((it) => evaluate(ast, it)).map(({ id }) => `#${id}`);
    console.log(`${q.padEnd(38)} ${show(ast)}\n${' '.repeat(39)}=> ${hits.join(' ') || '(none)'}`);
  } catch (e) {
    if (!(e instanceof QuerySyntaxError)) throw e;
    console.log(`${q.padEnd(38)} !! ${e.message}`);
  }
}
