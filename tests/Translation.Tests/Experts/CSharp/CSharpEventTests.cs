namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>Events and multicast delegates: handlers added and removed, called in order; run both ways.</summary>
public sealed class CSharpEventTests
{
    [SkippableFact]
    public void Events_CallEveryHandlerInOrder_AndRemovingOneStopsOnlyIt()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class Counter {
                public event Action<string, int>? Changed;
                public event EventHandler? Reset;
                int n;
                public void Add(int k) { n += k; Changed?.Invoke("add", n); }
                public void Clear() { n = 0; Reset?.Invoke(this, EventArgs.Empty); }
            }
            class P {
                static void Log(string what, int value) => Console.WriteLine($"log {what} {value}");
                static void Main() {
                    var c = new Counter();
                    c.Add(1);
                    c.Changed += Log;
                    c.Changed += (w, v) => Console.WriteLine($"lambda {w} {v * 10}");
                    c.Add(2);
                    c.Changed -= Log;
                    c.Add(3);
                    c.Reset += (s, e) => Console.WriteLine("reset " + (s == c));
                    c.Clear();
                    Action<int>? chain = null;
                    chain += x => Console.WriteLine("a" + x);
                    chain += x => Console.WriteLine("b" + x);
                    chain?.Invoke(7);
                    Func<int, int, int> seven = (_, _) => 7; // discards: two parameters both called _
                    Console.WriteLine(seven(1, 2));
                }
            }
            """);

        Assert.Equal("log add 3\nlambda add 30\nlambda add 60\nreset True\na7\nb7\n7\n", printed);
    }
}
