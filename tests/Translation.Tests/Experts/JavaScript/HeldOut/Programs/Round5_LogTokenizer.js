// Regex-driven log tokenizer: lexes log lines into typed tokens, builds records, summarises.

class LexError extends Error {
  constructor(line, column, snippet) {
    super(`Unexpected input at ${line}:${column} near '${snippet}'`);
    this.name = 'LexError';
    Object.assign(this, { line, column });
  }
}

const TOKEN_SPECS = [
  ['ws', /\s+/y],
  ['timestamp', /\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2}):(\d{2})Z/y],
  ['level', /\b(?:DEBUG|INFO|WARN|ERROR)\b/y],
  ['component', /\[([a-z][\w-]*)\]/y],
  ['pair', /([a-z_]+)=("(?:[^"\\]|\\.)*"|\S+)/y],
  ['word', /[^\s=\[\]"]+/y],
];

function* lex(text, lineNo = 1) {
  let pos = 0;
  outer: while (pos < text.length) {
    for (const [type, re] of TOKEN_SPECS) {
      re.lastIndex = pos;
      const m = re.exec(text);
      if (!m) continue;
      pos = re.lastIndex;
      if (type !== 'ws') yield { type, text: m[0], groups: m.slice(1) };
      continue outer;
    }
    throw new LexError(lineNo, pos + 1, text.slice(pos, pos + 6));
  }
}

function coerce(raw) {
  if (raw.startsWith('"')) return raw.slice(1, -1).replace(/\\(.)/g, '$1');
  const unit = /^(\d+(?:\.\d+)?)(ms|s|kb|mb)$/.exec(raw);
  if (unit) return { ms: 1, s: 1000, kb: 1, mb: 1024 }[unit[2]] * parseFloat(unit[1]);
  if (/^-?\d+(?:\.\d+)?$/.test(raw)) return Number(raw);
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return raw;
}

class LogRecord {
  constructor(tokens) {
    this.fields = {};
    this.words = [];
    for (const { type, text, groups } of tokens) {
      if (type === 'timestamp') this.seconds = groups.map(Number).reduce((acc, n) => acc * 60 + n, 0);
      else if (type === 'level') this.level = text;
      else if (type === 'component') this.component = groups[0];
      else if (type === 'pair') this.fields[groups[0]] = coerce(groups[1]);
      else this.words.push(text);
    }
    this.level ??= 'INFO';
    this.component ??= 'root';
  }
  get message() {
    const { msg, method, path, status } = this.fields;
    return msg ?? (method ? `${method} ${path} -> ${status}` : this.words.join(' '));
  }
  get minute() {
    const total = Math.floor(this.seconds / 60);
    return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  }
}

class LogSummary {
  #records = [];
  #errors = [];
  ingest(text) {
    text.split('\n').map((l) => l.trim()).forEach((line, i) => {
      if (!line || line.startsWith('#')) return;
      try {
        this.#records.push(new LogRecord([...lex(line, i + 1)]));
      } catch (err) {
        if (!(err instanceof LexError)) throw err;
        this.#errors.push(err);
      }
    });
    return this;
  }
  get records() { return this.#records; }
  get errors() { return this.#errors; }
  countBy(key) {
    return this.#records.reduce((acc, r) => acc.set(r[key], (acc.get(r[key]) ?? 0) + 1), new Map());
  }
  latencyStats() {
    const values = this.#records.map((r) => r.fields.latency).filter((v) => typeof v === 'number').sort((a, b) => a - b);
    const pct = (p) => values[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
    return { count: values.length, min: values[0], p50: pct(50), p90: pct(90), max: values.at(-1) };
  }
}

// ---- main ----
const LOG = `
# service log excerpt
2024-03-01T09:15:02Z INFO [http] method=GET path=/api/items status=200 latency=42ms
2024-03-01T09:15:03Z WARN [auth] user=alice msg="Login failed: bad \\"token\\"" attempts=3
2024-03-01T09:15:05Z INFO [http] method=POST path=/api/items status=201 latency=0.35s size=12kb
2024-03-01T09:15:09Z ERROR [db-pool] msg="connection timeout" retry=true latency=2s
2024-03-01T09:16:00Z DEBUG [cache] hit ratio looks healthy ratio=0.93
2024-03-01T09:16:10Z INFO [http] method=GET path=/health status=200 latency=3ms
2024-03-01T09:16:11Z INFO [http] broken "quote here
2024-03-01T09:17:45Z ERROR [http] method=DELETE path=/api/items/7 status=500 latency=1.2s size=1.5mb
`;
const tokens = [...lex('2024-03-01T09:15:02Z WARN [auth] user=bob note="a b" done')];
console.log('Tokens:', tokens.map((t) => `${t.type}(${t.text})`).join(' '));
console.log('Coerce:', ['42', '"hi \\"x\\""', '250ms', '2.5s', 'true', 'n/a', '-7.25'].map((v) => JSON.stringify(coerce(v))).join(' '));
const summary = new LogSummary().ingest(LOG);
console.log(`Parsed ${summary.records.length} records, ${summary.errors.length} lex error(s)`);
summary.errors.forEach((e) => console.log(`  ${e.name} line ${e.line} col ${e.column}: ${e.message}`));

const start = summary.records[0].seconds;
for (const r of summary.records) {
  const offset = `+${String(r.seconds - start).padStart(3)}s`;
  console.log(`${offset} ${r.level.padEnd(5)} ${r.component.padEnd(8)} ${r.message}`);
}
for (const key of ['level', 'component']) {
  const counts = [...summary.countBy(key)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(`By ${key}: ${counts.map(([k, n]) => `${k}=${n}`).join(', ')}`);
}
console.log('Per minute:');
for (const [minute, n] of summary.countBy('minute')) console.log(`  ${minute} ${'#'.repeat(n).padEnd(4)} ${n}`);
console.log('Latency (ms):', JSON.stringify(summary.latencyStats()));
const failing = summary.records.filter((r) => r.fields.status >= 500 || r.level === 'ERROR');
console.log('Failures:', failing.map((r) => r.fields.path ?? r.component).join(' | '));
const sizes = summary.records.filter((r) => 'size' in r.fields).map((r) => `${r.fields.path}:${r.fields.size}kb`);
console.log('Sizes:', sizes.join(', '));
console.log('Fields of warning:', JSON.stringify(summary.records.find((r) => r.level === 'WARN').fields));
