class HttpError extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

class Route {
  constructor(method, pattern, handler) {
    this.method = method;
    this.pattern = pattern;
    this.handler = handler;
    this.keys = [];
    const source = pattern.replace(/\/:(\w+)(\([^)]+\))?(\?)?|\/\*(\w+)/g, (whole, name, constraint, optional, splat) => {
      if (splat) {
        this.keys.push(splat);
        return '/(.*)';
      }
      this.keys.push(name);
      const group = `(${constraint ? constraint.slice(1, -1) : '[^/]+'})`;
      return optional ? `(?:/${group})?` : `/${group}`;
    });
    this.regex = new RegExp(`^${source}/?$`);
  }
  get specificity() { return this.pattern.split('/').filter((seg) => seg && !seg.startsWith(':') && !seg.startsWith('*')).length; }
  match(path) {
    const m = this.regex.exec(path);
    if (!m) return null;
    return Object.fromEntries(this.keys.map((k, i) => [k, m[i + 1] === undefined ? null : decodeURIComponent(m[i + 1])]));
  }
}

class Router {
  #routes = [];
  #middleware = [];
  use(fn) { this.#middleware.push(fn); return this; }
  on(method, pattern, handler) { this.#routes.push(new Route(method, pattern, handler)); return this; }
  get(...args) { return this.on('GET', ...args); }
  post(...args) { return this.on('POST', ...args); }

  static parseQuery(qs = '') {
    const query = {};
    for (const [, key, value = ''] of qs.matchAll(/([^&=]+)(?:=([^&]*))?/g)) {
      const k = decodeURIComponent(key);
      const v = decodeURIComponent(value.replaceAll('+', ' '));
      query[k] = k in query ? [query[k], v].flat() : v;
    }
    return query;
  }

  handle(method, url) {
    const [path, qs] = url.split('?');
    const req = { method, path, query: Router.parseQuery(qs), params: {}, trace: [] };
    try {
      for (const mw of this.#middleware) mw(req);
      const candidates = this.#routes
        .map((route) => ({ route, params: route.match(path) }))
        .filter(({ params }) => params !== null)
        .sort((a, b) => b.route.specificity - a.route.specificity);
      if (!candidates.length) throw new HttpError(404, `No route for ${path}`);
      const hit = candidates.find(({ route }) => route.method === method);
      if (!hit) {
        const allowed = [...new Set(candidates.map(({ route }) => route.method))].sort().join(', ');
        throw new HttpError(405, `${method} not allowed`, { Allow: allowed });
      }
      req.params = hit.params;
      return { status: 200, body: hit.route.handler(req), trace: req.trace };
    } catch (err) {
      if (err instanceof HttpError) return { status: err.status, body: err.message, headers: err.headers, trace: req.trace };
      return { status: 500, body: `Internal error: ${err.message}`, trace: req.trace };
    }
  }
}

const users = new Map([[1, 'ada'], [2, 'grace'], [7, 'linus']]);
const router = new Router()
  .use((req) => req.trace.push('log'))
  .use((req) => {
    if (req.path.startsWith('/admin') && req.query.token !== 'sesame') throw new HttpError(401, 'Bad token');
    req.trace.push('auth');
  })
  .get('/', () => 'home')
  .get('/users', ({ query: { sort = 'id', limit = '10' } }) => {
    const list = [...users].sort(sort === 'name' ? (a, b) => a[1].localeCompare(b[1]) : (a, b) => a[0] - b[0]);
    return list.slice(0, Number(limit)).map(([id, name]) => `${id}:${name}`).join(',');
  })
  .get('/users/:id(\\d+)', ({ params }) => {
    const name = users.get(Number(params.id));
    if (!name) throw new HttpError(404, `User ${params.id} not found`);
    return `user ${name}`;
  })
  .get('/users/me', () => 'current user')
  .post('/users/:id(\\d+)', ({ params }) => `updated ${params.id}`)
  .get('/posts/:year(\\d{4})/:slug?', ({ params: { year, slug } }) => (slug ? `post ${slug} from ${year}` : `archive ${year}`))
  .get('/files/*rest', ({ params }) => `file ${params.rest} (${params.rest.split('/').length} segments)`)
  .get('/admin/stats', ({ query }) => JSON.stringify({ routes: 8, ...query }))
  .get('/split/:total(\\d+)', ({ params, query }) => {
    const ways = Number(query.ways ?? 'x');
    if (!Number.isInteger(ways) || ways <= 0) throw new RangeError(`cannot split ${params.total} ${query.ways ?? '?'} ways`);
    return `each pays ${(Number(params.total) / ways).toFixed(2)}`;
  });

const requests = [
  ['GET', '/'], ['GET', '/users?sort=name&limit=2'], ['GET', '/users/7'], ['GET', '/users/42'],
  ['GET', '/users/me'], ['DELETE', '/users/2'], ['POST', '/users/2/'], ['GET', '/posts/2023/hello%20world'],
  ['GET', '/posts/2024'], ['GET', '/posts/99/oops'], ['GET', '/files/img/logo.png'],
  ['GET', '/admin/stats?token=sesame&tag=a&tag=b+c'], ['GET', '/admin/stats'],
  ['GET', '/split/100?ways=3'], ['GET', '/split/100?ways=zero'], ['GET', '/split/100'],
];
const tally = {};
for (const [method, url] of requests) {
  const { status, body, headers, trace } = router.handle(method, url);
  tally[status] = (tally[status] ?? 0) + 1;
  const extra = headers && Object.keys(headers).length ? ` ${JSON.stringify(headers)}` : '';
  console.log(`${method.padEnd(6)} ${url.padEnd(44)} ${status} ${body}${extra} [${trace.join('>')}]`);
}
console.log(`Status tally: ${Object.entries(tally).map(([s, n]) => `${s}x${n}`).join(' ')}`);
console.log(JSON.stringify(Router.parseQuery('a=1&b=&c&a=2&name=Mary%20Ann+Lee&x=%3D%26')));
