namespace CodeIntel.Translation.Tests.Experts.JavaScript;

/// <summary>
/// Values whose kind shows only at run time (a Set read back from a Map, an array or an instance of a class with
/// an array's method names), switch cases that fall through, and reads that may be past the end on the right of
/// <c>??</c>: each snippet run with node and, translated, with python3.
/// </summary>
public sealed class ReceiversSeenAtRunTimeTests
{
    [SkippableFact]
    public void SetsInMapsAndClassesNamedLikeCollections_DispatchAtRunTime()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class Graph {
              #adj = new Map();
              link(a, b) {
                for (const h of [a, b]) if (!this.#adj.has(h)) this.#adj.set(h, new Set());
                this.#adj.get(a).add(b);
                this.#adj.get(b).add(a);
              }
              unlink(a, b) { this.#adj.get(a).delete(b); }
              get size() { return this.#adj.size; }
              degrees() { return [...this.#adj.values()].map((s) => s.size); }
            }
            const g = new Graph();
            g.link('a', 'b'); g.link('a', 'c'); g.link('b', 'c'); g.unlink('a', 'b');
            console.log(g.size, g.degrees().join(','));
            class Grid {
              constructor(rows) { this.data = rows.map((r) => [...r]); }
              map(fn) { return new Grid(this.data.map((row, i) => row.map((v, j) => fn(v, i, j)))); }
              find(v) { return this.data.findIndex((row) => row.includes(v)); }
            }
            const doubled = new Grid([[1, 2], [3, 4]]).map((v, i, j) => v * 2 + i - j);
            console.log(doubled.data.map((r) => r.join(' ')).join(' / '), doubled.find(7), [5, 6].find((v) => v > 5));
            """);
    }

    [SkippableFact]
    public void FallThroughCasesRoundAsValueAndProbedFallbacks_AsInNode()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            function kind(tok) {
              switch (tok.type) {
                case 'num':
                  return `number ${tok.value}`;
                case 'op':
                  if (tok.value === '(') return 'open';
                // falls through
                case 'punct':
                  tok.seen = true;
                default:
                  return `other ${tok.value}${tok.seen ? ' (seen)' : ''}`;
              }
            }
            for (const t of [{ type: 'num', value: 4 }, { type: 'op', value: '(' }, { type: 'op', value: '+' }, { type: 'punct', value: ';' }, { type: 'x', value: '?' }]) console.log(kind(t));
            const FUNCS = { round: Math.round, max: Math.max };
            console.log(FUNCS.round(2.5), FUNCS.round(-2.5), FUNCS.max(1, 9, 3));
            const lines = ['a', 'c'];
            let pos = 1;
            lines.splice(pos++, 0, 'b');
            lines.splice(pos++, 0, 'b2');
            console.log(lines.join(','), pos);
            const pick = (preferred, candidates) => (preferred ?? candidates[0])?.seat ?? 'none';
            console.log(pick(null, []), pick(null, [{ seat: '3A' }]), pick({ seat: '1C' }, []));
            """);
    }

    [SkippableFact]
    public void ReadsPastEitherEndAndFieldsChangedThroughOtherReceivers_AsInNode()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const word = 'abcx';
            const steps = [];
            for (let i = 1; i <= word.length; i++) steps.push(word.charCodeAt(i) - word.charCodeAt(i - 1), word.charCodeAt(i - 2));
            console.log(steps.join(','));
            const tokens = ['1', '+', '2'];
            let pos = 0;
            const next = () => tokens[pos++];
            const seen = [];
            while (next()?.length) seen.push(pos);
            console.log(seen.join(','), pos);
            const seeds = ['a', 'b', 'c'];
            console.log([1, 4, 2, 3].map((s) => seeds[s - 1] ?? 'BYE').join(' '), (word[9] ?? '?') + (word[-1] ?? '!'));
            class Player { constructor(name, rating = 1500) { this.name = name; this.rating = rating; } toString() { return `${this.name} (${Math.round(this.rating)})`; } }
            const [a, b] = [new Player('Ann'), new Player('Bo', 1400)];
            const move = (winner, loser, delta) => { winner.rating += delta; loser.rating -= delta; };
            move(b, a, 12.7);
            console.log(`${a} / ${b}`);
            """);
    }
}
