// Quiz engine: several question types, per-question scoring with partial credit,
// time bonuses, and a results table with ranks and per-topic breakdown.

class Question {
  static count = 0;
  constructor({ prompt, topic, points = 10 }) {
    this.id = ++Question.count;
    this.prompt = prompt;
    this.topic = topic;
    this.points = points;
  }
  grade() {
    throw new Error('grade() not implemented');
  }
  get kind() {
    return this.constructor.name.replace(/Question$/, '').toLowerCase();
  }
}

class ChoiceQuestion extends Question {
  constructor({ answer, ...rest }) {
    super(rest);
    this.answer = answer;
  }
  grade(response) {
    return response?.toUpperCase() === this.answer ? 1 : 0;
  }
}

class MultiSelectQuestion extends Question {
  constructor({ answers, ...rest }) {
    super({ points: 20, ...rest });
    this.answers = new Set(answers);
  }
  grade(response = []) {
    const picked = new Set(response);
    const right = [...picked].filter((r) => this.answers.has(r)).length;
    const wrong = picked.size - right;
    return Math.max(0, (right - wrong) / this.answers.size);
  }
}

class NumericQuestion extends Question {
  constructor({ answer, tolerance = 0, ...rest }) {
    super(rest);
    Object.assign(this, { answer, tolerance });
  }
  grade(response) {
    const value = Number.parseFloat(response);
    if (Number.isNaN(value)) return 0;
    const diff = Math.abs(value - this.answer);
    if (diff <= this.tolerance) return 1;
    return diff <= this.tolerance * 3 ? 0.5 : 0;
  }
}

class TextQuestion extends Question {
  constructor({ accept, ...rest }) {
    super(rest);
    this.accept = accept.map((a) => a.toLowerCase());
  }
  grade(response = '') {
    const norm = response.trim().toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ');
    return this.accept.includes(norm) ? 1 : 0;
  }
}

const quiz = [
  new ChoiceQuestion({ prompt: 'Largest planet?', topic: 'Space', answer: 'C' }),
  new NumericQuestion({ prompt: 'Speed of light (km/s, thousands)?', topic: 'Physics', answer: 300, tolerance: 5 }),
  new MultiSelectQuestion({ prompt: 'Which are noble gases?', topic: 'Chemistry', answers: ['He', 'Ne', 'Ar'] }),
  new TextQuestion({ prompt: 'Author of "On the Origin of Species"?', topic: 'Biology', accept: ['charles darwin', 'darwin'] }),
  new ChoiceQuestion({ prompt: 'Closest star to Earth?', topic: 'Space', answer: 'A', points: 5 }),
  new NumericQuestion({ prompt: 'Boiling point of water at sea level (F)?', topic: 'Physics', answer: 212, tolerance: 1 }),
];

const submissions = {
  Priya: { answers: ['c', '299.8', ['He', 'Ne', 'Ar'], 'Charles Darwin', 'A', '212'], seconds: [8, 20, 30, 12, 5, 9] },
  Marcus: { answers: ['C', '310', ['He', 'Ne', 'N'], 'darwin!', 'B', '100'], seconds: [5, 15, 22, 10, 4, 6] },
  Elena: { answers: ['B', '350', ['He', 'Ar'], ' Gregor Mendel ', 'A', '211'], seconds: [12, 40, 35, 20, 9, 14] },
  Tom: { answers: ['C', 'fast', undefined, 'Darwin', undefined, '213.5'], seconds: [3, 2, 0, 25, 0, 30] },
};

const timeBonus = (fraction, secs, limit = 15) => (fraction === 1 && secs > 0 && secs <= limit ? Math.floor((limit - secs) / 5) : 0);

function gradeAll({ answers, seconds }) {
  const detail = quiz.map((q, i) => {
    const fraction = q.grade(answers[i]);
    const bonus = timeBonus(fraction, seconds[i]);
    return { q, fraction, earned: Math.round(fraction * q.points) + bonus, bonus };
  });
  const total = detail.reduce((s, d) => s + d.earned, 0);
  const byTopic = {};
  for (const { q, earned } of detail) byTopic[q.topic] = (byTopic[q.topic] ?? 0) + earned;
  return { detail, total, byTopic, correct: detail.filter((d) => d.fraction === 1).length };
}

const maxScore = quiz.reduce((s, q) => s + q.points, 0);
console.log(`Quiz: ${quiz.length} questions, ${maxScore} base points`);
quiz.forEach((q) => console.log(`  Q${q.id} [${q.kind.padEnd(11)}] ${q.topic.padEnd(9)} ${String(q.points).padStart(2)}pt  ${q.prompt}`));

const results = Object.entries(submissions).map(([name, sub]) => ({ name, ...gradeAll(sub) }));
results.sort((a, b) => b.total - a.total || b.correct - a.correct || a.name.localeCompare(b.name));

console.log('\nRank | Name   | ' + quiz.map((q) => `Q${q.id}`.padStart(4)).join(' ') + ' | Total |   %   | Grade');
console.log('-'.repeat(70));
let prevTotal = null;
let rank = 0;
results.forEach(({ name, detail, total }, i) => {
  if (total !== prevTotal) rank = i + 1;
  prevTotal = total;
  const pct = (total / maxScore) * 100;
  const grade = pct >= 90 ? 'A' : pct >= 80 ? 'B' : pct >= 70 ? 'C' : pct >= 60 ? 'D' : 'F';
  const cells = detail.map(({ earned, bonus }) => `${earned}${bonus ? '+' : ''}`.padStart(4)).join(' ');
  console.log(`${String(rank).padStart(4)} | ${name.padEnd(6)} | ${cells} | ${String(total).padStart(5)} | ${pct.toFixed(1).padStart(5)} | ${grade}`);
});

console.log('\nTopic averages:');
const topics = [...new Set(quiz.map((q) => q.topic))];
for (const topic of topics) {
  const possible = quiz.filter((q) => q.topic === topic).reduce((s, q) => s + q.points, 0);
  const avg = results.reduce((s, r) => s + r.byTopic[topic], 0) / results.length;
  const bar = '#'.repeat(Math.round((avg / possible) * 20));
  console.log(`  ${topic.padEnd(10)} ${avg.toFixed(2).padStart(6)} / ${possible}  ${bar}`);
}

const hardest = quiz
  .map((q, i) => ({ q, rate: results.filter((r) => r.detail[i].fraction === 1).length / results.length }))
  .sort((a, b) => a.rate - b.rate)[0];
console.log(`Hardest question: Q${hardest.q.id} (${Math.round(hardest.rate * 100)}% fully correct)`);
const perfect = results.filter((r) => r.detail.every((d) => d.fraction === 1)).map((r) => r.name);
console.log(`Perfect papers: ${perfect.length ? perfect.join(', ') : 'none'}`);
