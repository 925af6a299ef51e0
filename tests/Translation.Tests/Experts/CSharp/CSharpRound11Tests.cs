namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// What round 11's held-out programs found: int arithmetic that relies on wrap-around inside <c>unchecked</c>, LINQ's
/// set operators, and Convert.ToByte of a hex pair. Each runs the compiled C# and the Python translation and compares
/// what they print.
/// </summary>
public sealed class CSharpRound11Tests
{
    [SkippableFact]
    public void IntArithmeticInsideUncheckedAndCastsThatDoNotFit_WrapAsCSharpDoes()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    int h = 0;
                    foreach (char c in "wrap-around hashes overflow int") h = unchecked(h * 31 + c);
                    long l = 1;
                    unchecked {
                        for (int i = 0; i < 40; i++) { l *= 1000003; l += i; }
                    }
                    int m = int.MaxValue;
                    unchecked { m++; }
                    long big = 0x1_2345_6789L;
                    int low = unchecked((int)big);
                    int negative = -5;
                    uint asUnsigned = (uint)negative;
                    Console.WriteLine($"{low} {asUnsigned} {(uint)7} {(long)negative}");
                    int exact = 2_000_000_000;
                    long widened = (long)exact + exact;
                    Console.WriteLine($"{h} {h:X8} {l} {m} {widened}");
                }
            }
            """);

        var lines = printed.Trim().Split('\n');
        Assert.Equal("591751049 4294967291 7 -5", lines[0]); // casts that do not fit wrap, as C#'s do
        var fields = lines[1].Split(' ');
        Assert.Equal(8, fields[1].Length); // the hash stays within 32 bits
        Assert.Equal("-2147483648", fields[3]);
        Assert.Equal("4000000000", fields[4]); // outside unchecked, a widened sum stays exact
    }

    [SkippableFact]
    public void SetOperators_KeepFirstOrderAndDropDuplicates()
    {
        var printed = CSharpTranslate.RunBothWays("""
            using System.Linq;
            class Player { public int Number; public Player(int n) { Number = n; } }
            class P {
                static void Main() {
                    var a = new[] { 5, 3, 5, 1, 9, 3, 7 };
                    var b = new List<int> { 3, 4, 7 };
                    Console.WriteLine(string.Join(",", a.Except(b)));
                    Console.WriteLine(string.Join(",", a.Intersect(b)));
                    Console.WriteLine(string.Join(",", a.Union(b)));
                    var all = Enumerable.Range(1, 5).Select(n => new Player(n)).ToList();
                    var picked = all.Where(p => p.Number % 2 == 1).ToList();
                    Console.WriteLine(string.Join(" ", all.Except(picked).Select(p => p.Number)));
                    Console.WriteLine(a.Except(b).Count());
                }
            }
            """);

        Assert.Equal("5,1,9\n3,7\n5,3,1,9,7,4\n2 4\n3\n", printed);
    }

    [SkippableFact]
    public void ConvertToByte_ReadsHexPairs_AndThrowsOutsideAByte()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    var hex = "4869212A";
                    var text = "";
                    for (int i = 0; i < hex.Length; i += 2) text += (char)Convert.ToByte(hex.Substring(i, 2), 16);
                    Console.WriteLine(text + " " + Convert.ToByte("200"));
                    try { Convert.ToByte("300"); Console.WriteLine("no"); }
                    catch (OverflowException) { Console.WriteLine("overflow"); }
                }
            }
            """);

        Assert.Equal("Hi!* 200\noverflow\n", printed);
    }

    [SkippableFact]
    public void EnumSteppedPastItsLastMember_HoldsTheValue()
    {
        var printed = CSharpTranslate.RunBothWays("""
            enum Size { Small, Medium, Large }
            class P {
                static void Main() {
                    var s = Size.Medium;
                    s++;
                    Console.WriteLine(s);
                    s++;
                    Console.WriteLine(s > Size.Large ? "past the end" : "inside");
                    var back = s - 2;
                    Console.WriteLine(back);
                }
            }
            """);

        Assert.Equal("Large\npast the end\nMedium\n", printed);
    }
}
