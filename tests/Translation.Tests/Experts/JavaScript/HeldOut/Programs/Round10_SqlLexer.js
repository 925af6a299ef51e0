'use strict';

const KEYWORDS = new Set(['SELECT', 'FROM', 'WHERE', 'AND', 'OR', 'NOT', 'ORDER', 'BY', 'LIMIT',
  'INSERT', 'INTO', 'VALUES', 'ASC', 'DESC', 'NULL', 'IS', 'IN', 'LIKE', 'GROUP', 'COUNT']);

class LexError extends Error {
  constructor(message, line, col) {
    super(`${message} at ${line}:${col}`);
    this.name = 'LexError';
    this.line = line;
    this.col = col;
  }
}

const RULES = [
  ['ws', /^[ \t\r\n]+/],
  ['comment', /^--[^\n]*/],
  ['number', /^\d+(\.\d+)?([eE][+-]?\d+)?/],
  ['string', /^'(?:[^']|'')*'/],
  ['qident', /^"[^"]+"/],
  ['word', /^[A-Za-z_][A-Za-z0-9_]*/],
  ['op', /^(<>|<=|>=|!=|\|\||[=<>+\-*\/%])/],
  ['punct', /^[(),;.]/],
];

function* tokenize(src) {
  let pos = 0, line = 1, col = 1;
  while (pos < src.length) {
    const rest = src.slice(pos);
    let matched = null;
    for (const [kind, re] of RULES) {
      const m = re.exec(rest);
      if (m) { matched = { kind, text: m[0] }; break; }
    }
    if (!matched) throw new LexError(`unexpected character '${rest[0]}'`, line, col);
    let { kind, text } = matched;
    if (kind === 'word') {
      const upper = text.toUpperCase();
      kind = KEYWORDS.has(upper) ? 'keyword' : 'ident';
      if (kind === 'keyword') text = upper;
    } else if (kind === 'qident') {
      kind = 'ident';
      text = text.slice(1, -1);
    } else if (kind === 'string') {
      text = text.slice(1, -1).replaceAll("''", "'");
    }
    if (kind !== 'ws' && kind !== 'comment') yield { kind, text, line, col };
    for (const ch of matched.text) {
      if (ch === '\n') { line++; col = 1; } else col++;
    }
    pos += matched.text.length;
  }
}

function summarize(tokens) {
  const counts = new Map();
  for (const t of tokens) counts.set(t.kind, (counts.get(t.kind) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k}:${n}`).join(' ');
}

function reformat(tokens) {
  let out = '';
  let prev = null;
  for (const t of tokens) {
    const text = t.kind === 'string' ? `'${t.text.replaceAll("'", "''")}'` : t.text;
    const noSpace = prev === null || [',', ')', '.', ';'].includes(text) || prev.text === '(' || prev.text === '.';
    const breakBefore = t.kind === 'keyword' && ['FROM', 'WHERE', 'ORDER', 'LIMIT', 'VALUES', 'GROUP'].includes(text);
    out += breakBefore ? '\n  ' : (noSpace ? '' : ' ');
    out += text;
    prev = t;
  }
  return out;
}

const queries = [
  "select id, name from users where age >= 21 and status = 'active' order by name asc limit 10;",
  "SELECT u.email, COUNT(*) FROM \"user accounts\" u -- trailing comment\nWHERE u.score > 3.5e2 GROUP BY u.email;",
  "insert into notes (id, body) values (42, 'It''s done'), (43, NULL);",
  "SELECT * FROM t WHERE x <> 5 OR y != 'a' || 'b'",
  "SELECT price * 1.2 FROM items WHERE sku LIKE 'AB%' AND qty < 0.5;",
  "SELECT name FROM pets WHERE owner = @param;",
  "SELECT 'unterminated FROM broken",
];

let ok = 0;
queries.forEach((q, i) => {
  console.log(`Query ${i + 1}:`);
  try {
    const tokens = [...tokenize(q)];
    ok++;
    console.log(`  tokens=${tokens.length} ${summarize(tokens)}`);
    const idents = [...new Set(tokens.filter(t => t.kind === 'ident').map(t => t.text))];
    const numbers = tokens.filter(t => t.kind === 'number').map(t => Number(t.text));
    console.log(`  identifiers: ${idents.join(', ') || '(none)'}; numbers: [${numbers.join(', ')}]`);
    for (const line of reformat(tokens).split('\n')) console.log(`  | ${line}`);
    const lastLine = Math.max(...tokens.map(t => t.line));
    if (lastLine > 1) console.log(`  spans ${lastLine} lines`);
  } catch (err) {
    if (!(err instanceof LexError)) throw err;
    console.log(`  ${err.name}: ${err.message} (col ${err.col})`);
  }
});
console.log(`Lexed ${ok}/${queries.length} queries`);
const keywordFreq = {};
for (const q of queries.slice(0, 5)) {
  for (const t of tokenize(q)) if (t.kind === 'keyword') keywordFreq[t.text] = (keywordFreq[t.text] || 0) + 1;
}
console.log(JSON.stringify(Object.keys(keywordFreq).sort().reduce((o, k) => ({ ...o, [k]: keywordFreq[k] }), {})));
