using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.JavaScript;

/// <summary>
/// JavaScript as written today, each snippet run with node and, translated, with python3: regexes as values,
/// destructuring in every position, generators, updates inside expressions, error names, number conversions,
/// and reads that JavaScript makes undefined.
/// </summary>
public sealed class ModernJavaScriptTests
{
    internal static void AssertPrintsWhatNodePrints(string source)
    {
        Skip.IfNot(ExternalProgram.Exists("node"), "node is not installed");
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        using var folder = new TempDirectory();
        var node = ExternalProgram.Run("node", folder.Root, folder.WriteFile("p.js", source));
        Assert.True(node.ExitCode == 0, node.Stderr);
        var translation = JavaScriptTranslation.Translate(source);
        Assert.Empty(translation.Warnings);
        Assert.Equal(node.Stdout, ExternalProgram.Python(translation.Text));
    }

    [SkippableFact]
    public void Regexes_AsValues_ExecMatchMatchAllReplaceAndExecLoops()
    {
        AssertPrintsWhatNodePrints("""
            const TIME = /^(\d{1,2}):(\d{2})$/;
            const m = TIME.exec('9:05');
            const [, h, min] = m;
            console.log(h, min, m.index, m.length, TIME.exec('x') === null, TIME.test('10:30'));
            console.log(('a1b22c333'.match(/\d+/g) || []).join('|'), 'none'.match(/\d/g) ?? 'null');
            const first = 'key=value'.match(/(\w+)=(\w+)/);
            console.log(first[1], first[2], first.index);
            for (const [whole, word, n] of 'x1 y22 z3'.matchAll(/([a-z])(\d+)/g)) console.log(whole, word, Number(n) * 2);
            console.log('2024-07-04'.replace(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1 ($&) $$'));
            console.log('a-b_c'.replace(/[-_](\w)/g, (_, c, offset) => `${c.toUpperCase()}@${offset}`));
            const WORD = /[a-z]+/g;
            let hit;
            while ((hit = WORD.exec('one two three')) !== null) console.log(hit[0], hit.index);
            console.log(hit, 'a,b;;c'.split(/[,;]+/), 'Tab\tSep'.search(/\t/), 'abc'.search(/z/));
            console.log('1234567'.replace(/\B(?=(\d{3})+(?!\d))/g, ','), /\u0041/.test('A'));
            """);
    }

    [SkippableFact]
    public void Destructuring_HolesDefaultsNestingAndRest_InEveryPosition()
    {
        AssertPrintsWhatNodePrints("""
            const [, second, , fourth = 'd4', ...others] = [1, 2, 3, undefined, 5, 6];
            console.log(second, fourth, others);
            const [x, y] = [10, 20, 30];
            const { a, b: { c = 'c0', d } = {}, e = 5, ...more } = { a: 1, b: { d: 4 }, f: 6, g: 7 };
            console.log(x, y, a, c, d, e, JSON.stringify(more));
            const { missing, name = 'anon' } = { other: 1 };
            console.log(missing === undefined, name);
            function area({ w = 1, h = 2 } = {}, [dx, dy] = [0, 0]) { return `${w * h}+${dx},${dy}`; }
            console.log(area(), area({ w: 3 }), area({ w: 2, h: 5 }, [1, 1]));
            for (const { id, tags: [firstTag = 'none'] = [] } of [{ id: 1, tags: ['t'] }, { id: 2 }]) console.log(id, firstTag);
            for (const [op, ...args] of [['add', 1, 2], ['neg', 5], ['nop']]) console.log(op, args.length, args[0] ?? '-');
            [{ k: 'p', v: 1 }, { k: 'q', v: 2 }].forEach(({ k, v }, i) => console.log(i, k, v));
            try { throw new RangeError('too big'); } catch ({ name: kind, message }) { console.log(kind, message); }
            """);
    }

    [SkippableFact]
    public void Generators_AreLazyAndSinglePass_WithYieldStar()
    {
        AssertPrintsWhatNodePrints("""
            function* range(from, to) { for (let i = from; i < to; i++) { console.log('make', i); yield i; } }
            function* pairs() { yield* range(0, 2); yield 'end'; }
            class Grid {
              constructor(n) { this.n = n; }
              *cells() { for (let r = 0; r < this.n; r++) for (let c = 0; c < this.n; c++) yield [r, c]; }
            }
            for (const v of range(3, 5)) console.log('got', v);
            console.log([...pairs()].join(' '));
            const g = new Grid(2);
            console.log([...g.cells()].map(([r, c]) => `${r}${c}`).join(','));
            const once = range(0, 1);
            console.log([...once].length, [...once].length);
            """);
    }

    [SkippableFact]
    public void UpdatesInsideExpressions_OnPropertiesElementsAndStaticPrivateFields()
    {
        AssertPrintsWhatNodePrints("""
            class Ticket {
              static #next = 100;
              constructor() { this.id = `T${Ticket.#next++}`; this.hits = 0; }
              hit() { return ++this.hits; }
            }
            const t1 = new Ticket(), t2 = new Ticket();
            console.log(t1.id, t2.id, t1.hit(), t1.hit(), t1.hits);
            const counts = { a: 1 };
            const before = counts.a++;
            const arr = [5, 6];
            console.log(before, counts.a, arr[1]--, arr[1], --arr[0]);
            const groups = {};
            for (const w of ['ant', 'bee', 'ape']) (groups[w[0]] ||= []).push(w);
            console.log(JSON.stringify(groups));
            """);
    }

