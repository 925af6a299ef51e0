// Gradebook: weighted categories with drop-lowest, late penalties, letter grades,
// class statistics with a curve, and ranking with ties.

class GradeError extends Error {
  constructor(message, { student, assignment } = {}) {
    super(message);
    this.name = 'GradeError';
    this.context = { student, assignment };
  }
}

const LETTERS = [[93, 'A'], [90, 'A-'], [87, 'B+'], [83, 'B'], [80, 'B-'], [77, 'C+'], [70, 'C'], [60, 'D'], [0, 'F']];
const letterFor = (pct) => LETTERS.find(([min]) => pct >= min)[1];

const stats = (values) => {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sorted = [...values].sort((a, b) => a - b);
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const sd = Math.sqrt(values.reduce((acc, v) => acc + (v - mean) ** 2, 0) / n);
  return { mean, median, sd, min: sorted[0], max: sorted[n - 1] };
};

class Course {
  #assignments = new Map();
  #scores = new Map();
  static LATE_PENALTY_PER_DAY = 0.1;

  constructor(name, categories) {
    this.name = name;
    const total = Object.values(categories).reduce((s, { weight }) => s + weight, 0);
    if (Math.abs(total - 1) > 1e-9) throw new GradeError(`Weights sum to ${total.toFixed(2)}, expected 1`);
    this.categories = categories;
  }
  assign(id, category, maxPoints) {
    if (!(category in this.categories)) throw new GradeError(`Unknown category ${category}`, { assignment: id });
    this.#assignments.set(id, { id, category, maxPoints });
  }
  record(student, id, points, { daysLate = 0 } = {}) {
    const a = this.#assignments.get(id);
    if (!a) throw new GradeError(`No assignment ${id}`, { student, assignment: id });
    if (points < 0 || points > a.maxPoints) throw new GradeError(`Score ${points}/${a.maxPoints} out of range`, { student, assignment: id });
    const factor = Math.max(0, 1 - daysLate * Course.LATE_PENALTY_PER_DAY);
    if (!this.#scores.has(student)) this.#scores.set(student, new Map());
    this.#scores.get(student).set(id, (points * factor) / a.maxPoints);
  }
  get students() { return [...this.#scores.keys()]; }
  percentFor(student) {
    const mine = this.#scores.get(student) ?? new Map();
    let earned = 0;
    let usedWeight = 0;
    for (const [cat, { weight, dropLowest = 0 }] of Object.entries(this.categories)) {
      const ids = [...this.#assignments.values()].filter((a) => a.category === cat).map((a) => a.id);
      if (ids.length === 0) continue;
      const ratios = ids.map((id) => mine.get(id) ?? 0).sort((x, y) => y - x);
      const kept = ratios.slice(0, Math.max(1, ratios.length - dropLowest));
      earned += weight * (kept.reduce((s, r) => s + r, 0) / kept.length);
      usedWeight += weight;
    }
    return usedWeight ? (earned / usedWeight) * 100 : 0;
  }
  report({ curveTo } = {}) {
    const raw = this.students.map((s) => [s, this.percentFor(s)]);
    const { mean } = stats(raw.map(([, p]) => p));
    const bump = curveTo !== undefined ? Math.max(0, curveTo - mean) : 0;
    const rows = raw.map(([student, pct]) => {
      const final = Math.min(100, pct + bump);
      return { student, raw: pct, final, letter: letterFor(final) };
    }).sort((a, b) => b.final - a.final || a.student.localeCompare(b.student));
    rows.forEach((row, i) => {
      row.rank = i > 0 && rows[i - 1].final.toFixed(2) === row.final.toFixed(2) ? rows[i - 1].rank : i + 1;
    });
    return { rows, bump };
  }
}

// ---- main ----
const course = new Course('Data Structures', {
  homework: { weight: 0.3, dropLowest: 1 }, quiz: { weight: 0.2 }, midterm: { weight: 0.2 }, final: { weight: 0.3 },
});
['hw1', 'hw2', 'hw3', 'hw4'].forEach((id) => course.assign(id, 'homework', 20));
course.assign('q1', 'quiz', 10);
course.assign('q2', 'quiz', 10);
course.assign('mid', 'midterm', 100);
course.assign('fin', 'final', 120);

const gradebook = {
  Avery: [18, 20, 15, 19, 9, 8, 84, 101], Blake: [12, 14, 0, 16, 6, 7, 71, 88], Casey: [20, 20, 20, 17, 10, 10, 95, 117],
  Devon: [15, 11, 13, 14, 5, 4, 58, 70], Emery: [16, 14, 0, 12, 6, 7, 71, 88], Finley: [19, 18, 17, 0, 8, 9, 90, 96],
};
const ids = ['hw1', 'hw2', 'hw3', 'hw4', 'q1', 'q2', 'mid', 'fin'];
for (const [student, scores] of Object.entries(gradebook)) {
  scores.forEach((pts, i) => course.record(student, ids[i], pts, { daysLate: student === 'Devon' && i === 7 ? 2 : 0 }));
}

const problems = [
  () => course.record('Avery', 'hw5', 10),
  () => course.record('Blake', 'q1', 11),
  () => course.assign('lab1', 'lab', 50),
  () => new Course('Broken', { a: { weight: 0.5 }, b: { weight: 0.4 } }),
];
for (const attempt of problems) {
  try { attempt(); } catch (e) { console.log(`${e.name}: ${e.message} ${JSON.stringify(e.context)}`); }
}

for (const curveTo of [undefined, 85]) {
  const { rows, bump } = course.report({ curveTo });
  console.log(`\n${course.name}: ${curveTo ? `curved to ${curveTo} (+${bump.toFixed(2)})` : 'raw scores'}`);
  for (const { rank, student, raw, final, letter } of rows) {
    console.log(`  ${String(rank).padStart(2)}. ${student.padEnd(7)} ${raw.toFixed(2).padStart(6)} -> ${final.toFixed(2).padStart(6)}  ${letter}`);
  }
  const s = stats(rows.map((r) => r.final));
  console.log(`  mean ${s.mean.toFixed(2)}  median ${s.median.toFixed(2)}  sd ${s.sd.toFixed(2)}  range ${s.min.toFixed(1)}-${s.max.toFixed(1)}`);
  const dist = rows.reduce((acc, { letter }) => ({ ...acc, [letter[0]]: (acc[letter[0]] ?? 0) + 1 }), {});
  console.log(`  distribution: ${Object.entries(dist).map(([l, n]) => `${l}:${n}`).join(' ')}`);
}
