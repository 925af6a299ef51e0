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
}