    [SkippableFact]
    public void ErrorNames_FollowJavaScript_ForBuiltInAndProgramClasses()
    {
        AssertPrintsWhatNodePrints("""
            class Plain extends Error {}
            class Named extends Error { constructor(m, code) { super(m); this.name = 'Named'; this.code = code; } }
            class Own extends Error { constructor(m) { super(m); this.name = this.constructor.name; } }
            const tries = [() => { throw new RangeError('r'); }, () => { throw new Plain('p'); }, () => { throw new Named('n', 7); },
              () => { throw new Own('o'); }, () => { throw new Error('e'); }, () => { throw new TypeError('t'); }];
            for (const f of tries) {
              try { f(); } catch (e) { console.log(e.name, e.message, e.code ?? '-', e instanceof RangeError, e instanceof Error); }
            }
            """);
    }

    [SkippableFact]
    public void NumberConversions_RadixNumberAndParseIntWhereNaNIsTested()
    {
        AssertPrintsWhatNodePrints("""
            console.log([2, 8, 16, 36].map((b) => (255).toString(b)).join(' '), (-35).toString(36));
            console.log(['12', ' 7 ', '', 'abc', '2.5'].map(Number).join(' '));
            const months = ['Jan', 'Feb', 'Mar'];
            const [y, m] = '2024-03'.split('-').map(Number);
            console.log(y, months[m - 1]);
            for (const s of ['12px', 'x1', '-8', '']) {
              const n = parseInt(s, 10);
              console.log(s, isNaN(n) ? 'NaN' : n);
            }
            """);
    }

    [SkippableFact]
    public void ReadsThatJavaScriptMakesUndefined_AreNoneInsteadOfErrors()
    {
        AssertPrintsWhatNodePrints("""
            const last = (a) => a[a.length - 1];
            console.log(last([]) === undefined, last([1, 2]));
            const rates = { food: 0.02 };
            const cat = 'toys';
            console.log(rates[cat] ?? 'default', rates.other ?? 'none', rates.food || 0);
            function roman(s) {
              const val = { I: 1, V: 5, X: 10 };
              let total = 0;
              for (let i = 0; i < s.length; i++) {
                const cur = val[s[i]], next = val[s[i + 1]] || 0;
                total += cur < next ? -cur : cur;
              }
              return total;
            }
            console.log(roman('XIV'), roman('IX'));
            const cmd = (line) => { const [name, ...rest] = line.split(' '); return `${name}:${rest[0] ?? '?'}:${rest[1] ? 'two' : 'one'}`; };
            console.log(cmd('go north'), cmd('look'));
            const tally = ['a', 'b', 'a'].reduce((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});
            console.log(JSON.stringify(tally));
            """);
    }

    [SkippableFact]
    public void OptionalReadsAtBooleanAssignAndPrivateNamesBesidePublicOnes()
    {
        AssertPrintsWhatNodePrints("""
            class Shelf {
              #books = new Map();
              constructor(id, name) { Object.assign(this, { id, name }); }
              add(title) { this.#books.set(title, title.length); return this; }
              get books() { return [...this.#books.keys()]; }
            }
            const shelf = new Shelf(7, 'north').add('Dune').add('Emma');
            console.log(shelf.id, shelf.name, shelf.books.sort((a, b) => b.localeCompare(a)).join(','));
            const grid = [[1, 2], [3, 4]];
            const rooms = { hall: { exits: { n: 'attic' } } };
            console.log(grid[5]?.[0] ?? 'off', grid[1]?.[1], rooms.cellar?.exits ?? 'no cellar', rooms.hall.exits?.['n']);
            const [none, three, two] = [[], [1, 2, 3], [1, 2]];
            console.log(none.at(-1) === undefined, three.at(-1), two.at(5) ?? 'none');
            console.log([0, 1, '', 'a', null, [], {}, NaN].filter(Boolean).length);
            const WORD = new RegExp('^[a-z]+$', 'i');
            console.log(WORD.test('Hello'), WORD.test('h3llo'));
            """);
    }

    [SkippableFact]
    public void StatefulRegexes_StickyAndGlobal_ResumeFromLastIndex()
    {
        AssertPrintsWhatNodePrints("""
            const TOKEN = /(\d+)|([a-z]+)|(\S)/y;
            const src = 'ab 12+cd';
            let pos = 0;
            const out = [];
            while (pos < src.length) {
              if (src[pos] === ' ') { pos++; continue; }
              TOKEN.lastIndex = pos;
              const m = TOKEN.exec(src);
              out.push(m[1] ? `n:${m[1]}` : m[2] ? `w:${m[2]}` : `p:${m[3]}`);
              pos = TOKEN.lastIndex;
            }
            console.log(out.join(' '));
            const G = /o/g;
            console.log(G.test('foo'), G.lastIndex, G.test('foo'), G.lastIndex, G.test('foo'), G.lastIndex);
            console.log(/b/y.test('ab'), /a/y.test('ab'), 'x-y-z'.replace(G, '?'));
            """);
    }

