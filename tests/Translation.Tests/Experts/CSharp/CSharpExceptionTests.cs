namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// Library exceptions: idiomatic Python errors by default, .NET names where the program can tell them apart.
/// Each program runs both ways against the compiled C#.
/// </summary>
public sealed class CSharpExceptionTests
{
    [SkippableFact]
    public void TypeNameOfAnException_IsTheDotNetName_ForThrownAndRuntimeErrors()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Check(int amount) { if (amount <= 0) throw new ArgumentOutOfRangeException(nameof(amount), "must be positive"); }
                static void Main() {
                    var actions = new List<Action> {
                        () => Check(-1),
                        () => throw new NotSupportedException("hexagon"),
                        () => { int zero = 0; Console.WriteLine(1 / zero); },
                        () => int.Parse("x1"),
                        () => new Dictionary<string, int>()["missing"].ToString(),
                        () => throw new InvalidOperationException("empty"),
                    };
                    foreach (var act in actions) {
                        try { act(); }
                        catch (ArgumentException ex) { Console.WriteLine("argument " + ex.GetType().Name + ": " + ex.Message); }
                        catch (Exception ex) { Console.WriteLine("other " + ex.GetType().Name); }
                    }
                }
            }
            """);

        Assert.StartsWith("argument ArgumentOutOfRangeException: must be positive (Parameter 'amount')\nother NotSupportedException\nother DivideByZeroException\n", printed, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ArgumentAndFormatExceptions_AreToldApart_ByCatchAndTypeTest()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class BadInput(string why) : ArgumentException(why) { }
            class P {
                static int Read(string s) {
                    if (s.Length == 0) throw new BadInput("empty");
                    if (s.StartsWith('-')) throw new ArgumentException("negative", nameof(s));
                    return int.Parse(s);
                }
                static void Main() {
                    foreach (var s in new[] { "12", "", "-3", "x" }) {
                        try {
                            try { Console.WriteLine(Read(s)); }
                            catch (FormatException) { Console.WriteLine("not a number: " + s); }
                        }
                        catch (Exception ex) when (ex is ArgumentException) {
                            Console.WriteLine((ex is BadInput ? "bad input: " : "argument: ") + ex.Message);
                        }
                    }
                }
            }
            """);

        Assert.Equal("12\nbad input: empty\nargument: negative (Parameter 's')\nnot a number: x\n", printed);
    }

    [Fact]
    public void ExceptionsTheProgramCannotTellApart_StayPythonErrors()
    {
        var result = CSharpTranslate.Run("""
            class P {
                static int Half(int n) { if (n % 2 != 0) throw new ArgumentException("odd"); return n / 2; }
                static void Main() { try { Half(3); } catch (ArgumentException e) { Console.WriteLine(e.Message); } }
            }
            """);

        Assert.Contains("raise ValueError(\"odd\")", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("class ArgumentException", result.Text, StringComparison.Ordinal);
    }
}
