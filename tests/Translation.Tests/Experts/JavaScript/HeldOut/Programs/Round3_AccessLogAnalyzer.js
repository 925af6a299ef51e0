'use strict';

const RAW_LOG = `
10.0.0.5 - - [12/Mar/2024:09:58:12] "GET /api/orders HTTP/1.1" 200 1532 34ms
10.0.0.7 - - [12/Mar/2024:09:58:40] "POST /api/orders HTTP/1.1" 201 88 120ms
10.0.0.5 - - [12/Mar/2024:09:59:03] "GET /api/orders/17 HTTP/1.1" 200 640 18ms
192.168.1.20 - - [12/Mar/2024:10:01:55] "GET /health HTTP/1.1" 200 2 1ms
10.0.0.9 - - [12/Mar/2024:10:02:10] "GET /api/orders/18 HTTP/1.1" 404 51 9ms
this line is garbage and should be reported
10.0.0.7 - - [12/Mar/2024:10:02:11] "DELETE /api/orders/17 HTTP/1.1" 403 40 12ms
10.0.0.5 - - [12/Mar/2024:10:15:00] "GET /api/customers HTTP/1.1" 500 0 250ms
10.0.0.5 - - [12/Mar/2024:10:15:02] "GET /api/customers HTTP/1.1" 500 0 245ms
10.0.0.9 - - [12/Mar/2024:10:15:03] "GET /api/customers HTTP/1.1" 502 0 30ms
10.0.0.5 - - [12/Mar/2024:10:15:09] "GET /api/customers HTTP/1.1" 200 2048 80ms
192.168.1.20 - - [12/Mar/2024:11:01:55] "GET /health HTTP/1.1" 200 2 2ms
10.0.0.7 - - [12/Mar/2024:11:20:31] "PUT /api/orders/18 HTTP/1.1" 200 700 95ms
10.0.0.11 - - [12/Mar/2024:11:45:00] "GET /api/orders?page=2 HTTP/1.1" 200 1490 41ms
10.0.0.11 - - [12/Mar/2024:11:45:07] "GET /static/app.js HTTP/1.1" 304 0 3ms
`;

const LINE_RE = /^(?<ip>[\d.]+) - - \[(?<day>\d+)\/(?<mon>\w{3})\/(?<year>\d{4}):(?<h>\d\d):(?<m>\d\d):(?<s>\d\d)\] "(?<method>[A-Z]+) (?<url>\S+) HTTP\/[\d.]+" (?<status>\d{3}) (?<bytes>\d+) (?<ms>\d+)ms$/;

class ParseError extends Error {
  constructor(lineNo, line) {
    super(`line ${lineNo}: cannot parse "${line.slice(0, 24)}..."`);
    this.name = 'ParseError';
  }
}

function* parse(text) {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const m = LINE_RE.exec(line);
    if (!m) {
      yield new ParseError(i, line);
      continue;
    }
    const { ip, h, m: min, s, method, url, status, bytes, ms } = m.groups;
    const path = url.split('?')[0];
    yield {
      ip, method, path,
      route: path.replace(/\/\d+(?=\/|$)/g, '/:id'),
      status: Number(status),
      bytes: Number(bytes),
      ms: Number(ms),
      seconds: Number(h) * 3600 + Number(min) * 60 + Number(s),
      hour: h,
    };
  }
}

class SlowPolicy {
  #thresholdMs = 100;
  get thresholdMs() { return this.#thresholdMs; }
  set thresholdMs(ms) {
    if (!Number.isInteger(ms) || ms <= 0) throw new RangeError(`threshold must be a positive integer, got ${ms}`);
    this.#thresholdMs = ms;
  }
  isSlow({ ms }) { return ms > this.#thresholdMs; }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const groupBy = (items, keyFn) =>
  items.reduce((map, item) => map.set(keyFn(item), [...(map.get(keyFn(item)) ?? []), item]), new Map());

const entries = [];
const errors = [];
for (const item of parse(RAW_LOG)) (item instanceof ParseError ? errors : entries).push(item);
console.log(`parsed ${entries.length} requests, ${errors.length} unparseable`);
errors.forEach((e) => console.log(`  ${e.name}: ${e.message}`));

console.log('--- status classes ---');
const byClass = groupBy(entries, (e) => `${Math.floor(e.status / 100)}xx`);
for (const cls of [...byClass.keys()].sort()) {
  const share = ((byClass.get(cls).length / entries.length) * 100).toFixed(1);
  console.log(`${cls} ${String(byClass.get(cls).length).padStart(3)} ${share.padStart(5)}% ${'*'.repeat(byClass.get(cls).length)}`);
}

console.log('--- routes by traffic ---');
const routes = [...groupBy(entries, (e) => `${e.method} ${e.route}`)]
  .map(([route, list]) => {
    const times = list.map((e) => e.ms).sort((a, b) => a - b);
    return { route, count: list.length, p50: percentile(times, 50), p95: percentile(times, 95), kb: list.reduce((t, e) => t + e.bytes, 0) / 1024 };
  })
  .sort((a, b) => b.count - a.count || (a.route < b.route ? -1 : 1));
for (const { route, count, p50, p95, kb } of routes) {
  console.log(`${route.padEnd(24)} n=${count} p50=${String(p50).padStart(3)}ms p95=${String(p95).padStart(3)}ms ${kb.toFixed(2)}KB`);
}

console.log('--- per hour ---');
const hours = groupBy(entries, (e) => e.hour);
hours.forEach((list, hour) => {
  const failed = list.filter(({ status }) => status >= 500).length;
  console.log(`${hour}:00 requests=${list.length} server_errors=${failed}`);
});

console.log('--- incidents (>=2 5xx within 10s) ---');
const fives = entries.filter((e) => e.status >= 500);
const incidents = [];
for (const e of fives) {
  const last = incidents.at(-1);
  if (last && e.seconds - last.end <= 10) {
    last.end = e.seconds;
    last.count++;
  } else {
    incidents.push({ start: e.seconds, end: e.seconds, count: 1, route: e.route });
  }
}
const clock = (sec) => [Math.floor(sec / 3600), Math.floor(sec / 60) % 60, sec % 60].map((n) => String(n).padStart(2, '0')).join(':');
incidents.filter(({ count }) => count >= 2)
  .forEach(({ start, end, count, route }) => console.log(`${clock(start)}-${clock(end)} ${count} failures on ${route}`));

const topIp = [...groupBy(entries, (e) => e.ip)].map(([ip, l]) => [ip, l.length]).sort((a, b) => b[1] - a[1])[0];
const policy = new SlowPolicy();
console.log(`busiest client: ${topIp[0]} with ${topIp[1]} requests`);
for (const threshold of [100, 40, -5]) {
  try {
    policy.thresholdMs = threshold;
  } catch (err) {
    console.log(`${err.name}: ${err.message}`);
    continue;
  }
  const slow = entries.filter((e) => policy.isSlow(e)).map((e) => `${e.path}(${e.ms})`);
  console.log(`slow (>${policy.thresholdMs}ms): ${slow.join(', ')}`);
}
console.log(`all 2xx under 150ms? ${entries.filter((e) => e.status < 300).every((e) => e.ms < 150)}`);
