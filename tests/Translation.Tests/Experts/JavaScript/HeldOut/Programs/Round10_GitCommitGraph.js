'use strict';

class Commit {
  constructor(hash, message, parents, author, ts) {
    Object.assign(this, { hash, message, parents, author, ts });
  }
  get short() { return this.hash.slice(0, 7); }
  get isMerge() { return this.parents.length > 1; }
}

function fakeHash(text) {
  let h1 = 0x811c9dc5, h2 = 0x01000193;
  for (const ch of text) {
    h1 = Math.imul(h1 ^ ch.charCodeAt(0), 16777619) >>> 0;
    h2 = (Math.imul(h2, 31) + ch.charCodeAt(0)) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

class Repository {
  #commits = new Map();
  #branches = new Map();
  #head = 'main';
  #clock = 1000;

  commit(message, author = 'dev') {
    const parent = this.#branches.get(this.#head);
    return this.#add(message, parent ? [parent] : [], author);
  }
  #add(message, parents, author) {
    const ts = (this.#clock += 60);
    const hash = fakeHash(`${message}|${parents.join(',')}|${ts}`);
    this.#commits.set(hash, new Commit(hash, message, parents, author, ts));
    this.#branches.set(this.#head, hash);
    return hash;
  }
  branch(name) {
    if (this.#branches.has(name)) throw new Error(`branch '${name}' exists`);
    this.#branches.set(name, this.#branches.get(this.#head));
  }
  checkout(name) {
    if (!this.#branches.has(name)) throw new Error(`no such branch '${name}'`);
    this.#head = name;
  }
  merge(other, author = 'dev') {
    const ours = this.#branches.get(this.#head), theirs = this.#branches.get(other);
    const base = this.mergeBase(ours, theirs);
    if (base === theirs) return 'Already up to date';
    if (base === ours) { this.#branches.set(this.#head, theirs); return `Fast-forward to ${theirs.slice(0, 7)}`; }
    const h = this.#add(`Merge ${other} into ${this.#head}`, [ours, theirs], author);
    return `Merge commit ${h.slice(0, 7)} (base ${base.slice(0, 7)})`;
  }
  ancestors(hash) {
    const seen = new Set();
    const stack = [hash];
    while (stack.length) {
      const h = stack.pop();
      if (seen.has(h)) continue;
      seen.add(h);
      stack.push(...this.#commits.get(h).parents);
    }
    return seen;
  }
  mergeBase(a, b) {
    const ancA = this.ancestors(a);
    const common = [...this.ancestors(b)].filter(h => ancA.has(h));
    return common.sort((x, y) => this.#commits.get(y).ts - this.#commits.get(x).ts)[0] ?? null;
  }
  *log(ref = this.#head) {
    const start = this.#branches.get(ref) ?? ref;
    const queue = [start];
    const seen = new Set();
    while (queue.length) {
      queue.sort((x, y) => this.#commits.get(y).ts - this.#commits.get(x).ts);
      const h = queue.shift();
      if (seen.has(h)) continue;
      seen.add(h);
      const c = this.#commits.get(h);
      yield c;
      queue.push(...c.parents);
    }
  }
  get branches() {
    return [...this.#branches.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, h]) => `${name === this.#head ? '*' : ' '} ${name.padEnd(10)} ${h.slice(0, 7)}`);
  }
}

const repo = new Repository();
repo.commit('Initial commit', 'ana');
repo.commit('Add README', 'ana');
repo.branch('feature');
repo.checkout('feature');
repo.commit('Add parser skeleton', 'bo');
repo.commit('Parser handles numbers', 'bo');
repo.checkout('main');
repo.commit('Fix typo in README', 'ana');
repo.branch('hotfix');
repo.checkout('hotfix');
repo.commit('Patch security issue', 'cy');
repo.checkout('main');
console.log(repo.merge('hotfix', 'ana'));
console.log(repo.merge('feature', 'ana'));
console.log(repo.merge('feature', 'ana'));
repo.checkout('feature');
console.log(repo.merge('main', 'bo'));
repo.commit('Parser handles strings', 'bo');
for (const attempt of [() => repo.branch('main'), () => repo.checkout('release')]) {
  try { attempt(); } catch (e) { console.log(`error: ${e.message}`); }
}
console.log('Branches:');
repo.branches.forEach(b => console.log(b));
console.log('Log of feature:');
for (const c of repo.log('feature')) {
  const marker = c.isMerge ? 'M' : '*';
  console.log(`${marker} ${c.short} ${String(c.ts).padStart(5)} ${c.author.padEnd(4)} ${c.message}`);
}
const byAuthor = {};
for (const c of repo.log('feature')) byAuthor[c.author] = (byAuthor[c.author] ?? 0) + 1;
console.log('Commits by author:', JSON.stringify(byAuthor));
const mergeCount = [...repo.log('feature')].filter(c => c.isMerge).length;
console.log(`Merge commits: ${mergeCount}, total reachable: ${repo.ancestors([...repo.log('feature')][0].hash).size}`);
