// Spell checker: dictionary with word frequencies, edit-distance suggestions,
// case-preserving autocorrect and a per-document report.

const CORPUS = `
the quick brown fox jumps over the lazy dog the dog sleeps while the fox runs
a journey of a thousand miles begins with a single step
the weather today is pleasant and the garden looks beautiful
receive the package before the meeting and separate the invoices
necessary changes were made to the schedule for the conference
`;

function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = prev[j];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + cost);
      diag = saved;
    }
  }
  return prev[b.length];
}

function* tokenize(text) {
  const re = /[A-Za-z']+/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    yield { word: m[0], index: m.index };
  }
}

function matchCase(template, word) {
  if (template === template.toUpperCase() && template.length > 1) return word.toUpperCase();
  if (template[0] === template[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

class Dictionary {
  #freq = new Map();
  static MAX_DISTANCE = 2;

  constructor(corpus) {
    for (const { word } of tokenize(corpus)) this.add(word);
  }
  add(word, times = 1) {
    const key = word.toLowerCase();
    this.#freq.set(key, (this.#freq.get(key) ?? 0) + times);
  }
  has(word) { return this.#freq.has(word.toLowerCase()); }
  get size() { return this.#freq.size; }
  suggest(word, limit = 3) {
    const lower = word.toLowerCase();
    return [...this.#freq.entries()]
      .map(([candidate, count]) => ({ candidate, count, dist: editDistance(lower, candidate) }))
      .filter(({ dist }) => dist <= Dictionary.MAX_DISTANCE)
      .sort((x, y) => x.dist - y.dist || y.count - x.count || x.candidate.localeCompare(y.candidate))
      .slice(0, limit);
  }
  mostCommon(n) {
    return [...this.#freq].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, n);
  }
}

class SpellChecker {
  constructor(dictionary, { ignore = [] } = {}) {
    this.dict = dictionary;
    this.ignore = new Set(ignore.map((w) => w.toLowerCase()));
  }
  check(text) {
    const issues = [];
    for (const { word, index } of tokenize(text)) {
      if (this.ignore.has(word.toLowerCase()) || this.dict.has(word)) continue;
      issues.push({ word, index, suggestions: this.dict.suggest(word).map((s) => s.candidate) });
    }
    return issues;
  }
  autocorrect(text) {
    let fixed = 0;
    const out = text.replace(/[A-Za-z']+/g, (word) => {
      if (this.ignore.has(word.toLowerCase()) || this.dict.has(word)) return word;
      const [best] = this.dict.suggest(word, 1);
      if (!best) return word;
      fixed++;
      return matchCase(word, best.candidate);
    });
    return { text: out, fixed };
  }
}

// ---- main ----
const dict = new Dictionary(CORPUS);
console.log(`Dictionary loaded with ${dict.size} distinct words`);
console.log('Most common:', dict.mostCommon(5).map(([w, c]) => `${w}(${c})`).join(' '));

const pairs = [['kitten', 'sitting'], ['recieve', 'receive'], ['flaw', 'lawn'], ['', 'abc'], ['same', 'same']];
for (const [a, b] of pairs) {
  console.log(`distance(${JSON.stringify(a)}, ${JSON.stringify(b)}) = ${editDistance(a, b)}`);
}

const checker = new SpellChecker(dict, { ignore: ['Node', 'JSON'] });
const documents = [
  'The quik brown fox jumpd over the lazzy dog.',
  'Please recieve the pakage before the meating.',
  'THE WETHER today is plesant; Node parses JSON.',
  'A jorney of a thousnd miles begins with a singel step.',
];

documents.forEach((doc, i) => {
  console.log(`\nDocument #${i + 1}: "${doc}"`);
  const issues = checker.check(doc);
  if (issues.length === 0) console.log('  no issues');
  for (const { word, index, suggestions } of issues) {
    const hint = suggestions.length ? suggestions.join(', ') : '(no suggestions)';
    console.log(`  @${String(index).padStart(2)} ${word.padEnd(9)} -> ${hint}`);
  }
  const { text, fixed } = checker.autocorrect(doc);
  console.log(`  corrected (${fixed} fix${fixed === 1 ? '' : 'es'}): ${text}`);
});

dict.add('pakage', 0);
const stats = documents.flatMap((d) => checker.check(d)).reduce((acc, { suggestions }) => {
  const key = suggestions.length === 0 ? 'none' : suggestions.length === 1 ? 'single' : 'multiple';
  return { ...acc, [key]: (acc[key] ?? 0) + 1 };
}, {});
console.log('\nSuggestion stats:', JSON.stringify(stats));
