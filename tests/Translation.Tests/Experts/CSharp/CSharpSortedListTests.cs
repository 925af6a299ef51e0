namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// SortedList&lt;TKey, TValue&gt; with .NET's semantics (key order under its comparer, Add refusing a key already
/// there, the index methods) and System.DayOfWeek. Each runs the compiled C# and the Python translation and compares.
/// </summary>
public sealed class CSharpSortedListTests
{
    [SkippableFact]
    public void SortedList_KeepsKeyOrder_AndAnswersAsDotNet()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    var s = new SortedList<string, int> { { "pear", 3 }, { "apple", 1 }, { "fig", 7 } };
                    s["banana"] = 2; s["fig"] = 8;
                    try { s.Add("apple", 9); } catch (ArgumentException e) { Console.WriteLine("dup: " + e.Message); }
                    Console.WriteLine($"{s.Count} {s.ContainsKey("fig")} {s.ContainsKey("kiwi")} {s.IndexOfKey("pear")} {s.IndexOfKey("kiwi")} {s.IndexOfValue(2)} {s.IndexOfValue(99)} {s.ContainsValue(8)}");
                    foreach (var kv in s) Console.Write($"{kv.Key}={kv.Value} ");
                    Console.WriteLine();
                    Console.WriteLine(string.Join(",", s.Keys) + " | " + string.Join(",", s.Values) + " | " + s.Keys[1] + " " + s.Values[^1] + " " + s.Values.Count);
                    Console.WriteLine($"{s.GetKeyAtIndex(0)} {s.GetValueAtIndex(2)}");
                    s.SetValueAtIndex(0, 10);
                    s.RemoveAt(1); s.Remove("pear");
                    Console.WriteLine(string.Join(",", s.Select(kv => kv.Key + ":" + kv.Value)) + " " + s.Remove("nope"));
                    if (s.TryGetValue("fig", out var f)) Console.WriteLine("fig " + f);
                    Console.WriteLine(s.TryGetValue("zzz", out var z) + " " + z);
                    try { s.RemoveAt(5); } catch (ArgumentOutOfRangeException) { Console.WriteLine("out of range"); }
                    try { Console.WriteLine(s.GetKeyAtIndex(-1)); } catch (ArgumentOutOfRangeException) { Console.WriteLine("negative index"); }
                    try { Console.WriteLine(s["nope"]); } catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
                    s["fig"] += 5;
                    s.Clear();
                    Console.WriteLine(s.Count);
                }
            }
            """);

        Assert.StartsWith("dup: An item with the same key has already been added. Key: apple (Parameter 'key')\n", printed, StringComparison.Ordinal);
        Assert.Contains("apple=1 banana=2 fig=8 pear=3", printed, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void SortedList_OrdersByComparableKeysAndComparers()
    {
        var printed = CSharpTranslate.RunBothWays("""
            readonly record struct Slot(int Day, int Hour) : IComparable<Slot> {
                public int CompareTo(Slot o) => Day != o.Day ? Day.CompareTo(o.Day) : Hour.CompareTo(o.Hour);
            }
            class ByLength : IComparer<string> { public int Compare(string? a, string? b) => a!.Length != b!.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b); }
            class P {
                static void Main() {
                    var slots = new SortedList<Slot, string>();
                    slots.Add(new Slot(2, 9), "b"); slots.Add(new Slot(1, 14), "a"); slots.Add(new Slot(2, 8), "c");
                    slots[new Slot(1, 14)] = "A";
                    foreach (var (slot, who) in slots) Console.Write($"{slot.Day}/{slot.Hour}:{who} ");
                    Console.WriteLine(slots.Values.First() + " " + slots.IndexOfKey(new Slot(2, 9)));
                    var byLen = new SortedList<string, int>(new ByLength()) { ["ccc"] = 1, ["a"] = 2, ["bb"] = 3, ["aa"] = 4, ["a"] = 5 };
                    Console.WriteLine(string.Join(" ", byLen.Keys) + " " + byLen["a"]);
                    var desc = new SortedList<int, string>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
                    desc.Add(1, "one"); desc.Add(3, "three"); desc.Add(2, "two");
                    Console.WriteLine(string.Join(" ", desc.Values) + " " + desc.IndexOfKey(3));
                    // Keys equal under the comparer are the same key.
                    var ci = new SortedList<string, int>(Comparer<string>.Create((a, b) => string.Compare(a.ToUpperInvariant(), b.ToUpperInvariant(), StringComparison.Ordinal)));
                    ci["Key"] = 1; ci["KEY"] = 2;
                    Console.WriteLine(ci.Count + " " + ci.Keys[0] + " " + ci["key"]);
                    var copy = new SortedList<string, int>(new Dictionary<string, int> { ["z"] = 1, ["m"] = 2 });
                    Console.WriteLine(string.Join(",", copy.Keys));
                }
            }
            """);

        Assert.Equal("1/14:A 2/8:c 2/9:b A 2\na aa bb ccc 5\nthree two one 0\n1 Key 2\nm,z\n", printed);
    }

    [SkippableFact]
    public void DayOfWeek_ComparesPrintsCastsAndSwitchesAsTheEnum()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    var d = new DateOnly(2025, 6, 7);
                    for (int i = 0; i < 8; i++) {
                        var day = d.AddDays(i).DayOfWeek;
                        var kind = day switch { DayOfWeek.Saturday or DayOfWeek.Sunday => "weekend", _ => "weekday" };
                        Console.Write($"{day} {(int)day} {kind} {day > DayOfWeek.Wednesday} {day == DayOfWeek.Monday} {day,-9}|");
                        switch (day) { case DayOfWeek.Friday: Console.Write("TGIF;"); break; }
                        if (day is DayOfWeek.Tuesday) Console.Write("tue;");
                    }
                    Console.WriteLine();
                    DayOfWeek w = (DayOfWeek)3;
                    Console.WriteLine(w + " " + w.ToString() + " " + default(DayOfWeek) + " " + string.Join(",", Enum.GetValues<DayOfWeek>()) + " " + d.DayOfWeek.CompareTo(DayOfWeek.Friday));
                }
            }
            """);

        Assert.EndsWith("Wednesday Wednesday Sunday Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday 1\n", printed, StringComparison.Ordinal);
    }
}
