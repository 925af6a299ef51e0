using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;
using CodeIntel.Translation.Python.Validation;
using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.Java;

public sealed class JavaToPythonTranslatorTests
{
    [Fact]
    public void Translate_CountedLoop_BecomesRange()
    {
        var result = Translate.Java("static int sum(int[] a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }");

        Assert.Contains("for i in range(n):", result.Text);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Translate_StreamChains_BecomeBuiltInsOverComprehensions()
    {
        var result = Translate.Java("static int f(int[] a, int n) { return Arrays.stream(Arrays.copyOfRange(a, n - 4, n)).min().getAsInt()"
            + " + (int) Arrays.stream(a).filter(x -> x > 0).count() + IntStream.range(0, n).map(i -> a[i] * i).sum(); }");

        Assert.Contains("return min(a[n - 4:n]) + len([x for x in a if x > 0]) + sum([a[i] * i for i in range(n)])", result.Text);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("static int f(List<Integer> xs) { return xs.stream().sorted((p, q) -> q - p).findFirst().get(); }", "the stream operation 'sorted'")]
    [InlineData("static int f(int[] a) { return Arrays.stream(a).map(Integer::bitCount).sum(); }", "a stream operation without a one-parameter lambda")]
    [InlineData("static IntStream f(int[] a) { return Arrays.stream(a).map(x -> x + 1); }", "a stream kept as a value")]
    public void Translate_StreamOperationsWithoutAPythonReading_AreFlagged(string java, string what)
    {
        var result = Translate.Java(java);

        Assert.Contains(result.Warnings, w => w.Message.Contains(what, StringComparison.Ordinal));
        Assert.Contains("# " + PyComment.UntranslatedMarker, result.Text);
    }

    [Fact]
    public void Translate_StreamMethodOfTheProgramsOwnClass_IsAnOrdinaryCall()
    {
        var result = Translate.Java("static int f(Pipe p) { return p.stream().size(); }");

        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("stream", StringComparison.Ordinal));
        Assert.Contains("p.stream()", result.Text);
    }

    [Fact]
    public void Translate_LoopWhoseBodyMovesTheCounter_StaysAWhileLoop()
    {
        var result = Translate.Java("static int f(int n) { int c = 0; for (int i = 0; i < n; i++) { if (i % 3 == 0) i++; c++; } return c; }");

        Assert.DoesNotContain("range(", result.Text);
        Assert.Contains("while i < n:", result.Text);
    }

    [SkippableFact]
    public void Translate_ContinueInAWhileLoweredFor_StillRunsTheUpdate()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        // i * i <= n is not a counted loop, so the update must run before each continue.
        var result = Translate.Java("static int f(int n) { int c = 0; for (int i = 1; i * i <= n; i++) { if (i % 2 == 0) continue; c += i; } return c; }");