    [SkippableFact]
    public void Iterators_NextGivesValueAndDone_WithTheGeneratorsReturnValue()
    {
        AssertPrintsWhatNodePrints("""
            function* countdown(n) { while (n > 0) yield n--; return 'liftoff'; }
            const it = countdown(2);
            let step = it.next();
            while (!step.done) { console.log(step.value); step = it.next(); }
            console.log(step.value, step.done);
            const m = new Map([['first', 1], ['second', 2]]);
            console.log(m.keys().next().value, new Map().keys().next().value === undefined);
            const s = new Set(['x', 'y']);
            console.log(s.values().next().value);
            """);
    }

    [SkippableFact]
    public void CollectionUpdates_UsedAsValues_ReturnWhatJavaScriptReturns()
    {
        AssertPrintsWhatNodePrints("""
            const counts = ['a', 'b', 'a'].reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map());
            console.log(JSON.stringify([...counts]));
            const seen = new Set().add(1).add(2).add(1);
            console.log([...seen].join(','), seen.delete(2), seen.delete(9), seen.size);
            const list = [];
            console.log(list.push(4, 5), list.push(6), list.join(','));
            console.log(counts.delete('a'), counts.size);
            const entries = [...counts];
            entries[0][1] += 10;
            console.log(entries[0][1], counts.get('b'));
            """);
    }

    [SkippableFact]
    public void Numbers_PowerSignAndMaxOfSpreads_NeverRaise()
    {
        AssertPrintsWhatNodePrints("""
            const big = parseFloat('2');
            console.log(big ** 1024, (-big) ** 1025, Math.pow(-8, 1 / 3), 0 ** -1, 2 ** 10, Math.pow(2, -2));
            const xs = [];
            const next = () => xs.length - 1;
            console.log(Math.sign(next()), Math.sign(3 - 1), Math.max(...xs), Math.min(...xs), Math.max(0, ...xs), Math.max(...[3, 9, 4]));
            const table = { 1: 'up', 0: 'level', '-1': 'down' };
            console.log([1, 0, -1].map((d) => table[d]).join(' '));
            """);
    }

    [SkippableFact]
    public void Values_LocaleCompareTypeofAndFunctionValues_BehaveAsInNode()
    {
        AssertPrintsWhatNodePrints("""
            const names = ['banana', 'Apple', 'cherry', 'apple', 'Éclair', 'eclair'];
            console.log([...names].sort((a, b) => a.localeCompare(b)).join(' '));
            console.log([...names].sort((a, b) => b.localeCompare(a)).join(' '), 'a'.localeCompare('B'));
            const config = { retries: 3, name: 'svc', tags: ['x'] };
            for (const key of ['retries', 'name', 'tags', 'missing']) console.log(key, typeof config[key]);
            const handlers = { ping: () => 'pong', echo: (s) => s };
            console.log(handlers.ping('ignored', 1), handlers.echo('hi', 'extra'));
            const hook = null;
            console.log(hook?.('never') ?? 'not called', handlers.echo?.('called'));
            function pad(text, width = 6) { return text.padStart(width, '.'); }
            const [word, size] = 'abc'.split(':');
            console.log(pad(word, size), pad('xy'));
            class Counter { static #n = 0; static get created() { return Counter.#n; } constructor() { Counter.#n++; } }
            new Counter(); new Counter();
            console.log(Counter.created, decodeURIComponent('a%20b%2Fc'), encodeURIComponent("a b/c?d=e&f'g"));
            """);
    }

    [SkippableFact]
    public void NamedGroupsAndLabelledLoops_TranslateAsNodeRunsThem()
    {
        AssertPrintsWhatNodePrints("""
            const LOG = /^(?<ip>[\d.]+) (?<verb>[A-Z]+)(?: (?<ms>\d+)ms)?$/;
            const { ip, verb, ms = '0' } = LOG.exec('10.0.0.2 POST').groups;
            console.log(ip, verb, ms, LOG.exec('1.1.1.1 GET 12ms').groups.ms, /(?<c>\w)\k<c>/.test('xyyz'));
            console.log('2024-07-04'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>/$<m>/$<y>'));
            const rules = [['num', /^\d+/], ['word', /^[a-z]+/]];
            for (const [kind, re] of rules) console.log(kind, re.test('42'), re.exec('abc')?.[0] ?? '-');
            const grid = [[1, 2, 3], [4, -1, 6], [7, 8, 9]];
            outer: for (let r = 0; r < grid.length; r++) {
              for (const v of grid[r]) {
                if (v < 0) continue outer;
                if (v === 8) break outer;
              }
              console.log('row', r, 'clean');
            }
            class Doc { constructor() { this.text = ''; } }
            const edits = [{ text: 'plain' }, new Doc()];
            for (const target of edits) { target.text = 'set'; target.text += '!'; }
            console.log(edits[0].text, edits[1].text, JSON.stringify({ text: 'key' }));
            """);
    }
}
