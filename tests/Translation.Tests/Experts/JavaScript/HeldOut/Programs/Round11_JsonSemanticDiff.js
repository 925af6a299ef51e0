'use strict';

class PatchError extends Error {
  constructor(path, reason) {
    super(`cannot apply at ${path || '/'}: ${reason}`);
    this.name = 'PatchError';
    this.path = path;
  }
}

const typeOf = v => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const escapePtr = key => String(key).replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePtr = seg => seg.replace(/~1/g, '/').replace(/~0/g, '~');

function canonical(value) {
  switch (typeOf(value)) {
    case 'array': return `[${value.map(canonical).join(',')}]`;
    case 'object':
      return `{${Object.keys(value).sort().map(k => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
    default: return JSON.stringify(value);
  }
}
const deepEqual = (a, b) => canonical(a) === canonical(b);

class JsonDiffer {
  #ops = [];
  static #NUM_EPS = 1e-9;
  constructor({ arrayKey = null, numericTolerance = JsonDiffer.#NUM_EPS } = {}) {
    this.arrayKey = arrayKey;
    this.tolerance = numericTolerance;
  }

  diff(a, b) {
    this.#ops = [];
    this.#walk(a, b, '');
    return [...this.#ops];
  }

  #walk(a, b, path) {
    const [ta, tb] = [typeOf(a), typeOf(b)];
    if (ta !== tb) return this.#ops.push({ op: 'replace', path, from: a, value: b });
    if (ta === 'number') {
      if (Math.abs(a - b) > this.tolerance) this.#ops.push({ op: 'replace', path, from: a, value: b });
      return;
    }
    if (ta === 'object') {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      for (const k of keys) {
        const p = `${path}/${escapePtr(k)}`;
        if (!(k in b)) this.#ops.push({ op: 'remove', path: p, from: a[k] });
        else if (!(k in a)) this.#ops.push({ op: 'add', path: p, value: b[k] });
        else this.#walk(a[k], b[k], p);
      }
      return;
    }
    if (ta === 'array') return this.#walkArray(a, b, path);
    if (a !== b) this.#ops.push({ op: 'replace', path, from: a, value: b });
  }

  #walkArray(a, b, path) {
    const key = this.arrayKey;
    if (key && [...a, ...b].every(x => typeOf(x) === 'object' && key in x)) {
      const byKey = arr => new Map(arr.map((x, i) => [x[key], { x, i }]));
      const [ma, mb] = [byKey(a), byKey(b)];
      [...ma].filter(([k]) => !mb.has(k)).sort(([, p], [, q]) => q.i - p.i)
        .forEach(([, { x, i }]) => this.#ops.push({ op: 'remove', path: `${path}/${i}`, from: x }));
      for (const [k, { x, i }] of mb) {
        if (ma.has(k)) this.#walk(ma.get(k).x, x, `${path}/${i}`);
        else this.#ops.push({ op: 'add', path: `${path}/${i}`, value: x });
      }
      return;
    }
    const common = Math.min(a.length, b.length);
    for (let i = 0; i < common; i++) this.#walk(a[i], b[i], `${path}/${i}`);
    for (let i = a.length - 1; i >= common; i--) this.#ops.push({ op: 'remove', path: `${path}/${i}`, from: a[i] });
    for (let i = common; i < b.length; i++) this.#ops.push({ op: 'add', path: `${path}/${i}`, value: b[i] });
  }
}

function applyPatch(doc, ops) {
  let root = structuredClone(doc);
  for (const { op, path, value } of ops) {
    if (path === '') { root = structuredClone(value); continue; }
    const segs = path.split('/').slice(1).map(unescapePtr);
    const last = segs.pop();
    const parent = segs.reduce((node, s) => {
      if (node == null || typeof node !== 'object') throw new PatchError(path, `missing segment '${s}'`);
      return node[s];
    }, root);
    if (parent == null || typeof parent !== 'object') throw new PatchError(path, 'parent is not a container');
    if (Array.isArray(parent)) {
      const idx = Number(last);
      if (op === 'add') parent.splice(idx, 0, structuredClone(value));
      else if (op === 'remove') parent.splice(idx, 1);
      else parent[idx] = structuredClone(value);
    } else if (op === 'remove') {
      if (!(last in parent)) throw new PatchError(path, 'key does not exist');
      delete parent[last];
    } else parent[last] = structuredClone(value);
  }
  return root;
}

const before = {
  service: 'billing', version: 3, replicas: 2, 'a/b': 1, ratio: 0.1 + 0.2,
  env: { REGION: 'eu-west', DEBUG: true, TIMEOUT: 30 },
  tags: ['prod', 'critical'],
  ports: [{ name: 'http', port: 80 }, { name: 'metrics', port: 9100 }, { name: 'grpc', port: 50051 }],
};
const after = {
  service: 'billing', version: 4, replicas: '2', 'a/b': 1, ratio: 0.3,
  env: { REGION: 'eu-west', TIMEOUT: 45, 'LOG~LEVEL': 'warn' },
  tags: ['prod'],
  ports: [{ name: 'http', port: 8080 }, { name: 'grpc', port: 50051 }, { name: 'admin', port: 9000 }],
  owner: null,
};

const render = ops => ops.forEach(({ op, path, from, value }) => {
  const detail = op === 'add' ? JSON.stringify(value) : op === 'remove' ? `(was ${JSON.stringify(from)})` : `${JSON.stringify(from)} -> ${JSON.stringify(value)}`;
  console.log(`  ${op.toUpperCase().padEnd(7)} ${path.padEnd(18)} ${detail}`);
});

for (const opts of [{}, { arrayKey: 'name' }]) {
  const ops = new JsonDiffer(opts).diff(before, after);
  const counts = ops.reduce((m, { op }) => ({ ...m, [op]: (m[op] ?? 0) + 1 }), {});
  console.log(`diff ${JSON.stringify(opts)}: ${ops.length} ops ${JSON.stringify(counts)}`);
  render(ops);
  const patched = applyPatch(before, ops);
  console.log(`  round-trip equal: ${deepEqual(patched, after)} (ratio ${patched.ratio}; tolerant equal ${new JsonDiffer(opts).diff(patched, after).length === 0})`);
}

console.log('canonical equal (key order):', deepEqual({ x: 1, y: [1, { b: 2, a: 1 }] }, { y: [1, { a: 1, b: 2 }], x: 1 }));
console.log('strict tolerance ops:', new JsonDiffer({ numericTolerance: 0 }).diff({ r: 0.1 + 0.2 }, { r: 0.3 }).length, 'identical:', new JsonDiffer().diff(after, structuredClone(after)).length);
console.log('root replace:', JSON.stringify(applyPatch([1, 2], new JsonDiffer().diff([1, 2], { k: 'v' }))));

const badPatches = [[{ op: 'remove', path: '/env/NOPE' }], [{ op: 'add', path: '/missing/deep/x', value: 1 }], [{ op: 'replace', path: '/service/len', value: 2 }]];
for (const patch of badPatches) {
  try { applyPatch(before, patch); console.log('applied?!'); }
  catch (e) { console.log(`${e.name} (${e.path}): ${e.message}`); }
}
