namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// Iterator methods and <c>using</c> run both ways: the Python must print what the compiled C# prints, in the
/// same order (an iterator is lazy in both languages; disposal happens when the block is left).
/// </summary>
public sealed class CSharpIteratorAndDisposalTests
{
    private static string Run(string program) => CSharpTranslate.RunBothWays(program);

    [SkippableFact]
    public void IteratorMethod_IsLazyAndRunsAgainForEachEnumeration()
    {
        var printed = Run("""
            class P {
                static IEnumerable<int> Evens(int n) {
                    for (int i = 0; i < n; i += 2) { Console.WriteLine("make " + i); yield return i; }
                }
                static void Main() {
                    foreach (var e in Evens(3)) Console.WriteLine("got " + e);
                    var seq = Evens(3);
                    Console.WriteLine(seq.Count());
                    Console.WriteLine(string.Join(",", seq));
                }
            }
            """);

        Assert.StartsWith("make 0\ngot 0\nmake 2\ngot 2\n", printed, StringComparison.Ordinal);
        Assert.EndsWith("2\nmake 0\nmake 2\n0,2\n", printed, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void EndlessIterator_TakeStopsIt_AndYieldBreakEndsTheSequence()
    {
        var printed = Run("""
            class P {
                static IEnumerable<long> Naturals() { long n = 1; while (true) yield return n++; }
                static IEnumerable<string> Words(bool none) {
                    if (none) yield break;
                    yield return "a";
                }
                static IEnumerable<int> Empty() { yield break; }
                static void Main() {
                    Console.WriteLine(string.Join(" ", Naturals().Take(4)));
                    Console.WriteLine(string.Join(" ", Naturals().Skip(2).Take(2)));
                    Console.WriteLine(Words(true).Count() + " " + Words(false).Count() + " " + Empty().Count());
                }
            }
            """);

        Assert.Equal("1 2 3 4\n3 4\n0 1 0\n", printed);
    }

    [SkippableFact]
    public void CollectionWithGetEnumerator_IsIterableInPython()
    {
        const string program = """
            class Bag : IEnumerable<int> {
                private readonly List<int> _items = new() { 3, 1, 2 };
                public IEnumerator<int> GetEnumerator() { foreach (var i in _items) yield return i * 10; }
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }
            class P { static void Main() { foreach (var x in new Bag()) Console.Write(x + " "); Console.WriteLine(new Bag().Sum()); } }
            """;

        Assert.Equal("30 10 20 60\n", Run(program));
        var result = CSharpTranslate.Run(program);
        Assert.Contains("def __iter__(self):", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("GetEnumerator", result.Text, StringComparison.Ordinal);
        Assert.Empty(result.Warnings);
    }

    [SkippableFact]
    public void Using_DisposesAtTheEndOfTheBlock_InReverseOrder_EvenWhenTheBodyThrows()
    {
        var printed = Run("""
            class Res : IDisposable {
                private readonly string _name;
                public Res(string name) { _name = name; Console.WriteLine("open " + name); }
                public void Dispose() => Console.WriteLine("close " + _name);
            }
            class P {
                static void Work() {
                    using var a = new Res("a");
                    using var b = new Res("b");
                    Console.WriteLine("work");
                }
                static void Main() {
                    using (var r = new Res("r")) { Console.WriteLine("inside"); }
                    Work();
                    try {
                        using (new Res("t")) { throw new InvalidOperationException("boom"); }
                    } catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
                    Res none = null;
                    using (none) { Console.WriteLine("null resource"); }
                }
            }
            """);

        Assert.Equal("open r\ninside\nclose r\nopen a\nopen b\nwork\nclose b\nclose a\nopen t\nclose t\ncaught boom\nnull resource\n", printed);
    }
}
