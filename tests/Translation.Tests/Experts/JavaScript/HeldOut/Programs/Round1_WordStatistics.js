// Tokenizes a short passage and reports word, sentence and n-gram statistics.
const passage = `
The quick brown fox jumps over the lazy dog. The dog, startled, barks twice!
Is the fox quick? Yes: the fox is very quick -- quicker than the dog.
"Lazy" dogs don't chase foxes; they nap. Meanwhile, 3 foxes and 12 dogs wait.
`;

const STOP_WORDS = new Set(['the', 'is', 'a', 'and', 'than', 'they', 'over', 'yes']);

class Token {
  constructor(text, kind, index) {
    this.text = text;
    this.kind = kind;
    this.index = index;
  }
  get normalized() {
    return this.kind === 'word' ? this.text.toLowerCase().replace(/'/g, '') : this.text;
  }
}

function tokenize(text) {
  const pattern = /([A-Za-z]+(?:'[a-z]+)?)|(\d+)|([.!?])|([,;:"-]+)/g;
  const tokens = [];
  let m;
  while ((m = pattern.exec(text)) !== null) {
    const [whole, word, num, end, punct] = m;
    let kind;
    if (word) kind = 'word';
    else if (num) kind = 'number';
    else if (end) kind = 'end';
    else kind = punct ? 'punct' : 'other';
    tokens.push(new Token(whole, kind, m.index));
  }
  return tokens;
}

const splitSentences = (tokens) => {
  const sentences = [];
  let current = [];
  for (const tok of tokens) {
    if (tok.kind === 'end') {
      if (current.length) sentences.push({ words: current, terminator: tok.text });
      current = [];
    } else if (tok.kind === 'word' || tok.kind === 'number') {
      current.push(tok.normalized);
    }
  }
  if (current.length > 0) sentences.push({ words: current, terminator: '' });
  return sentences;
};

const countBy = (items, keyFn = (x) => x) =>
  items.reduce((map, item) => {
    const key = keyFn(item);
    map.set(key, (map.get(key) || 0) + 1);
    return map;
  }, new Map());

const topN = (counts, n) =>
  [...counts.entries()]
    .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, n);

const tokens = tokenize(passage);
const kinds = countBy(tokens, (t) => t.kind);
console.log('Token kinds:', JSON.stringify(Object.fromEntries(kinds)));

const words = tokens.filter((t) => t.kind === 'word').map((t) => t.normalized);
console.log(`Total words: ${words.length}, unique: ${new Set(words).size}`);

const content = words.filter((w) => !STOP_WORDS.has(w));
console.log('Top content words:');
for (const [word, count] of topN(countBy(content), 6)) {
  console.log(`  ${word.padEnd(10, '.')} ${'#'.repeat(count)} (${count})`);
}

const bigrams = words.slice(1).map((w, i) => `${words[i]} ${w}`);
console.log('Repeated bigrams:');
topN(countBy(bigrams), 10)
  .filter(([, c]) => c > 1)
  .forEach(([bg, c]) => console.log(`  "${bg}" x${c}`));

const sentences = splitSentences(tokens);
console.log(`Sentences: ${sentences.length}`);
sentences.forEach(({ words: ws, terminator }, i) => {
  const type = { '?': 'question', '!': 'exclamation', '.': 'statement' }[terminator] ?? 'fragment';
  const longest = ws.reduce((best, w) => (w.length > best.length ? w : best), '');
  console.log(`  #${i + 1} [${type.padEnd(11)}] ${String(ws.length).padStart(2)} words, longest="${longest}"`);
});

const lengths = words.map((w) => w.length);
const avg = lengths.reduce((a, b) => a + b, 0) / lengths.length;
const histogram = countBy(lengths);
console.log(`Average word length: ${avg.toFixed(3)}`);
const maxLen = Math.max(...lengths);
for (let len = 1; len <= maxLen; len++) {
  const c = histogram.get(len) ?? 0;
  if (c) console.log(`  len ${String(len).padStart(2)}: ${'*'.repeat(c)}`);
}

const numbers = tokens.filter(({ kind }) => kind === 'number').map(({ text }) => parseInt(text, 10));
console.log(`Numbers found: [${numbers.join(', ')}] sum=${numbers.reduce((a, b) => a + b, 0)}`);

const capitalized = [...new Set(tokens.filter((t) => t.kind === 'word' && /^[A-Z]/.test(t.text)).map((t) => t.text))];
console.log(`Capitalized forms: ${capitalized.sort().join(' ')}`);
const acronym = sentences.map(({ words: ws }) => ws[0][0].toUpperCase()).join('');
console.log(`Sentence acronym: ${acronym}`);
const firstFox = tokens.findIndex((t) => t.normalized === 'fox');
const lastDog = tokens.map((t) => t.normalized).lastIndexOf('dog');
console.log(`First 'fox' token #${firstFox} at char ${tokens[firstFox]?.index}, last 'dog' token #${lastDog}`);
