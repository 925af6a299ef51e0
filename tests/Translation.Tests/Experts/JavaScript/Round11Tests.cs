using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Tests.Experts.JavaScript;

/// <summary>
/// Round 11's gaps: UTC dates, fixed-width lookbehinds, static fields that name their own class, closures made by an
/// arrow's expression body, assignments used as values, forEach as an arrow's body and with the array as its third
/// parameter, structuredClone, split parts destructured through a conditional, shift of an empty array returned,
/// subclasses of RangeError and TypeError, the key order of Object.fromEntries and array indices given as text.
/// Each snippet is run with node and, translated, with python3.
/// </summary>
public sealed class Round11Tests
{
    [SkippableFact]
    public void UtcDates_ReadWriteAndPrintAsNodeDoes()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const start = Date.UTC(2024, 1, 27, 22, 30);
            const d = new Date(start);
            console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes());
            const e = new Date(d.getTime() + 3 * 86400000);
            console.log(d.toISOString(), e.toISOString(), e - d, e > d);
            const f = new Date("2024-03-01");
            f.setUTCDate(0);
            console.log(f.toISOString(), Date.UTC(2023, 12, 1) === Date.UTC(2024, 0, 1), new Date(-1).toISOString());
            const day = x => x.toISOString().slice(0, 10);
            console.log(day(new Date("2000-02-29T12:00:00Z")), day(new Date(new Date(0))));
            """);
    }

    [Theory]
    [InlineData("const d = new Date(); console.log(d.getUTCDate());", "new Date() (the current time)")]
    [InlineData("const d = new Date(2024, 0, 1); console.log(d.getUTCDate());", "local time")]
    [InlineData("const d = new Date(0); console.log(d.getHours());", "local time")]
    public void LocalOrCurrentTime_IsReportedNotTranslated(string source, string reason)
    {
        var result = JavaScriptTranslation.Translate(source);
        Assert.Contains("# " + PyComment.UntranslatedMarker, result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Message.Contains(reason, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void FixedWidthLookbehind_MatchesAsInJavaScript()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/i;
            console.log(LABEL.test("abc-d"), LABEL.test("abc-"), LABEL.test("-x"), "a1b2".replace(/(?<=[a-z])\d/g, "#"));
            """);
    }

    [Fact]
    public void VariableWidthLookbehind_IsReportedNotTranslated()
    {
        var result = JavaScriptTranslation.Translate("console.log(/(?<=a+)b/.test('aab'));");
        Assert.Contains(result.Warnings, w => w.Message.Contains("regular expression", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void StaticFieldNamingItsClass_IsSetOnceTheClassExists()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class Fraction {
              static ZERO = new Fraction(0);
              static ONE = Fraction.ZERO.plus(1);
              static #names = new Map([[0, 'zero']]);
              constructor(n) { this.n = n; }
              plus(k) { return new Fraction(this.n + k); }
              static name0() { return Fraction.#names.get(0); }
            }
            console.log(Fraction.ZERO.n, Fraction.ONE.n, Fraction.name0());
            """);
    }

    [SkippableFact]
    public void ArrowReturningClosure_KeepsItsOwnState()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const lcg = seed => () => (seed = (seed * 7 + 3) % 101) / 101;
            const r = lcg(5), s = lcg(5);
            console.log(r(), r(), s());
            """);
    }

    [SkippableFact]
    public void AssignmentsAndForEachUsedAsValues_BehaveAsInJavaScript()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class Rng {
              #state;
              constructor(seed) { this.#state = seed >>> 0; }
              next() { let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0); return t % 1000; }
              reset() { return (this.#state = 1); }
            }
            const g = new Rng(7);
            console.log(g.next(), g.next(), g.reset(), g.next());
            const render = ops => ops.forEach(({ op, path }) => console.log(`${op} ${path}`));
            render([{ op: 'add', path: '/a' }, { op: 'remove', path: '/b' }]);
            console.log(render([]) === undefined);
            [{ h: 1 }, { h: 3 }, { h: 2 }].forEach(({ h }, i, arr) => {
              const prev = arr[i - 1];
              console.log(h, prev ? h - prev.h : 'first', arr.length);
            });
            """);
    }

    [SkippableFact]
    public void CloneSplitAndEmptyShift_GiveWhatNodeGives()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const doc = { a: [1, { b: 2 }], c: 'x' };
            const copy = structuredClone(doc);
            copy.a[1].b = 99;
            console.log(doc.a[1].b, copy.a[1].b);
            for (const range of ['5', '2-4', '*']) {
              let [lo, hi] = range === '*' ? [0, 9] : range.split('-').map(Number);
              console.log(lo, hi === undefined ? lo : hi);
            }
            class Buf { #items = []; push(x) { this.#items.push(x); } shift() { return this.#items.shift(); } }
            const b = new Buf(); b.push(1);
            console.log(b.shift(), b.shift() === undefined);
            """);
    }

    [SkippableFact]
    public void SubclassOfRangeOrTypeError_IsAnInstanceOfIt()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class TideRangeError extends RangeError {
              constructor(m) { super(m); this.name = 'TideRangeError'; }
            }
            class BadInput extends TypeError {}
            for (const f of [() => { throw new TideRangeError('far'); }, () => { throw new BadInput('bad'); }]) {
              try { f(); } catch (e) { console.log(e.name, e instanceof RangeError, e instanceof TypeError, e instanceof Error, e.message); }
            }
            """);
    }

    [SkippableFact]
    public void ObjectFromEntries_ListsIndexKeysFirst()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const hist = new Map([['08', 1], ['11', 2], ['b', 3], ['2', 4]]);
            console.log(JSON.stringify(Object.fromEntries(hist)), Object.keys(Object.fromEntries([['x', 1], ['10', 2]])).join());
            """);
    }

    [SkippableFact]
    public void IndexGivenAsText_ReadsTheArrayElement()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class PatchError extends Error { constructor(p) { super(p); this.path = p; } }
            const get = (root, path) => path.split('/').slice(1).reduce((node, s) => {
              if (node == null) throw new PatchError(path);
              return node[s];
            }, root);
            const doc = { ports: [{ port: 80 }, { port: 9100 }] };
            console.log(get(doc, '/ports/1/port'), get(doc, '/ports/0').port, get(doc, '/ports/01') === undefined);
            """);
    }
}
