'use strict';

class ZoneError extends Error {
  constructor(line, message, severity = 'error') {
    super(`line ${line}: ${message}`);
    this.name = 'ZoneError';
    Object.assign(this, { line, severity });
  }
}

class ZoneFatalError extends ZoneError { constructor(line, message) { super(line, message, 'fatal'); this.name = 'ZoneFatalError'; } }

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/i;
const parseTtl = text => {
  const m = /^(\d+)([smhdw]?)$/i.exec(text);
  if (!m) return null;
  const mult = { '': 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 }[m[2].toLowerCase()];
  return Number(m[1]) * mult;
};

class Zone {
  #records = [];
  #issues = [];
  constructor(text) {
    [this.origin, this.defaultTtl] = [null, null];
    this.#parse(text);
  }

  #fqdn(name, line) {
    if (name === '@') return this.origin;
    if (!this.origin && !name.endsWith('.')) throw new ZoneFatalError(line, `relative name '${name}' before $ORIGIN`);
    const full = name.endsWith('.') ? name.toLowerCase() : `${name}.${this.origin}`.toLowerCase();
    const labels = full.slice(0, -1).split('.');
    const bad = labels.find(l => l !== '*' && !LABEL.test(l));
    if (bad !== undefined) this.#issues.push(new ZoneError(line, `invalid label '${bad}' in ${full}`));
    if (full.length > 254) this.#issues.push(new ZoneError(line, `name too long (${full.length})`));
    return full;
  }

  #parse(text) {
    let lastName = null;
    text.split('\n').forEach((raw, idx) => {
      const line = idx + 1;
      const content = raw.replace(/;.*$/, '').trimEnd();
      if (!content.trim()) return;
      const tokens = content.trim().split(/\s+/);
      if (tokens[0] === '$ORIGIN') { this.origin = tokens[1].toLowerCase(); return; }
      if (tokens[0] === '$TTL') { this.defaultTtl = parseTtl(tokens[1]); return; }
      const name = /^\s/.test(content) ? lastName : tokens.shift();
      if (name === null) throw new ZoneFatalError(line, 'continuation line with no owner');
      let ttl = this.defaultTtl;
      if (tokens[0] && parseTtl(tokens[0]) !== null) ttl = parseTtl(tokens.shift());
      if (tokens[0]?.toUpperCase() === 'IN') tokens.shift();
      const [type = '', ...data] = tokens;
      if (ttl === null) this.#issues.push(new ZoneError(line, 'no TTL and no $TTL default', 'warning'));
      lastName = name;
      const rec = { line, name: this.#fqdn(name, line), ttl, type: type.toUpperCase(), data };
      this.#checkRecord(rec);
      this.#records.push(rec);
    });
    this.#crossCheck();
  }

  #checkRecord({ line, type, data }) {
    const need = { A: 1, AAAA: 1, CNAME: 1, NS: 1, MX: 2, TXT: 1, SOA: 7, SRV: 4 }[type];
    if (need === undefined) return this.#issues.push(new ZoneError(line, `unsupported type '${type}'`));
    if (data.length < need) return this.#issues.push(new ZoneError(line, `${type} needs ${need} fields, got ${data.length}`));
    switch (type) {
      case 'A': {
        const octets = data[0].split('.');
        if (octets.length !== 4 || !octets.every(o => /^\d+$/.test(o) && +o <= 255)) this.#issues.push(new ZoneError(line, `bad IPv4 ${data[0]}`));
        break;
      }
      case 'AAAA':
        if (!/^[0-9a-f:]+$/i.test(data[0]) || (data[0].match(/::/g) ?? []).length > 1) this.#issues.push(new ZoneError(line, `bad IPv6 ${data[0]}`));
        break;
      case 'MX':
        if (!(Number(data[0]) >= 0 && Number(data[0]) <= 65535)) this.#issues.push(new ZoneError(line, `bad MX preference ${data[0]}`));
        break;
      case 'TXT':
        if (!data.join(' ').match(/^".*"$/)) this.#issues.push(new ZoneError(line, 'TXT must be quoted', 'warning'));
        break;
    }
  }

  #crossCheck() {
    const byName = this.#records.reduce((m, r) => m.set(r.name, [...(m.get(r.name) ?? []), r]), new Map());
    for (const [name, recs] of byName) {
      const cname = recs.find(r => r.type === 'CNAME');
      if (cname && recs.length > 1) this.#issues.push(new ZoneError(cname.line, `CNAME at ${name} coexists with ${recs.length - 1} other record(s)`));
    }
    const soas = this.#records.filter(r => r.type === 'SOA');
    if (soas.length !== 1) this.#issues.push(new ZoneError(soas[1]?.line ?? 0, `expected exactly one SOA, found ${soas.length}`));
    if (!this.#records.some(r => r.type === 'NS' && r.name === this.origin)) this.#issues.push(new ZoneError(0, 'apex has no NS records'));
    for (const mx of this.#records.filter(r => r.type === 'MX')) {
      const target = this.#fqdn(mx.data[1], mx.line);
      if (target.endsWith(this.origin) && !byName.has(target)) this.#issues.push(new ZoneError(mx.line, `MX target ${target} has no address`, 'warning'));
    }
  }

  get records() { return this.#records; }
  get issues() { return [...this.#issues].sort((a, b) => a.line - b.line || a.severity.localeCompare(b.severity)); }
  get valid() { return !this.#issues.some(i => i.severity === 'error'); }
}

const zoneText = `$ORIGIN example.com.
$TTL 1h
@        IN SOA ns1 hostmaster 2024050101 7200 900 1209600 300
         IN NS  ns1
         IN NS  ns2.provider.net.
         IN MX  10 mail
         IN MX  20 backup
ns1      300 IN A 192.0.2.1
mail     IN A     192.0.2.25
www      2d IN CNAME web
www      IN TXT   "site"
web      IN AAAA  2001:db8::1::2
-bad-    IN A     192.0.2.300
_sip._tcp IN SRV  10 60 5060
*.dev    IN A     198.51.100.7 ; wildcard
notes    IN TXT   unquoted words
old      IN HINFO "x86" "linux"
`;

const zone = new Zone(zoneText);
console.log(`origin=${zone.origin} default TTL=${zone.defaultTtl}s records=${zone.records.length}`);
for (const { line, name, ttl, type, data } of zone.records) {
  console.log(`${String(line).padStart(2)} ${name.padEnd(26)} ${String(ttl).padStart(6)} ${type.padEnd(5)} ${data.join(' ')}`);
}
const typeCounts = Object.entries(zone.records.reduce((acc, { type }) => ({ ...acc, [type]: (acc[type] ?? 0) + 1 }), {}))
  .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
console.log('types:', typeCounts.map(([t, n]) => `${t}x${n}`).join(' '));
console.log(`valid=${zone.valid} issues=${zone.issues.length}`);
zone.issues.forEach(i => console.log(`  [${i.severity.toUpperCase().padEnd(7)}] ${i.message}`));

for (const bad of ['www IN A 10.0.0.1', '$ORIGIN x.org.\n   IN A 10.0.0.1']) {
  try { new Zone(bad); console.log('parsed'); }
  catch (e) { console.log(`${e.name} (${e instanceof ZoneError ? e.severity : '?'}): ${e.message}`); }
}
console.log('TTL parse:', ['300', '5m', '2H', '1w', 'x1'].map(t => `${t}=${parseTtl(t)}`).join(' '));
