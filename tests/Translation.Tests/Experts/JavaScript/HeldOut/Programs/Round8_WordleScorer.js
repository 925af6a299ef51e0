// Wordle-style guess scorer with a tiny solver over a fixed word list.
// Scores guesses (handling duplicate letters), filters candidates, and plays a few games.

const WORDS = `
crane slate trace crate react cater stare tears rates aster
plant plank blank bland gland glade grade trade tread bread
break bleak bloke broke smoke smoky spoke spike spite spine
shine shire shore chore choke chose those whose whole while
lemon melon salon talon baton eaten oaten often otter utter
`.trim().split(/\s+/);

const MARK = { hit: 'G', present: 'Y', miss: '.' };

function score(guess, answer) {
  const result = Array(5).fill(MARK.miss);
  const remaining = {};
  for (let i = 0; i < 5; i++) {
    if (guess[i] === answer[i]) result[i] = MARK.hit;
    else remaining[answer[i]] = (remaining[answer[i]] ?? 0) + 1;
  }
  for (let i = 0; i < 5; i++) {
    if (result[i] === MARK.hit) continue;
    const ch = guess[i];
    if (remaining[ch] > 0) {
      result[i] = MARK.present;
      remaining[ch]--;
    }
  }
  return result.join('');
}

class InvalidGuessError extends Error {
  constructor(guess, reason) {
    super(`"${guess}" rejected: ${reason}`);
    this.name = 'InvalidGuessError';
  }
}

class Game {
  static MAX_TURNS = 6;
  #answer;

  constructor(answer) {
    this.#answer = answer;
    this.turns = [];
  }

  get solved() {
    return this.turns.some((t) => t.pattern === 'GGGGG');
  }

  get over() {
    return this.solved || this.turns.length >= Game.MAX_TURNS;
  }

  guess(word) {
    const w = word.trim().toLowerCase();
    if (!/^[a-z]{5}$/.test(w)) throw new InvalidGuessError(word, 'must be 5 letters');
    if (!WORDS.includes(w)) throw new InvalidGuessError(word, 'not in word list');
    if (this.turns.some((t) => t.word === w)) throw new InvalidGuessError(word, 'already guessed');
    const pattern = score(w, this.#answer);
    this.turns.push({ word: w, pattern });
    return pattern;
  }

  reveal() {
    return this.over ? this.#answer : '?????';
  }
}

// Pick the guess that minimizes the largest bucket of remaining candidates.
function bestGuess(candidates) {
  if (candidates.length <= 2) return candidates[0];
  let best = null;
  for (const g of WORDS) {
    const buckets = new Map();
    for (const c of candidates) {
      const p = score(g, c);
      buckets.set(p, (buckets.get(p) ?? 0) + 1);
    }
    const worst = Math.max(...buckets.values());
    const bonus = candidates.includes(g) ? 0 : 0.5;
    const rank = worst + bonus;
    if (!best || rank < best.rank) best = { word: g, rank };
  }
  return best.word;
}

console.log('Score table checks:');
const checks = [['crane', 'react'], ['spike', 'spite'], ['otter', 'utter'], ['eaten', 'often'], ['melon', 'lemon']];
for (const [g, a] of checks) console.log(`  ${g.toUpperCase()} vs ${a.toUpperCase()} -> ${score(g, a)}`);

console.log('\nManual game (answer hidden):');
const manual = new Game('smoky');
for (const attempt of ['crane', 'toolong', 'zzzzz', 'broke', 'broke', 'spoke', 'smoke', 'smoky']) {
  if (manual.over) break;
  try {
    const p = manual.guess(attempt);
    console.log(`  ${attempt.padEnd(7)} ${p}`);
  } catch (err) {
    if (err instanceof InvalidGuessError) console.log(`  ${err.message}`);
    else throw err;
  }
}
console.log(`  solved=${manual.solved} in ${manual.turns.length}, answer=${manual.reveal()}`);

console.log('\nSolver runs:');
const stats = [];
for (const answer of ['stare', 'gland', 'whose', 'otter', 'spine', 'chose']) {
  const game = new Game(answer);
  let candidates = [...WORDS];
  while (!game.over) {
    const g = game.turns.length === 0 ? 'slate' : bestGuess(candidates);
    const p = game.guess(g);
    candidates = candidates.filter((c) => score(g, c) === p && c !== g);
  }
  const path = game.turns.map(({ word, pattern }) => `${word}[${pattern}]`).join(' ');
  console.log(`  ${answer}: ${path}`);
  stats.push(game.solved ? game.turns.length : 7);
}
const dist = stats.reduce((acc, n) => ({ ...acc, [n]: (acc[n] ?? 0) + 1 }), {});
const avg = stats.reduce((a, b) => a + b, 0) / stats.length;
console.log(`Distribution: ${JSON.stringify(dist)}`);
console.log(`Average turns: ${avg.toFixed(2)} over ${stats.length} games`);
const letterFreq = Object.entries(
  WORDS.join('').split('').reduce((m, ch) => ((m[ch] = (m[ch] ?? 0) + 1), m), {})
).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
console.log(`Top letters: ${letterFreq.slice(0, 6).map(([ch, n]) => `${ch}:${n}`).join(' ')}`);
