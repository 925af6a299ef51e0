'use strict';

class MinHeap {
  constructor(compare) {
    this.items = [];
    this.compare = compare;
  }
  get size() { return this.items.length; }
  push(item) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(a[i], a[parent]) >= 0) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0], last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && this.compare(a[l], a[m]) < 0) m = l;
        if (r < a.length && this.compare(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

class TransitNetwork {
  constructor() {
    this.adj = new Map();
    this.lines = new Set();
  }

  addLine(name, stops, minutesBetween) {
    this.lines.add(name);
    for (let i = 0; i + 1 < stops.length; i++) {
      this.#link(stops[i], stops[i + 1], minutesBetween[i], name);
      this.#link(stops[i + 1], stops[i], minutesBetween[i], name);
    }
  }

  #link(from, to, minutes, line) {
    if (!this.adj.has(from)) this.adj.set(from, []);
    this.adj.get(from).push({ to, minutes, line });
  }

  fastest(start, goal, transferPenalty = 4) {
    if (!this.adj.has(start) || !this.adj.has(goal)) {
      throw new Error(`unknown stop: ${this.adj.has(start) ? goal : start}`);
    }
    const key = (stop, line) => `${stop}|${line}`;
    const dist = new Map([[key(start, null), 0]]);
    const prev = new Map();
    const heap = new MinHeap((x, y) => x.cost - y.cost || x.stop.localeCompare(y.stop));
    heap.push({ stop: start, line: null, cost: 0 });
    while (heap.size) {
      const { stop, line, cost } = heap.pop();
      if (cost > (dist.get(key(stop, line)) ?? Infinity)) continue;
      if (stop === goal) {
        const legs = [];
        let k = key(stop, line);
        while (prev.has(k)) {
          const p = prev.get(k);
          legs.unshift(p.edge);
          k = p.from;
        }
        return { cost, legs };
      }
      for (const edge of this.adj.get(stop)) {
        const penalty = line !== null && line !== edge.line ? transferPenalty : 0;
        const nextCost = cost + edge.minutes + penalty;
        const nk = key(edge.to, edge.line);
        if (nextCost < (dist.get(nk) ?? Infinity)) {
          dist.set(nk, nextCost);
          prev.set(nk, { from: key(stop, line), edge: { from: stop, ...edge } });
          heap.push({ stop: edge.to, line: edge.line, cost: nextCost });
        }
      }
    }
    return null;
  }

  static summarize(legs) {
    const segments = [];
    for (const leg of legs) {
      const last = segments.at(-1);
      if (last && last.line === leg.line) {
        last.to = leg.to;
        last.minutes += leg.minutes;
        last.stops++;
      } else {
        segments.push({ line: leg.line, from: leg.from, to: leg.to, minutes: leg.minutes, stops: 1 });
      }
    }
    return segments;
  }
}

const net = new TransitNetwork();
net.addLine('Red', ['Airport', 'Docks', 'Central', 'Museum', 'University'], [9, 6, 3, 5]);
net.addLine('Blue', ['Harbor', 'Docks', 'Market', 'Stadium'], [4, 5, 7]);
net.addLine('Green', ['Market', 'Central', 'Park', 'Zoo'], [3, 4, 6]);
net.addLine('Yellow', ['Stadium', 'Zoo', 'University', 'Hospital'], [8, 5, 6]);
net.addLine('Shuttle', ['Airport', 'Stadium'], [25]);

console.log(`Network: ${net.adj.size} stops, ${net.lines.size} lines (${[...net.lines].sort().join(', ')})`);
const degree = [...net.adj].map(([stop, edges]) => [stop, new Set(edges.map(e => e.line)).size]);
const hubs = degree.filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
console.log('Interchanges:', hubs.map(([s, n]) => `${s}(${n})`).join(' '));

const trips = [
  ['Airport', 'University'], ['Harbor', 'Zoo'], ['Airport', 'Hospital'],
  ['Park', 'Stadium'], ['Museum', 'Market'], ['Hospital', 'Harbor'], ['Docks', 'Moon'],
];
for (const [from, to] of trips) {
  try {
    const result = net.fastest(from, to);
    const segs = TransitNetwork.summarize(result.legs);
    console.log(`${from} -> ${to}: ${result.cost} min, ${segs.length - 1} transfer(s)`);
    for (const s of segs) {
      console.log(`    ${s.line.padEnd(7)} ${s.from} to ${s.to} (${s.stops} stop${s.stops > 1 ? 's' : ''}, ${s.minutes} min)`);
    }
  } catch (e) {
    console.log(`${from} -> ${to}: error ${e.message}`);
  }
}
const noPenalty = net.fastest('Harbor', 'Zoo', 0);
console.log(`Harbor -> Zoo ignoring transfers: ${noPenalty.cost} min via ${noPenalty.legs.map(l => l.to).join(' > ')}`);
