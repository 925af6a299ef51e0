using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>Mutable structs are copied wherever C# copies them; run both ways against the compiled C#.</summary>
public sealed class CSharpStructTests
{
    private const string Types = """
        struct Counter { public int N; public void Bump() => N++; public override string ToString() => "C" + N; }
        readonly struct Money { public readonly long Cents; public Money(long c) { Cents = c; } }
        class Holder { public Counter Field; public Counter Prop { get; set; } }
        """;

    [SkippableFact]
    public void MutableStruct_IsCopiedOnAssignmentArgumentReturnAndIntoCollections()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var program = Types + """
            class P {
                static void Touch(Counter c) { c.Bump(); Console.WriteLine("in " + c); }
                static Counter Make(Counter c) { c.N += 10; return c; }
                static void Main() {
                    var a = new Counter { N = 1 };
                    var b = a;
                    b.Bump();
                    Console.WriteLine(a + " " + b);
                    Touch(a);
                    Console.WriteLine(a);
                    var list = new List<Counter> { a, b };
                    list[0].Bump();
                    var first = list[0];
                    first.Bump();
                    Console.WriteLine(list[0] + " " + first);
                    var arr = new[] { a, b };
                    arr[0].Bump();
                    Console.WriteLine(arr[0] + " " + a);
                    var h = new Holder();
                    h.Field.Bump();
                    h.Prop.Bump();
                    Console.WriteLine(h.Field + " " + h.Prop);
                    var d = new Dictionary<string, Counter> { ["x"] = a };
                    var got = d["x"]; got.N = 99; d["x"] = got; got.N = 5;
                    Console.WriteLine(d["x"] + " " + got + " " + Make(a) + " " + a);
                    var m = new Money(5); var m2 = m;
                    Console.WriteLine(m2.Cents);
                }
            }
            """;

        var result = CSharpTranslate.Run(program);
        var printed = CSharpTranslate.RunPython(program);

        Assert.Equal(CSharpProgramRunner.Run(program), printed);
        Assert.Equal("C1 C2\nin C2\nC1\nC1 C2\nC2 C1\nC1 C0\nC99 C5 C11 C1\n5\n", printed);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("struct", StringComparison.Ordinal));
        Assert.DoesNotContain("copy.copy(m)", result.Text, StringComparison.Ordinal); // an immutable struct is shared safely
    }

    [SkippableFact]
    public void ArrayOfStructs_HoldsOneValuePerSlot_AndToListCopiesThem()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var program = Types + """
            class P {
                static void Main() {
                    var counters = new Counter[3];
                    counters[0].Bump();
                    var list = counters.ToList();
                    list[1] = new Counter { N = 7 };
                    counters[2].Bump(); counters[2].Bump();
                    Console.WriteLine(string.Join(",", counters) + " " + string.Join(",", list));
                }
            }
            """;

        Assert.Equal("C1,C0,C2 C1,C7,C0\n", CSharpTranslate.RunPython(program));
        Assert.Equal(CSharpProgramRunner.Run(program), CSharpTranslate.RunPython(program));
    }
}
