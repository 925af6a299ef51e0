'use strict';

class ConfigError extends Error {
  constructor(path, message) {
    super(`${path || '<root>'}: ${message}`);
    this.name = 'ConfigError';
    this.path = path;
  }
}

const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

const ARRAY_STRATEGIES = {
  replace: (base, over) => [...over],
  append: (base, over) => [...base, ...over],
  union: (base, over) => [...new Set([...base, ...over])],
};

function deepMerge(base, override, { arrays = 'replace', path = '' } = {}) {
  if (!isPlainObject(base) || !isPlainObject(override)) {
    throw new ConfigError(path, 'can only merge objects');
  }
  const result = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const here = path ? `${path}.${key}` : key;
    const current = result[key];
    if (value === null) {
      delete result[key];
    } else if (isPlainObject(current) && isPlainObject(value)) {
      result[key] = deepMerge(current, value, { arrays, path: here });
    } else if (Array.isArray(current) && Array.isArray(value)) {
      const strategy = ARRAY_STRATEGIES[arrays];
      if (!strategy) throw new ConfigError(here, `unknown array strategy "${arrays}"`);
      result[key] = strategy(current, value);
    } else if (current !== undefined && typeof current !== typeof value) {
      throw new ConfigError(here, `type mismatch ${typeof current} vs ${typeof value}`);
    } else {
      result[key] = value;
    }
  }
  return result;
}

function* flatten(obj, prefix = '') {
  for (const key of Object.keys(obj).sort()) {
    const value = obj[key];
    const full = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value)) {
      yield* flatten(value, full);
    } else {
      yield [full, value];
    }
  }
}

const getPath = (obj, dotted, fallback) =>
  dotted.split('.').reduce((acc, part) => acc?.[part], obj) ?? fallback;

function interpolate(config) {
  const lookup = Object.fromEntries(flatten(config));
  const walk = (node) => {
    if (typeof node === 'string') {
      return node.replace(/\$\{([\w.]+)\}/g, (_, ref) => {
        if (!(ref in lookup)) throw new ConfigError(ref, 'unresolved reference');
        return String(lookup[ref]);
      });
    }
    if (Array.isArray(node)) return node.map(walk);
    if (isPlainObject(node)) {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    }
    return node;
  };
  return walk(config);
}

const defaults = {
  app: { name: 'orders', port: 8080, debug: false },
  db: { host: 'localhost', port: 5432, pool: { min: 2, max: 10 }, url: 'pg://${db.host}:${db.port}/${app.name}' },
  features: ['search', 'export'],
  log: { level: 'info', targets: ['stdout'] },
};
const production = {
  app: { port: 80 },
  db: { host: 'db.internal', pool: { max: 50 } },
  features: ['export', 'billing'],
  log: { level: 'warn', targets: ['syslog'] },
};
const local = { app: { debug: true }, log: null, cache: { ttl: 30 } };

for (const strategy of ['replace', 'append', 'union']) {
  const merged = deepMerge(defaults, production, { arrays: strategy });
  console.log(`[${strategy}] features = ${JSON.stringify(merged.features)}`);
}

const prod = interpolate(deepMerge(defaults, production, { arrays: 'union' }));
console.log('--- production (flattened) ---');
for (const [key, value] of flatten(prod)) {
  console.log(`${key.padEnd(16, '.')} ${JSON.stringify(value)}`);
}

const dev = interpolate(deepMerge(defaults, local));
console.log('--- local overrides ---');
console.log(`debug=${getPath(dev, 'app.debug')} cache.ttl=${getPath(dev, 'cache.ttl')}`);
console.log(`log.level=${getPath(dev, 'log.level', '(removed)')}`);
console.log(`db.url=${dev.db.url}`);
console.log(`keys: ${Object.keys(dev).join(', ')}`);

const broken = [
  [defaults, { app: { port: 'eighty' } }, {}],
  [defaults, { features: ['x'] }, { arrays: 'zip' }],
  [{ a: { url: '${missing.key}' } }, {}, {}],
  [defaults, [1, 2], {}],
];
for (const [base, over, opts] of broken) {
  try {
    const out = interpolate(deepMerge(base, over, opts));
    console.log('unexpected success', JSON.stringify(out));
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
console.log(`defaults untouched: ${JSON.stringify(defaults.db.pool)} ${defaults.features.length}`);
