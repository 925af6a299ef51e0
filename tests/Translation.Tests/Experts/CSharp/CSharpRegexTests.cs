namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// System.Text.RegularExpressions as Python's re (round 10 found it missing): each program runs as compiled C# and
/// as its Python translation, and both must print the same; patterns whose meaning differs must be reported.
/// </summary>
public sealed class CSharpRegexTests
{
    [SkippableFact]
    public void MatchPrintedWhole_PrintsItsValue()
    {
        var printed = CSharpTranslate.RunBothWays("""
            using System.Text.RegularExpressions;
            class P {
                static void Main() {
                    var m = Regex.Match("order 66 shipped", @"\d+");
                    Console.WriteLine(m);
                    Console.WriteLine($"[{m}] " + m);
                }
            }
            """);

        Assert.Equal("66\n[66] 66\n", printed);
    }

    [SkippableFact]
    public void StaticRegexMethods_MatchSplitAndReplace_AsDotNetDoes()
    {
        var printed = CSharpTranslate.RunBothWays("""
            using System.Text.RegularExpressions;
            class P {
                static void Main() {
                    var text = "Order A12 shipped 2024-05-01, order b7 pending.";
                    Console.WriteLine(Regex.IsMatch(text, @"\d{4}-\d{2}"));
                    Console.WriteLine(Regex.IsMatch(text, "ORDER", RegexOptions.IgnoreCase | RegexOptions.Compiled));
                    var m = Regex.Match(text, @"(?<letter>[A-Za-z])(?<num>\d+)");
                    Console.WriteLine($"{m.Success} {m.Value} {m.Index} {m.Length} {m.Groups[1].Value} {m.Groups["num"].Value} {m.Groups.Count}");
                    var none = Regex.Match(text, @"zzz");
                    Console.WriteLine(none.Success);
                    foreach (Match each in Regex.Matches(text, @"\b[a-z]+\b")) Console.Write(each.Value + ";");
                    Console.WriteLine();
                    Console.WriteLine(Regex.Matches(text, @"\d+").Count);
                    Console.WriteLine(string.Join("|", Regex.Split("a, b;c  d", @"[,;\s]+")));
                    Console.WriteLine(Regex.Replace(text, @"(\d{4})-(\d{2})-(\d{2})", "$3/$2/$1 ($$)"));
                    Console.WriteLine(Regex.Replace("john smith", @"(?<first>\w+) (?<last>\w+)", "${last}, ${first} \\ $0"));
                    Console.WriteLine(Regex.Replace("a1b22", @"\d+", x => (int.Parse(x.Value) * 2).ToString()));
                    Console.WriteLine(string.Join(",", Regex.Matches("x=1 y=22", @"(\w)=(\d+)").Select(x => x.Groups[2].Value + x.Groups[1].Value)));
                    var opt = Regex.Match("ab", @"(a)(c)?");
                    Console.WriteLine($"[{opt.Groups[2].Value}] {opt.Groups[2].Success} {opt.Groups[1].Success} {opt.Groups[2].Length}");
                    Console.WriteLine(Regex.IsMatch("abc\n", @"^abc\Z") + " " + Regex.IsMatch("abc\n", @"^abc\z"));
                    Console.WriteLine(Regex.IsMatch("line1\nline2", "^line2$", RegexOptions.Multiline));
                }
            }
            """);

        Assert.Equal(
            "True\nTrue\nTrue A12 6 3 A 12 3\nFalse\nshipped;order;pending;\n5\na|b|c|d\n"
            + "Order A12 shipped 01/05/2024 ($), order b7 pending.\nsmith, john \\ john smith\na2b44\n1x,22y\n[] False True 0\nTrue False\nTrue\n",
            printed);
    }

    [SkippableFact]
    public void RegexInstances_AndMatchPatterns_AsDotNetDoes()
    {
        var printed = CSharpTranslate.RunBothWays("""
            using System.Text.RegularExpressions;
            class P {
                private static readonly Regex Word = new(@"[a-z]+(?:'[a-z]+)?", RegexOptions.IgnoreCase);
                static (string, int) Parse(string cell) => Regex.Match(cell, @"^([A-Z])(\d+)$") is { Success: true } m
                    ? (m.Groups[1].Value, int.Parse(m.Groups[2].Value)) : ("?", -1);
                static void Main() {
                    var words = Word.Matches("It's a dog's life, isn't it?").Select(m => m.Value.ToLowerInvariant()).ToList();
                    Console.WriteLine(string.Join(" ", words));
                    Console.WriteLine(Word.IsMatch("123") + " " + Word.Match("12 ab").Index + " " + Word.Replace("ab 12 cd", "_"));
                    Console.WriteLine(string.Join("|", Regex.Split("One. Two! Three?", @"(?<=[.!?])\s+")));
                    Console.WriteLine(Parse("B12") + " " + Parse("b1"));
                    var pair = new Regex(@"(?<k>\w)\k<k>");
                    Console.WriteLine(pair.Match("abccd").Value + " " + string.Join(",", pair.Split("xaaybbz")));
                }
            }
            """);

        Assert.Equal("it's a dog's life isn't it\nFalse 3 _ 12 _\nOne.|Two!|Three?\n(B, 12) (?, -1)\ncc x,a,y,b,z\n", printed);
    }

    [SkippableTheory]
    [InlineData(@"\p{L}+", "Unicode categories")]
    [InlineData(@"(?<open>\()(?<close-open>\))", "balancing groups")]
    [InlineData(@"[a-z-[aeiou]]", "character class subtraction")]
    [InlineData(@"a(?i)b", "inline options")]
    public void RegexPatternsPythonReadsDifferently_AreReported(string pattern, string reason)
    {
        var result = CSharpTranslate.Run($$"""
            using System.Text.RegularExpressions;
            class P { static void Main() { Console.WriteLine(Regex.IsMatch("abc", @"{{pattern}}")); } }
            """);

        Assert.Contains(result.Warnings, w => w.Message.Contains(reason, StringComparison.Ordinal));
        Assert.Contains("UNTRANSLATED", result.Text, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("RegexOptions.RightToLeft", "RightToLeft")]
    [InlineData("RegexOptions.ECMAScript", "ECMAScript")]
    public void RegexOptionsPythonLacks_AreReported(string options, string reason)
    {
        var result = CSharpTranslate.Run($$"""
            using System.Text.RegularExpressions;
            class P { static void Main() { Console.WriteLine(Regex.Replace("abc", "b", "$$1x", {{options}})); } }
            """);

        Assert.Contains(result.Warnings, w => w.Message.Contains(reason, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void DictionaryAdd_OfAKeyAlreadyThere_ThrowsArgumentException()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    var d = new Dictionary<string, int>();
                    d.Add("a", 1);
                    try { d.Add("a", 2); }
                    catch (ArgumentException e) { Console.WriteLine("refused: " + e.Message); }
                    Console.WriteLine(d["a"]);
                }
            }
            """);

        Assert.Equal("refused: An item with the same key has already been added. Key: a\n1\n", printed);
    }
}
