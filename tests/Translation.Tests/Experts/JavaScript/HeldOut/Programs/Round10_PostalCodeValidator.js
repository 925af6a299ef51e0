'use strict';

class ValidationError extends Error {
  constructor(field, message) {
    super(`${field}: ${message}`);
    this.name = 'ValidationError';
    this.field = field;
  }
}

const COUNTRY_RULES = new Map([
  ['US', { pattern: /^(\d{5})(?:-(\d{4}))?$/, normalize: s => s.replace(/\s+/g, '') }],
  ['CA', { pattern: /^([ABCEGHJ-NPRSTVXY]\d[A-Z]) ?(\d[A-Z]\d)$/, normalize: s => s.toUpperCase().trim() }],
  ['UK', { pattern: /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/, normalize: s => s.toUpperCase().replace(/\s+/g, ' ').trim() }],
  ['NL', { pattern: /^(\d{4}) ?([A-Z]{2})$/, normalize: s => s.toUpperCase().trim() }],
  ['JP', { pattern: /^(\d{3})-?(\d{4})$/, normalize: s => s.replace(/[\uFF10-\uFF19]/g, c => String.fromCharCode(c.charCodeAt(0) - 0xFEE0)) }],
]);

function formatPostal(country, code) {
  const rule = COUNTRY_RULES.get(country);
  if (!rule) throw new ValidationError('country', `unsupported country ${country}`);
  const cleaned = rule.normalize(code);
  const m = rule.pattern.exec(cleaned);
  if (!m) throw new ValidationError('postal', `"${code}" is not a valid ${country} code`);
  switch (country) {
    case 'US': return m[2] ? `${m[1]}-${m[2]}` : m[1];
    case 'JP': return `\u3012${m[1]}-${m[2]}`;
    case 'NL': return `${m[1]} ${m[2]}`;
    default: return `${m[1]} ${m[2]}`;
  }
}

const validators = {
  name: v => (typeof v === 'string' && v.trim().length >= 2) || 'must have at least 2 characters',
  email: v => /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(v ?? '') || 'invalid email',
  phone: v => v === undefined || /^\+?[\d ()-]{7,}$/.test(v) || 'invalid phone',
  street: v => /\d/.test(v ?? '') || 'street must include a number',
};

function validateAddress(record) {
  const errors = [];
  for (const [field, check] of Object.entries(validators)) {
    const result = check(record[field]);
    if (result !== true) errors.push(new ValidationError(field, result));
  }
  let postal = null;
  try {
    postal = formatPostal(record.country ?? 'US', record.postal ?? '');
  } catch (e) {
    if (e instanceof ValidationError) errors.push(e); else throw e;
  }
  return { ok: errors.length === 0, errors, postal };
}

function maskEmail(email) {
  return email.replace(/^(.)(.*)(.@.*)$/, (_, first, middle, rest) => first + '*'.repeat(middle.length) + rest);
}

function titleCase(s) {
  return s.toLowerCase().replace(/\b([a-z])/g, c => c.toUpperCase()).replace(/\s{2,}/g, ' ').trim();
}

const records = [
  { name: 'maria  de la cruz', email: 'maria.cruz@example.org', street: '12 Elm St', postal: '02139-4307', country: 'US' },
  { name: 'JEAN TREMBLAY', email: 'jean@mail.ca', street: '400 rue Sainte-Catherine', postal: 'h3b 1a7', country: 'CA' },
  { name: 'olu', email: 'olu@@bad', street: 'Baker Street', postal: 'NW1 6XE', country: 'UK', phone: '020 7946 0958' },
  { name: 'Sanne', email: 'sanne+shop@ziggo.nl', street: 'Damrak 70', postal: '1012lg', country: 'NL' },
  { name: 'Hiro Tanaka', email: 'hiro@example.jp', street: '1-2-3 Shibuya', postal: '\uFF11\uFF15\uFF10\uFF10\uFF10\uFF10\uFF12', country: 'JP' },
  { name: 'X', email: 'x@y.z', street: '9 Road', postal: '123', country: 'US', phone: 'call me' },
  { name: 'Greta', email: 'greta@example.de', street: 'Hauptstr. 5', postal: '10115', country: 'DE' },
  { name: 'Ava Stone', email: 'ava.stone@example.co.uk', street: '221B Baker St', postal: 'sw1a   2aa', country: 'UK' },
];

const summary = { valid: 0, invalid: 0, errorsByField: {} };
records.forEach((rec, i) => {
  const { ok, errors, postal } = validateAddress(rec);
  const label = `#${i + 1} ${titleCase(rec.name)}`.padEnd(22);
  if (ok) {
    summary.valid++;
    console.log(`${label} OK   ${rec.country} ${postal.padEnd(12)} ${maskEmail(rec.email)}`);
  } else {
    summary.invalid++;
    console.log(`${label} FAIL (${errors.length})`);
    for (const err of errors) {
      console.log(`    - ${err.message}`);
      summary.errorsByField[err.field] = (summary.errorsByField[err.field] ?? 0) + 1;
    }
  }
});

console.log(JSON.stringify(summary));
const domains = records.map(r => r.email.split('@').pop()).filter(d => d && d.includes('.'));
const tlds = [...new Set(domains.map(d => d.slice(d.lastIndexOf('.') + 1)))].sort();
console.log(`TLDs seen: ${tlds.join(' ')}`);
const digitsOnly = records.map(r => (r.postal.match(/\d/g) ?? []).length);
console.log(`Digits per postal code: ${digitsOnly.join(',')}`);
const longestStreet = records.reduce((a, b) => (b.street.length > a.street.length ? b : a)).street;
console.log(`Longest street: "${longestStreet}" (${longestStreet.length})`);
const supported = [...COUNTRY_RULES.keys()];
console.log(`Supported countries: ${supported.join(', ')} (${supported.length})`);
console.log(`Reformatted: ${['90210', '123-4567', 'm5v3l9'].map((c, i) => formatPostal(['US', 'JP', 'CA'][i], c)).join(' | ')}`);
