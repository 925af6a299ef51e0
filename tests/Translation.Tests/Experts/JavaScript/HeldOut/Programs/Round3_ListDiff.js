'use strict';

class Edit {
  static KEEP = ' ';
  static ADD = '+';
  static REMOVE = '-';
  constructor(op, value, oldIndex = null, newIndex = null) {
    Object.assign(this, { op, value, oldIndex, newIndex });
  }
  toString() {
    return `${this.op} ${this.value}`;
  }
}

function lcsTable(a, b, eq) {
  const table = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = eq(a[i], b[j])
        ? table[i + 1][j + 1] + 1
        : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  return table;
}

function diff(a, b, eq = (x, y) => x === y) {
  const table = lcsTable(a, b, eq);
  const edits = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (eq(a[i], b[j])) {
      edits.push(new Edit(Edit.KEEP, b[j], i++, j++));
    } else if (table[i + 1][j] >= table[i][j + 1]) {
      edits.push(new Edit(Edit.REMOVE, a[i], i++, null));
    } else {
      edits.push(new Edit(Edit.ADD, b[j], i, j++));
    }
  }
  while (i < a.length) edits.push(new Edit(Edit.REMOVE, a[i], i++, null));
  while (j < b.length) edits.push(new Edit(Edit.ADD, b[j], i, j++));
  return edits;
}

function* hunks(edits, context = 1) {
  const changed = edits.map((e, idx) => (e.op !== Edit.KEEP ? idx : -1)).filter((idx) => idx >= 0);
  if (changed.length === 0) return;
  let start = Math.max(0, changed[0] - context);
  let end = Math.min(edits.length, changed[0] + context + 1);
  for (const idx of changed.slice(1)) {
    if (idx - context <= end) {
      end = Math.min(edits.length, idx + context + 1);
    } else {
      yield edits.slice(start, end);
      start = idx - context;
      end = Math.min(edits.length, idx + context + 1);
    }
  }
  yield edits.slice(start, end);
}

const summarize = (edits) =>
  edits.reduce(
    (acc, { op }) => {
      if (op === Edit.ADD) acc.added++;
      else if (op === Edit.REMOVE) acc.removed++;
      else acc.kept++;
      return acc;
    },
    { added: 0, removed: 0, kept: 0 },
  );

function printUnified(title, a, b, opts = {}) {
  const { context = 1, eq } = opts;
  const edits = diff(a, b, eq);
  const { added, removed, kept } = summarize(edits);
  console.log(`### ${title} (+${added} -${removed} =${kept})`);
  for (const hunk of hunks(edits, context)) {
    const first = hunk.find((e) => e.oldIndex !== null)?.oldIndex ?? 0;
    const firstNew = hunk.find((e) => e.newIndex !== null)?.newIndex ?? 0;
    const oldLen = hunk.filter((e) => e.op !== Edit.ADD).length;
    const newLen = hunk.filter((e) => e.op !== Edit.REMOVE).length;
    console.log(`@@ -${first + 1},${oldLen} +${firstNew + 1},${newLen} @@`);
    hunk.forEach((e) => console.log(String(e)));
  }
  return edits;
}

const before = ['apples', 'bread', 'butter', 'coffee', 'eggs', 'milk', 'rice', 'salt', 'tea', 'yogurt'];
const after = ['apples', 'bagels', 'butter', 'coffee', 'eggs', 'milk', 'rice', 'sugar', 'tea', 'yogurt', 'zucchini'];
printUnified('groceries', before, after);

const v1 = 'The quick brown fox jumps over the lazy dog'.split(' ');
const v2 = 'The quick red fox leaps over the very lazy dog'.split(' ');
const wordEdits = printUnified('sentence', v1, v2, { context: 0 });
const inline = wordEdits
  .map(({ op, value }) => (op === Edit.KEEP ? value : op === Edit.ADD ? `{+${value}+}` : `[-${value}-]`))
  .join(' ');
console.log(`inline: ${inline}`);

const oldUsers = [{ id: 1, name: 'Ann' }, { id: 2, name: 'Ben' }, { id: 3, name: 'Cid' }];
const newUsers = [{ id: 1, name: 'Ann' }, { id: 3, name: 'Cid' }, { id: 4, name: 'Dee' }];
const userEdits = diff(oldUsers, newUsers, (x, y) => x.id === y.id);
for (const { op, value: { id, name } } of userEdits) {
  const verb = { [Edit.ADD]: 'created', [Edit.REMOVE]: 'deleted', [Edit.KEEP]: 'unchanged' }[op];
  console.log(`user #${id} ${name.padEnd(4)} ${verb}`);
}

const same = printUnified('identical', ['a', 'b'], ['a', 'b']);
console.log(`identical lists produce ${same.length} edits, all kept: ${same.every((e) => e.op === Edit.KEEP)}`);
printUnified('from empty', [], ['x', 'y']);
