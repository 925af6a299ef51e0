// Bus route planner: finds the quickest trip between stops, allowing transfers.
// Each route is a line of stops with minutes between consecutive stops.
// A transfer costs a fixed walking/waiting penalty.

const ROUTES = {
  '1 Crosstown': { headway: 10, stops: ['Airport', 12, 'Depot', 6, 'Main & 1st', 4, 'City Hall', 5, 'Museum', 7, 'Riverside'] },
  '4 University': { headway: 15, stops: ['Campus', 8, 'Library', 5, 'City Hall', 6, 'Market', 9, 'Stadium'] },
  '7 Harbor': { headway: 20, stops: ['Depot', 10, 'Harbor', 8, 'Fish Market', 6, 'Market', 4, 'Old Town'] },
  '9 Express': { headway: 30, stops: ['Airport', 18, 'Market', 11, 'Riverside'] },
  '12 Loop': { headway: 12, stops: ['Old Town', 5, 'Stadium', 7, 'Hospital', 6, 'Riverside', 9, 'Museum'] },
};

class NoRouteError extends Error {
  constructor(from, to) {
    super(`No route from ${from} to ${to}`);
    this.name = 'NoRouteError';
  }
}

class TransitGraph {
  constructor(routes, transferPenalty = 5) {
    this.transferPenalty = transferPenalty;
    this.edges = new Map(); // stop -> [{ to, route, minutes }]
    this.routesAt = new Map(); // stop -> Set of route names
    for (const [name, { headway, stops }] of Object.entries(routes)) {
      const names = stops.filter((_, i) => i % 2 === 0);
      const gaps = stops.filter((_, i) => i % 2 === 1);
      names.forEach((stop, i) => {
        if (!this.routesAt.has(stop)) this.routesAt.set(stop, new Set());
        this.routesAt.get(stop).add(name);
        if (i < gaps.length) {
          this.#link(stop, names[i + 1], name, gaps[i]);
          this.#link(names[i + 1], stop, name, gaps[i]);
        }
      });
      this.headways ??= {};
      this.headways[name] = headway;
    }
  }

  #link(a, b, route, minutes) {
    if (!this.edges.has(a)) this.edges.set(a, []);
    this.edges.get(a).push({ to: b, route, minutes });
  }

  get stops() {
    return [...this.routesAt.keys()].sort();
  }

  plan(from, to) {
    if (!this.edges.has(from) || !this.edges.has(to)) throw new NoRouteError(from, to);
    // state key: stop|route ; cost includes half headway as expected wait on boarding
    const best = new Map();
    const queue = [{ stop: from, route: null, cost: 0, path: [] }];
    while (queue.length) {
      queue.sort((a, b) => a.cost - b.cost);
      const cur = queue.shift();
      const key = `${cur.stop}|${cur.route}`;
      if (best.has(key)) continue;
      best.set(key, cur);
      if (cur.stop === to) return cur;
      for (const { to: next, route, minutes } of this.edges.get(cur.stop)) {
        const boarding = cur.route !== route;
        const wait = boarding ? this.headways[route] / 2 + (cur.route ? this.transferPenalty : 0) : 0;
        const cost = cur.cost + wait + minutes;
        if (!best.has(`${next}|${route}`)) {
          queue.push({ stop: next, route, cost, path: [...cur.path, { from: cur.stop, to: next, route, minutes, wait }] });
        }
      }
    }
    throw new NoRouteError(from, to);
  }
}

function summarize(path) {
  const legs = [];
  for (const step of path) {
    const last = legs.at(-1);
    if (last && last.route === step.route) {
      last.to = step.to;
      last.ride += step.minutes;
      last.stops++;
    } else {
      legs.push({ route: step.route, from: step.from, to: step.to, ride: step.minutes, wait: step.wait, stops: 1 });
    }
  }
  return legs;
}

const graph = new TransitGraph(ROUTES, 5);
console.log(`Network: ${graph.stops.length} stops, ${Object.keys(ROUTES).length} routes`);
const hubs = graph.stops
  .map((s) => [s, graph.routesAt.get(s).size])
  .filter(([, n]) => n > 1)
  .map(([s, n]) => `${s}(${n})`);
console.log(`Transfer hubs: ${hubs.join(', ')}`);

const trips = [
  ['Campus', 'Riverside'],
  ['Airport', 'Old Town'],
  ['Harbor', 'Hospital'],
  ['Library', 'Museum'],
  ['Depot', 'Depot'],
  ['Fish Market', 'Moon Base'],
];

const results = [];
for (const [from, to] of trips) {
  console.log(`\nTrip: ${from} -> ${to}`);
  try {
    const { cost, path } = graph.plan(from, to);
    const legs = summarize(path);
    if (legs.length === 0) console.log('  Already there.');
    legs.forEach(({ route, from: a, to: b, ride, wait, stops }, i) => {
      const verb = i === 0 ? 'Board' : 'Transfer to';
      console.log(`  ${verb} ${route} at ${a}, ride ${stops} stop${stops > 1 ? 's' : ''} to ${b} (${ride} min, wait ~${wait} min)`);
    });
    console.log(`  Total ~${cost.toFixed(1)} min, ${Math.max(0, legs.length - 1)} transfer(s)`);
    results.push({ trip: `${from}->${to}`, cost, transfers: Math.max(0, legs.length - 1) });
  } catch (e) {
    if (e instanceof NoRouteError) console.log(`  ERROR: ${e.message}`);
    else throw e;
  }
}

const longest = results.reduce((a, b) => (b.cost > a.cost ? b : a));
console.log(`\nLongest planned trip: ${longest.trip} at ${Math.round(longest.cost)} min`);
console.log(`Trips needing transfers: ${results.filter((r) => r.transfers > 0).map((r) => r.trip).join('; ')}`);
