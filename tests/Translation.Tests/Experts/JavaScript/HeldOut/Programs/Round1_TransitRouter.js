// Finds shortest and fewest-transfer routes on a small transit network.
const LINES = {
  Red: ['Airport', 'Harbor', 'Central', 'Museum', 'University', 'Northgate'],
  Blue: ['Westpark', 'Market', 'Central', 'Stadium', 'Eastfield'],
  Green: ['Harbor', 'Market', 'Oldtown', 'University'],
  Yellow: ['Stadium', 'Riverside', 'Northgate'],
};
const SEGMENT_MINUTES = { Red: 4, Blue: 3, Green: 5, Yellow: 9 };
const TRANSFER_PENALTY = 7;

class Graph {
  constructor() {
    this.adj = new Map();
  }
  addEdge(a, b, weight, line) {
    for (const [from, to] of [[a, b], [b, a]]) {
      if (!this.adj.has(from)) this.adj.set(from, []);
      this.adj.get(from).push({ to, weight, line });
    }
  }
  get stations() {
    return [...this.adj.keys()].sort();
  }
  degree(station) {
    return this.adj.get(station)?.length ?? 0;
  }
}

const graph = new Graph();
for (const [line, stops] of Object.entries(LINES)) {
  stops.slice(1).forEach((stop, i) => graph.addEdge(stops[i], stop, SEGMENT_MINUTES[line], line));
}

// Dijkstra over (station, line) states so transfers can be penalised.
function route(graph, origin, destination, { transferPenalty = TRANSFER_PENALTY } = {}) {
  if (!graph.adj.has(origin) || !graph.adj.has(destination)) {
    throw new RangeError(`Unknown station: ${graph.adj.has(origin) ? destination : origin}`);
  }
  const dist = new Map([[`${origin}|`, 0]]);
  const prev = new Map();
  const frontier = [{ station: origin, line: '', cost: 0 }];
  const done = new Set();
  while (frontier.length > 0) {
    frontier.sort((x, y) => x.cost - y.cost || x.station.localeCompare(y.station));
    const { station, line, cost } = frontier.shift();
    const key = `${station}|${line}`;
    if (done.has(key)) continue;
    done.add(key);
    if (station === destination) return rebuild(prev, key, cost);
    for (const edge of graph.adj.get(station)) {
      const extra = line && edge.line !== line ? transferPenalty : 0;
      const nextKey = `${edge.to}|${edge.line}`;
      const nextCost = cost + edge.weight + extra;
      if (nextCost < (dist.get(nextKey) ?? Infinity)) {
        dist.set(nextKey, nextCost);
        prev.set(nextKey, { key, line: edge.line });
        frontier.push({ station: edge.to, line: edge.line, cost: nextCost });
      }
    }
  }
  return null;
}

function rebuild(prev, endKey, cost) {
  const legs = [];
  let key = endKey;
  while (prev.has(key)) {
    const { key: before, line } = prev.get(key);
    legs.unshift({ from: before.split('|')[0], to: key.split('|')[0], line });
    key = before;
  }
  const grouped = legs.reduce((acc, leg) => {
    const last = acc[acc.length - 1];
    if (last && last.line === leg.line) {
      last.to = leg.to;
      last.stops += 1;
    } else acc.push({ ...leg, stops: 1 });
    return acc;
  }, []);
  return { cost, legs: grouped, transfers: Math.max(0, grouped.length - 1) };
}

const describe = ({ cost, legs, transfers }) =>
  `${cost} min, ${transfers} transfer${transfers === 1 ? '' : 's'}: ` +
  (legs.map(({ line, from, to, stops }) => `${line}(${from}->${to}, ${stops})`).join(' + ') || '(already there)');

console.log(`Network has ${graph.stations.length} stations`);
const hubs = graph.stations.filter((s) => graph.degree(s) >= 3);
console.log(`Hubs: ${hubs.map((h) => `${h}[${graph.degree(h)}]`).join(', ')}`);

const trips = [
  ['Airport', 'Eastfield'], ['Westpark', 'Northgate'], ['Oldtown', 'Riverside'],
  ['Museum', 'Market'], ['Stadium', 'Northgate'], ['Harbor', 'Harbor'], ['Airport', 'Moonbase'],
];
const MODES = { fastest: 0, balanced: TRANSFER_PENALTY, 'fewest transfers': 100 };
for (const [from, to] of trips) {
  try {
    console.log(`${from} -> ${to}`);
    const shown = new Set();
    for (const [mode, penalty] of Object.entries(MODES)) {
      const r = route(graph, from, to, { transferPenalty: penalty });
      const sig = JSON.stringify(r.legs);
      if (shown.has(sig)) continue;
      shown.add(sig);
      console.log(`  ${mode}: ${describe({ ...r, cost: r.cost - penalty * r.transfers })}`);
    }
  } catch (err) {
    console.log(`  ${err.name}: ${err.message}`);
  }
}

const matrixStations = ['Airport', 'Central', 'Oldtown', 'Eastfield'];
console.log(' '.repeat(10) + matrixStations.map((s) => s.slice(0, 7).padStart(8)).join(''));
for (const a of matrixStations) {
  const row = matrixStations.map((b) => String(route(graph, a, b).cost).padStart(8)).join('');
  console.log(a.padEnd(10) + row);
}
