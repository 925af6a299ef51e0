using CodeIntel.Translation.Python.Syntax;
using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.Java;

/// <summary>Classes, constructors, overloads, and methods cut from classes whose fields the snippet does not show.</summary>
public sealed class JavaClassesTests
{
    [SkippableFact]
    public void Translate_ConstructorsAndSubclass_RunLikeJava()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        // super(...) runs before the subclass's field initialisers, and inherited fields are read through self.
        var result = Translate.Java("""
            class Shape {
                protected int sides;
                protected String name = "shape";
                Shape(int sides) { this.sides = sides; name = name + sides; }
                int corners() { return sides; }
            }
            class Square extends Shape {
                private int side = 1;
                Square(int side) { super(4); this.side = side; }
                int area() { return side * side + corners() * 100 + sides * 1000; }
                int corners() { return super.corners() * 2; }
            }
            """);

        Assert.Empty(result.Warnings);
        Assert.Contains("class Square(Shape):", result.Text);
        Assert.Equal("4809 shape4\n", ExternalProgram.Python(result.Text + "s = Square(3)\nprint(s.area(), s.name)\n"));
    }

    [Fact]
    public void Translate_BareConstructor_BecomesTheInitOfItsClass()
    {
        var result = Translate.Java("public SnapshotDeletionPolicy(IndexDeletionPolicy primary) {\n    this.primary = primary;\n}");

        Assert.Empty(result.Warnings);
        Assert.Contains("class SnapshotDeletionPolicy:", result.Text);
        Assert.Contains("self.primary = primary", result.Text);
    }

    [Fact]
    public void Translate_ConstructorCallingAnotherConstructor_IsFlagged()
    {
        var result = Translate.Java("class P { int x; P() { this(1); } }");

        Assert.Contains(result.Warnings, w => w.Message.Contains("a call of another constructor", StringComparison.Ordinal));
        Assert.Contains("# " + PyComment.UntranslatedMarker, result.Text);
    }

    [Fact]
    public void Translate_BaseClassOutsideTheSource_IsWarnedAboutAndNotNamed()
    {
        // `class T(Thread)` would fail at import; a Java exception root becomes Exception.
        var result = Translate.Java("class T extends Thread { int n; T() { n = 1; } }\nclass E extends RuntimeException { E(String m) { super(m); } }");

        Assert.Contains("class T:", result.Text);
        Assert.Contains("class E(Exception):", result.Text);
        Assert.Contains(result.Warnings, w => w.Message.Contains("'T' extends 'Thread'", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Translate_MethodUsingFieldsTheSnippetDoesNotShow_ReadsThemAsFieldsAndSaysSo()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        // A method cut from its class: `size` and `count` are fields there, not locals (size += by would fail).
        var result = Translate.Java("public void grow(int by) {\n    size += by;\n    count++;\n}");

        Assert.Contains("self.size += by", result.Text);
        Assert.Contains(result.Warnings, w => w.Message.Contains("'size' is declared nowhere", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Message.Contains("'count' is declared nowhere", StringComparison.Ordinal));
        Assert.Equal("3 1\n", ExternalProgram.Python(result.Text + "s = Snippet()\ns.size = 1\ns.count = 0\ns.grow(2)\nprint(s.size, s.count)\n"));
    }

    [SkippableFact]
    public void Translate_StaticMethodAssigningAnUndeclaredName_DeclaresItGlobal()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var result = Translate.Java("static void grow(int by) {\n    size += by;\n    if (size > LIMIT) size = LIMIT;\n}");

        Assert.Contains(result.Warnings, w => w.Message.Contains("'size' is declared nowhere", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Message.Contains("'LIMIT' is declared nowhere", StringComparison.Ordinal));
        Assert.Equal("3 5\n", ExternalProgram.Python("size = 1\nLIMIT = 5\n" + result.Text + "\ngrow(2)\nfirst = size\ngrow(9)\nprint(first, size)\n"));
    }

    [SkippableFact]
    public void Translate_OverloadsByParameterCount_EachCallReachesItsOwn()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var result = Translate.Java("""
            class Acc {
                int total;
                void add(int a) { total += a; }
                void add(int a, int b) { add(a); this.add(b * 10); }
                static int area(int s) { return s * s; }
                static int area(int w, int h) { return w * h; }
            }
            """);

        Assert.Empty(result.Warnings);
        Assert.Equal("23 9 6\n", ExternalProgram.Python(result.Text + "a = Acc()\na.add_2(1, 2)\na.add_1(2)\nprint(a.total, Acc.area_1(3), Acc.area_2(2, 3))\n"));
    }

    [SkippableFact]
    public void Translate_OverloadedConstructors_PickByArgumentCountAndChainWithThis()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        // this(...) hands the field initialisers to the constructor it calls: y keeps 7 unless set after.
        var result = Translate.Java("""
            class P {
                int x;
                int y = 7;
                P() { this(1); }
                P(int x) { this.x = x; }
                P(int x, int y) { this(x); this.y = y; }
            }
            """);

        Assert.Empty(result.Warnings);
        Assert.Equal("1 7 5 7 2 3\n", ExternalProgram.Python(result.Text + "a, b, c = P(), P(5), P(2, 3)\nprint(a.x, a.y, b.x, b.y, c.x, c.y)\n"));
    }

    [SkippableFact]
    public void Translate_MethodCutFromItsClass_CallsUndeclaredMethodsOnSelfAndKeepsAssignedLength()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        // From CodeXGLUE: `ref.length = count` assigns a field (an array's length is final), refill() is a method of
        // the class, and assert raises as under java -ea.
        var result = Translate.Java("""
            public int take(int count) {
                assert count > 0 : "count must be positive";
                if (off == blockSize) { refill(); }
                ref.length = count;
                off += count;
                return ref.length;
            }
            """);

        Assert.Contains(result.Warnings, w => w.Message.Contains("'refill' is declared nowhere", StringComparison.Ordinal));
        const string harness = """

            class Ref:
                length = 0
            s = Snippet()
            s.off, s.blockSize, s.ref = 4, 4, Ref()
            s.refill = lambda: setattr(s, "off", 0)
            print(s.take(3), s.off, s.ref.length)
            try:
                s.take(0)
            except AssertionError as e:
                print("AssertionError", e)
            """;
        Assert.Equal("3 3 3\nAssertionError count must be positive\n", ExternalProgram.Python(result.Text + harness));
    }

    [SkippableFact]
    public void Translate_ClassOfStaticMembersWithFieldsAndDollarNames_RunsLikeJava()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        // Static fields of an all-static class become module variables; $ is legal in Java names, not in Python.
        var result = Translate.Java("""
            public class Counter {
                static final int MOD = 7;
                static int[] memo = new int[3];
                static int $seen = 0;
                static int bump(int n) { int a$b = n % MOD; memo[0] += a$b; $seen++; return memo[0] * 10 + $seen; }
            }
            """);

        Assert.Empty(result.Warnings);
        Assert.Equal("31 72\n", ExternalProgram.Python(result.Text + "print(bump(10), bump(11))\n"));
    }

    [Fact]
    public void Translate_StaticFieldWithoutPythonForm_IsMarkedAndTheRestTranslated()
    {
        var result = Translate.Java("class S {\n  private static final Logger LOG = LoggerFactory.getLogger(S.class);\n  int twice(int x) { return 2 * x; }\n}");

        Assert.Contains("# UNTRANSLATED: 'class_literal' is not translated", result.Text);
        Assert.Contains("def twice(self, x):", result.Text);
        Assert.Contains(result.Warnings, w => w.Message.Contains("class_literal", StringComparison.Ordinal) && w.Start.Line == 1);
    }

    [SkippableFact]
    public void Translate_Instanceof_TestsTheTranslatedTypesLikeJava()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        // An equals that checks its argument's class, and a pattern that binds: null is an instance of nothing,
        // and a Boolean is no Integer although Python's bool is an int.
        var result = Translate.Java("""
            class Point {
                int x;
                Point(int x) { this.x = x; }
                public boolean equals(Object o) {
                    if (!(o instanceof Point)) return false;
                    return ((Point) o).x == x;
                }
                static String kind(Object o) {
                    if (o instanceof String s) return "s" + s.length();
                    if (o instanceof Integer) return "i";
                    return o instanceof Object ? "o" : "null";
                }
            }
            """);

        Assert.Empty(result.Warnings);
        Assert.Equal("True False s3 i o null\n", ExternalProgram.Python(result.Text +
            "print(Point(1).equals(Point(1)), Point(1).equals('a'), Point.kind('abc'), Point.kind(3), Point.kind(True), Point.kind(None))\n"));
    }

    [Fact]
    public void Translate_InstanceofOfATypeTheSourceDoesNotDefine_IsFlagged()
    {
        var result = Translate.Java("static boolean f(Object o) { return o instanceof Runnable; }");

        Assert.Contains("# UNTRANSLATED: instanceof Runnable", result.Text);
    }

    [SkippableFact]
    public void Translate_Synchronized_HoldsOneLockAndReleasesItHoweverTheBlockEnds()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var result = Translate.Java("""
            class Counter {
                private int count;
                private final Object lock = new Object();
                public synchronized int next() { return ++count; }
                public int add(int n) {
                    synchronized (lock) {
                        if (n < 0) return -1;
                        count += n;
                    }
                    return count;
                }
            }
            """);

        // Another thread gets the lock after an early return: a lock left held would keep it waiting.
        Assert.Equal("-1 1\nFalse 6\n", ExternalProgram.Python(result.Text + """

            c = Counter()
            print(c.add(-1), c.next_())
            t = threading.Thread(target=lambda: c.add(5))
            t.start()
            t.join(5)
            print(t.is_alive(), c.count)

            """));
        Assert.Single(result.Warnings, w => w.Message.StartsWith("synchronized takes one lock", StringComparison.Ordinal));
    }
}
