'use strict';

const RANKS = '23456789TJQKA';
const SUITS = { s: '♠', h: '♥', d: '♦', c: '♣' };

class CardError extends Error {
  name = 'CardError';
}

class Card {
  constructor(code) {
    const m = /^([2-9TJQKA])([shdc])$/.exec(code);
    if (!m) throw new CardError(`bad card "${code}"`);
    [, this.rank, this.suit] = m;
    this.value = RANKS.indexOf(this.rank) + 2;
  }
  toString() { return `${this.rank}${SUITS[this.suit]}`; }
}

const CATEGORIES = [
  'high card', 'one pair', 'two pair', 'three of a kind', 'straight',
  'flush', 'full house', 'four of a kind', 'straight flush',
];

class Hand {
  #cards;
  static #evaluated = 0;

  constructor(text) {
    this.#cards = text.trim().split(/\s+/).map((c) => new Card(c));
    if (this.#cards.length !== 5) throw new CardError(`need 5 cards, got ${this.#cards.length}`);
    const codes = this.#cards.map((c) => c.rank + c.suit);
    if (new Set(codes).size !== 5) throw new CardError(`duplicate card in "${text}"`);
  }

  static get evaluatedCount() { return Hand.#evaluated; }

  get cards() { return [...this.#cards]; }

  evaluate() {
    Hand.#evaluated++;
    const counts = new Map();
    for (const { value } of this.#cards) counts.set(value, (counts.get(value) ?? 0) + 1);
    const groups = [...counts].sort(([va, ca], [vb, cb]) => cb - ca || vb - va);
    const shape = groups.map(([, c]) => c).join('');
    let values = groups.map(([v]) => v);
    const flush = this.#cards.every((c) => c.suit === this.#cards[0].suit);
    let straight = groups.length === 5 && values[0] - values[4] === 4;
    if (groups.length === 5 && values.join() === '14,5,4,3,2') {
      straight = true;
      values = [5, 4, 3, 2, 1];
    }
    let category;
    if (straight && flush) category = 8;
    else if (shape === '41') category = 7;
    else if (shape === '32') category = 6;
    else if (flush) category = 5;
    else if (straight) category = 4;
    else if (shape === '311') category = 3;
    else if (shape === '221') category = 2;
    else if (shape === '2111') category = 1;
    else category = 0;
    return { category, name: CATEGORIES[category], tiebreak: values };
  }

  static compare(a, b) {
    const [ea, eb] = [a.evaluate(), b.evaluate()];
    if (ea.category !== eb.category) return ea.category - eb.category;
    for (let i = 0; i < ea.tiebreak.length; i++) {
      if (ea.tiebreak[i] !== eb.tiebreak[i]) return ea.tiebreak[i] - eb.tiebreak[i];
    }
    return 0;
  }

  toString() { return this.#cards.join(' '); }
}

const samples = [
  'Ah Kh Qh Jh Th', '9c 9d 9h 9s 2d', '3h 3d 3s Kc Kd', '2s 8s Js 4s 6s', 'As 2d 3c 4h 5s',
  '7d 7h 7c Qs 2c', 'Jc Jd 4s 4h Ad', 'Tc Th 8s 5d 3c', 'Kd Qs 9h 6c 3d', '6h 7h 8d 9c Ts',
];
console.log('--- classification ---');
for (const text of samples) {
  const hand = new Hand(text);
  const { name, tiebreak } = hand.evaluate();
  console.log(`${String(hand).padEnd(16)} ${name.padEnd(16)} [${tiebreak.join(',')}]`);
}

const showdowns = [
  { Alice: '2h 2d 5s 9c Kd', Bob: '2c 2s 5h 9d Qd' },
  { Alice: 'As 2d 3c 4h 5s', Bob: '2s 3d 4c 5h 6s', Cara: 'Ah Ad Ac Kd Ks' },
  { Alice: '8h 8d Th Tc 3s', Bob: '8s 8c Ts Td 3h' },
  { Alice: 'Kh Qh 9h 5h 2h', Bob: 'Kd Qd 9d 5d 3d', Cara: 'Qs Qc 4d 4c As' },
];
console.log('--- showdowns ---');
showdowns.forEach((table, round) => {
  const seats = Object.entries(table).map(([player, text]) => ({ player, hand: new Hand(text) }));
  const best = seats.reduce((top, s) => (Hand.compare(s.hand, top[0].hand) > 0 ? [s]
    : Hand.compare(s.hand, top[0].hand) === 0 && s !== top[0] ? [...top, s] : top), [seats[0]]);
  const verdict = best.length > 1 ? `split pot: ${best.map((s) => s.player).join(' & ')}` : `${best[0].player} wins`;
  console.log(`round ${round + 1}: ${verdict} with ${best[0].hand.evaluate().name}`);
});

const deck = [...RANKS].flatMap((r) => Object.keys(SUITS).map((s) => r + s));
let seed = 7;
const nextRand = () => (seed = (seed * 16807) % 2147483647);
for (let i = deck.length - 1; i > 0; i--) {
  const j = nextRand() % (i + 1);
  [deck[i], deck[j]] = [deck[j], deck[i]];
}
const tally = new Map(CATEGORIES.map((c) => [c, 0]));
for (let i = 0; i + 5 <= deck.length; i += 5) {
  const { name } = new Hand(deck.slice(i, i + 5).join(' ')).evaluate();
  tally.set(name, tally.get(name) + 1);
}
console.log(`dealt ${Math.floor(deck.length / 5)} hands: ${[...tally].filter(([, n]) => n).map(([c, n]) => `${c}=${n}`).join(', ')}`);

for (const bad of ['Ah Kh Qh Jh', 'Ah Kh Qh Jh 1h', 'Ah Ah Qh Jh Th']) {
  try { new Hand(bad); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
console.log(`hands evaluated: ${Hand.evaluatedCount}`);
