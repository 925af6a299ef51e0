'use strict';

class EditorError extends Error {
  name = 'EditorError';
}

class Command {
  constructor(label) { this.label = label; }
  apply(doc) { throw new EditorError(`${this.constructor.name}.apply not implemented`); }
  revert(doc) { throw new EditorError(`${this.constructor.name}.revert not implemented`); }
}

class Insert extends Command {
  constructor(pos, text) {
    super(`insert "${text}" @${pos}`);
    Object.assign(this, { pos, text });
  }
  apply(doc) { doc.text = doc.text.slice(0, this.pos) + this.text + doc.text.slice(this.pos); }
  revert(doc) { doc.text = doc.text.slice(0, this.pos) + doc.text.slice(this.pos + this.text.length); }
}

class Delete extends Command {
  #removed = '';
  constructor(pos, length) {
    super(`delete ${length} @${pos}`);
    Object.assign(this, { pos, length });
  }
  apply(doc) {
    if (this.pos + this.length > doc.text.length) throw new EditorError(`delete past end (${doc.text.length})`);
    this.#removed = doc.text.slice(this.pos, this.pos + this.length);
    doc.text = doc.text.slice(0, this.pos) + doc.text.slice(this.pos + this.length);
  }
  revert(doc) { doc.text = doc.text.slice(0, this.pos) + this.#removed + doc.text.slice(this.pos); }
}

class ReplaceAll extends Command {
  #before = null;
  constructor(pattern, replacement) {
    super(`replace /${pattern.source}/ -> "${replacement}"`);
    this.pattern = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    this.replacement = replacement;
  }
  apply(doc) {
    this.#before = doc.text;
    doc.text = doc.text.replace(this.pattern, this.replacement);
  }
  revert(doc) { doc.text = this.#before; }
}

class Macro extends Command {
  constructor(label, ...steps) {
    super(label);
    this.steps = steps;
  }
  apply(doc) { this.steps.forEach((s) => s.apply(doc)); }
  revert(doc) { [...this.steps].reverse().forEach((s) => s.revert(doc)); }
}

class Editor {
  text = '';
  #undo = [];
  #redo = [];
  static MAX_HISTORY = 4;

  run(cmd) {
    cmd.apply(this);
    this.#undo.push(cmd);
    if (this.#undo.length > Editor.MAX_HISTORY) this.#undo.splice(0, this.#undo.length - Editor.MAX_HISTORY);
    this.#redo.length = 0;
    return this;
  }
  undo() {
    const cmd = this.#undo.pop();
    if (!cmd) throw new EditorError('nothing to undo');
    cmd.revert(this);
    this.#redo.push(cmd);
    return cmd.label;
  }
  redo() {
    const cmd = this.#redo.pop();
    if (!cmd) throw new EditorError('nothing to redo');
    cmd.apply(this);
    this.#undo.push(cmd);
    return cmd.label;
  }
  get history() { return this.#undo.map((c) => c.label); }
  get stats() {
    const words = this.text.match(/\b\w+\b/g) ?? [];
    return { chars: this.text.length, words: words.length, lines: this.text.split('\n').length };
  }
}

const ed = new Editor();
const show = (tag) => console.log(`${tag.padEnd(12)} ${JSON.stringify(ed.text)}`);

ed.run(new Insert(0, 'Hello world'));
show('insert');
ed.run(new Insert(5, ','));
ed.run(new Insert(ed.text.length, '!'));
show('punctuate');
ed.run(new ReplaceAll(/o/, '0'));
show('replace');
console.log(`undo: ${ed.undo()}`);
show('after undo');
console.log(`redo: ${ed.redo()}`);
show('after redo');
ed.undo();
ed.run(new Macro('title line', new Insert(0, '# '), new Insert(ed.text.length + 2, '\nBody text here.')));
show('macro');
const { chars, words, lines } = ed.stats;
console.log(`stats: ${chars} chars, ${words} words, ${lines} lines`);
ed.run(new Delete(2, 7));
show('delete');
console.log(`history: ${ed.history.join(' | ')}`);

for (const action of [() => ed.redo(), () => ed.run(new Delete(10, 99)), () => new Command('x').apply(ed)]) {
  try {
    action();
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
const undone = [];
while (true) {
  try { undone.push(ed.undo()); } catch { break; }
}
console.log(`undid ${undone.length} steps (history cap ${Editor.MAX_HISTORY}): ${undone.join('; ')}`);
show('final');
