namespace CodeIntel.Translation.Tests.Experts.JavaScript;

/// <summary>
/// Values JavaScript reads as undefined where Python has nothing (a row shorter than its pattern, a field set only
/// by <c>??=</c>, a key that is missing, an empty queue's shift), and errors whose message their own class never
/// sets: each snippet run with node and, translated, with python3.
/// </summary>
public sealed class MissingValuesTests
{
    [SkippableFact]
    public void ShortRowsLazyFieldsAndMissingKeys_ReadAsUndefined()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const months = { Jan: [['Rent', 1600], ['Gifts', 400, 'wedding']], Feb: [['Fun', 60]] };
            for (const [month, spending] of Object.entries(months)) {
              for (const [what, amount, memo] of spending) console.log(month, what, amount, memo ?? '-');
            }
            class Planner {
              constructor(routes) {
                for (const [name, minutes] of routes) {
                  this.times ??= {};
                  this.times[name] = minutes;
                }
              }
            }
            console.log(JSON.stringify(new Planner([['a', 3], ['b', 4]]).times));
            const remaining = {};
            for (const ch of 'abca') remaining[ch] = (remaining[ch] ?? 0) + 1;
            for (const ch of 'axb') console.log(ch, remaining[ch] > 0, remaining[ch] < 1, remaining[ch] >= 0);
            const queues = new Map([['x', [1, 2]], ['y', []]]);
            for (const [name, queue] of queues) {
              const first = queue.shift();
              if (!first) { console.log(name, 'empty'); continue; }
              console.log(name, first, queue.length);
              queue.length = 0;
              console.log(name, queue.length);
            }
            """);
    }

    [SkippableFact]
    public void ErrorSubclassesFunctionsInObjectsAndParsedNumbers_AsInNode()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class ConfigError extends Error {
              constructor(message, line) { super(message); this.line = line; }
              toString() { return `[line ${this.line}] ${this.message}`; }
            }
            class KeyError extends ConfigError {}
            const errors = [new ConfigError('cannot parse', 3), new KeyError('unknown key', 9)];
            for (const e of errors) console.log(String(e), e.message, e instanceof ConfigError);
            const formatters = { money: (v) => '$' + v.toFixed(2), int: (v) => String(Math.round(v)) };
            const columns = [{ key: 'price', format: formatters.money }, { key: 'qty', format: formatters.int }];
            const rows = [{ price: 3.5, qty: 2.4 }, { price: 10, qty: 7 }];
            for (const row of rows) console.log(columns.map((c) => c.format(row[c.key])).join(' | '));
            console.log(rows.map((r) => r['note'] ?? 'none').join(','));
            const inputs = ['3.25kg', ' -1e3x', '.5', 'fast', 'Infinity and more'];
            for (const s of inputs) {
              const v = Number.parseFloat(s);
              console.log(s, Number.isNaN(v) ? 'NaN' : v);
            }
            """);
    }
}