        Assert.Equal("1\n4\n", ExternalProgram.Python(result.Text + "print(f(4))\nprint(f(10))\n"));
    }

    [SkippableFact]
    public void Translate_NegativeIntegerDivisionAndRemainder_TruncateTowardZero()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var result = Translate.Java("static int q(int a, int b) { return a / b; } static int r(int a, int b) { return a % b; }");

        Assert.Equal("-3 -1\n", ExternalProgram.Python(result.Text + "print(q(-7, 2), r(-7, 2))\n"));
    }

    [SkippableFact]
    public void Translate_CharArithmetic_GoesThroughCodePoints()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var result = Translate.Java("""
            static String shift(String s, int k) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c >= 'a' && c <= 'z') sb.append((char) ('a' + (c - 'a' + k) % 26));
                    else sb.append(c);
                }
                return sb.toString();
            }
            static int digits(String s) { int n = 0; for (char c : s.toCharArray()) n = n * 10 + (c - '0'); return n; }
            """);

        Assert.Contains("ord(", result.Text);
        Assert.Equal("cde-A\n123\n", ExternalProgram.Python(result.Text + "print(shift('abc-A', 2))\nprint(digits('123'))\n"));
    }

    [SkippableFact]
    public void Translate_SwitchWithGroupedCasesAndDefault_BecomesAnIfChain()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var result = Translate.Java("""
            static int days(int m) {
                switch (m) {
                    case 2: return 28;
                    case 4: case 6: case 9: case 11: return 30;
                    default: return 31;
                }
            }
            """);

        Assert.Contains("in (4, 6, 9, 11)", result.Text);
        Assert.Equal("28 30 31\n", ExternalProgram.Python(result.Text + "print(days(2), days(9), days(1))\n"));
    }

    [SkippableFact]
    public void Translate_IncrementInsideExpressions_KeepsTheValueBeforeOrAfter()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var result = Translate.Java("""
            static int f(int[] a) {
                int i = 0, j = 0;
                a[i++] = 5;
                a[++i] = 7;
                while (j++ < 3) { }
                return i * 100 + j * 10 + a[0] + a[2];
            }
            """);

        // i == 2, j == 4 (the failed test still increments), a[0] + a[2] == 12.
        Assert.Equal("252\n", ExternalProgram.Python(result.Text + "print(f([0, 0, 0]))\n"));
    }

    [SkippableFact]
    public void Translate_CollectionsAndComparatorSort_BehaveLikeJava()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var result = Translate.Java("""
            static String f(int[] a) {
                HashMap<Integer, Integer> count = new HashMap<>();
                for (int x : a) count.put(x, count.getOrDefault(x, 0) + 1);
                ArrayList<Integer> keys = new ArrayList<>(count.keySet());
                Collections.sort(keys, (x, y) -> count.get(y) - count.get(x));
                Integer[] b = {3, 1, 2};
                Arrays.sort(b, Collections.reverseOrder());
                return keys.get(0) + ":" + count.get(keys.get(0)) + " " + b[0] + b[2] + " " + Math.max(b[1], 7) + " " + (a.length > 3 ? "long" : "short");
            }
            """);

        Assert.Contains("cmp_to_key", result.Text);
        Assert.Contains("from functools import cmp_to_key", result.Text);
        Assert.Equal("4:3 31 7 long\n", ExternalProgram.Python(result.Text + "print(f([4, 1, 4, 2, 4]))\n"));
    }

    [Fact]
    public void Translate_ClassWithState_StaysAPythonClass()
    {
        var result = Translate.Java("""
            public class Counter {
                private int count;
                public Counter(int start) { count = start; }
                public void add() { count++; }
                public int get() { return this.count; }
            }
            """);

        Assert.Contains("class Counter:", result.Text);
        Assert.Contains("def __init__(self, start):", result.Text);
        Assert.Contains("self.count += 1", result.Text);
    }

    [Fact]
    public void Translate_LabelledBreak_IsMarkedWarnedAndStillParses()
    {
        var result = Translate.Java("""
            static int f(int[][] g) {
                int found = -1;
                outer:
                for (int i = 0; i < g.length; i++) { for (int j = 0; j < g[i].length; j++) { if (g[i][j] == 0) { found = i; break outer; } } }
                return found;
            }
            """);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(3, warning.Start.Line + 1);
        Assert.Contains("# " + PyComment.UntranslatedMarker, result.Text);
        Assert.Contains("raise NotImplementedError", result.Text);
        using var parsers = new ParserPool();
        Assert.Empty(new PythonSyntaxValidator(parsers).FindErrors(result.Text));
    }

    [SkippableFact]
    public void Translate_MapWhoseGetDefaultsAMissingKey_ReadsWithTheDefaultAndAddsNoKey()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        // The override answers 0 for a missing key without storing it: size() must not count the keys read.
        var result = Translate.Java("""
            static int f(int[] a) {
                HashMap<Integer, Integer> seen = new HashMap<Integer, Integer>() {
                    @Override public Integer get(Object key) {
                        if (!containsKey(key)) return 0;
                        return super.get(key);
                    }
                };
                int firstTimes = 0;
                for (int x : a) { if (seen.get(x) == 0) firstTimes++; seen.put(x, seen.get(x) + 1); }
                int missing = seen.get(-5);
                return firstTimes * 100 + seen.size() * 10 + missing;
            }
            """);

        Assert.Empty(result.Warnings);
        Assert.Equal("220\n", ExternalProgram.Python(result.Text + "print(f([4, 4, 7, 4]))\n"));
    }

    [Theory]
    [InlineData("@Override public Integer get(Object key) { return containsKey(key) ? super.get(key) : size(); }")]
    [InlineData("@Override public Integer put(Integer key, Integer value) { return super.put(key, value + 1); }")]
    public void Translate_AnyOtherAnonymousMap_IsFlagged(string member)
    {
        var result = Translate.Java("static int f() { Map<Integer, Integer> m = new HashMap<Integer, Integer>() { " + member + " }; return m.size(); }");

        Assert.Contains(result.Warnings, w => w.Message.Contains("an anonymous class", StringComparison.Ordinal));
        Assert.Contains("# " + PyComment.UntranslatedMarker, result.Text);
    }

    [SkippableFact]
    public void Translate_NarrowingCastsAndKeywordNames_BehaveLikeJava()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        // (byte) 200 is -56 and (short) 60000 is -5536; a field named `from` and a method named `sum` get Python-safe
        // names at their declarations and at every use.
        var result = Translate.Java("""
            class K {
                int from = 1;
                int sum(int v) { byte b = (byte) v; short s = (short) (v * 300); return b * 100000 + s + from; }
                int twice(int v) { return sum(v) + this.sum(v); }
            }
            """);

        Assert.Equal("-11211070\n", ExternalProgram.Python(result.Text + "print(K().twice(200))\n"));
    }

    [SkippableFact]
    public void Translate_HexOctalBooleanParsingAndUnmodifiableViews_MatchJava()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var result = Translate.Java("""
            static String f(int x, String s, List<Integer> xs) {
                List<Integer> v = Collections.unmodifiableList(xs);
                return Integer.toHexString(x) + Long.toHexString(-1L) + Integer.toOctalString(8) + Boolean.parseBoolean(s) + Boolean.valueOf(null == s) + v.size();
            }
            """);

        Assert.Empty(result.Warnings);
        // What javac-compiled Java prints for the same calls.
        Assert.Equal("ffffffffffffffffff10truefalse2 ffffffffffffffffffffffff10falsetrue0\n",
            ExternalProgram.Python(result.Text + "print(f(255, 'TRUE', [1, 2]) + ' ' + f(-1, None, []))\n"));
    }

    [SkippableFact]
    public void Translate_SystemArraycopy_CopiesLikeJavaEvenWhenRangesOverlap()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var result = Translate.Java("""
            static int[] f(int[] a) {
                int[] b = new int[6];
                System.arraycopy(a, 1, b, 2, 3);
                System.arraycopy(a, 0, a, 1, 4);
                b[0] = a[1] + a[4];
                return b;
            }
            """);

        Assert.Empty(result.Warnings);
        // Java: b = [0, 0, 2, 3, 4, 0], then a = [1, 1, 2, 3, 4], so b[0] = 1 + 4.
        Assert.Equal("[5, 0, 2, 3, 4, 0]\n", ExternalProgram.Python(result.Text + "print(f([1, 2, 3, 4, 5]))\n"));
    }
}
