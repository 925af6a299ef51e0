namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// Primary constructors, records (equality, ToString, <c>with</c>) and the patterns that take objects apart
/// (property, positional, <c>var (x, y)</c>): the translation prints what the compiled C# prints.
/// </summary>
public sealed class CSharpRecordsAndPatternsTests
{
    /// <summary>Runs a whole program both ways; the Python output must equal what the compiled C# printed.</summary>
    private static string Run(string program) => CSharpTranslate.RunBothWays(program);

    [SkippableFact]
    public void PrimaryConstructors_CaptureTheirParameters_AndPassTheBaseArguments()
    {
        var output = Run("""
            interface IDiscount { double Apply(double price); string Name { get; } }
            class PercentOff(double percent) : IDiscount
            {
                public string Name => $"{percent}% off";
                public double Apply(double price) => price * (1 - percent / 100);
            }
            class Counter(int start)
            {
                public int Initial { get; } = start;
                private readonly int twice = start * 2;
                public int Next() => start++;
                public void Reset(int to) { start = to; }
                public int Twice => twice;
            }
            class TokenizeException(string message, int position) : Exception(message)
            {
                public int Position => position;
            }
            class BadSize(string what) : ArgumentException($"bad {what}", nameof(what));
            struct Vec(double x, double y)
            {
                public double X { get; } = x;
                public double Length => Math.Sqrt(x * x + y * y);
            }
            class Range(int low, int high)
            {
                public Range(int only) : this(only, only) { }
                public override string ToString() => $"[{low}..{high}]";
            }
            class Program
            {
                static void Main()
                {
                    IDiscount d = new PercentOff(10);
                    Console.WriteLine($"{d.Name}: {d.Apply(50)}");
                    var c = new Counter(3);
                    Console.WriteLine($"{c.Next()} {c.Next()} initial {c.Initial} twice {c.Twice}");
                    c.Reset(10);
                    Console.WriteLine(c.Next());
                    try { throw new TokenizeException("unexpected ')'", 4); }
                    catch (TokenizeException e) { Console.WriteLine($"{e.Message} at {e.Position}"); }
                    try { throw new BadSize("box"); }
                    catch (ArgumentException e) { Console.WriteLine(e.Message); }
                    var v = new Vec(3, 4);
                    Console.WriteLine($"{v.X} {v.Length}");
                    Console.WriteLine($"{new Range(1, 5)} {new Range(7)}");
                }
            }
            """);

        Assert.Equal(
            "10% off: 45\n3 4 initial 3 twice 6\n10\nunexpected ')' at 4\nbad box (Parameter 'what')\n3 5\n[1..5] [7..7]\n",
            output);
    }

