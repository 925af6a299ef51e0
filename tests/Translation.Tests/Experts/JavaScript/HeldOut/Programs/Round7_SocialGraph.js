// Social graph: friendships, BFS degrees of separation, mutual-friend suggestions, communities.
class GraphError extends Error {
  constructor(message) {
    super(message);
    this.name = 'GraphError';
  }
}

class SocialGraph {
  #adj = new Map();
  #profiles = new Map();

  addPerson(handle, { city = 'unknown', interests = [] } = {}) {
    if (this.#adj.has(handle)) throw new GraphError(`duplicate handle @${handle}`);
    this.#adj.set(handle, new Set());
    this.#profiles.set(handle, { city, interests: new Set(interests) });
    return this;
  }
  befriend(a, b) {
    for (const h of [a, b]) if (!this.#adj.has(h)) throw new GraphError(`no such user @${h}`);
    if (a === b) throw new GraphError(`@${a} cannot befriend themselves`);
    this.#adj.get(a).add(b);
    this.#adj.get(b).add(a);
  }
  friends(h) {
    return [...(this.#adj.get(h) ?? [])].sort();
  }
  get size() {
    return this.#adj.size;
  }
  get edgeCount() {
    let total = 0;
    for (const s of this.#adj.values()) total += s.size;
    return total / 2;
  }
  shortestPath(from, to) {
    const prev = new Map([[from, null]]);
    const queue = [from];
    while (queue.length) {
      const cur = queue.shift();
      if (cur === to) break;
      for (const next of this.friends(cur)) {
        if (!prev.has(next)) {
          prev.set(next, cur);
          queue.push(next);
        }
      }
    }
    if (!prev.has(to)) return null;
    const path = [];
    for (let at = to; at !== null; at = prev.get(at)) path.unshift(at);
    return path;
  }
  suggestions(h, limit = 3) {
    const mine = this.#adj.get(h);
    const scores = new Map();
    for (const f of mine) {
      for (const fof of this.#adj.get(f)) {
        if (fof === h || mine.has(fof)) continue;
        const entry = scores.get(fof) ?? { handle: fof, mutual: [], shared: 0 };
        entry.mutual.push(f);
        scores.set(fof, entry);
      }
    }
    const me = this.#profiles.get(h);
    for (const entry of scores.values()) {
      const other = this.#profiles.get(entry.handle);
      entry.shared = [...other.interests].filter(i => me.interests.has(i)).length;
      entry.score = entry.mutual.length * 10 + entry.shared * 3 + (other.city === me.city ? 2 : 0);
    }
    return [...scores.values()]
      .sort((a, b) => b.score - a.score || a.handle.localeCompare(b.handle))
      .slice(0, limit);
  }
  *components() {
    const seen = new Set();
    for (const start of [...this.#adj.keys()].sort()) {
      if (seen.has(start)) continue;
      const group = [];
      const stack = [start];
      seen.add(start);
      while (stack.length) {
        const cur = stack.pop();
        group.push(cur);
        for (const n of this.#adj.get(cur)) if (!seen.has(n)) { seen.add(n); stack.push(n); }
      }
      yield group.sort();
    }
  }
}

const g = new SocialGraph();
const people = {
  ana: ['Lisbon', ['climbing', 'jazz', 'go']], bo: ['Oslo', ['jazz', 'chess']], cy: ['Lisbon', ['go', 'climbing']],
  dee: ['Oslo', ['chess', 'baking']], eli: ['Lisbon', ['jazz', 'baking']], fay: ['Kyoto', ['go', 'tea']],
  gus: ['Oslo', ['chess']], hal: ['Kyoto', ['tea', 'jazz']], ivy: ['Quito', ['birds']], jo: ['Quito', ['birds', 'go']],
};
for (const [handle, [city, interests]] of Object.entries(people)) g.addPerson(handle, { city, interests });
const edges = 'ana-bo ana-cy bo-dee cy-dee cy-eli dee-gus eli-fay fay-hal bo-eli ivy-jo';
edges.split(' ').map(e => e.split('-')).forEach(([a, b]) => g.befriend(a, b));
console.log(`Graph: ${g.size} people, ${g.edgeCount} friendships`);
for (const h of Object.keys(people)) {
  console.log(`  @${h.padEnd(4)} (${String(g.friends(h).length)}) ${g.friends(h).join(', ')}`);
}
for (const [a, b] of [['ana', 'hal'], ['gus', 'fay'], ['ana', 'jo']]) {
  const path = g.shortestPath(a, b);
  console.log(path ? `${a} -> ${b}: ${path.length - 1} hops via ${path.join(' > ')}` : `${a} -> ${b}: unreachable`);
}
for (const h of ['ana', 'gus', 'ivy']) {
  const sugg = g.suggestions(h);
  const text = sugg.map(({ handle, mutual, shared, score }) => `${handle}(score ${score}, mutual ${mutual.join('+')}, interests ${shared})`);
  console.log(`Suggest for @${h}: ${text.join('; ') || 'nobody'}`);
}
let i = 0;
for (const group of g.components()) console.log(`Community ${++i}: ${group.join(' ')}`);
for (const [a, b] of [['ana', 'zed'], ['bo', 'bo']]) {
  try { g.befriend(a, b); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
