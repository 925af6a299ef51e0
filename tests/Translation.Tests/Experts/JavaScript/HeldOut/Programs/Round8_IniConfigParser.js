// Tiny INI/config parser: sections, key=value pairs, comments, quoted strings,
// ${section.key} interpolation, and schema validation with collected errors.

const CONFIG_TEXT = `
; service configuration
[server]
host = 0.0.0.0
port = 8080
workers = 4   # inline comment
admin_email = "ops@\${company.domain}"
base_url = "http://\${server.host}:\${server.port}/api"

[database]
url = postgres://db.internal:5432/app
pool_size = 25
timeout_ms = abc
ssl = yes

[cache]
enabled = false
ttl = 300
backend = memcached
port = 70000
debug_port = 9229

[logging]
level = verbose
file = /var/log/app.log
this line is broken
[features
`;

class ConfigError extends Error {
  constructor(message, { line, path } = {}) {
    super(message);
    this.name = 'ConfigError';
    Object.assign(this, { line, path });
  }
  toString() {
    return `[${this.line ? `line ${this.line}` : this.path}] ${this.message}`;
  }
}

function parseIni(text) {
  const [data, errors] = [{}, []];
  let section = null;
  text.split('\n').forEach((rawLine, i) => {
    const line = rawLine.replace(/\s+[#;].*$/, '').trim();
    if (!line || line.startsWith(';') || line.startsWith('#')) return;
    const header = line.match(/^\[([\w.-]+)\]$/);
    if (header) {
      section = header[1];
      data[section] ??= {};
      return;
    }
    const kv = line.match(/^([\w.]+)\s*=\s*(.*)$/);
    if (kv && section) data[section][kv[1]] = kv[2].replace(/^"(.*)"$/, '$1');
    else errors.push(new ConfigError(`cannot parse "${line}"`, { line: i + 1 }));
  });
  return { data, errors };
}

function interpolate(data, errors, depth = 0) {
  let changed = false;
  for (const [sec, entries] of Object.entries(data)) {
    for (const [key, value] of Object.entries(entries)) {
      entries[key] = value.replace(/\$\{(\w+)\.(\w+)\}/g, (match, s, k) => {
        const found = data[s]?.[k];
        if (found === undefined) {
          errors.push(new ConfigError(`unresolved reference ${match}`, { path: `${sec}.${key}` }));
          return '';
        }
        changed = true;
        return found;
      });
    }
  }
  if (changed && depth < 5) interpolate(data, errors, depth + 1);
}

const int = (min, max) => (v) => {
  if (!/^-?\d+$/.test(v)) throw new Error(`expected integer, got "${v}"`);
  const n = parseInt(v, 10);
  if (n < min || n > max) throw new Error(`${n} out of range ${min}..${max}`);
  return n;
};
const bool = (v) => {
  const map = { true: true, yes: true, on: true, '1': true, false: false, no: false, off: false, '0': false };
  if (!(v.toLowerCase() in map)) throw new Error(`expected boolean, got "${v}"`);
  return map[v.toLowerCase()];
};
const oneOf = (...opts) => (v) => {
  if (!opts.includes(v)) throw new Error(`must be one of ${opts.join('|')}`);
  return v;
};
const str = (v) => v;
const SCHEMA = {
  server: { host: [str, true], port: [int(1, 65535), true], workers: [int(1, 64), false, 2], base_url: [str, false], admin_email: [str, false] },
  database: { url: [str, true], pool_size: [int(1, 20), false, 5], timeout_ms: [int(100, 60000), false, 5000], ssl: [bool, false, false] },
  cache: { enabled: [bool, false, true], ttl: [int(0, 86400), false, 60], backend: [oneOf('redis', 'memcached'), true], port: [int(1, 65535), false, 11211] },
  logging: { level: [oneOf('debug', 'info', 'warn', 'error'), false, 'info'], file: [str, false], rotate: [bool, false, true] },
};

function validate(data, errors) {
  const config = {};
  for (const [sec, fields] of Object.entries(SCHEMA)) {
    config[sec] = {};
    for (const [key, [convert, required, fallback]] of Object.entries(fields)) {
      const raw = data[sec]?.[key];
      const path = `${sec}.${key}`;
      try {
        if (raw === undefined) {
          if (required) throw new Error('required key missing');
          if (fallback !== undefined) config[sec][key] = fallback;
          continue;
        }
        config[sec][key] = convert(raw);
      } catch (e) {
        errors.push(new ConfigError(e.message, { path }));
        if (fallback !== undefined) config[sec][key] = fallback;
      }
    }
    Object.keys(data[sec] ?? {}).filter((k) => !(k in fields))
      .forEach((k) => errors.push(new ConfigError('unknown key', { path: `${sec}.${k}` })));
  }
  return config;
}

const { data, errors } = parseIni(CONFIG_TEXT);
console.log(`Parsed sections: ${Object.keys(data).join(', ')}`);
interpolate(data, errors);
const config = validate(data, errors);
for (const [sec, values] of Object.entries(config)) {
  console.log(`[${sec}]`);
  for (const [k, v] of Object.entries(values)) console.log(`  ${k.padEnd(12)}= ${JSON.stringify(v)} (${typeof v})`);
}
console.log(`\n${errors.length} problem(s):`);
errors.sort((a, b) => (a.line ?? 999) - (b.line ?? 999)).forEach((e) => console.log(`  ${e}`));
console.log(errors.length ? 'Config INVALID - using defaults where possible' : 'Config OK');