    [SkippableFact]
    public void Records_CompareAndPrintLikeTheCompiler_AndWithCopiesShallowly()
    {
        var output = Run("""
            abstract record Event;
            record Coin(int Cents) : Event;
            record Cancel : Event;
            record Base(int X) { public virtual int V => 1; }
            record Derived(int X, int Y) : Base(X) { public override int V => 2; }
            record Student(string Name, string? Group)
            {
                public List<int> Scores { get; init; } = new();
                public double Average => Scores.Count == 0 ? 0 : Scores.Average();
            }
            record struct Point(int X, int Y)
            {
                public Point(int both) : this(both, both) { }
            }
            class Program
            {
                static void Main()
                {
                    Console.WriteLine($"{new Coin(5)} {new Cancel()} {new Derived(1, 2)}");
                    Console.WriteLine($"{new Coin(5) == new Coin(5)} {new Cancel().Equals(new Cancel())} {new Base(1) == new Derived(1, 2)}");
                    var ann = new Student("Ann", null) { Scores = new() { 50, 70 } };
                    Console.WriteLine(ann);
                    var copy = ann with { Name = "ANN" };
                    copy.Scores.Add(90);
                    Console.WriteLine($"{ann.Average} {copy.Average} {copy.Name} {ann.Name} {ann == copy} {ann == (copy with { Name = "Ann" })}");
                    Console.WriteLine(ann == new Student("Ann", null) { Scores = new() { 50, 70, 90 } });
                    var renamed = new[] { ann, copy }.Select(s => s with { Group = s.Name.ToLower() }).ToList();
                    Console.WriteLine(string.Join(" ", renamed.Select(s => s.Group)));
                    var p = new Point(2);
                    var q = p with { Y = 7 };
                    Console.WriteLine($"{p} {q} {p == new Point(2, 2)}");
                    var (x, y) = q;
                    Console.WriteLine(x * 10 + y);
                    var slot = (Name: "Chips", Stock: 3);
                    var sold = slot with { Stock = slot.Stock - 1 };
                    var slots = new List<(string Name, int Stock)> { slot };
                    slots[0] = slots[0] with { Stock = slots[0].Stock + 5 };
                    Console.WriteLine($"{sold.Name} {sold.Stock} {slot.Stock} {slots[0].Stock}");
                    var anon = new { A = 1, B = "b" };
                    var anon2 = anon with { B = "c" };
                    Console.WriteLine($"{anon2.A}{anon2.B}{anon.B}");
                    foreach (var kind in new[] { "coin", "cancel" })
                    {
                        Event e = kind switch { "coin" => new Coin(25) { Cents = 10 }, _ => new Cancel() };
                        Console.WriteLine(e);
                    }
                }
            }
            """);

        Assert.StartsWith("Coin { Cents = 5 } Cancel { } Derived { X = 1, V = 2, Y = 2 }\nTrue True False\n"
            + "Student { Name = Ann, Group = , Scores = System.Collections.Generic.List`1[System.Int32], Average = 60 }\n"
            + "70 70 ANN Ann False True\nFalse\nann ann\n", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void PropertyAndPositionalPatterns_TestMembersAndBindVariables()
    {
        var output = Run("""
            abstract class Shape { public abstract double Area { get; } }
            class Circle(double radius) : Shape
            {
                public double Radius { get; } = radius;
                public override double Area => 3 * Radius * Radius;
            }
            class Rectangle(double width, double height) : Shape
            {
                public double Width { get; } = width;
                public double Height { get; } = height;
                public override double Area => Width * Height;
            }
            interface IScalable<out T> { T Scale(double factor); }
            class Square(double side) : Shape, IScalable<Square>
            {
                public double Side => side;
                public override double Area => side * side;
                public Square Scale(double factor) => new(side * factor);
            }
            enum State { Idle, Collecting, OutOfOrder }
            abstract record Event;
            record Coin(int Cents) : Event;
            record Choose(string Code) : Event;
            record Kick : Event;
            record Point(int X, int Y);
            record Line(Point From, Point To);
            class Program
            {
                static int made;
                static Shape Make() { made++; return new Rectangle(3, 3); }
                static string Describe(Shape shape) => shape switch
                {
                    Circle { Radius: > 5 } c => $"large circle {c.Radius}",
                    Circle => "circle",
                    Rectangle { Width: var w, Height: var h } when w == h => $"square {w}",
                    Rectangle { Width: > 10 } r => $"wide {r.Width}",
                    Rectangle { Area: > 5 and < 8 or 100 } => "mid rectangle",
                    _ => "other",
                };
                static string Step(State state, Event e) => (state, e) switch
                {
                    (State.OutOfOrder, _) => "ignored",
                    (_, Coin { Cents: 5 or 10 or 25 } c) => $"credit {c.Cents}",
                    (_, Coin c) => $"rejected {c.Cents}",
                    (State.Collecting, Choose ch) => $"vend {ch.Code}",
                    (State.Idle, Choose) => "insert money first",
                    (_, Kick) => "kick",
                    _ => "no-op",
                };
                static string Where(Point p) => p switch
                {
                    (0, 0) => "origin",
                    (var x, 0) => $"x axis at {x}",
                    Point(0, var y) => $"y axis at {y}",
                    var (x, y) when x == y => $"diagonal {x}",
                    { X: < 0 } => "left",
                    _ => "elsewhere",
                };
                static (int Km, List<string> Path)? Route(int k) => k == 0 ? null : (k * 100, new List<string> { "a", "b" });
                static void Main()
                {
                    foreach (var s in new Shape[] { new Circle(6), new Circle(1), new Rectangle(2, 2), new Rectangle(11, 1), new Rectangle(2, 3), new Rectangle(1, 9) })
                        Console.Write(Describe(s) + "; ");
                    Console.WriteLine();
                    Console.WriteLine(string.Join(", ", new Event[] { new Coin(5), new Coin(3), new Choose("A1"), new Kick() }.Select(e => Step(State.Collecting, e))));
                    Console.WriteLine($"{Step(State.Idle, new Choose("x"))}, {Step(State.OutOfOrder, new Coin(5))}");
                    foreach (var p in new[] { new Point(0, 0), new Point(4, 0), new Point(0, 7), new Point(3, 3), new Point(-1, 5), new Point(2, 9) })
                        Console.Write(Where(p) + "; ");
                    Console.WriteLine();
                    foreach (var k in new[] { 0, 1, 3 })
                    {
                        Console.Write(Route(k) switch { null => "none", var (km, path) when km > 200 => $"long {km} {string.Join("-", path)}", var (km, _) => $"short {km}" });
                        Console.Write("; ");
                    }
                    Console.WriteLine();
                    var line = new Line(new Point(1, 2), new Point(3, 4));
                    if (line is { From.X: 1, To: { Y: var ty } }) Console.WriteLine($"extended {ty}");
                    if (line is Line(Point(var a, _), (_, var b)) && a < b) Console.WriteLine($"nested {a} {b}");
                    Console.WriteLine($"{Make() is Rectangle { Width: 3, Height: var hh } && hh == 3} made {made}");
                    string text = "hello";
                    bool big = new Circle(20) is { Area: > 100 };
                    Console.WriteLine($"{text is { Length: > 3 and < 10 }} {big}");
                    object o = new Square(2);
                    Console.WriteLine(o is IScalable<Shape> sc ? sc.Scale(2).Area : -1);
                    Console.WriteLine(string.Join(" ", new object[] { new Square(1), new Circle(1), "s" }.Select(x => x switch { IScalable<Shape> => "scalable", Shape { Area: var area } => $"area {area}", _ => "?" })));
                    var pair = (3, "x");
                    switch (pair)
                    {
                        case (3, var name) when name.Length == 1: Console.WriteLine($"three {name}"); break;
                        default: Console.WriteLine("other"); break;
                    }
                    switch (o)
                    {
                        case Rectangle: Console.WriteLine("rectangle"); break;
                        case Square { Side: var side } when side > 1: Console.WriteLine($"square {side}"); break;
                    }
                }
            }
            """);

        Assert.StartsWith("large circle 6; circle; square 2; wide 11; mid rectangle; other; \ncredit 5, rejected 3, vend A1, kick\n", output, StringComparison.Ordinal);
        Assert.Contains("True made 1\n", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void AlignedRecordsAndBools_PrintTheirText_AndAForeachOverWhereSeesWhatTheLoopAssigns()
    {
        var output = Run("""
            record Coin(int Cents);
            class Program
            {
                static void Main()
                {
                    var coin = new Coin(5);
                    Console.WriteLine($"[{coin,-20}] [{true,6}] [{coin?.ToString()}]");
                    Console.WriteLine(string.Format("[{0,-8}]", false));
                    int cents = 30;
                    var change = new List<string>();
                    foreach (var d in new[] { 25, 10, 5 }.Where(d => cents >= d))
                    {
                        change.Add($"{cents / d}x{d}");
                        cents %= d;
                    }
                    Console.WriteLine(string.Join(" ", change));
                }
            }
            """);

        Assert.Equal("[Coin { Cents = 5 }  ] [  True] [Coin { Cents = 5 }]\n[False   ]\n1x25 1x5\n", output);
    }

    [SkippableFact]
    public void PatternVariables_OnMembers_AreBoundInline_AndAWhenClauseReadsThem()
    {
        var result = CSharpTranslate.Run("""
            record Point(int X, int Y);
            class P
            {
                static string F(object o) => o switch { Point { X: var x, Y: var y } when x == y => "diagonal", _ => "other" };
            }
            """);

        Assert.Contains("isinstance(o, Point) and (x := o.X) is x and (y := o.Y) is y and x == y", result.Text, StringComparison.Ordinal);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("class V { public int A; public void Deconstruct(out int a, out int b) { a = A; b = 0; } } class P { static bool F(V v) => v is (1, _); }", "user-defined Deconstruct")]
    [InlineData("class Box<T> { public bool F(object o) => o is T; }", "type parameter T")]
    [InlineData("record R(int X) { public virtual bool Equals(R? other) => other is not null && other.X % 2 == X % 2; public override int GetHashCode() => X % 2; }", "declares its own Equals")]
    [InlineData("class P { static DateTime F(DateTime d) => d with { }; }", "with expression on System.DateTime")]
    [InlineData("using var reader = new System.IO.StringReader(\"x\");\nConsole.WriteLine(reader.Peek());", "disposing System.IO.StringReader")]
    public void WhatIsNotTranslated_IsMarkedAndWarned(string source, string reason)
    {
        var result = CSharpTranslate.Run(source);

        Assert.Contains("# UNTRANSLATED:", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Message.Contains(reason, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void IsWithADottedConstant_TestsEquality_NotTheType()
    {
        // `c is Color.Red` parses as a type test; it is a constant pattern (once isinstance, always true).
        var printed = CSharpTranslate.RunBothWays("""
            enum Color { Red, Green }
            static class Limits { public const int Max = 3; }
            class P {
                static void Main() {
                    var c = Color.Green;
                    int n = 3;
                    Console.WriteLine($"{c is Color.Red} {c is Color.Green} {n is Limits.Max} {4 is Limits.Max} {c is not Color.Red}");
                }
            }
            """);

        Assert.Equal("False True True False True\n", printed);
    }
}
