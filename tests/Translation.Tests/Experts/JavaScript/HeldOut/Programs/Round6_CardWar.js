// The card game War between two players, with a seeded shuffle and detailed war reporting.
class LinearCongruential {
  #state;
  constructor(seed) { this.#state = seed % 2147483647 || 1; }
  next() {
    this.#state = (this.#state * 48271) % 2147483647;
    return this.#state;
  }
  below(n) { return this.next() % n; }
}

class Card {
  static RANKS = ['2', '3', '4', '5', '6', '7', '8', '9', '10', 'J', 'Q', 'K', 'A'];
  static SUITS = { clubs: 'c', diamonds: 'd', hearts: 'h', spades: 's' };
  constructor(rank, suit) { this.rank = rank; this.suit = suit; }
  get value() { return Card.RANKS.indexOf(this.rank) + 2; }
  toString() { return `${this.rank}${Card.SUITS[this.suit]}`; }
}

class Deck {
  cards = [];
  constructor() {
    for (const suit of Object.keys(Card.SUITS)) for (const rank of Card.RANKS) this.cards.push(new Card(rank, suit));
  }
  shuffle(rng) {
    for (let i = this.cards.length - 1; i > 0; i--) {
      const j = rng.below(i + 1);
      [this.cards[i], this.cards[j]] = [this.cards[j], this.cards[i]];
    }
    return this;
  }
  deal(players) {
    this.cards.forEach((card, i) => players[i % players.length].receive([card]));
  }
}

class OutOfCards extends Error {
  constructor(player) { super(`${player.name} ran out of cards`); this.name = 'OutOfCards'; this.player = player; }
}

class WarPlayer {
  #pile = [];
  constructor(name) { this.name = name; this.warsWon = 0; this.roundsWon = 0; }
  get count() { return this.#pile.length; }
  receive(cards) { this.#pile.push(...cards); }
  draw(n = 1) {
    if (this.#pile.length < n) throw new OutOfCards(this);
    return this.#pile.splice(0, n);
  }
  get strength() { return this.#pile.reduce((s, c) => s + c.value, 0); }
}

class WarGame {
  constructor(p1, p2, { maxRounds = 2000, warFaceDown = 3 } = {}) {
    Object.assign(this, { p1, p2, maxRounds, warFaceDown });
    this.round = 0;
    this.wars = [];
  }
  playRound() {
    this.round++;
    const pot = [];
    let depth = 0, tie = null;
    for (;;) {
      const [a] = this.p1.draw();
      const [b] = this.p2.draw();
      pot.push(a, b);
      if (a.value !== b.value) {
        const winner = a.value > b.value ? this.p1 : this.p2;
        pot.sort((x, y) => y.value - x.value || x.suit.localeCompare(y.suit));
        winner.receive(pot);
        winner.roundsWon++;
        if (depth > 0) {
          winner.warsWon++;
          this.wars.push({ round: this.round, depth, winner: winner.name, pot: pot.length, tie });
        }
        return winner;
      }
      depth++;
      tie ??= a.rank;
      pot.push(...this.p1.draw(this.warFaceDown), ...this.p2.draw(this.warFaceDown));
    }
  }
  *play() {
    while (this.round < this.maxRounds) {
      try {
        yield { round: this.round + 1, winner: this.playRound() };
      } catch (e) {
        if (!(e instanceof OutOfCards)) throw e;
        return { loser: e.player.name, reason: e.message };
      }
      if (this.p1.count === 0 || this.p2.count === 0) return { loser: (this.p1.count ? this.p2 : this.p1).name, reason: 'empty hand' };
    }
    return { loser: null, reason: `stopped after ${this.maxRounds} rounds` };
  }
}

function runGame(seed, opts) {
  const rng = new LinearCongruential(seed);
  const [north, south] = [new WarPlayer('North'), new WarPlayer('South')];
  const deck = new Deck().shuffle(rng);
  console.log(`Seed ${seed}: top of deck ${deck.cards.slice(0, 8).join(' ')}`);
  deck.deal([north, south]);
  const game = new WarGame(north, south, opts);
  const it = game.play();
  let step = it.next();
  while (!step.done) {
    if (step.value.round % 100 === 0) {
      console.log(`  round ${String(step.value.round).padStart(4)}: North ${north.count} (str ${north.strength}), South ${south.count}`);
    }
    step = it.next();
  }
  const { loser, reason } = step.value;
  const winner = loser === null ? 'nobody' : [north, south].find((p) => p.name !== loser).name;
  console.log(`  Result after ${game.round} rounds: ${winner} wins (${reason})`);
  const deepest = game.wars.reduce((best, w) => (w.depth > (best?.depth ?? 0) ? w : best), null);
  console.log(`  Wars: ${game.wars.length}, won N/S ${north.warsWon}/${south.warsWon}, deepest ${JSON.stringify(deepest)}`);
  game.wars.slice(0, 3).forEach((w) => console.log(`    war @${w.round} over ${w.tie}s -> ${w.winner} takes ${w.pot}`));
  return { seed, winner, rounds: game.round };
}

// ---- main ----
const results = [7, 2024, 31337].map((seed) => runGame(seed, { maxRounds: 600 }));
const tally = results.reduce((acc, r) => ({ ...acc, [r.winner]: (acc[r.winner] ?? 0) + 1 }), {});
console.log('Tally:', Object.entries(tally).map(([k, v]) => `${k}=${v}`).join(', '));
const shortest = results.toSorted((a, b) => a.rounds - b.rounds)[0];
console.log(`Shortest game: seed ${shortest.seed} in ${shortest.rounds} rounds`);
