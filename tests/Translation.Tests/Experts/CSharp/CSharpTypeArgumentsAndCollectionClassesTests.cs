namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// Type arguments of generic methods kept at run time (<c>is T</c>, <c>catch (TEx)</c>, <c>typeof(T).Name</c>),
/// classes deriving from List, Dictionary and HashSet, and out arguments of source methods where the call runs only
/// on some paths, each run both ways against the compiled C#.
/// </summary>
public sealed class CSharpTypeArgumentsAndCollectionClassesTests
{
    /// <summary>Classes of the source, a source interface, an extension method, a type argument handed on, a stored lambda testing it, a catch of TEx and typeof(TEx).Name.</summary>
    [SkippableFact]
    public void GenericMethods_ThatTestTheirTypeArgument_GetItAsAValue()
    {
        var printed = CSharpTranslate.RunBothWays("""
            interface IShape { double Area { get; } }
            class Circle : IShape { public double Area => 3; }
            class Square : IShape { public double Area => 4; }
            class Note { }
            class Oops : Exception { public Oops() : base("oops") { } }
            static class Ext
            {
                public static int CountOf<T>(this IEnumerable<object> items) => items.Count(i => i is T);
            }
            class Bus
            {
                private readonly List<Action<object>> _handlers = new();
                public void On<T>(Action<T> handler) => _handlers.Add(o => { if (o is T t) handler(t); });
                public void Publish(object o) { foreach (var h in _handlers) h(o); }
            }
            class P
            {
                static List<T> Only<T>(IEnumerable<object> items) => items.OfType<T>().ToList();
                static int Forward<T>(IEnumerable<object> items) => Only<T>(items).Count;
                static string Throws<TEx>(Action action) where TEx : Exception
                {
                    try { action(); }
                    catch (TEx) { return "caught " + typeof(TEx).Name; }
                    catch (Exception e) { return "other " + e.GetType().Name; }
                    return "nothing";
                }
                static void Main()
                {
                    var items = new List<object> { new Circle(), new Note(), new Square(), "text", new Circle() };
                    Console.WriteLine(Only<Circle>(items).Count + " " + Only<IShape>(items).Count + " " + Forward<Note>(items));
                    Console.WriteLine(items.CountOf<IShape>() + " " + typeof(Circle).Name);
                    var bus = new Bus();
                    bus.On<IShape>(s => Console.WriteLine("shape " + s.Area));
                    bus.On<Note>(n => Console.WriteLine("note"));
                    foreach (var item in items) bus.Publish(item);
                    Console.WriteLine(Throws<Oops>(() => throw new Oops()));
                    Console.WriteLine(Throws<InvalidOperationException>(() => throw new Oops()));
                    Console.WriteLine(Throws<ArgumentOutOfRangeException>(() => throw new ArgumentOutOfRangeException("x")));
                    Console.WriteLine(Throws<ArgumentNullException>(() => throw new ArgumentOutOfRangeException("x")));
                    Console.WriteLine(Throws<Oops>(() => { }));
                }
            }
            """);

        Assert.Equal("2 3 1\n3 Circle\nshape 3\nnote\nshape 4\nshape 3\ncaught Oops\nother Oops\ncaught ArgumentOutOfRangeException\nother ArgumentOutOfRangeException\nnothing\n", printed);
    }

    /// <summary>Inherited members work as on the collection; equality, hashing and the default ToString are .NET's.</summary>
    [SkippableFact]
    public void ClassesDerivingFromCollections_KeepTheCollectionAndReferenceEquality()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class Bag : Dictionary<string, int>
            {
                public int Total => this.Sum(kv => kv.Value);
                public void Bump(string key) => this[key] = this.GetValueOrDefault(key) + 1;
            }
            class Labels : List<string>
            {
                public Labels(IEnumerable<string> start) : base(start) { }
                public override string ToString() => string.Join("|", this);
            }
            class Tags : HashSet<string> { }
            class P
            {
                static void Main()
                {
                    var bag = new Bag();
                    bag.Bump("a"); bag.Bump("b"); bag.Bump("a");
                    Console.WriteLine(bag.Count + " " + bag["a"] + " " + bag.Total + " " + bag.ContainsKey("b") + " " + bag.Remove("b") + " " + bag.Remove("b"));
                    foreach (var (k, v) in bag) Console.WriteLine(k + "=" + v);
                    Console.WriteLine(bag);
                    var other = new Bag(); other["a"] = 2;
                    Console.WriteLine((bag == other) + " " + bag.Equals(other) + " " + new HashSet<Bag> { bag, other }.Count);
                    var labels = new Labels(new[] { "x", "y" });
                    labels.Add("z");
                    Console.WriteLine(labels + " " + labels.Count + " " + labels[1] + " " + labels.Contains("y"));
                    var tags = new Tags(); tags.Add("t");
                    Console.WriteLine(tags.Add("t") + " " + tags.Add("u") + " " + tags.Count);
                }
            }
            """);

        Assert.Equal("2 2 3 True True False\na=2\nBag\nFalse False 2\nx|y|z 3 y True\nFalse True 2\n", printed);
    }

    /// <summary>A source method's out argument in a switch arm and a LINQ lambda; decimal F2 rounds half away from zero; ParamName; Uri escapes; repeated discards.</summary>
    [SkippableFact]
    public void OutArgumentsUnderAConditionDecimalRoundingAndArgumentDetails()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class Store
            {
                private readonly Dictionary<string, int> _stock = new() { ["pen"] = 3 };
                public bool TryTake(string item, out int left)
                {
                    if (_stock.TryGetValue(item, out left) && left > 0) { _stock[item] = --left; return true; }
                    return false;
                }
            }
            class P
            {
                static void Main()
                {
                    var store = new Store();
                    foreach (var op in new[] { "take", "look", "take" })
                    {
                        string result = op switch
                        {
                            "look" => "looking",
                            _ => store.TryTake("pen", out var left) ? $"took, {left} left" : "none",
                        };
                        Console.WriteLine(result);
                    }
                    var picks = new[] { "pen", "ink", "pen" }.Select(p => (Item: p, Ok: store.TryTake(p, out var n), Left: n)).Where(x => x.Ok).ToList();
                    Console.WriteLine(string.Join(", ", picks.Select(x => $"{x.Item}:{x.Left}")));
                    Func<int, int, string> both = (_, _) => { return "discards"; };
                    Console.WriteLine(both(1, 2));
                    Console.WriteLine($"{439.125m:F2} {2.5m:N0} {(-1.005m).ToString("F2")} {string.Format("{0:F1}", 0.25m)}");
                    try { throw new ArgumentOutOfRangeException("size", "too big"); }
                    catch (ArgumentException e) { Console.WriteLine(e.ParamName + " / " + e.Message); }
                    try { int.Parse("x"); } catch (FormatException e) { Console.WriteLine("format"); }
                    try { ArgumentNullException.ThrowIfNull((string?)null); } catch (ArgumentNullException e) { Console.WriteLine(e.ParamName ?? "none"); }
                    Console.WriteLine(Uri.UnescapeDataString("a%20b%2Fc") + " " + Uri.EscapeDataString("a b/c~"));
                }
            }
            """);

        Assert.Equal("took, 2 left\nlooking\ntook, 1 left\npen:0\ndiscards\n439.13 3 -1.01 0.3\nsize / too big (Parameter 'size')\nformat\n(string?)null\na b/c a%20b%2Fc~\n", printed);
    }
}
