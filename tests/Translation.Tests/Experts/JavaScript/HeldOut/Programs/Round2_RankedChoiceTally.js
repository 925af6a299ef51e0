class BallotError extends Error {
  constructor(id, reason) {
    super(`ballot ${id}: ${reason}`);
    this.name = 'BallotError';
    this.ballotId = id;
  }
}

class Election {
  #candidates;
  #ballots = [];
  #rejected = [];
  static BAR_WIDTH = 30;

  constructor(title, candidates) {
    this.title = title;
    this.#candidates = new Set(candidates);
  }

  cast(id, raw) {
    try {
      const ranking = raw.split('>').map((s) => s.trim()).filter(Boolean);
      if (!ranking.length) throw new BallotError(id, 'empty');
      const unknown = ranking.find((c) => !this.#candidates.has(c));
      if (unknown) throw new BallotError(id, `unknown candidate "${unknown}"`);
      if (new Set(ranking).size !== ranking.length) throw new BallotError(id, 'duplicate ranking');
      this.#ballots.push(ranking);
    } catch (err) {
      if (!(err instanceof BallotError)) throw err;
      this.#rejected.push(err.message);
    }
  }

  static bar(count, max) {
    const width = max === 0 ? 0 : Math.round((count / max) * Election.BAR_WIDTH);
    return '#'.repeat(width).padEnd(Election.BAR_WIDTH, '.');
  }

  *rounds() {
    const active = new Set(this.#candidates);
    const firstChoiceTotals = this.#tally(active);
    let round = 0;
    while (active.size > 0) {
      round++;
      const counts = this.#tally(active);
      const live = [...counts.values()].reduce((a, b) => a + b, 0);
      const sorted = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
      const [leader, leaderVotes] = sorted[0];
      if (leaderVotes * 2 > live || active.size === 1) {
        yield { round, sorted, live, winner: leader };
        return;
      }
      const minVotes = Math.min(...counts.values());
      const lowest = sorted.filter(([, v]) => v === minVotes).map(([c]) => c);
      const eliminated = lowest.length === 1 ? lowest[0]
        : lowest.sort((a, b) => firstChoiceTotals.get(a) - firstChoiceTotals.get(b) || b.localeCompare(a))[0];
      active.delete(eliminated);
      yield { round, sorted, live, eliminated, tie: lowest.length > 1 };
    }
  }

  #tally(active) {
    const counts = new Map([...active].sort().map((c) => [c, 0]));
    for (const ballot of this.#ballots) {
      const choice = ballot.find((c) => active.has(c));
      if (choice !== undefined) counts.set(choice, counts.get(choice) + 1);
    }
    return counts;
  }

  report() {
    console.log(`##### ${this.title} (${this.#ballots.length} valid, ${this.#rejected.length} rejected)`);
    this.#rejected.forEach((msg) => console.log(`  rejected ${msg}`));
    let result = null;
    for (const { round, sorted, live, winner, eliminated, tie } of this.rounds()) {
      console.log(`Round ${round}: ${live} live ballots`);
      const max = sorted[0][1];
      for (const [name, votes] of sorted) {
        const pct = live ? ((votes * 100) / live).toFixed(1) : '0.0';
        console.log(`  ${name.padEnd(7)} ${Election.bar(votes, max)} ${String(votes).padStart(3)} ${pct.padStart(5)}%`);
      }
      if (eliminated) console.log(`  -> eliminate ${eliminated}${tie ? ' (tie broken by first choices)' : ''}`);
      result = winner ?? result;
    }
    console.log(`Winner: ${result ?? 'none'}`);
    return result;
  }
}

const expand = (spec) => spec.flatMap(([n, ranking]) => Array(n).fill(ranking));

const council = new Election('City council', ['Alvarez', 'Brooks', 'Chen', 'Dubois']);
expand([[8, 'Alvarez > Chen'], [6, 'Brooks > Chen > Alvarez'], [5, 'Chen > Brooks'], [3, 'Dubois > Brooks'], [2, 'Dubois']])
  .concat(['Chen > Chen', 'Zed > Alvarez', '  ', 'Brooks>Dubois>Alvarez>Chen'])
  .forEach((b, i) => council.cast(i + 1, b));

const club = new Election('Book club pick', ['Dune', 'Emma', 'Ulysses']);
expand([[4, 'Dune > Emma'], [4, 'Emma > Dune'], [2, 'Ulysses > Emma'], [2, 'Ulysses > Dune'], [1, 'Dune']])
  .forEach((b, i) => club.cast(`c${i}`, b));

const winners = [council, club].map((e) => [e.title, e.report()]);
console.log(JSON.stringify(Object.fromEntries(winners)));
console.log([...new Election('Trivial', ['Solo']).rounds()].map((r) => JSON.stringify(r)).join('\n'));
