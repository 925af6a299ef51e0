namespace CodeIntel.Translation.Tests.Experts.JavaScript;

/// <summary>
/// Array methods used as values (splice with a start from the end, findLast, toSorted), optional method calls,
/// classes made iterable with <c>[Symbol.iterator]</c>, methods in object literals, typed float arrays and reduce
/// callbacks that read the index: each snippet run with node and, translated, with python3.
/// </summary>
public sealed class ArrayMethodsAndIterablesTests
{
    [SkippableFact]
    public void SpliceFindLastAndCopiesThatSort_AsInNode()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const xs = [1, 2, 3, 4, 5, 6, 7];
            const taken = xs.splice(-3, 2);
            console.log(taken.join(','), xs.join(','));
            const rest = xs.splice(2);
            console.log(rest.join(','), xs.join(','), xs.splice(9, 1).length);
            const ys = [10, 20, 30, 40];
            ys.splice(-2, 1, 'a', 'b');
            console.log(ys.join(','));
            const tiers = [[0, 1], [10, 5], [100, 25]];
            const step = (price) => tiers.findLast(([floor]) => price >= floor)[1];
            console.log(step(5), step(50), step(500), tiers.findLastIndex(([f]) => f < 50), [1].findLastIndex((v) => v > 1));
            const scores = [3, 10, 1];
            console.log(scores.toSorted((a, b) => a - b).join(','), scores.toReversed().join(','), scores.join(','));
            """);
    }

    [SkippableFact]
    public void OptionalCallsOnComputedValues_AreUndefinedWhereNodeIs()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const terms = 'owner:ann  fix urgent:yes'.split(/\s+/).map((t) => t.match(/^(\w+):(.+)$/)?.slice(1) ?? ['text', t]);
            for (const [field, value] of terms) console.log(field, value);
            const users = { ann: { name: 'Ann' } };
            console.log(users['ann']?.name.toUpperCase(), users['bob']?.name.toUpperCase() ?? 'nobody');
            """);
    }

    [SkippableFact]
    public void IterableClassesAndObjectLiteralMethods_AsInNode()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            class Bag {
              #counts = new Map();
              add(item, n = 1) { this.#counts.set(item, (this.#counts.get(item) ?? 0) + n); return this; }
              [Symbol.iterator]() { return this.#counts.entries(); }
            }
            class Range { constructor(n) { this.n = n; } *[Symbol.iterator]() { for (let i = 0; i < this.n; i++) yield i * i; } }
            const bag = new Bag().add('C', 2).add('H', 6).add('C');
            for (const [item, n] of bag) console.log(item, n);
            console.log([...bag].map(([item, n]) => `${item}${n}`).join(' '), [...new Range(4)].join(','));
            const shapes = {
              square(side) { return side * side; },
              'circle area'(r, digits = 2) { return (Math.PI * r * r).toFixed(digits); },
            };
            console.log(shapes.square(4), shapes['circle area'](1), shapes['circle area'](2, 3));
            """);
    }

    [SkippableFact]
    public void FloatArraysGeneratedSizesAndIndexedReduce_AsInNode()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const grid = new Float64Array(6).fill(0.5);
            grid[2] = 3;
            console.log(grid.reduce((sum, v) => sum + v, 0), grid.length, grid[2] * 2);
            function pattern(n) {
              if (n === 1) return [[0]];
              const prev = pattern(n / 2), size = n / 2;
              return Array.from({ length: n }, (_, y) => Array.from({ length: n }, (_, x) => {
                const base = 4 * prev[y % size][x % size];
                return base + [[0, 2], [3, 1]][Math.floor(y / size)][Math.floor(x / size)];
              }));
            }
            for (const row of pattern(4)) console.log(row.join(' '));
            const fees = [20, 30, 12].reduce((total, kg, i) => {
              let fee = i < 1 ? 0 : 35;
              if (kg > 23) fee += 60;
              return total + fee;
            }, 0);
            const widest = ['a', 'abc', 'ab'].reduce((best, w, i) => (w.length > best.length ? `${w}@${i}` : best));
            console.log(fees, widest);
            """);
    }
}
