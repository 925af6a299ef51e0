// Hand-written JSON parser and pretty printer with configurable layout.

class JsonSyntaxError extends Error {
  constructor(message, pos) {
    super(`${message} at offset ${pos}`);
    this.name = 'JsonSyntaxError';
    this.pos = pos;
  }
}

class Parser {
  #text;
  #pos = 0;
  static ESCAPES = { n: '\n', t: '\t', '"': '"', '\\': '\\', '/': '/' };

  constructor(text) { this.#text = text; }

  static parse(text) {
    const p = new Parser(text);
    const value = p.#value();
    p.#ws();
    if (p.#pos < text.length) throw new JsonSyntaxError('unexpected trailing data', p.#pos);
    return value;
  }

  #ws() { while (/\s/.test(this.#text[this.#pos] ?? '')) this.#pos++; }
  #peek() { this.#ws(); return this.#text[this.#pos]; }
  #expect(ch) {
    if (this.#peek() !== ch) throw new JsonSyntaxError(`expected '${ch}' but found '${this.#text[this.#pos] ?? 'EOF'}'`, this.#pos);
    this.#pos++;
  }

  #value() {
    const ch = this.#peek();
    if (ch === '{') return this.#object();
    if (ch === '[') return this.#array();
    if (ch === '"') return this.#string();
    const rest = this.#text.slice(this.#pos);
    const lit = /^(true|false|null)/.exec(rest);
    if (lit) { this.#pos += lit[0].length; return { true: true, false: false, null: null }[lit[0]]; }
    const num = /^-?(0|[1-9]\d*)(\.\d+)?/.exec(rest);
    if (num) { this.#pos += num[0].length; return Number(num[0]); }
    throw new JsonSyntaxError(`unexpected '${ch ?? 'EOF'}'`, this.#pos);
  }

  #string() {
    this.#expect('"');
    let out = '';
    while (this.#text[this.#pos] !== '"') {
      const ch = this.#text[this.#pos++];
      if (ch === undefined) throw new JsonSyntaxError('unterminated string', this.#pos);
      if (ch !== '\\') { out += ch; continue; }
      const esc = Parser.ESCAPES[this.#text[this.#pos++]];
      if (esc === undefined) throw new JsonSyntaxError('bad escape', this.#pos - 1);
      out += esc;
    }
    this.#pos++;
    return out;
  }

  #array() {
    this.#expect('[');
    const items = [];
    if (this.#peek() === ']') { this.#pos++; return items; }
    do { items.push(this.#value()); } while (this.#peek() === ',' && ++this.#pos);
    this.#expect(']');
    return items;
  }

  #object() {
    this.#expect('{');
    const obj = {};
    if (this.#peek() === '}') { this.#pos++; return obj; }
    do {
      this.#peek();
      const key = this.#string();
      this.#expect(':');
      obj[key] = this.#value();
    } while (this.#peek() === ',' && ++this.#pos);
    this.#expect('}');
    return obj;
  }
}

const quote = (s) => '"' + s.replace(/[\\"]/g, (c) => '\\' + c).replace(/\n/g, '\\n').replace(/\t/g, '\\t') + '"';

function pretty(value, { indent = 2, sortKeys = false, inlineShort = 0 } = {}, level = 0) {
  const pad = ' '.repeat(indent * (level + 1));
  const close = ' '.repeat(indent * level);
  const inline = (parts, open, end) => `${open}${parts.join(', ')}${end}`;
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? quote(value) : String(value);
  const isArr = Array.isArray(value);
  let keys = isArr ? value.map((_, i) => i) : Object.keys(value);
  if (sortKeys && !isArr) keys = [...keys].sort();
  if (keys.length === 0) return isArr ? '[]' : '{}';
  const parts = keys.map((k) => (isArr ? '' : `${quote(k)}: `) + pretty(value[k], { indent, sortKeys, inlineShort }, level + 1));
  const [open, end] = isArr ? ['[', ']'] : ['{', '}'];
  const flat = inline(parts, open, end);
  if (flat.length <= inlineShort && !flat.includes('\n')) return flat;
  return `${open}\n${parts.map((p) => pad + p).join(',\n')}\n${close}${end}`;
}

function stats(value, depth = 0, acc = { maxDepth: 0, counts: {} }) {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  acc.counts[kind] = (acc.counts[kind] ?? 0) + 1;
  acc.maxDepth = Math.max(acc.maxDepth, depth);
  if (value && typeof value === 'object') Object.values(value).forEach((v) => stats(v, depth + 1, acc));
  return acc;
}

const source = '{"service":"billing","version":3,"enabled":true,"owners":["ops","finance"],'
  + '"limits":{"cpu":2.5,"memory":512,"burst":null},"routes":[{"path":"/pay","methods":["POST"]},'
  + '{"path":"/refund","methods":["POST","GET"],"note":"needs \\"approval\\"\\tasap"}],"tags":{},"empty":[]}';
const doc = Parser.parse(source);
console.log(pretty(doc));
console.log('--- sorted keys, indent 4, short collections inline ---');
console.log(pretty(doc, { indent: 4, sortKeys: true, inlineShort: 40 }));
console.log(`Matches JSON.stringify: ${pretty(doc) === JSON.stringify(doc, null, 2)}`);
const { maxDepth, counts } = stats(doc);
console.log(`Depth ${maxDepth}; ` + Object.entries(counts).sort().map(([k, n]) => `${k}=${n}`).join(' '));
for (const bad of ['{"a":1,}', '[1 2]', '{"x":tru}', '"open', '{"k":"\\q"}', '[1] 2']) {
  try {
    Parser.parse(bad);
    console.log(`accepted ${bad}`);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    console.log(`${bad.padEnd(12)} -> ${e.message}`);
  }
}
