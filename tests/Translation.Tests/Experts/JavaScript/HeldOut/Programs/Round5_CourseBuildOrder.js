// Course prerequisite planner: topological order, cycles, transitive prereqs, semester packing.

class CycleError extends Error {
  constructor(path) {
    super(`Prerequisite cycle: ${path.join(' -> ')}`);
    this.name = 'CycleError';
    this.path = path;
  }
}

class Catalog {
  #courses = new Map();
  add(code, { title, credits = 3, prereqs = [] } = {}) {
    this.#courses.set(code, { code, title, credits, prereqs: new Set(prereqs) });
    return this;
  }
  get(code) {
    const course = this.#courses.get(code);
    if (!course) throw new RangeError(`No such course: ${code}`);
    return course;
  }
  get codes() { return [...this.#courses.keys()].sort(); }
  *dependents(code) {
    for (const c of this.#courses.values()) if (c.prereqs.has(code)) yield c.code;
  }
  findCycle() {
    const state = new Map();
    const trail = [];
    const visit = (code) => {
      state.set(code, 'active');
      trail.push(code);
      for (const p of [...this.get(code).prereqs].sort()) {
        if (state.get(p) === 'active') return [...trail.slice(trail.indexOf(p)), p];
        const found = state.has(p) ? null : visit(p);
        if (found) return found;
      }
      trail.pop();
      state.set(code, 'done');
      return null;
    };
    for (const code of this.codes) {
      const cycle = state.has(code) ? null : visit(code);
      if (cycle) return cycle;
    }
    return null;
  }
  order() {
    const cycle = this.findCycle();
    if (cycle) throw new CycleError(cycle);
    const indegree = new Map(this.codes.map((c) => [c, this.get(c).prereqs.size]));
    const ready = this.codes.filter((c) => indegree.get(c) === 0);
    const result = [];
    while (ready.length) {
      ready.sort();
      const next = ready.shift();
      result.push(next);
      for (const dep of this.dependents(next)) {
        indegree.set(dep, indegree.get(dep) - 1);
        if (indegree.get(dep) === 0) ready.push(dep);
      }
    }
    return result;
  }
  allPrereqs(code, seen = new Set()) {
    for (const p of this.get(code).prereqs) {
      if (seen.has(p)) continue;
      seen.add(p);
      this.allPrereqs(p, seen);
    }
    return seen;
  }
  planSemesters(maxCredits, completed = []) {
    const done = new Set(completed);
    const remaining = this.order().filter((c) => !done.has(c));
    const semesters = [];
    while (remaining.length) {
      const term = [];
      let credits = 0;
      for (const code of [...remaining]) {
        const { prereqs, credits: cr } = this.get(code);
        const eligible = [...prereqs].every((p) => done.has(p));
        if (eligible && credits + cr <= maxCredits) {
          term.push(code);
          credits += cr;
          remaining.splice(remaining.indexOf(code), 1);
        }
      }
      if (term.length === 0) throw new Error(`Cannot schedule: ${remaining.join(', ')}`);
      term.forEach((c) => done.add(c));
      semesters.push({ term, credits });
    }
    return semesters;
  }
}

// ---- main ----
const catalog = new Catalog()
  .add('CS101', { title: 'Intro to Programming', credits: 4 })
  .add('CS102', { title: 'Data Structures', credits: 4, prereqs: ['CS101'] })
  .add('MATH120', { title: 'Discrete Math' })
  .add('MATH210', { title: 'Linear Algebra', prereqs: ['MATH120'] })
  .add('CS201', { title: 'Algorithms', credits: 4, prereqs: ['CS102', 'MATH120'] })
  .add('CS220', { title: 'Computer Systems', prereqs: ['CS102'] })
  .add('CS310', { title: 'Operating Systems', prereqs: ['CS220', 'CS201'] })
  .add('CS330', { title: 'Machine Learning', prereqs: ['CS201', 'MATH210'] })
  .add('CS401', { title: 'Capstone', credits: 5, prereqs: ['CS310', 'CS330'] });

const order = catalog.order();
console.log(`Build order (${order.length} courses):`);
order.forEach((code, i) => console.log(`  ${String(i + 1).padStart(2)}. ${code.padEnd(8)} ${catalog.get(code).title}`));
for (const code of ['CS401', 'CS330', 'CS101']) {
  const all = [...catalog.allPrereqs(code)].sort();
  console.log(`${code} requires ${all.length ? all.join(', ') : 'nothing'}`);
}
console.log(`Unlocked by CS102: ${[...catalog.dependents('CS102')].join(', ')}`);

for (const [cap, completed] of [[10, []], [8, ['CS101', 'MATH120']]]) {
  console.log(`\nPlan with cap ${cap}, completed [${completed.join(', ')}]:`);
  catalog.planSemesters(cap, completed).forEach(({ term, credits }, i) => {
    console.log(`  Term ${i + 1}: ${term.join(' + ').padEnd(26)} ${credits} cr`);
  });
}

try { catalog.planSemesters(4); } catch (e) { console.log(`\nCap 4 failed: ${e.message}`); }

catalog.add('MATH120', { title: 'Discrete Math', prereqs: ['CS330'] });
try {
  catalog.order();
} catch (e) { console.log(`${e.name}: ${e.message} (length ${e.path.length - 1})`); }
try { catalog.get('BIO100'); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
