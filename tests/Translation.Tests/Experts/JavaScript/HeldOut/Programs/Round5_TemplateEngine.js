// Tiny template engine: {{ path | filter:arg }}, {{#each}}, {{#if}}/{{else}}, escaping, compile cache.

class TemplateError extends Error {
  constructor(message, position) {
    super(`${message} at offset ${position}`);
    this.name = 'TemplateError';
    this.position = position;
  }
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s) => String(s).replace(/[&<>"]/g, (ch) => ESCAPES[ch]);

class TemplateEngine {
  static #cache = new Map();
  #filters = new Map([
    ['upper', (v) => String(v).toUpperCase()],
    ['money', (v, digits = '2') => `$${Number(v).toFixed(Number(digits))}`],
    ['pad', (v, width = '10') => String(v).padEnd(Number(width))],
    ['default', (v, fallback = '') => v ?? fallback],
    ['join', (v, sep = ', ') => (Array.isArray(v) ? v.join(sep) : v)],
  ]);

  addFilter(name, fn) {
    this.#filters.set(name, fn);
    return this;
  }
  static parse(source) {
    const root = { type: 'root', children: [] };
    const stack = [root];
    const sink = (node) => (node.inElse ? node.alt : node.children);
    const re = /\{\{\s*([#/]?)\s*([^}]*?)\s*\}\}/g;
    let last = 0;
    for (const m of source.matchAll(re)) {
      const top = stack.at(-1);
      if (m.index > last) sink(top).push({ type: 'text', value: source.slice(last, m.index) });
      last = m.index + m[0].length;
      const [, sigil, body] = m;
      const [keyword, ...rest] = body.split(/\s+/);
      if (sigil === '#') {
        const node = { type: keyword, expr: rest.join(' '), children: [], alt: [], inElse: false };
        sink(top).push(node);
        stack.push(node);
      } else if (sigil === '/') {
        if (top.type !== keyword) throw new TemplateError(`Unexpected {{/${keyword}}}`, m.index);
        stack.pop();
      } else if (keyword === 'else') {
        if (top.type !== 'if') throw new TemplateError('else outside if', m.index);
        top.inElse = true;
      } else {
        sink(top).push({ type: 'var', expr: body });
      }
    }
    if (stack.length > 1) throw new TemplateError(`Unclosed {{#${stack.at(-1).type}}}`, source.length);
    if (last < source.length) root.children.push({ type: 'text', value: source.slice(last) });
    return root;
  }
  static lookup(scopes, path) {
    const [head, ...tail] = path.split('.');
    const scope = [...scopes].reverse().find((s) => s !== null && typeof s === 'object' && head in s);
    return tail.reduce((obj, key) => obj?.[key], scope?.[head]);
  }
  evaluate(expr, scopes) {
    const [path, ...filters] = expr.split('|').map((p) => p.trim());
    let value = TemplateEngine.lookup(scopes, path);
    for (const f of filters) {
      const [name, ...args] = f.split(':');
      const fn = this.#filters.get(name);
      if (!fn) throw new Error(`Unknown filter "${name}"`);
      value = fn(value, ...args);
    }
    return value;
  }
  renderNodes(nodes, scopes) {
    return nodes.map((node) => {
      switch (node.type) {
        case 'text': return node.value;
        case 'var': return escapeHtml(this.evaluate(node.expr, scopes) ?? '');
        case 'if': {
          const truthy = Boolean(this.evaluate(node.expr, scopes));
          return this.renderNodes(truthy ? node.children : node.alt, scopes);
        }
        case 'each': {
          const list = this.evaluate(node.expr, scopes) ?? [];
          return list.map((item, index) =>
            this.renderNodes(node.children, [...scopes, { '@index': index + 1, '@last': index === list.length - 1 }, item]),
          ).join('');
        }
        default: throw new Error(`Unknown block ${node.type}`);
      }
    }).join('');
  }
  render(source, data) {
    if (!TemplateEngine.#cache.has(source)) TemplateEngine.#cache.set(source, TemplateEngine.parse(source));
    return this.renderNodes(TemplateEngine.#cache.get(source).children, [data]);
  }
  static get cacheSize() { return TemplateEngine.#cache.size; }
}

// ---- main ----
const engine = new TemplateEngine().addFilter('stars', (v) => '*'.repeat(Number(v)));
const invoice = `Invoice for {{ customer.name | upper }} <{{customer.email}}>
{{#each lines}}{{@index}}. {{ item | pad:14 }}{{ price | money }}{{#if featured}} [featured]{{/if}}
{{/each}}{{#if discount}}Discount: {{ discount }}%{{else}}No discount applied{{/if}}
Tags: {{ tags | join:; | default:none }}
Note: {{ note | default:n/a }}`;
const data = {
  customer: { name: 'Ada & Co', email: 'ada@example.com' },
  lines: [
    { item: 'Widget', price: 9.5, featured: true },
    { item: 'Gadget <XL>', price: 24 },
    { item: 'Gizmo', price: 3.333 },
  ],
  discount: 0, tags: ['b2b', 'priority'],
};
console.log(engine.render(invoice, data));
console.log('---');
console.log(engine.render(invoice, { ...data, customer: { name: 'bob' }, discount: 15, lines: [], tags: null, note: 'Thanks!' }));
console.log('---');
const reviews = '{{#each reviews}}{{ user | pad:6 }}{{ rating | stars }}{{#if @last}}.{{else}},{{/if}}\n{{/each}}';
console.log(engine.render(reviews, { reviews: [{ user: 'kim', rating: 5 }, { user: 'lee', rating: 2 }, { user: 'max', rating: 4 }] }));
console.log(`cache entries: ${TemplateEngine.cacheSize}`);

for (const bad of ['{{#if x}}open', '{{#each a}}{{/if}}', 'Hi {{ name | shout }}', '{{else}}']) {
  try {
    engine.render(bad, { name: 'x', a: [] });
  } catch (err) {
    console.log(`${err.name}: ${err.message}${err.position !== undefined ? ` (pos ${err.position})` : ''}`);
  }
}
