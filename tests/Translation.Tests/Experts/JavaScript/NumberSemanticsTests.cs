namespace CodeIntel.Translation.Tests.Experts.JavaScript;

/// <summary>
/// JavaScript's numbers where Python's differ, each snippet run with node and, translated, with python3: 32-bit
/// bitwise operators (the seeded generators and string hashes programs write), and toFixed's rounding.
/// </summary>
public sealed class NumberSemanticsTests
{
    [SkippableFact]
    public void BitwiseOperators_WrapTo32Bits_AsSeededGeneratorsAndHashesNeed()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            function mulberry32(a) {
              return function () {
                let t = (a += 0x6d2b79f5);
                t = Math.imul(t ^ (t >>> 15), t | 1);
                t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
                return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
              };
            }
            function hash(s) {
              let h = 0;
              for (let i = 0; i < s.length; i++) { h = (h << 5) - h + s.charCodeAt(i); h |= 0; }
              return h;
            }
            const rng = mulberry32(42);
            console.log([1, 2, 3].map(() => rng().toFixed(6)).join(' '));
            console.log(hash('hello world, this is a long string'), hash(''), ~~(2 ** 33 + 7.9), ~5, 1 << 31, 1 << 32, -8 >> 1, -1 >>> 0);
            let state = 12345;
            for (let i = 0; i < 3; i++) { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; console.log(state); }
            const flags = 5, READ = 4, big = 2 ** 31 + 3;
            console.log(flags & READ, (flags | 2) ^ 1, 2.7 | 0, -2.7 | 0, big | 0, big & big, big ^ 1, Math.clz32(1), 7 & 0xFF, 1.9 << 2);
            """);
    }

    [SkippableFact]
    public void ToFixed_RoundsTheExactValueHalfAwayFromZero_WithComputedDigitsToo()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            console.log((0.125).toFixed(2), (98.25).toFixed(1), (2.5).toFixed(0), (-2.5).toFixed(0), (1.005).toFixed(2), (0.5).toFixed());
            console.log((-0.001).toFixed(2), (-0).toFixed(2), (3).toFixed(2), (1e21).toFixed(2), (NaN).toFixed(1), (123.456).toFixed(10));
            const digits = [0, 1, 2, 3];
            for (const d of digits) console.log(d, (2 / 3).toFixed(d), (1234.5678).toFixed(d));
            """);
    }
}
