namespace CodeIntel.Translation.Tests.Experts.JavaScript;

/// <summary>
/// What JavaScript lets a program get away with and Python does not, each snippet run with node and, translated,
/// with python3: extra arguments to a method, an element returned from past the end, an index that Python's
/// division made a float, and an object whose key is called length.
/// </summary>
public sealed class LooseCallsAndReadsTests
{
    [SkippableFact]
    public void ExtraArguments_ReturnedReadsPastTheEnd_FloatIndicesAndLengthKeys_BehaveAsInNode()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class Player {
              choose(options) { return options[0]; }
              play(options, turn) { const pick = this.choose(options, turn); return pick ?? 'pass'; }
            }
            class Last extends Player {
              choose(options) { return options[options.length - 1]; }
            }
            for (const p of [new Player(), new Last()]) console.log(p.play(['a', 'b'], 1), p.play([], 2));
            function median(xs) {
              const s = [...xs].sort((a, b) => a - b), n = s.length;
              return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
            }
            console.log(median([5, 1, 3]), median([4, 1, 3, 2]));
            const stats = [3, 1, 2].map((seed) => ({ seed, length: seed * 10 }));
            stats.sort((a, b) => b.length - a.length);
            console.log(stats.map((s) => s.seed).join(','), ['x', 'yy'].map((w) => w.length).join(','));
            """);
    }

    [SkippableFact]
    public void ShortRows_EmptyResultsAndUndefinedOptions_ReadAsUndefined()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const events = [[1, 'in', 'A'], [2, 'out', 'A', { lost: true }], [3, 'in']];
            function leave(who, { lost = false } = {}) { return `${who}${lost ? ' (lost)' : ''}`; }
            for (const [minute, action, key, opts] of events) console.log(minute, action, key ?? '-', leave(key ?? '?', opts));
            const suggest = (word, n) => ['cat', 'car'].filter((w) => w[0] === word[0]).slice(0, n);
            for (const word of ['cap', 'dog']) {
              const [best] = suggest(word, 1);
              console.log(word, best ? `-> ${best}` : 'no suggestion');
            }
            """);
    }

    [SkippableFact]
    public void MessagesComputedReadsJsonNumbersAndLongPads_AsInNode()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class Rec { constructor(m) { this.m = m; } get message() { return `rec:${this.m}`; } }
            class BadThing extends Error {}
            const items = [new Rec('a'), new BadThing('boom'), { message: 'plain' }];
            for (const it of items) console.log(it.message);
            console.log(JSON.stringify({ a: 250 * 1.0, b: 2.5, c: [1 / 2 * 4, NaN], d: 'é' }), JSON.stringify([3.0], null, 2));
            console.log('7'.padStart(5, 'ab'), 'x'.padEnd(4, '-='), 'long'.padStart(2, 'zz'), 'q'.padStart(3, ''));
            const fields = {}; fields['k' + 1] = 5;
            console.log(fields.k1, fields.k2 === undefined);
            class Row { constructor() { this.level = 'INFO'; this.name = 'r'; } }
            const rows = [new Row(), new Row()];
            const by = (key) => rows.reduce((acc, r) => acc.set(r[key], (acc.get(r[key]) ?? 0) + 1), new Map());
            console.log([...by('level')].join(';'));
            """);
    }

    [SkippableFact]
    public void APropertyOnlyAMethodSets_IsUndefinedUntilThen()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class Ticket {
              constructor(id) { this.id = id; }
              resolve(at) { this.resolvedAt = at; }
              get open() { return this.resolvedAt === undefined; }
            }
            class Bug extends Ticket { escalate() { this.level = (this.level ?? 0) + 1; } }
            const b = new Bug(7);
            console.log(b.open, b.level ?? 'none');
            b.escalate(); b.escalate(); b.resolve(42);
            console.log(b.open, b.level, b.resolvedAt);
            """);
    }
}
