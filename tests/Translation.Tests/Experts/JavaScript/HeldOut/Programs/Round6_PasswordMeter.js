// Password strength meter: pattern detection, entropy estimate, policy enforcement.
class PolicyViolation extends Error {
  constructor(rule, detail) { super(`${rule}: ${detail}`); this.name = 'PolicyViolation'; this.rule = rule; }
}

const COMMON_WORDS = ['password', 'dragon', 'monkey', 'welcome', 'sunshine', 'admin', 'letmein', 'qwerty', 'football'];
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'];
const LEET = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i' };

const CHAR_CLASSES = [
  { name: 'lower', re: /[a-z]/, pool: 26 },
  { name: 'upper', re: /[A-Z]/, pool: 26 },
  { name: 'digit', re: /\d/, pool: 10 },
  { name: 'symbol', re: /[^a-zA-Z0-9]/, pool: 33 },
];

const unleet = (s) => s.toLowerCase().replace(/[013457@$!]/g, (ch) => LEET[ch]);

function* findPatterns(pw) {
  const lower = pw.toLowerCase();
  for (const m of pw.matchAll(/(.)\1{2,}/g)) yield { kind: 'repeat', text: m[0], penalty: m[0].length * 2 };
  let run = 1;
  for (let i = 1; i <= lower.length; i++) {
    const step = lower.charCodeAt(i) - lower.charCodeAt(i - 1);
    const prevStep = lower.charCodeAt(i - 1) - lower.charCodeAt(i - 2);
    if (i < lower.length && Math.abs(step) === 1 && (run === 1 || step === prevStep)) { run++; continue; }
    if (run >= 3) yield { kind: 'sequence', text: lower.slice(i - run, i), penalty: run * 3 };
    run = 1;
  }
  for (const row of KEYBOARD_ROWS) {
    for (let len = Math.min(row.length, lower.length); len >= 4; len--) {
      const hit = [...Array(row.length - len + 1).keys()].map((s) => row.slice(s, s + len)).find((p) => lower.includes(p));
      if (hit) { yield { kind: 'keyboard', text: hit, penalty: hit.length * 3 }; break; }
    }
  }
  const plain = unleet(pw);
  for (const word of COMMON_WORDS) {
    if (plain.includes(word)) yield { kind: lower.includes(word) ? 'dictionary' : 'leet-dictionary', text: word, penalty: 25 };
  }
  const year = pw.match(/(19|20)\d{2}/);
  if (year) yield { kind: 'year', text: year[0], penalty: 8 };
}

class StrengthMeter {
  static LABELS = ['very weak', 'weak', 'fair', 'strong', 'very strong'];
  #policy;
  constructor({ minLength = 8, requireClasses = 3, banned = [] } = {}) {
    this.#policy = { minLength, requireClasses, banned: new Set(banned.map(unleet)) };
  }
  classesOf(pw) { return CHAR_CLASSES.filter(({ re }) => re.test(pw)).map(({ name }) => name); }
  entropy(pw) {
    const pool = CHAR_CLASSES.filter(({ re }) => re.test(pw)).reduce((s, c) => s + c.pool, 0);
    const unique = new Set(pw).size;
    return pool ? Math.log2(pool) * (pw.length + unique) / 2 : 0;
  }
  evaluate(pw) {
    const patterns = [...findPatterns(pw)];
    const penalty = patterns.reduce((s, p) => s + p.penalty, 0);
    const bits = this.entropy(pw);
    const score = Math.max(0, Math.min(100, Math.round(bits * 1.2 - penalty)));
    const level = Math.min(4, Math.floor(score / 20));
    return { score, label: StrengthMeter.LABELS[level], bits: +bits.toFixed(1), patterns };
  }
  enforce(pw, { username = '' } = {}) {
    const { minLength, requireClasses, banned } = this.#policy;
    if (pw.length < minLength) throw new PolicyViolation('length', `needs ${minLength}+ chars, got ${pw.length}`);
    const classes = this.classesOf(pw);
    if (classes.length < requireClasses) {
      const missing = CHAR_CLASSES.map((c) => c.name).filter((n) => !classes.includes(n));
      throw new PolicyViolation('classes', `missing ${missing.join('/')}`);
    }
    if (username && pw.toLowerCase().includes(username.toLowerCase())) throw new PolicyViolation('username', 'contains username');
    if (banned.has(unleet(pw))) throw new PolicyViolation('banned', 'on banned list');
    return true;
  }
  suggest({ patterns, score }, pw) {
    const tips = new Set();
    if (pw.length < 12) tips.add('use 12+ characters');
    for (const { kind } of patterns) {
      if (kind.endsWith('dictionary')) tips.add('avoid common words');
      else if (kind === 'year') tips.add('avoid years');
      else tips.add(`avoid ${kind} patterns`);
    }
    if (score >= 80) tips.clear();
    return [...tips];
  }
}

// ---- main ----
const meter = new StrengthMeter({ minLength: 8, requireClasses: 3, banned: ['Tr0ub4dor&3'] });
const candidates = [
  ['password1', 'kim'], ['P@ssw0rd2024', 'kim'], ['aaaa1111bbbb', 'kim'], ['Qwerty!987', 'kim'],
  ['kimberly#2019X', 'kimberly'], ['correct horse battery staple', 'kim'], ['Tr0ub4dor&3', 'kim'],
  ['xK9#vL2$mQ7!', 'kim'], ['abcdEFG!', 'kim'], ['M0nk3y-Dr@g0n', 'kim'], ['short1!', 'kim'],
];
for (const [pw, username] of candidates) {
  const result = meter.evaluate(pw);
  let verdict;
  try {
    meter.enforce(pw, { username });
    verdict = 'accepted';
  } catch (e) {
    if (!(e instanceof PolicyViolation)) throw e;
    verdict = `REJECTED (${e.message})`;
  } finally {
    console.log(`${JSON.stringify(pw).padEnd(31)} ${String(result.score).padStart(3)} ${result.label.padEnd(11)} ${verdict}`);
  }
  const found = result.patterns.map(({ kind, text }) => `${kind}:${text}`);
  if (found.length) console.log(`    patterns: ${found.join(', ')}`);
  const tips = meter.suggest(result, pw);
  if (tips.length) console.log(`    tips: ${tips.join('; ')}`);
}
const scores = candidates.map(([pw]) => meter.evaluate(pw).score);
console.log(`Average score ${(scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(1)}, best ${Math.max(...scores)}`);
