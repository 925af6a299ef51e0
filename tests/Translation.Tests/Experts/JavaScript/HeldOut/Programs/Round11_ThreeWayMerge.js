'use strict';

class MergeConflictError extends Error {
  constructor(count, hunks) {
    super(`merge produced ${count} conflict${count === 1 ? '' : 's'}`);
    this.name = 'MergeConflictError';
    this.hunks = hunks;
  }
}

// Longest common subsequence table -> list of matched index pairs
function lcsPairs(a, b) {
  const n = a.length, m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  const pairs = [];
  let i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { pairs.push([i, j]); i++; j++; }
    else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

class ThreeWayMerger {
  #base; #ours; #theirs;
  static MARKERS = Object.freeze({ start: '<<<<<<< ours', mid: '=======', end: '>>>>>>> theirs' });

  constructor(base, ours, theirs) {
    [this.#base, this.#ours, this.#theirs] = [base, ours, theirs].map(s => s.split('\n'));
  }

  get sizes() {
    return { base: this.#base.length, ours: this.#ours.length, theirs: this.#theirs.length };
  }

  // Find "stable" anchors: base lines matched in both sides
  *#anchors() {
    const mo = new Map(lcsPairs(this.#base, this.#ours));
    const mt = new Map(lcsPairs(this.#base, this.#theirs));
    for (const [bi, oi] of mo) {
      if (mt.has(bi)) yield [bi, oi, mt.get(bi)];
    }
    yield [this.#base.length, this.#ours.length, this.#theirs.length];
  }

  merge({ strict = false } = {}) {
    const out = [];
    const hunks = [];
    let [pb, po, pt] = [0, 0, 0];
    for (const [bi, oi, ti] of this.#anchors()) {
      const b = this.#base.slice(pb, bi);
      const o = this.#ours.slice(po, oi);
      const t = this.#theirs.slice(pt, ti);
      const same = (x, y) => x.length === y.length && x.every((v, k) => v === y[k]);
      if (b.length || o.length || t.length) {
        let kind;
        if (same(o, t)) { out.push(...o); kind = 'both'; }
        else if (same(b, o)) { out.push(...t); kind = 'theirs'; }
        else if (same(b, t)) { out.push(...o); kind = 'ours'; }
        else {
          const { start, mid, end } = ThreeWayMerger.MARKERS;
          out.push(start, ...o, mid, ...t, end);
          kind = 'conflict';
        }
        hunks.push({ at: pb, kind, base: b.length, ours: o.length, theirs: t.length });
      }
      if (bi < this.#base.length) out.push(this.#base[bi]);
      [pb, po, pt] = [bi + 1, oi + 1, ti + 1];
    }
    const conflicts = hunks.filter(h => h.kind === 'conflict');
    if (strict && conflicts.length) throw new MergeConflictError(conflicts.length, conflicts);
    return { text: out.join('\n'), hunks, clean: conflicts.length === 0 };
  }
}

const show = (title, text) => {
  console.log(`--- ${title} ---`);
  text.split('\n').forEach((line, i) => console.log(`${String(i + 1).padStart(3, ' ')}| ${line}`));
};

const base = ['function greet(name) {', '  const msg = "Hello";', '  return msg + name;', '}', '', 'greet("x");'].join('\n');
const ours = ['function greet(name) {', '  const msg = "Hello, ";', '  return msg + name;', '}', '', 'greet("x");', 'greet("y");'].join('\n');
const theirs = ['// greeting helper', 'function greet(name) {', '  const msg = "Hello";', '  return `${msg}${name}`;', '}', '', 'greet("x");'].join('\n');

const oursClean = ours.replace('"Hello, "', '"Hello"');
const m1 = new ThreeWayMerger(base, oursClean, theirs);
console.log('sizes', JSON.stringify(m1.sizes));
const r1 = m1.merge();
show('clean merge', r1.text);
console.log('clean:', r1.clean);
r1.hunks.forEach(h => console.log(`hunk@${h.at} ${h.kind.padEnd(8)} b=${h.base} o=${h.ours} t=${h.theirs}`));

const theirs2 = theirs.replace('"Hello"', '"Hi there"');
const m2 = new ThreeWayMerger(base, ours, theirs2);
const r2 = m2.merge();
show('conflicting merge', r2.text);
console.log('clean:', r2.clean, 'conflict lines:', r2.text.split('\n').filter(l => /^(<{7}|={7}|>{7})/.test(l)).length);

try {
  m2.merge({ strict: true });
  console.log('unexpected success');
} catch (err) {
  if (err instanceof MergeConflictError) {
    console.log(`${err.name}: ${err.message}`);
    console.log('first conflict at base line', err.hunks[0]?.at ?? -1);
  } else throw err;
} finally {
  console.log('strict attempt finished');
}

const identical = new ThreeWayMerger('a\nb\nc', 'a\nb\nc', 'a\nb\nc').merge();
console.log('identical hunks:', identical.hunks.length, 'text:', JSON.stringify(identical.text));
const deletions = new ThreeWayMerger('a\nb\nc\nd', 'a\nc\nd', 'a\nb\nc').merge();
console.log('deletions:', JSON.stringify(deletions.text), deletions.hunks.map(h => h.kind).join(','));
const summary = [r1, r2, identical, deletions].reduce((acc, r) => {
  for (const { kind } of r.hunks) acc[kind] = (acc[kind] ?? 0) + 1;
  return acc;
}, {});
console.log('summary', JSON.stringify(Object.fromEntries(Object.entries(summary).sort(([a], [b]) => a.localeCompare(b)))));
