// A miniature git-like version store: commits, branches, log, diff and merge.
class VcsError extends Error {
  constructor(message) { super(message); this.name = 'VcsError'; }
}
class MergeConflict extends VcsError {
  constructor(files) { super(`merge conflict in ${files.join(', ')}`); this.name = 'MergeConflict'; this.files = files; }
}

function hash(text) {
  let h = 5381;
  for (const ch of text) h = ((h * 33) ^ ch.charCodeAt(0)) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 7);
}

class Commit {
  constructor({ tree, parents = [], message, author, time }) {
    this.tree = new Map(tree);
    Object.assign(this, { parents, message, author, time });
    const body = JSON.stringify([[...this.tree].sort(), parents, message, author, time]);
    this.id = hash(body);
  }
}

class Repository {
  #commits = new Map();
  #branches = new Map([['main', null]]);
  #head = 'main';
  #clock = 1000;
  #staged = new Map();
  get branch() { return this.#head; }
  get headCommit() { return this.#commits.get(this.#branches.get(this.#head)) ?? null; }
  write(path, content) { this.#staged.set(path, content); return this; }
  remove(path) { this.#staged.set(path, null); return this; }
  commit(message, author = 'dev', extraParents = []) {
    const base = this.headCommit?.tree ?? new Map();
    const tree = new Map(base);
    for (const [path, content] of this.#staged) {
      if (content === null) tree.delete(path); else tree.set(path, content);
    }
    if (this.#staged.size === 0 && extraParents.length === 0) throw new VcsError('nothing to commit');
    const parents = [this.headCommit?.id, ...extraParents].filter(Boolean);
    const c = new Commit({ tree, parents, message, author, time: this.#clock += 60 });
    this.#commits.set(c.id, c);
    this.#branches.set(this.#head, c.id);
    this.#staged.clear();
    return c.id;
  }
  checkout(name, { create = false } = {}) {
    if (create) this.#branches.set(name, this.#branches.get(this.#head));
    else if (!this.#branches.has(name)) throw new VcsError(`unknown branch '${name}'`);
    this.#head = name;
  }
  *ancestors(id) {
    const seen = new Set();
    const queue = [id];
    while (queue.length) {
      const cur = queue.shift();
      if (!cur || seen.has(cur)) continue;
      seen.add(cur);
      const c = this.#commits.get(cur);
      yield c;
      queue.push(...c.parents);
    }
  }
  log(limit = 10) {
    return [...this.ancestors(this.#branches.get(this.#head))]
      .sort((a, b) => b.time - a.time)
      .slice(0, limit)
      .map((c) => `${c.id} ${c.parents.length > 1 ? 'M ' : ''}${c.message} <${c.author}>`);
  }
  diff(fromId, toId) {
    const a = this.#commits.get(fromId)?.tree ?? new Map();
    const b = this.#commits.get(toId).tree;
    const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
    return paths.flatMap((p) => {
      if (!a.has(p)) return [`A ${p}`];
      if (!b.has(p)) return [`D ${p}`];
      return a.get(p) === b.get(p) ? [] : [`M ${p} (${a.get(p).length} -> ${b.get(p).length} chars)`];
    });
  }
  mergeBase(x, y) {
    const xs = new Set([...this.ancestors(x)].map((c) => c.id));
    return [...this.ancestors(y)].find((c) => xs.has(c.id))?.id ?? null;
  }
  merge(other) {
    const ours = this.headCommit, theirs = this.#commits.get(this.#branches.get(other));
    const base = this.#commits.get(this.mergeBase(ours.id, theirs.id))?.tree ?? new Map();
    const paths = new Set([...ours.tree.keys(), ...theirs.tree.keys(), ...base.keys()]);
    const conflicts = [];
    for (const p of paths) {
      const [b, o, t] = [base.get(p), ours.tree.get(p), theirs.tree.get(p)];
      if (o === t || t === b) continue;
      if (o === b) this.#staged.set(p, t ?? null);
      else conflicts.push(p);
    }
    if (conflicts.length) { this.#staged.clear(); throw new MergeConflict(conflicts.sort()); }
    return this.commit(`Merge ${other} into ${this.#head}`, 'merge-bot', [theirs.id]);
  }
}

// ---- main ----
const repo = new Repository();
const c1 = repo.write('README.md', '# Demo').write('src/app.js', 'console.log(1)').commit('Initial commit', 'ana');
repo.write('src/util.js', 'export const x = 1').commit('Add util', 'ana');
repo.checkout('feature', { create: true });
repo.write('src/app.js', 'console.log(2)').write('docs/guide.md', 'Guide').commit('Feature work', 'bo');
repo.remove('src/util.js').commit('Drop util', 'bo');
repo.checkout('main');
const c3 = repo.write('README.md', '# Demo project\nMore text').commit('Expand readme', 'ana');
console.log(`On ${repo.branch}: ${repo.log().join(' | ')}`);
const m = repo.merge('feature');
console.log(`Merged as ${m}; log:`);
repo.log().forEach((line) => console.log('  ' + line));
for (const [label, from] of [['c1', c1], ['c3', c3]]) {
  console.log(`Diff ${label}..merge (base ${repo.mergeBase(from, m)}):`);
  repo.diff(from, m).forEach((d) => console.log('  ' + d));
}
console.log('Files at HEAD:', [...repo.headCommit.tree.keys()].sort().join(', '));

repo.checkout('hotfix', { create: true });
repo.write('README.md', '# Hotfix').commit('Hotfix readme', 'cy');
repo.checkout('main');
repo.write('README.md', '# Main readme').commit('Main readme', 'ana');
for (const action of [() => repo.merge('hotfix'), () => repo.checkout('nope'), () => repo.commit('empty')]) {
  try { action(); } catch (e) {
    console.log(`${e.name}: ${e.message}${e instanceof MergeConflict ? ` [${e.files.length} file]` : ''}`);
  }
}
console.log(`Head is ${repo.headCommit.id} on ${repo.branch}, parents: ${repo.headCommit.parents.length}`);
