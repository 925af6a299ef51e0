namespace CodeIntel.Translation.Tests.Experts.JavaScript;

/// <summary>
/// Round 9's silent and loud differences: undefined printed as null, a method called by a computed name with more
/// arguments than it names, a Map changed while it is iterated, a default that an undefined argument takes, a comma
/// expression as an arrow's body and tagged templates. Each snippet is run with node and, translated, with python3.
/// </summary>
public sealed class UndefinedCallsAndLiveMapsTests
{
    [SkippableFact]
    public void ReturnedOrLiteralUndefined_PrintsUndefinedNotNull()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class Cache {
              constructor() { this.map = new Map([['a', 1]]); }
              get(key) {
                if (!this.map.has(key)) return undefined;
                return this.map.get(key);
              }
            }
            function find(xs, x) { for (const v of xs) if (v === x) return v; return; }
            function orNull(x) { return x > 0 ? x : null; }
            const c = new Cache();
            console.log('get b ->', c.get('b'), '| get a ->', c.get('a'));
            console.log(`found ${find([1, 2], 3)} and ${find([1, 2], 2)}`, String(find([], 1)));
            console.log(undefined, orNull(0), orNull(2));
            """);
    }

    [SkippableFact]
    public void MethodCalledByComputedName_IgnoresExtraArguments()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class Machine {
              constructor() { this.credit = 0; }
              insert(coin) { this.credit += coin; return `credit ${this.credit}`; }
              refund() { const c = this.credit; this.credit = 0; return `refunded ${c}`; }
              add(a, b) { return `sum ${a + (b ?? 0)}`; }
            }
            const m = new Machine();
            for (const [op, arg] of [['insert', 5], ['refund'], ['insert', 7], ['refund', 99], ['add', 2]]) {
              console.log(op, m[op](arg));
            }
            """);
    }

    [SkippableFact]
    public void MapChangedWhileIterated_VisitsAddedEntriesAndSkipsDeletedOnes()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const handlers = new Map([['a', [1, 2]], ['b', [3]], ['c', [4, 5]]]);
            for (const [key, list] of handlers) {
              const kept = list.filter((x) => x !== 3);
              if (kept.length) handlers.set(key, kept);
              else handlers.delete(key);
            }
            console.log([...handlers.keys()].join(','));
            const queue = new Map([[1, 'one']]);
            for (const [n, name] of queue) {
              console.log(n, name);
              if (n < 4) queue.set(n * 2, name + '+');
              if (n === 2) queue.delete(4);
            }
            const seen = new Set(['x']);
            for (const v of seen) if (v.length < 3) seen.add(v + 'y');
            console.log([...seen].join(' '));
            """);
    }

    [SkippableFact]
    public void ContainerDefaultsAndCommaArrows_AsInNode()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            function grade(response = []) { return response.length; }
            const sheet = { q1: ['a', 'b'] };
            console.log(grade(sheet.q1), grade(sheet.q2), grade({}.missing), grade());
            const counts = 'hello'.split('').reduce((m, ch) => ((m[ch] = (m[ch] ?? 0) + 1), m), {});
            console.log(JSON.stringify(counts));
            const tally = (acc, x) => (acc.n++, acc.sum += x, acc);
            console.log(JSON.stringify([3, 4].reduce(tally, { n: 0, sum: 0 })));
            """);
    }

    [SkippableFact]
    public void TaggedTemplate_CallsTheTagWithPiecesAndValues()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            function money(strings, ...values) {
              return strings.reduce((out, s, i) => {
                const v = values[i - 1];
                return out + (typeof v === 'number' ? `$${v.toFixed(2)}` : v) + s;
              });
            }
            const name = 'Ana';
            console.log(money`${name} owes ${12.5}, paid ${3}`);
            console.log(money`no values`, money`${name}`);
            const count = (parts, ...xs) => `${parts.length}/${xs.length}`;
            console.log(count`a${1}b${2}${3}`);
            """);
    }

    [SkippableFact]
    public void StaticGetterThroughConstructorFunctionDefaultsAndAtOfAComputedArray_AsInNode()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class Account {
              static #count = 0;
              static get prefix() { return 'ACC'; }
              constructor() { this.id = `${this.constructor.prefix}-${++Account.#count}`; }
            }
            class Savings extends Account { static get prefix() { return 'SAV'; } }
            console.log(new Account().id, new Savings().id);
            function diff(a, b, eq = (x, y) => x === y) { return a.filter((x, i) => !eq(x, b[i])).length; }
            const { eq } = {};
            console.log(diff([1, 2, 3], [1, 5, 3], eq), diff(['a'], ['A'], (x, y) => x.toLowerCase() === y.toLowerCase()));
            const schedule = [{ hour: 6, temp: 20 }, { hour: 22, temp: 16 }];
            const at = (h) => (schedule.filter((s) => s.hour <= h).at(-1) ?? schedule.at(-1)).temp;
            console.log(at(3), at(7), at(23), [].filter((x) => x).at(0) ?? 'none');
            """);
    }

    [SkippableFact]
    public void ToJsonAndUint8Array_AsInNode()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class Stats {
              constructor(id, sum, n) { this.id = id; this.sum = sum; this.n = n; }
              toJSON() { return { id: this.id, mean: this.sum / this.n }; }
            }
            console.log(JSON.stringify([new Stats('a', 9, 2), new Stats('b', 8, 4)]), JSON.stringify(new Stats('c', 1, 3)));
            const cells = new Uint8Array(6);
            for (let i = 0; i < cells.length; i++) cells[i] = i * 100;
            cells[0] = -1;
            cells[1] = 3.7;
            console.log(Array.from(cells).join(','), cells.length, cells.reduce((a, b) => a + b, 0));
            const copy = new Uint8Array([1, 256, 300, -2]);
            console.log(copy, String(copy), new Uint8Array(0));
            console.log(Array.from(cells.subarray(2, 4), (c) => c + 1).join(' '));
            """);
    }

    [SkippableFact]
    public void CompoundAssignmentInsideAnExpressionAndSizedByteGrids_AsInNode()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class Repo {
              #clock = 1000;
              constructor() { this.stamps = { a: 1 }; this.log = []; }
              commit(message) { this.log.push({ message, time: this.#clock += 60 }); return this.stamps.a -= 0.5; }
            }
            const r = new Repo();
            console.log(r.commit('x'), r.commit('y'), JSON.stringify(r.log));
            class Grid {
              constructor(width, height) { this.cells = new Uint8Array(width * height); }
            }
            const g = new Grid(3, 2);
            g.cells[4] = 1;
            console.log(g.cells.length, Array.from(g.cells).join(''));
            """);
    }
}
